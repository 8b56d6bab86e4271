#!/usr/bin/env python3
"""Verify drafts272.

1. every label value occurs in its case; labels cover every case file; clean cases expect nothing;
   each of the 13 codes of errors.md section A occurs at least twice;
2. every error case differs from its clean draft in one place (one contiguous stretch of at most two lines);
3. the arithmetic of every clean draft is redone from the text itself (tables and prose): rates, sums,
   balances, weights, scores, completion rates, averages, grades, units, years, repeated figures;
4. as a sanity check, the same arithmetic must fail on every error case (the slip is visible).
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
HUNDRED = D(100)


def num(s):
    return D(str(s).replace(",", "").replace("，", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def grade_of(score):
    score = D(score)
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


class Ctx:
    def __init__(self, name, text, year):
        self.name, self.t, self.year, self.fails = name, text, year, []

    def fail(self, msg):
        self.fails.append(msg)

    def g(self, pat, flags=re.S):
        m = re.search(pat, self.t, flags)
        if not m:
            self.fail(f"pattern not found: {pat}")
            return None
        return m.groups()

    def eq(self, a, b, msg):
        if num(a) != num(b):
            self.fail(f"{msg}: {a} != {b}")

    def near(self, stated, computed, msg):
        """stated string vs computed Decimal, tolerance from the stated decimals (rules.md 8)."""
        v, d = num(stated), decimals(stated)
        if abs(D(computed) - v) > D("0.5") * D(10) ** (-d) + D("1e-9"):
            self.fail(f"{msg}: stated {stated}, computed {D(computed):.4f}")

    def near_any(self, stated, computeds, msg):
        v, d = num(stated), decimals(stated)
        tol = D("0.5") * D(10) ** (-d) + D("1e-9")
        if not any(abs(D(c) - v) <= tol for c in computeds):
            self.fail(f"{msg}: stated {stated}, computed {[f'{D(c):.4f}' for c in computeds]}")

    def le(self, a, b, msg):
        if num(a) > num(b):
            self.fail(f"{msg}: {a} > {b}")

    def grade(self, score, label, msg):
        lab = label.strip("“”\"")[:1]
        if grade_of(score) != lab:
            self.fail(f"{msg}: score {score} is {grade_of(score)}, stated {label}")


# ---------------------------------------------------------------- tables

def table_block(text, header_prefix, stop=None):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_prefix):
            header = ln.split("｜")
            rows = []
            for ln2 in lines[i + 1:]:
                if "｜" not in ln2 or (stop and stop(ln2)):
                    break
                rows.append(ln2.split("｜"))
            return header, rows
    return None, []


def funds_table(c):
    """MOF funds block: 年度资金总额 + components; returns {row: {col: str}}."""
    header, rows = table_block(c.t, "资金情况（万元）｜",
                               stop=lambda l: not l.startswith(("年度资金总额", "其中：", "上年结转", "其他资金")))
    if not header:
        c.fail("funds table missing")
        return {}
    out = {}
    for r in rows:
        if len(r) != len(header):
            c.fail(f"funds row has {len(r)} cells, header {len(header)}: {r}")
            continue
        out[r[0].replace("其中：", "")] = dict(zip(header, r))
    total = out.get("年度资金总额")
    comps = [v for k, v in out.items() if k != "年度资金总额"]
    amount_cols = [h for h in header if h in ("年初预算数", "全年预算数", "实际到位数", "全年执行数")]
    for col in amount_cols:
        c.eq(total[col], sum(num(v[col]) for v in comps), f"funds {col}: total vs components")
    for k, v in out.items():
        annual, spent = num(v["全年预算数"]), num(v["全年执行数"])
        recv = num(v["实际到位数"]) if "实际到位数" in v else None
        if annual == 0:
            for col in ("执行率", "到位率"):
                if col in v and v[col] not in ("—", "0", "0%", "0.00%"):
                    c.fail(f"funds {k}: {col} {v[col]} on a zero budget")
            continue
        c.near(v["执行率"].rstrip("%"), spent / annual * HUNDRED, f"funds {k} 执行率")
        c.le(spent, annual if recv is None else recv, f"funds {k}: executed above budget/received")
        if recv is not None:
            c.near(v["到位率"].rstrip("%"), recv / annual * HUNDRED, f"funds {k} 到位率")
            c.le(recv, annual, f"funds {k}: received above budget")
    w = num(total["分值"])
    rate = num(total["全年执行数"]) / num(total["全年预算数"])
    stated_rate = num(total["执行率"].rstrip("%")) / HUNDRED
    c.near_any(total["得分"], [w * min(rate, D(1)), w * min(stated_rate, D(1))], "funds score")
    return out


UNIT_RE = re.compile(r"^(≥|≤|=|＞|＜)?([\d,]+(?:\.\d+)?)(.*)$")


def indicator_table(c, extra_weight=D(0), extra_score=D(0)):
    """Indicator block; returns ({三级指标: row dict}, total weight str, total score str)."""
    header, rows = table_block(c.t, "一级指标｜")
    if not header:
        c.fail("indicator table missing")
        return {}, None, None
    ind, total = {}, None
    for r in rows:
        if r[0] in ("总分", "合计"):
            total = dict(zip(header, r))
            break
        if len(r) != len(header):
            c.fail(f"indicator row has {len(r)} cells: {r}")
            continue
        row = dict(zip(header, r))
        ind[row["三级指标"]] = row
    if total is None:
        c.fail("indicator total row missing")
        return ind, None, None
    sw, ss = extra_weight, extra_score
    for name, row in ind.items():
        w, s = num(row["分值"]), num(row["得分"])
        sw += w
        ss += s
        if s < 0 or s > w:
            c.fail(f"{name}: score {s} outside [0, {w}]")
        tm = UNIT_RE.match(row["年度指标值"])
        if not tm:  # qualitative
            act = row["实际完成值"]
            if act.startswith("达成"):
                lo, hi = D("0.8") * w, w
            elif act.startswith("部分达成"):
                lo, hi = D("0.6") * w, D("0.8") * w - D("0.01")
            else:
                c.fail(f"{name}: qualitative actual not understood: {act}")
                continue
            if not (lo <= s <= hi):
                c.fail(f"{name}: qualitative score {s} outside band [{lo}, {hi}]")
            continue
        sign, tv, tu = tm.groups()
        am = UNIT_RE.match(row["实际完成值"])
        if not am or am.group(1):
            c.fail(f"{name}: actual not a number: {row['实际完成值']}")
            continue
        av, au = num(am.group(2)), am.group(3)
        if au != tu:
            c.fail(f"{name}: unit of actual '{au}' differs from unit of target '{tu}'")
            continue
        tv = num(tv)
        if sign in ("≤", "＜"):
            comp = D(1) if av <= tv else tv / av
        else:
            comp = av / tv
        cands = [w * min(comp, D(1))]
        if "完成率" in row:
            c.near(row["完成率"].rstrip("%"), comp * HUNDRED, f"{name}: 完成率")
            cands.append(w * min(num(row["完成率"].rstrip("%")) / HUNDRED, D(1)))
        c.near_any(row["得分"], cands, f"{name}: score rule")
    c.eq(total["分值"], 100, "total weight row")
    c.eq(sw, total["分值"], "sum of weights vs total row")
    c.eq(ss, total["得分"], "sum of scores vs total row")
    return ind, total["分值"], total["得分"]


def first_level(ind, level):
    rows = [r for r in ind.values() if r["一级指标"] == level]
    return sum(num(r["分值"]) for r in rows), sum(num(r["得分"]) for r in rows)


def actual_num(ind, name):
    m = UNIT_RE.match(ind[name]["实际完成值"]) if name in ind else None
    return m.group(2) if m else "NaN"


def target_num(ind, name):
    m = UNIT_RE.match(ind[name]["年度指标值"]) if name in ind else None
    return m.group(2) if m else "NaN"


def generic_years(c):
    for m in re.finditer(r"(20\d\d)年度[^，。；\n]{0,30}?(自评报告|自评表|绩效自评)", c.t):
        if int(m.group(1)) != c.year:
            c.fail(f"evaluation year {m.group(1)} in '{m.group(0)}' (report year {c.year})")
    for m in re.finditer(r"结转至(20\d\d)年", c.t):
        if int(m.group(1)) <= c.year:
            c.fail(f"carry-over to {m.group(1)} in a {c.year} report")
    for m in re.finditer(r"截至(20\d\d)年12月31日", c.t):
        if int(m.group(1)) != c.year:
            c.fail(f"截至{m.group(1)}年12月31日 in a {c.year} report")


# ---------------------------------------------------------------- per project

def check_danleng(c):
    f = funds_table(c)
    ind, tw, ts = indicator_table(c, extra_weight=num(f["年度资金总额"]["分值"]) if f else 0,
                                  extra_score=num(f["年度资金总额"]["得分"]) if f else 0)
    if not f or not ind:
        return
    tot = f["年度资金总额"]
    g = c.g(r"(\d{4})年部门预算年初安排本项目([\d.]+)万元")
    if g:
        c.eq(g[0], c.year, "year of the initial budget")
        c.eq(g[1], tot["年初预算数"], "initial budget text vs table")
        ini = num(g[1])
    add = c.g(r"追加本项目预算([\d.]+)万元")
    car = c.g(r"另有(\d{4})年结转资金([\d.]+)万元")
    ann = c.g(r"全年预算合计([\d.]+)万元")
    if g and add and car and ann:
        c.eq(car[0], c.year - 1, "carry-over comes from the previous year")
        c.eq(ann[0], ini + num(add[0]) + num(car[1]), "annual budget = initial + added + carried")
        c.eq(ann[0], tot["全年预算数"], "annual budget text vs table")
        c.eq(f["当年财政拨款"]["全年预算数"], ini + num(add[0]), "current appropriation annual")
        c.eq(f["上年结转资金"]["全年预算数"], car[1], "carry-over row")
    sp = c.g(r"全年实际支出([\d.]+)万元")
    parts = c.g(r"中介服务费([\d.]+)万元，支付上年项目尾款([\d.]+)万元，支付专家咨询费([\d.]+)万元")
    if sp and parts:
        c.eq(sp[0], tot["全年执行数"], "spent text vs table")
        c.eq(sp[0], sum(num(x) for x in parts), "spent = parts")
        c.eq(parts[1], f["上年结转资金"]["全年执行数"], "carry-over spent")
    ex = c.g(r"每人每天(\d+)元标准，全年聘请专家(\d+)人次")
    if ex and parts:
        c.eq(num(ex[0]) * num(ex[1]) / D(10000), parts[2], "expert fee 元 x 人次")
    bal = c.g(r"年末结余([\d.]+)万元")
    if bal and ann and sp:
        c.eq(bal[0], num(ann[0]) - num(sp[0]), "balance = annual - spent")
    n = c.g(r"参与审计的政府投资项目(\d+)个，比年度目标多(\d+)个")
    if n:
        c.eq(num(n[0]) - num(target_num(ind, "委托审计政府投资项目数")), n[1], "projects above target")
        c.eq(n[0], actual_num(ind, "委托审计政府投资项目数"), "projects text vs table")
    on = c.g(r"(\d+)个项目在合同约定期限内出具审计报告，按期出具率([\d.]+)%")
    if on and n:
        c.near(on[1], num(on[0]) / num(n[0]) * HUNDRED, "按期出具率")
        c.eq(on[1], actual_num(ind, "审计报告按期出具率"), "按期出具率 text vs table")
    cyc = c.g(r"项目平均审计周期(\d+)天")
    if cyc:
        c.eq(cyc[0], actual_num(ind, "项目平均审计周期"), "audit cycle text vs table")
    av = c.g(r"(\d+)个项目共支付中介服务费([\d.]+)万元，平均每个项目([\d.]+)万元")
    if av and parts:
        c.near(av[2], num(av[1]) / num(av[0]), "average fee per project")
        c.eq(av[1], parts[0], "fee total")
        c.eq(av[2], actual_num(ind, "单个项目平均委托费用"), "average fee text vs table")
    a = c.g(r"送审金额([\d,.]+)万元，审定金额([\d,.]+)万元，审减金额([\d,.]+)万元，综合审减率([\d.]+)%")
    if a:
        c.eq(num(a[0]) - num(a[2]), num(a[1]), "送审 - 审减 = 审定")
        c.near(a[3], num(a[2]) / num(a[0]) * HUNDRED, "审减率")
        c.eq(a[2], actual_num(ind, "审减金额"), "审减金额 text vs table")
    z = c.g(r"问题(\d+)个，截至(\d{4})年12月31日已整改(\d+)个，整改率([\d.]+)%")
    if z:
        c.near(z[3], num(z[2]) / num(z[0]) * HUNDRED, "整改率")
        c.eq(z[3], actual_num(ind, "审计发现问题整改率"), "整改率 text vs table")
    s = c.g(r"回收有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(\d+)%")
    if s:
        c.near(s[2], num(s[1]) / num(s[0]) * HUNDRED, "满意度")
        c.le(s[2], 100, "满意度")
        c.eq(s[2], actual_num(ind, "被审计单位满意度"), "满意度 text vs table")
    goal = c.g(r"完成委托审计项目(\d+)个，审减金额([\d.]+)万元，按期出具率([\d.]+)%，问题整改率([\d.]+)%")
    if goal and n and a and on and z:
        c.eq(goal[0], n[0], "goal block projects")
        c.eq(goal[1], a[2], "goal block 审减")
        c.eq(goal[2], on[1], "goal block 按期出具率")
        c.eq(goal[3], z[3], "goal block 整改率")
    r = c.g(r"自评得分([\d.]+)分，评价等级为(“.”)")
    if r:
        c.eq(r[0], ts, "total text vs table")
        c.grade(r[0], r[1], "grade")


def check_fufeng(c):
    f = funds_table(c)
    ind, tw, ts = indicator_table(c, extra_weight=num(f["年度资金总额"]["分值"]) if f else 0,
                                  extra_score=num(f["年度资金总额"]["得分"]) if f else 0)
    if not f or not ind:
        return
    tot = f["年度资金总额"]
    a = c.g(r"年初安排本项目预算([\d.]+)万元，其中([\d.]+)万元已于(\d{4})年12月提前下达")
    if a:
        c.eq(a[0], tot["年初预算数"], "initial budget")
        c.eq(a[2], c.year - 1, "advance issued in the December before")
        c.le(a[1], a[0], "advance within budget")
    b = c.g(r"全年预算([\d.]+)万元，实际到位([\d.]+)万元")
    if b:
        c.eq(b[0], tot["全年预算数"], "annual budget")
        c.eq(b[1], tot["实际到位数"], "received")
        if a and "未追加、未调减" in c.t:
            c.eq(a[0], b[0], "no adjustment: initial = annual")
    e = c.g(r"截至(\d{4})年12月31日，项目全年支出([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元")
    if e and b:
        c.eq(e[1], tot["全年执行数"], "spent")
        c.near(e[2], num(e[1]) / num(b[0]) * HUNDRED, "执行率 text")
        c.eq(e[2], tot["执行率"].rstrip("%"), "执行率 text vs table")
        c.eq(e[3], num(b[1]) - num(e[1]), "balance = received - spent")
    p = c.g(r"协审费([\d.]+)万元，审计外勤差旅及误餐补助([\d.]+)万元，审计资料印制及业务培训费([\d.]+)万元")
    if p and e:
        c.eq(sum(num(x) for x in p), e[1], "spending parts")
    n = c.g(r"当年实际完成(\d+)个审计项目，平均每个项目支出(\d+)元")
    if n and e:
        c.near(n[1], num(e[1]) * 10000 / num(n[0]), "per-project spending in 元")
        c.eq(n[0], actual_num(ind, "完成经济责任审计项目"), "projects text vs table")
    pl = c.g(r"年初计划的(\d+)个项目中有(\d+)个经联席会议调整延至(\d{4})年实施、另有(\d+)个")
    if pl and n:
        c.eq(num(pl[0]) - num(pl[1]) - num(pl[3]), n[0], "plan - delayed - not started = done")
        c.eq(pl[0], target_num(ind, "完成经济责任审计项目"), "plan vs target")
    gr = c.g(r"分别完成(\d+)个、(\d+)个、(\d+)个、(\d+)个项目，平均每组完成([\d.]+)个")
    if gr and n:
        c.eq(sum(num(x) for x in gr[:4]), n[0], "groups add up to projects")
        c.near(gr[4], sum(num(x) for x in gr[:4]) / 4, "average per group")
    q = c.g(r"完成经济责任审计项目(\d+)个，完成率([\d.]+)%；审计领导干部(\d+)人，完成率([\d.]+)%")
    if q:
        c.near(q[1], num(q[0]) / num(target_num(ind, "完成经济责任审计项目")) * HUNDRED, "projects completion")
        c.near(q[3], num(q[2]) / num(target_num(ind, "审计领导干部人数")) * HUNDRED, "leaders completion")
        c.eq(q[2], actual_num(ind, "审计领导干部人数"), "leaders text vs table")
    rv = c.g(r"(\d+)份审计报告全部经审理委员会审理")
    if rv and n:
        c.eq(rv[0], n[0], "reports = projects")
    tm = c.g(r"(\d+)个项目的审计报告在审计实施结束后规定时限内出具，按时出具率([\d.]+)%")
    if tm and n:
        c.near(tm[1], num(tm[0]) / num(n[0]) * HUNDRED, "按时出具率")
        c.eq(tm[1], actual_num(ind, "审计报告按时出具率"), "按时出具率 text vs table")
    av = c.g(r"单个项目平均支出([\d.]+)万元，控制在")
    if av and e and n:
        c.near(av[0], num(e[1]) / num(n[0]), "average spending per project")
        c.eq(av[0], actual_num(ind, "单个项目平均支出"), "average spending text vs table")
    m = c.g(r"查出各类问题金额([\d.]+)万元，其中违规资金([\d.]+)万元、管理不规范资金([\d.]+)万元")
    if m:
        c.eq(m[0], num(m[1]) + num(m[2]), "problem money = parts")
        c.eq(m[0], actual_num(ind, "查出问题金额"), "problem money text vs indicator row")
    gb = c.g(r"实际完成情况\n｜[^｜]*｜完成经济责任审计项目(\d+)个，审计领导干部(\d+)人，查出问题金额([\d.]+)万元")
    if gb and n and q and m:
        c.eq(gb[0], n[0], "goal block projects")
        c.eq(gb[1], q[2], "goal block leaders")
        c.eq(gb[2], m[0], "goal block problem money")
    ad = c.g(r"提出审计建议(\d+)条，被采纳(\d+)条，采纳率([\d.]+)%")
    if ad:
        c.near(ad[2], num(ad[1]) / num(ad[0]) * HUNDRED, "采纳率")
        c.eq(ad[2], actual_num(ind, "审计建议采纳率"), "采纳率 text vs table")
    zg = c.g(r"审计发现问题(\d+)个，已整改(\d+)个，整改率([\d.]+)%")
    if zg:
        c.near(zg[2], num(zg[1]) / num(zg[0]) * HUNDRED, "整改率")
        c.eq(zg[2], actual_num(ind, "审计发现问题整改率"), "整改率 text vs table")
    s = c.g(r"发放问卷(\d+)份，收回(\d+)份，满意(\d+)份，满意度(\d+)%")
    if s:
        c.near(s[3], num(s[2]) / num(s[1]) * HUNDRED, "满意度")
        c.le(s[1], s[0], "returned <= sent")
        c.eq(s[3], actual_num(ind, "被审计领导干部及单位满意度"), "满意度 text vs table")
    sc = c.g(r"预算执行得([\d.]+)分，产出、效益和满意度指标合计得([\d.]+)分，自评总分([\d.]+)分，等级为(.)")
    if sc:
        c.eq(sc[0], tot["得分"], "execution score text vs table")
        c.eq(num(sc[0]) + num(sc[1]), sc[2], "text scores add up")
        c.eq(sc[2], ts, "total text vs table")
        c.grade(sc[2], sc[3], "grade text")
    tg = c.g(r"\n评价等级｜(.)")
    if tg:
        c.grade(ts, tg[0], "grade table")


def check_qingliu(c):
    t = c.g(r"检查对象(\d+)户")
    a = c.g(r"年初安排会计信息质量检查专项经费([\d.]+)万元，年中未作调整，全年预算([\d.]+)万元")
    if a:
        c.eq(a[0], a[1], "no adjustment: initial = annual")
    r = c.g(r"实际到位([\d.]+)万元，到位率(\d+)%")
    e = c.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    if a and r and e:
        c.near(r[1], num(r[0]) / num(a[1]) * HUNDRED, "到位率")
        c.near(e[1], num(e[0]) / num(a[1]) * HUNDRED, "执行率")
        c.eq(e[2], num(r[0]) - num(e[0]), "balance = received - spent")
        c.le(e[0], r[0], "spent <= received")
    p = c.g(r"服务费([\d.]+)万元，检查人员差旅费及加班误餐补助([\d.]+)万元，会计人员业务培训及检查资料印制费([\d.]+)万元")
    if p and e:
        c.eq(sum(num(x) for x in p), e[0], "spending parts")
    w = c.g(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重")
    if w:
        c.eq(sum(num(x) for x in w), 100, "first-level weights")
        for lab, x in zip(("预算执行情况", "产出指标", "效益指标", "满意度指标"), w):
            c.g(re.escape(lab) + "（" + x + "分）")
    x = c.g(r"全年预算([\d.]+)万元，实际支出([\d.]+)万元，按执行率计算得([\d.]+)分")
    if x and a and e and w:
        c.eq(x[0], a[1], "annual budget restated")
        c.eq(x[1], e[0], "spent restated")
        c.near_any(x[2], [num(w[0]) * min(num(e[0]) / num(a[1]), D(1)),
                          num(w[0]) * min(num(e[1]) / HUNDRED, D(1))], "execution score")
    i1 = c.g(r"检查单位户数（(\d+)分）：目标不少于(\d+)户，实际检查(\d+)户，完成率([\d.]+)%，得([\d.]+)分")
    i2 = c.g(r"抽查会计师事务所（(\d+)分）：目标(\d+)家，实际抽查(\d+)家，得(\d+)分")
    i3 = c.g(r"检查结论合规率（(\d+)分）：(\d+)份检查结论[^。]*合规率(\d+)%，得(\d+)分")
    i4 = c.g(r"检查完成时间（(\d+)分）：全部检查工作于(\d{4})年11月(\d+)日完成，早于11月(\d+)日的时限，得(\d+)分")
    i5 = c.g(r"户均检查成本（(\d+)分）：户均检查成本([\d.]+)万元，低于([\d.]+)万元的控制标准，得(\d+)分")
    po = c.g(r"产出指标合计得([\d.]+)分")
    if i1 and i2 and i3 and i4 and i5 and po and t and e:
        c.eq(t[0], i1[2], "units checked: overview vs indicator")
        c.near(i1[3], num(i1[2]) / num(i1[1]) * HUNDRED, "户数 completion")
        c.near_any(i1[4], [num(i1[0]) * min(num(i1[2]) / num(i1[1]), D(1)),
                           num(i1[0]) * min(num(i1[3]) / HUNDRED, D(1))], "户数 score")
        c.eq(i2[3], i2[0] if num(i2[2]) >= num(i2[1]) else -1, "事务所 score")
        c.eq(i3[1], i1[2], "conclusions = units")
        c.eq(i3[3], i3[0] if num(i3[2]) == 100 else -1, "合规率 score")
        c.eq(i4[1], c.year, "completion year")
        c.le(i4[2], i4[3], "finished before the deadline")
        c.eq(i4[4], i4[0], "time score")
        c.near(i5[1], num(e[0]) / num(i1[2]), "cost per unit")
        c.le(i5[1], i5[2], "cost cap")
        c.eq(i5[3], i5[0], "cost score")
        c.eq(sum(num(y[0]) for y in (i1, i2, i3, i4, i5)), w[1] if w else 0, "output weights")
        c.eq(num(i1[4]) + num(i2[3]) + num(i3[3]) + num(i4[4]) + num(i5[3]), po[0], "output scores")
    b1 = c.g(r"查出会计信息失真及违规金额（(\d+)分）：目标不低于(\d+)万元，实际查出([\d.]+)万元，完成率([\d.]+)%，得(\d+)分")
    b2 = c.g(r"检查发现问题整改率（(\d+)分）：[^。]*问题(\d+)个，截至(\d{4})年12月31日已整改(\d+)个，整改率([\d.]+)%，完成率([\d.]+)%，得([\d.]+)分")
    zt = c.g(r"整改率不低于(\d+)%")
    b3 = c.g(r"会计基础工作规范水平（(\d+)分）：[^。]*达成年度指标，得(\d+)分")
    bo = c.g(r"效益指标合计得([\d.]+)分")
    if b1 and b2 and zt and b3 and bo:
        c.near(b1[3], num(b1[2]) / num(b1[1]) * HUNDRED, "违规金额 completion")
        c.eq(b1[4], b1[0], "违规金额 score")
        c.near(b2[4], num(b2[3]) / num(b2[1]) * HUNDRED, "整改率")
        c.near(b2[5], num(b2[4]) / num(zt[0]) * HUNDRED, "整改率 completion")
        c.near_any(b2[6], [num(b2[0]) * min(num(b2[3]) / num(b2[1]) / (num(zt[0]) / HUNDRED), D(1)),
                           num(b2[0]) * min(num(b2[5]) / HUNDRED, D(1))], "整改率 score")
        if not (D("0.8") * num(b3[0]) <= num(b3[1]) <= num(b3[0])):
            c.fail("qualitative score outside the 达成 band")
        c.eq(num(b1[0]) + num(b2[0]) + num(b3[0]), w[2] if w else 0, "benefit weights")
        c.eq(num(b1[4]) + num(b2[6]) + num(b3[1]), bo[0], "benefit scores")
    s = c.g(r"满意度问卷(\d+)份，收回(\d+)份，其中满意和基本满意(\d+)份，满意度([\d.]+)%，得(\d+)分")
    st = c.g(r"满意度不低于(\d+)%")
    if s and st and t:
        c.le(s[2], s[1], "satisfied <= returned")
        c.le(s[1], s[0], "returned <= sent")
        c.near(s[3], num(s[2]) / num(s[1]) * HUNDRED, "满意度")
        c.le(s[3], 100, "满意度 <= 100%")
        c.eq(s[0], t[0], "questionnaires = units")
        if num(s[3]) >= num(st[0]):
            c.eq(s[4], w[3] if w else 0, "satisfaction score")
    tot = c.g(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得(\d+)分，合计([\d.]+)分")
    if tot and x and po and bo and s:
        c.eq(tot[0], x[2], "execution score restated")
        c.eq(tot[1], po[0], "output score restated")
        c.eq(tot[2], bo[0], "benefit score restated")
        c.eq(tot[3], s[4], "satisfaction score restated")
        c.eq(sum(num(y) for y in tot[:4]), tot[4], "total = sum of first-level scores")
        for sc, wt in zip(tot[:4], w or []):
            c.le(sc, wt, "first-level score <= weight")
    gr = c.g(r"自评等级为(“.”)")
    if gr and tot:
        c.grade(tot[4], gr[0], "grade")


def check_huinan(c):
    f = funds_table(c)
    ind, tw, ts = indicator_table(c, extra_weight=num(f["年度资金总额"]["分值"]) if f else 0,
                                  extra_score=num(f["年度资金总额"]["得分"]) if f else 0)
    if not f or not ind:
        return
    tot = f["年度资金总额"]
    ini = c.g(r"本项目年初预算([\d.]+)万元")
    add = c.g(r"年中追加([\d.]+)万元")
    car = c.g(r"加上(\d{4})年结转的会计监督检查经费([\d.]+)万元，全年预算([\d.]+)万元")
    if ini and add and car:
        c.eq(ini[0], tot["年初预算数"], "initial budget text vs table")
        c.eq(car[0], c.year - 1, "carry-over from previous year")
        c.eq(car[2], num(ini[0]) + num(add[0]) + num(car[1]), "annual = initial + added + carried")
        c.eq(car[2], tot["全年预算数"], "annual text vs table")
        c.eq(f["当年财政拨款"]["全年预算数"], num(ini[0]) + num(add[0]), "appropriation annual")
        c.eq(f["上年结转资金"]["全年预算数"], car[1], "carry-over row")
    e = c.g(r"全年支出([\d.]+)万元，执行率([\d.]+)%，未支出的([\d.]+)万元结转至(\d{4})年")
    if e and car:
        c.eq(e[0], tot["全年执行数"], "spent text vs table")
        c.near(e[1], num(e[0]) / num(car[2]) * HUNDRED, "执行率 text")
        c.eq(e[2], num(car[2]) - num(e[0]), "unspent = annual - spent")
    p = c.g(r"协查费([\d.]+)万元，检查人员差旅及误餐补助([\d.]+)万元，财会人员培训及宣传费([\d.]+)万元，以上为当年财政拨款支出([\d.]+)万元；另支出上年结转资金([\d.]+)万元")
    if p and e:
        c.eq(sum(num(x) for x in p[:3]), p[3], "appropriation spending parts")
        c.eq(p[3], f["当年财政拨款"]["全年执行数"], "appropriation spent vs table")
        c.eq(p[4], f["上年结转资金"]["全年执行数"], "carry-over spent vs table")
        c.eq(num(p[3]) + num(p[4]), e[0], "spent = appropriation + carry-over")
    u = c.g(r"完成专项检查(\d+)户，未达到(\d+)户的目标，主要是年内机构改革中有(\d+)个单位合并、(\d+)个单位转隶")
    if u:
        c.eq(u[0], actual_num(ind, "专项检查单位户数"), "units text vs table")
        c.eq(u[1], target_num(ind, "专项检查单位户数"), "unit target text vs table")
        c.eq(num(u[1]) - num(u[2]) - num(u[3]), u[0], "target - merged - transferred = done")
    ag = c.g(r"抽查代理记账机构(\d+)家，完成目标")
    if ag:
        c.eq(ag[0], actual_num(ind, "抽查代理记账机构"), "agencies")
    ph = c.g(r"(\d+)个阶段任务中，按时完成(\d+)个，按时完成率(\d+)%")
    if ph:
        c.near(ph[2], num(ph[1]) / num(ph[0]) * HUNDRED, "阶段任务按时完成率")
        c.eq(ph[2], actual_num(ind, "专项行动阶段任务按时完成率"), "阶段任务 text vs table")
    co = c.g(r"全年支出([\d.]+)万元，检查(\d+)户，户均检查成本([\d.]+)万元，控制在([\d.]+)万元以内")
    if co and e:
        c.eq(co[0], e[0], "spent restated")
        c.near(co[2], num(co[0]) / num(co[1]), "cost per unit")
        c.eq(co[2], actual_num(ind, "户均检查成本"), "cost text vs table")
    vm = c.g(r"查出违规问题金额([\d.]+)万元，未达到(\d+)万元")
    if vm:
        c.eq(vm[0], actual_num(ind, "查出违规问题金额"), "violation money text vs table")
    rc = c.g(r"督促收回违规资金([\d.]+)万元，其中收回多发津补贴([\d.]+)万元、收回违规报销费用([\d.]+)万元")
    if rc:
        c.eq(rc[0], num(rc[1]) + num(rc[2]), "recovered = parts")
        c.eq(rc[0], actual_num(ind, "督促收回违规资金"), "recovered text vs table")
    s = c.g(r"发放问卷(\d+)份，回收(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    if s:
        c.near(s[3], num(s[2]) / num(s[1]) * HUNDRED, "满意度")
        c.le(s[1], s[0], "returned <= sent")
        c.eq(s[3], actual_num(ind, "被检查单位满意度"), "满意度 text vs table")
    sc = c.g(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为(“.”)")
    if sc:
        c.eq(sc[0], tot["得分"], "execution score")
        for lab, val in zip(("产出指标", "效益指标", "满意度指标"), sc[1:4]):
            c.eq(val, first_level(ind, lab)[1], f"{lab} score text vs table")
        c.eq(sum(num(x) for x in sc[:4]), sc[4], "text scores add up")
        c.eq(sc[4], ts, "total text vs table")
        c.grade(sc[4], sc[5], "grade")


def dept_funds(c):
    header, rows = table_block(c.t, "支出类别｜")
    out = {}
    for r in rows:
        if len(r) != len(header):
            c.fail(f"dept funds row {r}")
            continue
        out[re.sub(r"^(其中：|一、|二、)", "", r[0])] = dict(zip(header, r))
    tree = {"合计": ["基本支出", "项目支出"], "基本支出": ["人员经费", "公用经费"],
            "项目支出": ["政府投资审计中介服务费", "审计业务专项经费", "审计信息化建设"]}
    for parent, kids in tree.items():
        for col in ("年初预算数", "全年预算数", "全年执行数"):
            c.eq(out[parent][col], sum(num(out[k][col]) for k in kids), f"dept funds {parent} {col}")
    for k, v in out.items():
        c.near(v["执行率"].rstrip("%"), num(v["全年执行数"]) / num(v["全年预算数"]) * HUNDRED, f"dept {k} 执行率")
        c.le(v["全年执行数"], v["全年预算数"], f"dept {k} executed above budget")
    return out


def check_xiuying(c):
    f = dept_funds(c)
    ind, tw, ts = indicator_table(c)
    if not f or not ind:
        return
    tot = f["合计"]
    inc = c.g(r"全年收入([\d.]+)万元")
    if inc:
        c.eq(inc[0], tot["全年预算数"], "income = annual budget")
    e = c.g(r"全年部门支出([\d.]+)万元，执行率([\d.]+)%。其中基本支出([\d.]+)万元，占总支出的([\d.]+)%；项目支出([\d.]+)万元，占([\d.]+)%")
    if e:
        c.eq(e[0], tot["全年执行数"], "spent text vs table")
        c.eq(e[1], tot["执行率"].rstrip("%"), "rate text vs table")
        c.eq(e[2], f["基本支出"]["全年执行数"], "basic spent")
        c.eq(e[4], f["项目支出"]["全年执行数"], "project spent")
        c.near(e[3], num(e[2]) / num(e[0]) * HUNDRED, "basic share")
        c.near(e[5], num(e[4]) / num(e[0]) * HUNDRED, "project share")
    d = c.g(r"差额([\d.]+)万元，为年中增加的人员经费([\d.]+)万元和追加的项目经费([\d.]+)万元")
    if d:
        c.eq(d[0], num(tot["全年预算数"]) - num(tot["年初预算数"]), "annual - initial")
        c.eq(d[1], num(f["人员经费"]["全年预算数"]) - num(f["人员经费"]["年初预算数"]), "personnel increase")
        c.eq(d[2], num(f["项目支出"]["全年预算数"]) - num(f["项目支出"]["年初预算数"]), "project increase")
        c.eq(d[0], num(d[1]) + num(d[2]), "increase parts")
    u = c.g(r"全年未使用的([\d.]+)万元中，审计信息化建设项目([\d.]+)万元[^，]*，已申请结转至(\d{4})年支付，其余([\d.]+)万元")
    if u:
        c.eq(u[0], num(tot["全年预算数"]) - num(tot["全年执行数"]), "unused = annual - spent")
        c.eq(u[1], num(f["审计信息化建设"]["全年预算数"]) - num(f["审计信息化建设"]["全年执行数"]), "IT unused")
        c.eq(u[0], num(u[1]) + num(u[3]), "unused parts")
    s3 = c.g(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元，因公出国（境）费用(\d+)元；比(\d{4})年的([\d.]+)万元下降([\d.]+)%")
    if s3:
        c.eq(s3[1], num(s3[2]) + num(s3[3]) + num(s3[4]) / 10000, "三公 parts")
        c.eq(s3[5], c.year - 1, "previous-year comparison")
        c.near(s3[7], (num(s3[6]) - num(s3[1])) / num(s3[6]) * HUNDRED, "三公 decline")
        c.eq(s3[1], actual_num(ind, "“三公”经费支出"), "三公 actual vs table")
        c.eq(s3[0], target_num(ind, "“三公”经费支出"), "三公 budget vs target")
    c.eq(actual_num(ind, "公用经费支出"), f["公用经费"]["全年执行数"], "公用经费 indicator vs funds")
    c.eq(target_num(ind, "公用经费支出"), f["公用经费"]["全年预算数"], "公用经费 target vs funds")
    c.eq(actual_num(ind, "部门预算执行率"), tot["执行率"].rstrip("%"), "预算执行率 indicator vs funds")
    pl = c.g(r"计划审计（调查）项目(\d+)个，完成(\d+)个，年度审计计划完成率([\d.]+)%；其中经济责任审计领导干部(\d+)人")
    if pl:
        c.near(pl[2], num(pl[1]) / num(pl[0]) * HUNDRED, "计划完成率")
        c.eq(pl[1], actual_num(ind, "完成审计（调查）项目"), "projects vs table")
        c.eq(pl[2], actual_num(ind, "年度审计计划完成率"), "plan rate vs table")
        c.eq(pl[3], actual_num(ind, "经济责任审计领导干部"), "leaders vs table")
    pp = c.g(r"计划开展审计（调查）项目(\d+)个")
    if pp and pl:
        c.eq(pp[0], pl[0], "planned projects restated")
    ms = c.g(r"全年审计促进增收节支([\d.]+)万元")
    ov = c.g(r"超目标([\d.]+)%")
    if ms and ov:
        c.eq(ms[0], actual_num(ind, "审计促进增收节支金额"), "增收节支 text vs table")
        a, t = num(actual_num(ind, "审计促进增收节支金额")), num(target_num(ind, "审计促进增收节支金额"))
        c.near(ov[0], (a - t) / t * HUNDRED, "over-achievement")
    cl = c.g(r"移送问题线索(\d+)件，低于年初(\d+)件的目标")
    if cl:
        c.eq(cl[0], actual_num(ind, "移送问题线索"), "clues actual")
        c.eq(cl[1], target_num(ind, "移送问题线索"), "clues target")
    zg = c.g(r"审计发现问题(\d+)个，已整改(\d+)个，整改率([\d.]+)%")
    if zg:
        c.near(zg[2], num(zg[1]) / num(zg[0]) * HUNDRED, "整改率")
        c.eq(zg[2], actual_num(ind, "审计发现问题整改率"), "整改率 vs table")
    s = c.g(r"发放问卷(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    if s:
        c.near(s[2], num(s[1]) / num(s[0]) * HUNDRED, "满意度")
        c.eq(s[2], actual_num(ind, "被审计单位满意度"), "满意度 vs table")
    pr = c.g(r"政府投资审计中介服务费执行率([\d.]+)%，审计业务专项经费执行率([\d.]+)%，审计信息化建设执行率([\d.]+)%")
    if pr:
        for k, v in zip(("政府投资审计中介服务费", "审计业务专项经费", "审计信息化建设"), pr):
            c.eq(v, f[k]["执行率"].rstrip("%"), f"{k} rate text vs table")
    lo = c.g(r"执行率仅([\d.]+)%")
    if lo:
        c.eq(lo[0], f["审计信息化建设"]["执行率"].rstrip("%"), "IT rate restated")
    ps = c.g(r"自评得分分别为(\d+)分（(.)）、(\d+)分（(.)）、(\d+)分（(.)），平均得分([\d.]+)分")
    if ps:
        for i in (0, 2, 4):
            c.grade(ps[i], ps[i + 1], "project grade")
        c.near(ps[6], (num(ps[0]) + num(ps[2]) + num(ps[4])) / 3, "average project score")
    fl = [first_level(ind, lab) for lab in ("预算执行", "产出指标", "效益指标", "满意度指标")]
    c.eq(fl[0][0], 10, "execution weight")
    c.eq(fl[0][0] + fl[1][0] + fl[2][0] + fl[3][0], 100, "first-level weights")
    r = c.g(r"部门整体支出自评得分([\d.]+)分，评价等级为(.)")
    if r:
        c.eq(r[0], ts, "total text vs table")
        c.grade(r[0], r[1], "grade")


PROJECTS = {
    "danleng-touzishenji-2022": check_danleng,
    "fufeng-jingzeshenji-2019": check_fufeng,
    "qingliu-kuaijijiancha-2020": check_qingliu,
    "huinan-caihuijiandu-2023": check_huinan,
    "xiuying-shenjiju-2024": check_xiuying,
}


def run_checks(src, name, text):
    c = Ctx(name, text, int(src[-4:]))
    title = text.split("\n", 3)[:3]
    if not any(str(c.year) + "年度" in ln for ln in title):
        c.fail("title does not name the evaluation year")
    generic_years(c)
    try:
        PROJECTS[src](c)
    except (KeyError, ValueError, ArithmeticError, TypeError) as exc:
        c.fail(f"exception {exc!r}")
    return c.fails


def one_place(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        return False, "no difference"
    start, end = ops[0][1], ops[-1][2]
    stretch = a[start:end]
    if stretch.count("\n") > 1 or end - start > 200:
        return False, f"changes spread over {stretch.count(chr(10)) + 1} lines / {end - start} chars"
    return True, ""


def main():
    verbose = "-v" in sys.argv
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ disagree")
    count = {k: 0 for k in CODES}
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    for rec in labels:
        text = texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{rec['case']}: {n} characters")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected {len(rec['expected'])} labels")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                problems.append(f"{rec['case']}: unknown code {exp['code']}")
            else:
                count[exp["code"]] += 1
            if exp["value"] not in text:
                problems.append(f"{rec['case']}: value {exp['value']!r} not in case")
        clean = texts[f"{rec['source']}-clean.txt"]
        ok, why = one_place(clean, text)
        if not ok:
            problems.append(f"{rec['case']}: {why}")
        for exp in rec["expected"]:
            if exp["value"] in clean:
                problems.append(f"{rec['case']}: value {exp['value']!r} already in the clean draft")
    for k, v in count.items():
        if v < 2:
            problems.append(f"code {k} occurs {v} times")
    for src in PROJECTS:
        fails = run_checks(src, f"{src}-clean.txt", texts[f"{src}-clean.txt"])
        for fl in fails:
            problems.append(f"{src}-clean: {fl}")
        for rec in labels:
            if rec["source"] == src and not rec["clean"]:
                ef = run_checks(src, rec["case"], texts[rec["case"]])
                if not ef:
                    problems.append(f"{rec['case']}: injected slip not visible to the arithmetic")
                elif verbose:
                    print(f"{rec['case']} [{rec['expected'][0]['code']}]: " + " | ".join(ef))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(files)} cases, {sum(count.values())} injected errors, codes: "
          + ", ".join(f"{k}={v}" for k, v in count.items()))
    print("OK")


if __name__ == "__main__":
    main()
