#!/usr/bin/env python3
"""Verify drafts295.

1. labels.jsonl: every case exists, every label value occurs in its case, codes are from
   errors.md §A and each of the 13 codes occurs at least twice.
2. Every error case differs from its clean draft in one short place, and the label value
   overlaps that place.
3. The arithmetic of every clean draft is redone: the self-evaluation table is parsed from
   its own layout (funds block, weights, scores, total, grade, score rules) and the figures
   in the text are recomputed (sums, rates, balances, averages, completion rates, products).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
NUM = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def dec(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated_str):
    """rules.md §8: stated value with d decimals matches c iff |c - v| <= 0.5*10^-d."""
    v = dec(stated_str)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -decimals(stated_str)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Facts:
    """Figures are read from snippets that must occur verbatim in the clean draft."""

    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def s(self, snippet, idx=-1):
        """The idx-th number inside snippet (snippet must occur in the text); returns its string."""
        if snippet not in self.text:
            fail(f"{self.pid}: snippet not found: {snippet!r}")
            return "0"
        nums = NUM.findall(snippet)
        return nums[idx]

    def n(self, snippet, idx=-1):
        return dec(self.s(snippet, idx))

    def check(self, label, computed, stated_str):
        if not close(computed, stated_str):
            fail(f"{self.pid}: {label}: computed {computed} but stated {stated_str}")

    def total(self, parts, whole, label="sum"):
        self.check(label, sum(self.n(p) for p in parts), self.s(whole))

    def rate(self, num, den, stated, label="rate"):
        self.check(label, self.n(num) / self.n(den) * 100, self.s(stated))

    def avg(self, items, stated, label="average"):
        vals = [self.n(i) for i in items]
        self.check(label, sum(vals) / len(vals), self.s(stated))

    def diff(self, a, b, stated, label="difference"):
        self.check(label, self.n(a) - self.n(b), self.s(stated))


# ---------------------------------------------------------------- table parsing per layout
def rows_flattened(text):
    """Seed-003 style: one cell per line, tab-indented, blank line between rows."""
    body = text[text.index("项目支出绩效自评表\n（"):]
    rows = []
    for block in body.split("\n\n"):
        lines = [l for l in block.split("\n") if l.startswith("\t")]
        if lines:
            rows.append([l[1:].strip() for l in lines])
    return rows


def rows_sep(text, start_marker, sep, line_filter=None):
    body = text[text.index(start_marker):]
    rows = []
    for line in body.split("\n"):
        if line_filter and not line_filter(line):
            continue
        if sep not in line:
            continue
        cells = [c.strip() for c in line.split(sep)]
        rows.append(cells)
    return rows


def rows_ascii_pipe(text):
    rows = []
    for line in text.split("\n"):
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):
            continue
        rows.append(cells)
    return rows


def is_num(c):
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", c))


FUNDS = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]


def analyse_table(pid, rows):
    out = {}
    funds = {}
    for r in rows:
        if r and r[0] in FUNDS:
            funds[r[0]] = r
    if set(funds) != set(FUNDS):
        fail(f"{pid}: funds block incomplete: {sorted(funds)}")
        return out
    tot = funds["年度资金总额"]
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        comp = sum(dec(funds[k][col]) for k in FUNDS[1:])
        if comp != dec(tot[col]):
            fail(f"{pid}: funds column {lab}: components {comp} != total {tot[col]}")
    for k in FUNDS[1:]:
        if any(c not in ("—", "-") for c in funds[k][4:7]):
            fail(f"{pid}: component row {k} should print — for 分值/执行率/得分: {funds[k]}")
    annual, spent = dec(tot[2]), dec(tot[3])
    fw, frate, fscore = dec(tot[4]), tot[5].rstrip("%"), tot[6]
    rate = spent / annual * 100
    if not close(rate, frate):
        fail(f"{pid}: table 执行率 {frate}% but {spent}/{annual} = {rate:.4f}%")
    sc_unrounded = fw * min(rate / 100, D(1))
    sc_stated = fw * min(dec(frate) / 100, D(1))
    if not (close(sc_unrounded, fscore) or close(sc_stated, fscore)):
        fail(f"{pid}: execution score {fscore}, expected {r2(sc_unrounded)}")
    out.update(funds=funds, annual=annual, spent=spent, rate=rate, exec_weight=fw, exec_score=dec(fscore))

    # indicator rows
    try:
        h = next(i for i, r in enumerate(rows) if r and r[0] == "一级指标")
        t = next(i for i, r in enumerate(rows) if r and r[0] == "总分")
    except StopIteration:
        fail(f"{pid}: indicator header or 总分 row not found")
        return out
    inds = []
    level1 = None
    for r in rows[h + 1:t]:
        cells = list(r)
        while cells and not is_num(cells[-1]):
            cells.pop()
        if len(cells) < 5 or not is_num(cells[-2]):
            fail(f"{pid}: cannot read indicator row {r}")
            continue
        for c in r:
            if c in ("产出指标", "效益指标", "满意度指标"):
                level1 = c
        name, target, actual, w, s = cells[-5], cells[-4], cells[-3], dec(cells[-2]), dec(cells[-1])
        inds.append(dict(level1=level1, name=name, target=target, actual=actual, w=w, s=s, raw=cells[-1]))
    total_cells = [c for c in rows[t] if c]
    tw, ts = dec(total_cells[-2]), total_cells[-1]
    wsum = fw + sum(i["w"] for i in inds)
    ssum = dec(fscore) + sum(i["s"] for i in inds)
    if wsum != 100 or tw != 100:
        fail(f"{pid}: weights add to {wsum}, 总分 row says {tw}")
    if not close(ssum, ts) or abs(ssum - dec(ts)) > D("0.005"):
        fail(f"{pid}: scores add to {ssum}, 总分 row says {ts}")
    for i in inds:
        if not (0 <= i["s"] <= i["w"]):
            fail(f"{pid}: {i['name']}: score {i['s']} outside [0, {i['w']}]")
        check_rule(pid, i)
    lv = Counter()
    lw = Counter()
    for i in inds:
        lv[i["level1"]] += i["s"]
        lw[i["level1"]] += i["w"]
    out.update(total=dec(ts), total_str=ts, levels=lv, level_weights=lw, indicators=inds)
    return out


TGT = re.compile(r"^(≥|≤|=)?\s*(\d+(?:\.\d+)?)(.*)$")


def check_rule(pid, i):
    """Redo the score of each quantitative row (rules.md §5); qualitative rows: band only."""
    t = TGT.match(i["target"].replace(",", ""))
    a = TGT.match(i["actual"].replace(",", ""))
    if not t or not a or "年" in i["target"] or a.group(1):
        # qualitative / date: achieved -> full, otherwise at least 60% of the weight
        if i["target"] == i["actual"] or i["actual"] in ("已建立", "已完成"):
            if i["s"] != i["w"]:
                fail(f"{pid}: {i['name']}: achieved qualitative row not at full weight")
        elif not (D("0.6") * i["w"] <= i["s"] <= i["w"]):
            fail(f"{pid}: {i['name']}: qualitative score {i['s']} outside the partly-achieved band")
        return
    sign, tv, tu = t.group(1) or "=", dec(t.group(2)), t.group(3).strip()
    av, au = dec(a.group(2)), a.group(3).strip()
    if tu != au:
        fail(f"{pid}: {i['name']}: target unit {tu!r} vs actual unit {au!r}")
        return
    if av > 100 and tu == "%":
        fail(f"{pid}: {i['name']}: rate above 100%")
    if sign == "≤":
        exp = i["w"] if av <= tv else i["w"] * tv / av
    else:
        exp = i["w"] * min(av / tv, D(1))
    if not close(exp, i["raw"]):
        fail(f"{pid}: {i['name']}: score {i['raw']} but rule gives {r2(exp)}")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_RE = re.compile(r"等级(?:为|：|:)?[“\"]?(优秀|优|良好|良|中等|中|合格|一般|较差|差)")


def check_grade(pid, text, total):
    found = GRADE_RE.findall(text)
    if not found:
        fail(f"{pid}: no grade statement")
    for g in found:
        if g[0] != grade_of(total) and not (g == "合格" and grade_of(total) == "中"):
            fail(f"{pid}: grade {g} does not fit total {total}")


# ---------------------------------------------------------------- per-project facts
def p_xixia(pid, text):
    tab = analyse_table(pid, rows_flattened(text))
    f = Facts(pid, text)
    f.total(["2021年年初预算120.00万元", "年中追加2.30万元", "上年结转资金6.20万元"], "全年预算调整为128.50万元", "budget build-up")
    f.check("当年财政拨款 全年 = 年初 + 追加", f.n("2021年年初预算120.00万元") + f.n("年中追加2.30万元"),
            tab["funds"]["其中：当年财政拨款"][2])
    f.check("上年结转 全年 = text", f.n("上年结转资金6.20万元"), tab["funds"]["上年结转资金"][2])
    f.rate("全年实际支出125.36万元", "全年预算调整为128.50万元", "预算执行率97.56%")
    f.diff("全年预算调整为128.50万元", "全年实际支出125.36万元", "年末结余3.14万元", "balance (all received)")
    f.total(["话务坐席服务外包费86.40万元", "系统运维及线路租赁费24.80万元", "知识库建设及培训费8.56万元",
             "办公耗材及其他5.60万元"], "全年实际支出125.36万元", "spending items")
    f.check("18 seats x 4000元 x 12 months", f.n("18个坐席") * f.n("每席位每月4000元") * 12 / 10000,
            f.s("话务坐席服务外包费86.40万元"))
    f.total(["全年受理群众来电15.62万件", "网络渠道诉求2.18万件"], "合计17.80万件", "calls + web")
    f.check("受理量 completion", f.n("合计17.80万件") / f.n("不少于16万件") * 100, f.s("完成年度目标的111.25%"))
    f.check("按时办结率 completion", f.n("按时办结率97.2%") / f.n("工单按时办结率不低于98%") * 100, f.s("完成率99.18%"))
    f.check("percentage points", f.n("工单按时办结率不低于98%") - f.n("按时办结率97.2%"), f.s("低0.8个百分点"))
    f.avg(["一季度96.8%", "二季度97.5%", "三季度98.1%", "四季度98.4%"], "全年平均97.7%", "quarterly satisfaction")
    f.check("avg = table satisfaction", f.n("全年平均97.7%"), next(i for i in tab["indicators"] if i["name"] == "群众满意度")["actual"].rstrip("%"))
    for snip, key in (("预算执行率得分9.76分", None), ("产出指标得分49.92分", "产出指标"),
                      ("效益指标得分28.5分", "效益指标"), ("满意度指标得分10分", "满意度指标")):
        f.check(snip, tab["exec_score"] if key is None else tab["levels"][key], f.s(snip))
    f.check("text total = table total", tab["total"], f.s("自评得分98.18分"))
    f.check("text rate = table rate", tab["rate"], f.s("预算执行率97.56%"))
    check_grade(pid, text, tab["total"])
    for a in ("受理群众诉求17.80万件", "接通率96.3%", "按时办结率97.2%", "群众满意度97.7%"):
        f.s(a)


def p_yongchun(pid, text):
    tab = analyse_table(pid, rows_sep(text, "项目支出绩效自评表\n（", "｜"))
    f = Facts(pid, text)
    f.diff("2018年年初预算86.00万元", "调减3.60万元", "全年预算82.40万元", "adjustment")
    f.check("table annual", tab["annual"], f.s("全年预算82.40万元"))
    f.check("table spent", tab["spent"], f.s("全年实际支出80.75万元"))
    f.diff("全年预算82.40万元", "全年实际支出80.75万元", "结余1.65万元", "balance (all received)")
    f.total(["物业保洁及安保服务费38.60万元", "自助终端维保费12.85万元", "网络专线及电费17.30万元",
             "窗口人员业务培训3.20万元", "日常维修及耗材8.80万元"], "全年实际支出80.75万元", "spending items")
    f.total(["排队叫号系统7.45万元", "计5.40万元"], "自助终端维保费12.85万元", "维保 sub-items")
    f.check("12 terminals x 4500元", f.n("自助终端12台") * f.n("每台年维保费4500元") / 10000, f.s("计5.40万元"))
    f.avg(["一季度99.1%", "二季度99.4%", "三季度99.6%", "四季度99.5%"], "全年平均99.4%", "quarterly satisfaction")
    f.check("avg = table satisfaction", f.n("全年平均99.4%"), "99.4" if "｜≥98%｜99.4%｜" in text else "0")
    f.check("text 办件量 = table", f.n("全年共办理各类事项26.45万件"), "26.45" if "｜≥24万件｜26.45万件｜" in text else "0")
    f.check("text windows = table", f.n("全年64个窗口正常运行"), "64" if "｜≥60个｜64个｜" in text else "0")
    f.check("text total = table total", tab["total"], f.s("自评得分99.53分"))
    check_grade(pid, text, tab["total"])


def p_donggang(pid, text):
    tab = analyse_table(pid, rows_sep(text, "附件：2023年度项目支出绩效自评表", "\t"))
    f = Facts(pid, text)
    f.total(["证照数据治理服务合同26.00万元", "审批系统接口改造合同14.00万元", "数字证书及电子印章采购5.00万元"],
            "全年预算45.00万元", "contracts = budget")
    f.total(["证照数据治理服务合同26.00万元", "已支付8.60万元", "数字证书及电子印章采购5.00万元"],
            "项目实际支出39.60万元", "payments = spending")
    f.rate("已支付8.60万元", "审批系统接口改造合同14.00万元", "支付进度61.43%", "contract payment rate")
    f.rate("项目实际支出39.60万元", "全年预算45.00万元", "预算执行率88.00%")
    f.diff("全年预算45.00万元", "项目实际支出39.60万元", "未支付的5.40万元", "balance")
    f.diff("审批系统接口改造合同14.00万元", "已支付8.60万元", "未支付的5.40万元", "balance = unpaid instalment")
    f.check("table spent", tab["spent"], f.s("项目实际支出39.60万元"))
    f.check("table rate", tab["rate"], f.s("预算执行率88.00%"))
    f.total(["营业执照4.12万份", "不动产权证书3.85万份", "食品经营许可证0.96万份", "其他类4.53万份"],
            "全年归集历史证照13.46万份", "kinds of licences")
    f.check("table 归集数量", f.n("全年归集历史证照13.46万份"), "13.46" if "≥12万份\t13.46万份" in text else "0")
    f.check("unit cost 元/份", f.n("证照数据治理服务合同26.00万元") / f.n("全年归集历史证照13.46万份"), f.s("约1.93元"))
    f.check("调用 completion", f.n("调用电子证照18.4万次") / f.n("电子证照调用不少于20万次") * 100, f.s("18.4万次，完成率92%"))
    f.check("纸质材料 completion", f.n("减少群众提交纸质材料9.3万份") / f.n("减少群众提交纸质材料不少于8万份") * 100,
            f.s("完成率116.25%"))
    for snip, key in (("预算执行率得分8.80分", None), ("产出指标得分48分", "产出指标"),
                      ("效益指标得分29.2分", "效益指标"), ("满意度指标得分10分", "满意度指标")):
        f.check(snip, tab["exec_score"] if key is None else tab["levels"][key], f.s(snip))
    f.check("text total = table total", tab["total"], f.s("本项目得分96.00分"))
    check_grade(pid, text, tab["total"])


def p_cenxi(pid, text):
    rows = rows_sep(text, "项目支出绩效自评表\n（2020年度）", "  ")
    tab = analyse_table(pid, rows)
    f = Facts(pid, text)
    f.total(["年初预算安排60.00万元", "自治区追加补助12.00万元"], "全年预算72.00万元", "budget build-up")
    f.rate("全年支出70.56万元", "全年预算72.00万元", "执行率98.00%")
    f.diff("全年预算72.00万元", "全年支出70.56万元", "结余1.44万元", "balance (all received)")
    f.total(["平台运维服务费38.50万元", "事项梳理及标准化服务费18.00万元", "模块开发11.80万元", "测评费2.26万元"],
            "全年支出70.56万元", "spending items")
    q = "分别为1.82万件、2.46万件、2.71万件、2.93万件"
    f.check("quarterly average", sum(f.n(q, k) for k in range(4)) / 4, f.s("季度平均2.48万件"))
    f.check("table spent", tab["spent"], f.s("全年支出70.56万元"))
    f.check("table rate", tab["rate"], f.s("执行率98.00%"))
    f.check("text total = table total", tab["total"], f.s("本项目自评得分97.80分"))
    inds = {i["name"]: i for i in tab["indicators"]}
    f.check("deduction timeliness", inds["“不见面审批”模块上线时间"]["w"] - inds["“不见面审批”模块上线时间"]["s"], f.s("时效指标扣1.5分"))
    f.check("deduction share", inds["网上办件量占比"]["w"] - inds["网上办件量占比"]["s"], f.s("扣0.5分"))
    f.check("deduction execution", tab["exec_weight"] - tab["exec_score"], f.s("扣0.2分"))
    f.check("exec score text", tab["exec_score"], f.s("预算执行率得分9.80分"))
    f.check("deductions add up", 100 - tab["total"], str(D("1.5") + D("0.5") + D("0.2")))
    f.check("text 可办事项 = table", f.n("平台上线网上可办事项1356项"), inds["网上可办事项数"]["actual"].rstrip("项"))
    f.check("text 梳理 = table", f.n("完成事项标准化梳理1402项"), inds["事项标准化梳理数"]["actual"].rstrip("项"))
    f.check("text 全程网办率 = table", f.n("全程网办率68.4%"), inds["全程网办率"]["actual"].rstrip("%"))
    f.check("text 占比 = table", f.n("占全部办件量的47.5%"), inds["网上办件量占比"]["actual"].rstrip("%"))
    f.check("text 跑动 = table", f.n("平均跑动次数降至0.3次"), inds["群众办事平均跑动次数"]["actual"].rstrip("次"))
    check_grade(pid, text, tab["total"])


def p_wushan(pid, text):
    tab = analyse_table(pid, rows_ascii_pipe(text))
    f = Facts(pid, text)
    f.total(["村（社区）便民服务站补助67.20万元", "乡镇（街道）便民服务中心补助39.00万元", "业务培训经费2.20万元",
             "标识标牌更新经费6.60万元"], "2024年项目预算115.00万元", "budget items")
    f.check("336 x 2000元", f.n("336个村（社区）便民服务站") * f.n("每站每年2000元") / 10000, f.s("村（社区）便民服务站补助67.20万元"))
    f.check("26 x 1.5万元", f.n("全县26个乡镇") * f.n("每个每年1.5万元"), f.s("乡镇（街道）便民服务中心补助39.00万元"))
    f.total(["提前下达80.50万元", "2024年4月下达34.50万元"], "2024年项目预算115.00万元", "issued = budget")
    f.total(["便民服务站补助拨付63.60万元", "补助39.00万元全额拨付", "业务培训支出2.20万元", "支出1.98万元"],
            "项目支出106.78万元", "spending items")
    f.check("318 x 2000元", f.n("考核合格318个站") * f.n("每站2000元") / 10000, f.s("便民服务站补助拨付63.60万元"))
    f.check("18 x 2000元", f.n("18个考核不合格站点") * f.n("每站2000元") / 10000, f.s("补助3.60万元未拨付"))
    f.diff("村（社区）便民服务站补助67.20万元", "便民服务站补助拨付63.60万元", "补助3.60万元未拨付", "withheld")
    f.check("336 - 318", f.n("全县336个村（社区）便民服务站全部") - f.n("考核合格318个站"), f.s("18个考核不合格站点"))
    f.check("30 x 660元", f.n("完成30个站点") * f.n("每个660元") / 10000, f.s("支出1.98万元"))
    f.diff("2024年项目预算115.00万元", "项目支出106.78万元", "结余8.22万元", "balance (all received)")
    f.rate("318个站点考核合格", "全县336个村（社区）便民服务站全部", "合格率94.64%", "pass rate")
    f.diff("不少于30万件", "就近办理事项26.8万件", "较目标少3.2万件", "shortfall")
    f.check("table spent", tab["spent"], f.s("项目支出106.78万元"))
    for snip, key in (("预算执行率9.29分", None), ("产出指标45.46分", "产出指标"),
                      ("效益指标24.93分", "效益指标"), ("满意度指标9.8分", "满意度指标")):
        f.check(snip, tab["exec_score"] if key is None else tab["levels"][key], f.s(snip))
    f.check("text total = table total", tab["total"], f.s("本项目自评得分89.48分"))
    inds = {i["name"]: i for i in tab["indicators"]}
    f.check("text 合格率 = table", f.n("合格率94.64%"), inds["村站考核合格率"]["actual"].rstrip("%"))
    f.check("text 满意度 = table", f.n("群众满意度93.1%"), inds["群众满意度"]["actual"].rstrip("%"))
    f.check("text 培训 = table", f.n("业务培训452人次"), inds["业务培训人次"]["actual"].rstrip("人次"))
    check_grade(pid, text, tab["total"])


PROJECTS = {
    "ha-xixia-12345rexian-2021": p_xixia,
    "fj-yongchun-zwfwzx-2018": p_yongchun,
    "ln-donggang-dianzizhengzhao-2023": p_donggang,
    "gx-cenxi-yiwangtongban-2020": p_cenxi,
    "cq-wushan-bianminzhan-2024": p_wushan,
}


# ---------------------------------------------------------------- labels and diffs
def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    codes = Counter()
    per_project = Counter()
    for lab in labels:
        text = read(lab["case"])
        if not 3000 <= len(text) <= 5000:
            fail(f"{lab['case']}: length {len(text)} outside 3000-5000")
        if lab["clean"]:
            if lab["expected"] or not lab["case"].endswith("-clean.txt"):
                fail(f"{lab['case']}: clean case must have expected []")
            continue
        per_project[lab["source"]] += 1
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: exactly one expected finding required")
        clean = read(lab["source"] + "-clean.txt")
        s, e_clean, e_case = diff_region(clean, text)
        if e_clean - s > 80 or e_case - s > 80 or text == clean:
            fail(f"{lab['case']}: edit region too large or empty ({e_clean - s}/{e_case - s} chars)")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{lab['case']}: bad code/severity {exp}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{lab['case']}: value not found: {v!r}")
            elif not any(o < e_case and o + len(v) > s for o in occ):
                fail(f"{lab['case']}: value {v!r} does not cover the changed text")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    for pid in PROJECTS:
        if per_project[pid] != 6:
            fail(f"{pid}: {per_project[pid]} error cases (expected 6)")
        PROJECTS[pid](pid, read(pid + "-clean.txt"))
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL:", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")


if __name__ == "__main__":
    main()
