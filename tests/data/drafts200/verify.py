#!/usr/bin/env python3
"""Verify the n200 set.

1. every label value occurs in its case file;
2. every error case differs from its clean draft in one place (one short changed region,
   which the label value overlaps);
3. the arithmetic of every clean draft is redone from the text itself (tables parsed in
   their own layout, figures in the prose read with patterns): no check may fail;
4. the same checks run on every error case must fail with the labelled code and with no
   other error code (warnings such as score_rule_mismatch may accompany a changed score).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
WARNINGS = {"score_rule_mismatch"}
MAX_REGION = 200  # characters of the clean draft + error case that may differ

NUM = r"(\d+(?:\.\d+)?)"


# ---------------------------------------------------------------- numbers and tolerance
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated):
    """rules.md §8: |c - v| <= 0.5 * 10^-d, d = decimals of the stated string."""
    v = float(stated.strip().rstrip("%"))
    return abs(computed - v) <= 0.5 * 10 ** (-decimals(stated)) + 1e-9


def is_num(s):
    return re.fullmatch(r"\d+(?:\.\d+)?", s.strip()) is not None


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, name, text, year):
        self.name, self.t, self.year = name, text, year
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def grab(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise AssertionError(f"{self.name}: pattern {pattern!r} matched {len(ms)} times")
        return ms[0].groups()

    def all(self, pattern):
        return [m.group(1) for m in re.finditer(pattern, self.t)]

    # identities -------------------------------------------------------------
    def rate(self, num, den, stated, what, code="rate_mismatch"):
        num, den = float(num), float(den)
        if den == 0:
            if stated.strip() not in ("—", "-", "0", ""):
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        if not consistent(num / den * 100, stated):
            self.fail(code, f"{what}: {num}/{den} = {num / den * 100:.4f}%, stated {stated}")
        if float(stated.rstrip("%")) > 100 + 1e-9:
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")

    def comp(self, actual, target, stated, what):
        """completion of a gte target, over 100% allowed"""
        c = float(actual) / float(target) * 100
        if not consistent(c, stated):
            self.fail("completion_mismatch", f"{what}: {actual}/{target} = {c:.4f}%, stated {stated}")

    def total(self, parts, stated, what, code="sum_mismatch"):
        vals = [float(p) for p in parts]
        if consistent(sum(vals), stated):
            return
        # an amount off by 10^4 (元 written as 万元) is a unit error, not a sum error
        for i, v in enumerate(vals):
            for f in (1e-4, 1e4):
                trial = vals[:i] + [v * f] + vals[i + 1:]
                if consistent(sum(trial), stated):
                    self.fail("unit_mismatch", f"{what}: {parts[i]} off by 10^4 ({'+'.join(parts)} vs {stated})")
                    return
        self.fail(code, f"{what}: {'+'.join(parts)} = {sum(vals):.4f}, stated {stated}")

    def diff(self, a, b, stated, what, code="balance_mismatch"):
        if not consistent(float(a) - float(b), stated):
            self.fail(code, f"{what}: {a} - {b} = {float(a) - float(b):.4f}, stated {stated}")

    def mean(self, items, stated, what):
        vals = [float(x) for x in items]
        if not consistent(sum(vals) / len(vals), stated):
            self.fail("average_mismatch", f"{what}: mean {sum(vals) / len(vals):.4f}, stated {stated}")

    def same(self, values, what, code="conflicting_values"):
        vals = {float(v) for v in values}
        if len(values) < 2:
            raise AssertionError(f"{self.name}: {what}: fewer than two mentions")
        if len(vals) != 1:
            self.fail(code, f"{what}: stated as {sorted(vals)}")

    def carry_years(self):
        for y in self.all(r"结转至\s?(\d{4})\s?年"):
            if int(y) <= self.year:
                self.fail("year_mismatch", f"carried over to {y} in a {self.year} report")

    def grade(self, word, total):
        g = GRADE_WORDS[word]
        if g != grade_of(float(total)):
            self.fail("grade_mismatch", f"total {total} is {grade_of(float(total))}, stated {word}")


# ---------------------------------------------------------------- table parsing
FUND_NAMES = ("年度资金总额", "当年财政拨款", "中央补助资金", "省级补助资金", "县级配套资金", "上年结转资金", "其他资金")
L1 = ("产出指标", "效益指标", "满意度指标")


def fund_name(cell):
    for n in FUND_NAMES:
        if n in cell:
            return n
    return None


def row_dict(l1, name, target, actual, completion, weight, score, note=""):
    return {"l1": l1, "name": name, "target": target.strip(), "actual": actual.strip(),
            "completion": None if completion is None else completion.strip(),
            "weight": weight.strip(), "score": score.strip(), "note": note}


def parse_cells_table(rows_cells, has_completion):
    """rows_cells: list of cell lists in reading order. Returns funds, indicators, (w_total, s_total)."""
    funds, inds, tot = [], [], None
    in_ind, l1 = False, None
    for cells in rows_cells:
        cells = [c.strip() for c in cells]
        if not cells or not any(cells):
            continue
        if cells[0] == "一级指标":
            in_ind = True
            continue
        if cells[0] == "总分":
            nums = [c for c in cells[1:] if c]
            tot = (nums[0], nums[1])
            in_ind = False
            continue
        if not in_ind:
            n = fund_name(cells[0])
            if n and len(cells) >= 7 and not cells[1].startswith("年初"):
                funds.append({"name": n, "init": cells[1], "annual": cells[2], "spent": cells[3],
                              "weight": cells[4], "rate": cells[5], "score": cells[6]})
            continue
        if cells[0]:
            l1 = cells[0]
        if has_completion:
            _, _, name, target, actual, comp, w, s = cells[:8]
        else:
            _, _, name, target, actual, w, s = cells[:7]
            comp = None
        inds.append(row_dict(l1, name, target, actual, comp, w, s))
    return funds, inds, tot


def table_flattened(text):
    start = text.index("\t项目资金（万元）")
    blocks = text[start:].split("\n\n")
    rows = [[ln[1:] if ln.startswith("\t") else ln for ln in b.strip("\n").split("\n")] for b in blocks]
    return parse_cells_table(rows, has_completion=False)


def table_tabs(text):
    start = text.index("项目资金（万元）\t")
    rows = [ln.split("\t") for ln in text[start:].split("\n")]
    return parse_cells_table(rows, has_completion=True)


def table_fullpipes(text):
    start = text.index("项目资金（万元）｜")
    rows = [ln.split("｜") for ln in text[start:].split("\n")]
    return parse_cells_table(rows, has_completion=False)


def table_asciipipes(text):
    start = text.index("| 项目资金（万元）")
    rows = []
    for ln in text[start:].split("\n"):
        if ln.startswith("|"):
            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
    return parse_cells_table(rows, has_completion=True)


def table_pdf(text):
    """Space-separated PDF text: funds rows end in six cells; indicator rows are read from the right."""
    start = text.index("项目资金 年初预算数")
    funds, inds, tot = [], [], None
    in_ind, l1 = False, None
    for ln in text[start:].split("\n"):
        toks = ln.split()
        if not toks:
            continue
        if toks[0] == "一级指标":
            in_ind = True
            continue
        if toks[0] == "总分":
            tot = (toks[1], toks[2])
            in_ind = False
            continue
        if not in_ind:
            n = next((fund_name(t) for t in toks if fund_name(t)), None)
            if n and len(toks) >= 7:
                c = toks[-6:]
                funds.append({"name": n, "init": c[0], "annual": c[1], "spent": c[2],
                              "weight": c[3], "rate": c[4], "score": c[5]})
            continue
        # indicator line: ... name target actual weight score [note]
        idx = None
        for i in range(len(toks) - 2, -1, -1):
            if is_num(toks[i]) and is_num(toks[i + 1]) and len(toks) - (i + 2) <= 1:
                idx = i
                break
        if idx is None:
            continue  # wrapped text of a note
        for t in toks[:idx - 2]:
            if t in L1:
                l1 = t
        note = toks[idx + 2] if len(toks) > idx + 2 else ""
        inds.append(row_dict(l1, toks[idx - 3], toks[idx - 2], toks[idx - 1], None, toks[idx], toks[idx + 1], note))
    return funds, inds, tot


# ---------------------------------------------------------------- indicator arithmetic
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_quant(s):
    """'≥1200平方米' -> ('gte', 1200.0, '平方米'); '96列' -> ('eq', 96.0, '列'); else None."""
    m = re.fullmatch(r"([≥≤])?(\d+(?:\.\d+)?)(.*)", s.strip())
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", None: "eq"}[m.group(1)]
    return d, float(m.group(2)), m.group(3).strip()


def check_table(ctx, funds, inds, tot):
    # funds block -------------------------------------------------------------
    total_row = next(f for f in funds if f["name"] == "年度资金总额")
    comps = [f for f in funds if f["name"] != "年度资金总额"]
    for col in ("init", "annual", "spent"):
        ctx.total([c[col] for c in comps], total_row[col], f"funds column {col}")
    for f in funds:
        ctx.rate(f["spent"], f["annual"], f["rate"], f"funds row {f['name']}")
    r = float(total_row["spent"]) / float(total_row["annual"])
    w_exec = float(total_row["weight"])
    exp = w_exec * min(r, 1.0)
    exp2 = w_exec * min(float(total_row["rate"].rstrip("%")) / 100, 1.0)
    if not (consistent(exp, total_row["score"]) or consistent(exp2, total_row["score"])):
        ctx.fail("score_rule_mismatch", f"execution score {total_row['score']}, expected {exp:.2f}")

    # indicator rows ------------------------------------------------------------
    wsum, ssum = w_exec, float(total_row["score"])
    for row in inds:
        w, s = float(row["weight"]), float(row["score"])
        wsum += w
        ssum += s
        if s > w + 1e-9 or s < 0:
            ctx.fail("score_exceeds_weight", f"{row['name']}: score {s} > weight {w}")
        t, a = row["target"], row["actual"]
        tq, aq = parse_quant(t), parse_quant(a)
        tdate, adate = DATE.search(t), DATE.search(a)
        if tdate:
            if not adate:
                ctx.fail("unit_mismatch", f"{row['name']}: date target {t}, actual {a}")
                continue
            td = date(*map(int, tdate.groups()))
            ad = date(*map(int, adate.groups()))
            if ad <= td and abs(s - w) > 1e-9:
                ctx.fail("score_rule_mismatch", f"{row['name']}: on time but scored {s}/{w}")
            continue
        if tq is None:
            continue  # qualitative
        if aq is None or aq[2] != tq[2]:
            ctx.fail("unit_mismatch", f"{row['name']}: target {t}, actual {a}")
            continue
        d, T, _ = tq
        A = aq[1]
        if d == "lte":
            met = A <= T
            comp = 100.0 if met else T / A * 100
            exp = w if met else w * T / A
        elif T == 0:
            met = A <= 0
            comp = None
            exp = w if met else 0.0
        else:
            met = A >= T
            comp = A / T * 100
            exp = w if met else w * A / T
        if not consistent(exp, row["score"]):
            ctx.fail("score_rule_mismatch", f"{row['name']}: score {s}, rule gives {exp:.2f}")
        c = row["completion"]
        if c is not None and c not in ("—", ""):
            if comp is None:
                ctx.fail("implausible_rate", f"{row['name']}: completion {c} on a zero target")
            elif not consistent(comp, c):
                ctx.fail("completion_mismatch", f"{row['name']}: completion {comp:.4f}%, stated {c}")
    if tot is None:
        raise AssertionError(f"{ctx.name}: no 总分 row")
    if abs(wsum - 100) > 1e-9 or abs(float(tot[0]) - 100) > 1e-9:
        ctx.fail("weight_sum_mismatch", f"weights add to {wsum}, stated {tot[0]}")
    if not consistent(ssum, tot[1]):
        ctx.fail("score_sum_mismatch", f"scores add to {ssum:.2f}, stated {tot[1]}")
    return total_row


def level1_sum(inds, l1):
    return sum(float(r["score"]) for r in inds if r["l1"] == l1)


def row(inds, name):
    rs = [r for r in inds if r["name"] == name]
    assert len(rs) == 1, name
    return rs[0]


def qnum(s):
    return str(parse_quant(s)[1])


def days_between(d1, d2):
    return (date(*map(int, DATE.search(d2).groups())) - date(*map(int, DATE.search(d1).groups()))).days


# ---------------------------------------------------------------- per-project checks
def check_jinzhai(ctx):
    t = ctx.t
    funds, inds, tot = table_flattened(t)
    tr = check_table(ctx, funds, inds, tot)
    init, = ctx.grab(r"年初县级财政预算安排" + NUM + "万元")
    add, = ctx.grab(r"追加下达档案事业发展补助资金" + NUM + "万元")
    annual, = ctx.grab(r"全年预算调整为" + NUM + "万元")
    ctx.total([init, add], annual, "annual budget = initial + provincial addition")
    spent, rate, bal = ctx.grab(r"项目实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余资金" + NUM + "万元")
    ctx.rate(spent, annual, rate + "%", "execution rate (text)")
    ctx.diff(annual, spent, bal, "结余 = 全年预算 - 支出")
    prov, = ctx.grab(r"省级补助资金" + NUM + "万元已全部支出")
    cty, ctyr = ctx.grab(r"县级资金执行" + NUM + r"万元，执行率" + NUM + "%")
    ctx.total([prov, cty], spent, "provincial + county spending")
    ctx.rate(cty, init, ctyr + "%", "county execution rate")
    ctx.same([prov, add], "provincial funds")
    a, b, c = ctx.grab(r"库房改造工程款" + NUM + r"万元，智能密集架采购" + NUM + r"万元，设计及监理费" + NUM + "万元")
    ctx.total([a, b, c], spent, "spending breakdown")
    contracts = ctx.all(r"合同价" + NUM + "万元")
    ctx.same(contracts, "contract price")
    # the balance is the 5% retention: works paid = contract - balance
    ctx.diff(contracts[0], a, bal, "retention = contract - works paid")
    if not consistent(float(contracts[0]) * 0.05, bal):
        ctx.fail("balance_mismatch", f"balance {bal} is not 5% of {contracts[0]}")
    area_t, = ctx.grab(r"改造库房面积不少于(\d+)平方米")
    area, pct = ctx.grab(r"完成三、四层(\d+)平方米库房改造，为年度目标的(\d+)%")
    ctx.comp(area, area_t, pct + "%", "area completion (text)")
    sh_t, = ctx.grab(r"新增智能密集架不少于(\d+)列")
    sh, more = ctx.grab(r"新增智能密集架(\d+)列，比年初目标多(\d+)列")
    ctx.diff(sh, sh_t, more, "shelves above target", code="sum_mismatch")
    ctx.same(ctx.all(r"新增智能密集架(\d+)列") + [qnum(row(inds, "新增智能密集架")["actual"])], "shelves")
    ctx.same(ctx.all(r"完成(?:三、四层)?(\d+)平方米库房改造") + [qnum(row(inds, "改造库房面积")["actual"])], "area")
    unit_cost, = ctx.grab(r"折合单位造价约(\d+)元/平方米")
    if round(float(contracts[0]) * 10000 / float(area)) != int(unit_cost):
        ctx.fail("rate_mismatch", "unit cost")
    ctx.same([unit_cost, qnum(row(inds, "改造工程单位造价")["actual"])], "unit cost")
    c0, c1, cnew = ctx.grab(r"总容量由约" + NUM + r"万卷提升至约" + NUM + r"万卷，可新增容纳档案" + NUM + "万卷")
    ctx.diff(c1, c0, cnew, "capacity gain", code="sum_mismatch")
    ctx.same(ctx.all(r"新增(?:容纳)?档案(?:容量)?" + NUM + "万卷(?!以上)") + [qnum(row(inds, "新增档案容量")["actual"])], "capacity gain")
    n, got, ok, sat = ctx.grab(r"发放问卷(\d+)份，收回(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    ctx.rate(ok, got, sat + "%", "satisfaction survey")
    ctx.same([sat, qnum(row(inds, "档案利用者及职工满意度")["actual"])], "satisfaction")
    rt = row(inds, "工程完工时间")
    late, = ctx.grab(r"较计划延后(\d+)天")
    if days_between(rt["target"], rt["actual"]) != int(late):
        ctx.fail("conflicting_values", "delay days")
    tot_s, e, p, b_, s_, = ctx.grab(r"总得分" + NUM + r"分，其中预算执行率得分" + NUM + r"分，产出指标得分" + NUM +
                                   r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    ctx.total([e, p, b_, s_], tot_s, "level-1 scores in the text", code="score_sum_mismatch")
    ctx.same([e, tr["score"]], "execution score text/table")
    ctx.total([r_["score"] for r_ in inds if r_["l1"] == "产出指标"], p, "产出 rows vs text", code="score_sum_mismatch")
    ctx.total([r_["score"] for r_ in inds if r_["l1"] == "效益指标"], b_, "效益 rows vs text", code="score_sum_mismatch")
    ctx.total([r_["score"] for r_ in inds if r_["l1"] == "满意度指标"], s_, "满意度 rows vs text", code="score_sum_mismatch")
    ctx.same([tot_s, tot[1]], "total score text/table")
    ctx.same([spent, tr["spent"]], "spent text/table")
    ctx.same([annual, tr["annual"]], "annual text/table")
    ctx.same([init, tr["init"]], "initial text/table")
    ctx.same([rate, tr["rate"].rstrip("%")], "rate text/table")
    g, = ctx.grab(r"评价等级为“(.+?)”")
    ctx.grade(g, tot[1])
    ty, = ctx.grab(r"（(\d{4})年度）")
    if int(ty) != ctx.year:
        ctx.fail("year_mismatch", f"table year {ty}")
    ctx.carry_years()


def check_lianhua(ctx):
    t = ctx.t
    funds, inds, tot = table_tabs(t)
    tr = check_table(ctx, funds, inds, tot)
    central, = ctx.grab(r"提前下达2022年中央文物保护资金（革命文物）(\d+)万元")
    county, = ctx.grab(r"年初预算安排配套资金(\d+)万元")
    prov, = ctx.grab(r"追加革命文物保护利用补助资金(\d+)万元")
    annual, = ctx.grab(r"全年预算(\d+)万元")
    ctx.total([central, county, prov], annual, "annual budget by source")
    fr = {f["name"]: f for f in funds}
    ctx.same([central, fr["中央补助资金"]["annual"]], "central funds")
    ctx.same([county, fr["县级配套资金"]["annual"]], "county funds")
    ctx.same([prov, fr["省级补助资金"]["annual"]], "provincial funds")
    ctx.same([annual, tr["annual"]], "annual text/table")
    spent, rate = ctx.grab(r"项目累计支出" + NUM + r"万元，预算执行率" + NUM + "%")
    ctx.rate(spent, annual, rate + "%", "execution rate (text)")
    ctx.same([spent, tr["spent"]], "spent text/table")
    ctx.same([rate, tr["rate"].rstrip("%")], "rate text/table")
    carry, = ctx.grab(r"未支付的" + NUM + "万元")
    ctx.diff(annual, spent, carry, "carry-over = budget - spent")
    *costs, avg = ctx.grab(r"工程造价分别为" + NUM + "万元、" + NUM + "万元、" + NUM + "万元和" + NUM + r"万元，平均每处" + NUM + "万元")
    ctx.mean(costs, avg, "average works cost")
    bud, sp, r_ = ctx.grab(r"征集经费预算" + NUM + r"万元，实际支出" + NUM + r"万元，支出率" + NUM + "%")
    ctx.rate(sp, bud, r_ + "%", "collection funds rate")
    rt = row(inds, "修缮工程完工时间")
    late, = ctx.grab(r"较计划推迟(\d+)天")
    if days_between(rt["target"], rt["actual"]) != int(late):
        ctx.fail("conflicting_values", "delay days")
    n, ok, sat = ctx.grab(r"有效问卷(\d+)份，表示满意的(\d+)份，满意度(\d+)%")
    ctx.rate(ok, n, sat + "%", "satisfaction survey")
    ctx.same([sat, qnum(row(inds, "参观群众满意度")["actual"])], "satisfaction")
    ctx.same(ctx.all(r"接待参观(?:群众)?" + NUM + "万人次") + [qnum(row(inds, "接待参观人次")["actual"])], "visitors")
    ctx.same(ctx.all(r"陈列提升(?:面积)?(\d+)平方米") + [qnum(row(inds, "纪念馆陈列提升面积")["actual"])], "exhibition area")
    ctx.same(ctx.all(r"史料(\d+)件（套）") + [qnum(row(inds, "征集革命文物及史料")["actual"])], "collected items")
    ctx.same(ctx.all(r"开展红色教育活动(\d+)场") + [qnum(row(inds, "开展红色教育活动")["actual"])], "education events")
    ctx.same([ctx.grab(r"修缮平均单位造价(\d+)元/平方米")[0], qnum(row(inds, "旧址修缮平均单位造价")["actual"])], "unit cost")
    total, g = ctx.grab(r"项目自评得分" + NUM + r"分，评价等级为“(.+?)”")
    ctx.same([total, tot[1]], "total score text/table")
    ctx.grade(g, tot[1])
    ty, = ctx.grab(r"\n(\d{4})年度项目支出绩效自评表")
    if int(ty) != ctx.year:
        ctx.fail("year_mismatch", f"table year {ty}")
    ctx.carry_years()


def check_dabu(ctx):
    t = ctx.t
    funds, inds, tot = table_pdf(t)
    tr = check_table(ctx, funds, inds, tot)
    init, = ctx.grab(r"年初预算安排党史宣传教育专项经费 (\d+) 万元")
    city, = ctx.grab(r"专项补助资金 (\d+) 万元")
    cin, = ctx.grab(r"编印尾款 " + NUM + " 万元")
    annual, = ctx.grab(r"全年预算合计 " + NUM + " 万元")
    ctx.total([init, city, cin], annual, "annual budget")
    fr = {f["name"]: f for f in funds}
    ctx.total([init, city], fr["当年财政拨款"]["annual"], "fiscal appropriation = initial + city grant")
    ctx.same([cin, fr["上年结转资金"]["annual"]], "carry-in")
    ctx.same([annual, tr["annual"]], "annual text/table")
    spent, rate = ctx.grab(r"实际支出 " + NUM + r" 万元，预算执行率 " + NUM + "%")
    ctx.rate(spent, annual, rate + "%", "execution rate (text)")
    ctx.same([spent, tr["spent"]], "spent text/table")
    ctx.same([rate, tr["rate"].rstrip("%")], "rate text/table")
    carry, = ctx.grab(r"结转资金 " + NUM + " 万元")
    ctx.diff(annual, spent, carry, "carry-over = budget - spent")
    total_l, *parts = ctx.grab(r"开展宣讲 (\d+) 场次（其中进镇村 (\d+) 场次、进机关 (\d+) 场次、进学校 (\d+) 场\n次、进企业 (\d+) 场次）")
    ctx.total(parts, total_l, "lectures by place")
    *people, avg = ctx.grab(r"参训人数分别\n为 (\d+) 人、(\d+) 人、(\d+) 人、(\d+) 人，平均每期 (\d+) 人")
    ctx.mean(people, avg, "trainees per class")
    books, = ctx.grab(r"编印《中国共产党大埔地方简史》读本 (\d+) 册")
    price, cost = ctx.grab(r"单价 " + NUM + r" 元/册，印制费 " + NUM + "\n万元")
    if not consistent(float(books) * float(price) / 10000, cost):
        ctx.fail("sum_mismatch", "print cost")
    ctx.same([price, qnum(row(inds, "读本印制单价")["actual"])], "unit price")
    ctx.same([books, qnum(row(inds, "编印党史读本")["actual"])], "books")
    ctx.same(ctx.all(r"宣讲\s?(\d+)\s?场次") + [total_l, qnum(row(inds, "开展党史宣讲")["actual"])], "lectures")
    people_n, per = ctx.grab(r"受教育党员群众 " + NUM + r" 万人次，平均每场宣讲约 (\d+) 人次")
    if round(float(people_n) * 10000 / float(total_l)) != int(per):
        ctx.fail("average_mismatch", "people per lecture")
    ctx.same(ctx.all(r"党员群众\s?" + NUM + r"\s?万人次") + [qnum(row(inds, "受教育党员群众")["actual"])], "people reached")
    online, pct = ctx.grab(r"竞答参与人数 " + NUM + r" 万人，完成目\n标的 " + NUM + "%")
    ctx.comp(online, qnum(row(inds, "线上党史知识竞答参与人数")["target"]), pct + "%", "online completion")
    ctx.same(ctx.all(r"参与\s?" + NUM + r"\s?万人") + [online, qnum(row(inds, "线上党史知识竞答参与人数")["actual"])], "online participants")
    n, got, rr, ok, sat = ctx.grab(r"发放问卷 (\d+) 份，回收 (\d+) 份，回收率 " + NUM + r"%，表示满意的 (\d+) 份，\n满意率 (\d+)%")
    ctx.rate(got, n, rr + "%", "return rate")
    ctx.rate(ok, got, sat + "%", "satisfaction survey")
    ctx.same([sat, qnum(row(inds, "宣讲对象满意度")["actual"])], "satisfaction")
    total, g = ctx.grab(r"自评得分 " + NUM + r" 分，评价等级为(优|良|中|差)")
    ctx.same([total, tot[1]], "total score text/table")
    ctx.grade(g, tot[1])
    ty, = ctx.grab(r"（(\d{4})年度）")
    if int(ty) != ctx.year:
        ctx.fail("year_mismatch", f"table year {ty}")
    ctx.carry_years()


def check_qingjian(ctx):
    t = ctx.t
    funds, inds, tot = table_fullpipes(t)
    tr = check_table(ctx, funds, inds, tot)
    init, = ctx.grab(r"年初预算安排地方志编纂经费" + NUM + "万元")
    cin, = ctx.grab(r"2023年结转资金" + NUM + "万元")
    annual, = ctx.grab(r"全年预算" + NUM + "万元")
    ctx.total([init, cin], annual, "annual budget")
    spent, rate = ctx.grab(r"实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    ctx.rate(spent, annual, rate + "%", "execution rate (text)")
    fsp, = ctx.grab(r"当年财政拨款支出" + NUM + "万元")
    ctx.total([fsp, cin], spent, "spending = fiscal + carry-in (all spent)")
    carry, = ctx.grab(r"年末结转资金" + NUM + "万元")
    ctx.diff(annual, spent, carry, "carry-over = budget - spent")
    ctx.diff(init, fsp, carry, "carry-over = fiscal budget - fiscal spending")
    fr = {f["name"]: f for f in funds}
    ctx.same([fsp, fr["当年财政拨款"]["spent"]], "fiscal spending text/table")
    ctx.same([cin, fr["上年结转资金"]["annual"]], "carry-in text/table")
    ctx.same([spent, tr["spent"]], "spent text/table")
    ctx.same([annual, tr["annual"]], "annual text/table")
    ctx.same([rate, tr["rate"].rstrip("%")], "rate text/table")
    copies, price, cost = ctx.grab(r"印制(\d+)册，单价" + NUM + r"元，印制费" + NUM + "万元")
    if not consistent(float(copies) * float(price) / 10000, cost):
        ctx.fail("sum_mismatch", "print cost")
    ctx.same([cost, qnum(row(inds, "年鉴印制成本")["actual"])], "print cost text/table")
    db_t, = ctx.grab(r"入库资料不少于(\d+)万字")
    db, pct = ctx.grab(r"入库资料(\d+)万字，完成率(\d+)%")
    ctx.comp(db, db_t, pct + "%", "database completion")
    ctx.same(ctx.all(r"入库(?:资料)?(\d+)万字") + [qnum(row(inds, "地方志资料数据库入库资料")["actual"])], "database")
    n, ok, sat = ctx.grab(r"收回有效问卷(\d+)份，满意(\d+)份，满意度(\d+)%")
    ctx.rate(ok, n, sat + "%", "satisfaction survey")
    ctx.same([sat, qnum(row(inds, "志书年鉴使用者满意度")["actual"])], "satisfaction")
    opinions, done = ctx.grab(r"修改意见(\d+)条，已落实(\d+)条")
    left, = ctx.grab(r"尚有(\d+)条")
    ctx.diff(opinions, done, left, "open review comments", code="sum_mismatch")
    ctx.same(ctx.all(r"志稿(\d+)万字") + [qnum(row(inds, "县志志稿完成字数")["actual"])], "manuscript words")
    ctx.same(ctx.all(r"征集(?:采编地方志)?资料(\d+)万字") + [qnum(row(inds, "征集采编资料")["actual"])], "collected material")
    ctx.same(ctx.all(r"(\d+)个单位赠阅") + [qnum(row(inds, "志书年鉴赠阅发放单位")["actual"])], "recipient units")
    total, g = ctx.grab(r"综合得分" + NUM + r"分，评价等级为“(.+?)”")
    ctx.same([total, tot[1]], "total score text/table")
    ctx.grade(g, tot[1])
    ty, = ctx.grab(r"自评表（(\d{4})年度）")
    if int(ty) != ctx.year:
        ctx.fail("year_mismatch", f"table year {ty}")
    ctx.carry_years()


def check_yitong(ctx):
    t = ctx.t
    funds, inds, tot = table_asciipipes(t)
    tr = check_table(ctx, funds, inds, tot)
    init, = ctx.grab(r"年初预算安排县级资金(\d+)万元")
    prov, = ctx.grab(r"档案事业发展补助资金(\d+)万元")
    annual, = ctx.grab(r"全年预算(\d+)万元")
    ctx.total([init, prov], annual, "annual budget")
    spent, rate = ctx.grab(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    ctx.rate(spent, annual, rate + "%", "execution rate (text)")
    ctx.same([spent, tr["spent"]], "spent text/table")
    ctx.same([annual, tr["annual"]], "annual text/table")
    ctx.same([init, tr["init"]], "initial text/table")
    ctx.same([rate, tr["rate"].rstrip("%")], "rate text/table")
    a, b, c = ctx.grab(r"数字化加工服务费" + NUM + r"万元，磁盘阵列等存储设备" + NUM + r"万元，成果检测验收费" + NUM + "万元")
    ctx.total([a, b, c], spent, "spending breakdown")
    cb, cs, cr = ctx.grab(r"县级资金(\d+)万元支出" + NUM + r"万元，执行率" + NUM + "%")
    pb, ps, pr = ctx.grab(r"省级补助资金(\d+)万元于11月下旬下达，当年仅支出" + NUM + r"万元，执行率" + NUM + "%")
    ctx.same([cb, init], "county budget")
    ctx.same([pb, prov], "provincial budget")
    ctx.rate(cs, cb, cr + "%", "county execution rate")
    ctx.rate(ps, pb, pr + "%", "provincial execution rate")
    ctx.total([cs, ps], spent, "spending by source")
    contract, pages, price, paid = ctx.grab(r"合同金额" + NUM + r"万元（按实际加工" + NUM + r"万页、单价" + NUM +
                                            r"元/页结算），年内已支付" + NUM + "万元")
    if not consistent(float(pages) * float(price), contract):
        ctx.fail("sum_mismatch", "contract = pages x price")
    ctx.same([paid, a], "processing fee paid")
    carry, tail, saved = ctx.grab(r"年末结转资金" + NUM + r"万元，其中数字化加工服务尾款" + NUM + r"万元、节余资金" + NUM + "万元")
    ctx.diff(annual, spent, carry, "carry-over = budget - spent")
    ctx.total([tail, saved], carry, "carry-over parts")
    ctx.diff(contract, paid, tail, "unpaid processing fee")
    vol_t = qnum(row(inds, "档案数字化卷数")["target"])
    moved, = ctx.grab(r"二批次(\d+)卷")
    vols = ctx.all(r"全年完成档案数字化加工(\d+)卷") + ctx.all(r"\| 完成(\d+)卷")
    ctx.same(vols + [qnum(row(inds, "档案数字化卷数")["actual"])], "volumes digitised")
    ctx.diff(vol_t, vols[0], moved, "volumes moved to 2020", code="sum_mismatch")
    ctx.same(ctx.all(r"(?:加工\d+卷、|\| 完成\d+卷、)" + NUM + "万页") + [pages, qnum(row(inds, "扫描页数")["actual"])], "pages")
    ctx.same(ctx.all(r"完成目录数据著录" + NUM + "万条") + ctx.all(NUM + "万条目录数据著录") + [qnum(row(inds, "目录数据著录")["actual"])], "catalogue entries")
    *batches, avg = ctx.grab(r"合格率分别为" + NUM + "%、" + NUM + "%、" + NUM + r"%，平均合格率" + NUM + "%")
    ctx.mean(batches, avg, "average pass rate")
    ctx.same([avg, qnum(row(inds, "数字化成果抽检合格率")["actual"])], "pass rate")
    ctx.same([price, qnum(row(inds, "扫描加工单价")["actual"])], "unit price")
    ctx.same([ctx.grab(r"全年通过数字档案提供利用(\d+)人次")[0], qnum(row(inds, "数字档案提供利用人次")["actual"])], "uses")
    ctx.same([ctx.grab(r"原件调阅率(\d+)%")[0], qnum(row(inds, "档案原件调阅率")["actual"])], "original-use rate")
    n, ok, sat = ctx.grab(r"发放问卷(\d+)份，满意(\d+)份，满意度(\d+)%")
    ctx.rate(ok, n, sat + "%", "satisfaction survey")
    ctx.same([sat, qnum(row(inds, "查档利用者满意度")["actual"])], "satisfaction")
    e, p, b_, s_, total, g = ctx.grab(r"预算执行得分" + NUM + r"分、产出指标得分" + NUM + r"分、效益指标得分" + NUM +
                                      r"分、满意度指标得分" + NUM + r"分，综合得分" + NUM + r"分，评价等级为“(.+?)”")
    ctx.total([e, p, b_, s_], total, "level-1 scores in the text", code="score_sum_mismatch")
    ctx.same([e, tr["score"]], "execution score text/table")
    ctx.total([r_["score"] for r_ in inds if r_["l1"] == "产出指标"], p, "产出 rows vs text", code="score_sum_mismatch")
    ctx.total([r_["score"] for r_ in inds if r_["l1"] == "效益指标"], b_, "效益 rows vs text", code="score_sum_mismatch")
    ctx.total([r_["score"] for r_ in inds if r_["l1"] == "满意度指标"], s_, "满意度 rows vs text", code="score_sum_mismatch")
    ctx.same([total, tot[1]], "total score text/table")
    ctx.grade(g, tot[1])
    ty, = ctx.grab(r"\n(\d{4})年度项目支出绩效自评表")
    if int(ty) != ctx.year:
        ctx.fail("year_mismatch", f"table year {ty}")
    ctx.carry_years()


CHECKS = {
    "jinzhai-kufanggaizao-2020": check_jinzhai,
    "lianhua-gemingwenwu-2022": check_lianhua,
    "dabu-dangshixuanjiao-2021": check_dabu,
    "qingjian-difangzhi-2024": check_qingjian,
    "yitong-danganshuzihua-2019": check_yitong,
}


def run_checks(pid, text, name):
    ctx = Ctx(name, text, int(pid.rsplit("-", 1)[1]))
    CHECKS[pid](ctx)
    return ctx.fails


# ---------------------------------------------------------------- main
def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    on_disk = sorted(os.listdir(CASES))
    if on_disk != sorted(texts):
        problems.append(f"case files and labels differ: {sorted(set(on_disk) ^ set(texts))}")
    clean_ids = [r["source"] for r in labels if r["clean"]]
    code_count = {}

    for pid in clean_ids:
        text = texts[f"{pid}-clean.txt"]
        n = len(text)
        if not 3000 <= n <= 5000:
            problems.append(f"{pid}-clean.txt: {n} characters, outside 3000-5000")
        fails = run_checks(pid, text, f"{pid}-clean.txt")
        for code, msg in fails:
            problems.append(f"{pid}-clean.txt: {code}: {msg}")

    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            continue
        clean = texts[f"{rec['source']}-clean.txt"]
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: {len(rec['expected'])} labels, expected exactly one")
            continue
        exp = rec["expected"][0]
        code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
        if exp["severity"] != "error":
            problems.append(f"{name}: severity {exp['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not occ:
            problems.append(f"{name}: label value {exp['value']!r} not in the case")
            continue
        (cs, ce), (es, ee) = changed_region(clean, text)
        if es == ee and cs == ce:
            problems.append(f"{name}: identical to the clean draft")
            continue
        if (ce - cs) + (ee - es) > MAX_REGION:
            problems.append(f"{name}: changed region too long ({ce - cs} + {ee - es} characters)")
        if not any(o < ee and es < o + len(exp["value"]) for o in occ):
            problems.append(f"{name}: label value does not overlap the changed region")
        fails = run_checks(rec["source"], text, name)
        codes = {c for c, _ in fails}
        err_codes = codes - WARNINGS
        if exp["code"] not in codes:
            problems.append(f"{name}: checks do not detect {exp['code']} (found {sorted(codes)})")
        if err_codes - {exp["code"]}:
            problems.append(f"{name}: other error codes also fail: {sorted(err_codes - {exp['code']})} {fails}")

    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in required:
        if code_count.get(code, 0) < 2:
            problems.append(f"code {code} occurs {code_count.get(code, 0)} times, need at least 2")

    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases ({len(clean_ids)} clean), {sum(code_count.values())} injected errors, "
          f"{len(code_count)} codes")
    print("OK")


if __name__ == "__main__":
    main()
