#!/usr/bin/env python3
"""Check set n51: labels, edit sizes, and the arithmetic of every clean draft.

  1. every label value occurs exactly once in its case and never in the clean draft;
  2. every error case differs from its clean draft by one contiguous edit of at most 16
     characters inside one line (score-row edits: at most two adjacent lines, each <= 16);
  3. the clean drafts' arithmetic holds under rules.md §5-§8 (tolerance from the stated
     decimals): rates, balances, sums, weights to 100, scores to the total, score rules,
     completion rates, grade band, averages, leverage ratios;
  4. code coverage: every numeric code of errors.md §A (except figure_mismatch) used >= 2 times,
     in >= 2 projects.

Pure Python 3, no third-party dependencies.  Usage:  python3 verify.py   (prints OK)
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
MULTIROW_CODES = {"score_exceeds_weight"}
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def err(msg):
    ERRORS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def last_num(s):
    m = NUM.findall(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return m[-1]


def val(s):
    return D(last_num(s).replace(",", ""))


def decimals(s):
    t = last_num(s)
    return len(t.split(".")[1]) if "." in t else 0


def close(stated, computed):
    """stated: the string as written (its last number is the value)."""
    v, d = val(stated), decimals(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -d + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)

    def has(self, s):
        if s not in self.text:
            err(f"{self.name}: expected text not found: {s!r}")
            return False
        return True

    def n(self, s):
        self.has(s)
        return val(s)

    def check(self, label, stated, computed):
        self.has(stated)
        if not close(stated, computed):
            err(f"{self.name}: {label}: stated {stated!r}, computed {D(computed):.6f}")

    # helpers taking literal substrings of the draft
    def ratio(self, stated, num, den, scale=100):
        self.check(f"ratio {num}/{den}", stated, self.n(num) / self.n(den) * scale)

    def total(self, stated, parts):
        self.check(f"sum of {parts}", stated, sum(self.n(p) for p in parts))

    def diff(self, stated, a, b):
        self.check(f"{a} - {b}", stated, self.n(a) - self.n(b))

    def mean(self, stated, parts):
        self.check(f"mean of {parts}", stated, sum(self.n(p) for p in parts) / len(parts))


# ---------------------------------------------------------------- funds tables
def funds_check(doc, rows, cols, amount_rows, budget="全年预算", received=None, spent="全年执行",
                balance=None, rate_rows=None):
    """rows: {row label: [cells]}; column 0 is the total; amounts summed over the other columns."""
    for r in amount_rows:
        cells = rows[r]
        vals = [D(c.replace(",", "")) for c in cells]
        if sum(vals[1:]) != vals[0]:
            err(f"{doc.name}: funds row {r}: {vals[1:]} sums to {sum(vals[1:])}, total {vals[0]}")
    b = [D(c.replace(",", "")) for c in rows[budget]]
    s = [D(c.replace(",", "")) for c in rows[spent]]
    if received:
        rc = [D(c.replace(",", "")) for c in rows[received]]
        for i in range(len(b)):
            if not (s[i] <= rc[i] <= b[i] or b[i] == 0):
                err(f"{doc.name}: ordering 执行 ≤ 到位 ≤ 预算 fails in column {cols[i]}")
    if balance:
        bal = [D(c.replace(",", "")) for c in rows[balance]]
        base = [D(c.replace(",", "")) for c in rows[received]] if received else b
        for i in range(len(bal)):
            if bal[i] != base[i] - s[i]:
                err(f"{doc.name}: balance column {cols[i]}: {bal[i]} != {base[i]} - {s[i]}")
    for rate_row, num_row in (rate_rows or []):
        num = [D(c.replace(",", "")) for c in rows[num_row]]
        for i, cell in enumerate(rows[rate_row]):
            if b[i] == 0:
                if cell not in ("—", "0", "-"):
                    err(f"{doc.name}: rate on zero base in column {cols[i]}: {cell}")
                continue
            if not close(cell, num[i] / b[i] * 100):
                err(f"{doc.name}: {rate_row} column {cols[i]}: {cell} vs {num[i] / b[i] * 100:.4f}")


# ---------------------------------------------------------------- indicator tables
SIGN_GTE = ("≥", "不低于", "不少于", "以上")
SIGN_LTE = ("≤", "不高于", "不超过", "以内")


def parse_target(t):
    t = t.strip()
    if t.startswith("≥"):
        return "gte", t[1:]
    if t.startswith("≤"):
        return "lte", t[1:]
    if t.startswith("="):
        return "eq", t[1:]
    return "eq", t


def unit_of(s):
    s = s.split(":")[-1] if ":" in s else s
    return NUM.sub("", s).strip()


def indicator_check(doc, rows, total_stated, weights_total="100"):
    """rows: list of dicts with name, target (with sign), actual, weight, score, completion (opt)."""
    wsum = sum(D(r["weight"]) for r in rows)
    if wsum != D(weights_total):
        err(f"{doc.name}: weights add to {wsum}")
    ssum = sum(D(r["score"]) for r in rows)
    if not close(total_stated, ssum):
        err(f"{doc.name}: scores add to {ssum}, stated total {total_stated}")
    for r in rows:
        w, s = D(r["weight"]), D(r["score"])
        if s > w or s < 0:
            err(f"{doc.name}: {r['name']}: score {s} outside [0, {w}]")
        if r.get("skip_rule"):
            continue
        direction, t = parse_target(r["target"])
        a = r["actual"]
        if unit_of(t) != unit_of(a):
            err(f"{doc.name}: {r['name']}: unit of target {t!r} differs from actual {a!r}")
        T, A = val(t), val(a)
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        exp_score = q2(w * min(comp, D(100)) / 100)
        if not close(r["score"], exp_score):
            err(f"{doc.name}: {r['name']}: score {r['score']} vs rule {exp_score}")
        if r.get("completion"):
            if not close(r["completion"], comp):
                err(f"{doc.name}: {r['name']}: completion {r['completion']} vs {comp:.4f}")
        over = comp - 100
        if (comp < 100 or over > 20) and not r.get("note", "").strip() and not r.get("explained"):
            err(f"{doc.name}: {r['name']}: deviation {over:.1f}% without a reason in the table")


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def grade_check(doc, stated_total_str, grade_phrase):
    doc.has(grade_phrase)
    g = grade_of(val(stated_total_str))
    if g not in grade_phrase:
        err(f"{doc.name}: grade phrase {grade_phrase!r} not in band {g} of {stated_total_str}")


def exec_score(doc, label, weight, spent, budget, stated_score):
    r = min(doc.n(spent) / doc.n(budget), D(1))
    doc.check(label, stated_score, weight * r)


# ---------------------------------------------------------------- project checks
def rows_between(text, start_marker, end_prefix, sep):
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(start_marker))
    strip = (lambda c: c.strip()) if sep.strip() == "|" else (lambda c: c)
    sep = sep.strip() if sep.strip() == "|" else sep
    out = []
    for l in lines[i + 1:]:
        out.append([strip(c) for c in l.split(sep)])
        if l.startswith(end_prefix):
            break
    return out


def check_shashi(doc):
    t = doc.text
    # funds table
    rows = {}
    for l in t.split("\n"):
        for lab in ("年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余", "执行率"):
            if l.startswith(lab + "｜"):
                rows[lab] = l.split("｜")[1:]
    cols = ["合计", "中央", "省级", "市级", "区级"]
    funds_check(doc, rows, cols, ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余"],
                budget="全年预算数", received="实际到位数", spent="全年执行数", balance="结余",
                rate_rows=[("执行率", "全年执行数")])
    doc.total("全年预算1,100.00万元", ["中央特殊转移支付资金300.00万元", "省级促消费专项资金250.00万元",
                                     "市级配套资金150.00万元", "区级资金400.00万元"])
    doc.total("区级资金400.00万元", ["年初预算安排商贸流通发展资金200.00万元", "2020年6月追加200.00万元"])
    doc.total("全年执行1,046.10万元", ["消费券核销兑付1,010.55万元", "平台技术服务费28.00万元", "宣传推广及物料费7.55万元"])
    doc.ratio("预算执行率95.1%", "全年执行1,046.10万元", "全年预算1,100.00万元")
    doc.ratio("区级资金支出346.10万元，执行率86.5%", "区级资金支出346.10万元", "区级资金400.00万元")
    doc.diff("年末区级结余资金53.90万元", "区级资金400.00万元", "区级资金支出346.10万元")
    # rounds
    R = [("发放综合券和餐饮券12.00万张", "领取11.52万张", "核销10.26万张", "核销率85.5%", "财政补贴）338.58万元",
          "带动消费2,806.83万元", "拉动比1:8.3"),
         ("发放14.00万张", "领取13.08万张", "核销12.18万张", "核销率87.0%", "财政补贴406.32万元",
          "带动消费3,416.49万元", "拉动比1:8.4"),
         ("发放10.00万张", "领取9.41万张", "核销8.05万张", "核销率80.5%", "财政补贴265.65万元",
          "带动消费2,164.25万元", "拉动比1:8.1")]
    for iss, cl, red, rate, sub, lev, lr in R:
        doc.ratio(rate, red, iss)
        doc.ratio(lr, lev, sub, 1)
    doc.total("三轮合计发放36.00万张", [r[0] for r in R])
    doc.total("累计领取34.01万张", [r[1] for r in R])
    doc.ratio("领取率94.5%", "累计领取34.01万张", "三轮合计发放36.00万张")
    doc.total("核销30.49万张", [r[2] for r in R])
    doc.ratio("核销30.49万张，核销率84.7%", "核销30.49万张", "三轮合计发放36.00万张")
    doc.total("财政补贴1,010.55万元", [r[4] for r in R])
    doc.has("消费券核销兑付1,010.55万元")
    doc.total("带动消费8,387.57万元", [r[5] for r in R])
    doc.ratio("财政资金拉动比1:8.3", "带动消费8,387.57万元", "财政补贴1,010.55万元", 1)
    doc.total("参与活动商户1,626家", ["商超百货214家", "餐饮住宿693家", "零售及其他719家"])
    doc.diff("多126家", "参与活动商户1,626家", "计划的1,500家")
    doc.diff("低6.5个百分点", "核销率87.0%", "核销率80.5%")
    doc.ratio("完成年度目标35万张的102.9%", "三轮共发放消费券36.00万张", "年度目标35万张")
    doc.ratio("占全年预算的2.5%", "平台技术服务费28.00万元", "全年预算1,100.00万元")
    doc.ratio("带动8.3元消费", "带动消费8,387.57万元", "财政补贴1,010.55万元", 1)
    # indicator table (Hubei: 20 + 80 in goal blocks)
    rows = []
    for c in rows_between(t, "年度目标｜一级指标", "合计｜", "｜"):
        if c[0] == "合计":
            total = c[8]
            continue
        rows.append({"name": c[3], "target": c[4], "actual": c[5], "completion": c[6], "weight": c[7],
                     "score": c[8], "note": c[9], "skip_rule": c[0] == "预算执行"})
    exec_score(doc, "预算执行得分", 20, "全年执行1,046.10万元", "全年预算1,100.00万元", "｜20｜19.02")
    doc.check("执行率 in table", "｜100%｜95.1%｜95.1%", doc.n("全年执行1,046.10万元") / doc.n("全年预算1,100.00万元") * 100)
    indicator_check(doc, rows, total)
    blocks = {}
    for r, c in zip(rows, [c for c in rows_between(t, "年度目标｜一级指标", "合计｜", "｜") if c[0] != "合计"]):
        blocks[c[0]] = blocks.get(c[0], D(0)) + D(r["weight"])
    if blocks != {"预算执行": 20, "目标一": 35, "目标二": 26, "目标三": 19} or sum(blocks.values()) != 100:
        err(f"{doc.name}: block weights {blocks}")
    doc.has("本项目自评得分97.56分")
    if val("自评得分97.56分") != D(total):
        err(f"{doc.name}: text total differs from table total")
    grade_check(doc, "97.56", "等级为“优”")


def check_nanan(doc):
    t = doc.text
    rows = {}
    for l in t.split("\n"):
        for lab in ("全年预算数", "实际到位数", "全年执行数", "执行率"):
            if l.startswith(lab + " | "):
                rows[lab] = l.split(" | ")[1:]
    funds_check(doc, rows, ["合计", "中央", "市级", "区级"], ["全年预算数", "实际到位数", "全年执行数"],
                budget="全年预算数", received="实际到位数", spent="全年执行数",
                rate_rows=[("执行率", "全年执行数")])
    doc.total("项目全年预算260.00万元", ["专项资金80.00万元", "市级体育彩票公益金100.00万元", "区级财政资金80.00万元"])
    doc.total("全年执行216.03万元", ["消费券核销兑付201.96万元", "平台运营及结算服务费9.72万元", "宣传推广费4.35万元"])
    doc.ratio("预算执行率83.1%", "全年执行216.03万元", "项目全年预算260.00万元")
    doc.diff("全年结余资金43.97万元", "项目全年预算260.00万元", "全年执行216.03万元")
    doc.diff("全年结余资金43.97万元", "区级财政资金80.00万元", "| 100.00 | 36.03")  # all of it 区级
    doc.ratio("区级资金执行率仅45.0%", "| 100.00 | 36.03", "区级财政资金80.00万元")
    doc.ratio("核销率78.0%", "核销1.17万张", "发放体育消费券1.50万张")
    R = [("发放2.00万张", "核销1.71万张", "核销率85.5%", "财政补贴56.43万元", "带动体育消费248.29万元", "撬动比1:4.4。\n第二期"),
         ("发放2.80万张", "核销2.49万张", "核销率88.9%", "财政补贴84.66万元", "带动体育消费394.42万元", "撬动比1:4.7"),
         ("发放2.40万张", "核销1.92万张", "核销率80.0%", "财政补贴60.87万元", "带动体育消费266.11万元", "撬动比1:4.4。\n三期")]
    for iss, red, rate, sub, lev, lr in R:
        doc.ratio(rate, red, iss)
        doc.check("leverage", lr.split("。")[0], doc.n(lev) / doc.n(sub))
    doc.ratio("核销率92.2%", "核销0.83万张", "游泳券发放0.90万张")
    doc.total("三期合计发放7.20万张", [r[0].split("，")[0] for r in R])
    doc.mean("平均每期发放2.40万张", [r[0].split("，")[0] for r in R])
    doc.total("核销6.12万张", [r[1] for r in R])
    doc.ratio("核销6.12万张，核销率85.0%", "核销6.12万张", "三期合计发放7.20万张")
    doc.diff("提高7.0个百分点", "核销6.12万张，核销率85.0%", "核销率78.0%")
    doc.total("财政补贴201.96万元", [r[3] for r in R])
    doc.ratio("平均每张核销券补贴33.0元", "财政补贴201.96万元", "核销6.12万张", 1)
    doc.total("带动体育消费908.82万元", [r[4] for r in R])
    doc.ratio("撬动比1:4.5，", "带动体育消费908.82万元", "财政补贴201.96万元", 1)
    doc.ratio("完成8万张目标的90.0%", "发放7.20万张，完成", "完成8万张")
    doc.ratio("完成目标的60.6%", "带动体育消费908.82万元", "带动体育消费1,500万元", 100)
    doc.ratio("完成目标的70.4%", "参与群众5.63万人次", "参与群众8万人次")
    if D("2.00") + D("2.80") + doc.n("原计划发放的3.20万张") != doc.n("发放体育消费券8万张"):
        err(f"{doc.name}: planned rounds do not add to the 8万张 target")
    # 自评表
    rows = []
    for c in rows_between(t, "一级指标 | 二级指标", "总分 |", " | "):
        if c[0] == "总分":
            total = c[6]
            continue
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6],
                     "note": c[7] if len(c) > 7 else ""})
    exec_row = [l for l in t.split("\n") if l.startswith("年度资金总额 | ")][0].split(" | ")
    doc.check("table 执行率", "| 10 | 83.1%", D(exec_row[3]) / D(exec_row[2]) * 100)
    exec_score(doc, "预算执行得分", 10, "全年执行216.03万元", "项目全年预算260.00万元", "| 83.1% | 8.31")
    rows.append({"name": "预算执行率", "target": "", "actual": "", "weight": exec_row[4], "score": exec_row[6],
                 "skip_rule": True})
    indicator_check(doc, rows, total)
    lvl = {}
    for c in rows_between(t, "一级指标 | 二级指标", "总分 |", " | "):
        if c[0] != "总分":
            lvl[c[0]] = lvl.get(c[0], D(0)) + D(c[6])
    doc.check("产出得分", "产出指标得分48.44分", lvl["产出指标"])
    doc.check("效益得分", "效益指标得分22.10分", lvl["效益指标"])
    doc.check("满意度得分", "满意度指标得分9.80分", lvl["满意度指标"])
    doc.check("text total", "本项目得分88.65分", D(total))
    doc.total("本项目得分88.65分", ["预算执行得分8.31分", "产出指标得分48.44分", "效益指标得分22.10分", "满意度指标得分9.80分"])
    grade_check(doc, "88.65", "评价等级为“良”")


def check_shunqing(doc):
    t = doc.text
    rows = {}
    for l in t.split("\n"):
        for lab in ("年初预算数", "全年预算数", "实际到位数", "全年执行数", "执行率"):
            if l.startswith(lab + "\t"):
                rows[lab] = l.split("\t")[1:]
    funds_check(doc, rows, ["合计", "中央", "省级", "市级", "区级"],
                ["年初预算数", "全年预算数", "实际到位数", "全年执行数"], budget="全年预算数",
                received="实际到位数", spent="全年执行数", rate_rows=[("执行率", "全年执行数")])
    doc.total("年初预算安排本项目400.00万元", ["省级文旅发展专项资金120.00万元", "市级资金60.00万元", "区级资金220.00万元"])
    doc.diff("调整后全年预算360.00万元", "年初预算安排本项目400.00万元", "区级资金调减40.00万元")
    doc.total("全年执行331.20万元", ["消费券核销兑付308.20万元", "平台及结算服务费15.41万元", "宣传推广费7.59万元"])
    doc.check("平台费 5%", "平台及结算服务费15.41万元", doc.n("消费券核销兑付308.20万元") * D("0.05"))
    doc.ratio("预算执行率92.0%", "全年执行331.20万元", "调整后全年预算360.00万元")
    doc.diff("年末结余28.80万元", "调整后全年预算360.00万元", "全年执行331.20万元")
    doc.total("全年备案商户225家", ["A级景区11家", "酒店及民宿63家", "影院剧场9家", "文创及餐饮商户142家"])
    R = [("发放3.00万张，核销2.46万张", "核销2.46万张", "核销率82.0%", "财政补贴73.80万元", "带动文旅消费516.60万元", "拉动比1:7.0"),
         ("发放3.50万张", "核销2.94万张", "核销率84.0%", "财政补贴91.14万元", "带动文旅消费661.50万元", "拉动比1:7.3"),
         ("发放2.50万张", "核销2.15万张", "核销率86.0%", "财政补贴62.35万元", "带动文旅消费447.20万元", "拉动比1:7.2。"),
         ("发放3.00万张，核销2.61万张", "核销2.61万张", "核销率87.0%", "财政补贴80.91万元", "带动文旅消费595.10万元", "拉动比1:7.4")]
    for iss, red, rate, sub, lev, lr in R:
        doc.ratio(rate, red, iss.split("，")[0])
        doc.ratio(lr.rstrip("。"), lev, sub, 1)
    doc.ratio("核销率90.0%", "核销0.72万张", "门票券发放0.80万张")
    doc.total("四轮合计发放12.00万张", [r[0].split("，")[0] for r in R])
    doc.ratio("是2022年试点发放量的2倍", "四轮合计发放12.00万张", "共计6.00万张", 1)
    doc.total("核销10.16万张", [r[1] for r in R])
    doc.ratio("核销10.16万张，核销率84.7%", "核销10.16万张", "四轮合计发放12.00万张")
    doc.total("财政补贴308.20万元", [r[3] for r in R])
    doc.ratio("单张核销券平均补贴30.3元", "财政补贴308.20万元", "核销10.16万张", 1)
    doc.total("带动文旅消费2,220.40万元", [r[4] for r in R])
    doc.mean("平均每轮带动文旅消费555.10万元", [r[4] for r in R])
    doc.ratio("完成目标值2,500万元的88.8%", "带动文旅消费2,220.40万元", "目标值2,500万元")
    doc.ratio("财政资金拉动比1:7.2", "带动文旅消费2,220.40万元", "财政补贴308.20万元", 1)
    doc.check("游客增长", "增长8.6%", (doc.n("接待游客1,268.4万人次") / doc.n("2022年的1,168.0万人次") - 1) * 100)
    # 自评表 (Sichuan: 指标性质 + 指标值 + 度量单位)
    rows = []
    for c in rows_between(t, "一级指标\t二级指标", "合计\t", "\t"):
        if c[0] == "合计":
            total = c[8]
            continue
        sign = {"≥": "≥", "≤": "≤", "=": "="}[c[3]]
        unit = "" if c[5] in ("—", "%") else c[5]
        rows.append({"name": c[2], "target": sign + c[4] + unit, "actual": c[6] + unit, "weight": c[7],
                     "score": c[8], "note": c[9] if len(c) > 9 else "", "skip_rule": c[0] == "预算执行率"})
    exec_score(doc, "预算执行得分", 10, "全年执行331.20万元", "调整后全年预算360.00万元", "92.0\t10\t9.20")
    indicator_check(doc, rows, total)
    w = {}
    for c in rows_between(t, "一级指标\t二级指标", "合计\t", "\t"):
        if c[0] != "合计":
            w[c[0]] = w.get(c[0], D(0)) + D(c[7])
    if w != {"预算执行率": 10, "产出指标": 60, "效益指标": 30}:
        err(f"{doc.name}: level weights {w}")
    doc.check("text total", "本项目自评得分96.68分", D(total))
    grade_check(doc, "96.68", "评价等级为“优”")


def flat_rows(block):
    """seed-003 layout: one cell per line, tab-indented, blank line between rows."""
    out = []
    for chunk in block.split("\n\n"):
        cells = [l[1:] if l.startswith("\t") else l for l in chunk.split("\n")]
        if all(l.startswith("\t") or l == "" for l in chunk.split("\n")) and chunk.strip():
            out.append(cells)
    return out


def check_bishan(doc):
    t = doc.text
    a = t.index("（二）预算执行情况\n") + len("（二）预算执行情况\n")
    b = t.index("全年执行1,897.40万元")
    frows = {r[0]: r[2:] for r in flat_rows(t[a:b]) if r and r[0] not in ("项目", "")}
    # columns: 年度总金额, 小计, 中央, 市级, 区级, 上年结转, 其他
    cols = ["年度总金额", "小计", "中央", "市级", "区级", "上年结转", "其他"]
    for r in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        v = [D(c.replace(",", "")) for c in frows[r]]
        if v[0] != v[1] + v[5] + v[6] or v[1] != v[2] + v[3] + v[4]:
            err(f"{doc.name}: funds row {r} does not add up: {v}")
    fb = [D(c.replace(",", "")) for c in frows["全年预算资金"]]
    fr = [D(c.replace(",", "")) for c in frows["实际到位资金"]]
    fs = [D(c.replace(",", "")) for c in frows["全年执行资金"]]
    fbal = [D(c.replace(",", "")) for c in frows["资金结余"]]
    for i in range(len(cols)):
        if fbal[i] != fr[i] - fs[i]:
            err(f"{doc.name}: (5)=(3)-(4) fails in column {cols[i]}")
        for lab, num in (("预算到位率(%)", fr), ("预算执行率(%)", fs)):
            cell = frows[lab][i]
            if fb[i] == 0:
                if cell != "0":
                    err(f"{doc.name}: {lab} on zero base: {cell}")
            elif not close(cell, num[i] / fb[i] * 100):
                err(f"{doc.name}: {lab} column {cols[i]}: {cell}")
    doc.total("全年预算2,000.00万元", ["中央超长期特别国债资金1,700.00万元", "市级配套资金200.00万元", "区级资金100.00万元"])
    doc.total("中央超长期特别国债资金1,700.00万元", ["2024年8月下达1,000.00万元", "2024年10月下达700.00万元"])
    doc.total("全年预算2,000.00万元", ["第三方审核服务费24.00万元", "宣传推广费8.00万元", "其余1,968.00万元"])
    doc.total("全年执行1,897.40万元", ["补贴兑付1,868.82万元", "第三方审核服务费21.60万元", "宣传推广费6.98万元"])
    doc.ratio("预算执行率94.9%", "全年执行1,897.40万元", "全年预算2,000.00万元")
    doc.diff("结余2.40万元", "审核服务费安排24.00万元", "实际支付21.60万元")
    doc.diff("全年结余资金102.60万元", "全年预算2,000.00万元", "全年执行1,897.40万元")
    R = [("补贴家电4,326台", "补贴金额559.84万元", "带动销售额3,528.37万元", "拉动比1:6.3，平均每台补贴1,294.1元"),
         ("补贴家电6,018台", "补贴金额812.43万元", "带动销售额5,196.72万元", "拉动比1:6.4，平均每台补贴1,350.0元"),
         ("补贴家电3,712台", "补贴金额496.55万元", "带动销售额3,120.69万元", "拉动比1:6.3。")]
    for n_, sub, sale, lr in R:
        doc.check("leverage", lr.split("，")[0].rstrip("。"), doc.n(sale) / doc.n(sub))
        if "平均每台" in lr:
            doc.ratio(lr, sub, n_, 10000)
    doc.total("三批合计补贴家电14,056台", [r[0] for r in R])
    doc.total("补贴金额1,868.82万元", [r[1] for r in R])
    doc.total("带动销售额11,845.78万元", [r[2] for r in R])
    doc.ratio("财政资金拉动比1:6.3", "带动销售额11,845.78万元", "补贴金额1,868.82万元", 1)
    doc.ratio("补贴金额占带动销售额的15.8%", "补贴金额1,868.82万元", "带动销售额11,845.78万元")
    doc.ratio("平均每台补贴1,329.6元", "补贴金额1,868.82万元", "三批合计补贴家电14,056台", 10000)
    doc.ratio("完成目标的93.7%", "补贴家电14,056台，完成", "补贴家电15,000台")
    doc.ratio("完成目标的90.0%", "回收旧家电1.35万台，完成", "回收旧家电1.5万台")
    doc.check("门店超目标", "超过目标32.0%", (doc.n("全区132家门店") / doc.n("销售门店100家") - 1) * 100)
    doc.ratio("完成目标的91.1%", "带动家电销售额11,845.78万元", "带动家电销售额13,000万元")
    doc.diff("多1个工作日", "平均8个工作日", "7个工作日内兑付")
    # indicator tables
    sec = t[t.index("（一）预算执行情况\n"):t.index("三、绩效分析")]
    rows = []
    total = None
    for r in flat_rows(sec):
        if r[0] in ("二级指标",):
            continue
        if r[0] == "合计":
            total = r[6]
            if r[2] != "100":
                err(f"{doc.name}: stated weight total {r[2]}")
            continue
        rows.append({"name": r[1], "target": r[3], "actual": r[4], "completion": r[5], "weight": r[2],
                     "score": r[6], "explained": True, "skip_rule": r[0] == "预算执行指标"})
    exec_score(doc, "预算执行得分", 10, "全年执行1,897.40万元", "全年预算2,000.00万元", "\t94.9%\n\t9.49")
    indicator_check(doc, rows, total)
    doc.check("text total", "总得分92.47分", D(total))
    grade_check(doc, "92.47", "评价等级为优")


def check_dongbao(doc):
    t = doc.text
    rows = {}
    for l in t.split("\n"):
        for lab in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
            if l.startswith(lab + "|"):
                rows[lab] = l.split("|")[1:]
    funds_check(doc, rows, ["合计", "中央", "省级", "市级", "区级"],
                ["年初预算数", "全年预算数", "实际到位数", "全年执行数"], budget="全年预算数",
                received="实际到位数", spent="全年执行数")
    doc.total("项目预算600.00万元", ["省级促消费专项资金200.00万元", "市级汽车消费奖补资金150.00万元", "区级资金250.00万元"])
    doc.total("全年支出585.80万元", ["购车补贴577.20万元", "宣传费用8.60万元"])
    doc.ratio("预算执行率97.6%", "全年支出585.80万元", "项目预算600.00万元")
    doc.diff("年末结余14.20万元", "项目预算600.00万元", "全年支出585.80万元")
    doc.diff("通过1,236笔", "审核补贴申请1,251笔", "退回15笔")
    R = [("发放资格券500张", "使用412张", "使用率82.4%", "兑付补贴191.60万元", "带动汽车销售5,276.40万元"),
         ("发放资格券600张", "使用503张", "使用率83.8%", "兑付补贴236.40万元", "带动汽车销售6,518.90万元"),
         ("发放资格券380张", "使用321张", "使用率84.5%", "兑付补贴149.20万元", "带动汽车销售4,102.30万元")]
    for iss, used, rate, sub, sale in R:
        doc.ratio(rate, used, iss)
    doc.total("三期合计发放资格券1,480张", [r[0] for r in R])
    doc.total("使用1,236张", [r[1] for r in R])
    doc.ratio("资格券使用率83.5%", "使用1,236张", "三期合计发放资格券1,480张")
    doc.total("合计577.20万元", [r[3] for r in R])
    doc.total("带动汽车销售额15,897.60万元", [r[4] for r in R])
    doc.total("共补贴车辆1,236辆", ["10万元以下486辆", "10万元至20万元562辆", "20万元以上188辆"])
    doc.total("合计577.20万元", ["分别为145.80万元", "281.00万元和", "和150.40万元"])
    for cnt, per, amt in (("10万元以下486辆", "每辆补贴3,000元", "分别为145.80万元"),
                          ("10万元至20万元562辆", "每辆补贴5,000元", "281.00万元和"),
                          ("20万元以上188辆", "每辆补贴8,000元", "和150.40万元")):
        doc.check("tier amount", amt, doc.n(cnt) * doc.n(per) / 10000)
    doc.has("购车补贴577.20万元")
    doc.ratio("单车平均补贴4,670元", "合计577.20万元", "共补贴车辆1,236辆", 10000)
    doc.ratio("占14.0%", "新能源汽车173辆", "共补贴车辆1,236辆")
    doc.diff("比目标多7家", "经销企业32家", "不少于25家")
    doc.ratio("财政资金拉动比1:27.5", "带动汽车销售额15,897.60万元", "合计577.20万元", 1)
    doc.mean("平均满意度93.5%", ["消费者满意度95.2%", "经销企业满意度91.8%"])
    rows = []
    for c in rows_between(t, "一级指标|二级指标", "合计|", "|"):
        if c[0] == "合计":
            total = c[6]
            continue
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6],
                     "note": c[7], "skip_rule": c[0] == "预算执行"})
    exec_score(doc, "预算执行得分", 10, "全年支出585.80万元", "项目预算600.00万元", "|97.6%|10|9.76")
    # the usage-rate row: exact 1,236/1,480 and the stated 83.5% both give 9.28
    doc.check("使用率得分 (exact)", "|83.5%|10|9.28", q2(doc.n("使用1,236张") / doc.n("三期合计发放资格券1,480张") / D("0.9") * 10))
    indicator_check(doc, rows, total)
    lvl = {}
    for c in rows_between(t, "一级指标|二级指标", "合计|", "|"):
        if c[0] != "合计":
            lvl[c[0]] = lvl.get(c[0], D(0)) + D(c[6])
    doc.check("预算执行", "预算执行9.76分", lvl["预算执行"])
    doc.check("产出", "产出指标49.28分", lvl["产出指标"])
    doc.check("效益", "效益指标29.33分", lvl["效益指标"])
    doc.check("满意度", "满意度指标9.83分", lvl["满意度指标"])
    doc.check("text total", "自评得分98.20分", D(total))
    grade_check(doc, "98.20", "自评等级为优秀")


CHECKS = {
    "shashi-voucher-2020": check_shashi,
    "nanan-sportsvoucher-2022": check_nanan,
    "shunqing-culturevoucher-2023": check_shunqing,
    "bishan-appliancetradein-2024": check_bishan,
    "dongbao-autosubsidy-2021": check_dongbao,
}


# ---------------------------------------------------------------- labels and edits
def line_diff(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    by_src = {}
    code_use = {}
    for rec in labels:
        by_src.setdefault(rec["source"], []).append(rec)
    for src, recs in by_src.items():
        clean = read(f"{src}-clean.txt")
        if not any(r["clean"] and r["case"] == f"{src}-clean.txt" and r["expected"] == [] for r in recs):
            err(f"{src}: no clean label")
        errs = [r for r in recs if not r["clean"]]
        if len(errs) != 6:
            err(f"{src}: {len(errs)} error cases, expected 6")
        for rec in errs:
            case = read(rec["case"])
            if len(rec["expected"]) != 1:
                err(f"{rec['case']}: expected exactly one label")
            for exp in rec["expected"]:
                if exp["severity"] != "error" or exp["code"] not in CODES_A:
                    err(f"{rec['case']}: bad code/severity {exp}")
                code_use.setdefault(exp["code"], set()).add(src)
                code_use.setdefault("_n_" + exp["code"], set()).add(rec["case"])
                v = exp["value"]
                if case.count(v) != 1:
                    err(f"{rec['case']}: value occurs {case.count(v)} times: {v!r}")
                if v in clean:
                    err(f"{rec['case']}: value occurs in the clean draft: {v!r}")
                if exp["code"] != "grade_mismatch" and not re.search(r"\d", v):
                    err(f"{rec['case']}: value has no figure: {v!r}")
            # edit size
            cl, cs = clean.split("\n"), case.split("\n")
            if len(cl) != len(cs):
                err(f"{rec['case']}: line count changed")
                continue
            changed = [i for i in range(len(cl)) if cl[i] != cs[i]]
            multirow = rec["expected"][0]["code"] in MULTIROW_CODES
            if not changed:
                err(f"{rec['case']}: identical to the clean draft")
            elif len(changed) > (2 if multirow else 1):
                err(f"{rec['case']}: {len(changed)} lines changed")
            elif len(changed) == 2 and changed[1] - changed[0] != 1:
                err(f"{rec['case']}: changed lines not adjacent")
            for i in changed:
                a, b = line_diff(cl[i], cs[i])
                if len(a) > 16 or len(b) > 16:
                    err(f"{rec['case']}: edit on line {i + 1} too large: {a!r} -> {b!r}")
            # every value must overlap the edited lines
            pos = case.find(exp["value"])
            first_line = case.count("\n", 0, pos)
            last_line = case.count("\n", 0, pos + len(exp["value"]))
            if not any(first_line <= i <= last_line for i in changed):
                err(f"{rec['case']}: value does not cover the edit")
    for code in CODES_A:
        n = len(code_use.get("_n_" + code, ()))
        p = len(code_use.get(code, ()))
        if n < 2 or p < 2:
            err(f"code {code}: used {n} times in {p} projects")
    return labels, code_use


def main():
    labels, code_use = check_labels()
    for src, fn in CHECKS.items():
        doc = Doc(f"{src}-clean.txt")
        try:
            fn(doc)
        except Exception as exc:  # a parse failure is a failure
            err(f"{src}: check raised {type(exc).__name__}: {exc}")
        n = len(doc.text)
        if not 2500 <= n <= 6000:
            err(f"{src}: clean draft has {n} characters")
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        print(f"{len(ERRORS)} problem(s)")
        return 1
    counts = {c: len(code_use.get("_n_" + c, ())) for c in CODES_A}
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors: "
          + ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
