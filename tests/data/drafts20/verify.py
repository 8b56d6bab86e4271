#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

  1. labels: every value occurs exactly once in its case, never in the clean draft, and overlaps the edit;
     every error case differs from its clean draft by one edit (<= 16 characters, inside one line), or for
     kind "rows" by a swap inside two adjacent table rows; each numeric code of errors.md section A
     (except figure_mismatch) is used at least twice, in at least two projects.
  2. clean drafts: the 自评表 is parsed from the text (space-aligned or one-cell-per-line) and re-added
     (weights to 100, level-1 weights 10/50/30/10, scores to the total, score <= weight, completion rate
     from target and actual, score rule of rules.md §5, grade band); the funds table is re-added (components
     to total, rate = executed / annual budget); and a list of explicit checks per project redoes the rates,
     balances, sums, unit costs, averages and year-on-year figures, each tied to a needle that must occur
     in the text. Tolerance: half a unit of the last stated decimal (rules.md §8).
Pure Python 3, no third-party packages. Prints OK or the list of failures.
"""
import difflib
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return float(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    return abs(computed - num(stated)) <= 0.5 * 10 ** (-decimals(stated)) + 1e-9


def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- 1. labels and edits
NUMERIC_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]


def diff_regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [op for op in sm.get_opcodes() if op[0] != "equal"]


def check_labels():
    labels = [json.loads(line) for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if line.strip()]
    kinds = {e["case"] + ".txt": e["kind"] for e in EDITS}
    code_projects = defaultdict(set)
    code_count = defaultdict(int)
    names = set(os.listdir(CASES))
    for rec in labels:
        if rec["case"] not in names:
            fail("label for a missing case " + rec["case"])
    for rec in labels:
        if rec["clean"]:
            if rec["expected"]:
                fail(rec["case"] + ": clean case with expected findings")
            continue
        text = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if len(rec["expected"]) != 1:
            fail(rec["case"] + ": expected exactly one label")
        ops = diff_regions(clean, text)
        # the edited region in the error case
        lo = min(op[3] for op in ops)
        hi = max(op[4] for op in ops)
        kind = kinds[rec["case"]]
        if kind == "single":
            # one contiguous edit: common prefix / suffix
            p = 0
            while p < min(len(clean), len(text)) and clean[p] == text[p]:
                p += 1
            s = 0
            while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
                s += 1
            removed, inserted = clean[p:len(clean) - s], text[p:len(text) - s]
            if max(len(removed), len(inserted)) > 16:
                fail("%s: edit of %d characters (> 16): %r -> %r" % (rec["case"], max(len(removed), len(inserted)), removed, inserted))
            if "\n" in removed or "\n" in inserted:
                fail("%s: edit crosses a line" % rec["case"])
            lo, hi = p, len(text) - s
        else:
            a_lines, b_lines = clean.split("\n"), text.split("\n")
            changed = [i for i, (x, y) in enumerate(zip(a_lines, b_lines)) if x != y]
            if len(a_lines) != len(b_lines) or not 1 <= len(changed) <= 2:
                fail("%s: row edit changes %d lines" % (rec["case"], len(changed)))
            for i in changed:
                x, y = a_lines[i], b_lines[i]
                p = 0
                while p < min(len(x), len(y)) and x[p] == y[p]:
                    p += 1
                s = 0
                while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
                    s += 1
                if max(len(x) - p - s, len(y) - p - s) > 16:
                    fail("%s: row edit of more than 16 characters in a line" % rec["case"])
            if len(changed) == 2:
                between = a_lines[changed[0] + 1:changed[1]]
                # space-aligned rows: adjacent lines; one-cell-per-line rows: one blank separator between
                if not (changed[1] - changed[0] == 1 or between.count("") == 1):
                    fail("%s: row edit is not within two adjacent rows" % rec["case"])
        for exp in rec["expected"]:
            v = exp["value"]
            code_count[exp["code"]] += 1
            code_projects[exp["code"]].add(rec["source"])
            if exp.get("severity") != "error":
                fail(rec["case"] + ": severity must be error")
            if text.count(v) != 1:
                fail("%s: value occurs %d times in the case: %r" % (rec["case"], text.count(v), v))
            if v in clean:
                fail("%s: value occurs in the clean draft: %r" % (rec["case"], v))
            i = text.find(v)
            if i >= 0 and not (i < hi and lo < i + len(v)):
                fail("%s: value does not overlap the edit" % rec["case"])
    totals = {e["case"] + ".txt": e.get("total") for e in EDITS}
    for rec in labels:
        for exp in rec["expected"]:
            if exp["code"] in ("sum_mismatch", "score_sum_mismatch", "weight_sum_mismatch"):
                t = totals.get(rec["case"])
                if not t or t not in exp["value"]:
                    fail("%s: sum value does not reach the total %r" % (rec["case"], t))
    for code in NUMERIC_CODES:
        if code_count[code] < 2 or len(code_projects[code]) < 2:
            fail("code %s used %d times in %d projects (need >= 2 in >= 2)" % (code, code_count[code], len(code_projects[code])))
    return labels, code_count


# ---------------------------------------------------------------- 2a. tables
def parse_space_table(text, header_start, stop):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start):
            break
    else:
        return None
    rows = []
    for line in lines[i:]:
        if not line.strip():
            break
        rows.append(re.split(r" {2,}", line.strip()))
        if line.startswith(stop):
            break
    return rows


def parse_flat_table(text, header_start):
    m = re.search(r"(^|\n)\t?" + re.escape(header_start) + r"\n", text)
    if not m:
        return None
    groups = text[m.start():].strip("\n").split("\n\n")
    header = [c.strip() for c in groups[0].split("\n")]
    rows = [header]
    for g in groups[1:]:
        cells = [c.strip() for c in g.split("\n")]
        if len(cells) != len(header):
            break
        rows.append(cells)
    return rows


GTE = ("不少于", "不低于", "达到", "以上", "≥")
LTE = ("不超过", "不高于", "以内", "控制在", "≤")


def parse_target(t):
    m = re.search(r"(\d[\d,]*\.?\d*)\s*(.*)", t)
    if not m:
        return None
    n, unit = num(m.group(1)), m.group(2).replace("以上", "").replace("以内", "").strip()
    if any(w in t for w in LTE):
        d = "lte"
    elif any(w in t for w in GTE) or re.fullmatch(r"\d[\d,.]*%?", t):
        d = "gte"  # a bare value is `eq`, scored like gte when the target is above zero (rules §5)
    else:
        return None
    if re.search(r"\d{4}年\d+月", t):
        return None
    return d, n, unit


def parse_actual(a):
    m = re.fullmatch(r"(\d[\d,]*\.?\d*)\s*(\S*)", a)
    if not m:
        return None
    return num(m.group(1)), m.group(2)


def check_indicators(pid, rows, text):
    header, body = rows[0], rows[1:]
    total = body[-1]
    if not total[0].startswith("合计"):
        fail(pid + ": indicator table does not end with 合计")
        return None
    body = body[:-1]
    W, S = 6, 7
    nums = [x for x in total[1:] if re.fullmatch(r"\d+(\.\d+)?", x)]
    total = ["合计", "", "", "", "", "", nums[0], nums[1], ""]
    wsum = sum(num(r[W]) for r in body)
    ssum = sum(num(r[S]) for r in body)
    if abs(wsum - 100) > 1e-9 or num(total[W]) != 100:
        fail("%s: weights sum to %s, total row %s" % (pid, wsum, total[W]))
    if not consistent(ssum, total[S]):
        fail("%s: scores sum to %.4f, total row %s" % (pid, ssum, total[S]))
    lvl = defaultdict(float)
    for r in body:
        lvl[r[0]] += num(r[W])
    want = {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}
    got = {k[:4] if k.startswith("预算执行") else k: v for k, v in lvl.items()}
    if got != want:
        fail("%s: level-1 weights %r" % (pid, dict(lvl)))
    for r in body:
        name, target, actual, comp, w, s = r[2], r[3], r[4], r[5], num(r[W]), num(r[S])
        if s > w or s < 0:
            fail("%s: %s score %s > weight %s" % (pid, name, s, w))
        t = parse_target(target)
        a = parse_actual(actual)
        if t is None or a is None:
            # qualitative / date row: completion "—", score in its band
            if comp != "—":
                fail("%s: %s qualitative row with completion %s" % (pid, name, comp))
            ratio = s / w
            partly = "部分" in actual or "部分达成" in r[-1]
            if partly and not (0.6 - 1e-9 <= ratio < 0.8):
                fail("%s: %s partly achieved but score %s of %s" % (pid, name, s, w))
            if not partly and ratio < 0.8 - 1e-9:
                fail("%s: %s achieved but score %s of %s" % (pid, name, s, w))
            continue
        d, T, tu = t
        A, au = a
        if tu != au:
            fail("%s: %s unit %r vs %r" % (pid, name, tu, au))
            continue
        if d == "gte":
            c = A / T
            sc = w * min(c, 1.0)
        else:
            c = 1.0 if A <= T else T / A
            sc = w if A <= T else w * T / A
        if not consistent(c * 100, comp.rstrip("%")):
            fail("%s: %s completion %s, computed %.4f%%" % (pid, name, comp, c * 100))
        # score from the unrounded completion, or from the stated completion (rules §8)
        sc2 = w * min(num(comp.rstrip("%")) / 100, 1.0)
        if not (consistent(r2(sc), r[S]) or consistent(r2(sc2), r[S])):
            fail("%s: %s score %s, rule gives %.4f" % (pid, name, r[S], sc))
        if d == "gte" and c > 1.2 and r[-1] in ("—", "无", "无偏差", ""):
            fail("%s: %s over-achieved %.0f%% without a reason" % (pid, name, c * 100))
        if c < 1 - 1e-9 and r[-1] in ("—", "无", "无偏差", ""):
            fail("%s: %s below target without a reason" % (pid, name))
    # total in text and grade
    tot = total[S]
    if ("得分%s分" % tot) not in text and ("合计%s分" % tot) not in text:
        fail("%s: total %s not stated in the text" % (pid, tot))
    m = re.search(r"等级为“([^”]+)”", text)
    if not m:
        fail(pid + ": no grade")
    else:
        v = num(tot)
        band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        if m.group(1)[0] != band:
            fail("%s: grade %s for total %s" % (pid, m.group(1), tot))
    # the execution row agrees with the funds
    return body


def check_funds(pid, rows):
    header, body = rows[0], rows[1:]
    idx = {h: i for i, h in enumerate(header)}
    cols = [c for c in header if c.startswith(("年初预算数", "全年预算数", "全年执行数"))]
    total = [r for r in body if r[0] in ("年度资金总额", "合计")]
    if len(total) != 1:
        fail(pid + ": funds table without one total row")
        return
    total = total[0]
    parts = [r for r in body if r is not total]
    for c in cols:
        i = idx[c]
        if not consistent(sum(num(r[i]) for r in parts), total[i]):
            fail("%s: funds column %s: parts %.2f vs total %s" % (pid, c, sum(num(r[i]) for r in parts), total[i]))
    ia, ie = idx[cols[1]], idx[cols[2]]
    ir = idx["执行率"]
    for r in body:
        if ir >= len(r) or r[ir] in ("", "—"):
            if num(r[ia]) > 0 and r is total:
                fail(pid + ": total execution rate missing")
            continue
        if num(r[ia]) == 0:
            fail("%s: rate %s on a zero budget" % (pid, r[ir]))
            continue
        if not consistent(num(r[ie]) / num(r[ia]) * 100, r[ir].rstrip("%")):
            fail("%s: %s rate %s vs %.4f%%" % (pid, r[0], r[ir], num(r[ie]) / num(r[ia]) * 100))
    if "得分" in idx and idx["得分"] < len(total) and total[idx["得分"]] not in ("", "—"):
        rate = num(total[ie]) / num(total[ia])
        if not consistent(r2(10 * min(rate, 1)), total[idx["得分"]]):
            fail("%s: execution score %s" % (pid, total[idx["得分"]]))


# ---------------------------------------------------------------- 2b. explicit checks
class C:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def need(self, needle):
        if needle not in self.text:
            fail("%s: needle not found: %r" % (self.pid, needle))

    def eq(self, what, computed, stated, needle=None):
        """computed value against the stated number string (found inside needle, or as such in the text)."""
        self.need(needle or stated)
        if needle is not None and stated not in needle:
            fail("%s: %s: %r not inside needle" % (self.pid, what, stated))
        if not consistent(computed, stated):
            fail("%s: %s: computed %.6f, stated %s" % (self.pid, what, computed, stated))

    def pct(self, what, a, b, stated, needle=None):
        self.eq(what, a / b * 100, stated, needle)


def gongshan(c):
    c.eq("中央 batches", 2860 + 1124, "3,984.00", "中央资金3,984.00万元，分两批下达：2021年12月16日提前下达2,860.00万元（云财农〔2021〕298号），2022年5月9日下达1,124.00万元")
    c.eq("省级 batches", 1250 + 356, "1,606.00", "省级资金1,606.00万元，分两批下达：2021年12月20日提前下达1,250.00万元（云财农〔2021〕301号），2022年7月14日下达356.00万元")
    c.eq("sources", 3984 + 1606 + 420 + 408.60, "6,418.60", "全年预算6,418.60万元")
    c.need("州级资金420.00万元")
    c.need("县级资金408.60万元")
    c.eq("年初", 2860 + 1250 + 408.60, "4,518.60", "年初预算数4,518.60万元")
    c.eq("追加", 1124 + 356 + 420, "1,900.00", "年中追加1,900.00万元")
    c.eq("growth", 6418.60 - 5862.30, "556.30", "较2021年的5,862.30万元增加556.30万元，增长9.49%")
    c.pct("growth %", 556.30, 5862.30, "9.49", "增长9.49%")
    c.eq("产业", 860 + 1236.40 + 716 + 800, "3,612.40", "产业发展类3,612.40万元，其中独龙江乡独龙牛扩繁项目860.00万元、茨开镇和普拉底乡草果提质增效项目1,236.40万元、捧当乡和丙中洛镇重楼等中药材种植项目716.00万元、丙中洛镇乡村旅游配套设施项目800.00万元")
    c.eq("基础设施", 1204 + 622, "1,826.00", "基础设施类1,826.00万元，其中村组道路硬化项目1,204.00万元、农村饮水安全巩固提升项目622.00万元")
    c.eq("就业", 304.80 + 167.25 + 220.80, "692.85", "就业和能力提升类692.85万元，其中雨露计划职业教育补助304.80万元、脱贫劳动力外出务工一次性交通补助167.25万元、乡村公益性岗位补贴220.80万元")
    c.need("金融支持类287.35万元")
    c.eq("categories", 3612.40 + 1826 + 692.85 + 287.35, "6,418.60", "全年预算6,418.60万元")
    c.pct("产业 share", 3612.40, 6418.60, "56.28", "产业发展类资金占全年预算的56.28%")
    c.eq("独龙牛 cost", 1075 * 8000 / 1e4, "860.00", "独龙牛扩繁项目860.00万元")
    c.need("按每头8,000元标准购进独龙牛基础母牛1,075头")
    c.eq("独龙牛 villages", 210 + 196 + 168 + 175 + 152 + 174, "1,075", "1,075头，其中孔当村210头、献九当村196头、巴坡村168头、马库村175头、迪政当村152头、龙元村174头")
    c.eq("草果 cost", 24728 * 500 / 1e4, "1,236.40", "草果提质增效项目1,236.40万元")
    c.need("草果低产园改造24,728亩，按每亩500元标准补助")
    c.eq("重楼 cost", 1432 * 5000 / 1e4, "716.00", "中药材种植项目716.00万元")
    c.need("新植重楼等中药材1,432亩，按每亩5,000元标准")
    c.eq("roads", 4.1 + 3.6 + 2.8 + 3.9 + 2.8, "17.2", "硬化村组道路17.2公里，其中茨开镇丹珠村4.1公里、捧当乡迪麻洛村3.6公里、普拉底乡咪谷村2.8公里、丙中洛镇甲生村3.9公里、独龙江乡马库村2.8公里")
    c.eq("roads cost", 17.2 * 70, "1,204.00", "村组道路硬化项目1,204.00万元")
    c.eq("雨露 persons", 1008 + 1024, "2,032", "春季学期补助1,008人、秋季学期补助1,024人，共2,032人次")
    c.eq("雨露 cost", 2032 * 1500 / 1e4, "304.80", "按每生每学期1,500元标准通过“一卡通”发放304.80万元")
    c.eq("交通 persons", 1215 + 915, "2,130", "共2,130人")
    c.eq("交通 cost", (1215 * 1000 + 915 * 500) / 1e4, "167.25", "外出务工一次性交通补助167.25万元")
    c.need("跨省务工的1,215名脱贫劳动力按每人1,000元、省内州外务工的915名按每人500元")
    c.eq("岗位 cost", 368 * 500 * 12 / 1e4, "220.80", "乡村公益性岗位补贴220.80万元")
    c.need("公益性岗位368个，按每人每月500元标准发放补贴12个月")
    for a, b, s in [(1075, 1000, "107.50"), (24728, 24000, "103.03"), (1432, 1400, "102.29"), (17.2, 17, "101.18"),
                    (2032, 2000, "101.60"), (2130, 2000, "106.50"), (368, 360, "102.22"), (1438, 1500, "95.87")]:
        c.pct("completion %s" % s, a, b, s, "完成年度指标的%s%%" % s)
    c.pct("开工率", 17, 20, "85", "6月底前开工17个，开工率85%")
    c.pct("income growth", 12581 - 11500, 11500, "9.40", "由2021年的11,500元增加到12,581元，增长9.40%")
    c.eq("income completion", 9.40 / 8 * 100, "117.50", "增长9.40%，完成年度指标的117.50%")
    c.pct("务工", 1.71, 1.65, "103.64", "务工就业1.71万人，完成目标任务的103.64%")
    c.pct("满意度", 520, 540, "96.30", "回收有效问卷540份，表示满意或基本满意的520份，满意度96.30%")
    spent = {"中央": (3902.36, 3984, "97.95"), "省级": (1548.20, 1606, "96.40"), "州级": (420.00, 420, "100"), "县级": (371.84, 408.60, "91.00")}
    for k, (s, b, r) in spent.items():
        c.pct(k + " rate", s, b, r, "%s资金支出%s万元，执行率%s%%" % (k, format(s, ",.2f"), r))
    c.eq("spent", sum(v[0] for v in spent.values()), "6,242.40", "累计支出6,242.40万元，预算执行率97.25%")
    c.pct("rate", 6242.40, 6418.60, "97.25", "预算执行率97.25%")
    c.eq("balance", 6418.60 - 6242.40, "176.20", "年末未支出资金176.20万元")
    c.eq("balance parts", 81.64 + 57.80 + 36.76, "176.20", "年末未支出资金176.20万元")
    for k, part in [("中央", "81.64"), ("省级", "57.80"), ("县级", "36.76")]:
        s, b, _ = spent[k]
        c.eq(k + " unspent", b - s, part, "%s资金%s万元" % (k, part))
    for d, s in [(10 - 9.73, "0.27"), (3 - 2.88, "0.12"), (5 - 4.72, "0.28")]:
        c.eq("deduction", d, s, "扣%s分" % s)
    c.need("到位率100%")
    c.need("结转至2023年")


def ceheng(c):
    c.eq("年初", 900 + 100, "1,000.00", "年初预算数1,000.00万元")
    c.eq("追加", 120 + 60, "180.00", "年中追加省级、州级资金180.00万元")
    c.eq("全年", 900 + 120 + 60 + 100, "1,180.00", "全年预算数1,180.00万元")
    c.need("中央预算内投资900.00万元，2019年12月18日")
    c.eq("林草", 171 + 496, "667.00", "林草植被恢复667.00万元，其中封山育林171.00万元（每亩60元）、人工造林496.00万元（每亩800元）")
    c.eq("封山育林 cost", 28500 * 60 / 1e4, "171.00", "封山育林171.00万元（每亩60元）")
    c.eq("人工造林 cost", 6200 * 800 / 1e4, "496.00", "人工造林496.00万元（每亩800元）")
    c.eq("水利", 134.40 + 30.00 + 103.20 + 124.00, "391.60", "小型水利水保工程391.60万元，其中蓄水池134.40万元（每口2.8万元）、沉沙池30.00万元（每口0.5万元）、引水渠（管）103.20万元（每公里12万元）、作业便道124.00万元（每公里10万元）")
    c.eq("蓄水池 cost", 48 * 2.8, "134.40", "蓄水池134.40万元（每口2.8万元）")
    c.eq("沉沙池 cost", 60 * 0.5, "30.00", "沉沙池30.00万元（每口0.5万元）")
    c.eq("引水渠 cost", 8.6 * 12, "103.20", "引水渠（管）103.20万元（每公里12万元）")
    c.eq("便道 cost", 12.4 * 10, "124.00", "作业便道124.00万元（每公里10万元）")
    c.eq("其他", 38.60 + 29.50 + 23.30 + 30.00, "121.40", "其他费用121.40万元，其中勘察设计费38.60万元、工程监理费29.50万元、项目管理费23.30万元、科技推广及培训费30.00万元")
    c.eq("total by content", 667 + 391.60 + 121.40, "1,180.00", "全年预算数1,180.00万元")
    c.pct("县级到位率", 70, 100, "70.00", "县级配套资金到位70.00万元，到位率70.00%")
    c.eq("未到位", 100 - 70, "30.00", "其余30.00万元")
    c.eq("到位", 900 + 120 + 60 + 70, "1,150.00", "全年实际到位资金1,150.00万元，资金到位率97.46%")
    c.pct("到位率", 1150, 1180, "97.46", "资金到位率97.46%")
    spent = [("中央资金", 875.42, 900, "97.27"), ("省级资金", 108.60, 120, "90.50"), ("州级资金", 46.00, 60, "76.67"), ("县级配套资金", 68.60, 100, "68.60")]
    for k, s, b, r in spent:
        c.pct(k, s, b, r, "%s支出%.2f万元，执行率%s%%" % (k, s, r))
    c.pct("县级 on 到位", 68.60, 70, "98.00", "按到位资金计算为98.00%")
    c.eq("spent", sum(x[1] for x in spent), "1,098.62", "项目累计支出1,098.62万元，预算执行率93.10%")
    c.pct("rate", 1098.62, 1180, "93.10", "预算执行率93.10%")
    c.eq("balance", 1150 - 1098.62, "51.38", "到位资金与支出的差额51.38万元为年末结余")
    c.pct("training rate", 24.60, 30.00, "82.00", "实际支出24.60万元，执行率82.00%")
    c.eq("封山育林 towns", 9800 + 10200 + 8500, "28,500", "完成封山育林28,500亩，其中双江镇9,800亩、冗渡镇10,200亩、巧马镇8,500亩")
    towns = [1150, 980, 1260, 870, 1040, 900]
    c.eq("造林 towns", sum(towns), "6,200", "完成人工造林6,200亩，其中弼佑镇1,150亩、秧坝镇980亩、双江镇1,260亩、巧马镇870亩、冗渡镇1,040亩、坡妹镇900亩")
    c.eq("造林 average", sum(towns) / len(towns), "1,033.33", "平均每个乡镇1,033.33亩")
    c.eq("species", 2800 + 1900 + 1500, "6,200", "完成人工造林6,200亩")
    c.need("种植油茶2,800亩、花椒1,900亩、任豆等乡土树种1,500亩")
    c.eq("蓄水能力", 48 * 100, "4,800", "新建蓄水池48口（每口容积100立方米，新增蓄水能力4,800立方米）")
    c.pct("便道 completion", 11.8, 12.4, "95.16", "作业便道完成计划的95.16%")
    c.eq("便道 cut", 12.4 - 11.8, "0.6", "1段0.6公里路线")
    c.eq("coverage", 47.5 - 41.3, "6.2", "由41.3%提高到47.5%，提高6.2个百分点")
    c.eq("wages", 4260 * 120 / 1e4, "51.12", "带动群众务工4,260人次，按每人次120元计发放劳务报酬51.12万元")
    c.pct("满意度", 187, 200, "93.5", "收回有效问卷200份，满意187份，满意度93.5%")
    c.need("结转2021年")


def maqu(c):
    c.eq("中央", 186.00 + 74.50, "260.50", "中央重大公共卫生服务补助资金260.50万元。2017年12月14日，省财政厅提前下达186.00万元（甘财社〔2017〕178号）；2018年6月8日，下达74.50万元")
    c.eq("total", 260.50 + 96 + 40 + 55, "451.50", "下达我县包虫病综合防治项目资金451.50万元，其中")
    c.need("项目资金451.50万元的使用")
    c.need("省级资金96.00万元")
    c.need("州级资金40.00万元")
    c.need("县级配套资金55.00万元")
    c.eq("年初", 186 + 55, "241.00", "年初预算数241.00万元")
    c.eq("追加", 74.50 + 96 + 40, "210.50", "年中追加210.50万元")
    c.eq("allocation", 120 + 60.50 + 165 + 45 + 18 + 25 + 18, "451.50", "资金451.50万元")
    c.need("人群筛查120.00万元、患者治疗60.50万元、犬只登记管理和驱虫165.00万元、流浪犬收容处置45.00万元、屠宰场病害脏器无害化处理18.00万元、健康教育25.00万元、培训和督导18.00万元")
    spent = [("中央资金", 232.86, 260.50, "89.39"), ("省级资金", 86.40, 96, "90.00"), ("州级资金", 40.00, 40, "100"), ("县级资金", 31.60, 55, "57.45")]
    for k, s, b, r in spent:
        c.pct(k, s, b, r, "%s支出%.2f万元，执行率%s%%" % (k, s, r))
    c.eq("spent", sum(x[1] for x in spent), "390.86", "项目资金支出390.86万元，预算执行率86.57%")
    c.pct("rate", 390.86, 451.50, "86.57", "预算执行率86.57%")
    c.eq("balance", 451.50 - 390.86, "60.64", "年末结余60.64万元")
    c.need("资金到位率100%")
    towns = [3412, 1586, 1204, 1318, 1672, 1497, 1633, 964]
    c.eq("screening", sum(towns), "13,286", "全年B超筛查13,286人，完成年度指标的110.72%，其中尼玛镇3,412人、曼日玛乡1,586人、齐哈玛乡1,204人、采日玛乡1,318人、欧拉乡1,672人、欧拉秀玛乡1,497人、阿万仓乡1,633人、木西合乡964人")
    c.pct("screening completion", 13286, 12000, "110.72", "完成年度指标的110.72%")
    c.pct("检出率", 41, 13286, "0.31", "新发现包虫病患者41例，检出率0.31%")
    c.pct("手术", 30, 40, "75.00", "全年手术治疗30例，完成年度指标的75.00%")
    c.eq("手术 cost", 30 * 8000 / 1e4, "24.00", "共补助24.00万元")
    c.pct("服药率", 250, 312, "80.13", "在治患者312人，规范服药250人，规范服药率80.13%")
    c.pct("登记", 9680, 9500, "101.89", "全县登记家犬9,680只，完成年度指标的101.89%")
    c.pct("驱虫", 8720, 9680, "90.08", "平均每月驱虫8,720只，月月驱虫覆盖率90.08%")
    c.pct("流浪犬", 860, 1200, "71.67", "收容处置流浪犬860只，完成年度指标的71.67%")
    c.pct("满意度", 423, 500, "84.6", "收回有效问卷500份，表示满意的423份，满意度84.6%")
    c.need("结转2019年")


def wuqia(c):
    c.eq("中央", 1600 + 550, "2,150.00", "中央资金2,150.00万元分两批下达，其中2022年12月5日提前下达1,600.00万元（新财教〔2022〕178号），2023年4月18日下达550.00万元")
    c.eq("total", 2150 + 380 + 120 + 200, "2,850.00", "全年预算2,850.00万元")
    c.need("自治区资金380.00万元")
    c.need("克州资金120.00万元")
    c.need("县级资金200.00万元")
    c.eq("年初", 1600 + 200, "1,800.00", "年初预算1,800.00万元")
    c.eq("追加", 550 + 380 + 120, "1,050.00", "年中追加1,050.00万元")
    c.eq("宿舍 m2", 1260 + 880 + 760, "2,900", "康苏镇中心学校1,260平方米、托云乡中心学校880平方米、吉根乡中心学校760平方米，合计2,900平方米")
    c.eq("宿舍 cost", 2900 * 2480 / 1e4, "719.20", "学生宿舍改造719.20万元")
    c.need("按每平方米2,480元控制造价")
    c.eq("食堂 m2", 640 + 520, "1,160", "黑孜苇乡中心学校640平方米、乌鲁克恰提乡中心学校520平方米，合计1,160平方米")
    c.eq("食堂 cost", 1160 * 2650 / 1e4, "307.40", "学校食堂改扩建307.40万元")
    c.need("按每平方米2,650元控制造价")
    c.eq("供暖 avg", 612 / 6, "102.00", "冬季供暖改造612.00万元，对黑孜苇乡、康苏镇、托云乡、吉根乡、波斯坦铁列克乡、铁列克乡6所中心学校实施燃煤锅炉改电采暖，平均每所102.00万元")
    c.eq("运动场 m2", 6800 + 3900 + 3500, "14,200", "乌恰县第二小学6,800平方米、膘尔托阔依乡中心学校3,900平方米、巴音库鲁提乡中心学校3,500平方米，合计14,200平方米")
    c.eq("运动场 cost", 14200 * 400 / 1e4, "568.00", "室外运动场建设568.00万元")
    c.eq("仪器 sets", 16 + 24, "40", "配备仪器设备40套（其中初中理化生实验室设备16套、小学科学实验室设备24套，中标价每套12.5万元）")
    c.eq("仪器 cost", 40 * 12.5, "500.00", "教学仪器设备500.00万元")
    c.eq("图书 cost", 35850 * 40 / 1e4, "143.40", "图书配备143.40万元，为17所学校配备图书35,850册，每册40元")
    c.eq("allocation", 719.20 + 307.40 + 612 + 568 + 500 + 143.40, "2,850.00", "全年预算2,850.00万元")
    c.pct("县级到位率", 150, 200, "75.00", "县级资金到位150.00万元，到位率75.00%，其余50.00万元")
    c.eq("到位", 2150 + 380 + 120 + 150, "2,800.00", "全年资金到位2,800.00万元，到位率98.25%")
    c.pct("到位率", 2800, 2850, "98.25", "到位率98.25%")
    spent = [("中央资金", 2096.30, 2150, "97.50"), ("自治区资金", 372.40, 380, "98.00"), ("克州资金", 120.00, 120, "100"), ("县级资金", 126.16, 200, "63.08")]
    for k, s, b, r in spent:
        c.pct(k, s, b, r, "%s支出%s万元，执行率%s%%" % (k, format(s, ",.2f"), r))
    c.pct("县级 on 到位", 126.16, 150, "84.11", "占县级到位资金的84.11%")
    c.eq("spent", sum(x[1] for x in spent), "2,714.86", "项目支出2,714.86万元，预算执行率95.26%")
    c.pct("rate", 2714.86, 2850, "95.26", "预算执行率95.26%")
    c.eq("balance", 2800 - 2714.86, "85.14", "年末结余85.14万元")
    c.eq("beds", 224 + 156 + 132, "512", "新增寄宿床位512个，其中康苏镇中心学校224个、托云乡中心学校156个、吉根乡中心学校132个")
    c.pct("按期交付", 4, 5, "80", "按期交付率80%")
    c.pct("满意度", 239, 250, "95.6", "收回有效问卷250份，满意239份，满意度95.6%")
    for d, s in [(10 - 9.53, "0.47")]:
        c.eq("deduction", d, s, "扣%s分" % s)
    c.need("已结转2024年使用")


def dingri(c):
    c.eq("km", 236.4 + 512.8 + 1268.4, "2,017.6", "列养的农村公路2,017.6公里，其中县道236.4公里、乡道512.8公里、村道1,268.4公里")
    towns = [268.3, 214.6, 132.5, 118.7, 126.4, 97.8, 143.2, 88.6, 176.9, 191.5, 109.3, 152.8, 197.0]
    c.eq("township km", sum(towns), "2,017.6", "列养的农村公路2,017.6公里")
    c.need("协格尔镇268.3公里、岗嘎镇214.6公里、扎果乡132.5公里、克玛乡118.7公里、长所乡126.4公里、尼辖乡97.8公里、措果乡143.2公里、绒辖乡88.6公里、曲当乡176.9公里、扎西宗乡191.5公里、盆吉乡109.3公里、加措乡152.8公里、曲洛乡197.0公里")
    c.eq("average", sum(towns) / len(towns), "155.20", "平均每个乡镇155.20公里")
    c.eq("中央", 420 + 140, "560.00", "中央资金560.00万元，2020年12月22日提前下达420.00万元（藏财建〔2020〕186号），2021年5月11日下达140.00万元")
    c.eq("total", 560 + 150 + 60 + 50, "820.00", "全年预算820.00万元")
    c.eq("年初", 420 + 50, "470.00", "年初预算470.00万元")
    c.eq("追加", 140 + 150 + 60, "350.00", "年中追加350.00万元")
    c.eq("县道", 236.4 * 0.8, "189.12", "县道189.12万元")
    c.eq("乡道", 512.8 * 0.5, "256.40", "乡道256.40万元")
    c.eq("村道", 1268.4 * 0.25, "317.10", "村道317.10万元")
    c.need("县道每公里每年8,000元、乡道5,000元、村道2,500元")
    c.eq("日常", 189.12 + 256.40 + 317.10, "762.62", "日常养护资金762.62万元，其中县道189.12万元、乡道256.40万元、村道317.10万元")
    c.eq("uses", 762.62 + 42.38 + 15.00, "820.00", "全年预算820.00万元")
    c.eq("桥梁", 24 * 6250 / 1e4, "15.00", "桥梁定期检测费15.00万元，按每座6,250元检测24座")
    c.eq("护路员", 186 * 6000 / 1e4, "111.60", "186名护路员劳务报酬111.60万元，每人每年6,000元")
    c.eq("per guard", 2017.6 / 186, "10.85", "人均管护10.85公里")
    spent = [("中央资金", 552.40, 560, "98.64"), ("自治区资金", 150.00, 150, "100"), ("日喀则市资金", 54.60, 60, "91.00"), ("县级资金", 44.36, 50, "88.72")]
    for k, s, b, r in spent:
        c.pct(k, s, b, r, "%s支出%.2f万元，执行率%s%%" % (k, s, r))
    c.eq("spent", sum(x[1] for x in spent), "801.36", "全年支出801.36万元，预算执行率97.73%")
    c.pct("rate", 801.36, 820, "97.73", "预算执行率97.73%")
    c.eq("balance", 820 - 801.36, "18.64", "年末结余18.64万元")
    c.pct("列养", 2017.6, 2000, "100.88", "列养农村公路2,017.6公里，完成年度指标的100.88%")
    c.pct("水毁", 38, 35, "108.57", "抢修水毁路段38处，完成108.57%")
    c.eq("路况", 62.1 - 58.4, "3.7", "优良中等路率62.1%，较2020年的58.4%提高3.7个百分点")
    c.pct("劳务", 111.60, 100, "111.60", "劳务报酬111.60万元，完成年度指标的111.60%")
    c.pct("满意度", 414, 500, "82.8", "收回有效问卷500份，满意414份，满意度82.8%")
    c.need("2020年度该项目自评88.60分，为良好等级")
    c.need("结转2022年使用")


def haiyuan(c):
    c.eq("自治区", 860 + 420, "1,280.00", "自治区资金1,280.00万元，分两批下达，2025年3月28日下达860.00万元（宁财（农）发〔2025〕96号），2025年8月15日下达420.00万元")
    c.eq("total", 620 + 1280 + 300, "2,200.00", "全年预算2,200.00万元")
    c.need("中央资金620.00万元，2024年12月10日提前下达")
    c.eq("年初", 620 + 300, "920.00", "年初预算920.00万元")
    c.eq("母牛 cost", 5120 * 2000 / 1e4, "1,024.00", "基础母牛扩群补栏补贴1,024.00万元，按每头2,000元补助5,120头")
    c.eq("冻精 cost", 38000 * 40 / 1e4, "152.00", "良种冻精改良补贴152.00万元，按每头40元补助3.8万头")
    c.eq("青贮 cost", 96000 * 60 / 1e4, "576.00", "青贮饲草收贮补贴576.00万元，按每吨60元补助9.6万吨")
    c.eq("暖棚 cost", 200 * 1.8, "360.00", "标准化暖棚建设补贴360.00万元，按每座1.8万元补助200座")
    c.eq("保险 cost", 22000 * 40 / 1e4, "88.00", "保费补贴88.00万元，按每头40元补助2.2万头")
    c.eq("allocation", 1024 + 152 + 576 + 360 + 88, "2,200.00", "全年预算2,200.00万元")
    spent = [("中央资金", 620.00, 620, "100"), ("自治区资金", 1236.48, 1280, "96.60"), ("县级资金", 281.70, 300, "93.90")]
    for k, s, b, r in spent:
        c.pct(k, s, b, r, "%s支出%s万元，执行率%s%%" % (k, format(s, ",.2f"), r))
    c.eq("spent", sum(x[1] for x in spent), "2,138.18", "累计支出2,138.18万元，预算执行率97.19%")
    c.pct("rate", 2138.18, 2200, "97.19", "预算执行率97.19%")
    c.eq("balance", 2200 - 2138.18, "61.82", "年末结余61.82万元")
    c.eq("balance parts", 36.00 + 25.82, "61.82", "年末结余61.82万元，其中暖棚建设补贴36.00万元因20座暖棚未建成未拨付，青贮收贮补贴25.82万元")
    c.eq("暖棚 unbuilt", 20 * 1.8, "36.00", "暖棚建设补贴36.00万元因20座暖棚未建成")
    c.eq("暖棚 built", 200 - 20, "180", "新建标准化暖棚180座，完成90.00%")
    c.eq("户均", 1024 * 1e4 / 2368, "4,324.32", "涉及养殖户2,368户，户均补贴4,324.32元")
    c.pct("补栏", 5120, 5000, "102.40", "完成年度指标的102.40%")
    c.pct("冻精", 3.8, 3.6, "105.56", "3.8万头，完成105.56%")
    c.pct("青贮", 9.6, 9, "106.67", "9.6万吨，完成106.67%")
    c.pct("暖棚", 180, 200, "90.00", "180座，完成90.00%")
    c.pct("保险", 2.2, 2, "110.00", "2.2万头，完成110.00%")
    c.pct("增收", 3460, 3000, "115.33", "户均增收3,460元，完成年度指标的115.33%")
    c.eq("stock", 27.3 - 25.8, "1.5", "全县肉牛饲养量27.3万头，较上年末的25.8万头增加1.5万头，增长5.81%")
    c.pct("stock growth", 1.5, 25.8, "5.81", "增长5.81%")
    c.pct("stock completion", 27.3, 26, "105.00", "增长5.81%，完成年度指标的105.00%")
    c.need("截至2025年末，全县肉牛饲养量27.3万头")
    c.pct("满意度", 489, 500, "97.8", "收回有效问卷500份，满意489份，满意度97.8%")
    c.eq("weights", 10 + 50 + 30 + 10, "100", "设置预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，合计100分")
    c.eq("scores", 9.72 + 49.16 + 29.80 + 10, "98.68", "预算执行率9.72分、产出指标49.16分、效益指标29.80分、满意度指标10分，合计98.68分")
    c.need("结转2026年使用")


EXPLICIT = {
    "gongshan-linkagefund-2022": gongshan,
    "ceheng-rockydesert-2020": ceheng,
    "maqu-echinococcosis-2018": maqu,
    "wuqia-schoolimprove-2023": wuqia,
    "dingri-ruralroad-2021": dingri,
    "haiyuan-beefcattle-2025": haiyuan,
}

NO_FUNDS_TABLE = {"maqu-echinococcosis-2018"}  # Gansu transfer-payment outline: funds in the text only

LEVEL_SUMS = {  # level-1 score sums stated in the text, checked against the parsed table
    "haiyuan-beefcattle-2025": {"产出指标": "49.16", "效益指标": "29.80", "满意度指标": "10"},
}


def check_clean(pid):
    text = read(pid + "-clean.txt")
    n = len(text)
    if not 2500 <= n <= 7000:
        fail("%s: clean draft has %d characters" % (pid, n))
    year = int(pid.rsplit("-", 1)[1])
    if ("%d年度" % year) not in text.split("\n\n")[0] and ("%d年度" % year) not in text[:200]:
        fail(pid + ": evaluation year not in the title")
    if "年度：" in text and ("年度：%d年" % year) not in text:
        fail(pid + ": table header year")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        if int(y) != year:
            fail("%s: 截至%s年12月31日 in a %d report" % (pid, y, year))
    for y in re.findall(r"结转(?:至)?(\d{4})年", text):
        if int(y) <= year:
            fail("%s: carried over to %s in a %d report" % (pid, y, year))
    for y, mth in re.findall(r"(\d{4})年(\d{1,2})月\d{1,2}日(?:由[^，。]{0,20})?(?:提前)?下达", text):
        if not (int(y) == year or (int(y) == year - 1 and int(mth) == 12)):
            fail("%s: funds issued %s-%s in a %d report" % (pid, y, mth, year))
    # indicator table
    rows = parse_space_table(text, "一级指标", "合计")
    if rows is None or len(rows) < 5 or len(rows[1]) < 8:
        rows = parse_flat_table(text, "一级指标")
    if not rows:
        fail(pid + ": no indicator table")
    else:
        body = check_indicators(pid, rows, text)
        if body and pid in LEVEL_SUMS:
            for l1, stated in LEVEL_SUMS[pid].items():
                got = sum(num(r[7]) for r in body if r[0] == l1)
                if not consistent(got, stated):
                    fail("%s: %s scores %.2f vs stated %s" % (pid, l1, got, stated))
        # execution row agrees with the stated execution rate
        if body:
            ex = body[0]
            if not ex[0].startswith("预算执行"):
                fail(pid + ": first row is not the execution row")
            elif ("预算执行率%s" % ex[4]) not in text:
                fail("%s: execution rate %s of the table not in the text" % (pid, ex[4]))
    # funds table
    for hs in ("资金情况（万元）", "资金来源", "项目"):
        frows = parse_space_table(text, hs, "\x00")
        if frows and len(frows) > 2 and len(frows[0]) >= 5 and len(frows[1]) == len(frows[0]):
            break
        frows = parse_flat_table(text, hs)
        if frows and len(frows) > 2 and len(frows[0]) >= 5:
            break
        frows = None
    if not frows:
        if pid not in NO_FUNDS_TABLE:
            fail(pid + ": no funds table")
    else:
        check_funds(pid, frows)
    EXPLICIT[pid](C(pid, text))


def main():
    labels, code_count = check_labels()
    for pid in PROJECTS:
        check_clean(pid)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print("%d failures" % len(FAIL))
        return 1
    n_err = sum(1 for r in labels if not r["clean"])
    print("cases: %d (%d clean, %d with one error); codes: %s"
          % (len(labels), len(labels) - n_err, n_err, ", ".join("%s %d" % kv for kv in sorted(code_count.items()))))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
