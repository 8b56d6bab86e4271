#!/usr/bin/env python3
"""Check drafts265: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 with the list of problems otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
problems = []


def fail(msg):
    problems.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def _last(s):
    found = re.findall(r"\d+(?:\.\d+)?", s.replace(",", ""))
    if not found:
        raise ValueError(f"no number in {s!r}")
    return found[-1]


def num(s):
    """The last number in s (the figure; earlier digits name years or items) as Decimal."""
    return Decimal(_last(s))


def decimals(s):
    n = _last(s)
    return len(n.split(".")[1]) if "." in n else 0


def ok(stated, computed, approx=False):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d; '约' figures get one more unit of slack."""
    v = num(stated)
    d = decimals(stated)
    tol = Decimal(5) * Decimal(10) ** (-(d + 1))
    if approx:
        tol *= 2
    return abs(Decimal(computed) - v) <= tol + Decimal("1e-9")


def pct(a, b):
    return Decimal(a) / Decimal(b) * 100


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- indicator rows
def direction(target):
    if target.startswith(("≥", ">=", "＞", "不低于", "不少于")):
        return "gte"
    if target.startswith(("≤", "<=", "＜", "不超过", "不高于")):
        return "lte"
    if re.search(r"\d", target) and not re.search(r"\d{4}年", target):
        return "eq"
    return "qual"


def unit_of(s):
    return re.sub(r"[≥≤<>=＜＞\d.,\s]", "", s)


def check_row(pid, row, text, joiner, order):
    cells = [row[k] for k in order]
    sig = joiner.join(cells)
    if sig not in text:
        fail(f"{pid}: table row not found as laid out: {sig!r}")
    name, target, actual, w, s = row["name"], row["target"], row["actual"], row["weight"], row["score"]
    W, S = Decimal(w), Decimal(s)
    if not (0 <= S <= W):
        fail(f"{pid}: {name}: score {s} outside [0, {w}]")
    kind = direction(target)
    if kind == "qual":
        if not (Decimal("0.6") * W <= S <= W):
            fail(f"{pid}: {name}: qualitative score {s} outside the [60%, 100%] bands")
        return
    if unit_of(target) != unit_of(actual):
        fail(f"{pid}: {name}: target unit {unit_of(target)!r} vs actual unit {unit_of(actual)!r}")
    T, A = num(target), num(actual)
    if kind in ("gte", "eq"):
        comp = A / T * 100
        rule = W * min(A / T, Decimal(1))
    else:  # lte
        comp = Decimal(100) if A <= T else T / A * 100
        rule = W if A <= T else W * T / A
    if "completion" in row and row["completion"] != "—":
        if not ok(row["completion"], comp):
            fail(f"{pid}: {name}: completion {row['completion']} but computed {comp:.4f}%")
    if not ok(s, rule):
        fail(f"{pid}: {name}: score {s} but the §5 rule gives {rule:.4f}")


# ---------------------------------------------------------------- per-project facts
# Each project: layout of its indicator rows, its rows, its funds row, its totals, and the
# prose/table arithmetic (every figure string must occur in the clean draft).
P = {}

P["sd-linqu-familydoctor-2022"] = dict(
    joiner="\t", order=["name", "target", "actual", "completion", "weight", "score"],
    funds=("\t", "年度资金总额", "586.00", "612.40", "598.76", "10", "97.77%", "9.78"),
    rows=[
        ("家庭医生签约服务人数", "≥31万人", "32.46万人", "104.71%", "10", "10"),
        ("重点人群签约率", "≥75%", "78.6%", "104.80%", "10", "10"),
        ("组建家庭医生团队数", "≥280个", "286个", "102.14%", "5", "5"),
        ("签约居民履约率", "≥90%", "92.3%", "102.56%", "10", "10"),
        ("签约服务费拨付时限", "≤30个工作日", "22个工作日", "100%", "5", "5"),
        ("签约服务费财政补助标准", "15元/人·年", "15元/人·年", "100%", "10", "10"),
        ("高血压患者规范管理率", "≥60%", "63.8%", "106.33%", "10", "10"),
        ("糖尿病患者规范管理率", "≥60%", "58.2%", "97.00%", "10", "9.7"),
        ("家庭医生团队服务能力", "持续提升", "有所提升", "—", "10", "9"),
        ("签约居民满意度", "≥90%", "93.5%", "103.89%", "10", "10"),
    ],
    total=("自评得分98.48分", "98.48"), grade=("评价等级为“优”", "优"),
    facts=[
        ("sum", ["中央资金318.20万元", "省级资金142.60万元", "县级资金151.60万元"], "全年预算612.40万元"),
        ("sum", ["年初预算586.00万元", "追加省级资金26.40万元"], "全年预算612.40万元"),
        ("rate", "支付316.85万元", "中央资金318.20万元", "支付率99.58%"),
        ("rate", "实际支出598.76万元", "全年预算612.40万元", "预算执行率97.77%"),
        ("sum", ["中央资金支付316.85万元", "省级资金142.60万元已全部支付", "县级资金支付139.31万元"], "实际支出598.76万元"),
        ("diff", "全年预算612.40万元", "实际支出598.76万元", "年末结余13.64万元"),
        ("sum", ["签约服务费财政补助486.90万元", "培训及考核48.30万元", "履约服务包63.56万元"], "实际支出598.76万元"),
        ("prod", ["签约服务32.46万人", "每人每年15元"], "签约服务费财政补助486.90万元"),
        ("diff", "签约服务32.46万人", "2021年的30.85万人", "增加1.61万人"),
        ("rate", "签约11.37万人", "签约服务32.46万人", "占签约总人数的35.0%"),
        ("rate", "32.46万人", "不少于31万人", "完成年度目标的104.71%"),
        ("rate", "基本满意的1122人", "回访签约居民1200人，表示", "满意度93.5%"),
        ("diff", "≥60%", "58.2%", "低1.8个百分点"),
        ("same", "全县共组建家庭医生团队286个", "\t286个\t"),
    ],
)

P["hb-dawu-phs-2021"] = dict(
    joiner="\n\t", order=["name", "weight", "target", "actual", "score"],
    funds=None,
    rows=[
        ("预算执行率", "100%", "97.99%", None, "10", "9.80"),
        ("居民规范化电子健康档案建档率", "≥90%", "92.4%", None, "5", "5"),
        ("0～6岁儿童健康管理率", "≥90%", "93.1%", None, "5", "5"),
        ("孕产妇系统管理率", "≥90%", "91.6%", None, "5", "5"),
        ("65岁及以上老年人健康管理率", "≥65%", "61.8%", None, "5", "4.75"),
        ("高血压患者基层规范管理服务率", "≥65%", "66.2%", None, "5", "5"),
        ("2型糖尿病患者基层规范管理服务率", "≥65%", "65.7%", None, "5", "5"),
        ("严重精神障碍患者规范管理率", "≥85%", "90.3%", None, "5", "5"),
        ("适龄儿童国家免疫规划疫苗接种率", "≥90%", "96.5%", None, "5", "5"),
        ("资金拨付及时率", "100%", "100%", None, "5", "5"),
        ("人均基本公共卫生服务经费补助标准", "79元", "79元", None, "5", "5"),
        ("城乡居民公共卫生差距", "不断缩小", "逐步缩小", None, "10", "9"),
        ("居民健康素养水平", "≥22%", "23.4%", None, "10", "10"),
        ("基本公共卫生服务水平", "不断提高", "稳步提高", None, "10", "9"),
        ("城乡居民对基本公共卫生服务满意度", "≥85%", "92.6%", None, "10", "10"),
    ],
    table_total="合计\n\t\n\t\n\t100\n\t\n\t\n\t97.55",
    total=("自评得分97.55分", "97.55"), grade=("评价等级为“优”", "优"),
    facts=[
        ("sum", ["年初预算3980.00万元", "追加206.50万元"], "全年预算4186.50万元"),
        ("rate", "实际支出4102.37万元", "全年预算4186.50万元", "预算执行率97.99%"),
        ("rate", "村卫生室补助资金1672.95万元", "实际支出4102.37万元", "占全年支出的40.78%"),
        ("diff", "全年预算4186.50万元", "实际支出4102.37万元", "年末结余84.13万元"),
        ("mean", ["96%", "94%", "97%", "93%"], "平均合格率95%"),
        ("diff", "≥65%", "61.8%", "低3.2个百分点"),
        ("same", "县级资金执行率91.47%", "\t91.47"),
        ("same", "实际支出4102.37万元", "\t4102.37\n"),
    ],
    grid=dict(cols=["合计", "中央资金", "省级资金", "县级资金"], rows={
        "年初预算资金": ["3980.00", "2800.00", "566.60", "613.40"],
        "全年预算资金": ["4186.50", "2962.30", "610.80", "613.40"],
        "实际到位资金": ["4186.50", "2962.30", "610.80", "613.40"],
        "全年执行资金": ["4102.37", "2930.52", "610.80", "561.05"],
        "预算到位率(%)": ["100", "100", "100", "100"],
        "预算执行率(%)": ["97.99", "98.93", "100", "91.47"],
    }),
)

P["gz-cengong-cunyi-2019"] = dict(
    joiner="｜", order=["name", "target", "actual", "weight", "score"],
    funds=("｜", "年度资金总额", "268.56", "268.56", "265.12", "10", "98.72%", "9.87"),
    rows=[
        ("补助在岗村医人数", "≥236人", "236人", None, "10", "10"),
        ("村医培训人次", "≥472人次", "496人次", None, "10", "10"),
        ("村医年度考核合格率", "≥95%", "94.1%", None, "10", "9.91"),
        ("补助资金按季度发放及时率", "100%", "95%", None, "10", "9.5"),
        ("村医定额补助标准", "500元/人·月", "500元/人·月", None, "10", "10"),
        ("行政村卫生室村医配备率", "100%", "100%", None, "15", "15"),
        ("村医年流失率", "≤5%", "6.2%", None, "15", "12.1"),
        ("村医对补助政策满意度", "≥85%", "91.5%", None, "10", "10"),
    ],
    table_total="总分｜｜｜｜｜100｜96.38｜",
    total=None, grade=("综合评价等级为“优”", "优"),
    facts=[
        ("sum", ["中央财政补助资金142.80万元", "省级补助资金68.40万元", "县级配套资金57.36万元"], "全年预算268.56万元"),
        ("diff", "全年预算268.56万元", "实际支出265.12万元", "结余3.44万元"),
        ("sum", ["村医定额补助141.60万元", "基本药物制度补助72.30万元", "村医养老保险补助18.72万元", "村医培训及考核经费32.50万元"], "实际支出265.12万元"),
        ("prod_yuan", ["236名在岗村医", "每人每月500元", "12"], "村医定额补助141.60万元"),
        ("ratio_approx", "实际支出265.12万元", "236名在岗村医", "人均获得各类补助约1.12万元"),
        ("rate", "实际培训496人次", "计划培训村医472人次", "完成率105.08%"),
        ("mean", ["88.2分", "85.6分", "83.9分", "87.1分"], "全县平均86.2分"),
        ("same", "村医年度考核合格率94.1%", "｜94.1%｜"),
        ("same", "满意度为91.5%", "｜91.5%｜"),
    ],
)

P["ln-kuandian-tijian-2023"] = dict(
    joiner="  ", order=["name", "target", "actual", "weight", "score"],
    funds=("  ", "年度资金总额", "312.00", "312.00", "305.46", "10", "97.90%", "9.79"),
    rows=[
        ("65岁及以上老年人健康体检人数", "≥4.6万人", "4.83万人", None, "15", "15"),
        ("老年人健康管理率", "≥62%", "65.4%", None, "10", "10"),
        ("体检表填写完整率", "≥95%", "96.8%", None, "10", "10"),
        ("体检结果反馈及时率", "≥90%", "87.5%", None, "5", "4.86"),
        ("人均体检经费", "≤65元", "59.3元", None, "10", "10"),
        ("体检异常人员告知及健康指导率", "100%", "98.6%", None, "10", "9.86"),
        ("老年人健康管理知晓率", "≥80%", "83.2%", None, "10", "10"),
        ("老年人健康管理长效机制", "健全", "基本健全", None, "10", "8"),
        ("体检老年人满意度", "≥90%", "94.7%", None, "10", "10"),
    ],
    table_total="合计          100  97.51",
    total=None, grade=("本项目评价等级为优秀", "优"),
    facts=[
        ("sum", ["中央补助资金186.00万元", "省级资金48.00万元", "县级配套资金78.00万元"], "全年预算312.00万元"),
        ("rate", "实际支出305.46万元", "全年预算312.00万元", "预算执行率97.90%"),
        ("sum", ["体检服务费286.50万元", "表单印制费12.36万元", "维护费6.60万元"], "实际支出305.46万元"),
        ("ratio_approx", "体检服务费286.50万元", "体检4.83万人", "人均体检经费约59.3元"),
        ("diff", "体检4.83万人", "2022年的4.52万人", "增加0.31万人"),
        ("diff", "全年预算312.00万元", "实际支出305.46万元", "312.00  312.00  305.46  6.54"),
        ("rate", "实际支出305.46万元", "全年预算312.00万元", "6.54  97.90%"),
        ("zero", "上年结转资金  0.00  0.00  0.00  —  —  —"),
        ("zero", "其他资金  0.00  0.00  0.00  —  —  —"),
    ],
)

P["fj-guangze-manbing-2024"] = dict(
    joiner="\n", order=["name", "target", "actual", "weight", "score"],
    funds=("\n", "年度资金总额", "172.00", "186.40", "179.25", "10", "96.16%", "9.62"),
    rows=[
        ("高血压患者规范管理人数", "≥9800人", "10126人", None, "10", "10"),
        ("2型糖尿病患者规范管理人数", "≥3400人", "3482人", None, "10", "10"),
        ("重点慢病患者年随访次数", "≥4次", "4次", None, "5", "5"),
        ("高血压患者血压控制率", "≥60%", "57.6%", None, "10", "9.6"),
        ("年度健康体检完成时限", "2024年12月底前", "按时完成", None, "5", "5"),
        ("慢病随访补助标准", "每人次15元", "每人次15元", None, "10", "10"),
        ("高血压患者规范管理率", "≥65%", "68.3%", None, "10", "10"),
        ("糖尿病患者规范管理率", "≥65%", "63.1%", None, "10", "9.71"),
        ("慢病防治体系建设", "持续完善", "持续完善", None, "10", "10"),
        ("慢病患者满意度", "≥90%", "95.2%", None, "10", "10"),
    ],
    table_total="总分\n100\n98.93",
    total=None, grade=("本项目自评等级为“优”", "优"),
    facts=[
        ("sum", ["年初预算172.00万元", "追加14.40万元"], "全年预算186.40万元"),
        ("sum", ["省级补助资金98.00万元", "市级补助资金30.40万元", "县级配套资金58.00万元"], "全年预算186.40万元"),
        ("rate", "实际支出179.25万元", "全年预算186.40万元", "预算执行率96.16%"),
        ("rate", "实际支出50.85万元", "县级配套资金58.00万元，实际", "支出率87.67%"),
        ("diff", "全年预算186.40万元", "实际支出179.25万元", "年末结余7.15万元"),
        ("diff", "县级配套资金58.00万元，实际", "实际支出50.85万元", "年末结余7.15万元"),
        ("sum", ["省级补助资金98.00万元", "市级补助资金30.40万元", "实际支出50.85万元"], "实际支出179.25万元"),
        ("sum", ["随访补助81.65万元", "体检费62.35万元", "耗材19.80万元", "培训费8.85万元", "维护费6.60万元"], "实际支出179.25万元"),
        ("diff", "高血压患者10126人", "2023年的9871人", "增加255人"),
        ("diff", "≥65%", "63.1%", "低1.9个百分点"),
        ("rate", "满意476人", "患者500名", "满意度95.2%"),
        ("same", "2型糖尿病患者3,482人", "\n3482人\n"),
    ],
)


def check_fact(pid, text, fact):
    kind = fact[0]
    strings = []
    for part in fact[1:]:
        strings.extend(part if isinstance(part, list) else [part])
    for s in strings:
        if kind == "prod_yuan" and s == "12":
            continue
        if s not in text:
            fail(f"{pid}: fact string not in draft: {s!r}")
    if kind == "sum":
        parts, total = fact[1], fact[2]
        if not ok(total, sum(num(p) for p in parts)):
            fail(f"{pid}: sum {parts} != {total}")
    elif kind == "diff":
        a, b, stated = fact[1:]
        # a − b = stated (percent-point differences use the numbers as written)
        if not ok(stated, num(a) - num(b)):
            fail(f"{pid}: {a} − {b} != {stated}")
    elif kind == "rate":
        a, b, stated = fact[1:]
        if not ok(stated, pct(num(a), num(b))):
            fail(f"{pid}: {a} / {b} != {stated} (computed {pct(num(a), num(b)):.4f}%)")
    elif kind == "mean":
        items, stated = fact[1], fact[2]
        mean = sum(num(i) for i in items) / len(items)
        if not ok(stated, mean):
            fail(f"{pid}: mean of {items} = {mean} != {stated}")
    elif kind == "prod":
        (a, b), stated = fact[1], fact[2]
        if not ok(stated, num(a) * num(b)):
            fail(f"{pid}: {a} × {b} != {stated}")
    elif kind == "prod_yuan":
        items, stated = fact[1], fact[2]
        p = Decimal(1)
        for i in items:
            p *= num(i)
        if not ok(stated, p / 10000):
            fail(f"{pid}: product {items} in 元 != {stated}")
    elif kind == "ratio_approx":
        a, b, stated = fact[1:]
        if not ok(stated, num(a) / num(b), approx=True):
            fail(f"{pid}: {a} / {b} = {num(a) / num(b):.4f} not ≈ {stated}")
    elif kind == "same":
        a, b = fact[1:]
        if num(a) != num(b):
            fail(f"{pid}: {a!r} and {b!r} differ")
    elif kind == "zero":
        pass  # zero-base rows print "—" for the rate: presence checked above
    else:
        fail(f"{pid}: unknown fact kind {kind}")


def check_project(pid, spec, text):
    n = len(text)
    if not (3000 <= n <= 5000):
        fail(f"{pid}: clean draft has {n} characters (want 3000–5000)")
    weights = [Decimal(10)] if spec["funds"] else []
    scores = []
    if spec["funds"]:
        j, label, initial, annual, spent, w, rate, score = spec["funds"]
        sig = j.join([label, initial, annual, spent, w, rate, score])
        if sig not in text:
            fail(f"{pid}: funds row not found: {sig!r}")
        r = pct(num(spent), num(annual))
        if not ok(rate, r):
            fail(f"{pid}: execution rate {rate} but {spent}/{annual} = {r:.4f}%")
        if not ok(score, Decimal(w) * min(r / 100, Decimal(1))):
            fail(f"{pid}: execution score {score} does not follow from {rate}")
        # 其中 rows: 当年财政拨款 + 上年结转 + 其他 = 总额 (the other two are zero in every draft)
        sub = j.join(["其中：当年财政拨款", initial, annual, spent])
        if sub not in text:
            fail(f"{pid}: 当年财政拨款 row does not repeat the totals: {sub!r}")
        scores.append(Decimal(score))
    for r in spec["rows"]:
        row = dict(name=r[0], target=r[1], actual=r[2], weight=r[4], score=r[5])
        if r[3] is not None:
            row["completion"] = r[3]
        check_row(pid, row, text, spec["joiner"], spec["order"])
        weights.append(Decimal(row["weight"]))
        scores.append(Decimal(row["score"]))
    if sum(weights) != 100:
        fail(f"{pid}: weights add up to {sum(weights)}")
    total = sum(scores)
    if spec.get("table_total"):
        if spec["table_total"] not in text:
            fail(f"{pid}: table total not found: {spec['table_total']!r}")
        if not ok(spec["table_total"], total):
            fail(f"{pid}: table total {spec['table_total']!r} but rows add up to {total}")
    if spec.get("total"):
        ctx, stated = spec["total"]
        if ctx not in text:
            fail(f"{pid}: stated total not found: {ctx!r}")
        if not ok(stated, total):
            fail(f"{pid}: stated total {stated} but rows add up to {total}")
    ctx, grade = spec["grade"]
    if text.count(ctx) != 1:
        fail(f"{pid}: grade sentence {ctx!r} should occur once")
    if grade_of(total) != grade:
        fail(f"{pid}: grade {grade} but total {total} is {grade_of(total)}")
    for fact in spec["facts"]:
        check_fact(pid, text, fact)
    if "grid" in spec:
        g = spec["grid"]
        for label, vals in g["rows"].items():
            sig = "\t" + label + "\n" + "\n".join("\t" + v for v in vals)
            if sig not in text:
                fail(f"{pid}: grid row not found: {label}")
        rows = {k: [Decimal(v) for v in vs] for k, vs in g["rows"].items()}
        for label in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]:
            v = rows[label]
            if v[0] != sum(v[1:]):
                fail(f"{pid}: grid {label}: 合计 {v[0]} != {sum(v[1:])}")
        for i, col in enumerate(g["cols"]):
            budget = rows["全年预算资金"][i]
            if not ok(g["rows"]["预算到位率(%)"][i], pct(rows["实际到位资金"][i], budget)):
                fail(f"{pid}: grid 到位率 {col}")
            if not ok(g["rows"]["预算执行率(%)"][i], pct(rows["全年执行资金"][i], budget)):
                fail(f"{pid}: grid 执行率 {col}")


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    clean = {r["source"]: read(os.path.join(CASES, r["case"])) for r in labels if r["clean"]}
    if len(clean) != 5 or set(clean) != set(P):
        fail(f"expected the five projects, got {sorted(clean)}")
    codes = Counter()
    per_source = Counter()
    for r in labels:
        text = read(os.path.join(CASES, r["case"]))
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expectations")
            continue
        per_source[r["source"]] += 1
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected one label")
        base = clean[r["source"]]
        # one place: trim the common prefix and suffix; the rest must be a short region
        i = 0
        while i < min(len(base), len(text)) and base[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(base), len(text)) - i and base[-1 - j] == text[-1 - j]:
            j += 1
        old, new = base[i:len(base) - j], text[i:len(text) - j]
        if not new and not old:
            fail(f"{r['case']}: identical to its clean draft")
        if len(old) > 40 or len(new) > 40:
            fail(f"{r['case']}: changed region too long: {old!r} -> {new!r}")
        region = (i, len(text) - j)
        for exp in r["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{r['case']}: bad code/severity {exp['code']}/{exp['severity']}")
            codes[exp["code"]] += 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{r['case']}: value {v!r} not in case")
            if not any(s < region[1] and region[0] < s + len(v) for s in occ):
                fail(f"{r['case']}: value {v!r} does not cover the changed figure")
            if v in base and base.count(v) == text.count(v):
                fail(f"{r['case']}: value {v!r} also occurs unchanged in the clean draft")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (want ≥ 2)")
    if sum(codes.values()) != 30:
        fail(f"{sum(codes.values())} labelled errors (want 30)")
    for pid in P:
        if per_source[pid] != 6:
            fail(f"{pid}: {per_source[pid]} error cases (want 6)")
    for pid, spec in P.items():
        if pid in clean:
            check_project(pid, spec, clean[pid])
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
