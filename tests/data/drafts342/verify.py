#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps the label value; each code is used at least twice;
2. the arithmetic of every clean draft is redone (all checks must pass);
3. the same checks are run on every error case: the labelled code must fail and no other error-level code
   may fail (checks with code `score_rule_mismatch` are warnings and `info` checks are ignored there).

Tolerance (rules.md §8): a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9). Rounding is ROUND_HALF_UP with decimal.Decimal.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = {"score_rule_mismatch", "info"}

NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
EPS = D("1e-9")
HUNDRED = D(100)
WAN = D(10000)


# ----------------------------------------------------------------------------------------------- helpers
def dn(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(c, s):
    """computed Decimal c against stated string s (number as written)."""
    return abs(D(c) - dn(s)) <= D("0.5") * D(10) ** (-ndec(s)) + EPS


def g(text, pat, n=1):
    """group(s) of the single match of pat; raise if it does not match exactly once."""
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise LookupError(f"{len(ms)} matches for {pat}")
    m = ms[0]
    if n == 1:
        return m.group(1)
    return m.groups()


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


def split_row(line, layout):
    if layout == "bar":
        return line.split("｜") if "｜" in line else []
    if layout == "tab":
        return line.split("\t") if "\t" in line else []
    if layout == "sp":
        return re.split(r" {2,}", line.strip()) if re.search(r"\S {2,}\S", line) else []
    if layout == "md":
        s = line.strip()
        if not s.startswith("|"):
            return []
        return [c.strip() for c in s.strip("|").split("|")]
    raise ValueError(layout)


def row(text, layout, key, col=None):
    """cells of the single table line that has a cell equal to key (in column col if given)."""
    found = []
    for line in text.split("\n"):
        cs = split_row(line, layout)
        if not cs:
            continue
        if (col is None and key in cs) or (col is not None and len(cs) > col and cs[col] == key):
            found.append(cs)
    if len(found) != 1:
        raise LookupError(f"{len(found)} rows for {key}")
    return found[0]


DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?")


def parse_val(s):
    """('date'|'num'|'text', sign, number string, unit)"""
    s = s.strip()
    if DATE_RE.fullmatch(s):
        return ("date", None, None, "date")
    m = re.fullmatch(r"(≥|≤|＞|＜|=|＝)?\s*(" + NUM + r")\s*(.*)", s)
    if not m:
        return ("text", None, None, s)
    sign, num, unit = m.groups()
    return ("num", sign or "=", num, unit.strip())


class Res:
    def __init__(self):
        self.items = []

    def add(self, code, name, fn):
        try:
            ok = bool(fn())
        except Exception as e:  # extraction failure counts as a failed check
            ok = False
            name = f"{name} [{type(e).__name__}: {e}]"
        self.items.append((code, name, ok))

    def failed(self):
        return [(c, n) for (c, n, ok) in self.items if not ok]


def rate_ok(num, den, stated):
    return close(dn(num) / dn(den) * HUNDRED, stated)


def pct_num(s):
    return s.strip().rstrip("%").strip()


def indicator_checks(R, name, target, actual, weight, score, completion=None):
    """unit, completion, score <= weight, implausible %, and the scoring rule (warning)."""
    kt, st, nt, ut = parse_val(target)
    ka, sa, na, ua = parse_val(actual)

    def unit_ok():
        if kt == "text" and ka == "text":
            return True
        if kt == "date" or ka == "date":
            return kt == ka
        if kt != "num" or ka != "num":
            return False
        return ut == ua

    R.add("unit_mismatch", f"{name}: unit of target vs actual", unit_ok)
    R.add("score_exceeds_weight", f"{name}: 0 <= score <= weight",
          lambda: D(0) <= dn(score) <= dn(weight))
    if kt == "num" and ut == "%" and ka == "num" and ua == "%":
        R.add("implausible_rate", f"{name}: percentage within 0-100", lambda: D(0) <= dn(na) <= HUNDRED)
    if kt == "num" and ka == "num" and ut == ua:
        T, A = dn(nt), dn(na)
        if st in ("≤", "＜"):
            comp = HUNDRED if A <= T else T / A * HUNDRED
        else:
            comp = A / T * HUNDRED
        if completion is not None and completion.strip() not in ("—", "-", ""):
            R.add("completion_mismatch", f"{name}: completion {completion}",
                  lambda: close(comp, pct_num(completion)))
        exp = dn(weight) * min(comp / HUNDRED, D(1))

        def rule_ok():
            if close(exp, score):
                return True
            if completion is not None and completion.strip() not in ("—", "-", ""):
                return close(dn(weight) * min(dn(pct_num(completion)) / HUNDRED, D(1)), score)
            return False
        R.add("score_rule_mismatch", f"{name}: score follows rules §5", rule_ok)


BUDGET_YEAR_PATS = [r"(\d{4})年项目年初预算", r"(\d{4})年我局实施", r"(\d{4})年我局会同", r"我局于(\d{4})年启动",
                    r"(\d{4})年部门年初预算", r"本报告只评价(\d{4})年度"]


def year_checks(R, text, year, table_year_pat=None):
    Y = int(year)
    for pat in BUDGET_YEAR_PATS:
        for m in re.finditer(pat, text):
            yy = int(m.group(1))
            R.add("year_mismatch", f"budget-year sentence {m.group(0)}", lambda yy=yy: yy == Y)
    for m in re.finditer(r"结转(?:至|到)?(\d{4})年", text):
        yy = int(m.group(1))
        R.add("year_mismatch", f"carry-over to {yy} after {Y}", lambda yy=yy: yy > Y)
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        yy = int(m.group(1))
        R.add("year_mismatch", f"截至 {yy}", lambda yy=yy: yy == Y)
    for m in re.finditer(r"(\d{4})年12月提前下达", text):
        yy = int(m.group(1))
        R.add("year_mismatch", f"advance issued {yy}", lambda yy=yy: yy == Y - 1)
    last = text.strip().split("\n")[-1]
    R.add("year_mismatch", "report dated in the year or the next",
          lambda: int(re.search(r"(\d{4})年", last).group(1)) in (Y, Y + 1))
    if table_year_pat:
        R.add("year_mismatch", "table header year", lambda: int(g(text, table_year_pat)) == Y)


def title_year(text):
    return int(re.search(r"(\d{4})年度", text.split("\n\n")[0]).group(1))


def grade_check(R, total_str, grade_word):
    R.add("grade_mismatch", f"grade {grade_word} for {total_str}",
          lambda: GRADE_WORD[grade_word] == grade_of(dn(total_str)))


# ------------------------------------------------------------------------------------ Laizhou (bar tables)
def check_laizhou(t):
    R = Res()
    L = "bar"
    Y = title_year(t)
    # funds block
    tot = row(t, L, "年度资金总额")
    cur = row(t, L, "其中：当年财政拨款")
    car = row(t, L, "上年结转资金")
    oth = row(t, L, "其他资金")
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        R.add("sum_mismatch", f"funds {nm} column",
              lambda i=i: dn(cur[i]) + dn(car[i]) + dn(oth[i]) == dn(tot[i]))
    R.add("rate_mismatch", "total execution rate", lambda: rate_ok(tot[3], tot[2], pct_num(tot[5])))
    R.add("score_exceeds_weight", "execution score <= 10", lambda: D(0) <= dn(tot[6]) <= dn(tot[4]))
    R.add("score_rule_mismatch", "execution score = 10 x rate",
          lambda: close(dn(tot[4]) * dn(tot[3]) / dn(tot[2]), tot[6])
          or close(dn(tot[4]) * dn(pct_num(tot[5])) / HUNDRED, tot[6]))
    # prose on funds
    a0, p0, m0 = g(t, r"年初预算(" + NUM + r")万元，其中省级水利发展资金(" + NUM + r")万元、市级配套资金(" + NUM + r")万元", 3)
    R.add("sum_mismatch", "年初 = 省级 + 市级", lambda: dn(p0) + dn(m0) == dn(a0))
    R.add("conflicting_values", "prose 年初 = table 年初", lambda: dn(a0) == dn(tot[1]))
    c150 = g(t, r"上年结转的(" + NUM + r")万元")
    full = g(t, r"全年预算调整为(" + NUM + r")万元")
    R.add("sum_mismatch", "年初 + 结转 = 全年", lambda: dn(a0) + dn(c150) == dn(full))
    R.add("conflicting_values", "prose 全年 = table 全年", lambda: dn(full) == dn(tot[2]))
    R.add("conflicting_values", "prose 结转 = table 上年结转", lambda: dn(c150) == dn(car[2]))
    R.add("conflicting_values", "其他说明 150.00", lambda: dn(g(t, r"结转的(" + NUM + r")万元已并入")) == dn(car[2]))
    sp, rt = g(t, r"项目全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%", 2)
    R.add("conflicting_values", "prose spent = table", lambda: dn(sp) == dn(tot[3]))
    R.add("rate_mismatch", "prose execution rate", lambda: rate_ok(sp, full, rt))
    R.add("conflicting_values", "prose rate = table rate", lambda: dn(rt) == dn(pct_num(tot[5])))
    ce, cr = g(t, r"当年财政拨款执行(" + NUM + r")万元，执行率(" + NUM + r")%", 2)
    R.add("conflicting_values", "当年拨款 spent prose = table", lambda: dn(ce) == dn(cur[3]))
    R.add("rate_mismatch", "当年财政拨款 执行率", lambda: rate_ok(ce, cur[2], cr))
    ke, kr = g(t, r"上年结转资金执行(" + NUM + r")万元，执行率(" + NUM + r")%", 2)
    R.add("conflicting_values", "结转 spent prose = table", lambda: dn(ke) == dn(car[3]))
    R.add("rate_mismatch", "上年结转 执行率", lambda: rate_ok(ke, car[2], kr))
    # item table
    items = ["再生水厂深度处理改造", "再生水输配管网铺设", "用户接入及计量设施", "水质检测及运行维护"]
    rows_ = [row(t, L, k) for k in items]
    sumr = row(t, L, "合计")
    for k, r_ in zip(items, rows_):
        R.add("balance_mismatch", f"{k} balance", lambda r_=r_: dn(r_[1]) - dn(r_[2]) == dn(r_[3]))
    for i in (1, 2, 3):
        R.add("sum_mismatch", f"item column {i}", lambda i=i: sum(dn(r_[i]) for r_ in rows_) == dn(sumr[i]))
    R.add("conflicting_values", "item total budget = funds 全年", lambda: dn(sumr[1]) == dn(tot[2]))
    R.add("conflicting_values", "item total spent = funds 执行", lambda: dn(sumr[2]) == dn(tot[3]))
    R.add("balance_mismatch", "item total balance = 全年 - 执行", lambda: dn(sumr[3]) == dn(tot[2]) - dn(tot[3]))
    R.add("balance_mismatch", "prose 未支出", lambda: dn(g(t, r"年末未支出的(" + NUM + r")万元")) == dn(tot[2]) - dn(tot[3]))
    # indicator table
    keys = ["新建再生水输配管网长度", "新增再生水用户", "再生水出水水质达标率", "单位工程验收合格率", "管网工程完工时间",
            "再生水厂改造成本", "年再生水利用量", "城市再生水利用率", "再生水设施正常运行率", "用水单位满意度"]
    ind = {k: row(t, L, k, 2) for k in keys}
    for k, c in ind.items():
        indicator_checks(R, k, c[3], c[4], c[5], c[6])
    total = row(t, L, "总分")
    R.add("weight_sum_mismatch", "weights sum to 100",
          lambda: sum(dn(c[5]) for c in ind.values()) + dn(tot[4]) == dn(total[5]) == HUNDRED)
    R.add("score_sum_mismatch", "scores sum to total",
          lambda: close(sum(dn(c[6]) for c in ind.values()) + dn(tot[6]), total[6]))
    R.add("conflicting_values", "cost actual = item spent",
          lambda: dn(parse_val(ind["再生水厂改造成本"][4])[2]) == dn(rows_[0][2]))
    # outputs prose
    km, kp = g(t, r"新建再生水输配管网(" + NUM + r")公里，为年度目标的(" + NUM + r")%", 2)
    R.add("conflicting_values", "length prose = table", lambda: dn(km) == dn(parse_val(ind["新建再生水输配管网长度"][4])[2]))
    R.add("completion_mismatch", "length completion prose",
          lambda: rate_ok(km, parse_val(ind["新建再生水输配管网长度"][3])[2], kp))
    ind_n, mun_n = g(t, r"工业企业(\d+)家、市政及绿化用户(\d+)家", 2)
    R.add("sum_mismatch", "31 + 15 = users", lambda: dn(ind_n) + dn(mun_n) == dn(parse_val(ind["新增再生水用户"][4])[2]))
    avg, avg_u = g(t, r"平均每家投入(" + NUM + r")(万元|元)", 2)
    per = dn(rows_[2][2]) * WAN / (dn(ind_n) + dn(mun_n))
    R.add("unit_mismatch", "per-user amount in 元", lambda: avg_u == "元" or not close(per, avg))
    R.add("average_mismatch", "per-user amount", lambda: close(per, avg) if avg_u == "元" else close(per, avg) or close(per / WAN, avg))
    R.add("conflicting_values", "达标率 prose = table", lambda: dn(g(t, r"全年抽检达标率(" + NUM + r")%")) == dn(pct_num(ind["再生水出水水质达标率"][4])))
    d1 = DATE_RE.search(ind["管网工程完工时间"][3]).groups()
    d2 = DATE_RE.search(ind["管网工程完工时间"][4]).groups()
    R.add("info", "delay days", lambda: (date(int(d2[0]), int(d2[1]), int(d2[2])) - date(int(d1[0]), int(d1[1]), int(d1[2]))).days == int(g(t, r"比计划推迟(\d+)天")))
    R.add("conflicting_values", "completion date prose = table", lambda: ind["管网工程完工时间"][4] in t.split("附件")[0])
    v, v0, dv = g(t, r"全年供应再生水(" + NUM + r")万立方米，比2020年的(" + NUM + r")万立方米增加(" + NUM + r")万立方米", 3)
    R.add("sum_mismatch", "342 - 298 = 44", lambda: dn(v) - dn(v0) == dn(dv))
    R.add("conflicting_values", "利用量 prose = table", lambda: dn(v) == dn(parse_val(ind["年再生水利用量"][4])[2]))
    R.add("conflicting_values", "利用率 prose = table", lambda: dn(g(t, r"提高到(" + NUM + r")%")) == dn(pct_num(ind["城市再生水利用率"][4])))
    R.add("conflicting_values", "运行率 prose = table", lambda: dn(g(t, r"正常运行率(" + NUM + r")%。")) == dn(pct_num(ind["再生水设施正常运行率"][4])))
    R.add("conflicting_values", "满意度 prose = table", lambda: dn(g(t, r"综合满意度(" + NUM + r")%")) == dn(pct_num(ind["用水单位满意度"][4])))
    for m in re.finditer(r"(?:达标率|满意度|运行率|执行率)(" + NUM + r")%", t):
        R.add("implausible_rate", f"rate {m.group(0)} <= 100", lambda m=m: dn(m.group(1)) <= HUNDRED)
    ts, gw = g(t, r"综合自评得分(" + NUM + r")分，评价等级为" + GRADE_RE, 2)
    tg = g(t, r"新建输配管网不少于(" + NUM + r")公里，新接入再生水用户不少于(\d+)家；全年再生水利用量不低于(" + NUM + r")万立方米，城市再生水利用率达到(" + NUM + r")%以上", 4)
    for k, v in zip(["新建再生水输配管网长度", "新增再生水用户", "年再生水利用量", "城市再生水利用率"], tg):
        R.add("conflicting_values", f"target of {k}: goals = table", lambda k=k, v=v: dn(v) == dn(parse_val(ind[k][3])[2]))
    R.add("conflicting_values", "prose total = table total", lambda: dn(ts) == dn(total[6]))
    grade_check(R, ts, gw)
    year_checks(R, t, Y, r"年度：(\d{4})")
    return R


# ------------------------------------------------------------------------------------- Xinmi (tab tables)
def check_xinmi(t):
    R = Res()
    L = "tab"
    Y = title_year(t)
    src = {k: row(t, L, k, 0) for k in ("中央资金", "省级资金", "市级资金")}
    tot = [c for c in row_all(t, L, "合计") if len(c) == 6][0]
    for k, c in list(src.items()) + [("合计", tot)]:
        R.add("rate_mismatch", f"{k} 到位率", lambda c=c: rate_ok(c[2], c[1], pct_num(c[3])))
        R.add("rate_mismatch", f"{k} 执行率", lambda c=c: rate_ok(c[4], c[1], pct_num(c[5])))
        R.add("implausible_rate", f"{k} rates <= 100", lambda c=c: dn(pct_num(c[3])) <= HUNDRED and dn(pct_num(c[5])) <= HUNDRED)
    for i, nm in ((1, "预算"), (2, "到位"), (4, "支出")):
        R.add("sum_mismatch", f"funds column {nm}", lambda i=i: sum(dn(c[i]) for c in src.values()) == dn(tot[i]))
    a0, c0, m0 = g(t, r"年初预算(" + NUM + r")万元，其中中央保障性安居工程配套基础设施资金(" + NUM + r")万元、市级财政资金(" + NUM + r")万元", 3)
    R.add("sum_mismatch", "年初 = 中央 + 市级", lambda: dn(c0) + dn(m0) == dn(a0))
    add, full = g(t, r"省级追加补助资金(" + NUM + r")万元，全年预算(" + NUM + r")万元", 2)
    R.add("sum_mismatch", "年初 + 追加 = 全年", lambda: dn(a0) + dn(add) == dn(full))
    R.add("conflicting_values", "prose sources = table",
          lambda: dn(c0) == dn(src["中央资金"][1]) and dn(m0) == dn(src["市级资金"][1]) and dn(add) == dn(src["省级资金"][1]) and dn(full) == dn(tot[1]))
    rc, rr = g(t, r"实际到位(" + NUM + r")万元，到位率(" + NUM + r")%", 2)
    R.add("rate_mismatch", "prose 到位率", lambda: rate_ok(rc, full, rr))
    R.add("conflicting_values", "prose 到位 = table", lambda: dn(rc) == dn(tot[2]))
    R.add("balance_mismatch", "市级未到位", lambda: dn(g(t, r"市级资金尚有(" + NUM + r")万元未到位")) == dn(src["市级资金"][1]) - dn(src["市级资金"][2]))
    sp, er = g(t, r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%", 2)
    R.add("conflicting_values", "prose spent = table", lambda: dn(sp) == dn(tot[4]))
    R.add("rate_mismatch", "prose 执行率", lambda: rate_ok(sp, full, er))
    R.add("rate_mismatch", "支出率 on 到位", lambda: rate_ok(sp, rc, g(t, r"支出率为(" + NUM + r")%")))
    parts = g(t, r"管材及管件采购(" + NUM + r")万元，土建及安装施工(" + NUM + r")万元，路面恢复(" + NUM + r")万元，水表出户改造(" + NUM + r")万元", 4)
    R.add("sum_mismatch", "spending by content", lambda: sum(dn(x) for x in parts) == dn(sp))
    R.add("balance_mismatch", "结余 = 到位 - 支出", lambda: dn(g(t, r"结余(" + NUM + r")万元")) == dn(rc) - dn(sp))
    R.add("balance_mismatch", "未执行 = 全年 - 支出", lambda: dn(g(t, r"未执行资金共(" + NUM + r")万元")) == dn(full) - dn(sp))
    # indicators
    keys = ["改造老旧供水管网长度", "水表出户改造户数", "管道水压试验一次合格率", "主体工程完工时间", "单公里改造成本",
            "城区供水管网漏损率", "改造片区供水压力合格率", "改造区域年度爆管次数", "改造片区居民满意度", "预算执行率"]
    ind = {k: row(t, L, k, 2) for k in keys}
    for k, c in ind.items():
        indicator_checks(R, k, c[3], c[4], c[6], c[7], c[5])
    total = [c for c in row_all(t, L, "合计") if len(c) > 6][0]
    R.add("weight_sum_mismatch", "weights sum to 100",
          lambda: sum(dn(c[6]) for c in ind.values()) == dn(total[6]) == HUNDRED)
    R.add("score_sum_mismatch", "scores sum to total", lambda: close(sum(dn(c[7]) for c in ind.values()), total[7]))
    R.add("conflicting_values", "execution row = funds rate", lambda: dn(pct_num(ind["预算执行率"][4])) == dn(pct_num(tot[5])))
    R.add("average_mismatch", "cost per km = spent / length",
          lambda: close(dn(tot[4]) / dn(parse_val(ind["改造老旧供水管网长度"][4])[2]), parse_val(ind["单公里改造成本"][4])[2]))
    km, kp = g(t, r"全年改造供水管网(" + NUM + r")公里，完成年度目标的(" + NUM + r")%", 2)
    R.add("conflicting_values", "length prose = table", lambda: dn(km) == dn(parse_val(ind["改造老旧供水管网长度"][4])[2]))
    R.add("completion_mismatch", "length completion prose", lambda: rate_ok(km, parse_val(ind["改造老旧供水管网长度"][3])[2], kp))
    hh = g(t, r"水表出户改造(\d+)户")
    R.add("conflicting_values", "households prose = table", lambda: dn(hh) == dn(parse_val(ind["水表出户改造户数"][4])[2]))
    avg, avg_u = g(t, r"户均改造费用(" + NUM + r")(万元|元)", 2)
    per = dn(parts[3]) * WAN / dn(hh)
    R.add("unit_mismatch", "per-household in 元", lambda: avg_u == "元" or not close(per, avg))
    R.add("average_mismatch", "per-household", lambda: close(per, avg) if avg_u == "元" else close(per / WAN, avg) or close(per, avg))
    R.add("conflicting_values", "一次合格率 prose = table", lambda: dn(g(t, r"一次合格率(" + NUM + r")%，")) == dn(pct_num(ind["管道水压试验一次合格率"][4])))
    R.add("conflicting_values", "完工 date prose = table", lambda: ind["主体工程完工时间"][4] in t.split("附：")[0])
    R.add("conflicting_values", "漏损率 prose = table", lambda: dn(g(t, r"下降至(" + NUM + r")%")) == dn(pct_num(ind["城区供水管网漏损率"][4])))
    R.add("conflicting_values", "爆管 prose = table", lambda: dn(g(t, r"改造区域爆管(\d+)次")) == dn(parse_val(ind["改造区域年度爆管次数"][4])[2]))
    R.add("conflicting_values", "满意度 prose = table", lambda: dn(g(t, r"居民满意度(" + NUM + r")%，")) == dn(pct_num(ind["改造片区居民满意度"][4])))
    tg = g(t, r"改造老旧供水管网不少于(" + NUM + r")公里，完成(\d+)户以上水表出户改造；管道水压试验一次合格率不低于(" + NUM + r")%", 3)
    for k, v in zip(["改造老旧供水管网长度", "水表出户改造户数", "管道水压试验一次合格率"], tg):
        R.add("conflicting_values", f"target of {k}: goals = table", lambda k=k, v=v: dn(v) == dn(parse_val(ind[k][3])[2]))
    tg2 = g(t, r"供水压力合格率达到(" + NUM + r")%以上，城区管网漏损率控制在(" + NUM + r")%以内，改造区域全年爆管不超过(\d+)次，居民满意度不低于(" + NUM + r")%", 4)
    for k, v in zip(["改造片区供水压力合格率", "城区供水管网漏损率", "改造区域年度爆管次数", "改造片区居民满意度"], tg2):
        R.add("conflicting_values", f"target of {k}: goals = table", lambda k=k, v=v: dn(v) == dn(parse_val(ind[k][3])[2]))
    R.add("conflicting_values", "漏损 target in text = table", lambda: dn(g(t, r"仍高于(" + NUM + r")%的目标")) == dn(parse_val(ind["城区供水管网漏损率"][3])[2]))
    R.add("completion_mismatch", "restated completion 80%", lambda: rate_ok(km, parse_val(ind["改造老旧供水管网长度"][3])[2], g(t, r"只完成目标的(" + NUM + r")%")))
    for m in re.finditer(r"(?:到位率|执行率|支出率|合格率|满意度)(?:为)?(" + NUM + r")%", t):
        R.add("implausible_rate", f"rate {m.group(0)} <= 100", lambda m=m: dn(m.group(1)) <= HUNDRED)
    ts, gw = g(t, r"项目自评得分(" + NUM + r")分，评价等级为" + GRADE_RE, 2)
    R.add("conflicting_values", "prose total = table", lambda: dn(ts) == dn(total[7]))
    grade_check(R, ts, gw)
    year_checks(R, t, Y, r"自评表（(\d{4})年度）")
    return R


def row_all(text, layout, key):
    out = []
    for line in text.split("\n"):
        cs = split_row(line, layout)
        if cs and cs[0] == key:
            out.append(cs)
    return out


# ------------------------------------------------------------------------------ Lanxi (PDF space tables)
def check_lanxi(t):
    R = Res()
    L = "sp"
    Y = title_year(t)
    tot = row(t, L, "年度资金总额")
    cur = row(t, L, "其中：当年财政拨款")
    car = row(t, L, "上年结转资金")
    oth = row(t, L, "其他资金")
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        R.add("sum_mismatch", f"funds {nm} column", lambda i=i: dn(cur[i]) + dn(car[i]) + dn(oth[i]) == dn(tot[i]))
    R.add("rate_mismatch", "total execution rate", lambda: rate_ok(tot[3], tot[2], pct_num(tot[5])))
    R.add("score_exceeds_weight", "execution score <= 10", lambda: D(0) <= dn(tot[6]) <= dn(tot[4]))
    R.add("score_rule_mismatch", "execution score", lambda: close(dn(tot[4]) * dn(tot[3]) / dn(tot[2]), tot[6]))
    # prose funds
    R.add("conflicting_values", "prose 资金总额 = table", lambda: dn(g(t, r"项目年度资金总额(" + NUM + r")万元")) == dn(tot[2]))
    f0, p0, m0, e0 = g(t, r"当年财政拨款(" + NUM + r")万元，其中省级城镇老旧小区改造补助资金(" + NUM + r")万元、市本级资金(" + NUM + r")万元；市水务集团配套(" + NUM + r")万元", 4)
    R.add("sum_mismatch", "财政拨款 = 省级 + 市本级", lambda: dn(p0) + dn(m0) == dn(f0))
    R.add("sum_mismatch", "总额 = 财政 + 配套", lambda: dn(f0) + dn(e0) == dn(g(t, r"项目年度资金总额(" + NUM + r")万元")))
    R.add("conflicting_values", "prose 财政/配套 = table", lambda: dn(f0) == dn(cur[2]) and dn(e0) == dn(oth[2]))
    sp, rt = g(t, r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%", 2)
    R.add("rate_mismatch", "prose execution rate", lambda: rate_ok(sp, tot[2], rt))
    R.add("conflicting_values", "prose spent/rate = table", lambda: dn(sp) == dn(tot[3]) and dn(rt) == dn(pct_num(tot[5])))
    fe, fr = g(t, r"财政拨款执行(" + NUM + r")万元，执行率(" + NUM + r")%", 2)
    R.add("rate_mismatch", "财政拨款 执行率", lambda: rate_ok(fe, f0, fr))
    oe, orr = g(t, r"企业配套资金执行(" + NUM + r")万元，执行率(" + NUM + r")%", 2)
    R.add("rate_mismatch", "配套 执行率", lambda: rate_ok(oe, e0, orr))
    R.add("sum_mismatch", "财政 + 配套 spent = total", lambda: dn(fe) + dn(oe) == dn(sp))
    R.add("conflicting_values", "prose sub spent = table", lambda: dn(fe) == dn(cur[3]) and dn(oe) == dn(oth[3]))
    items = ["泵房设备更新", "水箱及管道改造", "智能监控系统", "设计监理及检测"]
    rows_ = [row(t, L, k, 0) for k in items]
    sumr = row(t, L, "合计", 0)
    for k, r_ in zip(items, rows_):
        R.add("balance_mismatch", f"{k} balance", lambda r_=r_: dn(r_[1]) - dn(r_[2]) == dn(r_[3]))
    for i in (1, 2, 3):
        R.add("sum_mismatch", f"item column {i}", lambda i=i: sum(dn(r_[i]) for r_ in rows_) == dn(sumr[i]))
    R.add("conflicting_values", "item totals = funds", lambda: dn(sumr[1]) == dn(tot[2]) and dn(sumr[2]) == dn(tot[3]))
    fb = g(t, r"财政资金(" + NUM + r")万元已申请结转")
    ob = g(t, r"企业配套资金结余(" + NUM + r")万元")
    R.add("balance_mismatch", "财政 balance", lambda: dn(fb) == dn(f0) - dn(fe))
    R.add("balance_mismatch", "配套 balance", lambda: dn(ob) == dn(e0) - dn(oe))
    R.add("sum_mismatch", "balances add to item total", lambda: dn(fb) + dn(ob) == dn(sumr[3]))
    # indicators
    keys = ["改造小区数量", "更新改造加压泵房", "改造后龙头水水质合格率", "泵房远程监控接入率", "改造工程完工时间", "户均改造成本",
            "水压类投诉同比降幅", "受益住户数", "泵房单位供水电耗降幅", "改造设施移交统管率", "改造小区居民满意度"]
    ind = {k: row(t, L, k, 2) for k in keys}
    for k, c in ind.items():
        indicator_checks(R, k, c[3], c[4], c[5], c[6])
    total = row(t, L, "总分", 0)
    R.add("weight_sum_mismatch", "weights sum to 100",
          lambda: sum(dn(c[5]) for c in ind.values()) + dn(tot[4]) == dn(total[1]) == HUNDRED)
    R.add("score_sum_mismatch", "scores sum to total",
          lambda: close(sum(dn(c[6]) for c in ind.values()) + dn(tot[6]), total[2]))
    # outputs prose
    n_all = g(t, r"全年完成(\d+)个小区")
    b1, b2 = g(t, r"第一批(\d+)个、第二批(\d+)个", 2)
    R.add("sum_mismatch", "batches add to communities", lambda: dn(b1) + dn(b2) == dn(n_all))
    R.add("conflicting_values", "communities prose = table", lambda: dn(n_all) == dn(parse_val(ind["改造小区数量"][4])[2]))
    R.add("completion_mismatch", "communities completion", lambda: rate_ok(n_all, parse_val(ind["改造小区数量"][3])[2], g(t, r"完成年度目标的(" + NUM + r")%")))
    R.add("conflicting_values", "pump rooms prose = table", lambda: dn(g(t, r"更新改造加压泵房(\d+)座")) == dn(parse_val(ind["更新改造加压泵房"][4])[2]))
    hh = g(t, r"改造惠及住户(" + NUM + r")户")
    R.add("conflicting_values", "households prose = table", lambda: dn(hh) == dn(parse_val(ind["受益住户数"][4])[2]))
    avg, avg_u = g(t, r"户均投入(" + NUM + r")(万元|元)", 2)
    per = dn(fe) * WAN / dn(hh)
    R.add("unit_mismatch", "财政户均 in 元", lambda: avg_u == "元" or not close(per, avg))
    R.add("average_mismatch", "财政户均", lambda: close(per, avg) if avg_u == "元" else close(per / WAN, avg) or close(per, avg))
    R.add("average_mismatch", "户均改造成本 (all funds)", lambda: close(dn(sp) * WAN / dn(hh), parse_val(ind["户均改造成本"][4])[2]))
    a, b = g(t, r"已有(\d+)座接入", 1), g(t, r"(\d+)座泵房中已有")
    R.add("rate_mismatch", "接入率 38/41", lambda: rate_ok(a, b, pct_num(ind["泵房远程监控接入率"][4])))
    c0, c1 = g(t, r"由2022年的(\d+)件下降至(\d+)件", 2)
    R.add("rate_mismatch", "complaint decrease", lambda: close((dn(c0) - dn(c1)) / dn(c0) * HUNDRED, pct_num(ind["水压类投诉同比降幅"][4])))
    e0_, e1_ = g(t, r"电耗由(" + NUM + r")千瓦时/立方米降至(" + NUM + r")千瓦时/立方米", 2)
    R.add("rate_mismatch", "energy decrease", lambda: close((dn(e0_) - dn(e1_)) / dn(e0_) * HUNDRED, pct_num(ind["泵房单位供水电耗降幅"][4])))
    q0, q1, qr = g(t, r"发放问卷(" + NUM + r")份，回收有效问卷(" + NUM + r")份，有效回收率(" + NUM + r")%", 3)
    R.add("rate_mismatch", "questionnaire return rate", lambda: rate_ok(q1, q0, qr))
    R.add("conflicting_values", "满意度 prose = table", lambda: dn(g(t, r"综合满意度(" + NUM + r")%")) == dn(pct_num(ind["改造小区居民满意度"][4])))
    for m in re.finditer(r"(?:执行率|回收率|满意度|合格率|接入率)(" + NUM + r")%", t):
        R.add("implausible_rate", f"rate {m.group(0)} <= 100", lambda m=m: dn(m.group(1)) <= HUNDRED)
    tg = g(t, r"完成(\d+)个以上小区、(\d+)座以上加压泵房的改造，改造后龙头水水质合格率不低于(" + NUM + r")%，泵房远程监控接入率不低于(" + NUM + r")%，受益住户不少于(" + NUM + r")户，居民满意度达到(" + NUM + r")%以上", 6)
    for k, v in zip(["改造小区数量", "更新改造加压泵房", "改造后龙头水水质合格率", "泵房远程监控接入率", "受益住户数", "改造小区居民满意度"], tg):
        R.add("conflicting_values", f"target of {k}: goals = table", lambda k=k, v=v: dn(v) == dn(parse_val(ind[k][3])[2]))
    R.add("conflicting_values", "计划改造小区30个 = target", lambda: dn(g(t, r"年度计划改造小区(\d+)个以上")) == dn(parse_val(ind["改造小区数量"][3])[2]))
    R.add("sum_mismatch", "41 - 38 = 3 pump rooms pending", lambda: dn(b) - dn(a) == dn(g(t, r"其余(\d+)座因通信模块")))
    for m in re.finditer(r"(\d+)座泵房(?:通信模块调试中|远程监控尚未接入)", t):
        R.add("sum_mismatch", f"pending pump rooms {m.group(0)}", lambda m=m: dn(b) - dn(a) == dn(m.group(1)))
    R.add("conflicting_values", "communities visited = completed", lambda: dn(g(t, r"并对(\d+)个改造小区全部")) == dn(n_all))
    # conclusion
    es, iw, isc, ts, gw = g(t, r"预算执行10分，得(" + NUM + r")分；绩效指标(" + NUM + r")分，得(" + NUM + r")分；自评总分(" + NUM + r")分，评定为" + GRADE_RE, 5)
    R.add("conflicting_values", "conclusion execution score = table", lambda: dn(es) == dn(tot[6]))
    R.add("weight_sum_mismatch", "indicator weights = 90", lambda: sum(dn(c[5]) for c in ind.values()) == dn(iw) and dn(iw) + 10 == HUNDRED)
    R.add("score_sum_mismatch", "indicator scores = stated", lambda: close(sum(dn(c[6]) for c in ind.values()), isc))
    R.add("score_sum_mismatch", "execution + indicators = total", lambda: close(dn(es) + dn(isc), ts))
    R.add("conflicting_values", "conclusion total = table", lambda: dn(ts) == dn(total[2]))
    grade_check(R, ts, gw)
    year_checks(R, t, Y, r"年度：(\d{4})")
    return R


# ---------------------------------------------------------------------------------- Macheng (prose only)
def check_macheng(t):
    R = Res()
    Y = title_year(t)
    a0, add, full = g(t, r"年初预算(" + NUM + r")万元，11月市财政追加(" + NUM + r")万元用于乡镇水厂监测点建设，全年预算(" + NUM + r")万元", 3)
    R.add("sum_mismatch", "年初 + 追加 = 全年", lambda: dn(a0) + dn(add) == dn(full))
    R.add("rate_mismatch", "全部到位 -> 到位率 100%", lambda: dn(g(t, r"资金全部到位，到位率(" + NUM + r")%")) == HUNDRED)
    sp, rt = g(t, r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%", 2)
    R.add("rate_mismatch", "execution rate", lambda: rate_ok(sp, full, rt))
    its = re.findall(r"预算(" + NUM + r")万元，支出(" + NUM + r")万元，结余(" + NUM + r")万元", t)
    R.add("info", "three items found", lambda: len(its) == 3)
    for i, (b, s, r_) in enumerate(its):
        R.add("balance_mismatch", f"item {i} balance", lambda b=b, s=s, r_=r_: dn(b) - dn(s) == dn(r_))
    R.add("sum_mismatch", "item budgets = 全年", lambda: sum(dn(x[0]) for x in its) == dn(full))
    R.add("sum_mismatch", "item spending = 支出", lambda: sum(dn(x[1]) for x in its) == dn(sp))
    built = g(t, r"实际建成(\d+)个")
    plan = g(t, r"新建水质在线监测点目标(\d+)个")
    cz, xz = g(t, r"其中城区水厂(\d+)个、乡镇水厂(\d+)个", 2)
    R.add("sum_mismatch", "3 + 9 = built", lambda: dn(cz) + dn(xz) == dn(built))
    R.add("sum_mismatch", "plan - built = 6 postponed", lambda: dn(plan) - dn(built) == dn(g(t, r"(\d+)座乡镇水厂监测点未能")))
    R.add("sum_mismatch", "18 plants = 3 + 15", lambda: dn(g(t, r"城区水厂(\d+)座、乡镇集中供水水厂")) + dn(g(t, r"乡镇集中供水水厂(\d+)座")) == dn(plan))
    avg, avg_u = g(t, r"平均每个(" + NUM + r")(万元|元)", 2)
    per = dn(its[0][1]) / dn(built)
    R.add("unit_mismatch", "per point in 万元", lambda: avg_u == "万元" or not close(per * WAN, avg))
    R.add("average_mismatch", "equipment per point", lambda: close(per, avg) if avg_u == "万元" else close(per * WAN, avg) or close(per, avg))
    R.add("completion_mismatch", "points completion", lambda: rate_ok(built, plan, g(t, r"完成年度目标的(" + NUM + r")%")))
    # weights and scores
    w_exec, w1, w2, w3, wt = g(t, r"预算执行(\d+)分，年度目标一（监测设施建设）(\d+)分，年度目标二（水质安全保障）(\d+)分，满意度(\d+)分，合计(\d+)分", 5)
    R.add("weight_sum_mismatch", "blocks sum to 100", lambda: dn(w_exec) + dn(w1) + dn(w2) + dn(w3) == dn(wt) == HUNDRED)
    sec = t.split("五、绩效目标完成情况及评分")[1].split("六、自评结论")[0]
    b1 = sec.split("（二）")[1].split("（三）")[0]
    b2 = sec.split("（三）")[1].split("（四）")[0]
    b3 = sec.split("（四）")[1]
    pat = r"分值(" + NUM + r")分，得(" + NUM + r")分"
    r1, r2, r3 = re.findall(pat, b1), re.findall(pat, b2), re.findall(pat, b3)
    R.add("weight_sum_mismatch", "block 1 rows = 40", lambda: sum(dn(w) for w, _ in r1) == dn(w1))
    R.add("weight_sum_mismatch", "block 2 rows = 30", lambda: sum(dn(w) for w, _ in r2) == dn(w2))
    R.add("weight_sum_mismatch", "satisfaction = 10", lambda: sum(dn(w) for w, _ in r3) == dn(w3))
    for i, (w, s) in enumerate(r1 + r2 + r3):
        R.add("score_exceeds_weight", f"row {i}: {s} <= {w}", lambda w=w, s=s: D(0) <= dn(s) <= dn(w))
    es = g(t, r"按执行率计得(" + NUM + r")分")
    R.add("score_exceeds_weight", "execution score <= 20", lambda: D(0) <= dn(es) <= dn(w_exec))
    R.add("score_rule_mismatch", "execution score = 20 x rate", lambda: close(dn(w_exec) * dn(sp) / dn(full), es))
    # scoring rule per row (target, actual, weight, score)
    rules = [
        (r"新建水质在线监测点目标(\d+)个，实际建成(\d+)个.*?分值(" + NUM + r")分，得(" + NUM + r")分", "gte"),
        (r"传输有效率目标不低于(" + NUM + r")%，实际(" + NUM + r")%，分值(" + NUM + r")分，得(" + NUM + r")分", "gte"),
        (r"验收合格率目标(" + NUM + r")%，实际(" + NUM + r")%，分值(" + NUM + r")分，得(" + NUM + r")分", "gte"),
        (r"监测指标合格率目标不低于(" + NUM + r")%，实际(" + NUM + r")%，分值(" + NUM + r")分，得(" + NUM + r")分", "gte"),
        (r"上传省级平台及时率目标不低于(" + NUM + r")%，实际(" + NUM + r")%，分值(" + NUM + r")分，得(" + NUM + r")分", "gte"),
    ]
    for pat_, _ in rules:
        def _rule(pat_=pat_):
            T, A, W, S = g(t, pat_, 4)
            return close(dn(W) * min(dn(A) / dn(T), D(1)), S)
        R.add("score_rule_mismatch", pat_[:12], _rule)
    al, ok_, r31, r19 = g(t, r"超标报警(\d+)次，在2小时内处置(\d+)次，报警中余氯偏低(\d+)次、浊度偏高(\d+)次", 4)
    R.add("sum_mismatch", "31 + 19 = 50 alarms", lambda: dn(r31) + dn(r19) == dn(al))
    pr = g(t, r"预警处置及时率(" + NUM + r")%")
    R.add("rate_mismatch", "处置及时率 = 38/50", lambda: rate_ok(ok_, al, pr))
    pT, pW, pS = g(t, r"预警处置及时率" + NUM + r"%，目标不低于(" + NUM + r")%，分值(" + NUM + r")分，得(" + NUM + r")分", 3)
    R.add("score_rule_mismatch", "处置及时率 score", lambda: close(dn(pW) * min(dn(pr) / dn(pT), D(1)), pS))
    sat, satT, satW, satS = g(t, r"满意度(" + NUM + r")%，目标不低于(" + NUM + r")%，分值(" + NUM + r")分，得(" + NUM + r")分", 4)
    R.add("score_rule_mismatch", "satisfaction score", lambda: close(dn(satW) * min(dn(sat) / dn(satT), D(1)), satS))
    for m in re.finditer(r"(?:到位率|执行率|有效率|合格率|及时率|在线率|满意度)(?:目标)?(?:不低于)?(?:实际)?(" + NUM + r")%", t):
        R.add("implausible_rate", f"rate {m.group(0)} <= 100", lambda m=m: dn(m.group(1)) <= HUNDRED)
    for m in re.finditer(r"实际(" + NUM + r")%", t):
        R.add("implausible_rate", f"actual {m.group(0)} <= 100", lambda m=m: dn(m.group(1)) <= HUNDRED)
    allscores = [s for _, s in r1 + r2 + r3]
    tg = g(t, r"建成水厂在线监测点(\d+)个，设备安装验收全部合格；监测数据传输有效率不低于(" + NUM + r")%，出厂水在线监测指标合格率不低于(" + NUM + r")%，水质异常预警处置及时率不低于(" + NUM + r")%，数据上传省级平台及时率不低于(" + NUM + r")%；供水单位和用水户满意度不低于(" + NUM + r")%", 6)
    tb = [plan, g(t, r"传输有效率目标不低于(" + NUM + r")%"), g(t, r"监测指标合格率目标不低于(" + NUM + r")%"), pT, g(t, r"上传省级平台及时率目标不低于(" + NUM + r")%"), satT]
    for i, (v, w) in enumerate(zip(tg, tb)):
        R.add("conflicting_values", f"target {i}: goals = section 五", lambda v=v, w=w: dn(v) == dn(w))
    R.add("conflicting_values", "plants: 18 in text", lambda: all(dn(x) == dn(plan) for x in re.findall(r"(\d+)座(?:水厂出水口|水厂负责人|集中供水水厂)", t)))
    R.add("sum_mismatch", "remaining points = plan - built", lambda: all(dn(x) == dn(plan) - dn(built) for x in re.findall(r"剩余(\d+)个监测点|(?<=，)(\d+)个监测点建设推迟", t) for x in x if x))
    R.add("conflicting_values", "已建 points = built", lambda: dn(g(t, r"已建(\d+)个监测点")) == dn(built))
    R.add("conflicting_values", "restated execution rate", lambda: dn(g(t, r"预算执行。预算执行率(" + NUM + r")%")) == dn(rt))
    ts, gw = g(t, r"项目自评得分(" + NUM + r")分，评价等级为" + GRADE_RE, 2)
    R.add("score_sum_mismatch", "scores sum to total", lambda: close(dn(es) + sum(dn(s) for s in allscores), ts))
    grade_check(R, ts, gw)
    year_checks(R, t, Y)
    return R


# ---------------------------------------------------------------------------- Gaoan (Markdown, 部门整体)
def check_gaoan(t):
    R = Res()
    L = "md"
    Y = title_year(t)
    basic = row(t, L, "基本支出", 0)
    proj = row(t, L, "项目支出", 0)
    tot = [c for c in row_all(t, L, "合计") if len(c) == 5 and c[4].endswith("%")][0]
    for k, c in (("基本支出", basic), ("项目支出", proj), ("合计", tot)):
        R.add("rate_mismatch", f"{k} 执行率", lambda c=c: rate_ok(c[3], c[2], pct_num(c[4])))
        R.add("implausible_rate", f"{k} rate <= 100", lambda c=c: dn(pct_num(c[4])) <= HUNDRED)
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        R.add("sum_mismatch", f"summary column {nm}", lambda i=i: dn(basic[i]) + dn(proj[i]) == dn(tot[i]))
    a0, add1, add2, full, inc = g(t, r"年初预算(" + NUM + r")万元，年中追加再生水回用管道延伸工程资金(" + NUM + r")万元和人员调资经费(" + NUM + r")万元，全年预算(" + NUM + r")万元，较年初增加(" + NUM + r")万元", 5)
    R.add("sum_mismatch", "年初 + 追加 = 全年", lambda: dn(a0) + dn(add1) + dn(add2) == dn(full))
    R.add("sum_mismatch", "全年 - 年初 = 增加", lambda: dn(full) - dn(a0) == dn(inc))
    R.add("sum_mismatch", "项目 年初 + 追加 = 全年", lambda: dn(proj[1]) + dn(add1) == dn(proj[2]))
    R.add("sum_mismatch", "基本 年初 + 调资 = 全年", lambda: dn(basic[1]) + dn(add2) == dn(basic[2]))
    R.add("conflicting_values", "prose 年初/全年 = table", lambda: dn(a0) == dn(tot[1]) and dn(full) == dn(tot[2]))
    sp, rt = g(t, r"全年支出(" + NUM + r")万元，部门预算执行率(" + NUM + r")%", 2)
    R.add("rate_mismatch", "prose rate", lambda: rate_ok(sp, full, rt))
    R.add("conflicting_values", "prose spent/rate = table", lambda: dn(sp) == dn(tot[3]) and dn(rt) == dn(pct_num(tot[4])))
    pe, oe = g(t, r"人员经费(" + NUM + r")万元，公用经费(" + NUM + r")万元", 2)
    R.add("sum_mismatch", "人员 + 公用 = 基本支出", lambda: dn(pe) + dn(oe) == dn(basic[3]))
    pnames = ["节水型城市创建宣传及复核", "城区再生水回用管道延伸", "供水管网漏损检测与修复", "公共供水水质在线监测运维"]
    prow = [row(t, L, k, 0) for k in pnames]
    ptot = [c for c in row_all(t, L, "合计") if len(c) == 5 and c[4] == "—"][0]
    for k, c in zip(pnames, prow):
        R.add("rate_mismatch", f"{k} 执行率", lambda c=c: rate_ok(c[2], c[1], pct_num(c[3])))
        R.add("score_exceeds_weight", f"{k} score <= 100", lambda c=c: D(0) <= dn(c[4]) <= HUNDRED)
    R.add("rate_mismatch", "project total rate", lambda: rate_ok(ptot[2], ptot[1], pct_num(ptot[3])))
    for i in (1, 2):
        R.add("sum_mismatch", f"project column {i}", lambda i=i: sum(dn(c[i]) for c in prow) == dn(ptot[i]))
    R.add("conflicting_values", "project totals = summary", lambda: dn(ptot[1]) == dn(proj[2]) and dn(ptot[2]) == dn(proj[3]) and dn(pct_num(ptot[3])) == dn(pct_num(proj[4])))
    R.add("average_mismatch", "average project score", lambda: close(sum(dn(c[4]) for c in prow) / len(prow), g(t, r"平均得分(" + NUM + r")分")))
    R.add("balance_mismatch", "未执行 = 项目全年 - 执行", lambda: dn(g(t, r"未执行的(" + NUM + r")万元")) == dn(proj[2]) - dn(proj[3]))
    hh, each, amt = g(t, r"向城区(" + NUM + r")户居民发放节水器具更换补贴，每户(" + NUM + r")元，合计(" + NUM + r")万元", 3)
    R.add("average_mismatch", "补贴 per household", lambda: close(dn(amt) * WAN / dn(hh), each))
    # indicators
    keys = ["部门预算执行率", "节水型城市复核迎检", "新建再生水回用管道长度", "管网漏损检测覆盖长度", "新增节水型单位", "水质在线监测数据有效率",
            "公共供水管网漏损率", "重点项目按期完成率", "项目支出控制数", "城市再生水利用率", "年节约用水量", "万元GDP用水量降幅",
            "省级节水型城市称号", "社会公众及用水单位满意度"]
    ind = {k: row(t, L, k, 2) for k in keys}
    for k, c in ind.items():
        indicator_checks(R, k, c[3], c[4], c[6], c[7], c[5])
    total = [c for c in row_all(t, L, "合计") if len(c) == 9][0]
    R.add("weight_sum_mismatch", "weights sum to 100", lambda: sum(dn(c[6]) for c in ind.values()) == dn(total[6]) == HUNDRED)
    R.add("score_sum_mismatch", "scores sum to total", lambda: close(sum(dn(c[7]) for c in ind.values()), total[7]))
    R.add("conflicting_values", "execution row = summary rate", lambda: dn(pct_num(ind["部门预算执行率"][4])) == dn(pct_num(tot[4])))
    R.add("conflicting_values", "cost row = project spending", lambda: dn(parse_val(ind["项目支出控制数"][4])[2]) == dn(proj[3]) and dn(parse_val(ind["项目支出控制数"][3])[2]) == dn(proj[2]))
    def pv(k):
        return dn(parse_val(ind[k][4])[2])
    R.add("conflicting_values", "管道 prose = table", lambda: dn(g(t, r"新建再生水回用管道(" + NUM + r")公里")) == pv("新建再生水回用管道长度"))
    R.add("conflicting_values", "检测长度 prose = table", lambda: dn(g(t, r"对城区(" + NUM + r")公里公共供水管网")) == pv("管网漏损检测覆盖长度"))
    n_all, n1, n2 = g(t, r"节水型小区(\d+)家，其中企业(\d+)家、小区(\d+)家", 3)
    R.add("sum_mismatch", "19 + 8 = 27", lambda: dn(n1) + dn(n2) == dn(n_all))
    R.add("conflicting_values", "节水型单位 prose = table", lambda: dn(n_all) == pv("新增节水型单位"))
    R.add("conflicting_values", "数据有效率 prose = table", lambda: dn(g(t, r"数据有效率(" + NUM + r")%")) == pv("水质在线监测数据有效率"))
    l1, l0, ld = g(t, r"漏损率为(" + NUM + r")%，比2023年的(" + NUM + r")%下降(" + NUM + r")个百分点", 3)
    R.add("sum_mismatch", "11.7 - 10.32 = 1.38", lambda: dn(l0) - dn(l1) == dn(ld))
    R.add("conflicting_values", "漏损率 prose = table", lambda: dn(l1) == pv("公共供水管网漏损率"))
    R.add("conflicting_values", "利用率 prose = table", lambda: dn(g(t, r"城区再生水利用率达到(" + NUM + r")%")) == pv("城市再生水利用率"))
    R.add("conflicting_values", "节约用水 prose = table", lambda: dn(g(t, r"全年节约用水(" + NUM + r")万立方米")) == pv("年节约用水量"))
    R.add("conflicting_values", "GDP用水 prose = table", lambda: dn(g(t, r"较上年下降(" + NUM + r")%")) == pv("万元GDP用水量降幅"))
    R.add("conflicting_values", "满意度 prose = table", lambda: dn(g(t, r"满意度为(" + NUM + r")%")) == pv("社会公众及用水单位满意度"))
    for m in re.finditer(r"(?:执行率|有效率|利用率|满意度为|满意度)(?:达到)?(" + NUM + r")%", t):
        R.add("implausible_rate", f"rate {m.group(0)} <= 100", lambda m=m: dn(m.group(1)) <= HUNDRED)
    ts, gw = g(t, r"自评得分(" + NUM + r")分，评价等级为" + GRADE_RE, 2)
    R.add("conflicting_values", "漏损 target in text = table", lambda: dn(g(t, r"仍未达到(" + NUM + r")%的年度目标")) == dn(parse_val(ind["公共供水管网漏损率"][3])[2]))
    R.add("conflicting_values", "满意度 target in text = table", lambda: dn(g(t, r"未达到(" + NUM + r")%的目标")) == dn(parse_val(ind["社会公众及用水单位满意度"][3])[2]))
    R.add("conflicting_values", "number of projects", lambda: all(int(x) == len(prow) for x in re.findall(r"(\d+)个项目", t)))
    R.add("conflicting_values", "prose total = table", lambda: dn(ts) == dn(total[7]))
    grade_check(R, ts, gw)
    year_checks(R, t, Y)
    return R


CHECKERS = {
    "sd-laizhou-zaishengshui-2021": check_laizhou,
    "ha-xinmi-guanwanggaizao-2019": check_xinmi,
    "zj-lanxi-ercigongshui-2023": check_lanxi,
    "hb-macheng-shuizhijiance-2020": check_macheng,
    "jx-gaoan-jieshuichengshi-2024": check_gaoan,
}


def diff_span(a, b):
    """[start, end) in b of the single differing region between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, p, len(a) - s


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    codes = Counter()
    where = Counter()
    n_checks = 0
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    for rec in labels:
        name = rec["case"]
        text = texts[name]
        src = rec["source"]
        clean = texts[f"{src}-clean.txt"]
        try:
            R = CHECKERS[src](text)
        except Exception as e:
            problems.append(f"{name}: checker could not read the case: {type(e).__name__}: {e}")
            continue
        n_checks += len(R.items)
        failed = R.failed()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            n = len(clean)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            for c, nm in failed:
                problems.append(f"{name}: clean check failed: {c}: {nm}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        codes[code] += 1
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
        if lab["severity"] != "error":
            problems.append(f"{name}: severity must be error")
        if value not in text:
            problems.append(f"{name}: value not in case: {value!r}")
        if text == clean:
            problems.append(f"{name}: identical to clean")
            continue
        b0, b1, a0, a1 = diff_span(clean, text)
        # one contiguous change: the rest must be identical
        if clean[:a0] + text[b0:b1] + clean[a1:] != text:
            problems.append(f"{name}: not a single contiguous change")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(b1, b0 + 1) and b0 < o + len(value) for o in occ):
            problems.append(f"{name}: change [{b0},{b1}) does not overlap the value")
        err_failed = {c for c, _ in failed if c not in WARN}
        if code not in err_failed:
            problems.append(f"{name}: labelled {code} does not fail")
        other = err_failed - {code}
        if other:
            problems.append(f"{name}: other error codes fail: {sorted(other)} :: {[n for c, n in failed if c in other]}")
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} cases, {n_checks} checks run; codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
