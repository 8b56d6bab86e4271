#!/usr/bin/env python3
"""Verify the n182 set.

1. labels.jsonl covers every case file; each label value occurs in its case.
2. Each error case differs from its clean draft in one contiguous place, and the label value
   overlaps that place.
3. Every clean draft is 3,000-9,000 characters and its arithmetic is redone here: generic checks
   of the funds block and the indicator table (rates, component sums, weights, scores, completion
   rates, units) plus per-draft checks of the figures in the prose (amounts, rates, balances,
   averages, per-unit products, score totals, grades, years).
4. Sanity: the same checks run on every error case must fail at least once (the injected slip
   is visible to the arithmetic), and every code of errors.md section A occurs at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

YEARS = {
    "jingning-hailsuppression-2021": 2021,
    "songxian-flashflood-2019": 2019,
    "tongren-hydronet-2022": 2022,
    "gongzhuling-meteodept-2024": 2024,
    "wencheng-meteowarning-2018": 2018,
}


class CheckFail(Exception):
    pass


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Rule of rules.md section 8: |c - v| <= 0.5 * 10^-d of the stated number."""
    v = float(stated.strip().rstrip("%"))
    return abs(computed - v) <= 0.5 * 10 ** (-decimals(stated)) + 1e-9


def grade(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


class Doc:
    def __init__(self, name, text):
        self.name, self.text, self.fails, self.n = name, text, [], 0

    # --- helpers reading the text -------------------------------------------------
    def s(self, pat, group=1):
        m = re.search(pat, self.text)
        if not m:
            raise CheckFail(f"pattern not found: {pat}")
        return m.group(group)

    def f(self, pat, group=1):
        return float(self.s(pat, group).replace(",", ""))

    def check(self, desc, fn):
        self.n += 1
        try:
            ok = fn()
        except CheckFail as exc:
            ok, desc = False, f"{desc} ({exc})"
        except (ValueError, ZeroDivisionError, IndexError) as exc:
            ok, desc = False, f"{desc} ({exc!r})"
        if not ok:
            self.fails.append(desc)

    def stated(self, desc, pat, compute):
        """The number captured by pat must equal compute() within its own decimals."""
        self.check(desc, lambda: close(self.s(pat), compute()))


# --- generic table checks -------------------------------------------------------------

NUM = r"(\d+(?:\.\d+)?)"


def rows_after(lines, i):
    out = []
    for line in lines[i + 1:]:
        if "｜" not in line:
            break
        out.append(line.split("｜"))
    return out


def funds_block(doc):
    """MOF funds block: header with 年初预算数 … 执行率; first row total, then its components."""
    lines = doc.text.split("\n")
    info = None
    for i, line in enumerate(lines):
        if "年初预算数" in line and "执行率" in line and "｜" in line:
            head = line.split("｜")
            ci = {h: k for k, h in enumerate(head)}
            rows = []
            for r in rows_after(lines, i):
                if len(r) != len(head):
                    break
                rows.append(r)
            c_init, c_ann, c_exe = ci["年初预算数"], ci["全年预算数"], ci["全年执行数"]
            c_rate, c_w, c_sc = ci["执行率"], ci["分值"], ci["得分"]
            total = rows[0]
            for col in (c_init, c_ann, c_exe):
                doc.check(f"funds block column {head[col]}: components add to total",
                          lambda col=col: close(total[col], sum(float(r[col]) for r in rows[1:])))
            for r in rows:
                ann, exe, rate = float(r[c_ann]), float(r[c_exe]), r[c_rate]
                if rate.strip() == "—":
                    continue
                if ann == 0:
                    doc.check(f"funds row {r[0]}: no rate on a zero budget", lambda: False)
                    continue
                doc.check(f"funds row {r[0]}: 执行率 = 执行/全年预算",
                          lambda r=r, ann=ann, exe=exe: close(r[c_rate], exe / ann * 100))
                doc.check(f"funds row {r[0]}: 执行率 <= 100%", lambda exe=exe, ann=ann: exe <= ann)
            w, sc = float(total[c_w]), total[c_sc]
            doc.check("execution score = weight x min(rate, 100%)",
                      lambda: close(sc, w * min(1, float(total[c_exe]) / float(total[c_ann]))))
            info = (w, float(sc))
            break
    return info


def split_value(v):
    if re.search(r"\d{4}年\d+月", v):
        return None  # a date, not a quantity
    m = re.match(r"^(≥|≤|=|＞|＜)?(\d+(?:\.\d+)?)(.*)$", v.strip())
    if not m:
        return None
    return m.group(1) or "=", float(m.group(2)), m.group(3).strip()


def indicator_table(doc, exec_part):
    lines = doc.text.split("\n")
    for i, line in enumerate(lines):
        if "三级指标" in line and "分值" in line and "得分" in line and "｜" in line:
            head = line.split("｜")
            ci = {h: k for k, h in enumerate(head)}
            c_t, c_a, c_w, c_s = ci["年度指标值"], ci["实际完成值"], ci["分值"], ci["得分"]
            c_c = ci.get("完成率")
            rows, total = [], None
            for r in rows_after(lines, i):
                if r[0] in ("总分", "合计"):
                    total = r
                    break
                rows.append(r)
            if total is None:
                doc.check("indicator table has a total row", lambda: False)
                return
            has_exec = any(r[0].startswith("预算执行") for r in rows)
            w_sum = sum(float(r[c_w]) for r in rows) + (0 if has_exec else exec_part[0])
            s_sum = sum(float(r[c_s]) for r in rows) + (0 if has_exec else exec_part[1])
            doc.check("weights add to 100", lambda: abs(w_sum - 100) < 1e-9)
            doc.check("total row weight is 100", lambda: float(total[c_w]) == 100)
            doc.check("scores add to the stated total", lambda: close(total[c_s], s_sum))
            for r in rows:
                name, w, sc = r[2], float(r[c_w]), r[c_s]
                doc.check(f"{name}: 0 <= score <= weight", lambda w=w, sc=sc: 0 <= float(sc) <= w)
                t, a = split_value(r[c_t]), split_value(r[c_a])
                if t is None:
                    continue  # qualitative or date target
                if a is None:
                    doc.check(f"{name}: actual is numeric like its target", lambda: False)
                    continue
                doc.check(f"{name}: actual unit {a[2]!r} = target unit {t[2]!r}",
                          lambda a=a, t=t: a[2] == t[2])
                if a[2] != t[2]:
                    continue
                sign, tv, av = t[0], t[1], a[1]
                if sign in ("≤", "＜"):
                    comp = 100.0 if av <= tv else tv / av * 100
                elif tv == 0:
                    comp = 100.0 if av == 0 else 0.0
                else:
                    comp = av / tv * 100
                doc.check(f"{name}: score follows target/actual",
                          lambda w=w, sc=sc, comp=comp: close(sc, w * min(comp, 100) / 100))
                if c_c is not None:
                    doc.check(f"{name}: 完成率 follows target/actual",
                              lambda r=r, comp=comp: close(r[c_c], comp))
            return total
    return None


# --- per-draft checks of the prose ----------------------------------------------------

def q(doc, pat):
    return doc.f(pat)


def check_jingning(d):
    init = lambda: q(d, r"年初预算" + NUM + r"万元，全部为县级")
    add = lambda: q(d, r"追加人工影响天气补助资金" + NUM)
    carry = lambda: q(d, r"上年结转资金" + NUM + "万元，全年")
    annual = lambda: q(d, r"全年预算" + NUM + "万元。截至")
    spent = lambda: q(d, r"项目全年执行" + NUM)
    d.check("年初 + 追加 + 结转 = 全年预算", lambda: close(d.s(r"全年预算" + NUM + "万元。截至"), init() + add() + carry()))
    d.stated("执行率 in prose", r"预算执行率" + NUM + "%", lambda: spent() / annual() * 100)
    parts = [r"作业弹药购置" + NUM, r"作业人员补贴" + NUM, r"作业装备维护及年检" + NUM, r"安全培训及其他" + NUM]
    d.check("spending parts add to 全年执行", lambda: close(d.s(r"项目全年执行" + NUM), sum(q(d, p) for p in parts)))
    d.stated("火箭弹 120 x 4500元", r"单价4500元，计" + NUM, lambda: q(d, r"火箭弹" + NUM + "枚，单价") * q(d, r"枚，单价" + NUM + "元") / 1e4)
    d.stated("人雨弹 3000 x 82元", r"单价82元，计" + NUM, lambda: q(d, r"人雨弹" + NUM + "发") * q(d, r"发，单价" + NUM + "元") / 1e4)
    d.stated("弹药 = 火箭弹 + 人雨弹", r"作业弹药购置" + NUM, lambda: q(d, r"单价4500元，计" + NUM) + q(d, r"单价82元，计" + NUM))
    d.stated("作业人员补贴 = 45 x 7200元", r"作业人员补贴" + NUM, lambda: q(d, r"在册作业人员" + NUM + "名") * q(d, r"每人每年" + NUM + "元") / 1e4)
    d.stated("未支出 = 全年预算 - 执行", r"未支出的" + NUM + "万元", lambda: annual() - spent())
    d.check("结转 goes to a later year", lambda: int(d.s(r"结转至(\d{4})年")) > YEARS[d.src])
    d.check("截至 names the evaluation year", lambda: int(d.s(r"截至(\d{4})年12月31日")) == YEARS[d.src])
    d.stated("防雹 + 增雨 = 作业次数", r"全年开展增雨防雹作业" + NUM + "次", lambda: q(d, r"防雹作业" + NUM + "次、") + q(d, r"增雨作业" + NUM + "次，"))
    d.stated("满意度 = 234/250", r"果农满意度为" + NUM + "%", lambda: q(d, r"表示满意的" + NUM + "份") / q(d, r"收回" + NUM + "份") * 100)
    d.stated("prose parts add to the total", r"自评得分" + NUM + "分", lambda: sum(q(d, p) for p in (
        r"预算执行率指标得" + NUM, r"产出指标得" + NUM, r"效益指标得" + NUM, r"满意度指标得" + NUM)))
    d.check("grade fits the total", lambda: d.s(r"评价等级为“(.)”") == grade(q(d, r"自评得分" + NUM + "分")))
    d.check("prose total = table total", lambda: d.s(r"自评得分" + NUM + "分") == d.s(r"总分｜｜｜｜｜100｜" + NUM))
    d.check("prose rate = table rate", lambda: d.s(r"预算执行率" + NUM + "%") == d.s(r"年度资金总额｜[^\n]*｜" + NUM + r"%"))
    d.check("prose 全年执行 = table", lambda: d.s(r"项目全年执行" + NUM) == d.s(r"年度资金总额｜[\d.]+｜[\d.]+｜" + NUM))


def check_songxian(d):
    budget = lambda: q(d, r"项目全年预算" + NUM)
    spent = lambda: q(d, r"项目实际支出" + NUM)
    d.stated("中央 + 县级 = 全年预算", r"项目全年预算" + NUM, lambda: q(d, r"补助资金" + NUM + "万元（") + q(d, r"县级配套资金" + NUM + "万元，"))
    d.stated("执行率 in prose", r"预算执行率" + NUM + "%", lambda: spent() / budget() * 100)
    d.stated("uses add to spending", r"项目实际支出" + NUM, lambda: sum(q(d, p) for p in (
        r"区域自动气象站维护" + NUM + "万元", r"预警信息发布费" + NUM, r"数据传输租用费" + NUM, r"防汛责任人培训费" + NUM)))
    d.stated("36 stations x 9000元", r"区域自动气象站维护" + NUM + "万元", lambda: q(d, r"（" + NUM + "个站，每站") * q(d, r"年维护费" + NUM + "元") / 1e4)
    d.stated("sources add to spending", r"项目实际支出" + NUM, lambda: q(d, r"中央补助资金支出" + NUM) + q(d, r"县级配套资金支出" + NUM))
    d.stated("结余 = 到位 - 支出", r"年末结余" + NUM, lambda: budget() - spent())
    months = lambda: [float(x) for x in re.findall(r"(\d+)期", d.s(r"各月分别为([^，]*(?:，[^，]*){0}[^共]*)共"))]
    d.stated("monthly counts add up", r"共" + NUM + "期，月均", lambda: sum(months()))
    d.stated("monthly average", r"月均" + NUM + "期", lambda: sum(months()) / len(months()))
    d.stated("汛期 + 非汛期 = 全年", r"全年发布山洪灾害气象风险预警" + NUM + "期", lambda: q(d, r"共" + NUM + "期，月均") + q(d, r"非汛期发布" + NUM + "期"))
    d.check("prose 短信人数 = table", lambda: d.s(r"全年向" + NUM + "名") == d.s(r"≥3200人｜" + NUM + "人"))
    d.check("prose 发布用时 = table", lambda: d.s(r"平均用时" + NUM + "分钟") == d.s(r"≤10分钟｜" + NUM + "分钟"))
    d.check("prose 预警期数 = table", lambda: d.s(r"全年发布山洪灾害气象风险预警" + NUM + "期") == d.s(r"≥40期｜" + NUM + "期"))
    d.stated("prose parts add to the total", r"本项目得分" + NUM + "分", lambda: sum(q(d, p) for p in (
        r"预算执行得" + NUM, r"产出指标得" + NUM, r"效益指标得" + NUM, r"满意度指标得" + NUM)))
    d.check("grade fits the total", lambda: d.s(r"本项目得分[\d.]+分，等级为(.)") == grade(q(d, r"本项目得分" + NUM + "分")))
    d.check("prose total = table total", lambda: d.s(r"本项目得分" + NUM + "分") == d.s(r"合计｜｜｜｜｜｜100｜" + NUM))
    d.check("advance issued in the December before the year", lambda: int(d.s(r"于(\d{4})年12月提前下达")) == YEARS[d.src] - 1)


def check_tongren(d):
    init = lambda: q(d, r"项目年初预算" + NUM)
    cut = lambda: q(d, r"压减一般性支出" + NUM)
    annual = lambda: q(d, r"调整后全年预算" + NUM)
    d.stated("年初 - 压减 = 全年预算", r"调整后全年预算" + NUM, lambda: init() - cut())
    uses = [r"运行维护" + NUM + "万元，每站", r"雨量站62处维护" + NUM + "万元", r"水位站28处维护" + NUM + "万元", r"更新6套，预算" + NUM]
    d.stated("uses add to 全年预算", r"调整后全年预算" + NUM, lambda: sum(q(d, p) for p in uses))
    d.stated("14 x 9.00", r"运行维护" + NUM + "万元，每站", lambda: q(d, r"国家基本水文站" + NUM + "处运行维护") * q(d, r"每站" + NUM + "万元"))
    d.stated("62 x 6000元", r"雨量站62处维护" + NUM + "万元", lambda: 62 * q(d, r"每处" + NUM + "元") / 1e4)
    d.stated("28 x 1.1", r"水位站28处维护" + NUM + "万元", lambda: 28 * q(d, r"每处" + NUM + "万元"))
    t1 = lambda k: float(d.s(r"\n" + r"｜".join([NUM] * 5) + r"\n", k))
    d.check("table 1 年初 = prose", lambda: close(d.s(r"\n" + NUM + r"｜[\d.]+｜[\d.]+｜[\d.]+｜[\d.]+\n"), init()))
    d.check("table 1 全年 = prose", lambda: t1(2) == annual())
    d.check("table 1 到位 = 全年 (全额到位)", lambda: t1(3) == t1(2))
    d.check("table 1 结余 = 到位 - 支出", lambda: close(d.s(r"\n" + r"｜".join([NUM] * 5) + r"\n", 5), t1(3) - t1(4)))
    d.check("spent: prose = table 1", lambda: q(d, r"项目实际支出" + NUM) == t1(4))
    d.check("spent = uses (three full, equipment partly)", lambda: close(d.s(r"项目实际支出" + NUM),
            sum(q(d, p) for p in uses[:3]) + q(d, r"支出" + NUM + "万元，其余")))
    d.check("约90% is near the rate", lambda: abs(t1(4) / t1(2) * 100 - q(d, r"执行率约为" + NUM + "%")) < 1)
    d.stated("average tests per station", r"平均每站" + NUM + "次", lambda: q(d, r"流量测验" + NUM + "次，平均") / q(d, r"。" + NUM + "处国家基本水文站全年共开展"))
    d.stated("service completion", r"为年度目标的" + NUM + "%", lambda: q(d, r"提供水情服务" + NUM + "次，为") / q(d, r"水情服务不少于" + NUM + "次") * 100)
    d.check("雨量站 + 水位站 = 90处", lambda: q(d, r"雨量站" + NUM + "处、水位站") + q(d, r"水位站" + NUM + "处。") == q(d, r"，" + NUM + "处雨量站、水位站全部"))
    d.stated("prose parts add to the total", r"自评总分" + NUM + "分", lambda: sum(q(d, p) for p in (
        r"预算执行率得" + NUM, r"产出指标得" + NUM, r"效益指标得" + NUM, r"满意度指标得" + NUM)))
    d.check("grade fits the total", lambda: d.s(r"评价等级为“(.)”") == grade(q(d, r"自评总分" + NUM + "分")))
    d.check("prose total = table total", lambda: d.s(r"自评总分" + NUM + "分") == d.s(r"合计｜｜｜｜｜100｜" + NUM))
    # prose 一级 subtotals = sums of the table rows
    for lvl, pat in (("产出", r"产出指标得" + NUM), ("效益", r"效益指标得" + NUM), ("满意度", r"满意度指标得" + NUM)):
        d.check(f"prose {lvl} subtotal = table rows", lambda lvl=lvl, pat=pat: close(d.s(pat), sum(
            float(l.split("｜")[6]) for l in d.text.split("\n") if l.startswith(lvl + "指标｜"))))
    d.check("table year = evaluation year", lambda: int(d.s(r"评价年度｜(\d{4})年度")) == YEARS[d.src])
    d.check("截至 names the evaluation year", lambda: int(d.s(r"截至(\d{4})年12月31日")) == YEARS[d.src])
    d.check("结转 goes to a later year", lambda: int(d.s(r"结转至(\d{4})年")) > YEARS[d.src])


def check_gongzhuling(d):
    rows = {}
    for line in d.text.split("\n"):
        p = line.split("｜")
        if len(p) == 5 and p[0] in ("基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"):
            rows[p[0]] = p
    col = lambda k, c: float(rows[k][c])
    for c, nm in ((1, "年初"), (2, "全年"), (3, "全年执行")):
        d.check(f"表1 {nm}: 人员 + 公用 = 基本", lambda c=c: close(rows["基本支出"][c], col("其中：人员经费", c) + col("公用经费", c)))
        d.check(f"表1 {nm}: 基本 + 项目 = 合计", lambda c=c: close(rows["合计"][c], col("基本支出", c) + col("项目支出", c)))
    for k in rows:
        d.check(f"表1 {k}: 执行率", lambda k=k: close(rows[k][4], col(k, 3) / col(k, 2) * 100))
    d.check("prose 年初 = 表1", lambda: q(d, r"年初预算" + NUM + "万元，其中") == col("合计", 1))
    d.check("prose 基本/项目 年初 = 表1", lambda: q(d, r"其中基本支出" + NUM) == col("基本支出", 1) and q(d, r"、项目支出" + NUM) == col("项目支出", 1))
    d.stated("年初 + 追加 = 全年", r"调整后全年预算" + NUM, lambda: col("合计", 1) + q(d, r"追加农业气象服务和人工增雨作业经费" + NUM))
    d.check("prose 全年/执行 = 表1", lambda: q(d, r"调整后全年预算" + NUM) == col("合计", 2) and q(d, r"全年支出" + NUM) == col("合计", 3))
    d.stated("prose 执行率", r"预算执行率" + NUM + "%", lambda: col("合计", 3) / col("合计", 2) * 100)
    d.stated("结余 = 全年 - 执行", r"年末结余" + NUM, lambda: col("合计", 2) - col("合计", 3))
    proj = [l.split("｜") for l in d.text.split("\n") if l.count("｜") == 4 and ("专项｜" in l or "运维｜" in l or "作业｜" in l)]
    d.check("three projects in 表2", lambda: len(proj) == 3)
    d.check("表2 budgets add to 项目支出", lambda: close(rows["项目支出"][2], sum(float(p[1]) for p in proj)))
    d.check("表2 spending adds to 项目支出", lambda: close(rows["项目支出"][3], sum(float(p[2]) for p in proj)))
    for p in proj:
        d.check(f"表2 {p[0]}: 执行率", lambda p=p: close(p[3], float(p[2]) / float(p[1]) * 100))
    scores = lambda: [float(x) for x in re.findall(NUM + "分", d.s(r"三个项目自评得分分别为([^平]*)平均"))]
    d.check("prose scores = 表2 scores", lambda: scores() == [float(p[4]) for p in proj])
    d.stated("average of the three project scores", r"平均" + NUM + "分", lambda: sum(scores()) / 3)
    d.stated("服务产品 above target", r"较年度目标多" + NUM + "期", lambda: q(d, r"等服务产品" + NUM + "期") - q(d, r"≥" + NUM + "期｜"))
    d.stated("在职 = 参公 + 事业", r"实有在职人员" + NUM + "人", lambda: q(d, r"参照公务员法管理人员" + NUM) + q(d, r"事业编制人员" + NUM))
    d.check("prose 执行率 = table row", lambda: d.s(r"预算执行率" + NUM + "%") == d.s(r"部门预算执行率｜100%｜" + NUM + "%"))
    d.stated("prose parts add to the total", r"自评得分" + NUM + "分，其中", lambda: sum(q(d, p) for p in (
        r"其中预算执行" + NUM, r"产出指标" + NUM + "分", r"效益指标" + NUM + "分", r"满意度指标" + NUM + "分")))
    d.check("grade fits the total", lambda: d.s(r"自评结果为“(.)”") == grade(q(d, r"自评得分" + NUM + "分，其中")))
    d.check("prose total = table total", lambda: d.s(r"自评得分" + NUM + "分，其中") == d.s(r"总分｜｜｜｜｜100｜" + NUM))
    d.check("advance issued in the December before the year", lambda: int(d.s(r"于(\d{4})年12月由市财政提前下达")) == YEARS[d.src] - 1)
    d.check("table year = evaluation year", lambda: int(d.s(r"评价年度｜(\d{4})年")) == YEARS[d.src])


def check_wencheng(d):
    init = lambda: q(d, r"年初预算" + NUM)
    add = lambda: q(d, r"防灾减灾补助资金" + NUM)
    annual = lambda: q(d, r"全年预算调整为" + NUM)
    spent = lambda: q(d, r"项目实际支出" + NUM)
    d.stated("年初 + 追加 = 全年", r"全年预算调整为" + NUM, lambda: init() + add())
    d.stated("执行率", r"预算执行率" + NUM + "%", lambda: spent() / annual() * 100)
    d.stated("结余 = 全年(=到位) - 支出", r"结余" + NUM + "万元", lambda: annual() - spent())
    d.stated("46 x 7500元", r"自动气象站运行维护" + NUM, lambda: q(d, r"按" + NUM + "个站、每站") * q(d, r"每站每年" + NUM + "元") / 1e4)
    d.stated("258 x 600元", r"气象信息员补贴" + NUM, lambda: q(d, r"共" + NUM + "名信息员") * q(d, r"每人每年" + NUM + "元") / 1e4)
    d.stated("20 x 10260元", r"预警大喇叭更新" + NUM + "万元", lambda: q(d, r"年内完成" + NUM + "套") * q(d, r"每套" + NUM + "元") / 1e4)
    d.stated("uses add to spending", r"项目实际支出" + NUM, lambda: sum(q(d, p) for p in (
        r"自动气象站运行维护" + NUM, r"预警信息发布平台运维" + NUM, r"气象信息员补贴" + NUM, r"预警大喇叭更新" + NUM + "万元")))
    d.stated("信息员 composition", r"目前" + NUM + "名信息员中", lambda: q(d, r"联络员" + NUM + "名") + q(d, r"村级信息员" + NUM + "名"))
    d.check("信息员 count the same everywhere", lambda: len(set(re.findall(r"(\d+)名信息员", d.text))) == 1)
    d.check("预警信号 count the same everywhere", lambda: len(set(re.findall(r"预警信号(\d+)次", d.text))) == 1)
    d.stated("预警信号 completion", r"预警信号87次，完成率" + NUM + "%", lambda: q(d, r"预警信号(\d+)次，完成率") / q(d, r"预警信号不少于" + NUM + "次") * 100)
    d.stated("信息员 completion", r"培训气象信息员258人，完成率" + NUM + "%", lambda: q(d, r"培训气象信息员" + NUM + "人，完成率") / q(d, r"培训乡镇气象信息员" + NUM + "人以上") * 100)
    d.stated("大喇叭 completion", r"更新预警大喇叭20套，完成率" + NUM + "%", lambda: q(d, r"更新预警大喇叭" + NUM + "套，完成率") / q(d, r"更新农村预警大喇叭" + NUM + "套") * 100)
    d.stated("大喇叭 score", r"按完成比例得" + NUM + "分", lambda: q(d, r"该项分值" + NUM + "分") * q(d, r"更新预警大喇叭20套，完成率" + NUM + "%") / 100)
    weights = [8, 10, 8, 14, 5, 5]
    d.check("产出 weights = 50", lambda: sum(weights) == q(d, r"产出指标（" + NUM + "分"))
    d.stated("产出 score", r"产出指标（50分，得" + NUM + "分", lambda: 8 + 10 + 8 + q(d, r"按完成比例得" + NUM) + 5 + 5)
    d.stated("覆盖率 completion", r"覆盖率75%，低于90%的目标，完成率" + NUM + "%", lambda: q(d, r"公众覆盖率" + NUM + "%，低于") / q(d, r"公众覆盖率达到" + NUM + "%") * 100)
    d.stated("覆盖率 score", r"该项15分得" + NUM + "分，主要", lambda: 15 * min(1, q(d, r"公众覆盖率" + NUM + "%，低于") / q(d, r"公众覆盖率达到" + NUM + "%")))
    d.stated("效益 score", r"效益指标（30分，得" + NUM + "分", lambda: 15 + q(d, r"该项15分得" + NUM + "分，主要"))
    d.stated("满意度 = 324/400", r"满意度" + NUM + "%，低于", lambda: q(d, r"基本满意的" + NUM + "份") / q(d, r"回收" + NUM + "份") * 100)
    d.check("满意度 <= 100%", lambda: q(d, r"满意度" + NUM + "%，低于") <= 100)
    d.stated("满意度 score", r"满意度指标（10分，得" + NUM + "分", lambda: 10 * min(1, q(d, r"满意度" + NUM + "%，低于") / q(d, r"公众满意度不低于" + NUM + "%")))
    d.stated("执行 score", r"预算执行指标（10分，得" + NUM + "分", lambda: 10 * min(1, spent() / annual()))
    d.stated("total = four parts", r"本项目自评得分" + NUM + "分", lambda: sum(q(d, p) for p in (
        r"其中预算执行" + NUM, r"、产出" + NUM, r"、效益" + NUM, r"、满意度" + NUM + "分，")))
    d.check("conclusion parts = section headings", lambda: [d.s(r"、产出" + NUM), d.s(r"、效益" + NUM), d.s(r"、满意度" + NUM + "分，")] ==
            [d.s(r"产出指标（50分，得" + NUM), d.s(r"效益指标（30分，得" + NUM), d.s(r"满意度指标（10分，得" + NUM)])
    d.check("grade fits the total", lambda: d.s(r"评价等级为“(.)”") == grade(q(d, r"本项目自评得分" + NUM + "分")))
    d.check("截至 names the evaluation year", lambda: int(d.s(r"截至(\d{4})年12月31日")) == YEARS[d.src])
    d.check("结转 goes to a later year", lambda: int(d.s(r"结转至(\d{4})年")) > YEARS[d.src])


PER_DRAFT = {
    "jingning-hailsuppression-2021": check_jingning,
    "songxian-flashflood-2019": check_songxian,
    "tongren-hydronet-2022": check_tongren,
    "gongzhuling-meteodept-2024": check_gongzhuling,
    "wencheng-meteowarning-2018": check_wencheng,
}


def run_checks(src, name, text):
    d = Doc(name, text)
    d.src = src
    exec_part = funds_block(d)
    if exec_part is None:
        exec_part = (0, 0)
    if "三级指标" in text:
        indicator_table(d, exec_part)
    PER_DRAFT[src](d)
    return d


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j, len(a) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    import importlib.util
    spec = importlib.util.spec_from_file_location("build", os.path.join(HERE, "build.py"))
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    where_of = {f"{e[0]}-{e[1]}.txt": e[2] for e in build.EDITS}
    n_checks = 0
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        src = lab["source"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)} outside 3000-9000")
            d = run_checks(src, lab["case"], text)
            n_checks += d.n
            for f in d.fails:
                problems.append(f"{lab['case']}: arithmetic check failed: {f}")
            continue
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one error")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["code"] not in CODES:
                problems.append(f"{lab['case']}: unknown code {exp['code']}")
            if exp["severity"] != "error":
                problems.append(f"{lab['case']}: severity is not error")
            v = exp["value"]
            if v not in text:
                problems.append(f"{lab['case']}: value {v!r} not in case")
                continue
            s, e_new, e_old = changed_region(clean, text)
            if s >= e_new and s >= e_old:
                problems.append(f"{lab['case']}: identical to its clean draft")
                continue
            if "\n\n" in text[s:e_new] or e_new - s > 120:
                problems.append(f"{lab['case']}: changed region too large ({e_new - s} chars)")
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not any(o < max(e_new, s + 1) and o + len(v) > s for o in occ):
                problems.append(f"{lab['case']}: value {v!r} does not overlap the changed place")
        where[where_of[lab["case"]]] += 1
        d = run_checks(src, lab["case"], text)
        if not d.fails:
            problems.append(f"{lab['case']}: no arithmetic check notices the injected error")
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} occurs {codes[c]} times (< 2)")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, "
          f"{n_checks} arithmetic checks on the clean drafts; errors in prose {where['prose']}, in tables {where['table']}")
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
