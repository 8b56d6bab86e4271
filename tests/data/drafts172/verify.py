#!/usr/bin/env python3
"""Verify set n172.

1. labels.jsonl: one line per case file, every label value occurs in its case, each code of
   errors.md §A used at least twice, clean drafts 3,000–4,000 characters.
2. Each error case differs from its clean draft in exactly one contiguous place.
3. The arithmetic of every clean draft is redone: the 自评表 tables are parsed (funds block:
   column sums, 执行率, execution score, zero-base cells; indicator block: weights add to 100,
   scores to the total, no score above its weight, 完成率 from target and actual) and a list of
   facts per draft (sums, differences, rates, completions, averages, scores, grades, repeated
   values, years), each anchored on an exact string of the draft, is checked.
4. Sanity: every error case fails at least one of those checks.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


class Fail(Exception):
    pass


def num(s):
    """Decimal value and number of decimals of a numeric string (commas allowed)."""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return D(s), d


def close(stated, computed):
    v, d = num(stated) if isinstance(stated, str) else stated
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- anchored facts
class N:
    """The i-th number inside an anchor string that must occur in the text."""

    def __init__(self, anchor, i=0):
        self.anchor, self.i = anchor, i

    def get(self, text):
        if self.anchor not in text:
            raise Fail(f"anchor not found: {self.anchor!r}")
        nums = NUM.findall(self.anchor)
        if self.i >= len(nums):
            raise Fail(f"anchor {self.anchor!r} has no number #{self.i}")
        return nums[self.i]


def val(x, text):
    return num(x.get(text))[0] if isinstance(x, N) else D(str(x))


def check_fact(f, text):
    kind = f[0]
    if kind == "sum":                       # total = sum(parts)
        _, total, parts = f
        t = total.get(text) if isinstance(total, N) else str(total)
        s = sum(val(p, text) for p in parts)
        if not close(t, s):
            raise Fail(f"sum: {t} != {s}")
    elif kind == "diff":                    # result = a - b
        _, res, a, b = f
        r = res.get(text)
        c = val(a, text) - val(b, text)
        if not close(r, c):
            raise Fail(f"diff: {r} != {c}")
    elif kind in ("rate", "completion"):    # pct = num / den * 100
        _, pct, a, b = f
        p = pct.get(text)
        c = val(a, text) / val(b, text) * 100
        if not close(p, c):
            raise Fail(f"{kind}: {p}% != {c:.4f}%")
        if kind == "rate" and c > 100:
            raise Fail("rate over 100%")
    elif kind == "avg":
        _, avg, items = f
        a = avg.get(text)
        c = sum(val(i, text) for i in items) / len(items)
        if not close(a, c):
            raise Fail(f"avg: {a} != {c}")
    elif kind == "prod":                    # result = a * b * factor
        _, res, a, b, factor = f
        r = res.get(text)
        c = val(a, text) * val(b, text) * D(str(factor))
        if not close(r, c):
            raise Fail(f"prod: {r} != {c}")
    elif kind == "score":                   # score = w * min(actual/target, 1) (gte)
        _, sc, w, actual, target = f
        s = sc.get(text)
        ratio = min(val(actual, text) / val(target, text), D(1))
        c = (val(w, text) * ratio).quantize(D("0.01"), ROUND_HALF_UP)
        if not close(s, c):
            raise Fail(f"score: {s} != {c}")
    elif kind == "eq":                      # same quantity, same value
        _, a, b = f
        if val(a, text) != val(b, text):
            raise Fail(f"eq: {a.anchor!r} vs {b.anchor!r}")
    elif kind == "le":                      # a <= b
        _, a, b = f
        if not val(a, text) <= val(b, text):
            raise Fail(f"le: {val(a, text)} > {val(b, text)}")
    elif kind == "band":                    # qualitative score within [lo, hi) of weight
        _, sc, w, lo, hi = f
        r = val(sc, text) / val(w, text)
        if not (D(str(lo)) <= r < D(str(hi))):
            raise Fail(f"band: {r}")
    elif kind == "grade":                   # grade word fits the band of the total
        _, total, anchor = f
        t = val(total, text)
        if anchor not in text:
            raise Fail(f"anchor not found: {anchor!r}")
        if grade_of(t) not in anchor:
            raise Fail(f"grade: {t} is {grade_of(t)}, text {anchor!r}")
    elif kind == "has":                     # a string (years, wording) that must be present
        if f[1] not in text:
            raise Fail(f"missing {f[1]!r}")
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- table checks
FUND_ROWS = ("年度资金总额", "其中：", "上年结转资金", "其他资金", "财政专户管理资金", "单位资金")


def cells(line):
    return line.split("｜")


def check_tables(text):
    lines = text.split("\n")
    fund_w = fund_s = D(0)
    has_indicators = False
    i = 0
    while i < len(lines):
        line = lines[i]
        # funds block: 项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
        if line.startswith("项目资金（万元）"):
            rows = []
            j = i + 1
            while j < len(lines) and lines[j].startswith(FUND_ROWS):
                rows.append(cells(lines[j]))
                j += 1
            total, subs = rows[0], rows[1:]
            if not total[0].startswith("年度资金总额"):
                raise Fail("funds block without 年度资金总额")
            for col in (1, 2, 3):
                s = sum(num(r[col])[0] for r in subs)
                if not close(total[col], s):
                    raise Fail(f"funds column {col}: {total[col]} != {s}")
            for r in rows:
                budget, spent = num(r[2])[0], num(r[3])[0]
                if budget == 0:
                    if r[5] not in ("—", "0", "") or spent != 0:
                        raise Fail(f"zero-base row {r[0]} prints {r[5]}")
                    continue
                rate = budget and spent / budget * 100
                if not close(r[5].rstrip("%"), rate) or rate > 100:
                    raise Fail(f"funds rate {r[0]}: {r[5]} vs {rate:.4f}")
            w = num(total[4])[0]
            rate = num(total[3])[0] / num(total[2])[0]
            sc_a = (w * min(rate, D(1))).quantize(D("0.01"), ROUND_HALF_UP)
            sc_b = (w * min(num(total[5].rstrip("%"))[0] / 100, D(1))).quantize(D("0.01"), ROUND_HALF_UP)
            if not (close(total[6], sc_a) or close(total[6], sc_b)):
                raise Fail(f"execution score {total[6]} vs {sc_a}/{sc_b}")
            fund_w, fund_s = w, num(total[6])[0]
            i = j
            continue
        # department spending table: 支出类别｜年初预算数｜全年预算数｜全年支出数｜执行率
        if line.startswith("支出类别｜"):
            rows = []
            j = i + 1
            while j < len(lines) and "｜" in lines[j]:
                rows.append(cells(lines[j]))
                j += 1
            total, subs = rows[-1], rows[:-1]
            for col in (1, 2, 3):
                s = sum(num(r[col])[0] for r in subs)
                if not close(total[col], s):
                    raise Fail(f"spending column {col}: {total[col]} != {s}")
            for r in rows:
                rate = num(r[3])[0] / num(r[2])[0] * 100
                if not close(r[4].rstrip("%"), rate):
                    raise Fail(f"spending rate {r[0]}: {r[4]} vs {rate:.4f}")
            i = j
            continue
        # indicator block
        if line.startswith("一级指标｜") and "分值" in line and "得分" in line:
            has_indicators = True
            head = cells(line)
            iw, isc = head.index("分值"), head.index("得分")
            it = next(k for k, h in enumerate(head) if h in ("年度指标值", "指标值"))
            ia = head.index("实际完成值")
            ic = head.index("完成率") if "完成率" in head else None
            isign = head.index("指标性质") if "指标性质" in head else None
            ws = fund_w
            ss = fund_s
            j = i + 1
            total = None
            while j < len(lines) and "｜" in lines[j]:
                r = cells(lines[j])
                if r[0] in ("合计", "总分"):
                    total = r
                    j += 1
                    continue
                if r[0] == "自评等级":
                    j += 1
                    continue
                w, s = num(r[iw])[0], num(r[isc])[0]
                if s > w or s < 0:
                    raise Fail(f"score above weight: {r[2]}")
                ws += w
                ss += s
                if ic is not None:
                    check_completion(r[it], r[ia], r[ic], r[2])
                check_row_unit(r[it], r[ia], r[2], r[isign] if isign is not None else None)
                j += 1
            if total is None:
                raise Fail("indicator block without total row")
            tw = [c for c in total if c.strip()]
            if ws != 100 or not close(tw[1], ws):
                raise Fail(f"weights add to {ws}")
            if not close(tw[2], ss):
                raise Fail(f"scores add to {ss}, stated {tw[2]}")
            i = j
            continue
        i += 1
    return has_indicators


UNIT = re.compile(r"[\d.,]+\s*([^\d\s]*)$")


def unit_of(s):
    s = s.lstrip("≥≤=＜＞<>")
    if re.search(r"\d{4}年\d{1,2}月", s):
        return "date"
    m = UNIT.search(s)
    return m.group(1).replace("前", "") if m else None


def check_row_unit(target, actual, name, sign):
    ut, ua = unit_of(target), unit_of(actual)
    if ut is None and ua is None:
        return                                  # qualitative
    if ut != ua:
        raise Fail(f"units differ in {name}: {target} / {actual}")


def check_completion(target, actual, stated, name):
    if unit_of(target) == "date":
        if stated != "100.00%":
            raise Fail(f"date completion {name}")
        return
    t = num(NUM.search(target).group())[0]
    a = num(NUM.search(actual).group())[0]
    if target.startswith("≤"):
        c = D(100) if a <= t else t / a * 100
    elif t == 0:
        c = D(100) if a == 0 else D(0)
    else:
        c = a / t * 100
    if not close(stated.rstrip("%"), c):
        raise Fail(f"completion {name}: {stated} vs {c:.4f}")


# ---------------------------------------------------------------- facts per draft
FACTS = {
    "tianyuan-baozufang-2023": [
        ("sum", N("全年预算1,586.40万元"), [N("年初预算1,200.00万元"), N("追加中央第二批补助386.40万元")]),
        ("sum", N("当年财政拨款1,486.40万元（中央补助926.40万元、省级补助260.00万元、区级配套300.00万元）", 0),
         [N("当年财政拨款1,486.40万元（中央补助926.40万元、省级补助260.00万元、区级配套300.00万元）", i) for i in (1, 2, 3)]),
        ("sum", N("全年预算1,586.40万元"), [N("当年财政拨款1,486.40万元"), N("上年结转资金100.00万元")]),
        ("sum", N("中央补助926.40万元"), [N("中央补助中540.00万元"), N("追加中央第二批补助386.40万元")]),
        ("diff", N("未支出的87.67万元"), N("全年预算1,586.40万元"), N("全年实际支出1,498.73万元")),
        ("rate", N("全年实际支出1,498.73万元，预算执行率94.47%", 1), N("全年实际支出1,498.73万元"), N("全年预算1,586.40万元")),
        ("sum", N("全年实际支出1,498.73万元"), [N("新建项目建设补助820.00万元"), N("非居住存量房屋改建补助452.60万元"),
                                       N("配套基础设施建设186.13万元"), N("前期勘察设计等费用40.00万元")]),
        ("completion", N("完成年度任务1,200套的103.00%", 1), N("筹集保障性租赁住房1,236套"), N("完成年度任务1,200套")),
        ("diff", N("增加186套"), N("筹集保障性租赁住房1,236套"), N("较2022年筹集的1,050套", 1)),
        ("sum", N("筹集保障性租赁住房1,236套"), [N("新建项目3个、680套", 1), N("改建项目3个、556套", 1)]),
        ("completion", N("完成目标1,000户的93.20%", 1), N("已分配入住932户"), N("完成目标1,000户")),
        ("diff", N("比目标少68户"), N("完成目标1,000户"), N("已分配入住932户")),
        ("score", N("｜932户｜15｜13.98｜", 2), N("｜932户｜15｜13.98｜", 1), N("已分配入住932户"), N("完成目标1,000户")),
        ("eq", N("｜1236套｜"), N("筹集保障性租赁住房1,236套")),
        ("eq", N("｜932户｜"), N("已分配入住932户")),
        ("eq", N("｜93.6%｜"), N("承租对象满意度为93.6%")),
        ("eq", N("｜100｜98.43｜", 1), N("自评得分98.43分")),
        ("eq", N("≤1586.40万元"), N("全年预算1,586.40万元")),
        ("eq", N("｜1498.73万元｜"), N("全年实际支出1,498.73万元")),
        ("le", N("承租对象满意度为93.6%"), 100),
        ("grade", N("自评得分98.43分"), "评价等级为优秀"),
        ("has", "（2023年度）"), ("has", "2023年度保障性租赁住房筹集项目"), ("has", "截至2023年12月31日"),
        ("has", "结转至2024年继续使用"),
    ],
    "quzhou-gjjit-2021": [
        ("diff", N("调整后全年预算428.50万元"), N("项目年初预算460.00万元"), N("节约31.50万元")),
        ("sum", N("调整后全年预算428.50万元"), [N("核心业务系统升级改造236.00万元"), N("数据中心及灾备系统运维98.50万元"),
                                        N("网络安全等级保护测评及加固52.00万元"), N("“浙里办”接入及电子稽查42.00万元")]),
        ("sum", N("项目实际支出421.36万元"), [N("升级改造支出232.60万元"), N("运维支出98.50万元"),
                                      N("等保测评及加固支出49.86万元"), N("电子稽查支出40.40万元")]),
        ("rate", N("预算执行率98.33%"), N("项目实际支出421.36万元"), N("调整后全年预算428.50万元")),
        ("diff", N("年末结余7.14万元"), N("调整后全年预算428.50万元"), N("项目实际支出421.36万元")),
        ("diff", N("比计划多2个"), N("全年新增和升级功能模块14个"), N("升级功能模块不少于12个")),
        ("eq", N("全年新增和升级功能模块14个"), N("｜≥12个｜14个｜", 1)),
        ("eq", N("全年新增和升级功能模块14个"), N("升级功能模块14个，接入")),
        ("eq", N("接入“浙里办”公积金服务事项32项"), N("｜≥30项｜32项｜", 1)),
        ("avg", N("平均88.27分"), [N("测评得分分别为86.5分、88.2分、90.1分", i) for i in range(3)]),
        ("diff", N("提高15.1个百分点"), N("全年业务线上办结率86.4%"), N("比上年的71.3%")),
        ("eq", N("全年业务线上办结率86.4%"), N("｜≥80%｜86.4%｜", 1)),
        ("eq", N("满意度为89.1%"), N("｜≥90%｜89.1%｜", 1)),
        ("sum", N("合计99.73分"), [N("预算执行率指标得分9.83分"), N("产出指标得分50分"),
                                N("效益指标得分30分"), N("满意度指标得分9.90分")]),
        ("eq", N("合计99.73分"), N("｜100｜99.73｜", 1)),
        ("eq", N("预算执行率指标得分9.83分"), N("｜98.33%｜9.83", 1)),
        ("le", N("满意度为89.1%"), 100),
        ("grade", N("合计99.73分"), "自评等级为“优秀”"),
        ("has", "2021年度住房公积金信息化建设项目绩效自评报告"), ("has", "2021年度项目支出绩效自评表"),
    ],
    "ziliujing-gaspipe-2024": [
        ("sum", N("调整后全年预算6,420.00万元"), [N("其中财政资金5,180.00万元"), N("其他资金（企业自筹）1,240.00万元")]),
        ("sum", N("其中财政资金5,180.00万元"), [N("中央预算内投资（城市燃气管道等老化更新改造专项）4,260.00万元"),
                                         N("区级财政资金920.00万元")]),
        ("sum", N("项目年初预算2,160.00万元"), [N("区级财政资金920.00万元"), N("燃气企业自筹资金1,240.00万元")]),
        ("rate", N("预算执行率91.49%"), N("全年执行5,873.46万元"), N("调整后全年预算6,420.00万元")),
        ("sum", N("全年执行5,873.46万元"), [N("财政资金执行4,633.46万元"), N("企业自筹资金1,240.00万元已全部使用")]),
        ("diff", N("未执行的546.54万元"), N("调整后全年预算6,420.00万元"), N("全年执行5,873.46万元")),
        ("diff", N("未执行的546.54万元"), N("其中财政资金5,180.00万元"), N("财政资金执行4,633.46万元")),
        ("sum", N("全年改造燃气管道88.6公里"), [N("市政中压管道31.2公里"), N("庭院管道57.4公里")]),
        ("completion", N("完成年度计划的103.02%"), N("全年改造燃气管道88.6公里"), N("改造燃气管道不少于86公里")),
        ("sum", N("合计惠及居民12,460户"), [N("改造户数分别为4,180户、3,960户、4,320户", i) for i in range(3)]),
        ("avg", N("平均每个片区4,153户"), [N("改造户数分别为4,180户、3,960户、4,320户", i) for i in range(3)]),
        ("diff", N("比计划少4处"), N("更换老旧调压设施不少于40处"), N("更换老旧调压设施36处")),
        ("score", N("｜36处｜10｜9.00｜", 2), N("｜36处｜10｜9.00｜", 1), N("更换老旧调压设施36处"), N("更换老旧调压设施不少于40处")),
        ("eq", N("｜86公里｜88.6公里｜", 1), N("全年改造燃气管道88.6公里")),
        ("eq", N("｜12460户｜"), N("合计惠及居民12,460户")),
        ("eq", N("｜94.2%｜"), N("居民满意度为94.2%")),
        ("sum", N("项目自评总分98.15分"), [N("预算执行情况得分9.15分"), N("产出指标得分54分"),
                                   N("效益指标得分25分"), N("满意度指标得分10分")]),
        ("eq", N("项目自评总分98.15分"), N("｜100｜98.15｜", 1)),
        ("le", N("居民满意度为94.2%"), 100),
        ("grade", N("项目自评总分98.15分"), "评价等级为优"),
        ("has", "2024年城市燃气管道等老化更新改造项目"), ("has", "截至2024年12月31日"), ("has", "结转至2025年使用"),
    ],
    "congtai-deptwhole-2019": [
        ("sum", N("全年预算1,286.75万元"), [N("一般公共预算财政拨款1,106.75万元"), N("上年结转180.00万元")]),
        ("sum", N("全年支出1,224.18万元"), [N("基本支出486.30万元"), N("项目支出737.88万元")]),
        ("sum", N("基本支出486.30万元"), [N("人员经费412.08万元"), N("日常公用经费74.22万元")]),
        ("rate", N("部门整体预算执行率95.14%"), N("全年支出1,224.18万元"), N("全年预算1,286.75万元")),
        ("diff", N("年末结余62.57万元"), N("全年预算1,286.75万元"), N("全年支出1,224.18万元")),
        ("sum", N("项目支出737.88万元"), [N("物业服务）支出512.40万元"), N("公租房租赁补贴支出168.00万元"),
                                    N("住房保障信息化建设支出57.48万元")]),
        ("sum", N("项目支出｜534.00｜780.45｜", 1), [N("全年预算548.00万元"), N("公租房租赁补贴支出168.00万元，全年预算168.00万元", 1),
                                              N("全年预算64.45万元")]),
        ("eq", N("合计｜1,032.60｜"), N("2019年年初预算1,032.60万元", 1)),
        ("rate", N("｜≤100%｜78.77%｜", 1), N("实际支出5.12万元"), N("“三公”经费预算6.50万元")),
        ("sum", N("实际支出5.12万元"), [N("公务接待费0.86万元"), N("公务用车运行维护费4.26万元")]),
        ("diff", N("比预算节约1.38万元"), N("“三公”经费预算6.50万元"), N("实际支出5.12万元")),
        ("rate", N("年末实际入住3,028套，入住率88.6%", 1), N("年末实际入住3,028套"), N("全区11个小区3,418套公租房", 1)),
        ("eq", N("直接管理公租房3,418套"), N("全区11个小区3,418套公租房", 1)),
        ("rate", N("维修及时率93.12%"), N("在规定时限内处理1,177件"), N("受理住户报修1,264件")),
        ("prod", N("公租房租赁补贴支出168.00万元"), N("全年为1,120户"), N("每户每年1,500元"), "0.0001"),
        ("diff", N("增加56户"), N("全年为1,120户"), N("比2018年的1,064户", 1)),
        ("eq", N("｜≥1100户｜1120户｜", 1), N("全年为1,120户")),
        ("eq", N("｜≥600套｜642套｜", 1), N("完成公租房维修养护642套")),
        ("eq", N("｜≥98%｜93.12%｜", 1), N("维修及时率93.12%")),
        ("eq", N("｜≥90%｜88.6%｜", 1), N("入住率88.6%")),
        ("eq", N("｜100%｜95.14%｜", 1), N("部门整体预算执行率95.14%")),
        ("score", N("｜100%｜95.14%｜10｜9.51", 3), 10, N("全年支出1,224.18万元"), N("全年预算1,286.75万元")),
        ("score", N("｜93.12%｜5｜4.75", 2), 5, N("维修及时率93.12%"), 98),
        ("score", N("｜88.6%｜10｜9.84", 2), 10, N("年末实际入住3,028套"), D("3418") * D("0.9")),
        ("le", N("｜≥90%｜92.3%｜", 1), 100),
        ("eq", N("自评得分99.10分"), N("合计｜｜｜｜｜100｜99.10", 1)),
        ("grade", N("合计｜｜｜｜｜100｜99.10", 1), "自评等级｜优"),
        ("has", "2019年度部门整体支出绩效自评报告"), ("has", "附表：2019年度部门整体支出绩效自评表"),
    ],
    "fusui-nongfang-2022": [
        ("sum", N("农房保障资金1,624.60万元"), [N("中央财政补助1,186.60万元"), N("自治区财政补助338.00万元"),
                                         N("县级财政配套100.00万元")]),
        ("sum", N("中央财政补助1,186.60万元"), [N("830.00万元为2021年12月提前下达"), N("其余356.60万元")]),
        ("rate", N("资金到位率100%"), N("全年到位资金1,624.60万元"), N("农房保障资金1,624.60万元")),
        ("rate", N("预算执行率83.25%"), N("累计支出农房保障资金1,352.42万元"), N("全年到位资金1,624.60万元")),
        ("sum", N("累计支出农房保障资金1,352.42万元"), [N("拆除重建补助772.00万元"), N("修缮加固补助500.80万元"),
                                               N("技术服务费79.62万元")]),
        ("diff", N("未支出的272.18万元"), N("全年到位资金1,624.60万元"), N("累计支出农房保障资金1,352.42万元")),
        ("prod", N("拆除重建补助772.00万元"), N("拆除重建386户"), N("拆除重建每户20,000元"), "0.0001"),
        ("prod", N("修缮加固补助500.80万元"), N("修缮加固626户"), N("修缮加固每户8,000元"), "0.0001"),
        ("sum", N("年底前竣工1,012户"), [N("拆除重建386户"), N("修缮加固626户")]),
        ("completion", N("完成率96.38%"), N("年底前竣工1,012户"), N("全县1,050户改造任务")),
        ("diff", N("未竣工的38户"), N("全县1,050户改造任务"), N("年底前竣工1,012户")),
        ("eq", N("竣工改造户数1,012户"), N("年底前竣工1,012户")),
        ("avg", N("平均为96.5%"), [N("竣工率分别为97.2%、95.6%、96.7%", i) for i in range(3)]),
        ("le", N("改造户满意度为93.5%"), 100),
        # scores
        ("score", N("预算执行率（分值10分）得分8.32分", 1), N("预算执行率（分值10分）", 0),
         N("累计支出农房保障资金1,352.42万元"), N("全年到位资金1,624.60万元")),
        ("score", N("数量指标（20分）得19.28分", 1), N("数量指标（20分）", 0), N("年底前竣工1,012户"), N("全县1,050户改造任务")),
        ("score", N("时效指标（10分）得7.62分", 1), N("时效指标（10分）", 0), N("兑付及时率为72.4%"), N("兑付及时率不低于95%")),
        ("band", N("社会效益指标（20分）得14分", 1), N("社会效益指标（20分）", 0), "0.6", "0.8"),
        ("sum", N("产出指标（分值50分）", 0), [N("数量指标（20分）"), N("质量指标（10分）"), N("时效指标（10分）"), N("成本指标（10分）")]),
        ("sum", N("产出指标（分值50分）得分46.90分", 1), [N("数量指标（20分）得19.28分", 1), N("质量指标（10分）得10分", 1),
                                                  N("时效指标（10分）得7.62分", 1), N("成本指标（10分）得10分", 1)]),
        ("sum", N("效益指标（分值30分）", 0), [N("社会效益指标（20分）"), N("可持续影响指标（10分）")]),
        ("sum", N("效益指标（分值30分）得分24分", 1), [N("社会效益指标（20分）得14分", 1), N("可持续影响指标（10分）得10分", 1)]),
        ("sum", 100, [N("预算执行率（分值10分）", 0), N("产出指标（分值50分）", 0), N("效益指标（分值30分）", 0),
                      N("满意度指标（分值10分）", 0)]),
        ("le", N("满意度指标（分值10分）得分10分", 1), N("满意度指标（分值10分）", 0)),
        ("sum", N("自评总分89.22分"), [N("预算执行率（分值10分）得分8.32分", 1), N("产出指标（分值50分）得分46.90分", 1),
                                   N("效益指标（分值30分）得分24分", 1), N("满意度指标（分值10分）得分10分", 1)]),
        ("grade", N("自评总分89.22分"), "评价等级为良好"),
        ("has", "关于2022年度农村低收入群体"), ("has", "截至2022年12月31日"), ("has", "结转至2023年使用"),
    ],
}


def check_draft(src, text, facts=None):
    """Return the list of failures of all checks on one text."""
    facts = FACTS[src] if facts is None else facts
    fails = []
    try:
        has_table = check_tables(text)
        if src != "fusui-nongfang-2022" and not has_table:
            fails.append("no indicator table")
    except Fail as e:
        fails.append(f"table: {e}")
    except (ValueError, IndexError, ArithmeticError, StopIteration) as e:
        fails.append(f"table parse: {e!r}")
    for f in facts:
        try:
            check_fact(f, text)
        except Fail as e:
            fails.append(f"{f[0]}: {e}")
    return fails


def diff_bounds(a, b):
    """Length of the common prefix and of the common suffix of a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def remap(anchor, a, b):
    """The anchor as it reads in b when an occurrence of it in a overlaps the changed region."""
    p, s = diff_bounds(a, b)
    end_a = len(a) - s
    i = a.find(anchor)
    while i >= 0:
        j = i + len(anchor)
        if i < max(end_a, p + 1) and j > p:
            return b[i:j + len(b) - len(a)]
        i = a.find(anchor, i + 1)
    return anchor


def remap_facts(facts, a, b):
    """Facts whose anchors follow the edit from a to b ("has" strings are kept: they are the facts)."""
    def walk(x):
        if isinstance(x, N):
            return N(remap(x.anchor, a, b), x.i)
        if isinstance(x, list):
            return [walk(y) for y in x]
        return x
    out = []
    for f in facts:
        if f[0] == "grade":
            out.append(("grade", walk(f[1]), remap(f[2], a, b)))
        elif f[0] == "has":
            out.append(f)
        else:
            out.append(tuple(walk(x) for x in f))
    return out


def one_place(a, b):
    """True when b differs from a in one contiguous region."""
    if a == b:
        return False
    p, s = diff_bounds(a, b)
    region_a, region_b = a[p:len(a) - s], b[p:len(b) - s]
    return bool(region_a or region_b) and a[:p] + region_a + a[len(a) - s:] == a


def main():
    ok = True

    def bad(msg):
        nonlocal ok
        ok = False
        print("FAIL", msg)

    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        bad("labels and case files differ")
    counts = {c: 0 for c in CODES}
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    sources = sorted({l["source"] for l in labels})
    if len(sources) != 5:
        bad(f"{len(sources)} sources")
    for lab in labels:
        t = texts.get(lab["case"], "")
        if lab["clean"]:
            if lab["expected"]:
                bad(f"{lab['case']}: clean case with expectations")
            if not 3000 <= len(t) <= 4000:
                bad(f"{lab['case']}: {len(t)} characters")
            continue
        if len(lab["expected"]) != 1:
            bad(f"{lab['case']}: {len(lab['expected'])} expectations")
        for e in lab["expected"]:
            if e["code"] not in counts:
                bad(f"{lab['case']}: unknown code {e['code']}")
                continue
            counts[e["code"]] += 1
            if e["severity"] != "error":
                bad(f"{lab['case']}: severity {e['severity']}")
            if e["value"] not in t:
                bad(f"{lab['case']}: value {e['value']!r} not in case")
        clean = texts[f"{lab['source']}-clean.txt"]
        if not one_place(clean, t):
            bad(f"{lab['case']}: does not differ from the clean draft in exactly one place")
    for c, n in counts.items():
        if n < 2:
            bad(f"code {c} used {n} times")
    for src in sources:
        fails = check_draft(src, texts[f"{src}-clean.txt"])
        for f in fails:
            bad(f"{src}-clean: {f}")
        print(f"{src}-clean: {len(FACTS[src])} facts + tables checked, {len(fails)} failures")
    for lab in labels:
        if lab["clean"]:
            continue
        clean = texts[f"{lab['source']}-clean.txt"]
        facts = remap_facts(FACTS[lab["source"]], clean, texts[lab["case"]])
        fails = [f for f in check_draft(lab["source"], texts[lab["case"]], facts)
                 if "anchor not found" not in f]
        if not fails:
            bad(f"{lab['case']}: injected error not caught by any arithmetic check")
        else:
            print(f"{lab['case']}: {lab['expected'][0]['code']:22s} -> {fails[0]}")
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    if not ok:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
