#!/usr/bin/env python3
"""Check the n189 set: labels occur in their cases, each error case differs from its clean draft in one
place, and the arithmetic of every clean draft holds (rules.md §5-§8). Prints OK at the end."""
import json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
fails = []


def fail(msg):
    fails.append(msg)


def q(x, n=2):
    return x.quantize(D(1).scaleb(-n), ROUND_HALF_UP)


def close(stated, computed):
    """rules §8: |c - v| <= 0.5 * 10^-d, d = decimals of the stated string."""
    d = len(stated.split(".")[1]) if "." in stated else 0
    return abs(D(computed) - D(stated)) <= D("0.5") * D(10) ** -d + D("1e-9")


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def read(name):
    return open(os.path.join(CASES, name), encoding="utf-8").read()


def need(text, src, *subs):
    for s in subs:
        if s not in text:
            fail(f"{src}: expected text missing: {s!r}")


# ---------------------------------------------------------------- labels and diffs
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
codes = {}
for lab in labels:
    text = read(lab["case"])
    clean = read(lab["source"] + "-clean.txt")
    if lab["clean"]:
        if lab["expected"]:
            fail(f"{lab['case']}: clean case with expectations")
        if not 3000 <= len(clean) <= 9000:
            fail(f"{lab['case']}: length {len(clean)} outside 3000-9000")
        continue
    if len(lab["expected"]) != 1:
        fail(f"{lab['case']}: expected exactly one label")
    for e in lab["expected"]:
        codes[e["code"]] = codes.get(e["code"], 0) + 1
        if e["value"] not in text:
            fail(f"{lab['case']}: value {e['value']!r} not in case")
    # one contiguous differing region
    i = 0
    while i < min(len(text), len(clean)) and text[i] == clean[i]:
        i += 1
    j = 0
    while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
        j += 1
    region_clean = clean[i:len(clean) - j]
    region_err = text[i:len(text) - j]
    if text == clean:
        fail(f"{lab['case']}: identical to clean")
    elif max(len(region_clean), len(region_err)) > 80 or "\n\n" in region_err:
        fail(f"{lab['case']}: more than one place changed ({region_clean!r} -> {region_err!r})")

A_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
for c in A_CODES:
    if codes.get(c, 0) < 2:
        fail(f"code {c} occurs {codes.get(c, 0)} times (< 2)")


# ---------------------------------------------------------------- generic table check
def tables(text):
    """Rows of ｜ tables: list of cell lists, blocks separated by non-table lines."""
    blocks, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            cur.append(line.split("｜"))
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def check_score_table(text, src):
    """Σ 分值 = 100, Σ 得分 = 总分/合计, 0 <= 得分 <= 分值, execution row rate and score, 完成率 column."""
    num = re.compile(r"^-?\d+(\.\d+)?$")
    wsum, ssum, total_w, total_s = D(0), D(0), None, None
    for block in tables(text):
        hdr = None
        for row in block:
            if "分值" in row and "得分" in row:
                hdr = row
                continue
            if hdr is None or len(row) != len(hdr):
                continue
            w, s = row[hdr.index("分值")], row[hdr.index("得分")]
            if row[0] in ("总分", "合计"):
                total_w, total_s = w, s
                continue
            if not (num.match(w) and num.match(s)):
                continue
            wsum += D(w)
            ssum += D(s)
            if not D(0) <= D(s) <= D(w):
                fail(f"{src}: score {s} outside [0,{w}] in row {row[:3]}")
            col = lambda name: next(i for i, h in enumerate(hdr) if h.startswith(name))
            if "执行率" in hdr:  # execution row
                budget = D(row[col("全年预算数")])
                spent = D(row[col("全年执行数")])
                rate = row[hdr.index("执行率")].rstrip("%")
                if not close(rate, spent / budget * 100):
                    fail(f"{src}: 执行率 {rate} vs {spent}/{budget}")
                if not close(s, D(w) * spent / budget):
                    fail(f"{src}: execution score {s}")
            if "完成率" in hdr:
                comp = row[hdr.index("完成率")]
                t = re.search(r"[\d.]+", row[hdr.index("年度指标值")])
                a = re.search(r"[\d.]+", row[hdr.index("实际完成值")])
                if comp != "—" and t and a:
                    if not close(comp.rstrip("%"), D(a.group()) / D(t.group()) * 100):
                        fail(f"{src}: 完成率 {comp} in row {row[2]}")
    if total_w is None:
        fail(f"{src}: no total row")
        return None
    if wsum != 100 or D(total_w) != 100:
        fail(f"{src}: weights sum {wsum}, stated {total_w}")
    if not close(total_s, ssum):
        fail(f"{src}: scores sum {ssum}, stated {total_s}")
    return total_s


def funds_rows(text, first_cells):
    """Numeric columns 1..3 (年初, 全年, 执行) of the named funds rows."""
    out = {}
    for block in tables(text):
        for row in block:
            if row[0] in first_cells:
                out[row[0]] = [D(x) for x in row[1:4]]
    return out


# ---------------------------------------------------------------- per-draft arithmetic
# taikang-dilibaohu-2021
src = "taikang-dilibaohu-2021"
t = read(src + "-clean.txt")
tot = check_score_table(t, src)
f = funds_rows(t, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
for k in range(3):
    if f["年度资金总额"][k] != f["其中：当年财政拨款"][k] + f["上年结转资金"][k] + f["其他资金"][k]:
        fail(f"{src}: funds column {k} does not add up")
need(t, src, "提前下达我县2021年耕地地力保护补贴资金16800.00万元", "追加444.60万元", "当年财政拨款合计17244.60万元",
     "38.52万元", "全年预算数合计17283.12万元", "全年执行17269.90万元", "当年资金17231.38万元", "未支出的13.22万元",
     "168.24万亩", "每亩102.5元", "96.5%、98.0%、97.5%、95.6%，平均为96.9%", "自评得分99.82分，评价等级为优秀",
     "结转至2022年", "预算执行率得9.99分，产出指标得50分，效益指标得29.83分，满意度指标得10分")
if D("16800.00") + D("444.60") != D("17244.60"): fail(f"{src}: 年初+追加")
if D("17244.60") + D("38.52") != D("17283.12"): fail(f"{src}: 全年")
if D("17231.38") + D("38.52") != D("17269.90"): fail(f"{src}: 执行")
if D("17283.12") - D("17269.90") != D("13.22"): fail(f"{src}: 结余")
if D("168.24") * D("102.5") != D("17244.60"): fail(f"{src}: 面积×标准")
if not close("96.9", (D("96.5") + D("98.0") + D("97.5") + D("95.6")) / 4): fail(f"{src}: 平均满意度")
if not close("9.83", D(10) * D("88.5") / 90): fail(f"{src}: 测土配方 score")
if D("9.99") + 50 + D("29.83") + 10 != D(tot) or grade(tot) != "优": fail(f"{src}: total/grade")

# xichong-tongfang-2023
src = "xichong-tongfang-2023"
t = read(src + "-clean.txt")
tot = check_score_table(t, src)
f = funds_rows(t, ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"])
for k in range(3):
    if f["年度资金总额"][k] != sum(f[n][k] for n in ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]):
        fail(f"{src}: funds column {k} does not add up")
need(t, src, "年初预算180.00万元，其中中央资金120.00万元、省级资金45.00万元、县级资金15.00万元", "追加县级应急防控资金6.00万元",
     "全年预算数为186.00万元", "实际支出178.56万元，预算执行率96.00%", "结余7.44万元", "31.6万亩次，其中水稻16.2万亩次、玉米8.5万亩次、小麦和油菜6.9万亩次",
     "挽回粮食损失1.26万吨", "2.62万户", "预算执行得9.60分，绩效指标得88分，综合自评得分97.60分，自评等级为“优”",
     "产出指标60分、效益指标30分")
if D("120") + D("45") + D("15") != D("180"): fail(f"{src}: 年初 sources")
if D("180") + D("6") != D("186"): fail(f"{src}: 全年")
if not close("96.00", D("178.56") / D("186") * 100): fail(f"{src}: rate")
if D("186.00") - D("178.56") != D("7.44"): fail(f"{src}: 结余")
if D("16.2") + D("8.5") + D("6.9") != D("31.6"): fail(f"{src}: 面积 breakdown")
if not close("8", D(10) * D("1.6") / 2): fail(f"{src}: 农药减量 score")
if D(tot) - D("9.60") != 88 or grade(tot) != "优": fail(f"{src}: total/grade")

# zhaodong-fenwu-2020 (prose only)
src = "zhaodong-fenwu-2020"
t = read(src + "-clean.txt")
need(t, src, "2020年度项目资金2650.00万元，其中中央财政资金2000.00万元、省级财政资金450.00万元、市级配套资金200.00万元",
     "实际支出2417.32万元，预算执行率91.22%", "未支出的232.68万元", "结转至2021年", "按执行比例计算得9.12分",
     "全年支持126个规模养殖场", "目标120个，完成率105%，得20分", "得15分", "得10分。成本指标（5分）",
     "养殖场补助资金1848.60万元，126个场平均每场14.67万元", "4.6万吨", "完成率92%，得9.2分", "92%、95%、89%，平均为92%",
     "效益指标合计得29.2分", "满意度为98.5%", "预算执行率得9.12分，产出指标得50分，效益指标得29.2分，满意度指标得10分，总分98.32分，评价等级为“优”",
     "生猪场58个", "肉牛场41个、奶牛场15个", "禽类养殖场12个", "由上年的37件下降到12件", "下降了25件", "截至2020年12月31日")
if D(2000) + D(450) + D(200) != D("2650.00"): fail(f"{src}: sources")
if not close("91.22", D("2417.32") / D("2650") * 100): fail(f"{src}: rate")
if not close("9.12", D(10) * D("2417.32") / D("2650")): fail(f"{src}: exec score")
if D("2650.00") - D("2417.32") != D("232.68"): fail(f"{src}: 结转")
if 58 + 41 + 15 + 12 != 126: fail(f"{src}: 养殖场 breakdown")
if not close("105", D(126) / 120 * 100): fail(f"{src}: completion 126/120")
if not close("14.67", D("1848.60") / 126): fail(f"{src}: 平均每场")
if not close("92", D("4.6") / 5 * 100) or not close("9.2", D(10) * D("4.6") / 5): fail(f"{src}: 有机肥")
if not close("92", D(92 + 95 + 89) / 3): fail(f"{src}: 平均利用率")
if D(20) + 15 + 10 + 5 != 50 or D("9.2") + 10 + 10 != D("29.2"): fail(f"{src}: sub-scores")
if D(10) + 50 + 30 + 10 != 100: fail(f"{src}: weights")
if D("9.12") + 50 + D("29.2") + 10 != D("98.32") or grade("98.32") != "优": fail(f"{src}: total/grade")
if 37 - 12 != 25: fail(f"{src}: 投诉下降")

# midu-nongjituiguang-2019
src = "midu-nongjituiguang-2019"
t = read(src + "-clean.txt")
tot = check_score_table(t, src)
f = funds_rows(t, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
for k in range(3):
    if f["年度资金总额"][k] != f["其中：当年财政拨款"][k] + f["上年结转资金"][k] + f["其他资金"][k]:
        fail(f"{src}: funds column {k} does not add up")
need(t, src, "全年预算调整为96.00万元，其中中央资金86.00万元、县级资金10.00万元", "全年实际支出93.28万元，预算执行率97.17%",
     "示范主体补助32.00万元，农技人员培训24.50万元，示范基地建设21.30万元，信息化服务及工作经费15.48万元",
     "每户1000元", "320户示范主体共发放补助320000元", "年末结余2.72万元", "结转至2020年",
     "参训农技人员86人，目标80人，完成率107.50%", "320户，目标300户，完成率106.67%", "3260户，完成率108.67%",
     "有98人落实了包村联户任务，包村联户覆盖率87.5%，完成率97.22%", "112名在岗农技人员", "满意度为95.3%",
     "预算执行率得9.72分，产出指标得50分，效益指标得29.72分，满意度指标得10分，自评总分99.44分，自评等级为优")
if D(86) + D(10) != D(96): fail(f"{src}: 全年")
if D("32.00") + D("24.50") + D("21.30") + D("15.48") != D("93.28"): fail(f"{src}: uses")
if not close("97.17", D("93.28") / 96 * 100): fail(f"{src}: rate")
if D("96.00") - D("93.28") != D("2.72"): fail(f"{src}: 结余")
if D(320) * 1000 != D(320000) or D(320000) / 10000 != D("32.00"): fail(f"{src}: 示范主体补助")
for stated, a, b in [("107.50", 86, 80), ("106.67", 320, 300), ("108.67", 3260, 3000), ("97.22", D("87.5"), 90),
                     ("87.5", 98, 112)]:
    if not close(stated, D(a) / D(b) * 100): fail(f"{src}: completion {stated}")
if not close("9.72", D(10) * D("87.5") / 90): fail(f"{src}: 包村 score")
if D("9.72") + 50 + D("29.72") + 10 != D(tot) or grade(tot) != "优": fail(f"{src}: total/grade")

# huaiyuan-nongjianzhan-2024 (部门整体)
src = "huaiyuan-nongjianzhan-2024"
t = read(src + "-clean.txt")
tot = check_score_table(t, src)
f = funds_rows(t, ["年度资金总额", "其中：基本支出", "项目支出"])
for k in range(3):
    if f["年度资金总额"][k] != f["其中：基本支出"][k] + f["项目支出"][k]:
        fail(f"{src}: funds column {k} does not add up")
need(t, src, "年初预算268.40万元，其中基本支出186.40万元、项目支出82.00万元", "追加下达农产品质量安全监测专项资金25.25万元",
     "调整后全年预算293.65万元，其中基本支出186.40万元、项目支出107.25万元", "全年支出287.12万元",
     "人员经费162.18万元、公用经费24.22万元", "项目支出100.72万元", "部门整体预算执行率97.78%，项目支出执行率93.91%",
     "实际支出25.25万元，执行率100%", "年末结转6.53万元", "2025年1月", "2136批次", "412批次", "检测合格2112批次，例行监测合格率98.88%",
     "不合格的24批次", "6期460人次", "43.86万元", "服务对象满意度为96.4%", "截至2024年12月31日",
     "自评得分98.98分，其中预算执行9.78分、产出指标50分、效益指标29.2分、满意度指标10分，评价等级为优")
if D("186.40") + D("82.00") != D("268.40"): fail(f"{src}: 年初")
if D("82.00") + D("25.25") != D("107.25") or D("186.40") + D("107.25") != D("293.65"): fail(f"{src}: 全年")
if D("162.18") + D("24.22") != D("186.40") or D("186.40") + D("100.72") != D("287.12"): fail(f"{src}: 执行")
if not close("97.78", D("287.12") / D("293.65") * 100) or not close("93.91", D("100.72") / D("107.25") * 100): fail(f"{src}: rates")
if D("293.65") - D("287.12") != D("6.53") or D("107.25") - D("100.72") != D("6.53"): fail(f"{src}: 结转")
if not close("98.88", D(2112) / 2136 * 100) or 2136 - 2112 != 24: fail(f"{src}: 合格率")
if not close("9.2", D(10) * 460 / 500): fail(f"{src}: 培训 score")
if D("9.78") + 50 + D("29.2") + 10 != D(tot) or grade(tot) != "优": fail(f"{src}: total/grade")

# ---------------------------------------------------------------- result
if fails:
    for m in fails:
        print("FAIL", m)
    sys.exit(1)
print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in A_CODES))
print("OK")
