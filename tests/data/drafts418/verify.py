#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: one line per case file, format of the dev set, every label value occurs in its case.
2. every error case differs from its clean draft in one contiguous place that overlaps the label value.
3. every code of errors.md §A (1-13) is used at least twice.
4. the arithmetic of every draft is redone from its own text (rules.md §5-§8, tolerance from the stated
   decimals, ROUND_HALF_UP): every check passes on the clean drafts; on an error case the labelled code
   fails and no other error-level code fails.
Prints OK at the end.
"""
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


# ---------------------------------------------------------------- numbers and tolerance
def num_str(s):
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return m.group(0).replace(",", "")


def dec(s):
    return D(num_str(s))


def ndec(s):
    n = num_str(s)
    return len(n.split(".")[1]) if "." in n else 0


def close(stated, computed, extra=D(0)):
    """stated (string as written) is consistent with computed (Decimal) within half a unit of its last digit."""
    tol = D("0.5") * D(10) ** (-ndec(stated)) + D("1e-9") + extra
    return abs(D(computed) - dec(stated)) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
               "差": "差", "较差": "差", "不合格": "差"}


def unit_of(s):
    """unit of an indicator value: the text around the number, minus comparison signs."""
    s = s.strip()
    for sign in ("≥", "≤", "＞＝", "＜＝", ">=", "<=", "=", "＝", "不低于", "不少于", "不超过"):
        s = s.replace(sign, "")
    return NUM.sub("", s).strip()


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞＝", "不低于", "不少于")) or t.endswith("以上"):
        return "gte"
    if t.startswith(("≤", "<=", "＜＝", "不超过")) or t.endswith(("以内", "以下")):
        return "lte"
    return "eq"


def completion(target, actual, sign=None):
    """completion rate in % (rules §5) or None when it cannot be computed."""
    if not NUM.search(target) or not NUM.search(actual):
        return None
    d = sign or direction(target)
    T, A = dec(target), dec(actual)
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return max(A, D(0)) / T * 100


class Res:
    def __init__(self):
        self.items = []

    def chk(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def eq(self, code, stated, computed, msg):
        self.chk(code, close(stated, computed), f"{msg}: stated {stated.strip()}, computed {q2(computed)}")

    def same(self, code, a, b, msg):
        """two statements of the same quantity must agree."""
        self.chk(code, dec(a) == dec(b), f"{msg}: {a.strip()} vs {b.strip()}")

    def total(self, comps, total, msg, code="sum_mismatch"):
        """total = sum of components; a single component off by 10^4 / 10^8 is reported as unit_mismatch."""
        s = sum(dec(c) for c in comps)
        if close(total, s):
            self.chk(code, True, msg)
            return
        for i, c in enumerate(comps):
            for f in (D(10) ** 4, D(10) ** 8):
                for alt in (dec(c) / f, dec(c) * f):
                    if close(total, s - dec(c) + alt):
                        self.chk("unit_mismatch", False, f"{msg}: component {c} off by a power of ten")
                        return
        self.chk(code, False, f"{msg}: {' + '.join(comps)} = {s}, stated {total}")

    def product(self, length, std, unit, amount, msg):
        """length (公里) x standard (元 or 万元 per 公里·年) = amount (万元)."""
        val = dec(length) * dec(std) / (D(1) if unit == "万元" else D(10000))
        if close(amount, val):
            self.chk("sum_mismatch", True, msg)
        elif any(close(amount, val * f) or close(amount, val / f) for f in (D(10) ** 4, D(10) ** 8)) or \
                any(close(str(dec(amount) * f), val) or close(str(dec(amount) / f), val) for f in (D(10) ** 4,)):
            self.chk("unit_mismatch", False, f"{msg}: {length} x {std}{unit} vs {amount}万元 off by 10^4")
        else:
            self.chk("sum_mismatch", False, f"{msg}: {length} x {std}{unit} = {val}, stated {amount}")

    def rate(self, num, den, stated, msg):
        """execution / arrival rate: zero base -> only 0 (or a dash) may be printed; above 100% implausible."""
        if dec(den) == 0:
            self.chk("implausible_rate", dec(stated) == 0, f"{msg}: rate {stated} on a zero base")
            return
        c = dec(num) / dec(den) * 100
        if dec(stated) > 100 and c > 100:
            self.chk("implausible_rate", False, f"{msg}: rate {stated} above 100%")
            return
        self.eq("rate_mismatch", stated, c, msg)
        self.chk("implausible_rate", dec(stated) <= 100, f"{msg}: rate {stated} <= 100")

    def pct_ok(self, stated, msg):
        self.chk("implausible_rate", D(0) <= dec(stated) <= 100, f"{msg}: {stated} within 0-100%")

    def year(self, ok, msg):
        self.chk("year_mismatch", ok, msg)


def g(t, pat, n=None):
    m = re.search(pat, t)
    if not m:
        raise AssertionError(f"pattern not found: {pat}")
    return m.groups() if n is None else m.group(n)


def score_table(r, rows, total_w, total_s, exec_w=None, exec_s=None):
    """rows: list of dict(name, w, s). Checks weights sum, scores sum, score <= weight."""
    ws = [x["w"] for x in rows]
    ss = [x["s"] for x in rows]
    if exec_w is not None:
        ws = [exec_w] + ws
        ss = [exec_s] + ss
    r.total(ws, total_w, "weights add up to the 合计 分值", code="weight_sum_mismatch")
    r.chk("weight_sum_mismatch", dec(total_w) == 100, f"合计分值 {total_w} = 100")
    r.total(ss, total_s, "row scores add up to the total", code="score_sum_mismatch")
    for x in rows:
        r.chk("score_exceeds_weight", D(0) <= dec(x["s"]) <= dec(x["w"]),
              f"{x['name']}: score {x['s']} within 0..{x['w']}")
    if exec_w is not None:
        r.chk("score_exceeds_weight", D(0) <= dec(exec_s) <= dec(exec_w), "execution score within weight")


# ======================================================================= A: Shanxi 2021
def check_sx(t):
    r = Res()
    total, xd, yd, cd = g(t, r"全县列养农村公路([\d.]+)公里，其中县道、乡道、村道分别为([\d.]+)公里、([\d.]+)公里、([\d.]+)公里")
    r.total([xd, yd, cd], total, "road lengths by class")
    r.same("conflicting_values", g(t, r"村道([\d.]+)公里全部落实", 1), cd, "村道 length restated")
    r.same("conflicting_values", g(t, r"完成日常养护([\d.]+)公里", 1), total, "maintained length = network")
    r.year(g(t, r"截至(\d{4})年底", 1) == "2021", "截至…年底 names 2021")
    r.year(g(t, r"(\d{4})年度农村公路日常养护项目", 1) == "2021", "title year")
    # per-km standards
    m = g(t, r"县道(\d+)(万?元)/公里·年、乡道(\d+)(万?元)/公里·年、村道(\d+)(万?元)/公里·年测算，三类道路分别需([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元")
    for L, s, u, a, nm in ((xd, m[0], m[1], m[6], "县道"), (yd, m[2], m[3], m[7], "乡道"), (cd, m[4], m[5], m[8], "村道")):
        r.product(L, s, u, a, f"{nm} length x standard")
    r.total([m[6], m[7], m[8]], m[9], "standard amounts add up")
    # funds table (sources as rows, 行次 1-7)
    rows = {}
    for line in t.splitlines():
        c = line.split("\t")
        if len(c) == 9 and re.fullmatch(r"\d", c[1]):
            rows[c[0]] = c[2:]
    names = ["合计", "财政资金小计", "其中：省级", "市级", "县级", "上年结转资金", "其他资金"]
    assert all(n in rows for n in names), rows.keys()
    for n in names:
        v = rows[n]
        r.eq("balance_mismatch", v[4], dec(v[2]) - dec(v[3]), f"{n} (5)=(3)-(4)")
        r.rate(v[2], v[1], v[5], f"{n} 到位率 (6)=(3)/(2)")
        r.rate(v[3], v[1], v[6], f"{n} 执行率 (7)=(4)/(2)")
    for col in range(5):
        r.total([rows[n][col] for n in ("其中：省级", "市级", "县级")], rows["财政资金小计"][col], f"小计 col {col + 1}")
        r.total([rows[n][col] for n in ("财政资金小计", "上年结转资金", "其他资金")], rows["合计"][col], f"合计 col {col + 1}")
    r.same("conflicting_values", m[9], rows["合计"][0], "需求合计 = 年初预算")
    # prose on funds
    yr, co = g(t, r"县财政将(\d{4})年结转的县级养护资金([\d.]+)万元调入")
    r.year(yr == "2020", "carry-over comes from 2020")
    r.same("conflicting_values", co, rows["上年结转资金"][1], "carry-over in text and table")
    annual = g(t, r"全年预算调整为([\d.]+)万元", 1)
    r.total([rows["合计"][0], co], annual, "年初 + 结转 = 全年预算")
    r.same("conflicting_values", annual, rows["合计"][1], "全年预算 text vs table")
    spent, rate = g(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    r.same("conflicting_values", spent, rows["合计"][3], "支出 text vs table")
    r.rate(spent, annual, rate, "text 执行率")
    bal = g(t, r"结余([\d.]+)万元均为县级配套资金", 1)
    r.eq("balance_mismatch", bal, dec(rows["合计"][2]) - dec(spent), "text 结余 = 到位 - 支出")
    r.year(int(g(t, r"结转至(\d{4})年", 1)) > 2021, "carry-forward goes to a later year")
    # road condition
    a = g(t, r"县道评定为优良中等的路段([\d.]+)公里", 1)
    b = g(t, r"乡道和村道评定为优良中等的路段合计([\d.]+)公里", 1)
    rr, last, diff = g(t, r"优良中等路率为([\d.]+)%，比2020年的([\d.]+)%提高([\d.]+)个百分点")
    r.eq("rate_mismatch", rr, (dec(a) + dec(b)) / dec(total) * 100, "优良中等路率 from lengths")
    r.eq("rate_mismatch", diff, dec(rr) - dec(last), "increase over 2020")
    r.eq("average_mismatch", g(t, r"每公里日常养护投入约(\d+)元", 1), dec(spent) * 10000 / dec(total), "per-km spending")
    sat = g(t, r"沿线群众满意度为([\d.]+)%", 1)
    r.pct_ok(sat, "satisfaction")
    # 附件1 (one cell per line, rows separated by blank lines)
    part = t.split("附件1.项目支出绩效自评表", 1)[1]
    blocks = [[ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")] for b in part.strip("\n").split("\n\n")]
    head, body = blocks[0], blocks[1:]
    assert head[0] == "一级指标" and body[-1][0] == "合计"
    rows2, l1 = [], None
    for c in body[:-1]:
        l1 = c[0] or l1
        rows2.append(dict(l1=l1, name=c[2], w=c[3], target=c[4], actual=c[5], comp=c[6], s=c[7]))
    score_table(r, rows2, body[-1][3], body[-1][7])
    for x in rows2:
        if unit_of(x["target"]) != unit_of(x["actual"]):
            r.chk("unit_mismatch", False, f"{x['name']}: {x['target']} vs {x['actual']}")
            continue
        c = completion(x["target"], x["actual"])
        r.eq("completion_mismatch", x["comp"], c, f"{x['name']} 完成率")
    ex = rows2[0]
    r.same("conflicting_values", ex["actual"], rows["合计"][6], "execution rate table vs funds table")
    byname = {x["name"]: x for x in rows2}
    r.same("conflicting_values", byname["优良中等路率"]["actual"], rr, "优良中等路率 text vs table")
    r.same("conflicting_values", byname["路域环境整治里程"]["actual"], g(t, r"开展路域环境整治([\d.]+)公里", 1), "整治里程")
    r.same("conflicting_values", byname["路长巡路人次"]["actual"], g(t, r"三级路长全年巡路(\d+)人次", 1), "巡路人次")
    r.same("conflicting_values", byname["沿线群众满意度"]["actual"], sat, "satisfaction text vs table")
    r.same("conflicting_values", byname["日常养护里程"]["actual"], total, "养护里程 table vs text")
    # block scores in the text
    tot_text = g(t, r"自评总得分([\d.]+)分", 1)
    es, os_, bs, ms = g(t, r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分")
    r.same("score_sum_mismatch", es, ex["s"], "execution score text vs table")
    for lab, st in (("产出指标", os_), ("效益指标", bs), ("满意度指标", ms)):
        r.total([x["s"] for x in rows2 if x["l1"] == lab], st, f"{lab} block score", code="score_sum_mismatch")
    r.total([es, os_, bs, ms], tot_text, "text block scores add to the total", code="score_sum_mismatch")
    r.same("score_sum_mismatch", tot_text, body[-1][7], "total text vs table")
    r.chk("grade_mismatch", GRADE_WORDS[g(t, r"评价等级为“(.+?)”", 1)] == grade_of(dec(tot_text)), "grade band")
    return r


# ======================================================================= B: Hunan 2022
def check_hn(t):
    r = Res()
    r.year(g(t, r"(\d{4})年度农村公路路长制", 1) == "2022", "title year")
    r.year(g(t, r"（(\d{4})年度）", 1) == "2022", "table year")
    total, xd, yd, cd = g(t, r"总里程([\d.]+)公里，县道、乡道、村道分别为([\d.]+)公里、([\d.]+)公里、([\d.]+)公里")
    r.total([xd, yd, cd], total, "road lengths by class")
    sx, sy, sc = g(t, r"县道每公里每年补助(\d+)元、乡道(\d+)元、村道(\d+)元")
    need = g(t, r"全年养护补助应安排([\d,.]+)万元", 1)
    amts = [str(q2(dec(L) * dec(s) / 10000)) for L, s in ((xd, sx), (yd, sy), (cd, sc))]
    r.total(amts, need, "length x standard = 养护补助")
    lz = g(t, r"路长制工作经费(\d+)万元。", 1)
    init_m, init_l = g(t, r"年初预算安排养护补助(\d+)万元、路长制工作经费(\d+)万元")
    r.same("conflicting_values", lz, init_l, "路长制经费")
    add = g(t, r"追加养护补助([\d.]+)万元", 1)
    r.total([init_m, add], need, "年初 + 追加 = 养护补助")
    cy, co = g(t, r"加上(\d{4})年结转的([\d.]+)万元")
    r.year(cy == "2021", "carry-over from 2021")
    annual = g(t, r"全年预算为([\d,.]+)万元", 1)
    r.total([need, lz, co], annual, "全年预算 in the text")
    spent, rate = g(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%")
    r.rate(spent, annual, rate, "text 执行率")
    r.eq("balance_mismatch", g(t, r"结余([\d.]+)万元", 1), dec(annual) - dec(spent), "结余 = 全年预算 - 支出")
    r.year(int(g(t, r"结转(\d{4})年用于", 1)) > 2022, "carry-forward year")
    r.year(g(t, r"在(\d{4})年12月31日前拨付", 1) == "2022", "deadline year")
    # funds block of the table
    fr = {}
    for ln in t.splitlines():
        m = re.match(r"(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金) (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$", ln)
        if m:
            fr[m.group(1)] = m.groups()[1:]
    assert len(fr) == 4
    for col in range(3):
        r.total([fr[k][col] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], fr["年度资金总额"][col], f"funds col {col}")
    r.total([init_m, init_l], fr["其中：当年财政拨款"][0], "年初 components")
    r.total([need, lz], fr["其中：当年财政拨款"][1], "当年财政拨款 全年 = 养护补助 + 路长制经费")
    tot = fr["年度资金总额"]
    r.rate(tot[2], tot[1], tot[4], "table 执行率")
    r.same("conflicting_values", annual, tot[1], "全年预算 text vs table")
    r.same("conflicting_values", spent, tot[2], "支出 text vs table")
    r.same("conflicting_values", co, fr["上年结转资金"][1], "结转 text vs table")
    r.same("conflicting_values", rate, tot[4], "执行率 text vs table")
    # road facts
    a = g(t, r"县道优良中等路段([\d.]+)公里", 1)
    b = g(t, r"乡道、村道优良中等路段合计([\d.]+)公里", 1)
    rr = g(t, r"全县优良中等路率为([\d.]+)%", 1)
    r.eq("rate_mismatch", rr, (dec(a) + dec(b)) / dec(total) * 100, "优良中等路率")
    found, fixed, zr = g(t, r"发现问题(\d+)个，整改(\d+)个，整改率([\d.]+)%")
    r.eq("rate_mismatch", zr, dec(fixed) / dec(found) * 100, "整改率")
    mq = g(t, r"路况指数（MQI）分别为([\d.、]+)，平均为([\d.]+)")
    vals = mq[0].split("、")
    r.eq("average_mismatch", mq[1], sum(D(v) for v in vals) / len(vals), "MQI average")
    c1, c2, c3, cz = g(t, r"设县级路长(\d+)名、乡级路长(\d+)名、村级路长(\d+)名，共(\d+)名")
    r.total([c1, c2, c3], cz, "路长 count")
    sat = g(t, r"沿线群众满意度为([\d.]+)%", 1)
    r.pct_ok(sat, "satisfaction")
    r.same("conflicting_values", g(t, r"全年完成([\d.]+)公里农村公路日常养护", 1), total, "maintained length")
    # indicator rows
    body = t.split("一级指标 二级指标 三级指标", 1)[1].split("\n")[1:]
    rows = []
    l1 = None
    tw = ts = None
    for ln in body:
        if ln.startswith("总分"):
            tw, ts = ln.split()[1:3]
            break
        m = re.match(r"(.*?)(\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: (\D\S*))?$", ln)
        assert m, ln
        pre = m.group(1).split()
        if pre and pre[0] in ("产出指标", "效益指标", "满意度指标"):
            l1 = pre[0]
        rows.append(dict(l1=l1, name=pre[-1] if pre else "", target=m.group(2), actual=m.group(3),
                         w=m.group(4), s=m.group(5)))
    score_table(r, rows, tw, ts, exec_w=tot[3], exec_s=tot[5])
    for x in rows:
        if NUM.search(x["target"]) and NUM.search(x["actual"]) and "年" not in x["target"]:
            r.chk("unit_mismatch", unit_of(x["target"]) == unit_of(x["actual"]), f"{x['name']} units")
    by = {x["name"]: x for x in rows}
    r.same("conflicting_values", by["优良中等路率"]["actual"], rr, "优良中等 text vs table")
    r.same("conflicting_values", by["路长巡查问题整改率"]["actual"], zr, "整改率 text vs table")
    r.same("conflicting_values", by["沿线群众满意度"]["actual"], sat, "satisfaction text vs table")
    r.same("conflicting_values", by["设立三级路长人数"]["actual"], cz, "路长人数 text vs table")
    r.same("conflicting_values", by["日常养护里程"]["actual"], total, "养护里程 table")
    r.same("conflicting_values", by["县道养护补助标准"]["actual"], sx, "县道 standard")
    tx = g(t, r"本项目得分([\d.]+)分", 1)
    r.same("score_sum_mismatch", tx, ts, "total text vs table")
    r.chk("grade_mismatch", GRADE_WORDS[g(t, r"评价等级为“(.+?)”", 1)] == grade_of(dec(tx)), "grade band")
    return r


# ======================================================================= C: Sichuan 2023
def check_sc(t):
    r = Res()
    r.year(g(t, r"(\d{4})年度剑阁县交通运输局项目支出", 1) == "2023", "title year")
    total, xd, yd, cd = g(t, r"全县农村公路([\d.]+)公里，县道、乡道、村道分别为([\d.]+)公里、([\d.]+)公里、([\d.]+)公里")
    r.total([xd, yd, cd], total, "road lengths by class")
    init, zy, sj, xj = g(t, r"年初申报养护资金(\d+)万元，其中中央车购税资金(\d+)万元、省级补助资金(\d+)万元、县级配套资金(\d+)万元")
    r.total([zy, sj, xj], init, "sources of the 年初 budget")
    pf = g(t, r"财政批复养护资金(\d+)万元", 1)
    r.same("conflicting_values", pf, init, "申报 vs 批复")
    add, adj = g(t, r"追加县级资金([\d.]+)万元，调整后预算([\d.]+)万元")
    r.total([pf, add], adj, "年初 + 追加 = 调整后预算")
    r.year(g(t, r"资金于(\d{4})年3月和6月分两批下达", 1) == "2023", "issue year")
    rec, rrate = g(t, r"全年到位([\d.]+)万元，到位率(\d+)%")
    r.rate(rec, adj, rrate, "到位率")
    spent, erate = g(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    r.rate(spent, adj, erate, "执行率")
    r.eq("balance_mismatch", g(t, r"结余([\d.]+)万元，为", 1), dec(rec) - dec(spent), "结余")
    r.year(int(g(t, r"结转(\d{4})年支付", 1)) > 2023, "carry-forward year")
    r.year(g(t, r"截至(\d{4})年12月31日", 1) == "2023", "as-of year")
    xr, xs, xrate = g(t, r"县级配套资金到位([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    r.total([xj, add], xr, "county funds received = 270 + 追加")
    r.rate(xs, xr, xrate, "county 执行率")
    # outputs
    t1, t2 = g(t, r"完成村道预防性养护不少于(\d+)公里、安全生命防护工程不少于(\d+)公里")
    a1, a2, c1, c2 = g(t, r"完成村道预防性养护([\d.]+)公里、安全生命防护工程([\d.]+)公里，分别完成年度目标的([\d.]+)%和([\d.]+)%")
    r.eq("completion_mismatch", c1, dec(a1) / dec(t1) * 100, "预防性养护 completion")
    r.eq("completion_mismatch", c2, dec(a2) / dec(t2) * 100, "安防工程 completion")
    a = g(t, r"县道优良中等路段([\d.]+)公里", 1)
    b = g(t, r"乡道、村道优良中等路段合计([\d.]+)公里", 1)
    rr = g(t, r"全县优良中等路率为([\d.]+)%", 1)
    r.eq("rate_mismatch", rr, (dec(a) + dec(b)) / dec(total) * 100, "优良中等路率")
    n1, n2, n3 = g(t, r"交办问题(\d+)个，办结(\d+)个，其余(\d+)个")
    r.total([n2, n3], n1, "problems handed over = closed + remaining")
    tx = g(t, r"巡查不少于(\d+)人次", 1)
    ax, cx = g(t, r"三级路长全年巡查(\d+)人次，为年度目标的([\d.]+)%")
    r.eq("completion_mismatch", cx, dec(ax) / dec(tx) * 100, "巡查 completion")
    for s in re.findall(r"满意度为([\d.]+)%", t):
        r.pct_ok(s, "satisfaction sub-rate")
    cost, cap = g(t, r"平均造价([\d.]+)万元/公里，低于([\d.]+)万元/公里")
    wcr = g(t, r"当年完工率([\d.]+)%", 1)
    # table: funds block
    lines = t.splitlines()
    fr = {}
    for ln in lines:
        c = ln.split("\t")
        if len(c) == 8 and re.fullmatch(r"\d", c[1]):
            fr[c[0]] = c[2:]
    src = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for col in range(3):
        r.total([fr[k][col] for k in src], fr["资金总额"][col], f"funds col {col}")
    tot = fr["资金总额"]
    r.rate(tot[2], tot[1], tot[4], "table 执行率")
    r.rate(fr["财政资金"][2], fr["财政资金"][1], fr["财政资金"][4], "财政资金 执行率")
    r.same("conflicting_values", tot[0], init, "年初 text vs table")
    r.same("conflicting_values", tot[1], adj, "调整后预算 text vs table")
    r.same("conflicting_values", tot[2], spent, "支出 text vs table")
    r.same("conflicting_values", tot[4], erate, "执行率 text vs table")
    # indicator rows
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标\t"))
    rows = []
    tw = ts = None
    for ln in lines[i0 + 1:]:
        c = ln.split("\t")
        if c[0] == "合计":
            tw, ts = c[7], c[8]
            break
        rows.append(dict(name=c[2], sign=c[3], target=c[4], unit=c[5], actual=c[6], w=c[7], s=c[8]))
    score_table(r, rows, tw, ts, exec_w=tot[3], exec_s=tot[5])
    for x in rows:
        au = unit_of(x["actual"])
        r.chk("unit_mismatch", au == "" or au == x["unit"], f"{x['name']}: actual {x['actual']} vs unit {x['unit']}")
    by = {x["name"]: x for x in rows}
    r.same("conflicting_values", by["村道预防性养护里程"]["actual"], a1, "预防性养护 table vs text")
    r.same("conflicting_values", by["安全生命防护工程里程"]["actual"], a2, "安防 table vs text")
    r.same("conflicting_values", by["村道预防性养护里程"]["target"], t1, "预防性养护 target")
    r.same("conflicting_values", by["安全生命防护工程里程"]["target"], t2, "安防 target")
    r.same("conflicting_values", by["优良中等路率"]["actual"], rr, "优良中等 table vs text")
    r.same("conflicting_values", by["三级路长巡查人次"]["actual"], ax, "巡查 table vs text")
    r.same("conflicting_values", by["预防性养护平均造价"]["actual"], cost, "造价 table vs text")
    r.same("conflicting_values", by["预防性养护平均造价"]["target"], cap, "造价 cap")
    r.same("conflicting_values", by["当年完工率"]["actual"], wcr, "完工率 table vs text")
    es, isc, tt, gr = g(t, r"预算执行率得([\d.]+)分，绩效指标得([\d.]+)分，总分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    r.same("score_sum_mismatch", es, tot[5], "execution score text vs table")
    r.total([x["s"] for x in rows], isc, "indicator scores add to 绩效指标得分", code="score_sum_mismatch")
    r.total([es, isc], tt, "text total", code="score_sum_mismatch")
    r.same("score_sum_mismatch", tt, ts, "total text vs table")
    r.chk("grade_mismatch", GRADE_WORDS[gr] == grade_of(dec(tt)), "grade band")
    return r


# ======================================================================= D: Hubei 2020
def check_hb(t):
    r = Res()
    r.year(g(t, r"房县交通运输局(\d{4})年度县乡道养护", 1) == "2020", "title year")
    total, xd, yd, cd = g(t, r"全县农村公路([\d.]+)公里，县道、乡道、村道分别为([\d.]+)公里、([\d.]+)公里、([\d.]+)公里")
    r.total([xd, yd, cd], total, "road lengths by class")
    sx, ux, sy, uy, ax, ay, lz, budget = g(t, r"按县道(\d+)(万?元)/公里·年、乡道(\d+)(万?元)/公里·年核定，分别为([\d.]+)万元和([\d.]+)万元，加上县级总路长办公室路长制工作经费(\d+)万元，项目全年预算([\d.]+)万元")
    r.product(xd, sx, ux, ax, "县道 length x standard")
    r.product(yd, sy, uy, ay, "乡道 length x standard")
    r.total([ax, ay, lz], budget, "budget composition")
    fr = {}
    for ln in t.splitlines():
        c = ln.split("\t")
        if len(c) == 6 and re.fullmatch(r"\d", c[1]):
            fr[c[0]] = c[2:]
    for col in range(3):
        r.total([fr["省级补助资金"][col], fr["县级财政资金"][col]], fr["合计"][col], f"funds col {col}")
    for k, v in fr.items():
        r.rate(v[2], v[0], v[3], f"{k} 执行率")
        r.chk("implausible_rate", dec(v[1]) <= dec(v[0]), f"{k} 到位 <= 预算")
    r.same("conflicting_values", budget, fr["合计"][0], "budget text vs table")
    r.year(g(t, r"省级补助资金于(\d{4})年5月", 1) == "2020", "issue year")
    r.year(g(t, r"截至(\d{4})年12月31日", 1) == "2020", "as-of year")
    spent = g(t, r"实际支出([\d.]+)万元，结余", 1)
    r.same("conflicting_values", spent, fr["合计"][2], "支出 text vs table")
    r.eq("balance_mismatch", g(t, r"结余([\d.]+)万元", 1), dec(fr["合计"][1]) - dec(spent), "结余 = 到位 - 支出")
    r.year(int(g(t, r"已结转(\d{4})年", 1)) > 2020, "carry-forward year")
    # outputs
    ml = g(t, r"全年完成县乡道日常养护([\d.]+)公里", 1)
    r.total([xd, yd], ml, "县乡道 length")
    a = g(t, r"县道优良中等路段([\d.]+)公里", 1)
    b = g(t, r"乡道优良中等路段([\d.]+)公里", 1)
    rr = g(t, r"县乡道优良中等路率([\d.]+)%", 1)
    r.eq("rate_mismatch", rr, (dec(a) + dec(b)) / dec(ml) * 100, "县乡道优良中等路率")
    hz = g(t, r"安全隐患(\d+)处", 1)
    gp = g(t, r"设立路长公示牌(\d+)块；", 1)
    zg = g(t, r"路长巡查发现问题整改率([\d.]+)%", 1)
    sat = g(t, r"沿线群众满意度([\d.]+)%", 1)
    r.pct_ok(sat, "satisfaction")
    # indicator table
    lines = t.splitlines()
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("年度目标\t"))
    rows, blocks, cur = [], {}, None
    ex = tw = ts = None
    for ln in lines[i0 + 1:]:
        c = ln.split("\t")
        if c[0] == "合计":
            tw, ts = c[7], c[8]
            break
        if c[0] == "预算执行":
            ex = dict(target=c[4], actual=c[5], comp=c[6], w=c[7], s=c[8])
            continue
        if c[0]:
            cur = c[0]
            blocks[cur] = []
        x = dict(block=cur, name=c[3], target=c[4], actual=c[5], comp=c[6], w=c[7], s=c[8])
        rows.append(x)
        blocks[cur].append(x)
    score_table(r, rows, tw, ts, exec_w=ex["w"], exec_s=ex["s"])
    for bname, bl in blocks.items():
        r.total([x["w"] for x in bl], re.search(r"（(\d+)分）", bname).group(1), f"{bname} weights",
                code="weight_sum_mismatch")
    r.chk("weight_sum_mismatch", dec(ex["w"]) == 20, "execution weight 20")
    r.same("conflicting_values", ex["actual"], fr["合计"][3], "execution rate table vs funds")
    r.eq("completion_mismatch", ex["comp"], dec(fr["合计"][2]) / dec(fr["合计"][0]) * 100, "execution completion")
    for x in rows:
        c = completion(x["target"], x["actual"])
        if c is None:
            continue
        if unit_of(x["target"]) != unit_of(x["actual"]):
            r.chk("unit_mismatch", False, f"{x['name']} units")
            continue
        r.eq("completion_mismatch", x["comp"], c, f"{x['name']} 完成率")
    by = {x["name"]: x for x in rows}
    r.same("conflicting_values", by["县乡道日常养护里程"]["actual"], ml, "养护里程")
    r.same("conflicting_values", by["县乡道优良中等路率"]["actual"], rr, "优良中等")
    r.same("conflicting_values", by["处治安全隐患"]["actual"], hz, "安全隐患")
    r.same("conflicting_values", by["设立路长公示牌"]["actual"], gp, "公示牌")
    r.same("conflicting_values", by["路长巡查问题整改率"]["actual"], zg, "整改率")
    r.same("conflicting_values", by["沿线群众满意度"]["actual"], sat, "satisfaction")
    left = g(t, r"路长公示牌尚有(\d+)块", 1)
    r.total([left, gp], by["设立路长公示牌"]["target"], "signs missing = target - built")
    tx = g(t, r"本项目自评得分([\d.]+)分", 1)
    r.same("score_sum_mismatch", tx, ts, "total text vs table")
    r.chk("grade_mismatch", GRADE_WORDS[g(t, r"评价等级为“(.+?)”", 1)] == grade_of(dec(tx)), "grade band")
    return r


# ======================================================================= E: Gansu 2024 department
def check_gs(t):
    r = Res()
    r.year(g(t, r"\n舟曲县交通运输局(\d{4})年度部门整体支出绩效自评报告\n", 1) == "2024", "title year")
    r.year(g(t, r"开展(\d{4})年度部门整体支出绩效自评", 1) == "2024", "notice year")
    total, xd, yd, cd = g(t, r"全县农村公路([\d.]+)公里，县道、乡道、村道分别为([\d.]+)公里、([\d.]+)公里、([\d.]+)公里")
    r.total([xd, yd, cd], total, "road lengths by class")
    fr = {}
    for ln in t.splitlines():
        c = ln.split("｜")
        if len(c) == 6 and re.fullmatch(r"\d", c[1]):
            fr[c[0]] = c[2:]
    for col in range(3):
        r.total([fr["基本支出"][col], fr["项目支出"][col]], fr["合计"][col], f"合计 = 基本 + 项目, col {col}")
        r.total([fr["其中：一般公共预算拨款"][col], fr["上年结转"][col]], fr["合计"][col], f"合计 = 拨款 + 结转, col {col}")
    for k, v in fr.items():
        r.rate(v[2], v[1], v[3], f"{k} 执行率")
    p1, p2, bsum = g(t, r"其中人员经费([\d.]+)万元、公用经费([\d.]+)万元")[0], g(t, r"公用经费([\d.]+)万元", 1), fr["基本支出"][1]
    r.total([p1, p2], bsum, "基本支出 = 人员 + 公用")
    r.same("conflicting_values", g(t, r"基本支出([\d.]+)万元，其中", 1), fr["基本支出"][2], "基本支出 text vs table")
    inc = g(t, r"全年预算较年初增加([\d.]+)万元", 1)
    r.eq("sum_mismatch", inc, dec(fr["合计"][1]) - dec(fr["合计"][0]), "increase over 年初")
    r.year(g(t, r"调入(\d{4})年结转资金", 1) == "2023", "carry-over from 2023")
    last, diff = g(t, r"2023年度部门整体支出执行率为([\d.]+)%，本年提高([\d.]+)个百分点")
    r.eq("rate_mismatch", diff, dec(fr["合计"][3]) - dec(last), "increase of the execution rate")
    # project list
    pl = g(t, r"5个项目，全年预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元")
    r.total(list(pl), fr["项目支出"][1], "project budgets add to 项目支出")
    sx, sy, sc, ax, ay, ac = g(t, r"县道(\d+)元/公里·年、乡道(\d+)元/公里·年、村道(\d+)元/公里·年测算，县道、乡道、村道分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元")
    for L, s, a_, nm in ((xd, sx, ax, "县道"), (yd, sy, ay, "乡道"), (cd, sc, ac, "村道")):
        r.product(L, s, "元", a_, f"{nm} length x standard")
    r.total([ax, ay, ac], pl[0], "daily maintenance by class")
    per, n, sub, rest = g(t, r"按每个乡镇(\d+)万元标准拨付(\d+)个乡镇，共(\d+)万元，其余(\d+)万元")
    r.eq("sum_mismatch", sub, dec(per) * dec(n), "per-township amount")
    r.total([sub, rest], pl[2], "路长制经费")
    r.same("conflicting_values", g(t, r"养护工程全年预算([\d.]+)万元", 1), pl[1], "养护工程 budget restated")
    r.same("conflicting_values", g(t, r"全年完成([\d.]+)公里农村公路日常养护", 1), total, "maintained length")
    a = g(t, r"县道优良中等路段([\d.]+)公里", 1)
    b = g(t, r"乡道、村道优良中等路段合计([\d.]+)公里", 1)
    rr = g(t, r"全县优良中等路率([\d.]+)%", 1)
    r.eq("rate_mismatch", rr, (dec(a) + dec(b)) / dec(total) * 100, "优良中等路率")
    c1, c2, c3, cz = g(t, r"县级路长(\d+)名、乡级路长(\d+)名、村级路长(\d+)名，共(\d+)名")
    r.total([c1, c2, c3], cz, "路长 count")
    q1, q2_, zr = g(t, r"交办问题(\d+)个，整改(\d+)个，整改率([\d.]+)%")
    r.eq("rate_mismatch", zr, dec(q2_) / dec(q1) * 100, "整改率")
    r.total([q2_, g(t, r"未整改的(\d+)个问题", 1)], q1, "problems closed + open")
    for s in re.findall(r"满意度为([\d.]+)%", t):
        r.pct_ok(s, "satisfaction")
    sc5 = g(t, r"自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分")
    r.eq("average_mismatch", sc5[5], sum(dec(x) for x in sc5[:5]) / 5, "average of project scores")
    for x in sc5[:5]:
        r.chk("score_exceeds_weight", D(0) <= dec(x) <= 100, f"project score {x} <= 100")
    # score table
    lines = t.splitlines()
    i0 = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标｜"))
    rows = []
    tw = ts = None
    for ln in lines[i0 + 1:]:
        c = ln.split("｜")
        if c[0] == "合计":
            tw, ts = c[2], c[3]
            break
        rows.append(dict(name=c[0], w=c[2], s=c[3]))
    score_table(r, rows, tw, ts)
    tx = g(t, r"部门整体支出得分([\d.]+)分", 1)
    r.same("score_sum_mismatch", tx, ts, "total text vs table")
    r.chk("grade_mismatch", GRADE_WORDS[g(t, r"等级为“(.+?)”", 1)] == grade_of(dec(tx)), "grade band")
    return r


CHECKS = {
    "sx-pingshun-nongluyanghu-2021": check_sx,
    "hn-sangzhi-luzhangzhi-2022": check_hn,
    "sc-jiange-cundaoyanghu-2023": check_sc,
    "hb-fangxian-xiangdaoyanghu-2020": check_hb,
    "gs-zhouqu-jiaotongju-bumen-2024": check_gs,
}


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j  # region in b


def main():
    fails = []
    labels = [json.loads(ln) for ln in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    files = sorted(p.name for p in CASES.glob("*.txt"))
    if sorted(x["case"] for x in labels) != files:
        fails.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    for rec in labels:
        if set(rec) != {"case", "source", "clean", "expected"}:
            fails.append(f"{rec.get('case')}: keys {sorted(rec)}")
        text = (CASES / rec["case"]).read_text(encoding="utf-8")
        n = len(text)
        if not 2800 <= n <= 3500:
            fails.append(f"{rec['case']}: length {n}")
        check = CHECKS[rec["source"]]
        try:
            res = check(text).items
        except Exception as e:  # a parse failure is a failure of the set
            fails.append(f"{rec['case']}: checker raised {e!r}")
            continue
        failed = {c for c, ok, _ in res if not ok}
        msgs = [f"{c}: {m}" for c, ok, m in res if not ok]
        if rec["clean"]:
            if rec["expected"]:
                fails.append(f"{rec['case']}: clean case with labels")
            if failed:
                fails.append(f"{rec['case']}: clean draft fails {msgs}")
            continue
        if len(rec["expected"]) != 1:
            fails.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        if set(lab) != {"code", "severity", "value", "explanation"} or lab["severity"] != "error":
            fails.append(f"{rec['case']}: bad label {lab}")
        code = lab["code"]
        if code not in CODES:
            fails.append(f"{rec['case']}: unknown code {code}")
            continue
        counts[code] += 1
        if lab["value"] not in text:
            fails.append(f"{rec['case']}: value not in case")
        clean = (CASES / f"{rec['source']}-clean.txt").read_text(encoding="utf-8")
        s, e = diff_region(clean, text)
        if s >= e and len(text) <= len(clean):
            # pure deletion would give an empty region in the error case
            fails.append(f"{rec['case']}: no changed text in the error case")
        occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
        if not any(o < max(e, s + 1) and o + len(lab["value"]) > s for o in occ):
            fails.append(f"{rec['case']}: label value does not overlap the edit [{s},{e})")
        if code not in failed:
            fails.append(f"{rec['case']}: labelled {code} does not fail")
        if failed - {code}:
            fails.append(f"{rec['case']}: other codes fail: {[m for m in msgs if not m.startswith(code)]}")
        # prose / table: the edit lies in a table line (tab or ｜ separated, or a PDF table row)
        line = text[text.rfind("\n", 0, s) + 1: text.find("\n", s)]
        toks = line.split()
        pdf_row = len(toks) >= 4 and sum(bool(re.fullmatch(r"\d+(?:\.\d+)?", x)) for x in toks) >= 2
        in_table = ("\t" in line) or ("｜" in line) or pdf_row
        where["table" if in_table else "prose"] += 1
    for c, k in counts.items():
        if k < 2:
            fails.append(f"code {c} used {k} times (< 2)")
    print("codes:", ", ".join(f"{c}={k}" for c, k in counts.items()))
    print("edits in prose / table:", where["prose"], "/", where["table"])
    if fails:
        print("\n".join("FAIL " + f for f in fails))
        sys.exit(1)
    print(f"{len(labels)} cases checked")
    print("OK")


if __name__ == "__main__":
    main()
