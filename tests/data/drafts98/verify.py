#!/usr/bin/env python3
"""Check set n98: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case file exists; clean cases have no label; each error case has exactly one
   label whose `value` occurs exactly once in its case and never in the clean draft.
2. edits: an error case differs from its clean draft in one line, with at most 16 changed characters
   (after trimming the common prefix and suffix of the line); score-row edits may touch two adjacent lines.
3. arithmetic: rates, balances, sums, per-unit figures, procurement tables (budget - award = saving,
   saving / budget = rate, column totals), weights to 100, scores by rules.md §5, scores to the total and
   the grade band (rules.md §6), with the tolerance of rules.md §8 (half a unit of the stated last decimal).
   Every figure used is read from the clean text (`v()` asserts it is there).
Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems, exit 1)
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}
TWO_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
MAX_EDIT = 16

problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def dec(s, k=0):
    """Decimal and number of decimals of the k-th number in s ('3,864.72万元' -> 3864.72, 2)."""
    ms = NUM.findall(s)
    if len(ms) <= k:
        raise ValueError(f"no number {k} in {s!r}")
    t = ms[k].replace(",", "")
    return D(t), (len(t.split(".")[1]) if "." in t else 0)


def close(stated, computed):
    val, d = dec(stated)
    return abs(D(computed) - val) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)

    def v(self, s, k=0):
        """The k-th number in s, after checking that s occurs in the text."""
        if s not in self.text:
            fail(f"{self.name}: figure {s!r} not found in the text")
        return dec(s, k)[0]

    def eq(self, stated, computed, what):
        """stated (a string found in the text) agrees with computed under the decimals rule."""
        if stated not in self.text:
            fail(f"{self.name}: stated {stated!r} ({what}) not found in the text")
            return
        if not close(stated, computed):
            fail(f"{self.name}: {what}: stated {stated!r}, computed {D(computed):.6f}")

    def same(self, a, b, what):
        if D(a) != D(b):
            fail(f"{self.name}: {what}: {a} != {b}")

    def lines(self, prefix):
        return [ln for ln in self.text.split("\n") if ln.startswith(prefix)]

    def line(self, prefix):
        ls = self.lines(prefix)
        if len(ls) != 1:
            fail(f"{self.name}: {len(ls)} lines start with {prefix!r}")
            return ""
        return ls[0]


def pct(a, b):
    return D(a) / D(b) * 100


# ---------------------------------------------------------------- scoring (rules.md §5, §6)
def direction(target):
    t = target.strip()
    if t.startswith(("≥", "＞", ">")) or "不低于" in t or "不少于" in t:
        return "gte"
    if t.startswith(("≤", "＜", "<")) or "不超过" in t or "以内" in t:
        return "lte"
    if NUM.search(t):
        return "eq"
    return "qual"


def rule_score(target, actual, weight):
    d = direction(target)
    if d == "qual":
        return None
    T, A = dec(target)[0], dec(actual)[0]
    if d in ("gte", "eq"):
        ratio = A / T if T else (D(1) if A <= 0 else D(0))
    else:
        ratio = T / A if A > T else D(1)
    return r2(D(weight) * min(ratio, D(1)))


def completion(target, actual):
    d = direction(target)
    T, A = dec(target)[0], dec(actual)[0]
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_rows(doc, rows, total_weight, total_score, grade_text, qual_band=None):
    """rows: list of dicts {name, target, actual, weight, score, completion?, exec_rate?}."""
    wsum = sum(D(r["weight"]) for r in rows)
    ssum = sum(D(r["score"]) for r in rows)
    doc.same(wsum, dec(total_weight)[0], "weights add up to the stated total weight")
    doc.same(dec(total_weight)[0], 100, "total weight is 100")
    if not close(total_score, ssum):
        fail(f"{doc.name}: scores add to {ssum}, stated total {total_score}")
    for r in rows:
        w, s = D(r["weight"]), dec(r["score"])[0]
        if s > w or s < 0:
            fail(f"{doc.name}: {r['name']}: score {s} outside [0, {w}]")
        if "exec_rate" in r:
            exp = r2(w * min(r["exec_rate"], D(100)) / 100)
            if not close(r["score"], exp):
                fail(f"{doc.name}: {r['name']}: execution score {r['score']} != {exp}")
            continue
        if r.get("target") is None:
            continue
        exp = rule_score(r["target"], r["actual"], w)
        if exp is None:
            lo, hi = qual_band or (D("0.6"), D("0.8"))
            if not (w * lo <= s < w * hi or s == w):
                fail(f"{doc.name}: {r['name']}: qualitative score {s} outside the band")
        elif not close(r["score"], exp):
            fail(f"{doc.name}: {r['name']}: score {r['score']} != rule score {exp}")
        if r.get("completion"):
            c = completion(r["target"], r["actual"])
            if not close(r["completion"], c):
                fail(f"{doc.name}: {r['name']}: completion {r['completion']} != {c:.4f}")
    g = grade(dec(total_score)[0])
    if grade_text not in doc.text:
        fail(f"{doc.name}: grade sentence {grade_text!r} not found")
    m = re.search(r"等级(?:为|：)“?(优秀|良好|中等|较差|优|良|中|差)", grade_text)
    if not m or not m.group(1).startswith(g):
        fail(f"{doc.name}: grade in {grade_text!r} but total {total_score} is {g}")


def check_proc_table(doc, rows, total, yuan=True):
    """rows / total: (budget, award, saving, rate) strings as printed."""
    sb = sa = ss = D(0)
    for b, a, s, rate in rows:
        B, A, S = dec(b)[0], dec(a)[0], dec(s)[0]
        doc.same(B - A, S, f"saving {s} = {b} - {a}")
        if not close(rate, pct(S, B)):
            fail(f"{doc.name}: saving rate {rate} != {pct(S, B):.4f} ({s}/{b})")
        sb, sa, ss = sb + B, sa + A, ss + S
    b, a, s, rate = total
    doc.same(sb, dec(b)[0], "budget column total")
    doc.same(sa, dec(a)[0], "award column total")
    doc.same(ss, dec(s)[0], "saving column total")
    if not close(rate, pct(dec(s)[0], dec(b)[0])):
        fail(f"{doc.name}: total saving rate {rate} wrong")


def cells(line, sep):
    return line.split(sep)


# ---------------------------------------------------------------- project checks
def nancheng():
    d = Doc("nancheng-procsupervision-2019-clean.txt")
    v, eq = d.v, d.eq
    d.same(v("年初预算46.00万元") + v("追加8.50万元"), v("全年预算54.50万元"), "annual budget")
    items = ["评审专家劳务费16.20万元", "监督检查及代理机构考核费6.80万元", "采购人及供应商培训费4.50万元",
             "电子化平台对接及运维费8.50万元", "集中采购场所运行及档案管理费18.50万元"]
    d.same(sum(v(x) for x in items), D("54.50"), "five uses add to 54.50")
    # sub-item table
    sub = [ln for ln in d.text.split("\n") if ln.count("｜") == 4 and not ln.startswith("支出内容")]
    tot = [D(0)] * 3
    for ln in sub:
        c = cells(ln, "｜")
        vals = [dec(x)[0] for x in c[1:4]]
        if c[0] == "合计":
            for i in range(3):
                d.same(tot[i], vals[i], f"sub-item column {i} total")
        else:
            tot = [tot[i] + vals[i] for i in range(3)]
        if not close(c[4], pct(vals[2], vals[1])):
            fail(f"{d.name}: sub-item {c[0]} rate {c[4]}")
    eq("预算执行率94.26%", pct(v("全年支出51.37万元"), D("54.50")), "execution rate")
    eq("结余3.13万元", D("54.50") - D("51.37"), "balance")
    eq("到位率100%", pct(v("实际到位54.50万元"), D("54.50")), "received rate")
    d.same(v("比2018年的165个增加21个", 1) + 21, v("全年完成政府采购项目186个"), "project count growth")
    methods = ["公开招标27个", "邀请招标2个", "竞争性谈判23个", "竞争性磋商41个", "询价88个", "单一来源5个"]
    d.same(sum(v(x) for x in methods), D(186), "methods add to 186")
    eq("抽查比例21.51%", pct(v("抽查40个"), 186), "sample share")
    B, W = v("全年采购预算3,864.72万元"), v("实际采购金额3,652.18万元")
    eq("节约资金212.54万元", B - W, "saving")
    eq("节约率5.50%", pct(D("212.54"), B), "saving rate")
    eq("节约率4.92%", pct(v("节约资金158.27万元"), v("2018年采购预算3,218.60万元", 1)), "2018 saving rate")
    eq("比上年增加54.27万元", D("212.54") - D("158.27"), "saving growth")
    rows = []
    for ln in d.text.split("\n"):
        c = ln.split("｜")
        if len(c) == 7 and (c[0].isdigit() or c[0] == "合计"):
            rows.append((c[0], c[3], c[4], c[5], c[6]))
    check_proc_table(d, [r[1:] for r in rows if r[0] != "合计"], [r[1:] for r in rows if r[0] == "合计"][0])
    d.same(v("中标金额651.20万元") * 10000, v("6,512,000.00"), "CT award in 万元 and 元")
    d.same(v("分别为96.50万元和58.60万元") * 10000, v("965,000.00"), "item 4 budget")
    d.same(D("58.60") * 10000, v("586,000.00"), "item 7 budget")
    eq("占实际采购金额的74.43%", pct(v("中标金额2,718.36万元"), W), "open tender share")
    d.same(v("比2018年的38天缩短7天", 1) - 7, v("平均采购周期31天"), "cycle days")
    d.same(v("采购人188人次") + v("供应商88人次"), v("培训276人次"), "training enumeration")
    d.same(v("抽取评审专家391人次") * v("每人次400元"), v("劳务费15.64万元") * 10000, "expert fees")
    d.same(v("成交金额463.58万元") * 10000, v("4,635,800.00元"), "mall amount 万元/元")
    eq("笔均3,604.82元", D(4635800) / v("1,286笔"), "mall per order")
    eq("占实际采购金额的80.53%", pct(v("中小企业合同金额2,941.07万元"), W), "SME share")
    eq("占57.68%", pct(v("小微企业2,106.45万元"), W), "small-micro share")
    eq("归档率93.01%", pct(v("已有173个"), 186), "archive rate")
    eq("满意度93.60%", pct(v("满意117份"), v("问卷125份")), "purchaser satisfaction")
    eq("满意度88.20%", pct(v("满意142份"), v("问卷161份")), "supplier satisfaction")
    d.same(300 - 276, v("少培训24人次"), "training shortfall")
    d.same(186 - 173, v("仍有13个项目"), "paper archives")
    eq("超目标24.00%", pct(186 - 150, 150), "deviation 项目数")
    eq("超目标41.69%", pct(D("212.54") - 150, 150), "deviation 节约")
    eq("超目标34.22%", pct(D("80.53") - 60, 60), "deviation 中小企业")
    # 自评表
    f = d.line("年度资金总额｜").split("｜")
    d.same(dec(f[1])[0], D("46.00"), "table 年初")
    d.same(dec(f[2])[0], D("54.50"), "table 全年")
    rows = [{"name": "执行", "weight": f[4], "score": f[6], "exec_rate": pct(dec(f[3])[0], dec(f[2])[0])}]
    if not close(f[5], rows[0]["exec_rate"]):
        fail(f"{d.name}: table execution rate")
    for ln in d.text.split("\n"):
        c = ln.split("｜")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 8:
            rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]})
    t = d.line("总分｜").split("｜")
    check_rows(d, rows, t[5], t[6], "评价等级为“优”")
    check_rows(d, rows, t[5], t[6], "评价等级：优")
    eq("自评得分98.85分", dec(t[6])[0], "text total")


def guangde():
    d = Doc("guangde-jiaoyi-2024-clean.txt")
    v, eq = d.v, d.eq
    d.same(v("年初预算128.00万元") + v("上年结转资金6.40万元"), v("全年预算134.40万元"), "annual budget")
    items = [("电子交易系统运维费52.00万元", "支出47.30万元", "支出率90.96%"),
             ("专家评审费38.40万元", "即37.26万元", "支出率97.03%"),
             ("场地及见证服务外包费26.00万元", "支出255,000.00元", "支出率98.08%"),
             ("等保测评及CA数字证书费18.00万元", "支出128,000.00元", "支出率71.11%")]
    bsum = ssum = D(0)
    for b, s, rate in items:
        B = v(b)
        S = v(s) / (10000 if s.endswith("元") and "万" not in s else 1)
        eq(rate, pct(S, B), f"sub-item rate {rate}")
        bsum, ssum = bsum + B, ssum + S
    d.same(bsum, D("134.40"), "sub-item budgets")
    eq("全年支出122.86万元", ssum, "sub-item spending")
    d.same(v("全年支付专家评审费372,600.00元"), v("1,242人次") * v("每人次300元"), "expert fees")
    d.same(D(372600), D("37.26") * 10000, "expert fees 元/万元")
    eq("资金到位率100%", pct(v("实际到位134.40万元"), D("134.40")), "received rate")
    eq("预算执行率91.41%", pct(D("122.86"), D("134.40")), "execution rate")
    eq("未使用资金11.54万元", D("134.40") - D("122.86"), "unspent")
    d.same(v("等保测评尾款5.20万元") + v("其余6.34万元"), D("11.54"), "unspent split")
    d.same(v("较2023年的187个增加27个", 1) + 27, v("代理政府集中采购项目214个"), "project growth")
    B, W = v("采购预算46,318.72万元"), v("中标（成交）金额43,905.26万元")
    eq("节约资金2,413.46万元", B - W, "saving")
    eq("资金节约率5.21%", pct(D("2413.46"), B), "saving rate")
    eq("占中标总金额的83.20%", pct(v("中标金额36,528.14万元"), W), "open tender share")
    eq("占中标总金额的72.57%", pct(v("中小企业合同金额31,862.40万元"), W), "SME share")
    eq("低于目标2.43个百分点", D(75) - D("72.57"), "SME gap")
    rows = []
    for ln in d.text.split("\n"):
        c = ln.split("\t")
        if len(c) == 6 and c[1] in ("公开招标", "竞争性磋商", "—"):
            rows.append(c)
    check_proc_table(d, [r[2:6] for r in rows if r[0] != "小计"], [r[2:6] for r in rows if r[0] == "小计"][0])
    d.same(v("年均合同金额20,972,000.00元") * 3, D("6291.60") * 10000, "annual cleaning contract")
    eq("质疑成立项目占代理项目总数的0.93%", pct(v("经复核成立2件"), 214), "complaint rate")
    eq("使用率97.66%", pct(v("214个项目中209个", 1), 214), "template rate")
    d.same(v("比2023年的28.0天缩短3.5天", 1) - D("3.5"), v("平均办理时长24.5天"), "days")
    eq("及时率96.26%", pct(v("按时发布206个"), 214), "timely rate")
    d.same(214 - 206, v("8个项目因采购人"), "late notices")
    d.same(v("较上年的4,215笔增加1,631笔") + 1631, v("下单5,846笔"), "mall orders")
    eq("增加605.66万元", v("成交金额2,168.53万元") - v("较上年的1,562.87万元"), "mall growth")
    eq("增长38.75%", pct(D("605.66"), D("1562.87")), "mall growth rate")
    eq("笔均3,709.43元", D("2168.53") * 10000 / 5846, "mall per order")
    eq("万元的86.74%", pct(D("2168.53"), 2500), "mall completion")
    eq("满意度96.40%", pct(v("满意241份"), v("发放问卷250份")), "purchaser satisfaction")
    eq("满意度93.80%", pct(v("满意121份"), v("发放问卷129份")), "supplier satisfaction")
    eq("满意率95.00%", pct(v("表示满意的38家"), v("对40家采购人")), "call-back")
    # table
    f = d.line("年度资金总额\t").split("\t")
    g = d.line("其中：当年财政拨款\t").split("\t")
    h = d.line("上年结转资金\t").split("\t")
    for i in (1, 2, 3):
        d.same(dec(g[i])[0] + dec(h[i])[0], dec(f[i])[0], f"funds column {i}")
    rows = [{"name": "执行", "weight": f[4], "score": f[6], "exec_rate": pct(dec(f[3])[0], dec(f[2])[0])}]
    if not close(f[5], rows[0]["exec_rate"]):
        fail(f"{d.name}: table execution rate")
    for ln in d.text.split("\n"):
        c = ln.split("\t")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 7:
            rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]})
    t = d.line("总分\t").split("\t")
    check_rows(d, rows, t[5], t[6], "评价等级为“优”")
    eq("自评得分97.31分", dec(t[6])[0], "text total")


def yingcheng():
    d = Doc("yingcheng-onlinemall-2023-clean.txt")
    v, eq = d.v, d.eq
    d.same(v("年初预算38.00万元") + v("下达补助资金12.00万元"), v("全年预算50.00万元"), "annual budget")
    eq("到位率100%", pct(v("实际到位50.00万元"), 50), "received")
    eq("预算执行率72.30%", pct(v("全年支出36.15万元"), 50), "execution")
    b = [v("价格监测服务费预算18.00万元"), v("运维及供应商管理费预算14.00万元"), v("采购监管费预算11.00万元"),
         v("采购人培训费预算7.00万元")]
    s = [v("支出8.40万元"), v("支出13.20万元"), v("支出9.75万元"), v("支出4.80万元")]
    d.same(sum(b), 50, "item budgets")
    d.same(sum(s), D("36.15"), "item spending")
    eq("未使用资金13.85万元", D(50) - D("36.15"), "unspent")
    d.same(v("价格监测服务费9.60万元结转") + v("其余4.25万元"), D("13.85"), "unspent split")
    d.same(D(18) - D("8.40"), D("9.60"), "price monitoring carry-forward")
    d.same(v("每月21,000.00元") * 4, v("共支付84,000.00元"), "monthly fee")
    d.same(D(84000), D("8.40") * 10000, "8.40万元")
    d.same(D(21000) * 8, v("剩余8个月服务费16.80万元", 1) * 10000, "remaining fee")
    d.same(v("结转资金9.60万元") + v("2024年预算安排7.20万元", 1), D("16.80"), "remaining fee sources")
    d.same(86 + 74 + 92 + 68, v("共培训320人次"), "training total")
    eq("平均每期80人次", D(320) / 4, "training average")
    q = [d.line(p).split("｜") for p in ("一季度｜", "二季度｜", "三季度｜", "四季度｜")]
    y = d.line("全年｜").split("｜")
    d.same(sum(dec(r[1])[0] for r in q), dec(y[1])[0], "quarter orders")
    d.same(sum(dec(r[2])[0] for r in q), dec(y[2])[0], "quarter amounts")
    eq("四个季度平均2.0个工作日", sum(dec(r[3])[0] for r in q) / 4, "average days")
    eq("缩短0.8个工作日", v("较2022年的2.8个工作日", 1) - D("2.0"), "days reduction")
    d.same(v("成交金额1,836.27万元（18,362,700.00元）") * 10000, dec(y[2])[0], "mall amount")
    eq("笔均4,200.07元", D(18362700) / v("下单4,372笔"), "per order")
    for m in re.finditer(r"网上商城成交金额([\d,.]+)万元", d.text):
        d.same(dec(m.group(1))[0], D("1836.27"), "every mention of the mall turnover")
    cats = ["办公设备成交812.46万元", "办公家具421.38万元", "办公用品及耗材365.19万元", "其他商品237.24万元"]
    d.same(sum(v(x) for x in cats), D("1836.27"), "categories")
    eq("占40.51%", pct(v("本地供应商128家"), v("入驻供应商316家")), "local suppliers")
    eq("增加854笔", D(4372) - v("2022年的3,518笔", 1), "order growth")
    eq("增长24.28%", pct(854, 3518), "order growth rate")
    eq("金额增加433.62万元", D("1836.27") - v("1,402.65万元"), "amount growth")
    eq("增长30.91%", pct(D("433.62"), D("1402.65")), "amount growth rate")
    eq("节约86.42万元", v("商城采购预算合计1,922.69万元") - D("1836.27"), "mall saving")
    eq("节约率4.49%", pct(D("86.42"), D("1922.69")), "mall saving rate")
    eq("目标的93.00%", pct(v("覆盖商品4,650个"), 5000), "monitoring completion")
    B, W = v("政府采购预算52,846.30万元"), v("合同金额50,127.45万元")
    eq("节约资金2,718.85万元", B - W, "city saving")
    eq("节约率5.14%", pct(D("2718.85"), B), "city saving rate")
    eq("占合同总金额的78.62%", pct(v("公开招标合同金额39,410.20万元"), W), "open tender share")
    eq("占74.06%", pct(v("中小企业合同金额37,124.39万元"), W), "SME share")
    d.same(v("发现问题31个") - v("已整改29个"), v("其余2个"), "rectification")
    eq("采购人满意度91.50%", pct(v("满意183份"), v("发放问卷200份")), "satisfaction")
    # table (Hubei: execution 20 x rate; reverse indicators T/A; qualitative Hubei band)
    f = d.line("预算执行｜").split("｜")
    rows = [{"name": "执行", "weight": f[4], "score": f[5], "exec_rate": dec(f[3])[0]}]
    for ln in d.text.split("\n"):
        c = ln.split("｜")
        if len(c) == 6 and c[0].endswith("指标"):
            rows.append({"name": c[1], "target": c[2], "actual": c[3], "weight": c[4], "score": c[5]})
    blocks = [ln for ln in d.text.split("\n") if ln.startswith("目标")]
    d.same(sum(dec(b.split("分值")[1])[0] for b in blocks) + dec(f[4])[0], 100, "block weights")
    lines = d.text.split("\n")
    for b in blocks:  # the rows under each goal block add up to the block's weight
        i, acc = lines.index(b) + 1, D(0)
        while lines[i].count("｜") == 5 and lines[i].split("｜")[0].endswith("指标"):
            acc += dec(lines[i].split("｜")[4])[0]
            i += 1
        d.same(acc, dec(b.split("分值")[1])[0], f"rows of {b}")
    t = d.line("合计｜").split("｜")
    check_rows(d, rows, t[4], t[5], "评价等级为良", qual_band=(D("0.6"), D("0.8")))
    eq("自评得分89.32分", dec(t[5])[0], "text total")


def huichang():
    d = Doc("huichang-schoolequip-2022-clean.txt")
    v, eq = d.v, d.eq
    d.same(v("初中12所") + v("小学27所") + v("九年一贯制学校3所"), v("覆盖全县学校42所"), "schools")
    d.same(v("中央资金420.00万元") + v("省级资金180.00万元") + v("县级配套资金86.50万元"),
           v("全年预算686.50万元"), "sources")
    tab = {}
    for ln in d.text.split("\n"):
        c = ln.split("｜")
        if len(c) == 9 and c[1].startswith("("):
            tab[c[1][:3]] = [dec(x)[0] for x in c[2:]]
    for key in ("(2)", "(3)", "(4)", "(5)"):
        d.same(sum(tab[key][1:]), tab[key][0], f"row {key} total = sum of sources")
    for i in range(7):
        b, r, s = tab["(2)"][i], tab["(3)"][i], tab["(4)"][i]
        d.same(r - s, tab["(5)"][i], f"(5) column {i}")
        if b == 0:
            if tab["(6)"][i] != 0 or tab["(7)"][i] != 0:
                fail(f"{d.name}: non-zero rate on a zero base, column {i}")
            continue
        if abs(pct(r, b) - tab["(6)"][i]) > D("0.005") or abs(pct(s, b) - tab["(7)"][i]) > D("0.005"):
            fail(f"{d.name}: rates column {i}")
    eq("预算执行率93.59%", pct(v("全年支出642.48万元"), D("686.50")), "execution")
    eq("结余44.02万元", D("686.50") - D("642.48"), "balance")
    d.same(v("招标节约资金32.15万元") + v("即11.87万元"), D("44.02"), "balance split")
    d.same(v("质保金118,700.00元"), D("11.87") * 10000, "retention 元/万元")
    d.same((v("1,486,000.00") + v("888,000.00")) * D("0.05"), D(118700), "retention = 5% of lots 4 and 5")
    lots = []
    for ln in d.text.split("\n"):
        c = ln.split("｜")
        if len(c) == 7 and (c[0].isdigit() or (c[0] == "合计" and c[1] == "—")):
            lots.append(c)
    check_proc_table(d, [c[2:6] for c in lots if c[0] != "合计"], [c[2:6] for c in lots if c[0] == "合计"][0])
    tot = [c for c in lots if c[0] == "合计"][0]
    d.same(dec(tot[2])[0], D("686.50") * 10000, "lots budget = 686.50万元")
    d.same(dec(tot[4])[0], D("32.15") * 10000, "saving = 32.15万元")
    d.same(dec(tot[3])[0] - 118700, D("642.48") * 10000, "paid = award - retention")
    eq("采购预算6,865,000.00元", dec(tot[2])[0], "text budget")
    eq("资金节约率4.68%", pct(D(321500), D(6865000)), "saving rate")
    d.same(v("每间中标价297,200.00元") * 5, D(1486000), "per room")
    d.same(v("每套148,000.00元") * 6, D(888000), "per set")
    eq("平均每册14.80元", D(606800) / 41000, "per book")
    sme = sum(dec(c[3])[0] for c in lots if c[-1] == "中小企业")
    d.same(sme, v("中小企业中标金额5,057,500.00元"), "SME award")
    eq("占中标总金额的77.29%", pct(sme, 6543500), "SME share")
    eq("高于目标1.68个百分点", D("4.68") - 3, "saving over target")
    eq("实验开出率86.40%", pct(v("实际开出2,376个"), v("分组实验2,750个")), "experiments")
    d.same(v("理化生实验教师118人次") + v("科学教师96人次") + v("信息技术教师72人次"), v("培训教师286人次"), "teachers")
    d.same(300 - 286, v("少培训14人次"), "training gap")
    d.same(45 - 42, v("比目标少3所"), "school gap")
    eq("满意度94.20%", pct(v("满意471份"), v("发放问卷500份")), "satisfaction")
    rows = []
    for ln in d.text.split("\n"):
        c = ln.split("｜")
        if len(c) == 8 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            r = {"name": c[2], "target": c[3], "actual": c[4], "completion": c[5], "weight": c[6], "score": c[7]}
            if c[0] == "预算执行":
                r = {"name": "执行", "weight": c[6], "score": c[7], "exec_rate": dec(c[4])[0]}
                if not close(c[5], dec(c[4])[0]):
                    fail(f"{d.name}: execution completion")
            rows.append(r)
    t = d.line("合计｜｜").split("｜")
    check_rows(d, rows, t[6], t[7], "评价等级为优秀")
    eq("自评得分97.23分", dec(t[7])[0], "text total")


def yangxin():
    d = Doc("yangxin-proccenter-2020-clean.txt")
    v, eq = d.v, d.eq
    d.same(v("基本支出192.40万元") + v("项目支出94.00万元"), v("年初预算286.40万元"), "initial budget")
    d.same(v("应急采购保障经费30.00万元") + v("人员经费12.60万元"), v("年中追加42.60万元"), "additions")
    d.same(D("286.40") + D("42.60"), v("全年预算329.00万元"), "annual budget")
    d.same(v("人员经费176.52万元") + v("公用经费24.86万元"), v("基本支出201.38万元"), "basic spending")
    d.same(D("201.38") + v("项目支出117.37万元"), v("全年支出318.75万元"), "total spending")
    eq("预算执行率96.88%", pct(D("318.75"), D("329.00")), "execution")
    eq("年末结转结余10.25万元", D("329.00") - D("318.75"), "balance")
    d.same(v("人员经费178.00万元") + v("公用经费27.00万元"), v("基本支出预算205.00万元"), "basic budget")
    d.same(D(205) + v("预算合计124.00万元"), D(329), "budget split")
    eq("公用经费控制率92.07%", pct(D("24.86"), D("27.00")), "public-expense control")
    prj = [ln.split("\t") for ln in d.text.split("\n") if ln.count("\t") == 3 and ln.split("\t")[1][:1].isdigit()]
    d.same(sum(dec(c[1])[0] for c in prj), D(124), "project budgets")
    d.same(sum(dec(c[2])[0] for c in prj), D("117.37"), "project spending")
    d.same(D(58) + D(36), D("94.00"), "initial projects = first two")
    scores = [dec(c[3])[0] for c in prj]
    eq("平均92.30分", sum(scores) / len(scores), "average project score")
    d.same(v("全年支付341,500.00元"), v("共抽取专家1,366人次") * v("每人次250元"), "expert fees")
    d.same(D(341500), D("34.15") * 10000, "expert fees 元/万元")
    d.same(v("公务接待费0.74万元") + v("公务用车运行维护费2.12万元"), v("经费支出2.86万元"), "三公")
    eq("下降16.37%", pct(D("3.42") - D("2.86"), v("比2019年的3.42万元", 1)), "三公 change")
    eq("完成率90.56%", pct(v("实际受理并完成163个"), v("集中采购项目180个")), "completion")
    methods = ["公开招标48个", "竞争性谈判21个", "竞争性磋商39个", "询价46个", "单一来源9个"]
    d.same(sum(v(x) for x in methods), D(163), "methods")
    d.same(180 - 163, v("一是集中采购计划完成率不高，17个项目"), "unfinished")
    B, W = v("全年采购预算21,486.30万元"), v("成交金额20,307.92万元")
    eq("节约资金1,178.38万元", B - W, "saving")
    eq("资金节约率5.48%", pct(D("1178.38"), B), "saving rate")
    eq("占成交金额的78.01%", pct(v("中小企业合同金额15,842.66万元"), W), "SME share")
    d.same(v("金额1,264.85万元") * 10000, v("12,648,500.00元"), "emergency 万元/元")
    eq("平均每批次34.19万元", D("1264.85") / v("应急采购37批次"), "per batch")
    d.same(v("比2019年的29天延长3天", 1) + 3, v("平均采购周期32天"), "cycle")
    eq("电子化采购覆盖率47.85%", pct(v("完成78个"), 163), "e-coverage")
    eq("笔均2,365.89元", v("成交金额689.42万元") * 10000 / v("下单2,914笔"), "mall per order")
    eq("满意度90.25%", pct(v("满意361份"), v("发放问卷400份")), "satisfaction")
    # table: weights/scores only; rule-check the quantitative rows from the text figures
    rows = []
    for ln in d.text.split("\n"):
        c = ln.split("\t")
        if len(c) == 5 and c[0] in ("投入", "过程", "产出", "效果"):
            rows.append({"name": c[2], "weight": c[3], "score": c[4]})
    byname = {r["name"]: r for r in rows}
    expect = {"预算执行率": r2(8 * D("318.75") / D(329)),
              "集中采购项目完成率": rule_score("≥180", "163", 7),
              "平均采购周期": rule_score("≤25", "32", 6),
              "资金节约率": rule_score("≥5", "5.48", 7),
              "中小企业合同份额": rule_score("≥80", "78.01", 6),
              "电子化采购覆盖率": rule_score("≥80", "47.85", 6),
              "服务对象满意度": rule_score("≥95", "90.25", 6)}
    for name, exp in expect.items():
        if not close(byname[name]["score"], exp):
            fail(f"{d.name}: {name} score {byname[name]['score']} != {exp}")
    t = d.line("合计\t").split("\t")
    check_rows(d, rows, t[3], t[4], "评价等级为“良好”")
    eq("自评得分89.92分", dec(t[4])[0], "text total")
    if "评价等级为“良好”" not in d.text:
        fail(f"{d.name}: grade sentence")


# ---------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    clean_of = {}
    for rec in labels:
        if rec["clean"]:
            clean_of[rec["source"]] = read(rec["case"])
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with labels")
    per_code = {}
    for rec in labels:
        if rec["clean"]:
            continue
        text, clean = read(rec["case"]), clean_of[rec["source"]]
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: {len(rec['expected'])} labels")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{rec['case']}: bad code/severity {exp['code']}/{exp['severity']}")
            per_code.setdefault(exp["code"], set()).add(rec["source"])
            if text.count(exp["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(exp['value'])} times in the case")
            if exp["value"] in clean:
                fail(f"{rec['case']}: value occurs in the clean draft")
            check_edit(rec["case"], clean, text, exp["code"])
    for code in CODES:
        if len(per_code.get(code, ())) < 2:
            fail(f"code {code} used in {len(per_code.get(code, ()))} projects (< 2)")
    return labels


def check_edit(name, clean, text, code):
    a, b = clean.split("\n"), text.split("\n")
    if len(a) != len(b):
        fail(f"{name}: the edit changes the number of lines")
        return
    changed = [i for i in range(len(a)) if a[i] != b[i]]
    if not changed:
        fail(f"{name}: identical to the clean draft")
        return
    limit = 2 if code in TWO_ROW_CODES else 1
    if len(changed) > limit or changed[-1] - changed[0] >= limit:
        fail(f"{name}: {len(changed)} changed lines {changed}")
    for i in changed:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        size = max(len(x) - p - s, len(y) - p - s)
        if size > MAX_EDIT:
            fail(f"{name}: line {i + 1} edit of {size} characters")


def check_years(name, year):
    """rules.md I14: years named in a clean draft fit the evaluation year."""
    d = Doc(name)
    for m in re.finditer(r"(\d{4})年度", d.text):
        if int(m.group(1)) != year:
            fail(f"{name}: {m.group(0)} in a {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月[^，。；]{0,3}(?:下达|到位)", d.text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == year or (y == year - 1 and mo == 12)):
            fail(f"{name}: funds issued {m.group(0)}")
    for m in re.finditer(r"结转至(\d{4})年", d.text):
        if int(m.group(1)) <= year:
            fail(f"{name}: {m.group(0)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", d.text):
        if int(m.group(1)) != year:
            fail(f"{name}: {m.group(0)}")
    m = re.search(r"\n(\d{4})年(\d{1,2})月(\d{1,2})日\s*$", d.text)
    if not m or int(m.group(1)) != year + 1:
        fail(f"{name}: report date should be in {year + 1}")


CHECKS = {"nancheng-procsupervision-2019": nancheng, "guangde-jiaoyi-2024": guangde,
          "yingcheng-onlinemall-2023": yingcheng, "huichang-schoolequip-2022": huichang,
          "yangxin-proccenter-2020": yangxin}


def run_project(proj):
    CHECKS[proj]()
    check_years(f"{proj}-clean.txt", int(proj[-4:]))


def sensitivity(labels):
    """Each error case, run through its project's clean-draft checks, must fail at least one of them."""
    global read, problems
    saved_read, saved = read, problems
    try:
        for rec in labels:
            if rec["clean"]:
                continue
            problems = []
            clean_name, case = f"{rec['source']}-clean.txt", rec["case"]
            read = lambda n, c=case, cl=clean_name: saved_read(c) if n == cl else saved_read(n)
            try:
                run_project(rec["source"])
            except Exception as exc:  # a broken table also counts as caught
                problems.append(repr(exc))
            if not problems:
                saved.append(f"{case}: the injected error passes the clean-draft checks")
    finally:
        read, problems = saved_read, saved


def main():
    for proj in CHECKS:
        run_project(proj)
    labels = check_labels()
    sensitivity(labels)
    for rec in labels:
        n = len(read(rec["case"]))
        if rec["clean"] and not 2500 <= n <= 6000:
            fail(f"{rec['case']}: {n} characters")
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"OK: {len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean drafts checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
