#!/usr/bin/env python3
"""Verify the n202 set.

1. labels.jsonl: 35 lines, every case file exists, every label value occurs in its case,
   every code of errors.md §A occurs at least twice.
2. Every error case differs from its clean draft in exactly one contiguous place, and that
   place overlaps an occurrence of the label value.
3. The arithmetic of every clean draft is redone: generic checks of every ｜ table
   (rates, component sums, weights = 100, scores <= weights, score sum = 总分, scores and
   completion rates from target/actual, units of target and actual), plus a list of
   facts per draft (sums, differences, rates, products, means, grades) whose figures must
   be present in the text as written.
4. Each error case breaks at least one of the checks that pass on its clean draft.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]


def num(s):
    s = s.replace(",", "").replace("，", "")
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0))


def decimals(s):
    s = s.replace(",", "")
    m = re.search(r"-?\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def close(computed, stated_str):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9)"""
    v = num(stated_str)
    d = decimals(stated_str)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
               "差": ("差", "较差", "不合格")}


# ---------------------------------------------------------------- facts per draft
# Every string literal below must occur in the clean draft as written; the arithmetic
# is then redone on the numbers they carry.
FACTS = {
    "shizuishan-watersupply-2019": [
        ("sum", ["460.00万元", "追加60.00万元", "上年结转资金25.00万元"], "全年预算545.00万元"),
        ("sum", ["管网维修改造312.40万元", "水质检测86.60万元", "水源地巡查保护58.00万元", "应急供水物资88.00万元"], "全年预算545.00万元"),
        ("sum", ["实际支出303.35万元", "水质检测支出86.60万元", "水源地巡查保护支出54.32万元", "应急供水物资采购支出87.00万元"], "全年实际支出531.27万元"),
        ("rate", "全年实际支出531.27万元", "全年预算545.00万元", "预算执行率97.48%"),
        ("rate", "全年预算资金545.00万元", "全年预算545.00万元", "到位率100%"),
        ("rate", "实际支出303.35万元", "管网维修改造预算312.40万元", "执行率97.10%"),
        ("diff", "全年预算资金545.00万元", "全年实际支出531.27万元", "年末结余13.73万元"),
        ("ratio", "实际支出303.35万元", "全年维修改造老旧供水管网12.6公里", "每公里维修改造成本24.08万元", 1),
        ("mean", ["分别为99.2%", "、99.5%", "、99.8%", "、99.9%"], "全年平均为99.6%"),
        ("sum", ["其中：当年财政拨款｜460.00｜520.00｜506.27", "上年结转资金｜0.00｜25.00｜25.00"], "年度资金总额｜460.00｜545.00｜531.27"),
        ("year", "2019年度城市供水保障专项资金", "项目支出绩效自评表（2019年度）"),
        ("grade", "自评得分98.97分", "评价等级为优秀"),
    ],
    "guangfeng-sewagesubsidy-2020": [
        ("sum", ["年初预算1,380.00万元", "追加120.00万元"], "全年预算1,500.00万元"),
        ("sum", ["区级财政资金1,150.00万元", "污水处理费收入350.00万元"], "全年预算1,500.00万元"),
        ("mul", "核定污水处理量1,912.60万吨", "按0.78元/吨", "应付服务费1,491.83万元"),
        ("diffwan", "应付服务费1,491.83万元", "扣减服务费294500元", "实际支付1,462.38万元"),
        ("rate", "实际支付1,462.38万元", "全年预算1,500.00万元", "预算执行率97.49%"),
        ("diff", "全年预算资金1,500.00万元", "实际支付1,462.38万元", "结余37.62万元"),
        ("sum", ["分别支付338.62万元", "、372.15万元", "、389.40万元", "和362.21万元"], "实际支付1,462.38万元"),
        ("rate", "全年处理污水1,912.60万吨", "目标1,800万吨", "的106.26%"),
        ("ratio", "全年处理污水1,912.60万吨", "366", "日均处理5.23万吨", 1),
        ("rate", "化学需氧量2,816吨", "不少于3,200吨", "完成年度目标的88.00%"),
        ("score", "化学需氧量2,816吨", "不少于3,200吨", "该项分值15分，得分13.20分"),
        ("rate", "集中收集率66.5%", "集中收集率不低于70%", "完成率95.00%"),
        ("score", "集中收集率66.5%", "集中收集率不低于70%", "该项分值15分，得分14.25分"),
        ("sum", ["得分13.20分", "得分14.25分"], "得分27.45分"),
        ("score", "周边群众满意度86.4%", "满意度不低于90%", "（分值10分，得分9.60分）"),
        ("score", "预算执行率97.49%", "100%", "预算执行率得分9.75分"),
        ("mean", ["分别为92分", "、95分", "、94分", "和96分"], "平均94.25分"),
        ("sum", ["预算执行率10分", "产出指标50分", "效益指标30分", "满意度指标10分"], "满分100分"),
        ("sum", ["预算执行率得分9.75分", "产出指标得分50分", "效益指标得分27.45分", "满意度指标得分9.60分"], "自评总分96.80分"),
        ("grade", "自评总分96.80分", "评价等级为“优”"),
    ],
    "shahe-drainage-2022": [
        ("sum", ["年初预算826.40万元", "追加77.30万元"], "全年预算903.70万元"),
        ("rate", "全年实际支出871.52万元", "全年预算903.70万元", "部门整体预算执行率96.44%"),
        ("diff", "全年预算903.70万元", "全年实际支出871.52万元", "结余32.18万元"),
        ("sumcols", ["一、基本支出｜412.30｜412.30｜412.30", "二、项目支出｜414.10｜491.40｜459.22"], "合计｜826.40｜903.70｜871.52"),
        ("sumcols", ["其中：人员经费｜368.90｜368.90｜368.90", "公用经费｜43.40｜43.40｜43.40"], "一、基本支出｜412.30｜412.30｜412.30"),
        ("sumcols", ["排水管网清疏维护｜268.00｜268.00｜262.35", "雨水泵站运行维护｜96.40｜96.40｜96.40",
                     "汛期应急排涝清淤｜0.00｜77.30｜62.77", "排水设施巡查及检测｜49.70｜49.70｜37.70"],
         "二、项目支出｜414.10｜491.40｜459.22"),
        ("sum", ["管理人员4人", "专业技术人员9人", "工勤技能人员16人"], "在职人员29人"),
        ("mean", ["分别为91分", "、88分", "、93分", "、90分"], "平均90.5分"),
        ("ratio", "｜262.35｜97.89%", "全年清疏排水管网336.5公里", "单位成本为7796元/公里", 10000),
        ("same", "全年清疏排水管网336.5公里", "｜336.5公里｜10"),
        ("grade", "自评得分87.01分", "评价等级为良好"),
    ],
    "cenxi-sponge-2023": [
        ("sum", ["自治区海绵城市建设补助资金1200.00万元", "市本级配套资金650.00万元"], "年初预算1850.00万元"),
        ("sum", ["年初预算1850.00万元", "工程款386.50万元"], "全年预算2236.50万元"),
        ("sum", ["城东片区道路海绵化改造预算1026.50万元", "公园绿地雨水花园建设预算642.00万元", "老旧小区海绵化改造预算568.00万元"], "全年预算2236.50万元"),
        ("sum", ["支出958.30万元", "支出610.45万元", "支出436.08万元"], "实际支出2004.83万元"),
        ("rate", "实际支出2004.83万元", "全年预算2236.50万元", "预算执行率89.64%"),
        ("rate", "支出958.30万元", "预算1026.50万元", "执行率93.36%"),
        ("rate", "支出610.45万元", "预算642.00万元", "执行率95.09%"),
        ("rate", "支出436.08万元", "预算568.00万元", "执行率76.77%"),
        ("diff", "全年预算2236.50万元", "实际支出2004.83万元", "未支付的231.67万元"),
        ("sum", ["其中：当年财政拨款｜1850.00｜1850.00｜1650.28", "上年结转资金｜0.00｜386.50｜354.55"], "年度资金总额｜1850.00｜2236.50｜2004.83"),
        ("mean", ["分别为91.2%", "、85.6%", "、87.2%"], "平均88.0%"),
        ("carry", "2023年度海绵城市建设项目", "已结转至2024年继续使用"),
        ("same", "透水铺装综合单价为248元/平方米", "｜248元/平方米｜100.00%"),
        ("maxpct", "回访满意率95.7%"),
        ("grade", "自评得分94.59分", "评价等级为“优”"),
    ],
    "qingzhou-pumpretrofit-2024": [
        ("sum", ["当年财政拨款1120.00万元", "其他资金300.00万元"], "全年预算1420.00万元"),
        ("sum", ["补助资金480.00万元", "市级配套资金640.00万元"], "当年财政拨款1120.00万元"),
        ("sum", ["年初安排480.00万元", "追加160.00万元"], "市级配套资金640.00万元"),
        ("sum", ["300.00万元全部支出", "财政资金执行1018.36万元"], "全年执行1318.36万元"),
        ("rate", "全年执行1318.36万元", "全年预算1420.00万元", "预算执行率92.84%"),
        ("diff", "当年财政拨款1120.00万元", "财政资金执行1018.36万元", "结余101.64万元"),
        ("rate", "完成二次供水泵房改造34座", "32座", "的106.25%"),
        ("ratio", "全年执行1318.36万元", "完成二次供水泵房改造34座", "平均改造成本38.78万元", 1),
        ("rate", "17个小区", "20个小区", "管理率85%"),
        ("sum", ["其中：当年财政拨款｜960.00｜1120.00｜1018.36", "上年结转资金｜0.00｜0.00｜0.00", "其他资金｜300.00｜300.00｜300.00"],
         "年度资金总额｜1260.00｜1420.00｜1318.36"),
        ("same", "改造惠及居民1.16万户", "｜1.16万户｜10"),
        ("grade", "自评得分97.78分", "等级为优"),
    ],
}


def remap(fact, clean, text):
    """Replace each operand string of a fact by its edited version in an error case."""
    if clean is None:
        return fact
    s, eb, ea = diff_region(clean, text)
    delta = eb - ea

    def one(op):
        if op in text or op in ("366", "100%"):
            return op
        p = clean.find(op)
        while p != -1 and not (p < max(ea, s + 1) and p + len(op) > s):
            p = clean.find(op, p + 1)
        if p == -1:
            return op
        a, b = min(p, s), max(p + len(op), ea)
        return text[a:b + delta]

    out = [fact[0]]
    for x in fact[1:]:
        if isinstance(x, list):
            out.append([one(y) for y in x])
        elif isinstance(x, str):
            out.append(one(x))
        else:
            out.append(x)
    return tuple(out)


def check_fact(text, fact):
    kind = fact[0]
    strs = []
    for a in fact[1:]:
        if isinstance(a, list):
            strs += a
        elif isinstance(a, str):
            strs.append(a)
    # "366" / "6万吨/日" / "100%" / "32座" style operands are plain constants or substrings
    for s in strs:
        if s in ("366", "100%"):
            continue
        if s not in text:
            return f"missing {s!r}"
    if kind == "present" or kind == "maxpct":
        if kind == "maxpct" and num(fact[1]) > 100:
            return f"rate over 100%: {fact[1]}"
        return None
    if kind == "same":
        return None if num(fact[1]) == num(fact[2]) else f"{fact[1]} vs {fact[2]}"
    if kind == "year":
        return None if num(fact[1]) == num(fact[2]) else f"year {fact[1]} vs {fact[2]}"
    if kind == "carry":
        return None if num(fact[2]) > num(fact[1]) else f"carried to {fact[2]} in the {fact[1]} report"
    if kind == "sum":
        parts, total = fact[1], fact[2]
        if "｜" in total:
            return check_cols([parts], total)
        s = sum(num(p) for p in parts)
        return None if close(s, total) else f"sum {s} != {total}"
    if kind == "sumcols":
        return check_cols([fact[1]], fact[2])
    if kind == "diff":
        c = num(fact[1]) - num(fact[2])
        return None if close(c, fact[3]) else f"diff {c} != {fact[3]}"
    if kind == "diffwan":
        sub = num(fact[2]) if fact[2].endswith("万元") else num(fact[2]) / D(10000)
        c = num(fact[1]) - sub
        return None if close(c, fact[3]) else f"diff {c} != {fact[3]}"
    if kind == "rate":
        c = num(fact[1]) / num(fact[2]) * 100
        return None if close(c, fact[3]) else f"rate {c:.4f} != {fact[3]}"
    if kind == "mul":
        c = num(fact[1]) * num(fact[2])
        return None if close(c, fact[3]) else f"product {c} != {fact[3]}"
    if kind == "ratio":
        c = num(fact[1]) / num(fact[2]) * fact[4]
        return None if close(c, fact[3]) else f"ratio {c:.4f} != {fact[3]}"
    if kind == "mean":
        items = [num(x) for x in fact[1]]
        c = sum(items) / len(items)
        return None if close(c, fact[2]) else f"mean {c} != {fact[2]}"
    if kind == "score":
        a, t = num(fact[1]), num(fact[2])
        m = re.search(r"分值(\d+(?:\.\d+)?)分，得分(\d+(?:\.\d+)?)分", fact[3])
        if m:
            w, sc = D(m.group(1)), m.group(2)
        else:  # 预算执行率得分 x分, weight 10
            w, sc = D(10), re.search(r"得分(\d+(?:\.\d+)?)", fact[3]).group(1)
        c = r2(w * min(a / t, D(1)))
        return None if close(c, sc) else f"score {c} != {sc}"
    if kind == "grade":
        g = grade_of(num(fact[1]))
        label = fact[2]
        ok = any(label.endswith(w) or label.endswith(w + "”") for w in GRADE_WORDS[g])
        return None if ok else f"grade {label} does not fit {fact[1]} ({g})"
    return f"unknown fact {kind}"


def check_cols(part_rows, total_row):
    parts = part_rows[0]
    tcells = total_row.split("｜")[1:]
    cols = [[p.split("｜")[1:][i] for p in parts] for i in range(len(tcells))]
    for i, tc in enumerate(tcells):
        s = sum(num(x) for x in cols[i])
        if not close(s, tc):
            return f"column {i + 1}: {s} != {tc} in {total_row!r}"
    return None


# ---------------------------------------------------------------- generic table checks
def unit_of(s):
    s = s.strip()
    s = re.sub(r"^(≥|≤|＞|＜|>=|<=|=)", "", s)
    return re.sub(r"[\d.,]+", "", s, count=1).strip()


def direction(t):
    if t.startswith(("≥", "＞", ">")):
        return "gte"
    if t.startswith(("≤", "＜", "<")):
        return "lte"
    return "eq"


def check_tables(text):
    errs = []
    lines = text.split("\n")
    exec_weight = D(0)
    exec_score = D(0)
    ind_rows = []
    total = None
    header = None
    for ln in lines:
        if "｜" not in ln:
            header = None if not ln.strip() else header
            continue
        cells = ln.split("｜")
        if "分值" in cells and "得分" in cells and "执行率" in cells and "一级指标" not in cells:
            header = ("funds_scored", cells)
            continue
        if "一级指标" in cells:
            header = ("ind", cells)
            continue
        if any(c.startswith("年初预算数") for c in cells) and any("执行率" in c for c in cells):
            header = ("funds", cells)
            continue
        if header is None:
            continue
        kind, h = header
        if kind in ("funds", "funds_scored"):
            ia = next(i for i, c in enumerate(h) if c.startswith("全年预算数"))
            ib = next(i for i, c in enumerate(h) if c.startswith("全年执行数"))
            ir = next(i for i, c in enumerate(h) if c.startswith("执行率"))
            a, b, r = cells[ia], cells[ib], cells[ir]
            if r == "—":
                if num(a) != 0:
                    errs.append(f"rate missing on non-zero base: {ln}")
            else:
                c = num(b) / num(a) * 100
                if not close(c, r):
                    errs.append(f"funds rate {c:.4f} != {r}: {ln}")
                if num(r) > 100:
                    errs.append(f"execution rate over 100%: {ln}")
            if kind == "funds_scored" and cells[0] == "年度资金总额":
                iw, isc = h.index("分值"), h.index("得分")
                exec_weight, exec_score = num(cells[iw]), num(cells[isc])
                c = r2(exec_weight * min(num(b) / num(a), D(1)))
                if not close(c, cells[isc]):
                    errs.append(f"execution score {c} != {cells[isc]}")
        elif kind == "ind":
            iw, isc = h.index("分值"), h.index("得分")
            if cells[0] in ("总分", "合计"):
                total = (num(cells[iw]), cells[isc])
                continue
            w, sc = num(cells[iw]), num(cells[isc])
            ind_rows.append((w, sc))
            if sc > w or sc < 0:
                errs.append(f"score above weight: {ln}")
            it, ia = h.index("年度指标值"), h.index("实际完成值")
            t, a = cells[it], cells[ia]
            if re.search(r"\d{4}年\d+月\d+日", t):
                continue
            if unit_of(t) != unit_of(a):
                errs.append(f"unit of target {t!r} vs actual {a!r}")
                continue
            if "满意度" in cells[2] or unit_of(a) == "%":
                if num(a) > 100:
                    errs.append(f"rate over 100%: {ln}")
            d = direction(t)
            T, A = num(t), num(a)
            if d == "lte":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                comp = D(100) if A <= 0 else D(0)
            else:
                comp = A / T * 100
            c = r2(w * min(comp / 100, D(1)))
            if not close(c, cells[isc]):
                errs.append(f"row score {c} != {cells[isc]}: {ln}")
            if "完成率" in h:
                ic = h.index("完成率")
                if not close(comp, cells[ic]):
                    errs.append(f"completion {comp:.4f} != {cells[ic]}: {ln}")
    if total is None:
        errs.append("no total row")
        return errs
    wsum = exec_weight + sum(w for w, _ in ind_rows)
    ssum = exec_score + sum(s for _, s in ind_rows)
    if wsum != 100 or total[0] != 100:
        errs.append(f"weights sum {wsum}, total row {total[0]}")
    if not close(ssum, total[1]):
        errs.append(f"scores sum {ssum} != total {total[1]}")
    m = re.search(r"得分(\d+\.\d+)分", text)
    if m and not close(ssum, m.group(1)):
        errs.append(f"text total {m.group(1)} != {ssum}")
    # level sums: 产出 50, 效益 30, 满意度 10
    return errs


def all_checks(text, src, clean=None):
    results = {}
    for i, f in enumerate(FACTS[src]):
        try:
            results[f"fact{i}:{f[0]}"] = check_fact(text, remap(f, clean, text))
        except Exception as exc:  # a remapped operand without a number
            results[f"fact{i}:{f[0]}"] = f"unreadable after edit: {exc}"
    if src != "guangfeng-sewagesubsidy-2020":  # prose-only draft has no tables
        for e in check_tables(text):
            results[f"table:{e}"] = e
        results["table"] = None if not any(k.startswith("table:") for k in results) else "table errors"
    # year: every 'XXXX年度' in the title/table header equals the evaluation year
    year = re.search(r"(20\d\d)年度", text).group(1)
    bad = [y for y in re.findall(r"（(20\d\d)年度）", text) if y != year]
    results["year"] = f"other evaluation year {bad}" if bad else None
    return results


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j, len(a) - j


def main():
    fail = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    if len(labels) != 35:
        fail.append(f"{len(labels)} labels, expected 35")
    counts = {c: 0 for c in CODES}
    cleans = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail.append(f"missing case {rec['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"]:
                fail.append(f"clean case with expectations: {rec['case']}")
            cleans[rec["source"]] = text
            n = len(text)
            if not 3000 <= n <= 9000:
                fail.append(f"{rec['case']}: {n} characters")
    for rec in labels:
        if rec["clean"]:
            continue
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = cleans[rec["source"]]
        if len(rec["expected"]) != 1:
            fail.append(f"{rec['case']}: {len(rec['expected'])} expectations")
        for e in rec["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["severity"] != "error" or e["code"] not in CODES:
                fail.append(f"{rec['case']}: bad code/severity {e}")
            if e["value"] not in text:
                fail.append(f"{rec['case']}: value not in case: {e['value']!r}")
                continue
            s, eb, ea = diff_region(clean, text)
            if s >= eb and s >= ea:
                fail.append(f"{rec['case']}: identical to clean draft")
                continue
            # exactly one place: the changed region is a single contiguous span (by construction
            # of diff_region); make sure it is small (a slip, not a rewrite) and overlaps the value
            if eb - s > 200:
                fail.append(f"{rec['case']}: changed region too long ({eb - s})")
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if not any(o < eb and o + len(e["value"]) > s for o in occ):
                fail.append(f"{rec['case']}: value does not cover the change")
        # the error breaks at least one check that passes on the clean draft
        broken = [v for k, v in all_checks(text, rec["source"], clean).items()
                  if v and k != "table" and not v.startswith("missing")]
        if not broken:
            fail.append(f"{rec['case']}: no arithmetic check catches the change")
    for c, n in counts.items():
        if n < 2:
            fail.append(f"code {c} occurs {n} times")
    for src, text in cleans.items():
        for k, v in all_checks(text, src).items():
            if v:
                fail.append(f"{src}-clean: {k}: {v}")
    # clean drafts must differ in unit, region and year
    if fail:
        print("\n".join(fail))
        print("FAIL")
        sys.exit(1)
    print(f"{len(cleans)} clean drafts, {len(labels) - len(cleans)} error cases; codes: "
          + ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
