#!/usr/bin/env python3
"""Verify set n159.

1. labels.jsonl: 5 clean drafts, 30 error cases, each of the 13 codes at least twice; every label value occurs
   in its case (and not in the clean draft, so it carries the change); each error case differs from its clean
   draft in one place (one contiguous region of at most 80 characters).
2. Redo the arithmetic of every clean draft: the generic table checks (funds block: rates, components, execution
   score; indicator block: completion, row score, score <= weight, weights sum to 100, scores sum to the total)
   plus the per-project checks of the prose (amounts, rates, balances, sums, averages, scores, grade, years,
   same figure in text and table). A clean draft must pass every check.
3. Run the same checks on each error case: it must fail at least one (the injected slip is detectable).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
D = Decimal


def decimals(s):
    s = s.rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, msg):
        self.fails.append(msg)

    def S(self, pattern):
        """group 1 of the only match of pattern (a string); records a failure when not exactly one match."""
        m = re.findall(pattern, self.t)
        if len(m) != 1:
            self.fail(f"pattern {pattern!r} matched {len(m)} times")
            return None
        return m[0]

    def N(self, pattern):
        s = self.S(pattern)
        if s is None:
            return None
        try:
            return D(s.rstrip("%"))
        except Exception:
            self.fail(f"not a number: {s!r}")
            return None

    def eq(self, a, b, what):
        if isinstance(a, list):
            for x, y in zip(a, b):
                self.eq(x, y, what)
            return
        if a is None or b is None:
            self.fail(f"{what}: missing figure")
        elif (D(a) if not isinstance(a, str) else a) != (D(b) if not isinstance(b, str) else b):
            self.fail(f"{what}: {a} != {b}")

    def close(self, computed, stated, what):
        """stated: the number as written (str, d decimals); tolerance half a unit of its last digit."""
        if computed is None or stated is None:
            self.fail(f"{what}: missing figure")
            return
        stated = str(stated)
        v = D(stated.rstrip("%"))
        tol = D(5) / (D(10) ** (decimals(stated) + 1)) + D("1e-9")
        if abs(D(computed) - v) > tol:
            self.fail(f"{what}: computed {D(computed):.4f}, stated {stated}")

    def true(self, cond, what):
        if not cond:
            self.fail(what)


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
               "差": "差", "较差": "差", "不合格": "差"}

NUM_RE = re.compile(r"^([≥≤=]?)(\d+(?:\.\d+)?)(.*)$")
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
FUND_ROWS = ("年度资金总额", "部门支出总额", "其中：", "上年结转资金", "其他资金", "项目支出", "基本支出")


def parse_tables(c):
    """Generic checks of the funds block and the indicator block. Returns dict of parsed values."""
    lines = c.t.split("\n")
    out = {"funds": None, "rows": [], "total": None, "level": {}}
    for i, line in enumerate(lines):
        if line.startswith(("项目资金（万元）", "资金情况（万元）")):
            rows = []
            for l2 in lines[i + 1:]:
                if not l2.startswith(FUND_ROWS):
                    break
                rows.append(l2.split("｜"))
            out["funds"] = rows
        if line.startswith("一级指标｜"):
            header = line.split("｜")
            col = {name: k for k, name in enumerate(header)}
            for l2 in lines[i + 1:]:
                cells = l2.split("｜")
                if cells[0] in ("总分", "合计"):
                    out["total"] = cells
                    break
                if len(cells) < len(header) - 1:
                    break
                out["rows"].append({h: (cells[k] if k < len(cells) else "") for h, k in col.items()})
    funds = out["funds"]
    exec_weight = exec_score = D(0)
    if funds is None:
        return out
    # funds block: name | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分
    head = funds[0]
    for k in (1, 2, 3):
        parts = sum(D(r[k]) for r in funds[1:])
        c.eq(parts, D(head[k]), f"funds column {k}: components vs {head[0]}")
    for r in funds:
        budget, spent, rate = D(r[2]), D(r[3]), r[5]
        c.true(spent <= budget or budget == 0, f"funds row {r[0]}: executed above budget")
        if budget == 0:
            c.true(rate == "—", f"funds row {r[0]}: a rate on a zero budget ({rate})")
        elif rate != "—":
            c.close(spent / budget * 100, rate, f"funds row {r[0]}: 执行率")
    exec_weight, exec_score = D(head[4]), D(head[6])
    r = D(head[3]) / D(head[2])
    printed = D(head[5].rstrip("%")) / 100
    ok = any(abs(exec_weight * min(x, D(1)) - exec_score) <= D("0.005") + D("1e-9") for x in (r, printed))
    c.true(ok, f"execution score {exec_score} vs {exec_weight} x {r:.4%}")
    c.true(exec_score <= exec_weight, "execution score above its weight")
    out["exec"] = (exec_weight, exec_score, r)
    # indicator rows
    wsum, ssum = exec_weight, exec_score
    for row in out["rows"]:
        name = row["三级指标"]
        w, s = D(row["分值"]), D(row["得分"])
        wsum += w
        ssum += s
        lv = out["level"].setdefault(row["一级指标"], [D(0), D(0)])
        lv[0] += w
        lv[1] += s
        c.true(D(0) <= s <= w, f"row {name}: score {s} outside [0, {w}]")
        tgt, act = row["年度指标值"], row["实际完成值"]
        dt, da = DATE_RE.search(tgt), DATE_RE.search(act)
        if dt:
            if not da:
                c.fail(f"row {name}: target is a date, actual {act!r} is not")
                continue
            comp = D(100) if tuple(map(int, da.groups())) <= tuple(map(int, dt.groups())) else D(0)
        else:
            mt, ma = NUM_RE.match(tgt), NUM_RE.match(act)
            if not mt or not ma:
                c.fail(f"row {name}: cannot read target/actual {tgt!r} / {act!r}")
                continue
            sign, T, unit_t = mt.group(1), D(mt.group(2)), mt.group(3)
            A, unit_a = D(ma.group(2)), ma.group(3)
            if unit_t != unit_a:
                c.fail(f"row {name}: unit of target {unit_t!r} vs actual {unit_a!r}")
                continue
            if sign == "≤":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
        row["_comp"] = comp
        if "完成率" in row:
            c.close(comp, row["完成率"], f"row {name}: 完成率")
        expect = (w * min(comp, D(100)) / 100).quantize(D("0.01"), ROUND_HALF_UP)
        c.close(expect, row["得分"], f"row {name}: score under the proportional rule")
    tot = out["total"]
    if tot is None:
        c.fail("no total row")
        return out
    nums = [x for x in tot[1:] if re.fullmatch(r"\d+(?:\.\d+)?", x)]
    tw, ts = D(nums[0]), D(nums[1])
    c.eq(wsum, tw, "sum of weights vs total row")
    c.eq(tw, D(100), "total weight")
    c.eq(ssum, ts, "sum of scores vs total row")
    out["total_score"] = ts
    grade_cells = [x for x in tot if x in GRADE_WORDS]
    for g in grade_cells:
        c.eq(GRADE_WORDS[g], band(ts), "grade in the total row")
    return out


def row_by(tab, name):
    for r in tab["rows"]:
        if r["三级指标"] == name:
            return r
    return None


def actual_num(tab, name):
    r = row_by(tab, name)
    if r is None:
        return None
    m = NUM_RE.match(r["实际完成值"])
    return D(m.group(2)) if m else None


def year_checks(c):
    m = re.match(r"[\s\S]*?(\d{4})年度", c.t)
    year = int(m.group(1))
    for y in re.findall(r"年度｜(\d{4})年", c.t):
        c.eq(int(y), year, "table header year vs report year")
    for y in re.findall(r"（(\d{4})年度）", c.t):
        c.eq(int(y), year, "table title year vs report year")
    for y in re.findall(r"结转(?:至)?(\d{4})年", c.t):
        c.true(int(y) > year, f"carry-over into {y} in a {year} report")
    return year


def grade_of(c, pattern):
    g = c.S(pattern)
    return GRADE_WORDS.get(g) if g else None


# ---------------------------------------------------------------- per project
def check_shaxian(c):
    tab = parse_tables(c)
    year_checks(c)
    initial = c.N(r"年初预算安排区级科技创新券资金([\d.]+)万元")
    add = c.N(r"省级下达科技创新券补助资金([\d.]+)万元")
    annual = c.N(r"全年预算调整为([\d.]+)万元")
    spent = c.N(r"全年实际支出([\d.]+)万元")
    if None in (initial, add, annual, spent):
        return
    c.eq(initial + add, annual, "initial + provincial = annual")
    c.close(spent / annual * 100, c.S(r"预算执行率([\d.]+%)"), "prose 执行率")
    c.eq(annual - spent, c.N(r"结余([\d.]+)万元"), "balance")
    bd, sd, rd = c.N(r"区级资金([\d.]+)万元，支出"), c.N(r"区级资金[\d.]+万元，支出([\d.]+)万元"), \
        c.S(r"区级资金[\d.]+万元，支出[\d.]+万元，执行率([\d.]+%)")
    bp, sp, rp = c.N(r"省级补助([\d.]+)万元，支出"), c.N(r"省级补助[\d.]+万元，支出([\d.]+)万元"), \
        c.S(r"省级补助[\d.]+万元，支出[\d.]+万元，执行率([\d.]+%)")
    c.eq(bd + bp, annual, "district + provincial budget")
    c.eq(sd + sp, spent, "district + provincial spending")
    c.close(sd / bd * 100, rd, "district 执行率")
    c.close(sp / bp * 100, rp, "provincial 执行率")
    redeem = c.N(r"创新券兑现([\d.]+)万元，占")
    c.eq(redeem + c.N(r"平台运维费([\d.]+)万元"), spent, "spending by use")
    c.close(redeem / spent * 100, c.S(r"占全年支出的([\d.]+%)"), "share of redemption")
    firms = c.N(r"(\d+)家企业共兑现创新券")
    c.eq(redeem, c.N(r"家企业共兑现创新券([\d.]+)万元"), "redemption amount restated")
    c.close(redeem / firms, c.S(r"户均([\d.]+)万元"), "average per enterprise")
    top = c.N(r"最高([\d.]+)万元")
    c.eq(top, actual_num(tab, "单家企业年度兑现额"), "highest redemption, text vs table")
    c.true(top is not None and top <= 5, "highest redemption above the 5万元 cap")
    c.eq(firms, actual_num(tab, "兑现创新券企业数"), "enterprises, text vs table")
    c.eq(c.N(r"服务等机构(\d+)家") if re.search(r"服务等机构(\d+)家", c.t) else c.N(r"研发设计等机构(\d+)家"),
         actual_num(tab, "对接科技服务机构数"), "service institutions, text vs table")
    c.eq(c.N(r"企业全年研发投入(\d+)万元"), actual_num(tab, "带动企业研发投入"), "R&D, text vs table")
    c.eq(c.N(r"新增入库科技型中小企业(\d+)家"), actual_num(tab, "新增入库科技型中小企业"), "new firms, text vs table")
    c.eq(c.N(r"回访企业中有(\d+)%"), actual_num(tab, "企业与服务机构持续合作比例"), "cooperation, text vs table")
    c.eq(c.N(r"满意度为([\d.]+)%"), actual_num(tab, "兑现企业满意度"), "satisfaction, text vs table")
    goal = c.S(r"｜(\d+家企业兑现创新券[\d.]+万元，企业研发投入\d+万元)")
    c.eq(goal, f"{firms}家企业兑现创新券{redeem}万元，企业研发投入{actual_num(tab, '带动企业研发投入')}万元",
         "goal block vs text")
    total = c.N(r"项目自评得分([\d.]+)分")
    c.eq(total, tab.get("total_score"), "total, text vs table")
    parts = [c.N(r"预算执行得分([\d.]+)分"), c.N(r"产出指标得分([\d.]+)分"), c.N(r"效益指标得分([\d.]+)分"),
             c.N(r"满意度指标得分([\d.]+)分")]
    if None not in parts:
        c.eq(sum(parts), total, "text score parts vs total")
        c.eq(parts[0], tab["exec"][1], "execution score, text vs table")
        for p, lv in zip(parts[1:], ("产出指标", "效益指标", "满意度指标")):
            c.eq(p, tab["level"][lv][1], f"{lv} score, text vs table")
    c.eq(grade_of(c, r"评价等级为(\S\S)"), band(total), "grade vs total")


def check_dali(c):
    year_checks(c)
    county, city = c.N(r"其中县级财政资金([\d.]+)万元"), c.N(r"市级补助资金([\d.]+)万元")
    initial = c.N(r"年初预算安排科技特派员专项经费([\d.]+)万元")
    prov = c.N(r"创业行动补助资金([\d.]+)万元")
    annual = c.N(r"全年预算([\d.]+)万元")
    spent = c.N(r"全年实际支出([\d.]+)万元")
    if None in (county, city, initial, prov, annual, spent):
        return
    c.eq(county + city, initial, "county + city = initial")
    c.eq(initial + prov, annual, "initial + provincial = annual")
    c.true("资金全部到位，到位率100%" in c.t, "到位率100%")
    c.close(spent / annual * 100, c.S(r"预算执行率([\d.]+%)"), "执行率")
    c.eq(annual - spent, c.N(r"结余([\d.]+)万元"), "balance")
    allowance = c.N(r"特派员工作补贴([\d.]+)万元（")
    n_env, per = c.N(r"（(\d+)名特派员，每人全年"), c.N(r"每人全年(\d+)元")
    c.eq(n_env * per / 10000, allowance, "48 x 7500元")
    items = [allowance, c.N(r"现场观摩费([\d.]+)万元"), c.N(r"农资等物资([\d.]+)万元"), c.N(r"差旅及交通费([\d.]+)万元")]
    if None not in items:
        c.eq(sum(items), spent, "spending items vs total")
    c.close(allowance / spent * 100, c.S(r"占全年支出的([\d.]+%)"), "share of allowance")
    # outputs
    c.close(n_env / c.N(r"选派农业科技特派员不少于(\d+)名") * 100, c.S(r"特派员\d+名，完成率([\d.]+%)"), "特派员 completion")
    sessions, t_sessions = c.N(r"实用技术培训(\d+)期"), c.N(r"实用技术培训不少于(\d+)期")
    c.close(sessions / t_sessions * 100, c.S(r"培训\d+期，完成率([\d.]+%)"), "sessions completion")
    trained, t_trained = c.N(r"共培训农民(\d+)人次"), c.N(r"培训农民不少于(\d+)人次")
    towns = [c.N(r"安仁镇(\d+)人次"), c.N(r"朝邑镇(\d+)人次"), c.N(r"韦林镇(\d+)人次")]
    if None not in towns:
        c.eq(sum(towns), trained, "towns sum vs trained")
        c.close(sum(towns) / 3, c.S(r"三镇平均([\d.]+)人次"), "average per town")
    c.close(trained / t_trained * 100, c.S(r"三镇平均[\d.]+人次，完成率([\d.]+%)"), "trained completion")
    bases, t_bases = c.N(r"建立科技示范基地(\d+)个"), c.N(r"建立科技示范基地不少于(\d+)个")
    tech, t_tech = c.N(r"烘干等新品种新技术(\d+)项"), c.N(r"推广新品种、新技术不少于(\d+)项")
    inc, t_inc = c.N(r"亩均增收(\d+)元，"), c.N(r"亩均增收不低于(\d+)元")
    c.close(inc / t_inc * 100, c.S(r"完成目标的([\d.]+%)"), "income completion")
    poor, t_poor = c.N(r"贫困户(\d+)户"), c.N(r"贫困户不少于(\d+)户")
    agree, t_agree = c.N(r"长期服务协议的比例为(\d+)%"), c.N(r"长期服务协议的比例不低于(\d+)%")
    sat, t_sat = c.N(r"服务对象满意度为(\d+)%"), c.N(r"服务对象满意度不低于(\d+)%")

    def sc(w, a, t):
        return (w * min(a / t, D(1))).quantize(D("0.01"), ROUND_HALF_UP)

    # scores stated in section 四
    c.close(sc(10, spent, annual), c.S(r"预算执行率指标分值10分，得分([\d.]+)分"), "execution score")
    c.close(sc(10, sessions, t_sessions), c.S(r"培训期数得([\d.]+)分"), "sessions score")
    c.close(sc(10, trained, t_trained), c.S(r"培训人次得([\d.]+)分"), "trained score")
    c.close(sc(10, bases, t_bases), c.S(r"示范基地数得([\d.]+)分"), "bases score")
    c.true(n_env >= 45 and tech >= t_tech, "full-mark outputs met")
    c.close(sc(15, inc, t_inc), c.S(r"亩均增收（分值15分）得([\d.]+)分"), "income score")
    c.true(poor >= t_poor, "poor households met")
    c.close(sc(5, agree, t_agree), c.S(r"长期服务协议比例（分值5分）得([\d.]+)分"), "agreement score")
    c.close(sc(10, sat, t_sat), c.S(r"满意度指标分值10分，得分([\d.]+)分"), "satisfaction score")
    out_items = [D(10), D(10), c.N(r"培训期数得([\d.]+)分"), c.N(r"培训人次得([\d.]+)分"), c.N(r"示范基地数得([\d.]+)分")]
    ben_items = [c.N(r"亩均增收（分值15分）得([\d.]+)分"), D(10), c.N(r"长期服务协议比例（分值5分）得([\d.]+)分")]
    out_s = c.N(r"产出指标分值50分（5项指标各10分），得分([\d.]+)分")
    ben_s = c.N(r"效益指标分值30分，得分([\d.]+)分")
    exe_s = c.N(r"预算执行率指标分值10分，得分([\d.]+)分")
    sat_s = c.N(r"满意度指标分值10分，得分([\d.]+)分")
    total = c.N(r"自评总分([\d.]+)分")
    if None not in out_items + ben_items + [out_s, ben_s, exe_s, sat_s, total]:
        c.eq(sum(out_items), out_s, "output items vs output score")
        c.eq(sum(ben_items), ben_s, "benefit items vs benefit score")
        c.eq(exe_s + out_s + ben_s + sat_s, total, "parts vs total")
        c.eq(D(15) + D(10) + D(5), D(30), "benefit weights")
        c.eq(D(10) + D(50) + D(30) + D(10), D(100), "weights")
        for s, w in ((exe_s, 10), (out_s, 50), (ben_s, 30), (sat_s, 10)):
            c.true(s <= w, f"score {s} above weight {w}")
    c.eq(grade_of(c, r"评价等级为(\S\S)"), band(total), "grade vs total")


def check_fanchang(c):
    tab = parse_tables(c)
    year_checks(c)
    f = tab["funds"]
    initial, carry = c.N(r"年初预算([\d.]+)万元（含上年结转资金"), c.N(r"含上年结转资金([\d.]+)万元")
    add, annual = c.N(r"追加预算([\d.]+)万元"), c.N(r"全年预算([\d.]+)万元。")
    spent = c.N(r"全年执行([\d.]+)万元")
    if None in (initial, carry, add, annual, spent):
        return
    c.eq(initial + add, annual, "initial + addition = annual")
    c.close(spent / annual * 100, c.S(r"预算执行率([\d.]+%)"), "prose 执行率")
    c.eq(annual - spent, c.N(r"未使用的([\d.]+)万元"), "unused = annual - spent")
    c.eq([D(f[0][1]), D(f[0][2]), D(f[0][3])], [initial, annual, spent], "prose vs funds table total row")
    c.eq(D(f[2][1]), carry, "carry-over, text vs table")
    n1, a1 = c.N(r"首次认定高新技术企业(\d+)家，每家"), c.N(r"首次认定高新技术企业\d+家，每家(\d+)万元")
    n2, a2 = c.N(r"重新认定高新技术企业(\d+)家（"), c.N(r"上年结转兑付\d+家），每家(\d+)万元")
    n3, a3 = c.N(r"入库培育企业(\d+)家，每家"), c.N(r"入库培育企业\d+家，每家(\d+)万元")
    s1, s2, s3 = c.N(r"每家\d+万元，计(\d+)万元；重新"), c.N(r"每家\d+万元，计(\d+)万元；入库"), c.N(r"每家\d+万元，计(\d+)万元；三项")
    c.eq(n1 * a1, s1, "first-time awards")
    c.eq(n2 * a2, s2, "re-recognition awards")
    c.eq(n3 * a3, s3, "pool awards")
    c.eq(a3 * 10000, c.N(r"每家奖励(\d+)元"), "pool award 2万元 = 20000元")
    c.eq(s1 + s2 + s3, c.N(r"三项合计(\d+)万元"), "awards sum")
    c.eq(c.N(r"三项合计(\d+)万元"), spent, "awards vs spending")
    c.eq(c.N(r"未兑付的(\d+)家重新认定企业奖励") * a2, carry, "carry-over = 2 x 10")
    c.eq(c.N(r"未使用的[\d.]+万元为(\d+)家拟入库") * a3, annual - spent, "unused = 4 x 2")
    c.close(s1 / spent * 100, c.S(r"首次认定奖励占兑付总额的([\d.]+%)"), "share of first-time awards")
    c.eq(n1, actual_num(tab, "奖励首次认定高新技术企业数"), "first-time firms, text vs table")
    c.close(n1 / c.N(r"超过年度目标(\d+)家") * 100, c.S(r"完成率([\d.]+%)"), "first-time completion")
    c.eq(n3, actual_num(tab, "奖励入库培育企业数"), "pool firms, text vs table")
    c.close(n3 / c.N(r"仅为年度目标(\d+)家") * 100, c.S(r"仅为年度目标\d+家的([\d.]+%)"), "pool completion")
    c.eq(c.N(r"同比增长([\d.]+)%"), actual_num(tab, "获奖企业高新技术产品收入增长率"), "growth, text vs table")
    c.eq(c.N(r"全区有效高新技术企业达到(\d+)家"), actual_num(tab, "全区有效高新技术企业数"), "high-tech firms, text vs table")
    c.eq(c.N(r"研发费用加计扣除政策的企业(\d+)户"), actual_num(tab, "享受研发费用加计扣除企业数"), "deduction, text vs table")
    c.eq(c.N(r"满意度为(\d+)%"), actual_num(tab, "获奖企业满意度"), "satisfaction, text vs table")
    total = c.N(r"自评总分([\d.]+)分")
    c.eq(total, tab.get("total_score"), "total, text vs table")
    c.eq(c.N(r"预算执行得分([\d.]+)分"), tab["exec"][1], "execution score, text vs table")
    ind = c.N(r"绩效指标得分([\d.]+)分")
    c.eq(ind, sum(r[1] for r in tab["level"].values()), "indicator score, text vs table")
    c.eq(c.N(r"预算执行得分([\d.]+)分") + ind, total, "text parts vs total")
    c.eq(grade_of(c, r"评价等级为(\S\S)"), band(total), "grade vs total")


def check_yazhou(c):
    tab = parse_tables(c)
    year_checks(c)
    f = tab["funds"]
    initial, add = c.N(r"部门年初预算([\d.]+)万元"), c.N(r"设备购置经费等([\d.]+)万元")
    annual, spent = c.N(r"全年预算([\d.]+)万元"), c.N(r"全年支出([\d.]+)万元")
    if None in (initial, add, annual, spent):
        return
    c.eq(initial + add, annual, "initial + addition = annual")
    c.close(spent / annual * 100, c.S(r"预算执行率([\d.]+%)"), "prose 执行率")
    c.eq([D(f[0][1]), D(f[0][2]), D(f[0][3])], [initial, annual, spent], "prose vs funds table total row")
    basic, staff, office = c.N(r"基本支出([\d.]+)万元，占"), c.N(r"人员经费([\d.]+)万元"), c.N(r"公用经费([\d.]+)万元")
    proj = c.N(r"项目支出([\d.]+)万元，其中")
    c.eq(staff + office, basic, "staff + office = basic")
    c.eq(basic + proj, spent, "basic + project = total")
    c.close(basic / spent * 100, c.S(r"占总支出的([\d.]+%)"), "share of basic")
    items = [c.N(r"统计调查专项经费([\d.]+)万元"), c.N(r"人口普查经费([\d.]+)万元"), c.N(r"信息化运维经费([\d.]+)万元")]
    if None not in items:
        c.eq(sum(items), proj, "project items vs project spending")
    c.eq(D(f[1][3]), basic, "basic, text vs table")
    c.eq(D(f[2][3]), proj, "project, text vs table")
    c.eq(annual - spent, c.N(r"年末结转结余([\d.]+)万元"), "balance")
    c.eq(D(f[2][2]) - D(f[2][3]), c.N(r"项目支出结转([\d.]+)万元"), "project carry-over")
    firms = c.N(r"“四上”企业(\d+)家，")
    c.eq(firms, actual_num(tab, "联网直报“四上”企业数"), "四上 firms, text vs table")
    c.eq(firms - c.N(r"联网直报“四上”企业不少于(\d+)家"), c.N(r"比年初目标多(\d+)家"), "firms above target")
    pairs = [(r"统计调查项目(\d+)项；", "完成统计调查项目数"), (r"检查企业(\d+)家，", "统计执法检查企业数"),
             (r"差错率为([\d.]+)%", "统计数据质量抽查差错率"), (r"统计分析报告(\d+)篇", "发布统计分析报告数"),
             (r"发布统计信息(\d+)次", "统计信息公开发布次数"), (r"培训(\d+)人次", "基层统计人员培训人次"),
             (r"满意度为(\d+)%", "数据使用部门满意度")]
    for pat, row in pairs:
        c.eq(c.N(pat), actual_num(tab, row), f"{row}, text vs table")
    total = c.N(r"自评得分([\d.]+)分")
    c.eq(total, tab.get("total_score"), "total, text vs table")
    parts = [c.N(r"预算执行率得分([\d.]+)分"), c.N(r"产出指标得分([\d.]+)分"), c.N(r"效益指标得分([\d.]+)分"),
             c.N(r"满意度指标得分([\d.]+)分")]
    if None not in parts:
        c.eq(sum(parts), total, "text parts vs total")
        c.eq(parts[0], tab["exec"][1], "execution score, text vs table")
        for p, lv in zip(parts[1:], ("产出指标", "效益指标", "满意度指标")):
            c.eq(p, tab["level"][lv][1], f"{lv} score, text vs table")
    c.eq(grade_of(c, r"自评等级为“(\S)”"), band(total), "grade vs total")


def check_ziyun(c):
    tab = parse_tables(c)
    year_checks(c)
    f = tab["funds"]
    initial, prov = c.N(r"县级经济普查经费([\d.]+)万元"), c.N(r"经济普查补助资金([\d.]+)万元")
    annual, spent = c.N(r"全年预算([\d.]+)万元"), c.N(r"全年实际支出([\d.]+)万元")
    if None in (initial, prov, annual, spent):
        return
    c.eq(initial + prov, annual, "county + provincial = annual")
    c.close(spent / annual * 100, c.S(r"预算执行率([\d.]+%)"), "prose 执行率")
    c.eq([D(f[0][1]), D(f[0][2]), D(f[0][3])], [initial, annual, spent], "prose vs funds table total row")
    pb, ps = c.N(r"其中省级补助资金([\d.]+)万元"), c.N(r"当年支出([\d.]+)万元")
    pr = c.S(r"当年支出[\d.]+万元，执行率([\d.]+%)")
    c.eq(pb, prov, "provincial grant restated")
    c.true(ps <= pb, "provincial spending above the grant")
    c.true(D(pr.rstrip("%")) <= 100, "provincial rate above 100%")
    c.close(ps / pb * 100, pr, "provincial 执行率")
    items = [c.N(r"劳务补助([\d.]+)万元（"), c.N(r"业务培训费([\d.]+)万元"), c.N(r"办公设备购置([\d.]+)万元"),
             c.N(r"下乡差旅费([\d.]+)万元")]
    if None not in items:
        c.eq(sum(items), spent, "spending items vs total")
    c.eq(annual - spent, c.N(r"年末结余([\d.]+)万元"), "balance")
    guides, enum, staff = c.N(r"普查指导员(\d+)名、"), c.N(r"、普查员(\d+)名"), c.N(r"合计(\d+)名")
    c.eq(guides + enum, staff, "guides + enumerators")
    c.eq(staff, actual_num(tab, "选聘普查指导员和普查员"), "staff, text vs table")
    units = c.N(r"产业活动单位(\d+)个、个体")
    c.eq(units, actual_num(tab, "清查法人单位和产业活动单位"), "units, text vs table")
    c.close(c.N(r"、个体经营户(\d+)户") / enum, c.S(r"平均每名普查员负责清查个体经营户(\d+)户"), "average per enumerator")
    goal = c.S(r"｜(完成\d+名普查人员选聘和\d+个单位清查，底册核实率[\d.]+%)")
    c.eq(goal, f"完成{staff}名普查人员选聘和{units}个单位清查，底册核实率{actual_num(tab, '清查底册核实率')}%",
         "goal block vs text")
    pairs = [(r"底册核实率([\d.]+)%，少量", "清查底册核实率"), (r"差错率([\d.]+)%；", "普查数据差错率"),
             (r"宣传覆盖率(\d+)%", "普查宣传覆盖率"), (r"归档率(\d+)%，其余", "清查资料归档率"),
             (r"满意度为(\d+)%", "普查对象满意度")]
    for pat, row in pairs:
        c.eq(c.N(pat), actual_num(tab, row), f"{row}, text vs table")
    c.eq(D(actual_num(tab, "普查经费支出")), spent, "cost indicator vs spending")
    total = c.N(r"项目自评得分([\d.]+)分")
    c.eq(total, tab.get("total_score"), "total, text vs table")
    parts = [c.N(r"预算执行率得分([\d.]+)分"), c.N(r"产出指标得分([\d.]+)分"), c.N(r"效益指标得分([\d.]+)分"),
             c.N(r"满意度指标得分([\d.]+)分")]
    if None not in parts:
        c.eq(sum(parts), total, "text parts vs total")
        c.eq(parts[0], tab["exec"][1], "execution score, text vs table")
        for p, lv in zip(parts[1:], ("产出指标", "效益指标", "满意度指标")):
            c.eq(p, tab["level"][lv][1], f"{lv} score, text vs table")
    c.eq(grade_of(c, r"评价等级为(\S\S)"), band(total), "grade vs total")


CHECKS = {
    "shaxian-innovoucher-2024": check_shaxian,
    "dali-techenvoy-2019": check_dali,
    "fanchang-hitechaward-2022": check_fanchang,
    "yazhou-statsdept-2021": check_yazhou,
    "ziyun-econcensus-2023": check_ziyun,
}


def run_checks(source, text):
    c = Checker(text)
    try:
        CHECKS[source](c)
    except Exception as exc:  # a broken figure may break the parsing: that is a detected inconsistency
        if os.environ.get("DEBUG"):
            import traceback
            traceback.print_exc()
        c.fail(f"exception {type(exc).__name__}: {exc}")
    return c.fails


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    clean = {r["source"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels if r["clean"]}
    if len(clean) != 5:
        problems.append(f"{len(clean)} clean drafts, expected 5")
    errors = [r for r in labels if not r["clean"]]
    if len(errors) != 30:
        problems.append(f"{len(errors)} error cases, expected 30")
    counts = Counter(e["code"] for r in errors for e in r["expected"])
    for code in CODES:
        if counts[code] < 2:
            problems.append(f"code {code} occurs {counts[code]} times")
    for src, text in clean.items():
        n, b = len(text), len(text.encode("utf-8"))
        if not (3000 <= n <= 4000) or b > 9000:
            problems.append(f"{src}: {n} characters, {b} bytes")
        fails = run_checks(src, text)
        for msg in fails:
            problems.append(f"{src}-clean: {msg}")
        print(f"{src}-clean: {n} chars, {b} bytes, arithmetic {'OK' if not fails else 'FAILED'}")
    for r in errors:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        base = clean[r["source"]]
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: {len(r['expected'])} labels")
        for e in r["expected"]:
            if e["severity"] != "error" or e["code"] not in CODES:
                problems.append(f"{r['case']}: bad label {e}")
            if e["value"] not in text:
                problems.append(f"{r['case']}: value {e['value']!r} not in case")
            if e["value"] in base:
                problems.append(f"{r['case']}: value {e['value']!r} also in the clean draft")
        # one place: one contiguous differing region
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        region_new, region_old = text[p:len(text) - s], base[p:len(base) - s]
        if text == base or max(len(region_new), len(region_old)) > 80:
            problems.append(f"{r['case']}: differs from the clean draft over {len(region_new)} characters")
        for e in r["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if not any(o <= len(text) - s and p <= o + len(e["value"]) for o in occ):
                problems.append(f"{r['case']}: value does not cover the changed region")
        fails = run_checks(r["source"], text)
        if not fails:
            problems.append(f"{r['case']}: the injected error is not caught by the checks")
        print(f"{r['case']}: {r['expected'][0]['code']:22s} changed {region_old!r} -> {region_new!r}; "
              f"{len(fails)} check(s) fail: {fails[0] if fails else ''}")
    print("codes:", dict(sorted(counts.items())))
    if problems:
        for msg in problems:
            print("PROBLEM:", msg)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
