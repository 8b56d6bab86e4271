#!/usr/bin/env python3
"""Verify drafts245.

1. every label value occurs in its case; every case has a label and every label a case;
2. every error case differs from its clean draft in one contiguous place;
3. the arithmetic of every clean draft is redone from the text itself (tables parsed, prose figures read
   with regular expressions): rates, balances, sums, weights, scores, grade, completion, averages, units,
   years and repeated figures. A clean draft must pass every check;
4. the same checks are run on each error case: they must fail, and only with the labelled code
   (checks tagged `other` or `score_rule` - products, differences, scoring rules - are ignored there).

Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

IGNORED_IN_ERROR_CASES = {"other", "score_rule"}


class Missing(Exception):
    pass


# ----------------------------------------------------------------------------- helpers
def dec(s):
    s = str(s).strip().replace(",", "")
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0))


def ndec(s):
    m = re.search(r"\d+(?:\.(\d+))?", str(s))
    return len(m.group(1)) if m and m.group(1) else 0


def agrees(stated, computed):
    """stated (a string as written) is consistent with computed within its decimals."""
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("0.000000001")
    return abs(dec(stated) - D(computed)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding="ROUND_HALF_UP")


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


DATE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日(前|之前|以前)?$")


def unit_of(s):
    s = s.strip()
    if DATE_RE.match(s):
        return "date"
    if not re.search(r"\d", s):
        return None  # qualitative
    s = re.sub(r"^[≥≤=＞＜＝<>约]+", "", s)
    return re.sub(r"\d+(?:\.\d+)?", "", s, count=1).strip()


def direction(target):
    t = target.strip()
    if t[:1] in "≥＞>":
        return "gte"
    if t[:1] in "≤＜<":
        return "lte"
    if t[:1] in "=＝":
        return "eq"
    return "gte"


def completion(target, actual):
    T, A = dec(target), dec(actual)
    if direction(target) == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def check(self, code, cond, msg):
        if not cond:
            self.fails.append((code, msg))

    def m(self, code, pattern, flags=0):
        mm = re.search(pattern, self.t, flags)
        if not mm:
            self.fails.append((code, f"pattern not found: {pattern}"))
            raise Missing(pattern)
        return mm

    def all(self, pattern):
        return [mm.group(1) for mm in re.finditer(pattern, self.t)]

    def same(self, code, label, values):
        vals = [v for v in values if v is not None]
        ok = len(vals) >= 2 and all(dec(v) == dec(vals[0]) for v in vals)
        self.check(code, ok, f"{label}: values differ {vals}")

    def sum_or_unit(self, label, parts, total):
        """parts add to total; if not, but rescaling one part by 10^4 fixes it: unit_mismatch."""
        s = sum(dec(p) for p in parts)
        if agrees(total, s):
            return
        for i, p in enumerate(parts):
            for f in (D(10000), D("0.0001")):
                s2 = s - dec(p) + dec(p) / f
                if agrees(total, s2):
                    self.fails.append(("unit_mismatch", f"{label}: part {p} off by 10^4"))
                    return
        self.fails.append(("sum_mismatch", f"{label}: {' + '.join(parts)} = {s} != {total}"))

    def rate(self, label, stated, num, den, code="rate_mismatch"):
        den = dec(den)
        if den == 0:
            self.check("implausible_rate", stated.strip() in ("", "0", "—", "-"), f"{label}: rate {stated} on a zero base")
            return
        r = dec(num) / den * 100
        self.check(code, agrees(stated, r), f"{label}: stated {stated}, computed {r:.4f}")
        self.check("implausible_rate", dec(stated) <= 100, f"{label}: rate {stated} above 100%")

    def satisfaction_bounds(self):
        for mm in re.finditer(r"满意(?:度|率)(?:为|达到|达)?(\d+(?:\.\d+)?)%", self.t):
            self.check("implausible_rate", D(mm.group(1)) <= 100, f"satisfaction {mm.group(1)}% above 100")

    def run(self, label, fn):
        try:
            fn()
        except Missing:
            pass
        except (ValueError, IndexError, ArithmeticError) as exc:
            self.fails.append(("parse", f"{label}: {exc!r}"))


def indicator_checks(C, rows, exec_row, total_weight, total_score, has_completion):
    """rows: dicts level1,name,target,actual,weight,score[,completion]; exec_row: budget,spent,rate,weight,score."""
    # weights
    wsum = dec(exec_row["weight"]) + sum(dec(r["weight"]) for r in rows)
    C.check("weight_sum_mismatch", wsum == dec(total_weight) == 100, f"weights add to {wsum}, total row {total_weight}")
    # scores within weights
    for r in rows + [dict(exec_row, name="预算执行率")]:
        C.check("score_exceeds_weight", D(0) <= dec(r["score"]) <= dec(r["weight"]),
                f"{r['name']}: score {r['score']} > weight {r['weight']}")
    # sum of scores
    ssum = dec(exec_row["score"]) + sum(dec(r["score"]) for r in rows)
    C.check("score_sum_mismatch", agrees(total_score, ssum), f"scores add to {ssum}, total {total_score}")
    # execution row
    C.rate("execution rate (table)", exec_row["rate"], exec_row["spent"], exec_row["budget"])
    r = dec(exec_row["spent"]) / dec(exec_row["budget"])
    cands = [r2(dec(exec_row["weight"]) * min(r, D(1))), r2(dec(exec_row["weight"]) * min(dec(exec_row["rate"]) / 100, D(1)))]
    C.check("score_rule", any(agrees(exec_row["score"], c) for c in cands), f"execution score {exec_row['score']} vs {cands}")
    # rows
    for row in rows:
        ut, ua = unit_of(row["target"]), unit_of(row["actual"])
        if ut is None:  # qualitative
            w, s = dec(row["weight"]), dec(row["score"])
            if row["actual"].startswith("基本") or row["actual"].startswith("部分"):
                C.check("score_rule", w * D("0.6") <= s < w * D("0.8"), f"{row['name']}: qualitative band")
            else:
                C.check("score_rule", w * D("0.8") <= s <= w, f"{row['name']}: qualitative band")
            continue
        C.check("unit_mismatch", ut == ua, f"{row['name']}: target unit {ut!r} vs actual unit {ua!r}")
        if ut != ua:
            continue
        if ut == "date":
            C.check("score_rule", row["score"] == row["weight"], f"{row['name']}: date row")
            continue
        comp = completion(row["target"], row["actual"])
        if has_completion:
            C.check("completion_mismatch", agrees(row["completion"], comp),
                    f"{row['name']}: completion stated {row['completion']}, computed {comp:.4f}")
        w = dec(row["weight"])
        cands = [r2(w * min(comp, D(100)) / 100)]
        if has_completion:
            cands.append(r2(w * min(dec(row["completion"]), D(100)) / 100))
        C.check("score_rule", any(agrees(row["score"], c) for c in cands), f"{row['name']}: score {row['score']} vs {cands}")


def level_sums(C, rows, parts):
    """parts: dict level1 -> stated subtotal (score)."""
    for lvl, stated in parts.items():
        s = sum(dec(r["score"]) for r in rows if r["level1"] == lvl)
        C.check("score_sum_mismatch", agrees(stated, s), f"{lvl}: rows add to {s}, text says {stated}")


def level_weights(C, rows, parts):
    for lvl, stated in parts.items():
        s = sum(dec(r["weight"]) for r in rows if r["level1"] == lvl)
        C.check("weight_sum_mismatch", dec(stated) == s, f"{lvl}: weights add to {s}, text says {stated}")


def years(C, year, pats):
    """pats: list of (regex with one year group, expected offset from the evaluation year)."""
    for pat, off in pats:
        for y in C.all(pat):
            C.check("year_mismatch", int(y) == year + off, f"{pat}: {y} (evaluation year {year})")


def find_row(rows, key):
    for r in rows:
        if key in r["name"]:
            return r
    raise Missing(key)


def fill_level(rows):
    cur = None
    for r in rows:
        if r["level1"]:
            cur = r["level1"]
        r["level1"] = cur
    return rows


# ----------------------------------------------------------------------------- 仪征 2022
def check_yizheng(t):
    C = Checker(t)
    Y = 2022

    def cells_blocks(region):
        blocks = []
        for blk in region.split("\n\n"):
            lines = [ln for ln in blk.split("\n") if ln.startswith("\t")]
            if lines:
                blocks.append([ln[1:] for ln in lines])
        return blocks

    a = t.index("（二）预算执行情况")
    b = t.index(f"{Y}年全年预算资金")
    funds = {}
    for cells in cells_blocks(t[a:b]):
        if len(cells) == 10 and cells[1].startswith("("):
            funds[cells[0]] = cells[2:]
    cols = ["总额", "小计", "中央", "省级", "市级", "县区级", "结转", "其他"]
    F = {k: dict(zip(cols, v)) for k, v in funds.items()}

    def val(x):
        return D(0) if x.strip() in ("", "—") else dec(x)

    def funds_checks():
        amount_rows = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]
        for rn in amount_rows:
            row = F[rn]
            C.check("sum_mismatch", val(row["总额"]) == val(row["小计"]) + val(row["结转"]) + val(row["其他"]), f"{rn}: 总额")
            C.check("sum_mismatch", val(row["小计"]) == sum(val(row[c]) for c in ["中央", "省级", "市级", "县区级"]), f"{rn}: 小计")
        for c in cols:
            C.check("balance_mismatch", val(F["资金结余"][c]) == val(F["实际到位资金"][c]) - val(F["全年执行资金"][c]), f"结余 {c}")
            C.rate(f"到位率 {c}", F["预算到位率"][c], val(F["实际到位资金"][c]), val(F["全年预算资金"][c]))
            C.rate(f"执行率 {c}", F["预算执行率(%)"][c], val(F["全年执行资金"][c]), val(F["全年预算资金"][c]))
    C.run("funds", funds_checks)

    # indicator table
    k = t.index("附件1.项目支出绩效自评表")
    rows, total = [], None
    for cells in cells_blocks(t[k:]):
        if cells[0] == "一级指标":
            continue
        if cells[0] == "总分":
            total = cells
            continue
        if len(cells) == 9:
            rows.append(dict(level1=cells[0], name=cells[2], weight=cells[3], target=cells[4], actual=cells[5],
                             completion=cells[6], score=cells[7]))
    ex = rows.pop(0)
    fill_level(rows)
    exec_row = dict(budget=F["全年预算资金"]["总额"], spent=F["全年执行资金"]["总额"], rate=ex["completion"],
                    weight=ex["weight"], score=ex["score"])

    def ind():
        C.check("conflicting_values", ex["actual"] == ex["completion"], "execution actual vs completion")
        C.check("completion_mismatch", agrees(ex["completion"], completion(ex["target"], ex["actual"])), "exec completion")
        indicator_checks(C, rows, exec_row, total[3], total[7], True)
    C.run("indicators", ind)

    def prose():
        m = C.m("sum_mismatch", r"县区级年初预算(\d+)万元，其中建站资助(\d+)万元、进站资助(\d+)万元、在站博士后生活补贴(\d+)万元")
        C.sum_or_unit("county budget", [m.group(2), m.group(3), m.group(4)], m.group(1))
        C.same("conflicting_values", "county initial budget", [m.group(1), F["年初预算资金"]["县区级"], F["全年预算资金"]["县区级"]])
        budget_in, budget_out = m.group(3), None
        m = C.m("sum_mismatch", r"省级下达博士后日常经费资助(\d+)万元、扬州市下达博士后招收资助(\d+)万元，全年预算调整为(\d+)万元")
        C.sum_or_unit("annual budget", [F["年初预算资金"]["县区级"], m.group(1), m.group(2)], m.group(3))
        C.same("conflicting_values", "annual budget", [m.group(3), F["全年预算资金"]["总额"]])
        C.same("conflicting_values", "provincial", [m.group(1), F["全年预算资金"]["省级"]])
        C.same("conflicting_values", "city", [m.group(2), F["全年预算资金"]["市级"]])
        m = C.m("rate_mismatch", rf"{Y}年全年预算资金(\d+)万元，实际到位(\d+)万元，全年执行([\d.]+)万元，执行率([\d.]+)%")
        C.same("conflicting_values", "budget", [m.group(1), F["全年预算资金"]["总额"]])
        C.same("conflicting_values", "received", [m.group(2), F["实际到位资金"]["总额"]])
        C.same("conflicting_values", "spent", [m.group(3), F["全年执行资金"]["总额"]])
        C.rate("prose execution rate", m.group(4), m.group(3), m.group(1))
        m = C.m("sum_mismatch", r"县区级资金执行([\d.]+)万元，其中建站资助(\d+)万元（(\d)家）、进站资助(\d+)万元（(\d)人）、在站博士后生活补贴([\d.]+)万元（累计(\d+)人·月）")
        C.sum_or_unit("county spending", [m.group(2), m.group(4), m.group(6)], m.group(1))
        C.same("conflicting_values", "county spent", [m.group(1), F["全年执行资金"]["县区级"]])
        C.check("other", dec(m.group(2)) == dec(m.group(3)) * 20, "3 × 20")
        C.check("other", dec(m.group(4)) == dec(m.group(5)) * 8, "6 × 8")
        C.check("other", dec(m.group(6)) == dec(m.group(7)) * 3000 / 10000, "人月 × 3000元")
        budget_out = m.group(4)
        m = C.m("balance_mismatch", r"县区级资金结余([\d.]+)万元")
        C.same("conflicting_values", "county balance", [m.group(1), F["资金结余"]["县区级"]])
        m = C.m("balance_mismatch", r"进站资助少支出(\d+)万元")
        C.check("balance_mismatch", dec(m.group(1)) == dec(budget_in) - dec(budget_out), "进站资助少支出")
        for s in C.all(r"县区级资金执行率([\d.]+)%"):
            C.rate("county rate", s, F["全年执行资金"]["县区级"], F["全年预算资金"]["县区级"])
        m = C.m("score_sum_mismatch", r"总得分([\d.]+)分，属于“(..)”")
        C.same("score_sum_mismatch", "total", [m.group(1), total[7]])
        C.check("grade_mismatch", m.group(2)[0] == band(m.group(1)), f"grade {m.group(2)} for {m.group(1)}")
        # prose vs table
        pairs = [(r"承担技术攻关项目(\d+)项", "技术攻关"), (r"新招收进站博士后(\d)人，", "新招收进站博士后人数"),
                 (r"年末在站博士后(\d)人", "在站博士后人数"), (r"研发投入约(\d+)万元", "研发投入"),
                 (r"留仪率([\d.]+)%", "留仪"), (r"设站企业满意度(\d+)%", "设站企业满意度"),
                 (r"在站博士后满意度(\d+)%", "在站博士后满意度"), (r"审核通过后(\d+)个工作日内拨付到位", "拨付时限"),
                 (r"新建博士后创新实践基地(\d)家，", "新建博士后创新实践基地数量")]
        for pat, key in pairs:
            C.same("conflicting_values", key, C.all(pat) + [find_row(rows, key)["actual"]])
        m = C.m("rate_mismatch", r"出站博士后(\d)人，其中(\d)人留在仪征工作，留仪率([\d.]+)%")
        C.rate("留仪率", m.group(3), m.group(2), m.group(1))
        C.satisfaction_bounds()
        years(C, Y, [(r"截至(\d{4})年12月31日", 0), (r"(\d{4})年度博士后科研工作站", 0), (r"(\d{4})年出站博士后", 0)])
    C.run("prose", prose)
    return C


# ----------------------------------------------------------------------------- 辉县 2021
def check_huixian(t):
    C = Checker(t)
    Y = 2021
    lines = t.split("\n")
    F = {}
    for ln in lines:
        c = ln.split("\t")
        if len(c) == 8 and c[0] == "" and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            F[c[1]] = dict(initial=c[2], annual=c[3], spent=c[4], weight=c[5], rate=c[6], score=c[7])
    rows, total = [], None
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t一级指标"))
    for ln in lines[start + 1:]:
        c = ln.split("\t")
        if len(c) < 8:
            continue
        if c[1] == "总分":
            total = c
            continue
        rows.append(dict(level1=c[1], name=c[3], target=c[4], actual=c[5], weight=c[6], score=c[7]))
    fill_level(rows)
    T = F["年度资金总额"]
    exec_row = dict(budget=T["annual"], spent=T["spent"], rate=T["rate"], weight=T["weight"], score=T["score"])

    def funds():
        subs = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
        for col in ("initial", "annual", "spent"):
            C.sum_or_unit(f"funds {col}", [F[s][col] for s in subs], T[col])
        for s in subs:
            C.rate(f"{s} rate", F[s]["rate"], F[s]["spent"], F[s]["annual"])
    C.run("funds", funds)
    C.run("indicators", lambda: indicator_checks(C, rows, exec_row, total[6], total[7], False))

    def prose():
        m = C.m("sum_mismatch", r"年初预算(\d+)万元，年中根据人才实际到岗情况调减(\d+)万元，全年预算(\d+)万元")
        C.check("sum_mismatch", dec(m.group(1)) - dec(m.group(2)) == dec(m.group(3)), "initial - cut = annual")
        C.same("conflicting_values", "initial", [m.group(1), T["initial"]])
        C.same("conflicting_values", "annual", [m.group(3), T["annual"]])
        annual = m.group(3)
        m = C.m("rate_mismatch", r"实际到位(\d+)万元，到位率(\d+)%")
        C.rate("到位率", m.group(2), m.group(1), annual)
        received = m.group(1)
        m = C.m("rate_mismatch", r"全年实际发放安家补贴(\d+)万元，预算执行率([\d.]+)%，结余资金(\d+)万元")
        C.same("conflicting_values", "spent", [m.group(1), T["spent"]])
        C.rate("prose execution", m.group(2), m.group(1), annual)
        C.check("balance_mismatch", dec(m.group(3)) == dec(received) - dec(m.group(1)), "balance = received - spent")
        for s in C.all(r"预算执行率仅([\d.]+)%"):
            C.rate("prose execution 2", s, T["spent"], annual)
        m = C.m("score_sum_mismatch", r"综合得分([\d.]+)分，评价等级为“(.)”。其中预算执行([\d.]+)分，产出指标([\d.]+)分，效益指标([\d.]+)分，满意度指标([\d.]+)分")
        C.check("score_sum_mismatch", agrees(m.group(1), sum(dec(m.group(i)) for i in range(3, 7))), "parts add to total")
        C.same("score_sum_mismatch", "total", [m.group(1), total[7]])
        C.same("conflicting_values", "execution score", [m.group(3), T["score"]])
        level_sums(C, rows, {"产出指标": m.group(4), "效益指标": m.group(5), "满意度指标": m.group(6)})
        C.check("grade_mismatch", m.group(2) == band(m.group(1)), f"grade {m.group(2)} for {m.group(1)}")
        m = C.m("weight_sum_mismatch", r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
        C.check("weight_sum_mismatch", sum(dec(m.group(i)) for i in range(1, 5)) == 100, "prose weights")
        level_weights(C, rows, {"产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)})
        m = C.m("completion_mismatch", r"全年共为(\d+)名引进人才兑现安家补贴(\d+)万元，完成年度目标的([\d.]+)%")
        n_people, money = m.group(1), m.group(2)
        tgt = find_row(rows, "兑现安家补贴人数")["target"]
        C.check("completion_mismatch", agrees(m.group(3), completion(tgt, m.group(1))), "prose completion")
        C.same("conflicting_values", "people", [n_people, find_row(rows, "兑现安家补贴人数")["actual"]])
        C.same("conflicting_values", "money", [money, T["spent"]])
        m = C.m("sum_mismatch", r"博士研究生(\d+)人、(\d+)万元，硕士研究生（含副高级职称人员）(\d+)人、(\d+)万元，“双一流”本科毕业生(\d+)人、(\d+)万元，人均([\d.]+)万元")
        C.sum_or_unit("people by degree", [m.group(1), m.group(3), m.group(5)], n_people)
        C.sum_or_unit("money by degree", [m.group(2), m.group(4), m.group(6)], money)
        for i, std in ((1, 10), (3, 5), (5, 2)):
            C.check("other", dec(m.group(i)) * std == dec(m.group(i + 1)), "people × standard")
        C.check("average_mismatch", agrees(m.group(7), dec(money) / dec(n_people)), "per-capita average")
        C.same("conflicting_values", "phd", [m.group(1), find_row(rows, "引进博士研究生人数")["actual"]])
        m = C.m("sum_mismatch", r"第一批兑现(\d+)人、(\d+)万元，第二批兑现(\d+)人、(\d+)万元")
        C.sum_or_unit("batches people", [m.group(1), m.group(3)], n_people)
        C.sum_or_unit("batches money", [m.group(2), m.group(4)], money)
        m = C.m("sum_mismatch", r"在市人民医院(\d+)人、市职业教育中心(\d+)人、产业集聚区企业(\d+)人")
        C.sum_or_unit("by employer", [m.group(1), m.group(2), m.group(3)], n_people)
        m = C.m("rate_mismatch", r"(\d+)人在公示结束后15个工作日内领到补贴，(\d+)人因补充学历认证材料延后发放，按时发放率([\d.]+)%")
        C.sum_or_unit("on time + late", [m.group(1), m.group(2)], n_people)
        C.rate("按时发放率", m.group(3), m.group(1), n_people)
        C.same("conflicting_values", "按时发放率", [m.group(3), find_row(rows, "按时发放率")["actual"]])
        m = C.m("rate_mismatch", r"(\d+)名人才中(\d+)人仍在辉县市工作，留任率([\d.]+)%")
        C.rate("留任率", m.group(3), m.group(2), m.group(1))
        C.same("conflicting_values", "留任率", C.all(r"留任率([\d.]+)%。") + C.all(r"留任率([\d.]+)%；") + [find_row(rows, "留任率")["actual"]])
        C.same("conflicting_values", "知晓率", C.all(r"知晓率为(\d+)%") + [find_row(rows, "知晓率")["actual"]])
        C.same("conflicting_values", "引进人才满意度", C.all(r"引进人才满意度([\d.]+)%") + [find_row(rows, "引进人才满意度")["actual"]])
        C.same("conflicting_values", "用人单位满意度", C.all(r"用人单位满意度([\d.]+)%") + [find_row(rows, "用人单位满意度")["actual"]])
        m = C.m("other", r"与2020年（(\d+)人、(\d+)万元）相比，兑现人数增加(\d+)人")
        C.check("other", dec(n_people) - dec(m.group(1)) == dec(m.group(3)), "increase over 2020")
        m = C.m("other", r"扣([\d.]+)分")
        C.check("other", dec(m.group(1)) == 10 - dec(T["score"]), "deduction")
        m = C.m("conflicting_values", r"全年为(\d+)名引进人才兑现安家补贴(\d+)万元，其中博士研究生(\d)人")
        C.same("conflicting_values", "goal cell people", [m.group(1), n_people])
        C.same("conflicting_values", "goal cell money", [m.group(2), money])
        C.satisfaction_bounds()
        years(C, Y, [(r"截至(\d{4})年12月底", 0), (r"（(\d{4})年度）", 0), (r"辉县市(\d{4})年度", 0), (r"资金分两批于(\d{4})年", 0)])
    C.run("prose", prose)
    return C


# ----------------------------------------------------------------------------- 大渡口 2023
def check_dadukou(t):
    C = Checker(t)
    Y = 2023
    lines = t.split("\n")
    F, rows, total, sites = {}, [], None, {}
    mode = None
    for ln in lines:
        c = ln.split("｜")
        if c[0] == "项目资金（万元）":
            mode = "funds"
            continue
        if c[0] == "一级指标":
            mode = "ind"
            continue
        if c[0] == "点位":
            mode = "site"
            continue
        if len(c) < 2:
            if mode == "site":
                mode = None
            continue
        if mode == "funds" and len(c) == 7:
            F[c[0]] = dict(initial=c[1], annual=c[2], spent=c[3], weight=c[4], rate=c[5], score=c[6])
        elif mode == "ind" and len(c) == 8:
            if c[0] == "总分":
                total = c
            else:
                rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
        elif mode == "site" and len(c) == 4:
            sites[c[0]] = c[1:]
    T = F["年度资金总额"]
    exec_row = dict(budget=T["annual"], spent=T["spent"], rate=T["rate"], weight=T["weight"], score=T["score"])

    def funds():
        subs = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
        for col in ("initial", "annual", "spent"):
            C.sum_or_unit(f"funds {col}", [F[s][col] for s in subs], T[col])
        for s in subs:
            C.check("implausible_rate" if dec(F[s]["annual"]) == 0 else "rate_mismatch",
                    F[s]["rate"] == "—", f"{s}: rate cell {F[s]['rate']}")
    C.run("funds", funds)
    C.run("indicators", lambda: indicator_checks(C, rows, exec_row, total[5], total[6], False))

    def site_table():
        names = [k for k in sites if k != "合计"]
        C.sum_or_unit("site flats", [sites[k][0] for k in names], sites["合计"][0])
        C.sum_or_unit("site occupied", [sites[k][1] for k in names], sites["合计"][1])
        for k in names:
            C.same("conflicting_values", f"rent {k}", [sites[k][2]] + C.all(r"月租金(\d+)元/套"))
    C.run("sites", site_table)

    def prose():
        m = C.m("sum_mismatch", r"全年预算([\d.]+)万元，其中年初预算（当年财政拨款）(\d+)万元，上年结转资金([\d.]+)万元")
        C.sum_or_unit("budget", [m.group(2), m.group(3)], m.group(1))
        C.same("conflicting_values", "annual", [m.group(1), T["annual"]])
        C.same("conflicting_values", "initial", [m.group(2), T["initial"], F["其中：当年财政拨款"]["annual"]])
        C.same("conflicting_values", "carry-over", [m.group(3), F["上年结转资金"]["annual"]])
        annual = m.group(1)
        m = C.m("rate_mismatch", r"全年执行([\d.]+)万元，预算执行率([\d.]+)%；其中当年财政拨款执行率([\d.]+)%，上年结转资金执行率(\d+)%")
        C.same("conflicting_values", "spent", [m.group(1), T["spent"]])
        C.rate("total", m.group(2), m.group(1), annual)
        C.rate("当年财政拨款", m.group(3), F["其中：当年财政拨款"]["spent"], F["其中：当年财政拨款"]["annual"])
        C.rate("上年结转", m.group(4), F["上年结转资金"]["spent"], F["上年结转资金"]["annual"])
        spent = m.group(1)
        m = C.m("sum_mismatch", r"人才公寓房源租金([\d.]+)万元，物业及运营管理费(\d+)万元，家具家电配置及维修([\d.]+)万元，人才租房补贴([\d.]+)万元（累计(\d+)人·月）")
        C.sum_or_unit("uses", [m.group(1), m.group(2), m.group(3), m.group(4)], spent)
        C.check("other", dec(m.group(5)) * 800 / 10000 == dec(m.group(4)), "人月 × 800元")
        rent = m.group(1)
        flats = sites["合计"][0]
        m2 = C.m("average_mismatch", r"平均每套年租金([\d.]+)万元")
        avg = dec(rent) / dec(flats)
        if not agrees(m2.group(1), avg):
            C.fails.append(("unit_mismatch" if agrees(m2.group(1), avg / 10000) else "average_mismatch",
                            f"average rent {m2.group(1)} vs {rent}/{flats}"))
        C.check("other", agrees(m2.group(1), D(2100) * 12 / 10000), "2100 × 12")
        m = C.m("balance_mismatch", r"年末结余([\d.]+)万元")
        C.check("balance_mismatch", dec(m.group(1)) == dec(annual) - dec(spent), "balance")
        C.rate("结余占比", C.m("rate_mismatch", r"结余资金占全年预算的([\d.]+)%").group(1), m.group(1), annual)
        m = C.m("conflicting_values", r"全年保障房源(\d+)套，较2022年增加(\d+)套")
        C.same("conflicting_values", "flats", [m.group(1), flats, find_row(rows, "房源套数")["actual"]])
        m = C.m("rate_mismatch", r"年末入住(\d+)套，入住率(\d+)%，在住人才(\d+)人，其中博士研究生(\d+)人、硕士研究生(\d+)人、急需紧缺专业本科毕业生(\d+)人")
        C.same("conflicting_values", "occupied", [m.group(1), sites["合计"][1]])
        C.rate("入住率", m.group(2), m.group(1), flats)
        C.same("conflicting_values", "入住率", C.all(r"入住率(\d+)%") + [find_row(rows, "入住率")["actual"]])
        C.sum_or_unit("residents", [m.group(4), m.group(5), m.group(6)], m.group(3))
        m = C.m("other", r"全年为(\d+)名人才发放租房补贴，较目标少(\d+)人")
        C.same("conflicting_values", "subsidy people", [m.group(1), find_row(rows, "补贴人数")["actual"]])
        C.check("other", dec(find_row(rows, "补贴人数")["target"]) - dec(m.group(1)) == dec(m.group(2)), "shortfall")
        m = C.m("other", r"入住率(\d+)%，较目标低(\d+)个百分点")
        C.check("other", dec(find_row(rows, "入住率")["target"]) - dec(m.group(1)) == dec(m.group(2)), "gap")
        C.same("conflicting_values", "节省", C.all(r"节省住房支出约(\d+)万元") + [find_row(rows, "节省")["actual"]])
        C.same("conflicting_values", "稳定就业", C.all(r"仍在区内就业的占([\d.]+)%") + [find_row(rows, "稳定就业")["actual"]])
        C.same("conflicting_values", "满意度", C.all(r"满意度为([\d.]+)%") + [find_row(rows, "满意度")["actual"]])
        m = C.m("score_sum_mismatch", r"自评得分([\d.]+)分，评价等级为“(..)”。其中预算执行([\d.]+)分，产出指标([\d.]+)分，效益指标([\d.]+)分，满意度指标([\d.]+)分")
        C.check("score_sum_mismatch", agrees(m.group(1), sum(dec(m.group(i)) for i in range(3, 7))), "parts")
        C.same("score_sum_mismatch", "total", [m.group(1), total[6]])
        C.same("conflicting_values", "exec score", [m.group(3), T["score"]])
        level_sums(C, rows, {"产出指标": m.group(4), "效益指标": m.group(5), "满意度指标": m.group(6)})
        C.check("grade_mismatch", m.group(2)[0] == band(m.group(1)), f"grade {m.group(2)} for {m.group(1)}")
        m = C.m("weight_sum_mismatch", r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
        C.check("weight_sum_mismatch", sum(dec(m.group(i)) for i in range(1, 5)) == 100, "prose weights")
        level_weights(C, rows, {"产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)})
        C.satisfaction_bounds()
        years(C, Y, [(r"结转至(\d{4})年", 1), (r"（(\d{4})年度）", 0), (r"\n(\d{4})年度人才公寓", 0), (r"\n(\d{4})年全年预算", 0)])
    C.run("prose", prose)
    return C


# ----------------------------------------------------------------------------- 玉门 2019
YUMEN_ROWS = [("产出指标", "享受生活补贴人数"), ("产出指标", "发放补贴人月数"), ("产出指标", "补贴发放准确率"),
              ("产出指标", "季度补贴按时发放率"), ("产出指标", "硕士研究生补贴标准"), ("效益指标", "引进人才留玉率"),
              ("效益指标", "基层教育医疗单位引进人才占比"), ("满意度指标", "受益人才满意度")]


def check_yumen(t):
    C = Checker(t)
    Y = 2019
    k = t.index("项目支出绩效自评表\n")
    tab = t[k:]
    F = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        m = re.search(re.escape(name) + r"\s+(.+)", tab)
        tok = re.split(r"\s{2,}", m.group(1).strip())
        F[name] = dict(initial=tok[0], annual=tok[1], spent=tok[2], weight=tok[3], rate=tok[4], score=tok[5])
    rows = []
    for lvl, name in YUMEN_ROWS:
        m = re.search(re.escape(name) + r"\s{2,}(.+)", tab)
        tok = re.split(r"\s{2,}", m.group(1).strip())
        rows.append(dict(level1=lvl, name=name, target=tok[0], actual=tok[1], completion=tok[2], weight=tok[3], score=tok[4]))
    m = re.search(r"\n合计\s+(\S+)\s+(\S+)", tab)
    total_w, total_s = m.group(1), m.group(2)
    T = F["年度资金总额"]
    exec_row = dict(budget=T["annual"], spent=T["spent"], rate=T["rate"], weight=T["weight"], score=T["score"])

    def funds():
        subs = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
        for col in ("initial", "annual", "spent"):
            C.sum_or_unit(f"funds {col}", [F[s][col] for s in subs], T[col])
        for s in subs:
            C.rate(f"{s} rate", F[s]["rate"], F[s]["spent"], F[s]["annual"])
    C.run("funds", funds)
    C.run("indicators", lambda: indicator_checks(C, rows, exec_row, total_w, total_s, True))

    def prose():
        m = C.m("conflicting_values", r"年初预算(\d+)万元，全年预算(\d+)万元")
        C.same("conflicting_values", "initial", [m.group(1), T["initial"]])
        C.same("conflicting_values", "annual", [m.group(2), T["annual"]])
        annual = m.group(2)
        m = C.m("sum_mismatch", r"提前下达资金(\d+)万元，2019年5月下达(\d+)万元，\s*资金到位率(\d+)%")
        received = dec(m.group(1)) + dec(m.group(2))
        C.rate("到位率", m.group(3), received, annual)
        m = C.m("rate_mismatch", r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
        C.same("conflicting_values", "spent", [m.group(1), T["spent"]])
        C.rate("prose execution", m.group(2), m.group(1), annual)
        C.check("balance_mismatch", dec(m.group(3)) == received - dec(m.group(1)), f"balance {m.group(3)}")
        spent = m.group(1)
        for s in C.all(r"预算执行率([\d.]+)%，低于90%"):
            C.rate("prose execution 2", s, spent, annual)
        m = C.m("average_mismatch", r"共为(\d+)名引进人才发放生活补贴([\d.]+)万元，合计(\d+)人·月，人均全年领取([\d.]+)万元")
        people, months = m.group(1), m.group(3)
        C.same("conflicting_values", "money", [m.group(2), spent])
        C.check("average_mismatch", agrees(m.group(4), dec(spent) / dec(people)), "per capita")
        C.same("conflicting_values", "people", [people, rows[0]["actual"]])
        C.same("conflicting_values", "months", [months, rows[1]["actual"]])
        m = C.m("sum_mismatch", r"博士研究生(\d+)人、(\d+)人·月、([\d.]+)万元，硕士研究生(\d+)人、(\d+)人·月、([\d.]+)万元，本科生(\d+)人、(\d+)人·月、([\d.]+)万元")
        g = m.groups()
        C.sum_or_unit("people", [g[0], g[3], g[6]], people)
        C.sum_or_unit("months", [g[1], g[4], g[7]], months)
        C.sum_or_unit("money", [g[2], g[5], g[8]], spent)
        for i, std in ((1, 3000), (4, 1500), (7, 800)):
            C.check("other", dec(g[i]) * std / 10000 == dec(g[i + 1]), "人月 × 标准")
        m2 = C.m("sum_mismatch", r"本科生中医学类(\d+)人、师范类(\d+)人、工科类(\d+)人")
        C.sum_or_unit("undergrads", list(m2.groups()), g[6])
        m = C.m("rate_mismatch", r"年内有(\d+)人辞职离开玉门，留玉率([\d.]+)%")
        C.rate("留玉率", m.group(2), dec(people) - dec(m.group(1)), people)
        C.same("conflicting_values", "留玉率", C.all(r"留玉率([\d.]+)%[，。]") + [rows[5]["actual"]])
        m = C.m("rate_mismatch", r"工作的有(\d+)人，占([\d.]+)%")
        C.rate("基层占比", m.group(2), m.group(1), people)
        C.same("conflicting_values", "基层占比", [m.group(2), rows[6]["actual"]])
        C.same("conflicting_values", "满意度", C.all(r"受益人才满意度(\d+)%。") + [rows[7]["actual"]])
        m = C.m("score_sum_mismatch", r"本项目(\d{4})年度自评得分([\d.]+)分，等级为(优\s*秀|良\s*好|中\s*等|较\s*差)")
        C.same("score_sum_mismatch", "total", [m.group(2), total_s])
        C.check("grade_mismatch", m.group(3)[0] == band(m.group(2)), "grade")
        m = C.m("conflicting_values", r"实际完成情况：为(\d+)名引进人才发放生活补贴([\d.]+)万元，留玉率([\d.]+)%")
        C.same("conflicting_values", "goal people", [m.group(1), people])
        C.same("conflicting_values", "goal money", [m.group(2), spent])
        C.satisfaction_bounds()
        years(C, Y, [(r"（(\d{4})年度）", 0), (r"\n(\d{4})年度引进", 0), (r"本项目(\d{4})年度自评", 0), (r"(\d{4})年共为", 0)])
    C.run("prose", prose)
    return C


# ----------------------------------------------------------------------------- 美兰 2024
def check_meilan(t):
    C = Checker(t)
    Y = 2024
    F, rows, total = {}, [], None
    mode = None
    for ln in t.split("\n"):
        if not ln.startswith("|"):
            mode = None if not ln.strip() else mode
            continue
        c = [x.strip() for x in ln.strip().strip("|").split("|")]
        if c[0] == "项目资金（万元）":
            mode = "funds"
            continue
        if c[0] == "一级指标":
            mode = "ind"
            continue
        if c[0] and set(c[0]) <= set("-"):
            continue
        if mode == "funds" and len(c) == 7:
            F[c[0]] = dict(initial=c[1], annual=c[2], spent=c[3], weight=c[4], rate=c[5], score=c[6])
        elif mode == "ind" and len(c) == 8:
            if c[0] == "总分":
                total = c
            else:
                rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    fill_level(rows)
    T = F["年度资金总额"]
    exec_row = dict(budget=T["annual"], spent=T["spent"], rate=T["rate"], weight=T["weight"], score=T["score"])

    def funds():
        subs = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
        for col in ("initial", "annual", "spent"):
            C.sum_or_unit(f"funds {col}", [F[s][col] for s in subs], T[col])
        for s in subs:
            C.rate(f"{s} rate", F[s]["rate"], F[s]["spent"], F[s]["annual"])
    C.run("funds", funds)
    C.run("indicators", lambda: indicator_checks(C, rows, exec_row, total[5], total[6], False))

    def prose():
        m = C.m("rate_mismatch", r"年初预算(\d+)万元，全部为区级财政拨款，年内未调整，全年预算(\d+)万元，资金到位率(\d+)%。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
        C.check("conflicting_values", m.group(1) == m.group(2), "未调整 means initial = annual")
        C.same("conflicting_values", "annual", [m.group(2), T["annual"]])
        C.same("conflicting_values", "spent", [m.group(4), T["spent"]] + C.all(r"实际支出([\d.]+)万元，执行率"))
        C.rate("execution", m.group(5), m.group(4), m.group(2))
        for s in C.all(r"执行率([\d.]+)%，得"):
            C.rate("execution 2", s, m.group(4), m.group(2))
        C.same("conflicting_values", "exec score", C.all(r"执行率[\d.]+%，得([\d.]+)分") + [T["score"]])
        C.check("balance_mismatch", dec(m.group(6)) == dec(m.group(2)) - dec(m.group(4)), "balance")
        C.same("conflicting_values", "balance", C.all(r"结余([\d.]+)万元"))
        spent = m.group(4)
        parts = re.findall(r"\d\.[^\n]*?(\d+)期(?:（线上线下结合）)?，参训(\d+)人次，支出([\d.]+)万元（(\d+)元/人次）", t)
        C.check("sum_mismatch", len(parts) == 3, "three training types")
        for p in parts:
            C.check("other", dec(p[1]) * dec(p[3]) / 10000 == dec(p[2]), "人次 × 单价")
        m = C.m("completion_mismatch", r"全年举办培训(\d+)期、参训(\d+)人次，培训人次完成年度目标的(\d+)%，平均每期(\d+)人次")
        C.sum_or_unit("sessions", [p[0] for p in parts], m.group(1))
        C.sum_or_unit("trainees", [p[1] for p in parts], m.group(2))
        C.sum_or_unit("money", [p[2] for p in parts], spent)
        C.check("completion_mismatch", agrees(m.group(3), completion(find_row(rows, "培训人次")["target"], m.group(2))), "completion")
        C.check("average_mismatch", agrees(m.group(4), dec(m.group(2)) / dec(m.group(1))), "average per session")
        C.same("conflicting_values", "sessions", [m.group(1), find_row(rows, "期数")["actual"]])
        C.same("conflicting_values", "trainees", [m.group(2), find_row(rows, "培训人次")["actual"]])
        C.same("conflicting_values", "合格率", C.all(r"考核合格率([\d.]+)%") + [find_row(rows, "合格率")["actual"]])
        m = C.m("other", r"结业取证(\d+)人，较目标少(\d+)人")
        r = find_row(rows, "取证")
        C.same("conflicting_values", "取证", [m.group(1), r["actual"]])
        C.check("other", dec(r["target"]) - dec(m.group(1)) == dec(m.group(2)), "取证 shortfall")
        m = C.m("other", r"新增入库师资(\d+)人，较目标少(\d+)人")
        r = find_row(rows, "师资库")
        C.same("conflicting_values", "师资", [m.group(1), r["actual"]])
        C.check("other", dec(r["target"]) - dec(m.group(1)) == dec(m.group(2)), "师资 shortfall")
        m = C.m("conflicting_values", r"年度培训计划于(\d{4}年\d+月\d+日)全部完成")
        r = find_row(rows, "完成时间")
        if unit_of(r["actual"]) == "date":
            C.check("conflicting_values", m.group(1) == r["actual"], "completion date")
        C.same("conflicting_values", "人均成本", C.all(r"人均成本(\d+)元，") + [find_row(rows, "人均成本")["actual"]])
        C.same("conflicting_values", "技能提升", C.all(r"([\d.]+)%的参训人员反馈") + [find_row(rows, "技能提升")["actual"]])
        m = C.m("average_mismatch", r"满意度测评结果分别为([\d.]+)%、([\d.]+)%和([\d.]+)%，平均([\d.]+)%")
        C.check("average_mismatch", agrees(m.group(4), sum(dec(m.group(i)) for i in (1, 2, 3)) / 3), "satisfaction average")
        C.same("conflicting_values", "满意度", [m.group(4), find_row(rows, "满意度")["actual"]])
        for i in (1, 2, 3):
            C.check("implausible_rate", dec(m.group(i)) <= 100, "satisfaction <= 100")
        m = C.m("score_sum_mismatch", r"综合得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，自评等级为“(.)”")
        C.check("score_sum_mismatch", agrees(m.group(1), sum(dec(m.group(i)) for i in range(2, 6))), "parts")
        C.same("score_sum_mismatch", "total", [m.group(1), total[6]])
        C.same("conflicting_values", "exec score", [m.group(2), T["score"]])
        level_sums(C, rows, {"产出指标": m.group(3), "效益指标": m.group(4), "满意度指标": m.group(5)})
        C.check("grade_mismatch", m.group(6) == band(m.group(1)), "grade")
        m = C.m("weight_sum_mismatch", r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
        C.check("weight_sum_mismatch", sum(dec(m.group(i)) for i in range(1, 5)) == 100, "prose weights")
        level_weights(C, rows, {"产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)})
        C.satisfaction_bounds()
        years(C, Y, [(r"附件：(\d{4})年度项目支出绩效自评表", 0), (r"\n(\d{4})年度人才培训", 0), (r"(\d{4})年继续实施", 0),
                     (r"(\d{4})年12月31日前完成年度培训计划", 0)])
    C.run("prose", prose)
    return C


CHECKERS = {
    "js-yizheng-boshihou-2022": check_yizheng,
    "ha-huixian-anjiabutie-2021": check_huixian,
    "cq-dadukou-rencaigongyu-2023": check_dadukou,
    "gs-yumen-shenghuobutie-2019": check_yumen,
    "hi-meilan-rencaipeixun-2024": check_meilan,
}


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    labelled = [lab["case"] for lab in labels]
    if sorted(labelled) != files or len(set(labelled)) != len(labelled):
        problems.append("labels and case files do not match one to one")
    codes = {}
    where = {"prose": 0, "table": 0}
    for src, fn in CHECKERS.items():
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if not 3000 <= len(clean) <= 5000:
            problems.append(f"{src}: clean draft has {len(clean)} characters")
        C = fn(clean)
        for code, msg in C.fails:
            problems.append(f"{src}-clean: {code}: {msg}")
    try:
        sys.path.insert(0, HERE)
        import build
        for e in build.EDITS:
            where[e[3]] += 1
    except Exception as exc:  # pragma: no cover
        problems.append(f"cannot import build.py: {exc}")
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{lab['source']}-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if text != clean or lab["expected"]:
                problems.append(f"{lab['case']}: clean case differs from its draft or has labels")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected must hold exactly one error")
            continue
        exp = lab["expected"][0]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        if exp["severity"] != "error":
            problems.append(f"{lab['case']}: severity {exp['severity']}")
        if exp["value"] not in text:
            problems.append(f"{lab['case']}: value {exp['value']!r} not in case")
        s, e_clean, e_case = diff_region(clean, text)
        if text == clean:
            problems.append(f"{lab['case']}: identical to clean draft")
        else:
            # the value must overlap the changed region
            hits = [i for i in range(len(text)) if text.startswith(exp["value"], i)]
            if not any(i < max(e_case, s + 1) and s < i + len(exp["value"]) for i in hits):
                problems.append(f"{lab['case']}: value does not cover the change")
            if e_clean - s > 120:
                problems.append(f"{lab['case']}: changed region is {e_clean - s} characters long")
        C = CHECKERS[lab["source"]](text)
        got = {c for c, _ in C.fails} - IGNORED_IN_ERROR_CASES
        if got != {exp["code"]}:
            problems.append(f"{lab['case']}: checks fail with {sorted(got)}, label {exp['code']}: "
                            + "; ".join(m for c, m in C.fails if c not in IGNORED_IN_ERROR_CASES))
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times")
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors; prose {where['prose']}, tables {where['table']}")
    print("codes: " + ", ".join(f"{c}={codes.get(c, 0)}" for c in required))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
