#!/usr/bin/env python3
"""Verify the n163 set.

1. labels.jsonl lists every case file once; clean cases expect nothing; every label value
   occurs in its case (and not in the clean draft), and overlaps the edited region.
2. Each error case differs from its clean draft in exactly one contiguous place.
3. Redo the arithmetic of every clean draft (tables and prose): all checks must pass.
   The same checks are run on each error case: at least one check tagged with the
   labelled code must fail there (so every injected slip is a real inconsistency).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SOURCES = {
    "mengcun-preschoolaid-2021": 2021,
    "tongdao-nutrition-2023": 2023,
    "qiubei-vocaid-2020": 2020,
    "wuyi-teachertrain-2024": 2024,
    "heshui-schoolrepair-2019": 2019,
}
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"


def D(s):
    return Decimal(str(s).replace(",", ""))


def places(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Stated string vs computed Decimal, tolerance half a unit of the stated last digit."""
    v = D(str(stated).rstrip("%"))
    tol = Decimal("0.5") * Decimal(10) ** -places(stated) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def grade_of(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


class Checks:
    def __init__(self, text):
        self.t = text
        self.results = []  # (code, name, ok, detail)

    def add(self, code, name, ok, detail=""):
        self.results.append((code, name, bool(ok), detail))

    def one(self, pattern, code="conflicting_values", name=None):
        """Groups of the single match of pattern; a missing or repeated match is a failed check."""
        m = list(re.finditer(pattern, self.t))
        if len(m) != 1:
            self.add(code, name or f"pattern {pattern}", False, f"{len(m)} matches")
            return None
        return m[0].groups()

    def failed(self):
        return [r for r in self.results if not r[2]]


# ---------------------------------------------------------------- tables

def rows_after(text, header_prefix, stop):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_prefix):
            out = []
            for ln2 in lines[i + 1:]:
                if not ln2.strip() or stop(ln2):
                    break
                out.append(ln2.split("｜"))
            return ln.split("｜"), out
    return None, []


def unit_of(v):
    v = v.strip()
    if not re.search(r"\d", v):
        return None
    if re.search(r"\d{4}年\d{1,2}月", v):
        return "date"
    v = re.sub(r"^[≥≤=＝<>＜＞]+", "", v)
    return re.sub(r"[\d,.]+", "", v, count=1)


def direction(target):
    target = target.strip()
    if target.startswith(("≤", "＜", "<")):
        return "lte"
    return "gte"


RATE_WORDS = ("率", "满意度")


def table_checks(C, year):
    t = C.t
    # ---- funds block
    head, rows = rows_after(t, "资金情况（万元）",
                            lambda ln: ln.startswith(("一级指标", "年度总体目标")))
    exec_weight = exec_score = None
    funds = {}
    if head:
        for r in rows:
            name = r[0]
            ini, ann, spent = D(r[1]), D(r[2]), D(r[3])
            rate = r[5].strip()
            funds[name] = (ini, ann, spent)
            if ann == 0:
                C.add("implausible_rate", f"funds {name} zero base", rate in ("—", "0", "0%", "0.00%"), rate)
            elif rate != "—":
                C.add("implausible_rate", f"funds {name} rate <= 100", D(rate.rstrip("%")) <= 100, rate)
                C.add("rate_mismatch", f"funds {name} rate", close(rate, spent / ann * 100),
                      f"{spent}/{ann} vs {rate}")
            if name == "年度资金总额":
                exec_weight, exec_score = D(r[4]), r[6]
                C.add("rate_mismatch", "execution score",
                      close(exec_score, D(r[4]) * min(spent / ann, 1)) or
                      close(exec_score, D(r[4]) * D(rate.rstrip("%")) / 100), exec_score)
        total = funds.get("年度资金总额")
        groups, cur = [], []
        for name in funds:
            if name == "年度资金总额":
                continue
            if name.startswith("按") and cur:
                groups.append(cur)
                cur = []
            cur.append(name)
        if cur:
            groups.append(cur)
        for g in groups:
            for col in range(3):
                s = sum(funds[n][col] for n in g)
                C.add("sum_mismatch", f"funds components {g} col {col}", s == total[col], f"{s} vs {total[col]}")
    # ---- indicator block
    head, rows = rows_after(t, "一级指标", lambda ln: False)
    if not head:
        return
    iT, iA, iW, iS = (head.index(h) for h in ("年度指标值", "实际完成值", "分值", "得分"))
    iC = head.index("完成率") if "完成率" in head else None
    ind = [r for r in rows if r[0] in ("产出指标", "效益指标", "满意度指标")]
    tot = [r for r in rows if r[0] in ("合计", "总分")]
    sw = exec_weight or 0
    ss = D(exec_score) if exec_score else 0
    for r in ind:
        name, T, A, W, S = r[2], r[iT], r[iA], D(r[iW]), D(r[iS])
        sw += W
        ss += S
        C.add("score_exceeds_weight", f"{name} score <= weight", 0 <= S <= W, f"{S} / {W}")
        uT, uA = unit_of(T), unit_of(A)
        if uT is not None and uA is not None:
            C.add("unit_mismatch", f"{name} units", uT == uA, f"{T} vs {A}")
        if A.strip().endswith("%") and name.endswith(RATE_WORDS):
            C.add("implausible_rate", f"{name} <= 100%", D(A.strip().rstrip("%")) <= 100, A)
        if uT not in (None, "date") and uT == uA:
            tv = D(re.search(r"[\d,.]+", T).group())
            av = D(re.search(r"[\d,.]+", A).group())
            if direction(T) == "lte":
                comp = Decimal(100) if av <= tv else tv / av * 100
            elif tv == 0:
                comp = Decimal(100) if av <= 0 else Decimal(0)
            else:
                comp = av / tv * 100
            if iC is not None and r[iC].strip() != "—":
                C.add("completion_mismatch", f"{name} completion", close(r[iC], comp), f"{r[iC]} vs {comp:.4f}")
            C.add("score_rule_mismatch", f"{name} score rule", close(S, W * min(comp, 100) / 100), f"{S} vs {comp}")
    if tot:
        tw, ts = tot[0][iW], tot[0][iS]
        C.add("weight_sum_mismatch", "weights sum to 100", sw == 100 and D(tw) == 100, f"{sw} / {tw}")
        C.add("score_sum_mismatch", "scores sum to total", close(ts, ss), f"{ss} vs {ts}")
    return ss


def common_checks(C, year):
    t = C.t
    for y in re.findall(r"(\d{4})年度", t):
        C.add("year_mismatch", f"{y}年度 is the evaluation year", int(y) == year, y)
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        C.add("year_mismatch", "截至 date in evaluation year", int(y) == year, y)
    for y in re.findall(r"结转至?(\d{4})年", t):
        C.add("year_mismatch", "结转 goes to a later year", int(y) > year, y)
    for y in re.findall(r"(\d{4})年\d{1,2}月[^，。]{0,4}提前下达", t):
        C.add("year_mismatch", "advance issue in December before", int(y) == year - 1, y)
    g = re.findall(r"(\d+(?:\.\d+)?)分，(?:评价|自评)等级为“(.)”", t)
    C.add("grade_mismatch", "a graded total is stated", len(g) >= 1, str(g))
    for s, lab in g:
        C.add("grade_mismatch", f"grade of {s}", grade_of(s) == lab, f"{s} -> {lab}")


def table_value(C, row_name, col_header):
    head, rows = rows_after(C.t, "一级指标", lambda ln: False)
    i = head.index(col_header)
    for r in rows:
        if len(r) > 2 and r[2] == row_name:
            return r[i]
    return None


def funds_row(C, name):
    _, rows = rows_after(C.t, "资金情况（万元）", lambda ln: ln.startswith(("一级指标", "年度总体目标")))
    for r in rows:
        if r[0] == name:
            return r
    return None


def total_row(C):
    head, rows = rows_after(C.t, "一级指标", lambda ln: False)
    for r in rows:
        if r[0] in ("合计", "总分"):
            return r[head.index("得分")]
    return None


def level_sum(C, level):
    head, rows = rows_after(C.t, "一级指标", lambda ln: False)
    i = head.index("得分")
    return sum(D(r[i]) for r in rows if r[0] == level)


def eq(C, code, name, a, b):
    C.add(code, name, a is not None and b is not None and D(str(a).rstrip("%")) == D(str(b).rstrip("%")), f"{a} vs {b}")


# ---------------------------------------------------------------- per project

def check_mengcun(C):
    g = C.one(r"预算" + NUM + r"万元，其中2020年12月提前下达的中央资金" + NUM + r"万元、省级资金" + NUM +
              r"万元，市级资金" + NUM + r"万元，县级配套资金" + NUM + r"万元", "sum_mismatch")
    add = C.one(r"年内追加中央资金" + NUM + r"万元、省级资金" + NUM + r"万元", "sum_mismatch")
    cur = C.one(r"中央资金" + NUM + r"万元、省级资金" + NUM + r"万元、市级资金" + NUM + r"万元、县级资金" + NUM +
                r"万元，合计" + NUM + r"万元", "sum_mismatch")
    tot = C.one(r"合计" + NUM + r"万元；另有上年结转资金" + NUM + r"万元，全年预算共计" + NUM + r"万元", "sum_mismatch")
    if g:
        C.add("sum_mismatch", "年初 components", sum(map(D, g[1:])) == D(g[0]))
        eq(C, "conflicting_values", "年初 prose = table", g[0], funds_row(C, "年度资金总额")[1])
    if cur:
        C.add("sum_mismatch", "当年 components", sum(map(D, cur[:4])) == D(cur[4]), str(cur))
        eq(C, "conflicting_values", "当年 prose = table", cur[4], funds_row(C, "其中：当年财政拨款")[2])
        if g and add:
            C.add("sum_mismatch", "中央 after 追加", D(g[1]) + D(add[0]) == D(cur[0]))
            C.add("sum_mismatch", "省级 after 追加", D(g[2]) + D(add[1]) == D(cur[1]))
    if tot:
        C.add("sum_mismatch", "当年 + 结转 = 全年", D(tot[0]) + D(tot[1]) == D(tot[2]))
        eq(C, "conflicting_values", "全年 prose = table", tot[2], funds_row(C, "年度资金总额")[2])
    sp = C.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%", "rate_mismatch")
    bal = C.one(r"年末结余" + NUM + r"万元", "balance_mismatch")
    if sp and tot:
        C.add("rate_mismatch", "prose execution rate", close(sp[1], D(sp[0]) / D(tot[2]) * 100))
        eq(C, "conflicting_values", "spent prose = table", sp[0], funds_row(C, "年度资金总额")[3])
        eq(C, "conflicting_values", "rate prose = table", sp[1], funds_row(C, "年度资金总额")[5])
        if bal:
            C.add("balance_mismatch", "balance = budget - spent", D(bal[0]) == D(tot[2]) - D(sp[0]))
    sem = C.one(r"春季学期资助" + NUM + r"人次、秋季学期资助" + NUM + r"人次", "sum_mismatch")
    avg = C.one(r"平均每学期资助" + NUM + r"人次", "average_mismatch")
    allp = C.one(r"全年累计资助" + NUM + r"人次，完成年度目标（" + NUM + r"人次）的" + NUM + "%", "completion_mismatch")
    if sem and allp:
        C.add("sum_mismatch", "semesters add up", D(sem[0]) + D(sem[1]) == D(allp[0]))
        C.add("completion_mismatch", "prose completion", close(allp[2], D(allp[0]) / D(allp[1]) * 100), allp[2])
        eq(C, "conflicting_values", "人次 prose = table", allp[0],
           table_value(C, "资助幼儿人次", "实际完成值").replace("人次", ""))
    if sem and avg:
        C.add("average_mismatch", "semester average", close(avg[0], (D(sem[0]) + D(sem[1])) / 2), avg[0])
    prev = C.one(r"较2020年的" + NUM + r"人次增加" + NUM + r"人次", "sum_mismatch")
    if prev and allp:
        C.add("sum_mismatch", "increase on 2020", D(allp[0]) - D(prev[0]) == D(prev[1]))
    pay = C.one(r"标准发放资助资金" + NUM + r"万元", "conflicting_values")
    if pay and allp and sp:
        C.add("conflicting_values", "人次 x 500元 = paid = spent",
              D(allp[0]) * 500 / 10000 == D(pay[0]) == D(sp[0]))
    concl = C.one(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM +
                  r"分，满意度指标得分" + NUM + r"分，自评总分" + NUM + "分", "score_sum_mismatch")
    if concl:
        C.add("score_sum_mismatch", "prose components = total", close(concl[4], sum(map(D, concl[:4]))))
        eq(C, "conflicting_values", "exec score prose = table", concl[0], funds_row(C, "年度资金总额")[6])
        for i, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
            C.add("score_sum_mismatch", f"{lvl} prose = table rows", close(concl[i], level_sum(C, lvl)))
        eq(C, "conflicting_values", "total prose = table", concl[4], total_row(C))
    for pat, row in ((r"在园保持率达到" + NUM + "%", "受助幼儿在园保持率"),
                     (r"资助政策知晓率为" + NUM + "%", "资助政策知晓率"),
                     (r"满意度为" + NUM + "%", "受助幼儿家长满意度")):
        v = C.one(pat)
        if v:
            eq(C, "conflicting_values", f"{row} prose = table", v[0], table_value(C, row, "实际完成值"))


def check_tongdao(C):
    adv = C.one(r"提前下达我县2023年中央补助资金" + NUM + r"万元", "conflicting_values")
    add = C.one(r"追加中央资金" + NUM + r"万元，当年财政拨款合计" + NUM + r"万元；加上上年结转资金" + NUM +
                r"万元，全年预算资金" + NUM + r"万元", "sum_mismatch")
    if adv and add:
        C.add("sum_mismatch", "advance + 追加 = 当年", D(adv[0]) + D(add[0]) == D(add[1]))
        C.add("sum_mismatch", "当年 + 结转 = 全年", D(add[1]) + D(add[2]) == D(add[3]))
        eq(C, "conflicting_values", "年初 prose = table", adv[0], funds_row(C, "年度资金总额")[1])
        eq(C, "conflicting_values", "全年 prose = table", add[3], funds_row(C, "年度资金总额")[2])
        eq(C, "conflicting_values", "结转 prose = table", add[2], funds_row(C, "上年结转资金")[2])
    sp = C.one(r"实际支出膳食补助资金" + NUM + r"万元，其中春季学期" + NUM + r"万元、秋季学期" + NUM + r"万元", "sum_mismatch")
    bal = C.one(r"年末结余资金" + NUM + r"万元", "balance_mismatch")
    if sp:
        C.add("sum_mismatch", "spring + autumn = spent", D(sp[1]) + D(sp[2]) == D(sp[0]))
        eq(C, "conflicting_values", "spent prose = table", sp[0], funds_row(C, "年度资金总额")[3])
        if add and bal:
            C.add("balance_mismatch", "balance = budget - spent", D(bal[0]) == D(add[3]) - D(sp[0]))
    st = C.one(r"春季学期受益学生" + NUM + r"人、秋季学期" + NUM + r"人，合计受益" + NUM + r"人次", "sum_mismatch")
    if st:
        C.add("sum_mismatch", "students add up", D(st[0]) + D(st[1]) == D(st[2]))
        eq(C, "conflicting_values", "人次 prose = table", st[2],
           table_value(C, "受益学生人数", "实际完成值").replace("人次", ""))
        if sp:
            C.add("conflicting_values", "spring students x 500元", D(st[0]) * 500 / 10000 == D(sp[1]))
            C.add("conflicting_values", "autumn students x 500元", D(st[1]) * 500 / 10000 == D(sp[2]))
    sch = C.one(r"覆盖全县" + NUM + r"所农村义务教育学校。", "conflicting_values")
    if sch:
        eq(C, "conflicting_values", "schools prose = table", sch[0],
           table_value(C, "覆盖农村义务教育学校", "实际完成值").replace("所", ""))
    can = C.one(r"全县" + NUM + r"所供餐学校中" + NUM + r"所食堂通过标准化验收，达标率" + NUM + "%", "rate_mismatch")
    if can:
        C.add("rate_mismatch", "canteen rate", close(can[2], D(can[1]) / D(can[0]) * 100))
        eq(C, "conflicting_values", "canteen prose = table", can[2], table_value(C, "供餐学校食堂标准化达标率", "实际完成值"))
    hl = C.one(r"合格率" + NUM + r"%，较2022年的" + NUM + r"%提高" + NUM + "个百分点", "sum_mismatch")
    if hl:
        C.add("sum_mismatch", "health rate difference", D(hl[0]) - D(hl[1]) == D(hl[2]))
        eq(C, "conflicting_values", "health prose = table", hl[0], table_value(C, "学生体质健康测试合格率", "实际完成值"))
    sat = C.one(r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + r"%，平均为" + NUM + "%", "average_mismatch")
    if sat:
        C.add("average_mismatch", "satisfaction average", close(sat[3], sum(map(D, sat[:3])) / 3))
        eq(C, "conflicting_values", "satisfaction prose = table", sat[3], table_value(C, "学生及家长满意度", "实际完成值"))
    tot = C.one(r"自评得分" + NUM + "分", "conflicting_values")
    if tot:
        eq(C, "conflicting_values", "total prose = table", tot[0], total_row(C))


def check_qiubei(C):
    ini = C.one(r"中央资金" + NUM + r"万元，同时下达省级配套资金" + NUM + r"万元，县级按比例安排配套资金" + NUM +
                r"万元，年初预算共计" + NUM + r"万元", "sum_mismatch")
    add = C.one(r"追加中央资金" + NUM + r"万元，全年预算调整为" + NUM + r"万元，其中中央资金" + NUM + r"万元、省级资金" +
                NUM + r"万元、县级资金" + NUM + r"万元", "sum_mismatch")
    if ini:
        C.add("sum_mismatch", "年初 components", sum(map(D, ini[:3])) == D(ini[3]))
    if add:
        C.add("sum_mismatch", "全年 components", sum(map(D, add[2:])) == D(add[1]))
        if ini:
            C.add("sum_mismatch", "年初 + 追加 = 全年", D(ini[3]) + D(add[0]) == D(add[1]))
            C.add("sum_mismatch", "中央 + 追加", D(ini[0]) + D(add[0]) == D(add[2]))
            C.add("conflicting_values", "省级/县级 unchanged", D(ini[1]) == D(add[3]) and D(ini[2]) == D(add[4]))
    st = C.one(r"春季学期资助学生" + NUM + r"人、秋季学期资助学生" + NUM + r"人，全年共资助" + NUM +
               r"人次，实际支出助学金" + NUM + r"万元，预算执行率" + NUM + "%", "rate_mismatch")
    if st and add:
        C.add("sum_mismatch", "semesters add up", D(st[0]) + D(st[1]) == D(st[2]))
        C.add("conflicting_values", "人次 x 1000元 = spent", D(st[2]) * 1000 / 10000 == D(st[3]))
        C.add("rate_mismatch", "execution rate", close(st[4], D(st[3]) / D(add[1]) * 100), st[4])
        C.add("implausible_rate", "execution rate <= 100", D(st[4]) <= 100)
    bal = C.one(r"年末结余" + NUM + r"万元", "balance_mismatch")
    if bal and st and add:
        C.add("balance_mismatch", "balance = budget - spent", D(bal[0]) == D(add[1]) - D(st[3]))
    es = C.one(r"预算执行率一项得" + NUM + "分", "conflicting_values")
    if es and st:
        C.add("rate_mismatch", "execution score", close(es[0], 10 * D(st[3]) / D(add[1])) or close(es[0], D(st[4]) / 10))
    q = C.one(r"全年资助学生" + NUM + r"人次，年度目标为" + NUM + r"人次，完成率" + NUM + r"%，得" + NUM + r"分（分值" + NUM + "分）",
              "completion_mismatch")
    if q:
        C.add("completion_mismatch", "completion", close(q[2], D(q[0]) / D(q[1]) * 100), q[2])
        C.add("score_rule_mismatch", "quantity score", close(q[3], D(q[4]) * D(q[0]) / D(q[1])))
        C.add("score_exceeds_weight", "quantity score <= weight", D(q[3]) <= D(q[4]))
        if st:
            eq(C, "conflicting_values", "人次 stated twice", q[0], st[2])
    short = C.one(r"资助人次比目标少" + NUM + "人次", "sum_mismatch")
    if short and q:
        C.add("sum_mismatch", "shortfall", D(q[1]) - D(q[0]) == D(short[0]))
    w = C.one(r"预算执行率" + NUM + r"分，产出指标" + NUM + r"分（其中数量指标" + NUM + r"分、质量指标" + NUM + r"分、时效指标" + NUM +
              r"分、成本指标" + NUM + r"分），效益指标" + NUM + r"分，满意度指标" + NUM + r"分，合计" + NUM + "分", "weight_sum_mismatch")
    if w:
        C.add("weight_sum_mismatch", "first-level weights = 100", D(w[0]) + D(w[1]) + D(w[6]) + D(w[7]) == D(w[8]) == 100)
        C.add("weight_sum_mismatch", "output sub-weights", sum(map(D, w[2:6])) == D(w[1]))
    parts = [C.one(r"2\.质量指标。[^。]*。?[^。]*得" + NUM + "分"), C.one(r"3\.时效指标。[^\n]*得" + NUM + "分"),
             C.one(r"4\.成本指标。[^\n]*得" + NUM + "分")]
    outp = C.one(r"产出指标合计得" + NUM + "分", "score_sum_mismatch")
    if q and outp and all(parts):
        C.add("score_sum_mismatch", "output sub-scores", D(q[3]) + sum(D(p[0]) for p in parts) == D(outp[0]))
    ben = C.one(r"1\.受助学生巩固率" + NUM + r"%，高于" + NUM + r"%的年度目标，得" + NUM + r"分。2\.[^。]*应助尽助率" + NUM +
                r"%，得" + NUM + r"分。效益指标合计得" + NUM + "分", "score_sum_mismatch")
    if ben:
        C.add("score_sum_mismatch", "benefit sub-scores", D(ben[2]) + D(ben[4]) == D(ben[5]))
        C.add("implausible_rate", "retention <= 100", D(ben[0]) <= 100)
    sat = C.one(r"满意度为" + NUM + r"%，高于" + NUM + r"%的年度目标，得" + NUM + "分", "conflicting_values")
    if sat:
        C.add("implausible_rate", "satisfaction <= 100", D(sat[0]) <= 100)
        C.add("score_exceeds_weight", "satisfaction score <= weight", w is None or D(sat[2]) <= D(w[7]))
    c = C.one(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM +
              r"分，综合得分" + NUM + "分", "score_sum_mismatch")
    if c:
        C.add("score_sum_mismatch", "components = total", close(c[4], sum(map(D, c[:4]))))
        if es:
            eq(C, "conflicting_values", "exec score twice", c[0], es[0])
        if outp:
            eq(C, "conflicting_values", "output score twice", c[1], outp[0])
        if ben:
            eq(C, "conflicting_values", "benefit score twice", c[2], ben[5])
        if sat:
            eq(C, "conflicting_values", "satisfaction score twice", c[3], sat[2])
        if w:
            for i, j in ((0, 0), (1, 1), (2, 6), (3, 7)):
                C.add("score_exceeds_weight", f"level {i} score <= weight", D(c[i]) <= D(w[j]))


def check_wuyi(C):
    n1 = C.one(r"服务对象为全县中小学幼儿园专任教师" + NUM + "人", "conflicting_values")
    n2 = C.one(r"覆盖全县" + NUM + "名专任教师", "conflicting_values")
    if n1 and n2:
        eq(C, "conflicting_values", "teacher count twice", n1[0], n2[0])
    plan = C.one(r"全年计划举办县级培训项目不少于" + NUM + r"期、培训教师不少于" + NUM + "人次", "conflicting_values")
    rev = C.one(r"年初预算" + NUM + r"万元，年中追加[^，]*共" + NUM + r"万元，一般公共预算收入全年为" + NUM + r"万元；另有[^。]*其他收入" +
                NUM + r"万元。全年预算收入合计" + NUM + "万元", "sum_mismatch")
    tr = funds_row(C, "年度资金总额")
    if rev:
        C.add("sum_mismatch", "年初 + 追加", D(rev[0]) + D(rev[1]) == D(rev[2]))
        C.add("sum_mismatch", "一般公共预算 + 其他", D(rev[2]) + D(rev[3]) == D(rev[4]))
        eq(C, "conflicting_values", "年初 prose = table", rev[0], tr[1])
        eq(C, "conflicting_values", "全年 prose = table", rev[4], tr[2])
        eq(C, "conflicting_values", "一般公共预算 prose = table", rev[2], funds_row(C, "按收入性质分：一般公共预算")[2])
    sp = C.one(r"全年支出" + NUM + r"万元，整体预算执行率" + NUM + r"%，年末结余" + NUM + r"万元", "rate_mismatch")
    if sp and rev:
        C.add("rate_mismatch", "overall rate", close(sp[1], D(sp[0]) / D(rev[4]) * 100))
        C.add("balance_mismatch", "balance", D(sp[2]) == D(rev[4]) - D(sp[0]))
        eq(C, "conflicting_values", "spent prose = table", sp[0], tr[3])
        eq(C, "conflicting_values", "rate prose = table", sp[1], tr[5])
    b = C.one(r"基本支出预算" + NUM + r"万元，实际支出" + NUM + r"万元，执行率" + NUM + "%", "rate_mismatch")
    p = C.one(r"项目支出预算" + NUM + r"万元，其中省级教师培训补助" + NUM + r"万元、县级教师培训经费" + NUM + r"万元、名师工作室建设经费" +
              NUM + r"万元；实际支出" + NUM + r"万元，项目支出执行率" + NUM + "%", "rate_mismatch")
    if b:
        C.add("rate_mismatch", "basic rate", close(b[2], D(b[1]) / D(b[0]) * 100))
        br = funds_row(C, "按支出性质分：基本支出")
        eq(C, "conflicting_values", "basic budget prose = table", b[0], br[2])
        eq(C, "conflicting_values", "basic spent prose = table", b[1], br[3])
    if p:
        C.add("sum_mismatch", "project components", sum(map(D, p[1:4])) == D(p[0]))
        C.add("rate_mismatch", "project rate", close(p[5], D(p[4]) / D(p[0]) * 100), p[5])
        pr = funds_row(C, "项目支出")
        eq(C, "conflicting_values", "project budget prose = table", p[0], pr[2])
        eq(C, "conflicting_values", "project spent prose = table", p[4], pr[3])
        if b and rev and sp:
            C.add("sum_mismatch", "basic + project = total", D(b[0]) + D(p[0]) == D(rev[4]) and D(b[1]) + D(p[4]) == D(sp[0]))
    tq = C.one(r"全年举办县级培训项目" + NUM + r"期，培训教师" + NUM + r"人次", "conflicting_values")
    parts = C.one(r"其中新教师入职培训" + NUM + r"期、乡村教师能力提升研修班" + NUM + r"期、学科骨干教师研修班" + NUM +
                  r"期、全员通识及专题培训" + NUM + "期", "sum_mismatch")
    if tq:
        eq(C, "conflicting_values", "期 prose = table", tq[0], table_value(C, "县级培训项目期数", "实际完成值").replace("期", ""))
        eq(C, "conflicting_values", "人次 prose = table", tq[1], table_value(C, "教师培训人次", "实际完成值").replace("人次", ""))
        if parts:
            C.add("sum_mismatch", "training classes add up", sum(map(D, parts)) == D(tq[0]))
        if plan:
            eq(C, "conflicting_values", "plan 期 = table target", plan[0], table_value(C, "县级培训项目期数", "年度指标值").lstrip("≥").replace("期", ""))
            eq(C, "conflicting_values", "plan 人次 = table target", plan[1], table_value(C, "教师培训人次", "年度指标值").lstrip("≥").replace("人次", ""))
    cost = C.one(r"培训费支出" + NUM + r"万元，按全年" + NUM + r"人次计算，人均培训成本" + NUM + r"元", "average_mismatch")
    if cost:
        C.add("average_mismatch", "per-head cost", close(cost[2], D(cost[0]) * 10000 / D(cost[1])))
        if tq:
            eq(C, "conflicting_values", "人次 twice", cost[1], tq[1])
        eq(C, "conflicting_values", "cost prose = table", cost[2], table_value(C, "人均培训成本", "实际完成值").replace("元/人次", ""))
    for pat, row in ((r"学分达标率" + NUM + "%", "教师年度培训学分达标率"), (r"结业合格率" + NUM + "%", "培训学员结业合格率"),
                     (r"应用率为" + NUM + "%", "参训教师培训成果应用率"), (r"参训教师满意度" + NUM + "%", "参训教师满意度"),
                     (r"骨干教师" + NUM + "人，超过", "新增县级及以上教坛新秀、骨干教师")):
        v = C.one(pat)
        if v:
            eq(C, "conflicting_values", f"{row} prose = table", v[0], table_value(C, row, "实际完成值").rstrip("人"))
    c = C.one(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM +
              r"分，自评得分" + NUM + "分", "score_sum_mismatch")
    if c:
        C.add("score_sum_mismatch", "components = total", close(c[4], sum(map(D, c[:4]))))
        eq(C, "conflicting_values", "exec score prose = table", c[0], tr[6])
        for i, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
            C.add("score_sum_mismatch", f"{lvl} prose = table rows", close(c[i], level_sum(C, lvl)))
        eq(C, "conflicting_values", "total prose = table", c[4], total_row(C))


def check_heshui(C):
    f = C.one(r"项目全年预算" + NUM + r"万元，其中中央资金" + NUM + r"万元、省级资金" + NUM + r"万元、县级配套资金" + NUM +
              r"万元。中央和省级资金" + NUM + r"万元[^；]*；县级配套资金" + NUM + r"万元于2019年5月追加", "sum_mismatch")
    tr = funds_row(C, "年度资金总额")
    if f:
        C.add("sum_mismatch", "sources add up", sum(map(D, f[1:4])) == D(f[0]))
        C.add("sum_mismatch", "中央 + 省级 = advance", D(f[1]) + D(f[2]) == D(f[4]))
        eq(C, "conflicting_values", "county twice", f[3], f[5])
        eq(C, "conflicting_values", "年初 prose = table", f[4], tr[1])
        eq(C, "conflicting_values", "全年 prose = table", f[0], tr[2])
    sp = C.one(r"项目累计支付" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元", "rate_mismatch")
    if sp and f:
        C.add("rate_mismatch", "execution rate", close(sp[1], D(sp[0]) / D(f[0]) * 100))
        C.add("balance_mismatch", "balance = budget - spent", D(sp[2]) == D(f[0]) - D(sp[0]))
        eq(C, "conflicting_values", "spent prose = table", sp[0], tr[3])
        eq(C, "conflicting_values", "rate prose = table", sp[1], tr[5])
    # sub-project table
    head, rows = rows_after(C.t, "序号｜学校名称", lambda ln: False)
    items = [r for r in rows if r[0].isdigit()]
    tot = [r for r in rows if r[0] == "合计"]
    if items and tot:
        for col, name in ((3, "area"), (4, "budget"), (5, "paid")):
            s = sum(D(r[col]) for r in items)
            stated = D(tot[0][col])
            if s != stated:
                # a single cell off by exactly 10^4 is a money-unit slip, not a plain sum error
                unit_slip = any(D(r[col]) - D(r[col]) / 10000 == s - stated for r in items)
                C.add("unit_mismatch" if unit_slip else "sum_mismatch", f"sub-table {name} column", False, f"{s} vs {stated}")
            else:
                C.add("sum_mismatch", f"sub-table {name} column", True)
        for r in items:
            C.add("implausible_rate", f"{r[1]} paid <= budget", D(r[5]) <= D(r[4]))
        eq(C, "conflicting_values", "sub-table budget = funds", tot[0][4], tr[2])
        eq(C, "conflicting_values", "sub-table paid = funds", tot[0][5], tr[3])
        eq(C, "conflicting_values", "sub-table area = indicator", tot[0][3],
           table_value(C, "维修改造校舍面积", "实际完成值").replace("㎡", ""))
        done = sum(1 for r in items if r[6] == "已完工")
        C.add("rate_mismatch", "completion of works", close(table_value(C, "当年完工率", "实际完成值"),
                                                            Decimal(done) / len(items) * 100))
        C.add("conflicting_values", "school count", D(table_value(C, "实施改造学校数", "实际完成值").rstrip("所")) == len(items))
        qa = C.one(r"质量保证金" + NUM + "万元", "balance_mismatch")
        br = [r for r in items if r[1] == "板桥初级中学"][0]
        if qa:
            C.add("balance_mismatch", "retention = budget - paid", D(br[4]) - D(br[5]) == D(qa[0]) == D(br[4]) / 10)
    area = C.one(r"按预算口径，" + NUM + r"万元÷" + NUM + r"平方米，单位面积改造成本为" + NUM + "元/平方米", "average_mismatch")
    if area:
        C.add("average_mismatch", "cost per m2", close(area[2], D(area[0]) * 10000 / D(area[1])))
        eq(C, "conflicting_values", "cost prose = table", area[2], table_value(C, "单位面积改造成本", "实际完成值").replace("元/㎡", ""))
    cr = C.one(r"当年完工率为" + NUM + "%", "conflicting_values")
    if cr:
        eq(C, "conflicting_values", "完工率 prose = table", cr[0], table_value(C, "当年完工率", "实际完成值"))
    q = C.one(r"发放调查问卷" + NUM + r"份，收回" + NUM + r"份，回收率" + NUM + r"%，调查显示师生及家长满意度为" + NUM + "%", "rate_mismatch")
    if q:
        C.add("implausible_rate", "returned <= sent", D(q[1]) <= D(q[0]) and D(q[2]) <= 100)
        C.add("rate_mismatch", "return rate", close(q[2], D(q[1]) / D(q[0]) * 100))
        eq(C, "conflicting_values", "satisfaction prose = table", q[3] + "%", table_value(C, "师生及家长满意度", "实际完成值"))
    ben = C.one(r"7所学校共有" + NUM + "名学生受益", "conflicting_values")
    if ben:
        eq(C, "conflicting_values", "students prose = table", ben[0], table_value(C, "受益学生人数", "实际完成值").rstrip("人"))
    t = C.one(r"自评得分" + NUM + "分", "conflicting_values")
    if t:
        eq(C, "conflicting_values", "total prose = table", t[0], total_row(C))


PROJECT_CHECKS = {
    "mengcun-preschoolaid-2021": check_mengcun,
    "tongdao-nutrition-2023": check_tongdao,
    "qiubei-vocaid-2020": check_qiubei,
    "wuyi-teachertrain-2024": check_wuyi,
    "heshui-schoolrepair-2019": check_heshui,
}


def run_checks(src, text):
    C = Checks(text)
    year = SOURCES[src]
    try:
        table_checks(C, year)
        common_checks(C, year)
        PROJECT_CHECKS[src](C)
    except Exception as e:  # a broken parse counts as a failed check
        C.add("parse", "exception", False, repr(e))
    return C


def main():
    errors = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        errors.append("labels.jsonl and cases/ disagree")
    clean_text = {}
    for src in SOURCES:
        t = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        clean_text[src] = t
        if not 3000 <= len(t) <= 9000:
            errors.append(f"{src}: clean draft has {len(t)} characters")
        C = run_checks(src, t)
        for code, name, ok, detail in C.failed():
            errors.append(f"{src}-clean: {code} check failed: {name} ({detail})")
        print(f"{src}-clean: {len(C.results)} arithmetic checks passed, {len(t)} characters")
    count = {c: 0 for c in CODES}
    where = {"text": 0, "table": 0}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        t = open(path, encoding="utf-8").read()
        src = rec["source"]
        if rec["clean"]:
            if rec["expected"]:
                errors.append(f"{rec['case']}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            errors.append(f"{rec['case']}: expected one finding")
            continue
        exp = rec["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            errors.append(f"{rec['case']}: bad code/severity")
        count[exp["code"]] = count.get(exp["code"], 0) + 1
        c = clean_text[src]
        if t == c:
            errors.append(f"{rec['case']}: identical to clean")
            continue
        # one contiguous difference
        p = 0
        while p < min(len(t), len(c)) and t[p] == c[p]:
            p += 1
        s = 0
        while s < min(len(t), len(c)) - p and t[-1 - s] == c[-1 - s]:
            s += 1
        region_t, region_c = (p, len(t) - s), (p, len(c) - s)
        if region_t[1] - region_t[0] > 80 or region_c[1] - region_c[0] > 80:
            errors.append(f"{rec['case']}: changed region too long ({c[region_c[0]:region_c[1]]!r} -> {t[region_t[0]:region_t[1]]!r})")
        v = exp["value"]
        if v not in t:
            errors.append(f"{rec['case']}: value not found: {v!r}")
        if v in c:
            errors.append(f"{rec['case']}: value also occurs in the clean draft: {v!r}")
        occ = [m.start() for m in re.finditer(re.escape(v), t)]
        if not any(o < max(region_t[1], region_t[0] + 1) and o + len(v) > region_t[0] for o in occ):
            errors.append(f"{rec['case']}: value does not overlap the change")
        if not 3000 <= len(t) <= 9000:
            errors.append(f"{rec['case']}: {len(t)} characters")
        C = run_checks(src, t)
        failed_codes = {r[0] for r in C.failed()}
        if exp["code"] not in failed_codes:
            errors.append(f"{rec['case']}: no {exp['code']} check fails (failed: {sorted(failed_codes)})")
        hard_other = failed_codes - {exp["code"], "score_rule_mismatch"}
        print(f"{rec['case']}: {exp['code']} detected; other failing checks: {sorted(hard_other) or '-'}")
    for code in CODES:
        if count[code] < 2:
            errors.append(f"code {code} occurs {count[code]} times (< 2)")
    print("codes:", ", ".join(f"{k}={v}" for k, v in count.items()))
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
