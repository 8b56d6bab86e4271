#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: 35 lines, 5 clean + 30 error cases, every case file exists, every label value occurs
   (exactly once) in its case, every one of the 13 error codes of errors.md §A (1-13) is used >= 2 times.
2. Each error case differs from its clean draft in one contiguous place that overlaps the label value.
3. The arithmetic of every draft is redone from the text itself (regexes and table rows read from
   the case): every check of a clean draft passes (warnings included); in an error case the labelled
   code fails and no other error-level code fails (score_rule_mismatch is a warning and may fail).
Tolerance: rules.md §8 (a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as Dec

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}

NUM = r"(\d+(?:\.\d+)?)"


class Miss(Exception):
    pass


# ---------------------------------------------------------------- helpers
def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise Miss(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def g(text, pat, i=1):
    return one(text, pat).group(i)


def numstr(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    if not m:
        raise Miss(f"no number in {s!r}")
    return m.group(0)


def val(s):
    return Dec(numstr(s))


def dp(s):
    n = numstr(s)
    return len(n.split(".")[1]) if "." in n else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals written in the stated string."""
    v, d = val(stated), dp(stated)
    return abs(Dec(computed) - v) <= Dec("0.5") * Dec(10) ** (-d) + Dec("1e-9")


def same(a, b):
    """Two statements of one quantity agree (both as written, compare at the coarser precision)."""
    d = min(dp(a), dp(b))
    return abs(val(a) - val(b)) <= Dec("0.5") * Dec(10) ** (-d) + Dec("1e-9")


def grade_of(total):
    t = Dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def cells(line, sep):
    if sep == "bar":
        return [c.strip() for c in line.split("｜")]
    if sep == "tab":
        return [c.strip() for c in line.split("\t")]
    if sep == "md":
        s = line.strip()
        if not s.startswith("|"):
            return []
        return [c.strip() for c in s.strip("|").split("|")]
    if sep == "pdf":
        return re.split(r"\s{2,}", line.strip())
    raise ValueError(sep)


def trow(text, key, sep, pos=None):
    """The unique table line (split into cells) that has a cell equal to key (at index pos if given)."""
    found = []
    for line in text.split("\n"):
        cs = cells(line, sep)
        if len(cs) < 3:
            continue
        if (pos is None and key in cs) or (pos is not None and len(cs) > pos and cs[pos] == key):
            found.append(cs)
    if len(found) != 1:
        raise Miss(f"table row {key!r}: {len(found)} lines")
    return found[0]


SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq"}


def parse_q(s):
    m = re.match(r"^([≥≤＞＜<>=])?\s*(\d+(?:\.\d+)?)\s*(\S*)$", s.strip())
    if not m:
        return None
    return (SIGNS[m.group(1)] if m.group(1) else "eq"), m.group(2), m.group(3)


class Res:
    def __init__(self):
        self.items = []

    def chk(self, code, ok, desc):
        self.items.append((code, bool(ok), desc))

    # ---- building blocks
    def rate(self, stated, num, den, desc, code="rate_mismatch"):
        num, den = Dec(num), Dec(den)
        if den == 0:
            self.chk("implausible_rate", stated.strip() in ("—", "-", "0", "0%"), desc + " (zero base)")
            return
        c = num / den * 100
        # a stated rate above 100% is implausible when the amounts themselves say <= 100%
        self.chk(code, close(stated, c), f"{desc}: {num}/{den} = {c:.4f}% vs {stated}")

    def total(self, parts, stated, desc, code="sum_mismatch"):
        """parts: list of (number string, unit factor to the unit of the total)."""
        s = sum(Dec(numstr(p)) * Dec(f) for p, f in parts)
        if close(stated, s):
            self.chk(code, True, desc)
            return
        # most specific explanation: one part off by 10^4 (元 written as 万元 or vice versa)
        for i, (p, f) in enumerate(parts):
            for k in (Dec("0.0001"), Dec("10000")):
                s2 = s - Dec(numstr(p)) * Dec(f) + Dec(numstr(p)) * Dec(f) * k
                if close(stated, s2):
                    self.chk("unit_mismatch", False, f"{desc}: part {p} off by a power of ten")
                    self.chk(code, True, desc + " (explained by unit)")
                    return
        self.chk(code, False, f"{desc}: sum {s} vs {stated}")

    def conflict(self, a, b, desc):
        self.chk("conflicting_values", same(a, b), f"{desc}: {a} vs {b}")

    def grade(self, total, word, desc):
        w = GRADE_WORDS.get(word)
        self.chk("grade_mismatch", w == grade_of(val(total)), f"{desc}: {total} -> {grade_of(val(total))}, stated {word}")

    def indicator(self, name, target, actual, weight, score, comp=None):
        w, s = val(weight), val(score)
        self.chk("score_exceeds_weight", Dec(0) <= s <= w, f"{name}: score {score} vs weight {weight}")
        t, a = parse_q(target), parse_q(actual)
        if t is None:  # qualitative target
            self.chk("score_rule_mismatch", s >= w * Dec("0.8"), f"{name}: qualitative, achieved band")
            return
        if a is None:
            self.chk("unit_mismatch", False, f"{name}: actual {actual!r} not a quantity")
            return
        direction, T, tu = t
        _, A, au = a
        if tu != au:
            self.chk("unit_mismatch", False, f"{name}: target unit {tu!r} vs actual unit {au!r}")
            return
        self.chk("unit_mismatch", True, name)
        T, A = Dec(T), Dec(A)
        if au == "%":
            self.chk("implausible_rate", Dec(0) <= A <= 100, f"{name}: {actual} within 0-100%")
        if direction == "lte":
            c = Dec(100) if A <= T else T / A * 100
        else:
            c = A / T * 100
        if comp is not None and comp not in ("—", ""):
            self.chk("completion_mismatch", close(comp, c), f"{name}: completion {c:.4f}% vs {comp}")
        exp = w * min(Dec(1), c / 100)
        ok = close(score, exp)
        if not ok and comp is not None and comp not in ("—", ""):
            ok = close(score, w * min(Dec(1), val(comp) / 100))
        self.chk("score_rule_mismatch", ok, f"{name}: score {score} vs rule {exp:.4f}")


# ---------------------------------------------------------------- A: Ruijin 2021 (｜ tables)
def check_A(t):
    r = Res()
    Y = 2021
    r.chk("year_mismatch", g(t, r"^瑞金市公安局\n(\d{4})年度户政档案") == str(Y), "title year")
    r.chk("year_mismatch", int(g(t, r"截至(\d{4})年12月31日，项目累计支出")) == Y, "截至 year")
    r.chk("year_mismatch", int(g(t, r"已按规定结转至(\d{4})年继续使用")) > Y, "carry-over year after 2021")
    r.chk("year_mismatch", int(g(t, r"\n(\d{4})年3月18日$")) >= Y, "report date")
    r.chk("year_mismatch", int(g(t, r"含(\d{4})年结转资金")) == Y - 1, "incoming carry-over from 2020")
    # prose funds
    ini = g(t, r"本项目年初预算" + NUM + r"万元")
    cin = g(t, r"含2020年结转资金" + NUM + r"万元")
    add = g(t, r"追加预算" + NUM + r"万元")
    ann = g(t, r"全年预算为" + NUM + r"万元")
    spent = g(t, r"项目累计支出" + NUM + r"万元")
    rate = g(t, r"项目累计支出[\d.]+万元，预算执行率" + NUM + "%") + "%"
    fis_spent = g(t, r"当年财政拨款支出" + NUM + r"万元")
    left = g(t, r"尚未支付的" + NUM + r"万元")
    r.total([(ini, 1), (add, 1)], ann, "年初 + 追加 = 全年")
    r.rate(rate, spent, ann, "执行率 (prose)")
    r.chk("balance_mismatch", close(left, Dec(ann) - Dec(spent)), f"未支付 {left} = {ann} - {spent}")
    # funds table
    tot = trow(t, "年度资金总额", "bar")
    fis = trow(t, "其中：当年财政拨款", "bar")
    car = trow(t, "上年结转资金", "bar")
    oth = trow(t, "其他资金", "bar")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        r.total([(fis[i], 1), (car[i], 1), (oth[i], 1)], tot[i], f"funds table {col} column")
    r.rate(tot[5], tot[3], tot[2], "table 执行率 total")
    r.rate(fis[5], fis[3], fis[2], "table 执行率 当年财政拨款")
    r.rate(car[5], car[3], car[2], "table 执行率 上年结转")
    r.chk("score_rule_mismatch", close(tot[6], Dec(tot[4]) * min(Dec(1), Dec(tot[3]) / Dec(tot[2]))), "execution score")
    r.conflict(ini, tot[1], "年初预算 text/table")
    r.conflict(ann, tot[2], "全年预算 text/table")
    r.conflict(spent, tot[3], "执行数 text/table")
    r.conflict(rate, tot[5], "执行率 text/table")
    r.conflict(cin, car[1], "上年结转 text/table")
    r.conflict(fis_spent, fis[3], "当年财政拨款支出 text/table")
    # indicator table
    names = ["存量档案扫描页数", "档案目录著录条数", "图像质量抽检合格率", "加工任务按期完成率",
             "单页综合加工成本", "窗口档案调阅平均用时", "纸质档案实体调阅次数下降比例",
             "数字档案安全管理及更新机制", "户籍窗口服务群众满意度"]
    rows = {n: trow(t, n, "bar") for n in names}
    for n, cs in rows.items():
        r.indicator(n, cs[3], cs[4], cs[6], cs[7], comp=cs[5])
    tot_row = trow(t, "合计", "bar", pos=0)
    wsum = sum(val(cs[6]) for cs in rows.values())
    ssum = sum(val(cs[7]) for cs in rows.values())
    r.chk("weight_sum_mismatch", close(tot_row[6], wsum), f"indicator weights {wsum} vs {tot_row[6]}")
    r.chk("weight_sum_mismatch", wsum + val(tot[4]) == 100, f"weights + execution = {wsum + val(tot[4])}")
    r.chk("score_sum_mismatch", close(tot_row[7], ssum), f"indicator scores {ssum} vs {tot_row[7]}")
    exec_p = g(t, r"预算执行情况得" + NUM + "分")
    ind_p = g(t, r"满意度指标合计得" + NUM + "分")
    total = g(t, r"项目自评总分" + NUM + "分")
    r.conflict(exec_p, tot[6], "execution score text/table")
    r.conflict(ind_p, tot_row[7], "indicator score text/table")
    r.chk("score_sum_mismatch", close(total, Dec(exec_p) + Dec(ind_p)), f"total {total}")
    r.chk("score_sum_mismatch", close(total, val(tot[6]) + ssum), f"total {total} from rows")
    r.grade(total, g(t, r"评价等级为(优秀|良好|优|良|中等|中|差)"), "grade")
    # text vs table and other prose arithmetic
    sat_p = g(t, r"满意度为" + NUM + r"%（2020年") + "%"
    r.conflict(sat_p, rows["户籍窗口服务群众满意度"][4], "satisfaction text/table")
    r.chk("implausible_rate", val(sat_p) <= 100, "satisfaction text <= 100%")
    pages_p = g(t, r"按实际加工" + NUM + r"万页")
    r.conflict(pages_p, rows["存量档案扫描页数"][4], "scanned pages text/table")
    fee = g(t, r"扫描加工服务费" + NUM + r"万元")
    unit_cost = g(t, r"单页综合加工成本约" + NUM + r"元")
    r.chk("average_mismatch", close(unit_cost, Dec(fee) / Dec(pages_p)), "cost per page (万元/万页 = 元/页)")
    r.conflict(unit_cost, rows["单页综合加工成本"][4], "cost per page text/table")
    before, after = g(t, r"由2020年的" + NUM + r"万次"), g(t, r"降至" + NUM + r"万次")
    drop = g(t, r"下降约" + NUM + "%") + "%"
    r.rate(drop, Dec(before) - Dec(after), before, "paper look-up drop (约)")
    r.conflict(drop, rows["纸质档案实体调阅次数下降比例"][4], "drop text/table")
    r.conflict(g(t, r"缩短到" + NUM + r"分钟"), rows["窗口档案调阅平均用时"][4], "look-up time text/table")
    return r.items


# ---------------------------------------------------------------- B: Macheng 2019 (tab tables)
def check_B(t):
    r = Res()
    Y = 2019
    r.chk("year_mismatch", g(t, r"^麻城市公安局(\d{4})年度") == str(Y), "title year")
    r.chk("year_mismatch", g(t, r"关于做好(\d{4})年度项目支出绩效自评") == str(Y), "notice year")
    r.chk("year_mismatch", int(g(t, r"，(\d{4})年结转资金")) == Y - 1, "incoming carry-over year")
    r.chk("year_mismatch", int(g(t, r"\n(\d{4})年2月26日$")) >= Y, "report date")
    ini = g(t, r"项目年初预算" + NUM + r"万元")
    add = g(t, r"追加" + NUM + r"万元用于设备更新")
    ann = g(t, r"全年预算" + NUM + r"万元，其中当年财政拨款")
    fis = g(t, r"其中当年财政拨款" + NUM + r"万元")
    prov = g(t, r"省级补助" + NUM + r"万元、市级")
    city = g(t, r"市级安排" + NUM + r"万元")
    cin = g(t, r"年结转资金" + NUM + r"万元")
    r.total([(ini, 1), (add, 1)], ann, "年初 + 追加 = 全年")
    r.total([(prov, 1), (city, 1)], fis, "省级 + 市级 = 当年财政拨款")
    r.total([(fis, 1), (cin, 1)], ann, "当年拨款 + 结转 = 全年")
    recv = g(t, r"全年资金到位" + NUM + r"万元")
    recv_rate = g(t, r"全年资金到位[\d.]+万元，到位率" + NUM + "%") + "%"
    spent = g(t, r"实际支出" + NUM + r"万元，预算执行率")
    rate = g(t, r"实际支出[\d.]+万元，预算执行率" + NUM + "%") + "%"
    bal = g(t, r"结余" + NUM + r"万元，年终")
    r.rate(recv_rate, recv, ann, "到位率")
    r.rate(rate, spent, ann, "执行率 (prose)")
    r.chk("balance_mismatch", close(bal, Dec(recv) - Dec(spent)), f"结余 {bal} = {recv} - {spent}")
    items = [("制证设备购置及维护预算", "设备"), ("相片采集和制证耗材预算", "耗材"), ("证件邮寄及便民服务预算", "邮寄")]
    bs, ss = [], []
    for key, nm in items:
        m = one(t, key + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%")
        bs.append(m.group(1))
        ss.append(m.group(2))
        r.rate(m.group(3) + "%", m.group(2), m.group(1), f"item rate {nm}")
    r.total([(b, 1) for b in bs], ann, "item budgets = 全年预算")
    r.total([(s, 1) for s in ss], spent, "item spending = 支出")
    post, pieces = g(t, r"邮寄费全年支付" + NUM + r"万元"), g(t, r"寄递证件" + NUM + r"万件")
    per = g(t, r"平均每件" + NUM + r"元")
    r.chk("average_mismatch", close(per, Dec(post) / Dec(pieces)), "postage per piece")
    # funds table
    tot = trow(t, "年度资金总额", "tab")
    fr = trow(t, "其中：当年财政拨款", "tab")
    cr = trow(t, "上年结转资金", "tab")
    orow = trow(t, "其他资金", "tab")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        r.total([(fr[i], 1), (cr[i], 1), (orow[i], 1)], tot[i], f"funds table {col} column")
    r.rate(tot[4], tot[3], tot[2], "table rate total")
    r.rate(fr[4], fr[3], fr[2], "table rate 当年财政拨款")
    r.rate(cr[4], cr[3], cr[2], "table rate 上年结转")
    r.conflict(ini, tot[1], "年初 text/table")
    r.conflict(ann, tot[2], "全年 text/table")
    r.conflict(spent, tot[3], "执行 text/table")
    r.conflict(rate, tot[4], "执行率 text/table")
    r.conflict(fis, fr[2], "当年财政拨款 text/table")
    r.conflict(cin, cr[2], "上年结转 text/table (6.4 vs 6.40)")
    r.total([(fr[1], 1), (add, 1)], fr[2], "当年拨款 年初 + 追加 = 全年")
    # quarterly figures
    qs = [g(t, q + NUM + r"万张") for q in ("一季度", "二季度", "三季度", "四季度")]
    year_total = g(t, r"全年受理居民身份证" + NUM + r"万张")
    avg = g(t, r"季度平均" + NUM + r"万张")
    r.total([(q, 1) for q in qs], year_total, "quarters = year")
    r.chk("average_mismatch", close(avg, sum(Dec(q) for q in qs) / 4), "quarterly average")
    # indicator table
    names = ["居民身份证受理制证量", "困难群众免费制证张数", "制证质量合格率", "制证平均办理时限",
             "单件证件邮寄成本", "省内异地受理居民身份证数量", "乡镇24小时自助拍照受理点", "办证群众满意度"]
    rows = {n: trow(t, n, "tab") for n in names}
    ex = trow(t, "预算执行", "tab", pos=0)
    r.rate(ex[4], spent, ann, "execution row actual")
    r.chk("score_exceeds_weight", Dec(0) <= val(ex[6]) <= val(ex[5]), "execution score <= weight")
    r.chk("score_rule_mismatch", close(ex[6], val(ex[5]) * min(Dec(1), Dec(spent) / Dec(ann))), "execution score rule")
    for n, cs in rows.items():
        r.indicator(n, cs[3], cs[4], cs[5], cs[6])
    tr = trow(t, "合计", "tab", pos=0)
    tr = [c for c in tr if c]
    wsum = sum(val(cs[5]) for cs in rows.values()) + val(ex[5])
    ssum = sum(val(cs[6]) for cs in rows.values()) + val(ex[6])
    r.chk("weight_sum_mismatch", close(tr[1], wsum) and wsum == 100, f"weights {wsum} vs {tr[1]}")
    r.chk("score_sum_mismatch", close(tr[2], ssum), f"scores {ssum} vs {tr[2]}")
    r.conflict(year_total, rows["居民身份证受理制证量"][4], "受理量 text/table")
    r.conflict(per, rows["单件证件邮寄成本"][4], "postage per piece text/table")
    r.conflict(g(t, r"受理点建成" + NUM + r"个"), rows["乡镇24小时自助拍照受理点"][4], "自助点 text/table")
    # level weights/scores in prose (五、自评结论)
    lv = one(t, r"预算执行率" + NUM + r"分，得" + NUM + r"分；产出指标" + NUM + r"分，全部完成，得" + NUM
             + r"分；效益指标" + NUM + r"分，因自助拍照受理点未按计划建成，得" + NUM + r"分；满意度指标" + NUM
             + r"分，得" + NUM + r"分")
    ben_n = ["省内异地受理居民身份证数量", "乡镇24小时自助拍照受理点"]
    out_n = ["居民身份证受理制证量", "困难群众免费制证张数", "制证质量合格率", "制证平均办理时限", "单件证件邮寄成本"]
    sat_n = ["办证群众满意度"]
    r.conflict(lv.group(1), ex[5], "execution weight text/table")
    r.conflict(lv.group(2), ex[6], "execution score text/table")
    for (wg, sg, group, nm) in ((3, 4, out_n, "产出"), (5, 6, ben_n, "效益"), (7, 8, sat_n, "满意度")):
        r.chk("weight_sum_mismatch", close(lv.group(wg), sum(val(rows[n][5]) for n in group)), f"{nm} level weight")
        r.chk("score_sum_mismatch", close(lv.group(sg), sum(val(rows[n][6]) for n in group)), f"{nm} level score")
    lw = sum(Dec(lv.group(i)) for i in (1, 3, 5, 7))
    r.chk("weight_sum_mismatch", lw == 100, f"level weights {lw}")
    total = g(t, r"本项目自评得分" + NUM + "分")
    r.chk("score_sum_mismatch", close(total, sum(Dec(lv.group(i)) for i in (2, 4, 6, 8))), "total = level scores")
    r.conflict(total, tr[2], "total text/table")
    r.grade(total, g(t, r"等级为“(优秀|良好|优|良|中等|中|差)”"), "grade")
    return r.items


# ---------------------------------------------------------------- C: Huiyang 2023 (PDF spaces)
def check_C(t):
    r = Res()
    Y = 2023
    r.chk("year_mismatch", g(t, r"出入境服务大厅运行保障项目(\d{4})年度") == str(Y), "title year")
    r.chk("year_mismatch", g(t, r"统计口径为(\d{4})年1月1日至12月31日") == str(Y), "statistics period")
    r.chk("year_mismatch", int(g(t, r"\n(\d{4})年1月25日$")) >= Y, "report date")
    ini = g(t, r"项目年初预算" + NUM + r"万元")
    cut = g(t, r"调减" + NUM + r"万元")
    ann = g(t, r"全年预算" + NUM + r"万元，其中区本级")
    dist = g(t, r"区本级财政" + NUM + r"万元")
    prov = g(t, r"便民服务补助" + NUM + r"万元")
    r.total([(ini, 1), (cut, -1)], ann, "年初 - 调减 = 全年")
    r.total([(dist, 1), (prov, 1)], ann, "区本级 + 省级 = 全年")
    spent = g(t, r"全年支出" + NUM + r"万元，预算执行率")
    rate = g(t, r"全年支出[\d.]+万元，预算执行率" + NUM + "%") + "%"
    bal = g(t, r"结余" + NUM + r"万元已上缴")
    r.rate(rate, spent, ann, "执行率 (prose)")
    r.chk("balance_mismatch", close(bal, Dec(ann) - Dec(spent)), f"结余 {bal}")
    bs, ss = [], []
    spent_item = {}
    for key in ("窗口人员经费预算", "自助设备租赁及维护预算", "大厅运行经费预算"):
        m = one(t, key + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%")
        bs.append(m.group(1))
        ss.append(m.group(2))
        spent_item[key] = m.group(2)
        r.rate(m.group(3) + "%", m.group(2), m.group(1), f"item rate {key}")
    r.total([(b, 1) for b in bs], ann, "item budgets")
    r.total([(s, 1) for s in ss], spent, "item spending")
    # table
    ex = trow(t, "预算执行", "pdf", pos=0)
    r.rate(ex[4], spent, ann, "execution row actual")
    r.rate(ex[5], spent, ann, "execution row completion")
    r.conflict(rate, ex[4], "执行率 text/table")
    r.chk("score_exceeds_weight", Dec(0) <= val(ex[7]) <= val(ex[6]), "execution score <= weight")
    r.chk("score_rule_mismatch", close(ex[7], val(ex[6]) * min(Dec(1), Dec(spent) / Dec(ann))), "execution score")
    out_n = ["出入境证件受理量", "自助签注办理占比", "证件一次制作合格率", "证件办结时限", "大厅运行成本"]
    ben_n = ["群众平均等候时长", "窗口有效投诉量", "预约办证覆盖率"]
    sat_n = ["办证群众满意度"]
    rows = {n: trow(t, n, "pdf") for n in out_n + ben_n + sat_n}
    for n, cs in rows.items():
        r.indicator(n, cs[3], cs[4], cs[6], cs[7], comp=cs[5])
    tr = trow(t, "合计", "pdf", pos=0)
    wsum = sum(val(cs[6]) for cs in rows.values()) + val(ex[6])
    ssum = sum(val(cs[7]) for cs in rows.values()) + val(ex[7])
    r.chk("weight_sum_mismatch", close(tr[1], wsum) and wsum == 100, f"weights {wsum} vs {tr[1]}")
    r.chk("score_sum_mismatch", close(tr[2], ssum), f"scores {ssum} vs {tr[2]}")
    lv = one(t, r"预算执行率得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM
             + r"分，项目总得分" + NUM + "分")
    r.conflict(lv.group(1), ex[7], "execution score text/table")
    for gi, group, nm in ((2, out_n, "产出"), (3, ben_n, "效益"), (4, sat_n, "满意度")):
        r.chk("score_sum_mismatch", close(lv.group(gi), sum(val(rows[n][7]) for n in group)), f"{nm} level score")
    r.chk("score_sum_mismatch", close(lv.group(5), sum(Dec(lv.group(i)) for i in (1, 2, 3, 4))), "total = levels")
    r.conflict(lv.group(5), tr[2], "total text/table")
    r.grade(lv.group(5), g(t, r"自评等级为(优秀|良好|优|良|中等|中|差)"), "grade")
    # the note under the table
    over = g(t, r"受理量超出目标" + NUM + "%") + "%"
    A_, T_ = parse_q(rows["出入境证件受理量"][4])[1], parse_q(rows["出入境证件受理量"][3])[1]
    r.chk("completion_mismatch", close(over, (Dec(A_) - Dec(T_)) / Dec(T_) * 100), "deviation 25.11%")
    wait_over = g(t, r"等候时长超出目标" + NUM + "分钟")
    wr = rows["群众平均等候时长"]
    r.chk("sum_mismatch", close(wait_over, val(wr[4]) - val(wr[3])), "waiting time over target")
    ded = g(t, r"该项扣" + NUM + "分")
    r.chk("score_sum_mismatch", close(ded, val(wr[6]) - val(wr[7])), "deduction 1.30")
    # text vs table
    r.conflict(spent_item["大厅运行经费预算"], rows["大厅运行成本"][4], "hall running cost text/table")
    r.conflict(g(t, r"全年受理出入境证件" + NUM + r"万件（"), rows["出入境证件受理量"][4], "受理量 text/table")
    r.conflict(g(t, r"办结时限平均" + NUM + r"个工作日"), rows["证件办结时限"][4], "时限 text/table")
    r.conflict(g(t, r"全年收到有效投诉" + NUM + "件"), rows["窗口有效投诉量"][4], "投诉 text/table")
    r.conflict(g(t, r"预约办证覆盖率提高到" + NUM + "%"), rows["预约办证覆盖率"][4], "预约 text/table")
    r.conflict(g(t, r"等候时长仍达到" + NUM + "分钟"), wr[4], "等候 text/table")
    return r.items


# ---------------------------------------------------------------- D: Yiwu 2018 (prose only)
def check_D(t):
    r = Res()
    Y = 2018
    r.chk("year_mismatch", g(t, r"^义乌市新居民事务服务中心(\d{4})年度部门整体") == str(Y), "title year")
    r.chk("year_mismatch", int(g(t, r"截至(\d{4})年12月31日，中心全年支出")) == Y, "截至 year")
    r.chk("year_mismatch", int(g(t, r"已按规定结转至(\d{4})年使用")) > Y, "carry-over year")
    r.chk("year_mismatch", int(g(t, r"\n(\d{4})年3月20日$")) >= Y, "report date")
    ini = one(t, r"年年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元")
    add = g(t, r"追加预算" + NUM + r"万元")
    ann = one(t, r"调整后全年预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元")
    r.total([(ini.group(2), 1), (ini.group(3), 1)], ini.group(1), "年初 基本 + 项目")
    r.total([(ann.group(2), 1), (ann.group(3), 1)], ann.group(1), "全年 基本 + 项目")
    r.total([(ini.group(1), 1), (add, 1)], ann.group(1), "年初 + 追加 = 全年")
    ex = one(t, r"中心全年支出" + NUM + r"万元，预算执行率" + NUM + r"%。其中基本支出" + NUM + r"万元，执行率" + NUM
             + r"%；项目支出" + NUM + r"万元，执行率" + NUM + "%")
    r.rate(ex.group(2) + "%", ex.group(1), ann.group(1), "部门 执行率")
    r.rate(ex.group(4) + "%", ex.group(3), ann.group(2), "基本支出 执行率")
    r.rate(ex.group(6) + "%", ex.group(5), ann.group(3), "项目支出 执行率")
    r.total([(ex.group(3), 1), (ex.group(5), 1)], ex.group(1), "支出 基本 + 项目")
    bs, ss = [], []
    for key in ("居住证制证及信息采集项目预算", "流动人口协管员补助项目预算", "出租房屋服务管理宣传及信息系统运维项目预算"):
        m = one(t, key + NUM + r"万元、支出" + NUM + r"万元，执行率" + NUM + "%")
        bs.append(m.group(1))
        ss.append(m.group(2))
        r.rate(m.group(3) + "%", m.group(2), m.group(1), f"item rate {key}")
    r.total([(b, 1) for b in bs], ann.group(3), "项目 budgets")
    r.total([(s, 1) for s in ss], ex.group(5), "项目 spending")
    bal = g(t, r"项目支出结余" + NUM + r"万元")
    carry = g(t, r"其中" + NUM + r"万元为信息系统运维二期合同款")
    r.chk("balance_mismatch", close(bal, Dec(ann.group(3)) - Dec(ex.group(5))), f"项目结余 {bal}")
    r.chk("balance_mismatch", Dec(carry) <= val(bal), "carry-over part <= 结余")
    # per-person subsidy (元 beside 万元)
    pay = g(t, r"全年发放协管员补助" + NUM + r"万元")
    r.conflict(pay, ss[1], "协管员补助 spending twice")
    m = one(t, r"按" + NUM + r"人计算，人均" + NUM + r"(万元|元)")
    per_yuan = Dec(pay) * 10000 / Dec(m.group(1))
    stated_yuan = Dec(m.group(2)) * (10000 if m.group(3) == "万元" else 1)
    if close(m.group(2), per_yuan / (10000 if m.group(3) == "万元" else 1)):
        r.chk("average_mismatch", True, "per-person subsidy")
    elif close(m.group(2), per_yuan):
        r.chk("unit_mismatch", False, f"per-person subsidy {m.group(2)}{m.group(3)}: right number, wrong unit")
    else:
        r.chk("average_mismatch", False, f"per-person subsidy {stated_yuan} vs {per_yuan}")
    r.conflict(m.group(1), g(t, r"另聘用流动人口协管员" + NUM + "人"), "协管员人数")
    # outputs
    c = one(t, r"全年办理居住证" + NUM + r"万张，为年度目标" + NUM + r"万张的" + NUM + "%")
    r.chk("completion_mismatch", close(c.group(3) + "%", Dec(c.group(1)) / Dec(c.group(2)) * 100), "居住证 completion")
    r.conflict(c.group(2), g(t, r"全年办理居住证不少于" + NUM + "万张"), "居住证 target")
    acc = g(t, r"信息登记准确率" + NUM + "%")
    r.chk("implausible_rate", val(acc) <= 100, "准确率 <= 100%")
    # satisfaction
    q = one(t, r"共回收有效问卷" + NUM + r"份，其中新居民" + NUM + r"份、出租房东" + NUM + r"份、用工企业" + NUM + "份")
    r.total([(q.group(2), 1), (q.group(3), 1), (q.group(4), 1)], q.group(1), "questionnaires")
    s = one(t, r"满意度分别为" + NUM + r"%、" + NUM + r"%和" + NUM + r"%，三类对象平均" + NUM + "%")
    sats = [Dec(s.group(i)) for i in (1, 2, 3)]
    for x in sats:
        r.chk("implausible_rate", x <= 100, "satisfaction <= 100%")
    r.chk("average_mismatch", close(s.group(4), sum(sats) / 3), "average satisfaction")
    # scores
    sc = one(t, r"预算执行率" + NUM + r"分，得" + NUM + r"分；产出指标" + NUM + r"分（其中数量" + NUM + r"分、质量" + NUM
             + r"分、时效" + NUM + r"分），得" + NUM + r"分（数量" + NUM + r"分、质量" + NUM + r"分、时效" + NUM
             + r"分）；效益指标" + NUM + r"分（其中社会效益" + NUM + r"分、可持续影响" + NUM + r"分），得" + NUM
             + r"分（社会效益" + NUM + r"分、可持续影响" + NUM + r"分）；满意度指标" + NUM + r"分，得" + NUM + "分")
    G = lambda i: Dec(sc.group(i))
    w_exec, s_exec, w_out, w_q1, w_q2, w_q3, s_out, s_q1, s_q2, s_q3 = (G(i) for i in range(1, 11))
    w_ben, w_b1, w_b2, s_ben, s_b1, s_b2, w_sat, s_sat = (G(i) for i in range(11, 19))
    r.chk("weight_sum_mismatch", w_q1 + w_q2 + w_q3 == w_out, "产出 sub-weights")
    r.chk("weight_sum_mismatch", w_b1 + w_b2 == w_ben, "效益 sub-weights")
    r.chk("weight_sum_mismatch", w_exec + w_out + w_ben + w_sat == 100, "level weights = 100")
    r.chk("score_sum_mismatch", close(sc.group(7), s_q1 + s_q2 + s_q3), "产出 sub-scores")
    r.chk("score_sum_mismatch", close(sc.group(14), s_b1 + s_b2), "效益 sub-scores")
    for (wv, sv, nm) in ((w_exec, s_exec, "执行"), (w_out, s_out, "产出"), (w_q1, s_q1, "数量"), (w_q2, s_q2, "质量"),
                         (w_q3, s_q3, "时效"), (w_ben, s_ben, "效益"), (w_b1, s_b1, "社会效益"),
                         (w_b2, s_b2, "可持续"), (w_sat, s_sat, "满意度")):
        r.chk("score_exceeds_weight", Dec(0) <= sv <= wv, f"{nm} score <= weight")
    ded = g(t, r"该项扣" + NUM + "分")
    r.chk("score_sum_mismatch", close(ded, w_b2 - s_b2), "可持续 deduction")
    total = g(t, r"自评总分" + NUM + "分")
    r.chk("score_sum_mismatch", close(total, s_exec + s_out + s_ben + s_sat), "total")
    r.grade(total, g(t, r"评价等级为(优秀|良好|优|良|中等|中|差)"), "grade")
    r.chk("score_rule_mismatch", close(sc.group(2), w_exec * Dec(ex.group(1)) / Dec(ann.group(1))), "execution score")
    target_sat = g(t, r"满意度不低于" + NUM + "%")
    r.chk("score_rule_mismatch", close(sc.group(18), w_sat * min(Dec(1), (sum(sats) / 3) / Dec(target_sat))), "satisfaction score")
    return r.items


# ---------------------------------------------------------------- E: Chaotian 2024 (Markdown)
def check_E(t):
    r = Res()
    Y = 2024
    r.chk("year_mismatch", g(t, r"\n(\d{4})年度户籍管理及户政档案整理专项经费") == str(Y), "title year")
    r.chk("year_mismatch", g(t, r"区财政局批复(\d{4})年预算") == str(Y), "批复 year")
    r.chk("year_mismatch", int(g(t, r"质保金[\d.]+万元待(\d{4})年验收期满后支付")) > Y, "carry-over year")
    r.chk("year_mismatch", int(g(t, r"\n(\d{4})年3月12日$")) >= Y, "report date")
    ann = g(t, r"批复\d{4}年预算" + NUM + r"万元")
    fisp = g(t, r"区级财政资金" + NUM + r"万元")
    unitp = g(t, r"分局单位资金" + NUM + r"万元")
    r.total([(fisp, 1), (unitp, 1)], ann, "财政 + 单位 = 预算")
    recv = g(t, r"资金到位" + NUM + r"万元")
    r.rate(g(t, r"资金到位[\d.]+万元，到位率" + NUM + "%") + "%", recv, ann, "到位率")
    spent = g(t, r"全年支出" + NUM + r"万元，预算执行率")
    rate = g(t, r"全年支出[\d.]+万元，预算执行率" + NUM + "%") + "%"
    r.rate(rate, spent, ann, "执行率 (prose)")
    bs, ss = [], []
    for key in ("户籍信息核查整治预算", "户口簿及户籍证明印制预算", "户政档案整理装订预算"):
        m = one(t, key + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%")
        bs.append(m.group(1))
        ss.append(m.group(2))
        r.rate(m.group(3) + "%", m.group(2), m.group(1), f"item rate {key}")
    r.total([(b, 1) for b in bs], ann, "item budgets")
    r.total([(s, 1) for s in ss], spent, "item spending")
    bal = g(t, r"结余的" + NUM + r"万元均为财政资金")
    qb = g(t, r"质保金" + NUM + r"万元")
    rest = g(t, r"其余" + NUM + r"万元由区财政收回")
    r.total([(qb, 1), (rest, 1)], bal, "结余 = 结转 + 收回")
    r.chk("balance_mismatch", close(bal, Dec(ann) - Dec(spent)), "结余 = 预算 - 支出")
    # funds table
    tot = trow(t, "年度资金总额", "md")
    fr = trow(t, "其中：财政资金", "md")
    sp = trow(t, "财政专户管理资金", "md")
    un = trow(t, "单位资金", "md")
    ot = trow(t, "其他资金", "md")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        r.total([(fr[i], 1), (sp[i], 1), (un[i], 1), (ot[i], 1)], tot[i], f"funds table {col}")
    r.rate(tot[5], tot[3], tot[2], "table rate total")
    r.rate(fr[5], fr[3], fr[2], "table rate 财政资金")
    r.rate(un[5], un[3], un[2], "table rate 单位资金")
    r.chk("rate_mismatch", tot[1] == tot[2], "年中未作调整 => 年初 = 全年")
    r.chk("balance_mismatch", close(bal, Dec(fr[2]) - Dec(fr[3])), "结余 is 财政资金 budget - spending")
    r.conflict(ann, tot[2], "预算 text/table")
    r.conflict(spent, tot[3], "支出 text/table")
    r.conflict(rate, tot[5], "执行率 text/table (90% vs 90.00%)")
    r.conflict(fisp, fr[2], "财政资金 text/table")
    r.conflict(unitp, un[3], "单位资金 text/table")
    r.chk("score_rule_mismatch", close(tot[6], Dec(tot[4]) * Dec(tot[3]) / Dec(tot[2])), "execution score")
    # indicator table (Sichuan: 指标性质 | 年度指标值 | 度量单位 | 实际完成值 | 分值 | 得分)
    names = ["清理重复、错误户籍信息", "户政档案整理装订", "户籍信息准确率", "户口迁移业务办结时限",
             "档案整理单卷成本", "户籍业务“最多跑一次”办结比例", "户籍档案规范化管理长效机制"]
    rows = {n: trow(t, n, "md") for n in names}
    for n, cs in rows.items():
        if cs[3] == "定性":
            r.indicator(n, cs[4], cs[6], cs[7], cs[8])
        else:
            r.indicator(n, cs[3] + cs[4] + cs[5], cs[6] + cs[5], cs[7], cs[8])
    tr = trow(t, "合计", "md", pos=0)
    tr = [c for c in tr if c]
    wsum = sum(val(cs[7]) for cs in rows.values())
    ssum = sum(val(cs[8]) for cs in rows.values())
    r.chk("weight_sum_mismatch", close(tr[1], wsum), f"indicator weights {wsum} vs {tr[1]}")
    r.chk("weight_sum_mismatch", wsum + val(tot[4]) == 100, "weights + execution = 100")
    r.chk("score_sum_mismatch", close(tr[2], ssum), f"scores {ssum} vs {tr[2]}")
    lw = one(t, r"绩效指标占" + NUM + r"分，其中产出指标" + NUM + r"分、效益指标" + NUM + "分")
    r.chk("weight_sum_mismatch", Dec(lw.group(2)) + Dec(lw.group(3)) == Dec(lw.group(1)), "60 + 30 = 90")
    r.chk("weight_sum_mismatch", close(lw.group(1), wsum), "stated 90 vs rows")
    out_w = sum(val(rows[n][7]) for n in names[:5])
    r.chk("weight_sum_mismatch", close(lw.group(2), out_w), "产出 rows weight")
    r.chk("weight_sum_mismatch", close(g(t, r"预算执行率占" + NUM + "分"), val(tot[4])), "execution weight text/table")
    ex_p = g(t, r"预算执行得" + NUM + "分")
    ind_p = g(t, r"绩效指标得" + NUM + "分")
    total = g(t, r"项目自评总分" + NUM + "分")
    r.conflict(ex_p, tot[6], "execution score text/table")
    r.conflict(ind_p, tr[2], "indicator score text/table")
    r.chk("score_sum_mismatch", close(total, Dec(ex_p) + Dec(ind_p)), "total")
    r.grade(total, g(t, r"评价等级为“(优秀|良好|优|良|中等|中|差)”"), "grade")
    # prose quantities
    st = [g(t, k + NUM + "卷") for k in ("城区派出所", "曾家派出所", "中子派出所", "羊木派出所")]
    cnt = g(t, r"合计" + NUM + "卷")
    r.total([(x, 1) for x in st], cnt, "archives per station = total")
    wan = g(t, r"即" + NUM + "万卷")
    r.chk("conflicting_values", close(wan, Dec(cnt) / 10000), "39900卷 = 3.99万卷")
    r.conflict(wan, rows["户政档案整理装订"][6], "archives text/table")
    r.chk("completion_mismatch", close(g(t, r"完成年度目标的" + NUM + "%"), Dec(wan) / val(rows["户政档案整理装订"][4]) * 100),
          "archives completion 95%")
    r.chk("sum_mismatch", close(g(t, r"剩余" + NUM + "万卷"), val(rows["户政档案整理装订"][4]) - Dec(wan)), "remaining 0.21万卷")
    fee = g(t, r"档案整理支出" + NUM + r"万元")
    r.conflict(fee, ss[2], "档案整理支出 twice")
    unit_cost = g(t, r"单卷成本" + NUM + r"元，低于")
    r.chk("average_mismatch", close(unit_cost, Dec(fee) / Dec(wan)), "cost per volume (万元/万卷 = 元/卷)")
    r.conflict(unit_cost, rows["档案整理单卷成本"][6], "cost per volume text/table")
    r.conflict(g(t, r"错误户籍信息" + NUM + r"条（2023年"), rows["清理重复、错误户籍信息"][6], "records cleaned text/table")
    r.conflict(g(t, r"平均" + NUM + r"个工作日办结"), rows["户口迁移业务办结时限"][6], "迁移时限 text/table")
    return r.items


CHECKS = {
    "jx-ruijin-hujidangan-2021": check_A,
    "hb-macheng-shenfenzheng-2019": check_B,
    "gd-huiyang-crjdating-2023": check_C,
    "zj-yiwu-xinjumin-bumen-2018": check_D,
    "sc-chaotian-hujiguanli-2024": check_E,
}


def diff_region(a, b):
    """One contiguous region [p, len(b)-s) of b that differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    clean_n = sum(1 for l in labels if l["clean"])
    if clean_n != 5:
        problems.append(f"{clean_n} clean cases, expected 5")
    codes = Counter()
    clean_text = {}
    for pid in CHECKS:
        clean_text[pid] = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        n = len(clean_text[pid])
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}-clean: {n} characters, outside 2800-3400")
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            problems.append(f"missing case file {lab['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        pid = lab["source"]
        try:
            results = CHECKS[pid](text)
        except Miss as e:
            problems.append(f"{lab['case']}: could not read figures: {e}")
            continue
        failed = {c for c, ok, _ in results if not ok}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            for c, ok, d in results:
                if not ok:
                    problems.append(f"{lab['case']}: clean check failed [{c}] {d}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        codes[code] += 1
        if code not in CODES13:
            problems.append(f"{lab['case']}: code {code} not one of the 13")
        if e.get("severity") != "error":
            problems.append(f"{lab['case']}: severity must be error")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{lab['case']}: value occurs {len(occ)} times: {value!r}")
        start, end = diff_region(clean_text[pid], text)
        if start >= end:
            problems.append(f"{lab['case']}: identical to clean draft")
        elif not any(o < end and o + len(value) > start for o in occ):
            problems.append(f"{lab['case']}: label value does not overlap the edit [{start},{end})")
        if code not in failed:
            problems.append(f"{lab['case']}: labelled code {code} does not fail")
        others = sorted(c for c in failed if c != code and c not in WARNINGS)
        if others:
            det = [f"[{c}] {d}" for c, ok, d in results if not ok and c in others]
            problems.append(f"{lab['case']}: other error codes fail: {det}")
    for c in CODES13:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    if sum(codes.values()) != 30:
        problems.append(f"{sum(codes.values())} error labels, expected 30")
    if problems:
        print("\n".join(problems))
        print("FAIL")
        sys.exit(1)
    for c in CODES13:
        print(f"{c:22s} {codes[c]}")
    print("OK")


if __name__ == "__main__":
    main()
