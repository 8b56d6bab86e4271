#!/usr/bin/env python3
"""Verify the n173 set.

1. labels.jsonl: one line per case file, codes from errors.md section A, every code
   of the 13 required ones at least twice, every `value` present in its case.
2. every error case = its clean draft with the one edit of build.py applied, and it
   differs from the clean draft in one place (one contiguous region of at most two
   lines), and the label value overlaps that place.
3. the arithmetic of every clean draft is redone: the funds block and indicator rows
   of each ｜-table (rates, components, weights, scores against rules.md section 5,
   total, grade), the small tables (completion rates, average), and a list of prose
   checks per draft in which every number is read from the text through a snippet
   that must occur in it.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402

REQUIRED = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
            "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
            "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
            "completion_mismatch"}

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- numbers

def dec(s):
    s = s.replace(",", "").replace("，", "")
    return D(s)


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated_str):
    """rules.md section 8: stated value with d decimals vs computed value."""
    v = dec(stated_str)
    d = decimals(stated_str)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)
        self.nchecks = 0

    def n(self, snippet):
        """snippet holds one {number}; the snippet without braces must occur in the text
        (and not as part of a longer number). Returns (Decimal, string)."""
        m = re.search(r"\{([^}]*)\}", snippet)
        plain = snippet.replace("{", "").replace("}", "")
        idx = self.text.find(plain)
        if idx < 0:
            fail(f"{self.name}: snippet not found: {plain}")
            return D(0), "0"
        # guard against reading a number that continues (e.g. 0.00 inside 10.00)
        start = idx + m.start()
        end = start + len(m.group(1))
        before = self.text[start - 1] if start > 0 else ""
        after = self.text[end] if end < len(self.text) else ""
        if (before.isdigit() or before in ".,") or (after.isdigit() or (after == "." and end + 1 < len(self.text) and self.text[end + 1].isdigit())):
            fail(f"{self.name}: number in snippet is part of a longer number: {plain}")
        return dec(m.group(1)), m.group(1)

    def check(self, ok, msg):
        self.nchecks += 1
        if not ok:
            fail(f"{self.name}: {msg}")

    # helpers
    def sum_eq(self, parts, total, what):
        vals = [self.n(p)[0] for p in parts]
        tv, ts = self.n(total)
        self.check(consistent(sum(vals), ts), f"sum {what}: {' + '.join(map(str, vals))} = {sum(vals)} vs {ts}")

    def diff_eq(self, a, b, result, what):
        av, bv = self.n(a)[0], self.n(b)[0]
        rv, rs = self.n(result)
        self.check(consistent(av - bv, rs), f"difference {what}: {av} - {bv} = {av - bv} vs {rs}")

    def rate(self, num, den, pct, what):
        nv, dv = self.n(num)[0], self.n(den)[0]
        pv, ps = self.n(pct)
        self.check(dv != 0 and consistent(nv / dv * 100, ps), f"rate {what}: {nv}/{dv} vs {ps}%")

    def avg(self, total, count, stated, what, scale=D(1)):
        tv, cv = self.n(total)[0], self.n(count)[0]
        sv, ss = self.n(stated)
        self.check(consistent(tv * scale / cv, ss), f"average {what}: {tv}*{scale}/{cv} = {tv * scale / cv} vs {ss}")

    def same(self, a, b, what):
        av, bv = self.n(a)[0], self.n(b)[0]
        self.check(av == bv, f"same quantity {what}: {av} vs {bv}")

    def grade(self, total, label_snippet):
        tv, ts = self.n(total)
        found = None
        for w in sorted(GRADE_WORDS, key=len, reverse=True):
            if label_snippet.replace("{G}", w) in self.text:
                found = w
                break
        self.check(found is not None and GRADE_WORDS[found] == grade_of(tv),
                   f"grade for {ts}: found {found}, band {grade_of(tv)}")


# ---------------------------------------------------------------- tables

TARGET_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*([0-9][0-9,]*\.?[0-9]*)(.*)$")
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_num_unit(s):
    m = TARGET_RE.match(s.strip())
    if not m:
        return None
    return m.group(1) or "", dec(m.group(2)), m.group(3).strip()


def rule_score(target, actual, weight):
    """rules.md section 5. Returns (expected score or None for qualitative, completion or None, note)."""
    dt, da = DATE_RE.search(target), DATE_RE.search(actual)
    if dt and da:
        t = tuple(map(int, dt.groups()))
        a = tuple(map(int, da.groups()))
        return (weight if a <= t else D(0)), None, "date"
    pt, pa = parse_num_unit(target), parse_num_unit(actual)
    if pt is None or pa is None:
        return None, None, "qualitative"
    sign, tv, tu = pt
    _, av, au = pa
    if tu != au:
        return "unit", None, f"unit {tu} vs {au}"
    if sign in ("≤", "＜", "<="):
        if av <= tv:
            return weight, D(100), "lte met"
        return weight * tv / av, tv / av * 100, "lte missed"
    comp = av / tv * 100
    return weight * min(av / tv, D(1)), comp, "gte"


def check_tables(doc):
    lines = doc.text.split("\n")
    fund_weight = fund_score = None
    weights, scores = [], []
    total_row = None
    for i, line in enumerate(lines):
        cells = line.split("｜")
        if cells[0] == "年度资金总额" and len(cells) == 7:
            ini, ann, exe, w, rate, sc = cells[1:7]
            anv, exv = dec(ann), dec(exe)
            r = exv / anv
            doc.check(consistent(r * 100, rate.rstrip("%")), f"funds rate {exe}/{ann} vs {rate}")
            doc.check(r <= 1, f"funds rate over 100%: {rate}")
            ok = consistent(dec(w) * min(r, D(1)), sc) or consistent(dec(w) * dec(rate.rstrip("%")) / 100, sc)
            doc.check(ok, f"execution score {sc} for rate {rate}")
            fund_weight, fund_score = dec(w), dec(sc)
            # component rows
            comps = []
            j = i + 1
            while j < len(lines):
                c = lines[j].split("｜")
                if len(c) != 7 or not re.match(r"^[0-9,.]+$", c[1] or "x"):
                    break
                comps.append(c)
                j += 1
            doc.check(len(comps) >= 2, "funds block without component rows")
            for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
                s = sum(dec(c[col]) for c in comps)
                doc.check(consistent(s, cells[col]), f"funds components {label}: {s} vs {cells[col]}")
            for c in comps:
                doc.check(c[4] == "—" and c[6] == "—", f"component row with weight/score: {c}")
                b, e = dec(c[2]), dec(c[3])
                if c[5] != "—":
                    doc.check(b != 0 and consistent(e / b * 100, c[5].rstrip("%")), f"component rate {c}")
                doc.check(e <= b, f"component spent above budget {c}")
        if cells[0] in ("产出指标", "效益指标", "满意度指标") and len(cells) >= 8:
            _, l2, name, target, actual, w, sc = cells[:7]
            wv, sv = dec(w), dec(sc)
            weights.append(wv)
            scores.append(sv)
            doc.check(D(0) <= sv <= wv, f"score {sc} outside [0, {w}] in {name}")
            exp, comp, note = rule_score(target, actual, wv)
            doc.check(exp != "unit", f"unit mismatch in row {name}: {note}")
            if exp is not None and exp != "unit":
                doc.check(consistent(r2(exp), sc), f"row {name}: score {sc}, rule gives {r2(exp)} ({note})")
                if comp is not None and comp < 100:
                    doc.check(len(cells) > 7 and cells[7].strip() != "", f"row {name} below target without reason")
                if comp is not None and comp > 120:
                    doc.check(len(cells) > 7 and cells[7].strip() != "", f"row {name} over target by >20% without reason")
            elif exp is None:
                doc.check(sv == wv, f"qualitative row {name} achieved but not full marks")
        if cells[0] in ("总分", "合计") and len(cells) >= 7 and cells[5] == "100":
            total_row = cells
    if fund_weight is not None:
        doc.check(total_row is not None, "indicator table without total row")
        tw = fund_weight + sum(weights)
        ts = fund_score + sum(scores)
        doc.check(tw == 100, f"weights sum to {tw}")
        if total_row:
            doc.check(consistent(ts, total_row[6]), f"scores sum to {ts}, total row says {total_row[6]}")
        return ts, sum(scores)
    return None, None


def check_completion_table(doc, header):
    lines = doc.text.split("\n")
    i = lines.index(header) + 1
    n = 0
    while i < len(lines) and lines[i].count("｜") == 3:
        name, t, a, c = lines[i].split("｜")
        tv = parse_num_unit(t)
        av = parse_num_unit(a)
        doc.check(tv[2] == av[2], f"completion table units {name}")
        doc.check(consistent(av[1] / tv[1] * 100, c.rstrip("%")), f"completion {name}: {a}/{t} vs {c}")
        n += 1
        i += 1
    doc.check(n >= 3, "completion table has too few rows")


def check_average_table(doc, header):
    lines = doc.text.split("\n")
    i = lines.index(header) + 1
    vals = []
    total = avg = None
    while i < len(lines) and lines[i].count("｜") == 2:
        c = lines[i].split("｜")
        if c[0] == "合计":
            total = c[2]
        elif c[0] == "平均":
            avg = c[2]
        else:
            vals.append(dec(c[2]))
        i += 1
    doc.check(total is not None and consistent(sum(vals), total), f"average table total {sum(vals)} vs {total}")
    doc.check(avg is not None and consistent(sum(vals) / len(vals), avg), f"average table mean vs {avg}")


# ---------------------------------------------------------------- per-draft prose checks

def funan(doc):
    check_tables(doc)
    doc.sum_eq(["其中2019年下达{1,100}万元", "2020年下达{900}万元"], "中央财政安排示范资金{2,000}万元", "示范资金")
    doc.diff_eq("其中2019年下达{1,100}万元", "2019年度项目支出{800}万元", "其余{300}万元作为上年结转资金", "2019 carry-over")
    doc.sum_eq(["2020年中央示范资金{900}万元", "上年结转资金{300}万元。"], "2020年初预算{1,200}万元", "年初预算")
    doc.sum_eq(["2020年初预算{1,200}万元", "追加县级配套资金{150}万元"], "全年预算调整为{1,350}万元", "全年预算")
    doc.sum_eq(["公共服务中心运营{186.30}万元", "物流配送体系{452.80}万元", "农产品上行体系{318.65}万元",
                "服务站点{211.00}万元", "电商人才培训{115.20}万元"], "项目实际支出{1,283.95}万元", "spending items")
    s = doc.n("乡镇站每个{2.5}万元")[0] * doc.n("新建乡镇电子商务服务站{22}个")[0] + \
        doc.n("村级点每个{1.0}万元")[0] * doc.n("新建村级电子商务服务点{156}个")[0]
    doc.check(s == doc.n("服务站点{211.00}万元")[0], f"站点补助 {s} vs 211.00")
    doc.diff_eq("全年预算调整为{1,350}万元", "项目实际支出{1,283.95}万元", "未支出的{66.05}万元", "unspent")
    doc.rate("服务站{22}个，完成率", "不少于{20}个", "22个，完成率{110}%", "乡镇站")
    doc.rate("服务点{156}个，完成率", "不少于{150}个", "156个，完成率{104}%", "村级点")
    doc.rate("培训{2240}人次，平均", "电商培训不少于{2000}人次", "70人次，完成率{112}%", "培训")
    doc.avg("培训{2240}人次，平均", "电商培训班{32}期", "平均每期{70}人次", "培训每期人次")
    tot = doc.n("电商人才培训{115.20}万元")[0] * 10000 / doc.n("培训{2240}人次，平均")[0]
    doc.check(abs(tot - doc.n("人均培训成本约{514}元")[0]) <= D("0.5"), f"约514元 vs {tot}")
    doc.rate("就业创业{276}人，完成率", "就业创业不少于{300}人", "276人，完成率{92}%", "就业创业")
    doc.rate("农村网络零售额{8.46}亿元", "达到{8}亿元以上", "完成年度目标的{105.75}%", "网络零售额")
    doc.rate("同比增长{13.2}%", "增长{15}%以上", "完成年度目标的{88}%", "农产品网络零售额增长")
    for a, b in [("服务站{22}个，完成率", "｜≥20个｜{22}个｜"), ("服务点{156}个，完成率", "｜≥150个｜{156}个｜"),
                 ("培训{2240}人次，平均", "｜≥2000人次｜{2240}人次｜"), ("就业创业{276}人", "｜≥300人｜{276}人｜"),
                 ("农村网络零售额{8.46}亿元", "｜≥8亿元｜{8.46}亿元｜"), ("同比增长{13.2}%", "｜≥15%｜{13.2}%｜"),
                 ("带动农村就业创业{1,135}人", "｜≥1000人｜{1135}人｜"), ("满意度为{93.6}%", "｜≥90%｜{93.6}%｜"),
                 ("项目实际支出{1,283.95}万元", "年度资金总额｜1,200.00｜1,350.00｜{1,283.95}｜"),
                 ("全年预算调整为{1,350}万元", "年度资金总额｜1,200.00｜{1,350.00}｜"),
                 ("村级服务点实际补助标准{1.0}万元/个", "｜≤1.2万元/个｜{1.0}万元/个｜"),
                 ("自评得分{98.07}分", "总分｜｜｜｜｜100｜{98.07}｜")]:
        doc.same(a, b, a)
    doc.grade("自评得分{98.07}分", "评价等级为“{G}”")


def yuanmou(doc):
    check_tables(doc)
    doc.sum_eq(["中央服务业发展资金{500}万元", "县级配套资金{100}万元"], "年初预算{600}万元", "年初预算")
    doc.sum_eq(["年初预算{600}万元", "省级追加资金{80}万元，全年"], "全年预算调整为{680}万元", "全年预算")
    doc.rate("已支付{76.80}万元", "省级追加资金{80}万元于当月", "执行率{96}%", "省级资金")
    doc.rate("全年实际支出{640.80}万元", "全年预算调整为{680}万元", "预算执行率{94.24}%。按用途", "执行率")
    doc.sum_eq(["冷库建设补助{453.60}万元", "购置补助{60.00}万元", "信息平台建设{58.40}万元", "设备购置{68.80}万元"],
               "全年实际支出{640.80}万元", "spending items")
    doc.check(doc.n("（{5}辆，每辆")[0] * doc.n("每辆补助{12}万元")[0] == doc.n("购置补助{60.00}万元")[0], "5 x 12 = 60")
    doc.diff_eq("全年预算调整为{680}万元", "全年实际支出{640.80}万元", "年末结余{39.20}万元", "balance")
    doc.avg("新增冷藏保鲜库容{12600}吨，平均", "改扩建产地冷库{9}座，新增", "平均每座库容{1400}吨", "库容/座")
    doc.avg("冷库建设补助{453.60}万元", "新增冷藏保鲜库容{12600}吨，平均", "平均每吨库容{360}元", "补助/吨", scale=D(10000))
    for a, b in [("产地冷库{9}座，新增", "｜≥8座｜{9}座｜"), ("新增冷藏保鲜库容{12600}吨，平均", "｜≥12000吨｜{12600}吨｜"),
                 ("购置冷藏运输车辆{5}辆，比目标", "｜≥6辆｜{5}辆｜"), ("下降到{6.5}%", "｜≤8%｜{6.5}%｜"),
                 ("年销售额{2.3}亿元", "｜≥2.5亿元｜{2.3}亿元｜"), ("带动周边{3260}户农户", "｜≥3000户｜{3260}户｜"),
                 ("服务对象满意度为{88}%", "｜≥90%｜{88}%｜"), ("平均每吨库容{360}元", "｜≤400元/吨｜{360}元/吨｜"),
                 ("预算执行率{94.24}%。按用途", "｜10｜{94.24}%｜"), ("全年实际支出{640.80}万元", "｜680.00｜{640.80}｜10｜"),
                 ("自评得分{97.57}分", "总分｜｜｜｜｜100｜{97.57}｜")]:
        doc.same(a, b, a)
    doc.check(doc.n("比目标少{1}辆")[0] == doc.n("不少于{6}辆")[0] - doc.n("购置冷藏运输车辆{5}辆，比目标")[0], "少1辆")
    doc.grade("自评得分{97.57}分", "评价等级为“{G}”")


def zaoyang(doc):
    total, _ = check_tables(doc)
    check_completion_table(doc, "指标｜年度目标值｜实际完成值｜完成率")
    check_average_table(doc, "乡镇｜改造内容｜补助金额（万元）")
    doc.sum_eq(["年初预算{1,286.40}万元", "追加{320.00}万元", "追加{20.00}万元", "追加基本支出{16.50}万元"],
               "全年预算调整为{1,642.90}万元", "全年预算")
    doc.rate("全年实际支出{1,598.36}万元", "全年预算调整为{1,642.90}万元", "预算执行率{97.29}%", "部门执行率")
    doc.sum_eq(["其中基本支出{502.90}万元", "项目支出{1,095.46}万元，执行率"], "全年实际支出{1,598.36}万元", "支出构成")
    doc.rate("项目支出{1,095.46}万元，执行率", "项目支出｜800.00｜{1,140.00}｜", "执行率{96.09}%", "项目支出")
    doc.sum_eq(["全年预算{720.00}万元", "消费促进活动经费{160.00}万元", "外贸外资发展资金{190.00}万元",
                "市场运行监测经费{70.00}万元"], "项目支出｜800.00｜{1,140.00}｜", "项目预算")
    doc.sum_eq(["实际支出{688.26}万元", "{160.00}万元，全部支出", "实际支出{180.40}万元", "实际支出{66.80}万元"],
               "项目支出{1,095.46}万元，执行率", "项目支出执行")
    doc.rate("实际支出{688.26}万元", "全年预算{720.00}万元", "执行率{95.59}%", "县域商业")
    doc.rate("实际支出{180.40}万元", "外贸外资发展资金{190.00}万元", "执行率{94.95}%", "外贸")
    doc.rate("实际支出{66.80}万元", "市场运行监测经费{70.00}万元", "执行率{95.43}%", "执法监测")
    doc.diff_eq("全年预算调整为{1,642.90}万元", "全年实际支出{1,598.36}万元", "年末未支出{44.54}万元", "未支出")
    doc.diff_eq("消费促进活动{15}场", "｜≥{12}场｜", "比计划多{3}场", "多3场")
    doc.check(doc.n("支出{10.85}万元，控制")[0] <= doc.n("控制在{12.6}万元")[0], "三公经费 within budget")
    for a, b in [("商贸中心{6}个，新建", "｜≥6个｜{6}个｜"), ("便民商店{64}个，县级", "｜≥60个｜{64}个｜"),
                 ("消费促进活动{15}场", "｜≥12场｜{15}场｜"), ("国际市场{27}家", "｜≥30家｜{27}家｜"),
                 ("增速为{4.8}%", "｜≥8%｜{4.8}%｜"), ("进出口总额{6.92}亿美元，完成", "｜≥6.5亿美元｜{6.92}亿美元｜"),
                 ("覆盖率达到{88.6}%", "｜≥85%｜{88.6}%｜"), ("满意度为{86}%", "｜≥90%｜{86}%｜"),
                 ("支出{10.85}万元，控制", "｜≤12.6万元｜{10.85}万元｜"), ("全年实际支出{1,598.36}万元", "｜1,642.90｜{1,598.36}｜"),
                 ("预算执行率{97.29}%", "｜10｜{97.29}%｜"), ("对{6}个乡镇商贸中心", "改造提升乡镇商贸中心｜6个｜{6}个｜")]:
        doc.same(a, b, a)
    doc.grade("合计｜｜｜｜｜100｜{94.69}｜", "自评结果为“{G}”")


def caoxian(doc):
    check_tables(doc)  # no tables: prose only
    doc.check("｜" not in doc.text, "prose-only draft contains a table")
    w = [doc.n(s)[0] for s in ["预算执行率{10}分、", "产出指标{50}分、", "效益指标{30}分、", "满意度指标{10}分设置"]]
    doc.check(sum(w) == 100, f"first-level weights sum to {sum(w)}")
    out_w = ["境外展会。目标不少于50家次，实际38家次，完成率76%，分值{15}分", "境内重点展会。目标不少于35家次，实际39家次，分值{10}分",
             "目标100%，实际100%，分值{10}分", "实际最长5个月，分值{5}分", "最高补贴7.6万元，分值{10}分"]
    ben_w = ["完成年度目标的64%，分值{15}分", "实际12个，分值{10}分", "实际587家，分值{5}分"]
    doc.check(sum(doc.n(s)[0] for s in out_w) == w[1], "output weights add to 产出指标")
    doc.check(sum(doc.n(s)[0] for s in ben_w) == w[2], "benefit weights add to 效益指标")
    # scores by rules.md section 5
    doc.rate("实际支付补贴资金{286.35}万元", "全年预算{300}万元", "预算执行率{95.45}%，其中", "执行率")
    r = doc.n("实际支付补贴资金{286.35}万元")[0] / doc.n("全年预算{300}万元")[0]
    doc.check(consistent(10 * r, doc.n("得{9.55}分。")[1]), "execution score")
    rows = [  # (target snippet, actual snippet, weight snippet, score snippet)
        ("目标不少于{50}家次", "实际{38}家次", "完成率76%，分值{15}分", "分值15分，得{11.4}分"),
        ("目标不少于{35}家次", "实际{39}家次", "实际39家次，分值{10}分", "实际39家次，分值10分，得{10}分"),
        ("审核准确率。目标{100}%", "实际{100}%，分值", "实际100%，分值{10}分", "实际100%，分值10分，得{10}分"),
        ("目标不少于{1.5}亿美元", "实际{0.96}亿美元", "完成年度目标的64%，分值{15}分", "分值15分，得{9.6}分"),
        ("目标不少于{10}个国家", "实际{12}个", "实际12个，分值{10}分", "实际12个，分值10分，得{10}分"),
        ("目标{600}家以上", "实际{587}家", "实际587家，分值{5}分", "分值5分，得{4.89}分"),
        ("满意度不低于{90}%", "参展企业满意度为{84}%", "满意度为84%，分值{10}分", "分值10分，得{9.33}分"),
    ]
    for t, a, ws, ss in rows:
        tv, av, wv = doc.n(t)[0], doc.n(a)[0], doc.n(ws)[0]
        doc.check(consistent(wv * min(av / tv, D(1)), doc.n(ss)[1]), f"score {ss}")
    doc.check(doc.n("实际最长{5}个月")[0] <= doc.n("展会结束后{6}个月内兑付")[0], "兑付时限")
    doc.check(doc.n("单家次最高补贴{7.6}万元")[0] <= doc.n("目标不超过{8}万元")[0], "单家次上限")
    out_s = ["得{11.4}分", "实际39家次，分值10分，得{10}分", "实际100%，分值10分，得{10}分", "实际最长5个月，分值5分，得{5}分",
             "最高补贴7.6万元，分值10分，得{10}分"]
    ben_s = ["分值15分，得{9.6}分", "实际12个，分值10分，得{10}分", "分值5分，得{4.89}分"]
    doc.check(sum(doc.n(s)[0] for s in out_s) == doc.n("产出指标得分{46.4}分")[0], "产出得分")
    doc.check(sum(doc.n(s)[0] for s in ben_s) == doc.n("效益指标得分{24.49}分")[0], "效益得分")
    doc.same("得{9.55}分。", "预算执行率得分{9.55}分", "execution score restated")
    doc.same("分值10分，得{9.33}分", "满意度指标得分{9.33}分", "satisfaction score restated")
    doc.sum_eq(["预算执行率得分{9.55}分", "产出指标得分{46.4}分", "效益指标得分{24.49}分", "满意度指标得分{9.33}分"],
               "综合得分{89.77}分", "total score")
    doc.grade("综合得分{89.77}分", "自评等级为“{G}”")
    doc.rate("实际{38}家次", "目标不少于{50}家次", "完成率{76}%", "境外展会")
    doc.rate("实际{0.96}亿美元", "目标不少于{1.5}亿美元", "完成年度目标的{64}%", "意向成交额")
    doc.same("实际{0.96}亿美元", "全年实现意向成交额{0.96}亿美元", "意向成交额")
    doc.sum_eq(["境外展会补贴{198.60}万元", "境内展会补贴{87.75}万元"], "实际支付补贴资金{286.35}万元", "补贴构成")
    doc.diff_eq("实际到位{300}万元", "实际支付补贴资金{286.35}万元", "结余{13.65}万元", "balance")
    doc.rate("实际到位{300}万元", "全年预算{300}万元", "到位率{100}%", "到位率")
    doc.sum_eq(["实际{38}家次", "实际{39}家次"], "共支持企业参展{77}家次", "家次")
    doc.same("共支持企业参展{77}家次", "我局对{77}家次参展企业", "77家次")
    doc.same("共支持企业参展{77}家次", "逐笔核对了{77}家次", "77家次")
    doc.avg("实际支付补贴资金{286.35}万元", "共支持企业参展{77}家次", "平均每家次补贴{3.72}万元", "每家次")
    doc.avg("境外展会补贴{198.60}万元", "实际{38}家次", "境外展会平均每家次{5.23}万元", "境外每家次")
    doc.rate("实际支出{241.60}万元", "2022年本项目预算{250}万元", "执行率{96.64}%", "2022 execution")
    doc.diff_eq("共支持企业参展{77}家次", "支持企业参展{61}家次", "增加{16}家次", "家次增加")


def gongzhuling(doc):
    total, ind = check_tables(doc)
    doc.sum_eq(["中央资金{1,350}万元", "省级资金{90}万元", "市级配套资金{60}万元"], "补贴资金{1,500}万元，其中", "资金来源")
    c, t = doc.n("中央资金{1,350}万元")[0], doc.n("补贴资金{1,500}万元，其中")[0]
    doc.check(c / t == D("0.9"), "central share 9:1")
    doc.rate("清算兑付补贴资金{1,123.20}万元", "补贴资金{1,500}万元，其中", "预算执行率{74.88}%。剩余", "执行率")
    doc.diff_eq("补贴资金{1,500}万元，其中", "清算兑付补贴资金{1,123.20}万元", "剩余{376.80}万元", "结转")
    doc.sum_eq(["冰箱{3,260}台", "洗衣机{2,840}台", "空调{3,150}台", "电视{2,210}台", "其他产品{1,020}台"],
               "共补贴家电{12,480}台", "categories")
    doc.avg("兑付补贴资金{1,123.20}万元，平均", "共补贴家电{12,480}台", "平均每台补贴{900}元", "每台补贴", scale=D(10000))
    a, tg = doc.n("共补贴家电{12,480}台")[0], doc.n("｜≥{10000}台｜")[0]
    doc.check(consistent((a - tg) / tg * 100, doc.n("超出目标{24.8}%")[1]), "超出目标24.8%")
    doc.check(consistent(ind, doc.n("满意度指标共得{89.19}分")[1]), f"indicator scores {ind} vs 89.19")
    doc.sum_eq(["预算执行得{7.49}分", "满意度指标共得{89.19}分"], "自评总分{96.68}分", "total")
    doc.grade("自评总分{96.68}分", "评定等级为{G}。")
    for x, y in [("共补贴家电{12,480}台", "｜≥10000台｜{12480}台｜"), ("共有{46}家销售企业", "｜≥40家｜{46}家｜"),
                 ("产品销售占比{82.6}%", "｜≥60%｜{82.6}%｜"), ("平均用时{12}个工作日", "｜≤15个工作日｜{12}个工作日｜"),
                 ("家电销售额{6,217.5}万元", "｜≥5000万元｜{6217.5}万元｜"), ("回收旧家电{7,350}台", "｜≥8000台｜{7350}台｜"),
                 ("满意度为{96.3}%", "｜≥90%｜{96.3}%｜"), ("每件补贴不超过{2000}元", "｜≤{2000}元｜"),
                 ("预算执行率{74.88}%。剩余", "｜10｜{74.88}%｜"), ("预算执行得{7.49}分", "｜74.88%｜{7.49}"),
                 ("自评总分{96.68}分", "总分｜｜｜｜｜100｜{96.68}｜"), ("补贴资金{1,500}万元，其中", "｜0.00｜{1,500.00}｜1,123.20"),
                 ("中央资金{1,350}万元", "中央财政资金｜0.00｜{1,350.00}｜"), ("省级资金{90}万元", "省级财政资金｜0.00｜{90.00}｜"),
                 ("市级配套资金{60}万元", "市级财政资金｜0.00｜{60.00}｜"), ("年度资金总额{1,500}万元", "｜0.00｜{1,500.00}｜1,123.20")]:
        doc.same(x, y, x)
    # per-source spending in the table follows the 9:0.6:0.4 split of the total
    for snip, share in (("中央财政资金｜0.00｜1,350.00｜{1,010.88}｜", "0.9"), ("省级财政资金｜0.00｜90.00｜{67.39}｜", "0.06"),
                        ("市级财政资金｜0.00｜60.00｜{44.93}｜", "0.04")):
        v, s = doc.n(snip)
        doc.check(consistent(D("1123.20") * D(share), s), f"source split {s}")


def check_years(doc, year):
    """rules.md I14: title year, table year, 截至…12月31日 name the evaluation year;
    money carried forward goes to a later year."""
    head = doc.text[:80]
    doc.check(f"{year}年度" in head, f"title does not name {year}年度")
    for m in re.finditer(r"（(\d{4})年度）", doc.text):
        doc.check(int(m.group(1)) == year, f"table year {m.group(0)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", doc.text):
        doc.check(int(m.group(1)) == year, f"figure dated {m.group(0)}")
    for m in re.finditer(r"结转至(\d{4})年", doc.text):
        doc.check(int(m.group(1)) > year, f"carry-forward {m.group(0)}")


DRAFTS = {
    "funan-ecommerce-2020": funan,
    "yuanmou-coldchain-2021": yuanmou,
    "zaoyang-commerce-dept-2022": zaoyang,
    "caoxian-tradefair-2023": caoxian,
    "gongzhuling-appliancetradein-2024": gongzhuling,
}


# ---------------------------------------------------------------- set-level checks

def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    files = sorted(os.listdir(CASES))
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    names = [l["case"] for l in labels]
    if sorted(names) != files or len(set(names)) != len(names):
        fail("labels.jsonl does not list exactly the case files")
    codes = {}
    edits = {(e[0], e[1]): e for e in build.EDITS}
    for rec in labels:
        text = read(rec["case"])
        src = rec["source"]
        if rec["clean"]:
            if rec["expected"] != [] or rec["case"] != f"{src}-clean.txt":
                fail(f"{rec['case']}: clean label malformed")
            if not 3000 <= len(text) <= 9000:
                fail(f"{rec['case']}: length {len(text)} outside 3000-9000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            fail(f"{rec['case']}: expected must hold one finding")
            continue
        e = exp[0]
        codes[e["code"]] = codes.get(e["code"], 0) + 1
        if e["code"] not in REQUIRED or e["severity"] != "error":
            fail(f"{rec['case']}: code/severity {e['code']}/{e['severity']}")
        if e["value"] not in text:
            fail(f"{rec['case']}: value not in case: {e['value']!r}")
        clean = read(f"{src}-clean.txt")
        n = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        ed = edits[(src, n)]
        if clean.count(ed[4]) != 1 or clean.replace(ed[4], ed[5], 1) != text:
            fail(f"{rec['case']}: not the clean draft with its single edit")
        p, ea, eb = diff_region(clean, text)
        changed = text[p:eb]
        if eb - p > 120 or ea - p > 120 or changed.count("\n") > 1 or clean[p:ea].count("\n") > 1:
            fail(f"{rec['case']}: differs in more than one place")
        if ea == p and eb == p:
            fail(f"{rec['case']}: identical to clean draft")
        # the value must contain (overlap) the changed place
        ok = False
        start = text.find(e["value"])
        while start >= 0:
            if start < max(eb, p + 1) and start + len(e["value"]) > p:
                ok = True
            start = text.find(e["value"], start + 1)
        if not ok:
            fail(f"{rec['case']}: value does not cover the changed figure")
    for c in REQUIRED:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
    per_src = {}
    for rec in labels:
        per_src.setdefault(rec["source"], []).append(rec["clean"])
    for src, flags in per_src.items():
        if flags.count(True) != 1 or flags.count(False) != 6:
            fail(f"{src}: needs 1 clean and 6 error cases")
    if set(per_src) != set(DRAFTS):
        fail("sources differ from the drafts checked")
    # arithmetic of the clean drafts
    total_checks = 0
    for src, fn in DRAFTS.items():
        doc = Doc(f"{src}-clean.txt")
        fn(doc)
        check_years(doc, int(src[-4:]))
        total_checks += doc.nchecks
        print(f"{src}: {doc.nchecks} arithmetic checks")
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{k}={v}" for k, v in sorted(codes.items())))
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print(f"{total_checks} checks passed")
    print("OK")


if __name__ == "__main__":
    main()
