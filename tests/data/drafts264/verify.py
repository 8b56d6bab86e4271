#!/usr/bin/env python3
"""Verify drafts264.

1. labels.jsonl and cases/ agree: 5 clean drafts, 6 error cases per draft, every code of errors.md §A
   (13 codes) at least twice; every label value occurs in its error case, does not occur in the clean
   draft, and overlaps the one place where the error case differs from its clean draft.
2. Each error case differs from its clean draft in one place (one contiguous changed region, short).
3. The arithmetic of every clean draft is redone from the figures read out of the text: rates, sums,
   balances, averages, completion rates, weights, scores, totals, grades, repeated quantities, years.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- numbers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what):
    """stated: the string as written; consistent iff |c - v| <= 0.5 * 10^-d."""
    v = float(stated.rstrip("%"))
    tol = 0.5 * 10 ** (-decimals(stated)) + 1e-9
    if abs(computed - v) > tol:
        fail(f"{what}: stated {stated}, computed {computed:.6f}")


def r2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


class Doc:
    def __init__(self, name, text):
        self.name, self.t = name, text

    def F(self, snippet):
        """snippet with {number} marks; the literal text must occur in the draft. Returns the number strings."""
        lit = snippet.replace("{", "").replace("}", "")
        if lit not in self.t:
            fail(f"{self.name}: snippet not found: {lit}")
            return [None] * snippet.count("{")
        return re.findall(r"\{([^}]*)\}", snippet)

    def f(self, snippet):
        vals = self.F(snippet)
        return vals[0] if len(vals) == 1 else vals

    def eq(self, stated, computed, what):
        if stated is None:
            return
        close(stated, computed, f"{self.name}: {what}")


def n(s):
    return float(s.rstrip("%")) if s is not None else float("nan")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": ["优", "优秀"], "良": ["良", "良好"], "中": ["中", "中等", "一般", "合格"], "差": ["差", "较差", "不合格"]}


def check_grade(d, total, label, what):
    g = grade_of(n(total))
    if label not in GRADE_WORDS[g]:
        fail(f"{d.name}: {what}: total {total} is {g}, stated {label}")


# ---------------------------------------------------------------- tables
def table_lines(text):
    return [(i, ln) for i, ln in enumerate(text.split("\n")) if "｜" in ln]


def blocks(text):
    """Consecutive lines containing ｜ grouped into tables (blank lines end a table)."""
    out, cur, last = [], [], None
    for i, ln in table_lines(text):
        if last is not None and i != last + 1:
            out.append(cur)
            cur = []
        cur.append(ln.split("｜"))
        last = i
    if cur:
        out.append(cur)
    return out


NUM = re.compile(r"^-?\d+(\.\d+)?$")


def funds_tables(d):
    res = []
    for blk in blocks(d.t):
        for hi, row in enumerate(blk):
            if "年初预算数" in row and "全年执行数" in row:
                hdr = row
                data = []
                for r in blk[hi + 1:]:
                    if len(r) != len(hdr) or not NUM.match(r[hdr.index("年初预算数")].strip()):
                        break
                    data.append(r)
                res.append((hdr, data))
    return res


def check_funds_table(d, hdr, data):
    ia, ib, ie = hdr.index("年初预算数"), hdr.index("全年预算数"), hdr.index("全年执行数")
    ir = hdr.index("执行率") if "执行率" in hdr else None
    totals = [r for r in data if r[0].strip() in ("年度资金总额", "合计")]
    if len(totals) != 1:
        fail(f"{d.name}: funds table without one total row")
        return None
    tot = totals[0]
    comps = [r for r in data if r is not tot]
    for col in (ia, ib, ie):
        s = sum(float(r[col]) for r in comps)
        close(tot[col], s, f"{d.name}: funds table column {hdr[col]} sum")
    for r in data:
        if ir is not None:
            cell = r[ir].strip()
            if float(r[ib]) == 0:
                if cell not in ("—", ""):
                    fail(f"{d.name}: rate on a zero base in row {r[0]}")
            elif cell.endswith("%"):
                close(cell, float(r[ie]) / float(r[ib]) * 100, f"{d.name}: rate of row {r[0]}")
                if float(cell[:-1]) > 100:
                    fail(f"{d.name}: rate over 100% in row {r[0]}")
        if float(r[ie]) > float(r[ib]) + 1e-9:
            fail(f"{d.name}: spending above budget in row {r[0]}")
    exec_score = None
    if "分值" in hdr and "得分" in hdr:
        w, sc = tot[hdr.index("分值")], tot[hdr.index("得分")]
        rate_s = tot[ir]
        exact = float(tot[ie]) / float(tot[ib])
        cand = [r2(float(w) * min(exact, 1)), r2(float(w) * min(float(rate_s[:-1]) / 100, 1))]
        if not any(abs(float(sc) - c) < 1e-9 for c in cand):
            fail(f"{d.name}: execution score {sc} not in {cand}")
        exec_score = (float(w), float(sc), sc)
    return exec_score, tot


SIGN = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=)?\s*(-?\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    m = SIGN.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    direction = "gte" if sign in ("≥", "＞＝", ">=") else "lte" if sign in ("≤", "＜＝", "<=") else "eq"
    return direction, float(m.group(2)), m.group(3).strip()


def indicator_table(d):
    for blk in blocks(d.t):
        for hi, row in enumerate(blk):
            if "分值" in row and "得分" in row and "三级指标" in row:
                rows, total = [], None
                for r in blk[hi + 1:]:
                    if r[0].strip() in ("合计", "总分"):
                        total = r
                        break
                    rows.append(r)
                return row, rows, total
    fail(f"{d.name}: no indicator table")
    return None, [], None


def check_indicator_table(d, exec_score=None):
    hdr, rows, total = indicator_table(d)
    if hdr is None:
        return None
    iw, isc = hdr.index("分值"), hdr.index("得分")
    it, ia = hdr.index("年度指标值"), hdr.index("实际完成值")
    ic = hdr.index("完成率") if "完成率" in hdr else None
    weights, scores, levels = [], [], defaultdict(lambda: [0.0, 0.0])
    if exec_score:
        weights.append(exec_score[0])
        scores.append(exec_score[1])
        levels["预算执行"][0] += exec_score[0]
        levels["预算执行"][1] += exec_score[1]
    for r in rows:
        w, s = float(r[iw]), float(r[isc])
        if s > w + 1e-9 or s < 0:
            fail(f"{d.name}: score {s} outside [0, {w}] in row {r[2]}")
        weights.append(w)
        scores.append(s)
        levels[r[0].strip()][0] += w
        levels[r[0].strip()][1] += s
        # completion and score rule
        tv, av = parse_val(r[it]), parse_val(r[ia])
        if r[0].strip() == "预算执行":
            tv = av = None  # execution row: checked per draft (rounded or unrounded rate both accepted)
        if tv and av and tv[2] == av[2]:
            direc, T, unit = tv
            A = av[1]
            if direc == "lte":
                comp = 1.0 if A <= T else T / A
            elif T == 0:
                comp = None
            else:
                comp = A / T
            if comp is not None:
                exp = [r2(w * min(comp, 1.0))]
                if not any(abs(s - e) < 1e-9 for e in exp):
                    fail(f"{d.name}: row {r[2]} score {s}, rule gives {exp}")
                if ic is not None and r[ic].strip().endswith("%"):
                    close(r[ic].strip(), comp * 100, f"{d.name}: completion of row {r[2]}")
            else:
                if s != (w if A <= 0 else 0):
                    fail(f"{d.name}: zero-target row {r[2]} scored {s}")
        elif tv and av and tv[2] != av[2]:
            fail(f"{d.name}: units differ in row {r[2]}: {r[it]} vs {r[ia]}")
    if total is None:
        fail(f"{d.name}: indicator table has no total row")
        return None
    close(total[iw], sum(weights), f"{d.name}: weights sum")
    if abs(sum(weights) - 100) > 1e-9:
        fail(f"{d.name}: weights sum {sum(weights)} != 100")
    close(total[isc], sum(scores), f"{d.name}: scores sum")
    return total[isc], levels


# ---------------------------------------------------------------- per-draft arithmetic
def check_dengkou(d):
    b0, add, cur = d.f("年初预算{85.00}万元"), d.f("补助资金{20.00}万元"), d.f("预算调整为{105.00}万元")
    carry, annual = d.f("2020年结转的{8.60}万元"), d.f("项目全年预算{113.60}万元")
    rec, recrate = d.f("实际到位{113.60}万元"), d.f("到位率{100}%")
    d.eq(cur, n(b0) + n(add), "当年财政拨款 = 年初 + 追加")
    d.eq(annual, n(cur) + n(carry), "全年预算 = 当年 + 结转")
    d.eq(recrate, n(rec) / n(annual) * 100, "到位率")
    d.f("截至{2021}年12月31日")
    spent, rate = d.f("项目全年执行{108.20}万元"), d.f("预算执行率{95.25}%")
    cs, cr = d.f("当年财政拨款执行{99.60}万元，执行率{94.86}%")
    used, bal = d.f("上年结转资金{8.60}万元已全部使用"), d.f("年末结余{5.40}万元")
    d.eq(rate, n(spent) / n(annual) * 100, "执行率")
    d.eq(cr, n(cs) / n(cur) * 100, "当年财政拨款执行率")
    d.eq(spent, n(cs) + n(used), "执行 = 当年 + 结转")
    d.eq(bal, n(rec) - n(spent), "结余")
    if not n(d.f("已按规定结转至{2022}年")) > 2021:
        fail(f"{d.name}: carry-over year")
    ammo = d.f("购置作业弹药{52.80}万元")
    nr, pr = d.f("火箭弹{240}枚（单价{1600}元）")
    ns, ps = d.f("炮弹{3000}发（单价{48}元）")
    d.eq(ammo, (n(nr) * n(pr) + n(ns) * n(ps)) / 1e4, "弹药 = 单价 × 数量")
    sub, rep, oth = d.f("作业人员补贴{31.20}万元；"), d.f("年检{14.60}万元"), d.f("其他费用{9.60}万元")
    d.eq(spent, n(ammo) + n(sub) + n(rep) + n(oth), "支出明细合计")
    ops, hail, rain = d.f("全年开展人影作业{68}次，其中防雹作业{41}次、增雨作业{27}次")
    d.eq(ops, n(hail) + n(rain), "作业次数")
    last, inc = d.f("2020年的{58}次增加{10}次")
    d.eq(inc, n(ops) - n(last), "较上年增加")
    tgt, comp = d.f("完成年度目标（{60}次）的{113.33}%")
    d.eq(comp, n(ops) / n(tgt) * 100, "作业次数完成率")
    area, acomp = d.f("全年作业保护面积{1150}平方公里，完成目标的{95.83}%")
    atgt = d.f("保护面积不低于{1200}平方公里")
    d.eq(acomp, n(area) / n(atgt) * 100, "保护面积完成率")
    ppl, avg = d.f("持证作业人员{24}名，全年发放作业补贴{31.20}万元")[0], d.f("人均{1.30}万元")
    d.eq(avg, n(sub) / n(ppl), "人均补贴")
    valid, ok, sat = d.f("收回有效问卷{250}份，其中表示满意的{230}份，农牧民满意度{92}%")
    d.eq(sat, n(ok) / n(valid) * 100, "满意度")
    fs = funds_tables(d)
    ex = None
    for hdr, data in fs:
        ex, tot = check_funds_table(d, hdr, data)
        d.eq(tot[1], n(b0), "table 年初 = text")
        d.eq(tot[2], n(annual), "table 全年 = text")
        d.eq(tot[3], n(spent), "table 执行 = text")
        if tot[5] != rate + "%":
            fail(f"{d.name}: table rate {tot[5]} vs text {rate}%")
    total, levels = check_indicator_table(d, ex)
    tt = d.f("项目自评得分{98.78}分")
    d.eq(tt, n(total), "text total = table total")
    check_grade(d, tt, "优秀", "评价等级为“优秀”")
    d.F("评价等级为“优秀”")
    pe, po, pb, ps_ = d.f("其中预算执行率得{9.52}分，产出指标得{50}分，效益指标得{29.58}分，满意度指标得{9.68}分")
    d.eq(tt, n(pe) + n(po) + n(pb) + n(ps_), "text level scores sum")
    d.eq(pe, levels["预算执行"][1], "预算执行 score text/table")
    d.eq(po, levels["产出指标"][1], "产出 score text/table")
    d.eq(pb, levels["效益指标"][1], "效益 score text/table")
    d.eq(ps_, levels["满意度指标"][1], "满意度 score text/table")
    for s in ("｜68次｜", "｜1150平方公里｜", "｜92%｜", "｜25分钟｜", "｜2360万元｜"):
        d.F(s)
    d.F("平均25分钟内")
    d.F("减少农作物冰雹灾害损失2360万元")


def check_qiongzhong(d):
    b0, prov, cty = d.f("项目年初预算{46.00}万元，其中省级气象灾害防御补助资金{30.00}万元")[0], \
        d.f("补助资金{30.00}万元"), d.f("县级配套资金{16.00}万元")
    d.eq(b0, n(prov) + n(cty), "年初预算 = 省 + 县")
    annual = d.f("全年预算{46.00}万元，资金全部到位")
    if n(annual) != n(b0):
        fail(f"{d.name}: 未作调整 but 年初 != 全年")
    spent, rate, bal = d.f("全年执行{44.62}万元，预算执行率{97.00}%，结余{1.38}万元")
    spent0 = d.f("2023年项目实际支出{44.62}万元")
    d.eq(spent0, n(spent), "overview spending = funds spending")
    d.eq(rate, n(spent) / n(annual) * 100, "执行率")
    d.eq(bal, n(annual) - n(spent), "结余")
    a, b, share = d.f("运行维护费{18.40}万元；预警短信发布服务费{12.62}万元，占全年支出的{28.28}%")
    c, ppl, per = d.f("信息员补贴{9.60}万元（全县{160}名信息员，每人每年{600}元）")
    e = d.f("应急值守保障{4.00}万元")
    d.eq(spent, n(a) + n(b) + n(c) + n(e), "支出明细合计")
    d.eq(share, n(b) / n(spent) * 100, "短信费占比")
    d.eq(c, n(ppl) * n(per) / 1e4, "信息员补贴 = 人数 × 标准")
    tot_w, ty, by, ly = d.f("预警信息{146}次，其中台风预警{31}次、暴雨预警{72}次、雷电预警{43}次")
    d.eq(tot_w, n(ty) + n(by) + n(ly), "预警次数")
    for s in ("预警短信覆盖33.6万人次", "平均在8分钟内", "发布准确率83.3%", "社会公众满意度91.8%",
              "｜146次｜", "｜33.6万人次｜", "｜83.3%｜", "｜8分钟｜", "｜91.8%｜", "186套预警大喇叭"):
        d.F(s)
    ex = None
    for hdr, data in funds_tables(d):
        ex, tot = check_funds_table(d, hdr, data)
        d.eq(tot[3], n(spent), "table 执行 = text")
    total, levels = check_indicator_table(d, ex)
    tt = d.f("项目自评得分{99.50}分，评价等级为优")
    d.eq(tt, n(total), "text total = table total")
    check_grade(d, tt, "优", "评价等级为优")
    if d.t.count("2022年12月提前下达") != 1:
        fail(f"{d.name}: advance issue note")


def check_huaining(d):
    b0, add, annual = d.f("年初预算{24.00}万元"), d.f("补助资金{6.00}万元"), d.f("全年预算调整为{30.00}万元")
    rec, rr = d.f("实际到位{30.00}万元，到位率{100}%")
    d.eq(annual, n(b0) + n(add), "全年 = 年初 + 追加")
    d.eq(rr, n(rec) / n(annual) * 100, "到位率")
    spent, rate, bal = d.f("实际支出{27.36}万元，预算执行率{91.20}%，结余{2.64}万元")
    d.eq(rate, n(spent) / n(annual) * 100, "执行率")
    d.eq(bal, n(rec) - n(spent), "结余")
    det, firms, avg = d.f("技术服务费{16.80}万元，用于委托具有资质的检测机构对{28}家重点单位的防雷装置进行复检，平均每家{6000}元")
    d.eq(avg, n(det) * 1e4 / n(firms), "平均每家")
    trv, ins, trn = d.f("差旅费{3.96}万元"), d.f("校准及购置费{2.40}万元"), d.f("宣传和培训费{4.20}万元")
    d.eq(spent, n(det) + n(trv) + n(ins) + n(trn), "支出明细合计")
    chk, tgt, comp = d.f("全年实际检查重点单位{132}家次，完成年度目标（{120}家次）的{110.00}%")
    d.eq(comp, n(chk) / n(tgt) * 100, "检查完成率")
    last, inc = d.f("2018年的{118}家次增加{14}家次")
    d.eq(inc, n(chk) - n(last), "较上年增加")
    parts = d.f("其中学校{32}家次、加油站{38}家次、易燃易爆企业{26}家次、其他人员密集场所{36}家次")
    d.eq(chk, sum(n(p) for p in parts), "检查家次分项合计")
    hz, fixed, fr = d.f("共发现防雷安全隐患{84}处，已整改{82}处，整改率{97.62}%")
    d.eq(fr, n(fixed) / n(hz) * 100, "整改率")
    d.eq(d.f("其余{2}处"), n(hz) - n(fixed), "未整改")
    trained, ttgt, tcomp = d.f("培训{286}人次，完成目标（{300}人次）的{95.33}%")
    d.eq(tcomp, n(trained) / n(ttgt) * 100, "培训完成率")
    dev, okd, okr = d.f("防雷装置{1250}处中，合格{1090}处，合格率{87.20}%")
    d.eq(okr, n(okd) / n(dev) * 100, "检测合格率")
    q, back, sat_n, sat = d.f("发放满意度问卷{150}份，回收{150}份，其中满意{141}份，满意度{94}%")
    d.eq(sat, n(sat_n) / n(back) * 100, "满意度")
    # scoring paragraph
    m = re.search(r"五、自评得分及结论\n(.*?)\n", d.t)
    para = m.group(1) if m else ""
    exec_s = d.f("预算执行率按执行率计分，得{9.12}分")
    d.eq(exec_s, 10 * n(rate) / 100, "执行率得分")
    pairs = re.findall(r"（(\d+)分）得([\d.]+)分", para)
    if len(pairs) != 7:
        fail(f"{d.name}: expected 7 weight/score pairs, found {len(pairs)}")
        return
    w = [float(a) for a, _ in pairs]
    s = [b for _, b in pairs]
    if abs(10 + sum(w) - 100) > 1e-9:
        fail(f"{d.name}: weights sum {10 + sum(w)}")
    for (a, b) in pairs:
        if float(b) > float(a):
            fail(f"{d.name}: score {b} above weight {a}")
    po, pb = d.f("小计{49.53}分；效益指标中"), d.f("小计{29.53}分；满意度")
    d.eq(po, sum(float(x) for x in s[:4]), "产出小计")
    d.eq(pb, sum(float(x) for x in s[4:6]), "效益小计")
    pw = d.f("产出指标{50}分、效益指标{30}分")
    d.eq(pw[0], sum(w[:4]), "产出权重")
    d.eq(pw[1], sum(w[4:6]), "效益权重")
    d.eq(s[2], w[2] * n(trained) / n(ttgt), "培训得分")
    d.eq(s[5], w[5] * n(okr) / 90, "合格率得分")
    tt = d.f("综合得分{98.18}分，评价等级为优秀")
    d.eq(tt, n(exec_s) + n(po) + n(pb) + float(s[6]), "综合得分")
    check_grade(d, tt, "优秀", "评价等级为优秀")
    d.F("合格率不低于90%")
    if "｜" in d.t:
        fail(f"{d.name}: prose-only draft contains a table")


def check_tonggu(d):
    b0 = d.f("项目年初预算{38.50}万元，由省级气象部门补助资金和县级财政资金共同安排")
    prov, cty = d.f("其中：省级补助资金｜{22.50}｜"), d.f("县级财政资金｜{16.00}｜")
    d.eq(b0, n(prov) + n(cty), "年初 = 省 + 县")
    annual = d.f("年内未调整，全年预算{38.50}万元")
    spent, rate = d.f("全年执行{29.26}万元，预算执行率{76.00}%")
    ps, cs = d.f("省级补助资金执行{18.10}万元，县级财政资金执行{11.16}万元")
    d.eq(spent, n(ps) + n(cs), "执行 = 省 + 县")
    d.eq(rate, n(spent) / n(annual) * 100, "执行率")
    bal, yr = d.f("年末结余{9.24}万元，已结转至{2021}年")
    d.eq(bal, n(annual) - n(spent), "结余")
    if not n(yr) > 2020:
        fail(f"{d.name}: carry-over year")
    parts, st, per = d.f("备品备件购置{10.20}万元；通信流量费{5.04}万元（{42}个站点，每站每年{1200}元）"), None, None
    a, b, st, per = parts
    c, e = d.f("巡检维护劳务费{8.40}万元"), d.f("接地改造{5.62}万元")
    d.eq(b, n(st) * n(per) / 1e4, "流量费")
    d.eq(spent, n(a) + n(b) + n(c) + n(e), "支出明细合计")
    tot, t2, t4, t6 = d.f("区域自动气象站{42}个，其中两要素站{30}个、四要素站{8}个、六要素站{4}个")
    d.eq(tot, n(t2) + n(t4) + n(t6), "站点数")
    times, ins_t = d.f("每站每年巡检不少于{4}次（合计不少于{168}站次）")
    d.eq(ins_t, n(times) * n(tot), "巡检目标")
    done, tg, comp = d.f("全年开展站点巡检{126}站次，完成年度计划（{168}站次）的{75.00}%")
    d.eq(comp, n(done) / n(tg) * 100, "巡检完成率")
    rep, fixd, fr = d.f("报修故障{57}次，修复{55}次，故障修复率{96.5}%")
    d.eq(fr, n(fixd) / n(rep) * 100, "故障修复率")
    for s in ("数据到报率97.6%", "故障平均修复时间52小时", "设备完好率85.5%", "平均满意度88%", "｜126站次｜",
              "｜97.6%｜", "｜52小时｜", "｜85.5%｜", "｜88%｜"):
        d.F(s)
    for hdr, data in funds_tables(d):
        _, t = check_funds_table(d, hdr, data)
        d.eq(t[3], n(spent), "table 执行 = text")
        if t[4] != rate + "%":
            fail(f"{d.name}: funds table rate")
        for r in data:
            if "省级" in r[0]:
                d.eq(r[3], n(ps), "省级执行 text/table")
            if "县级" in r[0]:
                d.eq(r[3], n(cs), "县级执行 text/table")
    hdr, rows, _ = indicator_table(d)
    ex_row = rows[0]
    if ex_row[4] != rate + "%":
        fail(f"{d.name}: execution row rate")
    d.eq(ex_row[6], 10 * n(rate) / 100, "执行率得分")
    qual = [r for r in rows if r[4] == "部分达成"][0]
    if not (0.6 * float(qual[5]) - 1e-9 <= float(qual[6]) < 0.8 * float(qual[5])):
        fail(f"{d.name}: qualitative score outside the 部分达成 band")
    total, levels = check_indicator_table(d)
    tt = d.f("项目自评得分{86.57}分，评价等级为良好")
    d.eq(tt, n(total), "text total = table total")
    check_grade(d, tt, "良好", "评价等级为良好")
    g = re.search(r"评价等级｜(\S+)", d.t)
    check_grade(d, total, g.group(1) if g else "?", "table grade")


def check_xiji(d):
    b0, bb0, pb0 = d.f("年初预算{386.40}万元，其中基本支出{298.60}万元、项目支出{87.80}万元")
    d.eq(b0, n(bb0) + n(pb0), "年初 = 基本 + 项目")
    add, addb, addp = d.f("年中追加{26.50}万元，其中基本支出{7.50}万元"), None, None
    add, addb = add
    addp = d.f("项目支出{19.00}万元，主要为")
    d.eq(add, n(addb) + n(addp), "追加 = 基本 + 项目")
    annual = d.f("全年预算{412.90}万元")
    d.eq(annual, n(b0) + n(add), "全年 = 年初 + 追加")
    spent, rate, last, growth = d.f("全年支出{401.53}万元，预算执行率{97.25}%，较2023年的{389.72}万元增长{3.03}%")
    d.eq(rate, n(spent) / n(annual) * 100, "执行率")
    d.eq(growth, (n(spent) / n(last) - 1) * 100, "增长率")
    bs, pers, pub, avg = d.f("基本支出{306.10}万元，其中人员经费{271.40}万元、公用经费{34.70}万元，人均人员经费{24.67}万元")
    staff = d.f("实有在职人员{11}人")
    d.eq(bs, n(pers) + n(pub), "基本支出构成")
    d.eq(avg, n(pers) / n(staff), "人均人员经费")
    ps, pr = d.f("项目支出{95.43}万元，执行率{89.35}%")
    d.eq(spent, n(bs) + n(ps), "支出 = 基本 + 项目")
    d.eq(pr, n(ps) / (n(pb0) + n(addp)) * 100, "项目执行率")
    bal = d.f("年末结余{11.37}万元")
    d.eq(bal, n(annual) - n(spent), "结余")
    if not n(d.f("已按规定结转至{2025}年")) > 2024:
        fail(f"{d.name}: carry-over year")
    sg_b, sg_s, sg_l, sg_d = d.f("“三公”经费预算{3.20}万元，实际支出{2.86}万元，全部为公务用车运行维护费，比2023年的{3.27}万元减少{0.41}万元")
    d.eq(sg_d, n(sg_l) - n(sg_s), "三公 较上年")
    gp_b, gp_s, gp_r = d.f("政府采购预算{12.00}万元，实际采购金额{11.64}万元，采购执行率{97.00}%")
    d.eq(gp_r, n(gp_s) / n(gp_b) * 100, "采购执行率")
    ft = funds_tables(d)
    if len(ft) != 2:
        fail(f"{d.name}: expected 2 funds tables, found {len(ft)}")
        return
    _, t1 = check_funds_table(d, *ft[0])
    for col, v in ((1, b0), (2, annual), (3, spent)):
        d.eq(t1[col], n(v), f"表1 合计 column {col} = text")
    rows1 = {r[0]: r for r in ft[0][1]}
    d.eq(rows1["基本支出"][3], n(bs), "表1 基本支出 = text")
    d.eq(rows1["项目支出"][3], n(ps), "表1 项目支出 = text")
    d.eq(rows1["基本支出"][1], n(bb0), "表1 基本年初 = text")
    _, t2 = check_funds_table(d, *ft[1])
    for col in (1, 2, 3):
        d.eq(t2[col], float(rows1["项目支出"][col]), f"表2 合计 = 表1 项目支出 column {col}")
    hdr2 = ft[1][0]
    isc = hdr2.index("自评得分")
    sc = [float(r[isc]) for r in ft[1][1] if r[0] != "合计"]
    avg_s = d.f("三个项目平均自评得分{93.03}分")
    d.eq(avg_s, sum(sc) / len(sc), "项目平均分")
    ops, hail, rain = d.f("全年开展人影作业{46}次，其中防雹作业{31}次、增雨作业{15}次")
    d.eq(ops, n(hail) + n(rain), "作业次数")
    for s in ("｜46次｜", "｜134期｜", "发布春播、霜冻、干旱和秋收等农业气象服务产品134期", "预警覆盖率95.3%", "｜95.3%｜",
              "数据到报率98.6%", "｜98.6%｜", "平均提前量36分钟", "｜36分钟｜", "GDP的0.62%", "｜0.62%｜",
              "作业增雨量0.74亿立方米", "｜0.74亿立方米｜", "｜2.86万元｜", "｜≤3.20万元｜"):
        d.F(s)
    q, okq, sat = d.f("发放问卷{500}份，满意及基本满意{462}份，满意度{92.4}%")
    d.eq(sat, n(okq) / n(q) * 100, "满意度")
    d.F("｜92.4%｜")
    hdr, rows, _ = indicator_table(d)
    ex_row = rows[0]
    if ex_row[4] != rate + "%":
        fail(f"{d.name}: execution row rate")
    exact = n(spent) / n(annual)
    if float(ex_row[6]) not in (r2(10 * exact), r2(10 * n(rate) / 100)):
        fail(f"{d.name}: execution score")
    total, levels = check_indicator_table(d)
    tt = d.f("绩效自评得分{98.97}分，评价等级为优秀")
    d.eq(tt, n(total), "text total = table total")
    check_grade(d, tt, "优秀", "评价等级为优秀")


CHECKS = {
    "nm-dengkou-renying-2021": check_dengkou,
    "hi-qiongzhong-yujing-2023": check_qiongzhong,
    "ah-huaining-fanglei-2019": check_huaining,
    "jx-tonggu-zidongzhan-2020": check_tonggu,
    "nx-xiji-qixiangbumen-2024": check_xiji,
}


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    texts = {}
    for rec in labels:
        p = os.path.join(CASES, rec["case"])
        if not os.path.exists(p):
            fail(f"missing case file {rec['case']}")
            continue
        with open(p, encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(os.listdir(CASES))
    if listed != {r["case"] for r in labels}:
        fail(f"cases/ and labels.jsonl differ: {sorted(listed ^ {r['case'] for r in labels})}")
    sources = sorted({r["source"] for r in labels})
    if sources != sorted(CHECKS):
        fail(f"sources {sources}")
    code_count = Counter()
    per_source = Counter()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        if rec["clean"]:
            if rec["expected"] or name != f"{src}-clean.txt":
                fail(f"{name}: clean record malformed")
            continue
        per_source[src] += 1
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected one label")
            continue
        exp = rec["expected"][0]
        code_count[exp["code"]] += 1
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{name}: bad code/severity {exp}")
        err, cln = texts.get(name, ""), texts.get(f"{src}-clean.txt", "")
        v = exp["value"]
        if v not in err:
            fail(f"{name}: value not in case: {v!r}")
        if v in cln:
            fail(f"{name}: value also occurs in the clean draft: {v!r}")
        s, e_clean, e_err = changed_region(cln, err)
        if e_clean - s > 120 or e_err - s > 120 or (e_err - s) + (e_clean - s) == 0:
            fail(f"{name}: changed region too large or empty ({e_clean - s}/{e_err - s} chars)")
        if cln[:s] + err[s:e_err] + cln[e_clean:] != err:
            fail(f"{name}: not one contiguous change")
        occ = [m.start() for m in re.finditer(re.escape(v), err)]
        if not any(o < max(e_err, s + 1) and s < o + len(v) for o in occ):
            fail(f"{name}: value does not overlap the change")
    for src in CHECKS:
        if per_source[src] != 6:
            fail(f"{src}: {per_source[src]} error cases, expected 6")
    for c in CODES:
        if code_count[c] < 2:
            fail(f"code {c} occurs {code_count[c]} times (< 2)")
    for src, fn in CHECKS.items():
        t = texts.get(f"{src}-clean.txt", "")
        if not 3000 <= len(t) <= 9000:
            fail(f"{src}-clean.txt: {len(t)} characters")
        fn(Doc(f"{src}-clean", t))
    for p in problems:
        print("FAIL", p)
    print(f"{len(labels)} cases, {sum(code_count.values())} injected errors, codes: "
          + ", ".join(f"{c}={code_count[c]}" for c in CODES))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
