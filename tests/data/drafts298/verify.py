#!/usr/bin/env python3
"""Verify the n298 test set (standard library only).

1. labels.jsonl: 35 cases, 5 clean + 30 errors, every file present, clean cases expect nothing;
2. each label value occurs exactly once in its case, and the case differs from its clean draft in one
   short contiguous place lying inside that value;
3. each of the 13 error codes of errors.md §A is used at least twice, prose/table split about even;
4. the arithmetic of every draft is redone from its text (Decimal, ROUND_HALF_UP, tolerance of
   rules.md §8): clean drafts must pass every check (errors and score-rule warnings); in an error case
   the labelled code must fail and no other error-level code may fail.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (the edit list; standard library only)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"\d[\d,]*(?:\.\d+)?"
NUMRE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
SCALES = [D("1e-4"), D("1e4"), D("1e-8"), D("1e8")]
GRADES = "优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差"


class ParseError(Exception):
    pass


def num(s):
    m = NUMRE.search(s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(m.group().replace(",", ""))


def decs(s):
    g = NUMRE.search(s).group()
    return len(g.split(".")[1]) if "." in g else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def near(stated, computed):
    return abs(D(computed) - num(stated)) <= tol(stated)


def unit_of(s):
    m = NUMRE.search(s)
    if not m:
        return None
    return s[m.end():].strip()


def direction(target):
    if re.search(r"≤|＜|不高于|不超过|以内|控制在", target):
        return "lte"
    if re.search(r"≥|＞|不低于|不少于|以上|达到", target):
        return "gte"
    return "eq"


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_MAP = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
             "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.errors = []     # (code, message)
        self.warnings = []   # score-rule findings (warnings in errors.md §B)

    # -- extraction
    def one(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text, re.M))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        g = ms[0].groups()
        return g if len(g) > 1 else g[0]

    def err(self, code, msg):
        self.errors.append((code, msg))

    # -- relations
    def rel(self, code, name, stated, inputs, fn):
        vals = [num(x) for x in inputs]
        if near(stated, fn(*vals)):
            return True
        # an amount off by 10^4 / 10^8 that reconciles the relation: unit slip (errors.md #11b)
        for f in SCALES:
            if abs(fn(*vals) - num(stated) * f) <= tol(stated) * abs(f):
                self.err("unit_mismatch", f"{name}: {stated} reconciles after x{f}")
                return False
            for i in range(len(vals)):
                v2 = list(vals)
                v2[i] = v2[i] * f
                try:
                    if near(stated, fn(*v2)):
                        self.err("unit_mismatch", f"{name}: {inputs[i]} reconciles after x{f}")
                        return False
                except ArithmeticError:
                    pass
        self.err(code, f"{name}: stated {stated}, computed {fn(*vals):.4f}")
        return False

    def total(self, name, tot, parts, code="sum_mismatch"):
        return self.rel(code, name, tot, parts, lambda *v: sum(v))

    def ratio(self, name, rate, a, b, code="rate_mismatch"):
        return self.rel(code, name, rate, [a, b], lambda x, y: x / y * 100)

    def diff(self, name, res, a, b, code="balance_mismatch"):
        return self.rel(code, name, res, [a, b], lambda x, y: x - y)

    def product(self, name, res, a, b, scale, code="sum_mismatch"):
        return self.rel(code, name, res, [a, b], lambda x, y: x * y * D(scale))

    def avg(self, name, res, parts):
        return self.rel("average_mismatch", name, res, parts, lambda *v: sum(v) / len(v))

    def quot(self, name, res, a, b, scale="1", code="average_mismatch"):
        return self.rel(code, name, res, [a, b], lambda x, y: x * D(scale) / y)

    def same(self, name, a, b):
        ua, ub = unit_of(a), unit_of(b)
        if ua and ub and ua != ub:
            self.err("unit_mismatch", f"{name}: {a} vs {b}")
            return
        va, vb = num(a), num(b)
        if abs(va - vb) <= max(tol(a), tol(b)):
            return
        for f in SCALES:
            if abs(va * f - vb) <= max(tol(a), tol(b)):
                self.err("unit_mismatch", f"{name}: {a} vs {b} (x{f})")
                return
        self.err("conflicting_values", f"{name}: {a} vs {b}")

    def le(self, name, x, y, code):
        if num(x) > num(y):
            self.err(code, f"{name}: {x} > {y}")

    def cap(self, name, rate):
        if num(rate) > 100 or num(rate) < 0:
            self.err("implausible_rate", f"{name}: {rate}")

    def grade(self, total, word):
        if GRADE_MAP[word] != band(num(total)):
            self.err("grade_mismatch", f"total {total} is {band(num(total))}, stated {word}")

    def completion(self, name, target, actual, stated):
        ut, ua = unit_of(target), unit_of(actual)
        if ut is None or ua is None or ut != ua:
            return  # not computable (unit_mismatch is reported by row())
        T, A = num(target), num(actual)
        if direction(target) == "lte":
            c = D(100) if A <= T else T / A * 100
        else:
            c = A / T * 100
        if not near(stated, c):
            self.err("completion_mismatch", f"{name}: stated {stated}, computed {c:.4f}")

    def rule_score(self, name, target, actual, weight, score, unit=None):
        """Score rule of rules.md §5 (a warning in errors.md §B): only reported, never an error code."""
        w, s = num(weight), num(score)
        if not re.search(r"\d", target):
            if not (w * D("0.8") - D("1e-9") <= s <= w):
                self.warnings.append(f"{name}: qualitative score {score} outside [0.8w, w]")
            return
        if unit is None and unit_of(target) != unit_of(actual):
            return
        T, A = num(target), num(actual)
        d = direction(target)
        if d == "lte":
            exp = w if A <= T else w * T / A
        elif d == "eq" and T == 0:
            exp = w if A <= 0 else D(0)
        else:
            exp = min(w, w * A / T)
        if not near(score, exp):
            self.warnings.append(f"{name}: score {score}, rule gives {exp:.2f}")

    def exec_score(self, rate_str, amount_a, amount_b, weight, score):
        """Execution score from the computed or from the printed rate (rules §8)."""
        r1 = num(amount_a) / num(amount_b)
        r2 = num(rate_str) / 100
        w = num(weight)
        if not (near(score, w * min(r1, D(1))) or near(score, w * min(r2, D(1)))):
            self.warnings.append(f"execution score {score} vs rate {rate_str}")

    def row(self, r):
        """One indicator row: dict name,target,actual,weight,score[,completion][,unit]."""
        name = r["name"]
        self.le(name + " score", r["score"], r["weight"], "score_exceeds_weight")
        if num(r["score"]) < 0:
            self.err("score_exceeds_weight", name + " negative score")
        quant = bool(re.search(r"\d", r["target"]))
        if quant and "unit" not in r:
            ut, ua = unit_of(r["target"]), unit_of(r["actual"])
            if ua is None or ut != ua:
                self.err("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
                return
        actual_unit = r.get("unit") or unit_of(r["actual"])
        if quant and actual_unit == "%" and re.search(r"率|满意度|占比", name):
            self.cap(name, r["actual"])
        if quant and r.get("completion") not in (None, "—"):
            if "unit" in r:
                self.completion(name, r["target"] + r["unit"], r["actual"] + r["unit"], r["completion"])
            else:
                self.completion(name, r["target"], r["actual"], r["completion"])
        if "unit" in r and quant:
            t = (r.get("sign") or "") + r["target"] + r["unit"]
            self.rule_score(name, t, r["actual"] + r["unit"], r["weight"], r["score"])
        else:
            self.rule_score(name, r["target"], r["actual"], r["weight"], r["score"])

    def scan_rates(self):
        pat = (r"(满意度|执行率|到位率|合格率|覆盖率|入园率|招生率|上岗率|优良率|准确率|发放率|及时率|占比|的占)"
               r"(?:为|达到|达|了|是)*(" + NUM + r")%")
        for m in re.finditer(pat, self.t):
            self.cap(m.group(0), m.group(2) + "%")

    def years(self, year):
        for m in re.finditer(r"结转至(\d{4})年", self.t):
            if int(m.group(1)) <= year:
                self.err("year_mismatch", f"carried over to {m.group(1)} in a {year} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != year:
                self.err("year_mismatch", f"figures as of {m.group(1)} in a {year} report")
        for m in re.finditer(r"(\d{4})年12月提前下达", self.t):
            if int(m.group(1)) != year - 1:
                self.err("year_mismatch", f"advance issued {m.group(1)}-12 for {year}")
        m = re.search(r"(\d{4})年", self.t[:80])
        if not m or int(m.group(1)) != year:
            self.err("year_mismatch", "title year")
        last = re.findall(r"(\d{4})年\d{1,2}月(?:\d{1,2}日)?\s*$", self.t.strip())
        if not last or int(last[-1]) < year:
            self.err("year_mismatch", "report date before the evaluation year")


def cells(line, sep):
    if sep == "sp":
        return re.split(r" {2,}", line.strip())
    return line.split(sep)


# ----------------------------------------------------------------------------- projects

def p_kelan(c):
    t = c.t
    Y = 2021
    head, annex = t.split("附件1：")
    ft = {}
    for line in head.splitlines():
        x = cells(line, "sp")
        if x[0] in ("中央资金", "省级资金", "县级资金", "合计") and len(x) == 8:
            ft[x[0]] = x[1:]
    if len(ft) != 4:
        raise ParseError("funds table")
    names = ["年初", "全年", "到位", "执行", "结余"]
    for s, v in ft.items():
        c.ratio(s + " 到位率", v[5], v[2], v[1])
        c.ratio(s + " 执行率", v[6], v[3], v[1])
        c.diff(s + " 结余", v[4], v[2], v[3])
        c.cap(s + " 到位率", v[5])
        c.cap(s + " 执行率", v[6])
    for i, n in enumerate(names):
        c.total("合计 " + n, ft["合计"][i], [ft[s][i] for s in ("中央资金", "省级资金", "县级资金")])
    tot = ft["合计"]
    a0, add, a1 = c.one(rf"年初预算({NUM}万元)，8月省级追加({NUM}万元)，全年预算({NUM}万元)")
    c.total("年初+追加", a1, [a0, add])
    c.same("年初预算", a0, tot[0])
    c.same("全年预算", a1, tot[1])
    rec, rr = c.one(rf"实际到位({NUM}万元)，到位率({NUM}%)")
    c.ratio("到位率(文)", rr, rec, a1)
    c.same("到位", rec, tot[2])
    sp, er = c.one(rf"全年支出({NUM}万元)，执行率({NUM}%)")
    c.ratio("执行率(文)", er, sp, a1)
    c.same("执行", sp, tot[3])
    n_all, n_pub, n_pri = c.one(r"共有幼儿园(\d+)所，其中公办园(\d+)所、认定为普惠性的民办园(\d+)所")
    c.total("幼儿园数", n_all, [n_pub, n_pri])
    kids, k_pri, k_pub, k_last, k_inc, k_g = c.one(
        rf"补助在园幼儿(\d+)人，其中民办园(\d+)人、公办园(\d+)人；2020年度补助(\d+)人，本年增加(\d+)人，同比增长({NUM}%)")
    c.total("在园幼儿", kids, [k_pri, k_pub])
    c.diff("增加人数", k_inc, kids, k_last, code="sum_mismatch")
    c.ratio("同比增长", k_g, k_inc, k_last)
    std1, n_k, sub1, avg1 = c.one(rf"按每生每年(\d+)元标准向(\d+)所普惠性民办园拨付生均补助({NUM})万元，平均每所({NUM})万元")
    c.product("民办园补助", sub1, k_pri, std1, "1e-4")
    c.quot("平均每所", avg1, sub1, n_k)
    c.same("民办园数", n_k + "所", n_pri + "所")
    std2, sub2 = c.one(rf"按每生每年(\d+)元标准补助公办园公用经费({NUM})万元")
    c.product("公办园补助", sub2, k_pub, std2, "1e-4")
    sub3, sub_t = c.one(rf"保育设备({NUM})万元；三项合计({NUM}万元)")
    c.total("三项合计", sub_t, [sub1, sub2, sub3])
    c.same("三项合计=执行", sub_t, tot[3])
    cty, gap = c.one(rf"县级配套资金受财力影响到位({NUM}万元)，差额({NUM})万元")
    c.same("县级到位", cty, ft["县级资金"][2])
    c.diff("县级差额", gap, ft["县级资金"][1], cty)
    c.same("省级结余", c.one(rf"省级资金结余({NUM})万元"), ft["省级资金"][4])
    # indicator table
    rows, total_row = [], None
    for line in annex.splitlines():
        x = cells(line, "sp")
        if len(x) == 8 and x[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            rows.append(x)
        elif len(x) == 8 and x[0] == "合计":
            total_row = x
    if len(rows) != 10 or total_row is None:
        raise ParseError("indicator table")
    for x in rows:
        if x[0] == "预算执行":
            c.same("执行率(表)", x[4], tot[6])
            c.completion("预算执行率", x[3], x[4], x[5])
            c.exec_score(x[4], tot[3], tot[1], x[6], x[7])
            c.le("预算执行", x[7], x[6], "score_exceeds_weight")
        else:
            c.row({"name": x[2], "target": x[3], "actual": x[4], "completion": x[5],
                   "weight": x[6], "score": x[7]})
    W = sum(num(x[6]) for x in rows)
    S = sum(num(x[7]) for x in rows)
    if W != 100 or W != num(total_row[6]):
        c.err("weight_sum_mismatch", f"weights {W}")
    if not near(total_row[7], S):
        c.err("score_sum_mismatch", f"scores {S} vs {total_row[7]}")
    tw = c.one(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    lv = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    for name, w in zip(lv, tw):
        if sum(num(x[6]) for x in rows if x[0] == name) != num(w):
            c.err("weight_sum_mismatch", f"{name} weights vs {w}")
    total, gword = c.one(rf"总得分({NUM})分，评价等级为({GRADES})")
    c.same("总得分", total, total_row[7])
    c.grade(total, gword)
    ts = c.one(rf"预算执行率得({NUM})分，产出指标得({NUM})分，效益指标得({NUM})分，满意度指标得({NUM})分")
    for name, s in zip(lv, ts):
        if not near(s, sum(num(x[7]) for x in rows if x[0] == name)):
            c.err("score_sum_mismatch", f"{name} scores vs {s}")
    byname = {x[2]: x for x in rows}
    c.diff("比目标多", c.one(r"受益幼儿比年度目标多(\d+)人"), kids, byname["受益在园幼儿人数"][3], code="sum_mismatch")
    c.same("受益幼儿(表)", kids + "人", byname["受益在园幼儿人数"][4])
    c.same("覆盖率", c.one(rf"覆盖率为({NUM}%)"), byname["普惠性幼儿园覆盖率"][4])
    c.same("毛入园率", c.one(rf"全县学前三年毛入园率达到({NUM}%)"), byname["学前三年毛入园率"][4])
    c.same("拨付及时率", c.one(rf"资金拨付及时率为({NUM}%)"), byname["资金拨付及时率"][4])
    ded = c.one(rf"资金拨付及时率为{NUM}%，该项扣({NUM})分")
    c.diff("及时率扣分", ded, byname["资金拨付及时率"][6], byname["资金拨付及时率"][7], code="score_sum_mismatch")
    ded2 = c.one(rf"可持续影响指标扣({NUM})分")
    c.diff("可持续扣分", ded2, byname["普惠性学前教育资源持续供给"][6], byname["普惠性学前教育资源持续供给"][7],
           code="score_sum_mismatch")
    c.same("保教费", c.one(r"月保教费平均为(\d+元)"), byname["普惠性民办园月保教费"][4])
    c.same("满意度", c.one(rf"家长满意度为({NUM}%)，其中"), byname["家长满意度"][4])
    c.same("生均标准", c.one(r"民办园生均补助按每生每年(\d+)元") + "元", std1 + "元")
    c.scan_rates()
    c.years(Y)


def p_longhui(c):
    t = c.t
    Y = 2023
    fr = {}
    for line in t.splitlines():
        x = line.split("｜")
        if x[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(x) == 7:
            fr[x[0]] = x
    if len(fr) != 4:
        raise ParseError("funds block")
    T, F, C, O = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for i, n in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("资金总额 " + n, T[i], [F[i], C[i], O[i]])
    c.ratio("执行率(表)", T[5], T[3], T[2])
    c.cap("执行率(表)", T[5])
    c.exec_score(T[5], T[3], T[2], T[4], T[6])
    c.le("预算执行", T[6], T[4], "score_exceeds_weight")
    a0, f0, o0 = c.one(rf"项目年初预算({NUM})万元，其中当年财政拨款({NUM})万元、桃洪镇人民政府自筹({NUM})万元")
    c.total("年初", a0, [f0, o0])
    c.same("年初", a0, T[1])
    c.same("年初拨款", f0, F[1])
    c.same("自筹", o0, O[1])
    cen, prov, cty = c.one(rf"中央支持学前教育发展资金({NUM})万元、省级资金({NUM})万元、县级资金({NUM})万元")
    c.total("当年拨款构成", f0, [cen, prov, cty])
    add, carry, a1 = c.one(rf"7月省级追加({NUM})万元，加上2022年一期工程结转的({NUM})万元，全年预算调整为({NUM})万元")
    c.total("全年预算", a1, [a0, add, carry])
    c.total("全年拨款", F[2], [f0, add])
    c.same("结转", carry, C[2])
    c.same("全年", a1, T[2])
    sp, er, fr_r = c.one(rf"全年支出({NUM})万元，执行率为({NUM}%)，其中当年财政拨款执行率({NUM}%)")
    c.same("支出", sp, T[3])
    c.ratio("执行率(文)", er, sp, a1)
    c.ratio("拨款执行率", fr_r, F[3], F[2])
    s1, s2, s3 = c.one(rf"桃洪镇第二幼儿园支出({NUM})万元，六都寨镇中心幼儿园({NUM})万元，滩头镇中心幼儿园({NUM})万元")
    c.total("分园支出", sp, [s1, s2, s3])
    c.diff("未支出", c.one(rf"未支出的({NUM})万元"), a1, sp)
    cl1, cl2, cl3 = c.one(r"新建桃洪镇第二幼儿园（(\d+)个班），改扩建六都寨镇中心幼儿园（增设(\d+)个班）和滩头镇中心幼儿园（增设(\d+)个班）")
    d1, d2, d3, dt, davg, ncl = c.one(
        r"桃洪镇第二幼儿园新增学位(\d+)个、六都寨镇中心幼儿园(\d+)个、滩头镇中心幼儿园(\d+)个，共计(\d+)个，平均每所(\d+)个，新设班级(\d+)个")
    c.total("学位", dt, [d1, d2, d3])
    c.avg("平均每所学位", davg, [d1, d2, d3])
    c.total("班级", ncl, [cl1, cl2, cl3])
    c.quot("桃洪二幼每学位", c.one(rf"桃洪镇第二幼儿园每个学位投入({NUM})万元"), s1, d1)
    per = c.one(rf"三所园合计平均每个学位投入({NUM}万元)")
    c.quot("平均每学位", per, sp, dt)
    enr, er2 = c.one(rf"共招收幼儿(\d+)人，开园招生率({NUM}%)")
    c.ratio("招生率", er2, enr, dt)
    sh0, sh1, pp = c.one(rf"占比由2022年的({NUM}%)提高到({NUM}%)，提高({NUM})个百分点")
    c.diff("占比提高", pp, sh1, sh0, code="sum_mismatch")
    sat = c.one(rf"家长满意度({NUM}%)，其中")
    total, gword = c.one(rf"本项目自评得分({NUM})分，等级为({GRADES})")
    c.grade(total, gword)
    last, full = c.one(rf"自评得分({NUM})分（满分(\d+)分）")
    c.le("上年得分", last, full, "score_exceeds_weight")
    g_d, g_e = c.one(r"新增公办学位(\d+)个，秋季开园招收幼儿(\d+)人")
    c.same("目标表学位", g_d, dt)
    c.same("目标表招生", g_e, enr)
    rows, trow = [], None
    for line in t.splitlines():
        x = line.split("｜")
        if x[0] in ("产出指标", "效益指标", "满意度指标") and len(x) == 8:
            rows.append(x)
        elif x[0] == "总分":
            trow = x
    if len(rows) != 9 or trow is None:
        raise ParseError("indicator table")
    for x in rows:
        c.row({"name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]})
    W = sum(num(x[5]) for x in rows) + num(T[4])
    S = sum(num(x[6]) for x in rows) + num(T[6])
    if W != 100 or W != num(trow[5]):
        c.err("weight_sum_mismatch", f"weights {W}")
    if not near(trow[6], S):
        c.err("score_sum_mismatch", f"scores {S} vs {trow[6]}")
    c.same("总分", total, trow[6])
    b = {x[2]: x for x in rows}
    c.same("学位(表)", dt + "个", b["新增公办学位数"][4])
    c.same("目标学位", c.one(r"新增公办学位不少于(\d+)个") + "个", b["新增公办学位数"][3])
    c.same("每学位(表)", per, b["平均每个新增学位投入"][4])
    c.same("按期竣工率", c.one(rf"按期竣工率({NUM}%)"), b["项目按期竣工率"][4])
    c.same("招生率(表)", er2, b["新建园秋季开园招生率"][4])
    c.same("占比(表)", sh1, b["公办园在园幼儿占比"][4])
    c.same("满意度(表)", sat, b["家长满意度"][4])
    c.scan_rates()
    c.years(Y)


def p_yilong(c):
    t = c.t
    Y = 2019
    ib = c.one(rf"全年预算数（万元）\t({NUM})")
    ie = c.one(rf"全年执行数（万元）\t({NUM})")
    ibal = c.one(rf"结余资金（万元）\t({NUM})")
    c.diff("结余", ibal, ib, ie)
    a0, cen0, pro0, cty0 = c.one(rf"年初预算({NUM})万元，其中中央资金({NUM})万元、省级资金({NUM})万元、县级资金({NUM})万元")
    c.total("年初构成", a0, [cen0, pro0, cty0])
    c.same("全年预算(文)", c.one(rf"全年预算调整为({NUM})万元"), ib)
    if c.one(rf"预算资金全部到位，到位率({NUM}%)") and not near(c.one(rf"到位率({NUM}%)。全年"), D(100)):
        c.err("rate_mismatch", "全部到位 but 到位率 not 100%")
    sp, er = c.one(rf"全年发放资助资金({NUM})万元，执行率({NUM}%)")
    c.ratio("执行率(文)", er, sp, ib)
    c.same("执行", sp, ie)
    lv = {}
    for line in t.splitlines():
        x = line.split("\t")
        if x[0] in ("中央资金", "省级资金", "县级资金", "合计") and len(x) == 4:
            lv[x[0]] = x
    if len(lv) != 4:
        raise ParseError("level table")
    for i, n in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("分级合计 " + n, lv["合计"][i], [lv[s][i] for s in ("中央资金", "省级资金", "县级资金")])
    c.same("分级年初合计", lv["合计"][1], a0)
    c.same("中央年初", lv["中央资金"][1], cen0)
    c.same("省级年初", lv["省级资金"][1], pro0)
    c.same("县级年初", lv["县级资金"][1], cty0)
    c.same("分级全年合计", lv["合计"][2], ib)
    c.same("分级执行合计", lv["合计"][3], ie)
    fb = {}
    for line in t.splitlines():
        x = line.split("\t")
        if x[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金") and len(x) == 7:
            fb[x[0]] = x
    if len(fb) != 5:
        raise ParseError("funds block")
    T = fb["年度资金总额"]
    for i, n in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("资金总额 " + n, T[i], [fb[s][i] for s in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")])
    c.same("表年初", T[1], a0)
    c.same("表全年", T[2], ib)
    c.same("表执行", T[3], ie)
    c.ratio("执行率(表)", T[5], T[3], T[2])
    c.cap("执行率(表)", T[5])
    c.exec_score(T[5], T[3], T[2], T[4], T[6])
    c.le("预算执行", T[6], T[4], "score_exceeds_weight")
    std_y, std_s = c.one(r"按每生每年(\d+)元（每学期(\d+)元）")
    c.product("学期标准", std_y, std_s, "2", "1")
    n, n1, n2, navg, nlast, ninc, ng = c.one(
        rf"全年资助(\d+)人次，其中春季学期(\d+)人次、秋季学期(\d+)人次，平均每学期(\d+)人次，较2018年的(\d+)人次增加(\d+)人次，增长({NUM}%)")
    c.total("资助人次", n, [n1, n2])
    c.avg("平均每学期", navg, [n1, n2])
    c.diff("增加人次", ninc, n, nlast, code="sum_mismatch")
    c.ratio("增长", ng, ninc, nlast)
    c.product("资助金额", sp, n, std_s, "1e-4")
    nk, nk_ok, ontime = c.one(rf"全县(\d+)所幼儿园中，(\d+)所在规定时限内完成发放，按时发放率({NUM}%)")
    c.ratio("按时发放率", ontime, nk_ok, nk)
    sat, sat2 = c.one(rf"受助幼儿家长满意度({NUM}%)，其中建档立卡贫困户家长满意度({NUM}%)")
    w_exec, w_ind = c.one(r"按照预算执行(\d+)分、绩效指标(\d+)分")
    score_txt = c.one(rf"综合自评得分({NUM})分")
    rows = []
    for line in t.splitlines():
        x = line.split("\t")
        if x[0] in ("产出指标", "效益指标", "满意度指标") and len(x) == 10:
            rows.append(x)
    if len(rows) != 9:
        raise ParseError("indicator table")
    for x in rows:
        if x[3] == "定性":
            c.row({"name": x[2], "target": x[4], "actual": x[6], "weight": x[7], "score": x[8]})
        else:
            r = {"name": x[2], "target": x[4], "actual": x[6], "weight": x[7], "score": x[8],
                 "unit": x[5], "sign": x[3] if x[3] in ("≥", "≤") else ""}
            c.row(r)
    Wi = sum(num(x[7]) for x in rows)
    if Wi != num(w_ind) or num(T[4]) != num(w_exec) or Wi + num(T[4]) != 100 or num(w_exec) + num(w_ind) != 100:
        c.err("weight_sum_mismatch", f"indicator weights {Wi}")
    S = sum(num(x[8]) for x in rows) + num(T[6])
    tot_tab, gword = c.one(rf"评价结论\t自评得分\t({NUM})\t自评等级\t({GRADES})")
    if not near(tot_tab, S):
        c.err("score_sum_mismatch", f"scores {S} vs {tot_tab}")
    c.grade(tot_tab, gword)
    c.same("得分(文/表)", score_txt, tot_tab)
    b = {x[2]: x for x in rows}
    c.same("资助人次(表)", b["资助家庭经济困难幼儿"][6], n)
    c.same("目标人次", c.one(r"不少于(\d+)人次"), b["资助家庭经济困难幼儿"][4])
    c.same("按时发放率(表)", b["规定时限内完成发放的幼儿园比例"][6] + "%", ontime)
    c.same("满意度(表)", b["受助幼儿家长满意度"][6] + "%", sat)
    c.same("生均标准(表)", b["生均资助标准"][6], std_y)
    c.same("目标人次2", c.one(r"全年资助(\d+)人次，资金足额"), n)
    c.scan_rates()
    c.years(Y)


def p_kangle(c):
    t = c.t
    Y = 2022
    bud, prov, cty = c.one(rf"项目全年预算({NUM})万元，由省级学前教育发展资金({NUM})万元和县级财政资金({NUM})万元构成")
    c.total("预算构成", bud, [prov, cty])
    sp, er, es = c.one(rf"全年实际支出({NUM})万元，预算执行率({NUM}%)，按分值计得({NUM})分")
    c.ratio("执行率", er, sp, bud)
    c.cap("执行率", er)
    parts = c.one(rf"县级集中培训({NUM})万元，送教下乡({NUM})万元，园长任职资格培训({NUM})万元，培训课程资源建设({NUM})万元")
    c.total("支出构成", sp, list(parts))
    std, nhead, hcost = c.one(rf"园长培训按每人(\d+)元标准包干，(\d+)名园长共支出({NUM})万元")
    c.product("园长培训", hcost, std, nhead, "1e-4")
    c.same("园长培训支出", hcost, parts[2])
    c.diff("结余", c.one(rf"年末结余({NUM})万元"), bud, sp)
    k1, k2, k3, kt, ktarget, kc = c.one(
        rf"分别完成(\d+)人次、(\d+)人次和(\d+)人次，合计(\d+)人次，为年度目标(\d+)人次的({NUM}%)")
    c.total("培训人次", kt, [k1, k2, k3])
    c.completion("培训人次", "≥" + ktarget + "人次", kt + "人次", kc)
    c.same("目标人次", c.one(r"不少于(\d+)人次"), ktarget)
    c.same("园长人数", nhead, k3)
    last, inc, g = c.one(rf"2021年全县培训(\d+)人次，本年增加(\d+)人次，增长({NUM}%)")
    c.diff("增加人次", inc, kt, last, code="sum_mismatch")
    c.ratio("增长", g, inc, last)
    cls = c.one(rf"各期学员分别为(\d+)人、(\d+)人、(\d+)人和(\d+)人，平均每期({NUM})人")
    c.total("集中培训人次", k1, list(cls[:4]))
    c.avg("平均每期", cls[4], list(cls[:4]))
    qn, qok, qr = c.one(rf"(\d+)人次中考核合格(\d+)人次，结业考核合格率({NUM}%)")
    c.same("考核人次", qn, kt)
    c.ratio("合格率", qr, qok, qn)
    pc, pc_sp, pc_n = c.one(rf"人均培训成本({NUM})元（({NUM})万元÷(\d+)人次）")
    c.quot("人均成本", pc, pc_sp, pc_n, "1e4")
    c.same("人均成本支出", pc_sp, sp)
    c.same("人均成本人次", pc_n, kt)
    if num(pc) > num(c.one(r"人均培训成本控制在(\d+)元以内")):
        c.err("completion_mismatch", "cost above cap stated as met")
    h0, h1, hp = c.one(rf"持证上岗率由2021年的({NUM}%)提高到({NUM}%)，提高({NUM})个百分点")
    c.diff("持证率提高", hp, h1, h0, code="sum_mismatch")
    gr, gt, gs = c.one(rf"优良率为({NUM}%)，低于({NUM}%)的目标，按完成比例得({NUM})分")
    # weights and scores
    wt = c.one(r"评分采用预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    sm = c.one(rf"预算执行率（分值(\d+)分）得({NUM})分，产出指标（分值(\d+)分）得({NUM})分，效益指标（分值(\d+)分）得({NUM})分，"
               rf"满意度指标（分值(\d+)分）得({NUM})分，以上各项合计({NUM})分，评价等级为({GRADES})")
    ws, ss = [sm[0], sm[2], sm[4], sm[6]], [sm[1], sm[3], sm[5], sm[7]]
    if sum(num(w) for w in ws) != 100 or [num(w) for w in ws] != [num(w) for w in wt]:
        c.err("weight_sum_mismatch", "一级 weights")
    for w, s, n in zip(ws, ss, ("执行", "产出", "效益", "满意度")):
        c.le(n, s, w, "score_exceeds_weight")
    c.total("合计得分", sm[8], ss, code="score_sum_mismatch")
    c.grade(sm[8], sm[9])
    c.same("执行得分", ss[0], es)
    c.exec_score(er, sp, bud, ws[0], es)
    prod = t[t.index("（三）项目产出"):t.index("（四）项目效益")]
    ben = t[t.index("（四）项目效益"):t.index("（五）满意度")]
    sat = t[t.index("（五）满意度"):t.index("五、主要经验")]
    pw = re.findall(r"指标（(\d+)分）", prod)
    ps = re.findall(r"得(\d+(?:\.\d+)?)分", prod)
    if len(pw) != 4 or len(ps) != 4:
        raise ParseError("产出 section")
    if sum(num(w) for w in pw) != num(ws[1]):
        c.err("weight_sum_mismatch", "产出 weights")
    for w, s in zip(pw, ps):
        c.le("产出项", s, w, "score_exceeds_weight")
    c.total("产出得分", ss[1], ps, code="score_sum_mismatch")
    bs = re.findall(r"得(\d+(?:\.\d+)?)分", ben)
    if len(bs) != 3:
        raise ParseError("效益 section")
    c.total("效益得分", ss[2], bs, code="score_sum_mismatch")
    c.same("优良率得分", bs[1], gs)
    c.rule_score("优良率", "≥" + gt, gr, "10", gs)
    sat_r, sat_s = c.one(rf"满意度为({NUM}%)，得(\d+)分")
    c.same("满意度得分", sat_s, ss[3])
    c.rule_score("满意度", "≥" + c.one(r"参训教师满意度不低于(\d+%)"), sat_r, ws[3], sat_s)
    c.same("目标合格率", c.one(rf"结业考核合格率不低于({NUM}%)"), c.one(rf"高于({NUM}%)的目标"))
    c.scan_rates()
    c.years(Y)


def p_poyang(c):
    t = c.t
    Y = 2024
    a0, add, a1, cen, prov, cty = c.one(
        rf"项目年初预算({NUM})万元，11月县级追加({NUM})万元.*?全年预算({NUM})万元，其中中央支持学前教育发展资金({NUM})万元、省级资金({NUM})万元、县级资金({NUM})万元")
    c.total("全年=年初+追加", a1, [a0, add])
    c.total("全年构成", a1, [cen, prov, cty])
    sp, er = c.one(rf"全年支出({NUM})万元，预算执行率({NUM}%)")
    c.ratio("执行率(文)", er, sp, a1)
    sub = {}
    for line in t.splitlines():
        x = line.split("｜")
        if len(x) == 6 and (x[0].endswith("幼儿园") or x[0] == "合计"):
            sub[x[0]] = x
    if len(sub) != 5:
        raise ParseError("sub-project table")
    names = [k for k in sub if k != "合计"]
    for k in sub:
        c.ratio(k + " 执行率", sub[k][5], sub[k][4], sub[k][3])
        c.cap(k + " 执行率", sub[k][5])
    for i, n in ((2, "年初"), (3, "全年"), (4, "执行")):
        c.total("合计 " + n, sub["合计"][i], [sub[k][i] for k in names])
    c.same("年初", a0, sub["合计"][2])
    c.same("全年", a1, sub["合计"][3])
    c.same("执行", sp, sub["合计"][4])
    co, y1, y2, y3 = c.one(rf"未支付的({NUM})万元为工程尾款和质保金（油墩街镇({NUM})万元、饶丰镇({NUM})万元、游城乡({NUM})万元）")
    c.total("结转构成", co, [y1, y2, y3])
    c.diff("结转", co, a1, sp)
    for v, k in ((y1, "油墩街镇中心幼儿园"), (y2, "饶丰镇中心幼儿园"), (y3, "游城乡中心幼儿园")):
        c.diff(k + " 结转", v, sub[k][3], sub[k][4])
    std, ncl, toy = c.one(rf"按每班不低于(\d+)元的标准配置，(\d+)个班共支出({NUM})万元")
    c.product("玩教具", toy, std, ncl, "1e-4")
    c.same("班级", c.one(r"四所园共新增班级(\d+)个"), ncl)
    dt, d12, d3, d4 = c.one(r"新增学位(\d+)个（油墩街镇、饶丰镇各(\d+)个，莲花山乡(\d+)个，游城乡(\d+)个）")
    c.total("学位", dt, [d12, d12, d3, d4])
    area = c.one(r"新增建筑面积(\d+)平方米")
    eq_n, eq_p, eq_c = c.one(rf"设备(\d+)台（套），为采购计划(\d+)台（套）的({NUM}%)")
    c.completion("设备配备", "≥" + eq_p + "台", eq_n + "台", eq_c)
    per = c.one(rf"每个新增学位建设成本约({NUM}万元)")
    c.quot("每学位成本", per, sp, dt)
    sh0, sh1, pp = c.one(rf"占比由2023年的({NUM}%)提高到({NUM}%)，提高({NUM})个百分点")
    c.diff("占比提高", pp, sh1, sh0, code="sum_mismatch")
    near_r = c.one(rf"就近入园率({NUM}%)")
    sat = c.one(rf"家长满意度({NUM}%)")
    total, gword = c.one(rf"综合得分({NUM})分，等级为({GRADES})")
    c.grade(total, gword)
    rows = []
    for line in t.splitlines():
        x = line.split("｜")
        if len(x) == 9 and x[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            rows.append(x)
    if len(rows) != 11:
        raise ParseError("indicator table")
    for x in rows:
        if x[0] == "预算执行":
            c.same("执行率(表)", x[4], sub["合计"][5])
            c.completion("预算执行率", x[3], x[4], x[5])
            c.exec_score(x[4], sp, a1, x[6], x[7])
            c.le("预算执行", x[7], x[6], "score_exceeds_weight")
        else:
            c.row({"name": x[2], "target": x[3], "actual": x[4], "completion": x[5],
                   "weight": x[6], "score": x[7]})
    W = sum(num(x[6]) for x in rows)
    S = sum(num(x[7]) for x in rows)
    if W != 100:
        c.err("weight_sum_mismatch", f"weights {W}")
    if not near(total, S):
        c.err("score_sum_mismatch", f"scores {S} vs {total}")
    b = {x[2]: x for x in rows}
    c.same("学位(表)", dt + "个", b["新增学位"][4])
    c.same("面积(表)", area + "平方米", b["新增建筑面积"][4])
    c.same("成本(表)", per, b["每个新增学位建设成本"][4])
    c.same("按期竣工率", c.one(rf"按期竣工率({NUM}%)"), b["按期竣工率"][4])
    c.same("占比(表)", sh1, b["乡镇公办园在园幼儿占比"][4])
    c.same("就近入园率(表)", near_r, b["适龄幼儿就近入园率"][4])
    c.same("满意度(表)", sat, b["幼儿家长满意度"][4])
    c.same("目标学位", c.one(r"新增学位不少于(\d+)个") + "个", b["新增学位"][3])
    c.scan_rates()
    c.years(Y)


PROJECT_CHECKS = {
    "sx-kelan-puhuiyuan-2021": p_kelan,
    "hn-longhui-gongbankuorong-2023": p_longhui,
    "sc-yilong-xueqianzizhu-2019": p_yilong,
    "gs-kangle-youjiaopeixun-2022": p_kangle,
    "jx-poyang-zhongxinyuan-2024": p_poyang,
}


def run_checks(project, text):
    c = Checker(text)
    PROJECT_CHECKS[project](c)
    return c


def diff_region(a, b):
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
        problems.append(f"{len(labels)} labels, expected 35")
    where = {f"{e[0]}-e{e[1]}.txt": e[3] for e in build.EDITS}
    clean_text = {}
    code_count = {k: 0 for k in CODES}
    split = {"prose": 0, "table": 0}
    for lab in labels:
        if lab["clean"]:
            path = os.path.join(CASES, lab["case"])
            text = open(path, encoding="utf-8").read()
            clean_text[lab["source"]] = text
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{lab['case']}: length {len(text)} outside 2800-3400")
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            problems.append(f"missing {lab['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        try:
            c = run_checks(lab["source"], text)
        except ParseError as exc:
            problems.append(f"{lab['case']}: parse error: {exc}")
            continue
        got = sorted({code for code, _ in c.errors})
        if lab["clean"]:
            if c.errors or c.warnings:
                problems.append(f"{lab['case']}: clean draft fails: {c.errors} {c.warnings}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected one label")
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        if code not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {code} {e['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        split[where[lab["case"]]] += 1
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times: {value!r}")
        clean = clean_text[lab["source"]]
        p, ea, eb = diff_region(clean, text)
        if ea - p > 8 or eb - p > 8 or eb <= p and ea <= p:
            problems.append(f"{lab['case']}: edit region not short: {clean[p:ea]!r} -> {text[p:eb]!r}")
        i = text.find(value)
        if not (i <= p and eb <= i + len(value)):
            problems.append(f"{lab['case']}: edit {text[p:eb]!r} at {p} not inside value at {i}")
        line = text[text.rfind("\n", 0, i) + 1: text.find("\n", i + len(value))]
        is_table = ("｜" in line) or ("\t" in line) or bool(re.search(r"\S {2,}\S", line))
        if is_table != (where[lab["case"]] == "table"):
            problems.append(f"{lab['case']}: where={where[lab['case']]} but line is_table={is_table}")
        if got != [code]:
            problems.append(f"{lab['case']}: expected only {code}, checks give {got}: {c.errors}")
    for k, v in code_count.items():
        if v < 2:
            problems.append(f"code {k} used {v} times")
    if abs(split["prose"] - split["table"]) > 4:
        problems.append(f"prose/table split {split}")
    print("codes:", ", ".join(f"{k}={v}" for k, v in code_count.items()))
    print("where:", split)
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
