#!/usr/bin/env python3
"""Verify the n129 set.

1. every label value occurs in its case (and, for error cases, not in the clean draft);
2. every error case differs from its clean draft in one place (one contiguous region, at most two adjacent lines);
3. the arithmetic of every clean draft holds: the funds block and the indicator table of the 自评表 are rebuilt
   and rechecked (components, rates, execution score, weights, scores, completion rates, totals, grade, years),
   and a list of prose facts per draft is recomputed (tolerance from the stated decimals, rules.md §8);
4. the set covers each of the 13 §A codes at least twice, with one label per error case.
Prints OK at the end, or the problems and exits 1.
"""
import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def fail(msg):
    PROBLEMS.append(msg)


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = float(stated.strip().rstrip("%"))
    return abs(computed - v) <= 0.5 * 10 ** (-decimals(stated)) + 1e-9


def r2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- prose facts per clean draft
# (expression, stated value, substrings that must occur in the clean draft)
FACTS = {
    "linxi-airstation-2022": [
        ("40.00+46.00", "86.00", ["年初预算86.00万元，其中省级大气污染防治专项资金40.00万元（2021年12月提前下达），县级财政资金46.00万元"]),
        ("58.00+24.00+4.00", "86.00", ["年初预算86.00万元", "自动站第三方运维费58.00万元，微站运维费24.00万元", "标准物质及易耗件购置费4.00万元"]),
        ("12*20000/10000", "24.00", ["年初在运微站12个", "微站运维费24.00万元（每个微站年运维费20000元）"]),
        ("4*20000/10000", "8.00", ["新建的4个乡镇微站", "新建微站运维费8.00万元"]),
        ("8.00+4.40", "12.40", ["新建微站运维费8.00万元和站房空调更换费4.40万元，合计12.40万元"]),
        ("86.00+12.40", "98.40", ["全年预算调整为98.40万元"]),
        ("93.44/98.40*100", "94.96", ["项目实际支出93.44万元，预算执行率94.96%"]),
        ("98.40-40.00", "58.40", ["县级资金全年预算58.40万元"]),
        ("53.44/58.40*100", "91.51", ["支出53.44万元，县级资金支出率91.51%"]),
        ("40.00+53.44", "93.44", ["项目实际支出93.44万元", "支出53.44万元", "省级资金40.00万元已全部支出"]),
        ("98.40-93.44", "4.96", ["未支出的4.96万元"]),
        ("4.00+0.96", "4.96", ["未支出的4.96万元", "未结算部分4.00万元和标准物质及易耗件节余0.96万元"]),
        ("12+4", "16", ["年末在运微站共16个"]),
        ("(93.8+95.2+94.9+94.5)/4", "94.6", ["分别为93.8%、95.2%、94.9%、94.5%，四个季度平均为94.6%"]),
        ("29.00*2", "58.00", ["每站每年29.00万元结算，合计58.00万元"]),
        ("53-49", "4", ["全县PM2.5年均浓度为49微克/立方米，较上年的53微克/立方米下降4微克/立方米"]),
        ("211/365*100", "57.8", ["优良天数211天，优良天数比例57.8%"]),
        ("57.8-55.1", "2.7", ["较上年的55.1%提高2.7个百分点"]),
        ("109/114*100", "95.61", ["收回有效问卷114份，其中“满意”109份，满意度95.61%"]),
        ("111/114*100", "97.37", ["对数据公开及时性的满意度为97.37%"]),
        ("106/114*100", "92.98", ["对故障处置速度的满意度为92.98%"]),
        ("10+10+9.63", "29.63", ["效益指标得分29.63分"]),
        ("9.50+50+29.63+10", "99.13", ["预算执行率得分9.50分，产出指标得分50分，效益指标得分29.63分，满意度指标得分10分，自评总分99.13分"]),
    ],
    "tiantai-soilsurvey-2018": [
        ("10*8.00", "80.00", ["疑似污染地块初步调查10个，每个地块预算8.00万元，计80.00万元"]),
        ("80.00+45.40+24.60", "150.00", ["年初预算150.00万元", "重点监管单位周边监测45.40万元；农用地例行监测24.60万元"]),
        ("2*8.00", "16.00", ["原计划中的2个地块", "调减地块调查经费16.00万元"]),
        ("16.00+2.60", "18.60", ["节约2.60万元", "全年共调减18.60万元"]),
        ("150.00-18.60", "131.40", ["全年预算调整为131.40万元"]),
        ("64.00+45.40+22.00", "131.40", ["全年预算调整为131.40万元", "其中疑似污染地块初步调查64.00万元、重点监管单位周边监测45.40万元、农用地例行监测22.00万元"]),
        ("8*8.00", "64.00", ["疑似污染地块初步调查64.00万元", "完成8个疑似污染地块初步调查"]),
        ("24.60-2.60", "22.00", ["农用地例行监测22.00万元"]),
        ("119.57/131.40*100", "91.00", ["项目实际支出119.57万元，预算执行率91.00%"]),
        ("64.00+36.57+19.00", "119.57", ["项目实际支出119.57万元", "地块初步调查支出64.00万元，周边监测支出36.57万元，农用地例行监测支出19.00万元"]),
        ("131.40-119.57", "11.83", ["年末项目未支出11.83万元"]),
        ("312/8", "39", ["8个地块共布设土壤采样点位312个、地下水监测井24口，平均每个地块39个土壤点位"]),
        ("24/8", "3", ["3口监测井"]),
        ("7/8*100", "87.5", ["7个地块调查报告一次通过专家评审，一次通过率87.5%"]),
        ("42-40", "2", ["农用地例行监测点位42个，比目标多2个"]),
        ("9.10+48.75+30+10", "97.85", ["预算执行得分9.10分，产出指标得分48.75分，效益指标得分30分，满意度指标得分10分，总分97.85分"]),
    ],
    "taojiang-ruralenv-2023": [
        ("420.00+60.00", "480.00", ["年初预算420.00万元", "追加省级资金60.00万元", "全年预算480.00万元"]),
        ("300.00+60.00+120.00", "480.00", ["全年预算480.00万元", "其中中央资金300.00万元、省级资金60.00万元、县级配套资金120.00万元"]),
        ("296.00+144.00+40.00", "480.00", ["全年预算480.00万元", "农村生活污水治理296.00万元（8个行政村，村均37.00万元），农村黑臭水体治理144.00万元（3条），设施运维及第三方监测40.00万元"]),
        ("296.00/8", "37.00", ["村均37.00万元"]),
        ("372.90/480.00*100", "77.69", ["项目实际支出372.90万元，预算执行率77.69%"]),
        ("268.80+76.40+27.70", "372.90", ["项目实际支出372.90万元", "农村生活污水治理支出268.80万元，黑臭水体治理支出76.40万元，设施运维及第三方监测支出27.70万元"]),
        ("480.00-372.90", "107.10", ["未支出107.10万元"]),
        ("2/3*100", "66.67", ["3条黑臭水体中已完成2条，完成率66.67%"]),
        ("39/50*100", "78", ["抽检设施出水水样50个，达标39个，达标率78%"]),
        ("22/25*100", "88", ["新建处理设施25座", "已建的25座处理设施中22座正常运行，正常运行率88%"]),
        ("25-22", "3", ["其余3座"]),
        ("352/400*100", "88", ["发放问卷400份，表示满意的352份，满意度88%"]),
        ("7.77+43.34+26.06+9.78", "86.95", ["预算执行率得分7.77分，产出指标得分43.34分，效益指标得分26.06分，满意度指标得分9.78分，自评总分86.95分"]),
    ],
    "dianjiang-ecoenforce-2024": [
        ("468.30+144.20", "612.50", ["年初预算612.50万元，其中基本支出468.30万元、项目支出144.20万元"]),
        ("22.70+16.00", "38.70", ["追加基本支出22.70万元", "追加项目支出16.00万元，合计追加38.70万元"]),
        ("612.50+38.70", "651.20", ["调整后全年预算651.20万元"]),
        ("468.30+22.70", "491.00", ["其中基本支出491.00万元、项目支出160.20万元"]),
        ("144.20+16.00", "160.20", ["项目支出160.20万元"]),
        ("491.00+160.20", "651.20", ["全年预算651.20万元"]),
        ("637.38/651.20*100", "97.88", ["全年支出637.38万元，部门整体预算执行率97.88%"]),
        ("491.00+146.38", "637.38", ["全年支出637.38万元", "其中基本支出491.00万元，执行率100%；项目支出146.38万元，执行率91.37%"]),
        ("146.38/160.20*100", "91.37", ["项目支出146.38万元，执行率91.37%"]),
        ("62.00+40.00+58.20", "160.20", ["项目支出160.20万元", "执法专项工作经费预算62.00万元", "执法监测委托经费预算40.00万元", "执法装备购置预算58.20万元"]),
        ("62.00+40.00+44.38", "146.38", ["项目支出146.38万元", "支出62.00万元", "支出40.00万元", "实际支出44.38万元"]),
        ("58.20-44.38", "13.82", ["实际支出44.38万元，节约13.82万元"]),
        ("(2*68500+3*28600+20*3800+5*29000)/10000", "44.38",
         ["实际支出44.38万元", "执法无人机2台，单价68500元；便携式水质快检设备3套，每套28600元；执法记录仪20台，每台3800元；移动执法终端5台，每台29000元"]),
        ("3.58-3.26", "0.32", ["支出3.26万元", "较上年的3.58万元减少0.32万元"]),
        ("298+356+372+360", "1386", ["检查排污单位1386家次", "四个季度分别检查298、356、372、360家次"]),
        ("(298+356+372+360)/4", "346.5", ["季均346.5家次"]),
        ("386.42/68", "5.68", ["作出环境行政处罚决定68件，罚没款386.42万元，案均5.68万元"]),
        ("68-60", "8", ["案件数比年度目标多8件"]),
        ("402/428*100", "93.9", ["受理环境信访投诉428件，按期办结402件，按期办结率93.9%"]),
        ("(435-428)/435*100", "1.6", ["全年环境信访投诉428件，较上年的435件下降1.6%"]),
        ("15/16*100", "93.8", ["16个国控、市控地表水断面中15个达到考核要求，达标率93.8%"]),
        ("23/25*100", "92", ["25名在编执法人员中23人持有执法证件，持证上岗率92%"]),
        ("25-23", "2", ["其余2人"]),
        ("432/500*100", "86.4", ["发放问卷500份，满意432份，满意度86.4%"]),
        ("9.79+49.79+21.78+9.60", "90.96", ["自评得分90.96分，其中预算执行率得分9.79分、产出指标得分49.79分、效益指标得分21.78分、满意度指标得分9.60分"]),
    ],
    "jinghe-waterpollution-2020": [
        ("360.00+40.00", "400.00", ["项目资金400.00万元，其中中央水污染防治资金360.00万元", "县级配套资金40.00万元"]),
        ("342.80/400.00*100", "85.70", ["项目实际支出342.80万元，预算执行率85.70%"]),
        ("180.00+62.80+100.00", "342.80", ["项目实际支出342.80万元", "水源地规范化建设支出180.00万元，入河排污口排查整治支出62.80万元，乡镇污水处理站运维及在线监测支出100.00万元"]),
        ("115.92+14.08+50.00", "180.00", ["水源地规范化建设支出180.00万元", "隔离围网支出115.92万元，界标、警示牌支出14.08万元，视频监控系统支出50.00万元"]),
        ("12.6*9.20", "115.92", ["隔离围网支出115.92万元", "建成一级保护区隔离围网12.6公里，每公里造价9.20万元"]),
        ("20-14", "6", ["需整治的问题排污口20个，已完成整治14个", "其余6个排污口"]),
        ("14/20*100", "70.00", ["整治完成率70.00%"]),
        ("271/300*100", "90.3", ["发放问卷300份，271人表示满意，满意度90.3%"]),
        ("8.57+47+27.58+10", "93.15", ["总得分93.15分，其中预算执行率8.57分，产出指标47分，效益指标27.58分，满意度指标10分"]),
    ],
}

GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


NUM = re.compile(r"^([≥≤＞＜>=<]*)\s*(-?\d+(?:\.\d+)?)\s*(.*)$")


def parse_value(cell):
    """(direction, number string, unit) or None for dates / qualitative cells."""
    cell = cell.strip()
    if re.search(r"\d{4}年\d{1,2}月", cell):
        return None
    m = NUM.match(cell)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = "lte" if sign and sign[0] in "≤＜<" else "gte" if sign else "eq"
    return direction, num, unit.strip()


def check_tables(pid, text):
    lines = text.split("\n")
    # ---------------- funds block
    fi = [i for i, l in enumerate(lines) if l.startswith("项目资金（万元）｜")]
    if len(fi) != 1:
        fail(f"{pid}: funds header found {len(fi)} times")
        return None
    head = lines[fi[0]].split("｜")
    col = {name: k for k, name in enumerate(head)}
    rows = {}
    order = []
    for l in lines[fi[0] + 1:]:
        if "｜" not in l or l.startswith("一级指标") or l.startswith("年度总体目标") or l.startswith("｜"):
            break
        cells = l.split("｜")
        name = cells[0].replace("其中：", "").strip("　 ")
        rows[name] = cells
        order.append(name)
    total = rows.get("年度资金总额")
    if not total:
        fail(f"{pid}: no 年度资金总额 row")
        return None
    comps = [n for n in order if n != "年度资金总额"]
    money_cols = [c for c in ("年初预算数", "全年预算数", "全年执行数", "结转结余") if c in col]
    for c in money_cols:
        k = col[c]
        vals = [rows[n][k] for n in comps]
        nums = [float(v) for v in vals if re.match(r"^-?\d+(\.\d+)?$", v)]
        if len(nums) == len(vals) and not close(sum(nums), total[k]):
            fail(f"{pid}: funds column {c}: components {nums} sum {sum(nums):.2f} != total {total[k]}")
    # rates and execution score
    for n in order:
        cells = rows[n]
        ann, ex, rate = cells[col["全年预算数"]], cells[col["全年执行数"]], cells[col["执行率"]]
        if rate in ("—", "", "-"):
            continue
        if float(ann) == 0:
            fail(f"{pid}: {n}: rate {rate} on a zero budget")
            continue
        if not close(float(ex) / float(ann) * 100, rate):
            fail(f"{pid}: {n}: rate {rate} != {ex}/{ann}")
        if float(ex) > float(ann):
            fail(f"{pid}: {n}: spending above budget")
    ann, ex = float(total[col["全年预算数"]]), float(total[col["全年执行数"]])
    if "结转结余" in col and not close(ann - ex, total[col["结转结余"]]):
        fail(f"{pid}: 结转结余 {total[col['结转结余']]} != {ann} - {ex}")
    fund_w, fund_s = float(total[col["分值"]]), total[col["得分"]]
    rate_str = total[col["执行率"]]
    exp1 = fund_w * min(ex / ann, 1)
    exp2 = fund_w * min(float(rate_str.rstrip("%")) / 100, 1)
    if not (close(exp1, fund_s) or close(exp2, fund_s)):
        fail(f"{pid}: execution score {fund_s} != {exp1:.4f}")
    if "未作调整" in text and total[col["年初预算数"]] != total[col["全年预算数"]]:
        fail(f"{pid}: 未作调整 but 年初 != 全年")

    # ---------------- indicator table
    ii = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
    if len(ii) != 1:
        fail(f"{pid}: indicator header found {len(ii)} times")
        return None
    head = lines[ii[0]].split("｜")
    c = {name: k for k, name in enumerate(head)}
    kt, ka, kw, ks = c["年度指标值"], c["实际完成值"], c["分值"], c["得分"]
    kc = c.get("完成率")
    wsum, ssum = fund_w, float(fund_s)
    level = Counter()
    stated_total = None
    for l in lines[ii[0] + 1:]:
        cells = l.split("｜")
        if cells[0] in ("总分", "合计"):
            if not close(wsum, cells[kw]):
                fail(f"{pid}: weights sum {wsum} != {cells[kw]}")
            if abs(wsum - 100) > 1e-9:
                fail(f"{pid}: weights sum {wsum} != 100")
            if not close(ssum, cells[ks]):
                fail(f"{pid}: scores sum {ssum:.2f} != {cells[ks]}")
            stated_total = cells[ks]
            break
        w, s = float(cells[kw]), float(cells[ks])
        wsum += w
        ssum += s
        level[cells[0]] += w
        if s > w or s < 0:
            fail(f"{pid}: score {s} outside [0, {w}] in {cells[2]}")
        t, a = parse_value(cells[kt]), parse_value(cells[ka])
        if t is None and a is None:
            continue
        if (t is None) != (a is None) or t[2] != a[2]:
            fail(f"{pid}: unit of target {cells[kt]} and actual {cells[ka]} differ in {cells[2]}")
            continue
        T, A = float(t[1]), float(a[1])
        if t[0] == "lte":
            comp = 100.0 if A <= T else T / A * 100
        else:
            comp = A / T * 100
        exp = w * min(comp, 100) / 100
        if not (close(exp, cells[ks]) or close(r2(exp), cells[ks])):
            fail(f"{pid}: score {cells[ks]} != {exp:.4f} in {cells[2]}")
        if kc is not None and cells[kc] not in ("—", "") and not close(comp, cells[kc]):
            fail(f"{pid}: completion {cells[kc]} != {comp:.4f} in {cells[2]}")
        if comp < 100 and cells[-1] in ("—", ""):
            fail(f"{pid}: shortfall without a reason in {cells[2]}")
    else:
        fail(f"{pid}: no 总分/合计 row")
    if stated_total is None:
        return None
    # first-level weights (information: default 10/50/30/10)
    if (level["产出指标"], level["效益指标"], level["满意度指标"]) != (50, 30, 10):
        fail(f"{pid}: first-level weights {dict(level)}")
    return float(stated_total)


def check_grade_and_years(pid, text, total):
    year = int(pid.rsplit("-", 1)[1])
    m = re.findall(r"(?:评价等级|自评等级)为[“\"]?(优秀|良好|优|良|中等|中|合格|差)", text)
    if len(m) != 1:
        fail(f"{pid}: grade statements {m}")
    elif GRADES[m[0]] != band(total):
        fail(f"{pid}: grade {m[0]} but total {total} is {band(total)}")
    for s in re.findall(r"(?:自评总分|总得分|自评得分|，总分)(\d+(?:\.\d+)?)分", text):
        if not close(total, s):
            fail(f"{pid}: prose total {s} != table total {total}")
    title = text.split("\n", 3)[:3]
    if not any(f"{year}年度" in t for t in title):
        fail(f"{pid}: year {year} not in the title")
    for y in re.findall(r"（(\d{4})年度）", text):
        if int(y) != year:
            fail(f"{pid}: table year {y}")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        if int(y) != year:
            fail(f"{pid}: 截至 {y}")
    for y, mth in re.findall(r"(\d{4})年(\d{1,2})月(?:由[^，。]*)?提前下达", text):
        if not (int(y) == year - 1 and int(mth) == 12):
            fail(f"{pid}: advance issued {y}-{mth}")
    for y in re.findall(r"结转至(\d{4})年", text):
        if int(y) != year + 1:
            fail(f"{pid}: carried to {y}")
    if not re.search(rf"\n{year + 1}年\d{{1,2}}月(\d{{1,2}}日)?\n?$", text):
        fail(f"{pid}: report not dated in {year + 1}")


def check_facts(pid, text):
    for expr, stated, needs in FACTS[pid]:
        value = eval(expr, {"__builtins__": {}})
        if not close(value, stated):
            fail(f"{pid}: {expr} = {value:.4f}, stated {stated}")
        for n in needs:
            if n not in text:
                fail(f"{pid}: fact text not found: {n}")
        if not any(stated in n for n in needs):
            fail(f"{pid}: stated {stated} not among the quoted text of {expr}")


def one_place(clean, err):
    if clean == err:
        return "identical"
    p = 0
    while p < min(len(clean), len(err)) and clean[p] == err[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
        s += 1
    a, b = clean[p:len(clean) - s], err[p:len(err) - s]
    if max(len(a), len(b)) > 120:
        return f"changed region too long ({len(a)}/{len(b)})"
    cl, el = clean.split("\n"), err.split("\n")
    if len(cl) != len(el):
        return "line count changed"
    diff = [i for i, (x, y) in enumerate(zip(cl, el)) if x != y]
    if len(diff) > 2 or (len(diff) == 2 and diff[1] != diff[0] + 1):
        return f"lines changed: {diff}"
    return None


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels and case files differ")
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if len(clean_text) != 5:
        fail(f"{len(clean_text)} clean drafts")
    codes = Counter()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = clean_text[lab["source"]]
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: {len(lab['expected'])} expected findings")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error" or exp["code"] not in CODES:
                fail(f"{lab['case']}: bad code/severity {exp}")
            if exp["value"] not in text:
                fail(f"{lab['case']}: value {exp['value']!r} not in the case")
            if exp["value"] in clean:
                fail(f"{lab['case']}: value {exp['value']!r} also in the clean draft")
        why = one_place(clean, text)
        if why:
            fail(f"{lab['case']}: not one place: {why}")
    for code in CODES:
        if codes[code] < 2:
            fail(f"code {code} occurs {codes[code]} times")
    for pid, text in clean_text.items():
        n = len(text)
        if not 3000 <= n <= 4000:
            fail(f"{pid}: {n} characters")
        total = check_tables(pid, text)
        if total is not None:
            check_grade_and_years(pid, text, total)
        check_facts(pid, text)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
