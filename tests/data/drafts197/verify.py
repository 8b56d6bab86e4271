#!/usr/bin/env python3
"""Verify set n197.

1. labels.jsonl: every case exists, every label value occurs in its case, clean cases expect nothing,
   each of the 13 codes of errors.md §A occurs at least twice.
2. Every error case differs from its clean draft in one place (one changed region of at most two
   adjacent lines) and the label value overlaps that region.
3. The arithmetic of every clean draft is redone: generic checks of the ｜ tables (weights, scores,
   totals, grades, execution rates and scores, component sums, completion rates, units, Shanxi
   funds-table formulas) and of the years, plus a list of claims per draft (stated figure = figure
   computed from the other figures in the text). Every check must pass on the clean drafts; as a
   sanity test, at least one check must fail on every error case.
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"\d+(?:\.\d+)?"


# ---------------------------------------------------------------- helpers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, value):
    """stated (string as written) is consistent with value under the decimals rule."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(value) - v) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def num(cell):
    m = re.fullmatch(r"\s*(" + NUM + r")\s*%?\s*", cell)
    return D(m.group(1)) if m else None


class Report:
    def __init__(self, name):
        self.name, self.fails, self.n = name, [], 0

    def check(self, ok, msg):
        self.n += 1
        if not ok:
            self.fails.append(msg)


# ---------------------------------------------------------------- claims per draft
def C(snippet, stated, expr):
    """snippet occurs in the text, contains `stated`, and stated == eval(expr) under the decimals rule.
    Every number literal of expr must occur in the text."""
    return ("calc", snippet, stated, expr)


def S(*snippets):
    """All these mentions of one quantity occur (same value everywhere)."""
    return ("same", snippets)


def G(snippet, total, grade):
    return ("grade", snippet, total, grade)


CLAIMS = {
    "taigu-pingshen-2020": [
        C("预算120.00万元，其中区级财政资金112.00万元、上年结转资金8.00万元", "120.00", "112.00+8.00"),
        C("全年预算调整为138.00万元", "138.00", "120.00+18.00"),
        C("资金已全部到位，到位率100%", "100", "138.00/138.00*100"),
        C("全年实际支出131.26万元", "131.26", "118.40+12.86"),
        C("预算执行率95.12%", "95.12", "131.26/138.00*100"),
        C("年末结余6.74万元", "6.74", "138.00-131.26"),
        C("综合得分99.29分", "99.29", "9.51+50+29.78+10"),
        C("产出指标得50分", "50", "10+10+10+5+5+10"),
        C("效益指标得29.78分", "29.78", "15+14.78"),
        C("完成评审项目176个", "176", "108+68"),
        C("分别完成年度目标的117.33%和", "117.33", "176/150*100"),
        C("和114.09%", "114.09", "68452.37/60000*100"),
        C("审定金额63214.96万元", "63214.96", "68452.37-5237.41"),
        C("综合审减率7.65%", "7.65", "5237.41/68452.37*100"),
        C("较规定时限缩短8个工作日", "8", "30-22"),
        C("平均每个项目评审费用0.67万元", "0.67", "118.40/176"),
        C("完成年度目标的109.11%", "109.11", "5237.41/4800*100"),
        C("采纳率96.59%", "96.59", "170/176*100"),
        C("其余6个项目", "6", "176-170"),
        C("满意度94.20%", "94.20", "130/138*100"),
        S("全年共受理并完成评审项目176个", "全年176个项目中", "｜176个｜"),
        S("审减金额5237.41万元", "审减不合理投资5237.41万元", "｜5237.41万元｜"),
        S("评审服务费118.40万元", "支付第三方评审服务费118.40万元", "｜118.40万元｜"),
        G("本项目综合得分99.29分，评价等级为优秀", "99.29", "优秀"),
    ],
    "wengan-treasuryit-2022": [
        C("全年预算调整为92.50万元", "92.50", "86.00+6.50"),
        C("全年实际支出88.36万元", "88.36", "56.80+8.00+12.96+4.60"
          "+6.00"),
        C("预算执行率95.52%", "95.52", "88.36/92.50*100"),
        C("每月10800元，全年12.96万元", "12.96", "10800*12/10000"),
        C("230个数字证书续费，每个200元，计4.60万元", "4.60", "230*200/10000"),
        C("该项追加资金执行率92.31%", "92.31", "6.00/6.50*100"),
        C("未支出的4.14万元", "4.14", "92.50-88.36"),
        C("数字证书续费结余3.64万元和对接改造结余0.50万元", "3.64", "4.14-0.50"),
        C("对接改造结余0.50万元", "0.50", "6.50-6.00"),
        C("较年度目标多处理6236笔", "6236", "71236-65000"),
        C("全年平均99.62%", "99.62", "(99.51+99.70+99.58+99.69)/4"),
        C("满意度92.86%", "92.86", "143/154*100"),
        S("覆盖全县168个预算单位，全年处理", "系统覆盖全县168个预算单位", "向168个预算单位发放问卷", "｜168个｜"),
        S("全年处理支付业务71236笔", "｜71236笔｜"),
        G("本项目自评得分98.55分，评价等级为优", "98.55", "优"),
    ],
    "donggang-auditdept-2019": [
        C("全年预算1046.38万元", "1046.38", "968.40+44.18+33.80"),
        C("全年支出1006.72万元", "1006.72", "768.45+238.27"),
        C("基本支出768.45万元", "768.45", "652.17+116.28"),
        C("预算执行率96.21%", "96.21", "1006.72/1046.38*100"),
        C("年末结转结余39.66万元", "39.66", "1046.38-1006.72"),
        C("审计信息化建设项目支出126.50万元", "126.50", "78.60+17.40+30.50"),
        C("笔记本电脑30台（单价5800元）17.40万元", "17.40", "30*5800/10000"),
        C("项目尚未支付的3.50万元", "3.50", "130.00-126.50"),
        C("比2018年的6.37万元减少0.53万元", "0.53", "6.37-5.84"),
        C("全年“三公”经费支出5.84万元", "5.84", "4.96+0.88"),
        C("实有人员35名", "35", "22+13"),
        C("按期完成率88.64%", "88.64", "39/44*100"),
        C("整改率86.42%", "86.42", "140/162*100"),
        C("满意度93.50%", "93.50", "187/200*100"),
        S("项目支出238.27万元", "｜238.27｜95.24%"),
        S("｜968.40｜1046.38｜1006.72｜", "年初预算968.40万元"),
        S("完成审计项目46个，其中经济责任审计13个", "｜46个｜", "｜13个｜"),
        G("综合自评得分96.07分，等级为优秀", "96.07", "优秀"),
    ],
    "wenling-procurement-2024": [
        C("全年预算42.00万元", "42.00", "45.00-3.00"),
        C("全年实际支出40.26万元", "40.26", "24.80+6.36+5.40+3.70"),
        C("预算执行率95.86%", "95.86", "40.26/42.00*100"),
        C("结余1.74万元", "1.74", "42.00-40.26"),
        C("平均每家检查费用0.80万元", "0.80", "24.80/31"),
        C("整改率90.32%", "90.32", "28/31*100"),
        C("其余3家", "3", "31-28"),
        C("合计培训452人次", "452", "238+214"),
        C("平均每期226人次", "226", "(238+214)/2"),
        C("人均培训成本140.71元", "140.71", "6.36*10000/452"),
        C("受理政府采购投诉17件", "17", "11+4+2"),
        C("节约资金9467.38万元", "9467.38", "186420.50-176953.12"),
        C("资金节约率5.08%", "5.08", "9467.38/186420.50*100"),
        C("占合同总额的71.36%", "71.36", "126276.39/176953.12*100"),
        C("满意度88.60%", "88.60", "443/500*100"),
        C("本项目总分100分", "100", "10+50+30+10"),
        S("对在我市备案的31家代理机构", "共对31家代理机构", "｜31家｜"),
        S("项目得分98.94分", "｜98.94｜"),
        G("项目得分98.94分，等级为优", "98.94", "优"),
    ],
    "hejing-perfthirdparty-2023": [
        C("全年预算75.00万元", "75.00", "60.00+15.00"),
        C("当年全部到位，到位率100%", "100", "75.00/75.00*100"),
        C("全年支出61.80万元", "61.80", "41.60+12.80+7.40"),
        C("预算执行率82.40%", "82.40", "61.80/75.00*100"),
        C("结余13.20万元", "13.20", "75.00-61.80"),
        C("平均每个项目评价服务费5.20万元", "5.20", "41.60/8"),
        C("平均82.79分", "82.79", "(92.50+90.30+87.60+85.20+84.00+81.40+72.80+68.50)/8"),
        C("4个部门的评价，完成率80%", "80", "4/5*100"),
        C("满意度85.50%", "85.50", "171/200*100"),
        C("执行率82.40%，按10分乘以执行率计算，得8.24分", "8.24", "10*82.40/100"),
        C("满分50分，得46分", "46", "28+10+8"),
        C("满分50分", "50", "30+10+10"),
        C("其中数量指标30分，得28分", "28", "10+10+8"),
        C("部门整体支出评价完成4个，得8分", "8", "10*4/5"),
        C("满分30分，得26.50分", "26.50", "13+13.50"),
        C("满分30分", "30", "15+15"),
        C("满分10分，按实际满意度与目标值之比计算，得9分", "9", "10*85.50/95"),
        C("综合自评得分89.74分", "89.74", "8.24+46+26.50+9"),
        C("自评采用百分制，预算执行率指标10分", "10", "100-50-30-10"),
        S("全年审核项目绩效目标326个", "326个项目绩效目标经审核后"),
        S("对8个重点项目开展了绩效评价", "8个项目的评价得分", "8份重点项目评价报告"),
        G("综合自评得分89.74分，评价等级为良", "89.74", "良"),
        ("bands", "评价等级为优的2个、良的4个、中的2个",
         ["92.50", "90.30", "87.60", "85.20", "84.00", "81.40", "72.80", "68.50"]),
    ],
}


def run_claims(rep, text, claims):
    for cl in claims:
        kind = cl[0]
        if kind == "calc":
            _, snippet, stated, expr = cl
            if snippet not in text:
                rep.check(False, f"claim text missing: {snippet}")
                continue
            rep.check(stated in snippet, f"stated {stated} not in {snippet}")
            for lit in re.findall(NUM, expr):
                if lit in ("100", "10000"):  # percent and 万元 conversion constants
                    continue
                rep.check(lit in text, f"input {lit} of {expr} not in text")
            value = eval(re.sub(NUM, lambda m: f"D('{m.group(0)}')", expr))
            rep.check(close(stated, value), f"{snippet}: stated {stated}, computed {q2(value)}")
        elif kind == "same":
            for sn in cl[1]:
                rep.check(sn in text, f"mention missing (value changed?): {sn}")
        elif kind == "grade":
            _, snippet, total, grade = cl
            rep.check(snippet in text, f"grade sentence missing: {snippet}")
            rep.check(GRADE_WORDS[grade] == grade_of(total), f"{total} -> {grade_of(total)}, stated {grade}")
        elif kind == "bands":
            _, snippet, scores = cl
            rep.check(snippet in text, f"band count sentence missing: {snippet}")
            counts = {g: sum(1 for s in scores if grade_of(s) == g) for g in "优良中差"}
            want = dict((g, int(n)) for g, n in re.findall(r"([优良中差])的(\d+)个", snippet))
            rep.check(all(counts[g] == n for g, n in want.items()), f"band counts {counts} vs {want}")
            for s in scores:
                rep.check(s + "分" in text, f"score {s} not in text")


# ---------------------------------------------------------------- generic checks
def tables(text):
    block, out = [], []
    for line in text.split("\n"):
        if "｜" in line:
            block.append(line.split("｜"))
        elif block:
            out.append(block)
            block = []
    if block:
        out.append(block)
    return out


def parse_measure(cell):
    """-> (direction, number, unit) or None for qualitative / date cells."""
    c = cell.strip()
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", c):
        return ("date", None, "date")
    direction = "eq"
    if c[:1] in "≥＞>" or c.startswith("不低于") or c.startswith("不少于"):
        direction = "gte"
    elif c[:1] in "≤＜<" or c.startswith("不高于") or c.startswith("不超过"):
        direction = "lte"
    m = re.search(r"(" + NUM + r")\s*(.*)$", c)
    if not m:
        return None
    unit = m.group(2).strip()
    if re.search(r"[\u4e00-\u9fff]{5,}", unit):  # long text: qualitative
        return None
    return (direction, D(m.group(1)), unit)


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else a and t / a * 100
    if t == 0:
        return None
    return a / t * 100


def check_shanxi_funds(rep, tab):
    head = tab[0]
    rows = {r[1].strip(): r for r in tab[1:] if len(r) > 2}
    for key in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]:
        rep.check(key in rows, f"Shanxi funds row {key} missing")
    for col in range(2, len(head)):
        g = lambda k: num(rows[k][col])  # noqa: E731
        b, rec, sp = g("(2)"), g("(3)"), g("(4)")
        rep.check(close(rows["(5)=(3)-(4)"][col], rec - sp), f"funds (5) col {head[col]}")
        for key, n in (("(6)=(3)/(2)", rec), ("(7)=(4)/(2)", sp)):
            cell = rows[key][col]
            if b == 0:
                rep.check(num(cell) == 0 or cell.strip() in ("", "—"), f"rate on zero base {key} {head[col]}: {cell}")
            else:
                rep.check(close(cell, n / b * 100), f"funds {key} col {head[col]}: {cell} vs {q2(n / b * 100)}")
    for key in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]:
        r = [num(x) for x in rows[key][2:]]
        rep.check(r[0] == r[1] + r[6] + r[7], f"funds {key}: 合计 != 小计+结转+其他")
        rep.check(r[1] == r[2] + r[3] + r[4] + r[5], f"funds {key}: 小计 != 中央+省+市+县区")


def check_budget_table(rep, tab):
    head = [h.strip() for h in tab[0]]
    ib = next(i for i, h in enumerate(head) if "预算" in h)
    isp = next(i for i, h in enumerate(head) if "支出" in h)
    ir = head.index("执行率")
    sums = [D(0), D(0)]
    for r in tab[1:]:
        b, s = num(r[ib]), num(r[isp])
        rep.check(close(r[ir], s / b * 100), f"{r[0]} rate {r[ir]} vs {q2(s / b * 100)}")
        if r[0].strip() == "合计":
            rep.check(sums == [b, s], f"project table 合计 {b},{s} vs {sums}")
        else:
            sums = [sums[0] + b, sums[1] + s]


def check_score_table(rep, tab):
    cols, weights, scores = None, D(0), D(0)
    total_w = total_s = None
    grade = None
    funds = []
    for r in tab:
        cells = [c.strip() for c in r]
        if "分值" in cells:
            cols = {}
            for i, c in enumerate(cells):
                for key, names in (("w", ["分值"]), ("s", ["得分", "指标得分"]), ("rate", ["执行率"]),
                                   ("b", ["全年预算数"]), ("sp", ["全年执行数"]), ("b0", ["年初预算数"]),
                                   ("t", ["年度指标值", "目标值"]), ("a", ["实际完成值", "业绩值"]),
                                   ("c", ["完成率"])):
                    if c in names:
                        cols[key] = i
            continue
        if cols is None:
            continue
        if "自评等级" in cells:
            grade = cells[cells.index("自评等级") + 1]
            rep.check(cells[1] == str(total_s), f"自评得分 {cells[1]} vs total {total_s}")
            continue
        if cells[0] in ("合计", "总分"):
            total_w, total_s = num(cells[cols["w"]]), num(cells[cols["s"]])
            if len(cells) > cols["s"] + 1 and cells[cols["s"] + 1] in GRADE_WORDS:
                grade = cells[cols["s"] + 1]
            continue
        if "b" in cols and len(cells) > cols["rate"]:  # funds block
            b, sp = num(cells[cols["b"]]), num(cells[cols["sp"]])
            if b is None:
                continue
            funds.append([num(cells[cols["b0"]]), b, sp])
            rate_cell = cells[cols["rate"]]
            if b == 0:
                rep.check(rate_cell == "—", f"rate on zero base: {cells[0]} {rate_cell}")
            else:
                rate = sp / b * 100
                rep.check(close(rate_cell, rate), f"{cells[0]} rate {rate_cell} vs {q2(rate)}")
                rep.check(rate <= 100, f"{cells[0]} rate above 100%")
            w = num(cells[cols["w"]])
            if w is not None:
                s = num(cells[cols["s"]])
                weights += w
                scores += s
                ok = close(cells[cols["s"]], w * min(rate, D(100)) / 100) or \
                    close(cells[cols["s"]], w * min(num(rate_cell), D(100)) / 100)
                rep.check(ok, f"execution score {s} vs {q2(w * rate / 100)}")
            continue
        if len(cells) <= max(cols["w"], cols["s"]):
            continue
        w, s = num(cells[cols["w"]]), num(cells[cols["s"]])
        if w is None or s is None:
            continue
        weights += w
        scores += s
        rep.check(0 <= s <= w, f"{cells[2]}: score {s} outside [0, {w}]")
        tm, am = parse_measure(cells[cols["t"]]), parse_measure(cells[cols["a"]])
        if tm is None or am is None:
            continue  # qualitative
        rep.check(tm[2] == am[2], f"{cells[2]}: unit {tm[2]!r} vs {am[2]!r}")
        if tm[0] == "date" or tm[2] != am[2]:
            continue
        comp = completion(tm[0], tm[1], am[1])
        if comp is None:
            rep.check(am[1] == 0 and s == w, f"{cells[2]}: zero target")
            continue
        if "c" in cols:
            rep.check(close(cells[cols["c"]], comp), f"{cells[2]}: 完成率 {cells[cols['c']]} vs {q2(comp)}")
        cap = min(comp, D(100))
        ok = close(cells[cols["s"]], w * cap / 100)
        if "c" in cols:
            ok = ok or close(cells[cols["s"]], w * min(num(cells[cols["c"]]), D(100)) / 100)
        rep.check(ok, f"{cells[2]}: score {s} vs {q2(w * cap / 100)}")
        rep.check(comp <= 120, f"{cells[2]}: over-achievement {q2(comp)}% without reason")
    if cols is None or total_w is None:
        return None
    rep.check(weights == 100 and total_w == 100, f"weights add to {weights}, total row {total_w}")
    rep.check(scores == total_s, f"scores add to {scores}, total row {total_s}")
    if grade is not None:
        rep.check(GRADE_WORDS.get(grade) == grade_of(total_s), f"grade {grade} for {total_s}")
    if funds:
        for k in range(3):
            rep.check(funds[0][k] == sum(f[k] for f in funds[1:]), f"funds column {k}: total != Σ components")
    return total_s


def check_years(rep, text, year):
    for y in re.findall(r"(\d{4})年年初", text):
        rep.check(int(y) == year, f"budget year {y} != {year}")
    for y in re.findall(r"结转至(\d{4})年", text):
        rep.check(int(y) > year, f"carried over to {y} in a {year} report")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        rep.check(int(y) == year, f"year-end date {y} != {year}")


def check_draft(source, text):
    rep = Report(source)
    try:
        _check_draft(rep, source, text)
    except Exception as exc:  # a broken figure can make a table unreadable: count it as a failure
        rep.check(False, f"exception {type(exc).__name__}: {exc}")
    return rep


def _check_draft(rep, source, text):
    year = int(re.search(r"(\d{4})年度", text).group(1))
    rep.check(str(year) == source[-4:], "year in title vs id")
    check_years(rep, text, year)
    for tab in tables(text):
        head = [c.strip() for c in tab[0]]
        if "行次" in head:
            check_shanxi_funds(rep, tab)
        elif "执行率" in head and "分值" not in head and "全年预算数" not in head:
            check_budget_table(rep, tab)
        else:
            total = check_score_table(rep, tab)
            if total is not None:
                # the total in the table must be the one stated in the text
                rep.check(f"{total}分" in text, f"table total {total} not stated in the text")
    run_claims(rep, text, CLAIMS[source])


# ---------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    texts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            problems.append(f"missing case {rec['case']}")
            continue
        texts[rec["case"]] = open(path, encoding="utf-8").read()
    on_disk = set(os.listdir(CASES))
    if on_disk != set(texts):
        problems.append(f"cases without label / labels without case: {on_disk ^ set(texts)}")

    # 1. labels
    counts = {c: 0 for c in CODES}
    sources = sorted({r["source"] for r in labels})
    for rec in labels:
        text = texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one injected error")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{rec['case']}: bad code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp["value"] not in text:
                problems.append(f"{rec['case']}: value not in case: {exp['value']!r}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} occurs {counts[c]} times (< 2)")

    # 2. one changed place per error case
    for rec in labels:
        if rec["clean"]:
            continue
        clean = texts[f"{rec['source']}-clean.txt"]
        err = texts[rec["case"]]
        a, b = clean.split("\n"), err.split("\n")
        ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
        if len(ops) != 1 or ops[0][2] - ops[0][1] > 2 or ops[0][4] - ops[0][3] > 2 \
                or ops[0][2] - ops[0][1] != ops[0][4] - ops[0][3]:
            problems.append(f"{rec['case']}: not one changed place: {ops}")
            continue
        # character region of the change in the error case
        p = 0
        while p < min(len(clean), len(err)) and clean[p] == err[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
            s += 1
        region = (p, len(err) - s)
        val = rec["expected"][0]["value"]
        occ, i = [], err.find(val)
        while i >= 0:
            occ.append((i, i + len(val)))
            i = err.find(val, i + 1)
        if not any(o[0] <= region[1] and region[0] <= o[1] for o in occ):
            problems.append(f"{rec['case']}: value does not cover the change {region}")

    # 3. arithmetic
    total_checks = 0
    for src in sources:
        rep = check_draft(src, texts[f"{src}-clean.txt"])
        total_checks += rep.n
        n = len(texts[f"{src}-clean.txt"])
        if not 3000 <= n <= 9000:
            problems.append(f"{src}-clean: length {n} outside 3000-9000")
        for f in rep.fails:
            problems.append(f"{src}-clean: {f}")
    for rec in labels:
        if rec["clean"]:
            continue
        rep = check_draft(rec["source"], texts[rec["case"]])
        if not rep.fails:
            problems.append(f"{rec['case']}: the injected error breaks none of the checks")

    print(f"{len(labels)} cases, {len(sources)} sources, {total_checks} arithmetic checks on the clean drafts")
    print("codes: " + ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
