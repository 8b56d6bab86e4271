#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: one line per case file, every label value occurs in its case, each error case differs from its
   clean draft in one contiguous place that overlaps the label value, every code of errors.md §A (13 error codes)
   is used at least twice, the changed figure occurs once in the clean draft (twice or more for
   conflicting_values), clean drafts are 2,800–3,400 characters.
2. Arithmetic: for every draft the figures are read from the text (per-draft extractors below) and every identity
   is recomputed with the tolerance of rules.md §8. Clean drafts: no identity may fail. Error cases: the labelled
   code must fail and no other error-level code may fail. Score-rule checks (rules §5) are warnings, reported
   for information only.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402  (edit list: old/new/fig)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

# ------------------------------------------------------------------ numbers, units, tolerance
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
EMPTY = {"", "—", "-", "－", "&nbsp;"}


def num(s):
    s = s.strip()
    if s in EMPTY:
        return D(0)
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    v = D(m.group().replace(",", ""))
    return -v if s[:m.start()].strip().endswith("-") else v


def decimals(s):
    m = NUM.search(s)
    if not m:
        return 0
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def tol(s):
    return D("0.5") * D(10) ** -decimals(s) + D("1e-9")


def unit(s):
    """Text after the number ('46台（套）' -> '台（套）', '100%' -> '%', '≥12家' -> '家', '96.64' -> '')."""
    s = s.strip()
    m = NUM.search(s)
    if not m:
        return ""
    return re.split(r"[，。；,;]", s[m.end():].strip())[0].strip()


def direction(s):
    s = s.strip()
    if s[:1] in "≥＞>" or "不少于" in s or "不低于" in s:
        return "gte"
    if s[:1] in "≤＜<" or "不超过" in s or "不高于" in s:
        return "lte"
    return "eq"


def money(s, default="万元"):
    """(value in 万元, tolerance in 万元) of an amount string; unit from the string, else the default."""
    u = unit(s)
    f = MONEY.get(u, MONEY[default])
    return num(s) * f, tol(s) * f


def agrees(computed, stated):
    return abs(computed - num(stated)) <= tol(stated)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ------------------------------------------------------------------ check constructors
# Each check is (severity, name, function(F) -> None | code). F maps field names to strings read from the text.
RESCALE = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]


def _money_identity(F, keys, units, pred):
    """Run pred on money values; if it fails but rescaling ONE amount by 10^4 / 10^8 fixes it -> unit_mismatch."""
    vals = [money(F[k], u) for k, u in zip(keys, units)]
    if pred(vals):
        return None
    for i in range(len(vals)):
        for f in RESCALE:
            alt = list(vals)
            alt[i] = (vals[i][0] * f, vals[i][1] * f)
            if pred(alt):
                return "unit_mismatch"
    return "fail"


def c_sum(total, parts, code="sum_mismatch", u="万元"):
    def run(F):
        def pred(v):
            return abs(sum(x[0] for x in v[1:]) - v[0][0]) <= v[0][1]
        r = _money_identity(F, [total] + parts, [u] * (1 + len(parts)), pred)
        return code if r == "fail" else r
    return ("error", f"sum {total} = {' + '.join(parts)}", run)


def c_count_sum(total, parts, code="sum_mismatch"):
    def run(F):
        return None if agrees(sum(num(F[p]) for p in parts), F[total]) else code
    return ("error", f"count {total} = {' + '.join(parts)}", run)


def c_diff(result, a, b, code="balance_mismatch", u="万元"):
    def run(F):
        def pred(v):
            return abs((v[1][0] - v[2][0]) - v[0][0]) <= v[0][1]
        r = _money_identity(F, [result, a, b], [u] * 3, pred)
        return code if r == "fail" else r
    return ("error", f"{result} = {a} - {b}", run)


def c_count_diff(result, a, b, code="sum_mismatch"):
    def run(F):
        return None if agrees(num(F[a]) - num(F[b]), F[result]) else code
    return ("error", f"{result} = {a} - {b}", run)


def c_prod(total, pairs, code="sum_mismatch", u="万元"):
    """total = Σ count × price; price strings carry their unit (元/万元)."""
    def run(F):
        keys = [total] + [p for _, p in pairs]

        def pred(v):
            comp = sum(num(F[c]) * v[i + 1][0] for i, (c, _) in enumerate(pairs))
            return abs(comp - v[0][0]) <= v[0][1]
        r = _money_identity(F, keys, [u] * len(keys), pred)
        return code if r == "fail" else r
    return ("error", f"{total} = Σ count × price", run)


def c_rate(n, d, rate, u="万元"):
    def run(F):
        r = num(F[rate])
        nv, dv = money(F[n], u)[0], money(F[d], u)[0]
        if dv == 0:
            return None if r == 0 else "implausible_rate"
        if r > 100 or r < 0:
            return "implausible_rate"
        if agrees(nv / dv * 100, F[rate]):
            return None
        for f in RESCALE:
            if agrees(nv * f / dv * 100, F[rate]) or agrees(nv / (dv * f) * 100, F[rate]):
                return "unit_mismatch"
        return "rate_mismatch"
    return ("error", f"{rate} = {n} / {d}", run)


def c_count_rate(n, d, rate):
    def run(F):
        r = num(F[rate])
        if r > 100:
            return "implausible_rate"
        return None if agrees(num(F[n]) / num(F[d]) * 100, F[rate]) else "rate_mismatch"
    return ("error", f"{rate} = {n} / {d}", run)


def c_avg(avg, total, count, u=None):
    def run(F):
        t = money(F[total], u)[0] if u else num(F[total])
        a = money(F[avg], u) if u else (num(F[avg]), tol(F[avg]))
        if abs(t / num(F[count]) - a[0]) <= a[1]:
            return None
        if u:
            for f in RESCALE:
                if abs(t * f / num(F[count]) - a[0]) <= a[1] or abs(t / num(F[count]) - a[0] * f) <= a[1] * f:
                    return "unit_mismatch"
        return "average_mismatch"
    return ("error", f"{avg} = {total} / {count}", run)


def c_same(a, b, u="万元"):
    """Same quantity stated twice. Money: compare in 万元; other units must agree."""
    def run(F):
        ua, ub = unit(F[a]), unit(F[b])
        if ua in MONEY or ub in MONEY:
            def pred(v):
                return abs(v[0][0] - v[1][0]) <= max(v[0][1], v[1][1])
            r = _money_identity(F, [a, b], [u, u], pred)
            return "conflicting_values" if r == "fail" else r
        if ua and ub and ua != ub:
            return "unit_mismatch"
        va, vb = num(F[a]), num(F[b])
        return None if abs(va - vb) <= max(tol(F[a]), tol(F[b])) else "conflicting_values"
    return ("error", f"{a} == {b}", run)


def c_same_word(a, b):
    def run(F):
        return None if F[a] == F[b] else "conflicting_values"
    return ("error", f"{a} == {b}", run)


def c_completion(target, actual, stated):
    def run(F):
        if unit(F[target]) != unit(F[actual]):
            return "unit_mismatch"
        t, a = num(F[target]), num(F[actual])
        if direction(F[target]) == "lte":
            c = D(100) if a <= t else t / a * 100
        else:
            c = a / t * 100
        return None if agrees(c, F[stated]) else "completion_mismatch"
    return ("error", f"{stated} = {actual} / {target}", run)


def c_deviation(target, actual, stated):
    def run(F):
        t, a = num(F[target]), num(F[actual])
        return None if agrees((a - t) / t * 100, F[stated]) else "completion_mismatch"
    return ("error", f"{stated} = ({actual} - {target}) / {target}", run)


def c_units(target, actual):
    def run(F):
        return None if unit(F[target]) == unit(F[actual]) else "unit_mismatch"
    return ("error", f"unit {target} ~ {actual}", run)


def c_le(score, weight):
    def run(F):
        s, w = num(F[score]), num(F[weight])
        return None if D(0) <= s <= w else "score_exceeds_weight"
    return ("error", f"{score} <= {weight}", run)


def c_wsum(weights, total):
    """Σ 分值 must be 100 and equal the stated total."""
    def run(F):
        s = sum(num(F[w]) for w in weights)
        return None if s == 100 and agrees(s, F[total]) else "weight_sum_mismatch"
    return ("error", f"Σ weights = {total} = 100", run)


def c_ssum(scores, total):
    def run(F):
        return None if agrees(sum(num(F[s]) for s in scores), F[total]) else "score_sum_mismatch"
    return ("error", f"Σ scores = {total}", run)


def c_grade(total, grade):
    def run(F):
        return None if GRADES[F[grade]] == band(num(F[total])) else "grade_mismatch"
    return ("error", f"grade({total}) = {grade}", run)


def c_max100(rate):
    def run(F):
        r = num(F[rate])
        return None if D(0) <= r <= 100 else "implausible_rate"
    return ("error", f"{rate} in [0, 100]", run)


def c_year(key, rel, year, month_key=None):
    """rel: eq (= year), gt (> year), lt (< year), issue (= year, or year-1 in December)."""
    def run(F):
        y = int(F[key])
        if rel == "eq":
            ok = y == year
        elif rel == "gt":
            ok = y > year
        elif rel == "lt":
            ok = y < year
        else:
            m = int(F[month_key])
            ok = y == year or (y == year - 1 and m == 12)
        return None if ok else "year_mismatch"
    return ("error", f"year {key} {rel} {year}", run)


def w_exec_score(weight, rate, score):
    def run(F):
        c = num(F[weight]) * min(num(F[rate]), D(100)) / 100
        return None if agrees(c, F[score]) else "score_rule_mismatch"
    return ("warning", f"{score} = {weight} × {rate}", run)


def w_gte_score(weight, target, actual, score):
    def run(F):
        t, a, w = num(F[target]), num(F[actual]), num(F[weight])
        if direction(F[target]) == "lte":
            c = w if a <= t else w * t / a
        else:
            c = w * min(a / t, D(1))
        return None if agrees(c, F[score]) else "score_rule_mismatch"
    return ("warning", f"{score} from {target}/{actual}", run)


# ------------------------------------------------------------------ text helpers
def one(t, pattern, flags=0):
    ms = list(re.finditer(pattern, t, flags))
    if len(ms) != 1:
        raise LookupError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0]


def cells_after(t, label, n):
    """One-cell-per-line table: the n cells following the cell `label`."""
    key = "\n\t" + label + "\n"
    if t.count(key) != 1:
        raise LookupError(f"cell {label!r} found {t.count(key)} times")
    i = t.index(key) + len(key)
    lines = t[i:].split("\n")[:n]
    for ln in lines:
        if not ln.startswith("\t"):
            raise LookupError(f"row {label!r} broken at {ln!r}")
    return [ln[1:] for ln in lines]


def tab_after(t, label):
    """Tab-separated table: cells after the cell `label` on its line."""
    ms = [ln for ln in t.split("\n") if ("\t" + ln).find("\t" + label + "\t") >= 0]
    if len(ms) != 1:
        raise LookupError(f"tab row {label!r} found {len(ms)} times")
    cells = ms[0].split("\t")
    return cells[cells.index(label) + 1:]


def td_after(t, label):
    """HTML residue: cells <td>…</td> after the cell `label` on its line."""
    key = f"<td>{label}</td>"
    ms = [ln for ln in t.split("\n") if key in ln]
    if len(ms) != 1:
        raise LookupError(f"td row {label!r} found {len(ms)} times")
    cells = re.findall(r"<td>(.*?)</td>", ms[0])
    return cells[cells.index(label) + 1:]


def bar_after(t, label2):
    ms = [ln for ln in t.split("\n") if ln.count("｜") >= 3 and ln.split("｜")[1] == label2]
    if len(ms) != 1:
        raise LookupError(f"｜ row {label2!r} found {len(ms)} times")
    return ms[0].split("｜")[2:]


# ================================================================== draft A: Shanxi, one cell per line
SX_FUND_ROWS = [("y1", "年初预算资金"), ("y2", "全年预算资金"), ("y3", "实际到位资金"), ("y4", "全年执行资金"),
                ("y5", "资金结余"), ("y6", "预算到位率"), ("y7", "预算执行率(%)")]
SX_COLS = ["tot", "sub", "cen", "prov", "city", "cnty", "carry", "oth"]
SX_IND = [("exec", "预算执行率"), ("dev", "购置实训设备数量"), ("seat", "新增实训工位"), ("acc", "设备验收合格率"),
          ("time", "设备安装调试完成时间"), ("save", "设备采购资金节约率"), ("hours", "年度实训课时"),
          ("cert", "学生职业技能等级认定通过率"), ("intact", "设备完好率"), ("sat", "师生满意度")]


def sx_facts(t):
    F = {}
    for key, label in SX_FUND_ROWS:
        cells = cells_after(t, label, 9)
        for c, v in zip(SX_COLS, cells[1:]):
            F[f"{key}.{c}"] = v
    for key, label in SX_IND:
        w, tg, ac, cp, sc, _ = cells_after(t, label, 6)
        F.update({f"{key}.w": w, f"{key}.t": tg, f"{key}.a": ac, f"{key}.c": cp, f"{key}.s": sc})
    F["tab.wsum"], F["tab.total"] = [cells_after(t, "合计", 7)[i] for i in (2, 6)]
    m = one(t, r"全年预算资金(\d+\.\d+)万元，其中省级技工院校实训能力建设补助(\d+\.\d+)万元（(\d{4})年(\d+)月提前下达）"
               r"、市级配套资金(\d+\.\d+)万元、(\d{4})年结转资金(\d+\.\d+)万元，资金实际到位(\d+\.\d+)万元。"
               r"全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+)%。未支付的(\d+\.\d+)万元")
    (F["p.budget"], F["p.prov"], F["p.issue_y"], F["p.issue_m"], F["p.city"], F["p.carry_y"], F["p.carry"],
     F["p.recv"], F["p.spent"], F["p.rate"], F["p.bal"]) = m.groups()
    F["p.cf_y"] = one(t, r"已结转至(\d{4})年").group(1)
    m = one(t, r"共购置实训设备(\d+)台（套），其中数控车床(\d+)台、立式加工中心(\d+)台、工业机器人实训工作站(\d+)套、"
               r"电工电子实训台(\d+)台，比年度目标多(\d+)台（套）")
    F["p.dev"], F["p.d1"], F["p.d2"], F["p.d3"], F["p.d4"], F["p.dev_more"] = m.groups()
    F["p.dev"] += "台（套）"
    F["p.seat"] = one(t, r"新增实训工位(\d+个)").group(1)
    m = one(t, r"全年开出实训课时(\d+课时)，比(\d{4})年的(\d+)课时增加(\d+)课时")
    F["p.hours"], F["p.prev_y"], F["p.prev_hours"], F["p.more_hours"] = m.groups()
    F["p.cert"] = one(t, r"认定通过率(\d+\.\d+%)").group(1)
    m = one(t, r"发放问卷(\d+)份，收回有效问卷(\d+)份，有效回收率(\d+\.\d+)%，综合满意度(\d+\.\d+%)")
    F["p.q_out"], F["p.q_in"], F["p.q_rate"], F["p.sat"] = m.groups()
    m = one(t, r"自评总得分(\d+\.\d+)分，等级为“(\S+?)”")
    F["p.total"], F["p.grade"] = m.groups()
    F["p.impl_y"] = one(t, r"项目实施计划：(\d{4})年").group(1)
    return F


def sx_checks():
    Y = 2019
    C = []
    for r in ["y1", "y2", "y3", "y4", "y5"]:
        C.append(c_sum(f"{r}.tot", [f"{r}.sub", f"{r}.carry", f"{r}.oth"]))
        C.append(c_sum(f"{r}.sub", [f"{r}.cen", f"{r}.prov", f"{r}.city", f"{r}.cnty"]))
    for c in SX_COLS:
        C.append(c_diff(f"y5.{c}", f"y3.{c}", f"y4.{c}"))
        C.append(c_rate(f"y3.{c}", f"y2.{c}", f"y6.{c}"))
        C.append(c_rate(f"y4.{c}", f"y2.{c}", f"y7.{c}"))
    keys = [k for k, _ in SX_IND]
    for k in keys:
        C.append(c_le(f"{k}.s", f"{k}.w"))
        if k != "time":
            C.append(c_completion(f"{k}.t", f"{k}.a", f"{k}.c"))
            C.append(w_gte_score(f"{k}.w", f"{k}.t", f"{k}.a", f"{k}.s"))
    for k in ["exec", "acc", "cert", "intact", "sat"]:
        C.append(c_max100(f"{k}.a"))
    C += [
        c_wsum([f"{k}.w" for k in keys], "tab.wsum"),
        c_ssum([f"{k}.s" for k in keys], "tab.total"),
        c_ssum([f"{k}.s" for k in keys], "p.total"),
        c_same("p.total", "tab.total"),
        c_grade("p.total", "p.grade"),
        c_same("exec.a", "y7.tot"),
        c_same("p.rate", "y7.tot"),
        c_same("p.budget", "y2.tot"), c_same("p.recv", "y3.tot"), c_same("p.spent", "y4.tot"),
        c_same("p.prov", "y2.prov"), c_same("p.city", "y2.city"), c_same("p.carry", "y2.carry"),
        c_same("p.bal", "y5.tot"),
        c_sum("p.budget", ["p.prov", "p.city", "p.carry"]),
        c_rate("p.spent", "p.budget", "p.rate"),
        c_diff("p.bal", "p.recv", "p.spent"),
        c_count_sum("p.dev", ["p.d1", "p.d2", "p.d3", "p.d4"]),
        c_count_diff("p.dev_more", "p.dev", "dev.t"),
        c_same("p.dev", "dev.a"), c_same("p.seat", "seat.a"), c_same("p.hours", "hours.a"),
        c_same("p.cert", "cert.a"), c_same("p.sat", "sat.a"),
        c_count_diff("p.more_hours", "p.hours", "p.prev_hours"),
        c_count_rate("p.q_in", "p.q_out", "p.q_rate"),
        c_year("p.issue_y", "issue", Y, "p.issue_m"), c_year("p.carry_y", "lt", Y), c_year("p.cf_y", "gt", Y),
        c_year("p.prev_y", "lt", Y), c_year("p.impl_y", "eq", Y),
        w_exec_score("exec.w", "y7.tot", "exec.s"),
    ]
    return C


# ================================================================== draft B: Jiangsu, tab-separated
JS_IND = [("inc", "获得运营补助的孵化器数量"), ("firms", "在孵企业数量"), ("pass", "孵化器年度考核合格率"),
          ("days", "补助资金拨付时限"), ("fee", "第三方评价服务费"), ("rev", "在孵企业年营业收入"),
          ("grad", "新增毕业企业数量"), ("ip", "在孵企业新增知识产权"), ("jobs", "带动就业人数"), ("sat", "在孵企业满意度")]


def js_facts(t):
    F = {}
    for key, label in [("tot", "年度资金总额"), ("cur", "其中：当年财政拨款"), ("carry", "上年结转资金"), ("oth", "其他资金")]:
        c = tab_after(t, label)
        F.update({f"{key}.init": c[0], f"{key}.year": c[1], f"{key}.exec": c[2], f"{key}.w": c[3],
                  f"{key}.rate": c[4], f"{key}.s": c[5]})
    for key, label in JS_IND:
        c = tab_after(t, label)
        F.update({f"{key}.t": c[0], f"{key}.a": c[1], f"{key}.w": c[2], f"{key}.s": c[3]})
        if len(c) > 4:
            F[f"{key}.note"] = c[4]
    c = tab_after(t, "总分")
    F["tab.wsum"], F["tab.total"] = [x for x in c if x][:2]
    m = one(t, r"国家级、省级、市级孵化器每家分别补助(\d+万元)、(\d+万元)和(\d+万元)")
    F["p.std1"], F["p.std2"], F["p.std3"] = m.groups()
    m = one(t, r"纳入补助范围的孵化器共(\d+)家，其中国家级(\d+)家、省级(\d+)家、市级(\d+)家")
    F["p.n"], F["p.n1"], F["p.n2"], F["p.n3"] = m.groups()
    m = one(t, r"项目年初预算(\d+\.\d+)万元，年中根据孵化器考核结果追加(\d+\.\d+)万元，加上(\d{4})年结转的"
               r"新认定孵化器奖励资金(\d+\.\d+)万元，全年预算(\d+(?:\.\d+)?)万元。全年实际支出(\d+\.\d+)万元，"
               r"其中运营补助(\d+\.\d+)万元，新认定省级孵化器奖励(\d+\.\d+)万元（(\d+)家，每家(\d+\.\d+万元)），"
               r"孵化器绩效第三方评价服务费(\d+\.\d+)万元（合同金额(\d+(?:元|万元))）")
    (F["p.init"], F["p.add"], F["p.carry_y"], F["p.carry"], F["p.year"], F["p.spent"], F["p.ops"], F["p.award"],
     F["p.award_n"], F["p.award_each"], F["p.fee"], F["p.fee_contract"]) = m.groups()
    F["p.avg"] = one(t, r"平均每家获得运营补助(\d+\.\d+)万元").group(1)
    F["p.unspent"] = one(t, r"当年财政拨款未使用部分(\d+\.\d+)万元").group(1)
    F["p.rate"] = one(t, r"全年预算执行率(\d+\.\d+%)").group(1)
    m = one(t, r"在孵企业(\d+)家，完成年度目标的(\d+\.\d+)%")
    F["p.firms"], F["p.firms_c"] = m.groups()
    F["p.firms_t"] = one(t, r"年度目标为：补助孵化器不少于\d+家，在孵企业不少于(\d+)家").group(1)
    F["p.rev"] = one(t, r"全年实现营业收入(\d+\.\d+亿元)").group(1)
    F["p.ip"] = one(t, r"新增知识产权(\d+件)").group(1)
    F["p.grad"] = one(t, r"当年毕业企业(\d+家)").group(1)
    F["p.sat"] = one(t, r"满意度调查结果为(\d+\.\d+%)").group(1)
    F["p.days"] = one(t, r"公示后(\d+日)内拨付完毕").group(1)
    F["ip.dev"] = one(t, r"超出目标(\d+\.\d+)%").group(1)
    m = one(t, r"本项目得分(\d+\.\d+)分，评价等级为“(\S+?)”")
    F["p.total"], F["p.grade"] = m.groups()
    F["title_y"] = one(t, r"\n(\d{4})年度科技企业孵化器运营补助项目支出绩效自评报告").group(1)
    F["tab_y"] = one(t, r"\n(\d{4})年度项目支出绩效自评表").group(1)
    return F


def js_checks():
    Y = 2022
    C = []
    for col in ["init", "year", "exec"]:
        C.append(c_sum(f"tot.{col}", [f"cur.{col}", f"carry.{col}", f"oth.{col}"]))
    for r in ["tot", "cur", "carry"]:
        C.append(c_rate(f"{r}.exec", f"{r}.year", f"{r}.rate"))
    keys = [k for k, _ in JS_IND]
    for k in keys:
        C.append(c_le(f"{k}.s", f"{k}.w"))
        C.append(c_units(f"{k}.t", f"{k}.a"))
        C.append(w_gte_score(f"{k}.w", f"{k}.t", f"{k}.a", f"{k}.s"))
    C += [
        c_le("tot.s", "tot.w"), c_max100("pass.a"), c_max100("sat.a"),
        c_wsum(["tot.w"] + [f"{k}.w" for k in keys], "tab.wsum"),
        c_ssum(["tot.s"] + [f"{k}.s" for k in keys], "tab.total"),
        c_same("p.total", "tab.total"), c_grade("p.total", "p.grade"),
        c_count_sum("p.n", ["p.n1", "p.n2", "p.n3"]),
        c_same("p.n", "inc.a"),
        c_prod("p.ops", [("p.n1", "p.std1"), ("p.n2", "p.std2"), ("p.n3", "p.std3")]),
        c_prod("p.award", [("p.award_n", "p.award_each")]),
        c_sum("p.year", ["p.init", "p.add", "p.carry"]),
        c_sum("tot.year", ["p.init", "p.add", "p.carry"]),
        c_sum("p.spent", ["p.ops", "p.award", "p.fee"]),
        c_same("p.init", "tot.init"), c_same("p.year", "tot.year"), c_same("p.spent", "tot.exec"),
        c_same("p.carry", "carry.year"), c_same("p.fee", "fee.a"), c_same("p.fee", "p.fee_contract"),
        c_avg("p.avg", "p.ops", "p.n", u="万元"),
        c_diff("p.unspent", "cur.year", "cur.exec"),
        c_same("p.rate", "tot.rate"),
        c_completion("p.firms_t", "p.firms", "p.firms_c"),
        c_same("p.firms", "firms.a"), c_same("p.firms_t", "firms.t"),
        c_same("p.rev", "rev.a"), c_same("p.ip", "ip.a"), c_same("p.grad", "grad.a"), c_same("p.sat", "sat.a"),
        c_same("p.days", "days.a"),
        c_deviation("ip.t", "ip.a", "ip.dev"),
        c_year("title_y", "eq", Y), c_year("tab_y", "eq", Y), c_year("p.carry_y", "lt", Y),
        w_exec_score("tot.w", "tot.rate", "tot.s"),
    ]
    return C


# ================================================================== draft C: Guizhou, HTML residue
GZ_IND = [("train", "乡村工匠培训人次"), ("cert", "认定乡村工匠人数"), ("studio", "建设乡村工匠工作室"),
          ("pass", "培训合格率"), ("timely", "培训补贴发放及时率"), ("std", "培训补贴标准"), ("inc", "工匠带动农户户均增收"),
          ("jobs", "带动就业人数"), ("oper", "工匠工作室持续运营率"), ("sat", "参训学员满意度")]


def gz_facts(t):
    F = {}
    for key, label in [("tot", "年度资金总额"), ("cur", "其中：当年财政拨款"), ("carry", "上年结转资金"), ("oth", "其他资金")]:
        c = td_after(t, label)
        F.update({f"{key}.init": c[0], f"{key}.year": c[1], f"{key}.exec": c[2], f"{key}.w": c[3],
                  f"{key}.rate": c[4], f"{key}.s": c[5]})
    for key, label in GZ_IND:
        c = td_after(t, label)
        F.update({f"{key}.t": c[0], f"{key}.a": c[1], f"{key}.w": c[2], f"{key}.s": c[3]})
    c = [x for x in td_after(t, "总分") if x != "&nbsp;"]
    F["tab.wsum"], F["tab.total"] = c[:2]
    F["tab_y"] = one(t, r"<td>项目支出绩效自评表（(\d{4})年度）</td>").group(1)
    m = one(t, r"(\d{4})年(\d+)月，省人社厅、省财政厅下达乡村工匠培育省级补助资金(\d+\.\d+)万元，县财政年初安排配套资金"
               r"(\d+\.\d+)万元，9月追加(\d+\.\d+)万元用于工匠工作室建设，全年预算(\d+\.\d+)万元")
    F["p.issue_y"], F["p.issue_m"], F["p.prov"], F["p.cnty"], F["p.add"], F["p.year"] = m.groups()
    m = one(t, r"全年支出(\d+\.\d+)万元，其中培训补贴(\d+\.\d+)万元（(\d+)人次，每人次(\d+元)），乡村工匠工作室建设补助"
               r"(\d+\.\d+)万元（(\d+)个，每个(\d+万元)），评价认定及宣传费用(\d+\.\d+)万元，预算执行率(\d+\.\d+)%。"
               r"年末结余(\d+\.\d+)万元")
    (F["p.spent"], F["p.trainfee"], F["p.trainees"], F["p.per"], F["p.studiofee"], F["p.studios"], F["p.per_studio"],
     F["p.other"], F["p.rate"], F["p.bal"]) = m.groups()
    F["p.trainees"] += "人次"
    F["p.studios"] += "个"
    m = one(t, r"全年举办培训班(\d+)期，平均每期(\d+\.\d+)人次")
    F["p.classes"], F["p.avg"] = m.groups()
    m = one(t, r"认定乡村工匠(\d+)名，其中乡村工匠名匠(\d+)名、名师(\d+)名、工匠(\d+)名")
    F["p.cert"], F["p.c1"], F["p.c2"], F["p.c3"] = m.groups()
    F["p.cert"] += "名"
    F["p.studios2"] = one(t, r"等乡镇建成工作室(\d+个)").group(1)
    F["p.jobs"] = one(t, r"带动就业(\d+人)，").group(1)
    F["p.inc"] = one(t, r"户均增收(\d+元)").group(1)
    m = one(t, r"本项目自评得分(\d+\.\d+)分，等级为“(\S+?)”")
    F["p.total"], F["p.grade"] = m.groups()
    F["title_y"] = one(t, r"保障局(\d{4})年度乡村工匠培育项目支出绩效自评报告").group(1)
    return F


def gz_checks():
    Y = 2023
    C = []
    for col in ["init", "year", "exec"]:
        C.append(c_sum(f"tot.{col}", [f"cur.{col}", f"carry.{col}", f"oth.{col}"]))
    for r in ["tot", "cur"]:
        C.append(c_rate(f"{r}.exec", f"{r}.year", f"{r}.rate"))
    keys = [k for k, _ in GZ_IND]
    for k in keys:
        C.append(c_le(f"{k}.s", f"{k}.w"))
        C.append(c_units(f"{k}.t", f"{k}.a"))
        C.append(w_gte_score(f"{k}.w", f"{k}.t", f"{k}.a", f"{k}.s"))
    C += [
        c_le("tot.s", "tot.w"), c_max100("pass.a"), c_max100("timely.a"), c_max100("oper.a"), c_max100("sat.a"),
        c_wsum(["tot.w"] + [f"{k}.w" for k in keys], "tab.wsum"),
        c_ssum(["tot.s"] + [f"{k}.s" for k in keys], "tab.total"),
        c_same("p.total", "tab.total"), c_grade("p.total", "p.grade"),
        c_sum("tot.init", ["p.prov", "p.cnty"]),
        c_sum("p.year", ["p.prov", "p.cnty", "p.add"]),
        c_same("p.year", "tot.year"), c_same("p.spent", "tot.exec"), c_same("p.rate", "tot.rate"),
        c_sum("p.spent", ["p.trainfee", "p.studiofee", "p.other"]),
        c_prod("p.trainfee", [("p.trainees", "p.per")]),
        c_prod("p.studiofee", [("p.studios", "p.per_studio")]),
        c_rate("p.spent", "p.year", "p.rate"),
        c_diff("p.bal", "p.year", "p.spent"),
        c_avg("p.avg", "p.trainees", "p.classes"),
        c_count_sum("p.cert", ["p.c1", "p.c2", "p.c3"]),
        c_same("p.trainees", "train.a"), c_same("p.cert", "cert.a"), c_same("p.studios", "studio.a"),
        c_same("p.studios2", "studio.a"), c_same("p.jobs", "jobs.a"), c_same("p.inc", "inc.a"),
        c_year("p.issue_y", "issue", Y, "p.issue_m"), c_year("title_y", "eq", Y), c_year("tab_y", "eq", Y),
        w_exec_score("tot.w", "tot.rate", "tot.s"),
    ]
    return C


# ================================================================== draft D: Sichuan, PDF copy
SC_IND = [("train", "培训高技能人才"), ("seat", "实训工位新增数量"), ("course", "开发培训课程包"),
          ("cert", "职业技能等级证书取证率"), ("timely", "培训补贴拨付及时率"), ("cost", "实训设备购置成本"),
          ("firms", "服务企业数量"), ("emp", "参训人员就业（留用）率"), ("coop", "校企共建实训项目")]


def sc_facts(t):
    F = {}
    for key, label in [("tot", "年度资金总额："), ("fis", "其中：财政资金"), ("spec", "财政专户管理资金"),
                       ("unit", "单位资金"), ("oth", "其他资金")]:
        m = one(t, r"(?m)" + re.escape(label) + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$")
        c = m.groups()
        F.update({f"{key}.init": c[0], f"{key}.year": c[1], f"{key}.exec": c[2], f"{key}.w": c[3],
                  f"{key}.rate": c[4], f"{key}.s": c[5]})
    for key, label in SC_IND:
        m = one(t, r"(?m)" + re.escape(label) + r" (≥|≤) (\S+) (\S+) (\S+) (\S+) (\S+)")
        d, tg, u, ac, w, s = m.groups()
        F.update({f"{key}.t": d + tg + u, f"{key}.a": ac + u, f"{key}.w": w, f"{key}.s": s})
    m = one(t, r"(?m)^总分 (\d+) (\S+)$")
    F["tab.wsum"], F["tab.total"] = m.groups()
    F["tab_y"] = one(t, r"（(\d{4})年度）").group(1)
    F["title_y"] = one(t, r"(\d{4})年度内江市人力资源和社会保障局项目支出").group(1)
    m = one(t, r"项目预算资金(\d+\.\d+)万元，其中中央财政就业补助资金(\d+\.\d+)万元，内江技师学院自筹单位资金(\d+\.\d+)万元。"
               r"中央资金中(\d+\.\d+)万元于(\d{4})年(\d+)月提前下达，其余(\d+\.\d+)万元于(\d{4})年(\d+)月清算下达，"
               r"全年预算因此调增(\d+\.\d+)万元")
    (F["p.year"], F["p.fis"], F["p.unit"], F["p.adv"], F["p.adv_y"], F["p.adv_m"], F["p.rest"], F["p.rest_y"],
     F["p.rest_m"], F["p.adj"]) = m.groups()
    m = one(t, r"中央资金(\d+万元)、单位资金(\d+万元)均足额到位")
    F["p.fis2"], F["p.unit2"] = m.groups()
    m = one(t, r"全年支出(\d+\.\d+)万元，其中实训设备购置(\d+\.\d+)万元、实训场地改造(\d+\.\d+)万元、师资培训及课程开发"
               r"(\d+\.\d+)万元、高技能人才培训补贴(\d+\.\d+)万元。培训补贴按取证等级发放，技师每人(\d+元)、高级技师每人"
               r"(\d+元)，全年补贴技师(\d+)人、高级技师(\d+)人。财政资金执行率(\d+\.\d+%)，单位资金执行率(\d+%)。"
               r"财政资金结余(\d+\.\d+)万元")
    (F["p.spent"], F["p.equip"], F["p.site"], F["p.course"], F["p.subsidy"], F["p.p1"], F["p.p2"], F["p.n1"],
     F["p.n2"], F["p.fis_rate"], F["p.unit_rate"], F["p.bal"]) = m.groups()
    F["p.cf_y"] = one(t, r"结转至(\d{4})年继续").group(1)
    F["p.train"] = one(t, r"全年开展高技能人才培训(\d+人次)").group(1)
    F["p.seat"] = one(t, r"新增实训工位(\d+个)；").group(1)
    m = one(t, r"开发培训课程包(\d+)个，比目标少(\d+)个")
    F["p.course_n"], F["p.course_less"] = m.groups()
    F["p.cert"] = one(t, r"参训人员取证率(\d+\.\d+%)").group(1)
    F["p.timely"] = one(t, r"培训补贴拨付及时率(\d+\.\d+%)").group(1)
    m = one(t, r"基地全年为(\d+)家企业开展订单式培训和技术服务，完成年度目标的(\d+\.\d+)%")
    F["p.firms"], F["p.firms_c"] = m.groups()
    F["p.firms"] += "家"
    F["p.firms_t"] = one(t, r"服务企业不少于(\d+家)").group(1)
    F["p.emp"] = one(t, r"就业（留用）率(\d+\.\d+%)；").group(1)
    F["p.coop"] = one(t, r"新增校企共建实训项目(\d+个)").group(1)
    m = one(t, r"项目自评得分(\d+)分，绩效评价等级为“(\S+?)”")
    F["p.total"], F["p.grade"] = m.groups()
    return F


def sc_checks():
    Y = 2024
    C = []
    for col in ["init", "year", "exec"]:
        C.append(c_sum(f"tot.{col}", [f"fis.{col}", f"spec.{col}", f"unit.{col}", f"oth.{col}"]))
    for r in ["tot", "fis", "unit"]:
        C.append(c_rate(f"{r}.exec", f"{r}.year", f"{r}.rate"))
    keys = [k for k, _ in SC_IND]
    for k in keys:
        C.append(c_le(f"{k}.s", f"{k}.w"))
        C.append(w_gte_score(f"{k}.w", f"{k}.t", f"{k}.a", f"{k}.s"))
    C += [
        c_le("tot.s", "tot.w"), c_max100("cert.a"), c_max100("timely.a"), c_max100("emp.a"),
        c_wsum(["tot.w"] + [f"{k}.w" for k in keys], "tab.wsum"),
        c_ssum(["tot.s"] + [f"{k}.s" for k in keys], "tab.total"),
        c_same("p.total", "tab.total"), c_grade("p.total", "p.grade"),
        c_sum("p.year", ["p.fis", "p.unit"]), c_sum("p.fis", ["p.adv", "p.rest"]),
        c_diff("p.adj", "tot.year", "tot.init", code="sum_mismatch"),
        c_same("p.year", "tot.year"), c_same("p.fis", "fis.year"), c_same("p.unit", "unit.year"),
        c_same("p.adv", "fis.init"), c_same("p.fis2", "fis.year"), c_same("p.unit2", "unit.year"),
        c_sum("p.spent", ["p.equip", "p.site", "p.course", "p.subsidy"]),
        c_same("p.spent", "tot.exec"), c_same("p.equip", "cost.a"),
        c_prod("p.subsidy", [("p.n1", "p.p1"), ("p.n2", "p.p2")]),
        c_same("p.fis_rate", "fis.rate"), c_same("p.unit_rate", "unit.rate"),
        c_rate("fis.exec", "p.fis", "p.fis_rate"),
        c_diff("p.bal", "p.fis", "fis.exec"),
        c_same("p.train", "train.a"), c_same("p.seat", "seat.a"), c_same("p.course_n", "course.a"),
        c_count_diff("p.course_less", "course.t", "p.course_n"),
        c_same("p.cert", "cert.a"), c_same("p.timely", "timely.a"), c_same("p.firms", "firms.a"),
        c_same("p.emp", "emp.a"), c_same("p.coop", "coop.a"), c_same("p.firms_t", "firms.t"),
        c_completion("p.firms_t", "p.firms", "p.firms_c"),
        c_year("tab_y", "eq", Y), c_year("title_y", "eq", Y), c_year("p.adv_y", "issue", Y, "p.adv_m"),
        c_year("p.rest_y", "issue", Y, "p.rest_m"), c_year("p.cf_y", "gt", Y),
        w_exec_score("tot.w", "tot.rate", "tot.s"),
    ]
    return C


# ================================================================== draft E: Henan, 部门整体, ｜ table
HA_ROWS = [("goal", "目标设定"), ("alloc", "预算配置"), ("exec", "预算执行"), ("mgmt", "预算管理"), ("asset", "资产管理"),
           ("qty", "数量"), ("qual", "质量"), ("time", "时效"), ("cost", "成本"), ("soc", "社会效益"),
           ("sust", "可持续影响"), ("sat", "满意度")]


def ha_facts(t):
    F = {}
    for key, label in HA_ROWS:
        w, s, note = bar_after(t, label)
        F.update({f"{key}.w": w, f"{key}.s": s, f"{key}.note": note})
    c = [ln for ln in t.split("\n") if ln.startswith("合计｜")]
    if len(c) != 1:
        raise LookupError("合计 row")
    _, _, F["tab.wsum"], F["tab.total"], _ = c[0].split("｜")
    F["tab.rate"] = one(F["exec.note"], r"执行率(\d+\.\d+%)").group(1)
    F["tab.add"] = one(F["alloc.note"], r"追加(\d+\.\d+万元)").group(1)
    F["tab.sat"] = one(F["sat.note"], r"满意率(\d+\.\d+%)").group(1)
    F["tab_y"] = one(t, r"郏县创业服务中心(\d{4})年度部门整体支出绩效自评表").group(1)
    F["title_y"] = one(t, r"郏县创业服务中心(\d{4})年度部门整体支出绩效自评报告").group(1)
    m = one(t, r"(\d{4})年年初预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元。年中为落实疫情防控期间"
               r"租金减免政策，县财政追加创业园租金减免补贴(\d+\.\d+)万元，调整后全年预算(\d+\.\d+)万元，其中项目支出"
               r"(\d+\.\d+)万元，包括创业园租金减免补贴(\d+\.\d+)万元、创业担保贷款贴息(\d+\.\d+)万元、创业培训补贴(\d+\.\d+)万元")
    (F["p.y"], F["b.init"], F["b.basic"], F["b.proj_init"], F["b.add"], F["b.year"], F["b.proj"], F["b.rent"],
     F["b.loan"], F["b.train"]) = m.groups()
    m = one(t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)。其中基本支出(\d+\.\d+)万元（人员经费(\d+\.\d+)万元、公用经费"
               r"(\d+\.\d+)万元）；项目支出(\d+\.\d+)万元，包括租金减免补贴(\d+\.\d+)万元、贷款贴息(\d+\.\d+)万元、创业培训补贴"
               r"(\d+\.\d+)万元。全年结余(\d+\.\d+)万元，其中基本支出结余(\d+\.\d+)万元、创业培训补贴结余(\d+\.\d+)万元，"
               r"已于(\d{4})年1月全部上缴")
    (F["e.spent"], F["e.rate"], F["e.basic"], F["e.staff"], F["e.office"], F["e.proj"], F["e.rent"], F["e.loan"],
     F["e.train"], F["e.bal"], F["e.bal_basic"], F["e.bal_train"], F["e.remit_y"]) = m.groups()
    m = one(t, r"惠及入园企业(\d+)家，减免租金合计(\d+\.\d+)万元，平均每家(\d+\.\d+)万元。园区标准化厂房月租金为每平方米"
               r"(\d+(?:\.\d+)?)元，在园企业租用面积共(\d+\.\d+)万平方米")
    F["p.firms"], F["p.rent"], F["p.avg"], F["p.rent_m2"], F["p.area"] = m.groups()
    m = one(t, r"组织SYB创业培训\d+期(\d+)人，每人补贴(\d+元)；组织网络创业培训\d+期(\d+)人，每人补贴(\d+元)，共拨付培训补贴"
               r"(\d+\.\d+)万元")
    F["p.n1"], F["p.p1"], F["p.n2"], F["p.p2"], F["p.train"] = m.groups()
    F["p.loan"] = one(t, r"拨付贴息资金(\d+\.\d+)万元").group(1)
    m = one(t, r"“创业培训合格率”分值(\d+)分，目标值(\d+)%，实际(\d+\.\d+)%，得(\d+(?:\.\d+)?)分")
    F["leaf.w"], F["leaf.t"], F["leaf.a"], F["leaf.s"] = m.groups()
    F["p.pass"] = one(t, r"培训合格率(\d+\.\d+)%。").group(1)
    F["d.alloc"] = one(t, r"预算配置指标因年中追加数额较大扣(\d+)分").group(1)
    F["d.soc"] = one(t, r"社会效益指标因培训后实际创业人数偏少扣(\d+)分").group(1)
    m = one(t, r"综合得分(\d+(?:\.\d+)?)分，其中投入(\S+?)分、过程(\S+?)分、产出(\S+?)分、效益(\S+?)分，评价等级为“(\S+?)”。"
               r"与(\d{4})年度自评得分(\d+)分相比提高(\d+)分")
    (F["p.total"], F["p.in"], F["p.proc"], F["p.out"], F["p.ben"], F["p.grade"], F["p.prev_y"], F["p.prev"],
     F["p.up"]) = m.groups()
    return F


def ha_checks():
    Y = 2020
    keys = [k for k, _ in HA_ROWS]
    C = [c_le(f"{k}.s", f"{k}.w") for k in keys]
    C += [
        c_le("leaf.s", "leaf.w"), c_max100("tab.sat"),
        c_wsum([f"{k}.w" for k in keys], "tab.wsum"),
        c_ssum([f"{k}.s" for k in keys], "tab.total"),
        c_ssum(["goal.s", "alloc.s"], "p.in"), c_ssum(["exec.s", "mgmt.s", "asset.s"], "p.proc"),
        c_ssum(["qty.s", "qual.s", "time.s", "cost.s"], "p.out"), c_ssum(["soc.s", "sust.s", "sat.s"], "p.ben"),
        c_ssum(["p.in", "p.proc", "p.out", "p.ben"], "p.total"),
        c_count_diff("d.alloc", "alloc.w", "alloc.s", code="score_sum_mismatch"),
        c_count_diff("d.soc", "soc.w", "soc.s", code="score_sum_mismatch"),
        c_same("p.total", "tab.total"), c_grade("p.total", "p.grade"),
        c_count_diff("p.up", "p.total", "p.prev", code="score_sum_mismatch"),
        c_sum("b.init", ["b.basic", "b.proj_init"]), c_sum("b.proj", ["b.proj_init", "b.add"]),
        c_sum("b.year", ["b.basic", "b.proj"]), c_sum("b.proj", ["b.rent", "b.loan", "b.train"]),
        c_sum("e.spent", ["e.basic", "e.proj"]), c_sum("e.basic", ["e.staff", "e.office"]),
        c_sum("e.proj", ["e.rent", "e.loan", "e.train"]),
        c_rate("e.spent", "b.year", "e.rate"), c_same("e.rate", "tab.rate"), c_same("b.add", "tab.add"),
        c_diff("e.bal", "b.year", "e.spent"), c_diff("e.bal_basic", "b.basic", "e.basic"),
        c_diff("e.bal_train", "b.train", "e.train"), c_sum("e.bal", ["e.bal_basic", "e.bal_train"]),
        c_same("p.rent", "e.rent"), c_same("p.loan", "e.loan"), c_same("p.train", "e.train"),
        c_avg("p.avg", "p.rent", "p.firms", u="万元"),
        c_prod("p.train", [("p.n1", "p.p1"), ("p.n2", "p.p2")]),
        ("error", "rent relief = area × rent × 4 month-equivalents",
         lambda F: None if abs(num(F["p.area"]) * num(F["p.rent_m2"]) * 4 - num(F["p.rent"])) <= tol(F["p.rent"])
         else "sum_mismatch"),
        c_same("leaf.a", "p.pass"),
        c_year("title_y", "eq", Y), c_year("tab_y", "eq", Y), c_year("p.y", "eq", Y),
        c_year("e.remit_y", "gt", Y), c_year("p.prev_y", "lt", Y),
        ("warning", "leaf score (gte met -> full)",
         lambda F: None if (num(F["leaf.a"]) < num(F["leaf.t"]) or num(F["leaf.s"]) == num(F["leaf.w"]))
         else "score_rule_mismatch"),
    ]
    return C


DRAFTS = {
    "sx-jincheng-shixunshebei-2019": (sx_facts, sx_checks),
    "js-wujin-fuhuaqi-2022": (js_facts, js_checks),
    "gz-rongjiang-xiangcungongjiang-2023": (gz_facts, gz_checks),
    "sc-neijiang-gaojinengjidi-2024": (sc_facts, sc_checks),
    "ha-jiaxian-chuangyeyuan-2020": (ha_facts, ha_checks),
}


def run_checks(sid, text):
    facts, checks = DRAFTS[sid]
    F = facts(text)
    errors, warnings, n = set(), [], 0
    details = []
    for sev, name, fn in checks():
        n += 1
        r = fn(F)
        if r is None:
            continue
        if sev == "error":
            errors.add(r)
            details.append(f"{r}: {name}")
        else:
            warnings.append(f"{r}: {name}")
    return errors, warnings, details, n


def fig_count(text, fig):
    """Occurrences of fig not glued to other digits (so '28台' is not found inside '128台')."""
    pat = re.escape(fig)
    if fig[:1].isdigit():
        pat = r"(?<![\d.])" + pat
    if fig[-1:].isdigit():
        pat = pat + r"(?![\d])"
    return len(re.findall(pat, text))


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(lab["case"] for lab in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35:
        problems.append(f"{len(labels)} cases, expected 35")
    clean = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean[lab["source"]] = fh.read()
    code_count = {c: 0 for c in CODES}
    where_count = {"prose": 0, "table": 0}
    edits = {(sid, n): e for sid, lst in build.EDITS.items() for n, e in enumerate(lst, 1)}
    n_checks = 0
    for lab in labels:
        sid, case = lab["source"], lab["case"]
        with open(os.path.join(CASES, case), encoding="utf-8") as fh:
            text = fh.read()
        errors, warnings, details, n = run_checks(sid, text)
        n_checks += n
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{case}: clean case with labels")
            if errors:
                problems.append(f"{case}: clean draft fails {details}")
            if warnings:
                problems.append(f"{case}: clean draft has score-rule warnings {warnings}")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{case}: {len(text)} characters")
            print(f"{case:48s} clean  {n} checks, {len(text)} chars")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{case}: bad code/severity {code}/{exp['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        n_edit = int(case.rsplit("-e", 1)[1].split(".")[0])
        e = edits[(sid, n_edit)]
        where_count[e["where"]] += 1
        if e["code"] != code or e["value"] != value:
            problems.append(f"{case}: labels.jsonl out of date with build.py")
        # value and diff region
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{case}: value not in case")
        base = clean[sid]
        p = 0
        while p < min(len(base), len(text)) and base[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(base), len(text)) - p and base[-1 - s] == text[-1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        if hi - lo > 12 or len(base) - s - p > 12:
            problems.append(f"{case}: changed region too long ({text[lo:hi]!r})")
        if hi == lo:
            hi = lo + 1
        if not any(o < hi and lo < o + len(value) for o in occ):
            problems.append(f"{case}: changed region {lo}-{hi} does not overlap the label value")
        # the changed figure: once in the clean draft (twice or more for conflicting_values)
        k = fig_count(base, e["fig"])
        if e["fig"] not in e["old"]:
            problems.append(f"{case}: fig not inside old")
        if code == "conflicting_values" and k < 2:
            problems.append(f"{case}: conflicting figure {e['fig']!r} occurs {k} times")
        if code != "conflicting_values" and k != 1:
            problems.append(f"{case}: changed figure {e['fig']!r} occurs {k} times in the clean draft")
        # arithmetic
        if code not in errors:
            problems.append(f"{case}: labelled {code} does not fail (failing: {details})")
        others = errors - {code}
        if others:
            problems.append(f"{case}: other error codes fail too: {details}")
        print(f"{case:48s} {code:22s} {e['where']:6s} fails={sorted(errors)} warn={len(warnings)}")
    for c in CODES:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("where:", where_count, f"checks run: {n_checks}")
    if problems:
        print("\n".join("PROBLEM " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
