#!/usr/bin/env python3
"""Verify the n131 set.

1. every label value occurs in its case; clean cases expect nothing;
2. every error case differs from its clean draft in one place (one short contiguous region);
3. the arithmetic of every clean draft holds: the 自评表 (execution rate and score, fund components,
   weights, row scores, completion rates, totals, grade band) and a list of facts per draft
   (sums, rates, balances, averages, repeated figures, years), each read from the text by a template.
The same checks are run on the error cases for information: each should break at least one check.
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
D = Decimal


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numeric helpers
def tol(v):
    return D(5) * D(10) ** (v.as_tuple().exponent - 1) + D("1e-9")


def near(v, c):
    """stated v (Decimal, decimals as written) agrees with computed c."""
    return abs(D(c) - v) <= tol(v)


def pct(v, num, den):
    return den != 0 and near(v, D(num) / D(den) * 100)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


NUM = r"(-?\d+(?:\.\d+)?)"


def template_regex(tpl):
    out, pos = [], 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        out.append(re.escape(tpl[pos:m.start()]))
        out.append(f"(?P<{m.group(1)}>-?\\d+(?:\\.\\d+)?)")
        pos = m.end()
    out.append(re.escape(tpl[pos:]))
    return "".join(out)


# ---------------------------------------------------------------- the 自评表
def cells(line):
    return [c.strip() for c in line.split("｜")]


def isnum(s):
    return re.fullmatch(NUM, s) is not None


def split_value(s):
    m = re.fullmatch(r"(≥|≤|＞|＜|>=|<=)?(\d+(?:\.\d+)?)(.*)", s)
    if not m or "年" in m.group(3):  # dates and free text are not quantities
        return None
    return m.group(1) or "", D(m.group(2)), m.group(3)


def check_table(text, fails, env):
    lines = text.split("\n")
    # funds block
    fi = [i for i, l in enumerate(lines) if l.startswith("年度资金总额｜")]
    if len(fi) != 1:
        fails.append("table: no single 年度资金总额 row")
        return
    i = fi[0]
    c = cells(lines[i])
    init, full, spent, w, rate, score = D(c[1]), D(c[2]), D(c[3]), D(c[4]), c[5], D(c[6])
    r = spent / full
    if not pct(D(rate.rstrip("%")), spent, full):
        fails.append(f"table: 执行率 {rate} vs {spent}/{full}")
    if not (near(score, w * min(r, D(1))) or near(score, w * min(D(rate.rstrip('%')) / 100, D(1)))):
        fails.append(f"table: execution score {score} vs {w}x{r:.4f}")
    if r > 1:
        fails.append("table: execution rate over 100%")
    env.update(T_init=init, T_full=full, T_spent=spent, T_execw=w, T_exec=score)
    subs = []
    j = i + 1
    while j < len(lines) and len(cells(lines[j])) == 7 and isnum(cells(lines[j])[1]):
        subs.append(cells(lines[j]))
        j += 1
    if subs:
        for k, tot in ((1, init), (2, full), (3, spent)):
            if sum(D(s[k]) for s in subs) != tot:
                fails.append(f"table: fund components column {k} do not add to {tot}")
    for s in subs:
        sfull, sspent, srate = D(s[2]), D(s[3]), s[5]
        if srate != "—":
            if sfull == 0:
                fails.append(f"table: rate {srate} on a zero base ({s[0]})")
            elif not pct(D(srate.rstrip("%")), sspent, sfull):
                fails.append(f"table: {s[0]} rate {srate} vs {sspent}/{sfull}")
            elif D(srate.rstrip("%")) > 100:
                fails.append(f"table: {s[0]} rate over 100%")
    # header row of the year
    # indicator block
    hi = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
    if len(hi) != 1:
        fails.append("table: no single indicator header")
        return
    head = cells(lines[hi[0]])
    it, ia = head.index("年度指标值"), head.index("实际完成值")
    ic = head.index("完成率") if "完成率" in head else None
    iw, isc = head.index("分值"), head.index("得分")
    blocks = {"产出指标": [D(0), D(0)], "效益指标": [D(0), D(0)], "满意度指标": [D(0), D(0)]}
    total_row = None
    for l in lines[hi[0] + 1:]:
        c = cells(l)
        if c[0] in blocks:
            wt, sc = D(c[iw]), D(c[isc])
            blocks[c[0]][0] += wt
            blocks[c[0]][1] += sc
            name = c[2]
            if sc > wt or sc < 0:
                fails.append(f"table: {name} score {sc} outside 0..{wt}")
            t, a = split_value(c[it]), split_value(c[ia])
            if t and a:
                sign, tv, tu = t
                _, av, au = a
                if tu != au:
                    fails.append(f"table: {name} unit {tu!r} vs {au!r}")
                    continue
                if tv == 0:
                    comp = D(1) if av <= 0 else D(0)
                elif sign in ("≤", "＜", "<="):
                    comp = D(1) if av <= tv else tv / av
                else:
                    comp = av / tv
                if not near(sc, wt * min(comp, D(1))):
                    fails.append(f"table: {name} score {sc} vs {wt}x{comp:.4f}")
                if ic is not None and c[ic] != "—":
                    if not near(D(c[ic].rstrip("%")), comp * 100):
                        fails.append(f"table: {name} 完成率 {c[ic]} vs {comp * 100:.2f}%")
            elif ic is not None and c[ic] not in ("—",) and t is None:
                pass
        elif c[0] in ("总分", "合计"):
            total_row = (D(c[iw]), D(c[isc]))
    if total_row is None:
        fails.append("table: no total row")
        return
    wsum = env["T_execw"] + sum(b[0] for b in blocks.values())
    ssum = env["T_exec"] + sum(b[1] for b in blocks.values())
    if wsum != 100 or total_row[0] != 100:
        fails.append(f"table: weights add to {wsum}, total row {total_row[0]}")
    if not near(total_row[1], ssum):
        fails.append(f"table: scores add to {ssum}, total row {total_row[1]}")
    env.update(T_total=total_row[1], T_out=blocks["产出指标"][1], T_ben=blocks["效益指标"][1],
               T_sat=blocks["满意度指标"][1], W_out=blocks["产出指标"][0], W_ben=blocks["效益指标"][0],
               W_sat=blocks["满意度指标"][0])
    # grade stated in the text
    gm = re.findall(r"得分(\d+(?:\.\d+)?)分，评价等级为“?([优良中差])", text)
    if not gm:
        fails.append("text: no score + grade sentence")
    for s, g in gm:
        if D(s) != total_row[1]:
            fails.append(f"text: total {s} vs table {total_row[1]}")
        if grade_of(D(s)) != g:
            fails.append(f"text: grade {g} for {s}")


# ---------------------------------------------------------------- facts per draft
# Each fact: (template, check). Placeholders {x} capture numbers (Decimal) into a namespace shared by
# the draft's facts and the table values (T_*); the check is a Python expression over it.
FACTS = {
    "longxian-supplycoop-2019": [
        ("部门名称｜陇县供销合作社联合社｜年度｜{ty}年", "ty == 2019"),
        ("批复我社预算{tot}万元，其中基本支出{b}万元（人员经费{p}万元、公用经费{g}万元），项目支出{x}万元（电子商务进农村服务体系建设{e}万元、基层供销社恢复重建{j}万元）",
         "near(tot, b + x) and near(b, p + g) and near(x, e + j) and tot == T_init"),
        ("下达电子商务进农村综合示范市级补助资金{add}万元，我社全年预算调整为{full}万元，其中项目支出调整为{xf}万元",
         "near(full, tot + add) and near(xf, x + add) and full == T_full"),
        ("全年实际支出{spent}万元，预算执行率{r}%。其中基本支出{bs}万元，按预算全额执行；项目支出{xs}万元",
         "pct(r, spent, full) and near(spent, bs + xs) and bs == b and spent == T_spent"),
        ("基本支出｜{tb1}｜{tb2}｜{tb3}｜—｜{tbr}%｜—", "tb1 == b and tb2 == b and tb3 == bs and pct(tbr, tb3, tb2)"),
        ("项目支出｜{tx1}｜{tx2}｜{tx3}｜—｜{txr}%｜—", "tx1 == x and tx2 == xf and tx3 == xs and pct(txr, tx3, tx2)"),
        ("全年预算{ef}万元，实际支出{es}万元，执行率{er}%，包括县级公共服务中心运营费{c1}万元、镇级服务站建设补助{c2}万元（{n2}个，每个{u2}万元）、村级服务点补助{c3}万元（{n3}个，每个补助{u3}元）、电商培训费{c4}万元；基层供销社恢复重建预算{jb}万元，支出{js}万元",
         "near(ef, e + add) and pct(er, es, ef) and near(es, c1 + c2 + c3 + c4) and near(c2, n2 * u2) and near(c3, n3 * u3 / 10000) and jb == j and near(xs, es + js)"),
        ("≤{cap}万元｜{capa}万元｜", "capa == es and cap == ef"),
        ("年末结余{bal}万元", "near(bal, full - spent)"),
        ("已按规定结转至{cy}年使用", "cy == 2020"),
        ("全年新建镇级电商服务站{tt1}个、村级电商服务点{tt2}个，开展电商实用技术培训{tt3}人次，带动农产品网络销售额达到{tt4}万元以上", "True"),
        ("全年建成并投入运营{a1}个，完成年度目标的{c1r}%", "pct(c1r, a1, tt1) and a1 == n2"),
        ("建成{a2}个，完成目标{tt2b}个的{c2r}%", "pct(c2r, a2, tt2b) and tt2b == tt2 and a2 == n3"),
        ("培训{a3}人次，完成目标的{c3r}%", "pct(c3r, a3, tt3)"),
        ("全年实现农产品网络销售额{a4}万元，完成年度目标的{c4r}%，较2018年的{l4}万元增长{g4}%", "pct(c4r, a4, tt4) and pct(g4, a4 - l4, l4)"),
        ("≥{tt4t}万元｜{a4t}万元｜", "a4t == a4 and tt4t == tt4"),
        ("新建镇级电商服务站｜≥{tt1t}个｜{a1t}个｜", "tt1t == tt1 and a1t == a1"),
        ("｜≥{tt3t}人次｜{a3t}人次｜", "tt3t == tt3 and a3t == a3"),
        ("{n5}个镇级服务站中{m5}个保持正常运营，持续运营率{r5}%", "pct(r5, m5, n5) and n5 == a1"),
        ("镇级服务站持续运营率｜≥95%｜{r5t}%｜", "r5t == r5"),
        ("收回{q}份，其中满意{s}份，服务对象满意度{sr}%", "pct(sr, s, q)"),
        ("服务对象满意度｜≥90%｜{srt}%｜", "srt == sr"),
        ("其中预算执行率得分{s1}分，产出指标得分{s2}分，效益指标得分{s3}分，满意度指标得分{s4}分",
         "s1 == T_exec and s2 == T_out and s3 == T_ben and s4 == T_sat"),
    ],
    "fuyu-grainrotation-2021": [
        ("地方储备粮规模{scale}万吨，其中玉米{corn}万吨、稻谷{rice}万吨", "near(scale, corn + rice)"),
        ("2021年项目年初预算{init}万元，年内未调整，全年预算{full}万元", "init == full and init == T_init and full == T_full"),
        ("保管费用补贴按每吨每年{ps}元计{keep}万元", "near(keep, scale * ps)"),
        ("轮换费用补贴按玉米每吨{pc}元、稻谷每吨{pr}元计{rot}万元，对应计划轮换玉米{qc}万吨、稻谷{qr}万吨", "near(rot, pc * qc + pr * qr)"),
        ("贷款利息补贴{intr}万元。", "near(full, keep + rot + intr)"),
        ("按计划完成年度轮换{plan}万吨", "near(plan, qc + qr)"),
        ("全年实际支出{spent}万元，预算执行率{r}%，年末结余{bal}万元", "pct(r, spent, full) and near(bal, full - spent) and spent == T_spent"),
        ("全年拨付保管费用补贴{pk}万元、玉米轮换费用补贴{pcr}万元", "pk == keep and near(pcr, pc * qc)"),
        ("全年实际发生贷款利息{ai}万元，利息补贴预算{ib}万元，执行率{ir}%", "ib == intr and pct(ir, ai, ib) and near(spent, pk + pcr + ai)"),
        ("稻谷轮换费用补贴{rn}万元因轮换推迟未拨付", "near(rn, pr * qr)"),
        ("结转{cy}年使用", "cy == 2022"),
        ("实际库存{stock}万吨", "stock == scale"),
        ("全年轮换玉米{rc}万吨（{rct}吨）", "rc == qc and near(rct, rc * 10000)"),
        ("年度轮换完成率{cr}%", "pct(cr, rc, plan)"),
        ("年度轮换数量｜≥{plt}万吨｜{rct2}万吨｜", "plt == plan and rct2 == rc"),
        ("宜存率{yc}%，略低于", "True"),
        ("储备粮宜存率｜≥98%｜{yct}%｜", "yct == yc"),
        ("轮换架空期{kk}个月，控制在4个月以内", "kk <= 4"),
        ("玉米轮换架空期｜≤4个月｜{kkt}个月｜", "kkt == kk"),
        ("地方储备粮库存规模｜≥{st1}万吨｜{st2}万吨｜", "st1 == scale and st2 == stock"),
        ("保管费用补贴标准｜≤{pst}元/吨·年｜{psa}元/吨·年｜", "pst == ps and psa == ps"),
        ("满意度{sat}%，企业对补贴拨付进度", "True"),
        ("承储企业满意度｜≥90%｜{satt}%｜", "satt == sat"),
        ("2020年本项目预算{ly}万元，当年执行{lys}万元，执行率{lyr}%", "pct(lyr, lys, ly)"),
        ("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "T_execw == 10 and W_out == 50 and W_ben == 30 and W_sat == 10"),
    ],
    "rongxian-countycommerce-2023": [
        ("提前下达我县2023年中央财政服务业发展资金{init}万元，纳入{y0}年年初预算；{y1}年7月，自治区追加下达县域商业体系建设资金{add}万元，全年预算{full}万元",
         "y0 == 2023 and y1 == 2023 and near(full, init + add) and init == T_init and full == T_full"),
        ("县级物流配送中心改造提升{b1}万元、乡镇商贸中心改造{b2}万元、农村新型便利店建设改造{b3}万元、农产品产地集配中心{b4}万元、农村电商直播带货培训{b5}万元",
         "near(full, b1 + b2 + b3 + b4 + b5)"),
        ("截至{cy}年12月31日，项目实际支出{spent}万元，预算执行率{r}%", "cy == 2023 and pct(r, spent, full) and spent == T_spent"),
        ("县级物流配送中心改造提升支出{s1}万元；{nt}个乡镇商贸中心共补助{s2}万元（杨梅镇{t1}万元、石寨镇{t2}万元、自良镇{t3}万元、黎村镇{t4}万元、六王镇{t5}万元、石头镇{t6}万元），平均每个{avg}万元",
         "near(s2, t1 + t2 + t3 + t4 + t5 + t6) and near(avg, s2 / nt) and near(avg, (t1 + t2 + t3 + t4 + t5 + t6) / 6) and s2 <= b2 and s1 <= b1"),
        ("农村新型便利店按每家{u}万元的标准补助{ns}家，支出{s3}万元", "near(s3, u * ns) and s3 <= b3"),
        ("农产品产地集配中心支出{s4}万元，执行率{r4}%", "pct(r4, s4, b4)"),
        ("电商直播带货培训支出{s5}万元", "near(spent, s1 + s2 + s3 + s4 + s5) and s5 <= b5"),
        ("未支出的{bal}万元", "near(bal, full - spent)"),
        ("结转至{cy2}年继续使用", "cy2 == 2024"),
        ("改造提升县级物流配送中心{g1}个，改造乡镇商贸中心{g2}个，建设改造农村新型便利店{g3}家，新建农产品产地集配中心{g4}个", "g2 == nt"),
        ("建成农村新型便利店{a3}家，完成计划{g3b}家的{c3}%", "a3 == ns and g3b == g3 and pct(c3, a3, g3)"),
        ("农产品产地集配中心建成{a4}个，完成目标的{c4}%", "pct(c4, a4, g4)"),
        ("农村网络零售额同比增长{gr}%，未达到{gt}%的目标", "gr < gt"),
        ("项目带动就业{jb}人，完成目标{jt}人的{jc}%", "pct(jc, jb, jt)"),
        ("{ns2}家新型便利店中{op}家正常经营，正常经营率{opr}%", "ns2 == a3 and pct(opr, op, ns2)"),
        ("发放问卷{q}份，收回{q2}份，满意{sq}份，满意度为{sat}%", "pct(sat, sq, q2)"),
        ("｜≥{g3t}家｜{a3t}家｜", "g3t == g3 and a3t == a3"),
        ("农产品产地集配中心｜≥{g4t}个｜{a4t}个｜", "g4t == g4 and a4t == a4"),
        ("｜≥10%｜{grt}%｜", "grt == gr"),
        ("｜≥{jtt}人｜{jbt}人｜", "jtt == jt and jbt == jb"),
        ("正常经营率｜≥95%｜{oprt}%｜", "oprt == opr"),
        ("群众满意度｜≥95%｜{satt}%｜", "satt == sat"),
        ("｜≤{ut}万元/家｜{ua}万元/家｜", "ut == u and ua == u"),
        ("其中预算执行率得分{x1}分，产出指标得分{x2}分，效益指标得分{x3}分，满意度指标得分{x4}分",
         "x1 == T_exec and x2 == T_out and x3 == T_ben and x4 == T_sat"),
    ],
    "wuzhishan-housekeeping-2024": [
        ("项目年初预算{init}万元，为市本级配套资金。{y}年3月，省财政厅下达家政服务业提质扩容补助资金{prov}万元，全年预算调整为{full}万元",
         "y == 2024 and near(full, init + prov) and init == T_init and full == T_full"),
        ("截至{cy}年12月31日，项目实际支出{spent}万元，预算执行率{r}%", "cy == 2024 and pct(r, spent, full) and spent == T_spent"),
        ("培训学校授课费{f1}万元（按每人{p1}元结算），学员食宿及交通补贴{f2}万元（每人{p2}元），教材及实操耗材费{f3}万元，职业技能等级认定考务费{f4}万元",
         "near(spent, f1 + f2 + f3 + f4)"),
        ("省级补助资金{pb}万元，实际支出{ps}万元，执行率{pr}%", "pb == prov and pct(pr, ps, pb) and ps <= pb"),
        ("全年结余{bal}万元", "near(bal, full - spent)"),
        ("全年举办家政技能培训{tp}期，培训{tn}人以上", "True"),
        ("全年共举办培训{np}期，培训学员{n}人，其中母婴护理班{p1n}期{k1}人、养老护理班{p2n}期{k2}人、家务保洁与收纳班{p3n}期{k3}人，完成培训{tn2}人目标的{cn}%",
         "n == k1 + k2 + k3 and np == p1n + p2n + p3n and tn2 == tn and pct(cn, n, tn) and near(f1, n * p1 / 10000) and near(f2, n * p2 / 10000)"),
        ("取得证书{cert}人，取证率{cr}%", "pct(cr, cert, n)"),
        ("已从事家政服务工作{emp}人，家政就业率{er}%", "pct(er, emp, n)"),
        ("发放满意度问卷，满意{sq}人，满意度{sat}%", "True"),
        ("向全部{qn}名学员", "qn == n and pct(sat, sq, qn)"),
        ("｜≥{tnt}人｜{nt}人｜", "tnt == tn and nt == n"),
        ("｜≥{tpt}期｜{npt}期｜", "tpt == tp and npt == np"),
        ("取证率｜≥85%｜{crt}%｜", "crt == cr"),
        ("就业率｜≥60%｜{ert}%｜", "ert == er"),
        ("｜≤1400元/人｜{avg}元/人｜", "near(avg, spent * 10000 / n)"),
        ("就业学员月均收入{inc}元", "True"),
        ("｜≥3000元｜{inct}元｜", "inct == inc"),
        ("与{ent}家家政企业建立用工对接关系", "True"),
        ("｜≥5家｜{entt}家｜", "entt == ent"),
        ("参训学员满意度｜≥90%｜{satt}%｜", "satt == sat"),
        ("2023年度共培训学员{ln}人，支出{ls}万元", "True"),
    ],
    "balinzuoqi-granaryrepair-2018": [
        ("对其中{nb}栋仓房（仓容{cap}万吨）进行维修改造，主要内容包括屋面防水{area}平方米", "True"),
        ("同时更新粮情测控系统{ns}套", "True"),
        ("项目年初预算{init}万元，为旗本级配套资金；{y}年5月，自治区下达我旗粮食仓储设施维修改造补助资金{add}万元，项目全年预算{full}万元，实际到位{arr}万元，到位率{ar}%",
         "y == 2018 and near(full, init + add) and pct(ar, arr, full) and init == T_init and full == T_full"),
        ("项目合同总价{ct}万元，其中屋面防水工程{c1}万元、地坪及门窗维修{c2}万元、电气线路改造{c3}万元、粮情测控系统{c4}万元（{ns2}套，每套{u}万元）",
         "near(ct, c1 + c2 + c3 + c4) and ns2 == ns and near(c4, ns2 * u) and ct <= full"),
        ("截至{cy}年12月31日，实际支付{spent}万元，预算执行率{r}%，结余{bal}万元，已按规定结转至{cy2}年",
         "cy == 2018 and cy2 == 2019 and pct(r, spent, full) and near(bal, full - spent) and spent == T_spent"),
        ("改善{capg}万吨仓容的储粮条件，仓储设施完好率", "capg == cap"),
        ("屋面防水面积{aa}平方米", "aa == area"),
        ("另外{nd}套因设备厂家延迟供货", "True"),
        ("{ni}套已安装调试并投入使用", "ni + nd == ns"),
        ("相应的设备款{dk}万元未支付", "near(dk, nd * u) and dk <= bal"),
        ("改善了{capb}万吨仓容的储粮条件", "capb == cap"),
        ("全库{nall}栋仓房中{nok}栋完好，仓储设施完好率{okr}%", "pct(okr, nok, nall)"),
        ("维修的{nb2}栋仓房中{nfix}栋漏雨返潮问题得到整改，整改率{fr}%", "nb2 == nb and pct(fr, nfix, nb2)"),
        ("收回{q}份，满意{sq}份，满意度{sat}%", "pct(sat, sq, q)"),
        ("维修改造仓房｜{nbt}栋｜{nbt2}栋｜", "nbt == nb and nbt2 == nb"),
        ("｜≥{art}平方米｜{aat}平方米｜", "art == area and aat == area"),
        ("更新粮情测控系统｜{nst}套｜{nit}套｜", "nst == ns and nit == ni"),
        ("工程造价控制｜≤{ctt}万元｜{cta}万元｜", "ctt == full and cta == ct"),
        ("仓容｜≥{capt}万吨｜{capa}万吨｜", "capt == cap and capa == cap"),
        ("仓储设施完好率｜≥95%｜{okt}%｜", "okt == okr"),
        ("整改率｜100%｜{frt}%｜", "frt == fr"),
        ("满意度｜≥90%｜{satt}%｜", "satt == sat"),
        ("其中预算执行率得分{x1}分，产出指标得分{x2}分，效益指标得分{x3}分，满意度指标得分{x4}分",
         "x1 == T_exec and x2 == T_out and x3 == T_ben and x4 == T_sat"),
        ("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "T_execw == 10 and W_out == 50 and W_ben == 30 and W_sat == 10"),
    ],
}


def check_draft(src, text):
    fails, env = [], {}
    check_table(text, fails, env)
    ns = dict(env)
    ns.update(near=near, pct=pct, D=D)
    for tpl, expr in FACTS[src]:
        ms = list(re.finditer(template_regex(tpl), text))
        if len(ms) != 1:
            fails.append(f"fact template matched {len(ms)} times: {tpl[:40]}")
            continue
        for k, v in ms[0].groupdict().items():
            ns[k] = D(v)
        try:
            ok = eval(expr, {"__builtins__": {}}, ns)
        except Exception as exc:  # noqa: BLE001
            ok = False
            expr = f"{expr} ({exc})"
        if not ok:
            fails.append(f"fact fails: {tpl[:40]} :: {expr}")
    return fails


def changed_region(a, b):
    """(start, end) in b of the one contiguous region where b differs from a, and its length in a."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    return (ops[0][3], ops[-1][4]), ops[-1][2] - ops[0][1]


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    codes = {}
    sources = sorted({r["source"] for r in labels})
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{rec['case']}: length {n}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected one label")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["value"] not in text:
                problems.append(f"{rec['case']}: value not found: {exp['value']!r}")
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
        clean = read(f"{rec['source']}-clean.txt")
        reg = changed_region(clean, text)
        if reg is None:
            problems.append(f"{rec['case']}: identical to its clean draft")
            continue
        (rs, re_), span = reg
        if span > 120:
            problems.append(f"{rec['case']}: changes spread over {span} characters")
        for exp in rec["expected"]:
            if exp["value"] in clean:
                problems.append(f"{rec['case']}: value also occurs in the clean draft: {exp['value']!r}")
            occ = occurrences(text, exp["value"])
            if not any(s < max(re_, rs + 1) and rs < e for s, e in occ):
                problems.append(f"{rec['case']}: value does not cover the changed figure")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times")
    for src in sources:
        fails = check_draft(src, read(f"{src}-clean.txt"))
        for f in fails:
            problems.append(f"{src}-clean: {f}")
    # information: every error case should break at least one check
    for rec in labels:
        if rec["clean"]:
            continue
        fails = check_draft(rec["source"], read(rec["case"]))
        tag = "; ".join(fails[:2]) if fails else "NOT DETECTED by verify's own checks"
        print(f"  {rec['case']:40s} {rec['expected'][0]['code']:22s} {tag}")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
