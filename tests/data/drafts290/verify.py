#!/usr/bin/env python3
"""Verify drafts290.

1. Every case in labels.jsonl exists; clean drafts are 3,000–5,000 characters and have no labels.
2. Every error case differs from its clean draft in one contiguous place, has exactly one label,
   and the label's value occurs in the case and overlaps the changed place.
3. Each of the 13 codes of errors.md §A occurs at least twice; about half the errors are in tables.
4. The arithmetic of every clean draft is redone from its text: amounts, sums, rates, balances,
   averages, completion rates, indicator scores, weights, totals and grades (ROUND_HALF_UP,
   tolerance half a unit of the stated last decimal, as in rules.md §8).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAILS = []


def fail(msg):
    FAILS.append(msg)


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what):
    """stated is the string as printed; computed an exact Decimal."""
    d = decimals(stated)
    tol = Decimal(5) / (Decimal(10) ** (d + 1)) + Decimal("1e-9")
    v = D(str(stated).rstrip("%"))
    if abs(Decimal(computed) - v) > tol:
        fail(f"{what}: stated {stated}, computed {Decimal(computed).quantize(Decimal('0.0001'), ROUND_HALF_UP)}")


def eq(a, b, what):
    try:
        same = D(a) == D(b)
    except ArithmeticError:
        same = False
    if not same:
        fail(f"{what}: {a} != {b}")


class Doc:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def all(self, pattern):
        return re.findall(pattern, self.text)

    def v(self, pattern, same=True):
        """The number captured by pattern; all matches must agree (same quantity, same value)."""
        found = self.all(pattern)
        if not found:
            fail(f"{self.name}: pattern not found: {pattern}")
            return "0"
        if same and len(set(found)) != 1:
            fail(f"{self.name}: one quantity, several values for {pattern}: {found}")
        return found[0]


def tokens(section, sep):
    """Flatten a table section into cells, in reading order."""
    out = []
    for line in section.split("\n"):
        if sep == "\n":
            out.append(line.lstrip("\t").strip())
        else:
            out.extend(c.strip() for c in line.split(sep))
    return out


def after(toks, name, k, what):
    if name not in toks:
        fail(f"{what}: row {name} not found")
        return [""] * k
    i = toks.index(name)
    return toks[i + 1:i + 1 + k]


def after_nonempty(toks, name, k, what):
    if name not in toks:
        fail(f"{what}: row {name} not found")
        return [""] * k
    i = toks.index(name)
    return [t for t in toks[i + 1:] if t][:k]


NUM = re.compile(r"^(≥|≤|＞|＜)?(\d+(?:\.\d+)?)(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_indicator(doc, name, target, actual, weight, score, completion=None, qual=None):
    """Redo one indicator row: units, completion, score rule, score within weight."""
    what = f"{doc.name} {name}"
    w, s = D(weight), D(score)
    if not (0 <= s <= w):
        fail(f"{what}: score {score} outside [0, {weight}]")
    if qual is not None:  # qualitative: band (lo, hi) as shares of the weight
        lo, hi = qual
        if not (w * D(lo) <= s <= w * D(hi)):
            fail(f"{what}: qualitative score {score} outside band {qual}")
        if completion is not None and D(completion.rstrip("%")) != 100:
            fail(f"{what}: qualitative completion {completion}")
        return
    dt, da = DATE.match(target), DATE.match(actual)
    if dt and da:
        on_time = tuple(map(int, da.groups())) <= tuple(map(int, dt.groups()))
        if on_time and s != w:
            fail(f"{what}: on time but score {score}")
        return
    mt, ma = NUM.match(target), NUM.match(actual)
    if not (mt and ma):
        fail(f"{what}: cannot read target {target} / actual {actual}")
        return
    sign, t, unit_t = mt.groups()
    _, a, unit_a = ma.groups()
    if unit_t != unit_a:
        fail(f"{what}: unit of actual {actual} differs from target {target}")
        return
    t, a = D(t), D(a)
    if unit_a == "%" and ("率" in name or "满意度" in name or "占比" in name) and not 0 <= a <= 100:
        fail(f"{what}: rate {actual} outside 0–100%")
    if sign == "≤":
        comp = Decimal(1) if a <= t else t / a
    else:
        comp = a / t
    if completion is not None:
        close(completion, comp * 100, f"{what} completion")
    close(score, w * min(comp, Decimal(1)), f"{what} score")


def check_table(doc, rows, funds, total, prose_total=None, prose_grade=None, subtotal_checks=()):
    """rows: list of dicts with name, target, actual, weight, score, completion, qual, level."""
    initial, annual, spent, fw, rate, fscore = funds
    close(rate, D(spent) / D(annual) * 100, f"{doc.name} funds 执行率")
    close(fscore, D(fw) * min(D(spent) / D(annual), Decimal(1)), f"{doc.name} funds 得分")
    weights = D(fw) + sum(D(r["weight"]) for r in rows)
    scores = D(fscore) + sum(D(r["score"]) for r in rows)
    if weights != 100:
        fail(f"{doc.name}: weights add up to {weights}")
    w_total, s_total = total
    eq(w_total, 100, f"{doc.name} 总分 weight")
    close(s_total, scores, f"{doc.name} 总得分")
    if prose_total is not None:
        eq(prose_total, s_total, f"{doc.name} total in text vs table")
    if prose_grade is not None and grade_of(s_total) not in prose_grade:
        fail(f"{doc.name}: grade {prose_grade} does not fit total {s_total}")
    for r in rows:
        check_indicator(doc, r["name"], r["target"], r["actual"], r["weight"], r["score"],
                        r.get("completion"), r.get("qual"))
    # level weights of the text (预算执行率10分、产出指标50分 …) against the rows
    for level, stated_w in subtotal_checks:
        got = D(fw) if level == "执行" else sum(D(r["weight"]) for r in rows if r["level"] == level)
        eq(stated_w, got, f"{doc.name} weight of {level}")


def read_rows(doc, toks, spec, ncols, has_completion=False):
    rows = []
    for level, name, extra in spec:
        cells = after(toks, name, ncols, f"{doc.name}")
        if has_completion:
            target, actual, completion, weight, score = cells[:5]
        else:
            target, actual, weight, score = cells[:4]
            completion = None
        r = {"level": level, "name": name, "target": target, "actual": actual, "weight": weight,
             "score": score, "completion": completion}
        r.update(extra)
        rows.append(r)
    return rows


# ------------------------------------------------------------------ project checks
def p_zhecheng(doc):
    v = doc.v
    initial = v(r"项目年初预算([\d.]+)万元")
    prov0, county0 = v(r"省级农村厕所革命奖补资金([\d.]+)万元"), v(r"年初预算[\d.]+万元，其中省级农村厕所革命奖补资金[\d.]+万元（[^）]*）、县级配套资金([\d.]+)万元")
    close(initial, D(prov0) + D(county0), "柘城 年初预算 = 省 + 县")
    add, cut = v(r"追加下达奖补资金([\d.]+)万元"), v(r"调减([\d.]+)万元")
    annual = v(r"全年预算([\d.]+)万元")
    prov, county = v(r"其中省级奖补资金([\d.]+)万元、"), v(r"全年预算[\d.]+万元，其中省级奖补资金[\d.]+万元、县级配套资金(\d+\.\d\d)万元")
    close(annual, D(initial) + D(add) - D(cut), "柘城 全年 = 年初 + 追加 − 调减")
    close(annual, D(prov) + D(county), "柘城 全年 = 省 + 县")
    close(prov, D(prov0) + D(add), "柘城 省级 = 年初省级 + 追加")
    close(county, D(county0) - D(cut), "柘城 县级 = 年初县级 − 调减")
    spent = v(r"项目实际支出([\d.]+)万元")
    close(v(r"预算执行率([\d.]+)%"), D(spent) / D(annual) * 100, "柘城 执行率")
    cspent = v(r"县级配套资金支出([\d.]+)万元")
    close(spent, D(prov) + D(cspent), "柘城 支出 = 省 + 县")
    close(v(r"支出率([\d.]+)%"), D(cspent) / D(county) * 100, "柘城 县级支出率")
    parts = [v(r"户厕配套补助([\d.]+)万元"), v(r"村级公厕进度款([\d.]+)万元"), v(r"验收费用([\d.]+)万元")]
    close(cspent, sum(map(D, parts)), "柘城 县级支出 = 户厕 + 公厕 + 培训")
    toilets = v(r"新建村级公厕(\d+)座，另有")
    eq(toilets, v(r"（(\d+)座，按合同价"), "柘城 公厕 count")
    close(parts[1], D(toilets) * D(v(r"每座(\d+)万元")) * D(v(r"按合同价的(\d+)%")) / 100, "柘城 公厕进度款")
    households = v(r"全年完成农村户厕改造(\d+)户")
    eq(households, v(r"已按(\d+)户全部兑付"), "柘城 兑付户数")
    per_p, per_c = v(r"省级奖补(\d+)元"), v(r"县级配套(\d+)元")
    close(v(r"每户(\d+)元"), D(per_p) + D(per_c), "柘城 户均补助")
    close(prov, D(households) * D(per_p) / 10000, "柘城 省级 = 户数 × 1000元")
    close(parts[0], D(households) * D(per_c) / 10000, "柘城 户厕配套 = 户数 × 400元")
    close(v(r"未支出的([\d.]+)万元"), D(annual) - D(spent), "柘城 未支出")
    close(v(r"完成年度任务的([\d.]+)%"), D(households) / D(v(r"计\n?划完成农村户厕改造(\d+)户")) * 100, "柘城 完成率")
    close(v(r"满意度([\d.]+)%。"), D(v(r"表示满意的(\d+)户")) / D(v(r"走访改厕农户(\d+)户")) * 100, "柘城 满意度")
    # table
    sec = doc.text[doc.text.index("项目支出绩效自评表\n"):]
    toks = tokens(sec, " ")
    funds = after(toks, "年度资金总额", 6, doc.name)
    eq(funds[0], initial, "柘城 table 年初"); eq(funds[1], annual, "柘城 table 全年"); eq(funds[2], spent, "柘城 table 执行")
    spec = [("产出", "改造农村户厕数量", {}), ("产出", "新建村级公厕数量", {}), ("产出", "改厕验收合格率", {}),
            ("产出", "改造任务完成时间", {}), ("产出", "户厕改造户均补助标准", {}),
            ("效益", "农村卫生厕所普及率", {}), ("效益", "改厕粪污无害化处理率", {}),
            ("效益", "改厕后续管护机制", {"qual": ("0.8", "1")}), ("满意度", "改厕农户满意度", {})]
    rows = read_rows(doc, toks, spec, 4)
    eq(rows[0]["actual"].rstrip("户"), households, "柘城 户数 text vs table")
    eq(rows[1]["actual"].rstrip("座"), toilets, "柘城 公厕 text vs table")
    eq(rows[2]["actual"].rstrip("%"), v(r"抽查合格率([\d.]+)%"), "柘城 合格率 text vs table")
    eq(rows[5]["actual"].rstrip("%"), v(r"提高到([\d.]+)%"), "柘城 普及率 text vs table")
    eq(rows[8]["actual"].rstrip("%"), v(r"满意度([\d.]+)%。"), "柘城 满意度 text vs table")
    check_table(doc, rows, funds, after(toks, "总分", 2, doc.name), prose_total=v(r"项目自评得分([\d.]+)分"),
                prose_grade=v(r"评价等级为“(.)”"),
                subtotal_checks=[("执行", v(r"预算执行率(\d+)分")), ("产出", v(r"产出指标(\d+)分")),
                                 ("效益", v(r"效益指标(\d+)分")), ("满意度", v(r"满意度指标(\d+)分"))])
    if "（2019年度）" not in doc.text:
        fail("柘城: table year")


def p_sinan(doc):
    v = doc.v
    initial = v(r"项目年初预算([\d.]+)万元")
    src = [v(r"中央农村环境整治资金([\d.]+)万元"), v(r"省级资金([\d.]+)万元"), v(r"、县级资金([\d.]+)万元")]
    close(initial, sum(map(D, src)), "思南 年初 = 中央 + 省 + 县")
    annual = v(r"全年预算([\d.]+)万元")
    close(annual, D(initial) + D(v(r"县级追加配套资金([\d.]+)万元")), "思南 全年 = 年初 + 追加")
    spent = v(r"项目实际支出([\d.]+)万元")
    close(v(r"预算执行率([\d.]+)%"), D(spent) / D(annual) * 100, "思南 执行率")
    close(v(r"结余([\d.]+)万元"), D(annual) - D(spent), "思南 结余")
    sub = doc.text[doc.text.index("支出内容｜"):doc.text.index("车辆通过公开招标")]
    lines = [l.split("｜") for l in sub.strip().split("\n")[1:]]
    body, tot = lines[:-1], lines[-1]
    close(tot[1], sum(D(l[1]) for l in body), "思南 明细 预算合计")
    close(tot[2], sum(D(l[2]) for l in body), "思南 明细 支出合计")
    eq(tot[1], annual, "思南 明细合计 = 全年预算"); eq(tot[2], spent, "思南 明细支出 = 执行")
    n1, a1 = v(r"压缩式垃圾收运车(\d+)辆共"), v(r"收运车\d+辆共([\d.]+)万元")
    n2, a2 = v(r"勾臂式垃圾车(\d+)辆共"), v(r"垃圾车\d+辆共([\d.]+)万元")
    close(body[0][2], D(a1) + D(a2), "思南 车辆 = 压缩式 + 勾臂式")
    close(v(r"平均每辆([\d.]+)万元"), (D(a1) + D(a2)) / (D(n1) + D(n2)), "思南 平均单价")
    vehicles = v(r"(\d+)辆收运车辆已于")
    eq(vehicles, D(n1) + D(n2), "思南 车辆数")
    close(v(r"覆盖率([\d.]+)%，比上年"), D(v(r"已有(\d+)个纳入")) / D(v(r"全县(\d+)个行政村中")) * 100, "思南 覆盖率")
    bins = v(r"全年配置分类垃圾桶（箱）(\d+)个")
    eq(bins, v(r"配置分类垃圾桶（箱）(\d+)个，覆盖率"), "思南 垃圾桶 text vs 总体目标")
    harmless = v(r"无害化处理率(\d+)%，较目标")
    eq(D(v(r"无害化处理率达到(\d+)%以上")) - D(harmless), v(r"较目标低(\d+)个百分点"), "思南 差距")
    sec = doc.text[doc.text.index("2021年度项目支出绩效自评表"):]
    toks = tokens(sec, "｜")
    funds = after(toks, "年度资金总额", 6, doc.name)
    eq(funds[0], initial, "思南 table 年初"); eq(funds[1], annual, "思南 table 全年"); eq(funds[2], spent, "思南 table 执行")
    spec = [("产出", "购置垃圾收运车辆", {}), ("产出", "新建乡镇垃圾转运站", {}), ("产出", "配置分类垃圾桶（箱）", {}),
            ("产出", "设施设备验收合格率", {}), ("产出", "收运车辆按期交付率", {}), ("产出", "项目总成本", {}),
            ("效益", "行政村收运处置体系覆盖率", {}), ("效益", "农村生活垃圾无害化处理率", {}),
            ("效益", "收运设施使用年限", {}), ("满意度", "群众满意度", {})]
    rows = read_rows(doc, toks, spec, 4)
    eq(rows[2]["actual"].rstrip("个"), bins, "思南 垃圾桶 text vs table")
    eq(rows[5]["actual"].rstrip("万元"), spent, "思南 成本 = 执行")
    eq(rows[6]["actual"].rstrip("%"), v(r"覆盖率([\d.]+)%，比上年"), "思南 覆盖率 text vs table")
    eq(rows[7]["actual"].rstrip("%"), harmless, "思南 无害化 text vs table")
    check_table(doc, rows, funds, after_nonempty(toks, "总分", 2, doc.name), prose_total=v(r"项目自评得分([\d.]+)分"),
                prose_grade=v(r"评价等级为“(.)”"))


def p_jinyun(doc):
    v = doc.v
    initial = v(r"项目年初预算([\d.]+)万元")
    prov, county0 = v(r"省级农村生活污水治理专项资金([\d.]+)万元"), v(r"县级资金([\d.]+)万元。")
    close(initial, D(prov) + D(county0), "缙云 年初 = 省 + 县")
    annual = v(r"全年预算([\d.]+)万元")
    close(annual, D(initial) - D(v(r"县级资金调减([\d.]+)万元")), "缙云 全年 = 年初 − 调减")
    spent = v(r"全年实际支出([\d.]+)万元")
    service, testing = v(r"第三方运维服务费([\d.]+)万元"), v(r"水质第三方检测费([\d.]+)万元")
    close(spent, D(service) + D(testing), "缙云 支出 = 运维 + 检测")
    n = v(r"全县已建成农村生活污水处理终端(\d+)个")
    close(service, D(n) * D(v(r"每个终端每年(\d+)元")) / 10000, "缙云 运维费 = 终端数 × 单价")
    eq(n, sum(map(D, re.search(r"分别负责终端(\d+)个、(\d+)个、(\d+)个", doc.text).groups())), "缙云 片区合计")
    close(v(r"执行率([\d.]+)%，结余"), D(spent) / D(annual) * 100, "缙云 执行率")
    close(v(r"结余([\d.]+)万元"), D(annual) - D(spent), "缙云 结余")
    covered = v(r"全年纳入标准化运维终端(\d+)个")
    eq(covered, n, "缙云 终端数")
    close(v(r"完成年度目标的([\d.]+)%"), D(covered) / D(v(r"终端不少于(\d+)个")) * 100, "缙云 完成率")
    q = re.search(r"达标率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，全年平均([\d.]+)%", doc.text)
    close(q.group(5), sum(D(x) for x in q.groups()[:4]) / 4, "缙云 季度平均")
    eq(v(r"全年巡检(\d+)个次"), D(n) * 12, "缙云 巡检次数")
    # funds table (one cell per line, 行次 formulas)
    ft = doc.text[doc.text.index("\t项目\n"):doc.text.index("（三）组织实施情况")]
    rows = {}
    for block in ft.strip("\n").split("\n\n")[2:]:
        cells = [c.lstrip("\t") for c in block.split("\n")]
        rows[cells[1]] = cells[2:]
    r1, r2, r3, r4, r5, r6, r7 = (rows[k] for k in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"])
    def amt(x):
        return D(x) if x else Decimal(0)
    for r, label in [(r1, "(1)"), (r2, "(2)"), (r3, "(3)"), (r4, "(4)")]:
        close(r[0], amt(r[1]) + amt(r[6]) + amt(r[7]), f"缙云 {label} 总额 = 财政小计 + 结转 + 其他")
        close(r[1], sum(amt(x) for x in r[2:6]), f"缙云 {label} 小计 = 中央 + 省 + 市 + 县")
    eq(r1[0], initial, "缙云 表 年初"); eq(r2[0], annual, "缙云 表 全年"); eq(r4[0], spent, "缙云 表 执行")
    for i in range(8):
        close(r5[i], amt(r3[i]) - amt(r4[i]), f"缙云 (5) col {i}")
        for rr, num, label in [(r6, r3, "(6)"), (r7, r4, "(7)")]:
            if amt(r2[i]) == 0:
                if D(rr[i]) != 0:
                    fail(f"缙云 {label} col {i}: rate {rr[i]} on a zero base")
            else:
                close(rr[i], amt(num[i]) / amt(r2[i]) * 100, f"缙云 {label} col {i}")
    # indicator table
    sec = doc.text[doc.text.index("附件：项目支出绩效自评表"):]
    toks = tokens(sec, "\n")
    ex = after(toks, "预算执行率", 6, doc.name)  # "" 预算执行率 100% 98.00% 10 9.8
    funds = [r1[0], r2[0], r4[0], ex[4], ex[3], ex[5]]
    close(ex[3], D(spent) / D(annual) * 100, "缙云 自评表 执行率")
    spec = [("产出", "纳入标准化运维终端数", {}), ("产出", "30吨及以上终端水质检测频次", {}), ("产出", "出水水质达标率", {}),
            ("产出", "故障处置时限", {}), ("产出", "终端年运维单价", {}), ("效益", "行政村污水治理覆盖率", {}),
            ("效益", "受益农户数", {}), ("效益", "终端正常运行率", {}), ("满意度", "群众满意度", {})]
    rows_ = read_rows(doc, toks, spec, 4)
    eq(rows_[0]["actual"].rstrip("个"), covered, "缙云 终端 text vs table")
    eq(rows_[1]["actual"].rstrip("次"), v(r"全年检测(\d+)次"), "缙云 检测次数")
    eq(rows_[2]["actual"].rstrip("%"), q.group(5), "缙云 达标率 text vs table")
    eq(rows_[4]["actual"].split("元")[0], v(r"每个终端每年(\d+)元"), "缙云 单价")
    eq(rows_[5]["actual"].rstrip("%"), v(r"覆盖率达到([\d.]+)%"), "缙云 覆盖率")
    eq(rows_[7]["actual"].rstrip("%"), v(r"终端正常运行率([\d.]+)%"), "缙云 运行率")
    eq(rows_[8]["actual"].rstrip("%"), v(r"群众满意度为([\d.]+)%"), "缙云 满意度")
    check_table(doc, rows_, funds, after_nonempty(toks, "合计", 2, doc.name), prose_total=v(r"自评总分([\d.]+)分"),
                prose_grade=v(r"评价等级为(.)。"))
    # subtotals stated in the text
    st = re.search(r"预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，自评总分([\d.]+)分", doc.text)
    close(st.group(5), sum(D(x) for x in st.groups()[:4]), "缙云 分项得分之和")
    eq(st.group(1), ex[5], "缙云 执行得分")
    for lvl, val in [("产出", st.group(2)), ("效益", st.group(3)), ("满意度", st.group(4))]:
        close(val, sum(D(r["score"]) for r in rows_ if r["level"] == lvl), f"缙云 {lvl} 得分小计")


def p_xianxian(doc):
    v = doc.v
    initial = v(r"项目年初预算([\d.]+)万元")
    prov = v(r"省级下达农村人居环境整治提升资金([\d.]+)万元")
    annual = v(r"全年预算([\d.]+)万元")
    close(annual, D(initial) + D(prov), "献县 全年 = 年初 + 省级")
    spent = v(r"全年支出([\d.]+)万元")
    county_spent, prov_spent = v(r"县级资金([\d.]+)万元全部支出"), v(r"省级资金支出([\d.]+)万元")
    eq(county_spent, initial, "献县 县级全部支出")
    close(spent, D(county_spent) + D(prov_spent), "献县 支出 = 县 + 省")
    close(v(r"执行率([\d.]+)%，其中"), D(spent) / D(annual) * 100, "献县 执行率")
    close(v(r"支出率([\d.]+)%"), D(prov_spent) / D(prov) * 100, "献县 省级支出率")
    bal = v(r"省级资金结余([\d.]+)万元")
    close(bal, D(prov) - D(prov_spent), "献县 省级结余"); close(bal, D(annual) - D(spent), "献县 结余")
    if "结转至2024年" not in doc.text:
        fail("献县: carry-over year")
    villages = v(r"(\d+)个行政村。")
    reward = v(r"村级以奖代补资金([\d.]+)万元")
    close(reward, D(villages) * D(v(r"按每村(\d+)万元标准")), "献县 以奖代补 = 村数 × 1万元")
    close(spent, D(reward) + D(v(r"宣传费用([\d.]+)万元")), "献县 支出用途合计")
    g = re.search(r"清理农村生活垃圾([\d.]+)万吨，其中春季([\d.]+)万吨、夏季([\d.]+)万吨、秋冬([\d.]+)万吨，平均每次战役清理([\d.]+)万吨", doc.text)
    close(g.group(1), sum(D(x) for x in g.groups()[1:4]), "献县 垃圾合计")
    close(g.group(5), sum(D(x) for x in g.groups()[1:4]) / 3, "献县 平均每次")
    walls = v(r"清理残垣断壁(\d+)处，完成目标")
    close(v(r"完成目标的(\d+)%"), D(walls) / D(v(r"清理残垣断壁(\d+)处以上")) * 100, "献县 残垣完成率")
    close(v(r"整改率([\d.]+)%；"), D(v(r"已整改(\d+)个")) / D(v(r"发现问题(\d+)个")) * 100, "献县 整改率")
    sec = doc.text[doc.text.index("2023年度项目支出绩效自评表"):]
    toks = tokens(sec, "\t")
    funds = after(toks, "年度资金总额", 6, doc.name)
    eq(funds[0], initial, "献县 table 年初"); eq(funds[1], annual, "献县 table 全年"); eq(funds[2], spent, "献县 table 执行")
    spec = [("产出", "清理农村生活垃圾", {}), ("产出", "清理村内沟渠坑塘", {}), ("产出", "清理残垣断壁", {}),
            ("产出", "村庄清洁行动覆盖率", {}), ("产出", "三大战役按期完成", {}), ("效益", "暗访问题整改率", {}),
            ("效益", "干净整洁有序村占比", {}), ("效益", "村庄保洁长效机制", {"qual": ("0.8", "1")}),
            ("满意度", "群众满意度", {})]
    rows = read_rows(doc, toks, spec, 5, has_completion=True)
    eq(rows[0]["actual"].rstrip("万吨"), g.group(1), "献县 垃圾 text vs table")
    eq(rows[1]["actual"].rstrip("处"), v(r"清理村内沟渠坑塘(\d+)处；"), "献县 沟渠 text vs table")
    eq(rows[2]["actual"].rstrip("处"), walls, "献县 残垣 text vs table")
    eq(rows[5]["actual"].rstrip("%"), v(r"整改率([\d.]+)%；"), "献县 整改率 text vs table")
    eq(rows[6]["actual"].rstrip("%"), v(r"提高到([\d.]+)%"), "献县 有序村 text vs table")
    eq(rows[8]["actual"].rstrip("%"), v(r"群众满意度为([\d.]+)%"), "献县 满意度 text vs table")
    check_table(doc, rows, funds, after_nonempty(toks, "总分", 2, doc.name), prose_grade=v(r"综合评定等级为“(.)”"))


def p_gangu(doc):
    v = doc.v
    initial = v(r"项目年初预算([\d.]+)万元")
    close(initial, D(v(r"省级乡村建设示范资金([\d.]+)万元")) + D(v(r"县级配套资金([\d.]+)万元")), "甘谷 年初 = 省 + 县")
    n_vill, per = v(r"选取[^，。]*?(\d+)个村开展"), v(r"每村补助标准(\d+)万元")
    close(initial, D(n_vill) * D(per), "甘谷 预算 = 村数 × 标准")
    spent = v(r"全年实际支出([\d.]+)万元")
    done, done_amt = v(r"其中(\d+)个已完工村拨付"), v(r"已完工村拨付([\d.]+)万元")
    building, pre, pre_per = v(r"(\d+)个在建村预付"), v(r"预付工程款([\d.]+)万元"), v(r"（每村(\d+)万元）；")
    close(done_amt, D(done) * D(per), "甘谷 完工村拨付")
    close(pre, D(building) * D(pre_per), "甘谷 预付")
    close(spent, D(done_amt) + D(pre), "甘谷 支出合计")
    bal = v(r"结余([\d.]+)万元")
    close(bal, D(initial) - D(spent), "甘谷 结余")
    close(bal, D(building) * D(v(r"剩余工程资金（每村(\d+)万元）")), "甘谷 结转 = 在建村 × 剩余")
    close(v(r"完工率(\d+)%"), D(v(r"完工(\d+)个，完工率")) / D(n_vill) * 100, "甘谷 完工率")
    road = v(r"村内道路([\d.]+)公里，完成")
    close(v(r"完成目标的(\d+)%"), D(road) / D(v(r"村内道路(\d+)公里以上")) * 100, "甘谷 道路完成率")
    toilets = v(r"改造农村户厕(\d+)座，其中")
    close(toilets, D(v(r"三格化粪池式(\d+)座")) + D(v(r"双瓮漏斗式(\d+)座")), "甘谷 户厕分类")
    eq(toilets, v(r"改造农村户厕(\d+)座。"), "甘谷 户厕 text vs 总体目标")
    close(v(r"提高([\d.]+)个百分点"), D(v(r"普及率达到([\d.]+)%，较")) - D(v(r"较2023年的([\d.]+)%")), "甘谷 普及率提高")
    close(v(r"满意度(\d+)%。"), D(v(r"满意和基本满意(\d+)份")) / D(v(r"回收有效问卷(\d+)份")) * 100, "甘谷 满意度")
    sec = doc.text[doc.text.index("项目支出绩效自评表\n（2024年度）"):]
    toks = tokens(sec, "\n")
    funds = after(toks, "年度资金总额", 6, doc.name)
    eq(funds[0], initial, "甘谷 table 年初"); eq(funds[1], initial, "甘谷 table 全年（未调整）"); eq(funds[2], spent, "甘谷 table 执行")
    spec = [("产出", "和美乡村示范村建设数量", {}), ("产出", "新建和改造村内道路", {}), ("产出", "改造农村户厕", {}),
            ("产出", "工程验收合格率", {}), ("产出", "年底前项目完工率", {}), ("产出", "示范村补助标准", {}),
            ("效益", "农村卫生厕所普及率", {}), ("效益", "示范村绿化覆盖率", {}),
            ("效益", "村庄建管长效机制", {"qual": ("0.6", "0.8")}), ("满意度", "群众满意度", {})]
    rows = read_rows(doc, toks, spec, 4)
    eq(rows[1]["actual"].rstrip("公里"), road, "甘谷 道路 text vs table")
    eq(rows[2]["actual"].rstrip("座"), toilets, "甘谷 户厕 text vs table")
    eq(rows[4]["actual"].rstrip("%"), v(r"完工率(\d+)%"), "甘谷 完工率 text vs table")
    eq(rows[5]["actual"].split("万元")[0], per, "甘谷 补助标准")
    eq(rows[7]["actual"].rstrip("%"), v(r"绿化覆盖率(\d+)%，因"), "甘谷 绿化 text vs table")
    eq(rows[9]["actual"].rstrip("%"), v(r"满意度(\d+)%。"), "甘谷 满意度 text vs table")
    check_table(doc, rows, funds, after_nonempty(toks, "总分", 2, doc.name), prose_total=v(r"项目自评得分([\d.]+)分"),
                prose_grade=v(r"评价等级为“(..)”"),
                subtotal_checks=[("执行", v(r"预算执行率(\d+)分")), ("产出", v(r"产出指标(\d+)分")),
                                 ("效益", v(r"效益指标(\d+)分")), ("满意度", v(r"满意度指标(\d+)分"))])


CHECKS = {
    "zhecheng-hucegaizao-2019": p_zhecheng,
    "sinan-lajishouyun-2021": p_sinan,
    "jinyun-wushuiyunwei-2022": p_jinyun,
    "xianxian-cunzhuangqingjie-2023": p_xianxian,
    "gangu-meilixiangcun-2024": p_gangu,
}


def diff_region(a, b):
    """Common prefix / suffix: the single changed region [start, end) in a and in b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        with open(path, encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if files != sorted(texts):
        fail("cases/ and labels.jsonl list different files")
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        fail(f"expected 35 cases (5 clean), got {len(labels)}")
    where = {(f"{e[0]}-e{e[1]}.txt"): e[3] for e in EDITS}
    codes = {}
    for rec in labels:
        name, text = rec["case"], texts.get(rec["case"], "")
        clean_name = f"{rec['source']}-clean.txt"
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{name}: clean case with labels")
            if not 3000 <= len(text) <= 5000:
                fail(f"{name}: length {len(text)} outside 3000–5000")
            continue
        clean = texts[clean_name]
        if text == clean:
            fail(f"{name}: identical to its clean draft")
            continue
        (cs, ce), (s, e) = diff_region(clean, text)
        if e - s > 80 or ce - cs > 80:
            fail(f"{name}: changed region too long ({ce - cs} → {e - s} chars)")
        if len(rec["expected"]) != 1:
            fail(f"{name}: {len(rec['expected'])} labels")
        for exp in rec["expected"]:
            if exp["severity"] != "error" or exp["code"] not in CODES:
                fail(f"{name}: bad label {exp}")
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
            if not occ:
                fail(f"{name}: value not in case: {exp['value']!r}")
            elif not any(o < max(e, s + 1) and s < o + len(exp["value"]) for o in occ):
                fail(f"{name}: value {exp['value']!r} does not cover the changed place [{s},{e})")
            if exp["value"] in clean and clean.count(exp["value"]) >= text.count(exp["value"]):
                fail(f"{name}: value also found unchanged in the clean draft")
    for c in CODES:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")
    n_table = sum(1 for w in where.values() if w == "table")
    if not 12 <= n_table <= 18:
        fail(f"{n_table} of 30 errors in tables")
    # projects: different regions and years
    years = [s.rsplit("-", 1)[1] for s in SOURCES]
    if len(set(years)) != 5 or not all("2018" <= y <= "2025" for y in years):
        fail(f"years {years}")
    for src in SOURCES:
        CHECKS[src](Doc(src, texts[f"{src}-clean.txt"]))
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} problem(s)")
        return 1
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, codes: "
          + ", ".join(f"{c}×{codes[c]}" for c in CODES))
    print(f"errors in tables: {n_table}, in the text: {30 - n_table}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
