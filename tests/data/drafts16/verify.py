#!/usr/bin/env python3
"""Check the set: labels, edit sizes, and the arithmetic of every clean draft.

    python3 verify.py        -> prints OK (exit 0) or the list of problems (exit 1)

1. labels.jsonl: every case exists; codes are section-A codes of errors.md; each `value` occurs exactly
   once in its case and never in the clean draft; each code is used at least twice, in different projects.
2. edits: each error case differs from its clean draft in exactly one line, the changed part <= 16
   characters on both sides; score-row errors (rows2 in build.py) may change two lines in two adjacent
   table rows.
3. arithmetic of each clean draft, re-read from the text itself: rates, balances, sums, weights to 100,
   scores to the total, each row's score under rules.md section 5, completion rates, grade band.
   (rules.md section 8 tolerance: a stated value with d decimals matches within 0.5 x 10^-d.)
   The same checks are then run on each error case for information only (how many trip).
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list: rows2 flags)

CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}
SCORE_CODES = {"score_sum_mismatch", "score_exceeds_weight", "weight_sum_mismatch"}


# ---------------------------------------------------------------- helpers
class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.fails, self.n = name, text, [], 0

    def ok(self, cond, what):
        self.n += 1
        if not cond:
            self.fails.append(what)
        return cond

    def one(self, pattern, flags=0):
        """Groups of the single match of pattern; a failure if it matches 0 or 2+ times."""
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != 1:
            self.fails.append(f"pattern matched {len(ms)} times: {pattern}")
            raise LookupError(pattern)
        return ms[0].groups()

    def has(self, s):
        return self.ok(s in self.text, f"missing text: {s!r}")

    def close(self, stated, computed, what):
        """stated: string as written; computed: Decimal; rules.md section 8 tolerance."""
        v = D(stated)
        d = len(stated.split(".")[1]) if "." in stated else 0
        tol = D(5) / (D(10) ** (d + 1)) + D("1e-9")
        return self.ok(abs(computed - v) <= tol, f"{what}: stated {stated}, computed {computed.normalize()}")

    def eq(self, a, b, what):
        return self.ok(D(a) == D(b), f"{what}: {a} != {b}")

    def rate(self, num, den, stated, what):
        return self.close(stated, D(num) / D(den) * 100, what)

    def total(self, parts, stated, what):
        return self.close(stated, sum(D(p) for p in parts), what)


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_row(c, name, direction, target, actual, weight, score):
    """rules.md section 5 for one indicator row. target/actual: strings (numbers) or None (qualitative)."""
    w, s = D(weight), D(score)
    c.ok(D(0) <= s <= w, f"{name}: score {score} outside [0, {weight}]")
    if direction == "qual":
        band = actual  # 'full' or 'partly'
        if band == "partly":
            c.ok(D("0.6") * w <= s < D("0.8") * w, f"{name}: partly achieved but score {score}")
        else:
            c.ok(D("0.8") * w <= s <= w, f"{name}: achieved but score {score}")
        return
    T, A = D(target), D(actual)
    if direction == "gte" or (direction == "eq" and T > 0):
        exp = w if A >= T else w * max(A, D(0)) / T
    elif direction == "lte":
        exp = w if A <= T else w * T / A
    elif direction == "eq":
        exp = w if A <= 0 else D(0)
    else:
        raise ValueError(direction)
    c.close(score, r2(exp), f"{name}: score under rule {direction}")


def parse_target(s):
    """'≥11个' -> ('gte', '11'); '≤2.70万元/个' -> ('lte', '2.70'); '=92人' or '100%' -> ('eq', ...)."""
    s = s.strip()
    m = re.match(r"^(≥|≤|=|＝)?\s*(\d+(?:\.\d+)?)", s)
    if not m:
        return None, None
    sign = {"≥": "gte", "≤": "lte", "=": "eq", "＝": "eq", None: "eq"}[m.group(1)]
    return sign, m.group(2)


def first_num(s):
    m = re.match(r"^\s*(\d+(?:\.\d+)?)", s)
    return m.group(1) if m else None


# ---------------------------------------------------------------- per project
def check_eryuan(c):
    t = c.text
    y0, county, prov = c.one(r"年初预算(\d+\.\d+)万元，其中县本级财政安排(\d+\.\d+)万元，云南省财政厅于2018年12月提前下达的省级防震减灾补助资金(\d+\.\d+)万元")
    c.total([county, prov], y0, "年初 = 县本级 + 省级")
    add, = c.one(r"追加州级群测群防工作补助(\d+\.\d+)万元")
    cut, = c.one(r"调减县本级经费(\d+\.\d+)万元")
    carry, = c.one(r"尾款(\d+\.\d+)万元纳入当年预算")
    annual, fiscal, carry2 = c.one(r"调整后全年预算(\d+\.\d+)万元，其中当年财政拨款(\d+\.\d+)万元、上年结转资金(\d+\.\d+)万元")
    c.close(annual, D(y0) + D(add) - D(cut) + D(carry), "全年 = 年初 + 追加 - 调减 + 结转")
    c.close(fiscal, D(y0) + D(add) - D(cut), "当年财政拨款")
    c.total([fiscal, carry2], annual, "全年 = 拨款 + 结转")
    c.eq(carry, carry2, "上年结转 stated twice")
    spent, rate = c.one(r"项目全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(spent, annual, rate, "执行率")
    sp_f, sp_c = c.one(r"其中当年财政拨款执行(\d+\.\d+)万元，上年结转资金执行(\d+\.\d+)万元")
    c.total([sp_f, sp_c], spent, "执行 = 拨款执行 + 结转执行")
    # sub-projects
    subs = re.findall(r"预算(\d+\.\d+)万元(?:（含上年结转\d+\.\d+万元）)?，(?:支出|按92名群测群防员每人每年2000元标准全额发放)(\d+\.\d+)万元，执行率(\d+(?:\.\d+)?)%", t)
    c.ok(len(subs) == 5, f"5 sub-projects expected, found {len(subs)}")
    c.total([b for b, _, _ in subs], annual, "sub-project budgets = 全年")
    for b, s, r in subs:
        c.rate(s, b, r, f"sub-project {b} execution rate")
    tot, = c.one(r"以上五项合计支出(\d+\.\d+)万元")
    c.total([s for _, s, _ in subs], tot, "sub-project spending sum")
    c.eq(tot, spent, "合计 = 全年执行")
    c.close("18.40", D(92) * 2000 / 10000, "92 x 2000元")
    unspent, kf, back = c.one(r"全年未执行资金(\d+\.\d+)万元，其中(\d+\.\d+)万元为.*?结转至2020年支付；(\d+\.\d+)万元")
    c.close(unspent, D(annual) - D(spent), "未执行 = 全年 - 执行")
    c.total([kf, back], unspent, "结转 + 收回")
    c.close(kf, D("10.60") - D("7.50"), "二期 合同 - 已付")
    c.total(["4.30", "10.60"], "14.90", "避雷改造 budget = 结转 + 二期合同")
    c.total(["4.30", "7.50"], "11.80", "避雷改造 spending")
    per, = c.one(r"11个台站点年均运维成本(\d+\.\d+)万元/个")
    c.close(per, D("27.95") / 11, "per-station cost")
    c.has("平均运维成本2.54万元")
    done, tgt, compl = c.one(r"全年开展防震减灾科普宣传活动(\d+)场，较上年的20场增加1场，但未达到年度目标(\d+)场，完成年度目标的(\d+\.\d+)%")
    c.rate(done, tgt, compl, "科普 completion")
    c.eq(D(done) - 20, 1, "较上年增加1场")
    times = c.one(r"用时分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分钟，平均用时(\d+)分钟")
    c.close(times[-1], sum(D(x) for x in times[:-1]) / 7, "平均速报用时")
    a, b, k, _ = c.one(r"问卷(\d+)份，答对率达标的(\d+)份，公众防震减灾知识知晓率(\d+)%，为目标值的(\d+\.\d+)%")
    c.rate(b, a, k, "知晓率")
    pct_of_target, = c.one(r"为目标值的(\d+\.\d+)%")
    c.rate(k, 85, pct_of_target, "知晓率 / 目标")
    n, m, sat = c.one(r"发放问卷(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    c.rate(m, n, sat, "满意度")
    # table: funds block
    fr = {}
    for line in t.splitlines():
        f = line.split("\t")
        if len(f) == 8 and f[0] == "" and re.match(r"\d", f[2]):
            fr[f[1]] = f[2:]
    c.ok(len(fr) == 4, "4 funds rows")
    tot_row = fr["年度资金总额"]
    for col in range(3):
        parts = [fr[k][col] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        c.total(parts, tot_row[col], f"funds column {col}: total = components")
    c.eq(tot_row[0], y0, "table 年初"); c.eq(tot_row[1], annual, "table 全年"); c.eq(tot_row[2], spent, "table 执行")
    for k, row in fr.items():
        if row[4] != "—":
            c.rate(row[2], row[1], row[4].rstrip("%"), f"table rate {k}")
    escore = tot_row[5]
    c.close(escore, r2(D(10) * D(spent) / D(annual)), "execution score 10 x rate")
    # indicator rows
    rows, w_sum, s_sum = [], D(tot_row[3]), D(escore)
    for line in t.splitlines():
        f = line.split("\t")
        if len(f) == 9 and f[0] == "" and re.match(r"^\d+(\.\d+)?$", f[6] or "x"):
            rows.append(f)
    c.ok(len(rows) == 12, f"12 indicator rows, found {len(rows)}")
    for f in rows:
        name, tgt, act, w, s = f[3], f[4], f[5], f[6], f[7]
        w_sum += D(w); s_sum += D(s)
        sign, tv = parse_target(tgt)
        av = first_num(act)
        if sign and av:
            check_row(c, name, sign, tv, av, w, s)
        else:
            check_row(c, name, "qual", None, "full", w, s)
    wt, st = c.one(r"总分\t+(\d+)\t(\d+\.\d+)")
    c.eq(w_sum, wt, "weights sum to 总分"); c.eq(wt, 100, "总分 = 100")
    c.close(st, s_sum, "row scores sum to total")
    g, = c.one(r"评价等级：(\S)")
    c.ok(grade(st) == g, f"grade {g} for {st}")
    lv = c.one(r"预算执行得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+\.\d+)分，满意度指标得分(\d+)分，自评总分(\d+\.\d+)分，评价等级为“(\S)”")
    c.total(lv[:4], lv[4], "first-level scores sum"); c.eq(lv[4], st, "text total = table total"); c.ok(lv[5] == g, "grade text = table")
    c.eq(lv[0], escore, "text execution score = table")
    c.total([f[7] for f in rows[:8]], lv[1], "产出 rows = 产出 score")
    c.total([f[7] for f in rows[8:11]], lv[2], "效益 rows = 效益 score")


def check_congjiang(c):
    t = c.text
    subs = re.findall(r"预算(\d+\.\d+)万元[；。]", t)
    c.ok(len(subs) == 4, f"4 sub-project budgets, found {len(subs)}")
    tot, = c.one(r"以上四项合计(\d+\.\d+)万元")
    c.total(subs, tot, "sub-project budgets")
    c.close("76.00", D(19) * 4, "19 x 4.00"); c.close("220.00", D(200) * D("1.10"), "200 x 1.10")
    c.close("1.10", 4 * D("0.20") + D("0.30"), "per-village standard")
    cen, cty, y0 = c.one(r"补助资金（应急广播）(\d+\.\d+)万元.*?县级配套资金(\d+\.\d+)万元一并列入年初预算，年初预算合计(\d+\.\d+)万元")
    c.total([cen, cty], y0, "年初")
    prov, = c.one(r"追加省级应急广播建设补助(\d+\.\d+)万元")
    cut, = c.one(r"调减县级配套资金(\d+\.\d+)万元")
    annual, a_c, a_p, a_y = c.one(r"调整后全年预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元")
    c.close(annual, D(y0) + D(prov) - D(cut), "全年 = 年初 + 追加 - 调减")
    c.total([a_c, a_p, a_y], annual, "全年 = sources")
    c.close(a_y, D(cty) - D(cut), "县级 after 调减")
    c.eq(tot, annual, "sub-projects = 全年")
    spent, rate = c.one(r"项目支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(spent, annual, rate, "执行率")
    rows = re.findall(r"^\| (中央资金|省级资金|县级资金|其他资金|合计) \| (\d+\.\d+) \| (\d+\.\d+) \| (\S+) \|$", t, re.M)
    c.ok(len(rows) == 5, "5 source rows")
    d = {r[0]: r[1:] for r in rows}
    c.total([d[k][0] for k in ("中央资金", "省级资金", "县级资金", "其他资金")], d["合计"][0], "到位 sum")
    c.total([d[k][1] for k in ("中央资金", "省级资金", "县级资金", "其他资金")], d["合计"][1], "支出 sum")
    for k, (rec, sp, r) in d.items():
        if D(rec) == 0:
            c.ok(r == "—", f"{k}: zero base rate must be —")
        else:
            c.rate(sp, rec, r.rstrip("%"), f"{k} 支出率")
    c.eq(d["合计"][0], annual, "到位 = 全年 (到位率100%)"); c.eq(d["合计"][1], spent, "支出 total")
    c.eq(d["中央资金"][0], a_c, "中央"); c.eq(d["省级资金"][0], a_p, "省级"); c.eq(d["县级资金"][0], a_y, "县级")
    s1, s2, nv, s3, s4, r4 = c.one(r"县级平台升级支出(\d+\.\d+)万元，乡镇前端建设支出(\d+\.\d+)万元，均已全部完成；行政村终端建设完成(\d+)个村，支出(\d+\.\d+)万元；运维培训及验收支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.total([s1, s2, s3, s4], spent, "sub-project spending = 支出")
    c.close(s3, D(nv) * D("1.10"), "villages x 1.10")
    c.rate(s4, "21.00", r4, "运维培训 rate")
    un, kf, nk, back = c.one(r"全年未支出资金(\d+\.\d+)万元，均为县级资金。其中(\d+\.\d+)万元为(\d+)个行政村.*?；(\d+\.\d+)万元为运维培训")
    c.close(un, D(annual) - D(spent), "未支出"); c.total([kf, back], un, "结转 + 收回")
    c.close(un, D(d["县级资金"][0]) - D(d["县级资金"][1]), "未支出 = 县级 unspent")
    c.close(kf, D(nk) * D("1.10"), "结转 villages"); c.close(back, D("21.00") - D(s4), "收回 = 运维 unspent")
    c.eq(D(nv) + D(nk), 200, "built + carried villages = 200")
    spk, cov = c.one(r"共安装音柱(\d+)只，应急广播行政村覆盖率(\d+\.\d+)%")
    c.eq(spk, D(nv) * 4, "4 speakers per village"); c.rate(nv, 200, cov, "覆盖率")
    ins, onl, orate = c.one(r"已安装的(\d+)只音柱中，12月份系统巡检在线(\d+)只，终端在线率(\d+\.\d+)%")
    c.rate(onl, ins, orate, "在线率")
    x = c.one(r"终端在线率分别为(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%，平均为(\d+\.\d+)%")
    c.close(x[3], sum(D(v) for v in x[:3]) / 3, "3-town average")
    msg, over = c.one(r"政策宣传信息(\d+)条次，超过年度目标(\d+\.\d+)%")
    c.close(over, (D(msg) - 1200) / 1200 * 100, "over target %")
    n, m, sat = c.one(r"抽样调查村民(\d+)人，满意(\d+)人，满意度(\d+\.\d+)%")
    c.rate(m, n, sat, "满意度")
    # tables
    er = c.one(r"^\| 预算执行率 \| (\d+) \| (\d+\.\d+) \| (\d+\.\d+) \| (\d+\.\d+)% \| (\d+\.\d+) \|$", re.M)
    c.rate(er[2], er[1], er[3], "table 执行率"); c.close(er[4], r2(D(er[0]) * D(er[2]) / D(er[1])), "execution score")
    w_all, s_all = D(er[0]), D(er[4])
    level_scores = []
    for block in re.split(r"\n表\d ", t)[2:]:
        rows = re.findall(r"^\| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| (\d+(?:\.\d+)?) \| (\d+(?:\.\d+)?) \|$", block, re.M)
        sub = re.findall(r"^\| 小计 \| \| \| \| (\d+) \| (\d+(?:\.\d+)?) \|$", block, re.M)
        c.ok(len(sub) == 1, "one 小计 per table")
        if not sub:
            continue
        c.total([r[4] for r in rows], sub[0][0], "weights = 小计")
        c.total([r[5] for r in rows], sub[0][1], "scores = 小计")
        w_all += D(sub[0][0]); s_all += D(sub[0][1]); level_scores.append(sub[0][1])
        for r in rows:
            sign, tv = parse_target(r[2])
            av = first_num(r[3])
            if sign and av and "年" not in r[2]:
                check_row(c, r[1], sign, tv, av, r[4], r[5])
            else:
                check_row(c, r[1], "qual", None, "full", r[4], r[5])
    c.ok(len(level_scores) == 3, "three level tables")
    wt, st = c.one(r"合计：分值(\d+)分，自评得分(\d+\.\d+)分")
    c.eq(w_all, wt, "weights = 100"); c.eq(wt, 100, "分值 100"); c.close(st, s_all, "scores = total")
    lv = c.one(r"预算执行率指标得(\d+\.\d+)分，产出指标得(\d+\.\d+)分，效益指标得(\d+)分，满意度指标得(\d+)分，总得分(\d+\.\d+)分，评价等级为“(\S)”")
    c.total(lv[:4], lv[4], "text level scores"); c.eq(lv[4], st, "text total")
    c.ok(grade(st) == lv[5], f"grade {lv[5]} for {st}")
    c.eq(lv[1], level_scores[0], "产出"); c.eq(lv[2], level_scores[1], "效益"); c.eq(lv[3], level_scores[2], "满意度")


def check_taihu(c):
    t = c.text
    cen, prov, y0c = c.one(r"其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元（皖财教〔2022〕1187号），县级配套安排(\d+\.\d+)万元")
    y0, = c.one(r"年初预算合计(\d+\.\d+)万元")
    c.total([cen, prov, y0c], y0, "年初")
    add_c, = c.one(r"追加中央第二批资金(\d+\.\d+)万元")
    add_p, = c.one(r"追加省级清算资金(\d+\.\d+)万元")
    cut, = c.one(r"调减县级资金(\d+\.\d+)万元")
    carry, = c.one(r"2022年结转的风险补偿金(\d+\.\d+)万元")
    annual, a_c, a_p, a_y, a_k = c.one(r"全年预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元、上年结转资金(\d+\.\d+)万元")
    c.close(annual, D(y0) + D(add_c) + D(add_p) - D(cut) + D(carry), "全年 = 年初 + adjustments + 结转")
    c.total([a_c, a_p, a_y, a_k], annual, "全年 = sources")
    c.total([cen, add_c], a_c, "中央"); c.total([prov, add_p], a_p, "省级"); c.close(a_y, D(y0c) - D(cut), "县级"); c.eq(a_k, carry, "结转")
    spent, rate = c.one(r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(spent, annual, rate, "执行率")
    paid, persons, last = c.one(r"共发放各类学生资助资金(\d+\.\d+)万元，资助学生(\d+)人次，较上年的(\d+)人次增加")
    c.eq(paid, spent, "overview paid = 支出")
    inc, = c.one(r"人次增加(\d+)人次")
    c.eq(D(persons) - D(last), inc, "increase on last year")
    rows = re.findall(r"^([^｜\n]+)｜(\d+\.\d+)｜(\d+\.\d+)｜(\d+(?:\.\d+)?)%｜(\d+|—)人?(?:次)?$", t, re.M)
    c.ok(len(rows) == 7, f"7 funds table rows, found {len(rows)}")
    body, tot = rows[:-1], rows[-1]
    c.total([r[1] for r in body], tot[1], "table budgets"); c.total([r[2] for r in body], tot[2], "table spending")
    c.total([r[4] for r in body if r[4] != "—"], tot[4], "table persons")
    c.eq(tot[1], annual, "table total = 全年"); c.eq(tot[2], spent, "table spending = 支出"); c.eq(tot[4], persons, "persons")
    for r in rows:
        c.rate(r[2], r[1], r[3], f"{r[0]} rate")
    std = {"学前教育幼儿资助": 1000, "义务教育寄宿生生活补助（小学）": 1000, "义务教育寄宿生生活补助（初中）": 1250,
           "普通高中国家助学金": 2000, "中职国家助学金": 2000}
    byname = {r[0]: r for r in rows}
    for k, v in std.items():
        c.close(byname[k][2], D(byname[k][4]) * v / 10000, f"{k}: persons x standard")
    b, s, bal = c.one(r"学前教育幼儿资助预算(\d+\.\d+)万元，实际发放(\d+\.\d+)万元，结余(\d+\.\d+)万元，主要是(\d+)名")[0:3]
    kids, = c.one(r"结余\d+\.\d+万元，主要是(\d+)名")
    c.close(bal, D(b) - D(s), "学前 结余"); c.close(bal, D(kids) * 1000 / 10000, "kids x 1000元")
    c.eq(D(1280) - D(byname["学前教育幼儿资助"][4]), kids, "1280 - actual")
    p, j = c.one(r"小学和初中寄宿生生活补助分别结余(\d+\.\d+)万元和(\d+\.\d+)万元")
    h, z = c.one(r"普通高中和中职国家助学金分别结余(\d+\.\d+)万元和(\d+\.\d+)万元")
    for k, v in (("义务教育寄宿生生活补助（小学）", p), ("义务教育寄宿生生活补助（初中）", j), ("普通高中国家助学金", h), ("中职国家助学金", z)):
        c.close(v, D(byname[k][1]) - D(byname[k][2]), f"{k} 结余")
    un, kf, back = c.one(r"全年未支出(\d+\.\d+)万元，其中中央和省级资金(\d+\.\d+)万元.*?县级资金(\d+\.\d+)万元由县财政收回")
    c.close(un, D(annual) - D(spent), "未支出"); c.total([bal, p, j, h, z], un, "item balances = 未支出"); c.total([kf, back], un, "结转 + 收回")
    risk, rk = c.one(r"风险补偿金(\d+\.\d+)万元（含上年结转(\d+\.\d+)万元）")
    c.eq(risk, byname["生源地信用助学贷款风险补偿金"][1], "风险补偿金"); c.eq(rk, carry, "结转 in 风险补偿金")
    # completion in prose
    for who, tgt in (("学前教育幼儿", 1280), ("普通高中学生", 1850), ("中职学生", 620)):
        a, pc = c.one(r"资助" + who + r"(\d+)人，完成目标的(\d+\.\d+)%")
        c.rate(a, tgt, pc, f"{who} completion")
    a, pa, ja, pc = c.one(r"资助义务教育寄宿生(\d+)人（小学(\d+)人、初中(\d+)人），完成目标的(\d+\.\d+)%")
    c.total([pa, ja], a, "寄宿生 = 小学 + 初中"); c.rate(a, 5600, pc, "寄宿生 completion"); c.total(["3120", "2480"], "5600", "target 5600")
    days = c.one(r"资金到卡时间分别为(\d+)、(\d+)、(\d+)、(\d+)个工作日，平均(\d+(?:\.\d+)?)个工作日")
    c.close(days[4], sum(D(x) for x in days[:4]) / 4, "average days")
    sat = c.one(r"学前幼儿家长满意度(\d+\.\d+)%、义务教育学生家长满意度(\d+\.\d+)%、普通高中学生满意度(\d+\.\d+)%、中职学生满意度(\d+\.\d+)%，四类群体平均满意度(\d+\.\d+)%")
    c.close(sat[4], sum(D(x) for x in sat[:4]) / 4, "average satisfaction")
    # indicator table
    ir = re.findall(r"^(预算执行|产出指标|效益指标|满意度指标)｜([^｜]+)｜([^｜]+)｜([^｜]+)｜([^｜]+)｜(\d+)｜(\d+(?:\.\d+)?)｜", t, re.M)
    c.ok(len(ir) == 14, f"14 indicator rows, found {len(ir)}")
    ws = sum(D(r[5]) for r in ir); ss = sum(D(r[6]) for r in ir)
    for r in ir:
        if r[0] == "预算执行":
            c.close(r[6], r2(D(r[5]) * D(spent) / D(annual)), "execution score")
            c.eq(r[4].rstrip("%"), rate, "table 执行率")
            continue
        sign, tv = parse_target(r[3])
        check_row(c, r[2], sign, tv, first_num(r[4]), r[5], r[6])
    c.eq(sat[4], first_num(ir[-1][4]), "satisfaction table = text average")
    wt, st = c.one(r"^合计｜｜｜｜｜(\d+)｜(\d+\.\d+)｜", re.M)
    c.eq(ws, wt, "weights"); c.eq(wt, 100, "100"); c.close(st, ss, "scores = total")
    c.total([r[5] for r in ir if r[0] == "产出指标"], "50", "产出 weights 50")
    s2, g = c.one(r"本项目得分(\d+\.\d+)分，评价等级为“(\S)”")
    c.eq(s2, st, "text total"); c.ok(grade(st) == g, f"grade {g} for {st}")


def check_zigui(c):
    t = c.text
    oil, cty0, y0 = c.one(r"客渡船补助资金(\d+\.\d+)万元（鄂财建发〔2019〕186号），与县级渡口安全管理经费(\d+\.\d+)万元一并列入年初预算，年初预算(\d+\.\d+)万元")
    c.total([oil, cty0], y0, "年初")
    cut, = c.one(r"调减县级渡口安全管理经费(\d+\.\d+)万元")
    prov, = c.one(r"渡口改造省级补助资金(\d+\.\d+)万元")
    carry, = c.one(r"茅坪渡口趸船维修资金(\d+\.\d+)万元")
    annual, a_c, a_p, a_y, a_k = c.one(r"调整后全年预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元、上年结转资金(\d+\.\d+)万元")
    c.close(annual, D(y0) - D(cut) + D(prov) + D(carry), "全年")
    c.total([a_c, a_p, a_y, a_k], annual, "sources"); c.close(a_y, D(cty0) - D(cut), "县级")
    c.eq(a_c, oil, "中央"); c.eq(a_p, prov, "省级"); c.eq(a_k, carry, "结转")
    ry, rr = c.one(r"县级资金到位(\d+\.\d+)万元，到位率(\d+\.\d+)%")
    c.rate(ry, a_y, rr, "县级到位率")
    rec, rrate = c.one(r"全年实际到位(\d+\.\d+)万元，资金到位率(\d+\.\d+)%")
    c.total([a_c, a_p, ry, a_k], rec, "到位 sum"); c.rate(rec, annual, rrate, "到位率")
    miss, = c.one(r"未到位的(\d+\.\d+)万元为县级资金")
    c.close(miss, D(annual) - D(rec), "未到位")
    spent, erate = c.one(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(spent, annual, erate, "执行率")
    s1, boats = c.one(r"客渡船运营补助支出(\d+\.\d+)万元，按3万元/艘标准向(\d+)艘")
    c.close(s1, D(boats) * 3, "boats x 3")
    s2, = c.one(r"渡口安全管理支出(\d+\.\d+)万元")
    n, s2a, n_life, s2b = c.one(r"发放(\d+)人，计(\d+\.\d+)万元；采购救生衣(\d+)件，计(\d+\.\d+)万元")
    c.close(s2a, D(n) * 4000 / 10000, "渡工 x 4000元"); c.total([s2a, s2b], s2, "安全管理 = 渡工 + 救生衣")
    s3, = c.one(r"渡口改造支出(\d+\.\d+)万元")
    c.total([s1, s2, s3], spent, "支出 = three parts")
    bal, b1, b2, b3 = c.one(r"年末资金结余(\d+\.\d+)万元：一是2艘停航客渡船的补助资金(\d+\.\d+)万元.*?结余(\d+\.\d+)万元，由县财政收回；三是渡口改造工程质保金及尾款(\d+\.\d+)万元")
    c.close(bal, D(rec) - D(spent), "结余 = 到位 - 支出"); c.total([b1, b2, b3], bal, "结余 parts")
    c.close(b1, (42 - D(boats)) * 3, "2 boats x 3"); c.close(b2, D(ry) - D(s2), "县级 到位 - 安全管理支出")
    xc, xp, xr = c.one(r"香溪渡口码头改造合同价(\d+\.\d+)万元，已支付(\d+\.\d+)万元，支付率(\d+\.\d+)%")
    c.rate(xp, xc, xr, "香溪支付率")
    oc, op = c.one(r"3处渡口改造合同价合计(\d+\.\d+)万元，已支付(\d+\.\d+)万元")
    c.total([carry, xp, op], s3, "渡口改造 = 茅坪 + 香溪 + 3处")
    c.close(b3, D(xc) - D(xp) + D(oc) - D(op), "质保金")
    c.total([xc, oc], prov, "contracts = 省级 38.00")
    v, v0, drop = c.one(r"全年渡运量(\d+\.\d+)万人次，较2019年的(\d+\.\d+)万人次下降(\d+\.\d+)%")
    c.close(drop, (D(v0) - D(v)) / D(v0) * 100, "渡运量 drop")
    m1, sat1 = c.one(r"开展问卷调查，满意(\d+)人，满意度(\d+\.\d+)%")
    c.rate(m1, boats, sat1, "船东满意度")
    n2, m2, sat2 = c.one(r"发放问卷(\d+)份，满意(\d+)份，满意度(\d+\.\d+)%")
    c.rate(m2, n2, sat2, "群众满意度")
    # flattened table
    part = t.split("自评表如下：", 1)[1].split("综上", 1)[0]
    blocks = [b for b in part.split("\n\n") if b.strip()]
    rows = [[ln[1:] if ln.startswith("\t") else ln for ln in b.strip("\n").split("\n")] for b in blocks]
    c.ok(all(len(r) == 10 for r in rows), "every row has 10 cells")
    head, body = rows[0], rows[1:]
    c.ok(head[0] == "年度目标" and head[8] == "得分", "header")
    total_row = body[-1]; body = body[:-1]
    c.ok(len(body) == 13, f"13 scored rows, found {len(body)}")
    ws = ss = D(0)
    blocks_sum = {}
    cur = None
    for r in body:
        name, tgt, act, comp, w, s = r[3], r[4], r[5], r[6], r[7], r[8]
        cur = r[0] or cur
        blocks_sum.setdefault(cur, D(0))
        blocks_sum[cur] += D(s)
        ws += D(w); ss += D(s)
        if name == "预算执行率":
            c.eq(act.rstrip("%"), erate, "table 执行率")
            c.close(s, r2(D(w) * D(spent) / D(annual)), "execution score 20 x rate")
            c.rate(act.rstrip("%"), 100, comp.rstrip("%"), "execution completion")
            continue
        sign, tv = parse_target(tgt)
        av = first_num(act)
        check_row(c, name, sign, tv, av, w, s)
        if sign == "eq" and D(tv) == 0:
            c.ok(comp == "—", f"{name}: completion on zero target must be —")
        else:
            c.rate(av, tv, comp.rstrip("%"), f"{name} completion")
    c.eq(ws, total_row[7], "weights = 合计"); c.eq(total_row[7], 100, "100"); c.close(total_row[8], ss, "scores = 合计")
    lv = c.one(r"本项目自评得分(\d+\.\d+)分，其中预算执行(\d+\.\d+)分，目标1得(\d+\.\d+)分，目标2得(\d+\.\d+)分，目标3得(\d+)分，评价等级为“(\S)”")
    c.total(lv[1:5], lv[0], "text block scores"); c.eq(lv[0], total_row[8], "text total")
    c.eq(lv[2], blocks_sum["目标1"], "目标1"); c.eq(lv[3], blocks_sum["目标2"], "目标2"); c.eq(lv[4], blocks_sum["目标3"], "目标3")
    c.ok(grade(lv[0]) == lv[5], f"grade {lv[5]} for {lv[0]}")
    wblocks = {}
    cur = None
    for r in body:
        cur = r[0] or cur
        wblocks[cur] = wblocks.get(cur, D(0)) + D(r[7])
    c.ok(wblocks == {"预算执行": 20, "目标1": 40, "目标2": 25, "目标3": 15}, f"block weights {wblocks}")


def check_chenggu(c):
    t = c.text
    y0, b0, p0 = c.one(r"2018年年初预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元")
    c.total([b0, p0], y0, "年初")
    pers_add, = c.one(r"追加人员经费(\d+\.\d+)万元")
    prov, = c.one(r"省级民生计量免费检定补助(\d+\.\d+)万元")
    cut, = c.one(r"调减计量标准器具购置经费(\d+\.\d+)万元")
    carry, = c.one(r"上年结转计量标准器具购置资金(\d+\.\d+)万元")
    annual, basic, pers, pub, proj = c.one(r"调整后全年预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元（人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元），项目支出(\d+\.\d+)万元")
    c.close(annual, D(y0) + D(pers_add) + D(prov) - D(cut) + D(carry), "全年")
    c.total([basic, proj], annual, "基本 + 项目"); c.total([pers, pub], basic, "人员 + 公用")
    c.close(proj, D(p0) + D(prov) - D(cut) + D(carry), "项目 全年")
    spent, rate = c.one(r"2018年全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(spent, annual, rate, "执行率")
    tab = {}
    for line in t.splitlines():
        m = re.match(r"^\s*(?:其中：)?\s*(基本支出|人员经费|公用经费|项目支出|合计)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)%$", line)
        if m:
            tab[m.group(1)] = m.groups()[1:]
    c.ok(len(tab) == 5, f"5 table rows, found {len(tab)}")
    for k, (a, adj, b, s, r) in tab.items():
        c.total([a, adj], b, f"{k}: 年初 + 调整 = 全年"); c.rate(s, b, r, f"{k} rate")
    for col in range(4):
        c.total([tab["人员经费"][col], tab["公用经费"][col]], tab["基本支出"][col], f"基本 column {col}")
        c.total([tab["基本支出"][col], tab["项目支出"][col]], tab["合计"][col], f"合计 column {col}")
    c.eq(tab["合计"][2], annual, "table 全年"); c.eq(tab["合计"][3], spent, "table 支出"); c.eq(tab["合计"][0], y0, "table 年初")
    c.eq(tab["人员经费"][2], pers, "人员"); c.eq(tab["公用经费"][2], pub, "公用"); c.eq(tab["项目支出"][2], proj, "项目")
    adj_note = c.one(r"项目支出调整数含追加(\d+\.\d+)万元、调减(\d+\.\d+)万元和上年结转(\d+\.\d+)万元")
    c.close(tab["项目支出"][1], D(adj_note[0]) - D(adj_note[1]) + D(adj_note[2]), "项目 调整数")
    pb, ps, pbal = c.one(r"公用经费全年预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，结余(\d+\.\d+)万元")
    c.close(pbal, D(pb) - D(ps), "公用 结余"); c.eq(ps, tab["公用经费"][3], "公用 支出")
    pj = c.one(r"全年预算(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%。其中")
    c.rate(pj[1], pj[0], pj[2], "项目 rate"); c.eq(pj[0], proj, "项目 budget"); c.eq(pj[1], tab["项目支出"][3], "项目 支出")
    subs = re.findall(r"(民生计量免费强制检定|计量标准器具购置|计量监督抽查)项目预算(\d+\.\d+)万元(?:（[^）]*）)?，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%", t)
    c.ok(len(subs) == 3, "3 projects")
    c.total([s[1] for s in subs], proj, "project budgets"); c.total([s[2] for s in subs], pj[1], "project spending")
    for s in subs:
        c.rate(s[2], s[1], s[3], f"{s[0]} rate")
    c.total(["18.00", "12.00"], "30.00", "民生计量 budget"); c.close("19.20", D("20.00") - D(cut) + D(carry), "设备 budget")
    c.total(["18.00", "20.00", "10.00"], p0, "年初 project parts")
    un, kf, back = c.one(r"全年未执行资金(\d+\.\d+)万元，其中结转(\d+\.\d+)万元.*?其余(\d+\.\d+)万元")
    c.close(un, D(annual) - D(spent), "未执行"); c.total([kf, back], un, "结转 + 收回")
    c.close(kf, D("19.20") - D("11.70"), "结转 = 设备 unspent")
    c.close(back, D(pbal) + D("30.00") - D("28.66") + D("10.00") - D("8.82"), "收回 = other unspent")
    tb, car, rec = c.one(r"“三公”经费预算(\d+\.\d+)万元，其中公务用车运行维护费(\d+\.\d+)万元、公务接待费(\d+\.\d+)万元")
    c.total([car, rec], tb, "三公 budget")
    ts, cs, rs = c.one(r"实际支出(\d+\.\d+)万元，其中公务用车运行维护费(\d+\.\d+)万元、公务接待费(\d+\.\d+)万元")
    c.total([cs, rs], ts, "三公 spent")
    last, dec = c.one(r"较2017年的(\d+\.\d+)万元下降(\d+\.\d+)%")
    c.close(dec, (D(last) - D(ts)) / D(last) * 100, "三公 decrease")
    tg, done, comp, prev, inc = c.one(r"不少于(\d+)台（件），实际完成(\d+)台（件），完成目标的(\d+\.\d+)%，较上年的(\d+)台（件）增长(\d+\.\d+)%")
    c.rate(done, tg, comp, "强检 completion"); c.close(inc, (D(done) - D(prev)) / D(prev) * 100, "强检 growth")
    parts = c.one(r"加油机加油枪(\d+)把、医用计量器具（[^）]+）(\d+)台（件）、集贸市场和商超电子计价秤(\d+)台")
    c.total(parts, done, "强检 parts")
    ov, = c.one(r"全年完成强制检定计量器具(\d+)台（件）")
    c.eq(ov, done, "overview count = section 三")
    pc, = c.one(r"平均每台（件）检定成本(\d+\.\d+)元")
    c.close(pc, D("28.66") * 10000 / D(done), "cost per item")
    plan, did, okb, okr, bad = c.one(r"计划完成.*?(\d+)批次，实际完成(\d+)批次，其中合格(\d+)批次，抽查合格率(\d+\.\d+)%，对不合格的(\d+)批次")
    c.rate(okb, did, okr, "合格率"); c.eq(D(did) - D(okb), bad, "不合格")
    c.total(["14", "2"], "16", "16 standards")
    n, back_, ok_, sat = c.one(r"发放满意度调查表(\d+)份，回收(\d+)份，满意及基本满意(\d+)份，满意度(\d+\.\d+)%")
    c.rate(ok_, back_, sat, "满意度")
    W = c.one(r"满分(\d+)分，其中投入指标(\d+)分、过程指标(\d+)分、产出指标(\d+)分、效益指标(\d+)分")
    c.total(W[1:], W[0], "weights"); c.eq(W[0], 100, "100")
    S = c.one(r"投入指标得分(\d+\.\d+)分（其中预算执行率(\d+)分，按执行率计得(\d+\.\d+)分）、过程指标得分(\d+\.\d+)分、产出指标得分(\d+\.\d+)分、效益指标得分(\d+\.\d+)分，综合得分(\d+\.\d+)分，评价等级为“(\S)”")
    c.close(S[2], r2(D(S[1]) * D(spent) / D(annual)), "execution score")
    c.total([S[0], S[3], S[4], S[5]], S[6], "first-level scores = total")
    for s_, w_ in ((S[0], W[1]), (S[3], W[2]), (S[4], W[3]), (S[5], W[4])):
        c.ok(D(s_) <= D(w_), f"score {s_} <= weight {w_}")
    c.ok(grade(S[6]) == S[7], f"grade {S[7]} for {S[6]}")


def check_wuning(c):
    t = c.text
    prov, cty, y0 = c.one(r"补助资金(\d+\.\d+)万元（赣财行〔2024〕95号），县财政安排(\d+\.\d+)万元，年初预算合计(\d+\.\d+)万元")
    c.total([prov, cty], y0, "年初")
    add, a1, a2 = c.one(r"县财政追加(\d+\.\d+)万元（武财行〔2025〕31号），其中以案定补(\d+\.\d+)万元、排查化解专项(\d+\.\d+)万元")
    c.total([a1, a2], add, "追加 parts")
    carry, = c.one(r"另有上年结转资金(\d+\.\d+)万元，为2024年第四季度以案定补补贴")
    annual, sp, sy, sk = c.one(r"调整后全年预算(\d+\.\d+)万元，其中省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元、上年结转资金(\d+\.\d+)万元")
    c.close(annual, D(y0) + D(add) + D(carry), "全年"); c.total([sp, sy, sk], annual, "sources")
    c.total([cty, add], sy, "县级 = 年初 + 追加")
    spent, rate = c.one(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(spent, annual, rate, "执行率")
    yb, yb0, yadd, ys, yr = c.one(r"县级资金全年预算(\d+\.\d+)万元（年初(\d+\.\d+)万元、追加(\d+\.\d+)万元），支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.rate(ys, yb, yr, "县级 rate"); c.total([yb0, yadd], yb, "县级 budget"); c.eq(yb, sy, "县级")
    c.total([sp, sk, ys], spent, "支出 = 省级 + 结转 + 县级")
    b1, b1a, b1b, b1c, s1, r1 = c.one(r"以案定补：预算(\d+\.\d+)万元（年初(\d+\.\d+)万元、追加(\d+\.\d+)万元、上年结转(\d+\.\d+)万元），支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.total([b1a, b1b, b1c], b1, "以案定补 budget"); c.rate(s1, b1, r1, "以案定补 rate")
    q4, cur = c.one(r"发放2024年第四季度补贴(\d+\.\d+)万元；发放2025年补贴(\d+\.\d+)万元")
    c.total([q4, cur], s1, "以案定补 spending")
    k = c.one(r"简易纠纷(\d+)件(\d+\.\d+)万元、一般纠纷(\d+)件(\d+\.\d+)万元、重大疑难纠纷(\d+)件(\d+\.\d+)万元")
    for n_, amt, std in ((k[0], k[1], 200), (k[2], k[3], 400), (k[4], k[5], 800)):
        c.close(amt, D(n_) * std / 10000, f"{n_} cases x {std}元")
    c.total([k[1], k[3], k[5]], cur, "2025 补贴 parts")
    cases = D(k[0]) + D(k[2]) + D(k[4])
    ov, okc = c.one(r"共调解矛盾纠纷(\d+)件，调解成功(\d+)件")
    c.eq(ov, cases, "overview cases = breakdown")
    b2, s2, r2_, tr, pcap = c.one(r"调解员培训：预算(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%，全年培训(\d+)人次，人均培训成本(\d+\.\d+)元")
    c.rate(s2, b2, r2_, "培训 rate"); c.close(pcap, D(s2) * 10000 / D(tr), "per-capita training")
    b3, n3, per3, s3 = c.one(r"专职调解员补贴：预算(\d+\.\d+)万元，按(\d+)人每人每年(\d+\.\d+)万元全额发放(\d+\.\d+)万元")
    c.close(s3, D(n3) * D(per3), "12 x 1.50"); c.eq(b3, s3, "全额")
    b4, s4, r4 = c.one(r"排查化解专项：预算(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.rate(s4, b4, r4, "专项 rate")
    c.total([b1, b2, b3, b4], annual, "sub budgets"); c.total([s1, s2, s3, s4], spent, "sub spending")
    c.total([b1a, b2, b3], y0, "年初 by project"); c.eq(b4, a2, "专项 = 追加"); c.eq(b1b, a1, "以案定补 追加"); c.eq(b1c, carry, "结转")
    bal, = c.one(r"全年结余(\d+\.\d+)万元，均为县级资金")
    c.close(bal, D(annual) - D(spent), "结余"); c.close(bal, D(yb) - D(ys), "结余 = 县级 unspent")
    n, pc = c.one(r"全年调解矛盾纠纷(\d+)件，完成年度目标的(\d+(?:\.\d+)?)%")
    c.eq(n, cases, "section 四 cases"); c.rate(n, 1500, pc, "案件 completion")
    sr, fail = c.one(r"调解成功率(\d+\.\d+)%，低于98%的目标，未成功的(\d+)件")
    c.rate(okc, cases, sr, "成功率"); c.eq(cases - D(okc), fail, "未成功")
    ag, fu, fr = c.one(r"达成调解协议的(\d+)件中已履行(\d+)件，协议履行率(\d+\.\d+)%")
    c.rate(fu, ag, fr, "履行率"); c.eq(ag, okc, "协议 = 成功")
    d30, d30r = c.one(r"受理后30日内调结(\d+)件，调结率(\d+\.\d+)%")
    c.rate(d30, cases, d30r, "30日调结率")
    avg, = c.one(r"以案定补平均每件补贴(\d+\.\d+)元")
    c.close(avg, D(cur) * 10000 / cases, "per-case subsidy")
    per, pers, p1, p2 = c.one(r"举办调解员培训(\d+)期、(\d+)人次，分别完成目标的(\d+(?:\.\d+)?)%和(\d+(?:\.\d+)?)%")
    c.rate(per, 8, p1, "期数 completion"); c.rate(pers, 600, p2, "人次 completion"); c.eq(pers, tr, "人次")
    loc, locr = c.one(r"纠纷中在村（居）和乡镇就地化解(\d+)件，就地化解率(\d+\.\d+)%")
    c.rate(loc, cases, locr, "就地化解率")
    nn, mm, sat = c.one(r"对(\d+)名当事人开展回访，满意(\d+)人，满意度(\d+\.\d+)%")
    c.rate(mm, nn, sat, "满意度")
    # table (columns separated by 2+ spaces)
    part = t.split("项目支出绩效自评表\n", 1)[1].split("\n\n", 1)[0]
    lines = part.split("\n")
    rows = [re.split(r"\s{2,}", ln.strip()) for ln in lines[1:]]
    body, tot = rows[:-1], rows[-1]
    c.ok(len(body) == 12, f"12 rows, found {len(body)}")
    ws = ss = D(0)
    lvl = {}
    dirs = {"≥": "gte", "≤": "lte", "＝": "eq", "定性": "qual"}
    for r in body:
        l1, name, nature, tgt, unit, act, w, s = r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8]
        ws += D(w); ss += D(s)
        lvl[l1] = lvl.get(l1, D(0)) + D(s)
        if l1 == "预算执行":
            c.eq(act, rate, "table 执行率"); c.close(s, r2(D(w) * D(spent) / D(annual)), "execution score")
            continue
        d = dirs[nature]
        if d == "qual":
            check_row(c, name, "qual", None, "partly" if "部分" in act else "full", w, s)
        else:
            check_row(c, name, d, tgt, act, w, s)
    c.eq(ws, tot[1], "weights = 合计"); c.eq(tot[1], 100, "100"); c.close(tot[2], ss, "scores = 合计")
    W = c.one(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    c.total(W, "100", "text weights")
    S = c.one(r"预算执行(\d+\.\d+)分、产出指标(\d+\.\d+)分、效益指标(\d+\.\d+)分、满意度指标(\d+\.\d+)分，合计(\d+\.\d+)分，评价等级为“(\S+)”")
    c.total(S[:4], S[4], "text level scores"); c.eq(S[4], tot[2], "text total = table")
    for key, val in zip(("预算执行", "产出指标", "效益指标", "满意度指标"), S[:4]):
        c.close(val, lvl[key], f"{key} rows = text")
    label = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中", "合格": "中", "差": "差", "较差": "差"}
    c.ok(label.get(S[5]) == grade(S[4]), f"grade {S[5]} for {S[4]}")


CHECKS = {
    "eryuan-seismic-2019": check_eryuan,
    "congjiang-emergbroadcast-2021": check_congjiang,
    "taihu-studentaid-2023": check_taihu,
    "zigui-ferry-2020": check_zigui,
    "chenggu-metrology-2018": check_chenggu,
    "wuning-mediation-2025": check_wuning,
}


def check_years(c, pid):
    """rules.md I14: 截至…12月31日 names the evaluation year; an advance (提前下达) for year Y is issued in
    December of Y-1; money carried forward goes to a later year than the evaluation year."""
    year = int(pid.rsplit("-", 1)[1])
    head = c.text[:120]
    c.ok(str(year) in head, f"evaluation year {year} not in the title")
    for y in re.findall(r"截至(\d{4})年12月31日", c.text):
        c.ok(int(y) == year, f"截至{y}年12月31日 in a {year} report")
    for y1, y2 in re.findall(r"(\d{4})年12月，[^，。]{0,12}提前下达(\d{4})年", c.text):
        c.ok(int(y1) == int(y2) - 1, f"advance for {y2} issued in December {y1}")
    for y in re.findall(r"结转至(\d{4})年", c.text):
        c.ok(int(y) == year + 1, f"结转至{y}年 in a {year} report")
    for y in re.findall(r"(\d{4})年结转的", c.text):
        c.ok(int(y) == year - 1, f"{y}年结转 (incoming) in a {year} report")


def run_checks(pid, text, name):
    c = Checker(name, text)
    try:
        check_years(c, pid)
        CHECKS[pid](c)
    except LookupError:
        pass
    except Exception as exc:  # a parse failure is a failure
        c.fails.append(f"exception: {type(exc).__name__}: {exc}")
    return c


# ---------------------------------------------------------------- edits
def changed_part(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_edit(clean, case, rows2):
    """Return a list of problems with the edit from clean to case."""
    probs = []
    ca, cb = clean.split("\n"), case.split("\n")
    if len(ca) != len(cb):
        return ["line count changed"]
    diff = [i for i in range(len(ca)) if ca[i] != cb[i]]
    if not diff:
        return ["no change"]
    if len(diff) > (2 if rows2 else 1):
        return [f"{len(diff)} lines changed"]
    for i in diff:
        o, n = changed_part(ca[i], cb[i])
        if max(len(o), len(n)) > 16:
            probs.append(f"line {i + 1}: changed part {len(o)}/{len(n)} chars > 16")
    if len(diff) == 2:
        between = ca[diff[0] + 1:diff[1]]
        seps = sum(1 for ln in between if ln == "")
        if not (diff[1] - diff[0] == 1 or (seps == 1 and len(between) <= 12)):
            probs.append("the two changed lines are not in adjacent rows")
    return probs


# ---------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        p = os.path.join(CASES, rec["case"])
        if not os.path.exists(p):
            problems.append(f"missing case {rec['case']}")
            continue
        texts[rec["case"]] = open(p, encoding="utf-8").read()
    listed = set(texts)
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if listed != on_disk:
        problems.append(f"cases on disk vs labels differ: {sorted(on_disk ^ listed)}")

    code_projects = {}
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        clean_name = f"{pid}-clean.txt"
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            n = len(texts[name])
            if not 2500 <= n <= 6000:
                problems.append(f"{name}: length {n} outside 2500-6000")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
        idx = int(re.search(r"-e(\d+)\.txt$", name).group(1))
        err = build.ERRORS[pid][idx - 1]
        for exp in rec["expected"]:
            code, value = exp["code"], exp["value"]
            if code not in CODES:
                problems.append(f"{name}: code {code} not in section A (minus figure_mismatch/empty_problems)")
            if exp.get("severity") != "error":
                problems.append(f"{name}: severity must be error")
            if texts[name].count(value) != 1:
                problems.append(f"{name}: value occurs {texts[name].count(value)} times in the case: {value!r}")
            if value in texts[clean_name]:
                problems.append(f"{name}: value occurs in the clean draft: {value!r}")
            code_projects.setdefault(code, []).append(pid)
            if err.get("rows2") and code not in SCORE_CODES:
                problems.append(f"{name}: two-row edit only for score rows")
        for p in check_edit(texts[clean_name], texts[name], bool(err.get("rows2"))):
            problems.append(f"{name}: {p}")
    for code in sorted(CODES):
        ps = code_projects.get(code, [])
        if len(ps) < 2 or len(set(ps)) < 2:
            problems.append(f"code {code} used {len(ps)} times in {len(set(ps))} projects (need >= 2, spread)")

    # arithmetic
    n_checks = 0
    for pid in build.PROJECTS:
        c = run_checks(pid, texts[f"{pid}-clean.txt"], f"{pid}-clean.txt")
        n_checks += c.n
        for f in c.fails:
            problems.append(f"{pid}-clean.txt: {f}")
    info = []
    for rec in labels:
        if rec["clean"]:
            continue
        c = run_checks(rec["source"], texts[rec["case"]], rec["case"])
        info.append((rec["case"], rec["expected"][0]["code"], len(c.fails)))

    print(f"{len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean; {n_checks} arithmetic checks on the clean drafts")
    print("codes: " + ", ".join(f"{k}={len(v)}" for k, v in sorted(code_projects.items())))
    tripped = sum(1 for _, _, n in info if n)
    print(f"(info) error cases tripping this script's own checks: {tripped}/{len(info)}")
    for name, code, n in info:
        if not n:
            print(f"  (info) not tripped by verify.py's arithmetic (needs linking beyond it): {name} {code}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
