#!/usr/bin/env python3
"""Verify set n190: labels occur in their cases, each error case differs from its clean draft in one
place (and the label value overlaps that place), and the arithmetic of every clean draft holds."""
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
    print("FAIL:", msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    return D(m.group()) if m else None


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1) or "") if m else 0


def consistent(stated, computed, what):
    """stated: string as printed; computed: Decimal. Rules §8 tolerance."""
    v, d = num(stated), decimals(stated)
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    if abs(D(computed) - v) > tol:
        fail(f"{what}: stated {stated}, computed {D(computed):.4f}")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---- layouts ---------------------------------------------------------------
def tab_row(i):
    return f"\t{i[0]}\t{i[1]}\t{i[2]}\t{i[3]}\t{i[4]}\t"


def bar_row(i):
    return f"{i[0]}｜{i[1]}｜{i[2]}｜{i[3]}｜{i[4]}｜"


def pdf_row(i):
    return f"{i[0]}\n{i[1]}\n{i[2]}\n{i[3]}\n{i[4]}\n"


def ascii_row(i):
    return f"| {i[0]} | {i[1]} | {i[2]} | {i[3]} | {i[4]} |"


def shanxi_row(i):  # 附件1 row: name, weight, target, actual, completion, score
    return f"\t{i[0]}\n\t{i[3]}\n\t{i[1]}\n\t{i[2]}\n\t{i[5]}\n\t{i[4]}\n"


# indicator: (name, target, actual, weight, score, completion-or-None, qualitative-score-or-None)
PROJECTS = {
    "liuzhi-jiceng-2022": dict(
        render=tab_row,
        funds=("年度资金总额\t{0}\t{1}\t{2}\t10\t{3}\t{4}", "360.00", "412.50", "398.70", "96.65%", "9.67"),
        comps=[("360.00", "380.00", "366.20"), ("0.00", "32.50", "32.50"), ("0.00", "0.00", "0.00")],
        comp_fmt="{0}\t{1}\t{2}\t{3}\t—",
        comp_names=["其中：当年财政拨款", "上年结转资金", "其他资金"],
        total=("总分\t\t\t\t\t100\t{}", "98.43"),
        ind=[("支持乡镇卫生院数量", "≥16个", "16个", "10", "10", None, None),
             ("村卫生室标准化建设数量", "≥120个", "126个", "10", "10", None, None),
             ("基层医务人员培训人次", "≥800人次", "736人次", "10", "9.2", None, None),
             ("设备验收合格率", "100%", "100%", "10", "10", None, None),
             ("资金拨付及时率", "≥95%", "96%", "5", "5", None, None),
             ("培训人均成本", "≤600元/人次", "575元/人次", "5", "5", None, None),
             ("基层诊疗量占比", "≥55%", "52.6%", "10", "9.56", None, None),
             ("县域内就诊率", "≥85%", "87.3%", "10", "10", None, None),
             ("基层服务能力持续提升", "持续提升", "达成年度指标", "10", "10", None, "10"),
             ("群众满意度", "≥90%", "93.5%", "10", "10", None, None)],
        text_figs=["全年实际支出398.70万元，预算执行率96.65%", "项目结余资金13.80万元", "结转2023年",
                   "中央资金240.00万元、省级资金85.00万元、特区本级资金55.00万元",
                   "年中省级追加20.00万元，并将上年结转资金32.50万元纳入预算，调整后全年预算412.50万元",
                   "乡镇卫生院设备购置268.80万元，村卫生室标准化建设补助87.60万元，基层人员培训42.30万元",
                   "平均每院16.80万元", "培训基层医务人员736人次，培训完成率92%", "人均约575元",
                   "预算执行得分9.67分，产出指标得分49.2分，效益指标得分29.56分，满意度指标得分10分，自评总分98.43分，评价等级为“优”",
                   "年初预算安排360.00万元", "完成村卫生室标准化建设126个", "群众满意度93.5%", "基层诊疗量占比52.6%"],
        extra=[("balance", D("412.50") - D("398.70"), "13.80"),
               ("sources", D("240.00") + D("85.00") + D("55.00"), "380.00"),
               ("adjust", D("360.00") + D("20.00") + D("32.50"), "412.50"),
               ("sub-items", D("268.80") + D("87.60") + D("42.30"), "398.70"),
               ("average", D("268.80") / 16, "16.80"),
               ("training completion", D(736) / 800 * 100, "92%"),
               ("training unit cost 元", D("42.30") * 10000 / 736, "575"),
               ("level scores", D("9.67") + D("49.2") + D("29.56") + 10, "98.43"),
               ("产出", D(10) + 10 + D("9.2") + 10 + 5 + 5, "49.2"),
               ("效益", D("9.56") + 10 + 10, "29.56")],
        grade_text="评价等级为“优”"),
    "xuanen-cunyi-2020": dict(
        render=bar_row,
        funds=("年度资金总额｜{0}｜{1}｜{2}｜10｜{3}｜{4}", "236.00", "245.00", "205.80", "84.00%", "8.40"),
        comps=[("236.00", "245.00", "205.80"), ("0", "0", "0"), ("0", "0", "0")],
        comp_fmt="{0}｜{1}｜{2}｜{3}｜—",
        comp_names=["其中：当年财政拨款", "上年结转资金", "其他资金"],
        total=("总分｜｜｜｜｜100｜{}｜", "89.70"),
        ind=[("补助在岗村医人数", "≥310人", "312人", "15", "15", None, None),
             ("老村医养老补助人数", "≥150人", "146人", "10", "9.73", None, None),
             ("补助对象身份核实率", "100%", "100%", "10", "10", None, None),
             ("补助按时发放率", "≥95%", "60%", "10", "6.32", None, None),
             ("村医定额补助标准", "=2400元/人·年", "2400元/人·年", "5", "5", None, None),
             ("村卫生室服务覆盖率", "≥98%", "100%", "10", "10", None, None),
             ("村医队伍稳定率", "≥95%", "88%", "10", "9.26", None, None),
             ("持执业（助理）医师资格村医占比", "≥70%", "45%", "10", "6.43", None, None),
             ("村医满意度", "≥90%", "82%", "5", "4.56", None, None),
             ("群众满意度", "≥90%", "94%", "5", "5", None, None)],
        text_figs=["全年支出205.80万元，预算执行率84.00%", "为312名在岗村医发放定额补助74.88万元",
                   "发放前三季度基本药物制度补助104.64万元", "为146名老村医发放养老补助26.28万元",
                   "未支出的39.20万元结转至2021年", "全县在岗村医312人", "全年补助在岗村医312人",
                   "中央资金120.00万元、省级资金85.00万元、县级资金40.00万元", "7月中央追加9.00万元，全年预算245.00万元",
                   "年初预算安排乡村医生补助资金236.00万元",
                   "全年按时发放率60%，仅完成年度指标值的63.16%", "分别抽查村卫生室36个、42个、39个，平均每季度抽查39个",
                   "预算执行得分8.40分，产出指标得分46.05分，效益指标得分25.69分，满意度指标得分9.56分，自评得分89.70分，评价等级为良",
                   "村医满意度82%，群众满意度94%", "村医队伍稳定率88%"],
        extra=[("balance", D("245.00") - D("205.80"), "39.20"),
               ("sources", D("120.00") + D("85.00") + D("40.00"), "245.00"),
               ("adjust", D("236.00") + D("9.00"), "245.00"),
               ("定额", D(312) * 2400 / 10000, "74.88"),
               ("养老", D(146) * 1800 / 10000, "26.28"),
               ("sub-items", D("74.88") + D("104.64") + D("26.28"), "205.80"),
               ("按时发放 completion", D(60) / 95 * 100, "63.16%"),
               ("抽查 average", D(36 + 42 + 39) / 3, "39"),
               ("stability from leavers", (1 - D(37) / 312) * 100, "88%"),
               ("level scores", D("8.40") + D("46.05") + D("25.69") + D("9.56"), "89.70"),
               ("产出", D(15) + D("9.73") + 10 + D("6.32") + 5, "46.05"),
               ("效益", D(10) + D("9.26") + D("6.43"), "25.69"),
               ("满意度", D("4.56") + 5, "9.56")],
        grade_text="评价等级为良"),
    "siziwang-jiatingyisheng-2023": dict(
        render=pdf_row,
        funds=("年度资金总额\n{0}\n{1}\n{2}\n10\n{3}\n{4}", "156.00", "156.00", "152.88", "98.00%", "9.80"),
        comps=[("156.00", "156.00", "152.88"), ("0.00", "0.00", "0.00"), ("0.00", "0.00", "0.00")],
        comp_fmt="{0}\n{1}\n{2}\n{3}\n—",
        comp_names=["其中：当年财政拨款", "上年结转资金", "其他资金"],
        total=("总分\n100\n{}", "95.76"),
        ind=[("常住人口签约率", "≥35%", "36.2%", "10", "10", None, None),
             ("重点人群签约率", "≥70%", "71.5%", "10", "10", None, None),
             ("家庭医生团队数", "≥55个", "58个", "5", "5", None, None),
             ("签约居民履约率", "≥85%", "80.4%", "10", "9.46", None, None),
             ("签约服务费拨付时间", "2023年12月31日前", "2023年12月20日", "5", "5", None, "5"),
             ("签约服务费标准", "=60元/人·年", "60元/人·年", "10", "10", None, None),
             ("高血压患者规范管理率", "≥60%", "63.8%", "10", "10", None, None),
             ("2型糖尿病患者规范管理率", "≥60%", "57%", "10", "9.5", None, None),
             ("签约服务长效机制", "健全", "部分达成年度指标并具有一定效果", "10", "7", None, "7"),
             ("签约居民满意度", "≥85%", "88.6%", "10", "10", None, None)],
        text_figs=["年初预算156.00万元，年度内无调整，全年预算156.00万元", "自治区补助资金93.60万元、旗本级配套62.40万元",
                   "有偿签约重点人群25480人，按每人每年60元拨付签约服务费152.88万元，全年执行数152.88万元，预算执行率98.00%",
                   "结余3.12万元", "结转2024年", "常住人口115360人，累计签约41760人，常住人口签约率36.2%",
                   "重点人群35640人，签约25480人，签约率71.5%", "组建家庭医生团队58个，平均每个团队签约720人",
                   "签约居民履约率80.4%", "2023年12月20日全部拨付", "高血压患者规范管理率63.8%", "2型糖尿病患者规范管理率57%",
                   "签约居民满意度88.6%",
                   "预算执行得分9.80分，产出指标得分49.46分，效益指标得分26.50分，满意度得分10分，合计95.76分，自评等级为“优秀”",
                   "（2023年度）"],
        extra=[("balance", D("156.00") - D("152.88"), "3.12"),
               ("sources", D("93.60") + D("62.40"), "156.00"),
               ("fee", D(25480) * 60 / 10000, "152.88"),
               ("签约率", D(41760) / 115360 * 100, "36.2%"),
               ("重点人群签约率", D(25480) / 35640 * 100, "71.5%"),
               ("team average", D(41760) / 58, "720"),
               ("level scores", D("9.80") + D("49.46") + D("26.50") + 10, "95.76"),
               ("产出", D(10) + 10 + 5 + D("9.46") + 5 + 10, "49.46"),
               ("效益", D(10) + D("9.5") + 7, "26.50")],
        grade_text="自评等级为“优秀”"),
    "shouning-chuanranbing-2019": dict(
        render=ascii_row,
        funds=("| 年度资金总额 | {0} | {1} | {2} | 10 | {3} | {4} |", "86.50", "112.30", "101.07", "90.00%", "9.00"),
        comps=[("86.50", "104.60", "93.37"), ("0.00", "7.70", "7.70"), ("0.00", "0.00", "0.00")],
        comp_fmt="| {0} | {1} | {2} | {3} | —",
        comp_names=["其中：当年财政拨款", "上年结转资金", "其他资金"],
        total=("| 总分 | | | | | 100 | {} |", "97.14"),
        ind=[("适龄儿童免疫规划疫苗接种率", "≥90%", "95.6%", "10", "10", None, None),
             ("HIV抗体检测人次", "≥12000人次", "13460人次", "10", "10", None, None),
             ("肺结核可疑症状者检查人数", "≥600人", "512人", "10", "8.53", None, None),
             ("法定传染病报告及时率", "≥95%", "98.7%", "10", "10", None, None),
             ("疫情处置及时率", "100%", "100%", "5", "5", None, None),
             ("项目支出控制数", "≤112.30万元", "101.07万元", "5", "5", None, None),
             ("甲乙类传染病报告发病率", "≤200/10万", "186.4/10万", "10", "10", None, None),
             ("肺结核患者成功治疗率", "≥90%", "86.5%", "10", "9.61", None, None),
             ("重大传染病暴发流行", "0起", "0起", "10", "10", None, "10"),
             ("群众满意度", "≥85%", "90.2%", "10", "10", None, None)],
        text_figs=["年初预算86.50万元，其中中央补助54.30万元、省级补助18.20万元、县级配套14.00万元",
                   "中央追加补助18.10万元，当年财政拨款调整为104.60万元；加上上年结转资金7.70万元，全年预算112.30万元",
                   "实际支出101.07万元，预算执行率90.00%",
                   "免疫规划38.40万元，艾滋病防治21.60万元，结核病防治24.90万元，传染病监测与应急处置16.17万元",
                   "年末结转资金11.23万元", "结转至2020年", "开展HIV抗体检测13460人次", "检查512人，完成目标的85.33%",
                   "预算执行得分9.00分，产出指标得分48.53分，效益指标得分29.61分，满意度指标得分10分，自评总分97.14分，评价等级为优秀",
                   "| 评价等级 | 优 |", "接种率95.6%", "及时率98.7%", "186.4/10万", "成功治疗率86.5%", "群众满意度90.2%"],
        extra=[("balance", D("112.30") - D("101.07"), "11.23"),
               ("年初 sources", D("54.30") + D("18.20") + D("14.00"), "86.50"),
               ("当年拨款", D("86.50") + D("18.10"), "104.60"),
               ("全年", D("104.60") + D("7.70"), "112.30"),
               ("sub-projects", D("38.40") + D("21.60") + D("24.90") + D("16.17"), "101.07"),
               ("TB completion", D(512) / 600 * 100, "85.33%"),
               ("level scores", D("9.00") + D("48.53") + D("29.61") + 10, "97.14"),
               ("产出", D(10) + 10 + D("8.53") + 10 + 5 + 5, "48.53"),
               ("效益", D(10) + D("9.61") + 10, "29.61")],
        grade_text="评价等级为优秀"),
}

SHANXI = "pinglu-fuyou-2024"
SHANXI_FUNDS = {  # row -> total, subtotal, central, provincial, city, county, carryover, other
    "(1)": ["128.60", "128.60", "78.40", "26.00", "", "24.20", "", ""],
    "(2)": ["135.20", "135.20", "78.40", "32.60", "", "24.20", "", ""],
    "(3)": ["135.20", "135.20", "78.40", "32.60", "", "24.20", "", ""],
    "(4)": ["124.38", "124.38", "74.10", "28.90", "", "21.38", "", ""],
    "(5)=(3)-(4)": ["10.82", "10.82", "4.30", "3.70", "0", "2.82", "0", "0"],
    "(6)=(3)/(2)": ["100", "100", "100", "100", "0", "100", "0", "0"],
    "(7)=(4)/(2)": ["92.00", "92.00", "94.52", "88.65", "0", "88.35", "0", "0"],
}
SHANXI_IND = [  # name, target, actual, weight, score, completion, qualitative
    ("预算执行率", "100%", "92.00%", "10", "9.2", "92.00%", None),
    ("农村适龄妇女宫颈癌筛查人数（人）", "≥4000人", "4126人", "10", "10", "103.15%", None),
    ("农村适龄妇女乳腺癌筛查人数（人）", "≥4000人", "3880人", "10", "9.7", "97.00%", None),
    ("孕产妇系统管理率", "≥90%", "93.6%", "10", "10", "104.00%", None),
    ("新生儿遗传代谢性疾病筛查率", "≥98%", "98.9%", "10", "10", "100.92%", None),
    ("筛查结果及时反馈率", "≥95%", "96%", "5", "5", "101.05%", None),
    ("两癌筛查人均成本", "≤120元/人", "98元/人", "5", "5", "100%", None),
    ("孕产妇死亡率", "≤15/10万", "0/10万", "10", "10", "100%", None),
    ("婴儿死亡率", "≤5‰", "3.2‰", "10", "10", "100%", None),
    ("两癌早诊率", "≥90%", "81%", "10", "9", "90.00%", None),
    ("服务对象满意度", "≥90%", "92.5%", "10", "10", "102.78%", None),
]


def direction(target):
    if re.search(r"≥|不低于|不少于|以上", target):
        return "gte"
    if re.search(r"≤|不超过|以内|不高于", target):
        return "lte"
    return "eq"


def check_indicators(src, text, inds, render, total_str):
    wsum, ssum = D(0), D(0)
    for ind in inds:
        name, target, actual, w, s, comp, qual = ind
        if render(ind) not in text:
            fail(f"{src}: row not found: {render(ind)!r}")
        wsum += D(w)
        ssum += D(s)
        if D(s) > D(w) or D(s) < 0:
            fail(f"{src}: {name} score {s} outside 0..{w}")
        if qual is not None:
            consistent(s, D(qual), f"{src} {name} qualitative score")
            continue
        T, A = num(target), num(actual)
        d = direction(target)
        if d == "lte":
            c = D(100) if A <= T else T / A * 100
        elif T == 0:
            c = D(100) if A <= 0 else D(0)
        else:
            c = A / T * 100
        expected = r2(D(w) * min(c, D(100)) / 100)
        consistent(s, expected, f"{src} {name} score")
        if comp is not None:
            consistent(comp, c, f"{src} {name} completion")
        # units of target and actual must agree
        ut = re.sub(r"[\d.,≥≤=＜＞<>]", "", target)
        ua = re.sub(r"[\d.,]", "", actual)
        if ut != ua:
            fail(f"{src}: {name} unit {ut!r} vs {ua!r}")
    if wsum != 100:
        fail(f"{src}: weights sum {wsum}")
    consistent(total_str, ssum, f"{src} total score")
    return ssum


def check_project(src, p):
    text = read(f"{src}-clean.txt")
    fmt, ini, ann, sp, rate, score = p["funds"]
    if fmt.format(ini, ann, sp, rate, score) not in text:
        fail(f"{src}: funds row not found")
    consistent(rate, D(sp) / D(ann) * 100, f"{src} execution rate")
    consistent(score, r2(10 * min(D(sp) / D(ann), D(1))), f"{src} execution score")
    for col, tot in enumerate((ini, ann, sp)):
        consistent(tot, sum(D(c[col]) for c in p["comps"]), f"{src} funds column {col}")
    for nm, c in zip(p["comp_names"], p["comps"]):
        rate_cell = "—"
        row = nm + p["comp_fmt"].format(*[""] + list(c))[0:0]
        if not any(nm + sep + c[0] in text for sep in ("\t", "｜", "\n", " | ")):
            fail(f"{src}: component row {nm} not found")
    # execution row counts as an indicator line of weight 10
    inds = list(p["ind"])
    tfmt, total = p["total"]
    if tfmt.format(total) not in text:
        fail(f"{src}: total row not found")
    wsum = sum(D(i[3]) for i in inds) + 10
    if wsum != 100:
        fail(f"{src}: weights incl. execution sum {wsum}")
    ssum = sum(D(i[4]) for i in inds) + D(score)
    consistent(total, ssum, f"{src} total")
    for ind in inds:
        if p["render"](ind) not in text:
            fail(f"{src}: row not found: {p['render'](ind)!r}")
    check_indicators(src, text, inds + [("预算执行率", "100%", rate, "10", score, None, None)],
                     lambda i: p["render"](i) if i[0] != "预算执行率" else "", str(D(total)))
    for f in p["text_figs"]:
        if f not in text:
            fail(f"{src}: text figure not found: {f!r}")
    for what, comp, stated in p["extra"]:
        consistent(stated, comp, f"{src} {what}")
    g = grade(total)
    if g not in p["grade_text"]:
        fail(f"{src}: grade text {p['grade_text']} vs band {g}")


def check_shanxi():
    src = SHANXI
    text = read(f"{src}-clean.txt")
    names = {"(1)": "年初预算资金", "(2)": "全年预算资金", "(3)": "实际到位资金", "(4)": "全年执行资金",
             "(5)=(3)-(4)": "资金结余", "(6)=(3)/(2)": "预算到位率", "(7)=(4)/(2)": "预算执行率(%)"}
    for k, cells in SHANXI_FUNDS.items():
        block = f"\t{names[k]}\n\t{k}\n" + "".join(f"\t{c}\n" for c in cells)
        if block not in text:
            fail(f"{src}: funds row {k} not found")
    v = {k: [D(c) if c else D(0) for c in cells] for k, cells in SHANXI_FUNDS.items()}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        row = v[k]
        consistent(SHANXI_FUNDS[k][1], row[2] + row[3] + row[4] + row[5], f"{src} {k} subtotal")
        consistent(SHANXI_FUNDS[k][0], row[1] + row[6] + row[7], f"{src} {k} total")
    for i in range(8):
        consistent(SHANXI_FUNDS["(5)=(3)-(4)"][i] or "0", v["(3)"][i] - v["(4)"][i], f"{src} balance col {i}")
        if v["(2)"][i] == 0:
            if v["(6)=(3)/(2)"][i] != 0 or v["(7)=(4)/(2)"][i] != 0:
                fail(f"{src}: non-zero rate on zero base col {i}")
            continue
        consistent(SHANXI_FUNDS["(6)=(3)/(2)"][i], v["(3)"][i] / v["(2)"][i] * 100, f"{src} 到位率 col {i}")
        consistent(SHANXI_FUNDS["(7)=(4)/(2)"][i], v["(4)"][i] / v["(2)"][i] * 100, f"{src} 执行率 col {i}")
    ssum = check_indicators(src, text, SHANXI_IND, shanxi_row, "97.9")
    if "\t合计\n\t\n\t\n\t100\n\t\n\t\n\t\n\t97.9\n" not in text:
        fail(f"{src}: 合计 row not found")
    consistent("9.2", r2(10 * D("124.38") / D("135.20")), f"{src} execution score")
    for f in ["总得分97.9分，属于\"优秀\"", "年初预算128.60万元，年中省级追加6.60万元，全年预算135.20万元",
              "截至2024年12月31日，全年支出124.38万元，预算执行率92.00%，结余10.82万元",
              "两癌筛查支出78.46万元，新生儿疾病筛查支出27.30万元，孕产妇健康管理及增补叶酸支出18.62万元",
              "宫颈癌筛查4126人、乳腺癌筛查3880人，两癌筛查共8006人次，人均成本约98元",
              "全县活产612人，孕产妇系统管理573人，系统管理率93.6%", "婴儿死亡率3.2‰", "两癌早诊率81%",
              "满意度达92.5%", "及时反馈率96%", "筛查率98.9%"]:
        if f not in text:
            fail(f"{src}: text figure not found: {f!r}")
    consistent("124.38", D("78.46") + D("27.30") + D("18.62"), f"{src} sub-items")
    consistent("6.60", D("135.20") - D("128.60"), f"{src} 追加")
    consistent("8006", D(4126) + 3880, f"{src} screening total")
    consistent("98", D("78.46") * 10000 / 8006, f"{src} unit cost")
    consistent("93.6%", D(573) / 612 * 100, f"{src} 系统管理率")
    # body tables repeat the annex rows
    for name, t, a, w, s in [("预算执行率", "100%", "92.00%", "10", "9.2"), ("两癌早诊率", "≥90%", "81%", "10", "9")]:
        if f"\t{name}\n\t{w}\n\t{t}\n\t{a}\n\t{s}\n" not in text:
            fail(f"{src}: body row {name} not found")
    if grade(ssum) != "优":
        fail(f"{src}: grade")


def check_cases():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        fail(f"{len(labels)} labels")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{lab['case']}: length {n}")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            continue
        clean = read(lab["source"] + "-clean.txt")
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        region = (i, len(text) - j)
        if clean == text:
            fail(f"{lab['case']}: identical to clean")
        if region[1] - region[0] > 60:
            fail(f"{lab['case']}: changed region too long {region}")
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected one label")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            val = e["value"]
            occ = [k for k in range(len(text)) if text.startswith(val, k)]
            if not occ:
                fail(f"{lab['case']}: value not found")
            elif not any(k < max(region[1], region[0] + 1) and k + len(val) > region[0] for k in occ):
                fail(f"{lab['case']}: value does not overlap the change {region}")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")


def main():
    for src, p in PROJECTS.items():
        check_project(src, p)
    check_shanxi()
    check_cases()
    if FAIL:
        print(f"{len(FAIL)} failures")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
