#!/usr/bin/env python3
"""Check the set: labels, edits, and the arithmetic of every clean draft.

1. Every labelled value occurs exactly once in its case and never in the clean draft of its project.
2. Every error case differs from its clean draft by one contiguous edit of at most 16 characters inside one
   line (score-row cases marked rows=True in build.py: at most two such edits, in adjacent table rows).
3. The clean drafts are recomputed: rates, balances, sums, averages, unit conversions, weights to 100,
   row scores (rules.md section 5), completion rates, scores to the total, the grade band (section 6).
   Tolerance: rules.md section 8 (half a unit of the last stated decimal), ROUND_HALF_UP, Decimal.
Pure Python 3. Prints OK or the list of problems (exit 1).
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

PROBLEMS = []
FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def num_str(s):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s.translate(FW))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return m.group().replace(",", "")


def dec(s):
    return D(num_str(s))


def ndp(s):
    n = num_str(s)
    return len(n.split(".")[1]) if "." in n else 0


def close(stated, computed):
    """rules.md section 8: |computed - stated| <= 0.5 * 10^-d (+1e-9)."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** -ndp(stated) + D("1e-9")


def need(text, tag, *frags):
    for f in frags:
        if f not in text:
            bad(f"{tag}: expected text not found: {f!r}")


def eq(tag, stated, computed):
    if not close(stated, computed):
        bad(f"{tag}: stated {stated} but computed {D(computed):.6f}")


def total(*xs):
    return sum((dec(x) for x in xs), D(0))


def rate(a, b):
    return dec(a) / dec(b) * 100


GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")), (D(0), ("差", "较差"))]


def grade_ok(score, label):
    for low, names in GRADES:
        if score >= low:
            return label in names
    return False


# ---------------------------------------------------------------- indicator rows (rules.md section 5)
def unit_of(s):
    s = s.translate(FW)
    return re.sub(r"[≥≤＞＜><=\d.,\s]", "", s)


def check_row(tag, name, target, actual, weight, score, completion=None):
    w, sc = dec(weight), dec(score)
    if sc < 0 or sc > w:
        bad(f"{tag} {name}: score {score} outside [0, {weight}]")
    if not re.search(r"\d", target):  # qualitative: achieved -> full marks
        if sc != w:
            bad(f"{tag} {name}: qualitative achieved but score {score} != {weight}")
        if completion is not None and completion not in ("100%", "—"):
            bad(f"{tag} {name}: qualitative completion {completion}")
        return
    if "年" in target and "月" in target:  # date target
        t = [int(x) for x in re.findall(r"\d+", target)]
        a = [int(x) for x in re.findall(r"\d+", actual)]
        if a > t or sc != w:
            bad(f"{tag} {name}: date {actual} vs {target} scored {score}")
        return
    if unit_of(target) != unit_of(actual):
        bad(f"{tag} {name}: unit of target {target!r} differs from actual {actual!r}")
    T, A = dec(target), dec(actual)
    if target.startswith("≤"):
        c = D(1) if A <= T else T / A
    else:  # ≥ or a bare value (= scored like gte)
        c = A / T
    exp = w * min(c, D(1))
    ok = close(score, exp)
    if completion is not None:
        eq(f"{tag} {name} completion", completion, c * 100)
        ok = ok or close(score, w * min(dec(completion) / 100, D(1)))
    if not ok:
        bad(f"{tag} {name}: score {score} but rule gives {exp:.4f}")


def split_row(line):
    return re.split(r"\s{2,}", line.strip())


def is_num(tok):
    return re.fullmatch(r"[\d.]+", tok) is not None


# ---------------------------------------------------------------- 1. 鲁山 小型水库除险加固 2022
def check_lushan(t):
    tag = "lushan"
    need(t, tag, "中央财政水利发展资金７２０万元", "按每座120万元定额补助", "省级补助资金288.00万元，按每座48万元补助",
         "市级补助资金96.00万元，按每座16万元补助", "县级配套资金180.00万元，按中央补助资金25%的比例配套",
         "项目总投资一千二百八十四万元", "县级配套资金一百八十万元")
    for k, per in (("720", "120"), ("288", "48"), ("96", "16")):
        if D(per) * 6 != D(k):
            bad(f"{tag}: {per} x 6 != {k}")
    if D("720") * D("0.25") != D("180"):
        bad(f"{tag}: 25% of 720 != 180")
    if total("720", "288", "96", "180") != D("1284") or total("288", "96", "180") != D("564"):
        bad(f"{tag}: sources do not add up")
    need(t, tag, "地方资金合计564.00万元，占总投资的43.93%，中央资金占56.07%")
    eq(tag + " local share", "43.93%", rate("564", "1284"))
    eq(tag + " central share", "56.07%", rate("720", "1284"))
    # dam list
    rows = [split_row(l) for l in t.split("表1  六座水库基本情况及批复概算\n")[1].split("\n六座水库批复概算合计")[0].splitlines()[1:]]
    dams, tot = rows[:-1], rows[-1]
    if len(dams) != 6:
        bad(f"{tag}: expected 6 dams, got {len(dams)}")
    for col, idx in (("总库容", 3), ("兴利库容", 4), ("概算", 5)):
        eq(f"{tag} dam {col} sum", tot[idx - 2], sum(dec(r[idx]) for r in dams))
    need(t, tag, "六座水库批复概算合计1,284.00万元（0.1284亿元），平均每座214.00万元")
    eq(tag + " 亿元", "0.1284", D("1284.00") / 10000)
    eq(tag + " average estimate", "214.00", sum(dec(r[5]) for r in dams) / 6)
    # budget
    need(t, tag, "年初预算900.00万元（中央提前下达720.00万元、县级配套180.00万元），年中追加省、市补助资金384.00万元，全年预算1,284.00万元",
         "实际到位1,284.00万元，资金到位率100%", "全年项目累计支出1,201.86万元，预算执行率93.60%",
         "六座水库工程施工结算金额合计1,225.20万元，勘察设计、监理及质量检测等费用37.92万元，项目实际完成投资1,263.12万元，较批复概算审减20.88万元",
         "年末结余82.14万元", "预留工程质量保证金61.26万元（612,600.00元）", "结转2023年")
    eq(tag + " initial+add", "1284.00", total("720", "180", "384"))
    eq(tag + " exec rate", "93.60%", rate("1201.86", "1284"))
    eq(tag + " completed investment", "1263.12", total("1225.20", "37.92"))
    eq(tag + " 审减", "20.88", dec("1284") - dec("1263.12"))
    eq(tag + " balance", "82.14", dec("1284") - dec("1201.86"))
    eq(tag + " balance parts", "82.14", total("61.26", "20.88"))
    eq(tag + " 5% retention", "61.26", dec("1225.20") * D("0.05"))
    eq(tag + " 元->万元", "61.26", dec("612,600.00") / 10000)
    eq(tag + " paid = settlement - retention + other", "1201.86", dec("1225.20") - dec("61.26") + dec("37.92"))
    # funds table 2
    block = t.split("表2  2022年度项目资金到位及执行情况（单位：万元）\n")[1].split("\n与2021年相比")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    for j in range(1, 6):
        eq(f"{tag} funds col {j}", tot[j], sum(dec(r[j]) for r in body))
    for r in rows:
        eq(f"{tag} funds {r[0]} balance", r[5], dec(r[3]) - dec(r[4]))
        eq(f"{tag} funds {r[0]} rate", r[6], rate(r[4], r[2]))
    need(t, tag, "全年预算增加441.40万元（2021年完成四座水库除险加固，全年预算842.60万元），增长52.39%")
    eq(tag + " yoy", "441.40", dec("1284") - dec("842.60"))
    eq(tag + " yoy %", "52.39%", rate("441.40", "842.60"))
    need(t, tag, "整改完成11份，整改率100%", "合格24个，其中优良15个，优良率62.50%", "“三个责任人”共18人",
         "坝体防渗处理1,482米，其中高压旋喷防渗墙946米、坝坡复合土工膜防渗536米，为目标值的102.21%",
         "主汛期前完成主体工程的水库五座，占83.33%", "项目实际完成投资1,263.12万元，按实际完成投资计算，平均每座210.52万元",
         "恢复灌溉面积4,860亩，完成目标的93.46%", "约340亩", "发放满意度调查问卷500份，收回482份，回收率96.40%",
         "满意（含比较满意）456份，满意度94.61%")
    eq(tag + " 62.50", "62.50%", rate("15", "24"))
    eq(tag + " seepage parts", "1482", total("946", "536"))
    eq(tag + " seepage %", "102.21%", rate("1482", "1450"))
    eq(tag + " flood season 5/6", "83.33%", rate("5", "6"))
    eq(tag + " avg actual", "210.52", dec("1263.12") / 6)
    eq(tag + " irrigation %", "93.46%", rate("4860", "5200"))
    eq(tag + " irrigation gap", "340", dec("5200") - dec("4860"))
    eq(tag + " return rate", "96.40%", rate("482", "500"))
    eq(tag + " satisfaction", "94.61%", rate("456", "482"))
    if D(6) * 3 != D(18):
        bad(tag + " 18 responsible persons")
    # indicator table 3
    block = t.split("表3  2022年度小型水库除险加固项目绩效自评表\n")[1].split("\n经自评")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    for r in body:
        check_row(tag, r[-6], r[-5], r[-4], r[-2], r[-1], completion=r[-3])
    table_checks(tag, t, body, tot, wi=-2, si=-1,
                 levels={"预算执行": D(10), "产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)})
    need(t, tag, "本项目综合得分98.44分，其中预算执行9.36分、产出指标49.41分、效益指标29.67分、满意度指标10分，评价等级为“优”")
    eq(tag + " text parts", "98.44", total("9.36", "49.41", "29.67", "10"))
    level_sum(tag, body, "产出指标", "49.41", -1)
    level_sum(tag, body, "效益指标", "29.67", -1)
    if not grade_ok(D("98.44"), "优"):
        bad(tag + " grade")


def level_sum(tag, body, level, stated, si):
    eq(f"{tag} {level} score", stated, sum(dec(r[si]) for r in body if r[0] == level))


def table_checks(tag, text, body, tot, wi, si, levels=None):
    ws = sum(dec(r[wi]) for r in body)
    ss = sum(dec(r[si]) for r in body)
    if ws != 100 or dec(tot[-2]) != 100:
        bad(f"{tag}: weights sum {ws}, 合计 {tot[-2]}")
    eq(f"{tag} score total", tot[-1], ss)
    if levels:
        for lv, w in levels.items():
            got = sum(dec(r[wi]) for r in body if r[0] == lv)
            if got != w:
                bad(f"{tag}: level {lv} weights {got} != {w}")


# ---------------------------------------------------------------- 2. 唐县 高效节水灌溉 2019
def check_tangxian(t):
    tag = "tangxian"
    need(t, tag, "其中高昌镇4,800亩、北罗镇4,100亩、白合镇3,100亩", "建设低压管道输水高效节水灌溉工程1.2万亩",
         "新打机井四十八眼，修复旧井三十六眼，共84眼", "铺设地埋PVC输水管道312.6公里（其中主管道96.4公里、支管道216.2公里）",
         "项目总投资一千八百万元，亩均财政投资1,500元", "资金按中央60%、省级20%、市级5%、县级15%的比例分级负担",
         "中央财政农田建设补助资金１０８０万元，省级资金360.00万元，市级资金90.00万元，县级配套资金270.00万元")
    eq(tag + " area", "12000", total("4800", "4100", "3100"))
    if 48 + 36 != 84:
        bad(tag + " wells")
    eq(tag + " pipes", "312.6", total("96.4", "216.2"))
    eq(tag + " 1500/mu", "1800", D(12000) * 1500 / 10000)
    for share, amt in (("0.60", "1080"), ("0.20", "360"), ("0.05", "90"), ("0.15", "270")):
        eq(f"{tag} share {share}", amt, D("1800") * D(share))
    need(t, tag, "2018年12月，省财政厅以冀财农〔2018〕168号文件提前下达我县2019年中央财政农田建设补助资金1,080.00万元",
         "项目年初预算1,350.00万元，年中追加省、市资金450.00万元，全年预算1,800.00万元，实际到位1,800.00万元，到位率100%",
         "项目累计支出1,652.40万元，预算执行率91.80%，年末结余147.60万元", "结转2020年支付")
    eq(tag + " initial", "1350", total("1080", "270"))
    eq(tag + " add", "450", total("360", "90"))
    eq(tag + " annual", "1800", total("1350", "450"))
    eq(tag + " exec rate", "91.80%", rate("1652.40", "1800"))
    eq(tag + " balance", "147.60", dec("1800") - dec("1652.40"))
    block = t.split("分资金来源执行情况如下（单位：万元）：\n")[1].split("\n与2018年相比")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    for j in range(1, 4):
        eq(f"{tag} funds col {j}", tot[j], sum(dec(r[j]) for r in body))
    for r in rows:
        if dec(r[2]) == 0:
            if r[4] != "—":
                bad(f"{tag}: zero-base rate printed {r[4]}")
        else:
            eq(f"{tag} {r[0]} rate", r[4], rate(r[3], r[2]))
    need(t, tag, "由0.8万亩增加到1.2万亩，增长50.00%", "2018年项目投入1,160.00万元，亩均1,450元",
         "铺设地埋输水管道312.6公里，比目标多12.6公里", "按已支出资金计算，亩均1,377元",
         "亩均每年节水56立方米，项目区年可节约地下水67.2万立方米", "玉米亩均增产46公斤，总增产粮食552吨，按每公斤2.30元计算，增收126.96万元",
         "随机抽取农户300户开展问卷调查，满意279户，满意度93.00%", "项目区受益农户5,812户", "县级配套资金支出率45.33%")
    eq(tag + " growth", "50.00%", rate("0.4", "0.8"))
    eq(tag + " 2018 per mu", "1450", D("1160") * 10000 / 8000)
    eq(tag + " over target", "12.6", dec("312.6") - 300)
    eq(tag + " spent per mu", "1377", D("1652.40") * 10000 / 12000)
    eq(tag + " water saved", "67.2", D(12000) * 56 / 10000)
    eq(tag + " grain", "552", D(12000) * 46 / 1000)
    eq(tag + " income", "126.96", D(552000) * D("2.30") / 10000)
    eq(tag + " satisfaction", "93.00%", rate("279", "300"))
    eq(tag + " county rate", "45.33%", rate("122.40", "270"))
    block = t.split("一级指标      二级指标        三级指标")[1].split("\n\n")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    body = [r if is_num(r[-1]) else r[:-1] for r in body]
    for r in body:
        check_row(tag, r[-5], r[-4], r[-3], r[-2], r[-1])
    table_checks(tag, t, body, tot, wi=-2, si=-1,
                 levels={"预算执行": D(10), "产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)})
    need(t, tag, "年度：2019年度", "项目预算执行率得分9.18分，产出指标得分50分，效益指标得分29.36分，满意度指标得分10分，自评总得分98.54分，评价等级为“优秀”")
    eq(tag + " text parts", "98.54", total("9.18", "50", "29.36", "10"))
    level_sum(tag, body, "产出指标", "50", -1)
    level_sum(tag, body, "效益指标", "29.36", -1)
    if not grade_ok(D("98.54"), "优秀"):
        bad(tag + " grade")
    if "2018年度" in t:
        bad(tag + ": clean draft mentions 2018年度")


# ---------------------------------------------------------------- 3. 临县 农村供水维修养护 2024 (flattened tables)
def flat_rows(t):
    rows = []
    for block in t.split("\n\n"):
        lines = block.split("\n")
        if lines and all(l.startswith("\t") for l in lines):
            rows.append([l[1:] for l in lines])
    return rows


def check_linxian(t):
    tag = "linxian"
    need(t, tag, "全县共有农村供水工程1,246处，其中千吨万人供水工程3处、千人以上集中供水工程28处、千人以下集中供水工程875处、分散式供水工程340处",
         "更换改造供水管网41.6公里（主管道12.4公里、入户支管29.2公里），维修更换水泵57台、消毒设备26台",
         "县级按中央补助资金三分之一的比例配套，另有上年结转资金14.50万元", "提前下达中央资金186.00万元",
         "下达省级资金62.00万元", "县级配套资金六十二万元列入年初预算",
         "全年预算324.50万元，实际到位318.30万元，资金到位率98.09%；全年执行310.50万元，预算执行率95.69%，年末结余7.80万元。县级资金未到位6.20万元",
         "维修养护工程费195.84万元，水泵及消毒设备购置费68.42万元，水质检测费24.60万元，应急抢修费21.64万元，合计310.50万元",
         "全年完成三十二处集中供水工程维修养护", "总得分99.46分，属于“优秀”")
    eq(tag + " works", "1246", total("3", "28", "875", "340"))
    eq(tag + " pipes", "41.6", total("12.4", "29.2"))
    eq(tag + " county 1/3", "62.00", D("186") / 3)
    eq(tag + " annual", "324.50", total("186", "62", "62", "14.50"))
    eq(tag + " received rate", "98.09%", rate("318.30", "324.50"))
    eq(tag + " exec rate", "95.69%", rate("310.50", "324.50"))
    eq(tag + " balance", "7.80", dec("318.30") - dec("310.50"))
    eq(tag + " county gap", "6.20", dec("62") - dec("55.80"))
    eq(tag + " spending parts", "310.50", total("195.84", "68.42", "24.60", "21.64"))
    rows = flat_rows(t)
    funds = {r[0]: r for r in rows if len(r) == 10 and r[1].startswith("(")}
    if len(funds) != 7:
        bad(f"{tag}: funds table rows {len(funds)}")

    def v(s):
        return dec(s) if s.strip() else D(0)
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = funds[key]
        eq(f"{tag} {key} 小计", r[3], sum(v(x) for x in r[4:8]))
        eq(f"{tag} {key} total", r[2], v(r[3]) + v(r[8]) + v(r[9]))
    for j in range(2, 10):
        eq(f"{tag} balance col {j}", funds["资金结余"][j], v(funds["实际到位资金"][j]) - v(funds["全年执行资金"][j]))
        for key, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            base = v(funds["全年预算资金"][j])
            cell = funds[key][j]
            if base == 0:
                if dec(cell) != 0:
                    bad(f"{tag}: nonzero rate on zero base {key} col {j}")
            else:
                eq(f"{tag} {key} col {j}", cell, v(funds[num][j]) / base * 100)
    ind = [r for r in rows if len(r) == 7 and r[0] != "二级指标"]
    if len(ind) != 13:
        bad(f"{tag}: indicator rows {len(ind)}")
    for r in ind:
        check_row(tag, r[1], r[3], r[4], r[2], r[6], completion=r[5])
    ws = sum(dec(r[2]) for r in ind)
    ss = sum(dec(r[6]) for r in ind)
    if ws != 100:
        bad(f"{tag}: weights {ws}")
    eq(tag + " total", "99.46", ss)
    out_w = sum(dec(r[2]) for r in ind if r[0] in ("数量指标", "质量指标", "时效指标", "成本指标"))
    ben_w = sum(dec(r[2]) for r in ind if r[0] in ("社会效益指标", "可持续影响指标"))
    if out_w != 50 or ben_w != 30:
        bad(f"{tag}: level weights {out_w}/{ben_w}")
    if not grade_ok(D("99.46"), "优秀"):
        bad(tag + " grade")
    need(t, tag, "其中31处在10月31日前按期完成，按期完成率96.88%", "比计划多1.6公里", "共83台套",
         "全年开展水质巡检756次，比目标多26次，其中合格685次，合格率90.61%", "单处工程平均维修费用6.12万元",
         "由2023年的95.4%提高到96.2%，提高0.8个百分点", "项目直接受益人口8.62万人，比2023年的7.95万人增加0.67万人",
         "发放问卷250份，收回250份，其中满意238份，满意度95.20%", "全县23个乡镇配备水管员23名",
         "县级资金到位率90.00%", "中央资金结余7.80万元")
    eq(tag + " on time", "96.88%", rate("31", "32"))
    eq(tag + " pipes over", "1.6", dec("41.6") - 40)
    if 57 + 26 != 83 or 756 - 730 != 26 or 13 + 10 != 23:
        bad(tag + " counts")
    eq(tag + " water quality", "90.61%", rate("685", "756"))
    eq(tag + " cost per site", "6.12", dec("195.84") / 32)
    eq(tag + " supply rate", "0.8", dec("96.2") - dec("95.4"))
    eq(tag + " people", "0.67", dec("8.62") - dec("7.95"))
    eq(tag + " satisfaction", "95.20%", rate("238", "250"))
    eq(tag + " county received", "90.00%", rate("55.80", "62"))


# ---------------------------------------------------------------- 4. 东阿 河湖长制 2020 (subtotal rows)
def check_donge(t):
    tag = "donge"
    need(t, tag, "全县设立县、乡、村三级河长386名，其中县级河长１７名、乡级河长96名、村级河长273名",
         "项目全年预算800.00万元，其中：中央水利发展资金400.00万元", "省级河湖长制奖补资金200.00万元", "市级资金80.00万元",
         "县级配套资金120.00万元，占全年预算的15%", "年初预算520.00万元，年中追加省、市资金280.00万元",
         "2019年12月提前下达", "截至2020年12月31日，项目资金全部到位，到位率100%；全年支出643.52万元，预算执行率80.44%，结余156.48万元",
         "未支付的141.60万元经县财政局批准结转2021年继续使用", "结算节余13.38万元、公示牌更新节余1.50万元，共14.88万元")
    eq(tag + " chiefs", "386", total("17", "96", "273"))
    eq(tag + " sources", "800", total("400", "200", "80", "120"))
    eq(tag + " county share", "15", rate("120", "800"))
    eq(tag + " initial", "520", total("400", "120"))
    eq(tag + " add", "280", total("200", "80"))
    eq(tag + " exec rate", "80.44%", rate("643.52", "800"))
    eq(tag + " balance", "156.48", dec("800") - dec("643.52"))
    eq(tag + " balance parts", "156.48", total("141.60", "14.88"))
    eq(tag + " returned", "14.88", total("13.38", "1.50"))
    block = t.split("各子项目预算执行情况如下（单位：万元）：\n")[1].split("\n资金管理方面")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    for j in (-4, -3, -1):
        eq(f"{tag} sub col {j}", tot[j], sum(dec(r[j]) for r in body))
    for r in rows:
        eq(f"{tag} {r[-5]} rate", r[-2], rate(r[-3], r[-4]))
        eq(f"{tag} {r[-5]} balance", r[-1], dec(r[-4]) - dec(r[-3]))
    need(t, tag, "按实际支出计算，清淤单位成本18.54元/立方米", "土方21.5万立方米", "合同价224.25万元，综合单价345.00元/米",
         "年底完成护坡2.6公里，占计划的40.00%，支付资金94.40万元，其中工程进度款89.70万元、设计监理费4.70万元",
         "排查河湖“四乱”问题52处，整改销号46处，整改销号率88.46%；剩余6处", "3个子项目按期完成，年度任务按期完成率60.00%",
         "累计巡河9,134次，应巡河9,264次，巡河履职率98.6%", "发放问卷500份，群众知晓河湖长制及河湖保护要求的410份，知晓率82.0%",
         "全年监测12次，其中9次达到Ⅳ类水质目标，达标率75.00%", "三次未达标",
         "计划抽样300户，实际走访326户，其中满意318户，满意度97.55%", "完成狼溪河清淤疏浚8.6公里")
    eq(tag + " dredge unit cost", "18.54", D("398.62") / D("21.5"))
    eq(tag + " contract", "224.25", D(6500) * 345 / 10000)
    eq(tag + " slope %", "40.00%", rate("2.6", "6.5"))
    eq(tag + " slope paid", "94.40", total("89.70", "4.70"))
    eq(tag + " slope works", "89.70", D(2600) * 345 / 10000)
    eq(tag + " 4luan", "88.46%", rate("46", "52"))
    eq(tag + " on time", "60.00%", rate("3", "5"))
    eq(tag + " patrol", "98.6%", rate("9134", "9264"))
    eq(tag + " awareness", "82.0%", rate("410", "500"))
    eq(tag + " water", "75.00%", rate("9", "12"))
    eq(tag + " satisfaction", "97.55%", rate("318", "326"))
    # indicator table with subtotals
    block = t.split("表  2020年度河湖长制专项资金项目绩效自评表\n")[1].split("\n经自评")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    data, subs = {}, {}
    for r in rows[:-1]:
        if r[0].endswith("小计"):
            subs[r[0]] = (r[1], r[2])
        else:
            data[r[-5]] = r
            check_row(tag, r[-5], r[-4], r[-3], r[-2], r[-1])
    tot = rows[-1]
    groups = {
        "数量指标小计": ["狼溪河清淤疏浚长度", "赵牛河生态护坡长度", "更新河长公示牌"],
        "质量指标小计": ["清淤工程验收合格率", "“清四乱”问题整改销号率"],
        "成本指标小计": ["清淤单位成本", "护坡综合单价"],
        "社会效益小计": ["河湖长巡河履职率", "沿河群众河湖保护知晓率"],
        "生态效益小计": ["主要河道断面水质达标率", "河道垃圾及漂浮物清理"],
    }
    for g, names in groups.items():
        w = sum(dec(data[n][-2]) for n in names)
        s = sum(dec(data[n][-1]) for n in names)
        if w != dec(subs[g][0]):
            bad(f"{tag} {g}: weights {w} vs {subs[g][0]}")
        eq(f"{tag} {g} score", subs[g][1], s)
    lvl = {"产出指标小计": (["数量指标小计", "质量指标小计", "成本指标小计"], ["年度任务按期完成率"], 50),
           "效益指标小计": (["社会效益小计", "生态效益小计"], ["河湖管护长效机制"], 30)}
    for g, (sg, names, w0) in lvl.items():
        w = sum(dec(subs[x][0]) for x in sg) + sum(dec(data[n][-2]) for n in names)
        s = sum(dec(subs[x][1]) for x in sg) + sum(dec(data[n][-1]) for n in names)
        if w != dec(subs[g][0]) or w != w0:
            bad(f"{tag} {g}: weights {w}")
        eq(f"{tag} {g} score", subs[g][1], s)
    top_w = dec(data["预算执行率"][-2]) + dec(subs["产出指标小计"][0]) + dec(subs["效益指标小计"][0]) + dec(data["沿河群众满意度"][-2])
    top_s = dec(data["预算执行率"][-1]) + dec(subs["产出指标小计"][1]) + dec(subs["效益指标小计"][1]) + dec(data["沿河群众满意度"][-1])
    if top_w != 100 or dec(tot[-2]) != 100:
        bad(f"{tag}: total weight {top_w}")
    eq(tag + " total", tot[-1], top_s)
    all_w = sum(dec(r[-2]) for r in data.values())
    if all_w != 100:
        bad(f"{tag}: leaf weights {all_w}")
    need(t, tag, "本项目得分89.87分，评价等级为“良”", "预算执行率扣1.96分；生态护坡未完成扣3.60分；“清四乱”整改销号率扣0.41分；年度任务按期完成率扣2.95分；群众知晓率扣0.21分；水质达标率扣1.00分")
    eq(tag + " deductions", "89.87", D(100) - total("1.96", "3.60", "0.41", "2.95", "0.21", "1.00"))
    for w, s, d in (("10", "8.04", "1.96"), ("6", "2.40", "3.60"), ("6", "5.59", "0.41"), ("8", "5.05", "2.95"), ("6", "5.79", "0.21"), ("6", "5.00", "1.00")):
        eq(tag + " deduction", d, dec(w) - dec(s))
    if not grade_ok(D("89.87"), "良"):
        bad(tag + " grade")
    if t.count("截至2020年12月31日") != 1 or "2019年12月31日" in t:
        bad(tag + ": year anchor")


# ---------------------------------------------------------------- 5. 延川 淤地坝 2025
def check_yanchuan(t):
    tag = "yanchuan"
    need(t, tag, "全县现有淤地坝1,132座，其中骨干坝176座、中型坝283座、小型坝673座")
    eq(tag + " dams", "1132", total("176", "283", "673"))
    block = t.split("各坝批复投资如下：\n")[1].split("\n骨干坝3座")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    eq(tag + " area", tot[-2], sum(dec(r[-2]) for r in body))
    eq(tag + " invest", tot[-1], sum(dec(r[-1]) for r in body))
    big = [dec(r[-1]) for r in body if r[3] == "骨干坝"]
    mid = [dec(r[-1]) for r in body if r[3] == "中型坝"]
    if len(big) != 3 or len(mid) != 6:
        bad(tag + " dam types")
    need(t, tag, "骨干坝3座批复投资737.80万元，平均单坝投资245.93万元；中型坝6座批复投资753.40万元，平均单坝投资125.57万元。另安排项目前期、监理及质量检测费用8.80万元，项目总投资0.15亿元（1,500.00万元）")
    eq(tag + " big sum", "737.80", sum(big))
    eq(tag + " big avg", "245.93", sum(big) / 3)
    eq(tag + " mid sum", "753.40", sum(mid))
    eq(tag + " mid avg", "125.57", sum(mid) / 6)
    eq(tag + " total", "1500.00", dec("1491.20") + dec("8.80"))
    eq(tag + " 亿元", "0.15", D("1500") / 10000)
    need(t, tag, "项目资金按中央72%、省级18%、市级6%、县级4%的比例分担：中央水利发展资金1,080.00万元（骨干坝每座150万元、中型坝每座105万元），省级资金270.00万元，市级资金90.00万元，县级资金60.00万元")
    for sh, amt in (("0.72", "1080"), ("0.18", "270"), ("0.06", "90"), ("0.04", "60")):
        eq(f"{tag} share {sh}", amt, D(1500) * D(sh))
    eq(tag + " central per dam", "1080", D(150) * 3 + D(105) * 6)
    need(t, tag, "2024年12月，省财政厅以陕财办农〔2024〕186号提前下达", "年初预算1,140.00万元，年中追加360.00万元，全年预算1,500.00万元，资金全部到位",
         "项目累计支出1,386.75万元（13,867,500.00元），预算执行率92.45%", "中央资金支出966.75万元，中央资金执行率89.51%",
         "年末结转113.25万元，其中工程质量保证金44.74万元、刘家沟和甄家湾两座中型坝未结算资金68.51万元，均结转2026年支付")
    eq(tag + " initial", "1140", total("1080", "60"))
    eq(tag + " add", "360", total("270", "90"))
    eq(tag + " 元", "1386.75", dec("13,867,500.00") / 10000)
    eq(tag + " exec rate", "92.45%", rate("1386.75", "1500"))
    eq(tag + " exec parts", "1386.75", total("966.75", "270", "90", "60"))
    eq(tag + " central rate", "89.51%", rate("966.75", "1080"))
    eq(tag + " carry", "113.25", dec("1500") - dec("1386.75"))
    eq(tag + " carry parts", "113.25", total("44.74", "68.51"))
    need(t, tag, "完成坝体加高培厚土方19.26万立方米，为目标值的104.11%", "9座坝共划分单元工程186个，全部合格，其中优良139个，优良率74.73%",
         "7座坝在主汛期前完工，完工率77.78%", "新增拦泥库容88.4万立方米，消除下游3,260人的溃坝威胁",
         "新增（恢复）坝地365亩，完成目标的86.90%", "三级管护责任人共27名", "各抽取200户开展调查，满意度分别为95.0%、93.5%、96.5%，平均满意度95.00%")
    eq(tag + " earth", "104.11%", rate("19.26", "18.5"))
    eq(tag + " good", "74.73%", rate("139", "186"))
    eq(tag + " flood", "77.78%", rate("7", "9"))
    eq(tag + " land", "86.90%", rate("365", "420"))
    eq(tag + " sat avg", "95.00", total("95.0", "93.5", "96.5") / 3)
    for p in ("95.0", "93.5", "96.5"):
        if (D(p) * 2) % 1 != 0:
            bad(tag + " satisfaction count not integer")
    if 9 * 3 != 27:
        bad(tag + " 27")
    block = t.split("六、自评得分及等级\n")[1].split("\n项目自评得分")[0].splitlines()[1:]
    rows = [split_row(l) for l in block]
    body, tot = rows[:-1], rows[-1]
    for r in body:
        check_row(tag, r[-5], r[-4], r[-3], r[-2], r[-1])
    table_checks(tag, t, body, tot, wi=-2, si=-1,
                 levels={"预算执行": D(10), "产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)})
    need(t, tag, "项目自评得分97.51分，评价等级为优")
    eq(tag + " stated total", "97.51", dec(tot[-1]))
    if not grade_ok(D("97.51"), "优"):
        bad(tag + " grade")


CHECKS = {
    "lushan-reservoir-2022": check_lushan,
    "tangxian-irrigation-2019": check_tangxian,
    "linxian-ruralwater-2024": check_linxian,
    "donge-riverchief-2020": check_donge,
    "yanchuan-checkdam-2025": check_yanchuan,
}


# ---------------------------------------------------------------- labels and edits
def changed_regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    regs = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]
    # merge regions separated by short equal runs on the same line (difflib may split a retyped number)
    merged = []
    for r in regs:
        if merged and r[0] - merged[-1][1] <= 3 and "\n" not in a[merged[-1][1]:r[0]]:
            merged[-1] = (merged[-1][0], r[1], merged[-1][2], r[3])
        else:
            merged.append(r)
    return merged


def check_edits(clean, case, name, rows_allowed):
    regs = changed_regions(clean, case)
    if not regs:
        bad(f"{name}: identical to clean draft")
        return
    if len(regs) > (2 if rows_allowed else 1):
        bad(f"{name}: {len(regs)} changed regions")
    lines = []
    for i1, i2, j1, j2 in regs:
        if max(i2 - i1, j2 - j1) > 16:
            bad(f"{name}: edit of {max(i2 - i1, j2 - j1)} characters")
        if "\n" in clean[i1:i2] or "\n" in case[j1:j2]:
            bad(f"{name}: edit crosses a line")
        lines.append(clean.count("\n", 0, i1))
    if len(lines) == 2:
        # adjacent table rows: within one flattened row (<= 8 lines) of each other, or consecutive lines
        if not (0 < lines[1] - lines[0] <= 8):
            bad(f"{name}: the two row edits are not in adjacent rows (lines {lines})")


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    by_case = {e: x for x in build.EDITS for e in [f"{x['src']}-e{x['n']}.txt"]}
    codes = {}
    projects_per_code = {}
    for rec in labels:
        case = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"] or case != clean:
                bad(f"{rec['case']}: clean record malformed")
            continue
        if len(rec["expected"]) != 1:
            bad(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if exp["severity"] != "error":
                bad(f"{rec['case']}: severity {exp['severity']}")
            if case.count(v) != 1:
                bad(f"{rec['case']}: value occurs {case.count(v)}x: {v!r}")
            if v in clean:
                bad(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            projects_per_code.setdefault(exp["code"], set()).add(rec["source"])
        e = by_case.get(rec["case"])
        if e is None:
            bad(f"{rec['case']}: not in build.EDITS")
            continue
        check_edits(clean, case, rec["case"], e.get("rows", False))
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in wanted:
        if codes.get(c, 0) < 2 or len(projects_per_code.get(c, ())) < 2:
            bad(f"code {c}: {codes.get(c, 0)} cases in {len(projects_per_code.get(c, ()))} projects")
    for src, fn in CHECKS.items():
        t = read(f"{src}-clean.txt")
        n = len(t)
        if not 2500 <= n <= 6000:
            bad(f"{src}: clean draft has {n} characters")
        fn(t)
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print(f"codes: {dict(sorted(codes.items()))}")
    print(f"OK ({len(labels)} cases)")
    return 0


def self_test():
    """Run the clean-draft checks on every error case: each must raise at least one problem."""
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    missed = 0
    for rec in labels:
        if rec["clean"]:
            continue
        del PROBLEMS[:]
        try:
            CHECKS[rec["source"]](read(rec["case"]))
        except Exception as exc:  # a broken table layout is also a detection
            PROBLEMS.append(f"exception {exc!r}")
        print(f"{rec['case']:36s} {rec['expected'][0]['code']:22s} {len(PROBLEMS)} problem(s): "
              + (PROBLEMS[0][:90] if PROBLEMS else "NOT DETECTED"))
        missed += not PROBLEMS
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(self_test() if "--self-test" in sys.argv else main())
