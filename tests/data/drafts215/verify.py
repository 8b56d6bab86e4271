#!/usr/bin/env python3
"""Check drafts215: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 with a list of failures otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


def D(s):
    """Decimal from a figure as written: '6,812' '≥180家' '95.54%' -> 6812, 180, 95.54."""
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = re.search(r"-?\d[\d,]*(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def ok(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    tol = Decimal(5) / (Decimal(10) ** (decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- per-project facts
# rows: (三级指标, 年度指标值, 实际完成值, 完成率 or None, 分值, 得分, direction)
# direction: gte / lte / eq0 / qual
SPEC = {
    "ha-hebi-gjjguiji-2022": {
        "year": "2022", "table": "项目支出绩效自评表",
        "funds": {"initial": "86.00", "annual": "92.50", "spent": "88.37", "rate": "95.54%", "score": "9.55"},
        "funds_rows": [("其中：当年财政拨款", "86.00", "92.50", "88.37", "95.54%"), ("上年结转资金", "0.00", "0.00", "0.00", None), ("其他资金", "0.00", "0.00", "0.00", None)],
        "rows": [
            ("新增缴存单位", "≥180家", "213家", "118.33%", "8", "8", "gte"),
            ("新增缴存职工", "≥6000人", "6482人", "108.03%", "8", "8", "gte"),
            ("灵活就业人员缴存开户数", "≥1500人", "1326人", "88.40%", "8", "7.07", "gte"),
            ("归集资金足额入账率", "=100%", "100%", "100%", "9", "9", "gte"),
            ("提取业务办结时限", "≤3个工作日", "1.5个工作日", "100%", "9", "9", "lte"),
            ("服务网点运行维护成本", "≤38.90万元", "37.52万元", "100%", "8", "8", "lte"),
            ("年度住房公积金归集额", "≥21亿元", "22.86亿元", "108.86%", "10", "10", "gte"),
            ("实缴职工人数增长率", "≥3%", "3.3%", "110.00%", "10", "10", "gte"),
            ("高频服务事项“全程网办”", "持续推进", "16项事项实现全程网办", "—", "10", "9", "qual"),
            ("缴存职工及单位满意度", "≥90%", "88.6%", "98.44%", "10", "9.84", "gte"),
        ],
        "total": "97.46", "grade": "优",
        "present": ["年初预算86.00万元", "追加预算6.50万元", "全年预算92.50万元", "资金到位92.50万元，到位率100%",
                    "实际支出88.37万元，预算执行率95.54%", "结余4.13万元", "综合自评得分97.46分", "评价等级为“优”",
                    "新增缴存单位213家", "新增缴存职工6,482人", "开户1,326人，完成年度目标的88.40%",
                    "22.86亿元，比上年（20.13亿元）增长13.56%，完成年度目标的108.86%",
                    "年末实缴职工19.71万人，较上年末19.08万人增长3.3%",
                    "发放问卷1,200份，回收有效问卷1,146份，回收率95.50%，综合满意度88.6%",
                    "支出37.52万元，控制在年度预算38.90万元以内", "（2022年度）"],
        "checks": [
            ("sum", ["86.00", "6.50"], "92.50"),
            ("sum", ["24.60", "38.90", "29.00"], "92.50"),
            ("sum", ["23.85", "37.52", "27.00"], "88.37"),
            ("diff", "92.50", "88.37", "4.13"),
            ("ratio", "92.50", "92.50", "100%"),
            ("ratio", "1326", "1500", "88.40%"),
            ("ratio", "22.86", "21", "108.86%"),
            ("growth", "22.86", "20.13", "13.56%"),
            ("growth", "19.71", "19.08", "3.3%"),
            ("ratio", "1146", "1200", "95.50%"),
        ],
    },
    "sn-chenggu-bdcwindow-2023": {
        "year": "2023", "table": "附件：项目支出绩效自评表",
        "funds": {"initial": "120.00", "annual": "136.80", "spent": "131.26", "rate": "95.95%", "score": "9.60"},
        "rows": [
            ("不动产登记业务办理量", "≥25000件", "28436件", None, "10", "10", "gte"),
            ("存量登记档案数字化", "≥6万卷", "6.3万卷", None, "10", "10", "gte"),
            ("自助查询打证及评价设备", "≥12台", "12台", None, "6", "6", "gte"),
            ("登记簿更正登记率", "≤0.5%", "0.6%", None, "8", "6.67", "lte"),
            ("一般登记办结时限", "≤5个工作日", "3.2个工作日", None, "6", "6", "lte"),
            ("档案数字化单卷成本", "≤6.5元/卷", "5.15元/卷", None, "10", "10", "lte"),
            ("网上申办率", "≥30%", "35.0%", None, "10", "10", "gte"),
            ("“交房即交证”项目数", "≥8个", "11个", None, "10", "10", "gte"),
            ("登记档案安全保管和长期可查询", "有效保障", "达成年度指标", None, "10", "10", "qual"),
            ("办事群众满意度", "≥95%", "98.5%", None, "10", "10", "gte"),
        ],
        "total": "98.27", "grade": "优",
        "present": ["年初预算120.00万元（含上年结转8.80万元）", "追加16.80万元", "全年预算136.80万元",
                    "全年执行131.26万元，执行率95.95%", "未执行的5.54万元", "结转至2024年",
                    "自评得分98.27分，评价等级为优", "28,436件，完成年度目标（25,000件）的113.74%",
                    "6,812件、7,305件、7,946件、6,373件，季均7,109件", "日均办件约114件",
                    "11,274本", "7,378份，合计18,652本（份）", "6.3万卷，已支付扫描费用32.46万元，平均每卷5.15元",
                    "8台、窗口评价器4台，共12台", "9,953件，占全部业务量的35.0%", "全县11个新建商品房项目",
                    "满意率98.5%", "2022年结转资金8.80万元", "2023年结转的5.54万元", "（2023年度）"],
        "funds_rows": [
            ("其中：当年财政拨款", "111.20", "128.00", "122.46", "95.67%"),
            ("上年结转资金", "8.80", "8.80", "8.80", "100.00%"),
            ("其他资金", "0", "0", "0", None),
        ],
        "checks": [
            ("sum", ["111.20", "8.80"], "120.00"),
            ("sum", ["128.00", "8.80"], "136.80"),
            ("sum", ["122.46", "8.80"], "131.26"),
            ("sum", ["120.00", "16.80"], "136.80"),
            ("sum", ["111.20", "16.80"], "128.00"),
            ("sum", ["62.40", "16.80", "38.00", "19.60"], "136.80"),
            ("sum", ["62.40", "16.80", "19.60", "32.46"], "131.26"),
            ("diff", "136.80", "131.26", "5.54"),
            ("diff", "38.00", "32.46", "5.54"),
            ("ratio", "28436", "25000", "113.74%"),
            ("sum", ["6812", "7305", "7946", "6373"], "28436"),
            ("mean", ["6812", "7305", "7946", "6373"], "7109"),
            ("approx_div", "28436", "250", "114"),
            ("sum", ["11274", "7378"], "18652"),
            ("div", "32.46", "6.3", "5.15"),
            ("sum", ["8", "4"], "12"),
            ("ratio", "9953", "28436", "35.0%"),
        ],
    },
    "ln-linghai-fwjianding-2020": {
        "year": "2020", "table": "附：2020年度项目支出绩效自评表",
        "funds": {"initial": "45.00", "annual": "45.00", "spent": "38.96", "rate": "86.58%", "score": "8.66"},
        "funds_rows": [("其中：当年财政拨款", "45.00", "45.00", "38.96", "86.58%"), ("上年结转资金", "0", "0", "0", None), ("其他资金", "0", "0", "0", None)],
        "rows": [
            ("完成房屋安全鉴定", "≥400户", "412户", None, "10", "10", "gte"),
            ("城镇房屋危险性排查", "≥1200栋", "986栋", None, "10", "8.22", "gte"),
            ("鉴定报告合格率", "100%", "100%", None, "10", "10", "gte"),
            ("鉴定报告出具时限", "≤15个工作日", "12个工作日", None, "10", "10", "lte"),
            ("户均鉴定服务费", "≤800元", "694元", None, "10", "10", "lte"),
            ("C、D级危房处置率", "≥90%", "62.5%", None, "10", "6.94", "gte"),
            ("因房屋安全问题造成人员伤亡事故", "0起", "0起", None, "10", "10", "eq0"),
            ("房屋安全管理长效机制", "逐步健全", "部分达成", None, "10", "6", "qual_part"),
            ("委托鉴定人满意度", "≥90%", "86.4%", None, "10", "9.6", "gte"),
        ],
        "total": "89.42", "grade": "良", "grade_cell": "| 评价等级 | 良 |",
        "present": ["年初预算45.00万元，全年未调整，全年预算45.00万元", "到位45.00万元，到位率100%",
                    "全年实际支出38.96万元", "委托第三方鉴定服务费28.60万元，鉴定检测仪器购置4.20万元",
                    "危房排查劳务及交通补助3.86万元，鉴定报告印制及档案整理2.30万元", "预算执行率86.58%，结余6.04万元",
                    "完成房屋安全鉴定412户，完成年度目标的103%", "比2019年的367户增加45户",
                    "156户、138户、118户，平均每组137.3户", "排查986栋", "28.60万元，按412户计算户均约694元",
                    "C级危房48栋、D级危房16栋，共64栋", "处置40栋，处置率62.5%", "其余24栋",
                    "回访250户，表示满意的216户，满意度86.4%", "自评得分89.42分，评价等级为良"],
        "checks": [
            ("sum", ["28.60", "4.20", "3.86", "2.30"], "38.96"),
            ("diff", "45.00", "38.96", "6.04"),
            ("ratio", "45.00", "45.00", "100%"),
            ("ratio", "412", "400", "103%"),
            ("diff", "412", "367", "45"),
            ("sum", ["156", "138", "118"], "412"),
            ("mean", ["156", "138", "118"], "137.3"),
            ("approx_div", "286000", "412", "694"),
            ("sum", ["48", "16"], "64"),
            ("ratio", "40", "64", "62.5%"),
            ("diff", "64", "40", "24"),
            ("ratio", "216", "250", "86.4%"),
        ],
    },
    "gz-huichuan-wuyejg-2024": {
        "year": "2024", "table": "（2024年度）",
        "funds": {"initial": "50.00", "annual": "50.00", "spent": "46.85", "rate": "93.70%", "score": "9.37"},
        "funds_rows": [("其中：当年财政拨款", "50.00", "50.00", "46.85", "93.70%"), ("上年结转资金", "—", "—", "—", None), ("其他资金", "—", "—", "—", None)],
        "rows": [
            ("物业服务监督检查小区数", "≥120个", "126个", None, "10", "10", "gte"),
            ("第三方测评小区数", "≥60个", "60个", None, "10", "10", "gte"),
            ("新组建业委会（物管会）数", "≥15个", "12个", None, "10", "8", "gte"),
            ("物业投诉办结率", "≥95%", "99.27%", None, "10", "10", "gte"),
            ("投诉首次响应时间", "≤24小时", "8.5小时", None, "5", "5", "lte"),
            ("单个小区测评费用", "≤3800元", "3600元", None, "5", "5", "lte"),
            ("物业服务测评优良率", "≥80%", "75.0%", None, "10", "9.38", "gte"),
            ("因物业纠纷引发群体性事件", "0起", "0起", None, "10", "10", "eq0"),
            ("物业服务监管长效机制", "持续完善", "考评办法已印发实施", None, "10", "10", "qual"),
            ("业主满意度", "≥85%", "88.2%", None, "10", "10", "gte"),
        ],
        "total": "96.75", "grade": "优",
        "present": ["年初预算50.00万元，年内未调整，全年预算50.00万元",
                    "第三方测评费22.00万元、物业管理信息平台运维费9.50万元、业委会组建指导及业主培训经费8.50万元、物业矛盾纠纷调处及宣传费10.00万元",
                    "资金到位50.00万元，实际支出46.85万元，预算执行率93.70%", "21.60万元、9.50万元、6.25万元、9.50万元",
                    "50.00\n50.00\n50.00\n46.85\n3.15\n93.70%", "对126个住宅小区", "每个小区3,600元，共计21.60万元",
                    "业主委员会7个、物业管理委员会5个，共12个", "受理物业服务投诉412件，办结409件，办结率99.27%",
                    "优良的45个，优良率75.0%", "调查业主1,500户，满意1,323户，业主满意度88.2%",
                    "预算执行率得分9.37分，产出指标得分48分，效益指标得分29.38分，满意度指标得分10分，综合得分96.75分，评价等级为优"],
        "checks": [
            ("sum", ["22.00", "9.50", "8.50", "10.00"], "50.00"),
            ("sum", ["21.60", "9.50", "6.25", "9.50"], "46.85"),
            ("diff", "50.00", "46.85", "3.15"),
            ("sum", ["7", "5"], "12"),
            ("ratio", "409", "412", "99.27%"),
            ("mul", "3600", "60", "216000"),
            ("ratio", "45", "60", "75.0%"),
            ("ratio", "1323", "1500", "88.2%"),
            ("sum", ["9.37", "48", "29.38", "10"], "96.75"),
            ("sum", ["10", "10", "8", "10", "5", "5"], "48"),
            ("sum", ["9.38", "10", "10"], "29.38"),
        ],
    },
    "jl-dunhua-laojiuxq-2021": {
        "year": "2021", "table": "附件：2021年度项目支出绩效自评表",
        "funds": {"initial": "416.00", "annual": "2260.00", "spent": "1872.54", "rate": "82.86%", "score": "8.29"},
        "funds_rows": [("其中：当年财政拨款", "416.00", "2260.00", "1872.54", "82.86%"), ("上年结转资金", "0.00", "0.00", "0.00", None), ("其他资金", "0.00", "0.00", "0.00", None)],
        "rows": [
            ("改造老旧小区数量", "≥23个", "23个", "100.00%", "10", "10", "gte"),
            ("供热及排水管网改造长度", "≥12公里", "7.2公里", "60.00%", "10", "6", "gte"),
            ("改造楼栋数", "≥118栋", "118栋", "100.00%", "5", "5", "gte"),
            ("惠及居民户数", "≥2100户", "2146户", "102.19%", "5", "5", "gte"),
            ("竣工验收合格率", "100%", "100%", "100.00%", "10", "10", "gte"),
            ("当年完工率", "≥90%", "65.22%", "72.47%", "5", "3.62", "gte"),
            ("户均改造投入", "≤1.2万元", "0.87万元", "100.00%", "5", "5", "lte"),
            ("小区基础设施和居住环境", "明显改善", "达成年度指标", "—", "10", "10", "qual"),
            ("改造小区物业管理覆盖率", "≥80%", "73.91%", "92.39%", "10", "9.24", "gte"),
            ("改造设施长效管护机制", "建立健全", "部分小区已建立", "—", "10", "6", "qual_part"),
            ("居民满意度", "≥90%", "87.5%", "97.22%", "10", "9.72", "gte"),
        ],
        "total": "87.87", "grade": "良",
        "present": ["全年预算2,260.00万元，其中：中央财政城镇保障性安居工程补助资金1,526.00万元、省级补助资金318.00万元、市本级配套资金416.00万元",
                    "912.00万元于2020年12月提前下达，其余614.00万元于2021年5月下达", "涉及居民2,146户", "惠及居民2,146户",
                    "累计支出1,872.54万元，预算执行率82.86%；未支出的387.46万元", "结转至2022年",
                    "户均改造投入约0.87万元（约8,726元）", "完成改造7.2公里", "完工小区15个，当年完工率65.22%，其余8个小区",
                    "已有17个引入", "物业管理覆盖率73.91%", "回收有效问卷560份，表示满意的490份，满意度87.5%",
                    "综合得分87.87分，评价等级为良好"],
        "checks": [
            ("sum", ["1526.00", "318.00", "416.00"], "2260.00"),
            ("sum", ["912.00", "614.00"], "1526.00"),
            ("diff", "2260.00", "1872.54", "387.46"),
            ("div", "1872.54", "2146", "0.87"),
            ("approx_div", "18725400", "2146", "8726"),
            ("sum", ["15", "8"], "23"),
            ("ratio", "15", "23", "65.22%"),
            ("ratio", "17", "23", "73.91%"),
            ("ratio", "490", "560", "87.5%"),
        ],
    },
}


def check_relation(pid, chk):
    kind = chk[0]
    if kind == "sum":
        parts, total = chk[1], chk[2]
        c = sum(D(p) for p in parts)
        good = ok(total, c)
    elif kind == "diff":
        c = D(chk[1]) - D(chk[2])
        good, total = ok(chk[3], c), chk[3]
    elif kind == "ratio":
        c = D(chk[1]) / D(chk[2]) * 100
        good, total = ok(chk[3], c), chk[3]
    elif kind == "growth":
        c = (D(chk[1]) / D(chk[2]) - 1) * 100
        good, total = ok(chk[3], c), chk[3]
    elif kind == "mean":
        c = sum(D(p) for p in chk[1]) / len(chk[1])
        good, total = ok(chk[2], c), chk[2]
    elif kind in ("div", "approx_div"):
        c = D(chk[1]) / D(chk[2])
        good, total = ok(chk[3], c), chk[3]
    elif kind == "mul":
        c = D(chk[1]) * D(chk[2])
        good, total = ok(chk[3], c), chk[3]
    else:
        raise ValueError(kind)
    if not good:
        fail(f"{pid}: {chk} computed {c:.4f}")


def row_regex(cells):
    sep = r"[ \t\n|｜]+"
    return re.compile(sep.join(re.escape(c) for c in cells))


def check_project(pid, spec):
    text = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
    n = len(text)
    if not 3000 <= n <= 5000:
        fail(f"{pid}: clean draft has {n} characters (3000-5000 wanted)")
    if spec["year"] not in text.splitlines()[0] + text[:200]:
        fail(f"{pid}: year {spec['year']} not in the title")
    for s in spec["present"]:
        if s not in text:
            fail(f"{pid}: expected phrase missing: {s!r}")
    t0 = text.find(spec["table"])
    if t0 < 0:
        fail(f"{pid}: table marker missing")
        return
    table = text[t0:]

    # funds block
    f = spec["funds"]
    fr = row_regex(["年度资金总额", f["initial"], f["annual"], f["spent"], "10", f["rate"], f["score"]])
    if not fr.search(table):
        fail(f"{pid}: funds row of the table not found as specified")
    rate = D(f["spent"]) / D(f["annual"]) * 100
    if not ok(f["rate"], rate):
        fail(f"{pid}: execution rate {f['rate']} vs {rate:.4f}")
    s_exact = r2(10 * min(rate, Decimal(100)) / 100)
    s_stated = r2(10 * min(D(f["rate"]), Decimal(100)) / 100)
    if D(f["score"]) not in (s_exact, s_stated):
        fail(f"{pid}: execution score {f['score']} vs {s_exact}/{s_stated}")
    def num(x):
        return Decimal(0) if x in ("—", "") else D(x)
    cols = [Decimal(0)] * 3
    for label, init, ann, spent, rt in spec["funds_rows"]:
        cells = [label, init, ann, spent, "—"] + ([rt] if rt else [])
        if not row_regex(cells).search(table):
            fail(f"{pid}: funds component row not found: {cells}")
        for j, x in enumerate((init, ann, spent)):
            cols[j] += num(x)
        if rt and not ok(rt, D(spent) / D(ann) * 100):
            fail(f"{pid}: component rate {rt} vs {spent}/{ann}")
    for j, key in enumerate(("initial", "annual", "spent")):
        if not ok(f[key], cols[j]):
            fail(f"{pid}: funds components of {key} add up to {cols[j]}, total {f[key]}")

    # indicator rows
    wsum, ssum = Decimal(10), D(f["score"])
    pos = 0
    for name, target, actual, compl, weight, score, direction in spec["rows"]:
        cells = [name, target, actual] + ([compl] if compl is not None else []) + [weight, score]
        m = row_regex(cells).search(table, pos)
        if not m:
            fail(f"{pid}: row not found in table order: {cells}")
            continue
        pos = m.end()
        w, s = D(weight), D(score)
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{pid}: {name} score {score} outside [0, {weight}]")
        if direction in ("qual", "qual_part"):
            lo, hi = (Decimal("0.8"), Decimal(1)) if direction == "qual" else (Decimal("0.6"), Decimal("0.8"))
            if not (lo * w <= s <= hi * w) or (direction == "qual_part" and s >= hi * w):
                fail(f"{pid}: {name} qualitative score {score} outside its band")
            if compl not in (None, "—"):
                fail(f"{pid}: {name} qualitative row has a completion rate")
            continue
        T, A = D(target), D(actual)
        if direction == "gte":
            c_rate = A / T * 100
            exp_score = w * min(A / T, Decimal(1))
        elif direction == "lte":
            c_rate = Decimal(100) if A <= T else T / A * 100
            exp_score = w if A <= T else w * T / A
        elif direction == "eq0":
            c_rate = Decimal(100) if A <= 0 else Decimal(0)
            exp_score = w if A <= 0 else Decimal(0)
        else:
            raise ValueError(direction)
        if r2(exp_score) != s and not ok(score, exp_score):
            fail(f"{pid}: {name} score {score} vs rule {exp_score:.4f}")
        if compl is not None and compl != "—" and not ok(compl, c_rate):
            fail(f"{pid}: {name} completion {compl} vs {c_rate:.4f}")
        if compl is not None and compl != "—" and direction == "gte":
            # the same completion must also follow from the rounded actual as printed
            if not ok(compl, D(actual) / D(target) * 100):
                fail(f"{pid}: {name} completion not reproducible from printed figures")
    if wsum != 100:
        fail(f"{pid}: weights add up to {wsum}")
    if not ok(spec["total"], ssum):
        fail(f"{pid}: scores add up to {ssum}, total {spec['total']}")
    tr = row_regex(["总分", "100", spec["total"]])
    if not tr.search(table):
        fail(f"{pid}: total row 总分 100 {spec['total']} not found")
    if grade_of(spec["total"]) != spec["grade"]:
        fail(f"{pid}: grade {spec['grade']} does not fit {spec['total']}")
    if "grade_cell" in spec and spec["grade_cell"] not in table:
        fail(f"{pid}: grade cell missing")
    # the evaluation year is the only year claimed in the title and in the table heading
    head = "\n".join(text.splitlines()[:5])
    for y in re.findall(r"(20\d\d)年度", head) + re.findall(r"（(20\d\d)年度）", text):
        if y != spec["year"]:
            fail(f"{pid}: another evaluation year {y}年度 in the clean draft")

    for chk in spec["checks"]:
        check_relation(pid, chk)


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # start, end in a, end in b


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != on_disk:
        fail(f"labels and case files differ: {sorted(names ^ on_disk)}")
    counts = {c: 0 for c in CODES}
    n_clean = n_err = 0
    where = {"prose": 0, "table": 0}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        pid = rec["source"]
        if rec["clean"]:
            n_clean += 1
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        n_err += 1
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: exactly one expected finding wanted")
        exp = rec["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{rec['case']}: bad code/severity {exp}")
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        if text == clean:
            fail(f"{rec['case']}: identical to the clean draft")
            continue
        i = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        code, wh, old, new, value, _ = EDITS[pid][i - 1]
        where[wh] += 1
        if code != exp["code"] or value != exp["value"]:
            fail(f"{rec['case']}: label differs from the edit list")
        if clean.count(old) != 1 or clean.replace(old, new, 1) != text:
            fail(f"{rec['case']}: not the single replacement of the edit list")
        start, end_a, end_b = changed_region(clean, text)
        if end_b - start > 200 or end_a - start > 200:
            fail(f"{rec['case']}: changed region too long ({end_a - start}/{end_b - start})")
        # the region must lie inside one occurrence of the replacement
        k = clean.find(old)
        if not (k <= start and end_a <= k + len(old)):
            fail(f"{rec['case']}: change outside the edit")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not occ:
            fail(f"{rec['case']}: value not found: {exp['value']!r}")
        elif not any(o < max(end_b, start + 1) and start < o + len(exp["value"]) for o in occ):
            fail(f"{rec['case']}: value does not cover the changed figure")
    if n_clean != 5 or n_err != 30:
        fail(f"{n_clean} clean and {n_err} error cases (5 and 30 wanted)")
    for c in CODES:
        if counts.get(c, 0) < 2:
            fail(f"code {c} occurs {counts.get(c, 0)} times (>= 2 wanted)")
    print("codes:", ", ".join(f"{c} {counts[c]}" for c in CODES))
    print(f"edits in prose {where['prose']}, in tables {where['table']}")


def main():
    for pid, spec in SPEC.items():
        check_project(pid, spec)
    if set(SPEC) != set(EDITS):
        fail("projects of verify.py and build.py differ")
    check_labels()
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
