#!/usr/bin/env python3
"""Verify drafts277.

1. labels.jsonl: every case exists, every label value occurs in its case (and, for error cases,
   not in the clean draft), codes come from errors.md section A, each of the 13 codes occurs at
   least twice, and each error case differs from its clean draft in exactly one place.
2. Redo the arithmetic of every clean draft: funds tables (components, rates, balances,
   execution score), indicator tables (weights to 100, scores <= weights, scores and completion
   rates by the rules of rules.md section 5, totals), and a list of prose facts per draft
   (sums, rates, balances, averages, completion, grades, same value everywhere).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return Decimal(s.replace(",", ""))


def ndigits(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated_str):
    """rules.md 8: |c - v| <= 0.5 * 10^-d."""
    v = dec(stated_str)
    d = ndigits(stated_str)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- prose facts
NUM_IN_BRACES = re.compile(r"\{([^{}]*)\}")


def snip(text, s, where):
    """s is a snippet with one {number}; assert the snippet (without braces) is in the text
    and return the number string."""
    if s.startswith("="):  # a literal value, not read from the text
        return s[1:]
    plain = s.replace("{", "").replace("}", "")
    if plain not in text:
        fail(f"{where}: snippet not found: {plain}")
        return None
    m = NUM_IN_BRACES.search(s)
    return m.group(1) if m else None


def check_facts(name, text, facts):
    for i, f in enumerate(facts):
        kind = f[0]
        where = f"{name} fact {i} ({kind})"
        if kind == "sum":
            parts = [snip(text, s, where) for s in f[1]]
            total = snip(text, f[2], where)
            if None in parts or total is None:
                continue
            c = sum(dec(p) for p in parts)
            if not close(c, total):
                fail(f"{where}: {' + '.join(parts)} = {c} != {total}")
        elif kind == "diff":
            a, b, c = (snip(text, s, where) for s in f[1:4])
            if None in (a, b, c):
                continue
            if not close(dec(a) - dec(b), c):
                fail(f"{where}: {a} - {b} != {c}")
        elif kind == "rate":  # num/den*100 = pct
            a, b, c = (snip(text, s, where) for s in f[1:4])
            if None in (a, b, c):
                continue
            comp = dec(a) / dec(b) * 100
            if not close(comp, c):
                fail(f"{where}: {a}/{b} = {comp:.4f}% != {c}")
        elif kind == "mean":
            items = [snip(text, s, where) for s in f[1]]
            avg = snip(text, f[2], where)
            if None in items or avg is None:
                continue
            comp = sum(dec(x) for x in items) / len(items)
            if not close(comp, avg):
                fail(f"{where}: mean {comp} != {avg}")
        elif kind == "prod":  # product of parts / scale = total
            parts = [snip(text, s, where) for s in f[1]]
            total = snip(text, f[2], where)
            scale = Decimal(f[3])
            if None in parts or total is None:
                continue
            c = Decimal(1)
            for p in parts:
                c *= dec(p)
            if not close(c / scale, total):
                fail(f"{where}: product/{scale} = {c / scale} != {total}")
        elif kind == "score":  # weight * actual/target capped at weight (gte) = score
            w, t, a, s = (snip(text, x, where) for x in f[1:5])
            if None in (w, t, a, s):
                continue
            comp = min(dec(w) * dec(a) / dec(t), dec(w))
            if not close(r2(comp), s):
                fail(f"{where}: score {comp} != {s}")
        elif kind == "scoresum":
            parts = [snip(text, s, where) for s in f[1]]
            total = snip(text, f[2], where)
            if None in parts or total is None:
                continue
            c = sum(dec(p) for p in parts)
            if not close(c, total):
                fail(f"{where}: scores sum {c} != {total}")
        elif kind == "grade":
            total = snip(text, f[1], where)
            g = f[2]
            if g not in text:
                fail(f"{where}: grade text not found: {g}")
            if total is not None and grade_of(dec(total)) not in g:
                fail(f"{where}: total {total} is {grade_of(dec(total))}, text says {g}")
        elif kind == "count":  # the literal occurs exactly n times (same value everywhere)
            lit, n = f[1], f[2]
            if text.count(lit) != n:
                fail(f"{where}: {lit!r} occurs {text.count(lit)} times, expected {n}")
        elif kind == "absent":  # a conflicting variant must not occur
            if re.search(f[1], text):
                fail(f"{where}: pattern {f[1]!r} found")
        elif kind == "year":  # carry-over goes to a later year than the evaluation year
            y = int(f[1])
            for m in re.finditer(r"结转至(\d{4})年", text):
                if int(m.group(1)) <= y:
                    fail(f"{where}: 结转至{m.group(1)}年 in a {y} report")
            for m in re.finditer(r"（(\d{4})年度）", text):
                if int(m.group(1)) != y:
                    fail(f"{where}: table headed {m.group(1)} in a {y} report")
        else:
            fail(f"{where}: unknown fact kind")


# ---------------------------------------------------------------- tables
def cells(line):
    return [c.strip() for c in line.split("｜")]


def num(s):
    s = s.strip()
    if s in ("", "—", "-"):
        return None
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)%?", s)
    return m.group(1) if m else None


def check_mof_funds(name, text):
    """MOF funds block: 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金,
    columns 年初 | 全年 | 执行 | 分值 | 执行率 | 得分.  Returns the execution score string."""
    rows = {}
    for line in text.splitlines():
        c = cells(line)
        key = c[0].replace("其中：", "")
        if key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金") and len(c) >= 7:
            rows[key] = c
    if not rows:
        return None
    tot = rows["年度资金总额"]
    for col in (1, 2, 3):
        parts = [num(rows[k][col]) or "0" for k in ("当年财政拨款", "上年结转资金", "其他资金")]
        if not close(sum(dec(p) for p in parts), tot[col]):
            fail(f"{name}: funds column {col}: components {parts} != {tot[col]}")
    for k, c in rows.items():
        rate = c[5]
        bud, ex = num(c[2]) or "0", num(c[3]) or "0"
        if rate in ("—", ""):
            continue
        if dec(bud) == 0:
            fail(f"{name}: {k}: rate {rate} on a zero budget")
            continue
        comp = dec(ex) / dec(bud) * 100
        if not close(comp, num(rate)):
            fail(f"{name}: {k}: {ex}/{bud} = {comp:.4f}% != {rate}")
        if comp > 100:
            fail(f"{name}: {k}: rate over 100%")
    comp = dec(tot[3]) / dec(tot[2])
    score = min(comp, Decimal(1)) * dec(tot[4])
    if not (close(r2(score), tot[6]) or close(r2(dec(num(tot[5])) / 100 * dec(tot[4])), tot[6])):
        fail(f"{name}: execution score {score} != {tot[6]}")
    return tot[4], tot[6]


def check_shanxi_funds(name, text):
    rows = {}
    for line in text.splitlines():
        c = cells(line)
        if len(c) == 5 and c[1].startswith("("):
            rows[c[1][:3]] = c
    if not rows:
        return
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c = rows[k]
        if not close(dec(c[3]) + dec(c[4]), c[2]):
            fail(f"{name}: row {k}: {c[3]} + {c[4]} != {c[2]}")
    for col in (2, 3, 4):
        if not close(dec(rows["(3)"][col]) - dec(rows["(4)"][col]), rows["(5)"][col]):
            fail(f"{name}: (5) col {col}")
        if not close(dec(rows["(3)"][col]) / dec(rows["(2)"][col]) * 100, rows["(6)"][col]):
            fail(f"{name}: (6) col {col}")
        if not close(dec(rows["(4)"][col]) / dec(rows["(2)"][col]) * 100, rows["(7)"][col]):
            fail(f"{name}: (7) col {col}")


TARGET = re.compile(r"^(≥|≤|＞|＜)?([0-9]+(?:\.[0-9]+)?)(.*)$")


def parse_val(s):
    m = TARGET.match(s.strip())
    if not m:
        return None
    op = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", None: "eq"}[m.group(1)]
    return op, dec(m.group(2)), m.group(3)


def check_indicators(name, text, funds_weight_score):
    lines = text.splitlines()
    hdr = None
    for i, line in enumerate(lines):
        c = cells(line)
        if c and c[0] == "一级指标" and "分值" in c:
            hdr = (i, c)
            break
    if hdr is None:
        return None
    i0, h = hdr
    iw = h.index("分值")
    isc = h.index("得分") if "得分" in h else h.index("指标得分")
    it = h.index("年度指标值") if "年度指标值" in h else h.index("目标值")
    ia = h.index("实际完成值") if "实际完成值" in h else h.index("业绩值")
    ic = h.index("完成率") if "完成率" in h else None
    wsum = Decimal(0)
    ssum = Decimal(0)
    stated_total = None
    for line in lines[i0 + 1:]:
        c = cells(line)
        if not c or c[0] not in ("产出指标", "效益指标", "满意度指标", "预算执行", "总分", "合计"):
            if c and c[0] and "｜" not in line:
                break
            continue
        if c[0] in ("总分", "合计"):
            stated_total = (c[iw], c[isc])
            continue
        w, s = dec(c[iw]), dec(c[isc])
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{name}: {c[2]}: score {s} outside [0, {w}]")
        t, a = parse_val(c[it]), parse_val(c[ia])
        if t is None or a is None:
            continue  # qualitative
        if t[2] != a[2]:
            fail(f"{name}: {c[2]}: unit {t[2]!r} vs {a[2]!r}")
            continue
        op, T, A = t[0], t[1], a[1]
        if op == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
        elif op == "eq" and T == 0:
            comp = None
        else:
            comp = A / T * 100
        exp_score = w if comp is None and A <= 0 else (
            Decimal(0) if comp is None else min(w * comp / 100, w))
        if not close(r2(exp_score), c[isc]):
            fail(f"{name}: {c[2]}: score {c[isc]} != rule {exp_score}")
        if ic is not None and comp is not None and c[ic] not in ("—", ""):
            if not close(comp, num(c[ic])):
                fail(f"{name}: {c[2]}: completion {c[ic]} != {comp:.4f}")
    if funds_weight_score:
        wsum += dec(funds_weight_score[0])
        ssum += dec(funds_weight_score[1])
    if wsum != 100:
        fail(f"{name}: weights sum to {wsum}")
    if stated_total:
        if not close(wsum, stated_total[0]):
            fail(f"{name}: stated weight total {stated_total[0]} != {wsum}")
        if not close(ssum, stated_total[1]):
            fail(f"{name}: stated score total {stated_total[1]} != {ssum}")
    return ssum


# ---------------------------------------------------------------- per-draft prose facts
FACTS = {
    "hb-chongyang-wanggehua-2021": [
        ("sum", ["年初县财政批复本项目预算{268.00}万元", "追加平台升级经费{12.00}万元", "平台运维尾款{12.60}万元"],
         "全年预算调整为{292.60}万元"),
        ("sum", ["网格员补贴{233.28}万元（", "平台运行维护及升级{36.80}万元", "培训及履职装备{22.52}万元"],
         "全年预算调整为{292.60}万元"),
        ("prod", ["{486}人×400元", "×{400}元/月", "×{12}个月"], "网格员补贴{233.28}万元（", 10000),
        ("sum", ["网格员补贴支出{229.16}万元", "平台运行维护及升级支出{34.75}万元", "培训及履职装备支出{17.52}万元"],
         "项目实际支出{281.43}万元"),
        ("rate", "网格员补贴支出{229.16}万元", "网格员补贴{233.28}万元（", "执行率{98.23}%"),
        ("diff", "全年预算调整为{292.60}万元", "项目实际支出{281.43}万元", "年末未支出{11.17}万元"),
        ("rate", "采集上报各类网格事件{32416}件", "年度目标（{30000}件）", "的{108.05}%"),
        ("year", "2021"),
        ("count", "292.60", 2), ("count", "281.43", 2), ("count", "97.10", 2),
        ("scoresum", ["预算执行得{9.62}分", "产出指标得{49.88}分", "效益指标得{27.6}分", "满意度指标得{10}分"],
         "综合得分{97.10}分"),
        ("scoresum", ["｜8｜{8}｜—", "≥4期｜5期｜6｜{6}｜", "32416件｜6｜{6}｜", "97.8%｜8｜{8}｜", "88.5%｜7｜{6.88}｜",
                      "100%｜100%｜5｜{5}｜", "2.6个工作日｜5｜{5}｜", "400元/人·月｜5｜{5}｜"], "产出指标得{49.88}分"),
        ("scoresum", ["92.5%｜10｜{10}｜", "3.8%｜10｜{7.6}｜", "99.1%｜10｜{10}｜"], "效益指标得{27.6}分"),
        ("grade", "综合得分{97.10}分", "评价等级为“优”"),
    ],
    "sd-tancheng-xinfangjian-2023": [
        ("sum", ["年初预算{150.00}万元", "结转的信访救助资金{18.40}万元"], "全年可用预算{168.40}万元"),
        ("sum", ["信访救助资金{120.00}万元", "律师参与接访服务费{28.80}万元，心理", "心理疏导服务费{6.00}万元",
                 "积案化解工作经费{13.60}万元"], "全年可用预算{168.40}万元"),
        ("sum", ["其中信访救助资金{112.36}万元", "律师参与接访服务费{28.80}万元，心理疏导服务费及",
                 "积案化解工作经费{16.32}万元"], "全年实际支出{157.48}万元"),
        ("sum", ["分别为{38.20}万元", "、{41.56}万元", "、{32.60}万元，平均"], "其中信访救助资金{112.36}万元"),
        ("mean", ["分别为{38.20}万元", "、{41.56}万元", "、{32.60}万元，平均"], "平均每批{37.45}万元"),
        ("rate", "实际支付{4.50}万元", "合同金额{6.00}万元", "支付比例{75.00}%"),
        ("diff", "全年可用预算{168.40}万元", "全年实际支出{157.48}万元", "年末剩余资金{10.92}万元"),
        ("rate", "年内化解{43}件", "{52}件积案全部纳入", "化解率{82.69}%"),
        ("rate", "息诉罢访{35}件", "已化解的{43}件中", "息诉罢访率{81.40}%"),
        ("rate", "｜168.40｜{157.48}｜", "｜{168.40}｜157.48", "｜{93.52}%｜9.35"),
        ("count", "93.52%", 2), ("count", "89.52", 1), ("count", "82.4%", 2), ("count", "12.6%", 3),
        ("grade", "｜100｜{89.52}｜", "综合评定等级为良"),
        ("absent", r"等级为“?优"),
    ],
    "gx-rongshui-tiaojiebutie-2019": [
        ("sum", ["专职人民调解员岗位补贴{19.20}万元（", "“以案定补”补贴{37.80}万元，", "培训经费{3.00}万元"],
         "年初预算{60.00}万元"),
        ("prod", ["（{20}名×", "×{800}元/月", "×{12}个月"], "岗位补贴{19.20}万元（", 10000),
        ("sum", ["一般纠纷{2530}件", "疑难复杂纠纷{392}件"], "共调解各类矛盾纠纷{2922}件"),
        ("sum", ["一般纠纷{2530}件", "疑难复杂纠纷{392}件"], "全年调解{2922}件"),
        ("count", "2922", 3),
        ("prodsum", [["一般纠纷{2530}件", "一般矛盾纠纷每件{100}元"], ["疑难复杂纠纷{392}件", "疑难复杂矛盾纠纷每件{300}元"]],
         "支出{37.06}万元", 10000),
        ("sum", ["岗位补贴{19.20}万元全部", "支出{37.06}万元", "培训支出{2.68}万元"], "全年实际支出{58.94}万元"),
        ("diff", "年初预算{60.00}万元", "全年实际支出{58.94}万元", "年末结余{1.06}万元"),
        ("rate", "共调解各类矛盾纠纷{2922}件", "不少于{2500}件", "年度目标任务的{116.88}%"),
        ("mean", ["分别调解{412}件", "、{286}件", "、{251}件，平均"], "平均每镇{316}件"),
        ("rate", "有{178}个达到", "{206}个村（社区）调委会中", "达标率{86.41}%"),
        ("count", "97.6%", 3), ("count", "95.2%", 2), ("count", "97.92", 2), ("count", "86.41%", 2),
        ("scoresum", ["预算执行得{9.82}分", "产出指标得{50}分", "效益指标得{28.10}分", "满意度指标得{10}分"],
         "总得分{97.92}分"),
        ("grade", "总得分{97.92}分", "等级为“优”"),
        ("year", "2019"),
    ],
    "sx-lingqiu-xinfangju-2022": [
        ("sum", ["信访积案化解专项{40.00}万元", "运行经费{25.00}万元", "排查化解工作经费{20.00}万元",
                 "升级经费{7.60}万元。"], "全年预算资金｜(2)｜285.75｜193.15｜{92.60}"),
        ("sum", ["信访积案化解专项{40.00}万元", "运行经费{25.00}万元", "排查化解工作经费{20.00}万元"],
         "年初预算资金｜(1)｜271.42｜186.42｜{85.00}"),
        ("diff", "全年预算资金｜(2)｜285.75｜193.15｜{92.60}", "年初预算资金｜(1)｜271.42｜186.42｜{85.00}",
         "追加网上信访系统升级经费{7.60}万元"),
        ("rate", "全年支出{277.52}万元", "全年预算{285.75}万元", "预算执行率{97.12}%"),
        ("sum", ["分别接待来访{312}批次", "、{298}批次", "、{341}批次", "、{285}批次，季均"], "接待群众来访{1236}批次"),
        ("mean", ["分别接待来访{312}批次", "、{298}批次", "、{341}批次", "、{285}批次，季均"], "季均{309}批次"),
        ("rate", "化解{667}件", "排查各类矛盾纠纷{714}件", "矛盾纠纷化解率达到{93.4}%"),
        ("scoresum", ["预算执行{9.71}分", "产出指标{49.20}分", "效益指标{28}分", "满意度指标{9.79}分"],
         "自评得分{96.70}分"),
        ("scoresum", ["108.33%｜8｜{8}", "12次｜100.00%｜6｜{6}", "90.00%｜8｜{7.20}", "101.22%｜8｜{8}",
                      "101.58%｜8｜{8}", "41日｜100.00%｜6｜{6}", "39.86万元｜100.00%｜6｜{6}"], "产出指标{49.20}分"),
        ("scoresum", ["115.00%｜10｜{10}", "103.78%｜10｜{10}", "基本健全｜—｜10｜{8}"], "效益指标{28}分"),
        ("grade", "自评得分{96.70}分", "评价等级为优秀"),
        ("count", "97.12", 4), ("count", "96.70", 1),
    ],
    "js-jinhu-zongzhizhongxin-2024": [
        ("sum", ["转移支付资金{60.00}万元", "县级财政资金{120.00}万元"], "年初预算{180.00}万元"),
        ("sum", ["年初预算{180.00}万元", "县财政追加{35.00}万元"], "全年预算调整为{215.00}万元"),
        ("sum", ["设备购置{96.00}万元，镇", "规范化提升补助{88.00}万元（", "视频会商系统{31.00}万元。"],
         "全年预算调整为{215.00}万元"),
        ("prod", ["（{11}个镇（街道）各", "各{8.00}万元）"], "规范化提升补助{88.00}万元（", 1),
        ("sum", ["设备购置支出{93.48}万元", "镇级补助资金{88.00}万元全部", "视频会商系统支出{24.80}万元"],
         "项目共支出{206.28}万元"),
        ("rate", "项目共支出{206.28}万元", "全年预算调整为{215.00}万元", "预算执行率{95.94}%"),
        ("diff", "全年预算调整为{215.00}万元", "项目共支出{206.28}万元", "年末结余{8.72}万元"),
        ("count", "206.28", 2), ("count", "215.00", 2), ("count", "89.64", 1), ("count", "95.94", 1),
        ("rate", "覆盖{7}个镇（街道），占", "{11}个镇（街道）综治中心全部达标", "占目标数的{63.64}%"),
        ("score", "=10", "{11}个镇（街道）综治中心全部达标", "覆盖{7}个镇（街道），占", "按比例得{6.36}分"),
        ("score", "（权重{10}分）。县统计局", "满意度不低于{90}%", "满意度{87.2}%", "按比例得{9.69}分"),
        ("growth", "受理矛盾纠纷{1683}件", "较2023年的{1512}件", "增长{11.31}%"),
        ("execscore", "（权重{10}分）。按全年", "项目共支出{206.28}万元", "全年预算调整为{215.00}万元", "得{9.59}分。\n\n五"),
        ("scoresum", ["县级综治中心建成投用，得{10}分", "全部达标，得{10}分", "超过8个的目标，得{10}分",
                      "按比例得{6.36}分", "按部分达成评分，得{7}分。\n"], "产出指标50分，得{43.36}分"),
        ("scoresum", ["增长11.31%，得{10}分", "调处成功率96.8%，得{10}分", "长效运行按部分达成评分，得{7}分"],
         "效益指标30分，得{27}分"),
        ("scoresum", ["得{9.59}分；产出", "得{43.36}分；效益", "得{27}分；满意度", "得{9.69}分。自评"],
         "自评总分{89.64}分"),
        ("grade", "自评总分{89.64}分", "评价等级为“良好”"),
        ("weights100", ["分别占{10}分、", "、{50}分、30", "、{30}分、10分", "30分、{10}分。"]),
        ("year", "2024"),
    ],
}


def check_extra(name, text, facts):
    rest = []
    for i, f in enumerate(facts):
        where = f"{name} fact {i} ({f[0]})"
        if f[0] == "weights100":
            vals = [snip(text, s, where) for s in f[1]]
            if None not in vals and sum(dec(v) for v in vals) != 100:
                fail(f"{where}: weights {vals} do not sum to 100")
        elif f[0] == "execscore":
            w, a, b, s = (snip(text, x, where) for x in f[1:5])
            if None not in (w, a, b, s) and not close(r2(dec(w) * min(dec(a) / dec(b), Decimal(1))), s):
                fail(f"{where}: execution score {w} x {a}/{b} != {s}")
        elif f[0] == "prodsum":
            tot = Decimal(0)
            bad = False
            for group in f[1]:
                vals = [snip(text, s, where) for s in group]
                if None in vals:
                    bad = True
                    break
                p_ = Decimal(1)
                for v in vals:
                    p_ *= dec(v)
                tot += p_
            total = snip(text, f[2], where)
            if not bad and total is not None and not close(tot / Decimal(f[3]), total):
                fail(f"{where}: sum of products {tot / Decimal(f[3])} != {total}")
        elif f[0] == "growth":
            a, b, c = (snip(text, s, where) for s in f[1:4])
            if None not in (a, b, c) and not close((dec(a) - dec(b)) / dec(b) * 100, c):
                fail(f"{where}: growth ({a}-{b})/{b} != {c}")
        else:
            rest.append(f)
    return rest


def check_clean(name, text):
    if not (3000 <= len(text) <= 9000):
        fail(f"{name}: length {len(text)}")
    fw = check_mof_funds(name, text)
    check_shanxi_funds(name, text)
    ssum = check_indicators(name, text, fw)
    facts = check_extra(name, text, FACTS[name])
    check_facts(name, text, facts)
    return ssum


# ---------------------------------------------------------------- labels and diffs
def one_place(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
                clean_text[rec["source"]] = f.read()
    if len(clean_text) != 5:
        fail(f"expected 5 clean drafts, got {len(clean_text)}")
    counts = {c: 0 for c in CODES}
    n_err = 0
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        n_err += 1
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        if not (3000 <= len(text) <= 9000):
            fail(f"{rec['case']}: length {len(text)}")
        for e in rec["expected"]:
            if e["code"] not in CODES:
                fail(f"{rec['case']}: unknown code {e['code']}")
            else:
                counts[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{rec['case']}: severity {e['severity']}")
            if e["value"] not in text:
                fail(f"{rec['case']}: value not in case: {e['value']!r}")
            if e["value"] in clean_text[rec["source"]]:
                fail(f"{rec['case']}: value also in the clean draft: {e['value']!r}")
        old, new = one_place(clean_text[rec["source"]], text)
        if not new:
            fail(f"{rec['case']}: identical to the clean draft")
        if len(old) > 80 or len(new) > 80:
            fail(f"{rec['case']}: changed region too long ({len(old)}/{len(new)})")
        if not any(new in e["value"] or e["value"] in text for e in rec["expected"]):
            fail(f"{rec['case']}: change not covered")
        # the changed characters must lie inside an occurrence of the value
        start = 0
        while text[start:start + 1] == clean_text[rec["source"]][start:start + 1] and start < len(text):
            start += 1
        end = start + len(new)
        ok = False
        for e in rec["expected"]:
            for m in re.finditer(re.escape(e["value"]), text):
                if m.start() < end and start < m.end():
                    ok = True
        if not ok:
            fail(f"{rec['case']}: no label value overlaps the change at {start}")
    if n_err != 30:
        fail(f"expected 30 error cases, got {n_err}")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} occurs {n} times (< 2)")
    for name, text in clean_text.items():
        check_clean(name, text)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
