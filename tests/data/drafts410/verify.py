#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl: every case exists, every label value occurs in its case, codes are from errors.md §A.
2. Every error case differs from its clean draft in one contiguous place that overlaps the label value;
   the changed figure occurs once in the clean draft (>= 2 times for conflicting_values).
3. Each code is used at least twice.
4. The arithmetic of every draft is redone from its text: all checks pass on the clean drafts; on an error
   case at least one check of the labelled code fails and no check of any other code fails.

Rounding follows rules.md §8: a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9); approximate figures (约…) are never treated as errors.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"
EPS = D("1e-9")


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- helpers
def places(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the number as written (string); computed: Decimal."""
    v = D(str(stated))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -places(stated) + EPS


def same(a, b):
    """two stated figures of one quantity agree within the coarser of their precisions."""
    d = min(places(a), places(b))
    return abs(D(str(a)) - D(str(b))) <= D("0.5") * D(10) ** -d + EPS


def one(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise ParseError(f"{len(ms)} matches for {pat!r}")
    g = ms[0].groups()
    return g if len(g) != 1 else g[0]


VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def pv(s):
    """parse a cell like '≥48次' -> (direction, number string, unit)."""
    m = VAL.match(s.strip())
    if not m:
        raise ParseError(f"cannot parse value {s!r}")
    sign, num, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(sign or "", "eq")
    return direction, num, unit.strip()


def completion(direction, target, actual):
    t, a = D(target), D(actual)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def grade_of(total):
    s = D(total)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checks:
    def __init__(self):
        self.items = []

    def add(self, code, ok, desc):
        assert code in CODES, code
        self.items.append((code, bool(ok), desc))

    # common shapes
    def rate(self, num, den, stated, desc):
        den = D(den)
        if den == 0:
            return
        self.add("rate_mismatch", close(stated, D(num) / den * 100), f"rate {desc}: {num}/{den} vs {stated}%")

    def total(self, parts, stated, desc, code="sum_mismatch"):
        s = sum(D(p) for p in parts)
        self.add(code, close(stated, s), f"{desc}: sum {s} vs {stated}")

    def pct_le_100(self, stated, desc):
        self.add("implausible_rate", D(stated) <= 100 and D(stated) >= 0, f"{desc}: {stated}% within 0..100")

    def conflict(self, a, b, desc):
        self.add("conflicting_values", same(a, b), f"{desc}: {a} vs {b}")

    def product(self, count, unit_amount, unit_word, stated_wan, desc, times=1):
        """count x per-unit amount (元 or 万元) x times == stated amount in 万元; a 10^4 slip is unit_mismatch."""
        f = D(1) / 10000 if unit_word == "元" else D(1)
        c = D(count) * D(unit_amount) * times * f
        ok = close(stated_wan, c)
        g = D(1) if unit_word == "元" else D(1) / 10000
        alt = close(stated_wan, D(count) * D(unit_amount) * times * g)
        self.add("unit_mismatch", ok or not alt, f"{desc}: unit of per-unit amount")
        self.add("sum_mismatch", ok or alt, f"{desc}: {count} x {unit_amount}{unit_word} x {times} vs {stated_wan}万元")

    def year(self, ok, desc):
        self.add("year_mismatch", ok, desc)

    def grade(self, total, word, desc):
        self.add("grade_mismatch", GRADE_WORDS[word] == grade_of(total), f"{desc}: {total} -> {word}")

    def indicator_rows(self, rows, rate_names=(), completion_col=False):
        """rows: list of dict(name, target, actual, weight, score[, completion]) -> unit/score/completion checks."""
        for r in rows:
            dt, tn, tu = pv(r["target"])
            da, an, au = pv(r["actual"])
            self.add("unit_mismatch", tu == au, f"{r['name']}: unit {tu!r} vs {au!r}")
            w, s = D(r["weight"]), D(r["score"])
            self.add("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} <= weight {w}")
            if au == "%" and any(k in r["name"] for k in rate_names):
                self.pct_le_100(an, r["name"])
            if completion_col and tu == au:
                c = completion(dt, tn, an)
                self.add("completion_mismatch", close(r["completion"].rstrip("%"), c),
                         f"{r['name']}: completion {c:.4f} vs {r['completion']}")


def next_nonempty(lines, i, k):
    out = []
    j = i + 1
    while len(out) < k:
        if lines[j].strip():
            out.append(lines[j].strip())
        j += 1
    return out


# ---------------------------------------------------------------- fj-wuping-jiapeijianguan-2018
def check_fj(t):
    C = Checks()
    n, a, b, c = one(t, r"全县有驾培机构(\d+)家，其中一级(\d+)家、二级(\d+)家、三级(\d+)家")
    C.total([a, b, c], n, "机构分级")
    y0, fis0, car0 = one(t, rf"年初预算{NUM}万元，其中县级财政拨款{NUM}万元、上年结转资金{NUM}万元")
    C.total([fis0, car0], y0, "年初预算构成")
    add, yr = one(t, rf"追加{NUM}万元，全年预算调整为{NUM}万元")
    C.total([y0, add], yr, "年初+追加")
    recv, recv_rate = one(t, rf"全年预算资金{NUM}万元已全部拨付到位，到位率{NUM}%")
    C.conflict(recv, yr, "全年预算 (到位句)")
    C.rate(recv, yr, recv_rate, "到位率")
    C.pct_le_100(recv_rate, "到位率")
    spent, ex_rate = one(t, rf"全年支出{NUM}万元，执行率{NUM}%")
    C.rate(spent, yr, ex_rate, "执行率")
    C.pct_le_100(ex_rate, "执行率")
    ops, upg, edu, insp = one(t, rf"平台运维费{NUM}万元，系统升级对接{NUM}万元，教练员继续教育{NUM}万元，监督检查及质量信誉考核{NUM}万元")
    C.total([ops, upg, edu, insp], spent, "支出构成")
    bal = one(t, rf"年末结余{NUM}万元")
    C.add("balance_mismatch", close(bal, D(recv) - D(spent)), f"结余 {bal} vs {recv}-{spent}")
    C.year(int(one(t, r"结转至(\d{4})年")) > 2018, "结转年度晚于2018")
    C.year(one(t, r"^武平县道路运输管理所\n(\d{4})年度", re.M) == "2018", "标题年度")
    C.year(one(t, r"项目支出绩效自评表\n（(\d{4})年度）") == "2018", "自评表年度")
    C.year(one(t, r"关于做好(\d{4})年度财政支出") == "2018", "通知年度")
    q1, q2, q3, q4, qt, qavg, qcomp = one(
        t, rf"一至四季度分别为(\d+)次、(\d+)次、(\d+)次、(\d+)次，全年合计(\d+)次，季均{NUM}次，完成率{NUM}%")
    C.total([q1, q2, q3, q4], qt, "季度检查次数")
    C.add("average_mismatch", close(qavg, sum(D(x) for x in (q1, q2, q3, q4)) / 4), f"季均 {qavg}")
    target_insp = one(t, r"监督检查不少于(\d+)次")
    C.add("completion_mismatch", close(qcomp, D(qt) / D(target_insp) * 100), f"检查完成率 {qcomp}")
    found, fixed, fixrate = one(t, rf"发现问题隐患(\d+)处，已整改(\d+)处，整改率{NUM}%")
    C.rate(fixed, found, fixrate, "整改率")
    C.pct_le_100(fixrate, "整改率")
    cnt, fee, feeunit = one(t, rf"继续教育(\d+)人次（[^）]*），按每人次{NUM}(万?元)的标准")
    C.product(cnt, fee, feeunit, edu, "继续教育培训费")
    ne, npass, pr, last, pp = one(t, rf"考试(\d+)人次，合格(\d+)人次，合格率{NUM}%，比上年的{NUM}%提高{NUM}个百分点")
    C.rate(npass, ne, pr, "合格率")
    C.pct_le_100(pr, "合格率")
    C.add("rate_mismatch", close(pp, D(pr) - D(last)), "合格率提高百分点")
    upload = one(t, rf"上传及时率{NUM}%，平台")
    ops2 = one(t, rf"运维费{NUM}万元，未超出控制数")
    C.conflict(ops, ops2, "平台运维费")
    acc, acc_prev, acc_dec = one(t, rf"教练车责任交通事故(\d+)起，2017年为(\d+)起，同比下降{NUM}%")
    C.rate(D(acc_prev) - D(acc), acc_prev, acc_dec, "事故同比下降")
    aa, n2, share = one(t, rf"AA级及以上机构(\d+)家，占全县(\d+)家机构的{NUM}%")
    C.conflict(n2, n, "驾培机构数")
    C.rate(aa, n2, share, "AA级占比")
    tot_p, gword = one(t, rf"自评得分{NUM}分，等级为“(.)”")
    C.grade(tot_p, gword, "结论等级")
    # table
    ty0, tyr, tsp, wex, trate, sex = one(t, rf"年度资金总额 {NUM} {NUM} {NUM} (\d+) {NUM}% {NUM}")
    rows = [one(t, rf"其中：当年财政拨款 {NUM} {NUM} {NUM} —"), one(t, rf"上年结转资金 {NUM} {NUM} {NUM} —"),
            one(t, rf"其他资金 {NUM} {NUM} {NUM} —")]
    for i, tot in enumerate((ty0, tyr, tsp)):
        C.total([r[i] for r in rows], tot, f"资金来源 第{i + 1}列")
    C.conflict(ty0, y0, "年初预算")
    C.conflict(tyr, yr, "全年预算")
    C.conflict(tsp, spent, "全年执行")
    C.conflict(rows[0][0], fis0, "年初财政拨款")
    C.conflict(rows[1][0], car0, "上年结转")
    C.rate(tsp, tyr, trate, "自评表执行率")
    C.pct_le_100(trate, "自评表执行率")
    C.conflict(trate, ex_rate, "执行率 text/table")
    C.add("score_exceeds_weight", D(0) <= D(sex) <= D(wex), "执行率得分")
    names = ["驾培机构监督检查", "教练员继续教育", "学员考试合格率", "计时数据上传及时", "平台运维费",
             "教练车责任交通事", "质量信誉考核AA级", "计时培训监管平台", "学员满意度"]
    ind = []
    for nm in names:
        tg, ac, w, s = one(t, re.escape(nm) + r" (\S+) (\S+) (\S+) (\S+)")
        ind.append(dict(name=nm, target=tg, actual=ac, weight=w, score=s))
    C.indicator_rows(ind, rate_names=("合格率", "及时", "AA级", "平台", "满意度"))
    byname = {r["name"]: r for r in ind}
    C.conflict(pv(byname["驾培机构监督检查"]["actual"])[1], qt, "检查次数")
    C.conflict(pv(byname["教练员继续教育"]["actual"])[1], cnt, "继续教育人次")
    C.conflict(pv(byname["学员考试合格率"]["actual"])[1], pr, "合格率")
    C.conflict(pv(byname["计时数据上传及时"]["actual"])[1], upload, "上传及时率")
    C.conflict(pv(byname["平台运维费"]["actual"])[1], ops, "运维费")
    C.conflict(pv(byname["教练车责任交通事"]["actual"])[1], acc, "事故起数")
    C.conflict(pv(byname["质量信誉考核AA级"]["actual"])[1], share, "AA级占比")
    goals = one(t, r"监督检查不少于(\d+)次；教练员继续教育不少于(\d+)人次；学员考试合格率不低于(\d+)%；计时培训数据上传及时率不低于(\d+)%；"
                   r"平台运维费控制在(\d+)万元以内；教练车责任交通事故不超过(\d+)起；质量信誉考核AA级及以上机构占比不低于(\d+)%；学员满意度不低于(\d+)%")
    for g, nm in zip(goals, ["驾培机构监督检查", "教练员继续教育", "学员考试合格率", "计时数据上传及时", "平台运维费",
                             "教练车责任交通事", "质量信誉考核AA级", "学员满意度"]):
        C.conflict(g, pv(byname[nm]["target"])[1], f"目标值 {nm}")
    wt, st = one(t, rf"总分 (\d+) {NUM}")
    wsum = D(wex) + sum(D(r["weight"]) for r in ind)
    C.add("weight_sum_mismatch", wsum == 100 and D(wt) == 100, f"weights {wsum}")
    ssum = D(sex) + sum(D(r["score"]) for r in ind)
    C.add("score_sum_mismatch", close(st, ssum), f"table total {st} vs {ssum}")
    C.add("score_sum_mismatch", close(tot_p, ssum), f"text total {tot_p} vs {ssum}")
    C.conflict(tot_p, st, "总分 text/table")
    return C


# ---------------------------------------------------------------- hb-jingshan-quandaozhan-2020
def check_hb(t):
    C = Checks()
    C.year(one(t, r"京山市公安局交通警察大队(\d{4})年度") == "2020", "标题年度")
    C.year(one(t, r"项目支出绩效自评表（(\d{4})年度）") == "2020", "自评表年度")
    C.year(one(t, r"关于开展(\d{4})年度市直部门") == "2020", "通知年度")
    stations = one(t, r"设立交通安全劝导站(\d+)个")
    staff = one(t, r"聘用专兼职劝导员(\d+)名")
    y0 = one(t, rf"年初预算{NUM}万元，全部为市级财政拨款")
    add, yr = one(t, rf"追加预算{NUM}万元，全年预算{NUM}万元")
    C.total([y0, add], yr, "年初+追加")
    spent, ex_rate, bal = one(t, rf"全年支出{NUM}万元，预算执行率{NUM}%，结余{NUM}万元")
    C.rate(spent, yr, ex_rate, "执行率")
    C.pct_le_100(ex_rate, "执行率")
    C.add("balance_mismatch", close(bal, D(yr) - D(spent)), f"结余 {bal}")  # 资金全部到位: 到位 = 全年预算
    per_st, amt_st = one(t, rf"按每站每年(\d+)元标准拨付{NUM}万元")
    C.product(stations, per_st, "元", amt_st, "劝导站运行补助")
    per_m, staff2, amt_staff = one(t, rf"按每人每月(\d+)元标准发放，(\d+)名劝导员全年共{NUM}万元")
    C.conflict(staff2, staff, "劝导员人数")
    C.product(staff2, per_m, "元", amt_staff, "劝导员误工补贴", times=12)
    prop1, prop2 = one(t, rf"宣传品制作及媒体投放{NUM}万元；宣传车辆运行和宣传活动组织{NUM}万元")
    C.total([amt_st, amt_staff, prop1, prop2], spent, "支出明细")
    onduty = one(t, rf"劝导员平均在岗率{NUM}%")
    C.pct_le_100(onduty, "在岗率")
    corr = one(t, r"全年劝导纠正农村交通违法行为(\d+)起")
    a20, d20, a19, d19, ra, rd = one(
        t, rf"一般程序交通事故(\d+)起、死亡(\d+)人，2019年分别为(\d+)起、(\d+)人，同比分别下降{NUM}%和{NUM}%")
    C.rate(D(a19) - D(a20), a19, ra, "事故起数下降")
    C.rate(D(d19) - D(d20), d19, rd, "死亡人数下降")
    q1, q2, q3, q4, qt, sch, vil, ent = one(
        t, r"一至四季度分别为(\d+)场、(\d+)场、(\d+)场、(\d+)场，全年共(\d+)场，其中进学校(\d+)场、进农村(\d+)场、进企业(\d+)场")
    C.total([q1, q2, q3, q4], qt, "季度宣传场次")
    C.total([sch, vil, ent], qt, "三进场次")
    leaflets = one(t, rf"发放宣传品{NUM}万份")
    ntest, npass, prate = one(t, rf"知识测试(\d+)人，合格(\d+)人，合格率{NUM}%")
    C.rate(npass, ntest, prate, "测试合格率")
    C.pct_le_100(prate, "测试合格率")
    nq, nsat, sat = one(t, rf"有效问卷(\d+)份，表示满意的(\d+)份，满意度{NUM}%")
    C.rate(nsat, nq, sat, "满意度")
    C.pct_le_100(sat, "满意度")
    w_ex_p, w1_p, w2_p, tot_p, gword = one(
        t, rf"预算执行(\d+)分、年度目标一(\d+)分、年度目标二(\d+)分，本项目综合得分{NUM}分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    C.grade(tot_p, gword, "评价等级")
    s_ex_p = one(t, rf"预算执行率得分{NUM}分")
    s1_p, ded2, s2_p = one(t, rf"得(\d+)分；年度目标二因群众满意度未达标扣{NUM}分，得{NUM}分")
    # table
    ty0, tyr, tsp, wex, trate, sex = one(t, rf"年度资金总额\t{NUM}\t{NUM}\t{NUM}\t(\d+)\t{NUM}%\t{NUM}")
    rows = [one(t, rf"其中：当年财政拨款\t{NUM}\t{NUM}\t{NUM}\t—"), one(t, rf"上年结转资金\t{NUM}\t{NUM}\t{NUM}\t—"),
            one(t, rf"其他资金\t{NUM}\t{NUM}\t{NUM}\t—")]
    for i, tot in enumerate((ty0, tyr, tsp)):
        C.total([r[i] for r in rows], tot, f"资金来源 第{i + 1}列")
    C.conflict(ty0, y0, "年初预算")
    C.conflict(tyr, yr, "全年预算")
    C.conflict(tsp, spent, "全年执行")
    C.rate(tsp, tyr, trate, "自评表执行率")
    C.pct_le_100(trate, "自评表执行率")
    C.conflict(trate, ex_rate, "执行率 text/table")
    C.conflict(sex, s_ex_p, "执行率得分 text/table")
    C.add("score_exceeds_weight", D(0) <= D(sex) <= D(wex), "执行率得分")
    C.add("weight_sum_mismatch", D(wex) == D(w_ex_p), "预算执行分值 text/table")
    ind = []
    for line in t.split("\n"):
        cells = line.split("\t")
        if cells[0] in ("目标一", "目标二"):
            goal, nm, tg, ac, comp, w, s = cells
            ind.append(dict(goal=goal, name=nm, target=tg, actual=ac, completion=comp, weight=w, score=s))
    if len(ind) != 9:
        raise ParseError("expected 9 indicator rows")
    C.indicator_rows(ind, rate_names=("在岗率", "合格率", "满意度"), completion_col=True)
    byname = {r["name"]: r for r in ind}
    C.conflict(pv(byname["劝导站正常运行数量"]["actual"])[1], stations, "劝导站数量")
    C.conflict(pv(byname["劝导员在岗率"]["actual"])[1], onduty, "在岗率")
    C.conflict(pv(byname["劝导纠正农村交通违法行为"]["actual"])[1], corr, "劝导纠正违法行为")
    C.conflict(pv(byname["农村道路一般程序交通事故"]["actual"])[1], a20, "事故起数")
    C.conflict(pv(byname["宣传活动场次"]["actual"])[1], qt, "宣传场次")
    C.conflict(pv(byname["发放宣传品"]["actual"])[1], leaflets, "宣传品")
    C.conflict(pv(byname["交通安全知识测试合格率"]["actual"])[1], prate, "测试合格率")
    C.conflict(pv(byname["群众满意度"]["actual"])[1], sat, "满意度")
    C.total([prop1, prop2], pv(byname["宣传经费"]["actual"])[1], "宣传经费")
    g1 = one(t, r"保障(\d+)个劝导站正常运转，劝导员在岗率不低于(\d+)%，劝导纠正农村交通违法行为不少于(\d+)起，农村道路一般程序交通事故控制在(\d+)起以内")
    g2 = one(t, r"进企业活动不少于(\d+)场，发放宣传品不少于(\d+)万份，交通安全知识测试合格率不低于(\d+)%，宣传经费控制在(\d+)万元以内，群众满意度不低于(\d+)%")
    for g, nm in zip(g1 + g2, ["劝导站正常运行数量", "劝导员在岗率", "劝导纠正农村交通违法行为", "农村道路一般程序交通事故",
                               "宣传活动场次", "发放宣传品", "交通安全知识测试合格率", "宣传经费", "群众满意度"]):
        C.conflict(g, pv(byname[nm]["target"])[1], f"目标值 {nm}")
    wt, st = one(t, rf"合计\t+(\d+)\t{NUM}")
    w1 = sum(D(r["weight"]) for r in ind if r["goal"] == "目标一")
    w2 = sum(D(r["weight"]) for r in ind if r["goal"] == "目标二")
    C.add("weight_sum_mismatch", w1 == D(w1_p), f"目标一 weights {w1}")
    C.add("weight_sum_mismatch", w2 == D(w2_p), f"目标二 weights {w2}")
    C.add("weight_sum_mismatch", D(wex) + w1 + w2 == 100 == D(wt), "weights total")
    C.add("weight_sum_mismatch", D(w_ex_p) + D(w1_p) + D(w2_p) == 100, "text weights total")
    s1 = sum(D(r["score"]) for r in ind if r["goal"] == "目标一")
    s2 = sum(D(r["score"]) for r in ind if r["goal"] == "目标二")
    C.add("score_sum_mismatch", close(s1_p, s1), f"目标一 score {s1}")
    C.add("score_sum_mismatch", close(s2_p, s2), f"目标二 score {s2}")
    C.add("score_sum_mismatch", close(ded2, D(w2_p) - D(s2_p)), "目标二扣分")
    ssum = D(sex) + s1 + s2
    C.add("score_sum_mismatch", close(st, ssum), f"table total {st} vs {ssum}")
    C.add("score_sum_mismatch", close(tot_p, ssum), f"text total {tot_p} vs {ssum}")
    C.conflict(tot_p, st, "总分 text/table")
    return C


# ---------------------------------------------------------------- sx-xiaoyi-jiapeizhiliang-2021
FUND_CODES = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]


def blocks_of(t):
    out = []
    for b in re.split(r"\n\n+", t):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")]
        out.append([c.strip() for c in cells])
    return out


def check_sx(t):
    C = Checks()
    blocks = blocks_of(t)
    fund = {}
    for cells in blocks:
        if len(cells) == 10 and cells[1] in FUND_CODES:
            fund[cells[1]] = cells[2:]
    if len(fund) != 7:
        raise ParseError("funds table rows")

    def v(s):
        return D(s) if s else D(0)

    # columns: 0 total, 1 subtotal, 2 central, 3 prov, 4 city, 5 county, 6 carry, 7 other
    for code in FUND_CODES[:5]:
        r = [v(x) for x in fund[code]]
        C.add("sum_mismatch", r[0] == r[1] + r[6] + r[7], f"{code} total = subtotal + carry + other")
        C.add("sum_mismatch", r[1] == r[2] + r[3] + r[4] + r[5], f"{code} subtotal = sources")
    for i in range(8):
        C.add("balance_mismatch", v(fund["(5)=(3)-(4)"][i]) == v(fund["(3)"][i]) - v(fund["(4)"][i]), f"(5) col {i}")
        for code, numrow in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            cell = fund[code][i]
            base = v(fund["(2)"][i])
            if base == 0:
                C.add("implausible_rate", (not cell) or D(cell) == 0, f"{code} col {i}: rate on a zero base")
            else:
                C.rate(v(fund[numrow][i]), base, cell, f"{code} col {i}")
                C.pct_le_100(cell, f"{code} col {i}")
    y0, prov, adv_y, adv_m, city = one(
        t, rf"年初批复{NUM}万元，其中省级驾培行业监管补助{NUM}万元于(\d{{4}})年(\d+)月提前下达，市本级安排{NUM}万元")
    C.total([prov, city], y0, "年初构成")
    C.year(adv_y == "2021" or (adv_y == "2020" and adv_m == "12"), "提前下达时间")
    C.conflict(y0, fund["(1)"][0], "年初预算")
    C.conflict(prov, fund["(1)"][3], "省级")
    C.conflict(city, fund["(1)"][5], "市本级")
    carry, yr = one(t, rf"将上年结转资金{NUM}万元调入，全年预算{NUM}万元")
    C.total([y0, carry], yr, "年初+结转")
    C.conflict(carry, fund["(2)"][6], "上年结转")
    C.conflict(yr, fund["(2)"][0], "全年预算")
    spent, ex_rate, bal = one(t, rf"全年支出{NUM}万元，执行率{NUM}%，结余{NUM}万元")
    C.rate(spent, yr, ex_rate, "执行率")
    C.pct_le_100(ex_rate, "执行率")
    C.add("balance_mismatch", close(bal, D(yr) - D(spent)), "结余 (资金全部到位)")
    C.conflict(spent, fund["(4)"][0], "全年执行")
    C.conflict(bal, fund["(5)=(3)-(4)"][0], "结余")
    C.conflict(ex_rate, fund["(7)=(4)/(2)"][0], "执行率")
    C.year(one(t, r"截至(\d{4})年12月31日") == "2021", "截至日期")
    C.year(one(t, r"项目实施计划：(\d{4})年") == "2021", "实施计划")
    C.year(one(t, r"(\d{4})年市财政年初批复") == "2021", "批复年度")
    # indicator table
    ind = []
    for cells in blocks:
        if len(cells) == 9 and re.fullmatch(r"\d+(?:\.\d+)?", cells[3]):
            ind.append(dict(name=cells[2], weight=cells[3], target=cells[4], actual=cells[5],
                            completion=cells[6], score=cells[7]))
    if len(ind) != 9:
        raise ParseError(f"indicator rows {len(ind)}")
    C.indicator_rows(ind, rate_names=("执行率", "合格率", "办结率", "有效率", "满意度"), completion_col=True)
    byname = {r["name"]: r for r in ind}
    C.conflict(pv(byname["预算执行率"]["actual"])[1], ex_rate, "执行率 附件1")
    insp = byname["驾培机构专项检查（次）"]
    q = one(t, r"一至四季度分别开展(\d+)次、(\d+)次、(\d+)次、(\d+)次")
    if pv(insp["actual"])[2] == "次":
        C.total(q, pv(insp["actual"])[1], "季度专项检查")
    n_edu, amt_edu = one(t, rf"实际培训(\d+)人，支出{NUM}万元")
    C.conflict(n_edu, pv(byname["教练员继续教育（人）"]["actual"])[1], "继续教育人数")
    _, cost, cost_unit = pv(byname["教练员继续教育人均成本"]["actual"])
    if cost_unit in ("元", "万元"):
        C.product(n_edu, cost, cost_unit, amt_edu, "继续教育支出")
    ne, npass, pr = one(t, rf"科目二考试(\d+)人次，合格(\d+)人次，合格率{NUM}%")
    C.rate(npass, ne, pr, "科目二合格率")
    C.conflict(pr, pv(byname["科目二考试合格率"]["actual"])[1], "科目二合格率")
    acc, prev_y, acc_prev, acc_dec = one(t, rf"教练车发生道路交通事故(\d+)起，均为对方全部责任，(\d{{4}})年为(\d+)起，同比下降{NUM}%")
    C.year(prev_y == "2020", "上年对比年度")
    C.rate(D(acc_prev) - D(acc), acc_prev, acc_dec, "教练车事故同比下降")
    C.conflict(one(t, rf"计时培训学时有效率{NUM}%，比上年"), pv(byname["计时培训学时有效率"]["actual"])[1], "学时有效率")
    sat = one(t, rf"学员满意度{NUM}%，主要")
    C.conflict(sat, pv(byname["学员满意度"]["actual"])[1], "满意度")
    C.pct_le_100(sat, "满意度")
    goals = one(t, r"专项检查不少于(\d+)次，组织教练员继续教育不少于(\d+)人，科目二考试合格率不低于(\d+)%，计时培训学时有效率不低于(\d+)%，"
                   r"驾培责任交通事故不超过(\d+)起，学员满意度不低于(\d+)%")
    for g, nm in zip(goals, ["驾培机构专项检查（次）", "教练员继续教育（人）", "科目二考试合格率", "计时培训学时有效率",
                             "驾培责任交通事故", "学员满意度"]):
        C.conflict(g, pv(byname[nm]["target"])[1], f"目标值 {nm}")
    C.conflict(one(t, r"人均成本控制在(\d+)元以内"), pv(byname["教练员继续教育人均成本"]["target"])[1], "人均成本目标")
    tot_p, gword = one(t, rf"项目总得分{NUM}分，属于“(..)”")
    C.grade(tot_p, gword, "等级")
    wsum = sum(D(r["weight"]) for r in ind)
    C.add("weight_sum_mismatch", wsum == 100, f"weights {wsum}")
    ssum = sum(D(r["score"]) for r in ind)
    C.add("score_sum_mismatch", close(tot_p, ssum), f"total {tot_p} vs {ssum}")
    return C


# ---------------------------------------------------------------- sc-jiangan-jiaoguanxuanchuan-2023
def check_sc(t):
    C = Checks()
    C.year(one(t, r"^(\d{4})年度江安县", re.M) == "2023", "标题年度")
    C.year(one(t, r"截至(\d{4})年12月31日") == "2023", "截至日期")
    C.year(one(t, r"申报(\d{4})年专项经费") == "2023", "申报年度")
    C.year(one(t, r"\n(\d{4})年度项目支出绩效自评表") == "2023", "自评表年度")
    C.year(one(t, r"共建资金5\.00万元于(\d{4})年") == "2023", "共建资金到账年度")
    decl = one(t, rf"申报\d{{4}}年专项经费{NUM}万元")
    y0, fis0, oth0 = one(t, rf"年初预算{NUM}万元，其中县级财政资金{NUM}万元、保险机构共建资金{NUM}万元")
    C.conflict(decl, y0, "申报数/年初预算")
    C.total([fis0, oth0], y0, "年初构成")
    cut, yr = one(t, rf"调减财政资金{NUM}万元，调整后预算{NUM}万元")
    C.add("sum_mismatch", close(yr, D(y0) - D(cut)), "年初-调减")
    spent, ex_rate, bal = one(t, rf"全年执行{NUM}万元，执行率{NUM}%，结余{NUM}万元")
    C.rate(spent, yr, ex_rate, "执行率")
    C.pct_le_100(ex_rate, "执行率")
    C.add("balance_mismatch", close(bal, D(yr) - D(spent)), "结余 (全部到位)")
    parts = one(t, rf"宣传活动组织{NUM}万元，宣传品制作{NUM}万元，新媒体运营及短视频制作{NUM}万元，农村道路宣传栏和警示标牌{NUM}万元")
    C.total(parts, spent, "支出构成")
    acts, q1, q2, q3, q4 = one(t, r"全年开展宣传活动(\d+)场，一至四季度分别为(\d+)场、(\d+)场、(\d+)场、(\d+)场")
    C.total([q1, q2, q3, q4], acts, "季度活动场次")
    approx_cost = one(t, r"单场活动成本约(\d+)元")
    c = D(parts[0]) * 10000 / D(acts)
    C.add("average_mismatch", abs(c - D(approx_cost)) <= D(approx_cost) * D("0.01"), "单场成本（约数）")
    msgs = one(t, r"发布提示信息(\d+)条")
    e1, e2, e3, e4, etot, eavg = one(t, rf"参训人数分别为(\d+)、(\d+)、(\d+)、(\d+)人次，共(\d+)人次，平均每期{NUM}人次")
    C.total([e1, e2, e3, e4], etot, "集中教育人次")
    C.add("average_mismatch", close(eavg, sum(D(x) for x in (e1, e2, e3, e4)) / 4), "平均每期")
    nv, nv_cov, cov = one(t, rf"全县(\d+)个行政村中，(\d+)个开展了进村宣传，覆盖率{NUM}%")
    C.rate(nv_cov, nv, cov, "行政村覆盖率")
    C.pct_le_100(cov, "覆盖率")
    dth, prev_y, dth_prev, dth_dec = one(t, rf"交通事故死亡(\d+)人，比(\d{{4}})年的(\d+)人下降{NUM}%")
    C.year(prev_y == "2022", "上年对比年度")
    C.rate(D(dth_prev) - D(dth), dth_prev, dth_dec, "死亡人数下降率")
    know = one(t, rf"知识知晓率{NUM}%，低于目标")
    C.pct_le_100(know, "知晓率")
    sat = one(t, rf"群众满意度{NUM}%，群众")
    C.pct_le_100(sat, "满意度")
    tot_p, gword = one(t, rf"综合自评得分{NUM}分，总体评价为(..)")
    C.grade(tot_p, gword, "总体评价")
    # table
    ty0, tyr, tsp, trate, wex, sex = one(t, rf"资金总额\t{NUM}\t{NUM}\t{NUM}\t{NUM}%\t(\d+)\t{NUM}")
    srcs = [one(t, rf"{nm}\t{NUM}\t{NUM}\t{NUM}\t—") for nm in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for i, tot in enumerate((ty0, tyr, tsp)):
        C.total([r[i] for r in srcs], tot, f"资金来源 第{i + 1}列")
    C.add("sum_mismatch", close(srcs[0][1], D(srcs[0][0]) - D(cut)), "财政资金 年初-调减")
    C.conflict(ty0, y0, "年初预算")
    C.conflict(tyr, yr, "调整后预算")
    C.conflict(tsp, spent, "执行数")
    C.conflict(srcs[0][0], fis0, "财政资金年初")
    C.conflict(srcs[3][0], oth0, "其他资金年初")
    C.rate(tsp, tyr, trate, "自评表执行率")
    C.pct_le_100(trate, "自评表执行率")
    C.conflict(trate, ex_rate, "执行率 text/table")
    C.add("score_exceeds_weight", D(0) <= D(sex) <= D(wex), "执行率得分")
    ind = []
    for line in t.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 9 and cells[3] in ("≥", "≤", "="):
            ind.append(dict(name=cells[2], target=cells[3] + cells[4] + cells[5], actual=cells[6] + cells[5],
                            weight=cells[7], score=cells[8]))
    if len(ind) != 10:
        raise ParseError(f"indicator rows {len(ind)}")
    C.indicator_rows(ind, rate_names=("覆盖率", "及时率", "知晓率", "满意度"))
    byname = {r["name"]: r for r in ind}
    C.conflict(pv(byname["开展交通安全宣传活动"]["actual"])[1], acts, "宣传活动场次")
    C.conflict(pv(byname["发布交通安全提示信息"]["actual"])[1], msgs, "提示信息条数")
    C.conflict(pv(byname["“两客一危一货”驾驶人集中教育"]["actual"])[1], etot, "集中教育人次")
    C.conflict(pv(byname["行政村宣传覆盖率"]["actual"])[1], cov, "覆盖率")
    C.conflict(pv(byname["单场宣传活动平均成本"]["actual"])[1], approx_cost, "单场成本")
    C.conflict(pv(byname["交通事故死亡人数同比下降率"]["actual"])[1], dth_dec, "死亡人数下降率")
    C.conflict(pv(byname["中小学生交通安全知识知晓率"]["actual"])[1], know, "知晓率")
    C.conflict(pv(byname["群众满意度"]["actual"])[1], sat, "满意度")
    goals = one(t, r"全年开展宣传活动不少于(\d+)场，发布交通安全提示信息不少于(\d+)条，重点驾驶人集中教育不少于(\d+)人次，行政村宣传覆盖率不低于(\d+)%，"
                   r"较大及以上道路交通事故为零，交通事故死亡人数同比下降(\d+)%以上，中小学生交通安全知识知晓率不低于(\d+)%，群众满意度不低于(\d+)%")
    for g, nm in zip(goals, ["开展交通安全宣传活动", "发布交通安全提示信息", "“两客一危一货”驾驶人集中教育", "行政村宣传覆盖率",
                             "交通事故死亡人数同比下降率", "中小学生交通安全知识知晓率", "群众满意度"]):
        C.conflict(g, pv(byname[nm]["target"])[1], f"目标值 {nm}")
    wsum = D(wex) + sum(D(r["weight"]) for r in ind)
    C.add("weight_sum_mismatch", wsum == 100, f"weights {wsum}")
    ssum = D(sex) + sum(D(r["score"]) for r in ind)
    C.add("score_sum_mismatch", close(tot_p, ssum), f"total {tot_p} vs {ssum}")
    return C


# ---------------------------------------------------------------- hn-youxian-yunshufuwu-bumen-2024
FUND_ROWS = ["合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "其中：驾培监管及计时平台运维",
             "道路运输安全生产及交通安全宣传", "农村客运班线补贴"]


def check_hn(t):
    C = Checks()
    C.year(one(t, r"^攸县道路运输服务中心\n(\d{4})年度", re.M) == "2024", "标题年度")
    C.year(one(t, r"截至(\d{4})年12月31日") == "2024", "截至日期")
    C.year(one(t, r"\n(\d{4})年度部门整体支出预算执行情况表") == "2024", "附表1年度")
    C.year(one(t, r"\n(\d{4})年度部门整体支出绩效自评表") == "2024", "附表2年度")
    fr = {}
    for nm in FUND_ROWS:
        fr[nm] = one(t, rf"^{re.escape(nm)} \d {NUM} {NUM} {NUM} {NUM}%$", re.M)
    for i in range(3):
        col = {k: D(v[i]) for k, v in fr.items()}
        C.add("sum_mismatch", col["合计"] == col["一、基本支出"] + col["二、项目支出"], f"合计 col {i}")
        C.add("sum_mismatch", col["一、基本支出"] == col["其中：人员经费"] + col["公用经费"], f"基本 col {i}")
        C.add("sum_mismatch", col["二、项目支出"] == col["其中：驾培监管及计时平台运维"]
              + col["道路运输安全生产及交通安全宣传"] + col["农村客运班线补贴"], f"项目 col {i}")
    for nm, (a, b, c, r) in fr.items():
        C.rate(c, b, r, f"附表1 {nm}")
        C.pct_le_100(r, f"附表1 {nm}")
    yy, y0, basic0, proj0 = one(t, rf"(\d{{4}})年年初预算{NUM}万元，其中基本支出{NUM}万元、项目支出{NUM}万元")
    C.year(yy == "2024", "预算年度")
    C.total([basic0, proj0], y0, "年初构成")
    C.conflict(y0, fr["合计"][0], "年初预算")
    C.conflict(basic0, fr["一、基本支出"][0], "基本支出年初")
    C.conflict(proj0, fr["二、项目支出"][0], "项目支出年初")
    add, a1, a2, a3, ay, am, yr = one(
        t, rf"追加项目经费{NUM}万元，其中驾培计时平台升级{NUM}万元、国庆前后交通安全宣传{NUM}万元、农村客运班线补贴{NUM}万元，追加资金于(\d{{4}})年(\d+)月下达，全年预算{NUM}万元")
    C.total([a1, a2, a3], add, "追加构成")
    C.total([y0, add], yr, "年初+追加")
    C.year(ay == "2024" or (ay == "2023" and am == "12"), "追加下达时间")
    for nm, ad in (("其中：驾培监管及计时平台运维", a1), ("道路运输安全生产及交通安全宣传", a2), ("农村客运班线补贴", a3)):
        C.total([fr[nm][0], ad], fr[nm][1], f"{nm} 年初+追加")
    C.conflict(yr, fr["合计"][1], "全年预算")
    spent, ex_rate = one(t, rf"全部到位，全年支出{NUM}万元，执行率{NUM}%")
    C.rate(spent, yr, ex_rate, "执行率")
    C.conflict(spent, fr["合计"][2], "全年执行")
    C.conflict(ex_rate, fr["合计"][3], "执行率")
    bsp, pers, pub, brate = one(t, rf"基本支出。全年支出{NUM}万元，其中人员经费{NUM}万元、公用经费{NUM}万元，执行率{NUM}%")
    C.total([pers, pub], bsp, "基本支出构成")
    C.rate(bsp, fr["一、基本支出"][1], brate, "基本支出执行率")
    C.conflict(bsp, fr["一、基本支出"][2], "基本支出执行")
    C.conflict(pers, fr["其中：人员经费"][2], "人员经费")
    C.conflict(pub, fr["公用经费"][2], "公用经费")
    sg, sg_y, sg_prev = one(t, rf"“三公”经费{NUM}万元，比(\d{{4}})年的{NUM}万元有所下降")
    C.year(sg_y == "2023", "三公对比年度")
    psp, pbal, carry, carry_y, rest = one(
        t, rf"项目支出。全年支出{NUM}万元，项目支出结余{NUM}万元，其中农村客运补贴{NUM}万元因[^。]*?已结转至(\d{{4}})年，其余{NUM}万元由县财政收回")
    C.conflict(psp, fr["二、项目支出"][2], "项目支出执行")
    C.add("balance_mismatch", close(pbal, D(fr["二、项目支出"][1]) - D(psp)), "项目支出结余")
    C.add("balance_mismatch", close(pbal, D(carry) + D(rest)), "结余 = 结转 + 收回")
    C.add("balance_mismatch", close(carry, D(fr["农村客运班线补贴"][1]) - D(fr["农村客运班线补贴"][2])), "客运补贴结转")
    C.year(int(carry_y) > 2024, "结转年度")
    per, nveh, sub, bonus = one(t, rf"按每车每年(\d+)元标准对(\d+)辆客车发放{NUM}万元，另支付线路运营考核奖励{NUM}万元")
    C.product(nveh, per, "元", sub, "客运补贴")
    C.total([sub, bonus], fr["农村客运班线补贴"][2], "客运补贴支出")
    C.conflict(one(t, r"全年补贴客运车辆(\d+)辆"), nveh, "补贴车辆数")
    _, insp = one(t, r"全年对(\d+)家驾培机构开展监督检查(\d+)家次")
    ne, npass, pr = one(t, rf"科目三考试(\d+)人次，合格(\d+)人次，合格率{NUM}%")
    C.rate(npass, ne, pr, "科目三合格率")
    C.pct_le_100(pr, "合格率")
    ent, ent_target = one(t, r"全年检查道路运输企业(\d+)家次，未达到(\d+)家次的目标")
    dth, dy, dprev, ddec = one(t, rf"营运车辆责任事故死亡(\d+)人，(\d{{4}})年为(\d+)人，同比下降{NUM}%")
    C.year(dy == "2023", "死亡人数对比年度")
    C.rate(D(dprev) - D(dth), dprev, ddec, "死亡人数下降")
    nvil, nbus, brt, nstop = one(t, rf"全县(\d+)个建制村中(\d+)个通客车，通客车率{NUM}%，(\d+)个村")
    C.rate(nbus, nvil, brt, "通客车率")
    C.add("sum_mismatch", D(nvil) - D(nbus) == D(nstop), "未通客车村数")
    p1, p2, p3, pavg = one(t, rf"驾培监管及计时平台运维项目{NUM}分，道路运输安全生产及交通安全宣传项目{NUM}分，农村客运班线补贴项目{NUM}分，平均{NUM}分")
    C.add("average_mismatch", close(pavg, (D(p1) + D(p2) + D(p3)) / 3), "项目平均分")
    sat = one(t, rf"服务对象满意度{NUM}%，意见")
    C.pct_le_100(sat, "满意度")
    tot_p, gword = one(t, rf"部门整体支出绩效自评得分{NUM}分，等级为“(.)”")
    C.grade(tot_p, gword, "等级")
    # 附表2
    lines = t.split("\n")
    if "附表2" not in lines:
        raise ParseError("附表2")
    start = lines.index("附表2")
    names = ["部门预算执行率", "驾培机构监督检查", "道路运输企业安全检查", "驾培学员科目三考试合格率", "农村客运补贴发放及时率",
             "“三公”经费支出", "道路运输行业较大以上安全事故", "营运车辆责任事故死亡人数同比下降", "建制村通客车率", "服务对象满意度"]
    ind = []
    for nm in names:
        idx = [i for i in range(start, len(lines)) if lines[i].strip() == nm]
        if not idx:
            raise ParseError(nm)
        tg, ac, w, s = next_nonempty(lines, idx[-1], 4)
        ind.append(dict(name=nm, target=tg, actual=ac, weight=w, score=s))
    C.indicator_rows(ind, rate_names=("执行率", "合格率", "及时率", "通客车率", "满意度"))
    byname = {r["name"]: r for r in ind}
    C.conflict(pv(byname["部门预算执行率"]["actual"])[1], ex_rate, "执行率")
    C.conflict(pv(byname["驾培机构监督检查"]["actual"])[1], insp, "驾培监督检查")
    C.conflict(pv(byname["道路运输企业安全检查"]["actual"])[1], ent, "企业安全检查")
    C.conflict(pv(byname["道路运输企业安全检查"]["target"])[1], ent_target, "企业安全检查目标")
    C.conflict(pv(byname["驾培学员科目三考试合格率"]["actual"])[1], pr, "合格率")
    C.conflict(pv(byname["“三公”经费支出"]["actual"])[1], sg, "三公经费")
    C.conflict(pv(byname["营运车辆责任事故死亡人数同比下降"]["actual"])[1], ddec, "死亡人数下降")
    C.conflict(pv(byname["建制村通客车率"]["actual"])[1], brt, "通客车率")
    C.conflict(pv(byname["服务对象满意度"]["actual"])[1], sat, "满意度")
    hj = [i for i in range(start, len(lines)) if lines[i].strip() == "合计"]
    wt, st = next_nonempty(lines, hj[-1], 2)
    wsum = sum(D(r["weight"]) for r in ind)
    C.add("weight_sum_mismatch", wsum == 100 and D(wt) == 100, f"weights {wsum}")
    ssum = sum(D(r["score"]) for r in ind)
    C.add("score_sum_mismatch", close(st, ssum), f"table total {st} vs {ssum}")
    C.add("score_sum_mismatch", close(tot_p, ssum), f"text total {tot_p} vs {ssum}")
    C.conflict(tot_p, st, "总分 text/table")
    return C


CHECKERS = {
    "fj-wuping-jiapeijianguan-2018": check_fj,
    "hb-jingshan-quandaozhan-2020": check_hb,
    "sx-xiaoyi-jiapeizhiliang-2021": check_sx,
    "sc-jiangan-jiaoguanxuanchuan-2023": check_sc,
    "hn-youxian-yunshufuwu-bumen-2024": check_hn,
}


# ---------------------------------------------------------------- structural checks
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def count_fig(text, fig):
    if re.fullmatch(r"\d+(?:\.\d+)?(?:%|[^\d\s.]+)?", fig):
        return len(re.findall(r"(?<![\d.])" + re.escape(fig) + r"(?!\d)", text))
    return text.count(fig)


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build  # noqa: E402  (edit list: fig of every edit)

    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    figs = {f"{e[0]}-e{e[1]}.txt": e[7] for e in build.EDITS}
    code_count = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    for e in build.EDITS:
        where[e[3]] += 1
    cleans = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        if lab["clean"]:
            cleans[lab["source"]] = text
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{lab['case']}: length {len(text)} outside 2800-3400")
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        try:
            checks = CHECKERS[src](text).items
        except ParseError as ex:
            problems.append(f"{lab['case']}: parse error {ex}")
            continue
        failed = sorted({c for c, ok, _ in checks if not ok})
        if lab["clean"]:
            for c, ok, d in checks:
                if not ok:
                    problems.append(f"{lab['case']}: clean draft fails {c}: {d}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity")
        code_count[code] = code_count.get(code, 0) + 1
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times")
        clean = cleans[src]
        p, q = diff_region(clean, text)
        i = text.find(value)
        if not (i < max(q, p + 1) and i + len(value) > p):
            problems.append(f"{lab['case']}: change [{p},{q}) does not overlap the value at {i}")
        if len(clean) - (len(text) - (q - p)) < 0:
            problems.append(f"{lab['case']}: bad diff")
        k = count_fig(clean, figs[lab["case"]])
        if code == "conflicting_values":
            if k < 2:
                problems.append(f"{lab['case']}: conflicting figure should occur twice in the clean draft")
        elif k != 1:
            problems.append(f"{lab['case']}: changed figure {figs[lab['case']]!r} occurs {k} times in the clean draft")
        if code not in failed:
            problems.append(f"{lab['case']}: labelled {code} but no such check fails")
        others = [c for c in failed if c != code]
        if others:
            det = [d for c, ok, d in checks if not ok and c != code]
            problems.append(f"{lab['case']}: other codes fail too: {others} {det}")
    for c in CODES:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print(f"where: prose={where['prose']} table={where['table']}")
    for s, t in cleans.items():
        try:
            print(f"{s}: {len(t)} chars, {len(CHECKERS[s](t).items)} checks")
        except ParseError as ex:
            print(f"{s}: {len(t)} chars, parse error {ex}")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
