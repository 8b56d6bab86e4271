#!/usr/bin/env python3
"""Verify the n162 set.

1. labels.jsonl: one line per case file, values occur in their case (and not in the clean draft, so they carry
   the change), codes from errors.md §A, each of the 13 codes at least twice.
2. every error case = its clean draft with exactly one of build.EDITS applied, the change confined to one place
   (at most two adjacent lines, short span), and the label value overlapping the changed span.
3. redoes the arithmetic of every clean draft (generic 自评表 checks + per-project checks); all must pass.
   The same checks run on each error case must fail at least once (the injected slip is a real inconsistency).
Prints OK at the end.
"""
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- number helpers
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def decimals(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated value with d decimals is consistent iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    v = D(stated)
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


class Bad(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Bad(msg)


def one(t, pat, group=1):
    m = re.findall(pat, t)
    need(len(m) == 1, f"pattern {pat!r} matched {len(m)} times")
    g = m[0]
    return g if isinstance(g, str) else g[group - 1]


def need_close(stated, computed, what):
    need(close(stated, computed), f"{what}: stated {stated}, computed {Decimal(computed):.4f}")


# ---------------------------------------------------------------- generic self-evaluation table
L1 = ("产出指标", "效益指标", "满意度指标")
SIGN = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def band(total):
    total = Decimal(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def table_rows(t):
    return [ln.split("｜") for ln in t.splitlines() if "｜" in ln]


def eval_year(t):
    return int(re.search(r"(20\d\d)年", t[:80]).group(1))


def check_funds_table(t):
    rows = {r[0]: r for r in table_rows(t)}
    tot = rows["年度资金总额"]
    subs = [rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]]
    for col in (1, 2, 3):
        need(D(tot[col]) == sum(D(r[col]) for r in subs), f"funds column {col}: total {tot[col]} != sum of parts")
    annual, spent = D(tot[2]), D(tot[3])
    need(spent <= annual, "spent above annual budget")
    need_close(tot[5], spent / annual * 100, "execution rate")
    w = D(tot[4])
    r_true = min(spent / annual, Decimal(1))
    r_stated = min(D(tot[5]) / 100, Decimal(1))
    need(close(tot[6], w * r_true) or close(tot[6], w * r_stated), f"execution score {tot[6]}")
    for r in subs:
        if r[5] in ("—", "-", ""):
            continue
        need(D(r[2]) != 0, f"rate {r[5]} printed on a zero budget ({r[0]})")
        need(D(r[3]) <= D(r[2]), f"{r[0]} spent above budget")
        need_close(r[5], D(r[3]) / D(r[2]) * 100, f"{r[0]} execution rate")
    return w, D(tot[6])


def parse_val(s):
    m = SIGN.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq", None: "eq"}[sign]
    return d, D(num), unit.strip()


def check_indicators(t):
    exec_w, exec_s = check_funds_table(t)
    rows = [r for r in table_rows(t) if r[0] in L1 and len(r) == 8]
    need(rows, "no indicator rows")
    wsum, ssum = exec_w, exec_s
    for r in rows:
        name, target, actual, w, s, note = r[2], r[3], r[4], D(r[5]), D(r[6]), r[7]
        wsum += w
        ssum += s
        need(0 <= s <= w, f"{name}: score {s} outside [0, {w}]")
        pt, pa = parse_val(target), parse_val(actual)
        if pt is None:  # qualitative
            need(pa is None, f"{name}: qualitative target, numeric actual")
            if "部分达成" in note:
                need(w * Decimal("0.6") <= s < w * Decimal("0.8"), f"{name}: partly achieved score {s}")
            continue
        need(pa is not None, f"{name}: numeric target, non-numeric actual {actual}")
        direction, T, ut = pt
        _, A, ua = pa
        need(ut == ua, f"{name}: unit of target '{ut}' vs actual '{ua}'")
        if ua == "%":
            need(A <= 100, f"{name}: rate {A}% above 100%")
        if direction == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
            exp = w if A <= T else w * T / A
        elif T == 0:
            comp = None
            exp = w if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
            exp = w if A >= T else w * A / T
        need(close(r[6], exp), f"{name}: score {r[6]} vs rule {exp:.4f}")
        m = re.search(r"完成率([\d.]+)%", note)
        if m:
            need(comp is not None and close(m.group(1), comp), f"{name}: 完成率 {m.group(1)}% vs {comp}")
    total_row = [r for r in table_rows(t) if r[0] == "总分"]
    need(len(total_row) == 1, "no single 总分 row")
    tr = total_row[0]
    need(D(tr[5]) == 100, "总分 分值 != 100")
    need(wsum == 100, f"weights add to {wsum}")
    need(q2(ssum) == q2(D(tr[6])), f"scores add to {ssum}, stated {tr[6]}")
    return D(tr[6]), rows


def check_grades(t, total):
    found = re.findall(r"(?:评价等级|等级)(?:为|：)“?(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)", t)
    need(found, "no grade stated")
    for g in found:
        need(GRADE_WORDS[g] == band(total), f"grade {g} for total {total}")


def check_years(t):
    y = eval_year(t)
    for m in re.findall(r"结转(?:至|到)?(20\d\d)年", t):
        need(int(m) == y + 1, f"结转 to {m} in a {y} report")
    for m in re.findall(r"截至(20\d\d)年12月31日", t):
        need(int(m) == y, f"截至{m}年12月31日 in a {y} report")
    for m in re.findall(r"自评表（(20\d\d)年度）", t) + re.findall(r"(20\d\d)年度项目支出绩效自评表", t):
        need(int(m) == y, f"table year {m} in a {y} report")


def generic(t):
    out = [("years", lambda: check_years(t))]
    if "年度资金总额｜" in t:
        def g():
            total, _ = check_indicators(t)
            check_grades(t, total)
        out.append(("self-evaluation table", g))
    return out


# ---------------------------------------------------------------- per-project checks
def table_total(t):
    return [r for r in table_rows(t) if r[0] == "总分"][0][6]


def ind(t, name):
    r = [r for r in table_rows(t) if len(r) == 8 and r[2] == name]
    need(len(r) == 1, f"indicator {name} rows: {len(r)}")
    return r[0]


def funds(t, key="年度资金总额"):
    return [r for r in table_rows(t) if r[0] == key][0]


def p_shuangliao(t):
    c = []

    def sources():
        rows = [r for r in table_rows(t) if len(r) == 4 and r[0].startswith(("中央", "省级", "双辽市本级"))]
        tot = [r for r in table_rows(t) if r[0] == "合计"][0]
        need(sum(D(r[3]) for r in rows) == D(tot[3]), "sources table sum")
        need(D(tot[3]) == D(one(t, r"当年财政资金共([\d,.]+)万元")), "sources total vs text")
        central = sum(D(r[3]) for r in rows if r[0].startswith("中央"))
        need(central == D(one(t, r"其中中央财政资金([\d,.]+)万元")), "central sum")
        need(D(rows[0][3]) == D(one(t, r"提前下达的([\d,.]+)万元")), "advance amount")
    c.append(("sources", sources))

    def budget():
        cur = D(one(t, r"当年财政资金共([\d,.]+)万元"))
        co = D(one(t, r"结转资金([\d,.]+)万元（用于"))
        ann = D(one(t, r"全年预算数为([\d,.]+)万元"))
        need(cur + co == ann, "annual = current + carry-over")
        f = funds(t)
        need(D(f[2]) == ann and D(f[1]) == cur, "table budget vs text")
        recv = D(one(t, r"当年财政资金([\d,.]+)万元全部到位"))
        need(recv == cur and one(t, r"到位率(\d+)%") == "100", "到位")
        spent = D(one(t, r"全年实际支出([\d,.]+)万元"))
        need(spent == D(f[3]), "spent text vs table")
        need_close(one(t, r"全年实际支出[\d,.]+万元，预算执行率([\d.]+)%"), spent / ann * 100, "text rate")
        cur_sp = D(one(t, r"当年财政拨款支出([\d,.]+)万元"))
        need(cur_sp == D(funds(t, "其中：当年财政拨款")[3]), "current spent text vs table")
        need_close(one(t, r"当年财政拨款支出[\d,.]+万元，执行率([\d.]+)%"), cur_sp / cur * 100, "current rate")
        need(cur_sp + co == spent, "spent parts")
        unpaid = D(one(t, r"未支付的([\d,.]+)万元"))
        need(unpaid == ann - spent == cur - cur_sp, "unpaid balance")
        need(D(one(t, r"按亩均([\d,]+)元测算")) * D("5.2") == cur, "per-mu x area")
    c.append(("budget", budget))

    def outputs():
        need_close(one(t, r"灌溉面积2\.74万亩，完成年度目标的([\d.]+)%"), D("2.74") / D("2.6") * 100, "irrigation")
        need_close(one(t, r"受益农户1\.08万户，完成年度目标的([\d.]+)%"), D("1.08") / D("1.1") * 100, "households")
        need(D(one(t, r"比目标多([\d.]+)公里")) == D("49.6") - 48, "road excess")
        need(D(one(t, r"增加([\d.]+)万亩")) == D("5.2") - D("4.8"), "area vs 2022")
        n, k = D(one(t, r"收回(\d+)份")), D(one(t, r"满意的(\d+)份"))
        need_close(one(t, r"满意度([\d.]+)%，低于"), k / n * 100, "satisfaction")
        need(one(t, r"满意度([\d.]+)%，低于") == ind(t, "受益群众满意度")[4].rstrip("%"), "satisfaction text/table")
        need(one(t, r"按期完工率为(\d+)%") == ind(t, "按期完工率")[4].rstrip("%"), "timeliness text/table")
        need(one(t, r"自评得分([\d.]+)分") == table_total(t), "total text vs table")
        need(one(t, r"预算执行率([\d.]+)%，未全部支出") == funds(t)[5].rstrip("%"), "rate in 偏离原因")
    c.append(("outputs", outputs))
    return c


def p_jiaxiang(t):
    c = []

    def budget():
        ini = D(one(t, r"年初预算([\d,.]+)万元，其中当年下达"))
        cur = D(one(t, r"其中当年下达([\d,.]+)万元"))
        co = D(one(t, r"2020年结转资金([\d,.]+)万元；"))
        add = D(one(t, r"补贴资金([\d,.]+)万元，调整后"))
        ann = D(one(t, r"调整后全年预算([\d,.]+)万元"))
        need(cur + co == ini and ini + add == ann, "budget arithmetic")
        f, fc, fo = funds(t), funds(t, "其中：当年财政拨款"), funds(t, "上年结转资金")
        need(D(f[1]) == ini and D(f[2]) == ann and D(fc[1]) == cur and D(fc[2]) == cur + add, "budget table")
        need(D(fo[1]) == D(fo[2]) == co, "carry-over table")
        spent = D(one(t, r"全年实际兑付补贴资金([\d,.]+)万元"))
        need(spent == D(f[3]), "spent text/table")
        need_close(one(t, r"兑付补贴资金[\d,.]+万元，预算执行率([\d.]+)%"), spent / ann * 100, "rate")
        cs = D(one(t, r"当年下达资金兑付([\d,.]+)万元"))
        need(cs + co == spent and cs == D(fc[3]), "spent parts")
        need(D(one(t, r"年末结余([\d,.]+)万元")) == ann - spent, "balance")
        need_close(one(t, r"预算执行率得分([\d.]+)分"), D(f[6]), "execution score text")
    c.append(("budget", budget))

    def machines():
        qs = [D(x) for x in re.findall(r"(\d+)台", one(t, r"分别受理补贴申请机具([^，]+)，"))]
        need(len(qs) == 4, "four quarters")
        total = D(ind(t, "补贴机具数量")[4].split("台")[0])
        need(sum(qs) == total, "quarters sum")
        need_close(one(t, r"季均([\d.]+)台"), sum(qs) / 4, "quarterly mean")
        cats = one(t, r"从机具类别看，补贴([^。]+)，其中")
        need(sum(D(x) for x in re.findall(r"(\d+)台", cats)) == total, "categories sum")
        for m in re.findall(r"补贴(?:各类农机具|机具)([\d,]+)台", t):
            need(D(m) == total, f"machines mention {m}")
        need_close(one(t, r"为年度指标值的([\d.]+)%"), total / 1200 * 100, "machines completion")
        need(D(one(t, r"增加(\d+)台")) == total - D(one(t, r"2020年的([\d,]+)台")), "vs 2020")
        ok = D(one(t, r"中合格([\d,]+)台"))
        need(D(one(t, r"([\d,]+)台（套）中合格")) == total, "inspected = total")
        need_close(one(t, r"核验合格率([\d.]+)%"), ok / total * 100, "inspection rate")
        need(ind(t, "补贴机具核验合格率")[4] == one(t, r"核验合格率([\d.]+%)"), "inspection text/table")
        need(D(one(t, r"不合格的(\d+)台")) == total - ok, "failed machines")
        hh = one(t, r"受益农户及农业生产经营组织([\d,]+)户，超出")
        need(ind(t, "受益农户及农业生产经营组织")[4] == hh + "户", "households text/table")
        need(one(t, r"受益农户及农业生产经营组织([\d,]+)户，较好") == hh, "households conclusion")
        need(one(t, r"满意度为(\d+)%") == ind(t, "受益对象满意度")[4].rstrip("%"), "satisfaction")
    c.append(("machines", machines))

    def scores():
        total = D(table_total(t))
        need(one(t, r"自评总分([\d.]+)分") == table_total(t), "total text/table")
        need(D(one(t, r"绩效指标得分([\d.]+)分")) + D(funds(t)[6]) == total, "indicator part + execution")
    c.append(("scores", scores))
    return c


def p_huaiyang(t):
    c = []

    def budget():
        ini = D(one(t, r"年初预算([\d,.]+)万元，全部为"))
        add = D(one(t, r"补助资金([\d,.]+)万元，当年财政拨款调整为"))
        cur = D(one(t, r"当年财政拨款调整为([\d,.]+)万元"))
        co = D(one(t, r"处理补助资金([\d,.]+)万元，全年预算数"))
        ann = D(one(t, r"全年预算数合计([\d,.]+)万元"))
        need(ini + add == cur and cur + co == ann, "income arithmetic")
        f, fc, fo = funds(t), funds(t, "其中：当年财政拨款"), funds(t, "上年结转资金")
        need(D(f[1]) == ini and D(f[2]) == ann and D(fc[2]) == cur and D(fo[2]) == co, "income table")
        basic = D(one(t, r"基本支出([\d,.]+)万元，其中"))
        need(basic == D(one(t, r"人员经费([\d,.]+)万元")) + D(one(t, r"公用经费([\d,.]+)万元")), "basic parts")
        proj = D(one(t, r"项目支出全年预算([\d,.]+)万元"))
        items = one(t, r"包括([^；]+)；全年项目支出")
        need(sum(D(x) for x in re.findall(r"([\d,]+\.\d\d)万元", items)) == proj, "project items sum")
        need(basic + proj == ann, "basic + project = annual")
        spent = D(one(t, r"全年实际支出([\d,.]+)万元"))
        psp = D(one(t, r"全年项目支出([\d,.]+)万元"))
        need(basic + psp == spent == D(f[3]), "spent parts")
        need(D(fc[3]) + D(fo[3]) == spent, "spent by source")
        need_close(one(t, r"全年实际支出[\d,.]+万元，预算执行率([\d.]+)%"), spent / ann * 100, "rate")
        need_close(one(t, r"项目支出执行率([\d.]+)%"), psp / proj * 100, "project rate")
        need(D(one(t, r"年末未支出([\d,.]+)万元")) == ann - spent == proj - psp, "unspent")
    c.append(("budget", budget))

    def outputs():
        n = D(ind(t, "血清学监测样品数量")[4].replace("份", ""))
        need(D(one(t, r"血清学样品([\d,]+)份")) == n, "samples text/table")
        need_close(one(t, r"血清学样品[\d,]+份，完成率([\d.]+)%"), n / 6000 * 100, "samples completion")
        for name, pat in [("应免畜禽免疫密度", r"免疫密度达到([\d.]+%)"), ("免疫抗体合格率", r"抗体合格率([\d.]+%)，低于"),
                          ("病死畜禽无害化处理率", r"无害化处理率为([\d.]+%)"), ("村级防疫员队伍稳定率", r"稳定率为([\d.]+%)")]:
            need(ind(t, name)[4] == one(t, pat), f"{name} text/table")
        need_close(ind(t, "村级防疫员队伍稳定率")[4], (D(168) - D(one(t, r"有(\d+)名村级防疫员"))) / 168 * 100,
                   "stability")
    c.append(("outputs", outputs))

    def scores():
        total = one(t, r"自评得分([\d.]+)分")
        need(total == table_total(t), "total text/table")
        parts = {k: D(one(t, k + r"([\d.]+)分")) for k in ("预算执行", "产出指标", "效益指标", "满意度指标")}
        need(sum(parts.values()) == D(total), "level scores add to total")
        rows = [r for r in table_rows(t) if len(r) == 8 and r[0] in L1]
        for k in ("产出指标", "效益指标", "满意度指标"):
            need(sum(D(r[6]) for r in rows if r[0] == k) == parts[k], f"{k} text vs table rows")
        need(parts["预算执行"] == D(funds(t)[6]), "execution score text/table")
    c.append(("scores", scores))
    return c


def p_gongan(t):
    c = []

    def funds_():
        tot = D(one(t, r"下达我县耕地地力保护补贴资金([\d,.]+)万元"))
        need(D(one(t, r"提前下达([\d,.]+)万元")) + D(one(t, r"5月下达([\d,.]+)万元")) == tot, "issued parts")
        b = [D(x) for x in re.findall(r"第[一二三]批于[^发]*发放([\d,.]+)万元", t)]
        need(len(b) == 3, "three batches")
        paid = D(one(t, r"累计兑付补贴资金([\d,.]+)万元"))
        need(sum(b) == paid, "batches sum")
        need_close(one(t, r"预算执行率）为([\d.]+)%"), paid / tot * 100, "payment rate")
        need(D(one(t, r"年末结余资金([\d,.]+)万元")) == tot - paid, "balance")
        areas = [D(x) for x in re.findall(r"核实补贴面积([\d.]+)万亩", t)]
        need(len(areas) == 2 and areas[0] == areas[1], f"area mentions {areas}")
        std = D(one(t, r"补贴标准为每亩([\d.]+)元"))
        need(areas[0] * 10000 * std / 10000 == paid, "area x standard = paid")
        need_close(one(t, r"户均补贴([\d.]+)元"), paid * 10000 / D(one(t, r"、([\d,]+)户农户")), "per household")
        need_close(one(t, r"完成年度目标的([\d.]+)%"), areas[0] / D(one(t, r"补贴面积不少于(\d+)万亩")) * 100, "area")
        need(D(one(t, r"增加([\d.]+)万亩")) == D("151.8") - D(one(t, r"2018年的([\d.]+)万亩")), "sown area vs 2018")
        for m in re.findall(r"(?:率|度)(?:为|达到)?([\d.]+)%", t):
            need(D(m) <= 100, f"rate {m}% above 100%")
    c.append(("funds", funds_))

    def average():
        s = one(t, r"近三年我县补贴标准分别为([^，]+)，")
        vals = [D(x) for x in re.findall(r"每亩([\d.]+)元", s)]
        need(len(vals) == 3, "three years")
        need_close(one(t, r"三年平均每亩([\d.]+)元"), sum(vals) / 3, "mean standard")
        need(vals[-1] == D(one(t, r"补贴标准为每亩([\d.]+)元")), "2019 standard")
    c.append(("average", average))

    def scores():
        need(D(one(t, r"预算执行率分值(\d+)分")) + D(one(t, r"产出指标(\d+)分（")) + D(one(t, r"效益指标(\d+)分（"))
             + D(one(t, r"满意度指标(\d+)分。")) == 100, "weights")
        sub = one(t, r"产出指标\d+分（([^）]+)）")
        need(sum(D(x) for x in re.findall(r"(\d+)分", sub)) == D(one(t, r"产出指标(\d+)分（")), "output sub-weights")
        rate = one(t, r"预算执行率）为([\d.]+)%")
        es = one(t, r"预算执行率得分([\d.]+)分")
        paid, tot = D(one(t, r"累计兑付补贴资金([\d,.]+)万元")), D(one(t, r"下达我县耕地地力保护补贴资金([\d,.]+)万元"))
        need(close(es, 10 * paid / tot) and close(es, 10 * D(rate) / 100), "execution score")
        parts = [D(es), D(one(t, r"产出指标得分(\d+)分")), D(one(t, r"效益指标得分(\d+)分")),
                 D(one(t, r"满意度指标得分(\d+)分"))]
        total = one(t, r"自评总分([\d.]+)分")
        need(sum(parts) == D(total), "scores add to total")
        need(D(one(t, r"效益指标得分(\d+)分")) == 30 - D(one(t, r"扣(\d+)分")), "benefit deduction")
        ded = D(one(t, r"扣(\d+)分"))
        need(Decimal("6") <= 10 - ded < Decimal("8"), "partly-achieved band for 耕地质量")
        check_grades(t, D(total))
    c.append(("scores", scores))
    return c


def p_quanzhou(t):
    c = []

    def budget():
        ini = D(one(t, r"项目年初预算([\d,.]+)万元"))
        add = D(one(t, r"奖补资金([\d,.]+)万元"))
        ann = D(one(t, r"全年预算调整为([\d,.]+)万元"))
        need(ini + add == ann, "budget adjustment")
        src = one(t, r"按来源分：([^。]+)。")
        need(sum(D(x) for x in re.findall(r"([\d,]+\.\d\d)万元", src)) == ann, "sources sum")
        f = funds(t)
        need(D(f[1]) == ini and D(f[2]) == ann, "budget table")
        spent = D(one(t, r"全年实际支出([\d,.]+)万元"))
        need(spent == D(f[3]), "spent text/table")
        need_close(one(t, r"全年实际支出[\d,.]+万元，预算执行率([\d.]+)%"), spent / ann * 100, "rate")
        need(D(one(t, r"未支出的([\d,.]+)万元")) == ann - spent, "unspent")
    c.append(("budget", budget))

    def outputs():
        n = D(ind(t, "新（改）建农村卫生户厕")[4].replace("户", ""))
        need(D(one(t, r"全年新（改）建农村卫生户厕([\d,]+)户")) == n, "toilets text/table")
        need(D(one(t, r"超额完成(\d+)户")) == n - 3200, "toilets excess")
        per = D(one(t, r"按每户([\d,]+)元的标准"))
        need(per == D(ind(t, "户厕改造户均补助")[4].replace("元/户", "")), "per-toilet text/table")
        need(q2(per * n / 10000) == D(one(t, r"共支出([\d,.]+)万元")), "toilet subsidy total")
        ok, k = D(one(t, r"抽验户厕(\d+)户")), D(one(t, r"合格(\d+)户"))
        need_close(one(t, r"合格\d+户，验收合格率([\d.]+)%"), k / ok * 100, "acceptance rate")
        need(one(t, r"完成(\d+)个行政村生活污水治理设施") == ind(t, "完成生活污水治理的行政村")[4].rstrip("个"), "villages")
        need(one(t, r"按期完工率为(\d+)%") == ind(t, "项目按期完工率")[4].rstrip("%"), "timeliness")
        need(one(t, r"农村卫生厕所普及率达到([\d.]+)%，") == ind(t, "农村卫生厕所普及率")[4].rstrip("%"), "coverage")
        need(one(t, r"污水治理率为([\d.]+)%") == ind(t, "农村生活污水治理率")[4].rstrip("%"), "sewage rate")
        need(one(t, r"群众满意度为(\d+)%") == ind(t, "群众满意度")[4].rstrip("%"), "satisfaction")
    c.append(("outputs", outputs))

    def scores():
        need(one(t, r"自评总得分([\d.]+)分") == table_total(t), "total text/table")
        need(D(one(t, r"预算执行率得分([\d.]+)分")) == D(funds(t)[6]), "execution score")
        need(D(one(t, r"合计得分([\d.]+)分")) + D(funds(t)[6]) == D(table_total(t)), "parts + execution")
    c.append(("scores", scores))
    return c


PROJECT_CHECKS = {
    "shuangliao-farmland-2023": p_shuangliao,
    "jiaxiang-njbutie-2021": p_jiaxiang,
    "huaiyang-animaldisease-2024": p_huaiyang,
    "gongan-landsubsidy-2019": p_gongan,
    "quanzhou-renju-2022": p_quanzhou,
}


def run_checks(src, t):
    failures = []
    for name, fn in generic(t) + PROJECT_CHECKS[src](t):
        try:
            fn()
        except (Bad, KeyError, IndexError, AttributeError, ValueError, ArithmeticError) as e:
            failures.append(f"{name}: {e}")
    return failures


# ---------------------------------------------------------------- main
def main():
    labels = [json.loads(ln) for ln in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    files = sorted(p.name for p in CASES.glob("*.txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ differ")
    edits = {f"{e[0]}-{e[1]}.txt": e for e in build.EDITS}
    codes = Counter()
    where = Counter()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = (CASES / name).read_text(encoding="utf-8")
        clean = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{name}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{name}: {n} characters")
            for f in run_checks(src, text):
                fail(f"{name}: arithmetic check failed: {f}")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected one finding")
        exp = rec["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{name}: bad code/severity {exp}")
        codes[exp["code"]] += 1
        e = edits[name]
        where[e[2]] += 1
        if clean.count(e[4]) != 1 or clean.replace(e[4], e[5], 1) != text:
            fail(f"{name}: not the clean draft with its single edit")
        # the change is confined to one place
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        span_err, span_clean = text[i:len(text) - j], clean[i:len(clean) - j]
        if not span_err or max(len(span_err), len(span_clean)) > 120 or span_err.count("\n") > 1:
            fail(f"{name}: change not confined to one place: {span_clean!r} -> {span_err!r}")
        v = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            fail(f"{name}: value {v!r} not in case")
        if v in clean:
            fail(f"{name}: value {v!r} also in the clean draft (does not carry the change)")
        if not any(s < len(text) - j and s + len(v) > i for s in occ):
            fail(f"{name}: value {v!r} does not overlap the changed span")
        if not run_checks(src, text):
            fail(f"{name}: injected error not caught by any arithmetic check")
    for code in CODES:
        if codes[code] < 2:
            fail(f"code {code} used {codes[code]} times")
    if len(labels) != 35:
        fail(f"{len(labels)} labels")
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{k}={codes[k]}" for k in CODES))
    print(f"errors in prose: {where['prose']}, in tables: {where['table']}")
    print("OK")


if __name__ == "__main__":
    main()
