#!/usr/bin/env python3
"""Verify the n174 set.

1. every label's value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one contiguous place, and the label value covers it;
3. the arithmetic of every clean draft is redone: funds tables, indicator tables (weights, scores,
   totals, subtotals, grades, completion rates, scores from target/actual), plus the prose figures
   of each draft (rates, sums, balances, averages, the same quantity everywhere).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Decimals rule of rules.md §8: |c - v| <= 0.5 * 10^-d."""
    v = D(stated.replace(",", ""))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(cell):
    m = NUM.search(cell)
    return m.group(0) if m else None


# ---------------------------------------------------------------- labels and diffs

def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: length {n} outside 3000-9000")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one finding")
        exp = lab["expected"][0]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        if exp["severity"] != "error":
            fail(f"{lab['case']}: severity must be error")
        if exp["value"] not in text:
            fail(f"{lab['case']}: value {exp['value']!r} not in case")
        clean = read(f"{lab['source']}-clean.txt")
        if clean == text:
            fail(f"{lab['case']}: identical to clean draft")
            continue
        # one contiguous changed region
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        q = 0
        while (q < min(len(clean), len(text)) - p and clean[len(clean) - 1 - q] == text[len(text) - 1 - q]):
            q += 1
        c_reg, e_reg = clean[p:len(clean) - q], text[p:len(text) - q]
        if max(len(c_reg), len(e_reg)) > 80:
            fail(f"{lab['case']}: changed region too long ({c_reg!r} -> {e_reg!r})")
        # the value must cover the changed region at one of its occurrences
        lo, hi = p, len(text) - q
        covered = False
        i = text.find(exp["value"])
        while i >= 0:
            if i <= lo and i + len(exp["value"]) >= hi:
                covered = True
            i = text.find(exp["value"], i + 1)
        if not covered and exp["code"] not in ("score_exceeds_weight",):
            fail(f"{lab['case']}: value does not cover the change {e_reg!r}")
        if not covered and exp["code"] == "score_exceeds_weight":
            # a swap of two rows: the value must at least hold the offending end of the change
            i = text.find(exp["value"])
            if not (i <= hi <= i + len(exp["value"]) or i <= lo <= i + len(exp["value"])):
                fail(f"{lab['case']}: value does not touch the change")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times (< 2)")
    for c in codes:
        if c not in required:
            fail(f"unexpected code {c}")
    return labels


# ---------------------------------------------------------------- tables

def table_blocks(text):
    block = []
    for line in text.split("\n"):
        if "｜" in line:
            block.append(line.split("｜"))
        elif block:
            yield block
            block = []
    if block:
        yield block


def direction(target):
    if any(t in target for t in ("≤", "不高于", "不超过", "以内")):
        return "lte"
    if any(t in target for t in ("≥", "不低于", "不少于", "以上")):
        return "gte"
    return "eq"


def completion(target, actual):
    t, a = D(num(target).replace(",", "")), D(num(actual).replace(",", ""))
    d = direction(target)
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def rule_score(target, actual, weight):
    t, a, w = D(num(target).replace(",", "")), D(num(actual).replace(",", "")), D(weight)
    d = direction(target)
    if d == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return w if a >= t else w * a / t


def unit_of(cell):
    m = re.search(r"\d(?:[\d.,]*)\s*([^\d\s]*)$", cell)
    return m.group(1) if m else None


def check_tables(name, text):
    scored = False
    for block in table_blocks(text):
        header = None
        weights, scores, total = D(0), D(0), None
        sub = {}          # level1 -> [w, s]
        subtot = []       # (level1, w, s) stated
        funds_cols = None
        for row in block:
            cells = [c.strip() for c in row]
            if "分值" in cells and "得分" in cells and "执行率" not in "".join(cells) \
                    or ("分值" in cells and "得分" in cells and "一级指标" in cells):
                header = cells
                continue
            if any(c.startswith("执行率") for c in cells) and "年初预算数" in cells:
                funds_cols = cells
                header = None
                continue
            if funds_cols is not None and header is None and len(cells) == len(funds_cols):
                fc = {k: i for i, k in enumerate(funds_cols)}
                ann = next(i for i, k in enumerate(funds_cols) if k.startswith("全年预算数"))
                exe = next(i for i, k in enumerate(funds_cols) if k.startswith("全年执行数"))
                rate = next(i for i, k in enumerate(funds_cols) if k.startswith("执行率"))
                a, e, r = cells[ann], cells[exe], cells[rate]
                if num(a) is None:
                    continue
                if D(a) == 0:
                    if r != "—":
                        fail(f"{name}: rate on zero base in funds row {cells[0]}")
                else:
                    if not close(num(r), D(e) / D(a) * 100):
                        fail(f"{name}: funds row {cells[0]} rate {r} != {D(e) / D(a) * 100:.4f}")
                    if D(e) > D(a):
                        fail(f"{name}: spending above budget in {cells[0]}")
                if "分值" in fc and num(cells[fc["分值"]]):
                    w = D(cells[fc["分值"]])
                    s = cells[fc["得分"]]
                    if not close(s, w * min(D(e) / D(a), D(1))):
                        fail(f"{name}: execution score {s}")
                    weights += w
                    scores += D(s)
                    scored = True
                continue
            if header is None:
                continue
            h = {k: i for i, k in enumerate(header)}
            first = cells[0]
            wi, si = h["分值"], h["得分"]
            if len(cells) < len(header):
                continue
            if first in ("总分", "合计"):
                total = (cells[wi], cells[si], "｜".join(cells[si + 1:]))
                continue
            if first.endswith("小计"):
                subtot.append((first[:-2], D(cells[wi]), D(cells[si])))
                continue
            w, s = cells[wi], cells[si]
            if num(w) is None:
                continue
            w, s = D(w), D(s)
            scored = True
            weights += w
            scores += s
            sub.setdefault(first, [D(0), D(0)])
            sub[first][0] += w
            sub[first][1] += s
            if s > w or s < 0:
                fail(f"{name}: score {s} > weight {w} in {cells[2]}")
            target, actual = cells[h["年度指标值"]], cells[h["实际完成值"]]
            if num(target) and num(actual) and "年" not in target:
                ut, ua = unit_of(target), unit_of(actual)
                if ut != ua:
                    fail(f"{name}: unit {ut} vs {ua} in {cells[2]}")
                comp = completion(target, actual)
                if "完成率" in h and cells[h["完成率"]] != "—":
                    if not close(num(cells[h["完成率"]]), comp):
                        fail(f"{name}: completion {cells[h['完成率']]} != {comp:.4f} in {cells[2]}")
                rs = rule_score(target, actual, w)
                if not close(str(s), rs) and abs(r2(rs) - s) > D("0.005"):
                    fail(f"{name}: score {s} != rule {rs:.4f} in {cells[2]}")
                if "满意" in cells[2] or actual.endswith("%") and "率" in cells[2]:
                    if D(num(actual)) > 100:
                        fail(f"{name}: rate above 100% in {cells[2]}")
            else:
                # qualitative row: score must lie in [60%, 100%] of the weight
                if not (w * D("0.6") <= s <= w):
                    fail(f"{name}: qualitative score {s} out of band in {cells[2]}")
        if total is not None:
            if D(total[0]) != weights or weights != 100:
                fail(f"{name}: weights {weights} vs stated {total[0]}")
            if not close(total[1], scores):
                fail(f"{name}: scores {scores} vs stated {total[1]}")
            g = re.search(r"[优良中差]", total[2])
            if g and g.group(0) != grade_of(total[1]):
                fail(f"{name}: grade {g.group(0)} for {total[1]}")
        for lvl, w, s in subtot:
            if sub[lvl][0] != w or sub[lvl][1] != s:
                fail(f"{name}: subtotal {lvl} {w}/{s} vs rows {sub[lvl]}")
    return scored


def sum_table(name, text, first_col, total_label="合计"):
    """Numeric columns of the table whose header starts with first_col add up to the 合计 row."""
    for block in table_blocks(text):
        if block[0][0].strip() != first_col:
            continue
        rows = [[c.strip() for c in r] for r in block[1:]]
        tot = [r for r in rows if r[0] == total_label][0]
        body = [r for r in rows if r[0] != total_label]
        for j in range(1, len(tot)):
            if num(tot[j]) is None or tot[j].endswith("%"):
                continue
            s = sum(D(r[j].replace(",", "")) for r in body)
            if not close(tot[j], s):
                fail(f"{name}: column {block[0][j]} sums to {s}, 合计 {tot[j]}")
        return rows
    fail(f"{name}: table {first_col} not found")
    return []


# ---------------------------------------------------------------- prose helpers

class Text:
    def __init__(self, name):
        self.name = name
        self.t = read(name)

    def n(self, pattern, count=None):
        """Decimal from group 1 of a regex that must match; optional exact occurrence count."""
        found = re.findall(pattern, self.t)
        if not found:
            fail(f"{self.name}: pattern {pattern!r} not found")
            return D(0)
        vals = {f if isinstance(f, str) else f[0] for f in found}
        if len(vals) != 1:
            fail(f"{self.name}: pattern {pattern!r} has different values {vals}")
        if count is not None and len(found) != count:
            fail(f"{self.name}: pattern {pattern!r} found {len(found)} times, expected {count}")
        return D(sorted(vals)[0].replace(",", ""))

    def s(self, pattern):
        m = re.search(pattern, self.t)
        if not m:
            fail(f"{self.name}: pattern {pattern!r} not found")
            return ""
        return m.group(1)

    def eq(self, stated, computed, what):
        if not close(str(stated), computed):
            fail(f"{self.name}: {what}: stated {stated} computed {computed}")

    def rate(self, pattern, num_, den, what):
        st = self.s(pattern)
        if st and not close(st, D(num_) / D(den) * 100):
            fail(f"{self.name}: {what}: {st}% vs {D(num_) / D(den) * 100:.4f}%")

    def grade(self, total, label):
        want = grade_of(total)
        if not label.startswith(want):
            fail(f"{self.name}: grade {label} for {total}")

    def same(self, pattern, value):
        """Every match of pattern (group 1) equals value."""
        for m in re.finditer(pattern, self.t):
            if D(m.group(1).replace(",", "")) != D(value):
                fail(f"{self.name}: {pattern!r} gives {m.group(1)}, expected {value}")


# ---------------------------------------------------------------- per-draft arithmetic

def jurong(case="jurong-mediation-2021-clean.txt"):
    x = Text(case)
    ini, ini_f, ini_c = x.n(r"年初预算([\d.]+)万元"), x.n(r"其中当年财政拨款([\d.]+)万元"), x.n(r"上年结转资金([\d.]+)万元")
    add, ann, spent = x.n(r"追加预算([\d.]+)万元"), x.n(r"全年预算调整为([\d.]+)万元"), x.n(r"全年实际支出([\d.]+)万元")
    x.eq(ini, ini_f + ini_c, "年初 = 拨款 + 结转")
    x.eq(ann, ini + add, "全年 = 年初 + 追加")
    x.rate(r"预算执行率([\d.]+)%", spent, ann, "执行率")
    sub, train, honor = x.n(r"补贴([\d.]+)万元，占全年支出"), x.n(r"业务培训([\d.]+)万元"), x.n(r"先进表彰([\d.]+)万元")
    x.eq(spent, sub + train + honor, "支出构成")
    x.rate(r"占全年支出的([\d.]+)%", sub, spent, "补贴占比")
    x.eq(x.n(r"未使用资金([\d.]+)万元"), ann - spent, "结余")
    g, g_amt, h, h_amt = x.n(r"一般纠纷(\d+)件，补贴"), x.n(r"一般纠纷\d+件，补贴([\d.]+)万元"), x.n(r"疑难复杂纠纷(\d+)件"), x.n(r"疑难复杂纠纷\d+件，补贴([\d.]+)万元")
    x.eq(g_amt, g * 200 / 10000, "一般纠纷补贴")
    x.eq(h_amt, h * 500 / 10000, "疑难纠纷补贴")
    x.eq(sub, g_amt + h_amt, "补贴合计")
    cases = x.n(r"共调解矛盾纠纷(\d+)件")
    x.eq(cases, g + h, "案件数")
    x.same(r"调解纠纷(\d+)件", cases)
    x.same(r"｜(\d+)件｜10｜", cases)
    x.eq(x.n(r"增加(\d+)件"), cases - x.n(r"比上年的(\d+)件"), "比上年增加")
    x.rate(r"完成年度目标的([\d.]+)%", cases, 2500, "完成率")
    ok = x.n(r"调解成功(\d+)件")
    x.rate(r"调解成功率([\d.]+)%", ok, cases, "调解成功率")
    x.same(r"成功率([\d.]+)%", x.s(r"调解成功率([\d.]+)%"))
    x.rate(r"合格率([\d.]+)%", x.n(r"合格(\d+)卷"), x.n(r"抽查(\d+)卷"), "卷宗合格率")
    x.rate(r"履行率([\d.]+)%", x.n(r"协议已履行(\d+)件"), ok, "履行率")
    x.rate(r"流失率([\d.]+)%", x.n(r"离岗(\d+)名"), x.n(r"年初在册专职调解员(\d+)名"), "流失率")
    x.rate(r"满意度([\d.]+)%。", x.n(r"满意的(\d+)个"), x.n(r"有效样本(\d+)个"), "满意度")
    x.same(r"满意度([\d.]+)%", x.s(r"满意度([\d.]+)%。"))
    parts = [x.n(r"预算执行得([\d.]+)分"), x.n(r"产出指标得([\d.]+)分"), x.n(r"效益指标得([\d.]+)分"), x.n(r"满意度指标得([\d.]+)分")]
    total = x.n(r"合计([\d.]+)分")
    x.eq(total, sum(parts), "text total")
    x.grade(total, x.s(r"自评等级为“(.)”"))
    x.same(r"｜(\d+\.\d+)｜自评等级", total)
    x.same(r"执行率([\d.]+)%", x.s(r"预算执行率([\d.]+)%"))
    return x


def runan(case="runan-legalaid-2023-clean.txt"):
    x = Text(case)
    c, p, cty, tot = x.n(r"中央补助资金([\d.]+)万元"), x.n(r"省级补助资金([\d.]+)万元"), x.n(r"县级配套资金([\d.]+)万元"), x.n(r"合计([\d.]+)万元。年内")
    x.eq(tot, c + p + cty, "资金来源")
    ann, spent = x.n(r"全年预算([\d.]+)万元"), x.n(r"实际支出([\d.]+)万元")
    x.eq(ann, tot, "全年预算 = 来源合计")
    x.rate(r"预算执行率([\d.]+)%", spent, ann, "执行率")
    case_amt, duty = x.n(r"支付案件补贴([\d.]+)万元"), x.n(r"值班律师补贴([\d.]+)万元")
    x.eq(spent, case_amt + duty, "支出构成")
    x.eq(x.n(r"未支出的([\d.]+)万元"), ann - spent, "未支出")
    crim, civ, adm = x.n(r"刑事案件(\d+)件"), x.n(r"民事案件(\d+)件"), x.n(r"行政案件(\d+)件")
    cases = x.n(r"法律援助案件(\d+)件，其中")
    x.eq(cases, crim + civ + adm, "案件数")
    x.same(r"≥800件｜(\d+)件", cases)
    x.eq(x.n(r"刑事案件补贴([\d.]+)万元"), crim * 800 / 10000, "刑事补贴")
    x.eq(x.n(r"民事案件补贴([\d.]+)万元"), civ * 700 / 10000, "民事补贴")
    x.eq(x.n(r"行政案件补贴([\d.]+)万元"), adm * 700 / 10000, "行政补贴")
    x.eq(case_amt, x.n(r"刑事案件补贴([\d.]+)万元") + x.n(r"民事案件补贴([\d.]+)万元") + x.n(r"行政案件补贴([\d.]+)万元"), "案件补贴合计")
    days = x.n(r"全年值班(\d+)个工作日")
    x.eq(duty, days * 300 / 10000, "值班补贴")
    x.eq(x.n(r"比目标少(\d+)个工作日"), 480 - days, "值班差额")
    x.rate(r"合格率(\d+)%", x.n(r"合格(\d+)件"), x.n(r"抽查结案卷宗(\d+)件"), "合格率")
    x.eq(x.n(r"三类案卷平均得分(\d+)分"), (D(93) + 95 + 91) / 3, "平均分")
    x.eq(x.n(r"比目标少(\d)人"), 30 - x.n(r"律师(\d+)人，比目标"), "律师差额")
    total = x.n(r"本项目总分([\d.]+)分")
    x.same(r"｜([\d.]+)｜自评等级", total)
    x.grade(total, x.s(r"自评等级为“(.)”"))
    x.grade(total, x.s(r"自评等级：(.)"))
    x.same(r"｜(1652\.30)万元", x.n(r"取得利益([\d.]+)万元"))
    return x


def zhijin(case="zhijin-legalservice-2019-clean.txt"):
    x = Text(case)
    ini, prov, cty0 = x.n(r"年初预算([\d.]+)万元"), x.n(r"省级补助资金([\d.]+)万元于"), x.n(r"县级安排([\d.]+)万元")
    x.eq(ini, prov + cty0, "年初构成")
    add, ann = x.n(r"追加县级资金([\d.]+)万元"), x.n(r"全年预算调整为([\d.]+)万元")
    x.eq(ann, ini + add, "全年 = 年初 + 追加")
    spent = x.n(r"全年实际支出([\d.]+)万元")
    x.rate(r"预算执行率([\d.]+)%。", spent, ann, "执行率")
    x.same(r"执行率([\d.]+)%[，；。]原因", x.s(r"预算执行率([\d.]+)%。"))
    cty, cty_sp = x.n(r"县级资金([\d.]+)万元，支出"), x.n(r"支出([\d.]+)万元，执行率")
    x.eq(cty, cty0 + add, "县级资金")
    x.rate(r"支出[\d.]+万元，执行率([\d.]+)%", cty_sp, cty, "县级执行率")
    x.eq(spent, x.n(r"省级补助资金([\d.]+)万元已全部支出") + cty_sp, "来源合计")
    parts = [x.n(r"场地改造([\d.]+)万元"), x.n(r"自助终端购置([\d.]+)万元"), x.n(r"标准化建设([\d.]+)万元"), x.n(r"宣传资料([\d.]+)万元")]
    x.eq(x.n(r"合计([\d.]+)万元。"), sum(parts), "支出内容合计")
    x.eq(spent, sum(parts), "支出内容 = 实际支出")
    x.rate(r"占全年支出的([\d.]+)%", parts[0], spent, "场地占比")
    x.eq(parts[2], 33 * 5000 / D(10000), "工作站 33 x 5000元")
    x.eq(x.n(r"未支出的([\d.]+)万元"), ann - spent, "结转")
    consult = x.n(r"解答群众咨询(\d+)人次")
    x.same(r"≥6000人次｜(\d+)人次", consult)
    x.rate(r"完成目标的([\d.]+)%", consult, 6000, "咨询完成率")
    parts = [x.n(r"产出指标小计｜｜｜｜｜｜50｜(\d+)"), x.n(r"效益指标小计｜｜｜｜｜｜30｜(\d+)"), x.n(r"满意度指标小计｜｜｜｜｜｜10｜(\d+)")]
    x.eq(x.n(r"各项绩效指标共得(\d+)分"), sum(parts), "指标得分")
    exe = x.n(r"预算执行率得([\d.]+)分")
    total = x.n(r"自评总分([\d.]+)分")
    x.eq(total, exe + sum(parts), "total")
    x.same(r"｜100｜([\d.]+)｜优", total)
    x.grade(total, x.s(r"等级为“(.)”"))
    x.same(r"满意度([\d.]+)%", x.s(r"群众满意度([\d.]+)%"))
    return x


def jiashi(case="jiashi-justicedept-2024-clean.txt"):
    x = Text(case)
    ini, add, ann, spent = x.n(r"年初预算([\d.,]+)万元"), x.n(r"年中追加([\d.]+)万元"), x.n(r"全年预算([\d.,]+)万元，全部"), x.n(r"财政拨款。全年支出([\d.,]+)万元")
    x.eq(ann, ini + add, "全年 = 年初 + 追加")
    x.rate(r"预算执行率([\d.]+)%", spent, ann, "执行率")
    basic, pers, pub = x.n(r"基本支出([\d.]+)万元（"), x.n(r"人员经费([\d.]+)万元"), x.n(r"公用经费([\d.]+)万元")
    x.eq(basic, pers + pub, "基本支出构成")
    proj_b, proj_s = x.n(r"项目支出全年预算([\d.]+)万元"), x.n(r"实际支出([\d.]+)万元，执行率")
    x.eq(ann, basic + proj_b, "全年 = 基本 + 项目")
    x.eq(spent, basic + proj_s, "支出 = 基本 + 项目")
    x.rate(r"实际支出[\d.]+万元，执行率([\d.]+)%", proj_s, proj_b, "项目执行率")
    x.eq(x.n(r"结转结余([\d.]+)万元"), ann - spent, "结转结余")
    x.eq(x.n(r"下降([\d.]+)万元"), x.n(r"比上年的([\d.]+)万元") - x.n(r"“三公”经费全年支出([\d.]+)万元"), "三公下降")
    x.eq(x.n(r"年末在册(\d+)人"), x.n(r"年初在册(\d+)人") + x.n(r"新接收(\d+)人") - x.n(r"解除矫正(\d+)人"), "矫正人数")
    # funds table
    rows = {r[0].strip(): r for r in next(b for b in table_blocks(x.t) if b[0][0] == "支出类别")[1:]}
    fin, b, pj, oth, tot = (rows["一、财政拨款"], rows["其中：基本支出"], rows["项目支出"], rows["二、其他资金"], rows["合计"])
    for j in (1, 2, 3):
        x.eq(fin[j], D(b[j]) + D(pj[j]), f"财政拨款 col {j}")
        x.eq(tot[j], D(fin[j]) + D(oth[j]), f"合计 col {j}")
    for r in (fin, b, pj, tot):
        x.eq(num(r[4]), D(r[3]) / D(r[2]) * 100, f"rate {r[0]}")
    if oth[4] != "—":
        fail(f"{x.name}: 其他资金 rate on a zero base")
    x.eq(fin[2].replace(",", ""), ann, "全年预算 in table")
    x.eq(pj[2], proj_b, "项目预算 in table")
    # project table
    rows = sum_table(x.name, x.t, "序号")
    body = [r for r in rows if r[0] != "合计"]
    for r in rows:
        x.eq(num(r[4]), D(r[3]) / D(r[2]) * 100, f"project rate {r[1]}")
        if r[0] != "合计":
            x.grade(r[5], r[6])
    x.eq(rows[-1][2], proj_b, "项目合计 = 项目预算")
    x.eq(x.n(r"平均自评得分([\d.]+)分"), sum(D(r[5]) for r in body) / len(body), "平均分")
    x.rate(r"成功率([\d.]+)%", x.n(r"调解成功(\d+)件"), x.n(r"受理矛盾纠纷(\d+)件"), "调解成功率")
    x.rate(r"达标率([\d.]+)%", 12, 13, "达标率")
    x.rate(r"满意度([\d.]+)%。", x.n(r"满意(\d+)份"), x.n(r"有效问卷(\d+)份"), "满意度")
    parts = [x.n(r"预算执行([\d.]+)分"), x.n(r"产出([\d.]+)分"), x.n(r"效益([\d.]+)分"), x.n(r"满意度([\d.]+)分")]
    total = x.n(r"部门整体自评得分([\d.]+)分")
    x.eq(total, sum(parts), "text total")
    x.same(r"｜100｜([\d.]+)｜优", total)
    x.grade(total, x.s(r"自评等级为“(.)”"))
    return x


def changtai(case="changtai-pufa-2022-clean.txt"):
    x = Text(case)
    ini, add, ann = x.n(r"年初安排该项目预算([\d.]+)万元"), x.n(r"追加([\d.]+)万元"), x.n(r"全年预算([\d.]+)万元")
    x.eq(ann, ini + add, "全年 = 年初 + 追加")
    spent = x.n(r"全年实际支出([\d.]+)万元")
    x.rate(r"执行率([\d.]+)%", spent, ann, "执行率")
    parts = [x.n(r"资料印制([\d.]+)万元"), x.n(r"阵地建设([\d.]+)万元"), x.n(r"主题活动组织([\d.]+)万元"), x.n(r"新媒体宣传([\d.]+)万元")]
    x.eq(spent, sum(parts), "支出构成")
    x.eq(x.n(r"年末结余([\d.]+)万元"), ann - spent, "结余")
    rows = sum_table(x.name, x.t, "季度")
    body = [r for r in rows if r[0] != "合计"]
    acts = x.n(r"全年开展主题普法活动(\d+)场")
    x.eq(rows[-1][1], acts, "活动场次 table vs text")
    x.eq(x.n(r"平均每季度开展(\d+)场"), sum(D(r[1]) for r in body) / len(body), "季度平均")
    x.same(r"资料([\d.]+)万份", rows[-1][3])
    x.same(r"实际([\d.]+)万份", rows[-1][3])
    x.same(r"实际(\d+)场", acts)
    x.rate(r"参考率([\d.]+)%", x.n(r"实考(\d+)人"), x.n(r"应考(\d+)人"), "参考率")
    x.eq(x.n(r"提高([\d.]+)个百分点"), x.n(r"知晓率([\d.]+)%，较") - x.n(r"较2021年的([\d.]+)%"), "知晓率提高")
    x.rate(r"下降([\d.]+)%", x.n(r"由2021年的(\d+)起") - x.n(r"下降到2022年的(\d+)起"), x.n(r"由2021年的(\d+)起"), "诈骗下降")
    x.rate(r"满意度([\d.]+)%", x.n(r"满意的(\d+)份"), x.n(r"回收有效问卷(\d+)份"), "满意度")
    x.eq(x.n(r"超出目标(\d+)%"), (acts - 80) / 80 * 100, "超出目标")
    exe = x.n(r"分值10分，得([\d.]+)分；产出")
    x.eq(exe, r2(10 * spent / ann), "执行得分")
    w_out = [15, 10, 10, 10, 5]
    for w, pat in zip(w_out, ["主题普法活动场次（(\\d+)分", "宣传资料印发数量（(\\d+)分", "法治文化阵地建设（(\\d+)分", "学法考试参考率（(\\d+)分", "宪法宣传周按时完成（(\\d+)分"]):
        x.eq(x.n(pat), w, pat)
    x.eq(x.n(r"产出指标分值(\d+)分"), sum(w_out), "产出权重")
    out = x.n(r"均达到目标，得(\d+)分")
    ben_w = [x.n(r"知晓率（(\d+)分"), x.n(r"示范村创建（(\d+)分"), x.n(r"长效机制建设（(\d+)分")]
    ben_s = [x.n(r"知晓率（\d+分）得(\d+)分"), x.n(r"示范村创建（\d+分）得(\d+)分"), x.n(r"长效机制建设（\d+分）得([\d.]+)分")]
    x.eq(x.n(r"效益指标分值(\d+)分"), sum(ben_w), "效益权重")
    for w, s in zip(ben_w, ben_s):
        if s > w:
            fail(f"{x.name}: score above weight")
    ben = x.n(r"共得([\d.]+)分")
    x.eq(ben, sum(ben_s), "效益得分")
    sat_w, sat = x.n(r"满意度指标分值(\d+)分"), x.n(r"满意度指标分值\d+分，得(\d+)分")
    x.eq(D(10) + sum(w_out) + sum(ben_w) + sat_w, 100, "weights")
    total = x.n(r"自评总分([\d.]+)分")
    x.eq(total, exe + out + ben + sat, "total")
    x.grade(total, x.s(r"等级为“(..)”"))
    return x


def year_checks(x):
    """Money issued / carried over / 截至 dates name the evaluation year of the title."""
    year = int(re.search(r"(20\d\d)年度", x.t).group(1))
    for m in re.finditer(r"结转(?:至)?(20\d\d)年", x.t):
        if int(m.group(1)) <= year:
            fail(f"{x.name}: carried over to {m.group(1)}")
    for m in re.finditer(r"(20\d\d)年12月提前下达", x.t):
        if int(m.group(1)) != year - 1:
            fail(f"{x.name}: advance issued in {m.group(1)}")
    for m in re.finditer(r"截至(20\d\d)年12月31日", x.t):
        if int(m.group(1)) != year:
            fail(f"{x.name}: 截至 {m.group(1)}")
    for m in re.finditer(r"(20\d\d)年度", x.t):
        if int(m.group(1)) not in (year, year + 1):
            fail(f"{x.name}: other year {m.group(1)}年度")


def main():
    check_labels()
    for fn in (jurong, runan, zhijin, jiashi, changtai):
        x = fn()
        scored = check_tables(x.name, x.t)
        if fn is not changtai and not scored:
            fail(f"{x.name}: no scored table found")
        year_checks(x)
    # self-test: the same checks must catch every injected error
    for fn, src in ((jurong, "jurong-mediation-2021"), (runan, "runan-legalaid-2023"),
                    (zhijin, "zhijin-legalservice-2019"), (jiashi, "jiashi-justicedept-2024"),
                    (changtai, "changtai-pufa-2022")):
        for n in range(1, 7):
            case = f"{src}-e{n}.txt"
            before = len(FAIL)
            x = fn(case)
            check_tables(x.name, x.t)
            year_checks(x)
            caught = FAIL[before:]
            del FAIL[before:]
            if not caught:
                fail(f"{case}: the arithmetic checks do not notice the injected error")
            elif "-v" in sys.argv:
                print(case, "->", caught[0])
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
