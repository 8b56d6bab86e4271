#!/usr/bin/env python3
"""Verify set n204: labels, one-place edits, and the arithmetic of every clean draft.

Run after build.py.  Prints one line per problem and OK at the end when there is none.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list: codes and places)

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
problems = []


def bad(msg):
    problems.append(msg)
    print("FAIL", msg)


def decimals(s):
    m = re.search(r"\.(\d+)", s)
    return len(m.group(1)) if m else 0


def num(s):
    return D(re.search(r"-?\d+(?:\.\d+)?", s).group(0))


def close(computed, stated, approx=False):
    v = num(stated)
    if approx:
        return abs(computed - v) <= abs(v) * D("0.01")
    tol = D("0.5") * D(10) ** -decimals(stated) + D("1e-9")
    return abs(computed - v) <= tol


def ev(expr):
    return eval(re.sub(r"(?<![\w.'])(\d+(?:\.\d+)?)", r"D('\1')", expr), {"D": D})


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
               "差": ("差", "较差", "不合格")}

# ---------------------------------------------------------------- explicit checks
# (context that must occur in the draft, expression, stated value inside the context, kind)
# kind: "n" number, "pct" expression is a ratio and stated is a percentage, "approx" 约 (1 %)
CHECKS = {
    "pujiang-datashare-2022": [
        ("年初预算86.00万元", "86.00 + 6.30 + 6.20", "98.50", "n"),
        ("全年预算数调整为98.50万元", "86.00 + 6.30 + 6.20", "98.50", "n"),
        ("专线电路租用费4.36万元，预算执行率95.59%", "52.80 + 28.60 + 8.40 + 4.36", "94.16", "n"),
        ("全年实际支出94.16万元", "52.80 + 28.60 + 8.40 + 4.36", "94.16", "n"),
        ("预算执行率95.59%", "94.16 / 98.50", "95.59%", "pct"),
        ("未支出的4.34万元", "98.50 - 94.16", "4.34", "n"),
        ("较2021年的38个增加8个", "46 - 38", "8", "n"),
        ("月均1300万条", "15600 / 12", "1300", "n"),
        ("较上年的0.98亿条增长59.18%", "(1.56 - 0.98) / 0.98", "59.18%", "pct"),
        ("全年平均99.82%", "(99.76 + 99.85 + 99.81 + 99.86) / 4", "99.82", "n"),
        ("按时响应1170件，按时响应率93.6%", "1170 / 1250", "93.6%", "pct"),
        ("完成年度指标的98.53%", "93.6 / 95", "98.53%", "pct"),
        ("每个部门年均分摊运维费用约11478元", "528000 / 46", "11478", "approx"),
        ("其中表示满意的37份，使用部门满意度92.5%", "37 / 40", "92.5%", "pct"),
        ("超出年度目标30%", "1.56 / 1.2 - 1", "30%", "pct"),
        ("产出指标得分49.91分", "8 + 8 + 6 + 8 + 5.91 + 6 + 8", "49.91", "n"),
        ("效益指标得分28.33分", "9.33 + 10 + 9", "28.33", "n"),
        ("总得分97.80分", "9.56 + 49.91 + 28.33 + 10", "97.80", "n"),
        ("其中：当年财政拨款｜86.00｜92.30｜", "86.00 + 6.30", "92.30", "n"),
        ("｜≥30项｜28项｜10｜9.33｜", "10 * 28 / 30", "9.33", "n"),
    ],
    "fanxian-hotline-2023": [
        ("其中省级补助资金20.00万元、县级财政资金106.00万元", "20.00 + 106.00", "126.00", "n"),
        ("年初预算126.00万元", "20.00 + 106.00", "126.00", "n"),
        ("全年实际支出118.44万元", "84.00 + 16.20 + 12.60 + 5.64", "118.44", "n"),
        ("预算执行率为94.00%", "118.44 / 126.00", "94.00%", "pct"),
        ("年末结余7.56万元", "126.00 - 118.44", "7.56", "n"),
        ("执行率94.00%，得9.40分", "10 * 118.44 / 126.00", "9.40", "n"),
        ("折合每名话务员每月约2917元", "840000 / 24 / 12", "2917", "approx"),
        ("话务员直接答复3.14万件，转办承办单位4.18万件", "3.14 + 4.18", "7.32", "n"),
        ("咨询类3.52万件、求助类1.34万件、投诉类1.76万件、意见建议类0.70万件", "3.52 + 1.34 + 1.76 + 0.70", "7.32", "n"),
        ("其中电话受理5.86万件、网站和微信等网络渠道受理1.46万件", "5.86 + 1.46", "7.32", "n"),
        ("完成年度目标的122.00%", "7.32 / 6", "122.00%", "pct"),
        ("日均受理约200件", "73200 / 365", "200", "approx"),
        ("较2022年的6.51万件增长12.44%", "(7.32 - 6.51) / 6.51", "12.44%", "pct"),
        ("按时办结3.92万件，按时办结率93.78%", "3.92 / 4.18", "93.78%", "pct"),
        ("完成目标的95.63%", "76.5 / 80", "95.63%", "pct"),
        ("分值10分，得9.56分", "10 * 76.5 / 80", "9.56", "n"),
        ("实际为16.18元", "1184400 / 73200", "16.18", "n"),
        ("产出指标合计得49.56分", "10 + 10 + 10 + 9.56 + 10", "49.56", "n"),
        ("效益指标合计得30分", "15 + 15", "30", "n"),
        ("分值分别为10分、50分、30分和10分", "10 + 50 + 30 + 10", "100", "n"),
        ("全年平均95.1%", "(94.2 + 95.6 + 95.0 + 95.6) / 4", "95.1", "n"),
        ("自评得分为98.96分", "9.40 + 49.56 + 30 + 10", "98.96", "n"),
    ],
    "beibei-govcloud-2021": [
        ("调整后全年预算396.00万元", "420.00 - 40.00 + 16.00", "396.00", "n"),
        ("全年支出389.52万元", "236.40 + 84.60 + 52.32 + 16.20", "389.52", "n"),
        ("预算执行率98.36%，剩余6.48万元", "389.52 / 396.00", "98.36%", "pct"),
        ("剩余6.48万元", "396.00 - 389.52", "6.48", "n"),
        ("当年财政拨款｜420.00｜380.00｜", "420.00 - 40.00", "380.00", "n"),
        ("全年平均32.4%", "(28.6 + 31.2 + 33.5 + 36.3) / 4", "32.4", "n"),
        ("其中满意43份，上云部门满意度86%", "43 / 50", "86%", "pct"),
        ("累计提供vCPU 3360核", "3360", "3360", "n"),
        ("产出指标得分48.2分", "9.2 + 8 + 7 + 8 + 5 + 5 + 6", "48.2", "n"),
        ("效益指标得分21.48分", "7 + 6.48 + 8", "21.48", "n"),
        ("合计89.08分", "9.84 + 48.2 + 21.48 + 9.56", "89.08", "n"),
    ],
    "jiyang-govcentre-2024": [
        ("年初部门预算612.40万元，其中基本支出348.60万元、项目支出263.80万元", "348.60 + 263.80", "612.40", "n"),
        ("年度内追加预算43.50万元，其中基本支出3.50万元用于人员调资，项目支出40.00万元", "3.50 + 40.00", "43.50", "n"),
        ("全年预算数为655.90万元", "612.40 + 43.50", "655.90", "n"),
        ("全年支出639.56万元，部门预算执行率97.51%，其中基本支出352.10万元、项目支出287.46万元", "352.10 + 287.46", "639.56", "n"),
        ("部门预算执行率97.51%", "639.56 / 655.90", "97.51%", "pct"),
        ("大厅运行保障（水电、网络、耗材）预算35.80万元", "120.00 + 108.00 + 40.00 + 35.80", "303.80", "n"),
        ("支出32.78万元", "118.20 + 96.48 + 40.00 + 32.78", "287.46", "n"),
        ("年末未支出16.34万元", "655.90 - 639.56", "16.34", "n"),
        ("年末未支出16.34万元", "11.52 + 3.02 + 1.80", "16.34", "n"),
        ("劳务派遣结余11.52万元", "108.00 - 96.48", "11.52", "n"),
        ("运行保障结余3.02万元", "35.80 - 32.78", "3.02", "n"),
        ("物业及安保结余1.80万元", "120.00 - 118.20", "1.80", "n"),
        ("全年人均月费用约2365元", "964800 / 34 / 12", "2365", "approx"),
        ("全年大厅进驻事项1286项，其中区级部门事项1102项、市级下沉事项184项", "1102 + 184", "1286", "n"),
        ("较2023年的18.7万件增长14.44%", "(21.4 - 18.7) / 18.7", "14.44%", "pct"),
        ("平均每个区域262人次", "(312 + 268 + 206) / 3", "262", "n"),
        ("其中好评48120条，好评率99.63%", "48120 / 48300", "99.63%", "pct"),
        ("自评得分99.35分", "9.75 + 10 + 10 + 10 + 9.6 + 10 + 15 + 15 + 10", "99.35", "n"),
    ],
    "wulatezhong-elicense-2020": [
        ("全年预算调整为64.00万元", "58.00 + 6.00", "64.00", "n"),
        ("证照库扩容34.28万元、数据采集整理18.72万元、电子印章制发6.00万元、等保测评5.00万元", "34.28 + 18.72 + 6.00 + 5.00", "64.00", "n"),
        ("项目实际支出52.48万元", "26.00 + 18.72 + 3.60 + 4.16", "52.48", "n"),
        ("预算执行率82.00%", "52.48 / 64.00", "82.00%", "pct"),
        ("年末结余11.52万元", "64.00 - 52.48", "11.52", "n"),
        ("年末结余11.52万元", "8.28 + 2.40 + 0.84", "11.52", "n"),
        ("证照库扩容二期款8.28万元", "34.28 - 26.00", "8.28", "n"),
        ("电子印章制发结余2.40万元", "6.00 - 3.60", "2.40", "n"),
        ("等保测评结余0.84万元", "5.00 - 4.16", "0.84", "n"),
        ("历史证照采集按每张1.2元结算，全年采集15.6万张", "1.2 * 156000 / 10000", "18.72", "n"),
        ("电子印章按每枚500元制发，全年制发72枚", "500 * 72 / 10000", "3.60", "n"),
        ("为旗直部门和苏木镇制发电子印章不少于120枚", "500 * 120 / 10000", "6.00", "n"),
        ("仅完成计划的60.00%", "72 / 120", "60.00%", "pct"),
        ("完成年度目标的62.00%", "1.86 / 3", "62.00%", "pct"),
        ("9—12月调用量分别为3200次、4300次、5100次、6000次", "(3200 + 4300 + 5100 + 6000) / 10000", "1.86", "n"),
        ("月均4650次", "(3200 + 4300 + 5100 + 6000) / 4", "4650", "n"),
        ("其中表示满意的242份，办事群众满意度88%", "242 / 275", "88%", "pct"),
        ("差4项未完成目标", "100 - 96", "4", "n"),
    ],
}

# grade statements: (context holding the grade word, total as stated in the draft)
GRADES = {
    "pujiang-datashare-2022": ("总得分97.80分，评价等级为\"优\"", "97.80"),
    "fanxian-hotline-2023": ("自评得分为98.96分", "98.96", "自评等级为\"优秀\""),
    "beibei-govcloud-2021": ("合计89.08分，评价等级为\"良\"", "89.08"),
    "jiyang-govcentre-2024": ("自评得分99.35分，评价等级为优", "99.35"),
    "wulatezhong-elicense-2020": ("本项目自评等级为良好", "87.78"),
}


def run_explicit(sid, text):
    for ctx, expr, stated, kind in CHECKS[sid]:
        if ctx not in text:
            bad(f"{sid}: context not found: {ctx}")
            continue
        if stated not in ctx and kind != "n" or (kind == "n" and stated not in ctx and stated not in text):
            bad(f"{sid}: stated value {stated} not in context {ctx}")
        c = ev(expr)
        if kind == "pct":
            c = c * 100
        ok = close(c, stated, approx=(kind == "approx"))
        if not ok:
            bad(f"{sid}: {expr} = {c} but stated {stated} ({ctx})")
    g = GRADES[sid]
    ctx, total = g[0], g[1]
    if ctx not in text:
        bad(f"{sid}: grade context not found: {ctx}")
    word_ctx = g[2] if len(g) > 2 else ctx
    if word_ctx not in text:
        bad(f"{sid}: grade word context not found: {word_ctx}")
    band = grade_of(D(total))
    m = re.search(r"等级为\"?(优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)", word_ctx)
    if not m or m.group(1) not in GRADE_WORDS[band]:
        bad(f"{sid}: grade {m.group(1) if m else None} does not fit total {total} ({band})")
    if total not in text:
        bad(f"{sid}: total {total} not in text")


# ---------------------------------------------------------------- table checks
def rows_after(lines, i):
    out = []
    for line in lines[i + 1:]:
        if "｜" not in line:
            break
        out.append(line.split("｜"))
    return out


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_target(s):
    if DATE.search(s):
        return None
    m = re.fullmatch(r"(≥|≤|=)?(\d+(?:\.\d+)?)(.*)", s.strip())
    if not m:
        return None
    return ({"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)], D(m.group(2)), m.group(3))


def rule(direction, t, a, w):
    """completion (%) and score under rules.md §5."""
    if direction == "lte":
        comp = D(100) if a <= t else t / a * 100
    elif direction == "eq" and t == 0:
        comp = D(100) if a <= 0 else D(0)
    else:
        comp = a / t * 100
    score = w * min(comp, D(100)) / 100
    return comp, score


def funds_tables(sid, text):
    """Check every funds table: components add to the total, rates and the execution score."""
    lines = text.split("\n")
    exec_row = None
    for i, line in enumerate(lines):
        if "年初预算数" in line and "全年执行数" in line and "｜" in line:
            head = line.split("｜")
            idx = {name: head.index(name) for name in ("年初预算数", "全年预算数", "全年执行数")}
            rate_col = head.index("执行率") if "执行率" in head else None
            score_col = head.index("得分") if "得分" in head else None
            weight_col = head.index("分值") if "分值" in head else None
            rows = [r for r in rows_after(lines, i) if len(r) == len(head)]
            total = [r for r in rows if r[0] in ("年度资金总额", "合计")]
            parts = [r for r in rows if r[0] not in ("年度资金总额", "合计")]
            if len(total) != 1:
                bad(f"{sid}: funds table without one total row")
                continue
            total = total[0]
            for name, col in idx.items():
                vals = [p[col] for p in parts if re.fullmatch(r"\d+\.\d+", p[col])]
                s = sum((D(v) for v in vals), D(0))
                if not close(s, total[col]):
                    bad(f"{sid}: funds {name}: parts {vals} = {s}, total {total[col]}")
            for r in rows:
                if rate_col is not None and r[rate_col].endswith("%"):
                    b, e = D(r[idx["全年预算数"]]), D(r[idx["全年执行数"]])
                    if e > b or num(r[rate_col]) > 100:
                        bad(f"{sid}: funds rate {r[0]} above 100%")
                    if not close(e / b * 100, r[rate_col]):
                        bad(f"{sid}: funds rate {r[0]}: {e}/{b} vs {r[rate_col]}")
            if score_col is not None and weight_col is not None:
                w = D(total[weight_col])
                b, e = D(total[idx["全年预算数"]]), D(total[idx["全年执行数"]])
                sc = w * min(e / b, D(1))
                if not close(sc, total[score_col]):
                    bad(f"{sid}: execution score {sc} vs {total[score_col]}")
                exec_row = (w, D(total[score_col]))
    return exec_row


def indicator_tables(sid, text, exec_row):
    lines = text.split("\n")
    found = False
    for i, line in enumerate(lines):
        if line.startswith("一级指标｜") and "分值" in line and "得分" in line:
            found = True
            head = line.split("｜")
            c_t, c_a = head.index("年度指标值"), head.index("实际完成值")
            c_w, c_s = head.index("分值"), head.index("得分")
            c_c = head.index("完成率") if "完成率" in head else None
            rows = rows_after(lines, i)
            body = [r for r in rows if r[0] not in ("合计", "总分")]
            tot = [r for r in rows if r[0] in ("合计", "总分")]
            sw, ss = D(0), D(0)
            has_exec = any(r[0] == "预算执行" for r in body)
            if not has_exec:
                if exec_row is None:
                    bad(f"{sid}: no execution score found")
                else:
                    sw += exec_row[0]
                    ss += exec_row[1]
            level = Counter()
            for r in body:
                w, s = D(r[c_w]), D(r[c_s])
                sw += w
                ss += s
                level[r[0]] += w
                if r[c_a].endswith("%") and parse_target(r[c_a]) and parse_target(r[c_a])[1] > 100:
                    bad(f"{sid}: {r[2]} actual rate {r[c_a]} above 100%")
                if not (0 <= s <= w):
                    bad(f"{sid}: score {s} outside [0, {w}] in {r[2]}")
                t, a = parse_target(r[c_t]), parse_target(r[c_a])
                dt, da = DATE.search(r[c_t]), DATE.search(r[c_a])
                if dt or da:  # deadline target: actual must be a date on or before it
                    if not (dt and da):
                        bad(f"{sid}: {r[2]} date target with non-date actual {r[c_a]}")
                    else:
                        on_time = tuple(map(int, da.groups())) <= tuple(map(int, dt.groups()))
                        if on_time and s != w:
                            bad(f"{sid}: {r[2]} met deadline but score {s} of {w}")
                elif t and a and t[2] == a[2]:
                    comp, exp = rule(t[0], t[1], a[1], w)
                    if not close(exp, r[c_s]):
                        bad(f"{sid}: {r[2]} score {r[c_s]} but rule gives {exp}")
                    if c_c is not None and r[c_c] != "—" and not close(comp, r[c_c]):
                        bad(f"{sid}: {r[2]} completion {r[c_c]} but computed {comp}")
                elif t and a:
                    bad(f"{sid}: {r[2]} units differ: {r[c_t]} / {r[c_a]}")
                else:  # qualitative: achieved band [80 %, 100 %]
                    if not (D("0.8") * w <= s <= w):
                        bad(f"{sid}: qualitative {r[2]} score {s} outside achieved band")
            if not close(sw, "100"):
                bad(f"{sid}: weights add to {sw}")
            if len(tot) != 1:
                bad(f"{sid}: indicator table without one total row")
            else:
                if tot[0][c_w] != "100":
                    bad(f"{sid}: total weight cell {tot[0][c_w]}")
                if not close(ss, tot[0][c_s]):
                    bad(f"{sid}: scores add to {ss}, total row {tot[0][c_s]}")
            if level.get("产出指标") != 50 or level.get("效益指标") != 30 or level.get("满意度指标") != 10:
                bad(f"{sid}: level weights {dict(level)}")
    return found


# ---------------------------------------------------------------- main
def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        bad("labels.jsonl and cases/ differ")
    clean = {}
    for sid in build.ORDER:
        text = open(os.path.join(CASES, f"{sid}-clean.txt"), encoding="utf-8").read()
        clean[sid] = text
        if not 3000 <= len(text) <= 9000:
            bad(f"{sid}: clean draft has {len(text)} characters")
        run_explicit(sid, text)
        exec_row = funds_tables(sid, text)
        has_table = indicator_tables(sid, text, exec_row)
        if sid != "fanxian-hotline-2023" and not has_table:
            bad(f"{sid}: no indicator table")
    codes, places = Counter(), Counter()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                bad(f"{lab['case']}: clean case with expectations")
            continue
        if len(lab["expected"]) != 1:
            bad(f"{lab['case']}: expected must hold one finding")
            continue
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        base = clean[lab["source"]]
        value = exp["value"]
        if value not in text:
            bad(f"{lab['case']}: value {value!r} not in case")
        if value in base:
            bad(f"{lab['case']}: value {value!r} also in the clean draft")
        if text == base:
            bad(f"{lab['case']}: identical to clean draft")
            continue
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        changed = (p, len(text) - s)
        region = text[changed[0]:changed[1]]
        # one place: a single cell or phrase, or (like the dev set's compensated edits) the
        # score cells of two adjacent table rows
        if len(region) > 80 or len(base) - s - p > 80 or region.count("\n") > 1:
            bad(f"{lab['case']}: change spans {region!r}")
        occ = [(m.start(), m.start() + len(value)) for m in re.finditer(re.escape(value), text)]
        if not any(a < changed[1] and changed[0] < b for a, b in occ):
            bad(f"{lab['case']}: changed text {region!r} does not overlap value {value!r}")
        if "\n" not in region and not any(a <= changed[0] and changed[1] <= b for a, b in occ):
            bad(f"{lab['case']}: changed text {region!r} not inside value {value!r}")
    for sid, edits in build.EDITS.items():
        places.update(e[1] for e in edits)
        if len(edits) != 6:
            bad(f"{sid}: {len(edits)} edits")
    for c in CODES13:
        if codes[c] < 2:
            bad(f"code {c} occurs {codes[c]} times")
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors "
          f"({places['table']} in tables, {places['prose']} in prose)")
    if problems:
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
