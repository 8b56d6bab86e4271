#!/usr/bin/env python3
"""Verify the n306 set (standard library only).

1. every label value occurs (exactly once) in its case; each error case differs from its clean draft in one
   contiguous place that overlaps the label value; the changed figure is unique in the error case;
2. every one of the 13 error codes of errors.md §A is used at least twice;
3. the arithmetic of every draft is redone from the text: a clean draft must pass every check (errors and
   warnings); an error case must fail at least one check of its labelled code and no error-level check of any
   other code (warning-level checks such as score rules are allowed to fail there).
Tolerance follows rules.md §8: a stated value with d decimals matches a computed c iff |c - v| <= 0.5*10^-d.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = re.compile(r"-?\d+(?:\.\d+)?")
EPS = D("1e-9")


class Fail(Exception):
    pass


# ---------------------------------------------------------------- numbers
def num(s):
    s = str(s).replace(",", "")
    if s.strip() in ("", "—", "-"):
        return D(0)
    m = NUM.search(s)
    if not m:
        raise Fail(f"no number in {s!r}")
    return D(m.group())


def ndec(s):
    m = NUM.search(str(s))
    if not m:
        return 0
    t = m.group()
    return len(t.split(".")[1]) if "." in t else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + EPS


def close(c, s):
    return abs(D(c) - num(s)) <= tol(s)


def unit(s):
    t = NUM.sub("", str(s), count=1)
    for ch in "≥≤＝=<>＜＞":
        t = t.replace(ch, "")
    return t.strip()


def direction(target):
    if any(k in target for k in ("≥", "不低于", "不少于", "以上")):
        return "gte"
    if any(k in target for k in ("≤", "不超过", "不高于", "以内")):
        return "lte"
    return "eq"


GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(-1000), ("差", "较差", "不合格"))]


def band(total):
    for lo, words in GRADES:
        if total >= lo:
            return words
    return ()


# ---------------------------------------------------------------- checks
class Checks:
    def __init__(self):
        self.items = []

    def add(self, code, ok, msg, sev="error"):
        self.items.append((code, sev, bool(ok), msg))

    def rate(self, n, d, stated, msg):
        if num(d) == 0:
            self.add("implausible_rate", num(stated) == 0, msg + " (zero base)")
            return
        self.add("rate_mismatch", close(num(n) / num(d) * 100, stated), f"{msg}: {n}/{d} vs {stated}")

    def le100(self, stated, msg):
        self.add("implausible_rate", D(0) <= num(stated) <= D(100), f"{msg}: {stated} outside 0–100%")

    def total(self, parts, total, msg, money=True):
        """Sum check; an amount whose unit is off by 10^4/10^8 is reported as unit_mismatch (errors.md #11b)."""
        vals = [num(p) for p in parts]
        if close(sum(vals), total):
            self.add("sum_mismatch", True, msg)
            return
        if money:
            for i in range(len(vals)):
                for f in (D(10) ** -4, D(10) ** 4, D(10) ** -8, D(10) ** 8):
                    alt = vals[:i] + [vals[i] * f] + vals[i + 1:]
                    if close(sum(alt), total):
                        self.add("unit_mismatch", False, f"{msg}: {parts[i]} off by a power of ten")
                        return
                for f in (D(10) ** -4, D(10) ** 4):
                    if close(sum(vals), str(num(total) * f)):
                        self.add("unit_mismatch", False, f"{msg}: total {total} off by a power of ten")
                        return
        self.add("sum_mismatch", False, f"{msg}: {'+'.join(map(str, parts))}={sum(vals)} vs {total}")

    def balance(self, a, b, stated, msg):
        self.add("balance_mismatch", close(num(a) - num(b), stated), f"{msg}: {a}-{b} vs {stated}")

    def average(self, items, stated, msg):
        vals = [num(x) for x in items]
        self.add("average_mismatch", close(sum(vals) / len(vals), stated), f"{msg}: mean{items} vs {stated}")

    def per_unit(self, amount_wan, count, stated_yuan, msg):
        """amount in 万元 divided by a count, stated in 元."""
        c = num(amount_wan) * 10000 / num(count)
        if close(c, stated_yuan):
            self.add("average_mismatch", True, msg)
            return
        for f in (D(10) ** -4, D(10) ** 4):
            if close(c * f, stated_yuan):
                self.add("unit_mismatch", False, f"{msg}: {amount_wan} off by a power of ten")
                return
        self.add("average_mismatch", False, f"{msg}: {amount_wan}万元/{count} = {c:.4f}元 vs {stated_yuan}")

    def same(self, a, b, msg):
        d = min(ndec(a), ndec(b))
        ok = abs(num(a) - num(b)) <= D("0.5") * (D(10) ** -d) + EPS
        self.add("conflicting_values", ok, f"{msg}: {a} vs {b}")

    def completion(self, target, actual, stated, msg):
        if unit(target) != unit(actual):
            return  # reported by unit(); completion cannot be computed
        t, a = num(target), num(actual)
        if direction(target) == "lte":
            c = D(100) if a <= t else t / a * 100
        else:
            c = a / t * 100
        self.add("completion_mismatch", close(c, stated), f"{msg}: completion {c:.4f} vs {stated}")

    def units(self, target, actual, msg):
        self.add("unit_mismatch", unit(target) == unit(actual), f"{msg}: {target} vs {actual}")

    def cap(self, score, weight, msg):
        self.add("score_exceeds_weight", D(0) <= num(score) <= num(weight), f"{msg}: {score} > {weight}")

    def score_rule(self, target, actual, weight, score, msg):
        """rules.md §5 (warning level): gte/eq proportional, lte w*T/A; accepts rate as printed too."""
        if unit(target) != unit(actual):
            return
        t, a, w = num(target), num(actual), num(weight)
        if direction(target) == "lte":
            c = w if a <= t else w * t / a
        else:
            c = w if a >= t else w * a / t
        self.add("score_rule_mismatch", close(c, score), f"{msg}: rule gives {c:.4f}, scored {score}",
                 sev="warning")

    def exec_score(self, n, d, rate_stated, weight, score, msg):
        w = num(weight)
        c1 = w * min(num(n) / num(d), D(1))
        c2 = w * min(num(rate_stated) / 100, D(1))
        self.add("score_rule_mismatch", close(c1, score) or close(c2, score),
                 f"{msg}: {w}×rate = {c1:.4f}, scored {score}", sev="warning")

    def qualitative(self, weight, score, msg):
        w, s = num(weight), num(score)
        self.add("score_rule_mismatch", w * D("0.8") <= s <= w, f"{msg}: achieved band", sev="warning")

    def weights(self, ws, stated, msg):
        s = sum(num(w) for w in ws)
        self.add("weight_sum_mismatch", s == num(stated), f"{msg}: Σ={s} vs {stated}")

    def scores(self, ss, stated, msg):
        s = sum(num(x) for x in ss)
        self.add("score_sum_mismatch", close(s, stated), f"{msg}: Σ={s} vs {stated}")

    def grade(self, total, word, msg):
        self.add("grade_mismatch", word in band(num(total)), f"{msg}: {total} → {word}")

    def year(self, y, expected, msg):
        self.add("year_mismatch", int(y) == expected, f"{msg}: {y} vs {expected}")


# ---------------------------------------------------------------- extraction
def one(pattern, text, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise Fail(f"pattern matched {len(ms)} times: {pattern}")
    g = ms[0].groups()
    return g if len(g) > 1 else g[0]


def line_rows(text, sep):
    return [ln.split(sep) for ln in text.splitlines() if sep in ln]


def html_rows(text):
    out = []
    for ln in text.splitlines():
        if "<td>" in ln:
            cells = [re.sub(r"&nbsp;", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", ln)]
            out.append([c[3:] if c.startswith("其中：") else c for c in cells])
    return out


def after(rows, key):
    """cells after the last occurrence of `key` in the unique row containing it."""
    hits = [r for r in rows if key in r]
    if len(hits) != 1:
        raise Fail(f"row {key!r} found {len(hits)} times")
    r = hits[0]
    i = len(r) - 1 - r[::-1].index(key)
    return r[i + 1:]


def first_cell(rows, key, ncells):
    hits = [r for r in rows if r and r[0] == key and len(r) == ncells]
    if len(hits) != 1:
        raise Fail(f"row {key!r} with {ncells} cells found {len(hits)} times")
    return hits[0]


def lines_after(text, key, n):
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln == key]
    if len(idx) != 1:
        raise Fail(f"line {key!r} found {len(idx)} times")
    return lines[idx[0] + 1: idx[0] + 1 + n]


# ---------------------------------------------------------------- A: Zhuji 2018 (HTML)
def check_A(t):
    c, Y = Checks(), 2018
    rows = html_rows(t)
    f = {k: after(rows, k) for k in ["基本支出", "项目支出", "教学运行经费", "分校建设补助", "远程教育平台运维"]}
    f["合计"] = first_cell(rows, "合计", 6)[1:]
    for k, (ini, adj, ann, exe, bal) in f.items():
        c.total([ini, adj], ann, f"A {k}: 年初+调整=全年")
        c.balance(ann, exe, bal, f"A {k}: 全年-执行=结余")
    for col in range(5):
        c.total([f["教学运行经费"][col], f["分校建设补助"][col], f["远程教育平台运维"][col]], f["项目支出"][col],
                f"A 项目支出 col{col}")
        c.total([f["基本支出"][col], f["项目支出"][col]], f["合计"][col], f"A 合计 col{col}")
    c.year(one(r"诸暨市老年大学(\d{4})年度部门整体支出绩效自评报告", t), Y, "A title")
    ini = one(r"(\d{4})年年初预算([\d.]+)万元", t)
    c.year(ini[0], Y, "A budget year")
    c.same(ini[1], f["合计"][0], "A 年初")
    add = one(r"追加分校建设补助([\d.]+)万元", t)
    c.same(add, f["合计"][1], "A 追加")
    c.same(add, f["分校建设补助"][1], "A 追加 分校")
    c.same(one(r"调整后全年预算([\d.]+)万元", t), f["合计"][2], "A 全年")
    items = one(r"安排教学运行经费([\d.]+)万元、分校（教学点）建设补助([\d.]+)万元、远程教育平台运维经费([\d.]+)万元", t)
    for v, k in zip(items, ["教学运行经费", "分校建设补助", "远程教育平台运维"]):
        c.same(v, f[k][2], f"A 全年 {k}")
    br = one(r"分别安排([\d.]+)万元、([\d.]+)万元和([\d.]+)万元，平均每个分校([\d.]+)万元", t)
    c.total(br[:3], f["分校建设补助"][2], "A 三分校合计")
    c.average(br[:3], br[3], "A 分校平均")
    dl = one(r"截至(\d{4})年12月31日，全年支出([\d.]+)万元，预算执行率([\d.]+)%", t)
    c.year(dl[0], Y, "A 截至")
    c.same(dl[1], f["合计"][3], "A 执行")
    c.rate(dl[1], f["合计"][2], dl[2], "A 执行率")
    c.rate(f["基本支出"][3], f["基本支出"][2], one(r"基本支出执行率([\d.]+)%", t), "A 基本支出执行率")
    c.rate(f["项目支出"][3], f["项目支出"][2], one(r"项目支出执行率([\d.]+)%", t), "A 项目支出执行率")
    teach = one(r"教学运行经费支出([\d.]+)万元", t)
    c.same(teach, f["教学运行经费"][3], "A 教学运行 执行")
    stud = one(r"在册学员(\d+)人次，比(\d{4})年的(\d+)人次增长([\d.]+)%", t)
    c.year(stud[1], Y - 1, "A prior year")
    c.rate(num(stud[0]) - num(stud[2]), stud[2], stud[3], "A 学员增长率")
    c.per_unit(teach, stud[0], one(r"人均教学运行成本([\d.]+)元", t), "A 人均教学运行成本")
    c.same(one(r"分校建设补助支出([\d.]+)万元", t), f["分校建设补助"][3], "A 分校 执行")
    c.same(one(r"远程教育平台运维支出([\d.]+)万元", t), f["远程教育平台运维"][3], "A 远程 执行")
    uns = one(r"年末未支出资金([\d.]+)万元", t)
    c.same(uns, f["合计"][4], "A 未支出")
    c.balance(f["合计"][2], f["合计"][3], uns, "A 未支出 = 全年-执行")
    cf = one(r"未付的([\d.]+)万元经批准结转至(\d{4})年继续使用，其余([\d.]+)万元已上缴财政", t)
    c.year(cf[1], Y + 1, "A 结转")
    c.same(cf[0], f["分校建设补助"][4], "A 结转 = 分校结余")
    c.total([cf[0], cf[2]], uns, "A 结转+上缴")
    # indicator table
    ind = {}
    for k in ["预算执行率", "开设教学班级数", "在册学员人次", "新建分校（教学点）", "课程教学计划完成率",
              "远程教育平台正常运行率", "老年教育覆盖镇乡（街道）数", "分校长效运行机制", "学员满意度"]:
        ind[k] = after(rows, k)
    tot = first_cell(rows, "合计", 7)
    tw, ts = tot[5], tot[6]
    c.weights([v[2] for v in ind.values()], tw, "A weights")
    c.add("weight_sum_mismatch", num(tw) == 100, "A 合计 weight 100")
    c.scores([v[3] for v in ind.values()], ts, "A scores")
    for k, (tg, ac, w, s) in ind.items():
        c.cap(s, w, f"A {k}")
        if k == "分校长效运行机制":
            c.qualitative(w, s, k)
            c.same(one(r"酌情扣(\d+)分", t), num(w) - num(s), "A 扣分")
            continue
        c.units(tg, ac, f"A {k}")
        if k == "预算执行率":
            c.same(ac, dl[2], "A 执行率 table/prose")
            c.exec_score(f["合计"][3], f["合计"][2], ac, w, s, "A exec score")
        else:
            c.score_rule(tg, ac, w, s, f"A {k}")
        if "%" in ac:
            c.le100(ac, f"A {k}")
    c.same(one(r"专业(\d+)个班级", t), ind["开设教学班级数"][1], "A 班级")
    c.same(stud[0], ind["在册学员人次"][1], "A 学员")
    c.same(one(r"课程教学计划完成率([\d.]+%)；", t), ind["课程教学计划完成率"][1], "A 完成率")
    c.same(one(r"新建(\d+)个分校并全部开课", t), ind["新建分校（教学点）"][1], "A 新建分校")
    c.same(one(r"覆盖全市(\d+)个镇乡（街道）", t), ind["老年教育覆盖镇乡（街道）数"][1], "A 覆盖")
    up = one(r"正常运行率([\d.]+%)，略低于([\d.]+%)的目标", t)
    c.same(up[0], ind["远程教育平台正常运行率"][1], "A 运行率")
    c.same(up[1], ind["远程教育平台正常运行率"][0], "A 运行率目标")
    sat = one(r"学员满意度([\d.]+%)。", t)
    c.same(sat, ind["学员满意度"][1], "A 满意度")
    c.le100(sat, "A 满意度 prose")
    fin = one(r"我校(\d{4})年度部门整体支出绩效自评得分([\d.]+)分，等级为“([^”]+)”", t)
    c.year(fin[0], Y, "A conclusion year")
    c.same(fin[1], ts, "A total prose/table")
    c.grade(fin[1], fin[2], "A grade")
    return c


# ---------------------------------------------------------------- B: Langzhong 2019 (cell per line)
def check_B(t):
    c, Y = Checks(), 2019
    fr = {k: lines_after(t, k, 6) for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]}
    for col in range(3):
        c.total([fr[k][col] for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]],
                fr["年度资金总额"][col], f"B funds col{col}")
    for k in ["年度资金总额", "其中：财政资金", "单位资金"]:
        c.rate(fr[k][2], fr[k][1], fr[k][4], f"B {k} 执行率")
        c.le100(fr[k][4], f"B {k} 执行率")
    tot = fr["年度资金总额"]
    c.exec_score(tot[2], tot[1], tot[4], tot[3], tot[5], "B exec score")
    c.cap(tot[5], tot[3], "B exec")
    c.year(one(r"\](\d{4})年度项目支出绩效自评报告\n（社区老年教育项目）", t), Y, "B title")
    c.year(one(r"（(\d{4})年度）", t), Y, "B table year")
    c.year(one(r"列入(\d{4})年部门预算", t), Y, "B 列入预算")
    ini = one(r"(\d{4})年年初市财政批复项目预算([\d.]+)万元", t)
    c.year(ini[0], Y, "B budget year")
    c.same(ini[1], tot[0], "B 年初")
    c.same(ini[1], fr["其中：财政资金"][0], "B 年初 财政")
    prov = one(r"下达老年教育补助资金([\d.]+)万元", t)
    fee = one(r"教材资料费([\d.]+)万元", t)
    ann = one(r"调整后全年预算([\d.]+)万元", t)
    c.total([ini[1], prov, fee], ann, "B 全年")
    c.total([ini[1], prov], fr["其中：财政资金"][1], "B 财政 全年")
    c.same(fee, fr["单位资金"][1], "B 单位资金")
    c.same(ann, tot[1], "B 全年 table")
    rec = one(r"全年到位([\d.]+)万元，到位率([\d.]+)%", t)
    c.rate(rec[0], ann, rec[1], "B 到位率")
    c.le100(rec[1], "B 到位率")
    sp = one(r"全年支出([\d.]+)万元，执行率([\d.]+)%；其中财政资金支出([\d.]+)万元，执行率([\d.]+)%", t)
    c.same(sp[0], tot[2], "B 支出")
    c.same(sp[1], tot[4], "B 执行率")
    c.same(sp[2], fr["其中：财政资金"][2], "B 财政支出")
    c.same(sp[3], fr["其中：财政资金"][4], "B 财政执行率")
    c.rate(sp[0], ann, sp[1], "B 执行率 prose")
    c.balance(rec[0], sp[0], one(r"全年结余([\d.]+)万元", t), "B 结余")
    c.year(one(r"结转(\d{4})年用于教材印制", t), Y + 1, "B 结转")
    # indicators
    names = ["开办社区老年学校（教学点）数", "参训老年学员人次", "课程结业合格率", "春秋两季按计划开班率", "人均培训成本",
             "辖区60岁以上老年人参学率", "老年教育网络覆盖镇乡（街道）比例", "参训老年人满意度"]
    ind = {k: lines_after(t, k, 7) for k in names}
    total_w, total_s = lines_after(t, "总分", 9)[7:9]
    c.weights([tot[3]] + [v[4] for v in ind.values()], total_w, "B weights")
    c.add("weight_sum_mismatch", num(total_w) == 100, "B 总分 100")
    c.scores([tot[5]] + [v[5] for v in ind.values()], total_s, "B scores")
    for k, (sign, tv, un, ac, w, s, why) in ind.items():
        tg = sign.replace("＝", "=") + tv + un
        acu = ac + un
        c.cap(s, w, f"B {k}")
        c.score_rule(tg, acu, w, s, f"B {k}")
        if un == "%":
            c.le100(ac, f"B {k}")
    schools = one(r"全年开办社区老年学校（教学点）(\d+)个", t)
    goal = one(r"\n开办社区老年学校（教学点）(\d+)个，培训老年学员(\d+)人次，参学率([\d.]+)%。", t)
    c.same(schools, ind["开办社区老年学校（教学点）数"][3], "B 教学点 prose/table")
    c.same(goal[0], ind["开办社区老年学校（教学点）数"][3], "B 教学点 goal/table")
    c.same(schools, goal[0], "B 教学点 prose/goal")
    tr = one(r"培训老年学员(\d+)人次（约([\d.]+)万人次），其中春季班(\d+)人次、秋季班(\d+)人次", t)
    c.total([tr[2], tr[3]], tr[0], "B 春秋", money=False)
    approx = num(tr[1]) * 10000
    half = D("0.5") * (D(10) ** -ndec(tr[1])) * 10000
    c.add("conflicting_values", approx - half <= num(tr[0]) <= approx + half, "B 约1.3万")
    c.same(tr[0], ind["参训老年学员人次"][3], "B 人次 prose/table")
    c.same(goal[1], ind["参训老年学员人次"][3], "B 人次 goal/table")
    c.same(one(r"课程结业合格率([\d.]+)%；", t), ind["课程结业合格率"][3], "B 合格率")
    cost = one(r"人均培训成本([\d.]+)元，低于(\d+)元", t)
    c.same(cost[0], ind["人均培训成本"][3], "B 人均 prose/table")
    c.same(cost[1], ind["人均培训成本"][1], "B 人均标准")
    c.per_unit(sp[0], tr[0], cost[0], "B 人均培训成本")
    cov = one(r"覆盖全市(\d+)个镇乡（街道）中的(\d+)个，覆盖比例([\d.]+)%", t)
    c.rate(cov[1], cov[0], cov[2], "B 覆盖比例")
    c.same(cov[2], ind["老年教育网络覆盖镇乡（街道）比例"][3], "B 覆盖比例 prose/table")
    pr = one(r"参学率([\d.]+)%，未达到([\d.]+)%的目标，完成率([\d.]+)%", t)
    c.same(pr[0], ind["辖区60岁以上老年人参学率"][3], "B 参学率")
    c.same(goal[2], pr[0], "B 参学率 goal")
    c.same(pr[1], ind["辖区60岁以上老年人参学率"][1], "B 参学率目标")
    c.completion(pr[1] + "%", pr[0] + "%", pr[2], "B 参学率完成率")
    fin = one(r"自评得分([\d.]+)分，评价等级为(\S)。", t)
    c.same(fin[0], total_s, "B total prose/table")
    c.grade(fin[0], fin[1], "B grade")
    # targets: text ↔ table
    tg = one(r"(\d{4})年计划开办社区老年学校（教学点）不少于(\d+)个，培训老年学员不少于(\d+)人次，结业合格率不低于(\d+)%，"
             r"辖区60岁以上老年人参学率达到(\d+)%，老年教育网络覆盖镇乡（街道）比例达到(\d+)%以上，参训老年人满意度不低于(\d+)%", t)
    c.year(tg[0], Y, "B 计划 year")
    for v, k in zip(tg[1:], ["开办社区老年学校（教学点）数", "参训老年学员人次", "课程结业合格率", "辖区60岁以上老年人参学率",
                             "老年教育网络覆盖镇乡（街道）比例", "参训老年人满意度"]):
        c.same(v, ind[k][1], f"B target {k}")
    ge = one(r"\n开办社区老年学校（教学点）不少于(\d+)个，培训老年学员不少于(\d+)人次，参学率达到([\d.]+)%。", t)
    c.same(ge[0], tg[1], "B goal target 教学点")
    c.same(ge[1], tg[2], "B goal target 人次")
    c.same(ge[2], tg[4], "B goal target 参学率")
    return c


# ---------------------------------------------------------------- C: Anlu 2021 (tab)
def check_C(t):
    c, Y = Checks(), 2021
    rows = line_rows(t, "\t")
    fr = {k: after(rows, k)[:4] for k in ["市级财政", "省级补助"]}
    fr["合计"] = first_cell(rows, "合计", 5)[1:]
    bal = after(rows, "结余（结转）资金")[0]
    for col in range(3):
        c.total([fr["市级财政"][col], fr["省级补助"][col]], fr["合计"][col], f"C funds col{col}")
    for k, (ann, rec, exe, rt) in fr.items():
        c.rate(exe, ann, rt, f"C {k} 执行率")
        c.le100(rt, f"C {k} 执行率")
    c.balance(fr["合计"][1], fr["合计"][2], bal, "C 结余")
    c.year(one(r"(\d{4})年度“智慧助老”培训项目支出绩效自评报告", t), Y, "C title")
    c.year(one(r"实施期限。(\d{4})年3月至12月", t), Y, "C 实施期")
    c.same(one(r"项目年初预算([\d.]+)万元，全部为市级财政资金", t), fr["市级财政"][0], "C 年初")
    pv = one(r"(\d{4})年11月，省级财政下达“智慧助老”补助资金([\d.]+)万元，调整后全年预算([\d.]+)万元，资金到位率([\d.]+)%", t)
    c.year(pv[0], Y, "C 省级下达")
    c.same(pv[1], fr["省级补助"][0], "C 省级")
    c.same(pv[2], fr["合计"][0], "C 全年")
    c.total([fr["市级财政"][0], pv[1]], pv[2], "C 全年 = 市级+省级")
    c.rate(fr["合计"][1], pv[2], pv[3], "C 到位率")
    sp = one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中培训类支出([\d.]+)万元、服务点设备购置([\d.]+)万元、宣传资料印制([\d.]+)万元", t)
    c.same(sp[0], fr["合计"][2], "C 支出")
    c.same(sp[1], fr["合计"][3], "C 执行率")
    c.rate(sp[0], pv[2], sp[1], "C 执行率 prose")
    c.total(sp[2:], sp[0], "C 支出构成")
    c.year(one(r"结转(\d{4})年继续用于本项目", t), Y + 1, "C 结转")
    tr = one(r"全年举办培训(\d+)场，四个季度分别为(\d+)场、(\d+)场、(\d+)场、(\d+)场，季均(\d+)场；培训老年人(\d+)人次", t)
    c.total(tr[1:5], tr[0], "C 季度合计", money=False)
    c.average(tr[1:5], tr[5], "C 季均")
    names = ["预算执行率", "培训场次", "培训老年人人次", "参训老人独立完成操作比例", "人均培训成本", "建成服务点数量",
             "服务点按期建成率", "公共场所老年人“绿色通道”设置率", "服务点持续运行率", "参训老年人满意度"]
    ind = {k: after(rows, k) for k in names}
    tot = first_cell(rows, "合计", 9)[1:]
    tw, ts = tot[5], tot[6]
    c.weights([v[3] for v in ind.values()], tw, "C weights")
    c.add("weight_sum_mismatch", num(tw) == 100, "C 合计 100")
    c.scores([v[4] for v in ind.values()], ts, "C scores")
    g1 = one(r"年度目标1：开展老年人智能技术运用培训（分值(\d+)）", t)
    g2 = one(r"年度目标2：建设社区“智慧助老”服务点（分值(\d+)）", t)
    c.weights([ind[k][3] for k in names[1:5]], g1, "C goal1 weights")
    c.weights([ind[k][3] for k in names[5:9]], g2, "C goal2 weights")
    c.same(one(r"预算执行率分值(\d+)分", t), ind["预算执行率"][3], "C exec weight")
    c.add("weight_sum_mismatch", num(tw) - num(ind["预算执行率"][3]) == 80, "C other 80")
    for k, v in ind.items():
        tg, ac, comp, w, s = v[:5]
        c.cap(s, w, f"C {k}")
        c.units(tg, ac, f"C {k}")
        c.completion(tg, ac, comp, f"C {k}")
        if k == "预算执行率":
            c.exec_score(sp[0], pv[2], ac, w, s, "C exec score")
            c.same(ac, sp[1], "C 执行率 table/prose")
        else:
            c.score_rule(tg, ac, w, s, f"C {k}")
        if "%" in ac and k not in ():
            c.le100(ac, f"C {k}")
    c.same(tr[0], ind["培训场次"][1], "C 场次")
    c.same(tr[6], ind["培训老年人人次"][1], "C 人次")
    c.per_unit(sp[2], tr[6], ind["人均培训成本"][1], "C 人均培训成本")
    c.same(one(r"现场测试，([\d.]+)%的参训老人", t), ind["参训老人独立完成操作比例"][1], "C 操作比例")
    sv = one(r"建成服务点(\d+)个，按设备购置支出计算，平均每个服务点投入(\d+)元", t)
    c.same(sv[0], ind["建成服务点数量"][1], "C 服务点")
    c.per_unit(sp[3], sv[0], sv[1], "C 每点投入")
    ot = one(r"其中(\d+)个在10月底前建成，按期建成率([\d.]+)%", t)
    c.rate(ot[0], sv[0], ot[1], "C 按期建成率")
    c.same(ot[1], ind["服务点按期建成率"][1], "C 按期建成率 table")
    c.total([ot[0], one(r"另(\d+)个受设备到货影响", t)], sv[0], "C 20+2", money=False)
    run = one(r"(\d+)个服务点中有(\d+)个保持常态运行，持续运行率([\d.]+)%", t)
    c.same(run[0], sv[0], "C 22")
    c.rate(run[1], run[0], run[2], "C 持续运行率")
    c.same(run[2], ind["服务点持续运行率"][1], "C 持续运行率 table")
    c.total([run[1], one(r"志愿者不足，(\d+)个服务点暂停", t)], run[0], "C 18+4", money=False)
    c.same(one(r"满意度([\d.]+)%，老人们", t), ind["参训老年人满意度"][1], "C 满意度")
    fin = one(r"自评得分([\d.]+)分，评价等级为(\S\S)。", t)
    c.same(fin[0], ts, "C total")
    c.grade(fin[0], fin[1], "C grade")
    tg = one(r"举办培训不少于(\d+)场，培训老年人不少于(\d+)人次；年度目标2：建成社区“智慧助老”服务点不少于(\d+)个", t)
    for v, k in zip(tg, ["培训场次", "培训老年人人次", "建成服务点数量"]):
        c.same(v, ind[k][0], f"C target {k}")
    c.same(one(r"持续运行率[\d.]+%，低于(\d+)%的目标", t), ind["服务点持续运行率"][0], "C target 持续运行率")
    c.total([ind["建成服务点数量"][1], "-" + one(r"\t(\d+)个服务点设备到货延迟", t)], ot[0], "C 22-2", money=False)
    return c


# ---------------------------------------------------------------- D: Liling 2023 (PDF, spaces)
def check_D(t):
    c, Y = Checks(), 2023
    rows = line_rows(t, " ")
    fr = {k: after(rows, k) for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金"]}
    for col in range(3):
        c.total([fr["其中：当年财政拨款"][col], fr["上年结转资金"][col]], fr["年度资金总额"][col], f"D funds col{col}")
    for k, v in fr.items():
        c.rate(v[2], v[1], v[4], f"D {k} 执行率")
        c.le100(v[4], f"D {k}")
    tot = fr["年度资金总额"]
    c.exec_score(tot[2], tot[1], tot[4], tot[3], tot[5], "D exec score")
    c.cap(tot[5], tot[3], "D exec")
    c.year(one(r"醴陵市卫生健康局(\d{4})年度老年人防范", t), Y, "D title")
    c.year(one(r"（(\d{4})年度）", t), Y, "D table year")
    c.same(one(r"项目资金([\d.]+)万元开展了绩效自评", t), tot[1], "D 开篇金额")
    b = one(r"(\d{4})年项目年初预算([\d.]+)万元，9月为开展重阳节“敬老反诈宣传月”追加([\d.]+)万元，加上(\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元", t)
    c.year(b[0], Y, "D budget year")
    c.year(b[3], Y - 1, "D 上年结转 year")
    c.same(b[1], tot[0], "D 年初")
    c.total([b[1], b[2]], fr["其中：当年财政拨款"][1], "D 当年 全年")
    c.same(b[4], fr["上年结转资金"][1], "D 结转")
    c.total([b[1], b[2], b[4]], b[5], "D 全年")
    c.same(b[5], tot[1], "D 全年 table")
    sp = one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，其中宣传活动支出([\d.]+)万元、宣传资料印制([\d.]+)万元、“以案说法”短视频制作([\d.]+)万元", t)
    c.same(sp[0], tot[2], "D 支出")
    c.same(sp[1], tot[4], "D 执行率")
    c.rate(sp[0], b[5], sp[1], "D 执行率 prose")
    c.total(sp[2:], sp[0], "D 支出构成")
    bl = one(r"全年结余([\d.]+)万元，已于(\d{4})年1月", t)
    c.balance(b[5], sp[0], bl[0], "D 结余")
    c.year(bl[1], Y + 1, "D 上缴")
    names = ["宣传进村（社区）活动场次", "发放宣传资料份数", "覆盖老年人人次", "宣传覆盖村（社区）比例",
             "重点时段集中宣传按时完成率", "单场活动平均成本", "涉老诈骗发案数同比下降率", "老年人防诈知识知晓率",
             "“银发反诈宣传员”人数", "老年群众满意度"]
    ind = {k: after(rows, k) for k in names}
    tw, ts = after(rows, "总分")[:2]
    c.weights([tot[3]] + [v[2] for v in ind.values()], tw, "D weights")
    c.add("weight_sum_mismatch", num(tw) == 100, "D 总分 100")
    c.scores([tot[5]] + [v[3] for v in ind.values()], ts, "D scores")
    for k, v in ind.items():
        tg, ac, w, s = v[:4]
        c.cap(s, w, f"D {k}")
        c.units(tg, ac, f"D {k}")
        c.score_rule(tg, ac, w, s, f"D {k}")
        if "%" in ac and k != "涉老诈骗发案数同比下降率":
            c.le100(ac, f"D {k}")
    act = one(r"开展防诈宣传进村（社区）活动(\d+)场，单场平均成本(\d+)元", t)
    c.same(act[0], ind["宣传进村（社区）活动场次"][1], "D 场次")
    c.same(act[1], ind["单场活动平均成本"][1], "D 单场成本")
    c.per_unit(sp[2], act[0], act[1], "D 单场平均成本")
    mat = one(r"资料(\d+)份，每份印制成本([\d.]+)元", t)
    c.same(mat[0], ind["发放宣传资料份数"][1], "D 资料")
    c.per_unit(sp[3], mat[0], mat[1], "D 每份成本")
    cov = one(r"覆盖老年人(\d+)人次。活动覆盖全市(\d+)个村（社区）中的(\d+)个，覆盖率([\d.]+)%", t)
    c.same(cov[0], ind["覆盖老年人人次"][1], "D 覆盖人次 prose/table")
    c.rate(cov[2], cov[1], cov[3], "D 覆盖率")
    c.same(cov[3], ind["宣传覆盖村（社区）比例"][1], "D 覆盖率 table")
    cs = one(r"由(\d{4})年的(\d+)起下降到(\d{4})年的(\d+)起，同比下降([\d.]+)%", t)
    c.year(cs[0], Y - 1, "D 上年")
    c.year(cs[2], Y, "D 本年")
    c.rate(num(cs[1]) - num(cs[3]), cs[1], cs[4], "D 下降率")
    c.same(cs[4], ind["涉老诈骗发案数同比下降率"][1], "D 下降率 table")
    c.same(one(r"知晓率([\d.]+)%，低于目标", t), ind["老年人防诈知识知晓率"][1], "D 知晓率")
    rr = one(r"正确率由活动前的([\d.]+)%提高到活动后的([\d.]+)%", t)
    c.le100(rr[0], "D 正确率 before")
    c.le100(rr[1], "D 正确率 after")
    vol = one(r"队伍已发展到(\d+)人，达到年度目标的([\d.]+)%", t)
    c.same(vol[0], ind["“银发反诈宣传员”人数"][1], "D 宣传员")
    c.completion(ind["“银发反诈宣传员”人数"][0], vol[0] + "人", vol[1], "D 宣传员完成率")
    sat = one(r"满意度为([\d.]+)%", t)
    c.same(sat, ind["老年群众满意度"][1], "D 满意度")
    c.le100(sat, "D 满意度 prose")
    gl = one(r"实际完成情况：开展宣传(\d+)场，覆盖老年人(\d+)人次，涉老诈骗发案数同比下降([\d.]+)%。", t)
    c.same(gl[0], act[0], "D goal 场次")
    c.same(gl[1], cov[0], "D goal 人次")
    c.same(gl[2], cs[4], "D goal 下降率")
    fin = one(r"综合自评得分([\d.]+)分，评价等级为“(\S)”", t)
    c.same(fin[0], ts, "D total")
    c.grade(fin[0], fin[1], "D grade")
    tg = one(r"活动不少于(\d+)场，发放宣传资料不少于(\d+)份，覆盖老年人不少于(\d+)人次；涉老电信网络诈骗案件发案数同比下降(\d+)%以上；"
             r"老年人防诈知识知晓率达到(\d+)%；组建“银发反诈宣传员”队伍不少于(\d+)人", t)
    for v, k in zip(tg, ["宣传进村（社区）活动场次", "发放宣传资料份数", "覆盖老年人人次", "涉老诈骗发案数同比下降率",
                         "老年人防诈知识知晓率", "“银发反诈宣传员”人数"]):
        c.same(v, ind[k][0], f"D target {k}")
    ge = one(r"预期目标：开展进村（社区）宣传不少于(\d+)场，覆盖老年人不少于(\d+)人次，涉老诈骗发案数同比下降(\d+)%以上。", t)
    c.same(ge[0], tg[0], "D goal 场次")
    c.same(ge[1], tg[2], "D goal 人次")
    c.same(ge[2], tg[3], "D goal 下降率")
    return c


# ---------------------------------------------------------------- E: Jiexiu 2024 (｜)
def check_E(t):
    c, Y = Checks(), 2024
    rows = line_rows(t, "｜")
    keys = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    fr = {k: after(rows, k)[1:] for k in keys}   # drop 行次
    # columns: 0 总额 1 小计 2 中央 3 省 4 市 5 县 6 结转 7 其他
    for k in keys[:5]:
        v = fr[k]
        c.total([v[1], v[6], v[7]], v[0], f"E {k} 总额")
        c.total(v[2:6], v[1], f"E {k} 小计")
    for col in range(8):
        c.balance(fr["实际到位资金"][col], fr["全年执行资金"][col], fr["资金结余"][col], f"E 结余 col{col}")
        for rk, nk in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            den, stated = fr["全年预算资金"][col], fr[rk][col]
            if num(den) == 0:
                c.add("implausible_rate", num(stated) == 0, f"E {rk} col{col} zero base")
            else:
                c.rate(fr[nk][col], den, stated, f"E {rk} col{col}")
                c.le100(stated, f"E {rk} col{col}")
    c.add("rate_mismatch", fr["年初预算资金"] == fr["全年预算资金"], "E 未调整 ⇒ 年初 = 全年")
    c.year(one(r"介休市民政局(\d{4})年度老年人能力综合评估项目支出绩效自评报告", t), Y, "E title")
    c.year(one(r"评价年度｜(\d{4})年度", t), Y, "E table year")
    src = one(r"省级补助资金([\d.]+)万元（省财政厅于(\d{4})年12月提前下达），市本级财政资金([\d.]+)万元", t)
    c.same(src[0], fr["全年预算资金"][3], "E 省级")
    c.year(src[1], Y - 1, "E 提前下达 (December before)")
    c.same(src[2], fr["全年预算资金"][5], "E 市本级")
    sp = one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中第三方评估服务费([\d.]+)万元、评估员培训费([\d.]+)万元、宣传及资料费([\d.]+)万元", t)
    c.same(sp[0], fr["全年执行资金"][0], "E 支出")
    c.same(sp[1], fr["预算执行率(%)"][0], "E 执行率")
    c.rate(sp[0], fr["全年预算资金"][0], sp[1], "E 执行率 prose")
    c.total(sp[2:], sp[0], "E 支出构成")
    c.same(one(r"市本级资金结余([\d.]+)万元", t), fr["资金结余"][5], "E 市本级结余")
    c.year(one(r"结转至(\d{4})年", t), Y + 1, "E 结转")
    hd = one(r"全年预算([\d.]+)｜全年执行([\d.]+)｜执行率([\d.]+)%", t)
    c.same(hd[0], fr["全年预算资金"][0], "E header 预算")
    c.same(hd[1], sp[0], "E header 执行")
    c.same(hd[2], sp[1], "E header 执行率")
    names = ["预算执行率", "完成老年人能力综合评估人数", "评估报告复核抽查份数", "评估报告合格率", "评估结果出具时限",
             "人均评估服务费用", "护理补贴依据评估结果精准发放率", "评估信息入库率", "评估对象及家属满意度"]
    ind = {k: after(rows, k) for k in names}
    tot = first_cell(rows, "合计", 9)
    tw, ts = tot[3], tot[7]
    c.weights([v[0] for v in ind.values()], tw, "E weights")
    c.add("weight_sum_mismatch", num(tw) == 100, "E 合计 100")
    c.scores([v[4] for v in ind.values()], ts, "E scores")
    for k, v in ind.items():
        w, tg, ac, comp, s = v[:5]
        c.cap(s, w, f"E {k}")
        c.units(tg, ac, f"E {k}")
        c.completion(tg, ac, comp, f"E {k}")
        if k == "预算执行率":
            c.exec_score(sp[0], fr["全年预算资金"][0], ac, w, s, "E exec score")
            c.same(ac, sp[1], "E 执行率 table/prose")
        else:
            c.score_rule(tg, ac, w, s, f"E {k}")
        if "%" in ac:
            c.le100(ac, f"E {k}")
    ap = one(r"全年受理评估申请(\d+)人，完成评估(\d+)人（其余(\d+)人", t)
    c.total([ap[1], ap[2]], ap[0], "E 受理", money=False)
    c.same(ap[1], ind["完成老年人能力综合评估人数"][2], "E 评估人数")
    c.total(list(one(r"城区街道评估(\d+)人、乡镇评估(\d+)人", t)), ap[1], "E 城乡", money=False)
    c.same(one(r"完成评估(\d+)人，评估结果已全部用于", t), ap[1], "E goal 人数")
    pc = one(r"人均评估服务费用(\d+)元。", t)
    c.same(pc, ind["人均评估服务费用"][2], "E 人均")
    c.per_unit(sp[2], ap[1], pc, "E 人均评估服务费用")
    rv = one(r"复核抽查评估报告(\d+)份，合格率([\d.]+)%", t)
    c.same(rv[0], ind["评估报告复核抽查份数"][2], "E 抽查")
    c.same(rv[1], ind["评估报告合格率"][2], "E 合格率")
    c.same(one(r"平均在(\d+)个工作日内出具", t), ind["评估结果出具时限"][2], "E 时限")
    c.same(one(r"入库率([\d.]+)%，未达目标", t), ind["评估信息入库率"][2], "E 入库率")
    sat = one(r"满意度([\d.]+)%。我局", t)
    c.same(sat, ind["评估对象及家属满意度"][2], "E 满意度")
    c.le100(sat, "E 满意度 prose")
    lk = one(r"履约考核（满分(\d+)分），考核得分(\d+)分", t)
    c.cap(lk[1], lk[0], "E 履约考核")
    fin = one(r"总得分([\d.]+)分，属于“(\S\S)”", t)
    c.same(fin[0], ts, "E total")
    c.grade(fin[0], fin[1], "E grade prose")
    c.grade(ts, after(rows, "评价等级")[0], "E grade table")
    tg = one(r"全年完成老年人能力综合评估不少于(\d+)人；复核抽查评估报告不少于(\d+)份，评估报告合格率不低于(\d+)%；"
             r"自受理之日起(\d+)个工作日内出具评估结果；人均评估服务费用不超过(\d+)元；护理补贴对象全部依据评估结果精准发放，"
             r"评估信息入库率不低于(\d+)%，评估对象及家属满意度不低于(\d+)%", t)
    for v, k in zip(tg, ["完成老年人能力综合评估人数", "评估报告复核抽查份数", "评估报告合格率", "评估结果出具时限",
                         "人均评估服务费用", "评估信息入库率", "评估对象及家属满意度"]):
        c.same(v, ind[k][1], f"E target {k}")
    c.same(one(r"未达到(\d+)人的年度目标", t), tg[0], "E target prose")
    c.same(one(r"完成老年人能力综合评估不少于(\d+)人，评估结果全部用于", t), tg[0], "E goal target")
    return c


CHECKS = {"zj-zhuji-laoniandaxue-2018": check_A, "sc-langzhong-sqlnjy-2019": check_B,
          "hb-anlu-zhlpx-2021": check_C, "hn-liling-lnfzxc-2023": check_D, "sx-jiexiu-nlpg-2024": check_E}


# ---------------------------------------------------------------- driver
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def changed_token(text, start, end):
    """maximal run of digits/dot around the changed region (None if the change is not numeric)."""
    if not any(ch.isdigit() for ch in text[start:end]):
        return None
    i, j = start, end
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
        i -= 1
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    return text[i:j].strip(".")


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, got {len(labels)}")
    counts = {k: 0 for k in CODES}
    where = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        text = open(path, encoding="utf-8").read()
        pid = rec["source"]
        try:
            res = CHECKS[pid](text)
        except Fail as e:
            problems.append(f"{rec['case']}: extraction failed: {e}")
            continue
        failed = [(code, sev, msg) for (code, sev, ok, msg) in res.items if not ok]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            for f in failed:
                problems.append(f"{rec['case']}: clean draft fails {f}")
            n = len(text)
            if not 2700 <= n <= 3700:
                problems.append(f"{rec['case']}: length {n}")
            print(f"{rec['case']}: {len(res.items)} checks, {len(text)} chars")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        if text.count(value) != 1:
            problems.append(f"{rec['case']}: value occurs {text.count(value)} times")
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        p, e_end, c_end = diff_region(clean, text)
        if e_end <= p and c_end <= p:
            problems.append(f"{rec['case']}: identical to clean")
        region = (p, max(e_end, p + 1))
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < region[1] and o + len(value) > region[0] for o in occ):
            problems.append(f"{rec['case']}: change at {region} does not overlap the value")
        tok = changed_token(text, p, max(e_end, p))
        if tok and code != "year_mismatch":
            k = len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d])(?!\.\d)", text))
            if k != 1:
                problems.append(f"{rec['case']}: changed figure {tok} occurs {k} times")
        if code == "conflicting_values":
            old = changed_token(clean, p, max(c_end, p))
            k = len(re.findall(r"(?<![\d.])" + re.escape(old) + r"(?![\d])(?!\.\d)", clean))
            if k < 2:
                problems.append(f"{rec['case']}: conflicting figure {old} appears {k} times in the clean draft")
        err_codes = {c for (c, sev, m) in failed if sev == "error"}
        if code not in err_codes:
            problems.append(f"{rec['case']}: labelled {code} does not fail; failures: {failed}")
        other = err_codes - {code}
        if other:
            problems.append(f"{rec['case']}: other error codes fail: {[f for f in failed if f[0] in other]}")
        where.setdefault(code, []).append(rec["case"])
        print(f"{rec['case']}: {code} ok ({sum(1 for f in failed if f[0] == code)} check(s) fail)"
              f"{'; warnings: ' + ', '.join(sorted({f[0] for f in failed if f[1] == 'warning'})) if any(f[1] == 'warning' for f in failed) else ''}")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\n".join("PROBLEM: " + x for x in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
