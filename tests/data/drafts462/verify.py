#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; 35 cases, 5 clean + 30 errors;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. a changed figure occurs once in the clean draft (twice or more for conflicting_values);
4. each of the 13 codes of errors.md §A (numeric, error severity) is used at least twice;
5. the arithmetic of every draft is redone: in a clean draft every check passes; in an error
   case the labelled code fails and no other error-level code fails.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN = {"score_rule_mismatch"}


class ExtractError(Exception):
    pass


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d counted in the stated string."""
    v = D(stated)
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(D(computed) - v) <= tol


def same(a, b):
    """Two stated figures of one quantity agree within the coarser of their precisions."""
    d = min(decimals(a), decimals(b))
    tol = Decimal(5) * Decimal(10) ** (-(d + 1)) + Decimal("1e-9")
    return abs(D(a) - D(b)) <= tol


def r2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")


def strip_sign(s):
    s = s.strip()
    for sign in ("≥", "≤", "＞＝", "＜＝", ">=", "<=", "=", "＝", "＞", "＜", ">", "<"):
        if s.startswith(sign):
            return s[len(sign):].strip()
    return s


def direction(target):
    s = target.strip()
    if s.startswith(("≥", ">=", "＞＝", "＞", ">")):
        return "gte"
    if s.startswith(("≤", "<=", "＜＝", "＜", "<")):
        return "lte"
    return "eq"


def unit_of(cell):
    s = strip_sign(cell)
    if DATE.match(s):
        return "date"
    m = re.match(r"^[\d.,]+(.*)$", s)
    if not m:
        return None
    u = m.group(1).strip()
    for tail in ("前", "以内", "以上"):
        if u.endswith(tail):
            u = u[: -len(tail)]
    return u


def value_of(cell):
    s = strip_sign(cell)
    m = re.match(r"^([\d.,]+)", s)
    return D(m.group(1)) if m else None


def as_date(cell):
    m = DATE.match(strip_sign(cell))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def completion(target, actual):
    """rules.md §5: gte/eq A/T; lte 100 when A <= T else T/A; None when not computable."""
    if unit_of(target) != unit_of(actual) or unit_of(target) in (None, "date"):
        return None
    T, A = value_of(target), value_of(actual)
    d = direction(target)
    if d == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if T == 0:
        return Decimal(100) if A <= 0 else Decimal(0)
    return A / T * 100


def rule_score(target, actual, w):
    w = D(w)
    if unit_of(target) == "date" and unit_of(actual) == "date":
        return w if as_date(actual) <= as_date(target) else Decimal(0)
    if unit_of(target) != unit_of(actual) or unit_of(target) is None:
        return None
    T, A = value_of(target), value_of(actual)
    d = direction(target)
    if d == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else Decimal(0)
    return w * min(A / T, Decimal(1))


def table_rows(text):
    rows = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells if c):
                continue
        elif "｜" in line:
            cells = [c.strip() for c in line.split("｜")]
        elif "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
        else:
            continue
        rows.append(cells)
    return rows


class Ctx:
    def __init__(self, text):
        self.t = text
        self.rows = table_rows(text)
        self.results = []

    # -- extraction -------------------------------------------------------------
    def s(self, pat, group=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0].group(group)

    def all(self, pat, group=1):
        return [m.group(group) for m in re.finditer(pat, self.t)]

    def row(self, key, col=None):
        found = [r for r in self.rows if (key in r if col is None else len(r) > col and r[col] == key)]
        if len(found) != 1:
            raise ExtractError(f"row {key!r} found {len(found)} times")
        return found[0]

    # -- checks -----------------------------------------------------------------
    def chk(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    def close(self, code, stated, computed, msg):
        self.chk(code, consistent(stated, computed), f"{msg}: stated {stated}, computed {r2(computed)}")

    def agree(self, code, values, msg):
        ok = all(same(values[0], v) for v in values[1:])
        self.chk(code, ok, f"{msg}: {values}")

    def product(self, total_wan, count, per_unit, unit, msg):
        """count x per-unit amount = total (万元); a power-of-ten slip in the unit is unit_mismatch."""
        per_yuan = D(per_unit) * (10000 if unit == "万元" else 1)
        comp = D(count) * per_yuan / 10000
        if consistent(total_wan, comp):
            self.chk("sum_mismatch", True, msg)
        elif any(consistent(total_wan, comp / f) for f in (Decimal(10000), Decimal(100000000))) \
                or any(consistent(total_wan, comp * f) for f in (Decimal(10000),)):
            self.chk("unit_mismatch", False, f"{msg}: {count} x {per_unit}{unit} reconciles with "
                                             f"{total_wan}万元 only after rescaling by 10^4")
        else:
            self.chk("sum_mismatch", False, f"{msg}: {count} x {per_unit}{unit} != {total_wan}万元")

    def year_after(self, code, year, eval_year, msg):
        self.chk(code, int(year) > eval_year, f"{msg}: {year} vs evaluation year {eval_year}")

    def year_eq(self, code, year, eval_year, msg):
        self.chk(code, int(year) == eval_year, f"{msg}: {year} vs evaluation year {eval_year}")

    def pct_ok(self, stated, msg):
        self.chk("implausible_rate", D(stated) <= 100 and D(stated) >= 0, f"{msg}: {stated}%")

    def indicators(self, spec, total, grade_words, exec_row=None):
        """spec: list of (三级指标 name); cols: dict of column indices on self.cols."""
        cols = self.cols
        wsum = Decimal(0)
        ssum = Decimal(0)
        if exec_row is not None:
            w, sc, rate = exec_row
            wsum += D(w)
            ssum += D(sc)
            self.chk("score_exceeds_weight", D(sc) <= D(w) and D(sc) >= 0, f"execution score {sc} / {w}")
            exp = D(w) * min(D(rate) / 100, Decimal(1))
            if not consistent(sc, exp):
                self.results.append(("score_rule_mismatch", False, f"execution score {sc} vs {r2(exp)}"))
        for name in spec:
            r = self.row(name, cols["name"])
            T, A, w, sc = r[cols["target"]], r[cols["actual"]], r[cols["weight"]], r[cols["score"]]
            wsum += D(w)
            ssum += D(sc)
            self.chk("score_exceeds_weight", D(sc) <= D(w) and D(sc) >= 0, f"{name}: score {sc} / weight {w}")
            uT, uA = unit_of(T), unit_of(A)
            self.chk("unit_mismatch", uT == uA, f"{name}: target {T} / actual {A}")
            if uA == "%":
                self.pct_ok(str(value_of(A)), f"{name} actual")
            if "completion" in cols:
                stated = r[cols["completion"]]
                comp = completion(T, A)
                if comp is not None and stated not in ("—", ""):
                    self.close("completion_mismatch", stated.rstrip("%"), comp, f"{name} 完成率")
            exp = rule_score(T, A, w)
            if exp is not None and not consistent(sc, exp):
                self.results.append(("score_rule_mismatch", False, f"{name}: score {sc} vs rule {r2(exp)}"))
        if self.weight_total is not None:
            self.chk("weight_sum_mismatch", D(self.weight_total) == 100, f"stated weight total {self.weight_total}")
        self.chk("weight_sum_mismatch", wsum == 100 and (self.weight_total is None or wsum == D(self.weight_total)),
                 f"weights sum to {wsum}")
        self.close("score_sum_mismatch", total, ssum, "sum of row scores vs stated total")
        for g in grade_words:
            self.chk("grade_mismatch", GRADE_WORDS[g] == band(total), f"grade {g} for total {total}")


# =============================================================================== A
def check_jinzhai(c):
    EY = 2022
    t = c.t
    # funds in prose
    init = c.s(r"年初县财政安排征兵工作经费(\d+)万元")
    add = c.s(r"10月份县财政追加([\d.]+)万元")
    carry = c.s(r"加上2021年结转的([\d.]+)万元")
    annual = c.s(r"本年度全年预算为([\d.]+)万元")
    c.close("sum_mismatch", annual, D(init) + D(add) + D(carry), "年初 + 追加 + 上年结转 = 全年预算")
    b = [c.s(r"第一批([\d.]+)万元（金财预〔(\d{4})〕19号"), c.s(r"第二批([\d.]+)万元（金财预〔(\d{4})〕87号"),
         c.s(r"第三批([\d.]+)万元（金财预〔(\d{4})〕165号")]
    bsum = c.s(r"三批合计([\d.]+)万元")
    c.close("sum_mismatch", bsum, sum(D(x) for x in b), "three batches")
    c.agree("conflicting_values", [add, b[2]], "追加 = 第三批")
    for y in c.all(r"金财预〔(\d{4})〕"):
        c.year_eq("year_mismatch", y, EY, "allocation document year")
    c.close("rate_mismatch", c.s(r"资金到位率(\d+)%"), (D(bsum) + D(carry)) / D(annual) * 100, "到位率")
    spent = c.s(r"全年实际支出([\d.]+)万元")
    c.chk("rate_mismatch", D(spent) / D(annual) * 100 > D(c.s(r"执行率超过(\d+)%")), "执行率超过95%")
    items = [c.s(p) for p in (r"体检及政治考核费([\d.]+)万元", r"宣传发动费([\d.]+)万元", r"役前教育训练费([\d.]+)万元",
                               r"征兵站运行保障费([\d.]+)万元", r"新兵起运及欢送费([\d.]+)万元")]
    c.close("sum_mismatch", spent, sum(D(x) for x in items), "expenditure items")
    c.close("balance_mismatch", c.s(r"年末结余([\d.]+)万元"), D(annual) - D(spent), "结余 = 全年预算 - 支出")
    c.year_after("year_mismatch", c.s(r"结转至(\d{4})年"), EY, "carry-forward year")
    c.chk("year_mismatch", int(c.s(r"加上(\d{4})年结转")) < EY, "carry-in year")
    c.year_eq("year_mismatch", c.s(r"^金寨县人民武装部\n(\d{4})年度"), EY, "title year")
    c.year_eq("year_mismatch", c.s(r"项目支出绩效自评表（(\d{4})年度）"), EY, "table year")
    # recruits
    total = c.s(r"全年共批准入伍新兵(\d+)名")
    h1, h2 = c.s(r"其中上半年(\d+)名"), c.s(r"下半年(\d+)名，完成")
    c.close("sum_mismatch", total, D(h1) + D(h2), "上半年 + 下半年")
    towns = c.s(r"分别为((?:\d+名、)+\d+名)，其余17个乡镇")
    rest = c.s(r"其余17个乡镇(\d+)名")
    town_total = c.s(r"，合计(\d+)名。")
    c.close("sum_mismatch", town_total, sum(D(x) for x in re.findall(r"(\d+)名", towns)) + D(rest), "townships")
    task = c.s(r"完成年度征集任务(\d+)名的")
    c.close("completion_mismatch", c.s(r"任务\d+名的([\d.]+)%"), D(total) / D(task) * 100, "征集任务完成率")
    exam, ok = c.s(r"全年上站体检(\d+)人"), c.s(r"体检合格(\d+)人")
    rate = c.s(r"体检合格率([\d.]+)%")
    c.close("rate_mismatch", rate, D(ok) / D(exam) * 100, "体检合格率")
    c.pct_ok(rate, "体检合格率")
    grads = c.s(r"在校生(\d+)名")
    c.close("sum_mismatch", c.s(r"全年累计(\d+)人·天"), D(total) * D(c.s(r"每批集中(\d+)天")), "役前教育人·天")
    c.close("average_mismatch", c.s(r"人均约(\d+)元"), D(spent) * 10000 / D(total), "人均征兵经费 (prose)")
    # table: funds block
    c.cols = dict(name=2, target=3, actual=4, weight=5, score=6)
    fr = c.row("年度资金总额")
    parts = [c.row("其中：当年财政拨款"), c.row("上年结转资金"), c.row("其他资金")]
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.close("sum_mismatch", fr[k], sum(D(p[k]) for p in parts), f"funds block {col} column")
    c.close("rate_mismatch", fr[5].rstrip("%"), D(fr[3]) / D(fr[2]) * 100, "table 执行率")
    c.pct_ok(fr[5].rstrip("%"), "table 执行率")
    c.chk("implausible_rate", D(fr[3]) <= D(fr[2]), "spent <= budget")
    c.agree("conflicting_values", [annual, fr[2]], "全年预算 prose/table")
    c.agree("conflicting_values", [spent, c.s(r"全年征兵经费([\d.]+)万元"), fr[3]], "全年支出")
    c.agree("conflicting_values", [init, parts[0][1]], "当年年初预算")
    c.agree("conflicting_values", [carry, parts[1][2]], "上年结转")
    c.agree("conflicting_values", [bsum, parts[0][2]], "当年财政拨款全年")
    # indicator rows
    def act(name):
        return c.row(name, 2)[4]
    c.agree("conflicting_values", [total, town_total, str(value_of(act("批准入伍新兵人数")))], "recruits")
    c.agree("conflicting_values", [exam, str(value_of(act("上站体检人数")))], "上站体检")
    c.agree("conflicting_values", [c.s(r"入户覆盖率([\d.]+)%"), str(value_of(act("征兵宣传进村入户覆盖率")))], "覆盖率")
    c.agree("conflicting_values", [c.s(r"满意度([\d.]+)%。"), str(value_of(act("新兵及家属满意度")))], "满意度")
    c.agree("conflicting_values", [c.s(r"人均约(\d+)元"), str(value_of(act("人均征兵经费")))], "人均经费")
    c.chk("conflicting_values", as_date(act("新兵交接完成时间"))[1:] == tuple(int(x) for x in c.s(r"下半年新兵于(\d+月\d+日)前", 1).replace("日", "").split("月")), "交接日期")
    c.close("average_mismatch", str(value_of(act("人均征兵经费"))), D(fr[3]) * 10000 / D(total), "人均征兵经费 (table)")
    share = act("大学生新兵占比")
    if share.endswith("%"):
        c.close("rate_mismatch", share.rstrip("%"), D(grads) / D(total) * 100, "大学生新兵占比")
    c.weight_total = c.row("总分")[5]
    tot = c.row("总分")[6]
    grades = [c.s(r"综合评定等级为“(.)”")]
    c.indicators(["批准入伍新兵人数", "上站体检人数", "大学生新兵占比", "因身体、政治原因退兵人数", "新兵交接完成时间",
                  "人均征兵经费", "新兵入营复检合格率", "征兵宣传进村入户覆盖率", "新兵及家属满意度"],
                 tot, grades, exec_row=(fr[4], fr[6], fr[5].rstrip("%")))


# =============================================================================== B
def check_pingyi(c):
    EY = 2020
    init = c.s(r"年初预算([\d.]+)万元（平财预")
    add = c.s(r"县财政追加([\d.]+)万元")
    annual = c.s(r"全年预算([\d.]+)万元，已全部拨付到位")
    c.close("sum_mismatch", annual, D(init) + D(add), "年初 + 追加")
    for y in c.all(r"平财预〔(\d{4})〕"):
        c.year_eq("year_mismatch", y, EY, "document year")
    c.year_eq("year_mismatch", c.s(r"截至(\d{4})年12月31日"), EY, "截至 date")
    c.year_eq("year_mismatch", c.s(r"^平邑县人民武装部(\d{4})年度"), EY, "title year")
    c.year_eq("year_mismatch", c.s(r"\n(\d{4})年度项目支出绩效自评表"), EY, "table year")
    c.chk("year_mismatch", int(c.s(r"比(\d{4})年的95.8%")) < EY, "comparison year")
    spent = c.s(r"项目支出([\d.]+)万元，执行率")
    prate = c.s(r"执行率([\d.]+)%。其中")
    c.close("rate_mismatch", prate, D(spent) / D(annual) * 100, "执行率 prose")
    items = [c.s(p) for p in (r"参训民兵误工补贴([\d.]+)万元", r"伙食及住宿([\d.]+)万元", r"训练器材和油料([\d.]+)万元",
                               r"教练员补助及后勤保障([\d.]+)万元")]
    c.close("sum_mismatch", spent, sum(D(x) for x in items), "expenditure items")
    c.close("balance_mismatch", c.s(r"结余([\d.]+)万元"), D(annual) - D(spent), "结余")
    pd_total = c.s(r"全年共(\d+)人·天")
    c.product(items[0], pd_total, c.s(r"标准为每人每天(\d+)(元)"), c.s(r"标准为每人每天\d+(万?元)"), "误工补贴 = 标准 x 人·天")
    cats = c.s(r"分别参训(\d+)人、(\d+)人、(\d+)人", 0)
    ppl = [D(x) for x in re.findall(r"(\d+)人", cats)]
    days = [D(x) for x in re.findall(r"(\d+)天", c.s(r"训练时间分别为(\d+天、\d+天、\d+天)"))]
    tot_p, tot_pd = c.s(r"合计(\d+)人、\d+人·天"), c.s(r"合计\d+人、(\d+)人·天")
    c.close("sum_mismatch", tot_p, sum(ppl), "participants by category")
    c.close("sum_mismatch", tot_pd, sum(p * d for p, d in zip(ppl, days)), "人·天 by category")
    c.close("average_mismatch", c.s(r"人均参训([\d.]+)天"), D(tot_pd) / D(tot_p), "人均参训天数")
    plan, real = c.s(r"原计划训练(\d+)人"), c.s(r"实际参训(\d+)人")
    c.close("rate_mismatch", c.s(r"参训率([\d.]+)%"), D(real) / D(plan) * 100, "参训率")
    c.close("sum_mismatch", c.s(r"(\d+)人因外出务工请假"), D(plan) - D(real), "plan - actual")
    passed = c.s(r"合格(\d+)人，考核合格率")
    prose_pass = c.s(r"考核合格率([\d.]+)%，比")
    c.close("rate_mismatch", prose_pass, D(passed) / D(real) * 100, "考核合格率")
    # table
    c.cols = dict(name=2, target=3, actual=4, weight=5, score=6)
    fr = c.row("年度资金总额")
    cur = c.row("其中：当年财政拨款")
    for k in (1, 2, 3):
        c.close("sum_mismatch", fr[k], D(cur[k]), "funds block total = 当年财政拨款")
    c.close("rate_mismatch", fr[5].rstrip("%"), D(fr[3]) / D(fr[2]) * 100, "table 执行率")
    c.pct_ok(fr[5].rstrip("%"), "执行率")
    c.chk("implausible_rate", D(spent) <= D(annual), "spent <= budget")
    c.agree("conflicting_values", [init, fr[1]], "年初")
    c.agree("conflicting_values", [annual, fr[2]], "全年预算")
    c.agree("conflicting_values", [spent, fr[3]], "执行数")
    c.agree("conflicting_values", [prate, fr[5].rstrip("%")], "执行率")

    def act(name):
        return str(value_of(c.row(name, 2)[4]))
    goal = c.s(r"\t组织\d+名基干民兵集中训练.*\t(集中训练.*)\n", 1)
    c.agree("conflicting_values", [c.s(r"共组织基干民兵集中训练(\d+)人"), tot_p, real, act("参训基干民兵人数"),
                                   re.search(r"集中训练(\d+)名", goal).group(1)], "trained militia")
    c.agree("conflicting_values", [pd_total, tot_pd, act("训练总量"), re.search(r"训练总量(\d+)人", goal).group(1)], "人·天")
    c.agree("conflicting_values", [prose_pass, act("训练考核合格率"), re.search(r"考核合格率([\d.]+)%", goal).group(1)], "合格率")
    c.agree("conflicting_values", [c.s(r"汛期先后(\d+)次"), act("民兵参加防汛抢险等应急任务"),
                                   re.search(r"防汛抢险任务(\d+)次", goal).group(1)], "应急任务次数")
    c.agree("conflicting_values", [c.s(r"计划训练基干民兵(\d+)人"), plan, str(value_of(c.row("参训基干民兵人数", 2)[3]))], "plan")
    c.agree("conflicting_values", [c.s(r"标准为每人每天(\d+)"), act("误工补贴标准")], "补贴标准")
    c.chk("conflicting_values", c.s(r"全部训练在(\d+月\d+日)结束") == "{}月{}日".format(*as_date(c.row("年度训练完成时间", 2)[4])[1:]), "完成日期")
    prose_total = c.s(r"本项目自评得分([\d.]+)分")
    c.agree("conflicting_values", [c.s(r"预算执行率得([\d.]+)分"), fr[6]], "execution score")
    c.agree("conflicting_values", [c.s(r"略低于目标值，得([\d.]+)分"), c.row("参训基干民兵人数", 2)[6]], "row score")
    c.weight_total = c.row("总分")[5]
    tot = c.row("总分")[6]
    c.agree("conflicting_values", [prose_total, tot], "total")
    c.indicators(["参训基干民兵人数", "训练总量", "训练考核合格率", "年度训练完成时间", "误工补贴标准",
                  "民兵参加防汛抢险等应急任务", "应急队伍人员在位率", "参训民兵满意度"],
                 tot, [c.s(r"等级为“(.)”")], exec_row=(fr[4], fr[6], fr[5].rstrip("%")))


# =============================================================================== C
def check_shaodong(c):
    EY = 2021
    init = c.s(r"年初预算(\d+)万元，其中")
    prov, local = c.s(r"其中省级补助(\d+)万元"), c.s(r"市本级(\d+)万元；")
    c.close("sum_mismatch", init, D(prov) + D(local), "年初 = 省级 + 本级")
    carry = c.s(r"上年结转([\d.]+)万元；")
    add = c.s(r"年中市本级追加(\d+)万元")
    annual = c.s(r"调整后全年预算([\d.]+)万元")
    c.close("sum_mismatch", annual, D(init) + D(carry) + D(add), "年初 + 结转 + 追加")
    b1 = c.s(r"省级补助([\d.]+)万元，由省财政于")
    b2 = c.s(r"市本级第一批([\d.]+)万元")
    b3 = c.s(r"市本级第二批([\d.]+)万元")
    c.agree("conflicting_values", [prov, b1], "省级补助")
    c.close("sum_mismatch", str(D(local) + D(add)), D(b2) + D(b3), "本级 年初 + 追加 = two local batches")
    c.chk("year_mismatch", c.s(r"由省财政于(\d{4}年\d+)月") == f"{EY - 1}年12", "advance issue in December before")
    c.year_eq("year_mismatch", c.s(r"湘财社指〔(\d{4})〕"), EY - 1, "advance document year")
    for y in c.all(r"邵东财行〔(\d{4})〕"):
        c.year_eq("year_mismatch", y, EY, "document year")
    for y in c.all(r"(\d{4})年(?:4|10)月以邵东财行"):
        c.year_eq("year_mismatch", y, EY, "issue date year")
    c.year_after("year_mismatch", c.s(r"结转至(\d{4})年"), EY, "carry-forward year")
    c.year_eq("year_mismatch", c.s(r"\n(\d{4})年度义务兵家庭优待金"), EY, "title year")
    c.year_eq("year_mismatch", c.s(r"自评表（(\d{4})年度）"), EY, "table year")
    c.close("rate_mismatch", c.s(r"到位率(\d+)%"), (D(b1) + D(b2) + D(b3) + D(carry)) / D(annual) * 100, "到位率")
    spent = c.s(r"全年支出([\d.]+)万元")
    c.chk("rate_mismatch", D(spent) / D(annual) * 100 >= D(c.s(r"执行率在(\d+)%以上")), "执行率在95%以上")
    n = c.s(r"两批共批准入伍义务兵(\d+)名")
    c.close("sum_mismatch", n, D(c.s(r"上半年(\d+)名、")) + D(c.s(r"下半年(\d+)名）")), "recruits by half-year")
    yd = c.s(r"第一年度优待金，计([\d.]+)万元")
    c.product(yd, n, c.s(r"每人每年([\d,]+)万?元"), c.s(r"每人每年[\d,]+(万?元)"), "优待金 = 人数 x 标准")
    grads = c.s(r"新兵中大学生(\d+)名")
    award = c.s(r"大学生新兵一次性入伍奖励。.*计([\d.]+)万元")
    c.product(award, grads, c.s(r"按每人([\d,]+)万?元发放"), c.s(r"按每人[\d,]+(万?元)发放"), "奖励 = 人数 x 标准")
    work = c.s(r"征兵工作经费。支出([\d.]+)万元")
    c.close("sum_mismatch", work, D(c.s(r"其中体检费([\d.]+)万元")) + D(c.s(r"宣传等费用([\d.]+)万元")), "工作经费 items")
    c.close("sum_mismatch", spent, D(yd) + D(award) + D(work), "expenditure parts")
    c.close("balance_mismatch", c.s(r"年末结余([\d.]+)万元"), D(annual) - D(spent), "结余")
    c.close("average_mismatch", c.s(r"人均(\d+)元。"), D(work) * 10000 / D(n), "人均征兵工作经费")
    c.close("rate_mismatch", c.s(r"体检合格率([\d.]+)%"), D(c.s(r"体检合格(\d+)人")) / D(c.s(r"上站体检(\d+)人")) * 100, "体检合格率")
    # table
    c.cols = dict(name=2, target=3, actual=4, completion=5, weight=6, score=7)
    fr = c.row("年度资金总额")
    parts = [c.row("其中：当年财政拨款"), c.row("上年结转资金"), c.row("其他资金")]
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.close("sum_mismatch", fr[k], sum(D(p[k]) for p in parts), f"funds block {col}")
    c.close("rate_mismatch", fr[5].rstrip("%"), D(fr[3]) / D(fr[2]) * 100, "table 执行率")
    c.pct_ok(fr[5].rstrip("%"), "执行率")
    c.chk("implausible_rate", D(fr[3]) <= D(fr[2]), "spent <= budget")
    c.agree("conflicting_values", [init, fr[1]], "年初")
    c.agree("conflicting_values", [annual, fr[2]], "全年预算")
    c.agree("conflicting_values", [spent, fr[3]], "执行")
    c.agree("conflicting_values", [carry, parts[1][2], parts[1][3]], "上年结转")
    c.agree("conflicting_values", [str(D(b1) + D(b2) + D(b3)), parts[0][2]], "当年拨款全年")

    def act(name):
        return str(value_of(c.row(name, 2)[4]))
    c.agree("conflicting_values", [n, c.s(r"(\d+)名新兵中大学生"), c.s(r"全年批准入伍(\d+)名"), act("批准入伍义务兵人数")], "recruits")
    c.agree("conflicting_values", [grads, c.s(r"；大学生新兵(\d+)名；"), act("大学生新兵人数")], "graduates")
    c.close("completion_mismatch", c.s(r"完成年度征集任务的([\d.]+)%"), D(n) / value_of(c.row("批准入伍义务兵人数", 2)[3]) * 100, "prose 完成率")
    c.agree("conflicting_values", [c.s(r"完成年度征集任务的([\d.]+)%"), c.row("批准入伍义务兵人数", 2)[5].rstrip("%")], "完成率")
    c.agree("conflicting_values", [c.s(r"完成上级下达的年度征集任务(\d+)人"), str(value_of(c.row("批准入伍义务兵人数", 2)[3]))], "task")
    c.agree("conflicting_values", [c.s(r"政策知晓率([\d.]+)%"), act("优待政策知晓率")], "知晓率")
    c.agree("conflicting_values", [c.s(r"义务兵家庭满意度([\d.]+)%"), act("义务兵家庭满意度")], "满意度")
    c.agree("conflicting_values", [c.s(r"人均(\d+)元。"), act("人均征兵工作经费")], "人均经费")
    c.chk("conflicting_values", c.s(r"优待金于(\d+月\d+日)前全部发放") == "{}月{}日".format(*as_date(c.row("优待金发放完成时间", 2)[4])[1:]), "发放日期")
    c.weight_total = c.row("总分")[6]
    tot = c.row("总分")[7]
    c.agree("conflicting_values", [c.s(r"本项目自评得分([\d.]+)分"), tot], "total")
    c.indicators(["批准入伍义务兵人数", "大学生新兵人数", "优待金发放覆盖率", "优待金发放完成时间", "人均征兵工作经费",
                  "优待政策知晓率", "因家庭原因申请退兵人数", "义务兵家庭满意度"],
                 tot, [c.s(r"评价等级为“(..)”")], exec_row=(fr[4], fr[6], fr[5].rstrip("%")))


# =============================================================================== D
def check_minqin(c):
    EY = 2024
    init = c.s(r"年年初预算([\d.]+)万元")
    basic, proj = c.s(r"其中基本支出([\d.]+)万元、项目支出"), c.s(r"项目支出([\d.]+)万元；")
    c.close("sum_mismatch", init, D(basic) + D(proj), "年初 = 基本 + 项目")
    add = c.s(r"年内追加项目资金([\d.]+)万元")
    annual = c.s(r"全年预算([\d.]+)万元，较")
    c.close("sum_mismatch", annual, D(init) + D(add), "年初 + 追加")
    last = c.s(r"较(\d{4})年的([\d.]+)万元", 2)
    c.chk("year_mismatch", int(c.s(r"较(\d{4})年的")) == EY - 1, "prior-year comparison")
    c.close("sum_mismatch", c.s(r"万元增加([\d.]+)万元"), D(annual) - D(last), "increase over last year")
    dates = c.all(r"截至(\d{4})年12月31日")
    for y in dates:
        c.year_eq("year_mismatch", y, EY, "截至 date")
    c.year_after("year_mismatch", c.s(r"结转至(\d{4})年"), EY, "carry-forward year")
    c.year_eq("year_mismatch", c.s(r"^民勤县人民武装部(\d{4})年度"), EY, "title year")
    spent = c.s(r"部门全年支出([\d.]+)万元")
    prate = c.s(r"预算执行率([\d.]+)%。")
    c.close("rate_mismatch", prate, D(spent) / D(annual) * 100, "部门执行率")
    c.chk("implausible_rate", D(spent) <= D(annual), "spent <= budget")
    pbasic, pproj = c.s(r"其中基本支出([\d.]+)万元，全部"), c.s(r"；项目支出([\d.]+)万元。")
    c.close("sum_mismatch", spent, D(pbasic) + D(pproj), "spent = basic + project")
    c.agree("conflicting_values", [basic, pbasic], "basic spending (no adjustment, fully spent)")
    left = c.s(r"年末未使用资金([\d.]+)万元")
    c.close("balance_mismatch", left, D(annual) - D(spent), "unused = budget - spent")
    lparts = [c.s(r"其中征兵工作经费([\d.]+)万元、"), c.s(r"民兵组织建设和军事训练经费([\d.]+)万元、国防"),
              c.s(r"国防教育和国防动员经费([\d.]+)万元，经")]
    c.close("sum_mismatch", left, sum(D(x) for x in lparts), "unused by project")
    names = ["征兵工作经费", "民兵组织建设和军事训练经费", "国防教育和国防动员经费"]
    prow = [c.row(n, 0) for n in names]
    tr = c.row("合计（平均）", 0)
    c.close("sum_mismatch", tr[1], sum(D(r[1]) for r in prow), "project budgets")
    c.close("sum_mismatch", tr[2], sum(D(r[2]) for r in prow), "project spending")
    c.close("sum_mismatch", tr[1], D(proj) + D(add), "project budgets = 年初项目 + 追加")
    c.agree("conflicting_values", [pproj, tr[2]], "project spending")
    for r, lp in zip(prow + [tr], lparts + [None]):
        c.close("rate_mismatch", r[3].rstrip("%"), D(r[2]) / D(r[1]) * 100, f"{r[0]} 执行率")
        c.pct_ok(r[3].rstrip("%"), f"{r[0]} 执行率")
        c.chk("implausible_rate", D(r[2]) <= D(r[1]), f"{r[0]} spent <= budget")
        if lp is not None:
            c.close("balance_mismatch", lp, D(r[1]) - D(r[2]), f"{r[0]} unused")
            c.chk("grade_mismatch", GRADE_WORDS[r[5]] == band(r[4]), f"{r[0]} grade")
            c.chk("score_exceeds_weight", D(r[4]) <= 100, f"{r[0]} score <= 100")
    c.close("average_mismatch", tr[4], sum(D(r[4]) for r in prow) / 3, "average project score")
    c.chk("grade_mismatch", all(D(r[4]) >= 90 for r in prow), "均在90分以上")
    # outputs in prose
    n = c.s(r"共输送新兵(\d+)名")
    c.close("sum_mismatch", n, D(c.s(r"其中上半年(\d+)名")) + D(c.s(r"下半年(\d+)名，大学生")), "recruits by half-year")
    grads = c.s(r"大学生(\d+)名，大学生")
    people = c.s(r"全年共计(\d+)人、")
    pd = c.s(r"全年共计\d+人、(\d+)人·天")
    g1, d1 = c.s(r"基干民兵集中训练(\d+)人、每人(\d+)天", 1), c.s(r"基干民兵集中训练\d+人、每人(\d+)天")
    g2, d2 = c.s(r"专业分队训练(\d+)人、每人(\d+)天", 1), c.s(r"专业分队训练\d+人、每人(\d+)天")
    c.close("sum_mismatch", people, D(g1) + D(g2), "trained people")
    c.close("sum_mismatch", pd, D(g1) * D(d1) + D(g2) * D(d2), "人·天")
    plan = c.s(r"比年度计划(\d+)人·天少")
    c.close("sum_mismatch", c.s(r"人·天少(\d+)人·天"), D(plan) - D(pd), "shortfall")
    c.pct_ok(c.s(r"装备器材完好率([\d.]+)%"), "装备完好率")
    # indicator table
    c.cols = dict(name=2, target=3, actual=4, weight=5, score=6)

    def act(name):
        return str(value_of(c.row(name, 2)[4]))
    er = c.row("部门预算执行率", 2)
    c.close("rate_mismatch", er[4].rstrip("%"), D(spent) / D(annual) * 100, "table 执行率")
    c.agree("conflicting_values", [prate, er[4].rstrip("%")], "执行率")
    c.agree("conflicting_values", [n, act("完成年度征兵任务")], "recruits")
    c.close("rate_mismatch", act("大学生新兵占比"), D(grads) / D(n) * 100, "大学生新兵占比")
    c.agree("conflicting_values", [c.s(r"编组基干民兵(\d+)人"), act("基干民兵编组人数")], "编组")
    c.agree("conflicting_values", [pd, act("民兵军事训练量")], "人·天")
    c.agree("conflicting_values", [plan, str(value_of(c.row("民兵军事训练量", 2)[3]))], "plan 人·天")
    c.agree("conflicting_values", [c.s(r"进校园活动(\d+)场"), act("国防教育进校园活动")], "场次")
    c.agree("conflicting_values", [c.s(r"经费支出([\d.]+)万元，控制"), act("“三公”经费支出")], "三公")
    c.agree("conflicting_values", [c.s(r"年初预算([\d.]+)万元以内"), str(value_of(c.row("“三公”经费支出", 2)[3]))], "三公 budget")
    c.agree("conflicting_values", [c.s(r"防火等任务(\d+)次"), act("民兵参与抢险救灾等任务")], "任务次数")
    c.weight_total = None
    tot = c.s(r"部门整体支出绩效自评得分([\d.]+)分")
    c.indicators(["完成年度征兵任务", "基干民兵编组人数", "民兵军事训练量", "国防教育进校园活动", "“三公”经费支出",
                  "大学生新兵占比", "民兵参与抢险救灾等任务", "社会公众满意度"],
                 tot, [c.s(r"评价等级为“(.)”")], exec_row=(er[5], er[6], er[4].rstrip("%")))


# =============================================================================== E
def check_meitan(c):
    EY = 2018
    init = c.s(r"年初预算(\d+)万元，其中")
    z, m = c.s(r"其中征兵工作(\d+)万元"), c.s(r"民兵应急分队训练(\d+)万元，年内未调整")
    c.close("sum_mismatch", init, D(z) + D(m), "年初 = 征兵 + 民兵")
    annual = c.s(r"全年预算([\d.]+)万元，县财政")
    c.agree("rate_mismatch", [init, annual], "年内未调整预算 => 年初 = 全年")
    spent = c.s(r"全年支出([\d.]+)万元，预算执行率")
    prate = c.s(r"预算执行率([\d.]+)%。其中")
    c.close("rate_mismatch", prate, D(spent) / D(annual) * 100, "执行率")
    zs, zr = c.s(r"征兵工作支出([\d.]+)万元"), c.s(r"征兵工作支出[\d.]+万元，执行率([\d.]+)%")
    ms, mr = c.s(r"民兵应急分队训练支出([\d.]+)万元"), c.s(r"民兵应急分队训练支出[\d.]+万元，执行率([\d.]+)%")
    c.close("rate_mismatch", zr, D(zs) / D(z) * 100, "征兵 sub-rate")
    c.close("rate_mismatch", mr, D(ms) / D(m) * 100, "民兵 sub-rate")
    for x in (prate, zr, mr):
        c.pct_ok(x, "execution rate")
    c.close("sum_mismatch", spent, D(zs) + D(ms), "spent = 征兵 + 民兵")
    c.close("balance_mismatch", c.s(r"年末结余([\d.]+)万元"), D(annual) - D(spent), "结余")
    c.year_eq("year_mismatch", c.s(r"已于(\d{4})年12月按规定交回"), EY, "return year")
    c.year_eq("year_mismatch", c.s(r"训练经费(\d{4})年度绩效自评报告"), EY, "title year")
    c.year_eq("year_mismatch", c.s(r"评价年度：(\d{4})年"), EY, "table year")
    c.year_eq("year_mismatch", c.s(r"\n(\d{4})年征兵工作从5月"), EY, "征兵 year")
    # expenditure table
    def amt(name):
        return c.row(name, 1)[2]
    sub = [r for r in c.rows if len(r) >= 3 and r[1] == "小计"]
    if len(sub) != 2:
        raise ExtractError("小计 rows")
    zitems = [amt("体检及政治考核"), amt("征兵宣传"), amt("役前教育及新兵起运")]
    mitems = [amt("参训民兵误工补贴"), amt("伙食补助"), amt("训练器材及耗材")]
    c.close("sum_mismatch", sub[0][2], sum(D(x) for x in zitems), "征兵 items")
    c.close("sum_mismatch", sub[1][2], sum(D(x) for x in mitems), "民兵 items")
    trs = [r for r in c.rows if r and r[0] == "合计" and len(r) <= 4]
    if len(trs) != 1:
        raise ExtractError("expenditure 合计 row")
    total_row = trs[0]
    c.close("sum_mismatch", total_row[2], D(sub[0][2]) + D(sub[1][2]), "subtotals")
    c.agree("conflicting_values", [zs, sub[0][2]], "征兵 spent")
    c.agree("conflicting_values", [ms, sub[1][2]], "民兵 spent")
    c.agree("conflicting_values", [spent, total_row[2]], "spent")
    pd = c.s(r"合计\d+人、(\d+)人·天")
    c.product(mitems[0], pd, c.s(r"误工补贴每人每天(\d+)万?元"), c.s(r"误工补贴每人每天\d+(万?元)"), "误工补贴")
    c.product(mitems[1], pd, c.s(r"伙食补助每人每天(\d+)万?元"), c.s(r"伙食补助每人每天\d+(万?元)"), "伙食补助")
    a1, d1 = c.s(r"应急连(\d+)人集中训练(\d+)天", 1), c.s(r"应急连\d+人集中训练(\d+)天")
    a2, d2 = c.s(r"共(\d+)人各训练(\d+)天", 1), c.s(r"共\d+人各训练(\d+)天")
    c.close("sum_mismatch", c.s(r"合计(\d+)人、\d+人·天"), D(a1) + D(a2), "trained people")
    c.close("sum_mismatch", pd, D(a1) * D(d1) + D(a2) * D(d2), "人·天")
    # 征兵
    n = c.s(r"批准入伍(\d+)名")
    exam, ok = c.s(r"上站体检(\d+)人"), c.s(r"体检合格(\d+)人")
    hrate = c.s(r"体检合格率([\d.]+)%；")
    c.close("rate_mismatch", hrate, D(ok) / D(exam) * 100, "体检合格率")
    task = c.s(r"完成上级下达的征集任务(\d+)名")
    c.close("completion_mismatch", c.s(r"完成征集任务的([\d.]+)%"), D(n) / D(task) * 100, "prose 完成率")
    # indicator table
    c.cols = dict(name=2, weight=3, target=4, actual=5, completion=6, score=7)

    def act(name):
        return str(value_of(c.row(name, 2)[5]))
    er = c.row("预算执行率", 2)
    c.close("rate_mismatch", er[5].rstrip("%"), D(spent) / D(annual) * 100, "table 执行率")
    c.close("completion_mismatch", er[6].rstrip("%"), D(er[5].rstrip("%")), "execution 完成率")
    c.agree("conflicting_values", [prate, er[5].rstrip("%")], "执行率")
    c.agree("conflicting_values", [c.s(r"共输送合格新兵(\d+)名"), n, act("完成年度征兵任务")], "recruits")
    c.agree("conflicting_values", [task, str(value_of(c.row("完成年度征兵任务", 2)[4]))], "task")
    c.agree("conflicting_values", [pd, act("民兵应急分队训练量")], "人·天")
    c.agree("conflicting_values", [c.s(r"考核合格率([\d.]+)%。"), act("民兵训练考核合格率")], "考核合格率")
    c.agree("conflicting_values", [hrate, act("新兵体检合格率")], "体检合格率")
    c.agree("conflicting_values", [c.s(r"命令后([\d.]+)小时完成集结"), act("应急分队接令后集结时间")], "集结时间")
    c.agree("conflicting_values", [c.s(r"满意度([\d.]+)%，略低于"), act("新兵家属及参训民兵满意度")], "满意度")
    c.agree("conflicting_values", [c.s(r"误工补贴每人每天(\d+)"), act("民兵误工补贴标准")], "补贴标准")
    c.chk("conflicting_values", c.s(r"新兵于(\d+月\d+日)全部起运") == "{}月{}日".format(*as_date(c.row("新兵起运交接时间", 2)[5])[1:]), "起运日期")
    ir = [r for r in c.rows if r and r[0] == "合计" and len(r) > 5]
    if len(ir) != 1:
        raise ExtractError("indicator 合计 row")
    c.weight_total = ir[0][3]
    tot = ir[0][7]
    c.agree("conflicting_values", [c.s(r"本项目自评得分([\d.]+)分"), tot], "total")
    grades = [c.s(r"自评等级为(..)。"), c.row("评价等级", 0)[1]]
    c.indicators(["完成年度征兵任务", "民兵应急分队训练量", "民兵训练考核合格率", "新兵起运交接时间", "民兵误工补贴标准",
                  "新兵体检合格率", "应急分队接令后集结时间", "新兵家属及参训民兵满意度"],
                 tot, grades, exec_row=(er[3], er[7], er[5].rstrip("%")))


CHECKS = {
    "ah-jinzhai-zhengbing-2022": check_jinzhai,
    "sd-pingyi-minbingxunlian-2020": check_pingyi,
    "hn-shaodong-youdaijin-2021": check_shaodong,
    "gs-minqin-renwubu-bumen-2024": check_minqin,
    "gz-meitan-zhengbingminbing-2018": check_meitan,
}

NUM = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.])")


def tokens_in(text, start, end):
    """Number tokens of text that overlap [start, end)."""
    return [m for m in NUM.finditer(text) if m.start() < end and m.end() > start]


def count_token(text, tok):
    return sum(1 for m in NUM.finditer(text) if m.group(0) == tok)


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def run_checks(pid, text):
    c = Ctx(text)
    CHECKS[pid](c)
    return c.results


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    if sum(1 for l in labels if l["clean"]) != 5:
        problems.append("expected 5 clean cases")
    code_count = {k: 0 for k in CODES}
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for pid, text in cleans.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: clean draft has {n} characters")
    for lab in labels:
        name = lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        pid = lab["source"]
        try:
            results = run_checks(pid, text)
        except ExtractError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        failed = {code for code, ok, _ in results if not ok and code not in WARN}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            for code, ok, msg in results:
                if not ok and code not in WARN:
                    problems.append(f"{name}: clean draft fails {code}: {msg}")
                if not ok and code in WARN:
                    problems.append(f"{name}: clean draft has warning {code}: {msg}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        if code not in CODES or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code} {e['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        if value not in text:
            problems.append(f"{name}: value {value!r} not in case")
            continue
        clean = cleans[pid]
        (cs, ce), (es, ee) = diff_region(clean, text)
        if ee - es > 160 or ce - cs > 160:
            problems.append(f"{name}: changed region too long ({ee - es} chars)")
        occ = [i for i in range(len(text)) if text.startswith(value, i)]
        if not any(i < max(ee, es + 1) and i + len(value) > es for i in occ):
            problems.append(f"{name}: label value does not overlap the changed region")
        # a changed figure must occur once in the clean draft (>= 2 for conflicting_values)
        old_toks = [m.group(0) for m in tokens_in(clean, cs, max(ce, cs + 1))]
        new_toks = [m.group(0) for m in tokens_in(text, es, max(ee, es + 1))]
        changed = [tk for tk in old_toks if tk not in new_toks]
        for tk in changed:
            if re.fullmatch(r"20\d\d", tk) and code == "year_mismatch":
                continue
            k = count_token(clean, tk)
            if code == "conflicting_values":
                if k < 2:
                    problems.append(f"{name}: conflicting figure {tk} occurs {k} time(s) in the clean draft")
            elif len(tk) >= 3 and k != 1:
                problems.append(f"{name}: changed figure {tk} occurs {k} times in the clean draft")
        if code not in failed:
            problems.append(f"{name}: labelled code {code} does not fail; failing: {sorted(failed)}")
        other = failed - {code}
        if other:
            msgs = [m for c2, ok, m in results if not ok and c2 in other]
            problems.append(f"{name}: other error codes fail: {sorted(other)} {msgs}")
    for k in CODES:
        if code_count.get(k, 0) < 2:
            problems.append(f"code {k} used {code_count.get(k, 0)} times")
    where = {}
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print("per code:", json.dumps(code_count, ensure_ascii=False))
    print("OK")


if __name__ == "__main__":
    main()
