#!/usr/bin/env python3
"""Verify drafts149: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def read(name):
    return open(os.path.join(CASES, name), encoding="utf-8").read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written; computed: Decimal. Tolerance = half a unit of the last digit."""
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(num(stated) - computed) <= tol


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


NUM = r"(\d[\d,]*(?:\.\d+)?)"


def stated_in(text, snippet, case):
    """The snippet must occur in the text; return the last number in it (string)."""
    if snippet not in text:
        fail(f"{case}: snippet not found: {snippet!r}")
        return None
    found = re.findall(NUM, snippet)
    return found[-1] if found else None


def check(text, case, snippet, computed, what):
    s = stated_in(text, snippet, case)
    if s is None:
        return
    if not close(s, computed):
        fail(f"{case}: {what}: stated {s}, computed {computed}")


def grade_of(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- tables
def cells(line):
    return line.split("｜")


def parse_tables(text, case):
    lines = text.split("\n")
    funds, ind, total = None, [], None
    fund_rows = []
    ind_hdr = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        if "年初预算数" in ln and "｜" in ln:
            hdr = cells(ln)
            j = i + 1
            while j < len(lines) and "｜" in lines[j] and not lines[j].startswith(("年度总体目标", "一级指标")):
                fund_rows.append(cells(lines[j]))
                j += 1
            funds = (hdr, fund_rows)
            i = j
            continue
        if ln.startswith("一级指标｜"):
            ind_hdr = cells(ln)
            j = i + 1
            while j < len(lines) and "｜" in lines[j]:
                c = cells(lines[j])
                if c[0] in ("总分", "合计"):
                    total = c
                else:
                    ind.append(c)
                j += 1
            i = j
            continue
        i += 1
    return funds, ind_hdr, ind, total


def parse_target(s):
    s = s.strip()
    m = re.match(r"^(≥|≤|＝|=)?\s*" + NUM + r"(.*)$", s)
    if not m:
        return None
    sign, n, unit = m.group(1), m.group(2), m.group(3)
    direction = {"≥": "gte", "≤": "lte"}.get(sign, "eq")
    return direction, num(n), unit.split("/")[0]


def parse_actual(s):
    m = re.match(r"^" + NUM + r"(.*)$", s.strip())
    if not m:
        return None
    return num(m.group(1)), m.group(2).split("/")[0]


def check_tables(text, case):
    funds, hdr, rows, total = parse_tables(text, case)
    if funds is None or hdr is None or total is None:
        fail(f"{case}: table not found")
        return None
    fh, frows = funds
    ci = {name: k for k, name in enumerate(fh)}
    col = lambda key: next(k for k, n in enumerate(fh) if n.startswith(key))
    c_init, c_ann, c_exe = col("年初预算数"), col("全年预算数"), col("全年执行数")
    c_w, c_rate, c_sc = col("分值"), col("执行率"), col("得分")
    tot = frows[0]
    assert tot[0] == "年度资金总额", tot
    subs = frows[1:]
    for c in (c_init, c_ann, c_exe):
        s = sum(num(r[c]) for r in subs)
        if s != num(tot[c]):
            fail(f"{case}: funds column {fh[c]}: components {s} != total {tot[c]}")
    for r in frows:
        ann, exe = num(r[c_ann]), num(r[c_exe])
        rate = r[c_rate]
        if rate in ("—", ""):
            continue
        if ann == 0:
            fail(f"{case}: rate on zero base in row {r[0]}")
            continue
        if not close(rate.rstrip("%"), exe / ann * 100):
            fail(f"{case}: execution rate of {r[0]}: {rate} vs {exe / ann * 100:.4f}")
    rate_total = num(tot[c_rate].rstrip("%"))
    ex_score = tot[c_sc]
    comp1 = D(10) * min(num(tot[c_exe]) / num(tot[c_ann]), D(1))
    comp2 = D(10) * min(rate_total / 100, D(1))
    if not (close(ex_score, comp1) or close(ex_score, comp2)):
        fail(f"{case}: execution score {ex_score} vs {comp1:.4f}")
    # indicators
    k_w = hdr.index("分值")
    k_s = hdr.index("得分")
    k_t = hdr.index("年度指标值")
    k_a = hdr.index("实际完成值")
    k_c = hdr.index("完成率") if "完成率" in hdr else None
    wsum = num(tot[c_w])
    ssum = num(ex_score)
    by_l1 = {}
    for r in rows:
        w, sc = num(r[k_w]), num(r[k_s])
        wsum += w
        ssum += sc
        by_l1[r[0]] = by_l1.get(r[0], D(0)) + w
        if sc > w or sc < 0:
            fail(f"{case}: score {sc} outside [0, {w}] in {r[2]}")
        t, a = parse_target(r[k_t]), parse_actual(r[k_a])
        if t is None or a is None:
            # qualitative: any score in [0, w]; completion must be '—'
            if k_c is not None and r[k_c] != "—":
                fail(f"{case}: qualitative row with completion {r[k_c]}")
            continue
        direction, T, tu = t
        A, au = a
        if tu.strip() != au.strip():
            fail(f"{case}: unit of target {r[k_t]!r} != unit of actual {r[k_a]!r}")
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
        else:
            comp = A / T * 100
        exp_score = w * min(comp / 100, D(1))
        if not close(r[k_s], exp_score):
            fail(f"{case}: score of {r[2]}: {r[k_s]} vs rule {exp_score:.4f}")
        if k_c is not None and r[k_c] != "—" and not close(r[k_c].rstrip("%"), comp):
            fail(f"{case}: completion of {r[2]}: {r[k_c]} vs {comp:.4f}")
    if wsum != 100 or num(total[k_w]) != 100:
        fail(f"{case}: weights sum {wsum}, total row {total[k_w]}")
    if ssum != num(total[k_s]):
        fail(f"{case}: scores sum {ssum} != total row {total[k_s]}")
    return {"total": total[k_s], "weights_by_l1": by_l1, "funds": tot, "cols": (c_init, c_ann, c_exe)}


def check_grade(text, case, total):
    m = re.search(r"得分" + NUM + r"分，(?:评价)?等级为[“\"]?(优秀|良好|优|良|中|差)", text)
    if not m:
        fail(f"{case}: total + grade sentence not found")
        return
    if total is not None and num(m.group(1)) != num(total):
        fail(f"{case}: text total {m.group(1)} != table total {total}")
    if grade_of(num(m.group(1))) != m.group(2)[0]:
        fail(f"{case}: grade {m.group(2)} for {m.group(1)}")


# ---------------------------------------------------------------- per draft
# Inputs are read from the text with val(): each snippet must occur and its last number is the value.
def val(text, case, snippet):
    s = stated_in(text, snippet, case)
    return num(s) if s is not None else D(0)


def yanqing(t, c):
    V = lambda s: val(t, c, s)
    info = check_tables(t, c)
    check_grade(t, c, info["total"])
    init, add, ann, spent = V("本项目年初预算86.00"), V("区财政追加4.50"), V("全年预算90.50"), V("全年实际支出88.72")
    check(t, c, "全年预算90.50万元", init + add, "annual = initial + 追加")
    check(t, c, "预算执行率98.03%", spent / ann * 100, "execution rate")
    check(t, c, "年末结余1.78万元", ann - spent, "balance")
    check(t, c, "结余1.78万元已收回", ann - spent, "balance (again)")
    parts = [V("案件补贴55.94"), V("人民调解员业务培训7.48"), V("调委会规范化建设16.30"), V("人民调解宣传及专家咨询9.00")]
    if sum(parts) != spent:
        fail(f"{c}: spending parts {sum(parts)} != {spent}")
    check(t, c, "人民调解委员会426个", V("乡镇（街道）调委会18") + V("村（居）调委会376") + V("行业性专业性调委会32"), "committees")
    n1, n2, n3 = V("简易纠纷2,140"), V("一般纠纷986"), V("重大疑难纠纷62件")
    total = n1 + n2 + n3
    check(t, c, "受理调解各类矛盾纠纷3,188件", total, "case total")
    check(t, c, "3,188件纠纷中", total, "case total (again)")
    check(t, c, "调解纠纷3188件", total, "goal block")
    check(t, c, "≥3000件｜3188件", total, "table row")
    check(t, c, "增长7.52%", (total - V("较2021年的2,965")) / V("较2021年的2,965") * 100, "growth on 2021")
    sub = n1 * V("简易纠纷每件100") + n2 * V("一般纠纷每件300") + n3 * V("重大疑难纠纷每件800")
    check(t, c, "“以案定补”案件补贴55.94万元", sub / 10000, "subsidy = counts x standards")
    check(t, c, "平均每件175.47元", sub / total, "average subsidy per case")
    tr = [V("分别为126"), V("、138"), V("、97"), V("、115人次")]
    check(t, c, "平均每期119人次", sum(tr) / len(tr), "training average")
    check(t, c, "合计476人次", sum(tr), "training total")
    check(t, c, "≥450人次｜476人次", sum(tr), "training in table")
    ok_ = V("调解成功3,102")
    check(t, c, "调解成功率97.30%", ok_ / total * 100, "success rate")
    check(t, c, "协议履行率94.20%", V("已履行2,922") / ok_ * 100, "performance rate")
    check(t, c, "就地化解率83.59%", V("化解2,665") / total * 100, "local resolution")
    check(t, c, "较目标低1.41个百分点", D(85) - D("83.59"), "gap to target")
    check(t, c, "达标率94.44%", V("中17个") / V("18个乡镇（街道）调委会中") * 100, "standardisation")
    check(t, c, "满意度95.83%", V("表示满意的575") / V("对600") * 100, "satisfaction")
    check(t, c, "本项目无上年结转资金，年末结余1.78万元", ann - spent, "balance (other)")
    stated_in(t, "评价年度｜2022年度", c)
    stated_in(t, "2022年度人民调解专项经费项目支出绩效自评报告", c)


def qingpu(t, c):
    V = lambda s: val(t, c, s)
    info = check_tables(t, c)
    check_grade(t, c, info["total"])
    check(t, c, "累计管理社区矫正对象436人", V("年初在册268") + V("当年新接收168"), "managed")
    check(t, c, "年末在册260人", V("累计管理社区矫正对象436") - V("解除矫正176"), "year-end roll")
    ann = V("调整后全年预算为118.40")
    check(t, c, "调整后全年预算为118.40万元", V("批复本项目预算126.00") - V("调减7.60"), "annual budget")
    spent = V("本项目支出115.26")
    parts = [V("购买社会工作服务62.40"), V("公益活动18.76"), V("信息化运维21.30"), V("志愿者补贴12.80")]
    if sum(parts) != spent:
        fail(f"{c}: spending parts {sum(parts)} != {spent}")
    check(t, c, "预算执行率为97.35%", spent / ann * 100, "execution rate")
    check(t, c, "年末结余3.14万元", ann - spent, "balance")
    check(t, c, "人均年服务成本7.80万元", parts[0] / V("由8名"), "per social worker")
    check(t, c, "再犯罪率0.23%", V("重新犯罪1人") / V("累计管理社区矫正对象436") * 100, "reoffending")
    check(t, c, "就业就学率88.46%", V("就业就学230") / V("年末在册260人中") * 100, "employment")
    check(t, c, "满意度93.5%", V("满意或基本满意的374") / V("发放问卷400") * 100, "satisfaction")
    check(t, c, "预算执行率扣0.27分", D(10) - V("97.35%｜9.73"), "deduction execution")
    check(t, c, "心理辅导指标扣0.63分", D(10) - V("93.67%｜10｜9.37"), "deduction counselling")
    check(t, c, "本项目自评得分97.10分", D(100) - V("扣0.27") - V("扣0.63") - V("可持续影响指标扣2"), "total from deductions")
    stated_in(t, "2024年度社区矫正专项经费", c)
    stated_in(t, "附：2024年度项目支出绩效自评表", c)


def babu(t, c):
    V = lambda s: val(t, c, s)
    check_grade(t, c, None)
    local, reg, cen = V("区本级财政安排37.00"), V("自治区补助资金15.00"), V("办案专款12.00")
    init, ann = V("年初预算52.00"), V("调整后全年预算64.00")
    check(t, c, "年初预算52.00万元", local + reg, "initial budget")
    check(t, c, "调整后全年预算64.00万元", init + cen, "annual budget")
    s_cen, s_reg, s_loc = V("中央补助资金12.00万元全部支出"), V("支出14.20"), V("支出33.55")
    spent = V("全年实际支出59.75")
    check(t, c, "全年实际支出59.75万元", s_cen + s_reg + s_loc, "spending by source")
    check(t, c, "预算执行率93.36%", spent / ann * 100, "execution rate")
    check(t, c, "全部支出，执行率100%", s_cen / cen * 100, "central rate")
    check(t, c, "支出14.20万元，执行率94.67%", s_reg / reg * 100, "regional rate")
    check(t, c, "支出33.55万元，执行率90.68%", s_loc / local * 100, "county rate")
    if "市级补助资金0万元，当年未发生支出" not in t:
        fail(f"{c}: zero municipal budget must carry no rate")
    check(t, c, "未支出的4.25万元", ann - spent, "unspent")
    check(t, c, "结转至2021年的4.25万元", ann - spent, "unspent (again)")
    if t.count("结转至2021年") != 2 or "2020年度法律援助专项经费" not in t:
        fail(f"{c}: carry-over year")
    k1, k2, k3 = V("（112件"), V("（346件"), V("（31件")
    a1, a2, a3 = V("刑事案件补贴13.44"), V("民事案件补贴20.76"), V("行政及非诉讼案件补贴1.24")
    check(t, c, "刑事案件补贴13.44万元", k1 * V("每件1,200元") / 10000, "criminal")
    check(t, c, "民事案件补贴20.76万元", k2 * V("每件600元") / 10000, "civil")
    check(t, c, "行政及非诉讼案件补贴1.24万元", k3 * V("每件400元") / 10000, "administrative")
    paid = V("支付办案补贴35.44")
    check(t, c, "支付办案补贴35.44万元", a1 + a2 + a3, "subsidy parts")
    check(t, c, "审查合格的489件", k1 + k2 + k3, "paid cases")
    cases = V("全年办理法律援助案件527")
    check(t, c, "其余38件", cases - V("审查合格的489"), "unpaid cases")
    check(t, c, "工作站运转及宣传支出12.31万元", spent - paid - V("支付值班律师补贴12.00"), "spending by use")
    q = [V("分别受理112"), V("件、135"), V("件、128"), V("件、152")]
    check(t, c, "全年办理法律援助案件527件", sum(q), "quarters add up")
    check(t, c, "增长13.82%", (cases - V("较2019年的463")) / V("较2019年的463") * 100, "growth on 2019")
    check(t, c, "完成率109.79%", cases / V("年度目标480") * 100, "cases completion")
    check(t, c, "平均每季度131.75件", sum(q) / 4, "quarterly average")
    duty = V("法律帮助574")
    check(t, c, "574人次，完成率95.67%", duty / V("法律帮助不少于600") * 100, "duty lawyer completion")
    check(t, c, "3,246人次，完成率108.20%", V("接待法律咨询3,246") / V("接待法律咨询不少于3,000") * 100, "consultation completion")
    check(t, c, "案件质量评估合格率97.37%", V("合格148") / V("结案案卷152") * 100, "quality")
    check(t, c, "满意度96.19%", V("满意404") / V("回访受援人420") * 100, "satisfaction")
    ex = V("预算执行得9.34")
    check(t, c, "预算执行得9.34分", D(10) * spent / ann, "execution score")
    check(t, c, "10分得9.57分", D(10) * duty / V("法律帮助不少于600"), "duty lawyer score")
    out = V("产出指标合计得49.57")
    check(t, c, "产出指标合计得49.57分", V("办案数量15") + V("法律咨询10") + V("案件质量10") + V("补贴发放时效5") + V("10分得9.57"), "output score")
    ben = V("合计得27")
    check(t, c, "合计得27分", D(10 + 10) + V("长效机制10分得7"), "benefit score")
    check(t, c, "综合自评得分95.91分", ex + out + ben + V("满意度指标得10"), "total score")
    w = V("预算执行10") + V("产出指标50") + V("效益指标30") + V("满意度指标10分")
    if w != 100 or V("办案数量15") + V("法律咨询10") + V("案件质量10") + V("补贴发放时效5") + V("值班律师法律帮助10") != 50:
        fail(f"{c}: weights")


def qionghai(t, c):
    V = lambda s: val(t, c, s)
    info = check_tables(t, c)
    check_grade(t, c, info["total"])
    init, carry, add = V("年初预算150.00"), V("服务费12.00万元作为上年结转"), V("追加预算6.00")
    ann = V("全年预算合计168.00")
    check(t, c, "全年预算合计168.00万元", init + carry + add, "annual budget")
    check(t, c, "其中当年财政拨款156.00万元", init + add, "fiscal part")
    spent = V("全年支出160.86")
    check(t, c, "全年支出160.86万元", V("中介机构审计服务费128.80") + V("专家评审费9.36") + V("审计现场业务费14.50") + V("软件运维费8.20"), "spending parts")
    check(t, c, "执行率95.75%", spent / ann * 100, "execution rate")
    check(t, c, "未支付的7.14万元", ann - spent, "unspent")
    sent, fixed = V("送审金额12.46"), V("审定金额11.38")
    check(t, c, "审减金额1.08亿元", sent - fixed, "audit cut")
    check(t, c, "核减工程造价1.08亿元", sent - fixed, "audit cut (again)")
    check(t, c, "≥8000万元｜10800万元", (sent - fixed) * 10000, "audit cut in 万元")
    check(t, c, "综合审减率8.67%", V("审减金额1.08") / sent * 100, "cut rate")
    check(t, c, "24个项目由我局自行审计", V("将86个项目") - V("其中62个"), "self-audited")
    check(t, c, "平均审计服务费2.08万元", V("中介机构审计服务费128.80") / V("其中62个"), "average fee")
    check(t, c, "整改率72.00%", V("已整改90") / V("发现问题125") * 100, "rectification")
    check(t, c, "按期完成率80.23%", V("按计划期限完成69") / V("全年完成政府投资审计项目86") * 100, "on time")
    check(t, c, "17个项目", V("全年完成政府投资审计项目86") - V("按计划期限完成69"), "late projects")
    check(t, c, "超过目标35%", ((sent - fixed) * 10000 - D(8000)) / D(8000) * 100, "over-achievement")
    check(t, c, "满意度86%", V("满意43") / V("收回50") * 100, "satisfaction")
    check(t, c, "预算执行得9.58分", num(info["funds"][6]), "execution score as in table")
    check(t, c, "产出指标得46.45分", D(10 + 10 + 5) + D(8) + D("8.45") + D(5), "output")
    check(t, c, "效益指标得22.50分", D(10 + 6) + D("6.5"), "benefit")
    check(t, c, "满意度指标得9.56分", D(10) * D(86) / D(90), "satisfaction score")
    check(t, c, "本项目自评得分88.09分", V("预算执行得9.58") + V("产出指标得46.45") + V("效益指标得22.50") + V("满意度指标得9.56"), "total")
    w = info["weights_by_l1"]
    if (w.get("产出指标"), w.get("效益指标"), w.get("满意度指标")) != (50, 30, 10):
        fail(f"{c}: level-1 weights {w}")
    stated_in(t, "已申请结转至2024年支付", c)


def yining(t, c):
    V = lambda s: val(t, c, s)
    info = check_tables(t, c)
    check_grade(t, c, info["total"])
    b0, p0 = V("其中基本支出398.00"), V("项目支出120.00")
    check(t, c, "年初预算518.00万元", b0 + p0, "initial budget")
    ab, ap = V("追加基本支出14.60"), V("追加项目支出53.80")
    check(t, c, "调整后全年预算586.40万元", V("年初预算518.00") + ab + ap, "annual budget")
    check(t, c, "其中基本支出412.60万元", b0 + ab, "basic annual")
    check(t, c, "项目支出173.80万元，全部", p0 + ap, "project annual")
    bs, ps = V("其中基本支出410.35"), V("项目支出161.57")
    check(t, c, "全年支出571.92万元", bs + ps, "spending parts")
    check(t, c, "预算执行率97.53%", V("全年支出571.92") / V("调整后全年预算586.40") * 100, "execution rate")
    check(t, c, "基本支出410.35万元，执行率99.45%", bs / V("其中基本支出412.60") * 100, "basic rate")
    check(t, c, "项目支出161.57万元，执行率92.96%", ps / V("项目支出173.80万元，全部") * 100, "project rate")
    pl = [V("第四次全国经济普查经费96.50"), V("统计调查专项经费48.30"), V("数据质量核查经费12.00"), V("统计信息化运维经费17.00")]
    check(t, c, "本年度项目支出173.80万元", sum(pl), "project list")
    check(t, c, "执行90.12万元，执行率93.39%", V("执行90.12") / pl[0] * 100, "census rate")
    check(t, c, "执行45.15万元，执行率93.48%", V("执行45.15") / pl[1] * 100, "survey rate")
    check(t, c, "全年发放10.80万元", V("全市150") * V("每户每月60") * 12 / 10000, "household diaries")
    check(t, c, "年末结转结余14.48万元", V("调整后全年预算586.40") - V("全年支出571.92"), "balance")
    check(t, c, "基本支出结余2.25万元", V("其中基本支出412.60") - bs, "basic balance")
    check(t, c, "项目支出结转12.23万元", V("项目支出173.80万元，全部") - ps, "project carry-forward")
    check(t, c, "下降12.86%", (V("较2018年的4.20") - V("经费支出3.66")) / V("较2018年的4.20") * 100, "三公 decrease")
    check(t, c, "核定编制20名", V("行政编制12") + V("事业编制8"), "staff")
    check(t, c, "完成率104.43%", V("完成单位清查4,386") / V("≥4200") * 100, "census completion")
    check(t, c, "｜4386个｜", V("完成单位清查4,386"), "census count in table")
    check(t, c, "｜34篇｜", V("统计分析报告34"), "reports in table")
    check(t, c, "｜36家｜", V("开展统计执法检查36"), "inspections in table")
    check(t, c, "达标比例75%", V("中12个") / V("16个乡（镇、场、街道）") * 100, "standardisation")
    check(t, c, "满意度88%", V("满意220") / V("有效样本250") * 100, "satisfaction")
    check(t, c, "预算执行得9.75分", num(info["funds"][6]), "execution score = table")
    check(t, c, "产出指标得49.00分", D(10 + 10 + 9 + 5 + 10 + 5), "output")
    check(t, c, "效益指标得27.88分", D(10) + D("8.5") + D("9.38"), "benefit")
    check(t, c, "满意度指标得9.78分", D(10) * D(88) / D(90), "satisfaction score")
    check(t, c, "综合得分96.41分", V("预算执行得9.75") + V("产出指标得49.00") + V("效益指标得27.88") + V("满意度指标得9.78"), "total")
    stated_in(t, "年度｜2019年", c)


DRAFTS = {
    "yanqing-mediation-2022": yanqing,
    "qingpu-correction-2024": qingpu,
    "babu-legalaid-2020": babu,
    "qionghai-investaudit-2023": qionghai,
    "yining-statsdept-2019": yining,
}


def one_place(clean, err, case):
    """The error case differs from the clean draft in one contiguous place (at most two lines)."""
    p = 0
    while p < min(len(clean), len(err)) and clean[p] == err[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
        s += 1
    a, b = clean[p:len(clean) - s], err[p:len(err) - s]
    if not a and not b:
        fail(f"{case}: identical to its clean draft")
        return
    if a.count("\n") > 1 or b.count("\n") > 1 or len(a) > 120 or len(b) > 120:
        fail(f"{case}: change is not in one place: {a!r} -> {b!r}")


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    code_count = {}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: {n} characters")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        for e in lab["expected"]:
            if e["code"] not in CODES:
                fail(f"{lab['case']}: unknown code {e['code']}")
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity {e['severity']}")
            if e["value"] not in text:
                fail(f"{lab['case']}: value not in case: {e['value']!r}")
            code_count[e["code"]] = code_count.get(e["code"], 0) + 1
        clean = read(lab["source"] + "-clean.txt")
        one_place(clean, text, lab["case"])
        # the changed figure lies inside the value: value must not occur in the clean draft
        if lab["expected"][0]["value"] in clean:
            fail(f"{lab['case']}: value also occurs in the clean draft")
    for code in sorted(CODES):
        if code_count.get(code, 0) < 2:
            fail(f"code {code} occurs {code_count.get(code, 0)} times")
    for src, fn in DRAFTS.items():
        fn(read(src + "-clean.txt"), src + "-clean.txt")
    print("codes:", ", ".join(f"{k}={v}" for k, v in sorted(code_count.items())))
    if FAIL:
        print(f"{len(FAIL)} failures")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
