#!/usr/bin/env python3
"""Verify set n142.

1. every label's value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in exactly one place (one short changed region);
3. the arithmetic of every clean draft is redone: the funds block and the indicator block of each
   自评表 (rates, components, execution score, weights, row scores under rules.md §5, total, grade),
   and a list of facts per draft for the figures in the prose (rates, sums, balances, averages,
   completion rates, shares, scores) and for quantities stated more than once.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_REGION = 90  # characters of the changed region (clean side and error side)

problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    v = Decimal(stated.strip().rstrip("%"))
    d = decimals(stated)
    return abs(Decimal(str(computed)) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def r2(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(str(total))
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}

# ---------------------------------------------------------------- 1 + 2: labels and one-place edits


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = {rec["case"] for rec in labels}
    on_disk = set(os.listdir(CASES))
    if names != on_disk:
        fail(f"labels and case files differ: {sorted(names ^ on_disk)}")
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        for exp in rec["expected"]:
            if exp["value"] not in text:
                fail(f"{rec['case']}: value {exp['value']!r} not in the case")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity is not error")
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        clean = read(f"{rec['source']}-clean.txt")
        if clean == text:
            fail(f"{rec['case']}: identical to its clean draft")
            continue
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while (s < min(len(clean), len(text)) - p and clean[len(clean) - 1 - s] == text[len(text) - 1 - s]):
            s += 1
        a, b = clean[p:len(clean) - s], text[p:len(text) - s]
        if len(a) > MAX_REGION or len(b) > MAX_REGION:
            fail(f"{rec['case']}: changed region too long ({len(a)}/{len(b)} chars)")
        for exp in rec["expected"]:
            # the label value must cover (part of) the changed region in at least one occurrence
            covered = False
            i = text.find(exp["value"])
            while i >= 0:
                if i < len(text) - s and p < i + len(exp["value"]):
                    covered = True
                i = text.find(exp["value"], i + 1)
            if not covered:
                fail(f"{rec['case']}: value {exp['value']!r} does not touch the changed text")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times (< 2)")
    return labels

# ---------------------------------------------------------------- 3a: generic 自评表 checks


NUM = re.compile(r"[-+]?\d+(?:\.\d+)?")


def cells(line):
    return line.split("｜")


def first_num(s):
    m = NUM.search(s.replace(",", ""))
    return m.group(0) if m else None


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞＝", "不低于", "不少于")) or t.endswith("以上"):
        return "gte"
    if t.startswith(("≤", "<=", "＜＝", "不高于", "不超过")) or t.endswith("以内"):
        return "lte"
    if t.startswith("="):
        return "eq"
    return "eq"


def unit_of(s):
    n = first_num(s)
    if n is None:
        return None
    return s[s.find(n) + len(n):].strip()


def check_table(name, text):
    lines = text.split("\n")
    out = {}
    # funds block
    fi = next((i for i, l in enumerate(lines) if "｜" in l and "全年预算数" in l and "执行率" in l and "得分" in l), None)
    if fi is None:
        return None
    hdr = cells(lines[fi])
    col = {}
    for j, h in enumerate(hdr):
        for key in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"):
            if h.startswith(key):
                col[key] = j
    rows = []
    i = fi + 1
    while i < len(lines) and "｜" in lines[i] and not lines[i].startswith("年度总体目标") and not lines[i].startswith("一级指标"):
        rows.append(cells(lines[i]))
        i += 1
    total = rows[0]
    if not total[0].startswith("年度资金总额"):
        fail(f"{name}: first funds row is not 年度资金总额")
    for key in ("年初预算数", "全年预算数", "全年执行数"):
        s = sum(Decimal(r[col[key]]) for r in rows[1:])
        if s != Decimal(total[col[key]]):
            fail(f"{name}: funds column {key}: components {s} != total {total[col[key]]}")
    for r in rows:
        bud, exe, rate = Decimal(r[col["全年预算数"]]), Decimal(r[col["全年执行数"]]), r[col["执行率"]]
        if bud == 0:
            if rate not in ("—", "0", "0.00%", "-"):
                fail(f"{name}: rate {rate} printed on a zero base ({r[0]})")
            continue
        if exe > bud:
            fail(f"{name}: {r[0]} executed above budget")
        if not consistent(rate, exe / bud * 100):
            fail(f"{name}: {r[0]} rate {rate} != {exe / bud * 100:.4f}")
    weight0 = Decimal(total[col["分值"]])
    bud, exe = Decimal(total[col["全年预算数"]]), Decimal(total[col["全年执行数"]])
    score0 = total[col["得分"]]
    rate_unrounded = min(exe / bud, Decimal(1))
    rate_printed = min(Decimal(total[col["执行率"]].rstrip("%")) / 100, Decimal(1))
    if not (consistent(score0, weight0 * rate_unrounded) or consistent(score0, weight0 * rate_printed)):
        fail(f"{name}: execution score {score0} != {weight0} x rate")
    out["exec_weight"], out["exec_score"] = weight0, Decimal(score0)
    out["spent"], out["budget"] = exe, bud
    # indicator block
    ii = next((i for i, l in enumerate(lines) if l.startswith("一级指标") and "分值" in l and "得分" in l), None)
    hdr = cells(lines[ii])
    idx = {h: j for j, h in enumerate(hdr)}
    w_col, s_col = idx["分值"], idx["得分"]
    t_col = idx.get("年度指标值", idx.get("指标值"))
    a_col = idx["实际完成值"]
    sign_col = idx.get("指标性质")
    unit_col = idx.get("度量单位")
    wsum, ssum = weight0, Decimal(score0)
    level = {}
    j = ii + 1
    while j < len(lines) and lines[j].split("｜")[0] in ("产出指标", "效益指标", "满意度指标"):
        c = cells(lines[j])
        w, sc = Decimal(c[w_col]), Decimal(c[s_col])
        wsum += w
        ssum += sc
        lv = level.setdefault(c[0], [Decimal(0), Decimal(0)])
        lv[0] += w
        lv[1] += sc
        if sc > w or sc < 0:
            fail(f"{name}: row {c[2]} score {sc} outside [0, {w}]")
        target, actual = c[t_col], c[a_col]
        if sign_col is not None:  # Sichuan layout: sign and unit in their own columns
            sign = c[sign_col]
            if sign == "定性":
                if not (Decimal("0.6") * w <= sc < Decimal("0.8") * w) and actual.startswith("部分"):
                    fail(f"{name}: qualitative partly-achieved row {c[2]} not in [60%, 80%)")
                j += 1
                continue
            target = {"≥": "≥", "≤": "≤", "=": "="}[sign] + target + c[unit_col]
            actual = actual + c[unit_col]
        tn, an = first_num(target), first_num(actual)
        if tn is None or an is None or "年" in target:
            j += 1
            continue
        if unit_of(target) != unit_of(actual):
            fail(f"{name}: row {c[2]} target unit {unit_of(target)!r} != actual unit {unit_of(actual)!r}")
        T, A = Decimal(tn), Decimal(an)
        d = direction(target)
        if d == "lte":
            expect = w if A <= T else w * T / A
        else:
            expect = w if A >= T else w * A / T
        if not consistent(c[s_col], expect):
            fail(f"{name}: row {c[2]} score {c[s_col]} != rule score {expect:.4f}")
        if d != "lte" and A > T * Decimal("1.2") and not c[-1].strip():
            fail(f"{name}: row {c[2]} over-achieved beyond 20% without a reason")
        if A < T and d != "lte" and not c[-1].strip():
            fail(f"{name}: row {c[2]} shortfall without a reason")
        j += 1
    tot = cells(lines[j])
    if not tot[0] in ("总分", "合计"):
        fail(f"{name}: no 总分/合计 row after the indicator rows")
    if Decimal(tot[w_col]) != 100 or wsum != 100:
        fail(f"{name}: weights add to {wsum}, total row says {tot[w_col]}")
    if r2(ssum) != r2(Decimal(tot[s_col])):
        fail(f"{name}: scores add to {ssum}, total row says {tot[s_col]}")
    out["total"] = Decimal(tot[s_col])
    out["levels"] = level
    return out


def check_grades(name, text, total):
    found = 0
    for m in re.finditer(r"(?:评价等级|自评等级|等级)(?:为|：|｜)?[“\"]?(优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)", text):
        found += 1
        g = GRADE_WORDS[m.group(1)]
        if g != grade_of(total):
            fail(f"{name}: grade {m.group(1)} at {m.start()} does not fit total {total}")
    if not found:
        fail(f"{name}: no grade found")


def check_facts(name, text, facts, same):
    for snippet, numstr, computed in facts:
        if snippet not in text:
            fail(f"{name}: fact snippet not found: {snippet!r}")
            continue
        if numstr not in snippet:
            fail(f"{name}: {numstr!r} not inside its snippet {snippet!r}")
        if not consistent(numstr, computed):
            fail(f"{name}: {snippet!r}: {numstr} != computed {computed}")
    for label, snippets in same:
        for sn in snippets:
            if sn not in text:
                fail(f"{name}: {label}: mention {sn!r} not found")

# ---------------------------------------------------------------- 3b: facts per draft


D = Decimal

DRAFTS = {
    "haimen-innovoucher-2022": dict(
        total=D("99.01"),
        facts=[
            ("全年预算调整为360.00万元", "360.00", D("300.00") + D("20.00") + D("40.00")),
            ("其中当年财政拨款320.00万元", "320.00", D("300.00") + D("20.00")),
            ("全年兑付创新券342.18万元", "342.18", D("158.60") + D("96.35") + D("87.23")),
            ("预算执行率95.05%", "95.05", D("342.18") / D("360.00") * 100),
            ("年末未使用资金17.82万元", "17.82", D("360.00") - D("342.18")),
            ("｜302.18｜", "302.18", D("342.18") - D("40.00")),
            ("其余17笔", "17", 203 - 186),
            ("完成年度目标（120家）的118.33%", "118.33", D(142) / D(120) * 100),
            ("平均每家企业兑付2.41万元", "2.41", D("342.18") / D(142)),
            ("较年度目标少3项", "3", 60 - 57),
            ("预算执行率得分9.51分", "9.51", D("342.18") / D("360.00") * 10),
            ("产出指标得分50分", "50", 15 + 10 + 10 + 5 + 10),
            ("效益指标得分29.5分", "29.5", 10 + D("9.5") + 10),
            ("自评总分99.01分", "99.01", D("9.51") + 50 + D("29.5") + 10),
        ],
        same=[("兑付企业数", ["全年兑付企业142家", "兑付企业142家，新增入库108家", "｜≥120家｜142家｜", "对142家受券企业"]),
              ("新增入库", ["全年新增入库科技型中小企业108家", "｜≥100家｜108家｜"]),
              ("研发投入", ["研发投入合计1.62亿元", "｜≥1.5亿元｜1.62亿元｜", "受券企业研发投入1.62亿元"]),
              ("产学研", ["产学研合作项目57项", "｜≥60项｜57项｜"]),
              ("服务机构", ["入驻科技服务机构38家", "｜≥35家｜38家｜"]),
              ("满意度", ["受券企业满意度96.2%", "｜≥90%｜96.2%｜"]),
              ("最高兑付", ["最高为19.60万元", "｜≤20万元｜19.60万元｜"]),
              ("拨付时限", ["26个工作日内拨付到位", "｜26个工作日｜"]),
              ("结转年份", ["结转至2023年继续兑付"]),
              ("inputs", ["2022年年初预算安排300.00万元", "追加预算20.00万元", "上年结转的40.00万元创新券资金",
                          "其中研发设计类158.60万元、检验检测类96.35万元、技术转移与成果转化类87.23万元",
                          "受理创新券兑付申请203笔，审核通过186笔"])],
    ),
    "heshan-techreform-2020": dict(
        total=D("96.85"),
        facts=[
            ("本项目年初预算520.00万元", "520.00", D("200.00") + D("60.00") + D("260.00")),
            ("全年预算调整为580.00万元", "580.00", D("520.00") + D("60.00")),
            ("省级资金占全年预算的34.48%", "34.48", D("200.00") / D("580.00") * 100),
            ("全年共拨付技术改造补助资金571.40万元", "571.40", D("438.60") + D("132.80")),
            ("预算执行率98.52%", "98.52", D("571.40") / D("580.00") * 100),
            ("平均每个项目补助24.84万元", "24.84", D("571.40") / 23),
            ("当年拨付200.00万元，执行率100%", "100", D("200.00") / D("200.00") * 100),
            ("年末结余8.60万元", "8.60", D("580.00") - D("571.40")),
            ("经审核符合条件的23个项目", "23", 17 + 6),
            ("其余8家企业", "8", 31 - 23),
            ("仅完成年度目标的80%", "80", D("9.6") / 12 * 100),
            ("本项目自评得分96.85分", "96.85", D("9.85") + 50 + 12 + 5 + 10 + 10),
        ],
        same=[("项目数", ["支持技术改造项目23个", "｜≥20个｜23个｜", "支持技改项目23个", "向23家受补助企业"]),
              ("技改投资", ["带动企业技改投资6.85亿元", "｜≥6亿元｜6.85亿元｜", "带动技改投资6.85亿元"]),
              ("新增产值", ["新增产值9.6亿元", "｜≥12亿元｜9.6亿元｜"]),
              ("机器人", ["工业机器人92台", "｜≥80台｜92台｜"]),
              ("能耗", ["平均下降5.8%", "｜≥5%｜5.8%｜"]),
              ("满意度", ["受补助企业满意度为93%", "｜≥90%｜93%｜"]),
              ("单笔最高", ["单笔最高的奖补为48.60万元", "｜≤50万元｜48.60万元｜"]),
              ("拨付日期", ["资金于2020年12月25日前全部拨付", "｜2020年12月25日｜"]),
              ("总分", ["自评得分96.85分", "｜100｜96.85｜"]),
              ("inputs", ["其中省级资金200.00万元（2019年12月提前下达）、江门市级资金60.00万元、鹤山市本级资金260.00万元",
                          "追加下达技改专项资金60.00万元", "设备购置事后奖补17个项目438.60万元，技改贷款贴息6个项目132.80万元",
                          "全市共有31家企业申报"])],
    ),
    "yiling-gaoxinpeiyu-2023": dict(
        total=D("94.95"),
        facts=[
            ("调整后全年预算412.00万元", "412.00", D("450.00") - D("38.00")),
            ("全年实际兑现奖补资金398.50万元", "398.50", D("240.00") + D("90.00") + D("68.50")),
            ("预算执行率96.72%", "96.72", D("398.50") / D("412.00") * 100),
            ("每家奖励20万元，计240.00万元", "240.00", 12 * 20),
            ("每家奖励10万元，计90.00万元", "90.00", 9 * 10),
            ("平均每户2.54万元", "2.54", D("68.50") / 27),
            ("首次认定奖励占全部兑现额的60.23%", "60.23", D("240.00") / D("398.50") * 100),
            ("年末结余13.50万元", "13.50", D("412.00") - D("398.50")),
            ("全年共对48家企业兑现了奖补", "48", 12 + 9 + 27),
            ("得9.67分", "9.67", D("398.50") / D("412.00") * 10),
            ("实际12家，完成率80.00%", "80.00", D(12) / 15 * 100),
            ("该项分值15分，得12分", "12", 15 * D(12) / 15),
            ("年末达到158家（上年末为146家），完成率105.33%", "105.33", D(158) / 150 * 100),
            ("实际入库27家，完成率90.00%", "90.00", D(27) / 30 * 100),
            ("实际入库27家，完成率90.00%，分值10分，得9分", "9", 10 * D(27) / 30),
            ("13.26亿元，目标12亿元，完成率110.50%", "110.50", D("13.26") / 12 * 100),
            ("22.8%，目标24%，完成率95.00%", "95.00", D("22.8") / 24 * 100),
            ("完成率95.00%，分值10分，得9.5分", "9.5", 10 * D("22.8") / 24),
            ("336件，目标300件，完成率112.00%", "112.00", D(336) / 300 * 100),
            ("满意度88%，目标90%，完成率97.78%", "97.78", D(88) / 90 * 100),
            ("分值10分，得9.78分", "9.78", 10 * D(88) / 90),
            ("以上合计，本项目自评得分94.95分", "94.95",
             D("9.67") + 12 + 10 + 9 + 5 + 10 + 10 + D("9.5") + 10 + D("9.78")),
            ("比目标少3家。", "3", 15 - 12),
            ("入库培育企业比目标少3家", "3", 30 - 27),
            ("发放问卷48份", "48", 12 + 9 + 27),
            ("9项绩效指标中有5项", "9", 9),
        ],
        same=[("总分", ["以上合计，本项目自评得分94.95分", "自评得分94.95分，综合评价等级"]),
              ("inputs", ["预算安排高新技术企业培育奖补资金450.00万元", "年中调减预算38.00万元",
                          "首次认定高新技术企业12家", "重新认定高新技术企业9家", "入库培育企业27家",
                          "计68.50万元", "资金已全部到位"])],
        weights=[10, 15, 10, 10, 5, 10, 10, 10, 10, 10],  # 执行 + 9 indicators, stated in prose
    ),
    "jingyang-zhuanjingtexin-2024": dict(
        total=D("87.33"),
        facts=[
            ("本项目全年预算为450.00万元", "450.00", D("300.00") + D("150.00")),
            ("全年支出361.00万元", "361.00", D("100.00") + D("220.00") + D("41.00")),
            ("预算执行率80.22%", "80.22", D("361.00") / D("450.00") * 100),
            ("“小巨人”企业奖励100.00万元", "100.00", 2 * 50),
            ("省级专精特新中小企业奖励220.00万元", "220.00", 11 * 20),
            ("创新型中小企业奖励41.00万元", "41.00", 41 * 1),
            ("年末结余89.00万元", "89.00", D("450.00") - D("361.00")),
            ("4户省级专精特新中小企业和9户创新型中小企业", "4", 15 - 11),
            ("4户省级专精特新中小企业和9户创新型中小企业", "9", D("89.00") - 4 * 20),
            ("到位率100%", "100", D("450.00") / D("450.00") * 100),
            ("目标15户，完成率73.33%", "73.33", D(11) / 15 * 100),
            ("目标50户，完成率82.00%", "82.00", D(41) / 50 * 100),
            ("预算执行得分8.02分", "8.02", D("361.00") / D("450.00") * 10),
            ("绩效指标得分79.31分", "79.31", 10 + 11 + D("8.2") + 10 + 7 + 5 + 10 + D("8.11") + 10),
            ("自评总分87.33分", "87.33", D("8.02") + D("79.31")),
        ],
        same=[("总分", ["自评总分87.33分", "｜100｜87.33｜", "自评得分87.33分，等级为良"]),
              ("就业", ["新增就业284人", "｜350｜人｜284｜"]),
              ("营收增长", ["同比增长9.2%", "｜8｜%｜9.2｜"]),
              ("研发强度", ["研发投入强度达到3.4%", "｜3｜%｜3.4｜"]),
              ("到位日期", ["于2024年12月20日到位", "省级资金12月20日到位"]),
              ("inputs", ["批复本项目区级资金300.00万元", "奖补资金150.00万元", "全年资金到位450.00万元",
                          "每户奖励50万元、省级专精特新中小企业每户奖励20万元、创新型中小企业每户奖励1万元",
                          "奖励省级专精特新中小企业11户", "奖励创新型中小企业41户", "奖励国家级专精特新“小巨人”企业2户"])],
    ),
    "dongzhi-kexie-2019": dict(
        total=D("99.05"),
        facts=[
            ("全年预算合计286.42万元", "286.42", D("247.42") + D("24.00") + D("15.00")),
            ("比年初预算增加39.00万元", "39.00", D("286.42") - D("247.42")),
            ("其中当年财政拨款271.42万元", "271.42", D("247.42") + D("24.00")),
            ("预算执行率97.53%", "97.53", D("279.35") / D("286.42") * 100),
            ("部门整体支出279.35万元", "279.35", D("142.87") + D("136.48")),
            ("年末结转结余7.07万元", "7.07", D("286.42") - D("279.35")),
            ("年末结转结余7.07万元", "7.07", D("5.12") + D("1.95")),
            ("合计｜247.42｜", "247.42", D("145.20") + D("102.22")),
            ("合计｜247.42｜286.42｜", "286.42", D("145.20") + D("141.22")),
            ("｜286.42｜279.35", "279.35", D("142.87") + D("136.48")),
            ("一、基本支出｜145.20｜145.20｜142.87", "145.20", D("120.10") + D("25.10")),
            ("一、基本支出｜145.20｜145.20｜142.87", "142.87", D("118.65") + D("24.22")),
            ("二、项目支出｜102.22｜", "102.22", D("70.00") + D("15.00") + D("17.22") + D("0.00")),
            ("二、项目支出｜102.22｜141.22｜", "141.22", D("84.00") + D("20.00") + D("17.22") + D("20.00")),
            ("｜141.22｜136.48", "136.48", D("82.30") + D("18.60") + D("15.58") + D("20.00")),
            ("较2018年的1.17万元下降26.50%", "26.50", (D("1.17") - D("0.86")) / D("1.17") * 100),
            ("平均满意度91.5%", "91.5", (D("93.2") + D("90.6") + D("90.7")) / 3),
            ("｜264.35｜", "264.35", D("279.35") - D("15.00")),
            ("预算执行率得分9.75分", "9.75", D("279.35") / D("286.42") * 10),
            ("产出指标得分49.3分", "49.3", 10 + 10 + D("9.3") + 10 + 5 + 5),
            ("效益指标得分30分", "30", 15 + 10 + 5),
            ("自评总分99.05分", "99.05", D("9.75") + D("49.3") + 30 + 10),
        ],
        same=[("科普活动", ["举办各类科普活动136场", "｜≥120场｜136场｜"]),
              ("受众", ["科普宣传受众9.2万人次", "｜≥8万人次｜9.2万人次｜"]),
              ("培训", ["培训农村实用技术人员1860人次", "｜≥2000人次｜1860人次｜"]),
              ("获奖", ["获得省级以上奖项11项", "｜≥10项｜11项｜"]),
              ("科普e站", ["新建村（社区）科普e站8个", "｜≥8个｜8个｜"]),
              ("覆盖率", ["覆盖率达到92%", "｜≥90%｜92%｜"]),
              ("科学素质", ["科学素质比例为6.8%", "｜≥6.5%｜6.8%｜"]),
              ("三公", ["“三公”经费支出0.86万元", "｜≤1.50万元｜0.86万元｜"]),
              ("满意度", ["平均满意度91.5%", "｜≥85%｜91.5%｜"]),
              ("基本支出", ["其中基本支出142.87万元", "｜145.20｜142.87"]),
              ("项目支出", ["项目支出136.48万元", "｜141.22｜136.48"]),
              ("inputs", ["2019年年初预算247.42万元，年中追加预算24.00万元", "上年结转资金15.00万元",
                          "其中结转资金5.12万元", "结余资金1.95万元",
                          "其中：人员经费｜120.10｜120.10｜118.65\n公用经费｜25.10｜25.10｜24.22",
                          "其中：科普经费｜70.00｜84.00｜82.30\n全国科普日活动经费｜15.00｜20.00｜18.60\n"
                          "青少年科技创新大赛经费｜17.22｜17.22｜15.58\n基层科普行动计划（科普惠农兴村）｜0.00｜20.00｜20.00",
                          "满意度分别为93.2%、90.6%、90.7%", "较2018年的1.17万元", "0.86万元"])],
    ),
}


def check_prose_weights(name, text, weights, total):
    """Prose-only draft: weights stated as 分值N分 must add to 100 and scores to the total."""
    ws = [D(m.group(1)) for m in re.finditer(r"分值(\d+(?:\.\d+)?)分", text)]
    if sum(ws) + 10 != 100 or [10] + [int(w) for w in ws] != weights:
        fail(f"{name}: prose weights {ws} (+10 execution) do not add to 100")
    scores = [D(m.group(1)) for m in re.finditer(r"分值\d+(?:\.\d+)?分，得(\d+(?:\.\d+)?)分", text)]
    exec_score = D(re.search(r"按全年执行数与全年预算数之比计分，得(\d+\.\d+)分", text).group(1))
    for w, s in zip(ws, scores):
        if s > w:
            fail(f"{name}: prose score {s} above weight {w}")
    if r2(sum(scores) + exec_score) != r2(total):
        fail(f"{name}: prose scores add to {sum(scores) + exec_score}, total {total}")
    levels = {"产出指标（50分）": (15 + 10 + 10 + 5 + 10), "效益指标（30分）": 30, "满意度指标（10分）": 10}
    for head, val in levels.items():
        if head not in text or int(head.split("（")[1].rstrip("分）")) != val:
            fail(f"{name}: level weight {head} does not fit its items")


def main():
    check_labels()
    for src, spec in DRAFTS.items():
        name = f"{src}-clean.txt"
        text = read(name)
        if not 3000 <= len(text) <= 9000:
            fail(f"{name}: {len(text)} characters")
        if len(text.encode("utf-8")) > 9000:
            fail(f"{name}: {len(text.encode('utf-8'))} bytes")
        tab = check_table(name, text)
        total = spec["total"]
        if tab is not None:
            if tab["total"] != total:
                fail(f"{name}: table total {tab['total']} != {total}")
            for lv, (w, s) in tab["levels"].items():
                if lv == "产出指标" and "产出指标得分" in text:
                    m = re.search(r"产出指标得分(\d+(?:\.\d+)?)分", text)
                    if D(m.group(1)) != s:
                        fail(f"{name}: prose 产出 score {m.group(1)} != table {s}")
                if lv == "效益指标" and "效益指标得分" in text:
                    m = re.search(r"效益指标得分(\d+(?:\.\d+)?)分", text)
                    if D(m.group(1)) != s:
                        fail(f"{name}: prose 效益 score {m.group(1)} != table {s}")
        else:
            check_prose_weights(name, text, spec["weights"], total)
        check_grades(name, text, total)
        check_facts(name, text, spec["facts"], spec["same"])
        # carry-over must go to a later year; 截至 dates must name the evaluation year
        year = int(src.rsplit("-", 1)[1])
        for m in re.finditer(r"结转至(\d{4})年", text):
            if int(m.group(1)) <= year:
                fail(f"{name}: carried over to {m.group(1)}")
        for m in re.finditer(r"截至(\d{4})年12月31日", text):
            if int(m.group(1)) != year:
                fail(f"{name}: 截至{m.group(1)}")
        for m in re.finditer(r"（(\d{4})年度）", text):
            if int(m.group(1)) != year:
                fail(f"{name}: table year {m.group(1)}")
        if f"{year}年度" not in text.split("\n", 3)[0] + text.split("\n", 3)[1]:
            fail(f"{name}: title does not name {year}年度")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
