#!/usr/bin/env python3
"""Verify the n137 set.

1. Structure: every case in labels.jsonl exists, every case file is labelled, each label value
   occurs in its case, every error case differs from its clean draft in one place (one
   contiguous changed region), clean drafts are 3,000-9,000 characters, and each of the
   13 codes of errors.md §A occurs at least twice.
2. Arithmetic: redoes the arithmetic of every clean draft: explicit identities per draft
   (sums, rates, balances, averages, completion, grade) whose figures must all occur in the
   text, and a generic pass over the ｜ tables (Σ 分值 = 100, Σ 得分 = stated total,
   得分 ≤ 分值, 完成率 from target and actual, units of target and actual).
3. Sanity: the same checks run on every error case must fail at least once.
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
BAR = "｜"


# ---------------------------------------------------------------- helpers
def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    return Decimal(m.group(0)) if m else None


def consistent(stated, computed):
    """decimals rule of rules.md §8: |c - v| <= 0.5 * 10^-d"""
    v = num(stated)
    d = decimals(stated)
    return abs(Decimal(str(computed)) - v) <= Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")


def grade_of(total):
    t = Decimal(str(total))
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text):
        self.text = text
        self.failures = []

    def need(self, *needles):
        ok = True
        for n in needles:
            if n not in self.text:
                self.failures.append(f"missing text {n!r}")
                ok = False
        return ok

    def eq(self, label, stated, computed, *needles):
        """`stated` is a figure string that must occur in the text (or inside a needle)."""
        if not self.need(*needles):
            return
        if not any(stated in n for n in needles) and stated not in self.text:
            self.failures.append(f"{label}: stated figure {stated!r} not in text")
            return
        if not consistent(stated, computed):
            self.failures.append(f"{label}: stated {stated}, computed {computed}")

    def count(self, needle, n):
        c = self.text.count(needle)
        if c != n:
            self.failures.append(f"{needle!r} occurs {c} times, expected {n}")

    def absent(self, needle):
        if needle in self.text:
            self.failures.append(f"unexpected text {needle!r}")

    def grade(self, total_str, grade_text, *needles):
        if not self.need(*needles):
            return
        g = grade_of(num(total_str))
        if g not in grade_text:
            self.failures.append(f"grade {grade_text!r} does not fit total {total_str} ({g})")


D = Decimal


def pct(a, b):
    return D(str(a)) / D(str(b)) * 100


# ---------------------------------------------------------------- tables
SIGN_GTE = ("≥", "＞", ">", "不低于", "不少于")
SIGN_LTE = ("≤", "＜", "<", "不高于", "不超过")


def parse_value(cell):
    cell = cell.strip()
    direction = "eq"
    for s in SIGN_GTE:
        if cell.startswith(s):
            direction, cell = "gte", cell[len(s):]
    for s in SIGN_LTE:
        if cell.startswith(s):
            direction, cell = "lte", cell[len(s):]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", cell)
    if not m or "年" in m.group(2) or "月" in m.group(2):
        return direction, None, None  # qualitative value or a date
    return direction, D(m.group(1)), m.group(2)


def table_checks(chk):
    """Generic pass over ｜ tables: weights, scores, completion, units."""
    lines = chk.text.split("\n")
    header = None
    weights, scores, totals = [], [], []
    rows_by_level = {}
    for line in lines:
        if BAR not in line:
            header = None
            continue
        cells = line.split(BAR)
        if "得分" in line:
            header = cells if ("分值" in line or "权重" in line) else None
            continue
        if header is None:
            continue
        idx = {name: i for i, name in enumerate(header)}
        wi = idx.get("分值", idx.get("权重"))
        si = idx.get("得分")
        first = cells[0].strip()
        if first in ("合计", "总分"):
            totals.append((cells[wi].strip(), cells[si].strip()))
            continue
        if wi is None or si is None or len(cells) <= max(wi, si):
            continue
        w, s = cells[wi].strip(), cells[si].strip()
        if not re.fullmatch(r"\d+(?:\.\d+)?", w):
            continue
        weights.append(D(w))
        scores.append(D(s))
        rows_by_level.setdefault(first, []).append(D(s))
        if D(s) > D(w) or D(s) < 0:
            chk.failures.append(f"score {s} outside [0, {w}] in row {line!r}")
        ti = next((idx[k] for k in ("年度指标值", "目标值", "指标值") if k in idx), None)
        ai = next((idx[k] for k in ("实际完成值", "业绩值") if k in idx), None)
        if ti is None or ai is None:
            continue
        dt, t, tu = parse_value(cells[ti])
        da, a, au = parse_value(cells[ai])
        if t is None and a is None:
            continue
        if (t is None) != (a is None) or tu != au:
            chk.failures.append(f"unit of target {cells[ti]!r} and actual {cells[ai]!r} differ in {line!r}")
            continue
        ci = idx.get("完成率")
        if ci is not None:
            if dt == "lte":
                comp = D(100) if a <= t else t / a * 100
            else:
                comp = a / t * 100 if t else None
            stated = cells[ci].strip()
            if comp is not None and not consistent(stated, comp):
                chk.failures.append(f"completion {stated} vs computed {comp:.4f} in {line!r}")
    if not totals:
        chk.failures.append("no 合计/总分 row in a scored table")
    return weights, scores, totals, rows_by_level


def check_table_totals(chk, expect_total):
    weights, scores, totals, levels = table_checks(chk)
    if weights:
        if sum(weights) != 100:
            chk.failures.append(f"weights add up to {sum(weights)}")
        for tw, ts in totals:
            if tw and D(tw) != 100:
                chk.failures.append(f"stated weight total {tw}")
            if ts and not consistent(ts, sum(scores)):
                chk.failures.append(f"stated score total {ts}, rows add up to {sum(scores)}")
            if ts and ts != expect_total:
                chk.failures.append(f"table total {ts} != report total {expect_total}")
    return levels


def funds_table(chk, rows):
    """rows: {label: (initial, annual, spent)}; reads the 执行率 cell of each MOF funds row from the text."""
    for label, (init, annual, spent) in rows.items():
        head = f"{label}｜{init}｜{annual}｜{spent}｜"
        line = next((l for l in chk.text.split("\n") if l.startswith(head)), None)
        if line is None:
            chk.failures.append(f"missing funds row {head!r}")
            continue
        cells = line.split(BAR)
        rate = cells[5].strip()
        if D(annual) == 0:
            if rate != "—":
                chk.failures.append(f"{label}: rate {rate} on a zero budget")
        else:
            chk.eq(f"{label} 执行率", rate, pct(spent, annual), line)


def mof_funds_check(chk, total, current, carry, other):
    funds_table(chk, {"年度资金总额": total[:3], "其中：当年财政拨款": current[:3],
                      "上年结转资金": carry[:3], "其他资金": other[:3]})
    for k in range(3):
        chk.eq(f"年度资金总额 column {k}", total[k],
               D(current[k]) + D(carry[k]) + D(other[k]))


# ---------------------------------------------------------------- per draft
def check_lanxian(chk):
    t = chk
    t.need("2020年度县域医疗卫生一体化改革专项资金", "截至2020年12月31日")
    t.absent("截至2021年12月31日")
    t.eq("年初", "420.00", D("300.00") + D("120.00"), "年初预算420.00万元", "省级补助资金300.00万元", "县级配套资金120.00万元")
    t.eq("县级全年", "150.00", D("120.00") + D("30.00"), "县级资金150.00万元", "追加配套资金30.00万元")
    t.eq("全年预算", "486.00", D("300.00") + D("150.00") + D("36.00"), "全年预算调整为486.00万元", "上年结转资金36.00万元")
    t.eq("支出", "470.65", D("291.40") + D("143.25") + D("36.00"), "累计支出470.65万元", "支出291.40万元", "支出143.25万元")
    t.eq("省级执行率", "97.13", pct("291.40", "300.00"), "支出291.40万元，执行率97.13%")
    t.eq("县级执行率", "95.50", pct("143.25", "150.00"), "支出143.25万元，执行率95.50%")
    t.eq("(5)", "15.35", D("486.00") - D("470.65"), "资金结余｜(5)=(3)-(4)｜15.35", "实际到位资金｜(3)｜486.00", "全年执行资金｜(4)｜470.65")
    t.eq("(6)", "100", pct("486.00", "486.00"), "预算到位率（%）｜(6)=(3)/(2)｜100", "全年预算资金｜(2)｜486.00")
    t.eq("(7)", "96.84", pct("470.65", "486.00"), "预算执行率（%）｜(7)=(4)/(2)｜96.84")
    t.eq("(1)", "420.00", D("420.00"), "年初预算资金｜(1)｜420.00")
    t.eq("用途合计", "470.65", D("186.40") + D("92.30") + D("74.60") + D("40.15") + D("77.20"),
         "建设186.40万元", "建设92.30万元", "补助74.60万元", "培训40.15万元", "绩效考核77.20万元")
    t.eq("执行率文本", "96.84", pct("470.65", "486.00"), "执行470.65万元，预算执行率96.84%，得9.68分")
    t.eq("执行得分", "9.68", pct("470.65", "486.00") / 10, "预算执行率｜10｜100%｜96.84%｜96.84%｜9.68")
    t.eq("覆盖率", "75", pct(9, 12), "已覆盖9个乡镇卫生院，覆盖率75%")
    t.eq("就诊率提高", "2.4", D("83.6") - D("81.2"), "县域内就诊率83.6%，比2019年的81.2%提高2.4个百分点")
    t.count("1356人次", 2)
    t.count("276人次", 2)
    check_table_totals(t, "89.96")
    t.grade("89.96", "良", "本项目总得分89.96分，评价等级为“良”")


def check_jianhu(chk):
    t = chk
    t.need("2023年度家庭医生签约服务补助资金")
    t.eq("年初", "560.00", D("324.00") + D("236.00"), "年初预算560.00万元", "省级资金324.00万元", "县级资金236.00万元")
    t.eq("全年", "612.50", D("560.00") + D("30.00") + D("22.50"), "全年预算612.50万元", "省级追加30.00万元", "上年结转资金22.50万元")
    t.eq("执行", "598.76", D("576.26") + D("22.50"), "全年执行598.76万元", "当年财政拨款执行576.26万元")
    t.eq("执行率", "97.76", pct("598.76", "612.50"), "全年执行598.76万元，预算执行率97.76%")
    t.eq("执行率2", "97.76", pct("598.76", "612.50"), "全年预算612.50万元，执行598.76万元，执行率97.76%，得9.78分")
    t.eq("得分", "9.78", pct("598.76", "612.50") / 10, "执行率97.76%，得9.78分")
    t.eq("用途", "598.76", D("558.00") + D("18.26") + D("22.50"), "签约服务费补助558.00万元", "考核奖励18.26万元", "信息平台运维22.50万元")
    t.eq("签约费", "558.00", D("223200") * 25 / 10000, "按签约居民22.32万人、每人每年25元的标准")
    t.eq("未支出", "13.74", D("612.50") - D("598.76"), "未支出的13.74万元")
    t.eq("团队平均", "1200", D("223200") / 186, "组建家庭医生团队186个，签约居民22.32万人，平均每个团队签约1200人")
    t.eq("试点镇平均", "3050", (D(3260) + D(2880) + D(3010)) / 3, "分别签约3260人、2880人、3010人，平均每镇3050人")
    t.eq("满意度", "93.2", pct(559, 600), "满意的559人，满意度93.2%")
    t.eq("糖尿病差距", "1.1", D(62) - D("60.9"), "60.9%，比目标低1.1个百分点")
    t.count("22.32万人", 4)
    t.count("186个", 3)
    mof_funds_check(t, ("560.00", "612.50", "598.76", "97.76%"), ("560.00", "590.00", "576.26", "97.67%"),
                    ("0.00", "22.50", "22.50", "100.00%"), ("0.00", "0.00", "0.00", "—"))
    t.need("年度资金总额｜560.00｜612.50｜598.76｜10｜97.76%｜9.78")
    levels = check_table_totals(t, "97.20")
    sums = {k: sum(v) for k, v in levels.items()}
    for lvl, stated in (("产出指标", "49.60"), ("效益指标", "27.82"), ("满意度指标", "10")):
        t.eq(f"{lvl} subtotal", stated, sums.get(lvl, 0), f"{lvl}得分{stated}分")
    t.eq("文本合计", "97.20", D("9.78") + D("49.60") + D("27.82") + D("10"),
         "预算执行得分9.78分，产出指标得分49.60分，效益指标得分27.82分，满意度指标得分10分，合计97.20分")
    t.grade("97.20", "优秀", "合计97.20分，评价等级为优秀")


def check_chaling(chk):
    t = chk
    t.need("2019年度妇幼健康服务项目")
    t.eq("年初", "268.00", D("168.00") + D("60.00") + D("40.00"), "年初预算268.00万元", "中央补助资金168.00万元", "省级资金60.00万元", "县级资金40.00万元")
    t.eq("省级全年", "72.00", D("60.00") + D("12.00"), "省级资金72.00万元", "省级追加12.00万元")
    t.eq("全年", "296.40", D("168.00") + D("72.00") + D("40.00") + D("16.40"), "全年预算296.40万元", "上年结转资金16.40万元")
    t.eq("支出", "281.58", D("160.32") + D("68.86") + D("36.00") + D("16.40"), "全年实际支出281.58万元", "支出160.32万元", "支出68.86万元", "支出36.00万元")
    t.eq("执行率", "95.00", pct("281.58", "296.40"), "预算执行率95.00%")
    t.eq("结转", "14.82", D("296.40") - D("281.58"), "未支出的14.82万元")
    t.eq("中央执行率", "95.43", pct("160.32", "168.00"), "支出160.32万元，执行率95.43%")
    t.eq("县级执行率", "90.00", pct("36.00", "40.00"), "执行率90.00%")
    t.eq("用途", "281.58", D("112.50") + D("86.30") + D("52.78") + D("30.00"),
         "全年支出281.58万元，其中农村妇女“两癌”检查112.50万元", "孕产妇健康管理86.30万元", "新生儿疾病筛查52.78万元", "儿童健康管理30.00万元")
    t.eq("两癌费用", "112.50", D(15000) * 75 / 10000, "112.50万元（按每人75元标准结算15000人）")
    t.eq("两癌完成率", "107.14", pct(15000, 14000), "检查15000人，完成率107.14%")
    t.eq("筛查率", "97.8", pct(3862, 3949), "全县活产3949人，新生儿遗传代谢性疾病筛查3862例，筛查率97.8%")
    t.count("3862例", 2)
    t.eq("管理率提高", "2.66", D("92.36") - D("89.70"), "孕产妇系统管理率92.36%，较2018年的89.70%提高2.66个百分点")
    mof_funds_check(t, ("268.00", "296.40", "281.58", "95.00%"), ("268.00", "280.00", "265.18", "94.71%"),
                    ("0.00", "16.40", "16.40", "100.00%"), ("0.00", "0.00", "0.00", "—"))
    t.eq("当年财政拨款执行", "265.18", D("160.32") + D("68.86") + D("36.00"), "其中：当年财政拨款｜268.00｜280.00｜265.18")
    t.eq("当年财政拨款全年", "280.00", D("168.00") + D("72.00") + D("40.00"), "其中：当年财政拨款｜268.00｜280.00｜265.18")
    t.eq("执行得分", "9.50", pct("281.58", "296.40") / 10, "年度资金总额｜268.00｜296.40｜281.58｜10｜95.00%｜9.50")
    check_table_totals(t, "97.69")
    t.grade("97.69", "优", "本项目自评得分97.69分，等级为“优”")
    t.grade("97.69", "优", "总分｜｜｜｜｜｜100｜97.69｜评价等级：优")


def check_yinjiang(chk):
    t = chk
    t.need("2024年度部门整体支出绩效自评报告", "评价年度｜2024年")
    t.eq("收入", "1286.45", D("1198.25") + D("62.80") + D("25.40"),
         "收入合计1286.45万元，其中财政拨款收入1198.25万元、事业收入62.80万元、其他收入25.40万元")
    t.eq("可用", "1329.65", D("1286.45") + D("43.20"), "年初结转结余43.20万元，全年可用资金1329.65万元")
    t.eq("支出", "1268.37", D("786.52") + D("481.85"), "全年支出1268.37万元，其中基本支出786.52万元", "项目支出481.85万元")
    t.eq("基本支出", "786.52", D("712.36") + D("74.16"), "人员经费712.36万元、公用经费74.16万元")
    t.eq("结转结余", "61.28", D("43.20") + D("1286.45") - D("1268.37"), "年末结转结余61.28万元")
    t.eq("结转结余2", "61.28", D("1329.65") - D("1268.37"), "年末结转结余61.28万元")
    t.eq("合计行执行率", "95.39", pct("1268.37", "1329.65"), "合计｜1152.60｜1329.65｜1268.37｜95.39%")
    t.eq("基本行", "99.27", pct("786.52", "792.30"), "基本支出｜760.00｜792.30｜786.52｜99.27%")
    t.eq("项目行", "89.67", pct("481.85", "537.35"), "项目支出｜392.60｜537.35｜481.85｜89.67%")
    t.eq("年初合计", "1152.60", D("760.00") + D("392.60"), "合计｜1152.60｜")
    t.eq("全年合计", "1329.65", D("792.30") + D("537.35"), "合计｜1152.60｜1329.65｜")
    t.eq("增加", "177.05", D("1329.65") - D("1152.60"), "全年预算比年初增加177.05万元")
    projects = [("免疫规划及预防接种专项", "168.40", "160.25", "95.16", "96.50"),
                ("重大传染病防控专项", "142.75", "128.60", "90.09", "92.80"),
                ("慢性病及地方病防控专项", "86.20", "81.00", "93.97", "94.30"),
                ("检验检测能力提升项目", "140.00", "112.00", "80.00", "88.60")]
    for name, b, s, r, sc in projects:
        t.eq(name, r, pct(s, b), f"{name}｜{b}｜{s}｜{r}%｜{sc}")
    t.eq("项目预算合计", "537.35", sum(D(p[1]) for p in projects), "合计｜537.35｜481.85｜89.67%｜—")
    t.eq("项目执行合计", "481.85", sum(D(p[2]) for p in projects), "合计｜537.35｜481.85｜89.67%｜—")
    t.eq("平均得分", "93.05", sum(D(p[4]) for p in projects) / 4, "平均得分｜—｜—｜—｜93.05")
    t.grade("88.60", "良", "执行率仅为80.00%，自评等级为良")
    t.eq("执行得分", "9.54", pct("1268.37", "1329.65") / 10, "部门预算执行率｜100%｜95.39%｜10｜9.54")
    t.eq("成本指标", "112.00", D("112.00"), "检验检测能力提升项目支出｜≤140.00万元｜112.00万元")
    t.eq("差距", "1.9", D(95) - D("93.1"), "艾滋病抗病毒治疗覆盖率93.1%，比目标低1.9个百分点")
    check_table_totals(t, "98.98")
    t.grade("98.98", "优", "部门整体支出绩效自评得分98.98分，等级为“优”")


def check_wensu(chk):
    t = chk
    t.need("2022年度卫生应急能力建设专项资金", "截至2022年12月31日")
    t.eq("全年", "245.00", D("180.00") + D("65.00"), "年初预算180.00万元", "自治区追加65.00万元，全年预算245.00万元")
    t.count("65.00万元", 4)
    t.eq("到位率", "100", pct("245.00", "245.00"), "全年资金到位245.00万元，到位率100%")
    t.eq("执行率", "96.40", pct("236.18", "245.00"), "项目实际支出236.18万元，预算执行率96.40%")
    t.eq("来源", "236.18", D("171.18") + D("65.00"), "支出171.18万元", "自治区资金65.00万元，支出65.00万元")
    t.eq("县级执行率", "95.10", pct("171.18", "180.00"), "县级资金180.00万元，支出171.18万元，执行率95.10%")
    t.eq("自治区执行率", "100", pct("65.00", "65.00"), "自治区资金65.00万元，支出65.00万元，执行率100%")
    t.eq("结余", "8.82", D("245.00") - D("236.18"), "未支出的8.82万元")
    t.eq("用途", "236.18", D("98.60") + D("36.40") + D("72.00") + D("29.18"),
         "全年236.18万元支出中，应急物资储备98.60万元，应急队伍培训演练36.40万元，应急车辆购置72.00万元，疾控中心实验室检测耗材29.18万元")
    t.eq("车辆执行率", "100", pct("72.00", "72.00"), "应急车辆购置预算72.00万元，实际支出72.00万元，执行率100%")
    t.eq("每辆", "36.00", D("72.00") / 2, "共购置负压救护车2辆，平均每辆36.00万元")
    t.eq("队伍", "16", D(4) + D(12), "县级队伍4支、乡镇队伍12支，共16支")
    t.eq("队伍完成率", "106.67", pct(16, 15), "共16支，比2021年增加3支，完成率106.67%")
    t.eq("演练完成率", "115.00", pct(23, 20), "23场次，完成率115.00%")
    t.eq("物资完成率", "96.67", pct(58, 60), "实际储备58种，完成率96.67%")
    t.eq("物资得分", "9.67", D(10) * 58 / 60, "完成率96.67%，分值10分，得9.67分")
    t.eq("知晓率完成率", "96.00", pct("76.8", "80"), "实际为76.8%，完成率96.00%")
    t.eq("知晓率得分", "9.60", D(10) * D("76.8") / 80, "完成率96.00%，分值10分，得9.60分")
    t.eq("执行得分", "9.64", pct("236.18", "245.00") / 10, "预算执行率96.40%，得9.64分")
    pairs = [(D(w), D(s)) for w, s in re.findall(r"分值(\d+(?:\.\d+)?)分，得(\d+(?:\.\d+)?)分", t.text)]
    if len(pairs) != 8:
        t.failures.append(f"expected 8 scored items in the prose, found {len(pairs)}")
    for w, s in pairs:
        if s > w or s < 0:
            t.failures.append(f"score {s} above weight {w}")
    out, eff = pairs[:5], pairs[5:]
    t.eq("产出分值", "50", sum(w for w, _ in out), "（二）产出指标（50分）")
    t.eq("效益分值", "30", sum(w for w, _ in eff), "（三）效益指标（30分）")
    t.eq("产出得分", "49.67", sum(s for _, s in out), "产出指标合计得49.67分")
    t.eq("效益得分", "29.60", sum(s for _, s in eff), "效益指标合计得29.60分")
    t.eq("总分值", "100", D(10) + D(50) + D(30) + D(10), "（一）预算执行（10分）", "（四）满意度指标（10分）")
    t.eq("总分", "98.91", D("9.64") + D("49.67") + D("29.60") + D(10),
         "预算执行得9.64分，产出指标得49.67分，效益指标得29.60分，满意度指标得10分，总分98.91分")
    t.grade("98.91", "优", "总分98.91分，评价等级为优")


CHECKS = {
    "lanxian-yigongti-2020": check_lanxian,
    "jianhu-familydoctor-2023": check_jianhu,
    "chaling-fuyou-2019": check_chaling,
    "yinjiang-cdcwhole-2024": check_yinjiang,
    "wensu-weishengyingji-2022": check_wensu,
}


def run_checks(source, text):
    chk = Checker(text)
    CHECKS[source](chk)
    return chk.failures


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = {r["case"] for r in labels}
    files = set(os.listdir(CASES))
    if names != files:
        problems.append(f"labels vs files differ: {sorted(names ^ files)}")
    code_count = {c: 0 for c in CODES}
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        clean = texts[f"{src}-clean.txt"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{name}: {len(text)} characters")
            fails = run_checks(src, text)
            for f in fails:
                problems.append(f"{name}: {f}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected one finding")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                problems.append(f"{name}: unknown code {exp['code']}")
            else:
                code_count[exp["code"]] += 1
            if exp["severity"] != "error":
                problems.append(f"{name}: severity {exp['severity']}")
            if exp["value"] not in text:
                problems.append(f"{name}: value {exp['value']!r} not in case")
        old, new = changed_region(clean, text)
        if not new and not old:
            problems.append(f"{name}: identical to the clean draft")
        elif len(old) > 120 or len(new) > 120:
            problems.append(f"{name}: changed region too long ({len(old)} / {len(new)} chars)")
        # the value must overlap the changed region
        start = len(os.path.commonprefix([clean, text]))
        end = start + len(new)
        covered = False
        for exp in rec["expected"]:
            v = exp["value"]
            k = text.find(v)
            while k >= 0:
                if k < max(end, start + 1) and start < k + len(v):
                    covered = True
                k = text.find(v, k + 1)
        if not covered:
            problems.append(f"{name}: no occurrence of the value overlaps the change")
        if not run_checks(src, text):
            problems.append(f"{name}: the arithmetic checks do not notice the injected error")
    for c, n in code_count.items():
        if n < 2:
            problems.append(f"code {c} occurs {n} times")
    n_clean = sum(1 for r in labels if r["clean"])
    print(f"{len(labels)} cases ({n_clean} clean); codes: " +
          ", ".join(f"{c}={n}" for c, n in code_count.items()))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
