#!/usr/bin/env python3
"""Verify drafts208.

1. every label value occurs in its case file, every case has a label, codes are in the §A vocabulary
   and each of the 13 codes occurs at least twice;
2. each error case differs from its clean draft in one place (one short contiguous region);
3. redoes the arithmetic of every clean draft from the text itself (rates, sums, balances, averages,
   weights, scores, grade band, completion rates, units, years, repeated figures) -- all must hold;
4. runs the same checks on every error case: the labelled code must be among the failures, and any
   other failure must be a side effect of that one slip (a row score that no longer follows the
   scoring rule, or the figures an off-by-10^4 amount disturbs).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"(\d+(?:\.\d+)?)"


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-ndec(s) - 1) + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, message)
        self.n = 0

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def one(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            self.fail("parse", f"pattern matched {len(ms)} times: {pattern}")
            return None
        return ms[0].groups()

    def all(self, pattern):
        return [m.groups() if len(m.groups()) > 1 else m.group(1) for m in re.finditer(pattern, self.t)]

    def eq(self, code, what, computed, stated):
        """stated is the string as written; computed a Decimal."""
        self.n += 1
        if abs(D(computed) - D(stated)) > tol(stated):
            self.fail(code, f"{what}: computed {computed}, stated {stated}")
            return False
        return True

    def same(self, code, what, values):
        self.n += 1
        vals = {D(v) for v in values}
        if len(vals) > 1:
            self.fail(code, f"{what}: values differ {values}")

    def rate(self, what, num, den, stated):
        return self.eq("rate_mismatch", what, D(num) / D(den) * 100, stated)

    def sum(self, what, parts, total):
        """total == sum(parts); if not, an off-by-10^4 part/total that reconciles it is a unit slip."""
        self.n += 1
        p = [D(x) for x in parts]
        if abs(sum(p) - D(total)) <= tol(total):
            return
        for i in range(len(p)):
            for f in (D("1e-4"), D("1e4")):
                q = p[:]
                q[i] = q[i] * f
                if abs(sum(q) - D(total)) <= tol(total):
                    self.fail("unit_mismatch", f"{what}: part {parts[i]} is off by 10^4")
                    return
        for f in (D("1e-4"), D("1e4")):
            if abs(sum(p) - D(total) * f) <= tol(total) * f:
                self.fail("unit_mismatch", f"{what}: total {total} is off by 10^4")
                return
        self.fail("sum_mismatch", f"{what}: {' + '.join(parts)} = {sum(p)}, stated {total}")

    def grade(self, total, label):
        self.n += 1
        if band(D(total)) != label[0]:
            self.fail("grade_mismatch", f"total {total} graded {label}, band {band(D(total))}")

    def year_eq(self, what, y, report_year):
        self.n += 1
        if int(y) != report_year:
            self.fail("year_mismatch", f"{what}: {y} vs report year {report_year}")

    def years_carry(self, report_year):
        for y in self.all(r"结转至(\d{4})年"):
            self.n += 1
            if int(y) <= report_year:
                self.fail("year_mismatch", f"carried over to {y} in a {report_year} report")
        for y in self.all(r"截至(\d{4})年12月31日"):
            self.year_eq("截至…12月31日", y, report_year)

    def zero_base_prose(self):
        for base, r in self.all(r"预算(0(?:\.0+)?)万元，执行率" + NUM + "%"):
            self.n += 1
            if D(r) != 0:
                self.fail("implausible_rate", f"rate {r}% on a zero budget")


# ----------------------------------------------------------------------------- tables
def table(t, header_prefix, end_prefixes):
    lines = t.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_prefix):
            header = ln.split("｜")
            rows, end = [], None
            for ln2 in lines[i + 1:]:
                if any(ln2.startswith(e) for e in end_prefixes):
                    end = ln2.split("｜")
                    break
                if "｜" not in ln2:
                    break
                rows.append(ln2.split("｜"))
            return header, rows, end
    raise ValueError(f"no table with header {header_prefix}")


def parse_val(s):
    """-> (direction, number string, unit) or None for dates / qualitative cells."""
    s = s.strip()
    if re.search(r"\d{4}年", s):
        return ("date", None, None)
    m = re.match(r"^([≥≤]?)" + NUM + r"(.*)$", s)
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", "": "eq"}[m.group(1)]
    return (d, m.group(2), m.group(3))


def funds_block(ck, header_prefix="项目资金（万元）"):
    """MOF funds block: 年初｜全年｜执行｜分值｜执行率｜得分. Returns (annual, spent, weight, rate, score) of the total row."""
    header, rows, _ = table(ck.t, header_prefix, ["年度总体目标", "一级指标"])
    vals = {}
    for r in rows:
        name = r[0].replace("其中：", "")
        vals[name] = r
    tot = vals.pop("年度资金总额")
    num = lambda x: D("0") if x.strip() in ("—", "") else D(x)
    for col, cname in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        ck.sum(f"funds table {cname}", [r[col] if r[col] != "—" else "0" for r in vals.values()], tot[col])
    for name, r in list(vals.items()) + [("年度资金总额", tot)]:
        annual, spent, rate = num(r[2]), num(r[3]), r[5].strip()
        if rate in ("—", ""):
            continue
        rv = rate.rstrip("%")
        ck.n += 1
        if annual == 0:
            if D(rv) != 0:
                ck.fail("implausible_rate", f"{name}: rate {rate} on a zero base")
            continue
        if spent > annual:
            ck.fail("implausible_rate", f"{name}: spent {spent} above budget {annual}")
        ck.rate(f"funds table {name} 执行率", spent, annual, rv)
    annual, spent = num(tot[2]), num(tot[3])
    exp_score = r2(D(tot[4]) * min(spent / annual, D(1)))
    ck.eq("score_rule_mismatch", "execution score", exp_score, tot[6])
    return tot[2], tot[3], tot[4], tot[5].rstrip("%"), tot[6]


def indicator_table(ck, header_prefix, end_prefixes, exec_weight="0", exec_score="0"):
    """Checks weights, scores, units, completion and the score rule; returns (total string, rows dict)."""
    header, rows, end = table(ck.t, header_prefix, end_prefixes)
    H = {h: i for i, h in enumerate(header)}
    iw, isc = H["分值"], H["得分"]
    it = H.get("年度指标值", H.get("指标值"))
    ia, ic = H["实际完成值"], H.get("完成率")
    weights, scores = [exec_weight], [exec_score]
    byname = {}
    for r in rows:
        w, s = r[iw], r[isc]
        weights.append(w)
        scores.append(s)
        byname[r[2]] = r
        ck.n += 1
        if D(s) > D(w) or D(s) < 0:
            ck.fail("score_exceeds_weight", f"{r[2]}: score {s} > weight {w}")
        tv, av = parse_val(r[it]), parse_val(r[ia])
        if tv is None or tv[0] == "date":
            continue
        if av is None or av[0] == "date" or av[2] != tv[2]:
            ck.fail("unit_mismatch", f"{r[2]}: target {r[it]} vs actual {r[ia]}")
            continue
        T, A = D(tv[1]), D(av[1])
        if tv[0] == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if ic is not None:
            ck.eq("completion_mismatch", f"{r[2]} 完成率", comp, r[ic].rstrip("%"))
        ck.eq("score_rule_mismatch", f"{r[2]} score", r2(D(w) * min(comp / 100, D(1))), s)
    total_w, total_s = [x for x in end if x.strip()][1:3]
    ck.n += 1
    if sum(D(x) for x in weights) != D(total_w) or D(total_w) != 100:
        ck.fail("weight_sum_mismatch", f"weights {'+'.join(weights)} = {sum(D(x) for x in weights)}, stated {total_w}")
    ck.n += 1
    if abs(sum(D(x) for x in scores) - D(total_s)) > tol(total_s):
        ck.fail("score_sum_mismatch", f"scores sum {sum(D(x) for x in scores)}, stated {total_s}")
    return total_s, byname


# ----------------------------------------------------------------------------- drafts
def check_pingyi(ck):
    Y = int(ck.one(r"(\d{4})年度县级化肥淡季商业储备项目支出绩效自评报告")[0])
    ck.year_eq("自评表 header", ck.one(r"项目支出绩效自评表\n（(\d{4})年度）")[0], Y)
    ck.years_carry(Y)
    a, b, c = ck.one(r"年初预算" + NUM + r"万元，其中省级化肥储备补助资金" + NUM + r"万元、县级配套资金" + NUM + "万元")
    ck.sum("年初预算 = 省级 + 县级", [b, c], a)
    t, p = ck.one(r"按储备任务" + NUM + r"万吨、每吨贴息" + NUM + "元核定")
    ck.eq("sum_mismatch", "年初预算 = 任务 × 贴息标准", D(t) * D(p), a)
    A, b2, m, c2 = ck.one(r"全年预算" + NUM + r"万元，其中省级" + NUM + r"万元、市级" + NUM + r"万元、县级" + NUM + "万元")
    ck.sum("全年预算 = 省 + 市 + 县", [b2, m, c2], A)
    ck.same("conflicting_values", "省级资金", [b, b2])
    ck.same("conflicting_values", "县级资金", [c, c2])
    R, rr = ck.one(r"全年资金到位" + NUM + r"万元，到位率" + NUM + "%")
    ck.rate("到位率", R, A, rr)
    S, er = ck.one(r"实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    ck.rate("预算执行率", S, A, er)
    x, q, p2 = ck.one(r"储备贴息" + NUM + r"万元（" + NUM + r"吨×" + NUM + "元/吨）")
    ck.eq("sum_mismatch", "贴息 = 吨 × 元/吨", D(q) * D(p2) / 10000, x)
    f1, f2, f3, f = ck.one(r"抽检费" + NUM + r"万元、储备库点防潮垫和消防器材购置费" + NUM + r"万元、库存监管及盘点劳务费" + NUM + r"万元，合计" + NUM + "万元")
    ck.sum("管理经费合计", [f1, f2, f3], f)
    ck.sum("实际支出 = 贴息 + 管理经费", [x, f], S)
    m2, ms, mr = ck.one(r"市级追加的" + NUM + r"万元支出" + NUM + r"万元，执行率" + NUM + "%")
    ck.rate("市级资金执行率", ms, m2, mr)
    ck.same("conflicting_values", "市级追加", [m, m2])
    ck.same("conflicting_values", "市级支出 = 管理经费合计", [ms, f])
    bal = ck.one(r"年末结余" + NUM + "万元")[0]
    ck.eq("balance_mismatch", "结余 = 到位 − 支出", D(R) - D(S), bal)
    st, cr = ck.one(r"全年储备化肥" + NUM + r"万吨，完成任务的" + NUM + "%")
    ck.eq("completion_mismatch", "储备完成率", D(st) / D(t) * 100, cr)
    u, v, w = ck.one(r"其中尿素" + NUM + r"万吨、复合肥" + NUM + r"万吨、磷酸二铵" + NUM + "万吨")
    ck.sum("储备品种", [u, v, w], st)
    z = ck.one(r"自筹增储的" + NUM + "万吨")[0]
    ck.eq("conflicting_values", "自筹增储 = 实储 − 任务", D(st) - D(t), z)
    n, k, sat = ck.one(r"收回" + NUM + r"份，表示满意的" + NUM + r"份，满意度" + NUM + "%")
    ck.rate("满意度", k, n, sat)
    ta, ts, tw, trate, tscore = funds_block(ck)
    ck.same("conflicting_values", "全年预算 text/table", [A, ta])
    ck.same("conflicting_values", "执行数 text/table", [S, ts])
    ck.same("conflicting_values", "执行率 text/table", [er, trate])
    total, rows = indicator_table(ck, "一级指标｜", ["总分"], tw, tscore)
    ck.same("conflicting_values", "储备数量 text/table", [st, rows["化肥储备数量"][4].rstrip("万吨")])
    ck.same("conflicting_values", "满意度 text/table", [sat, rows["农户及经营网点满意度"][4].rstrip("%")])
    ptotal, grade = ck.one(r"自评得分" + NUM + r"分，评价等级为“(.)”")
    ck.same("conflicting_values", "总分 text/table", [ptotal, total])
    ck.grade(ptotal, grade)


def check_ningyuan(ck):
    Y = int(ck.one(r"(\d{4})年度电子商务进农村")[0])
    ck.year_eq("自评表 header", ck.one(r"项目支出绩效自评表（(\d{4})年度）")[0], Y)
    ck.years_carry(Y)
    a, cen, cty, cf, A = ck.one(r"年初预算" + NUM + r"万元，为当年财政拨款，其中中央财政电子商务进农村综合示范资金" + NUM + r"万元、县级配套资金" + NUM + r"万元；加上\d{4}年结转的示范资金" + NUM + r"万元，全年预算" + NUM + "万元")
    ck.sum("年初 = 中央 + 县级", [cen, cty], a)
    ck.sum("全年 = 年初 + 结转", [a, cf], A)
    S, er = ck.one(r"实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    ck.rate("预算执行率", S, A, er)
    S2, i1, i2, nst, per, i3, per2, i4, i5 = ck.one(
        r"全年实际支出" + NUM + r"万元，按用途分：县级电商公共服务中心改造及设备购置" + NUM + r"万元；乡镇电商服务站建设" + NUM
        + r"万元（" + NUM + r"个，每个" + NUM + r"万元）；村级服务点建设补助" + NUM + r"万元（每个" + NUM + r"元）；电商人才培训" + NUM
        + r"万元；农产品品牌打造及质量溯源" + NUM + "万元")
    ck.sum("支出按用途", [i1, i2, i3, i4, i5], S2)
    ck.same("conflicting_values", "全年支出", [S, S2])
    ck.eq("sum_mismatch", "乡镇站 = 个数 × 每个", D(nst) * D(per), i2)
    bal = ck.one(r"未支出的" + NUM + "万元")[0]
    ck.eq("balance_mismatch", "未支出 = 全年预算 − 支出", D(A) - D(S), bal)
    npt = ck.all(r"村级电商服务点" + NUM + "个")
    ck.same("conflicting_values", "村级服务点个数 (text)", npt)
    classes, people, avg, passr = ck.one(r"举办电商培训班" + NUM + r"期，培训" + NUM + r"人次，平均每期" + NUM + r"人次，培训结业考核合格率" + NUM + "%")
    ck.eq("average_mismatch", "平均每期人次", D(people) / D(classes), avg)
    sales, scomp = ck.one(r"农产品网络销售额" + NUM + r"万元，完成目标的" + NUM + "%")
    ck.eq("completion_mismatch", "销售额完成率", D(sales) / D(5000) * 100, scomp)
    ta, ts, tw, trate, tscore = funds_block(ck)
    ck.same("conflicting_values", "全年预算 text/table", [A, ta])
    ck.same("conflicting_values", "执行数 text/table", [S, ts])
    ck.same("conflicting_values", "执行率 text/table", [er, trate])
    total, rows = indicator_table(ck, "一级指标｜", ["合计"], tw, tscore)
    ck.same("conflicting_values", "村级服务点 text/table", npt + [rows["村级电商服务点"][4].rstrip("个")])
    ck.eq("sum_mismatch", "村级补助 = 个数 × 2500元", D(rows["村级电商服务点"][4].rstrip("个")) * D(per2) / 10000, i3)
    ck.same("conflicting_values", "培训人次 text/table", [people, rows["电商培训人次"][4].rstrip("人次")])
    ck.same("conflicting_values", "销售额 text/table", [sales, rows["农产品网络销售额"][4].rstrip("万元")])
    ptotal, grade = ck.one(r"本项目得分" + NUM + r"分，评价等级为(.)")
    ck.same("conflicting_values", "总分 text/table", [ptotal, total])
    ck.grade(ptotal, grade)


def check_lingshan(ck):
    Y = int(ck.one(r"(\d{4})年度供销合作社农产品产地冷链")[0])
    ck.year_eq("自评表 header", ck.one(r"项目支出绩效自评表\n（(\d{4})年度）")[0], Y)
    ck.years_carry(Y)
    A, prov, cty = ck.one(r"年初预算" + NUM + r"万元，全年未作调整，其中自治区供销合作社发展专项资金" + NUM + r"万元（\d{4}年12月提前下达）、县级配套资金" + NUM + "万元")
    ck.sum("预算 = 自治区 + 县级", [prov, cty], A)
    b1, b2, b3 = ck.one(r"冷库建设补助" + NUM + r"万元、冷藏车购置补助" + NUM + r"万元、冷链温控溯源平台" + NUM + "万元")
    ck.sum("预算按用途", [b1, b2, b3], A)
    S, e1, e2, nveh, per, e3 = ck.one(r"实际支出" + NUM + r"万元，其中冷库建设补助" + NUM + r"万元，冷藏车购置补助" + NUM + r"万元（" + NUM + r"辆，每辆补助" + NUM + r"万元），温控溯源平台" + NUM + "万元")
    ck.sum("支出按用途", [e1, e2, e3], S)
    ck.eq("sum_mismatch", "冷藏车补助 = 辆 × 每辆", D(nveh) * D(per), e2)
    bal = ck.one(r"未支付的" + NUM + "万元")[0]
    ck.eq("balance_mismatch", "结转 = 预算 − 支出", D(A) - D(S), bal)
    caps = ck.all(r"镇（" + NUM + "立方米）")
    tot_cap, avg = ck.one(r"合计新增库容" + NUM + r"立方米，平均每座" + NUM + "立方米")
    ck.sum("库容合计", caps, tot_cap)
    ck.eq("average_mismatch", "平均每座库容", D(tot_cap) / len(caps), avg)
    cost, unit_cost = ck.one(r"5座冷库合计造价" + NUM + r"万元，单位库容建设成本" + NUM + "元/立方米")
    ck.eq("sum_mismatch", "造价 = 库容 × 单位成本", D(tot_cap) * D(unit_cost) / 10000, cost)
    turn, tcomp = ck.one(r"全年冷藏周转鲜果及蔬菜" + NUM + r"吨，完成目标的" + NUM + "%")
    ck.eq("completion_mismatch", "周转量完成率", D(turn) / D(8000) * 100, tcomp)
    farmers = ck.one(r"项目带动农户" + NUM + "户")[0]
    n, k, sat = ck.one(r"调查农户和合作社" + NUM + r"户（家），表示满意的" + NUM + r"户（家），满意度为" + NUM + "%")
    ck.rate("满意度", k, n, sat)
    pA, pS = ck.one(r"本项目年初预算" + NUM + r"万元，实际支出" + NUM + "万元")
    ck.same("conflicting_values", "预算 text", [A, pA])
    ck.same("conflicting_values", "支出 text", [S, pS])
    ta, ts, tw, trate, tscore = funds_block(ck)
    ck.same("conflicting_values", "预算 text/table", [A, ta])
    ck.same("conflicting_values", "执行数 text/table", [S, ts])
    total, rows = indicator_table(ck, "一级指标｜", ["总分"], tw, tscore)
    ck.same("conflicting_values", "库容 text/table", [tot_cap, rows["新增冷库库容"][4].rstrip("立方米")])
    ck.same("conflicting_values", "带动农户 text/table", [farmers, rows["带动农户数"][4].rstrip("户")])
    ck.same("conflicting_values", "满意度 text/table", [sat, rows["农户及合作社满意度"][4].rstrip("%")])
    if rows["年冷藏周转量"][4].endswith("吨"):
        ck.same("conflicting_values", "周转量 text/table", [turn, rows["年冷藏周转量"][4].rstrip("吨")])
    ptotal, grade = ck.one(r"自评得分" + NUM + r"分，评价等级为(.)")
    ck.same("conflicting_values", "总分 text/table", [ptotal, total])
    ck.grade(ptotal, grade)


def check_pingan(ck):
    Y = int(ck.one(r"(\d{4})年度部门整体支出绩效自评报告")[0])
    ck.year_eq("自评表 header", ck.one(r"部门整体支出绩效自评表（(\d{4})年度）")[0], Y)
    ck.years_carry(Y)
    ck.zero_base_prose()
    a, add, x1, x2, x3, A = ck.one(r"年初预算" + NUM + r"万元，年中追加" + NUM + r"万元，其中省级农村物流网点建设补助" + NUM + r"万元、省级供销合作社综合改革资金" + NUM + r"万元、市级化肥淡季储备贴息" + NUM + r"万元，全年预算" + NUM + "万元")
    ck.sum("追加", [x1, x2, x3], add)
    ck.sum("全年 = 年初 + 追加", [a, add], A)
    S, er, basic, staff, office, proj, pr = ck.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%。其中基本支出" + NUM + r"万元，含人员经费" + NUM + r"万元、公用经费" + NUM + r"万元；项目支出" + NUM + r"万元，执行率" + NUM + "%")
    ck.rate("预算执行率", S, A, er)
    ck.sum("基本支出", [staff, office], basic)
    ck.sum("全年支出 = 基本 + 项目", [basic, proj], S)
    bal = ck.one(r"年末未支出" + NUM + "万元")[0]
    ck.eq("balance_mismatch", "未支出 = 全年预算 − 支出", D(A) - D(S), bal)
    sg_b, sg_s, sg_r = ck.one(r"“三公”经费全年预算" + NUM + r"万元，实际支出" + NUM + r"万元，执行率" + NUM + "%")
    ck.rate("三公执行率", sg_s, sg_b, sg_r)
    ob = ck.one(r"因公出国（境）费预算" + NUM + "万元")[0]
    cb, cs = ck.one(r"公务用车运行维护费预算" + NUM + r"万元，支出" + NUM + "万元")
    jb, js = ck.one(r"公务接待费预算" + NUM + r"万元，支出" + NUM + "万元")
    ck.sum("三公预算", [ob, cb, jb], sg_b)
    ck.sum("三公支出", [cs, js], sg_s)
    # department funds table
    header, rows, _ = table(ck.t, "项目｜年初预算数", ["\n"])
    R = {r[0].replace("其中：", ""): r for r in rows}
    for col, cname in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.sum(f"合计 {cname}", [R["一、基本支出"][col], R["二、项目支出"][col]], R["合计"][col])
        ck.sum(f"基本支出 {cname}", [R["人员经费"][col], R["公用经费"][col]], R["一、基本支出"][col])
        ck.sum(f"项目支出 {cname}", [R["农村物流网点建设"][col], R["供销合作社综合改革"][col], R["化肥淡季储备贴息"][col]], R["二、项目支出"][col])
    for name, r in R.items():
        ck.n += 1
        if D(r[3]) > D(r[2]):
            ck.fail("implausible_rate", f"{name}: spent above budget")
        ck.rate(f"{name} 执行率", r[3], r[2], r[4].rstrip("%"))
    ck.same("conflicting_values", "年初 text/table", [a, R["合计"][1]])
    ck.same("conflicting_values", "全年 text/table", [A, R["合计"][2]])
    ck.same("conflicting_values", "执行 text/table", [S, R["合计"][3]])
    ck.same("conflicting_values", "人员经费 text/table", [staff, R["人员经费"][3]])
    ck.same("conflicting_values", "项目支出 text/table", [proj, R["二、项目支出"][3]])
    paid, pcomp = ck.one(r"项目资金支付及时率" + NUM + r"%，为目标值的" + NUM + "%")
    ck.eq("completion_mismatch", "支付及时率完成率", D(paid) / D(90) * 100, pcomp)
    n, n2, k, sat = ck.one(r"发放问卷" + NUM + r"份，收回" + NUM + r"份，表示满意的" + NUM + r"份，满意度" + NUM + "%")
    ck.rate("满意度", k, n2, sat)
    s1, s2, s3, avg = ck.one(r"农村物流网点建设项目自评得分" + NUM + r"分，供销合作社综合改革项目" + NUM + r"分，化肥淡季储备贴息项目" + NUM + r"分，3个项目平均自评得分" + NUM + "分")
    ck.eq("average_mismatch", "项目平均得分", (D(s1) + D(s2) + D(s3)) / 3, avg)
    for s in (s1, s2, s3):
        ck.grade(s, "优")
    t1, t2, t3, t4 = ck.one(r"实有在职人员" + NUM + r"人、退休人员\d+人。在职人员中，管理人员" + NUM + r"人、专业技术人员" + NUM + r"人、工勤人员" + NUM + "人")
    ck.sum("在职人员", [t2, t3, t4], t1)
    total, rows = indicator_table(ck, "一级指标｜", ["合计"])
    er_row = rows["预算执行率"]
    ck.same("conflicting_values", "执行率 text/table", [er, er_row[4].rstrip("%")])
    ck.eq("score_rule_mismatch", "execution score", r2(D(er_row[5]) * D(S) / D(A)), er_row[6])
    ck.same("conflicting_values", "支付及时率 text/table", [paid, rows["项目资金支付及时率"][4].rstrip("%")])
    ck.same("conflicting_values", "满意度 text/table", [sat, rows["服务对象满意度"][4].rstrip("%")])
    ptotal, last, diff, grade = ck.one(r"自评得分" + NUM + r"分，较上年的" + NUM + r"分提高" + NUM + r"分，综合评定等级为“(.)”")
    ck.eq("conflicting_values", "较上年提高", D(ptotal) - D(last), diff)
    ck.same("conflicting_values", "总分 text/table", [ptotal, total])
    ck.grade(ptotal, grade)


def check_suileng(ck):
    Y = int(ck.one(r"关于(\d{4})年度供销合作社综合改革专项资金绩效自评")[0])
    ck.years_carry(Y)
    a, cty, A = ck.one(r"年初预算" + NUM + r"万元，为省级供销合作社发展专项资金，省财政于\d{4}年12月提前下达；\d{4}年7月县财政安排配套资金" + NUM + r"万元，全年预算" + NUM + "万元")
    ck.sum("全年 = 省级 + 县级", [a, cty], A)
    R, rr = ck.one(r"资金到位" + NUM + r"万元，到位率" + NUM + "%")
    ck.rate("到位率", R, A, rr)
    S, er = ck.one(r"全年支出" + NUM + r"万元，执行率" + NUM + "%")
    ck.rate("执行率", S, A, er)
    i1, nco, plan, paid, i3, fee, i4 = ck.one(
        r"基层社改造补助" + NUM + r"万元，每个社" + NUM + r"万元；为农服务中心建设安排" + NUM + r"万元，已支付" + NUM
        + r"万元，烘干设备待调试验收后支付尾款；农民和骨干培训费" + NUM + r"万元，按每人次" + NUM + r"元标准结算；测土配肥服务点及庄稼医院建设" + NUM + "万元")
    ck.sum("支出按用途", [i1, paid, i3, i4], S)
    bal = ck.one(r"年末结余" + NUM + "万元")[0]
    ck.eq("balance_mismatch", "结余 = 到位 − 支出", D(R) - D(S), bal)
    ck.eq("balance_mismatch", "结余 = 为农服务中心未付部分", D(plan) - D(paid), bal)
    ck.same("conflicting_values", "全年支出 (all mentions)", ck.all(r"全年支出" + NUM + "万元"))
    # indicator scores in prose
    weights = ck.one(r"自评按预算执行率" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + r"分设置分值，合计" + NUM + "分")
    ck.n += 1
    if sum(D(x) for x in weights[:4]) != D(weights[4]) or D(weights[4]) != 100:
        ck.fail("weight_sum_mismatch", f"level-1 weights {weights}")
    exec_score = ck.one(r"按实际执行比例计分，得" + NUM + "分")[0]
    ck.eq("score_rule_mismatch", "execution score", r2(D(10) * D(S) / D(A)), exec_score)
    out = ck.one(r"2\.产出指标。(.*?)产出指标合计得" + NUM + "分")
    ben = ck.one(r"3\.效益指标。(.*?)效益指标合计得" + NUM + "分")
    sat_w, sat_s = ck.one(r"高于85%的目标，分值" + NUM + r"分，得" + NUM + "分")
    for (body, sub), lvl_w, name in ((out, weights[1], "产出"), (ben, weights[2], "效益")):
        items = re.findall(r"分值" + NUM + r"分，得" + NUM + "分", body)
        ck.n += 1
        if sum(D(w) for w, s in items) != D(lvl_w):
            ck.fail("weight_sum_mismatch", f"{name} item weights {items} vs {lvl_w}")
        for w, s in items:
            ck.n += 1
            if D(s) > D(w):
                ck.fail("score_exceeds_weight", f"{name}: score {s} > weight {w}")
        ck.n += 1
        if abs(sum(D(s) for w, s in items) - D(sub)) > tol(sub):
            ck.fail("score_sum_mismatch", f"{name} items {items} vs subtotal {sub}")
    ck.n += 1
    if D(sat_s) > D(sat_w):
        ck.fail("score_exceeds_weight", "满意度")
    ck.same("conflicting_values", "满意度分值", [sat_w, weights[3]])
    trained_t, trained, tcomp, tw, ts = ck.one(r"不少于" + NUM + r"人次，实际培训" + NUM + r"人次，完成率" + NUM + r"%，分值" + NUM + r"分，得" + NUM + "分")
    ck.eq("completion_mismatch", "培训完成率", D(trained) / D(trained_t) * 100, tcomp)
    ck.eq("score_rule_mismatch", "培训得分", r2(D(tw) * D(trained) / D(trained_t)), ts)
    ck.eq("sum_mismatch", "培训费 = 人次 × 标准", D(trained) * D(fee) / 10000, i3)
    ck.eq("sum_mismatch", "基层社改造 = 6 × 每个", D(6) * D(nco), i1)
    gt, ga, gcomp, gw, gs = ck.one(r"增长" + NUM + r"%以上，实际增长" + NUM + r"%，完成率" + NUM + r"%，分值" + NUM + r"分，得" + NUM + "分")
    ck.eq("completion_mismatch", "销售增长完成率", D(ga) / D(gt) * 100, gcomp)
    ck.eq("score_rule_mismatch", "销售增长得分", r2(D(gw) * D(ga) / D(gt)), gs)
    last, this = ck.one(r"销售额由上年的" + NUM + r"万元增加到" + NUM + "万元")
    ck.eq("conflicting_values", "销售额增长率", (D(this) / D(last) - 1) * 100, ga)
    n, k = ck.one(r"收回有效问卷" + NUM + r"份，表示满意的" + NUM + "份")
    sat = ck.one(r"满意度达到" + NUM + "%")[0]
    ck.rate("满意度", k, n, sat)
    total, grade = ck.one(r"自评得分" + NUM + r"分，等级为“(.)”")
    ck.n += 1
    s_total = D(exec_score) + D(out[1]) + D(ben[1]) + D(sat_s)
    if abs(s_total - D(total)) > tol(total):
        ck.fail("score_sum_mismatch", f"total {total} vs {s_total}")
    ck.grade(total, grade)


CHECKS = {
    "pingyi-huafeichubei-2022": check_pingyi,
    "ningyuan-dianshang-2020": check_ningyuan,
    "lingshan-coldchain-2023": check_lingshan,
    "pingan-gxsbumen-2024": check_pingan,
    "suileng-gongxiaogaige-2019": check_suileng,
}

# failures that may accompany a slip besides its own code
SIDE = {
    "unit_mismatch": {"conflicting_values", "score_rule_mismatch"},
    "score_sum_mismatch": {"score_rule_mismatch"},
    "score_exceeds_weight": {"score_rule_mismatch"},
    "weight_sum_mismatch": {"score_rule_mismatch"},
}


def run(text, src):
    ck = Checker(text)
    try:
        CHECKS[src](ck)
    except Exception as ex:  # a parse failure is a failure
        ck.fail("parse", f"exception {type(ex).__name__}: {ex}")
    return ck


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = {l["case"] for l in labels}
    files = set(os.listdir(CASES))
    if names != files:
        problems.append(f"labels vs files differ: {sorted(names ^ files)}")
    count = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build
    edit_by_case = {}
    for src, edits in build.EDITS.items():
        for i, e in enumerate(edits, 1):
            edit_by_case[f"{src}-e{i}.txt"] = e
            where[e["where"]] += 1
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        src = l["source"]
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{l['case']}: length {n}")
            ck = run(text, src)
            if ck.fails:
                problems.append(f"{l['case']}: clean draft fails {ck.fails}")
            print(f"{l['case']}: {n} chars, {ck.n} arithmetic checks hold")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected must hold exactly one error")
        for ex in l["expected"]:
            if ex["code"] not in CODES:
                problems.append(f"{l['case']}: unknown code {ex['code']}")
            count[ex["code"]] = count.get(ex["code"], 0) + 1
            if ex["severity"] != "error":
                problems.append(f"{l['case']}: severity {ex['severity']}")
            if ex["value"] not in text:
                problems.append(f"{l['case']}: value not found: {ex['value']!r}")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        # one place: a single short contiguous region differs
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        region_old, region_new = clean[i:len(clean) - j], text[i:len(text) - j]
        if text == clean:
            problems.append(f"{l['case']}: identical to clean")
        elif max(len(region_old), len(region_new)) > 60:
            problems.append(f"{l['case']}: changed region too long: {region_old!r} -> {region_new!r}")
        e = edit_by_case[l["case"]]
        if region_old not in e["old"] or region_new not in e["new"]:
            problems.append(f"{l['case']}: changed region outside the edit")
        # the slip must be caught by the arithmetic, under its own code
        code = l["expected"][0]["code"]
        ck = run(text, src)
        got = {c for c, _ in ck.fails}
        extra = got - {code} - SIDE.get(code, set())
        if code not in got or extra:
            problems.append(f"{l['case']}: expected {code}, arithmetic found {ck.fails}")
        print(f"{l['case']}: {code:22s} [{e['where']}] {region_old!r} -> {region_new!r}; found {sorted(got)}")
    for c in CODES:
        if count.get(c, 0) < 2:
            problems.append(f"code {c} occurs {count.get(c, 0)} times")
    print("codes:", json.dumps(count, ensure_ascii=False))
    print("where:", where)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
