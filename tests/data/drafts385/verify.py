#!/usr/bin/env python3
"""Verify the n385 set (standard library only).

1. labels.jsonl: 35 cases, 5 clean with no labels, 30 with exactly one error label; every code of
   errors.md §A (1-13) used at least twice; every label value occurs exactly once in its case.
2. Every error case differs from its clean draft in one short contiguous place that overlaps the
   label value; a changed decimal figure occurs once in the clean draft (twice or more only for
   conflicting_values).
3. The arithmetic of every draft is redone with decimal.Decimal from the text itself: all checks pass
   on the clean drafts; on an error case the labelled code fails and no other error-level code does.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
N = r"-?\d+(?:\.\d+)?"


# ----------------------------------------------------------------- numbers and tolerance
def parse(s):
    """First number in s -> (Decimal, decimals)."""
    m = re.search(N, str(s))
    if not m:
        raise ValueError(f"no number in {s!r}")
    txt = m.group(0)
    d = len(txt.split(".")[1]) if "." in txt else 0
    return D(txt), d


def val(s):
    s = str(s).strip()
    if s in ("", "—", "-"):
        return D(0)
    return parse(s)[0]


EDGES = []  # comparisons that sit on a rounding edge (float checkers could go either way)


def close(stated, computed):
    """rules §8: |c - v| <= 0.5 * 10^-d (d = decimals as written)."""
    v, d = parse(stated)
    half = D(5) / (D(10) ** (d + 1))
    diff = abs(D(computed) - v)
    if abs(diff - half) < D("1e-6"):
        EDGES.append((stated, computed))
    return diff <= half + D("1e-9")


def same(a, b):
    """Two stated figures of one quantity agree within the coarser precision."""
    (va, da), (vb, db) = parse(a), parse(b)
    d = min(da, db)
    return abs(va - vb) <= D(5) / (D(10) ** (d + 1)) + D("1e-9")


def grade_of(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

SIGNS_GTE = ("≥", ">=", "＞＝", "不低于", "不少于")
SIGNS_LTE = ("≤", "<=", "＜＝", "不超过", "不高于")


def unit_of(s):
    s = str(s).strip()
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", s):
        return "date"
    m = re.search(N, s)
    if not m:
        return None  # qualitative
    rest = s[m.end():].strip()
    rest = re.sub(r"(以上|以内|内)$", "", rest)
    return rest


def direction(target):
    t = str(target)
    if any(x in t for x in SIGNS_LTE):
        return "lte"
    if any(x in t for x in SIGNS_GTE):
        return "gte"
    return "eq"


def completion(target, actual):
    t, _ = parse(target)
    a, _ = parse(actual)
    if direction(target) == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def date_key(s):
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    return tuple(int(x) for x in m.groups())


# ----------------------------------------------------------------- check collector
class Ctx:
    def __init__(self, text, name):
        self.text = text
        self.name = name
        self.failed = Counter()
        self.msgs = []

    def one(self, pattern, flags=0):
        found = list(re.finditer(pattern, self.text, flags))
        if len(found) != 1:
            raise AssertionError(f"{self.name}: pattern matched {len(found)} times: {pattern}")
        return found[0].groups()

    def all(self, pattern, flags=0):
        return [m.groups() for m in re.finditer(pattern, self.text, flags)]

    def check(self, code, ok, msg):
        if not ok:
            self.failed[code] += 1
            self.msgs.append(f"{code}: {msg}")

    # helpers for the usual identities
    def rate(self, stated, num, den, msg, implausible_over=True):
        v, _ = parse(stated)
        if D(den) == 0:
            self.check("implausible_rate", v == 0, f"{msg}: rate {stated} on a zero base")
            return
        if implausible_over and v > 100:
            self.check("implausible_rate", False, f"{msg}: {stated} > 100%")
            return
        self.check("rate_mismatch", close(stated, D(num) / D(den) * 100),
                   f"{msg}: {stated} vs {D(num) / D(den) * 100:.4f}")

    def total(self, stated, parts, msg, code="sum_mismatch"):
        s = sum((D(p) for p in parts), D(0))
        self.check(code, close(stated, s), f"{msg}: {stated} vs {s}")

    def conflict(self, a, b, msg):
        if same(a, b):
            return
        va, vb = parse(a)[0], parse(b)[0]
        if vb != 0 and va != 0 and (va / vb in (D(10000), D("0.0001"))):
            self.check("unit_mismatch", False, f"{msg}: {a} vs {b} (x10^4)")
        else:
            self.check("conflicting_values", False, f"{msg}: {a} vs {b}")

    def satisfaction(self, stated, msg):
        self.check("implausible_rate", parse(stated)[0] <= 100, f"{msg}: {stated} > 100%")

    def year_after(self, y, eval_year, msg):
        self.check("year_mismatch", int(y) > eval_year, f"{msg}: carry-over to {y}")

    def year_eq(self, y, eval_year, msg):
        self.check("year_mismatch", int(y) == eval_year, f"{msg}: {y} != {eval_year}")

    def issued(self, y, m, eval_year, msg):
        y, m = int(y), int(m)
        self.check("year_mismatch", y == eval_year or (y == eval_year - 1 and m == 12),
                   f"{msg}: issued {y}-{m} for {eval_year}")

    def indicator_rows(self, rows, weight_total, score_total, grade=None, weight_total_stated=None):
        """rows: dicts name, target, actual, compl (or None), weight, score."""
        for r in rows:
            ut, ua = unit_of(r["target"]), unit_of(r["actual"])
            quant = ut is not None and ua is not None
            units_ok = (not quant) or ut == ua
            if quant and not units_ok:
                self.check("unit_mismatch", False, f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            if "满意" in r["name"] and ua == "%":
                self.satisfaction(r["actual"], r["name"])
            if r.get("compl") not in (None, "", "—") and quant and units_ok:
                if ut == "date":
                    exp = D(100) if date_key(r["actual"]) <= date_key(r["target"]) else None
                else:
                    exp = completion(r["target"], r["actual"])
                if exp is not None:
                    self.check("completion_mismatch", close(r["compl"], exp),
                               f"{r['name']}: completion {r['compl']} vs {exp:.4f}")
            w, s = val(r["weight"]), val(r["score"])
            self.check("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} vs weight {w}")
        wsum = sum((val(r["weight"]) for r in rows), D(0))
        self.check("weight_sum_mismatch", wsum == D(weight_total), f"weights sum {wsum} != {weight_total}")
        if weight_total_stated is not None:
            self.check("weight_sum_mismatch", wsum == val(weight_total_stated),
                       f"weights sum {wsum} != stated {weight_total_stated}")
        ssum = sum((val(r["score"]) for r in rows), D(0))
        self.check("score_sum_mismatch", close(score_total, ssum), f"scores sum {ssum} vs {score_total}")
        if grade is not None:
            self.check("grade_mismatch", GRADE_WORDS[grade] == grade_of(parse(score_total)[0]),
                       f"grade {grade} for {score_total}")


def cells_block(block):
    """Seed-003 style flattened table: rows separated by blank lines, one tab-indented cell per line."""
    rows = []
    for chunk in block.strip("\n").split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in chunk.split("\n")]
        rows.append([c.strip() for c in cells])
    return rows


# ----------------------------------------------------------------- P1 Yujiang (Jiangxi) 2020
def check_yujiang(c):
    Y = 2020
    t = c.text
    c.year_eq(c.one(r"区农业农村局(\d{4})年度\n农村闲置宅基地")[0], Y, "title")
    # funds table with 行次
    a = t.index("\t项目\n\t行次")
    b = t.index("[bookmark: _Toc64203315]")
    rows = {r[0]: r for r in cells_block(t[a:b])}
    R = {k: [val(x) for x in rows[k][2:10]] for k in
         ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余")}
    raw = {k: rows[k][2:10] for k in rows}
    # columns: 0 total, 1 小计, 2 中央, 3 省, 4 市, 5 县区, 6 结转, 7 其他
    for k in R:
        c.total(raw[k][0], [R[k][1], R[k][6], R[k][7]], f"{k} 总额")
        c.total(raw[k][1] or "0", [R[k][2], R[k][3], R[k][4], R[k][5]], f"{k} 财政资金小计")
    for i in range(8):
        c.total(raw["资金结余"][i] or "0", [R["实际到位资金"][i], -R["全年执行资金"][i]],
                f"(5)=(3)-(4) col {i}", code="balance_mismatch")
    for key, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
        for i in range(8):
            c.rate(raw[key][i], R[num][i], R["全年预算资金"][i], f"{key} col {i}")
    # prose: documents and funds paragraph
    prov_doc = c.one(r"下达我区省级补助资金(" + N + r")万元")[0]
    cnty_doc = c.one(r"安排区级配套资金(" + N + r")万元")[0]
    tot, carry, prov, cnty = c.one(r"本项目全年预算资金(" + N + r")万元，由上年结转资金(" + N +
                                   r")万元（2019年区级试点工作经费结余）、省级补助(" + N + r")万元和区级配套(" + N + r")万元组成")
    c.total(tot, [val(carry), val(prov), val(cnty)], "全年预算 = 结转 + 省级 + 区级")
    c.conflict(prov_doc, prov, "省级 in 文号 vs funds paragraph")
    c.conflict(cnty_doc, cnty, "区级 in 文号 vs funds paragraph")
    c.conflict(tot, raw["全年预算资金"][0], "全年预算 prose vs table")
    c.conflict(carry, raw["全年预算资金"][6], "结转 prose vs table")
    c.conflict(prov, raw["全年预算资金"][3], "省级 prose vs table")
    c.conflict(cnty, raw["全年预算资金"][5], "区级 prose vs table")
    c.conflict(cnty_doc, raw["全年预算资金"][5], "区级 文号 vs table")
    c.conflict(prov_doc, raw["全年预算资金"][3], "省级 文号 vs table")
    c.issued(*c.one(r"省级资金于(\d{4})年(\d{1,2})月到位"), Y, "省级到位")
    c.check("rate_mismatch", R["实际到位资金"][0] == R["全年预算资金"][0], "年内全部到位")
    yr, spent, rate = c.one(r"截至(\d{4})年12月31日，实际支出(" + N + r")万元，预算执行率(" + N + r")%")
    c.year_eq(yr, Y, "截至")
    c.rate(rate, val(spent), R["全年预算资金"][0], "prose 执行率")
    c.conflict(spent, raw["全年执行资金"][0], "spent prose vs table")
    c.check("rate_mismatch", R["全年执行资金"][3] == R["全年预算资金"][3], "省级资金已全部支出")
    bal, cy = c.one(r"年末结余(" + N + r")万元，已按规定结转至(\d{4})年")
    c.total(bal, [R["实际到位资金"][0], -R["全年执行资金"][0]], "prose 结余", code="balance_mismatch")
    c.year_after(cy, Y, "结转")
    parts = c.one(r"闲置宅基地基础信息调查及数据库更新(" + N + r")万元、盘活项目以奖代补(" + N +
                  r")万元、宣传培训及工作经费(" + N + r")万元")
    c.total(cnty, [val(p) for p in parts], "区级配套用途")
    # outputs in prose
    g = c.one(r"全年盘活闲置宅基地(" + N + r")宗，分乡镇看，平定乡(" + N + r")宗、春涛镇(" + N + r")宗、锦江镇(" + N +
              r")宗、马荃镇(" + N + r")宗，4个试点乡镇平均(" + N + r")宗，比2019年的(" + N + r")宗增加(" + N + r")宗")
    towns = [val(x) for x in g[1:5]]
    c.total(g[0], towns, "盘活宗数 = 4 乡镇")
    c.check("average_mismatch", close(g[5], sum(towns) / 4), f"乡镇平均 {g[5]} vs {sum(towns) / 4}")
    c.total(g[7], [val(g[0]), -val(g[6])], "比上年增加")
    firms = c.one(r"新增经营主体(" + N + r")家")[0]
    days = c.one(r"平均办结时限(" + N + r")个工作日")[0]
    income, jobs = c.one(r"村集体经济增收(" + N + r")万元，吸纳农民就近就业(" + N + r")人")
    n_all, n_ok, sat = c.one(r"回收有效问卷(" + N + r")份，满意和基本满意(" + N + r")份，满意度(" + N + r")%")
    if parse(sat)[0] > 100:
        c.satisfaction(sat, "prose satisfaction")
    else:
        c.rate(sat, val(n_ok), val(n_all), "问卷满意度")
    score_p, grade_p = c.one(r"自评总得分(" + N + r")分，等级为“(\S+?)”")
    # 附件1
    a = t.index("附件1.项目支出绩效自评表")
    rows1 = cells_block(t[t.index("\n\n", a) + 2:])
    rows1 = [r for r in rows1 if len(r) == 9]
    assert rows1[0][0] == "一级指标" and rows1[-1][0] == "合计", c.name
    body, last = rows1[1:-1], rows1[-1]
    ind = [dict(name=r[2], target=r[4], actual=r[5], compl=r[6], weight=r[3], score=r[7]) for r in body]
    c.indicator_rows(ind, 100, last[7], grade=grade_p, weight_total_stated=last[3])
    byname = {r["name"]: r for r in ind}
    c.rate(byname["预算执行率"]["actual"], R["全年执行资金"][0], R["全年预算资金"][0], "附件1 执行率")
    c.conflict(score_p, last[7], "total prose vs 附件1")
    c.conflict(g[0], byname["盘活利用闲置宅基地"]["actual"], "盘活宗数 prose vs 附件1")
    c.conflict(firms, byname["新增民宿、农家乐等经营主体"]["actual"], "经营主体 prose vs 附件1")
    c.conflict(days, byname["宅基地审批办结时限"]["actual"], "办结时限 prose vs 附件1")
    c.conflict(income, byname["带动村集体经济增收"]["actual"], "增收 prose vs 附件1")
    c.conflict(jobs, byname["带动农民就近就业"]["actual"], "就业 prose vs 附件1")
    c.conflict(sat, byname["农户及经营主体满意度"]["actual"], "满意度 prose vs 附件1")
    per = val(parts[1]) * 10000 / val(g[0])
    c.check("average_mismatch", close(byname["单宗盘活以奖代补金额"]["actual"], per),
            f"单宗以奖代补 vs {per}")


# ----------------------------------------------------------------- P2 Shangyu (Zhejiang) 2022
def tab_rows(block):
    return [ln.split("\t") for ln in block.split("\n") if "\t" in ln]


def check_shangyu(c):
    Y = 2022
    t = c.text
    c.year_eq(c.one(r"上虞区自然资源和规划局(\d{4})年度农村宅基地")[0], Y, "title")
    c.year_eq(c.one(r"项目支出绩效自评表（(\d{4})年度）")[0], Y, "annex year")
    init = c.one(r"项目年初预算(" + N + r")万元")[0]
    add = c.one(r"（虞财预〔2022〕57号）追加(" + N + r")万元")[0]
    carry = c.one(r"另有上年结转资金(" + N + r")万元")[0]
    # allocation table with 小计
    a = t.index("资金来源\t用途\t金额（万元）")
    b = t.index("（三）绩效目标")
    items, subtotals, grand = [], [], None
    for r in tab_rows(t[a:b])[1:]:
        if r[0] == "小计":
            c.total(r[2], items, f"小计 {r[2]}")
            subtotals.append(r[2])
            items = []
        elif r[0] == "合计":
            grand = r[2]
        else:
            items.append(val(r[2]))
    c.total(grand, [val(x) for x in subtotals], "合计 = Σ小计")
    c.conflict(subtotals[0], init, "年初 小计 vs prose")
    c.conflict(subtotals[1], add, "追加 小计 vs prose")
    c.conflict(subtotals[2], carry, "结转 小计 vs prose")
    # MOF funds block
    f = {}
    for r in tab_rows(t[t.index("项目资金（万元）"):t.index("绩效指标\t一级指标")]):
        if len(r) == 8 and r[1]:
            f[r[1]] = r[2:]
    T, C, K, O = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for i in range(3):
        c.total(T[i], [val(C[i]), val(K[i]), val(O[i])], f"资金总额 col {i}")
    c.total(C[1], [val(init), val(add)], "当年财政拨款 全年 = 年初 + 追加")
    c.conflict(C[0], init, "年初 table vs prose")
    c.conflict(K[1], carry, "结转 table vs prose")
    c.conflict(T[1], grand, "全年预算 table vs allocation 合计")
    for name, r in f.items():
        if val(r[1]) == 0:
            c.check("implausible_rate", r[4] in ("—", "0", "0%"), f"{name} rate on zero base")
        else:
            c.rate(r[4], val(r[2]), val(r[1]), f"{name} 执行率")
    ex_w, ex_s = T[3], T[5]
    # prose funds
    tot, spent, rate, srate, bal = c.one(r"全年预算(" + N + r")万元，资金全部到位。全年执行(" + N + r")万元，预算执行率(" + N +
                                         r")%，其中当年财政拨款执行率(" + N + r")%，上年结转资金已全部使用。年末结余(" + N + r")万元")
    c.conflict(tot, T[1], "全年预算 prose vs table")
    c.conflict(spent, T[2], "执行 prose vs table")
    c.rate(rate, val(spent), val(tot), "prose 执行率")
    c.rate(srate, val(C[2]), val(C[1]), "prose 当年财政拨款执行率")
    c.check("rate_mismatch", val(K[2]) == val(K[1]), "上年结转资金已全部使用")
    c.total(bal, [val(tot), -val(spent)], "结余 = 到位 - 执行", code="balance_mismatch")
    # outputs
    n22, n21, growth = c.one(r"办结宅基地审批“一件事”(" + N + r")件，2021年为(" + N + r")件，同比增长(" + N + r")%")
    c.rate(growth, val(n22) - val(n21), val(n21), "同比增长", implausible_over=False)
    days = c.one(r"；平均办结时限(" + N + r")个工作日")[0]
    cert = c.one(r"房地一体确权登记发证(" + N + r")宗，部分农户")[0]
    n_hist, per, per_unit, amount = c.one(r"历史遗留问题处置(" + N + r")宗，按每宗(" + N + r")(万元|元)的标准补助测绘、公示费用，共计(" + N + r")万元")
    per_yuan = val(per) * (10000 if per_unit == "万元" else 1)
    prod, want = val(n_hist) * per_yuan, val(amount) * 10000
    if prod != want:
        c.check("unit_mismatch" if prod / want in (D(10000), D("0.0001")) else "sum_mismatch", False,
                f"历史遗留处置 {n_hist} x {per}{per_unit} vs {amount}万元")
    arch = c.one(r"审批档案归档合格率(" + N + r")%")[0]
    cost = c.one(r"宗均确权登记成本(" + N + r")元")[0]
    illegal = c.one(r"发现新增违法占用耕地建房(" + N + r")宗")[0]
    score_p, grade_p = c.one(r"本项目自评得分(" + N + r")分，评价等级为“(\S+?)”")
    # indicator rows
    a = t.index("绩效指标\t一级指标")
    b = t.index("总分\t")
    ind = []
    for r in tab_rows(t[a:b])[1:]:
        ind.append(dict(name=r[3], target=r[4], actual=r[5], compl=None, weight=r[6], score=r[7]))
    tot_w, tot_s = c.one(r"\n总分\t(" + N + r")\t(" + N + r")\t")
    rows = [dict(name="预算执行率", target="100%", actual=T[4], compl=None, weight=ex_w, score=ex_s)] + ind
    c.indicator_rows(rows, 100, tot_s, grade=grade_p, weight_total_stated=tot_w)
    c.conflict(score_p, tot_s, "total prose vs table")
    by = {r["name"]: r for r in ind}
    c.conflict(n22, by["宅基地审批“一件事”办件量"]["actual"], "办件量")
    c.conflict(days, by["审批办结时限"]["actual"], "办结时限")
    c.conflict(cert, by["房地一体确权登记发证"]["actual"], "发证")
    c.conflict(n_hist, by["历史遗留问题处置"]["actual"], "历史遗留")
    c.conflict(arch, by["审批档案归档合格率"]["actual"], "归档合格率")
    c.conflict(cost, by["宗均确权登记成本"]["actual"], "宗均成本")
    c.conflict(illegal, by["新增违法占用耕地建房"]["actual"], "违法占地")


# ----------------------------------------------------------------- P3 Jinzhai (Anhui) 2021
def check_jinzhai(c):
    Y = 2021
    t = c.text
    c.year_eq(c.one(r"金寨县农业农村局(\d{4})年度农村宅基地")[0], Y, "title")
    g = c.one(r"本项目全年预算(" + N + r")万元。省级补助资金(" + N + r")万元分两批下达：(\d{4})年(\d{1,2})月提前下达(" + N +
              r")万元（皖财农〔2020〕1208号），(\d{4})年(\d{1,2})月下达(" + N + r")万元（皖财农〔2021〕512号）；县级配套资金(" + N +
              r")万元（金财农〔2021〕35号）；上年结转资金(" + N + r")万元")
    tot, prov, y1, m1, b1, y2, m2, b2, cnty, carry = g
    c.total(prov, [val(b1), val(b2)], "省级 = 两批")
    c.total(tot, [val(prov), val(cnty), val(carry)], "全年预算 = 省 + 县 + 结转")
    c.issued(y1, m1, Y, "第一批")
    c.issued(y2, m2, Y, "第二批")
    init, add = c.one(r"年初预算(" + N + r")万元，年中追加省级资金(" + N + r")万元")
    c.total(tot, [val(init), val(add)], "全年 = 年初 + 追加")
    c.total(init, [val(b1), val(cnty), val(carry)], "年初 = 提前下达 + 县级 + 结转")
    yr, spent, rate, u1, u2, u3, u4 = c.one(r"截至(\d{4})年12月31日，项目实际支出(" + N + r")万元，预算执行率(" + N +
                                            r")%。其中：退出补偿(" + N + r")万元、复垦及拆除费用(" + N + r")万元、盘活项目奖补(" + N +
                                            r")万元、调查测绘及工作经费(" + N + r")万元")
    c.year_eq(yr, Y, "截至")
    c.rate(rate, val(spent), val(tot), "prose 执行率")
    c.total(spent, [val(u1), val(u2), val(u3), val(u4)], "支出用途")
    cnty2, cspent, crate = c.one(r"县级配套资金(" + N + r")万元支出(" + N + r")万元，执行率(" + N + r")%")
    c.conflict(cnty2, cnty, "县级配套")
    c.rate(crate, val(cspent), val(cnty2), "县级执行率")
    kspent = c.one(r"上年结转资金支出(" + N + r")万元")[0]
    c.total(spent, [val(prov), val(cspent), val(kspent)], "支出 = 省(全部) + 县 + 结转")
    unspent, cy = c.one(r"未支出的(" + N + r")万元为部分退出户的复垦验收尾款，已结转(\d{4})年使用")
    c.total(unspent, [val(tot), -val(spent)], "未支出", code="balance_mismatch")
    c.year_after(cy, Y, "结转")
    hh, target_hh, compl = c.one(r"自愿有偿退出宅基地(" + N + r")户，完成年度目标（(" + N + r")户）的(" + N + r")%")
    c.check("completion_mismatch", close(compl, completion("≥" + target_hh, hh)), f"退出户完成率 {compl}")
    towns = c.one(r"户均补偿分别为(" + N + r")万元、(" + N + r")万元、(" + N + r")万元，三镇平均(" + N + r")万元")
    m3 = sum(val(x) for x in towns[:3]) / 3
    c.check("average_mismatch", close(towns[3], m3), f"三镇平均 {towns[3]} vs {m3}")
    land = c.one(r"退出地块复垦新增耕地(" + N + r")亩，盘活")[0]
    revit, ok_rate, days = c.one(r"盘活利用闲置宅基地（农房）(" + N + r")宗，复垦验收合格率(" + N + r")%，补偿款在验收后平均(" + N + r")日内兑付")
    inc, quota, sat = c.one(r"带动村集体经济增收(" + N + r")万元，形成节余建设用地指标(" + N + r")亩，问卷调查退出农户满意度(" + N + r")%")
    c.satisfaction(sat, "prose satisfaction")
    score_p = c.one(r"项目自评得分(" + N + r")分，主要扣分点")[0]
    # 自评表
    f = {}
    for ln in t.split("\n"):
        p = ln.split("｜")
        if len(p) == 7 and p[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            f[p[0]] = p[1:]
    T, C, K, O = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for i in range(3):
        c.total(T[i], [val(C[i]), val(K[i]), val(O[i])], f"资金总额 col {i}")
    c.total(C[0], [val(b1), val(cnty)], "当年财政拨款 年初")
    c.total(C[1], [val(prov), val(cnty)], "当年财政拨款 全年")
    c.total(C[2], [val(prov), val(cspent)], "当年财政拨款 执行")
    c.conflict(T[0], init, "年初 table vs prose")
    c.conflict(T[1], tot, "全年 table vs prose")
    c.conflict(T[2], spent, "执行 table vs prose")
    c.conflict(K[1], carry, "结转 table vs prose")
    c.conflict(K[2], kspent, "结转执行 table vs prose")
    c.conflict(T[4], rate + "%", "执行率 table vs prose")
    for name, r in f.items():
        if val(r[1]) == 0:
            c.check("implausible_rate", r[4] in ("—", "0"), f"{name} rate on zero base")
        else:
            c.rate(r[4], val(r[2]), val(r[1]), f"{name} 执行率")
    ind = []
    for ln in t.split("\n"):
        p = ln.split("｜")
        if len(p) == 8 and p[0] in ("产出指标", "效益指标", "满意度指标"):
            ind.append(dict(name=p[2], target=p[3], actual=p[4], compl=None, weight=p[5], score=p[6]))
    tot_w, tot_s = c.one(r"\n总分｜｜｜｜｜(" + N + r")｜(" + N + r")｜")
    grade_t = c.one(r"自评等级：(\S+)")[0]
    rows = [dict(name="预算执行率", target="100%", actual=T[4], compl=None, weight=T[3], score=T[5])] + ind
    c.indicator_rows(rows, 100, tot_s, grade=grade_t, weight_total_stated=tot_w)
    c.conflict(score_p, tot_s, "total prose vs table")
    by = {r["name"]: r for r in ind}
    c.conflict(hh, by["宅基地自愿有偿退出户数"]["actual"], "退出户")
    c.conflict(target_hh, by["宅基地自愿有偿退出户数"]["target"], "退出户目标")
    c.conflict(land, by["复垦新增耕地面积"]["actual"], "复垦面积")
    c.conflict(revit, by["盘活利用闲置宅基地（农房）"]["actual"], "盘活宗数")
    c.conflict(ok_rate, by["复垦验收合格率"]["actual"], "合格率")
    c.conflict(days, by["补偿款兑付时限"]["actual"], "兑付时限")
    c.conflict(inc, by["带动村集体经济增收"]["actual"], "村集体增收")
    c.conflict(quota, by["形成节余建设用地指标"]["actual"], "节余指标")
    c.conflict(sat, by["退出农户满意度"]["actual"], "满意度")
    per = val(u3) * 10000 / val(revit)
    c.check("average_mismatch", close(by["宗均盘活奖补"]["actual"], per), f"宗均盘活奖补 vs {per}")


# ----------------------------------------------------------------- P4 Yicheng (Hubei) 2023
def check_yicheng(c):
    Y = 2023
    t = c.text
    c.year_eq(c.one(r"\n(\d{4})年度农村宅基地管理信息平台建设")[0], Y, "title")
    c.year_eq(c.one(r"\n(\d{4})年度项目支出绩效自评表")[0], Y, "annex title")
    init = c.one(r"项目年初预算(" + N + r")万元")[0]
    prov, py, pm = c.one(r"省级资金(" + N + r")万元，由省财政厅于(\d{4})年(\d{1,2})月提前下达")
    city, cy_, cm = c.one(r"市级资金(" + N + r")万元，由市财政局于(\d{4})年(\d{1,2})月拨付")
    c.total(init, [val(prov), val(city)], "年初 = 省 + 市")
    c.issued(py, pm, Y, "省级")
    c.issued(cy_, cm, Y, "市级")
    arr = c.one(r"全年预算未作调整，资金到位率(" + N + r")%")[0]
    c.check("implausible_rate", parse(arr)[0] <= 100, "到位率")
    yr, spent, rate = c.one(r"截至(\d{4})年12月31日，项目累计支出(" + N + r")万元，预算执行率(" + N + r")%")
    c.year_eq(yr, Y, "截至")
    parts = c.one(r"基础信息调查外业服务费(" + N + r")万元、信息平台开发及对接(" + N + r")万元、乡镇工作站设备购置(" + N +
                  r")万元、业务培训及其他(" + N + r")万元")
    c.total(spent, [val(x) for x in parts], "支出构成")
    bal, cyear = c.one(r"结余(" + N + r")万元为平台运维服务费，合同约定\d{4}年支付，已申请结转(\d{4})年")
    c.year_after(cyear, Y, "结转")
    bal2 = c.one(r"结转的(" + N + r")万元")[0]
    c.conflict(bal, bal2, "结余 twice")
    ex_rate, ex_score = c.one(r"（一）预算执行。执行率(" + N + r")%，得(" + N + r")分")
    blocks_p = {k: c.one(r"目标" + k + r"得分(" + N + r")分")[0] for k in "123"}
    score_p, grade_p = c.one(r"项目自评得分(" + N + r")分，评价等级为(\S)")
    survey = c.one(r"基础信息调查(" + N + r")宗，数据质检合格率(" + N + r")%")
    online = c.one(r"线上办理宅基地审批(" + N + r")件，少于年初预计的(" + N + r")件")
    dur = c.one(r"审批平均办理时限(" + N + r")个工作日，较上年的(" + N + r")个工作日有所缩短，但未达到(" + N + r")个工作日的目标")
    cost = c.one(r"宗均调查成本(" + N + r")元，")[0]
    drop = c.one(r"同比下降(" + N + r")%。")[0]
    sat = c.one(r"农户满意度(" + N + r")%，问卷中")[0]
    sub_sat = c.one(r"便捷程度的满意度为(" + N + r")%")[0]
    c.satisfaction(sat, "满意度")
    c.satisfaction(sub_sat, "线上办满意度")
    # table
    f = {}
    for ln in t.split("\n"):
        p = ln.split(" ")
        if p[0] in ("年度资金总额", "其中：财政拨款", "上年结转") and len(p) == 7:
            f[p[0]] = p[1:]
    T, C, K = f["年度资金总额"], f["其中：财政拨款"], f["上年结转"]
    for i in range(3):
        c.total(T[i], [val(C[i]), val(K[i])], f"资金总额 col {i}")
    c.conflict(T[0], init, "年初 table vs prose")
    c.check("rate_mismatch", val(T[0]) == val(T[1]), "全年预算未作调整 => 年初 = 全年")
    c.conflict(T[2], spent, "执行 table vs prose")
    c.conflict(T[4], rate + "%", "执行率 table vs prose")
    c.conflict(T[5], ex_score, "执行得分 table vs prose")
    c.conflict(ex_rate, rate, "执行率 twice in prose")
    c.total(bal, [val(T[1]), -val(T[2])], "结余 = 预算 - 执行", code="balance_mismatch")
    for name, r in f.items():
        if val(r[1]) == 0:
            c.check("implausible_rate", r[4] in ("—", "0"), f"{name} rate on zero base")
        else:
            c.rate(r[4], val(r[2]), val(r[1]), f"{name} 执行率")
    blocks, cur = {}, None
    rows = [dict(name="预算执行率", target="100%", actual=T[4], compl=T[4], weight=T[3], score=T[5], block="0")]
    for ln in t.split("\n"):
        m = re.match(r"目标(\d)：.*（(" + N + r")分）$", ln)
        if m:
            cur = m.group(1)
            blocks[cur] = m.group(2)
            continue
        m = re.match(r"(产出指标|效益指标|满意度指标) (\S+) (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$", ln)
        if m:
            rows.append(dict(name=m.group(3), target=m.group(4), actual=m.group(5), compl=m.group(6),
                             weight=m.group(7), score=m.group(8), block=cur))
    tot_w, tot_s = c.one(r"\n合计 (" + N + r") (" + N + r")\n")
    c.indicator_rows(rows, 100, tot_s, grade=grade_p, weight_total_stated=tot_w)
    c.total(tot_w, [val(T[3])] + [val(w) for w in blocks.values()], "block weights + 20", code="weight_sum_mismatch")
    for k, w in blocks.items():
        br = [r for r in rows if r["block"] == k]
        c.total(w, [val(r["weight"]) for r in br], f"目标{k} weights", code="weight_sum_mismatch")
        c.total(blocks_p[k], [val(r["score"]) for r in br], f"目标{k} score", code="score_sum_mismatch")
    c.total(score_p, [val(ex_score)] + [val(x) for x in blocks_p.values()], "total = 执行 + 目标", code="score_sum_mismatch")
    c.conflict(score_p, tot_s, "total prose vs table")
    by = {r["name"]: r for r in rows}
    c.conflict(survey[0], by["农户宅基地基础信息调查"]["actual"], "调查宗数")
    c.conflict(survey[1], by["调查数据质检合格率"]["actual"], "质检合格率")
    c.conflict(online[0], by["线上办理宅基地审批"]["actual"], "线上审批")
    c.conflict(online[1], by["线上办理宅基地审批"]["target"], "线上审批目标")
    c.conflict(dur[0], by["审批平均办理时限"]["actual"], "办理时限")
    c.conflict(dur[2], by["审批平均办理时限"]["target"], "办理时限目标")
    c.conflict(cost, by["宗均调查成本"]["actual"], "宗均成本")
    c.conflict(drop, by["新增违法占地建房宗数同比下降"]["actual"], "同比下降")
    c.conflict(sat, by["农户满意度"]["actual"], "满意度")
    per = val(parts[0]) * 10000 / val(survey[0])
    c.check("average_mismatch", close(cost, per), f"宗均调查成本 vs {per}")


# ----------------------------------------------------------------- P5 Dazu (Chongqing) 2019
def check_dazu(c):
    Y = 2019
    t = c.text
    c.year_eq(c.one(r"经营管理站(\d{4})年度部门整体支出")[0], Y, "title")
    adj_intro = c.one(r"(\d{4})年度部门调整后预算(" + N + r")万元")
    c.year_eq(adj_intro[0], Y, "概况 year")
    g = c.one(r"全年预算(" + N + r")万元，较年初预算(" + N + r")万元增加(" + N + r")万元，其中基本支出因调整工资标准增加(" + N +
              r")万元，项目支出增加(" + N + r")万元（市级追加闲置农房盘活利用试点奖补资金(" + N + r")万元，同时调减宅基地审批监管项目区级预算(" + N + r")万元）")
    tot, init, inc, inc_b, inc_p, add, cut = g
    c.total(inc, [val(tot), -val(init)], "增加额")
    c.total(inc, [val(inc_b), val(inc_p)], "增加额 = 基本 + 项目")
    c.total(inc_p, [val(add), -val(cut)], "项目增加 = 追加 - 调减")
    c.conflict(adj_intro[1], tot, "调整后预算 概况 vs 二")
    spent, rate, _ = c.one(r"全年支出(" + N + r")万元，预算执行率(" + N + r")%（2018年为(" + N + r")%）")
    c.rate(rate, val(spent), val(tot), "部门执行率")
    bal_b = c.one(r"基本支出年末结余(" + N + r")万元")[0]
    bal_p = c.all(r"项目支出结余(" + N + r")万元")
    cy = c.one(r"经批准结转(\d{4})年使用")[0]
    c.year_after(cy, Y, "结转")
    c.issued(*c.one(r"(\d{4})年(\d{1,2})月下达"), Y, "市级下达")
    # 表1
    A = {}
    for r in tab_rows(t[t.index("表1 "):t.index("三、项目支出及自评情况")]):
        if len(r) == 6 and r[1].isdigit():
            A[r[0]] = r[2:]
    B1, P1, P2, PJ, TT = (A["一、基本支出"], A["其中：人员经费"], A["公用经费"], A["二、项目支出"], A["合计"])
    for i in range(3):
        c.total(B1[i], [val(P1[i]), val(P2[i])], f"基本支出 col {i}")
        c.total(TT[i], [val(B1[i]), val(PJ[i])], f"合计 col {i}")
    for name, r in A.items():
        c.rate(r[3], val(r[2]), val(r[1]), f"表1 {name}")
    c.conflict(init, TT[0], "年初 prose vs 表1")
    c.conflict(tot, TT[1], "全年 prose vs 表1")
    c.conflict(spent, TT[2], "支出 prose vs 表1")
    c.conflict(rate + "%", TT[3], "执行率 prose vs 表1")
    c.total(inc_b, [val(B1[1]), -val(B1[0])], "基本支出增加")
    c.total(inc_p, [val(PJ[1]), -val(PJ[0])], "项目支出增加")
    c.total(bal_b, [val(B1[1]), -val(B1[2])], "基本支出结余", code="balance_mismatch")
    c.total(bal_b, [val(P2[1]), -val(P2[2])], "公用经费结余", code="balance_mismatch")
    for (bp,) in bal_p:
        c.total(bp, [val(PJ[1]), -val(PJ[2])], "项目支出结余", code="balance_mismatch")
    # 表2
    full = c.one(r"自评得分（满分(" + N + r")分）")[0]
    items, subs, grand = [], [], None
    for r in tab_rows(t[t.index("表2 "):t.index("宅基地制度改革试点方面")]):
        if len(r) != 6 or r[0] == "资金来源":
            continue
        if r[0].endswith("小计"):
            c.total(r[2], [val(x[2]) for x in items], f"{r[0]} 预算")
            c.total(r[3], [val(x[3]) for x in items], f"{r[0]} 执行")
            subs.append(r)
            items = []
        elif r[0] == "合计":
            grand = r
        else:
            items.append(r)
            c.rate(r[4], val(r[3]), val(r[2]), f"表2 {r[1]}")
            c.check("score_exceeds_weight", D(0) <= val(r[5]) <= val(full), f"{r[1]} score {r[5]} > {full}")
    c.total(grand[2], [val(s[2]) for s in subs], "合计 预算")
    c.total(grand[3], [val(s[3]) for s in subs], "合计 执行")
    c.rate(grand[4], val(grand[3]), val(grand[2]), "表2 合计")
    c.conflict(grand[2], PJ[1], "项目预算 表2 vs 表1")
    c.conflict(grand[3], PJ[2], "项目执行 表2 vs 表1")
    cases, solved, mrate = c.one(r"受理土地承包纠纷(" + N + r")件，调处成功(" + N + r")件，调处率(" + N + r")%")
    c.rate(mrate, val(solved), val(cases), "调处率")
    # 表3
    rows = []
    for r in tab_rows(t[t.index("表3 "):t.index("经评价，")]):
        if len(r) == 4 and r[0] not in ("一级指标", "合计"):
            rows.append(dict(name=r[1], target="", actual="", compl=None, weight=r[2], score=r[3]))
    tot_w, tot_s = c.one(r"\n合计\t\t(" + N + r")\t(" + N + r")\n")
    score_p, grade_p = c.one(r"部门整体支出绩效自评得分(" + N + r")分，评价等级为“(\S+?)”")
    c.indicator_rows(rows, 100, tot_s, grade=grade_p, weight_total_stated=tot_w)
    c.conflict(score_p, tot_s, "total prose vs 表3")


CHECKERS = {
    "jx-yujiang-zjdpanhuo-2020": check_yujiang,
    "zj-shangyu-zjdshenpi-2022": check_shangyu,
    "ah-jinzhai-zjdtuichu-2021": check_jinzhai,
    "hb-yicheng-zjdxinxi-2023": check_yicheng,
    "cq-dazu-nongjingzhan-2019": check_dazu,
}


def run_checks(pid, text, name):
    c = Ctx(text, name)
    CHECKERS[pid](c)
    return c


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    clean = [r for r in labels if r["clean"]]
    errs = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        problems.append("expected 5 clean + 30 error cases")
    code_count = Counter()
    where = Counter()
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build  # noqa: E402  (edit list: where each slip sits)
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{r['case']}: length {len(text)} outside 2800-3400")
            del EDGES[:]
            c = run_checks(r["source"], text, r["case"])
            if c.failed:
                problems.append(f"{r['case']}: clean draft fails: {c.msgs}")
            if EDGES:
                problems.append(f"{r['case']}: values on a rounding edge: {EDGES}")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: needs exactly one label")
            continue
        lab = r["expected"][0]
        code = lab["code"]
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{r['case']}: bad code/severity {code}")
        code_count[code] += 1
        where[build.WHERE[r["case"]]] += 1
        n = text.count(lab["value"])
        if n != 1:
            problems.append(f"{r['case']}: value occurs {n} times")
        base = open(os.path.join(CASES, r["source"] + "-clean.txt"), encoding="utf-8").read()
        p, ea, eb = changed_region(base, text)
        if eb - p > 20 or ea - p > 20:
            problems.append(f"{r['case']}: changed region too long ({base[p:ea]!r} -> {text[p:eb]!r})")
        vpos = text.find(lab["value"])
        lo, hi = p, max(eb, p + 1)
        if not (vpos < hi and lo < vpos + len(lab["value"])):
            problems.append(f"{r['case']}: change at {p}-{eb} does not overlap the value")
        # a changed decimal figure occurs once in the clean draft (except conflicting_values)
        m_old = re.search(r"\d+\.\d+", base[max(0, p - 8):ea + 8])
        old_tok = None
        for m in re.finditer(r"\d+(?:\.\d+)?", base[max(0, p - 8):ea + 8]):
            s0 = max(0, p - 8) + m.start()
            if s0 <= max(p, ea - 1) and s0 + len(m.group(0)) >= p:
                old_tok = m.group(0)
        if old_tok and "." in old_tok:
            cnt = len(re.findall(r"(?<![\d.])" + re.escape(old_tok) + r"(?![\d])", base))
            if code == "conflicting_values":
                if cnt < 2:
                    problems.append(f"{r['case']}: conflicting figure {old_tok} appears only once")
            elif cnt != 1:
                problems.append(f"{r['case']}: changed figure {old_tok} appears {cnt} times in the clean draft")
        c = run_checks(r["source"], text, r["case"])
        got = set(c.failed)
        if code not in got:
            problems.append(f"{r['case']}: labelled {code} does not fail (failed: {sorted(got)})")
        others = got - {code}
        if others:
            problems.append(f"{r['case']}: other codes fail too: {c.msgs}")
    for code in CODES:
        if code_count[code] < 2:
            problems.append(f"code {code} used {code_count[code]} times (< 2)")
    print("codes:", dict(sorted(code_count.items())))
    print("where:", dict(where))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
