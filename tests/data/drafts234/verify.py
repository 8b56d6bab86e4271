#!/usr/bin/env python3
"""Verify drafts234.

1. every label value occurs in its case; every error case differs from its clean draft in one place,
   and the value covers that place;
2. the arithmetic of every clean draft is redone: the 自评表 (funds block, weights, scores, completion rates,
   score rules, units, grade) is parsed and recomputed, and the figures of the text are rechecked one by one;
3. every error case breaks at least one of those checks; every code of errors.md §A occurs at least twice.
Prints OK at the end.
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
BAR = "｜"


def dec(s):
    return Decimal(str(s).replace(",", "").replace("%", ""))


def places(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: consistent iff |c - v| <= 0.5 * 10^-d (d = decimals of the stated string)."""
    v = dec(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -places(stated)) + Decimal("0.000000001")
    return abs(Decimal(computed) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []
        self.n = 0

    def fail(self, msg):
        self.fails.append(msg)

    def has(self, *snips):
        ok = True
        for s in snips:
            if s not in self.t:
                self.fail(f"snippet missing: {s!r}")
                ok = False
        return ok

    # text checks --------------------------------------------------------------
    def sum(self, parts, total, *snips):
        self.n += 1
        if self.has(*snips):
            c = sum(dec(p) for p in parts)
            if not close(total, c):
                self.fail(f"sum {'+'.join(parts)} = {c} != {total}")

    def diff(self, a, b, stated, *snips):
        self.n += 1
        if self.has(*snips):
            c = dec(a) - dec(b)
            if not close(stated, c):
                self.fail(f"{a} - {b} = {c} != {stated}")

    def rate(self, num, den, stated, *snips):
        self.n += 1
        if self.has(*snips):
            c = dec(num) / dec(den) * 100
            if not close(stated, c):
                self.fail(f"{num}/{den} = {c:.4f}% != {stated}")

    def ratio(self, num, den, stated, *snips):  # plain quotient (averages, per-unit figures)
        self.n += 1
        if self.has(*snips):
            c = dec(num) / dec(den)
            if not close(stated, c):
                self.fail(f"{num}/{den} = {c:.4f} != {stated}")

    def mean(self, items, stated, *snips):
        self.n += 1
        if self.has(*snips):
            c = sum(dec(i) for i in items) / len(items)
            if not close(stated, c):
                self.fail(f"mean{items} = {c:.4f} != {stated}")

    def prod(self, a, b, scale, stated, *snips):
        self.n += 1
        if self.has(*snips):
            c = dec(a) * dec(b) / dec(scale)
            if not close(stated, c):
                self.fail(f"{a} x {b} / {scale} = {c} != {stated}")

    def score(self, w, actual, target, stated, direction="gte", *snips):
        self.n += 1
        if self.has(*snips):
            a, t = dec(actual), dec(target)
            comp = (Decimal(1) if a <= t else t / a) if direction == "lte" else a / t
            c = r2(dec(w) * min(comp, Decimal(1)))
            if not close(stated, c):
                self.fail(f"score w={w} A={actual} T={target} -> {c} != {stated}")

    def grade(self, total, *snips):
        self.n += 1
        if self.has(*snips):
            g = grade_of(total)
            for s in snips:
                m = re.search(r"(优秀|良好|中等|合格|较差|优|良|中|差)[”\"]?$", s.rstrip("。"))
                if m and m.group(1)[0] != g and not (g == "中" and m.group(1) == "合格"):
                    self.fail(f"grade {m.group(1)} does not fit total {total} ({g})")

    # table checks -------------------------------------------------------------
    def table(self):
        lines = self.t.split("\n")
        fh = [i for i, l in enumerate(lines) if "年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分" in l]
        ih = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
        if len(fh) != 1 or len(ih) != 1:
            self.fail(f"table headers not found once (funds {len(fh)}, indicators {len(ih)})")
            return None
        # funds block
        rows = []
        i = fh[0] + 1
        while i < len(lines):
            cells = lines[i].split(BAR)
            if len(cells) < 7 or not re.fullmatch(r"\d+(\.\d+)?", cells[1]):
                break
            rows.append(cells)
            i += 1
        total, comps = rows[0], rows[1:]
        groups = []
        for c in comps:
            if c[0].startswith("按") or not groups:
                groups.append([])
            groups[-1].append(c)
        for g in groups:
            for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
                self.n += 1
                s = sum(dec(c[col]) for c in g)
                if not close(total[col], s):
                    self.fail(f"funds {nm} column: components {s} != total {total[col]}")
        for c in rows:
            self.n += 1
            ann, ex, rate = dec(c[2]), dec(c[3]), c[5]
            if rate in ("—", "-", ""):
                if ann != 0:
                    self.fail(f"funds row {c[0]}: rate missing on non-zero budget")
                continue
            if ann == 0:
                self.fail(f"funds row {c[0]}: rate {rate} on a zero budget")
                continue
            comp = ex / ann * 100
            if not close(rate, comp):
                self.fail(f"funds row {c[0]}: {ex}/{ann} = {comp:.4f}% != {rate}")
            if comp > 100:
                self.fail(f"funds row {c[0]}: execution above 100%")
        self.n += 1
        fw, fs, frate = dec(total[4]), total[6], total[5]
        c1 = r2(fw * min(dec(frate) / 100, Decimal(1)))
        c2 = r2(fw * min(dec(total[3]) / dec(total[2]), Decimal(1)))
        if not (close(fs, c1) or close(fs, c2)):
            self.fail(f"execution score {fs} != {c1} / {c2}")
        # indicator block
        head = lines[ih[0]].split(BAR)
        col = {h: k for k, h in enumerate(head)}
        iw, isc = col["分值"], col["得分"]
        icomp = col.get("完成率")
        itgt = col.get("年度指标值", col.get("指标值"))
        iact = col["实际完成值"]
        isign, iunit = col.get("指标性质"), col.get("度量单位")
        inds = []
        j = ih[0] + 1
        while not (lines[j].startswith("总分") or lines[j].startswith("合计")):
            inds.append(lines[j].split(BAR))
            j += 1
        tot = lines[j].split(BAR)
        wsum = fw + sum(dec(r[iw]) for r in inds)
        ssum = dec(fs) + sum(dec(r[isc]) for r in inds)
        self.n += 3
        if wsum != 100 or dec(tot[iw]) != 100:
            self.fail(f"weights add to {wsum}, total row {tot[iw]}")
        if not close(tot[isc], ssum):
            self.fail(f"scores add to {ssum}, total row {tot[isc]}")
        by_l1 = Counter()
        for r in inds:
            by_l1[r[0]] += dec(r[iw])
        for r in inds:
            self.n += 1
            w, s = dec(r[iw]), dec(r[isc])
            if not (0 <= s <= w):
                self.fail(f"row {r[2]}: score {s} outside [0, {w}]")
            tgt, act = r[itgt], r[iact]
            if isign is not None:
                sign = r[isign]
                if sign == "定性":
                    tgt = None
                else:
                    u = "" if r[iunit] in ("—", "日期") else r[iunit]
                    tgt, act = sign + tgt + u, act + u
            q = parse_pair(tgt, act)
            if q == "unit":
                self.fail(f"row {r[2]}: units differ ({tgt} vs {act})")
                continue
            if q is None:
                if icomp is not None and r[icomp] not in ("—",):
                    self.fail(f"row {r[2]}: completion {r[icomp]} on a qualitative row")
                continue
            comp = q
            exp = r2(w * min(comp, Decimal(1)))
            if not close(r[isc], exp):
                self.fail(f"row {r[2]}: score {r[isc]} != rule {exp}")
            if icomp is not None:
                if not close(r[icomp], comp * 100):
                    self.fail(f"row {r[2]}: completion {r[icomp]} != {comp * 100:.4f}%")
        return {"total": tot[isc], "weights_by_level1": dict(by_l1), "exec_score": fs}


def parse_pair(tgt, act):
    """completion ratio from target and actual strings (rules.md §5); None for qualitative/dates; 'unit' if units differ."""
    if tgt is None:
        return None
    m1 = re.fullmatch(r"(≥|≤|＞|＜)?\s*(\d+(?:\.\d+)?)(.*)", tgt)
    m2 = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", act)
    if not m1:
        return None
    if "年" in m1.group(3) and "月" in m1.group(3):
        return None
    if not m2:
        return "unit"
    if m1.group(3) != m2.group(2):
        return "unit"
    sign, t, a = m1.group(1), dec(m1.group(2)), dec(m2.group(1))
    if sign in ("≤", "＜"):
        return Decimal(1) if a <= t else t / a
    if t == 0:
        return Decimal(1) if a <= 0 else Decimal(0)
    return a / t


# ---------------------------------------------------------------------------
def longyao(c):
    tb = c.table()
    c.sum(["60.00", "5.00", "3.00"], "68.00", "年初预算60.00万元", "提升改造资金5.00万元", "2021年结转的代表培训经费3.00万元", "全年预算数为68.00万元")
    c.sum(["24.50", "13.20", "18.30", "12.00"], "68.00", "代表视察调研及小组活动经费24.50万元", "代表学习培训费13.20万元", "建设及运行经费18.30万元", "代表履职通讯补助12.00万元")
    c.rate("24.50", "68.00", "36.03", "占全年预算的36.03%")
    c.prod("150", "800", "10000", "12.00", "按每人每年800元的标准发放给150名县人大代表", "代表履职通讯补助12.00万元")
    c.rate("66.42", "68.00", "97.68", "项目全年实际支出66.42万元，预算执行率97.68%")
    c.sum(["63.42", "3.00"], "66.42", "当年财政拨款支出63.42万元，上年结转资金3.00万元全部使用")
    c.rate("11.62", "13.20", "88.03", "实际支出11.62万元，支出率88.03%")
    c.sum(["24.50", "18.30", "12.00", "11.62"], "66.42", "其余各项经费均按预算全额支出")
    c.diff("68.00", "66.42", "1.58", "全年结余1.58万元")
    c.diff("13.20", "11.62", "1.58", "全年结余1.58万元")
    c.ratio("412", "8", "51.5", "集中视察调研8次，参加代表412人次，平均每次51.5人次")
    c.diff("8", "5", "3", "比上年（2021年）的5次增加3次")
    c.sum(["4", "8"], "12", "新建代表联络站4个、提升改造代表之家（站）8个，合计12个")
    c.rate("47", "63", "74.6", "代表提出建议63件", "解决或列入计划解决的47件，占74.6%")
    c.rate("143", "150", "95.3", "收回150份，对履职服务保障工作表示满意的143份，满意度95.3%")
    c.rate("286", "300", "95.33", "完成目标的95.33%")
    # text figures equal table figures
    c.has("｜8次｜", "｜286人次｜", "｜12个｜", "｜74.6%｜", "｜1736人次｜", "｜95.3%｜", "｜97.68%｜", "｜66.42｜")
    if tb:
        c.has(f"自评得分{tb['total']}分")
        c.grade(tb["total"], "评价等级为“优”")


def yunhe(c):
    c.sum(["30.00", "15.00"], "45.00", "提前下达预算指标30.00万元，2023年4月下达15.00万元", "年初预算45.00万元")
    c.sum(["12.00", "18.50", "9.50", "5.00"], "45.00", "提案征集及督办经费12.00万元", "履职活动经费18.50万元", "委员学习培训经费9.50万元", "运行经费5.00万元")
    c.sum(["11.46", "17.92", "8.20", "4.80"], "42.38", "支出11.46万元", "支出17.92万元", "支出8.20万元", "支出4.80万元", "全年实际支出42.38万元")
    c.rate("45.00", "45.00", "100", "资金到位45.00万元，到位率100%")
    c.rate("42.38", "45.00", "94.18", "全年实际支出42.38万元，预算执行率94.18%")
    c.diff("45.00", "42.38", "2.62", "年末结余2.62万元")
    c.diff("163", "141", "22", "全年审查立案163件，较2022年的141件增加22件")
    c.rate("163", "150", "108.67", "完成年度目标的108.67%")
    c.sum(["3", "4", "4", "3", "4"], "18", "3次、4次、4次、3次、4次，合计18次")
    c.mean(["3", "4", "4", "3", "4"], "3.6", "平均每个专委会3.6次")
    c.rate("18", "20", "90", "完成年度目标的90%")
    c.rate("155", "168", "92.3", "县政协现有委员168名", "参训委员155名，覆盖率92.3%")
    c.rate("125", "163", "76.7", "被采纳或部分采纳的125件，采纳率76.7%")
    c.rate("12", "15", "80", "民生实事12件，完成年度目标15件的80%")
    c.rate("153", "163", "93.9", "表示满意的153件，满意度93.9%")
    # weights (text only) and scores by rules.md §5
    c.sum(["10", "50", "30", "10"], "100", "其中预算执行率10分，产出指标50分，效益指标30分，满意度指标10分")
    c.sum(["10", "10", "10", "10", "10"], "50", "该指标权重10分，得10分", "权重10分，按完成比例得9分")
    c.sum(["15", "15"], "30", "高于70%的目标。权重15分，得15分", "权重15分，得12分")
    c.score("10", "94.18", "100", "9.42", "gte", "预算执行率得9.42分")
    c.score("10", "163", "150", "10", "gte", "该指标权重10分，得10分")
    c.score("10", "18", "20", "9", "gte", "按完成比例得9分")
    c.score("10", "92.3", "90", "10", "gte", "高于90%的目标。权重10分，得10分")
    c.score("15", "76.7", "70", "15", "gte", "权重15分，得15分")
    c.score("15", "12", "15", "12", "gte", "权重15分，得12分")
    c.score("10", "93.9", "95", "9.88", "gte", "权重10分，得9.88分")
    c.sum(["10", "10", "9", "10", "10"], "49", "产出指标得49分")
    c.sum(["15", "12"], "27", "效益指标得27分")
    c.sum(["9.42", "49", "27", "9.88"], "95.30", "满意度指标得9.88分，综合自评得分95.30分")
    c.grade("95.30", "综合自评得分95.30分，评价等级为优秀")


def gulin(c):
    tb = c.table()
    c.sum(["120.00", "6.50"], "126.50", "年初预算120.00万元", "追加党史学习教育专题培训经费6.50万元，调整后预算为126.50万元")
    c.rate("126.50", "126.50", "100", "全年资金到位126.50万元，到位率100%")
    c.rate("118.73", "126.50", "93.86", "实际支出118.73万元，预算执行率93.86%")
    c.rate("38.42", "118.73", "32.36", "讲课费及师资费用38.42万元，占实际支出的32.36%")
    c.diff("126.50", "118.73", "7.77", "年末结余7.77万元")
    c.diff("116.50", "109.73", "6.77", "财政资金6.77万元按规定结转至2022年", "｜116.50｜109.73｜")
    c.diff("10.00", "9.00", "1.00", "单位资金结余1.00万元", "单位资金｜10.00｜10.00｜9.00｜")
    c.sum(["6.77", "1.00"], "7.77", "年末结余7.77万元")
    c.sum(["2", "3", "8"], "13", "中青年干部培训班2期、科级干部进修班3期、党史学习教育专题班8期", "全年实际举办主体班次13期")
    c.sum(["12", "1"], "13", "下达主体班次12期", "增办党史学习教育专题班1期")
    c.ratio("1624", "13", "124.9", "培训干部1624人次，期均124.9人次")
    c.rate("1624", "1500", "108.27", "完成年度培训人次目标的108.27%")
    c.rate("1614", "1624", "99.4", "1624人次中结业考核合格1614人次，合格率99.4%")
    c.rate("117", "132", "88.6", "全年共评估课程132门次，评为优良的117门次，优良课程占比88.6%")
    c.ratio("1187300", "1624", "731", "全年实际支出118.73万元，培训1624人次，人均培训成本约731元")
    c.mean(["97.1", "95.8", "95.7"], "96.2", "中青年干部培训班97.1%、科级干部进修班95.8%、党史学习教育专题班95.7%，三类班次平均满意度96.2%")
    c.has("｜13｜", "｜1624｜", "｜99.4｜", "｜88.6｜", "｜731｜", "｜9｜10｜10｜", "｜2316｜", "｜96.2｜")
    if tb:
        c.sum([tb["total"]], "97.56", "自评总分97.56分")
        c.diff(tb["total"], tb["exec_score"], "88.17", "绩效指标得分88.17分")
        c.sum([str(v) for v in tb["weights_by_level1"].values()], "90", "一级指标｜")
        c.grade(tb["total"], "评价等级为“优”", "评价结论｜优")


def changbai(c):
    tb = c.table()
    c.sum(["80.00", "15.00"], "95.00", "年初预算95.00万元，其中当年财政拨款80.00万元，2023年结转的县志出版印刷费15.00万元", "全年预算数95.00万元")
    c.rate("76.84", "95.00", "80.88", "项目全年执行76.84万元，预算执行率80.88%")
    c.rate("66.84", "80.00", "83.55", "当年财政拨款执行66.84万元，执行率83.55%")
    c.diff("95.00", "76.84", "18.16", "年末结余18.16万元")
    c.sum(["66.84", "10.00"], "76.84", "｜15.00｜15.00｜10.00｜")
    c.mean(["86", "89", "92"], "89", "专家评分分别为86分、89分、92分，平均89分")
    c.prod("800", "172", "10000", "13.76", "印制800册，每册印制成本172元，印制费13.76万元")
    c.rate("44", "50", "88.0", "收回有效问卷50份，满意44份，满意度为88.0%")
    c.has("总纂186万字", "｜186万字｜", "差错率为0.008%", "｜0.008%｜", "赠阅640册", "｜640册｜", "245人次", "｜245人次｜", "2024年9月20日出版", "｜2024年9月20日｜")
    if tb:
        c.has(f"项目自评得分{tb['total']}分")
        c.grade(tb["total"], "评价等级为良好")


def wanning(c):
    tb = c.table()
    c.sum(["1286.40", "66.20"], "1352.60", "年初预算1,286.40万元，年中追加项目经费66.20万元，全年预算1,352.60万元")
    c.sum(["1340.60", "12.00"], "1352.60", "财政拨款收入1,340.60万元，其他收入12.00万元")
    c.rate("1318.25", "1352.60", "97.46", "全年支出1,318.25万元，预算执行率97.46%")
    c.sum(["482.15", "836.10"], "1318.25", "基本支出482.15万元", "项目支出836.10万元")
    c.sum(["401.30", "80.85"], "482.15", "人员经费401.30万元、公用经费80.85万元")
    c.rate("836.10", "866.20", "96.53", "项目支出836.10万元，预算执行率96.53%", "项目支出全年预算866.20万元")
    c.diff("1352.60", "1318.25", "34.35", "年末结余34.35万元")
    c.sum(["318.00", "146.20", "260.00", "142.00"], "866.20", "物业管理费318.00万元", "运行经费146.20万元", "维修改造经费260.00万元", "运行补助142.00万元")
    c.rate("256.40", "260.00", "98.62", "实际支出256.40万元，执行率98.62%")
    c.rate("0.34", "2.80", "12.14", "公务接待费支出2.46万元，较2018年的2.80万元下降12.14%")
    c.diff("420.00", "398.60", "21.40", "政府采购预算420.00万元，实际采购金额398.60万元，节约资金21.40万元")
    c.rate("21.40", "420.00", "5.10", "节约率5.10%")
    c.mean(["92", "95", "90", "94"], "92.75", "分别为92分、95分、90分、94分，平均92.75分")
    c.ratio("1410500", "6842", "206", "全年运行费用141.05万元，平均每车次约206元")
    c.rate("16", "20", "80", "全年实施维修项目20个", "按期完工16个，按期完工率80%")
    c.rate("216", "250", "86.4", "收回有效问卷250份，对机关后勤服务满意的216份，满意度86.4%")
    c.has("提供物业服务面积12.6万平方米", "｜12.6万平方米｜", "保障出车6842车次", "｜6842车次｜", "下降2.3%", "｜2.3%｜", "节约12.6%", "｜12.6%｜")
    if tb:
        c.has(f"自评得分{tb['total']}分", "2019年度部门整体支出绩效自评表")
        c.grade(tb["total"], "评价等级为优", "自评等级｜优")


CHECKS = {
    "longyao-rdlvzhi-2022": longyao,
    "yunhe-zxtian-2023": yunhe,
    "gulin-dxpeixun-2021": gulin,
    "changbai-xianzhi-2024": changbai,
    "wanning-jgswj-2019": wanning,
}


def years(c, year):
    """rules.md I14: title/table year, 截至…12月31日 and 结转至… against the evaluation year."""
    t = c.t
    c.n += 1
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        if int(m.group(1)) != year:
            c.fail(f"截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"结转至(\d{4})年", t):
        if int(m.group(1)) <= year:
            c.fail(f"结转至{m.group(1)}年 in a {year} report")
    for m in re.finditer(r"(\d{4})年度[^\n｜]{0,20}自评(报告|表)|（(\d{4})年度）", t):
        y = int(m.group(1) or m.group(3))
        if y != year:
            c.fail(f"title/table year {y} in a {year} report")


def run_checks(src, text, name):
    c = Check(text, name)
    try:
        years(c, int(src[-4:]))
        CHECKS[src](c)
    except Exception as e:  # a broken table counts as a failure
        c.fail(f"exception: {e!r}")
    return c


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    errs = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    texts = {}
    for rec in labels:
        texts[rec["case"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    files = sorted(os.listdir(CASES))
    if sorted(texts) != files:
        errs.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    nclean = nerr = 0
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        if rec["clean"]:
            nclean += 1
            if rec["expected"]:
                errs.append(f"{name}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                errs.append(f"{name}: {n} characters (want 3000-9000)")
            c = run_checks(src, text, name)
            for f in c.fails:
                errs.append(f"{name}: {f}")
            print(f"{name}: {n} chars, {c.n} arithmetic checks, {len(c.fails)} failures")
            continue
        nerr += 1
        clean = texts[f"{src}-clean.txt"]
        if len(rec["expected"]) != 1:
            errs.append(f"{name}: expected must hold exactly one finding")
        p, ea, eb = changed_region(clean, text)
        if ea - p > 120 or eb - p > 120 or (ea == p and eb == p):
            errs.append(f"{name}: differs from clean in more than one place or not at all ({p}:{ea} / {p}:{eb})")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                errs.append(f"{name}: bad code/severity {exp['code']}/{exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                errs.append(f"{name}: value not found: {v!r}")
            elif not any(o < max(eb, p + 1) and o + len(v) > p for o in occ):
                errs.append(f"{name}: value does not cover the changed figure ({v!r})")
        c = run_checks(src, text, name)
        if not c.fails:
            errs.append(f"{name}: injected error breaks none of the clean checks")
        print(f"{name}: {rec['expected'][0]['code']:<22} changed [{p},{eb}) -> {text[p:eb]!r}; {len(c.fails)} check(s) broken")
    for code in CODES:
        if codes[code] < 2:
            errs.append(f"code {code} occurs {codes[code]} times (want >= 2)")
    if nclean != 5 or nerr != 30:
        errs.append(f"{nclean} clean and {nerr} error cases (want 5 and 30)")
    print("codes:", dict(sorted(codes.items())))
    if errs:
        print("\n".join("FAIL " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
