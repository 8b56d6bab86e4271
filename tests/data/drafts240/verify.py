#!/usr/bin/env python3
"""Verify drafts240.

1. every case named in labels.jsonl exists; every label value occurs in its case and not in the
   clean draft (so it carries the change); clean cases have no expected findings;
2. every error case differs from its clean draft in one place (one contiguous region) and the
   label value overlaps that region;
3. the arithmetic of every clean draft is redone from the tables and the text: fund rows,
   execution rate and score, components, balances, completion rates, row scores (rules.md §5),
   score <= weight, weights to 100, scores to the total, grade band, averages, per-unit figures,
   and the restated figures of the text.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers

NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num(s):
    """First number in a cell ('≥2600人' -> 2600); '' or '—' -> 0."""
    m = NUM.search(s.replace(",", ""))
    return D(m.group()) if m else D(0)


def decimals(s):
    m = NUM.search(s.replace(",", ""))
    if not m or "." not in m.group():
        return 0
    return len(m.group().split(".")[1])


def agrees(stated, computed):
    """rules.md §8: consistent iff |c - v| <= 0.5 * 10^-d."""
    v, d = num(stated), decimals(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def check(cond, msg):
    if not cond:
        fail(msg)


def eq(stated, computed, what):
    check(agrees(stated, computed), f"{what}: stated {stated}, computed {r2(computed)}")


def present(text, s, pid):
    check(s in text, f"{pid}: expected text not found: {s!r}")


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- table layouts

def rows_flat(text):
    """seed-003 style: one cell per line (tab-indented), blank line between rows."""
    rows = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if lines and all(l.startswith("\t") for l in lines if l):
            rows.append([l[1:] for l in lines])
    return rows


def rows_sep(sep):
    def parse(text):
        return [line.split(sep) for line in text.split("\n") if sep in line]
    return parse


def rows_md(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            out.append([c.strip() for c in s[1:-1].split("|")])
    return out


LAYOUTS = {
    "flat": rows_flat,
    "tab": rows_sep("\t"),
    "fw": rows_sep("｜"),
    "pdf": rows_sep(" "),
    "md": rows_md,
}


def find_row(rows, name, pid, first=False):
    """Cells after the last cell equal to name, in the last (or first) row holding such a cell."""
    hits = [r for r in rows if name in r]
    if not hits:
        fail(f"{pid}: table row not found: {name}")
        return None
    r = hits[0] if first else hits[-1]
    i = len(r) - 1 - r[::-1].index(name)
    return r[i + 1:]


# ---------------------------------------------------------------- scoring rules (rules.md §5)

def completion(direction, target, actual):
    t, a = num(target), num(actual)
    if direction in ("gte", "eq"):
        return a / t * 100
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    return None


def rule_score(direction, weight, target, actual):
    w, t, a = num(weight), num(target), num(actual)
    if direction in ("gte", "eq"):
        return w * min(a / t, D(1))
    if direction == "lte":
        return w if a <= t else w * t / a
    return None


QUAL_BANDS = {"achieved": (D("0.8"), D("1")), "partly": (D("0.6"), D("0.8"))}


# ---------------------------------------------------------------- project specs
# indicator: (name, direction, target, actual, completion or None, weight, score[, qual band])

SPECS = {
    "hb-longyao-gongmu-2019": dict(
        layout="flat", order=("weight", "target", "actual", "completion", "score"),
        funds=[("年度资金总额", "140.00", "300.00", "276.60", "92.20%", "9.22"),
               ("其中：当年财政拨款", "120.00", "280.00", "256.60", "91.64%", None),
               ("上年结转资金", "20.00", "20.00", "20.00", "100.00%", None),
               ("其他资金", "", "", "", "", None)],
        exec_weight="10",
        indicators=[
            ("新建村级公益性公墓", "gte", "≥6个", "6个", "100%", "15", "15"),
            ("新增墓穴数量", "gte", "≥3500个", "3600个", "102.86%", "10", "10"),
            ("工程竣工验收合格率", "gte", "100%", "100%", "100%", "10", "10"),
            ("按期完工率", "gte", "≥90%", "83.33%", "92.59%", "5", "4.63"),
            ("每穴平均建设成本", "lte", "≤800元", "677.22元", "100%", "10", "10"),
            ("殡葬改革政策群众知晓率", "gte", "≥90%", "93%", "103.33%", "10", "10"),
            ("公墓服务覆盖行政村数", "gte", "≥30个", "28个", "93.33%", "10", "9.33"),
            ("新亡人员进公墓集中安葬率", "gte", "≥80%", "85%", "106.25%", "10", "10"),
            ("群众满意度", "gte", "≥90%", "95.6%", "106.22%", "10", "10"),
        ],
        levels={"产出": 5, "效益": 3, "满意度": 1},
        total_label="总分", total=("100", "98.18"), grade="优",
        grade_re=r"总得分([\d.]+)分，评价等级为“(.)”",
        level_scores_re=r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，总得分([\d.]+)分",
    ),
    "fj-pinghe-huimin-2023": dict(
        layout="tab", order=("target", "actual", "weight", "score"),
        funds=[("年度资金总额", "520.00", "580.00", "561.45", "96.80%", "9.68"),
               ("其中：当年财政拨款", "488.00", "548.00", "529.45", "96.61%", None),
               ("上年结转资金", "32.00", "32.00", "32.00", "100.00%", None),
               ("其他资金", "0.00", "0.00", "0.00", "—", None)],
        exec_weight="10",
        indicators=[
            ("享受基本殡葬服务费用减免人数", "gte", "≥2600人", "2713人", None, "10", "10"),
            ("生态安葬奖补例数", "gte", "≥150例", "186例", None, "10", "10"),
            ("困难群众殡葬救助人数", "gte", "≥300人", "312人", None, "5", "5"),
            ("补助对象身份核验准确率", "gte", "100%", "100%", None, "10", "10"),
            ("补助资金兑付及时率", "gte", "≥95%", "92%", None, "5", "4.84"),
            ("遗体基本殡葬服务费用减免标准", "eq", "=1600元/具", "1600元/具", None, "10", "10"),
            ("遗体火化率", "gte", "≥98%", "99.2%", None, "10", "10"),
            ("节地生态安葬率", "gte", "≥20%", "17.6%", None, "10", "8.8"),
            ("惠民殡葬长效保障机制", "qual", "持续完善", "达成年度指标", None, "10", "9", "achieved"),
            ("服务对象满意度", "gte", "≥90%", "96.3%", None, "10", "10"),
        ],
        levels={"产出": 6, "效益": 3, "满意度": 1},
        total_label="总分", total=("100", "97.32"), grade="优",
        grade_re=r"合计([\d.]+)分，评价等级为“(.)”",
        level_scores_re=r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，合计([\d.]+)分",
    ),
    "sd-shanting-sanmai-2020": dict(
        layout="fw", order=("target", "actual", "weight", "score"),
        funds=[("年度资金总额", "400.00", "480.00", "336.00", "70.00%", "7.00"),
               ("其中：当年财政拨款", "400.00", "480.00", "336.00", "70.00%", None),
               ("上年结转资金", "0.00", "0.00", "0.00", "—", None),
               ("其他资金", "0.00", "0.00", "0.00", "—", None)],
        exec_weight="10",
        indicators=[
            ("迁移散埋乱葬坟墓数量", "gte", "≥4000座", "4236座", None, "20", "20"),
            ("平坟复耕复绿到位率", "gte", "≥95%", "97.5%", None, "10", "10"),
            ("迁坟补助资金兑付及时率", "gte", "≥95%", "72%", None, "10", "7.58"),
            ("每座迁坟补助标准", "eq", "=600元", "600元", None, "10", "10"),
            ("腾退土地面积", "gte", "≥150亩", "131.6亩", None, "10", "8.77"),
            ("新增违规乱埋乱葬数量", "lte", "≤5座", "7座", None, "10", "7.14"),
            ("殡葬改革政策知晓率", "gte", "≥85%", "78%", None, "10", "9.18"),
            ("群众满意度", "gte", "≥90%", "86%", None, "10", "9.56"),
        ],
        levels={"产出": 4, "效益": 3, "满意度": 1},
        total_label="总分", total=("100", "89.23"), grade="良",
        grade_re=r"绩效自评得分([\d.]+)分，评价等级为“(.)”",
        level_scores_re=None,
    ),
    "jx-duchang-binyiguan-2024": dict(
        layout="pdf", order=("target", "actual", "weight", "score"),
        funds=[("年度资金总额", "288.00", "318.00", "206.70", "65.00%", "6.50"),
               ("其中：当年财政拨款", "260.00", "290.00", "178.70", "61.62%", None),
               ("上年结转资金", "28.00", "28.00", "28.00", "100.00%", None),
               ("其他资金", "0.00", "0.00", "0.00", "—", None)],
        exec_weight="10",
        indicators=[
            ("完成安装调试火化机台数", "gte", "≥2台", "1台", None, "10", "5"),
            ("烟气处理系统", "eq", "=1套", "1套", None, "10", "10"),
            ("新增遗体冷藏柜格位", "gte", "≥12格", "12格", None, "5", "5"),
            ("设备安装验收合格率", "gte", "100%", "100%", None, "10", "10"),
            ("项目完工时间", "qual", "2024年10月底前", "部分完成", None, "5", "3", "partly"),
            ("设备采购合同总价", "lte", "≤280万元", "265.50万元", None, "10", "10"),
            ("火化烟气排放达标率", "gte", "100%", "100%", None, "10", "10"),
            ("日均火化能力", "gte", "≥12具", "8具", None, "10", "6.67"),
            ("单具遗体火化燃油成本", "lte", "≤350元", "395元", None, "10", "8.86"),
            ("丧属满意度", "gte", "≥90%", "92.4%", None, "10", "10"),
        ],
        levels={"产出": 6, "效益": 3, "满意度": 1},
        total_label="总分", total=("100", "85.03"), grade="良",
        grade_re=r"综合得分([\d.]+)分，评价等级为“(.)”",
        level_scores_re=r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合得分([\d.]+)分",
    ),
    "nx-huinong-gongmu-2022": dict(
        layout="md", order=("target", "actual", "completion", "weight", "score"),
        funds=[("年度资金总额", "150.00", "350.00", "175.00", "50.00%", None),
               ("其中：区级财政资金", "150.00", "150.00", "95.00", "63.33%", None),
               ("自治区补助资金", "0.00", "200.00", "80.00", "40.00%", None),
               ("上年结转资金", "0.00", "0.00", "0.00", "—", None)],
        funds_order=("initial", "annual", "spent", "rate"),
        exec_row=("预算执行率", "100%", "50.00%", "50.00%", "10", "5.00"),
        indicators=[
            ("新增生态安葬墓位", "gte", "≥1200个", "600个", "50.00%", "15", "7.50"),
            ("骨灰堂格位改造", "gte", "≥800格", "740格", "92.50%", "10", "9.25"),
            ("迁移散埋乱葬坟墓", "gte", "≥300座", "280座", "93.33%", "5", "4.67"),
            ("工程质量验收合格率", "gte", "100%", "100%", "100.00%", "10", "10"),
            ("年度工程形象进度", "gte", "≥100%", "50%", "50.00%", "10", "5.00"),
            ("节地生态安葬率", "gte", "≥40%", "34%", "85.00%", "10", "8.50"),
            ("单个墓位平均占地面积", "lte", "≤1平方米", "0.8平方米", "100.00%", "10", "10"),
            ("公墓长效管护制度", "qual", "建立", "已建立", "100.00%", "10", "10", "achieved"),
            ("群众满意度", "gte", "≥90%", "85%", "94.44%", "10", "9.44"),
        ],
        levels={"产出": 5, "效益": 3, "满意度": 1},
        total_label="合计", total=("100", "79.36"), grade="中",
        grade_re=r"综合得分([\d.]+)分，评价等级为“(.)”",
        level_scores_re=r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合得分([\d.]+)分",
    ),
}


def verify_table(pid, text, spec):
    rows = LAYOUTS[spec["layout"]](text)
    # funds block
    funds_order = spec.get("funds_order", ("initial", "annual", "spent", "weight", "rate", "score"))
    parsed = []
    for name, ini, ann, spent, rate, score in spec["funds"]:
        cells = find_row(rows, name, pid)
        if cells is None:
            continue
        got = dict(zip(funds_order, cells))
        for key, want in (("initial", ini), ("annual", ann), ("spent", spent), ("rate", rate)):
            check(got.get(key, "").strip() == want, f"{pid}: funds row {name} {key}: table {got.get(key)!r}, spec {want!r}")
        if num(ann) > 0:
            eq(rate, num(spent) / num(ann) * 100, f"{pid}: {name} 执行率")
        else:
            check(rate in ("", "—"), f"{pid}: {name}: rate {rate!r} on a zero budget")
        if score is not None:
            check(got.get("weight") == spec["exec_weight"], f"{pid}: execution weight")
            r = min(num(spent) / num(ann), D(1))
            eq(score, num(spec["exec_weight"]) * r, f"{pid}: execution score")
        parsed.append((num(ini), num(ann), num(spent)))
    total, comps = parsed[0], parsed[1:]
    for k, col in enumerate(("年初", "全年", "执行")):
        check(sum(c[k] for c in comps) == total[k], f"{pid}: funds components do not add up ({col})")
    check(total[2] <= total[1], f"{pid}: spent above the annual budget")

    # execution row (as an indicator) or execution score from the funds block
    weights, scores = [], []
    if "exec_row" in spec:
        name, tgt, act, comp, w, s = spec["exec_row"]
        cells = find_row(rows, name, pid)
        got = dict(zip(spec["order"], cells))
        for key, want in (("target", tgt), ("actual", act), ("completion", comp), ("weight", w), ("score", s)):
            check(got.get(key) == want, f"{pid}: exec row {key}: table {got.get(key)!r}, spec {want!r}")
        rate = total[2] / total[1] * 100
        eq(act, rate, f"{pid}: exec row actual")
        eq(comp, rate, f"{pid}: exec row completion")
        eq(s, num(w) * min(rate / 100, D(1)), f"{pid}: exec row score")
        weights.append(num(w))
        scores.append(num(s))
    else:
        weights.append(num(spec["exec_weight"]))
        scores.append(num(spec["funds"][0][5]))

    # indicators
    for ind in spec["indicators"]:
        name, direction, tgt, act, comp, w, s = ind[:7]
        cells = find_row(rows, name, pid)
        if cells is None:
            continue
        got = dict(zip(spec["order"], cells))
        for key, want in (("target", tgt), ("actual", act), ("completion", comp), ("weight", w), ("score", s)):
            if want is None:
                continue
            check(got.get(key) == want, f"{pid}: {name} {key}: table {got.get(key)!r}, spec {want!r}")
        check(num(s) <= num(w) and num(s) >= 0, f"{pid}: {name} score {s} outside [0, {w}]")
        if direction == "qual":
            lo, hi = QUAL_BANDS[ind[7]]
            check(lo * num(w) <= num(s) <= hi * num(w), f"{pid}: {name} qualitative score outside its band")
            if comp is not None:
                check(comp in ("100%", "100.00%"), f"{pid}: {name} qualitative completion")
        else:
            c = completion(direction, tgt, act)
            if comp is not None:
                eq(comp, c, f"{pid}: {name} 完成率")
            rs = rule_score(direction, w, tgt, act)
            ok = agrees(s, rs) or (comp is not None and agrees(s, num(w) * min(num(comp) / 100, D(1))))
            check(ok, f"{pid}: {name} score {s}, rule gives {r2(rs)}")
        weights.append(num(w))
        scores.append(num(s))
    wt, st = spec["total"]
    cells = find_row(rows, spec["total_label"], pid)
    vals = [c for c in cells if c.strip()]
    check(vals[:2] == [wt, st], f"{pid}: total row {vals[:2]} vs spec {[wt, st]}")
    check(sum(weights) == num(wt) == 100, f"{pid}: weights add to {sum(weights)}, total row {wt}")
    check(sum(scores) == num(st), f"{pid}: scores add to {sum(scores)}, total row {st}")
    check(grade_of(st) == spec["grade"], f"{pid}: grade {spec['grade']} does not fit {st}")
    # grade and total in the text
    m = re.search(spec["grade_re"], text)
    check(m is not None, f"{pid}: conclusion sentence not found")
    if m:
        check(m.group(1) == st and m.group(2) == spec["grade"], f"{pid}: conclusion {m.groups()} vs table {st}/{spec['grade']}")
    # first-level subtotals stated in the text
    if spec["level_scores_re"]:
        m = re.search(spec["level_scores_re"], text)
        check(m is not None, f"{pid}: level score sentence not found")
        if m:
            ind_scores = scores[1:]
            n_out, n_ben, n_sat = spec["levels"]["产出"], spec["levels"]["效益"], spec["levels"]["满意度"]
            parts = [scores[0], sum(ind_scores[:n_out]), sum(ind_scores[n_out:n_out + n_ben]),
                     sum(ind_scores[n_out + n_ben:n_out + n_ben + n_sat])]
            for got_s, want in zip(m.groups()[:4], parts):
                eq(got_s, want, f"{pid}: level subtotal in the text")
            eq(m.group(5), sum(D(g) for g in m.groups()[:4]), f"{pid}: level subtotals to the total")
            eq(m.group(5), num(st), f"{pid}: text total vs table total")
    # level weights: 产出 50, 效益 30, 满意度 10 (+ 10 execution)
    ind_w = weights[1:]
    n_out, n_ben, n_sat = spec["levels"]["产出"], spec["levels"]["效益"], spec["levels"]["满意度"]
    check(len(ind_w) == n_out + n_ben + n_sat, f"{pid}: level counts")
    check((sum(ind_w[:n_out]), sum(ind_w[n_out:n_out + n_ben]), sum(ind_w[n_out + n_ben:])) == (50, 30, 10),
          f"{pid}: level weights {sum(ind_w[:n_out])}/{sum(ind_w[n_out:n_out + n_ben])}/{sum(ind_w[n_out + n_ben:])}")


# ---------------------------------------------------------------- text facts per project
# (stated figure as written, computed value, text that must contain it)

def W(yuan):
    """元 -> 万元"""
    return D(yuan) / D(10000)


TEXT_FACTS = {
    "hb-longyao-gongmu-2019": [
        ("140.00", D("120.00") + D("20.00"), "年初预算140.00万元，其中县级配套资金120.00万元、2018年结转的省级补助资金20.00万元"),
        ("300.00", D("140.00") + D("160.00"), "补助资金160.00万元，调整后全年预算300.00万元"),
        ("276.60", D("243.80") + D("21.30") + D("11.50"), "项目全年执行276.60万元"),
        ("92.20%", D("276.60") / D("300.00") * 100, "预算执行率92.20%。其中工程建设支出243.80万元，绿化及附属设施支出21.30万元，设计、监理费11.50万元"),
        ("23.40", D("300.00") - D("276.60"), "年末结余23.40万元"),
        ("243.80", D("45.20") + D("38.60") + D("41.50") + D("36.90") + D("42.30") + D("39.30"), "工程建设支出243.80万元"),
        ("40.63", (D("45.20") + D("38.60") + D("41.50") + D("36.90") + D("42.30") + D("39.30")) / 6, "平均每个公墓工程建设投入40.63万元"),
        ("83.33%", D(5) / D(6) * 100, "按期完工率83.33%"),
        ("677.22", D("2438000") / D("3600"), "677.22元"),
        ("677", D("2438000") / D("3600"), "每穴建设成本约677元"),
        ("24", D(85) - D(61), "比2018年的61%提高24个百分点"),
        ("95.6%", D(430) / D(450) * 100, "满意和基本满意430份，群众满意度95.6%"),
        ("100%", D("300.00") / D("300.00") * 100, "到位率100%"),
    ],
    "fj-pinghe-huimin-2023": [
        ("580.00", D("520.00") + D("60.00"), "全年预算580.00万元"),
        ("434.08", W(2713 * 1600), "基本殡葬服务费用减免434.08万元（2713具×1600元）"),
        ("37.20", W(186 * 2000), "生态安葬奖补37.20万元（186例×2000元）"),
        ("31.20", W(312 * 1000), "困难群众殡葬救助31.20万元（312人×1000元）"),
        ("561.45", D("434.08") + D("37.20") + D("31.20") + D("58.97"), "全年支出561.45万元"),
        ("96.80%", D("561.45") / D("580.00") * 100, "预算执行率96.80%"),
        ("18.55", D("580.00") - D("561.45"), "项目资金结余18.55万元"),
        ("24", (D(186) / D(150) - 1) * 100, "超过目标24%"),
        ("96.3%", D(289) / D(300) * 100, "满意289户，满意度为96.3%"),
        ("50", D(10) + D(10) + D(5) + D(10) + D(5) + D(10), "产出、效益、满意度指标分值分别为50分、30分和10分"),
    ],
    "sd-shanting-sanmai-2020": [
        ("480.00", D("400.00") + D("80.00"), "全年预算调整为480.00万元"),
        ("105.90%", D(4236) / D(4000) * 100, "完成年度目标任务的105.90%"),
        ("254.16", W(4236 * 600), "按每座600元标准发放迁坟补助254.16万元"),
        ("336.00", D("254.16") + D("50.00") + D("31.84"), "全年支出336.00万元"),
        ("70.00%", D("336.00") / D("480.00") * 100, "预算执行率70.00%"),
        ("144.00", D("480.00") - D("336.00"), "年末结余144.00万元"),
        ("4236", D(1312) + D(865) + D(2059), "迁移散埋乱葬坟墓4236座，其中公路铁路沿线1312座、河道两侧865座、耕地及生态保护区内2059座"),
        ("4236", D(3180) + D(1056), "迁移散埋乱葬坟墓4236座，其中公路铁路沿线1312座、河道两侧865座、耕地及生态保护区内2059座；迁出坟墓中迁入镇村公益性公墓安置3180座，其余1056座"),
    ],
    "jx-duchang-binyiguan-2024": [
        ("176.00", D("88.00") * 2, "采购安装平板式火化机2台（合同价176.00万元，单价88.00万元）"),
        ("288.00", D("260.00") + D("28.00"), "年初预算288.00万元，其中县级财政资金260.00万元、2023年结转的省级福彩公益金28.00万元"),
        ("318.00", D("288.00") + D("30.00"), "省级福彩公益金30.00万元，全年预算318.00万元"),
        ("206.70", D("114.40") + D("68.50") + D("21.00") + D("2.80"), "累计支付206.70万元"),
        ("114.40", D("88.00") + D("26.40"), "火化机114.40万元（第1台全款88.00万元、第2台预付款26.40万元），烟气处理系统68.50万元，遗体冷藏柜21.00万元，安装调试费2.80万元"),
        ("65.00%", D("206.70") / D("318.00") * 100, "预算执行率65.00%"),
        ("111.30", D("318.00") - D("206.70"), "年末结余111.30万元"),
        ("265.50", D("176.00") + D("68.50") + D("21.00"), "三项设备合同总价265.50万元"),
        ("20", D(8) + D(12), "由原有的8格增加到20格"),
        ("65", D(2316) - D(2251), "2316具，比2023年的2251具增加65具"),
        ("92.4%", D(231) / D(250) * 100, "满意的231份，丧属满意度为92.4%"),
        ("65.00%", D("206.70") / D("318.00") * 100, "预算执行率只有65.00%"),
    ],
    "nx-huinong-gongmu-2022": [
        ("350.00", D("150.00") + D("200.00"), "全年预算调整为350.00万元"),
        ("50.00%", D("175.00") / D("350.00") * 100, "累计支出175.00万元，预算执行率50.00%"),
        ("175.00", D("350.00") - D("175.00"), "结余175.00万元"),
        ("175.00", D("95.00") + D("80.00"), "| 年度资金总额 | 150.00 | 350.00 | 175.00 | 50.00% |"),
        ("350.00", D("260.00") + D("50.00") + D("40.00"), "| 合计 | 350.00 | 175.00 |"),
        ("175.00", D("110.00") + D("37.00") + D("28.00"), "| 合计 | 350.00 | 175.00 |"),
        ("28.00", W(280 * 1000), "| 散埋乱葬治理 | 40.00 | 28.00 |"),
        ("60", D(800) - D(740), "剩余60格2023年完成"),
        ("85%", D(170) / D(200) * 100, "有效样本200份，满意170份，群众满意度85%"),
        ("600", D(1200) / 2, "新增生态安葬墓位600个，为目标的一半"),
    ],
}

# the same quantity must carry one value wherever the text restates it
SAME_VALUE = {
    "hb-longyao-gongmu-2019": [(r"新增墓穴(\d+)个", "3600"), (r"全年执行(\d+\.\d+)万元", "276.60"),
                               (r"工程建设支出(\d+\.\d+)万元", "243.80"), (r"满意度(\d+\.\d+)%", "95.6")],
    "fj-pinghe-huimin-2023": [(r"生态安葬奖补(\d+)例", "186"), (r"为(\d+)名逝者", "2713"),
                              (r"救助困难群众殡葬(\d+)人", "312"), (r"满意度为(\d+\.\d+)%", "96.3")],
    "sd-shanting-sanmai-2020": [(r"共迁移散埋乱葬坟墓(\d+)座", "4236"), (r"产出指标。迁移散埋乱葬坟墓(\d+)座", "4236"), (r"腾退土地(\d+\.\d+)亩", "131.6"),
                                (r"新增违规乱埋乱葬(\d+)座", "7"), (r"满意度为(\d+)%", "86")],
    "jx-duchang-binyiguan-2024": [(r"日均火化能力为(\d+)具", "8"), (r"降至(\d+)元", "395"),
                                  (r"合同总价(\d+\.\d+)万元", "265.50")],
    "nx-huinong-gongmu-2022": [(r"全年迁移散埋乱葬坟墓(\d+)座", "280"), (r"实际完成情况：[^|]*?迁移散埋乱葬坟墓(\d+)座", "280"),
                               (r"完成格位改造(\d+)格", "740"), (r"实际完成情况：[^|]*?改造骨灰堂格位(\d+)格", "740"),
                               (r"新增生态安葬墓位(\d+)个，为目标的一半", "600"), (r"实际完成情况：新增生态安葬墓位(\d+)个", "600"),
                               (r"节地生态安葬率提高到(\d+)%", "34"), (r"由2021年的29%提高到(\d+)%", "34")],
}

# evaluation year: every "截至…年12月31日" names it, carry-overs go to a later year
YEARS = {"hb-longyao-gongmu-2019": 2019, "fj-pinghe-huimin-2023": 2023, "sd-shanting-sanmai-2020": 2020,
         "jx-duchang-binyiguan-2024": 2024, "nx-huinong-gongmu-2022": 2022}


# sub-tables: (layout, item rows, total row, average row or None); the columns are added (and averaged)
SUBTABLES = {
    "sd-shanting-sanmai-2020": ("fw", ["山城街道", "店子镇", "西集镇", "桑村镇", "北庄镇", "城头镇", "徐庄镇",
                                       "水泉镇", "冯卯镇", "凫城镇"], "合计", "平均"),
    "nx-huinong-gongmu-2022": ("md", ["生态安葬区扩建", "骨灰堂格位改造", "散埋乱葬治理"], "合计", None),
}


def verify_subtable(pid, text):
    if pid not in SUBTABLES:
        return
    layout, items, total_name, avg_name = SUBTABLES[pid]
    rows = LAYOUTS[layout](text)
    vals = []
    for name in items:
        cells = find_row(rows, name, pid, first=True)
        vals.append([num(c) for c in cells if c.strip()])
    ncol = len(vals[0])
    check(all(len(v) == ncol for v in vals), f"{pid}: sub-table rows of unequal length")
    tot = find_row(rows, total_name, pid, first=True)
    tot_cells = [c for c in tot if c.strip()]
    for k in range(ncol):
        check(sum(v[k] for v in vals) == num(tot_cells[k]), f"{pid}: sub-table column {k + 1} does not add to {tot_cells[k]}")
    if avg_name:
        avg = [c for c in find_row(rows, avg_name, pid, first=True) if c.strip()]
        for k in range(ncol):
            eq(avg[k], sum(v[k] for v in vals) / len(vals), f"{pid}: sub-table average column {k + 1}")
    if pid == "sd-shanting-sanmai-2020":  # text: every town met its task
        check(all(v[1] >= v[0] for v in vals), f"{pid}: a town below its task")


def verify_text(pid, text):
    verify_subtable(pid, text)
    for stated, computed, where in TEXT_FACTS[pid]:
        present(text, where, pid)
        check(stated in where, f"{pid}: fact {stated} not inside {where!r}")
        eq(stated, computed, f"{pid}: text fact {where[:30]}")
    for pattern, want in SAME_VALUE[pid]:
        vals = re.findall(pattern, text)
        check(vals and all(v == want for v in vals), f"{pid}: {pattern} gives {vals}, want {want}")
    y = YEARS[pid]
    check(str(y) in text.split("\n")[0] + text.split("\n")[1], f"{pid}: year not in the title")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        check(int(m.group(1)) == y, f"{pid}: 截至{m.group(1)}年 in a {y} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:\d{1,2}日)?[^。；]{0,24}?(?:下达|到位)", text):
        yy, mm = int(m.group(1)), int(m.group(2))
        check(yy == y or (yy == y - 1 and mm == 12), f"{pid}: money issued {yy}年{mm}月 for a {y} budget")
    for m in re.finditer(r"结转至?(\d{4})年", text):
        check(int(m.group(1)) > y, f"{pid}: carried over to {m.group(1)} in a {y} report")
    n = len(text)
    check(3000 <= n <= 5000, f"{pid}: clean draft has {n} characters, want 3000-5000")


# ---------------------------------------------------------------- labels and diffs

def one_region(a, b):
    """(start, end) in b of the single region where b differs from a."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j, len(a) - j


def verify_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    cleans = {r["source"]: read(r["case"]) for r in labels if r["clean"]}
    check(len(cleans) == 5, f"{len(cleans)} clean drafts, want 5")
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with expected findings")
            continue
        check(len(rec["expected"]) == 1, f"{rec['case']}: want exactly one expected finding")
        clean = cleans[rec["source"]]
        s, e, e_clean = one_region(clean, text)
        check(s < e or s < e_clean, f"{rec['case']}: identical to its clean draft")
        check(max(e - s, e_clean - s) <= 200, f"{rec['case']}: differing region too long ({e - s} chars)")
        # one place: outside [s, e) the texts are equal by construction; check there is a single edit
        check(clean[:s] == text[:s] and clean[e_clean:] == text[e:], f"{rec['case']}: more than one region differs")
        for exp in rec["expected"]:
            check(exp["severity"] == "error", f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{rec['case']}: value {v!r} not in the case")
            check(v not in clean, f"{rec['case']}: value {v!r} also in the clean draft")
            check(any(o < max(e, s + 1) and s < o + len(v) for o in occ),
                  f"{rec['case']}: value {v!r} does not overlap the changed region")
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
    want = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in want:
        check(codes.get(c, 0) >= 2, f"code {c} occurs {codes.get(c, 0)} times, want >= 2")
    check(set(codes) <= set(want), f"unexpected codes {set(codes) - set(want)}")
    check(sum(codes.values()) == 30, f"{sum(codes.values())} error cases, want 30")
    return labels


def main():
    verify_labels()
    for pid, spec in SPECS.items():
        text = read(f"{pid}-clean.txt")
        verify_table(pid, text, spec)
        verify_text(pid, text)
    if ERRORS:
        for msg in ERRORS:
            print("FAIL", msg)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
