#!/usr/bin/env python3
"""Verify the n198 set.

1. labels.jsonl: 35 lines, every case file exists, codes from errors.md §A, each of the 13 codes at least twice.
2. every label value occurs in its case, and (error cases) one occurrence overlaps the changed region.
3. every error case differs from its clean draft in one contiguous place, and equals clean with its build.py edit.
4. the arithmetic of every clean draft is redone: stated facts (rates, sums, balances, means, completions,
   products, scores, grades, same-value pairs, years) plus a generic reading of the ｜ tables
   (funds rows, rates, execution score, weights, row scores, totals). A clean draft must pass every check;
   each error case must fail at least one (so every injected error is visible to arithmetic).
Prints OK at the end.
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
from build import EDITS, PROJECTS  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def dnum(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d."""
    d = decimals(stated)
    return abs(D(computed) - dnum(stated)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Fail(Exception):
    pass


GRADE = r"(?:优秀|良好|中等|合格|较差|优|良|中|差)"


def pattern(snip, grade=False):
    """A regex that matches the snippet with any figures (and, for grade labels, any grade word) in place of
    the stated ones."""
    out, pos = [], 0
    for m in re.finditer(NUM.pattern + ("|" + GRADE if grade else ""), snip):
        out.append(re.escape(snip[pos:m.start()]))
        out.append("(?:" + NUM.pattern + ")" if m.group(0)[0].isdigit() else GRADE)
        pos = m.end()
    out.append(re.escape(snip[pos:]))
    return "".join(out)


class Ctx:
    """Locates a snippet of the clean draft in the text under check (the clean draft itself, or an error case:
    there the snippet is searched with its figures wildcarded, nearest to where it stood in the clean draft)."""

    def __init__(self, text, clean=None):
        self.text = text
        self.clean = clean if clean is not None else text
        c, t = self.clean, text
        p = 0
        while p < min(len(c), len(t)) and c[p] == t[p]:
            p += 1
        s = 0
        while s < min(len(c), len(t)) - p and c[-1 - s] == t[-1 - s]:
            s += 1
        self.p, self.end_c, self.delta = p, len(c) - s, len(t) - len(c)
        self.ops = difflib.SequenceMatcher(None, c, t, autojunk=False).get_opcodes() if c is not t else []

    def map(self, i):
        """Position in the text under check that corresponds to clean-draft position i."""
        for tag, i1, i2, j1, j2 in self.ops:
            if i1 <= i < i2:
                return j1 + (i - i1) if tag == "equal" else j1
        return i + self.delta

    def find(self, snip, grade=False):
        i = self.clean.find(snip)
        if i < 0:
            raise Fail(f"snippet not in clean draft: {snip!r}")
        if self.clean is self.text:
            return snip
        pos = self.map(i)
        best = None
        for m in re.finditer("(?=(" + pattern(snip, grade) + "))", self.text):  # overlapping matches
            d = abs(m.start() - pos)
            if best is None or d < best[0]:
                best = (d, m.group(1))
        if best is None:
            raise Fail(f"snippet no longer readable: {snip!r}")
        return best[1]


def get(ctx, arg):
    """arg: '=<const>' | snippet (first number) | (snippet, k) (k-th number). Returns (string, Decimal)."""
    if isinstance(arg, str) and arg.startswith("="):
        return arg[1:], D(arg[1:])
    snip, k = (arg, 0) if isinstance(arg, str) else arg
    found = ctx.find(snip)
    nums = NUM.findall(found)
    if len(nums) <= k:
        raise Fail(f"no number #{k} in {found!r}")
    return nums[k], dnum(nums[k])


def score_for(direction, T, A, w):
    if direction == "lte":
        return w if A <= T else w * T / A
    if direction == "eq" and T == 0:
        return w if A <= 0 else D(0)
    if T == 0:
        raise Fail("zero target")
    return w * min(max(A, D(0)) / T, D(1))


def completion_for(direction, T, A):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def run_fact(ctx, fact):
    kind = fact[0]
    if kind == "same":
        vals = [get(ctx, a) for a in fact[1]]
        if len({v for _, v in vals}) != 1:
            raise Fail(f"same quantity, different values: {[x for x, _ in vals]} ({fact[1]})")
        return
    if kind == "grade":
        s, total = get(ctx, fact[1])
        label = ctx.find(fact[2], grade=True)
        want = band(total)
        got = re.findall(GRADE, label)[-1][0]
        if got != want:
            raise Fail(f"grade {label!r} but total {s} is {want}")
        return
    text = ctx
    stated_s, stated = get(ctx, fact[1])
    if kind == "sum":
        parts = [get(text, a)[1] for a in fact[2]]
        c = sum(parts, D(0))
    elif kind == "diff":
        c = get(text, fact[2])[1] - get(text, fact[3])[1]
    elif kind == "rate":
        num, den = get(text, fact[2])[1], get(text, fact[3])[1]
        if den == 0:
            raise Fail("rate on zero base")
        c = num / den * 100
        if c > 100:
            raise Fail(f"rate over 100%: {stated_s}")
    elif kind == "mean":
        items = [get(text, a)[1] for a in fact[2]]
        c = sum(items, D(0)) / len(items)
    elif kind == "expr":
        vals = [get(text, a)[1] for a in fact[3]]
        c = D(fact[2](*vals))
    elif kind == "completion":
        T, A = get(text, fact[2])[1], get(text, fact[3])[1]
        c = completion_for(fact[4], T, A)
    elif kind == "score":
        w = get(text, fact[2])[1]
        T, A = get(text, fact[3])[1], get(text, fact[4])[1]
        c = score_for(fact[5], T, A, w)
        if stated > w:
            raise Fail(f"score {stated_s} above weight {w}")
    else:
        raise Fail(f"unknown fact kind {kind}")
    if not close(stated_s, c):
        raise Fail(f"{kind}: stated {stated_s}, computed {c:.4f} ({fact})")


# ---------------------------------------------------------------- stated facts per draft
FACTS = {
    "jingxiu-roadclean-2022": [
        ("sum", "年初预算1,905.60万元", ["当年财政拨款1,860.00万元", "上年结转资金45.60万元"]),
        ("sum", "全年预算调整为2,025.60万元", ["年初预算1,905.60万元", "追加预算120.00万元"]),
        ("rate", "预算执行率99.13%", "全年实际支出2,007.90万元", "全年预算调整为2,025.60万元"),
        ("diff", "结余17.70万元", "全年预算调整为2,025.60万元", "全年实际支出2,007.90万元"),
        ("sum", "合计2,007.90万元", ["保洁作业服务费1,866.60万元", "冬季除雪作业费95.70万元", "洗扫车辆购置及维修45.60万元"]),
        ("expr", "保洁作业服务费1,866.60万元", lambda a, b: a * b, [("612万平方米×3.05元", 0), ("612万平方米×3.05元", 1)]),
        ("sum", "追加的120.00万元", ["除雪作业支出95.70万元", "新增保洁面积支出6.60万元", "结余17.70万元"]),
        ("sum", "保洁作业服务费1,866.60万元", ["当年财政拨款1,860.00万元", "新增保洁面积支出6.60万元"]),
        ("sum", ("当年财政拨款｜1860.00｜1980.00", 1), ["当年财政拨款1,860.00万元", "追加预算120.00万元"]),
        ("sum", ("当年财政拨款｜1860.00｜1980.00｜1962.30", 2), ["保洁作业服务费1,866.60万元", "冬季除雪作业费95.70万元"]),
        ("same", ["年初预算1,905.60万元", "年度资金总额｜1905.60｜2025.60｜2007.90｜10｜99.13%｜9.91"]),
        ("same", ["上年结转资金45.60万元", "上年结转资金｜45.60｜45.60｜45.60｜"]),
        ("completion", "完成年度目标的102.00%", "完成辖区600万平方米", "全年保洁道路面积612万平方米", "gte"),
        ("diff", "比目标高3.6个百分点", "主次干道机械化清扫率88.6%", "机械化清扫率达到85%"),
        ("mean", "全年平均96.2%", [("分别为95.6%、96.8%、97.2%、95.2%", i) for i in range(4)]),
        ("diff", "增加26万平方米", "道路面积为612万平方米", ("2021年的586万平方米", 1)),
        ("diff", "提高2.4个百分点", "提高到88.6%", ("2021年的86.2%", 1)),
        ("same", ["全年保洁道路面积612万平方米", "｜612万平方米｜"]),
        ("same", ["机械化清扫率88.6%", "｜88.6%｜"]),
        ("same", ["考核达标率96.2%", "｜96.2%｜"]),
        ("same", ["4.3克/平方米", "｜4.3克/平方米｜"]),
        ("same", ["雪停后20小时内", "｜20小时｜"]),
        ("same", ["办结率97.5%", "｜97.5%｜"]),
        ("same", ["满意度89.3%", "｜89.3%｜"]),
        ("same", ["综合自评得分99.78分", ("｜100｜99.78｜", 1)]),
        ("grade", "综合自评得分99.78分", "评价等级为“优”"),
    ],
    "daxiang-gongzufang-2023": [
        ("sum", "全年预算调整为547.20万元", ["年初预算498.40万元", "追加电梯维修专项资金36.00万元", "增加12.80万元"]),
        ("rate", "预算执行率96.53%", "全年实际支出528.20万元", "全年预算调整为547.20万元"),
        ("diff", "未支出19.00万元", "全年预算调整为547.20万元", "全年实际支出528.20万元"),
        ("sum", "未支出19.00万元", ["其中财政拨款7.80万元", "租金收入11.20万元"]),
        ("sum", "全年支出528.20万元", ["维修维护费312.40万元", "物业服务补助146.80万元", "信息化及档案管理22.60万元", "房屋保险及其他46.40万元"]),
        ("rate", "执行率93.89%", "实际支出33.80万元", "追加36.00万元"),
        ("rate", "收缴率94.38%", "实收租金162.80万元", "应收租金172.50万元"),
        ("mean", "平均96.2%", [("入住率分别为95.8%、96.4%、96.4%", i) for i in range(3)]),
        ("expr", "年末空置率3.8%", lambda a, b: 100 - a / b * 100, ["年末在保家庭3,161户", "共3,286套"]),
        ("completion", "完成年度目标的92.00%", "新增分配入住150户", "新增分配入住138户", "gte"),
        ("expr", "套均维修投入约951元", lambda a, b: a * 10000 / b, ["维修维护费用312.40万元", "共3,286套"]),
        ("sum", ("当年财政拨款｜320.00｜356.00", 1), [("当年财政拨款｜320.00｜356.00", 0), "追加电梯维修专项资金36.00万元"]),
        ("sum", ("其他资金（租金收入）｜150.00｜162.80", 1), [("其他资金（租金收入）｜150.00", 0), "增加12.80万元"]),
        ("diff", "其中财政拨款7.80万元", ("当年财政拨款｜320.00｜356.00｜348.20", 1), ("当年财政拨款｜320.00｜356.00｜348.20", 2)),
        ("diff", "租金收入11.20万元", ("其他资金（租金收入）｜150.00｜162.80｜151.60", 1), ("其他资金（租金收入）｜150.00｜162.80｜151.60", 2)),
        ("same", ["年初预算498.40万元", "年度资金总额｜498.40｜547.20｜528.20｜10｜96.53%｜9.65"]),
        ("same", ["实收租金162.80万元", "｜162.80｜"]),
        ("same", ["维修维护1,356套次", "｜1356套次｜"]),
        ("same", ["维修维护费用312.40万元", "｜312.40万元｜"]),
        ("same", ["年末在保家庭3,161户", "｜3161户｜"]),
        ("same", ["年末空置率3.8%", "｜3.8%｜"]),
        ("same", ["收缴率94.38%", "｜94.38%｜"]),
        ("same", ["满意度为93.6%", "｜93.6%｜"]),
        ("same", ["平均响应时间36小时", "｜36小时｜"]),
        ("same", ["自评得分98.78分", ("｜100｜98.78｜", 1)]),
        ("grade", "自评得分98.78分", "等级为优秀"),
    ],
    "shunqing-elevator-2024": [
        ("sum", "年初预算672.00万元", ["补助资金480.00万元", "区级财政配套资金192.00万元"]),
        ("sum", "全年预算为864.00万元", ["年初预算672.00万元", "下达补助资金192.00万元"]),
        ("expr", "全年预算为864.00万元", lambda a, b: a * b, [("72台×12万元", 0), ("72台×12万元", 1)]),
        ("expr", "足额拨付732.00万元", lambda a, b: a * b, ["已竣工的61台", "按每台12万元"]),
        ("expr", "开工补助48.00万元", lambda a, b: a * b / 2, ["在建的8台", "按每台12万元"]),
        ("sum", "合计支出780.00万元", ["足额拨付732.00万元", "开工补助48.00万元"]),
        ("rate", "预算执行率90.28%", "合计支出780.00万元", "全年预算为864.00万元"),
        ("diff", "尚未拨付的84.00万元", "全年预算为864.00万元", "合计支出780.00万元"),
        ("sum", "尚未拨付的84.00万元", ["竣工补助48.00万元", "补助36.00万元"]),
        ("expr", "补助36.00万元", lambda a, b: a * b, ["3台暂缓开工", "按每台12万元"]),
        ("sum", "开工建设69台", ["已竣工的61台", "在建的8台"]),
        ("sum", "开工72台", ["开工建设69台", "另有3个单元"]),
        ("completion", ("占年度计划72台的95.83%", 1), "开工72台", "开工建设69台", "gte"),
        ("completion", "完成目标的101.67%", "竣工验收60台", "竣工验收61台", "gte"),
        ("expr", "平均每台服务18户", lambda a, b: a / b, ["惠及居民1,098户", "已竣工的61台"]),
        ("same", ["惠及居民1,098户", "｜1098｜"]),
        ("same", ["满意度为93.8%", "｜93.8｜"]),
        ("same", ["平均在验收后18个工作日", "个工作日｜18｜"]),
        ("same", ["全区完成加装电梯38台", "由38台增加到61台"]),
        ("same", ["年初预算672.00万元", "年度资金总额｜672.00｜864.00｜780.00｜10｜90.28%｜9.03"]),
        ("same", ["预算执行率90.28%", ("财政资金｜672.00｜864.00｜780.00｜—｜90.28%", 3)]),
        ("same", ["综合自评得分98.48分", ("｜100｜98.48｜", 1)]),
        ("grade", "综合自评得分98.48分", "评价等级为优"),
    ],
    "hailing-streetlight-2021": [
        ("sum", "年初预算1,150.00万元", ["日常维护费620.00万元", "电费480.00万元", "故障抢修及其他费用50.00万元"]),
        ("expr", "追加预算246.00万元", lambda a, b: a * b / 10000, ["按3,000盏", "每盏综合单价820元"]),
        ("sum", "全年预算为1,396.00万元", ["年初预算1,150.00万元", "追加预算246.00万元"]),
        ("sum", "全年实际支出1,201.42万元", ["其中日常维护费612.30万元", "电费459.68万元", "故障抢修及其他费用31.04万元", "LED节能改造费用98.40万元"]),
        ("expr", "LED节能改造费用98.40万元", lambda a, b: a * b / 10000, ["已完工1,200盏", "每盏综合单价820元"]),
        ("rate", "预算执行率86.06%", "全年实际支出1,201.42万元", "全年预算为1,396.00万元"),
        ("diff", "结余194.58万元", "全年预算为1,396.00万元", "全年实际支出1,201.42万元"),
        ("diff", "LED节能改造资金147.60万元", "追加预算246.00万元", "LED节能改造费用98.40万元"),
        ("mean", "全年平均亮灯率97.6%", [("分别为97.2%、97.5%、97.8%、97.9%", i) for i in range(4)]),
        ("completion", "完成计划的40.00%", "LED节能改造3,000盏", "全年完成改造1,200盏", "gte"),
        ("diff", "第二批1,800盏", "LED节能改造3,000盏", "全年完成改造1,200盏"),
        ("completion", "完成年度目标的65.00%", "不少于120万千瓦时", "节电量78.0万千瓦时", "gte"),
        ("expr", "节约电费约50.7万元", lambda a, b: a * b, ["节电量78.0万千瓦时", "每千瓦时0.65元"]),
        ("rate", "办结率96.5%", "办结830件", "投诉860件"),
        ("expr", "单灯年均维护费约159元", lambda a, b: a * 10000 / b, ["日常维护费支出612.30万元", "路灯38,460盏"]),
        ("same", ["日常维护费支出612.30万元", "其中日常维护费612.30万元"]),
        ("expr", ("执行率86.06%，得8.61分", 1), lambda a, b: 10 * a / b, ["全年实际支出1,201.42万元", "全年预算为1,396.00万元"]),
        ("score", ("亮灯率10分，得9.96分", 1), ("亮灯率10分，得9.96分", 0), "亮灯率不低于98%", "全年平均亮灯率97.6%", "gte"),
        ("score", ("LED节能改造数量10分，得4.00分", 1), ("LED节能改造数量10分，得4.00分", 0), "LED节能改造3,000盏", "全年完成改造1,200盏", "gte"),
        ("score", ("设施完好率10分，得9.80分", 1), ("设施完好率10分，得9.80分", 0), "照明设施完好率不低于95%", "照明设施完好率93.1%", "gte"),
        ("score", ("故障修复时限10分，得10分", 1), ("故障修复时限10分，得10分", 0), "一般故障24小时内修复", "平均修复时间6.5小时", "lte"),
        ("score", ("维护成本10分，得10分", 1), ("维护成本10分，得10分", 0), "维护成本控制在620万元", "日常维护费支出612.30万元", "lte"),
        ("score", ("投诉办结率10分，得9.85分", 1), ("投诉办结率10分，得9.85分", 0), "低于98%的目标。全年未发生", "办结率96.5%", "gte"),
        ("score", ("年节电量10分，得6.50分", 1), ("年节电量10分，得6.50分", 0), "不少于120万千瓦时", "节电量78.0万千瓦时", "gte"),
        ("score", ("安全责任事故10分，得10分", 1), ("安全责任事故10分，得10分", 0), "=0", "=0", "eq"),
        ("score", ("满意度指标分值10分，得9.60分", 1), ("满意度指标分值10分，得9.60分", 0), "满意度达到90%", "满意度86.4%", "gte"),
        ("sum", "产出指标合计得43.76分", [("亮灯率10分，得9.96分", 1), ("LED节能改造数量10分，得4.00分", 1), ("设施完好率10分，得9.80分", 1), ("故障修复时限10分，得10分", 1), ("维护成本10分，得10分", 1)]),
        ("sum", "效益指标合计得26.35分", [("投诉办结率10分，得9.85分", 1), ("年节电量10分，得6.50分", 1), ("安全责任事故10分，得10分", 1)]),
        ("sum", "产出指标分值50分", [("亮灯率10分，得9.96分", 0), ("LED节能改造数量10分，得4.00分", 0), ("设施完好率10分，得9.80分", 0), ("故障修复时限10分，得10分", 0), ("维护成本10分，得10分", 0)]),
        ("sum", "效益指标分值30分", [("投诉办结率10分，得9.85分", 0), ("年节电量10分，得6.50分", 0), ("安全责任事故10分，得10分", 0)]),
        ("sum", "=100", ["预算执行率指标分值10分", "产出指标分值50分", "效益指标分值30分", "满意度指标分值10分"]),
        ("sum", "自评得分88.32分", [("执行率86.06%，得8.61分", 1), "产出指标合计得43.76分", "效益指标合计得26.35分", ("满意度指标分值10分，得9.60分", 1)]),
        ("grade", "自评得分88.32分", "自评等级：良好"),
    ],
    "longsha-szcg-2019": [
        ("sum", "年初预算648.40万元", ["当年财政拨款640.90万元", "上年结转7.50万元"]),
        ("sum", "年初预算648.40万元", ["基本支出236.40万元", "项目支出412.00万元"]),
        ("sum", "全年预算调整为677.20万元", ["年初预算648.40万元", "追加人员经费4.80万元", "追加项目经费24.00万元"]),
        ("sum", "全年预算调整为677.20万元", ["其中基本支出241.20万元", "项目支出436.00万元"]),
        ("sum", "其中基本支出241.20万元", ["人员经费203.40万元", "公用经费37.80万元"]),
        ("sum", "项目支出436.00万元", ["项目支出412.00万元", "追加项目经费24.00万元"]),
        ("rate", "预算执行率97.32%", "全年支出659.07万元", "全年预算调整为677.20万元"),
        ("sum", "全年支出659.07万元", ["基本支出240.35万元", "项目支出418.72万元"]),
        ("rate", "执行率97.75%", "实际支出36.95万元", "公用经费全年预算37.80万元"),
        ("rate", "执行率96.04%", "项目支出418.72万元", "项目支出436.00万元"),
        ("sum", "项目支出418.72万元", ["信息采集外包服务费286.50万元", "平台运行维护及网络租赁费108.22万元", "视频监控接入费24.00万元"]),
        ("diff", "年末结转18.13万元", "全年预算调整为677.20万元", "全年支出659.07万元"),
        ("rate", "结案率96.10%", "已结案65,782件", "立案城市管理问题68,452件"),
        ("expr", "月均立案5,704件", lambda a: a / 12, ["立案城市管理问题68,452件"]),
        ("expr", "增长11.79%", lambda a, b: (a - b) / b * 100, ["立案城市管理问题68,452件", ("2018年的61,230件", 1)]),
        ("mean", "平均88.6%", [("分别为91.2%、87.5%、89.0%、86.8%、88.4%、88.7%", i) for i in range(6)]),
        ("sum", ("当年财政拨款｜640.90｜669.70", 1), ["当年财政拨款640.90万元", "追加人员经费4.80万元", "追加项目经费24.00万元"]),
        ("same", ["年初预算648.40万元", "年度资金总额｜648.40｜677.20｜659.07｜10｜97.32%｜9.73"]),
        ("same", ["基本支出240.35万元", ("按支出性质分：基本支出｜236.40｜241.20｜240.35", 2)]),
        ("same", ["项目支出418.72万元", ("项目支出｜412.00｜436.00｜418.72", 2)]),
        ("same", ["当年财政拨款640.90万元", "当年财政拨款｜640.90｜669.70｜651.57"]),
        ("same", ["上年结转7.50万元", "上年结转资金｜7.50｜7.50｜7.50"]),
        ("same", ["立案城市管理问题68,452件", "｜68452件｜"]),
        ("same", ["36.5平方公里建成区", "｜36.5平方公里｜"]),
        ("same", ["结案率96.10%", "｜96.10%｜"]),
        ("same", ["平均88.6%", "｜88.6%｜"]),
        ("same", ["正常运行率99.6%", "｜99.6%｜"]),
        ("same", ["及时率98.9%", "｜98.9%｜"]),
        ("same", ["群众满意度88.2%", "｜88.2%｜"]),
        ("same", ["信息采集外包服务费286.50万元", "｜286.50万元｜"]),
        ("sum", "自评得分99.57分", ["预算执行率得9.73分", "产出指标得49.84分", "效益指标得30分", "满意度指标得10分"]),
        ("same", ["自评得分99.57分", ("｜100｜99.57｜", 1)]),
        ("grade", "自评得分99.57分", "等级为优"),
        ("grade", "自评得分99.57分", "自评等级｜优"),
    ],
}


# ---------------------------------------------------------------- generic table reading
def cells(line):
    return [c.strip() for c in line.split("｜")]


def table_checks(text):
    errs = []
    lines = text.split("\n")
    w0 = s0 = None
    # funds block
    hi = next((i for i, l in enumerate(lines) if "年初预算数" in l and "全年执行数" in l and "｜" in l), None)
    if hi is not None:
        head = cells(lines[hi])
        ci = {name: head.index(name) for name in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
        rows = []
        for l in lines[hi + 1:]:
            if "｜" not in l or "一级指标" in l or l.startswith("年度总体目标"):
                break
            rows.append(cells(l))
        total, groups = rows[0], [[]]
        for r in rows[1:]:
            label = r[0]
            if label.startswith("按") and groups[-1]:
                groups.append([])
            groups[-1].append(r)
        for g in groups:
            for col in ("年初预算数", "全年预算数", "全年执行数"):
                s = sum((dnum(r[ci[col]]) for r in g), D(0))
                if s != dnum(total[ci[col]]):
                    errs.append(f"funds {col}: parts {s} ≠ total {total[ci[col]]}")
        for r in rows:
            rate = r[ci["执行率"]]
            bud, exe = dnum(r[ci["全年预算数"]]), dnum(r[ci["全年执行数"]])
            if rate.endswith("%"):
                if bud == 0:
                    errs.append(f"rate {rate} on zero base")
                    continue
                c = exe / bud * 100
                if c > 100 or dnum(rate[:-1]) > 100:
                    errs.append(f"implausible rate {rate}")
                if not close(rate[:-1], c):
                    errs.append(f"funds rate {r[0]}: {rate} vs {c:.4f}")
        w0, s0 = dnum(total[ci["分值"]]), total[ci["得分"]]
        bud, exe = dnum(total[ci["全年预算数"]]), dnum(total[ci["全年执行数"]])
        rate_s = total[ci["执行率"]][:-1]
        c1 = w0 * min(exe / bud, D(1))
        c2 = w0 * min(dnum(rate_s) / 100, D(1))
        if not (close(s0, c1) or close(s0, c2)):
            errs.append(f"execution score {s0} vs {c1:.4f}")
        s0 = dnum(s0)
    # indicator block
    ii = next((i for i, l in enumerate(lines) if "三级指标" in l and "分值" in l and "得分" in l), None)
    if ii is not None:
        head = cells(lines[ii])
        cw, cs = head.index("分值"), head.index("得分")
        ct = head.index("年度指标值") if "年度指标值" in head else head.index("指标值")
        ca = head.index("实际完成值")
        csg = head.index("指标性质") if "指标性质" in head else None
        cu = head.index("度量单位") if "度量单位" in head else None
        wsum = w0 or D(0)
        ssum = s0 or D(0)
        total_row = None
        for l in lines[ii + 1:]:
            if "｜" not in l:
                break
            r = cells(l)
            if r[0] in ("总分", "合计"):
                total_row = r
                break
            w, s_s = dnum(r[cw]), r[cs]
            s = dnum(s_s)
            wsum += w
            ssum += s
            if s > w or s < 0:
                errs.append(f"score {s_s} outside 0..{w} in {r[2]}")
            tgt, act = r[ct], r[ca]
            if csg is not None:
                sign, unit = r[csg], r[cu]
                if not re.fullmatch(NUM.pattern, act):
                    errs.append(f"actual {act!r} not a bare number in unit {unit} ({r[2]})")
                    continue
                direction = {"≥": "gte", "≤": "lte", "=": "eq"}[sign]
                T, A = dnum(tgt), dnum(act)
            else:
                if any(k in tgt for k in ("前", "第", "健全")):
                    if tgt == act and not close(s_s, w):
                        errs.append(f"qualitative row {r[2]} achieved but scored {s_s}")
                    continue
                m = re.search(r"(≥|≤|=)?\s*(" + NUM.pattern + r")(\S*)$", tgt)
                ma = re.fullmatch(r"(" + NUM.pattern + r")(\S*)", act)
                if not m or not ma:
                    errs.append(f"cannot read target/actual {tgt!r}/{act!r} ({r[2]})")
                    continue
                if m.group(3) != ma.group(2):
                    errs.append(f"unit mismatch {tgt!r} vs {act!r} ({r[2]})")
                    continue
                direction = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
                T, A = dnum(m.group(2)), dnum(ma.group(1))
            c = score_for(direction, T, A, w)
            if not close(s_s, c):
                errs.append(f"row score {r[2]}: {s_s} vs {c:.4f}")
        if total_row is None:
            errs.append("no total row")
        else:
            tw = dnum(total_row[cw])
            ts = total_row[cs]
            if wsum != tw or tw != 100:
                errs.append(f"weights add to {wsum}, total row {tw}")
            if not close(ts, ssum):
                errs.append(f"scores add to {ssum}, total row {ts}")
    return errs


def year_checks(text):
    errs = []
    head = "\n".join(text.split("\n")[:3])
    Y = int(re.search(r"(20\d\d)年度", head).group(1))
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= Y:
            errs.append(f"carry-over to {m.group(1)} in a {Y} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != Y:
            errs.append(f"截至{m.group(1)}年12月31日 in a {Y} report")
    for m in re.finditer(r"（(\d{4})年度）", text):
        if int(m.group(1)) != Y:
            errs.append(f"table year {m.group(1)} in a {Y} report")
    for m in re.finditer(r"(\d{4})年[^，。\d]{0,4}年初预算", text):
        if int(m.group(1)) != Y:
            errs.append(f"budget year {m.group(1)} in a {Y} report")
    last = [l for l in text.split("\n") if l.strip()][-1]
    m = re.fullmatch(r"(\d{4})年\d{1,2}月(\d{1,2}日)?", last.strip())
    if not m or int(m.group(1)) != Y + 1:
        errs.append(f"report date {last!r} not in {Y + 1}")
    return errs


def all_checks(src, text, clean=None):
    errs = []
    ctx = Ctx(text, clean)
    for fact in FACTS[src]:
        try:
            run_fact(ctx, fact)
        except Fail as e:
            errs.append(str(e))
    errs += table_checks(text)
    errs += year_checks(text)
    return errs


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels and case files differ")
    counts = {c: 0 for c in CODES}
    edits = {(s, n): (old, new) for (s, n, _c, _w, old, new, _v, _e) in EDITS}
    for src in PROJECTS:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if not 3000 <= n <= 9000:
            problems.append(f"{src}-clean: {n} characters")
        errs = all_checks(src, clean)
        for e in errs:
            problems.append(f"{src}-clean: {e}")
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        src = rec["source"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one finding")
            continue
        exp = rec["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {exp}")
            continue
        counts[exp["code"]] += 1
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        k = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        old, new = edits[(src, k)]
        if clean.count(old) != 1 or clean.replace(old, new) != text:
            problems.append(f"{rec['case']}: not clean + its edit")
        # one contiguous changed region
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if text == clean or (len(clean) - p - s) > 80 or (b - a) > 80:
            problems.append(f"{rec['case']}: changed region too large or empty ({len(clean) - p - s}/{b - a})")
        # label value occurs and overlaps the change
        v = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            problems.append(f"{rec['case']}: value not found: {v!r}")
        elif not any(o < max(b, a + 1) and o + len(v) > a for o in occ):
            problems.append(f"{rec['case']}: value does not cover the change")
        if not 3000 <= len(text) <= 9000:
            problems.append(f"{rec['case']}: {len(text)} characters")
        # the injected error must be visible to the arithmetic
        if not all_checks(src, text, clean):
            problems.append(f"{rec['case']}: no check fails on the error case")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} occurs {n} times (< 2)")
    per_src = {}
    for rec in labels:
        per_src.setdefault(rec["source"], []).append(rec)
    for src, recs in per_src.items():
        if sum(1 for r in recs if not r["clean"]) != 6 or sum(1 for r in recs if r["clean"]) != 1:
            problems.append(f"{src}: needs 1 clean + 6 error cases")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
