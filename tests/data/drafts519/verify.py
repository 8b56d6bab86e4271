#!/usr/bin/env python3
"""Re-check every case of drafts519 from its text alone (standard library + decimal).

For each draft the figures are read back from the text (funds tables, indicator tables and
the prose sentences that restate them) and every identity of rules.md §7 that the draft
offers is recomputed with the tolerance of §8.  Findings are collected as (code, message).

Requirements checked:
  * every clean draft produces no finding at all;
  * every error case produces findings of exactly one code, the labelled one;
  * labels: 35 lines, value occurs exactly once in its case, the case differs from its clean
    draft by one contiguous edit (<= 40 characters on each side) that overlaps the value,
    every code of errors.md §A is used at least twice.
Prints OK when everything holds, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
HUNDRED = Decimal(100)
MONEY = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


# ----------------------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def dp(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal(5) * Decimal(10) ** (-dp(s) - 1) + Decimal("1e-9")


def consistent(stated, computed):
    """rules §8: stated string v with d decimals matches computed c iff |c - v| <= 0.5*10^-d."""
    return abs(Decimal(computed) - D(stated)) <= tol(stated)


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def is_dash(cell):
    return cell.strip() in ("—", "-", "－", "")


DIR_WORDS = [("≥", "gte"), ("＞＝", "gte"), (">=", "gte"), ("不低于", "gte"), ("不少于", "gte"),
             ("≤", "lte"), ("＜＝", "lte"), ("<=", "lte"), ("不超过", "lte"), ("不高于", "lte"),
             ("=", "eq"), ("＝", "eq")]


def qty(s):
    """Parse '≥5500叶' / '98.6万人次' / '200元' -> (direction, value_str, unit) or None (qualitative)."""
    s = s.strip()
    direction = "eq"
    for w, d in DIR_WORDS:
        if s.startswith(w):
            direction, s = d, s[len(w):].strip()
            break
    m = re.fullmatch(r"(" + NUM + r")\s*(.*)", s)
    if not m:
        return None
    return direction, m.group(1), m.group(2).strip()


def norm_unit(u):
    u = u.strip()
    if "/" in u:               # 元/叶 -> 元 (per-unit cost written with its base)
        u = u.split("/")[0]
    return u


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- checker
class Check:
    def __init__(self, name, text):
        self.name, self.text = name, text
        self.findings = []
        m = re.search(r"(\d{4})年度", text)
        self.year = int(m.group(1)) if m else None

    def fail(self, code, msg):
        self.findings.append((code, msg))

    def grab(self, pattern, what):
        m = re.search(pattern, self.text)
        if not m:
            self.fail("parse_error", f"cannot read {what}: /{pattern}/")
            return None
        return m

    def grab_all(self, pattern):
        return list(re.finditer(pattern, self.text))

    # --- comparisons ------------------------------------------------------------------
    def rate(self, stated, num, den, what):
        """A stated rate (percent string) against num/den*100 (I1/I2/I5)."""
        if D(den) == 0:
            if not (is_dash(stated) or D(stated) == 0):
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        c = D(num) / D(den) * HUNDRED
        if is_dash(stated):
            self.fail("rate_mismatch", f"{what}: rate missing, computed {q2(c)}")
            return
        if not consistent(stated, c):
            self.fail("rate_mismatch", f"{what}: stated {stated}, computed {q2(c)}")
        elif c > HUNDRED + Decimal("1e-9"):
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")

    def equal(self, code, stated, computed, what):
        if not consistent(stated, computed):
            self.fail(code, f"{what}: stated {stated}, computed {computed}")

    def same(self, a, b, what):
        """The same quantity written twice (I11); money units normalised, a 10^4 / 10^8 slip is I13(b)."""
        qa, qb = qty(a), qty(b)
        if qa is None or qb is None:
            self.fail("parse_error", f"{what}: cannot compare {a!r} / {b!r}")
            return
        va, ua = D(qa[1]), norm_unit(qa[2])
        vb, ub = D(qb[1]), norm_unit(qb[2])
        if ua in MONEY and ub in MONEY:
            na, nb = va * MONEY[ua], vb * MONEY[ub]
            t = max(tol(qa[1]) * MONEY[ua], tol(qb[1]) * MONEY[ub])
            if abs(na - nb) <= t:
                return
            for k in (Decimal(10) ** 4, Decimal(10) ** 8):
                if abs(na * k - nb) <= t * k or abs(nb * k - na) <= t * k:
                    self.fail("unit_mismatch", f"{what}: {a} vs {b} differ by a power of ten")
                    return
            self.fail("conflicting_values", f"{what}: {a} vs {b}")
            return
        if ua != ub and ua == "万" + ub:       # 12万叶 vs 120000叶
            va, ua = va * 10000, ub
        elif ua != ub and ub == "万" + ua:
            vb, ub = vb * 10000, ua
        if ua != ub:
            return  # different measures: a unit problem is reported by the row that carries it
        if abs(va - vb) > max(tol(qa[1]), tol(qb[1])):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def per_unit(self, cost_wan, count, stated, stated_unit, what):
        """cost (万元) / count = stated per-unit cost; stated in 元 normally."""
        c_yuan = D(cost_wan) * 10000 / D(count)
        factor = {"元": Decimal(1), "万元": Decimal(10000)}[stated_unit]
        v = D(stated) * factor
        if abs(v - c_yuan) <= tol(stated) * factor:
            return
        for k in (Decimal(10) ** 4, Decimal(10) ** 8):
            if abs(v - c_yuan * k) <= tol(stated) * factor or abs(v * k - c_yuan) <= tol(stated) * factor * k:
                self.fail("unit_mismatch", f"{what}: {stated}{stated_unit} vs computed {q2(c_yuan)}元")
                return
        self.fail("average_mismatch", f"{what}: {stated}{stated_unit} vs computed {q2(c_yuan)}元")

    # --- years (I14) --------------------------------------------------------------------
    def years(self):
        y = self.year
        if y is None:
            self.fail("parse_error", "no evaluation year")
            return
        for m in self.grab_all(r"(\d{4})年度"):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(0)} in a {y} report")
        for m in self.grab_all(r"结转至(\d{4})年"):
            if int(m.group(1)) <= y:
                self.fail("year_mismatch", f"{m.group(0)}: carry-over must go to a later year than {y}")
        for m in self.grab_all(r"截至(\d{4})年12月31日"):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(0)} in a {y} report")
        for m in self.grab_all(r"(\d{4})年(\d{1,2})月提前下达"):
            if int(m.group(1)) != y - 1 or int(m.group(2)) != 12:
                self.fail("year_mismatch", f"{m.group(0)}: an advance is issued in December {y - 1}")
        for m in self.grab_all(r"(\d{4})年(?:项目|部门)?年初预算"):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(0)} in a {y} report")
        for m in self.grab_all(r"资金于(\d{4})年\d{1,2}月前全部到位"):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(0)} in a {y} report")

    # --- tables -------------------------------------------------------------------------
    def table(self, header_start, sep):
        lines = self.text.split("\n")
        for i, line in enumerate(lines):
            if line.startswith(header_start) and sep in line:
                head = [c.strip() for c in line.split(sep)]
                rows = []
                for l2 in lines[i + 1:]:
                    if sep not in l2:
                        break
                    cells = [c.strip() for c in l2.split(sep)]
                    cells += [""] * (len(head) - len(cells))
                    rows.append(dict(zip(head, cells)))
                return head, rows
        self.fail("parse_error", f"table {header_start!r} not found")
        return None, []

    def funds_table(self, header_start):
        """MOF / Sichuan funds block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分."""
        head, rows = self.table(header_start, "｜")
        if not rows:
            return None
        key = head[0]
        byname = {}
        for r in rows:
            r["_label"] = r[key].replace("其中：", "").strip()
            byname[r["_label"]] = r
        total = byname.get("年度资金总额")
        parts = [r for r in rows if r["_label"] != "年度资金总额"]
        for col in ("年初预算数", "全年预算数", "全年执行数"):
            s = sum(D(r[col]) for r in parts)
            if not consistent(total[col], s):
                self.fail("sum_mismatch", f"funds {col}: total {total[col]} vs components {s}")
        for r in rows:
            self.rate(r["执行率"], r["全年执行数"], r["全年预算数"], f"funds row {r['_label']} 执行率")
        w, sc = total["分值"], total["得分"]
        if D(sc) > D(w) or D(sc) < 0:
            self.fail("score_exceeds_weight", f"execution score {sc} vs weight {w}")
        r_c = D(total["全年执行数"]) / D(total["全年预算数"])
        cands = [D(w) * min(r_c, Decimal(1))]
        if not is_dash(total["执行率"]):
            cands.append(D(w) * min(D(total["执行率"]) / HUNDRED, Decimal(1)))
        if not any(consistent(sc, c) for c in cands):
            self.fail("score_rule_mismatch", f"execution score {sc}, expected {q2(cands[0])}")
        return byname

    def indicators(self, rows, exec_rate=None):
        """Generic indicator rows: unit (I13), completion (I8), score bounds (I7), score rule (§5),
        satisfaction/rate range (I5). Returns (rows used, weight list, score list, total row)."""
        used, total_row = [], None
        for r in rows:
            first = r.get("一级指标", "")
            if first in ("总分", "合计"):
                total_row = r
                continue
            used.append(r)
            name = r["三级指标"]
            w, s = r["_w"], r["_s"]
            if D(s) > D(w) or D(s) < 0:
                self.fail("score_exceeds_weight", f"{name}: score {s} vs weight {w}")
            t, a, comp = r["_t"], r["_a"], r.get("_c")
            qt, qa = qty(t), qty(a)
            if qt is None:  # qualitative
                if comp and not is_dash(comp):
                    self.fail("completion_mismatch", f"{name}: qualitative row with completion {comp}")
                if "未达成" in a:
                    lo, hi = Decimal(0), Decimal("0.6")
                elif "部分" in a:
                    lo, hi = Decimal("0.6"), Decimal("0.8")
                else:
                    lo, hi = Decimal("0.8"), Decimal(1)
                ratio = D(s) / D(w) if D(w) else Decimal(0)
                if not (lo <= ratio <= hi) and D(s) <= D(w):
                    self.fail("score_rule_mismatch", f"{name}: qualitative score {s} of {w} outside band")
                continue
            if qa is None:
                self.fail("unit_mismatch", f"{name}: target {t} numeric, actual {a} not")
                continue
            if norm_unit(qt[2]) != norm_unit(qa[2]):
                self.fail("unit_mismatch", f"{name}: target {t} vs actual {a}")
                continue
            T, A = D(qt[1]), D(qa[1])
            if qa[2] == "%" and ("率" in name or "满意度" in name) and A > HUNDRED:
                self.fail("implausible_rate", f"{name}: {a} above 100%")
            if exec_rate is not None and "预算执行率" in name:
                if not consistent(qa[1], exec_rate):
                    self.fail("rate_mismatch", f"{name}: actual {a} vs computed {q2(exec_rate)}")
            if qt[0] == "lte":
                c = HUNDRED if A <= T else T / A * HUNDRED
            else:
                c = A / T * HUNDRED
            if comp is not None and not is_dash(comp):
                if not consistent(comp, c):
                    self.fail("completion_mismatch", f"{name}: stated {comp}, computed {q2(c)}")
            elif comp is not None:
                self.fail("completion_mismatch", f"{name}: completion missing for a numeric row")
            full = D(w) * min(c / HUNDRED, Decimal(1))
            cands = [full]
            if comp is not None and not is_dash(comp):
                cands.append(D(w) * min(D(comp) / HUNDRED, Decimal(1)))
            if D(s) <= D(w) and not any(consistent(s, x) for x in cands):
                self.fail("score_rule_mismatch", f"{name}: score {s}, expected {q2(full)}")
            r["_comp"] = c
        return used, total_row

    def totals(self, weights, scores, stated_weight_total, stated_score_totals, grade_stmts):
        sw = sum(D(x) for x in weights)
        if sw != 100:
            self.fail("weight_sum_mismatch", f"weights sum to {sw}, not 100")
        if stated_weight_total is not None and D(stated_weight_total) != sw:
            self.fail("weight_sum_mismatch", f"weights sum to {sw}, total row says {stated_weight_total}")
        ss = sum(D(x) for x in scores)
        for st in stated_score_totals:
            if not consistent(st, ss):
                self.fail("score_sum_mismatch", f"stated total {st}, row scores sum to {ss}")
        for total, g in grade_stmts:
            if GRADE_WORDS.get(g) != band(total):
                self.fail("grade_mismatch", f"grade {g} for total {total} (band {band(total)})")


def mof_rows(rows):
    """Columns 一级指标 二级指标 三级指标 年度指标值|目标值 实际完成值|业绩值 完成率 分值|权重 得分|指标得分."""
    out = []
    for r in rows:
        r["_t"] = r.get("年度指标值", r.get("目标值", ""))
        r["_a"] = r.get("实际完成值", r.get("业绩值", ""))
        r["_c"] = r.get("完成率")
        r["_w"] = r.get("分值", r.get("权重", ""))
        r["_s"] = r.get("得分", r.get("指标得分", ""))
        out.append(r)
    return out


def row_by(rows, name):
    for r in rows:
        if r.get("三级指标") == name:
            return r
    raise KeyError(name)


# ----------------------------------------------------------------------------- drafts
def check_gs(c):
    """甘肃省图书馆 2021 部门整体."""
    t = c.text
    f = c.funds_table("资金来源｜年初预算数")
    tot = f["年度资金总额"]
    m = c.grab(r"年初预算(" + NUM + r")万元，其中含.*?古籍保护资金(" + NUM + r")万元。年中追加.*?资金(" + NUM
               + r")万元，加上上年结转资金(" + NUM + r")万元，全年预算(" + NUM + r")万元", "budget sentence")
    ini, adv, add, carry, ann = m.groups()
    c.equal("sum_mismatch", ann, D(ini) + D(add) + D(carry), "年初+追加+结转 = 全年预算")
    c.equal("sum_mismatch", f["当年财政拨款"]["全年预算数"], D(ini) + D(add), "当年财政拨款 全年 = 年初 + 追加")
    c.same(ini + "万元", tot["年初预算数"] + "万元", "年初预算 prose/table")
    c.same(ann + "万元", tot["全年预算数"] + "万元", "全年预算 prose/table")
    c.same(carry + "万元", f["上年结转资金"]["全年预算数"] + "万元", "上年结转 prose/table")
    annual, spent = tot["全年预算数"], tot["全年执行数"]

    m = c.grab(r"全年执行(" + NUM + r")万元，部门整体预算执行率(" + NUM + r"%)", "execution sentence")
    c.same(m.group(1) + "万元", spent + "万元", "全年执行 prose/table")
    c.rate(m.group(2), spent, annual, "部门整体预算执行率 (prose)")
    m = c.grab(r"基本支出全年预算(" + NUM + r")万元，执行(" + NUM + r")万元；项目支出全年预算(" + NUM
               + r")万元，执行(" + NUM + r")万元", "basic/project split")
    bb, bs, pb, ps = m.groups()
    c.equal("sum_mismatch", annual, D(bb) + D(pb), "基本支出 + 项目支出 = 全年预算")
    c.equal("sum_mismatch", spent, D(bs) + D(ps), "基本支出 + 项目支出 执行 = 全年执行")

    def yici(label):
        mm = c.grab(label + r"依次为([^，。]+)", label)
        return re.findall(NUM + r"%?", mm.group(1))
    budgets, execs, rates = yici("全年预算"), yici("执行数"), yici("执行率")
    if not (len(budgets) == len(execs) == len(rates) == 5):
        c.fail("parse_error", "依次 lists of unequal length")
    else:
        c.equal("sum_mismatch", pb, sum(D(x) for x in budgets), "sub-item budgets = 项目支出")
        c.equal("sum_mismatch", ps, sum(D(x) for x in execs), "sub-item executions = 项目支出执行")
        for i, (b, e, r) in enumerate(zip(budgets, execs, rates)):
            c.rate(r, e, b, f"sub-item {i + 1} 执行率")
        m = c.grab(r"未支付的(" + NUM + r")万元结转至", "运维 carry-over")
        c.equal("balance_mismatch", m.group(1), D(budgets[4]) - D(execs[4]), "运维 未支付 = 预算 - 执行")
        m = c.grab(r"古籍保护修复专项执行(" + NUM + r")万元", "修复专项 restated")
        c.same(m.group(1) + "万元", execs[0] + "万元", "古籍保护修复专项执行 restated")
        m = c.grab(r"资金执行率仅(" + NUM + r"%)", "运维 rate restated")
        c.rate(m.group(1), execs[4], budgets[4], "运维 执行率 (problems section)")
    m = c.grab(r"全年结余资金(" + NUM + r")万元", "balance")
    c.equal("balance_mismatch", m.group(1), D(annual) - D(spent), "结余 = 全年预算 - 执行")

    head, rows = c.table("一级指标｜二级指标", "｜")
    rows, total_row = c.indicators(mof_rows(rows))
    R = lambda n: row_by(rows, n)
    # prose restatements
    for m in c.grab_all(r"修复馆藏古籍(" + NUM + r")叶"):
        c.same(m.group(1) + "叶", R("古籍修复叶数")["_a"], "修复叶数 prose/table")
    m = c.grab(r"较年度目标多修复(" + NUM + r")叶", "over-target leaves")
    c.equal("sum_mismatch", m.group(1), D(qty(R("古籍修复叶数")["_a"])[1]) - D(qty(R("古籍修复叶数")["_t"])[1]),
            "多修复叶数 = 实际 - 目标")
    for m in c.grab_all(r"完成古籍数字化(" + NUM + r")册"):
        c.same(m.group(1) + "册", R("古籍数字化册数")["_a"], "数字化册数 prose/table")
    m = c.grab(r"未达到(" + NUM + r")册的年度目标", "数字化 target")
    c.same(m.group(1) + "册", R("古籍数字化册数")["_t"], "数字化 target prose/table")
    for m in c.grab_all(r"免费开放(" + NUM + r")天"):
        c.same(m.group(1) + "天", R("免费开放天数")["_a"], "开放天数 prose/table")
    m = c.grab(r"接待到馆读者(" + NUM + r")万人次.*?未达到(" + NUM + r")万人次的目标", "读者人次")
    c.same(m.group(1) + "万人次", R("到馆读者人次")["_a"], "到馆读者 prose/table")
    c.same(m.group(2) + "万人次", R("到馆读者人次")["_t"], "到馆读者 target prose/table")
    m = c.grab(r"线上古籍资源访问量(" + NUM + r")万次，超过(" + NUM + r")万次的目标", "访问量")
    c.same(m.group(1) + "万次", R("线上古籍资源访问量")["_a"], "访问量 prose/table")
    c.same(m.group(2) + "万次", R("线上古籍资源访问量")["_t"], "访问量 target prose/table")
    m = c.grab(r"直接修复费用（[^）]*）(" + NUM + r")万元，单叶修复成本(" + NUM + r")(万元|元)", "per-leaf cost")
    leaves = qty(R("古籍修复叶数")["_a"])[1]
    c.per_unit(m.group(1), leaves, m.group(2), m.group(3), "单叶修复成本 = 直接修复费用 / 叶数")
    c.same(m.group(2) + m.group(3), R("单叶修复成本")["_a"], "单叶修复成本 prose/table")
    m = c.grab(r"验收合格率(" + NUM + r"%)", "合格率")
    c.same(m.group(1), R("古籍修复验收合格率")["_a"], "合格率 prose/table")
    m = c.grab(r"参训学员依次为(" + NUM + r")人、(" + NUM + r")人、(" + NUM + r")人，共(" + NUM
               + r")人次，平均每期(" + NUM + r")人", "training")
    a1, a2, a3, tot_tr, avg = m.groups()
    c.equal("sum_mismatch", tot_tr, D(a1) + D(a2) + D(a3), "参训人次 = 各期之和")
    c.equal("average_mismatch", avg, (D(a1) + D(a2) + D(a3)) / 3, "平均每期人数")
    c.same(tot_tr + "人次", R("古籍修复人才培训人次")["_a"], "培训人次 prose/table")
    m = c.grab(r"培训人次超出目标(" + NUM + r")%", "training deviation")
    tr = R("古籍修复人才培训人次")
    c.equal("completion_mismatch", m.group(1), (D(qty(tr["_a"])[1]) - D(qty(tr["_t"])[1])) / D(qty(tr["_t"])[1]) * 100,
            "培训偏差率")
    m = c.grab(r"综合满意度(" + NUM + r"%)", "satisfaction")
    if D(m.group(1)) > 100:
        c.fail("implausible_rate", f"satisfaction {m.group(1)}")
    c.same(m.group(1), R("读者综合满意度")["_a"], "满意度 prose/table")

    weights = [tot["分值"]] + [r["_w"] for r in rows]
    scores = [tot["得分"]] + [r["_s"] for r in rows]
    m = c.grab(r"自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|一般|合格|较差|差|优|良|中)", "conclusion")
    c.totals(weights, scores, total_row["分值"], [total_row["得分"], m.group(1)], [(m.group(1), m.group(2))])
    c.years()


def check_yn(c):
    """云南省图书馆 2019 古籍修复."""
    f = c.funds_table("项目｜年初预算数")
    tot = f["年度资金总额"]
    m = c.grab(r"年初预算(" + NUM + r")万元，其中省级财政(" + NUM + r")万元、.*?古籍保护资金(" + NUM
               + r")万元；年中追加中央补助(" + NUM + r")万元，加上上年结转(" + NUM + r")万元，全年预算(" + NUM
               + r")万元", "budget sentence")
    ini, prov, cen, add, carry, ann = m.groups()
    c.equal("sum_mismatch", ini, D(prov) + D(cen), "年初 = 省级 + 中央")
    c.equal("sum_mismatch", ann, D(ini) + D(add) + D(carry), "全年 = 年初 + 追加 + 结转")
    c.equal("sum_mismatch", f["当年财政拨款"]["全年预算数"], D(ini) + D(add), "当年财政拨款 全年 = 年初 + 追加")
    c.same(ini + "万元", tot["年初预算数"] + "万元", "年初 prose/table")
    c.same(ann + "万元", tot["全年预算数"] + "万元", "全年 prose/table")
    c.same(carry + "万元", f["上年结转资金"]["全年预算数"] + "万元", "结转 prose/table")
    annual, spent = tot["全年预算数"], tot["全年执行数"]
    m = c.grab(r"项目资金到位(" + NUM + r")万元，到位率(" + NUM + r"%)；实际支出(" + NUM + r")万元，预算执行率("
               + NUM + r"%)，年末结余(" + NUM + r")万元", "execution sentence")
    rec, rrate, sp, erate, bal = m.groups()
    c.rate(rrate, rec, annual, "到位率")
    c.rate(erate, sp, annual, "预算执行率 (prose)")
    c.equal("balance_mismatch", bal, D(rec) - D(sp), "结余 = 到位 - 执行")
    c.same(sp + "万元", spent + "万元", "实际支出 prose/table")

    head, rows = c.table("一级指标｜二级指标", "｜")
    rows, total_row = c.indicators(mof_rows(rows))
    R = lambda n: row_by(rows, n)
    m = c.grab(r"全年修复馆藏古籍不少于(" + NUM + r")叶、(" + NUM + r")册，修复验收合格率不低于(" + NUM
               + r")%，直接修复费用控制在(" + NUM + r")万元以内，单叶修复成本不超过(" + NUM
               + r")元；完成古籍普查登记不少于(" + NUM + r")条；读者及专家满意度不低于(" + NUM + r")%", "goals")
    for val, unit, name in zip(m.groups(), ("叶", "册", "%", "万元", "元", "条", "%"),
                               ("修复古籍叶数", "修复古籍册数", "修复验收合格率", "直接修复费用", "单叶修复成本",
                                "古籍普查登记条目", "读者及专家满意度")):
        c.same(val + unit, R(name)["_t"].lstrip("≥≤"), f"{name} target prose/table")
    m = c.grab(r"全年修复古籍(" + NUM + r")册(" + NUM + r")叶，直接修复费用（[^）]*）(" + NUM
               + r")万元，平均每叶修复成本(" + NUM + r")(万元|元)", "per-leaf sentence")
    vols, leaves, cost, per, unit = m.groups()
    c.same(vols + "册", R("修复古籍册数")["_a"], "册数 prose/table")
    c.same(leaves + "叶", R("修复古籍叶数")["_a"], "叶数 prose/table")
    c.same(cost + "万元", R("直接修复费用")["_a"], "直接修复费用 prose/table")
    c.per_unit(cost, leaves, per, unit, "平均每叶修复成本")
    c.same(per + unit, R("单叶修复成本")["_a"], "单叶成本 prose/table")
    m = c.grab(r"修复验收合格率(" + NUM + r"%)", "合格率")
    c.same(m.group(1), R("修复验收合格率")["_a"], "合格率 prose/table")
    m = c.grab(r"完成全省古籍普查登记(" + NUM + r")条，未达到(" + NUM + r")条的目标", "普查")
    c.same(m.group(1) + "条", R("古籍普查登记条目")["_a"], "普查 prose/table")
    c.same(m.group(2) + "条", R("古籍普查登记条目")["_t"], "普查 target prose/table")
    m = c.grab(r"展览利用(" + NUM + r")册次", "利用册次")
    c.same(m.group(1) + "册次", R("修复古籍提供利用册次")["_a"], "利用册次 prose/table")
    m = c.grab(r"宣传展示活动(" + NUM + r")场，较目标少(" + NUM + r")场", "宣传活动")
    row = R("修复技艺宣传展示活动")
    c.same(m.group(1) + "场", row["_a"], "宣传活动 prose/table")
    c.equal("sum_mismatch", m.group(2), D(qty(row["_t"])[1]) - D(m.group(1)), "较目标少 = 目标 - 实际")
    m = c.grab(r"满意度为(" + NUM + r"%)", "satisfaction")
    if D(m.group(1)) > 100:
        c.fail("implausible_rate", f"satisfaction {m.group(1)}")
    c.same(m.group(1), R("读者及专家满意度")["_a"], "满意度 prose/table")
    m = c.grab(r"本项目全年执行资金(" + NUM + r")万元", "conclusion amount")
    c.same(m.group(1) + "万元", spent + "万元", "执行资金 conclusion/table")

    weights = [tot["分值"]] + [r["_w"] for r in rows]
    scores = [tot["得分"]] + [r["_s"] for r in rows]
    m = c.grab(r"自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|一般|合格|较差|差|优|良|中)", "conclusion")
    c.totals(weights, scores, total_row["分值"], [total_row["得分"], m.group(1)], [(m.group(1), m.group(2))])
    c.years()


def check_sx(c):
    """山西省图书馆 2023 古籍数字化 (Shanxi funds table with 行次 formulas, tab-separated)."""
    head, frows = c.table("项目\t行次", "\t")
    F = {}
    for r in frows:
        F[r["行次"].split("=")[0]] = [r[h] for h in head[2:]]
    cols = head[2:]   # 总额, 小计, 中央级, 省级, 上年结转, 其他
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        v = F[k]
        c.equal("sum_mismatch", v[0], D(v[1]) + D(v[4]) + D(v[5]), f"row {k}: 总额 = 小计 + 结转 + 其他")
        c.equal("sum_mismatch", v[1], D(v[2]) + D(v[3]), f"row {k}: 小计 = 中央 + 省级")
    for j, col in enumerate(cols):
        c.equal("balance_mismatch", F["(5)"][j], D(F["(3)"][j]) - D(F["(4)"][j]), f"(5)=(3)-(4) {col}")
        c.rate(F["(6)"][j], F["(3)"][j], F["(2)"][j], f"(6)=(3)/(2) {col}")
        c.rate(F["(7)"][j], F["(4)"][j], F["(2)"][j], f"(7)=(4)/(2) {col}")
    annual, received, spent = F["(2)"][0], F["(3)"][0], F["(4)"][0]
    exec_rate = D(spent) / D(annual) * HUNDRED

    m = c.grab(r"年初预算(" + NUM + r")万元，上年结转(" + NUM + r")万元，全年预算(" + NUM + r")万元，资金全部到位，到位率("
               + NUM + r"%)；全年执行(" + NUM + r")万元，执行率(" + NUM + r"%)，结余(" + NUM + r")万元", "funds prose")
    ini, carry, ann, rrate, sp, erate, bal = m.groups()
    c.equal("sum_mismatch", ann, D(ini) + D(carry), "全年 = 年初 + 结转 (prose)")
    c.same(ini + "万元", F["(1)"][0] + "万元", "年初 prose/table")
    c.same(carry + "万元", F["(2)"][4] + "万元", "结转 prose/table")
    c.same(ann + "万元", annual + "万元", "全年 prose/table")
    c.same(sp + "万元", spent + "万元", "执行 prose/table")
    c.rate(rrate, received, annual, "到位率 (prose)")
    c.rate(erate, sp, ann, "执行率 (prose)")
    c.equal("balance_mismatch", bal, D(received) - D(sp), "结余 (prose) = 到位 - 执行")

    head, rows = c.table("一级指标\t二级指标", "\t")
    rows, total_row = c.indicators(mof_rows(rows), exec_rate=exec_rate)
    R = lambda n: row_by(rows, n)
    m = c.grab(r"全年完成古籍数字化不少于(" + NUM + r")册、拍摄影像不少于(" + NUM + r")万叶，单叶数字化成本不超过(" + NUM
               + r")元；在线发布数字古籍不少于(" + NUM + r")部；修复破损古籍不少于(" + NUM + r")叶；读者满意度不低于("
               + NUM + r")%", "goals")
    for val, unit, name in zip(m.groups(), ("册", "万叶", "元", "部", "叶", "%"),
                               ("古籍数字化册数", "古籍数字化拍摄叶数", "单叶数字化成本", "数字古籍在线发布量",
                                "古籍修复叶数", "读者满意度")):
        c.same(val + unit, R(name)["_t"].lstrip("≥≤"), f"{name} target prose/table")
    m = c.grab(r"全年完成古籍数字化(" + NUM + r")册、拍摄影像(" + NUM + r")叶，数字化加工费(" + NUM
               + r")万元，单叶数字化成本(" + NUM + r")(万元|元)", "per-leaf sentence")
    vols, leaves, cost, per, unit = m.groups()
    c.same(vols + "册", R("古籍数字化册数")["_a"], "数字化册数 prose/table")
    c.same(leaves + "叶", R("古籍数字化拍摄叶数")["_a"], "拍摄叶数 prose/table")
    c.per_unit(cost, leaves, per, unit, "单叶数字化成本")
    c.same(per + unit, R("单叶数字化成本")["_a"], "单叶成本 prose/table")
    m = c.grab(r"合格率(" + NUM + r"%)", "合格率")
    c.same(m.group(1), R("影像质量抽检合格率")["_a"], "合格率 prose/table")
    m = c.grab(r"修复破损古籍(" + NUM + r")叶，较目标少(" + NUM + r")叶", "修复")
    row = R("古籍修复叶数")
    c.same(m.group(1) + "叶", row["_a"], "修复叶数 prose/table")
    c.equal("sum_mismatch", m.group(2), D(qty(row["_t"])[1]) - D(m.group(1)), "较目标少 = 目标 - 实际")
    m = c.grab(r"在线发布数字古籍(" + NUM + r")部，数字资源访问量(" + NUM + r")万人次，略低于(" + NUM + r")万人次", "效益")
    c.same(m.group(1) + "部", R("数字古籍在线发布量")["_a"], "发布量 prose/table")
    c.same(m.group(2) + "万人次", R("数字资源访问量")["_a"], "访问量 prose/table")
    c.same(m.group(3) + "万人次", R("数字资源访问量")["_t"], "访问量 target prose/table")
    m = c.grab(r"备份率(" + NUM + r"%)", "备份率")
    c.same(m.group(1), R("数据长期保存备份率")["_a"], "备份率 prose/table")
    m = c.grab(r"读者满意度(" + NUM + r"%)", "satisfaction")
    if D(m.group(1)) > 100:
        c.fail("implausible_rate", f"satisfaction {m.group(1)}")
    c.same(m.group(1), R("读者满意度")["_a"], "满意度 prose/table")
    m = c.grab(r"项目预算执行率(" + NUM + r"%)", "analysis rate")
    c.rate(m.group(1), spent, annual, "执行率 (analysis)")
    m = c.grab(r"修复叶数完成(" + NUM + r"%)", "analysis completion 1")
    c.equal("completion_mismatch", m.group(1), R("古籍修复叶数")["_comp"], "修复叶数完成率 (analysis)")
    m = c.grab(r"数字资源访问量完成(" + NUM + r"%)", "analysis completion 2")
    c.equal("completion_mismatch", m.group(1), R("数字资源访问量")["_comp"], "访问量完成率 (analysis)")

    weights = [r["_w"] for r in rows]
    scores = [r["_s"] for r in rows]
    m = c.grab(r"总得分(" + NUM + r")分，属于“(优秀|良好|中等|一般|合格|较差|差|优|良|中)”", "conclusion")
    c.totals(weights, scores, total_row["权重"], [total_row["指标得分"], m.group(1)], [(m.group(1), m.group(2))])
    c.years()


def check_sc(c):
    """四川省图书馆 2022 古籍保护专项 (Sichuan table: 10 + 90, 指标性质 / 度量单位 columns)."""
    f = c.funds_table("资金来源｜年初预算数")
    tot = f["年度资金总额"]
    m = c.grab(r"年初预算(" + NUM + r")万元，其中财政资金(" + NUM + r")万元、单位资金(" + NUM
               + r")万元；.*?调减财政资金(" + NUM + r")万元，全年预算(" + NUM + r")万元", "budget sentence")
    ini, fis, unit_f, cut, ann = m.groups()
    c.equal("sum_mismatch", ini, D(fis) + D(unit_f), "年初 = 财政 + 单位")
    c.equal("sum_mismatch", ann, D(ini) - D(cut), "全年 = 年初 - 调减")
    c.equal("sum_mismatch", f["财政资金"]["全年预算数"], D(fis) - D(cut), "财政资金 全年 = 年初 - 调减")
    c.same(ini + "万元", tot["年初预算数"] + "万元", "年初 prose/table")
    c.same(fis + "万元", f["财政资金"]["年初预算数"] + "万元", "财政资金 年初 prose/table")
    c.same(unit_f + "万元", f["单位资金"]["年初预算数"] + "万元", "单位资金 年初 prose/table")
    c.same(ann + "万元", tot["全年预算数"] + "万元", "全年 prose/table")
    annual, spent = tot["全年预算数"], tot["全年执行数"]
    m = c.grab(r"12月31日，全年执行(" + NUM + r")万元，预算执行率(" + NUM + r"%)，结余(" + NUM + r")万元", "execution")
    sp, erate, bal = m.groups()
    c.same(sp + "万元", spent + "万元", "执行 prose/table")
    c.rate(erate, sp, annual, "预算执行率 (prose)")
    c.equal("balance_mismatch", bal, D(annual) - D(sp), "结余 = 全年预算 - 执行")

    head, rows = c.table("一级指标｜二级指标", "｜")
    for r in rows:
        if r["一级指标"] in ("总分", "合计"):
            continue
        nature, val, unit = r["指标性质"], r["指标值"], r["度量单位"]
        if nature == "定性":
            r["_t"], r["_a"] = val, r["实际完成值"]
        else:
            u = "" if is_dash(unit) else unit
            r["_t"], r["_a"] = nature + val + u, r["实际完成值"] + u
        r["_c"], r["_w"], r["_s"] = None, r["分值"], r["得分"]
    rows, total_row = c.indicators(rows)
    R = lambda n: row_by(rows, n)
    m = c.grab(r"计划修复古籍(" + NUM + r")叶，完成全省古籍普查登记(" + NUM + r")条，影印出版珍贵古籍(" + NUM
               + r")种，举办修复技艺培训(" + NUM + r")人次，开展古籍保护宣传推广活动(" + NUM
               + r")场，单叶修复成本不高于(" + NUM + r")元", "targets")
    for val, unit, name in zip(m.groups(), ("叶", "条", "种", "人次", "场", "元"),
                               ("古籍修复叶数", "古籍普查登记条目", "珍贵古籍影印出版", "古籍修复技艺培训人次",
                                "古籍保护宣传推广活动", "单叶修复成本")):
        c.same(val + unit, R(name)["_t"].lstrip("≥≤"), f"{name} target prose/table")
    m = c.grab(r"全年修复古籍(" + NUM + r")叶，修复直接费用(" + NUM + r")万元，单叶修复成本(" + NUM + r")(万元|元)",
               "per-leaf")
    leaves, cost, per, unit = m.groups()
    c.same(leaves + "叶", R("古籍修复叶数")["_a"], "修复叶数 prose/table")
    c.per_unit(cost, leaves, per, unit, "单叶修复成本")
    c.same(per + unit, R("单叶修复成本")["_a"], "单叶成本 prose/table")
    m = c.grab(r"分别指导修复(" + NUM + r")叶、(" + NUM + r")叶、(" + NUM + r")叶，平均每家(" + NUM + r")叶", "average")
    a1, a2, a3, avg = m.groups()
    c.equal("average_mismatch", avg, (D(a1) + D(a2) + D(a3)) / 3, "平均每家指导修复叶数")
    m = c.grab(r"修复古籍(" + NUM + r")叶，完成年度目标的(" + NUM + r")%", "completion prose")
    row = R("古籍修复叶数")
    c.same(m.group(1) + "叶", row["_a"], "修复叶数 (完成情况) prose/table")
    c.equal("completion_mismatch", m.group(2), row["_comp"], "修复叶数完成率 (prose)")
    m = c.grab(r"；普查登记(" + NUM + r")条，", "普查")
    c.same(m.group(1) + "条", R("古籍普查登记条目")["_a"], "普查 prose/table")
    m = c.grab(r"影印出版珍贵古籍(" + NUM + r")种，另有", "影印")
    c.same(m.group(1) + "种", R("珍贵古籍影印出版")["_a"], "影印 prose/table")
    m = c.grab(r"修复验收合格率(" + NUM + r"%)", "合格率")
    c.same(m.group(1), R("修复验收合格率")["_a"], "合格率 prose/table")
    m = c.grab(r"举办修复技艺培训(" + NUM + r")人次；", "培训")
    c.same(m.group(1) + "人次", R("古籍修复技艺培训人次")["_a"], "培训 prose/table")
    m = c.grab(r"宣传推广活动(" + NUM + r")场，超出目标(" + NUM + r")%", "宣传")
    row = R("古籍保护宣传推广活动")
    c.same(m.group(1) + "场", row["_a"], "宣传 prose/table")
    T = D(qty(row["_t"])[1])
    c.equal("completion_mismatch", m.group(2), (D(m.group(1)) - T) / T * 100, "宣传活动超出比例")
    m = c.grab(r"满意度为(" + NUM + r"%)", "satisfaction")
    if D(m.group(1)) > 100:
        c.fail("implausible_rate", f"satisfaction {m.group(1)} above 100%")

    weights = [tot["分值"]] + [r["_w"] for r in rows]
    scores = [tot["得分"]] + [r["_s"] for r in rows]
    m = c.grab(r"自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|一般|合格|较差|差|优|良|中)", "conclusion")
    c.totals(weights, scores, total_row["分值"], [total_row["得分"], m.group(1)], [(m.group(1), m.group(2))])
    c.years()


def check_hn(c):
    """湖南图书馆 2024 古籍修复与数字化 (Hunan outline; total only in the prose)."""
    m = c.grab(r"项目预算(" + NUM + r")万元，其中中央.*?资金(" + NUM + r")万元（\d{4}年12月提前下达）、省级财政资金("
               + NUM + r")万元，年内未调整预算", "budget")
    ann, cen, prov = m.groups()
    c.equal("sum_mismatch", ann, D(cen) + D(prov), "预算 = 中央 + 省级")
    m = c.grab(r"全部到位，到位率(" + NUM + r"%)", "到位率")
    c.rate(m.group(1), ann, ann, "到位率 (全部到位)")
    m = c.grab(r"两个子项，预算分别为(" + NUM + r")万元、(" + NUM + r")万元", "sub budgets")
    b1, b2 = m.groups()
    c.equal("sum_mismatch", ann, D(b1) + D(b2), "子项预算之和 = 项目预算")
    m = c.grab(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r"%)，结余(" + NUM + r")万元", "execution")
    sp, erate, bal = m.groups()
    c.rate(erate, sp, ann, "预算执行率 (prose)")
    c.equal("balance_mismatch", bal, D(ann) - D(sp), "结余 = 预算 - 执行")
    m = c.grab(r"两个子项执行分别为(" + NUM + r")万元、(" + NUM + r")万元，执行率分别为(" + NUM + r"%)、(" + NUM
               + r"%)", "sub execution")
    e1, e2, r1, r2 = m.groups()
    c.equal("sum_mismatch", sp, D(e1) + D(e2), "子项执行之和 = 全年执行")
    c.rate(r1, e1, b1, "古籍修复子项执行率")
    c.rate(r2, e2, b2, "古籍数字化子项执行率")
    exec_rate = D(sp) / D(ann) * HUNDRED

    head, rows = c.table("一级指标｜二级指标", "｜")
    rows, total_row = c.indicators(mof_rows(rows), exec_rate=exec_rate)
    R = lambda n: row_by(rows, n)
    m = c.grab(r"全年修复古籍不少于(" + NUM + r")叶、(" + NUM + r")册，单叶修复成本不超过(" + NUM
               + r")元；完成古籍数字化不少于(" + NUM + r")册，单拍数字化成本不超过(" + NUM
               + r")元；数字古籍线上访问量不少于(" + NUM + r")万人次；读者满意度不低于(" + NUM + r")%", "targets")
    for val, unit, name in zip(m.groups(), ("叶", "册", "元", "册", "元", "万人次", "%"),
                               ("修复古籍叶数", "修复古籍册数", "单叶修复成本", "古籍数字化册数", "单拍数字化成本",
                                "数字古籍线上访问量", "读者满意度")):
        c.same(val + unit, R(name)["_t"].lstrip("≥≤"), f"{name} target prose/table")
    m = c.grab(r"全年修复古籍(" + NUM + r")叶（(" + NUM + r")册），古籍修复子项执行(" + NUM + r")万元，单叶修复成本("
               + NUM + r")(万元|元)", "repair sentence")
    leaves, vols, cost, per, unit = m.groups()
    c.same(leaves + "叶", R("修复古籍叶数")["_a"], "修复叶数 prose/table")
    c.same(vols + "册", R("修复古籍册数")["_a"], "修复册数 prose/table")
    c.same(cost + "万元", e1 + "万元", "修复子项执行 restated")
    c.per_unit(cost, leaves, per, unit, "单叶修复成本")
    c.same(per + unit, R("单叶修复成本")["_a"], "单叶成本 prose/table")
    m = c.grab(r"完成古籍数字化(" + NUM + r")册、拍摄影像(" + NUM + r")拍，古籍数字化子项执行(" + NUM
               + r")万元，单拍数字化成本(" + NUM + r")(万元|元)", "digitisation sentence")
    dvols, shots, dcost, dper, dunit = m.groups()
    c.same(dvols + "册", R("古籍数字化册数")["_a"], "数字化册数 prose/table")
    c.same(dcost + "万元", e2 + "万元", "数字化子项执行 restated")
    c.per_unit(dcost, shots, dper, dunit, "单拍数字化成本")
    c.same(dper + dunit, R("单拍数字化成本")["_a"], "单拍成本 prose/table")
    m = c.grab(r"修复验收合格率(" + NUM + r"%)", "合格率")
    c.same(m.group(1), R("修复验收合格率")["_a"], "合格率 prose/table")
    m = c.grab(r"线上访问量(" + NUM + r")万人次，超出目标(" + NUM + r")%", "访问量")
    row = R("数字古籍线上访问量")
    c.same(m.group(1) + "万人次", row["_a"], "访问量 prose/table")
    T = D(qty(row["_t"])[1])
    c.equal("completion_mismatch", m.group(2), (D(m.group(1)) - T) / T * 100, "访问量超出比例")
    m = c.grab(r"举办古籍保护培训(" + NUM + r")人次", "培训")
    c.same(m.group(1) + "人次", R("古籍保护培训人次")["_a"], "培训 prose/table")
    m = c.grab(r"；读者满意度(" + NUM + r"%)", "satisfaction")
    if D(m.group(1)) > 100:
        c.fail("implausible_rate", f"satisfaction {m.group(1)}")
    c.same(m.group(1), R("读者满意度")["_a"], "满意度 prose/table")

    weights = [r["_w"] for r in rows]
    scores = [r["_s"] for r in rows]
    m = c.grab(r"综合自评得分(" + NUM + r")分，评价等级为“(优秀|良好|中等|一般|合格|较差|差|优|良|中)”", "conclusion")
    c.totals(weights, scores, None, [m.group(1)], [(m.group(1), m.group(2))])
    c.years()


CHECKERS = {
    "gs-lanzhou-shengtu-bumen-2021": check_gs,
    "yn-kunming-gujixiufu-2019": check_yn,
    "sx-taiyuan-gujishuzihua-2023": check_sx,
    "sc-chengdu-gujibaohu-2022": check_sc,
    "hn-changsha-gujixiufu-2024": check_hn,
}


def run(source, text):
    c = Check(source, text)
    try:
        CHECKERS[source](c)
    except Exception as exc:  # a draft the checker cannot read is a failure, never a pass
        c.fail("parse_error", f"{type(exc).__name__}: {exc}")
    return c.findings


def diff_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    s = 0
    while s < len(a) - p and s < len(b) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES_A}
    sources = set()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        sources.add(src)
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not rec["clean"] and not (1500 <= len(clean) <= 5000):
            problems.append(f"{src}: clean draft has {len(clean)} characters")
        found = run(src, text)
        codes = sorted({code for code, _ in found})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if found:
                problems.append(f"{name}: clean draft fails: {found}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        if exp["code"] not in CODES_A or exp.get("severity") != "error":
            problems.append(f"{name}: label code/severity {exp['code']}/{exp.get('severity')}")
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        if codes != [exp["code"]]:
            problems.append(f"{name}: labelled {exp['code']}, verifier finds {codes}: {found}")
        occ = text.count(exp["value"])
        if occ != 1:
            problems.append(f"{name}: value occurs {occ} times")
        start, end_a, end_b = diff_region(clean, text)
        if end_a - start > 40 or end_b - start > 40 or text == clean:
            problems.append(f"{name}: edit is not one change of <= 40 characters ({end_a - start}/{end_b - start})")
        rest_clean, rest_case = clean[:start] + clean[end_a:], text[:start] + text[end_b:]
        if rest_clean != rest_case:
            problems.append(f"{name}: more than one contiguous edit")
        vpos = text.find(exp["value"])
        vend = vpos + len(exp["value"])
        edit_end = max(end_b, start + 1)
        if not (vpos < edit_end and start < vend):
            problems.append(f"{name}: value [{vpos},{vend}) does not overlap the edit [{start},{end_b})")
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    if len(sources) != 5:
        problems.append(f"{len(sources)} sources, expected 5")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("per code:", ", ".join(f"{k}={counts[k]}" for k in CODES_A))
    print("OK")


if __name__ == "__main__":
    main()
