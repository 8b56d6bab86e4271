#!/usr/bin/env python3
"""Verify drafts283.

1. labels.jsonl: one line per case file, every label value occurs in its case, clean cases have no expected findings.
2. Every error case differs from its clean draft in exactly one contiguous place (small), and the label value
   overlaps that place; the 13 codes of errors.md section A each occur at least twice.
3. Every clean draft is arithmetically consistent: the funds block and indicator block of each ｜ table are
   re-computed (components, 执行率, execution score, 完成率, row score rule, weights, score total, grade), and a list
   of prose statements per draft is re-computed from the figures printed in the draft.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

problems = []


def fail(msg):
    problems.append(msg)


def D(x):
    return Decimal(str(x))


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def near(computed, stated):
    """rules.md §8: stated v with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
               "差": "差", "较差": "差", "不合格": "差"}

NUM = re.compile(r"-?\d+(?:\.\d+)?")


def parse_quantity(cell):
    """'≥2.5万人次' -> ('gte', Decimal('2.5'), '万人次'); '34场' -> ('eq', 34, '场'); dates/text -> None."""
    c = cell.strip()
    if not c or c == "—" or "年" in c and "月" in c:
        return None
    direction = "eq"
    for sign, d in (("≥", "gte"), ("＞＝", "gte"), (">=", "gte"), ("≤", "lte"), ("＜＝", "lte"), ("<=", "lte")):
        if c.startswith(sign):
            direction, c = d, c[len(sign):]
            break
    m = re.match(r"^(-?\d+(?:\.\d+)?)(.*)$", c)
    if not m:
        return None
    return direction, D(m.group(1)), m.group(2).strip()


def completion(target, actual):
    direction, t, unit_t = target
    _, a, unit_a = actual
    if unit_t != unit_a:
        return None, f"unit {unit_t!r} vs {unit_a!r}"
    if direction == "lte":
        return (D(1) if a <= t else t / a), None
    if t == 0:
        return (D(1) if a <= 0 else D(0)), None
    return a / t, None


def check_tables(name, text):
    """Rebuild every ｜ table of the draft and redo its arithmetic. Returns (weight_total, score_total, stated)."""
    lines = text.split("\n")
    found_funds = found_ind = False
    exec_weight = exec_score = None
    for i, line in enumerate(lines):
        cells = line.split("｜")
        # ---- funds block ----
        if "年初预算数" in line and "全年预算数" in line and "执行率" in line:
            found_funds = True
            hdr = cells
            col = {h: k for k, h in enumerate(hdr)}
            rows = []
            for nxt in lines[i + 1:]:
                c = nxt.split("｜")
                if len(c) != len(hdr):
                    break
                rows.append(c)
            total, parts = rows[0], rows[1:]
            for key in ("年初预算数", "全年预算数", "全年执行数"):
                k = col[key]
                tot = D(total[k])
                s = sum((D(p[k]) for p in parts if p[k].strip() not in ("—", "")), D(0))
                if s != tot:
                    fail(f"{name}: funds column {key}: parts {s} != total {tot}")
            for row in rows:
                b, e, rate = row[col["全年预算数"]], row[col["全年执行数"]], row[col["执行率"]]
                if rate.strip() in ("—", ""):
                    if b.strip() not in ("—", "") and D(b) != 0 and row is total:
                        fail(f"{name}: total execution rate missing")
                    continue
                if D(b) == 0:
                    fail(f"{name}: rate {rate} on a zero base in row {row[0]}")
                    continue
                if not near(D(e) / D(b) * 100, rate):
                    fail(f"{name}: row {row[0]} rate {rate} != {D(e) / D(b) * 100:.4f}")
                if D(rate.rstrip("%")) > 100:
                    fail(f"{name}: row {row[0]} rate above 100%")
            exec_weight = D(total[col["分值"]])
            exec_score = total[col["得分"]]
            r = D(total[col["全年执行数"]]) / D(total[col["全年预算数"]])
            printed = D(total[col["执行率"]].rstrip("%")) / 100
            if not (near(exec_weight * min(r, D(1)), exec_score) or near(exec_weight * min(printed, D(1)), exec_score)):
                fail(f"{name}: execution score {exec_score} != {exec_weight} × {r:.6f}")
        # ---- indicator block ----
        if "三级指标" in line and "分值" in line and "得分" in line:
            found_ind = True
            hdr = cells
            col = {}
            for k, h in enumerate(hdr):
                for key in ("年度指标值", "实际完成值", "分值", "得分"):
                    if h == key:
                        col[key] = k
                if "完成率" in h:
                    col["完成率"] = k
            wsum, ssum = exec_weight, D(exec_score)
            level1 = Counter()
            stated_total = stated_weight = stated_grade = None
            for nxt in lines[i + 1:]:
                c = nxt.split("｜")
                if len(c) < 2:
                    break
                if c[0] in ("总分", "合计"):
                    stated_weight, stated_total = c[col["分值"]], c[col["得分"]]
                    m = re.search(r"等级[：:]\s*(\S+)", nxt)
                    stated_grade = m.group(1) if m else None
                    break
                w, s = D(c[col["分值"]]), D(c[col["得分"]])
                wsum += w
                ssum += s
                level1[c[0]] += w
                if s > w or s < 0:
                    fail(f"{name}: row {c[2]} score {s} outside [0, {w}]")
                t = parse_quantity(c[col["年度指标值"]])
                a = parse_quantity(c[col["实际完成值"]])
                if t is None or a is None:
                    if "完成率" in col and c[col["完成率"]].strip() not in ("—", ""):
                        fail(f"{name}: row {c[2]} has a completion rate without quantities")
                    continue
                comp, err = completion(t, a)
                if err:
                    fail(f"{name}: row {c[2]}: {err}")
                    continue
                if "完成率" in col:
                    stated = c[col["完成率"]]
                    if not near(comp * 100, stated):
                        fail(f"{name}: row {c[2]} completion {stated} != {comp * 100:.4f}")
                    printed = D(stated.rstrip("%")) / 100
                else:
                    printed = comp
                if not (near(w * min(comp, D(1)), c[col["得分"]]) or near(w * min(printed, D(1)), c[col["得分"]])):
                    fail(f"{name}: row {c[2]} score {s} != {w} × min({comp:.6f}, 1)")
            if wsum != 100 or D(stated_weight) != 100:
                fail(f"{name}: weights add to {wsum}, stated {stated_weight}")
            for l1, expect in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
                if level1[l1] != expect:
                    fail(f"{name}: {l1} weights {level1[l1]} != {expect}")
            if not near(ssum, stated_total):
                fail(f"{name}: scores add to {ssum}, stated {stated_total}")
            if stated_grade and GRADE_WORDS.get(stated_grade) != grade(stated_total):
                fail(f"{name}: grade {stated_grade} but total {stated_total} is {grade(stated_total)}")
    return found_funds, found_ind


# ---------- prose statements per clean draft ----------
# (stated string as printed, computed value, snippets that must occur in the draft)
def prose_checks():
    S = {}
    S["zj-tonglu-saishi-2023"] = [
        ("150.00", D("120.00") + D("18.00") + D("12.00"), ["年初预算安排120.00万元", "追加经费18.00万元", "社会赞助资金12.00万元", "调整为150.00万元"]),
        ("150.00", D("138.00") + D("12.00"), ["其中财政拨款138.00万元、其他资金12.00万元"]),
        ("95.68", D("143.52") / D("150.00") * 100, ["实际支出143.52万元，预算执行率95.68%"]),
        ("143.52", D("96.40") + D("21.36") + D("13.76") + D("12.00"), ["赛事组织承办费96.40万元、裁判及工作人员劳务费21.36万元、场地器材及保险费13.76万元、社会赞助物资及奖品12.00万元"]),
        ("6.48", D("150.00") - D("143.52"), ["未使用的财政资金6.48万元"]),
        ("6.48", D("138.00") - D("131.52"), ["｜138.00｜131.52｜"]),
        ("4", D(34) - D(30), ["举办县级全民健身赛事活动34场，比年度目标多4场"]),
        ("0.36", D("2.86") - D("2.5"), ["2.86万人次，超出年度目标0.36万人次"]),
        ("94.12", D(32) / D(34) * 100, ["34场赛事中按期举办32场，按期举办率94.12%"]),
        ("50.18", D("143.52") * 10000 / (D("2.86") * 10000), ["人均赛事保障成本50.18元"]),
        ("93.60", D(468) / D(500) * 100, ["周边消费468万元，为目标值500万元的93.60%"]),
        ("1.2", D("43.6") - D("42.4"), ["达到43.6%，比上年的42.4%提高1.2个百分点"]),
        ("95.2", D(1190) / D(1250) * 100, ["有效问卷1250份，表示满意和基本满意的1190份，参赛群众满意度95.2%"]),
        ("49.91", D(10) + D(10) + D(6) + D(4) + D("9.91") + D(10), ["产出指标得分49.91分"]),
        ("29.36", D("9.36") + D(10) + D(10), ["效益指标得分29.36分"]),
        ("98.84", D("9.57") + D("49.91") + D("29.36") + D(10), ["预算执行率得分9.57分", "满意度指标得分10分，自评总分98.84分，评价等级为“优”"]),
    ]
    S["fj-zherong-zhidaoyuan-2021"] = [
        ("24.00", D("10.00") + D("14.00"), ["项目年初预算24.00万元，其中省级全民健身专项补助资金10.00万元、县级财政安排14.00万元", "全年预算24.00万元", "到位率100%"]),
        ("93.25", D("22.38") / D("24.00") * 100, ["全年实际支出22.38万元，预算执行率93.25%"]),
        ("22.38", D("6.12") + D("7.84") + D("6.90") + D("1.52"), ["培训场地及教学器材费6.12万元，授课专家劳务及差旅费7.84万元，学员食宿及教材费6.90万元，考核认证及服装费1.52万元"]),
        ("1.62", D("24.00") - D("22.38"), ["项目结余1.62万元"]),
        ("236", D(62) + D(58) + D(55) + D(61), ["参训62人", "参训58人", "参训55人", "参训61人", "4期合计培训236人"]),
        ("59", (D(62) + D(58) + D(55) + D(61)) / 4, ["平均每期59人"]),
        ("236", D(168) + D(68), ["三级社会体育指导员168人、二级社会体育指导员68人"]),
        ("66.20", (D(236) / D(142) - 1) * 100, ["比2020年的142人增长66.20%"]),
        ("97.03", D(229) / D(236) * 100, ["合格229人，考核合格率97.03%"]),
        ("948.31", D("22.38") * 10000 / D(236), ["人均培训成本948.31元"]),
        ("78.60", D(180) / D(229) * 100, ["考核合格的229名新获证指导员中，已有180人", "上岗服务率78.60%"]),
        ("36", D(236) - D(200), ["培训人数超出年度指标36人"]),
        ("1.40", D(80) - D("78.60"), ["偏离年度指标1.40个百分点"]),
        ("95.00", D(209) / D(220) * 100, ["回收有效问卷220份，其中表示满意的209份，学员满意度95.00%"]),
        ("100", D(10) + D(50) + D(30) + D(10), ["分值分别为10分、50分、30分和10分"]),
        ("50", D(20) + D(15) + D(5) + D(10), ["产出指标50分，分为数量指标20分、质量指标15分、时效指标5分、成本指标10分"]),
        ("20", D(10) + D(10), ["培训期数、培训人数各10分"]),
        ("30", D(15) + D(15), ["效益指标30分，分为社会效益指标15分、可持续影响指标15分"]),
        ("9.33", D(10) * D("22.38") / D("24.00"), ["预算执行率得9.33分（10分×93.25%）"]),
        ("14.74", D(15) * (D(180) / D(229)) / D("0.80"), ["社会效益指标按完成比例得14.74分"]),
        ("29.74", D("14.74") + D(15), ["可持续影响指标得15分，效益指标合计得29.74分"]),
        ("99.07", D("9.33") + D(50) + D("29.74") + D(10), ["综合自评得分99.07分，评价等级为优秀"]),
        ("236", D(236), ["全年共培训社会体育指导员236人、考核合格229人"]),
    ]
    S["sn-mianxian-tiyuzhongxin-2020"] = [
        ("318.75", D("176.35") + D("142.40"), ["全年预算318.75万元", "基本支出176.35万元", "项目支出142.40万元"]),
        ("176.35", D("152.18") + D("24.17"), ["人员经费152.18万元、公用经费24.17万元"]),
        ("142.40", D("60.00") + D("38.40") + D("44.00"), ["免费低收费开放补助60.00万元、全民健身活动经费38.40万元、健身路径及场地维护经费44.00万元"]),
        ("60.00", D("27.65") + D("32.35"), ["预列27.65万元", "追加32.35万元"]),
        ("318.75", D("286.40") + D("32.35"), ["年初预算286.40万元"]),
        ("95.88", D("305.62") / D("318.75") * 100, ["全年支出305.62万元，预算执行率95.88%"]),
        ("305.62", D("176.35") + D("129.27"), ["项目支出129.27万元"]),
        ("90.78", D("129.27") / D("142.40") * 100, ["项目支出129.27万元，执行率90.78%"]),
        ("129.27", D("60.00") + D("31.15") + D("38.12"), ["支出31.15万元", "支出38.12万元"]),
        ("13.13", D("318.75") - D("305.62"), ["年末结转资金13.13万元", "结转至2021年"]),
        ("13.13", (D("38.40") - D("31.15")) + (D("44.00") - D("38.12")), []),
        ("1.86", D("1.44") + D("0.42"), ["“三公”经费支出1.86万元", "公务用车运行维护费1.44万元，公务接待费0.42万元"]),
        ("20.85", (D("2.35") - D("1.86")) / D("2.35") * 100, ["比2019年的2.35万元下降20.85%"]),
        ("93.4", D(467) / D(500) * 100, ["随机调查健身群众500人，表示满意的467人，满意度93.4%"]),
        ("87.73", D("87.73"), ["自评得分87.73分，等级为“良”", "｜100｜87.73｜自评等级：良"]),
        ("21.6", D("21.6"), ["全年接待健身群众21.6万人次", "｜21.6万人次｜"]),
        ("6", D(12) - D(6), ["12项全民健身赛事活动中有6项因疫情取消，全年实际组织6项", "｜6项｜"]),
    ]
    S["gx-lingchuan-julebu-2022"] = [
        ("45.00", D("30.00") + D("15.00"), ["提前下达2022年青少年体育俱乐部扶持资金30.00万元", "配套资金15.00万元，年初预算合计45.00万元"]),
        ("48.60", D("45.00") + D("3.60"), ["追加3.60万元，全年预算48.60万元"]),
        ("48.60", D("30.00") + D("18.60"), ["其中自治区资金30.00万元、县级资金18.60万元"]),
        ("18.60", D("15.00") + D("3.60"), []),
        ("96.40", D("46.85") / D("48.60") * 100, ["全年实际支出46.85万元，预算执行率96.40%"]),
        ("46.85", D("40.00") + D("6.85"), ["扶持资金40.00万元", "培训支出6.85万元"]),
        ("1.75", D("48.60") - D("46.85"), ["年末结余1.75万元"]),
        ("40.00", D("8.00") + D("7.50") + D("6.80") + D("6.00") + D("5.70") + D("6.00"), ["篮球俱乐部8.00万元、足球俱乐部7.50万元、游泳俱乐部6.80万元、武术俱乐部6.00万元、羽毛球俱乐部5.70万元、跆拳道俱乐部6.00万元"]),
        ("6.67", D("40.00") / 6, ["平均每家6.67万元"]),
        ("8.00", max(D("8.00"), D("7.50"), D("6.80"), D("6.00"), D("5.70")), ["单家最高8.00万元"]),
        ("88", D(684) - D(596), ["常年参训青少年684人，比上年的596人增加88人"]),
        ("93.75", D(30) / D(32) * 100, ["教练员32人，其中持有等级证书的30人，持证上岗率93.75%"]),
        ("17", D(5) + D(4) + D(3) + D(3) + D(2), ["输送后备人才17人，其中游泳5人、武术4人、篮球3人、足球3人、跆拳道2人"]),
        ("3", D(20) - D(17), ["后备人才输送17人，比目标少3人"]),
        ("20", D(20), ["12月20日拨付完毕，比计划时间晚20天"]),
        ("88.6", D(443) / D(500) * 100, ["回收有效问卷500份，其中表示满意的443份，满意度88.6%"]),
        ("96.98", D("96.98"), ["自评得分96.98分，等级为优", "｜100｜96.98｜｜自评等级：优"]),
    ]
    S["hlj-zhaoyuan-lujing-2024"] = [
        ("106.00", D("60.00") + D("20.00") + D("26.00"), ["全年预算106.00万元，其中中央集中彩票公益金60.00万元、省级体育彩票公益金20.00万元、县级财政资金26.00万元"]),
        ("69.96", D("74.16") / D("106.00") * 100, ["累计支出74.16万元，预算执行率69.96%"]),
        ("74.16", D("56.70") + D("17.46"), ["中央集中彩票公益金支出56.70万元", "县级资金支出17.46万元"]),
        ("94.50", D("56.70") / D("60.00") * 100, ["支出56.70万元，执行率94.50%"]),
        ("67.15", D("17.46") / D("26.00") * 100, ["县级资金支出17.46万元，执行率67.15%"]),
        ("31.84", D("106.00") - D("74.16"), ["年末结余31.84万元"]),
        ("31.84", D("20.00") + (D("60.00") - D("56.70")) + (D("26.00") - D("17.46")), ["结转至2025年的31.84万元中，省级资金20.00万元、中央资金3.30万元、县级资金8.54万元"]),
        ("64.26", D(42) * D(15300) / 10000, ["健身路径器材购置｜42套｜15300｜64.26"]),
        ("74.16", D("64.26") + D("8.40") + D("1.50"), ["器材安装及基础硬化｜—｜—｜8.40", "第三方检测及验收｜—｜—｜1.50", "合计｜｜｜74.16"]),
        ("1.53", D(15300) / 10000, ["中标单价15300元/套，即单套采购成本1.53万元"]),
        ("1.53", D("64.26") / 42, []),
        ("20", D(20), ["2024年11月20日完工，比计划晚20天"]),
        ("86.5", D(346) / D(400) * 100, ["表示满意的346份，周边群众满意度86.5%"]),
        ("42", D(42), ["全年更新健身路径器材42套，超过年度目标", "全年更新健身路径器材42套，覆盖18个", "42套器材经第三方检测", "｜42套｜105.00%｜"]),
        ("88.54", D("88.54"), ["本项目自评得分88.54分，评价等级为良", "｜100｜88.54｜评价等级：良"]),
    ]
    return S


def check_prose(name, text, checks):
    for stated, computed, snippets in checks:
        for sn in snippets:
            if sn not in text:
                fail(f"{name}: snippet not found: {sn}")
        if not near(computed, stated):
            fail(f"{name}: {stated} != computed {computed}")


def check_grades_in_prose(name, text):
    for m in re.finditer(r"(?:自评总分|自评得分|综合自评得分)(\d+(?:\.\d+)?)分[，,]\s*(?:评价)?等级为[“\"]?([优良中差][秀好等]?)", text):
        if GRADE_WORDS[m.group(2)] != grade(m.group(1)):
            fail(f"{name}: prose grade {m.group(2)} vs total {m.group(1)}")


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    sources = sorted({l["source"] for l in labels})
    if len(sources) != 5:
        fail(f"expected 5 sources, got {len(sources)}")
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] != [] or text != clean:
                fail(f"{lab['case']}: clean label wrong")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold exactly one error")
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        if exp["severity"] != "error" or exp["code"] not in CODES:
            fail(f"{lab['case']}: bad code/severity {exp}")
        v = exp["value"]
        if v not in text:
            fail(f"{lab['case']}: value {v!r} not in case")
        if text == clean:
            fail(f"{lab['case']}: identical to clean draft")
            continue
        p, end_clean, end_case = changed_region(clean, text)
        if end_clean - p > 120 or end_case - p > 120:
            fail(f"{lab['case']}: changed region too long ({end_clean - p}/{end_case - p} chars)")
        # the value must overlap the changed place in the error case
        hits = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(h < max(end_case, p + 1) and p < h + len(v) for h in hits):
            fail(f"{lab['case']}: value does not overlap the change")
        # the clean draft's table is what was edited, or its prose
        line = text[text.rfind("\n", 0, p) + 1:text.find("\n", end_case) if "\n" in text[end_case:] else len(text)]
        where["table" if ("｜" in line or line.startswith("项目支出绩效自评表")) else "prose"] += 1
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    checks = prose_checks()
    for src in sources:
        name = src + "-clean.txt"
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{name}: length {n} outside 3000-9000")
        if src not in checks:
            fail(f"{name}: no prose checks")
            continue
        check_prose(name, text, checks[src])
        check_grades_in_prose(name, text)
        funds, ind = check_tables(name, text)
        if src != "fj-zherong-zhidaoyuan-2021" and not (funds and ind):
            fail(f"{name}: table not found")
    print(f"{len(labels)} labels, {sum(codes.values())} errors ({where['table']} in tables, {where['prose']} in prose)")
    print("codes:", dict(sorted(codes.items())))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
