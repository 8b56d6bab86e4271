#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs (exactly once) in its case; every error case differs from its clean draft in
   one contiguous place that overlaps the label value; the changed figure is not restated elsewhere;
2. each of the 13 codes of errors.md §A occurs at least twice;
3. the arithmetic of every clean draft holds (rules.md §5-§8, tolerance from the stated decimals);
4. in every error case the labelled code fails and no other error-level check fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(str(s).replace(",", "").replace("，", "").strip())


def ndp(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -ndp(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class ExtractError(Exception):
    pass


def g(text, pat, flags=0):
    """groups of the single match of pat in text."""
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise ExtractError(f"{len(ms)} matches for {pat!r}")
    return ms[0].groups()


class Checks:
    def __init__(self):
        self.items = []
        self.warnings = []

    def check(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def equal(self, code, a, b, msg):
        """two statements of one quantity (each may be rounded): consistent when within both tolerances."""
        self.check(code, close(a, dec(b)) or close(b, dec(a)), f"{msg}: {a} vs {b}")

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        num, den = dec(num), dec(den)
        if den == 0:
            self.check("implausible_rate", str(stated).strip() in ("", "0", "—", "-"),
                       f"{msg}: rate {stated} on a zero base")
            return
        c = num / den * 100
        self.check(code, close(str(stated).rstrip("%"), c), f"{msg}: stated {stated}, computed {c:.4f}")
        self.check("implausible_rate", dec(str(stated).rstrip("%")) <= 100, f"{msg}: {stated} above 100%")

    def total(self, total, parts, msg, code="sum_mismatch"):
        """total = sum(parts); a failure reconciled by rescaling one amount by 10^4 / 10^8 is unit_mismatch."""
        vals = [dec(p) if str(p).strip() not in ("", "—") else D(0) for p in parts]
        tv = dec(total) if str(total).strip() not in ("", "—") else D(0)
        s = sum(vals, D(0))
        if close(str(total) if str(total).strip() not in ("", "—") else "0", s):
            self.check(code, True, msg)
            return
        for f in (D("1e-4"), D("1e4"), D("1e-8"), D("1e8")):
            for i in range(len(vals)):
                if abs(s - vals[i] + vals[i] * f - tv) <= D("0.005"):
                    self.check("unit_mismatch", False, f"{msg}: part {parts[i]} off by a power of ten")
                    return
            if abs(s - tv * f) <= D("0.005"):
                self.check("unit_mismatch", False, f"{msg}: total {total} off by a power of ten")
                return
        self.check(code, False, f"{msg}: {' + '.join(map(str, parts))} = {s} vs {total}")

    def failing(self):
        return sorted({c for c, ok, m in self.items if not ok})

    def messages(self):
        return [f"{c}: {m}" for c, ok, m in self.items if not ok]


# ---------------------------------------------------------------- indicator rows
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<": "lte", "<=": "lte", "=": "eq"}


def parse_target(t):
    t = t.strip()
    m = re.match(r"^(≥|≤|＞|＜|>=|<=|=|>|<)?\s*([\d][\d,]*(?:\.\d+)?)\s*(\S*)$", t)
    if not m:
        return None
    sign, num, unit = m.groups()
    if "月" in unit or "日" in unit:
        return None                      # a date target: not scored here
    return SIGNS.get(sign, "gte"), dec(num), unit


def parse_actual(a):
    m = re.match(r"^([\d][\d,]*(?:\.\d+)?)\s*(\S*)$", a.strip())
    if not m:
        return None
    return dec(m.group(1)), m.group(2)


def check_rows(C, rows):
    """rows: dicts name, target, actual, weight, score, completion (optional)."""
    for r in rows:
        name, w, s = r["name"], dec(r["weight"]), dec(r["score"])
        C.check("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {r['score']} vs weight {r['weight']}")
        tg, ac = parse_target(r["target"]), parse_actual(r["actual"])
        if tg is None:
            continue                       # qualitative or date target
        if ac is None:
            C.check("unit_mismatch", False, f"{name}: target {r['target']} but actual {r['actual']!r} is not a number")
            continue
        direction, t, tu = tg
        a, au = ac
        if tu != au:
            C.check("unit_mismatch", False, f"{name}: target unit {tu!r}, actual unit {au!r}")
            continue
        C.check("unit_mismatch", True, name)
        if au == "%":
            C.check("implausible_rate", a <= 100, f"{name}: actual {r['actual']} above 100%")
        if direction == "lte":
            comp = D(100) if a <= t else t / a * 100
            exp = w if a <= t else w * t / a
        else:
            comp = a / t * 100
            exp = w * min(D(1), a / t)
        if r.get("completion") not in (None, "", "—"):
            C.check("completion_mismatch", close(r["completion"].rstrip("%"), comp),
                    f"{name}: completion {r['completion']} vs {comp:.4f}")
        if not close(r["score"], r2(exp)):
            C.warn("score_rule_mismatch", f"{name}: score {r['score']} vs rule {r2(exp)}")


def year_of(s):
    return int(s)


# ---------------------------------------------------------------- project 1: Shanxi layout
def p_sx_qinshui(text):
    C = Checks()
    Y = 2021
    blocks = text.split("\n\n")
    rows = []
    for b in blocks:
        lines = b.strip("\n").split("\n")
        if lines and all(l.startswith("\t") for l in lines):
            rows.append([l[1:] for l in lines])
    funds = {r[1]: r for r in rows if len(r) == 10 and r[1].startswith("(")}
    f = {k[:3]: v for k, v in funds.items()}
    cols = range(2, 10)
    z = lambda x: dec(x) if x.strip() else D(0)
    for k in ("(1)", "(2)", "(3)", "(4)"):
        r = f[k]
        C.total(r[2], [r[3], r[8], r[9]], f"row {k} 总额 = 财政小计 + 结转 + 其他")
        C.total(r[3], [r[4], r[5], r[6], r[7]], f"row {k} 小计 = 中央 + 省 + 市 + 县")
    for j in cols:
        if f["(5)"][j].strip():
            C.check("balance_mismatch", close(f["(5)"][j], z(f["(3)"][j]) - z(f["(4)"][j])),
                    f"row (5) col {j}: {f['(5)'][j]} vs {z(f['(3)'][j]) - z(f['(4)'][j])}")
    for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
        for j in cols:
            C.rate(f[k][j], z(f[num][j]), z(f["(2)"][j]), f"row {k} col {j}")
    # prose funds
    init, = g(text, r"年初安排本项目(\d+(?:\.\d+)?)万元")
    C.equal("conflicting_values", init, f["(1)"][2], "年初 text vs table")
    adv_y, = g(text, r"于(\d{4})年12月提前下达")
    C.check("year_mismatch", int(adv_y) in (Y - 1, Y), f"advance issued December {adv_y}")
    prov, = g(text, r"运行补助(\d+(?:\.\d+)?)万元")
    C.equal("conflicting_values", prov, f["(2)"][5], "省级补助 text vs table")
    annual, = g(text, r"调整后全年预算(\d+(?:\.\d+)?)万元")
    C.total(annual, [init, prov], "全年预算 = 年初 + 省级追加")
    C.equal("conflicting_values", annual, f["(2)"][2], "全年预算 text vs table")
    yy, spent, rate = g(text, r"截至(\d{4})年12月31日，项目累计支出(\d+(?:\.\d+)?)万元，预算执行率(\d+(?:\.\d+)?)%")
    C.check("year_mismatch", int(yy) == Y, f"截至{yy}年12月31日 in the {Y} report")
    C.equal("conflicting_values", spent, f["(4)"][2], "执行 text vs table")
    C.rate(rate, spent, annual, "执行率 text")
    prate, = g(text, r"省级补助资金执行率(\d+(?:\.\d+)?)%")
    C.rate(prate, f["(4)"][5], f["(2)"][5], "省级执行率 text")
    per, hours, amt = g(text, r"每课时(\d+)元的标准发放外聘教师课时补贴([\d,]+)课时，支出(\d+(?:\.\d+)?)万元")
    C.total(amt, [dec(per) * dec(hours) / 10000], "课时补贴 = 60元 × 课时")
    ty, = g(text, r"^(\d{4})年度青少年校外公益课程项目", re.M)
    C.check("year_mismatch", int(ty) == Y, "title year")
    dy, = g(text, r"^(\d{4})年3月$", re.M)
    C.check("year_mismatch", int(dy) in (Y, Y + 1), "report date")
    # 附件1
    ann = [r for r in rows if len(r) == 9 and r[0] != "一级指标"]
    total_row = [r for r in ann if r[0] == "合计"][0]
    ind = [r for r in ann if r[0] != "合计"]
    check_rows(C, [dict(name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7])
                   for r in ind])
    exec_row = ind[0]
    C.rate(exec_row[5], f["(4)"][2], f["(2)"][2], "附件1 预算执行率 业绩值")
    C.check("score_exceeds_weight", True, "")
    wsum = sum(dec(r[3]) for r in ind)
    C.check("weight_sum_mismatch", wsum == 100 and dec(total_row[3]) == 100, f"weights {wsum}, 合计 {total_row[3]}")
    ssum = sum(dec(r[7]) for r in ind)
    C.check("score_sum_mismatch", close(total_row[7], ssum), f"scores {ssum} vs 合计 {total_row[7]}")
    ptotal, grade = g(text, r"总得分(\d+(?:\.\d+)?)分，属于“(\S+?)”")
    C.check("score_sum_mismatch", close(ptotal, ssum), f"scores {ssum} vs text {ptotal}")
    C.check("grade_mismatch", GRADE_WORDS[grade] == band(dec(ptotal)), f"{grade} for {ptotal}")
    byname = {r[2]: r for r in ind}
    a, = g(text, r"全年服务青少年([\d,]+)人次")
    C.equal("conflicting_values", a, byname["服务青少年人次"][5].rstrip("人次"), "服务人次")
    a, = g(text, r"农村留守儿童(\d+)人，")
    C.equal("conflicting_values", a, byname["农村留守儿童参与人数"][5].rstrip("人"), "留守儿童")
    a, = g(text, r"课程结业考核合格率(\d+(?:\.\d+)?)%。")
    C.equal("conflicting_values", a, byname["课程结业考核合格率"][5].rstrip("%"), "合格率")
    a, = g(text, r"学生及家长满意度(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", a, byname["学生及家长满意度"][5].rstrip("%"), "满意度")
    C.check("implausible_rate", dec(a) <= 100, "满意度 text")
    return C


# ---------------------------------------------------------------- project 2: Sichuan layout
def p_sc_jiange(text):
    C = Checks()
    Y = 2023
    lines = text.split("\n")
    tab = [l.split("\t") for l in lines if "\t" in l]
    fr = {r[0]: r for r in tab if len(r) == 7 and r[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    tot = fr["年度资金总额"]
    comps = [fr[k] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        C.total(tot[j], [c[j] for c in comps], f"{nm} 总额 = 财政 + 专户 + 单位 + 其他")
    for r in [tot] + comps:
        C.rate(r[5] if r[5] != "—" else "—", r[3], r[2], f"{r[0]} 执行率")
    exec_w, exec_s = tot[4], tot[6]
    if not close(exec_s, r2(dec(exec_w) * min(D(1), dec(tot[3]) / dec(tot[2])))):
        C.warn("score_rule_mismatch", "execution score")
    C.check("score_exceeds_weight", dec(exec_s) <= dec(exec_w), "execution score")
    # prose funds
    a, = g(text, r"申报(\d{4})年项目资金")
    C.check("year_mismatch", int(a) == Y, "申报 year")
    a, = g(text, r"申报\d{4}年项目资金(\d+(?:\.\d+)?)万元")
    C.equal("conflicting_values", a, tot[1], "申报 vs 年初")
    y0, init = g(text, r"(\d{4})年年初批复项目预算(\d+(?:\.\d+)?)万元")
    C.check("year_mismatch", int(y0) == Y, "批复 year")
    C.equal("conflicting_values", init, fr["其中：财政资金"][1], "年初批复 vs table")
    don, = g(text, r"定向捐赠(\d+(?:\.\d+)?)万元")
    C.equal("conflicting_values", don, fr["其他资金"][2], "捐赠 vs table 其他资金")
    annual, = g(text, r"调整后全年预算(\d+(?:\.\d+)?)万元")
    C.total(annual, [init, don], "全年预算 = 年初 + 捐赠")
    C.equal("conflicting_values", annual, tot[2], "全年预算 text vs table")
    fin, = g(text, r"财政资金(\d+(?:\.\d+)?)万元分别于")
    C.equal("conflicting_values", fin, fr["其中：财政资金"][2], "财政资金到位")
    yy, = g(text, r"分别于(\d{4})年3月、9月拨付到位")
    C.check("year_mismatch", int(yy) == Y, "到位 year")
    arate, = g(text, r"资金到位率(\d+(?:\.\d+)?)%")
    C.rate(arate, dec(fin) + dec(don), annual, "到位率")
    spent, erate = g(text, r"全年实际支出(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", spent, tot[3], "执行 text vs table")
    C.rate(erate, spent, annual, "执行率 text")
    C.equal("conflicting_values", erate, tot[5].rstrip("%"), "执行率 text vs table")
    parts = g(text, r"其中外聘教师课酬(\d+(?:\.\d+)?)万元（按(\d+)元/课时标准支付([\d,]+)课时）、课程耗材及器材购置(\d+(?:\.\d+)?)万元、"
                    r"校外实践活动交通及保险费(\d+(?:\.\d+)?)万元、场馆维护及水电费(\d+(?:\.\d+)?)万元")
    fee, per, hrs, p2, p3, p4 = parts
    C.total(spent, [fee, p2, p3, p4], "支出明细")
    C.total(fee, [dec(per) * dec(hrs) / 10000], "课酬 = 元/课时 × 课时")
    bal, = g(text, r"年末结余(\d+(?:\.\d+)?)万元，均为财政资金")
    C.check("balance_mismatch", close(bal, dec(annual) - dec(spent)), f"结余 {bal}")
    C.check("balance_mismatch", close(bal, dec(fr["其中：财政资金"][2]) - dec(fr["其中：财政资金"][3])), "结余 = 财政资金未执行")
    # indicators
    ind = [r for r in tab if len(r) == 10 and r[0] in ("产出指标", "效益指标", "满意度指标")]
    rows = []
    for r in ind:
        sign = r[3]
        tgt = r[4] if sign == "定性" else f"{sign}{r[4]}{r[5]}"
        act = r[6] if sign == "定性" else f"{r[6]}{r[5]}"
        rows.append(dict(name=r[2], target=tgt, actual=act, weight=r[7], score=r[8]))
    check_rows(C, rows)
    totr = [r for r in tab if r[0] == "总分"][0]
    wsum = dec(exec_w) + sum(dec(r[7]) for r in ind)
    C.check("weight_sum_mismatch", wsum == 100 and dec(totr[1]) == 100, f"weights {wsum}")
    ssum = dec(exec_s) + sum(dec(r[8]) for r in ind)
    C.check("score_sum_mismatch", close(totr[2], ssum), f"scores {ssum} vs {totr[2]}")
    ptot, grade = g(text, r"项目自评得分(\d+(?:\.\d+)?)分，评价等级为(\S\S)")
    C.check("score_sum_mismatch", close(ptot, ssum), f"scores {ssum} vs text {ptot}")
    C.check("grade_mismatch", GRADE_WORDS[grade] == band(dec(ptot)), f"{grade} for {ptot}")
    by = {r[2]: r for r in ind}
    a, = g(text, r"开设公益课程(\d+)个班")
    C.equal("conflicting_values", a, by["公益课程开设班次"][6], "班次")
    a, = g(text, r"共培训青少年([\d,]+)人")
    C.equal("conflicting_values", a, by["参训青少年人数"][6], "参训人数")
    a, = g(text, r"组织校外实践活动(\d+)场，")
    C.equal("conflicting_values", a, by["校外实践活动场次"][6], "实践活动场次")
    a, = g(text, r"课程出勤率(\d+(?:\.\d+)?)%。")
    C.equal("conflicting_values", a, by["课程出勤率"][6], "出勤率")
    a, = g(text, r"农村学生参与比例达到(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", a, by["农村学生参与比例"][6], "农村学生比例")
    x1, x2, x3, avg = g(text, r"分别服务学员(\d+)人、(\d+)人、(\d+)人，平均每个分馆(\d+(?:\.\d+)?)人")
    C.check("average_mismatch", close(avg, (dec(x1) + dec(x2) + dec(x3)) / 3), f"average {avg}")
    a, = g(text, r"项目支出绩效自评表\n（(\d{4})年度）")
    C.check("year_mismatch", int(a) == Y, "table year")
    a, = g(text, r"^(\d{4})年度共青团剑阁县委员会", re.M)
    C.check("year_mismatch", int(a) == Y, "title year")
    return C


# ---------------------------------------------------------------- project 3: Hunan layout, MOF table
def p_hn_anhua(text):
    C = Checks()
    Y = 2020
    lines = text.split("\n")
    sp = {l.split(" ")[0]: l.split(" ") for l in lines if len(l.split(" ")) == 7}
    tot = sp["年度资金总额"]
    comps = [sp["其中：当年财政拨款"], sp["上年结转资金"], sp["其他资金"]]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        C.total(tot[j], [c[j] for c in comps], f"{nm} 总额 = 财政拨款 + 结转 + 其他")
    for r in [tot] + comps:
        C.rate(r[5], r[3], r[2], f"{r[0]} 执行率")
    exec_w, exec_s = tot[4], tot[6]
    C.check("score_exceeds_weight", dec(exec_s) <= dec(exec_w), "execution score")
    if not close(exec_s, r2(dec(exec_w) * min(D(1), dec(tot[3]) / dec(tot[2])))):
        C.warn("score_rule_mismatch", "execution score")
    # prose funds
    a, b = g(text, r"对(\d{4})年乡村少年宫公益课程项目资金(\d+(?:\.\d+)?)万元")
    C.check("year_mismatch", int(a) == Y, "intro year")
    C.equal("conflicting_values", b, tot[2], "intro amount vs 全年预算")
    init, = g(text, r"年初预算(\d+(?:\.\d+)?)万元。")
    C.equal("conflicting_values", init, tot[1], "年初 text vs table")
    cut, = g(text, r"本项目调减(\d+(?:\.\d+)?)万元")
    C.total(init, [sp["其中：当年财政拨款"][2], cut], "年初 = 全年财政拨款 + 调减")
    cy, co = g(text, r"(\d{4})年未完成送课计划形成的结转资金(\d+(?:\.\d+)?)万元")
    C.check("year_mismatch", int(cy) == Y - 1, "carry-over comes from the previous year")
    C.equal("conflicting_values", co, sp["上年结转资金"][2], "结转 text vs table")
    annual, = g(text, r"纳入本年使用，全年预算(\d+(?:\.\d+)?)万元")
    C.total(annual, [sp["其中：当年财政拨款"][2], co], "全年预算 = 财政拨款 + 结转")
    C.equal("conflicting_values", annual, tot[2], "全年预算 text vs table")
    got, co2, arate = g(text, r"实际拨付到位(\d+(?:\.\d+)?)万元，加上上年结转(\d+(?:\.\d+)?)万元，资金到位率(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", co2, co, "结转 restated")
    C.rate(arate, dec(got) + dec(co2), annual, "到位率")
    spent, sf, sc, erate = g(text, r"全年实际支出(\d+(?:\.\d+)?)万元，其中当年财政拨款支出(\d+(?:\.\d+)?)万元、上年结转资金支出(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    C.total(spent, [sf, sc], "执行 = 财政 + 结转")
    C.equal("conflicting_values", spent, tot[3], "执行 text vs table")
    C.equal("conflicting_values", sf, sp["其中：当年财政拨款"][3], "财政执行 text vs table")
    C.equal("conflicting_values", sc, sp["上年结转资金"][3], "结转执行 text vs table")
    C.rate(erate, spent, annual, "执行率 text")
    u1, u2, u3, u4 = g(text, r"线上课程录制制作(\d+(?:\.\d+)?)万元，送课下乡(\d+(?:\.\d+)?)万元，辅导员培训(\d+(?:\.\d+)?)万元，乡村少年宫器材补充(\d+(?:\.\d+)?)万元")
    C.total(spent, [u1, u2, u3, u4], "用途明细")
    left, ly = g(text, r"未支出的(\d+(?:\.\d+)?)万元主要是第二期辅导员培训经费，已结转至(\d{4})年")
    C.check("balance_mismatch", close(left, dec(annual) - dec(spent)), f"未支出 {left}")
    C.check("year_mismatch", int(ly) > Y, f"结转至{ly}年")
    # indicators
    ind = []
    for l in lines:
        m = re.match(r"^(?:(产出指标|效益指标|满意度指标) )?(\S+指标) (\S+) (\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: (.*))?$", l)
        if m:
            ind.append(dict(name=m.group(3), target=m.group(4), actual=m.group(5), weight=m.group(6), score=m.group(7)))
    check_rows(C, ind)
    by = {r["name"]: r for r in ind}
    ttl = g(text, r"^总分 (\d+) (\d+(?:\.\d+)?)$", re.M)
    wsum = dec(exec_w) + sum(dec(r["weight"]) for r in ind)
    C.check("weight_sum_mismatch", wsum == 100 and dec(ttl[0]) == 100, f"weights {wsum}")
    ssum = dec(exec_s) + sum(dec(r["score"]) for r in ind)
    C.check("score_sum_mismatch", close(ttl[1], ssum), f"scores {ssum} vs {ttl[1]}")
    ptot, grade = g(text, r"综合得分(\d+(?:\.\d+)?)分，评价等级为“(\S+?)”")
    C.check("score_sum_mismatch", close(ptot, ssum), f"scores {ssum} vs text {ptot}")
    C.check("grade_mismatch", GRADE_WORDS[grade] == band(dec(ptot)), f"{grade} for {ptot}")
    approx, = g(text, r"播放量约(\d+(?:\.\d+)?)万人次")
    lo = (dec(approx) - D("0.5") * D(10) ** -ndp(approx)) * 10000
    hi = (dec(approx) + D("0.5") * D(10) ** -ndp(approx)) * 10000
    v = parse_actual(by["线上公益课程播放量"]["actual"])[0]
    C.check("conflicting_values", lo <= v <= hi, "播放量 约 text vs table")
    n, tgt, comp = g(text, r"全年开展送课下乡(\d+)场，完成年度目标（(\d+)场）的(\d+(?:\.\d+)?)%")
    C.check("completion_mismatch", close(comp, dec(n) / dec(tgt) * 100), f"completion {comp}")
    C.equal("conflicting_values", n, parse_actual(by["送课下乡活动场次"]["actual"])[0], "送课场次")
    C.equal("conflicting_values", tgt, parse_target(by["送课下乡活动场次"]["target"])[1], "送课目标")
    a, = g(text, r"培训辅导员(\d+)人")
    C.equal("conflicting_values", a, parse_actual(by["乡村少年宫辅导员培训人数"]["actual"])[0], "辅导员")
    cost, = g(text, r"场均成本([\d,]+)元，")
    C.equal("conflicting_values", cost, parse_actual(by["送课下乡场均成本"]["actual"])[0], "场均成本")
    C.total(u2, [dec(n) * dec(cost) / 10000], "送课下乡 = 场次 × 场均成本")
    a, = g(text, r"共惠及留守儿童([\d,]+)人")
    C.equal("conflicting_values", a, parse_actual(by["惠及留守儿童人数"]["actual"])[0], "留守儿童")
    a, = g(text, r"学生及家长满意度(\d+(?:\.\d+)?)%。")
    C.equal("conflicting_values", a, parse_actual(by["学生及家长满意度"]["actual"])[0], "满意度")
    a, = g(text, r"项目支出绩效自评表\n（(\d{4})年度）")
    C.check("year_mismatch", int(a) == Y, "table year")
    a, = g(text, r"^(\d{4})年度乡村少年宫", re.M)
    C.check("year_mismatch", int(a) == Y, "title year")
    a, = g(text, r"^(\d{4})年4月12日$", re.M)
    C.check("year_mismatch", int(a) in (Y, Y + 1), "report date")
    return C


# ---------------------------------------------------------------- project 4: Hubei-style goal blocks
def p_hb_xishui(text):
    C = Checks()
    Y = 2019
    lines = text.split("\n")
    pipe = [[c.strip() for c in l.split("|")] for l in lines if " | " in l]
    ex = [r for r in pipe if len(r) == 6 and r[0] == ""][0]
    bud, spent_t, rate_t, ew, es = ex[1], ex[2], ex[3], ex[4], ex[5]
    C.rate(rate_t, spent_t, bud, "table 执行率")
    C.check("score_exceeds_weight", dec(es) <= dec(ew), "execution score")
    if not close(es, r2(dec(ew) * min(D(1), dec(spent_t) / dec(bud)))):
        C.warn("score_rule_mismatch", "execution score")
    blocks, cur = {}, None
    ind = []
    for r in pipe:
        if len(r) == 9 and r[1] in ("产出指标", "效益指标", "满意度指标"):
            if r[0]:
                m = re.match(r"^(目标\S)：.*（(\d+)分）$", r[0])
                cur = m.group(1)
                blocks[cur] = {"weight": m.group(2), "rows": []}
            row = dict(name=r[3], target=r[4], actual=r[5], weight=r[6], score=r[7])
            blocks[cur]["rows"].append(row)
            ind.append(row)
    check_rows(C, ind)
    for k, b in blocks.items():
        ws = sum(dec(x["weight"]) for x in b["rows"])
        C.check("weight_sum_mismatch", ws == dec(b["weight"]), f"{k} weights {ws} vs {b['weight']}")
    tot = [r for r in pipe if r[0] == "合计"][0]
    wsum = dec(ew) + sum(dec(x["weight"]) for x in ind)
    C.check("weight_sum_mismatch", wsum == 100 and dec(tot[6]) == 100, f"weights {wsum} / 合计 {tot[6]}")
    ssum = dec(es) + sum(dec(x["score"]) for x in ind)
    C.check("score_sum_mismatch", close(tot[7], ssum), f"scores {ssum} vs 合计 {tot[7]}")
    grade = [r for r in pipe if r[0] == "评价等级"][0][1]
    C.check("grade_mismatch", GRADE_WORDS[grade] == band(dec(tot[7])), f"{grade} for {tot[7]}")
    pe, b1, b2, b3, ptot = g(text, r"预算执行得(\d+(?:\.\d+)?)分，目标一得(\d+(?:\.\d+)?)分，目标二得(\d+(?:\.\d+)?)分，目标三得(\d+(?:\.\d+)?)分，综合得分(\d+(?:\.\d+)?)分")
    C.equal("conflicting_values", pe, es, "预算执行得分 text vs table")
    for k, v in (("目标一", b1), ("目标二", b2), ("目标三", b3)):
        s = sum(dec(x["score"]) for x in blocks[k]["rows"])
        C.check("score_sum_mismatch", close(v, s), f"{k} text {v} vs rows {s}")
    C.check("score_sum_mismatch", close(ptot, sum(map(dec, (pe, b1, b2, b3)))), "综合得分 = Σ blocks")
    C.check("score_sum_mismatch", close(ptot, ssum), f"综合得分 {ptot} vs rows {ssum}")
    # prose funds
    yy, bt, prov, cnty = g(text, r"(\d{4})年项目预算(\d+(?:\.\d+)?)万元，其中省级青少年校外活动场所免费开放补助资金(\d+(?:\.\d+)?)万元、县级配套资金(\d+(?:\.\d+)?)万元")
    C.check("year_mismatch", int(yy) == Y, "budget year")
    C.total(bt, [prov, cnty], "预算 = 省级 + 县级")
    C.equal("conflicting_values", bt, bud, "预算 text vs table")
    ay, = g(text, r"项目资金于(\d{4})年3月、8月分两批全部拨付到位")
    C.check("year_mismatch", int(ay) == Y, "到位 year")
    sp, er, bal = g(text, r"全年实际支出(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%，结余(\d+(?:\.\d+)?)万元")
    C.equal("conflicting_values", sp, spent_t, "执行 text vs table")
    C.rate(er, sp, bt, "执行率 text")
    C.check("balance_mismatch", close(bal, dec(bt) - dec(sp)), f"结余 {bal} vs {dec(bt) - dec(sp)}")
    ly, = g(text, r"(\d{4})年度本项目结余0\.62万元已在上年全部上缴")
    C.check("year_mismatch", int(ly) == Y - 1, "last year's balance")
    ov, fam, stu = g(text, r"综合满意度(\d+(?:\.\d+)?)%，其中家长问卷满意度(\d+(?:\.\d+)?)%、学员问卷满意度(\d+(?:\.\d+)?)%")
    for v, nm in ((ov, "综合"), (fam, "家长"), (stu, "学员")):
        C.check("implausible_rate", dec(v) <= 100, f"{nm}满意度 {v}")
    by = {r["name"]: r for r in ind}
    C.equal("conflicting_values", ov, parse_actual(by["服务对象满意度"]["actual"])[0], "满意度 text vs table")
    pairs = [(r"培训班(\d+)个，培训学员", "公益培训班开班数"), (r"培训学员([\d,]+)人，学员结业率", "培训学员人数"),
             (r"学员结业率(\d+(?:\.\d+)?)%", "学员结业率"), (r"生均培训成本(\d+)元，", "公益班生均培训成本"),
             (r"主题活动(\d+)场，8月", "暑期主题活动场次"), (r"参与青少年([\d,]+)人次", "参与活动青少年人次")]
    for pat, nm in pairs:
        a, = g(text, pat)
        C.equal("conflicting_values", a, parse_actual(by[nm]["actual"])[0], nm)
    a, = g(text, r"^(\d{4})年度浠水县项目支出绩效自评表$", re.M)
    C.check("year_mismatch", int(a) == Y, "table year")
    a, = g(text, r"^浠水县青少年宫(\d{4})年度", re.M)
    C.check("year_mismatch", int(a) == Y, "title year")
    a, = g(text, r"^(\d{4})年3月20日$", re.M)
    C.check("year_mismatch", int(a) in (Y, Y + 1), "report date")
    return C


# ---------------------------------------------------------------- project 5: department, web page
def p_fj_jianou(text):
    C = Checks()
    Y = 2024
    lines = text.split("\n")
    tab = [l.split("\t") for l in lines if "\t" in l]
    fr = {r[0]: r for r in tab if len(r) == 4 and r[0] != "项目"}
    tot, basic, proj = fr["合计"], fr["一、基本支出"], fr["二、项目支出"]
    staff, pub = fr["其中：人员经费"], fr["公用经费"]
    p1, p2, p3 = fr["其中：青少年公益课程项目"], fr["校外实践教育活动项目"], fr["场馆设施设备维护项目"]
    for j, nm in ((1, "预算"), (2, "执行")):
        C.total(tot[j], [basic[j], proj[j]], f"{nm} 合计 = 基本 + 项目")
        C.total(basic[j], [staff[j], pub[j]], f"{nm} 基本 = 人员 + 公用")
        C.total(proj[j], [p1[j], p2[j], p3[j]], f"{nm} 项目 = 三个项目")
    for r in fr.values():
        C.rate(r[3], r[2], r[1], f"{r[0]} 执行率")
    annual, fin, carry, biz = g(text, r"全年预算(\d+(?:\.\d+)?)万元，其中财政拨款(\d+(?:\.\d+)?)万元、上年结转资金(\d+(?:\.\d+)?)万元、事业收入（场地对外服务收入）(\d+(?:\.\d+)?)万元")
    C.total(annual, [fin, carry, biz], "全年预算 = 财政拨款 + 结转 + 事业收入")
    C.equal("conflicting_values", annual, tot[1], "全年预算 text vs table")
    sp, er = g(text, r"全年执行(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", sp, tot[2], "执行 text vs table")
    C.rate(er, sp, annual, "执行率 text")
    left, c2, cy, rest = g(text, r"年末未支出(\d+(?:\.\d+)?)万元，其中校外实践教育活动项目(\d+(?:\.\d+)?)万元因12月研学活动延期，结转至(\d{4})年继续使用；其余(\d+(?:\.\d+)?)万元")
    C.check("balance_mismatch", close(left, dec(tot[1]) - dec(tot[2])), f"未支出 {left}")
    C.check("balance_mismatch", close(c2, dec(p2[1]) - dec(p2[2])), f"结转 {c2}")
    C.check("balance_mismatch", close(rest, dec(left) - dec(c2)), f"其余 {rest}")
    C.check("year_mismatch", int(cy) > Y, f"结转至{cy}年")
    sg, sgb = g(text, r"“三公”经费支出(\d+(?:\.\d+)?)万元，均为公务用车运行维护费，控制在(\d+(?:\.\d+)?)万元的预算以内")
    # score table
    ind = [r for r in tab if len(r) == 8 and r[0] in ("投入", "过程", "产出", "效益", "满意度")]
    rows = [dict(name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]) for r in ind]
    check_rows(C, rows)
    by = {r["name"]: r for r in rows}
    C.rate(by["部门预算执行率"]["actual"], tot[2], tot[1], "score table 预算执行率")
    C.equal("conflicting_values", sg, parse_actual(by["“三公”经费控制数"]["actual"])[0], "三公 actual")
    C.equal("conflicting_values", sgb, parse_target(by["“三公”经费控制数"]["target"])[1], "三公 target")
    ttl = [r for r in tab if r[0] == "合计" and len(r) == 8][0]
    wsum = sum(dec(r["weight"]) for r in rows)
    C.check("weight_sum_mismatch", wsum == 100 and dec(ttl[6]) == 100, f"weights {wsum}")
    ssum = sum(dec(r["score"]) for r in rows)
    C.check("score_sum_mismatch", close(ttl[7], ssum), f"scores {ssum} vs {ttl[7]}")
    ptot, grade = g(text, r"部门整体支出绩效指标，自评得分(\d+(?:\.\d+)?)分，评价等级为(\S\S)")
    C.check("score_sum_mismatch", close(ptot, ssum), f"scores {ssum} vs text {ptot}")
    C.check("grade_mismatch", GRADE_WORDS[grade] == band(dec(ptot)), f"{grade} for {ptot}")
    # outputs
    c1, c2_, s1, s2, lc, ls, dc, ds = g(text, r"分别开设公益培训班(\d+)个、(\d+)个，招收学员分别为([\d,]+)人、([\d,]+)人，较(?:\d{4})年的(\d+)个班、([\d,]+)人分别增加(\d+)个、(\d+)人")
    classes = parse_actual(by["公益培训班开班数"]["actual"])[0]
    students = parse_actual(by["培训学员人数"]["actual"])[0]
    C.total(classes, [c1, c2_], "班次 春季 + 秋季")
    C.total(students, [s1, s2], "学员 春季 + 秋季")
    C.total(dc, [classes - dec(lc)], "班次增加数")
    C.total(ds, [students - dec(ls)], "学员增加数")
    ly, = g(text, r"较(\d{4})年的\d+个班")
    C.check("year_mismatch", int(ly) == Y - 1, "last year's figures")
    per, hrs, fee = g(text, r"外聘教师课时费按(\d+)元/课时标准支付，全年共([\d,]+)课时，合计(\d+(?:\.\d+)?)万元")
    C.total(fee, [dec(per) * dec(hrs) / 10000], "课时费 = 元/课时 × 课时")
    C.equal("conflicting_values", per, parse_actual(by["外聘教师课时费标准"]["actual"])[0], "课时费标准")
    a, = g(text, r"课程结业率(\d+(?:\.\d+)?)%。")
    C.equal("conflicting_values", a, parse_actual(by["课程结业率"]["actual"])[0], "结业率")
    a, = g(text, r"主题教育等校外实践活动(\d+)场")
    C.equal("conflicting_values", a, parse_actual(by["校外实践活动场次"]["actual"])[0], "实践活动场次")
    a, b = g(text, r"学员占比(\d+(?:\.\d+)?)%，低于(\d+)%的年度目标")
    C.equal("conflicting_values", a, parse_actual(by["农村及随迁子女学员占比"]["actual"])[0], "农村学员占比")
    C.equal("conflicting_values", b, parse_target(by["农村及随迁子女学员占比"]["target"])[1], "农村学员占比目标")
    a, = g(text, r"场馆设施完好率(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", a, parse_actual(by["场馆设施完好率"]["actual"])[0], "完好率")
    a, = g(text, r"学员及家长满意度(\d+(?:\.\d+)?)%")
    C.equal("conflicting_values", a, parse_actual(by["学员及家长满意度"]["actual"])[0], "满意度")
    # projects
    e1, q1, q2, q3, q4 = g(text, r"青少年公益课程项目全年执行(\d+(?:\.\d+)?)万元，主要用于外聘教师课时费(\d+(?:\.\d+)?)万元、教学耗材及器材(\d+(?:\.\d+)?)万元、学员意外保险及招生宣传(\d+(?:\.\d+)?)万元、线上报名系统运维(\d+(?:\.\d+)?)万元")
    C.total(e1, [q1, q2, q3, q4], "公益课程项目支出明细")
    C.equal("conflicting_values", e1, p1[2], "公益课程项目执行 text vs table")
    C.equal("conflicting_values", q1, fee, "外聘教师课时费 restated")
    x1, x2, x3, avg = g(text, r"线上报名系统运维[\d.]+万元，自评得分(\d+(?:\.\d+)?)分；校外实践教育活动项目自评得分(\d+(?:\.\d+)?)分.*?自评得分(\d+(?:\.\d+)?)分。三个项目自评平均分(\d+(?:\.\d+)?)分", re.S)
    C.check("average_mismatch", close(avg, (dec(x1) + dec(x2) + dec(x3)) / 3), f"average {avg}")
    for x in (x1, x2, x3):
        C.check("grade_mismatch", band(dec(x)) == "优", f"project score {x} said to be 优秀")
    a, = g(text, r"^建瓯市青少年宫(\d{4})年度部门整体", re.M)
    C.check("year_mismatch", int(a) == Y, "title year")
    a, = g(text, r"发布时间：(\d{4})-")
    C.check("year_mismatch", int(a) in (Y, Y + 1), "publication date")
    a, = g(text, r"^(\d{4})年4月28日$", re.M)
    C.check("year_mismatch", int(a) in (Y, Y + 1), "report date")
    return C


CHECKERS = {
    "sx-qinshui-shaoniangong-2021": p_sx_qinshui,
    "sc-jiange-tuanxianwei-2023": p_sc_jiange,
    "hn-anhua-qingshaonian-2020": p_hn_anhua,
    "hb-xishui-shaoniangong-2019": p_hb_xishui,
    "fj-jianou-qingshaoniangong-bumen-2024": p_fj_jianou,
}


# ---------------------------------------------------------------- structural checks
NUM = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def numbers(text):
    return [m.group().replace(",", "") for m in NUM.finditer(text)]


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def token_at(text, s, e):
    """the whole number around [s, e) (widened over digits, dot, comma)."""
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".,"):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] in ".,"):
        e += 1
    tok = text[s:e].strip(".,")
    return tok.replace(",", "") if re.fullmatch(r"[\d.,]+", tok or "x") else None


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for pid, t in clean_text.items():
        n = len(t)
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: clean draft has {n} characters")
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        checker = CHECKERS[lab["source"]]
        try:
            C = checker(text)
        except (ExtractError, KeyError, IndexError, AttributeError) as exc:
            problems.append(f"{lab['case']}: extraction failed: {exc!r}")
            continue
        fails = C.failing()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if fails:
                problems.append(f"{lab['case']}: clean draft fails {fails}: {C.messages()}")
            for w in C.warnings:
                print(f"  note {lab['case']}: warning {w[0]}: {w[1]}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: {len(lab['expected'])} labels, expected 1")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{lab['case']}: bad code/severity {code}/{exp['severity']}")
        if fails != [code]:
            problems.append(f"{lab['case']}: expected failure [{code}], got {fails}: {C.messages()}")
        occ = text.count(value)
        if occ != 1:
            problems.append(f"{lab['case']}: value {value!r} occurs {occ} times")
            continue
        clean = clean_text[lab["source"]]
        s, e_clean, e_err = diff_region(clean, text)
        if clean[:s] + text[s:e_err] + clean[e_clean:] != text or e_err <= s and e_clean <= s:
            problems.append(f"{lab['case']}: no single contiguous difference")
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(e_err, s + 1) and s < ve):
            problems.append(f"{lab['case']}: change at [{s},{e_err}) does not overlap value at [{vs},{ve})")
        # the changed figure is not restated elsewhere (conflicting_values: the old figure is stated twice)
        new_tok = token_at(text, s, max(e_err, s))
        old_tok = token_at(clean, s, max(e_clean, s))
        if code == "year_mismatch":
            pass                                   # years recur by nature
        else:
            if new_tok and len(new_tok.replace(".", "")) >= 3:
                k = numbers(text).count(new_tok)
                if k != 1:
                    problems.append(f"{lab['case']}: new figure {new_tok} occurs {k} times")
            if old_tok and len(old_tok.replace(".", "")) >= 3 and "100" not in (old_tok, new_tok):
                k = numbers(clean).count(old_tok)
                want_ok = (k >= 2) if code == "conflicting_values" else (k == 1)
                if not want_ok:
                    problems.append(f"{lab['case']}: old figure {old_tok} occurs {k} times in the clean draft")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={counts.get(c, 0)}" for c in CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
