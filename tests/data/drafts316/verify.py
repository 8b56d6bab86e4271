#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 error codes of errors.md section A occurs at least twice;
4. the arithmetic of every draft is redone from the text with decimal.Decimal (rules.md section 7 identities,
   section 8 tolerance): every check passes on a clean draft; on an error case the labelled code fails and no
   other error-level code fails (score_rule_mismatch is a warning and may fail beside the labelled error).

Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
WARN = "score_rule_mismatch"

NUM = r"(\d+(?:\.\d+)?)"
PCT = r"(\d+(?:\.\d+)?%)"


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    d = ndec(stated)
    return abs(D(computed) - v) <= D(5) * D(10) ** (-d - 1) + D("1e-9")


def fmt(x):
    return format(D(x).quantize(D("0.0001"), rounding=ROUND_HALF_UP).normalize(), "f")


UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}

GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- table parsers
def rows_cell_per_line(region):
    """Word/PDF copy: one cell per line (tab-indented), a blank line between rows."""
    rows = []
    for block in region.split("\n\n"):
        cells = [ln.strip() for ln in block.split("\n")]
        if any(cells):
            rows.append(cells)
    return rows


def rows_tab(region):
    return [[c.strip() for c in ln.split("\t")] for ln in region.split("\n") if "\t" in ln]


def rows_html(region):
    out = []
    for tr in re.findall(r"<tr>(.*?)</tr>", region, flags=re.S):
        out.append([re.sub(r"<[^>]+>", "", c).replace("&nbsp;", "").strip()
                    for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, flags=re.S)])
    return out


def rows_spaces(region):
    return [re.split(r"\s{2,}", ln.strip()) for ln in region.split("\n") if re.search(r"\S\s{2,}\S", ln)]


def rows_pipe(region):
    return [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in region.split("\n")
            if ln.strip().startswith("|")]


def after(rows, label, nonempty=False):
    """cells that follow the cell equal to `label` in the only row holding it"""
    hits = [(r, r.index(label)) for r in rows if label in r]
    if len(hits) != 1:
        raise LookupError(f"row label {label!r} found {len(hits)} times")
    r, i = hits[0]
    cells = r[i + 1:]
    return [c for c in cells if c] if nonempty else cells


# ---------------------------------------------------------------- indicator parsing
SIGN_GTE = ("≥", ">=", "＞＝", "不低于", "不少于")
SIGN_LTE = ("≤", "<=", "＜＝", "不超过", "不高于")


def parse_target(s):
    s = s.strip()
    if re.search(r"\d{4}年|\d+月", s):
        return None  # a date: timeliness, judged qualitatively
    m = re.match(r"^(≥|≤|>=|<=|＞＝|＜＝|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None  # qualitative
    sign = m.group(1) or ""
    direction = "gte" if sign in SIGN_GTE else "lte" if sign in SIGN_LTE else "eq"
    return direction, D(m.group(2)), m.group(3).strip()


def parse_actual(s):
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", s.strip())
    if not m:
        return None
    return D(m.group(1)), m.group(2).strip()


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq" and t == 0:
        return w if a <= 0 else D(0)
    a = max(a, D(0))
    return w if a >= t else w * a / t


# ---------------------------------------------------------------- checker
class Checker:
    def __init__(self, text):
        self.t = text
        self.results = []  # (code, ok, message)

    def one(self, pat, region=None):
        src = self.t if region is None else region
        ms = list(re.finditer(pat, src))
        if len(ms) != 1:
            raise LookupError(f"pattern {pat!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if len(g) > 1 else g[0]

    def add(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    def val(self, code, stated, computed, msg):
        self.add(code, close(stated, computed), f"{msg}: stated {stated}, computed {fmt(computed)}")

    def same(self, a, b, msg, code="conflicting_values"):
        """the same quantity written twice (both strings, same unit)"""
        ok = close(a, dec(b)) or close(b, dec(a))
        self.add(code, ok, f"{msg}: {a} vs {b}")

    def year(self, stated, expected, msg, op="=="):
        y = int(stated)
        ok = {"==": y == expected, ">": y > expected, "<": y < expected}[op]
        self.add("year_mismatch", ok, f"{msg}: {y} (expected {op} {expected})")

    # a total and its parts, each (string, unit factor to 万元); a part off by 10^4 is unit_mismatch
    def total_of(self, parts, total, msg, code="sum_mismatch"):
        vals = [dec(s) * f for s, f in parts]
        ts, tf = total
        if close(ts, sum(vals) / tf):
            self.add(code, True, msg)
            return
        for k in (D(10000), D("0.0001")):
            for i in range(len(vals)):
                v2 = list(vals)
                v2[i] = v2[i] * k
                if close(ts, sum(v2) / tf):
                    self.add("unit_mismatch", False, f"{msg}: part {parts[i][0]} reconciles only after x{k}")
                    return
            if close(ts, sum(vals) / tf / k):
                self.add("unit_mismatch", False, f"{msg}: total {ts} reconciles only after x{k}")
                return
        self.add(code, False, f"{msg}: parts {[p for p, _ in parts]} sum to {fmt(sum(vals) / tf)}, stated {ts}")

    # count x unit price (x months) = amount
    def product(self, factors, total, msg):
        prod = D(1)
        for s, f in factors:
            prod *= dec(s) * f
        ts, tf = total
        if close(ts, prod / tf):
            self.add("sum_mismatch", True, msg)
            return
        for k in (D(10000), D("0.0001")):
            if close(ts, prod * k / tf):
                self.add("unit_mismatch", False, f"{msg}: reconciles only after rescaling by {k}")
                return
        self.add("sum_mismatch", False, f"{msg}: product {fmt(prod / tf)}, stated {ts}")

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        n, d = dec(num), dec(den)
        if d == 0:
            self.add("implausible_rate", stated.strip() in ("—", "-", "0", "0.00", "0%"),
                     f"{msg}: rate {stated} on a zero base")
            return
        r = n / d * 100
        if dec(stated) > 100:
            self.add("implausible_rate", False, f"{msg}: rate {stated} above 100%")
        self.val(code, stated, r, msg)

    def grade(self, word, total, msg):
        self.add("grade_mismatch", GRADE.get(word) == band(dec(total)),
                 f"{msg}: grade {word} for total {total} (band {band(dec(total))})")

    def indicators(self, rows, names, has_completion, extra, total_w, total_s, msg=""):
        """rows: parsed table; names: 三级指标 names; extra: [(weight, score)] rows outside the block
        (the execution row); total_w / total_s: the stated 分值 and 得分 totals."""
        ws, ss = [dec(w) for w, _ in extra], [dec(s) for _, s in extra]
        for w, s in extra:
            self.add("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"execution row score {s} / weight {w}")
        parsed = {}
        for name in names:
            cells = after(rows, name)
            if has_completion:
                tgt, act, comp, w, s = cells[:5]
            else:
                tgt, act, w, s = cells[:4]
                comp = None
            parsed[name] = (tgt, act, comp, w, s)
            ws.append(dec(w))
            ss.append(dec(s))
            self.add("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"{name}: score {s} / weight {w}")
            pt, pa = parse_target(tgt), parse_actual(act)
            if "满意度" in name and pa and pa[1] == "%":
                self.add("implausible_rate", pa[0] <= 100, f"{name}: satisfaction {act}")
            if pt is None:
                continue
            if pa is None:
                self.add("unit_mismatch", False, f"{name}: numeric target {tgt}, actual {act}")
                continue
            if pt[2] != pa[1]:
                self.add("unit_mismatch", False, f"{name}: target unit {pt[2]!r}, actual unit {pa[1]!r}")
                continue
            self.add("unit_mismatch", True, f"{name}: units agree")
            c = completion(pt[0], pt[1], pa[0])
            if comp is not None and comp not in ("—", "-", ""):
                if c is None:
                    self.add("completion_mismatch", False, f"{name}: completion {comp} on a zero target")
                else:
                    self.val("completion_mismatch", comp, c, f"{name}: completion")
            rs = rule_score(pt[0], pt[1], pa[0], dec(w))
            self.add(WARN, close(s, rs), f"{name}: score {s}, rule gives {fmt(rs)}")
        self.add("weight_sum_mismatch", sum(ws) == dec(total_w), f"weights sum to {sum(ws)}, stated {total_w}")
        self.val("score_sum_mismatch", total_s, sum(ss), "sum of row scores")
        return parsed

    def level_sum(self, parsed, names, stated, msg):
        self.val("score_sum_mismatch", stated, sum(dec(parsed[n][4]) for n in names), msg)


# ================================================================ project checks
def check_minqin(t):
    """gs-minqin-xiaoche-2021: 校车运营补助, one cell per line."""
    c = Checker(t)
    W = UNIT["万元"]
    # --- prose
    kinds = re.findall(r"(\d+)辆，每辆每年补助(\d+)(万?元)，计" + NUM + r"(万?元)", t)
    if len(kinds) != 3:
        raise LookupError("three bus types expected")
    for n, p, pu, amt, au in kinds:
        c.product([(n, D(1)), (p, UNIT[pu])], (amt, UNIT[au]), f"{n} buses x {p}{pu}")
    c.total_of([(k[3], UNIT[k[4]]) for k in kinds], (c.one(r"三类合计应补助" + NUM + "万元"), W), "bus types sum")
    c.total_of([(k[0], D(1)) for k in kinds], (c.one(r"纳入补助范围的校车(\d+)辆"), D(1)), "bus counts")
    ini, prov, cnty = c.one(r"年初预算" + NUM + r"万元，其中省级补助资金" + NUM + r"万元（2020年12月[^）]*）、县级配套资金" + NUM + "万元")
    c.year(c.one(r"（(\d{4})年12月由省财政厅提前下达"), 2020, "advance issued the December before 2021")
    c.total_of([(prov, W), (cnty, W)], (ini, W), "年初 = 省级 + 县级")
    add = c.one(r"追加县级资金" + NUM + "万元")
    carry_y, carry = c.one(r"另有(\d{4})年结转资金" + NUM + "万元")
    c.year(carry_y, 2020, "carry-over comes from the year before", "==")
    annual = c.one(r"全年预算数" + NUM + "万元，年内全部到位")
    c.total_of([(ini, W), (add, W), (carry, W)], (annual, W), "年初 + 追加 + 结转 = 全年")
    c.rate(c.one(r"到位率" + PCT), annual, annual, "到位率 (all received)")
    spent, sp_carry, sp_cur, rate = c.one(r"全年实际支出" + NUM + r"万元，其中支付2020年结转资金" + NUM + r"万元、当年资金" + NUM + r"万元，预算执行率" + PCT)
    c.total_of([(sp_carry, W), (sp_cur, W)], (spent, W), "spent = carry-over part + current part")
    c.same(sp_carry, carry, "carry-over spent vs carry-over received")
    c.rate(rate, spent, annual, "prose 执行率")
    bal = c.one(r"年末结余" + NUM + "万元")
    c.val("balance_mismatch", bal, dec(annual) - dec(spent), "结余 = 全年 - 执行")
    c.year(c.one(r"结转至(\d{4})年"), 2021, "carry-forward year", ">")
    c.year(c.one(r"民勤县教育局(\d{4})年度项目支出"), 2021, "title year")
    c.year(c.one(r"（(\d{4})年度）"), 2021, "table year")
    stu, par, sch, avg = c.one(r"学生满意度" + NUM + r"%、家长满意度" + NUM + r"%、学校满意度" + NUM + r"%，三方平均满意度" + PCT)
    c.val("average_mismatch", avg, (dec(stu) + dec(par) + dec(sch)) / 3, "average satisfaction")
    for x in (stu, par, sch):
        c.add("implausible_rate", dec(x) <= 100, f"satisfaction {x}")
    p_exec, p_out, p_ben, p_sat, p_tot, p_grade = c.one(
        r"预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM
        + r"分，自评总分" + NUM + r"分，评价等级为“(\S)”")
    c.val("score_sum_mismatch", p_tot, dec(p_exec) + dec(p_out) + dec(p_ben) + dec(p_sat), "prose subtotals")
    c.grade(p_grade, p_tot, "prose grade")
    # --- table
    region = t[t.index("项目支出绩效自评表\n（2021年度）"):]
    rows = rows_cell_per_line(region)
    tot = after(rows, "年度资金总额")
    cur = after(rows, "其中：当年财政拨款")
    car = after(rows, "上年结转资金")
    oth = after(rows, "其他资金")
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total_of([(cur[i], W), (car[i], W), (oth[i], W)], (tot[i], W), f"funds column {col}")
    c.rate(tot[4], tot[2], tot[1], "total execution rate")
    c.rate(cur[4], cur[2], cur[1], "当年财政拨款 execution rate")
    c.rate(car[4], car[2], car[1], "上年结转 execution rate")
    c.rate(oth[4], oth[2], oth[1], "其他资金 execution rate")
    c.add(WARN, close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), D(1))), "execution score")
    c.same(tot[0], ini, "年初 prose vs table")
    c.same(tot[1], annual, "全年 prose vs table")
    c.same(tot[2], spent, "执行 prose vs table")
    c.same(tot[4], rate, "执行率 prose vs table")
    c.same(cur[1], c.one(r"三类合计应补助" + NUM + "万元"), "当年财政拨款 全年 vs entitlement")
    c.same(car[1], carry, "上年结转 prose vs table")
    names_out = ["补助校车数量", "受益学生人数", "校车年检合格率", "补助资金拨付及时率", "大型校车年补助标准"]
    names_ben = ["校车安全责任事故", "校车安全管理长效机制"]
    names_sat = ["乘车学生满意度"]
    tw, ts = after(rows, "总分", nonempty=True)[:2]
    ind = c.indicators(rows, names_out + names_ben + names_sat, True, [(tot[3], tot[5])], tw, ts)
    c.level_sum(ind, names_out, p_out, "产出 subtotal (prose) vs rows")
    c.level_sum(ind, names_ben, p_ben, "效益 subtotal (prose) vs rows")
    c.level_sum(ind, names_sat, p_sat, "满意度 subtotal (prose) vs rows")
    c.same(p_exec, tot[5], "execution score prose vs table")
    c.same(p_tot, ts, "total prose vs table")
    c.same(c.one(r"全年补助校车(\d+)辆，受益学生"), ind["补助校车数量"][1].replace("辆", ""), "buses prose vs table")
    c.same(c.one(r"受益学生(\d+)名"), ind["受益学生人数"][1].replace("人", ""), "pupils prose vs table")
    c.same(c.one(r"拨付及时率为" + PCT), ind["补助资金拨付及时率"][1], "timeliness prose vs table")
    c.same(stu + "%", ind["乘车学生满意度"][1], "pupil satisfaction prose vs table")
    g_bus, g_stu, g_yr, g_pay = c.one(r"年度目标：补助校车不少于(\d+)辆，受益学生不少于(\d+)人，校车年检合格率(\d+%)，补助资金拨付及时率不低于(\d+%)")
    c.same(g_bus, parse_target(ind["补助校车数量"][0])[1], "bus target prose vs table")
    c.same(g_stu, parse_target(ind["受益学生人数"][0])[1], "pupil target prose vs table")
    c.same(g_yr, ind["校车年检合格率"][0], "inspection target prose vs table")
    c.same(g_pay, ind["补助资金拨付及时率"][0].lstrip("≥"), "timeliness target prose vs table")
    gb_bus, gb_stu, gb_pay = c.one(r"全年补助校车(\d+)辆，接送学生(\d+)名，未发生校车安全责任事故；补助拨付及时率(\d+%)")
    c.same(gb_bus, ind["补助校车数量"][1].replace("辆", ""), "goal block buses vs table")
    c.same(gb_stu, ind["受益学生人数"][1].replace("人", ""), "goal block pupils vs table")
    c.same(gb_pay, ind["补助资金拨付及时率"][1], "goal block timeliness vs table")
    c.same(c.one(r"接送学生(\d+)名。"), gb_stu, "pupils overview vs goal block")
    c.same(str(dec(kinds[0][1]) * UNIT[kinds[0][2]]), ind["大型校车年补助标准"][1].replace("万元/辆", ""),
           "large-bus standard prose (元) vs table (万元)")
    return c


def check_anyi(t):
    """jx-anyi-xiaoyuananfang-2018: 校园安防设施建设, tab-separated."""
    c = Checker(t)
    W = UNIT["万元"]
    n_all, a, b, d = c.one(r"覆盖全县(\d+)所中小学（其中完全中学(\d+)所、初中(\d+)所、小学(\d+)所）")
    c.total_of([(a, 1), (b, 1), (d, 1)], (n_all, 1), "schools by type")
    prov1 = c.one(r"提升补助资金" + NUM + "万元（赣财教指")
    c.year(c.one(r"赣财教指〔(\d{4})〕"), 2018, "subsidy document year")
    ini = c.one(r"年初县本级预算安排" + NUM + "万元")
    annual = c.one(r"全年预算" + NUM + "万元，资金全部到位")
    spent, rate = c.one(r"全年实际支出" + NUM + r"万元，执行率" + PCT)
    c.rate(rate, spent, annual, "prose 执行率")
    v1 = c.one(r"视频监控系统升级" + NUM + "万元")
    pts, unit_cost = c.one(r"新增高清监控点位(\d+)个，单点位综合造价约(\d+)元")
    c.val("average_mismatch", unit_cost, dec(v1) * 10000 / dec(pts), "cost per camera point (元)")
    n_alarm, price, pu, amt, au = c.one(r"一键式紧急报警装置(\d+)套，单价(\d+)(万?元)，计" + NUM + r"(万?元)")
    c.product([(n_alarm, D(1)), (price, UNIT[pu])], (amt, UNIT[au]), "alarms x unit price")
    v3 = c.one(r"围墙护栏及防冲撞设施" + NUM + "万元")
    v4 = c.one(r"门卫室标准化改造" + NUM + "万元")
    v5 = c.one(r"安保器材" + NUM + "万元")
    c.total_of([(v1, W), (amt, UNIT[au]), (v3, W), (v4, W), (v5, W)], (spent, W), "spending items")
    bal = c.one(r"结余" + NUM + "万元均为县本级资金")
    c.val("balance_mismatch", bal, dec(annual) - dec(spent), "结余 = 全年 - 执行")
    c.year(c.one(r"已结转至(\d{4})年继续使用"), 2018, "carry-forward year", ">")
    c.year(c.one(r"财务数据截至(\d{4})年12月31日"), 2018, "data cut-off")
    c.year(c.one(r"\n(\d{4})年度中小学校园安防"), 2018, "title year")
    k_now, k_less = c.one(r"治安案件(\d+)起，比上年减少(\d+)起")
    k_last = c.one(r"不超过上年的(\d+)起")
    c.total_of([(k_now, 1), (k_less, 1)], (k_last, 1), "last year's cases = this year's + decrease")
    est, rate_sch = c.one(r"建立率(\d+%)（按学校数计为" + PCT)
    c.same(est, rate_sch, "运维 rate whole vs exact")
    n_est_all, n_est = c.one(r"(\d+)所学校中已有(\d+)所建立设施运维管护制度")
    c.rate(rate_sch, n_est, n_est_all, "schools with a maintenance system")
    c.same(n_est_all, n_all, "schools covered")
    q_sent, q_back, q_rate = c.one(r"共发放问卷(\d+)份，回收(\d+)份，回收率" + PCT)
    c.rate(q_rate, q_back, q_sent, "questionnaire return rate")
    score_p, grade_p = c.one(r"本项目得分(\d+)分，评价等级为(\S\S)")
    c.grade(grade_p, score_p, "prose grade")
    # table 1 (sources)
    r1 = rows_tab(t[t.index("表1 资金来源"):t.index("三、项目组织实施情况")])
    bud, rec, spn, bl, rr, er = (after(r1, k)[1:] for k in ("全年预算数", "实际到位", "实际支出", "结余", "到位率(%)", "执行率(%)"))
    for row, nm in ((bud, "预算"), (rec, "到位"), (spn, "支出"), (bl, "结余")):
        c.total_of([(x, W) for x in row[1:]], (row[0], W), f"table 1 {nm}: 合计 = sources")
    for i, col in enumerate(("合计", "中央", "省级", "县级", "其他")):
        c.val("balance_mismatch", bl[i], dec(rec[i]) - dec(spn[i]), f"table 1 结余 {col}")
        c.rate(rr[i], rec[i], bud[i], f"table 1 到位率 {col}")
        c.rate(er[i], spn[i], bud[i], f"table 1 执行率 {col}")
    c.same(prov1, bud[2], "provincial subsidy: overview vs table 1")
    c.total_of([(ini, W), (bud[2], W)], (annual, W), "年初 + 省级 = 全年")
    c.same(bud[0], annual, "全年 prose vs table 1")
    c.same(spn[0], spent, "支出 prose vs table 1")
    c.same(er[0] + "%", rate, "执行率 prose vs table 1")
    c.same(bl[0], bal, "结余 prose vs table 1")
    # table 2
    r2 = rows_tab(t[t.index("表2 项目支出绩效自评表"):t.index("六、评价结论")])
    tot = after(r2, "年度资金总额")
    cur = after(r2, "其中：当年财政拨款")
    car = after(r2, "上年结转资金")
    oth = after(r2, "其他资金")
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total_of([(cur[i], W), (car[i], W), (oth[i], W)], (tot[i], W), f"table 2 column {col}")
    c.rate(tot[4], tot[2], tot[1], "table 2 execution rate")
    c.add(WARN, close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), D(1))), "execution score")
    c.same(tot[0], ini, "年初 prose vs table 2")
    c.same(tot[1], bud[0], "全年 table 2 vs table 1")
    c.same(tot[2], spn[0], "执行 table 2 vs table 1")
    c.same(tot[4], er[0] + "%", "执行率 table 2 vs table 1")
    names = ["一键报警装置安装学校数", "新增高清监控点位", "防冲撞设施配置学校数", "设施验收合格率", "监控系统联网率",
             "主体工程完工时间", "视频监控单点位综合造价", "校园及周边治安案件", "平均处警到场时间",
             "设施运维管护制度建立率", "师生及家长满意度"]
    tw, ts = after(r2, "总分", nonempty=True)[:2]
    ind = c.indicators(r2, names, False, [(tot[3], tot[5])], tw, ts)
    c.same(score_p, ts, "total prose vs table")
    c.same(pts, ind["新增高清监控点位"][1].replace("个", ""), "camera points prose vs table")
    c.same(unit_cost, ind["视频监控单点位综合造价"][1].replace("元", ""), "unit cost prose vs table")
    c.same(n_alarm, ind["一键报警装置安装学校数"][1].replace("所", ""), "alarm schools prose vs table")
    c.same(c.one(r"防冲撞设施配置(\d+)所"), ind["防冲撞设施配置学校数"][1].replace("所", ""), "anti-ram schools")
    c.same(c.one(r"联网率(\d+%)；防冲撞"), ind["监控系统联网率"][1], "network rate prose vs table")
    c.same(k_now, ind["校园及周边治安案件"][1].replace("起", ""), "cases prose vs table")
    c.same(k_last, parse_target(ind["校园及周边治安案件"][0])[1], "last year's cases vs target")
    c.same(c.one(r"缩短到" + NUM + "分钟"), ind["平均处警到场时间"][1].replace("分钟", ""), "response time")
    c.same(est, ind["设施运维管护制度建立率"][1], "运维 rate prose vs table")
    c.same(c.one(r"师生及家长满意度" + PCT + "，"), ind["师生及家长满意度"][1], "satisfaction prose vs table")
    c.same(c.one(r"略低于" + PCT + "的目标"), ind["师生及家长满意度"][0].lstrip("≥"), "satisfaction target")
    g_alarm, g_pts, g_net, g_ram = c.one(r"年度目标：(\d+)所学校全部安装一键式紧急报警装置；新增高清监控点位不少于(\d+)个，联网率(\d+%)；(\d+)所学校校门口配置防冲撞设施")
    c.same(g_alarm, parse_target(ind["一键报警装置安装学校数"][0])[1], "alarm target prose vs table")
    c.same(g_alarm, n_all, "all schools get an alarm")
    c.same(g_pts, parse_target(ind["新增高清监控点位"][0])[1], "camera target prose vs table")
    c.same(g_net, ind["监控系统联网率"][0], "network target prose vs table")
    c.same(g_ram, parse_target(ind["防冲撞设施配置学校数"][0])[1], "anti-ram target prose vs table")
    ram_done, ram_left = c.one(r"防冲撞设施配置(\d+)所，(\d+)所结转下年")
    c.total_of([(ram_done, 1), (ram_left, 1)], (g_ram, 1), "anti-ram schools done + carried")
    c.same(c.one(r"主要是(\d+)所学校防冲撞设施"), ram_left, "schools carried (funds) vs outputs")
    c.same(c.one(r"防冲撞设施有(\d+)所学校未按期完成"), ram_left, "schools carried (problems) vs outputs")
    c.same(c.one(r"\n(\d+)所学校的一键报警装置全部安装"), ind["一键报警装置安装学校数"][1].replace("所", ""), "alarms installed")
    c.same(c.one(r"结转至2019年的" + NUM + "万元"), bal, "carried amount (other) vs 结余")
    return c


def check_dancheng(t):
    """ha-dancheng-xiaoyuanshipin-2023: 校园食品安全, saved web page with HTML residue."""
    c = Checker(t)
    W = UNIT["万元"]
    c.year(c.one(r"郸城县教育体育局(\d{4})年度校园食品安全"), 2023, "title year")
    ini = c.one(r"年初安排项目资金" + NUM + "万元，年度内未作调整")
    annual = c.one(r"全年预算数" + NUM + "万元。")
    c.same(ini, annual, "no adjustment => 年初 = 全年", code="rate_mismatch")
    r1, rate_jun, r2, rec = c.one(r"4月到位" + NUM + r"万元，截至6月底到位率" + PCT + r"；9月到位" + NUM + r"万元，全年累计到位" + NUM + "万元")
    c.total_of([(r1, W), (r2, W)], (rec, W), "two instalments")
    c.rate(rate_jun, r1, annual, "到位率 at the end of June")
    c.add("rate_mismatch", dec(rec) <= dec(annual), "received within the budget")
    y_cut, spent, rate = c.one(r"截至(\d{4})年12月31日，项目累计支出" + NUM + r"万元，预算执行率" + PCT)
    c.year(y_cut, 2023, "spending cut-off date")
    c.rate(rate, spent, annual, "prose 执行率")
    items = []
    for pat in (r"明厨亮灶改造(\d+)所，每所(\d+)(万?元)，计" + NUM + r"(万?元)",
                r"第三方快速检测(\d+)批次，每批次(\d+)(万?元)，计" + NUM + r"(万?元)",
                r"培训及健康体检(\d+)人次，人均(\d+)(万?元)，计" + NUM + r"(万?元)"):
        n, p, pu, amt, au = c.one(pat)
        c.product([(n, D(1)), (p, UNIT[pu])], (amt, UNIT[au]), pat[:6])
        items.append((amt, UNIT[au]))
    n_kitchen, per_kitchen = c.one(r"明厨亮灶改造(\d+)所，每所(\d+)元")
    n_test = c.one(r"第三方快速检测(\d+)批次")
    n_train = c.one(r"健康体检(\d+)人次")
    items.append((c.one(r"食品安全宣传及管理员培训" + NUM + "万元"), W))
    c.total_of(items, (spent, W), "spending items")
    bal = c.one(r"年末结余" + NUM + "万元")
    c.val("balance_mismatch", bal, dec(rec) - dec(spent), "结余 = 到位 - 执行")
    c.year(c.one(r"已结转(\d{4})年继续使用"), 2023, "carry-forward year", ">")
    n_all, n_ontime, ontime = c.one(r"(\d+)所学校中(\d+)所按期完工，按期完工率" + PCT)
    c.rate(ontime, n_ontime, n_all, "on-time rate")
    c.same(n_all, n_kitchen, "kitchens")
    t1, t2, t3, avg = c.one(r"三期分别培训(\d+)人次、(\d+)人次、(\d+)人次，平均每期(\d+)人次")
    c.val("average_mismatch", avg, (dec(t1) + dec(t2) + dec(t3)) / 3, "average per training session")
    c.total_of([(t1, 1), (t2, 1), (t3, 1)], (n_train, 1), "three sessions = trained total")
    q_pass = c.one(r"抽检合格率" + PCT)
    n_test2 = c.one(r"全年完成快速检测(\d+)批次")
    c.same(n_test, n_test2, "tests (money) vs tests (outputs)")
    score_p, grade_p = c.one(r"自评得分" + NUM + r"分，等级为(\S)")
    c.grade(grade_p, score_p, "prose grade")
    c.same(c.one(r"与(\d{4})年（抽检"), "2022", "comparison with last year", code="year_mismatch")
    # table
    rows = rows_html(t[t.index("<table"):t.index("</table>")])
    c.year(c.one(r"项目支出绩效自评表（(\d{4})年度）"), 2023, "table year")
    tot = after(rows, "年度资金总额")
    cur = after(rows, "其中：当年财政拨款")
    car = after(rows, "上年结转资金")
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total_of([(cur[i], W), (car[i], W)], (tot[i], W), f"funds column {col}")
    c.rate(tot[4], tot[2], tot[1], "table execution rate")
    c.add(WARN, close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), D(1))), "execution score")
    c.same(tot[0], ini, "年初 prose vs table")
    c.same(tot[1], annual, "全年 prose vs table")
    c.same(tot[2], spent, "执行 prose vs table")
    c.same(tot[4], rate, "执行率 prose vs table")
    names = ["明厨亮灶改造学校数", "食品安全抽检批次", "从业人员培训人次", "学校食堂监督检查频次", "从业人员持健康证上岗率",
             "明厨亮灶按期完工率", "明厨亮灶单校改造成本", "学校食物中毒事件", "食品抽检合格率",
             "食品安全管理制度落实率", "学生及家长满意度"]
    tw, ts = after(rows, "总分", nonempty=True)[:2]
    ind = c.indicators(rows, names, True, [(tot[3], tot[5])], tw, ts)
    c.same(score_p, ts, "total prose vs table")
    c.same(n_kitchen, ind["明厨亮灶改造学校数"][1].replace("所", ""), "kitchens prose vs table")
    c.same(n_test, ind["食品安全抽检批次"][1].replace("批次", ""), "tests prose vs table")
    c.same(n_train, ind["从业人员培训人次"][1].replace("人次", ""), "trainees prose vs table")
    c.same(ontime, ind["明厨亮灶按期完工率"][1], "on-time rate prose vs table")
    c.same(q_pass, ind["食品抽检合格率"][1], "pass rate prose vs table")
    c.same(str(dec(per_kitchen) / 10000), ind["明厨亮灶单校改造成本"][1].replace("万元", ""),
           "per-school cost 元 (prose) vs 万元 (table)")
    g_k, g_t, g_tr, g_p = c.one(r"完成(\d+)所学校明厨亮灶改造，全年抽检不少于(\d+)批次，培训从业人员不少于(\d+)人次，抽检合格率不低于" + PCT)
    c.same(g_k, parse_target(ind["明厨亮灶改造学校数"][0])[1], "kitchen target prose vs table")
    c.same(g_t, parse_target(ind["食品安全抽检批次"][0])[1], "test target prose vs table")
    c.same(g_tr, parse_target(ind["从业人员培训人次"][0])[1], "training target prose vs table")
    c.same(g_p, ind["食品抽检合格率"][0].lstrip("≥"), "pass-rate target prose vs table")
    c.same(c.one(r"对(\d+)所农村学校食堂"), n_kitchen, "kitchens (overview) vs kitchens (money)")
    late = c.one(r"其余(\d+)所因食堂改建")
    c.total_of([(n_ontime, 1), (late, 1)], (n_all, 1), "on time + late = all kitchens")
    c.same(c.one(r"一是(\d+)所学校明厨亮灶改造未按期完成"), late, "late kitchens (problems) vs (outputs)")
    c.same(c.one(r"设立食堂的中小学(\d+)所"), c.one(r"联合对(\d+)所学校食堂"), "schools with canteens")
    c.same(c.one(r"每校全年不少于(\d+)次"), parse_target(ind["学校食堂监督检查频次"][0])[1], "inspections prose vs table")
    return c


def check_luchuan(t):
    """gx-luchuan-fangnishui-2020: 防溺水宣传, PDF copy with space-aligned columns."""
    c = Checker(t)
    W = UNIT["万元"]
    c.year(c.one(r"\n(\d{4})年度中小学生防溺水安全教育专项经费\n绩效自评报告"), 2020, "title year")
    ini, sub = c.one(r"年初县本级预算安排" + NUM + r"万元；5月自治区下达防溺水专项补助" + NUM + "万元")
    c.year(c.one(r"桂财教〔(\d{4})〕"), 2020, "subsidy document year")
    annual = c.one(r"全年预算" + NUM + "万元，资金于当年全部到位")
    c.total_of([(ini, W), (sub, W)], (annual, W), "年初 + 补助 = 全年")
    spent, rate = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + PCT)
    c.rate(rate, spent, annual, "prose 执行率")
    i1 = c.one(r"及宣传资料" + NUM + "万元")
    n_sign, p_sign, pu, a_sign, au = c.one(r"警示牌(\d+)块，每块(\d+)(万?元)，计" + NUM + r"(万?元)")
    c.product([(n_sign, D(1)), (p_sign, UNIT[pu])], (a_sign, UNIT[au]), "signs x price")
    i3 = c.one(r"救生器材" + NUM + "万元")
    n_day, p_day, pu2, a_day, au2 = c.one(r"共(\d+)人·天，每人每天(\d+)(万?元)，计" + NUM + r"(万?元)")
    c.product([(n_day, D(1)), (p_day, UNIT[pu2])], (a_day, UNIT[au2]), "patrol days x allowance")
    c.total_of([(i1, W), (a_sign, UNIT[au]), (i3, W), (a_day, UNIT[au2])], (spent, W), "spending items")
    q_sent, q_back, q_rate, q_sat = c.one(r"发放问卷(\d+)份，回收(\d+)份，回收率" + PCT + r"，家长满意度" + PCT)
    c.rate(q_rate, q_back, q_sent, "questionnaire return rate")
    c.add("implausible_rate", dec(q_sat) <= 100, f"parent satisfaction {q_sat}")
    stu_sat = c.one(r"学生满意度" + PCT + "。")
    know, know_last = c.one(r"知晓率为" + PCT + r"，较上年的" + PCT)
    letters = c.one(r"全年发放《致家长的一封信》" + NUM + "万份")
    signs2 = c.one(r"设置警示牌(\d+)块，各校")
    score_p = c.one(r"项目综合得分(\d+)分")
    # table 1
    r1 = rows_spaces(t[t.index("表1  资金使用情况表"):t.index("三、项目实施情况")])
    v = {k: after(r1, k)[1] for k in ("年初预算数", "预算调整数", "全年预算数", "实际到位数", "实际支出数", "结余", "到位率", "执行率")}
    c.total_of([(v["年初预算数"], W), (v["预算调整数"], W)], (v["全年预算数"], W), "(3) = (1) + (2)")
    c.val("balance_mismatch", v["结余"], dec(v["实际到位数"]) - dec(v["实际支出数"]), "(6) = (4) - (5)")
    c.rate(v["到位率"], v["实际到位数"], v["全年预算数"], "(7) = (4)/(3)")
    c.rate(v["执行率"], v["实际支出数"], v["全年预算数"], "(8) = (5)/(3)")
    c.same(v["年初预算数"], ini, "年初 prose vs table 1")
    c.same(v["预算调整数"], sub, "调整 prose vs table 1")
    c.same(v["全年预算数"], annual, "全年 prose vs table 1")
    c.same(v["实际到位数"], annual, "all received: 到位 = 全年 (prose)", code="rate_mismatch")
    c.same(v["实际支出数"], spent, "支出 prose vs table 1")
    c.same(v["执行率"], rate, "执行率 prose vs table 1")
    # self-evaluation table
    r2 = rows_spaces(t[t.index("附表：项目支出绩效自评表"):])
    c.year(c.one(r"附表：项目支出绩效自评表（(\d{4})年度）"), 2020, "table year")
    tot = after(r2, "年度资金总额")
    cur = after(r2, "其中：当年财政拨款")
    car = after(r2, "上年结转资金")
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total_of([(cur[i], W), (car[i], W)], (tot[i], W), f"funds column {col}")
    c.rate(tot[4], tot[2], tot[1], "table execution rate")
    c.add(WARN, close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), D(1))), "execution score")
    c.same(tot[1], v["全年预算数"], "全年 self-eval table vs table 1")
    c.same(tot[2], v["实际支出数"], "执行 self-eval table vs table 1")
    c.same(tot[4], v["执行率"], "执行率 self-eval table vs table 1")
    names = ["发放《致家长的一封信》", "危险水域警示牌", "防溺水专题教育课", "防溺水安全教育覆盖率", "宣传物资发放完成时间",
             "警示牌单价", "中小学生溺水死亡事故", "学生防溺水知识知晓率", "学生满意度"]
    tot_cells = after(r2, "总分")
    tw, ts, gr = tot_cells[:3]
    ind = c.indicators(r2, names, False, [(tot[3], tot[5])], tw, ts)
    c.grade(c.one(r"自评等级：(\S)"), ts, "table grade")
    c.same(score_p, ts, "total prose vs table")
    c.same(letters, ind["发放《致家长的一封信》"][1].replace("万份", ""), "letters prose vs table")
    c.same(n_sign, ind["危险水域警示牌"][1].replace("块", ""), "signs (funds section) vs table")
    c.same(signs2, ind["危险水域警示牌"][1].replace("块", ""), "signs (outputs section) vs table")
    c.same(p_sign, ind["警示牌单价"][1].replace("元/块", ""), "sign price prose vs table")
    c.same(know, ind["学生防溺水知识知晓率"][1], "knowledge rate prose vs table")
    c.same(stu_sat, ind["学生满意度"][1], "pupil satisfaction prose vs table")
    c.add("implausible_rate", dec(know_last) <= 100, "last year's knowledge rate")
    g_l, g_s, g_c, g_k = c.one(r"不少于" + NUM + r"万份，在危险水域设置警示牌不少于(\d+)块，每校开展防溺水专题教育课不少于(\d+)节，学生防溺水知识知晓率达到" + PCT)
    c.same(g_l, parse_target(ind["发放《致家长的一封信》"][0])[1], "letter target prose vs table")
    c.same(g_s, parse_target(ind["危险水域警示牌"][0])[1], "sign target prose vs table")
    c.same(g_c, parse_target(ind["防溺水专题教育课"][0])[1], "lesson target prose vs table")
    c.same(g_k, ind["学生防溺水知识知晓率"][0].lstrip("≥"), "knowledge target prose vs table")
    c.same(c.one(r"但未达到" + PCT + "的目标"), g_k, "knowledge target restated")
    c.same(c.one(r"每校开课(\d+)节以上"), ind["防溺水专题教育课"][1].replace("节/校", ""), "lessons prose vs table")
    c.same(c.one(r"教育覆盖率" + PCT + "，宣传物资"), ind["防溺水安全教育覆盖率"][1], "coverage prose vs table")
    return c


def check_qichun(t):
    """hb-qichun-yizhong-2024: department overall (学校安保人员经费), pipe tables."""
    c = Checker(t)
    W = UNIT["万元"]
    c.year(c.one(r"蕲春县第一高级中学(\d{4})年度部门整体"), 2024, "title year")
    staff, s1, s2 = c.one(r"教职工(\d+)人，其中在编(\d+)人、聘用(\d+)人")
    c.total_of([(s1, 1), (s2, 1)], (staff, 1), "staff")
    annual, gov, biz = c.one(r"全年预算" + NUM + r"万元，其中一般公共预算拨款" + NUM + r"万元、事业收入" + NUM + "万元")
    c.total_of([(gov, W), (biz, W)], (annual, W), "revenue sources")
    ini, inc = c.one(r"较年初预算" + NUM + r"万元增加" + NUM + "万元")
    c.total_of([(ini, W), (inc, W)], (annual, W), "年初 + 增加 = 全年")
    fire_add = c.one(r"追加资金" + NUM + "万元。")
    spent, rate = c.one(r"全年支出" + NUM + r"万元，整体预算执行率" + PCT)
    c.rate(rate, spent, annual, "prose 执行率")
    cb, cf_y, cf, cf_fire, cf_food, bal = c.one(
        r"年末结转结余" + NUM + r"万元，其中结转(\d{4})年" + NUM + r"万元（宿舍消防改造" + NUM + r"万元、食堂设备" + NUM
        + r"万元），结余" + NUM + "万元")
    c.year(cf_y, 2024, "carry-forward year", ">")
    c.val("balance_mismatch", cb, dec(annual) - dec(spent), "结转结余 = 全年 - 执行")
    c.total_of([(cf_fire, W), (cf_food, W)], (cf, W), "carry-forward parts")
    c.total_of([(cf, W), (bal, W)], (cb, W), "结转 + 结余")
    g_now, g_last, g_rate = c.one(r"经费支出" + NUM + r"万元，较上年" + NUM + r"万元下降" + PCT)
    c.rate(g_rate, dec(g_last) - dec(g_now), g_last, "三公 decrease rate")
    pb, pa, ps = c.one(r"政府采购预算" + NUM + r"万元，实际采购金额" + NUM + r"万元，节约" + NUM + "万元")
    c.total_of([(pa, W), (ps, W)], (pb, W), "procurement budget = actual + saving")
    g_n, g_p, g_pu, g_amt, g_au = c.one(r"购买保安服务(\d+)人，每人每月(\d+)(万?元)，全年" + NUM + r"(万?元)")
    c.product([(g_n, D(1)), (g_p, UNIT[g_pu]), ("12", D(1))], (g_amt, UNIT[g_au]), "guards x monthly fee x 12")
    g_other, g_sum = c.one(r"夜间巡逻补助" + NUM + r"万元，合计" + NUM + "万元")
    c.total_of([(g_amt, UNIT[g_au]), (g_other, W)], (g_sum, W), "security personnel funds")
    m_tot, m1, m2, m3 = c.one(r"全年支出" + NUM + r"万元，其中监控系统维保" + NUM + r"万元、一键报警及门禁维护" + NUM + r"万元、消防设施检测" + NUM + "万元")
    c.total_of([(m1, W), (m2, W), (m3, W)], (m_tot, W), "maintenance items")
    cam_ok = c.one(r"监控点位完好率" + PCT)
    fire_done = c.one(r"年底按工程量计完成" + PCT)
    c.year(c.one(r"财务数据截至(\d{4})年12月31日"), 2024, "data cut-off")
    p_exec, p_out, p_ben, p_sat, p_tot, p_grade = c.one(
        r"预算执行指标得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM
        + r"分，综合得分" + NUM + r"分，等级为(\S\S)")
    c.val("score_sum_mismatch", p_tot, dec(p_exec) + dec(p_out) + dec(p_ben) + dec(p_sat), "prose subtotals")
    c.grade(p_grade, p_tot, "prose grade")
    pupils, goal, comp = c.one(r"全年在校学生(\d+)人，为目标(\d+)人的" + PCT)
    c.val("completion_mismatch", comp, dec(pupils) / dec(goal) * 100, "pupils completion")
    h_all, h_done, h_rate = c.one(r"排查安全隐患(\d+)处，整改(\d+)处，整改率" + PCT)
    c.rate(h_rate, h_done, h_all, "hazard rectification rate")
    # funds table
    rf = rows_pipe(t[t.index("二、部门整体支出情况"):t.index("三、重点项目执行情况")])
    keys = ["合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "其中：校园安保人员经费",
            "校园安防设施运维", "学生宿舍消防改造", "食堂设备更新及食品检测"]
    f = {k: after(rf, k) for k in keys}
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total_of([(f["一、基本支出"][i], W), (f["二、项目支出"][i], W)], (f["合计"][i], W), f"合计 {col}")
        c.total_of([(f["其中：人员经费"][i], W), (f["公用经费"][i], W)], (f["一、基本支出"][i], W), f"基本支出 {col}")
        c.total_of([(f[k][i], W) for k in keys[5:]], (f["二、项目支出"][i], W), f"项目支出 {col}")
    for k in keys:
        c.rate(f[k][3], f[k][2], f[k][1], f"{k} execution rate")
    c.same(f["合计"][0], ini, "年初 prose vs table")
    c.same(f["合计"][1], annual, "全年 prose vs table")
    c.same(f["合计"][2], spent, "执行 prose vs table")
    c.same(f["合计"][3], rate, "执行率 prose vs table")
    c.total_of([(f["学生宿舍消防改造"][0], W), (fire_add, W)], (f["学生宿舍消防改造"][1], W), "fire project 年初 + 追加")
    c.val("balance_mismatch", cf_fire, dec(f["学生宿舍消防改造"][1]) - dec(f["学生宿舍消防改造"][2]), "fire carry-forward")
    c.val("balance_mismatch", cf_food, dec(f["食堂设备更新及食品检测"][1]) - dec(f["食堂设备更新及食品检测"][2]), "canteen carry-forward")
    c.val("balance_mismatch", bal, dec(f["校园安防设施运维"][1]) - dec(f["校园安防设施运维"][2]), "maintenance balance")
    c.same(g_sum, f["其中：校园安保人员经费"][2], "security funds prose vs table")
    c.same(m_tot, f["校园安防设施运维"][2], "maintenance prose vs table")
    # scoring table
    rs = rows_pipe(t[t.index("四、部门整体绩效自评情况"):t.index("五、存在的问题及原因")])
    names_out = ["专职安保人员配备数", "在校学生人数", "安保人员持证上岗率", "校园监控设施完好率", "宿舍消防改造完成率", "保安服务单价"]
    names_ben = ["校园治安刑事案件", "学生校内意外伤害事件", "安全隐患整改率"]
    names_sat = ["师生家长满意度"]
    tw, ts = after(rs, "合计", nonempty=True)[:2]
    ind = c.indicators(rs, ["部门预算执行率"] + names_out + names_ben + names_sat, False, [], tw, ts)
    c.level_sum(ind, ["部门预算执行率"], p_exec, "execution score (prose) vs row")
    c.level_sum(ind, names_out, p_out, "产出 subtotal (prose) vs rows")
    c.level_sum(ind, names_ben, p_ben, "效益 subtotal (prose) vs rows")
    c.level_sum(ind, names_sat, p_sat, "满意度 subtotal (prose) vs rows")
    c.same(p_tot, ts, "total prose vs table")
    c.same(ind["部门预算执行率"][1], f["合计"][3], "execution rate scoring table vs funds table")
    c.same(g_n, ind["专职安保人员配备数"][1].replace("人", ""), "guards prose vs table")
    c.same(g_p, ind["保安服务单价"][1].replace("元/人·月", ""), "guard fee prose vs table")
    c.same(pupils, ind["在校学生人数"][1].replace("人", ""), "pupils prose vs table")
    c.same(goal, parse_target(ind["在校学生人数"][0])[1], "pupil target prose vs table")
    c.same(c.one(r"在校学生(\d+)人；"), pupils, "pupils (overview) vs pupils (scoring text)")
    c.same(cam_ok, ind["校园监控设施完好率"][1], "camera rate prose vs table")
    c.same(fire_done, ind["宿舍消防改造完成率"][1], "fire completion prose vs table")
    c.same(h_rate, ind["安全隐患整改率"][1], "hazard rate prose vs table")
    w_exec, w_rest = c.one(r"预算执行按“执行率×(\d+)分”计分，其余(\d+)分按年度目标分配")
    c.add("weight_sum_mismatch", dec(ind["部门预算执行率"][3]) == dec(w_exec), "execution weight as announced")
    c.add("weight_sum_mismatch", sum(dec(ind[n][3]) for n in names_out + names_ben + names_sat) == dec(w_rest),
          "goal weights as announced")
    c.total_of([(w_exec, 1), (w_rest, 1)], (tw, 1), "20 + 80 = 100", code="weight_sum_mismatch")
    c.val(WARN, ind["部门预算执行率"][4], dec(w_exec) * dec(f["合计"][2]) / dec(f["合计"][1]), "execution score = rate x 20")
    c.same(c.one(r"配备专职保安(\d+)名"), g_n, "guards overview vs funds")
    c.same(c.one(r"师生家长满意度达到" + PCT), ind["师生家长满意度"][0].lstrip("≥"), "satisfaction target")
    return c


CHECKS = {
    "gs-minqin-xiaoche-2021": check_minqin,
    "jx-anyi-xiaoyuananfang-2018": check_anyi,
    "ha-dancheng-xiaoyuanshipin-2023": check_dancheng,
    "gx-luchuan-fangnishui-2020": check_luchuan,
    "hb-qichun-yizhong-2024": check_qichun,
}


# ================================================================ main
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s  # changed span in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    n_checks = 0
    for lab in labels:
        case = lab["case"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        try:
            chk = CHECKS[lab["source"]](text)
        except (LookupError, ValueError, IndexError, ArithmeticError) as e:
            problems.append(f"{case}: extraction failed: {e!r}")
            continue
        n_checks += len(chk.results)
        failed = [(c, m) for c, ok, m in chk.results if not ok]
        failed_err = {c for c, _ in failed if c in ERROR_CODES}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{case}: clean case with expected findings")
            for c, m in failed:
                problems.append(f"{case}: clean draft fails {c}: {m}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        e = exp[0]
        code = e["code"]
        counts[code] = counts.get(code, 0) + 1
        if code not in ERROR_CODES or e["severity"] != "error":
            problems.append(f"{case}: code/severity not an error code of section A: {code}/{e['severity']}")
        if e["value"] not in text:
            problems.append(f"{case}: value {e['value']!r} not in case")
        clean = open(os.path.join(CASES, f"{lab['source']}-clean.txt"), encoding="utf-8").read()
        if clean == text:
            problems.append(f"{case}: identical to its clean draft")
        else:
            s, t_end = diff_region(clean, text)
            hits = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if not any(h < max(t_end, s + 1) and s < h + len(e["value"]) for h in hits):
                problems.append(f"{case}: changed span [{s},{t_end}) does not overlap the value")
        if code not in failed_err:
            problems.append(f"{case}: labelled code {code} does not fail")
        others = failed_err - {code}
        for c, m in failed:
            if c in others:
                problems.append(f"{case}: unlabelled error-level failure {c}: {m}")
        status = "ok" if (code in failed_err and not others) else "BAD"
        print(f"{case:42s} {code:22s} {status}  ({'; '.join(m for c, m in failed if c == code)[:110]})")
    for code in sorted(ERROR_CODES):
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    n_clean = sum(1 for l in labels if l["clean"])
    print(f"{len(labels)} cases ({n_clean} clean), {n_checks} arithmetic checks run")
    print("codes:", ", ".join(f"{k}={counts.get(k, 0)}" for k in sorted(ERROR_CODES)))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
