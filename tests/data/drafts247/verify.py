#!/usr/bin/env python3
"""Verify drafts247.

1. labels.jsonl: 5 clean + 30 error cases, codes from errors.md §A, each of the 13 codes at least twice,
   every label value occurs in its case.
2. Every error case differs from its clean draft in one place (one short contiguous region), and the
   label value overlaps that region.
3. Redo the arithmetic of every clean draft (rates, sums, balances, weights, scores, completion rates,
   grade bands, averages, figures stated twice, units, years): no failure allowed.
   The same checks are run on each error case, which must fail at least one of them (the injected error
   is visible to the arithmetic).
Prints OK at the end.
"""
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
YEARS = {"yongkang-zhanhuibutie-2019": 2019, "jiaozhou-kuajingdianshang-2022": 2022,
         "fuqing-xinbaobutie-2021": 2021, "chenghai-shangwuju-bumen-2024": 2024,
         "jianan-waimaopeiyu-2023": 2023}


# ---------------------------------------------------------------- helpers
def places(s):
    s = s.replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written (may end with %); computed: Decimal in the same scale."""
    v = D(stated.replace("%", ""))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -places(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "差": "差", "较差": "差"}


class Check:
    def __init__(self, name, text):
        self.name, self.text, self.fail = name, text, []

    def bad(self, msg):
        self.fail.append(msg)

    def get(self, pattern, group=1):
        """First match of pattern (its group as a string); records a failure when absent."""
        m = re.search(pattern, self.text)
        if not m:
            self.bad(f"pattern not found: {pattern}")
            return None
        return m.group(group)

    def all(self, pattern):
        return re.findall(pattern, self.text)

    def eq(self, label, stated, computed):
        if stated is None:
            return
        if not close(stated, computed):
            self.bad(f"{label}: stated {stated}, computed {D(computed):.4f}")

    def same(self, label, values):
        vals = [v for v in values if v is not None]
        if len(set(D(v.replace('%', '')) for v in vals)) > 1:
            self.bad(f"{label}: differing values {vals}")

    def count_is(self, label, pattern, n):
        k = len(re.findall(pattern, self.text))
        if k != n:
            self.bad(f"{label}: {k} occurrences of {pattern}, expected {n}")

    # ---- tables
    def rows(self):
        return [ln.split("｜") for ln in self.text.splitlines() if "｜" in ln]

    def row(self, first, ncells=None):
        hits = [r for r in self.rows() if r[0].replace("其中：", "") == first and (ncells is None or len(r) == ncells)]
        if len(hits) != 1:
            self.bad(f"table row {first!r}: found {len(hits)}")
            return None
        return hits[0]


NUM = re.compile(r"^([≥≤=])?(\d+(?:\.\d+)?)(.*)$")


def indicator_table(c, exec_weight, exec_score, total_label):
    """Generic check of an indicator table in the MOF layout; returns (sum weights, sum scores)."""
    rows = c.rows()
    head = [r for r in rows if r[0] == "一级指标"]
    if len(head) != 1:
        c.bad("indicator header row not found")
        return
    head = head[0]
    col = {}
    for i, h in enumerate(head):
        if h in ("年度指标值", "指标值"):
            col["target"] = i
        elif h in ("实际完成值", "完成值"):
            col["actual"] = i
        elif h in ("分值", "权重"):
            col["weight"] = i
        elif h == "得分":
            col["score"] = i
        elif h == "完成率":
            col["completion"] = i
    sw, ss = D(exec_weight), D(exec_score)
    for r in rows:
        if r[0] not in ("产出指标", "效益指标", "满意度指标"):
            continue
        if len(r) != len(head):
            c.bad(f"row has {len(r)} cells, header {len(head)}: {r}")
            continue
        w, s = D(r[col["weight"]]), D(r[col["score"]])
        sw += w
        ss += s
        if s < 0 or s > w:
            c.bad(f"score {s} outside [0, {w}] in {r[2]}")
        t, a = r[col["target"]], r[col["actual"]]
        mt, ma = NUM.match(t), NUM.match(a)
        if "年" in t and "月" in t:  # a date target: completion not computable
            if "completion" in col and r[col["completion"]] != "—":
                c.bad(f"completion given for a date target in {r[2]}")
            if not ("年" in a and "月" in a):
                c.bad(f"unit: date target, actual {a} in {r[2]}")
            continue
        if not (mt and ma) or ma.group(1):
            c.bad(f"cannot read target/actual {t!r} / {a!r} in {r[2]}")
            continue
        sign, T, unit_t = mt.group(1) or "=", D(mt.group(2)), mt.group(3)
        A, unit_a = D(ma.group(2)), ma.group(3)
        if unit_t != unit_a:
            c.bad(f"unit: target {t} vs actual {a} in {r[2]}")
            continue
        if unit_t == "%" and ("满意度" in r[2] or "率" in r[2] and "增长" not in r[2]) and A > 100:
            c.bad(f"implausible rate {a} in {r[2]}")
        if sign in ("≥", "="):
            comp = A / T * 100
            sc = min(w, w * A / T)
        else:  # ≤
            comp = D(100) if A <= T else T / A * 100
            sc = w if A <= T else w * T / A
        if "completion" in col:
            c.eq(f"completion of {r[2]}", r[col["completion"]], comp)
        c.eq(f"score of {r[2]}", r[col["score"]], sc)
    if sw != 100:
        c.bad(f"weights add to {sw}, not 100")
    tot = c.row(total_label)
    if tot:
        if D(tot[-3] if tot[-1] == "" else tot[-2]) != 100:
            c.bad("total row weight is not 100")
        c.eq("total score (table)", tot[-2] if tot[-1] == "" else tot[-1], ss)
    return sw, ss


def zero_base_rows(c, names, rate_col):
    for n in names:
        r = c.row(n)
        if r and D(r[2]) == 0 and r[rate_col] not in ("—", "0"):
            c.bad(f"rate {r[rate_col]} on a zero base in row {n}")


def rate_cells(c):
    for r in c.rows():
        for cell in r:
            m = re.fullmatch(r"(\d+(?:\.\d+)?)%", cell)
            if m and D(m.group(1)) > 100 and r[0] not in ("产出指标", "效益指标", "满意度指标"):
                c.bad(f"rate {cell} over 100% in row {r[0]}")


def year_checks(c, year):
    for y in c.all(r"截至(\d{4})年12月31日"):
        if int(y) != year:
            c.bad(f"year: 截至{y}年12月31日 in a {year} report")
    for y in c.all(r"结转至(\d{4})年"):
        if int(y) <= year:
            c.bad(f"year: 结转至{y}年 in a {year} report")
    for y in c.all(r"(\d{4})年度"):
        if int(y) not in (year, year - 1):
            c.bad(f"year: {y}年度 in a {year} report")


def satisfaction_prose(c):
    for v in c.all(r"满意度(?:为|达到)?(\d+(?:\.\d+)?)%"):
        if D(v) > 100:
            c.bad(f"satisfaction {v}% over 100%")


# ---------------------------------------------------------------- per draft
def yongkang(c):
    f = c.row("年度资金总额")
    parts = [c.row("当年财政拨款"), c.row("上年结转资金"), c.row("其他资金")]
    if f and all(parts):
        for i, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
            c.eq(f"{lab} column sum", f[i], sum(D(p[i]) for p in parts))
        c.eq("execution rate (table)", f[5], D(f[3]) / D(f[2]) * 100)
        c.eq("execution score (table)", f[6], 10 * min(D(f[3]) / D(f[2]), D(1)))
    zero_base_rows(c, ["其他资金"], 5)
    rate_cells(c)
    c.eq("年初 = 当年 + 结转", c.get(r"年初预算(\d+\.\d+)万元"),
         D(c.get(r"其中当年财政拨款(\d+\.\d+)万元") or 0) + D(c.get(r"上年结转资金(\d+\.\d+)万元（") or 0))
    c.eq("全年 = 年初 + 追加", c.get(r"全年预算调整为(\d+\.\d+)万元"),
         D(c.get(r"年初预算(\d+\.\d+)万元") or 0) + D(c.get(r"我市追加(\d+\.\d+)万元") or 0))
    spent = c.get(r"项目实际支出(\d+\.\d+)万元")
    c.same("spent text/table", [spent, f and f[3]])
    budget = D(c.get(r"全年预算调整为(\d+\.\d+)万元") or 0)
    c.eq("execution rate (text)", c.get(r"预算执行率(\d+\.\d+%)"), D(spent or 0) / budget * 100)
    c.eq("balance", c.get(r"全年结余(\d+\.\d+)万元"), budget - D(spent or 0))
    m = re.search(r"展位费补贴(\d+\.\d+)万元、人员费用补贴(\d+\.\d+)万元、组展单位组织费补贴(\d+\.\d+)万元", c.text)
    if m:
        c.eq("uses add to spending", spent, sum(D(x) for x in m.groups()))
    else:
        c.bad("uses sentence not found")
    c.eq("一带一路 share", c.get(r"占实际支出的(\d+\.\d+%)"),
         D(c.get(r"沿线国家展会的补贴(\d+\.\d+)万元") or 0) / D(spent or 1) * 100)
    c.eq("展会 completion", c.get(r"境外展会68个，完成率(\d+\.\d+%)"), D(68) / 60 * 100)
    c.eq("展位 completion", c.get(r"标准展位436个，完成率(\d+\.\d+%)"), D(436) / 400 * 100)
    c.eq("企业 completion", c.get(r"受益企业142家，完成率(\d+\.\d+%)"), D(142) / 150 * 100)
    c.eq("一带一路 count share", c.get(r"展会28个，占补贴展会总数的(\d+\.\d+%)"), D(28) / 68 * 100)
    c.eq("per booth 元", c.get(r"平均每个展位补贴(\d+\.\d+)元"),
         D(c.get(r"展位费补贴(\d+\.\d+)万元对应") or 0) * 10000 / 436)
    c.eq("export growth", c.get(r"增长(\d+\.\d+)%（2018年"), (D("612.4") / D("587.7") - 1) * 100)
    c.eq("export completion", c.get(r"5%的年度目标，完成率(\d+\.\d+%)"), D("4.2") / 5 * 100)
    c.eq("satisfaction", c.get(r"满意度(\d+\.\d+)%。"), D(130) / 136 * 100)
    c.same("成交额 text/table", [c.get(r"意向成交额(\d+\.\d+)亿美元，新开拓"),
                              c.get(r"｜≥3\.5亿美元｜(\d+\.\d+)亿美元｜")])
    res = indicator_table(c, f[4] if f else 10, f[6] if f else 0, "总分")
    if res:
        c.eq("deduction in text", c.get(r"合计扣(\d+\.\d+)分"), 90 - (res[1] - D(f[6])))
        g = c.get(r"评价等级为“(.+?)”")
        if g and GRADE_WORDS.get(g) != grade(c.row("总分")[-2]):
            c.bad(f"grade {g} for total {c.row('总分')[-2]}")
    year_checks(c, 2019)


def jiaozhou(c):
    f = c.row("年度资金总额")
    parts = [c.row("省级资金"), c.row("青岛市级资金"), c.row("胶州市本级资金")]
    if f and all(parts):
        for i, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
            c.eq(f"{lab} column sum", f[i], sum(D(p[i]) for p in parts))
        for r in [f] + parts:
            c.eq(f"rate {r[0]}", r[4], D(r[3]) / D(r[2]) * 100)
        c.eq("execution score", f[6], 10 * min(D(f[3]) / D(f[2]), D(1)))
    rate_cells(c)
    c.same("年初 text/table", [c.get(r"年初预算(\d+\.\d+)万元，由"), f and f[1]])
    c.eq("全年 = 年初 + 追加", c.get(r"全年预算调整为(\d+\.\d+)万元"),
         D(c.get(r"年初预算(\d+\.\d+)万元，由") or 0) + D(c.get(r"追加省级资金(\d+\.\d+)万元") or 0))
    c.same("全年 text/table", [c.get(r"全年预算(\d+\.\d+)万元，全年"), c.get(r"全年预算调整为(\d+\.\d+)万元"), f and f[2]])
    spent = c.all(r"全年实际支出(\d+\.\d+)万元")
    c.same("spent stated twice + table", spent + [f and f[3]])
    if len(spent) != 2:
        c.bad("spending should be stated twice in the text")
    c.eq("rate text", c.get(r"预算执行率(\d+\.\d+%)，未支出"), D(f[3]) / D(f[2]) * 100 if f else 0)
    c.same("rate text/偏离", [c.get(r"预算执行率(\d+\.\d+%)，未支出"), c.get(r"2\.预算执行率(\d+\.\d+%)")])
    c.eq("unspent", c.get(r"未支出的(\d+\.\d+)万元"), D(f[2]) - D(f[3]) if f else 0)
    m = re.search(r"公共海外仓补助(\d+\.\d+)万元，跨境电商主体培育奖励(\d+\.\d+)万元，产业园运营和公共服务平台建设(\d+\.\d+)万元，人才培训(\d+\.\d+)万元", c.text)
    if m and f:
        c.eq("uses add to spending", f[3], sum(D(x) for x in m.groups()))
    m2 = re.search(r"分别给予补助(\d+)万元、(\d+)万元和(\d+)万元，平均每个仓补助(\d+(?:\.\d+)?)万元", c.text)
    if m2:
        xs = [D(x) for x in m2.groups()[:3]]
        c.eq("warehouse average", m2.group(4), sum(xs) / 3)
        if m:
            c.eq("warehouse sum", m.group(1), sum(xs))
    else:
        c.bad("warehouse sentence not found")
    c.same("本级 rate text/table", [c.get(r"本级资金执行率(\d+\.\d+%)"), c.row("胶州市本级资金") and c.row("胶州市本级资金")[4]])
    c.eq("growth over 2021", c.get(r"增长(\d+\.\d+)%。新认定"),
         (D(c.get(r"片区实现跨境电商进出口额(\d+\.\d+)亿元") or 0) / D("27.9") - 1) * 100)
    c.same("进出口额 text/table", [c.get(r"片区实现跨境电商进出口额(\d+\.\d+)亿元"),
                              c.get(r"跨境电商进出口额｜≥30亿元｜(\d+\.\d+)亿元")])
    c.eq("入驻率", c.get(r"入驻率(\d+\.\d+)%。"), D(177) / 200 * 100)
    c.eq("多16家", c.get(r"比年初目标多(\d+)家"), D(96) - 80)
    c.eq("少120人次", c.get(r"比目标少(\d+)人次"), D(1500) - 1380)
    res = indicator_table(c, f[5] if f else 10, f[6] if f else 0, "合计")
    if res and f:
        c.eq("indicator score in text", c.get(r"绩效指标得(\d+\.\d+)分"), res[1] - D(f[6]))
        c.same("exec score text/table", [c.get(r"预算执行率得(\d+\.\d+)分"), f[6]])
        total = c.get(r"自评总分(\d+\.\d+)分")
        c.eq("text total", total, res[1])
        g = c.get(r"评定为“(.+?)”")
        if g and total and GRADE_WORDS.get(g) != grade(total):
            c.bad(f"grade {g} for total {total}")
    year_checks(c, 2022)


def fuqing(c):
    init, add, full = c.get(r"年初预算安排(\d+\.\d+)万元"), c.get(r"省级资金(\d+\.\d+)万元，全年"), c.get(r"全年预算调整为(\d+\.\d+)万元")
    c.eq("全年 = 年初 + 省级", full, D(init or 0) + D(add or 0))
    c.same("全年 restated", [full, c.get(r"全年预算(\d+\.\d+)万元，实际支出")])
    spent = c.get(r"全年支付保费补贴(\d+\.\d+)万元")
    c.same("spent restated", [spent, c.get(r"实际支出(\d+\.\d+)万元，按执行率")])
    B, S = D(full or 1), D(spent or 0)
    c.eq("execution rate", c.get(r"预算执行率(\d+\.\d+%)"), S / B * 100)
    c.eq("balance", c.get(r"结余(\d+\.\d+)万元"), B - S)
    c.eq("uses", spent, D(c.get(r"统保平台保费(\d+\.\d+)万元") or 0) + D(c.get(r"一般企业保费补贴(\d+\.\d+)万元。") or 0))
    c.same("统保 restated", [c.get(r"统保平台保费(\d+\.\d+)万元"), c.get(r"实际结算(\d+\.\d+)万元")])
    c.eq("统保 rate", c.get(r"执行率(\d+\.\d+%)；"), D(c.get(r"实际结算(\d+\.\d+)万元") or 0) / D(c.get(r"统保平台年初安排(\d+\.\d+)万元") or 1) * 100)
    c.eq("户均 元", c.get(r"户均补贴(\d+)元"), D(c.get(r"一般企业保费补贴(\d+\.\d+)万元。") or 0) * 10000 / 178)
    c.eq("受补贴企业 = 统保 + 一般", c.get(r"实际(\d+)家（统保平台"), D(c.get(r"统保平台(\d+)家、一般企业") or 0) + D(c.get(r"一般企业(\d+)家；上年") or 0))
    c.same("178 firms", [c.get(r"一般企业(\d+)家；上年"), c.get(r"共兑付(\d+)家企业")])
    c.same("612 firms", [c.get(r"统保平台(\d+)家、一般企业"), c.get(r"实际(\d+)家，完成率111")])
    c.eq("受补贴企业 completion", c.get(r"实际790家（.*?），完成率(\d+\.\d+%)"), D(790) / 700 * 100)
    c.eq("统保 completion", c.get(r"实际612家，完成率(\d+\.\d+%)"), D(612) / 550 * 100)
    c.eq("承保 completion", c.get(r"实际18\.6亿美元，完成率(\d+\.\d+%)"), D("18.6") / 20 * 100)
    c.eq("承保 score", c.get(r"完成率93\.00%，分值10分，得(\d+\.\d+)分"), 10 * D("18.6") / 20)
    c.eq("渗透率", c.get(r"渗透率(\d+\.\d+)%，分值"), D("18.6") / D("86.9") * 100)
    c.eq("增长 completion", c.get(r"实际6\.4%，完成率(\d+\.\d+%)"), D("6.4") / 8 * 100)
    c.eq("增长 score", c.get(r"完成率80\.00%，分值15分，得(\d+(?:\.\d+)?)分"), 15 * D("6.4") / 8)
    satisfaction_prose(c)
    # prose indicator weights and scores, section 四
    sec = c.text[c.text.find("四、绩效目标实现情况"):c.text.find("五、自评结论")]
    pairs = re.findall(r"分值(\d+)分，得(\d+(?:\.\d+)?)分", sec)
    ws = [D(w) for w, _ in pairs]
    ss = [D(s) for _, s in pairs]
    if len(pairs) != 8:
        c.bad(f"expected 8 indicator weight/score pairs, found {len(pairs)}")
    for w, s in zip(ws, ss):
        if s > w:
            c.bad(f"score {s} above weight {w}")
    c.eq("产出 weights", c.get(r"产出指标（分值(\d+)分）"), sum(ws[:5]))
    c.eq("效益 weights", c.get(r"效益指标（分值(\d+)分）"), sum(ws[5:7]))
    c.eq("满意度 weight", c.get(r"满意度指标（分值(\d+)分）"), sum(ws[7:8]))
    wsum = sum(D(c.get(p) or 0) for p in (r"产出指标（分值(\d+)分）", r"效益指标（分值(\d+)分）",
                                          r"满意度指标（分值(\d+)分）", r"预算执行（分值(\d+)分）"))
    if wsum != 100:
        c.bad(f"weights add to {wsum}")
    ex = c.get(r"按执行率计算得(\d+\.\d+)分")
    c.eq("execution score", ex, 10 * min(S / B, D(1)))
    c.same("exec score conclusion", [ex, c.get(r"预算执行率得(\d+\.\d+)分")])
    c.eq("产出 score", c.get(r"产出指标得(\d+\.\d+)分"), sum(ss[:5]))
    c.eq("效益 score", c.get(r"效益指标得(\d+\.\d+)分"), sum(ss[5:7]))
    c.eq("满意度 score", c.get(r"满意度指标得(\d+\.\d+)分"), sum(ss[7:8]))
    total = c.get(r"自评总分(\d+\.\d+)分")
    c.eq("total", total, D(ex or 0) + sum(ss))
    g = c.get(r"评价等级为(.)。")
    if g and total and GRADE_WORDS.get(g) != grade(total):
        c.bad(f"grade {g} for {total}")
    year_checks(c, 2021)


def chenghai(c):
    tot, basic, staff, office, proj = (c.row(n, 5) for n in ("合计", "基本支出", "人员经费", "公用经费", "项目支出"))
    if all((tot, basic, staff, office, proj)):
        for i, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
            c.eq(f"{lab}: 基本 = 人员 + 公用", basic[i], D(staff[i]) + D(office[i]))
            c.eq(f"{lab}: 合计 = 基本 + 项目", tot[i], D(basic[i]) + D(proj[i]))
        for r in (tot, basic, staff, office, proj):
            c.eq(f"rate {r[0]}", r[4], D(r[3]) / D(r[2]) * 100)
    f = c.row("年度资金总额")
    if f and tot:
        c.same("自评表 年初/全年/执行 = 支出表", [f[1], tot[1]])
        c.same("全年", [f[2], tot[2]])
        c.same("执行", [f[3], tot[3]])
        c.eq("rate 自评表", f[5], D(f[3]) / D(f[2]) * 100)
        c.eq("exec score", f[6], 10 * min(D(f[3]) / D(f[2]), D(1)))
        c.same("其中 row", [f[3], c.row("一般公共预算财政拨款")[3]])
    zero_base_rows(c, ["政府性基金及其他资金"], 5)
    rate_cells(c)
    init, add, full = c.get(r"年初预算(\d+\.\d+)万元，全部"), c.get(r"年中追加(\d+\.\d+)万元"), c.get(r"全年预算(\d+\.\d+)万元，无")
    c.eq("全年 = 年初 + 追加", full, D(init or 0) + D(add or 0))
    c.same("年初 text/table", [init, tot and tot[1]])
    c.same("全年 text/table", [full, tot and tot[2]])
    c.eq("追加 = 项目 + 基本", add, D(c.get(r"项目支出追加(\d+\.\d+)万元") or 0) + D(c.get(r"基本支出追加(\d+\.\d+)万元") or 0))
    if proj and basic:
        c.eq("项目追加", c.get(r"项目支出追加(\d+\.\d+)万元"), D(proj[2]) - D(proj[1]))
        c.eq("基本追加", c.get(r"基本支出追加(\d+\.\d+)万元"), D(basic[2]) - D(basic[1]))
    spent = c.get(r"全年支出(\d+\.\d+)万元")
    c.same("spent text/table", [spent, tot and tot[3]])
    c.same("rate text/table", [c.get(r"预算执行率(\d+\.\d+%)（2023"), tot and tot[4]])
    sg = c.get(r"“三公”经费支出(\d+\.\d+)万元，比")
    c.eq("三公 parts", sg, D(c.get(r"公务接待费(\d+\.\d+)万元") or 0) + D(c.get(r"公务用车运行维护费(\d+\.\d+)万元") or 0))
    c.eq("三公 decrease", c.get(r"减少(\d+\.\d+)万元"), D("11.10") - D(sg or 0))
    c.same("三公 text/table", [sg, c.get(r"｜≤12\.00万元｜(\d+\.\d+)万元｜")])
    un = c.get(r"年末未支出(\d+\.\d+)万元")
    if tot:
        c.eq("unspent", un, D(tot[2]) - D(tot[3]))
    c.eq("unspent parts", un, D(c.get(r"其中项目支出(\d+\.\d+)万元") or 0) + D(c.get(r"基本支出结余(\d+\.\d+)万元") or 0))
    if proj and basic:
        c.eq("项目 unspent", c.get(r"其中项目支出(\d+\.\d+)万元"), D(proj[2]) - D(proj[3]))
        c.eq("基本 结余", c.get(r"基本支出结余(\d+\.\d+)万元"), D(basic[2]) - D(basic[3]))
    # project table
    names = ["外贸发展专项（外贸企业培育）", "境外展会及“粤贸全球”参展补贴", "跨境电商（玩具产业带）发展", "商务运行及口岸服务保障"]
    prs = [c.row(n) for n in names]
    ptot = [r for r in c.rows() if r[0] == "合计" and len(r) == 6]
    avg = c.row("平均得分")
    if all(prs) and ptot and avg and proj:
        ptot = ptot[0]
        for r in prs:
            c.eq(f"rate {r[0]}", r[3], D(r[2]) / D(r[1]) * 100)
            if GRADE_WORDS.get(r[5]) != grade(r[4]):
                c.bad(f"project grade {r[5]} for {r[4]}")
        c.eq("project budgets sum", ptot[1], sum(D(r[1]) for r in prs))
        c.eq("project spending sum", ptot[2], sum(D(r[2]) for r in prs))
        c.eq("project rate", ptot[3], D(ptot[2]) / D(ptot[1]) * 100)
        c.same("project table = 项目支出 row", [ptot[1], proj[2]])
        c.same("project spend = 项目支出 row", [ptot[2], proj[3]])
        c.eq("average score", avg[4], sum(D(r[4]) for r in prs) / 4)
        c.eq("展会 尾款", c.get(r"境外展会补贴尾款(\d+\.\d+)万元"), D(prs[1][1]) - D(prs[1][2]))
    c.eq("进出口 growth", c.get(r"增长(\d+\.\d+)%，未达到"), (D("312.6") / D("301.7") - 1) * 100)
    c.same("growth text/table", [c.get(r"增长(\d+\.\d+)%，未达到"), c.get(r"｜≥5%｜(\d+\.\d+)%｜")])
    c.same("跨境 text/table", [c.get(r"跨境电商进出口额(\d+\.\d+)亿元，超过"), c.get(r"｜≥60亿元｜(\d+\.\d+)亿元｜")])
    c.same("企业 text/table", [c.get(r"新增有进出口实绩企业(\d+)家；"), c.get(r"｜≥60家｜(\d+)家｜")])
    c.same("展会 text/table", [c.get(r"境外展会(\d+)场，"), c.get(r"｜≥25场｜(\d+)场｜")])
    c.same("满意度 text/table", [c.get(r"服务对象满意度(\d+\.\d+)%。"), c.get(r"｜≥90%｜(\d+\.\d+)%｜")])
    res = indicator_table(c, f[4] if f else 10, f[6] if f else 0, "总分")
    total = c.get(r"自评得分(\d+\.\d+)分")
    if res:
        c.eq("text total", total, res[1])
    g = c.get(r"自评等级为“(.+?)”")
    if g and total and GRADE_WORDS.get(g) != grade(total):
        c.bad(f"grade {g} for {total}")
    year_checks(c, 2024)


def jianan(c):
    f = c.row("年度资金总额")
    parts = [c.row("当年财政拨款"), c.row("上年结转资金"), c.row("其他资金")]
    if f and all(parts):
        for i, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
            c.eq(f"{lab} column sum", f[i], sum(D(p[i]) for p in parts))
        c.eq("rate", f[5], D(f[3]) / D(f[2]) * 100)
        c.eq("rate 当年", parts[0][5], D(parts[0][3]) / D(parts[0][2]) * 100)
        c.eq("exec score", f[6], 10 * min(D(f[3]) / D(f[2]), D(1)))
    zero_base_rows(c, ["上年结转资金", "其他资金"], 5)
    rate_cells(c)
    init, add, full = c.get(r"年初预算(\d+\.\d+)万元"), c.get(r"（外贸主体培育方向）(\d+\.\d+)万元"), c.get(r"追加后全年预算(\d+\.\d+)万元")
    c.eq("全年 = 年初 + 省级", full, D(init or 0) + D(add or 0))
    c.same("年初/全年 text/table", [init, f and f[1]])
    c.same("全年 text/table", [full, f and f[2]])
    spent = c.get(r"全年实际支出(\d+\.\d+)万元")
    c.same("spent text/table", [spent, f and f[3]])
    m = re.search(r"新增外贸实绩企业奖励(\d+\.\d+)万元（(\d+)家，每家(\d+)万元），进出口增量奖励(\d+\.\d+)万元，境外展会补贴(\d+\.\d+)万元，外贸人才培训(\d+\.\d+)万元，出口信用保险保费补助(\d+\.\d+)万元", c.text)
    if m:
        g = m.groups()
        c.eq("uses add to spending", spent, D(g[0]) + D(g[3]) + D(g[4]) + D(g[5]) + D(g[6]))
        c.eq("award = firms × 2万", g[0], D(g[1]) * D(g[2]))
        c.same("award per firm 元/万元", [str(D(g[2]) * 10000), c.get(r"｜=20000元/家｜(\d+)元/家｜")])
        c.same("award firms text/table", [g[1], c.get(r"｜≥40家｜(\d+)家｜")])
    else:
        c.bad("uses sentence not found")
    prov = c.get(r"省级资金(\d+\.\d+)万元已全部拨付")
    c.same("省级", [prov, add])
    c.eq("区级 rate", c.get(r"区级资金执行率(\d+\.\d+%)"), (D(spent or 0) - D(prov or 0)) / D(init or 1) * 100)
    c.eq("balance", c.get(r"年末结余(\d+\.\d+)万元"), D(full or 0) - D(spent or 0))
    c.same("rate 偏离/table", [c.get(r"1\.预算执行率(\d+\.\d+%)"), f and f[5]])
    c.eq("training average", c.get(r"期均(\d+)人次"), D(c.get(r"培训外贸业务人员(\d+)人次；") or 0) / 5)
    c.same("training text/table", [c.get(r"培训外贸业务人员(\d+)人次；"), c.get(r"｜≥600人次｜(\d+)人次｜")])
    c.eq("new firms split", c.get(r"新增有进出口实绩企业(\d+)家，超额"),
         D(c.get(r"发制品企业(\d+)家") or 0) + D(c.get(r"跨境电商企业(\d+)家") or 0))
    c.same("新增 text/table", [c.get(r"新增有进出口实绩企业(\d+)家，超额"), c.get(r"｜≥40家｜(\d+)家｜")])
    c.same("进出口总额 text/goal/table", [c.get(r"全区完成进出口总额(\d+\.\d+)亿元"),
                                   c.get(r"全区进出口总额(\d+\.\d+)亿元，出口增长"),
                                   c.get(r"｜≥80亿元｜(\d+\.\d+)亿元｜")])
    c.same("展会 text/table", [c.get(r"境外展会(\d+)家次，未完成"), c.get(r"｜≥30家次｜(\d+)家次｜")])
    c.same("满意度 text/table", [c.get(r"企业满意度(\d+\.\d+)%。"), c.get(r"｜≥90%｜(\d+\.\d+)%｜")])
    res = indicator_table(c, f[4] if f else 10, f[6] if f else 0, "合计")
    total = c.get(r"本项目得分(\d+\.\d+)分")
    if res:
        c.eq("text total", total, res[1])
    g = c.get(r"评价等级为(.)。")
    if g and total and GRADE_WORDS.get(g) != grade(total):
        c.bad(f"grade {g} for {total}")
    year_checks(c, 2023)


DRAFTS = {"yongkang-zhanhuibutie-2019": yongkang, "jiaozhou-kuajingdianshang-2022": jiaozhou,
          "fuqing-xinbaobutie-2021": fuqing, "chenghai-shangwuju-bumen-2024": chenghai,
          "jianan-waimaopeiyu-2023": jianan}


def run_checks(src, text):
    c = Check(src, text)
    try:
        DRAFTS[src](c)
    except Exception as exc:  # a broken figure can make a check crash: count it as a failure
        c.bad(f"check raised {type(exc).__name__}: {exc}")
    return c.fail


# ---------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = [r for r in labels if r["clean"]]
    errs = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        problems.append(f"expected 5 clean + 30 error cases, got {len(clean)} + {len(errs)}")
    counts = {k: 0 for k in CODES}
    for r in errs:
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            if e["code"] not in CODES:
                problems.append(f"{r['case']}: unknown code {e['code']}")
            else:
                counts[e["code"]] += 1
            if e["severity"] != "error":
                problems.append(f"{r['case']}: severity must be error")
    for k, n in counts.items():
        if n < 2:
            problems.append(f"code {k} occurs {n} times (< 2)")
    texts = {}
    for r in labels:
        p = os.path.join(CASES, r["case"])
        if not os.path.exists(p):
            problems.append(f"missing case file {r['case']}")
            continue
        texts[r["case"]] = open(p, encoding="utf-8").read()
    for r in clean:
        n = len(texts[r["case"]])
        if not 3000 <= n <= 9000:
            problems.append(f"{r['case']}: {n} characters, outside 3000-9000")
        fails = run_checks(r["source"], texts[r["case"]])
        for fmsg in fails:
            problems.append(f"{r['case']}: {fmsg}")
    for r in errs:
        t, base = texts[r["case"]], texts[f"{r['source']}-clean.txt"]
        # one place: common prefix / suffix
        i = 0
        while i < min(len(t), len(base)) and t[i] == base[i]:
            i += 1
        j = 0
        while j < min(len(t), len(base)) - i and t[-1 - j] == base[-1 - j]:
            j += 1
        region_clean, region_err = base[i:len(base) - j], t[i:len(t) - j]
        if t == base:
            problems.append(f"{r['case']}: identical to its clean draft")
        elif max(len(region_clean), len(region_err)) > 80:
            problems.append(f"{r['case']}: changed region is {max(len(region_clean), len(region_err))} chars long")
        for e in r["expected"]:
            v = e["value"]
            occ = [k for k in range(len(t)) if t.startswith(v, k)]
            if not occ:
                problems.append(f"{r['case']}: value {v!r} not in case")
            elif not any(k < len(t) - j and i < k + len(v) or (i == len(t) - j and k <= i < k + len(v)) for k in occ):
                problems.append(f"{r['case']}: value {v!r} does not overlap the changed region")
        fails = run_checks(r["source"], t)
        if not fails:
            problems.append(f"{r['case']}: the arithmetic checks do not see the injected error")
        else:
            print(f"  {r['case']:40s} {r['expected'][0]['code']:22s} -> {' | '.join(x[:70] for x in fails)}")
    print("codes:", ", ".join(f"{k}={n}" for k, n in counts.items()))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
