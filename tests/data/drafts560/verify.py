#!/usr/bin/env python3
"""Re-read every figure from each draft's text and redo its arithmetic (standard library + decimal only).
Clean drafts must pass every check; each error case must fail its labelled code and no other error code."""
import json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(HERE, "cases")
NUM = r"(\d+(?:\.\d+)?)"

class ParseError(Exception): pass

def dec(s): return len(s.split(".")[1]) if "." in s else 0
def close(s, c):
    s = s.strip().rstrip("%")
    return abs(D(c) - D(s)) <= D("0.5") * D(10) ** -dec(s) + D("1e-9")

class Ck:
    def __init__(s, t): s.t, s.fail = t, []
    def one(s, rx, grp=1):
        m = list(re.finditer(rx, s.t))
        if len(m) != 1: raise ParseError(f"{rx!r} matched {len(m)}x")
        return m[0].group(grp)
    def bad(s, code, msg): s.fail.append((code, msg))
    def eq(s, code, stated, computed, msg, parts=None, recompute=None):
        """stated (string) vs computed (Decimal). A failure reconciled by rescaling the stated value or one
        part by 10^4 is a unit_mismatch (rules: the most specific explanation wins)."""
        if close(stated, computed): return
        st = D(stated.rstrip("%"))
        for k in (D(10) ** 4, D(10) ** -4):
            if abs(st / k - computed) <= D("0.005"): return s.bad("unit_mismatch", msg)
        if parts and recompute:
            for i in range(len(parts)):
                for k in (D(10) ** 4, D(10) ** -4):
                    p2 = list(parts); p2[i] = p2[i] / k
                    if close(stated, recompute(p2)): return s.bad("unit_mismatch", msg)
        s.bad(code, f"{msg}: stated {stated}, computed {computed}")
    def same(s, a, b, msg):  # same quantity stated twice
        s.eq("conflicting_values", a, D(b.rstrip("%")), msg)
    def sum_(s, code, total, parts, msg):
        ps = [D(p) for p in parts]
        s.eq(code, total, sum(ps), msg, ps, lambda q: sum(q))
    def rate(s, stated, num, den, msg, zero_ok=("—", "0", "0%", "0.00%")):
        st = stated.strip()
        if D(den) == 0:
            if st not in zero_ok: s.bad("implausible_rate", f"{msg}: rate {st} on a zero base")
            return
        if D(st.rstrip("%")) > 100: s.bad("implausible_rate", f"{msg}: {st} > 100%")
        s.eq("rate_mismatch", st, D(num) / D(den) * 100, msg)
    def avg(s, stated, parts, msg):
        s.eq("average_mismatch", stated, sum(D(p) for p in parts) / len(parts), msg)
    def year(s, rx, ok, msg):
        for m in re.finditer(rx, s.t):
            if not ok(int(m.group(1))): s.bad("year_mismatch", f"{msg}: {m.group(0)}")
    def max100(s, v, msg):
        if D(v.rstrip("%")) > 100: s.bad("implausible_rate", f"{msg}: {v}")

# ---------- tables ----------
def rows_html(t): return [[re.sub(r"<[^>]+>", "", c).replace("&nbsp;", "").strip() for c in re.findall(r"<td>(.*?)</td>", r)]
                          for r in re.findall(r"<tr>(.*?)</tr>", t)]
def rows_cellline(t): return [[c.strip() for c in ch.split("\n")] for ch in t.split("\n\n")]
def rows_tab(t): return [[c.strip() for c in l.split("\t")] for l in t.split("\n")]
def rows_pipe(t): return [[c.strip() for c in l.split("｜")] for l in t.split("\n")]
def rows_spaces(t): return [re.split(r" {2,}", l.strip()) for l in t.split("\n")]
def isnum(x): return re.fullmatch(NUM, x or "") is not None
GRADES = [("优", 90), ("良", 80), ("中", 60), ("一般", 60), ("合格", 60), ("差", 0)]
def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
def grade_of(word):
    for g, _ in GRADES:
        if word.startswith(g): return {"一般": "中", "合格": "中"}.get(g, g)
    return word

def indicator_table(ck, rows, compl, extra=()):
    """rows: list of cell lists. Returns stated total score (string)."""
    ind, total = list(extra), None
    for r in rows:
        cells = [c for c in r]
        first = next((c for c in cells if c), "")
        if len(cells) < 4: continue
        if first in ("合计", "总分"):
            total = (cells[-3], cells[-2]); continue
        if not (isnum(cells[-3]) and isnum(cells[-2])): continue
        k = 1 if compl else 0
        ind.append(dict(name=cells[-6 - k], target=cells[-5 - k], actual=cells[-4 - k],
                        compl=cells[-4] if compl else None, w=cells[-3], s=cells[-2]))
    if total is None or not ind: raise ParseError("indicator table not found")
    ws = sum(D(r["w"]) for r in ind); ss = sum(D(r["s"]) for r in ind)
    if ws != 100 or D(total[0]) != 100: ck.bad("weight_sum_mismatch", f"weights sum {ws}, stated {total[0]}")
    ck.eq("score_sum_mismatch", total[1], ss, "row scores vs total")
    for r in ind:
        if D(r["s"]) > D(r["w"]) or D(r["s"]) < 0: ck.bad("score_exceeds_weight", f"{r['name']}: {r['s']} > {r['w']}")
        if r["target"] is None: continue
        tg = re.fullmatch(r"([≥≤=]?)" + NUM + r"(.*)", r["target"])
        if not tg or ("年" in r["target"] and "月" in r["target"]): continue
        ac = re.fullmatch(NUM + r"(.*)", r["actual"])
        if not ac or ac.group(2) != tg.group(3):
            ck.bad("unit_mismatch", f"{r['name']}: target {r['target']} vs actual {r['actual']}"); continue
        T, A = D(tg.group(2)), D(ac.group(1))
        if tg.group(3) == "%" and "增长" not in r["name"]: ck.max100(r["actual"], r["name"])
        if r["compl"] is not None and T != 0:
            c = (D(100) if A <= T else T / A * 100) if tg.group(1) == "≤" else A / T * 100
            ck.eq("completion_mismatch", r["compl"], c, f"{r['name']} 完成率")
    return total[1], {r["name"]: r for r in ind}

def grade_check(ck, word, total):
    if grade_of(word) != band(total): ck.bad("grade_mismatch", f"grade {word} for total {total}")

# ---------- projects ----------
def p_guyuan(ck):
    t = ck.t; Y = 2019
    f = {r[0]: r for r in rows_html(t.split("一级指标</td>")[0]) if r}
    tot = f["年度资金总额"]; ini, ann, sp, w, rate, sc = tot[1:7]
    comps = ["其中：中央补助资金", "自治区级资金", "市级配套资金", "上年结转资金"]
    ck.rate(rate, sp, ann, "总执行率")
    for c in comps: ck.rate(f[c][5], f[c][3], f[c][2], c)
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")): ck.sum_("sum_mismatch", tot[i], [f[c][i] for c in comps], col)
    ck.same(ck.one(r"项目年初预算" + NUM + "万元"), ini, "年初预算")
    ck.same(ck.one(r"中央补助资金" + NUM + "万元已于"), f[comps[0]][1], "中央资金")
    ck.eq("sum_mismatch", ck.one(r"追加" + NUM + "万元"), D(ann) - D(ini), "追加 = 全年 - 年初")
    ck.same(ck.one(r"全年预算" + NUM + "万元"), ann, "全年预算")
    rec = ck.one(r"实际到位" + NUM + "万元")
    ck.rate(ck.one(r"到位率" + r"(\d+%)"), rec, ann, "到位率")
    ck.same(ck.one(r"实际支出" + NUM + "万元"), sp, "实际支出")
    ck.eq("balance_mismatch", ck.one(r"结余" + NUM + "万元"), D(rec) - D(sp), "结余 = 到位 - 执行")
    n, per = ck.one(r"村级服务站建设补助(\d+)个"), ck.one(r"每站补助(\d+)元")
    ck.eq("conflicting_values", ck.one(r"（" + NUM + r"万元）"), D(per) / 10000, "8000元 = 0.80万元")
    a1 = ck.one(r"每站补助\d+元（[\d.]+万元），计" + NUM + "万元"); ck.eq("sum_mismatch", a1, D(n) * D(per) / 10000, "站点补助")
    a2 = ck.one(r"每个3\.50万元，计" + NUM + "万元"); ck.eq("sum_mismatch", a2, D(ck.one(r"乡镇快递服务站改造(\d+)个，每个")) * D("3.50"), "乡镇站")
    ck.sum_("sum_mismatch", sp, [a1, a2, ck.one(r"设备购置" + NUM + "万元"), ck.one(r"业务培训" + NUM + "万元")], "支出明细")
    q = re.search(r"分季度为" + "、".join([NUM + "万件"] * 4) + r"，合计" + NUM + r"万件，季度平均" + NUM + "万件", t)
    if not q: raise ParseError("quarters")
    ck.sum_("sum_mismatch", q.group(5), q.groups()[:4], "季度合计"); ck.avg(q.group(6), q.groups()[:4], "季度平均")
    total, ind = indicator_table(ck, rows_html(t.split("一级指标</td>")[1]), False,
                                 [dict(name="预算执行率", target=None, actual=None, compl=None, w=w, s=sc)])
    ck.same(ck.one(r"建成村级寄递物流综合服务站(\d+)个，超过"), ind["村级寄递物流综合服务站建成数"]["actual"].rstrip("个"), "站点数")
    ck.same(ck.one(r"通达率" + NUM + "%，较上年"), ind["建制村快递服务通达率"]["actual"], "通达率")
    ck.same(ck.one(r"持续运营率" + NUM + "%，未达到"), ind["村级站点持续运营率"]["actual"], "持续运营率")
    ck.same(ck.one(r"综合得分" + NUM + "分"), total, "总分")
    grade_check(ck, ck.one(r"评价等级为“(.+?)”"), total)
    ck.year(r"(\d{4})年度农村寄递", lambda y: y == Y, "title"); ck.year(r"截至(\d{4})年12月31日", lambda y: y == Y, "截至")
    ck.year(r"结转至(\d{4})年", lambda y: y > Y, "结转"); ck.year(r"已于(\d{4})年12月提前下达", lambda y: y in (Y - 1, Y), "提前下达")

def p_enshi(ck):
    t = ck.t; Y = 2021
    body, rest = t.split("\t一级指标", 1)
    f = {r[0]: r for r in rows_cellline(body) if r and r[0] in ("合计", "基本支出", "项目支出")}
    for k in f: ck.rate(f[k][4], f[k][3], f[k][2], k + "执行率")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")): ck.sum_("sum_mismatch", f["合计"][i], [f["基本支出"][i], f["项目支出"][i]], col)
    ini, ann, sp = f["合计"][1:4]
    ck.same(ck.one(r"部门年初预算" + NUM + "万元"), ini, "年初"); ck.same(ck.one(r"，全年预算" + NUM + "万元。"), ann, "全年")
    ck.eq("sum_mismatch", ck.one(r"年中追加" + NUM + "万元"), D(ann) - D(ini), "追加")
    ck.sum_("sum_mismatch", ann, [ck.one(r"当年财政拨款" + NUM + "万元"), ck.one(r"上年结转" + NUM + "万元")], "来源")
    ck.same(ck.one(r"全年执行" + NUM + "万元"), sp, "执行")
    ck.eq("balance_mismatch", ck.one(r"结余" + NUM + "万元"), D(ann) - D(sp), "结余")
    pa = ck.one(r"项目支出全年预算" + NUM + "万元"); ck.same(pa, f["项目支出"][2], "项目支出")
    kd = ck.one(r"快递进村补助资金" + NUM + "万元、")
    ck.sum_("sum_mismatch", pa, [ck.one(r"监管经费" + NUM + "万元、"), kd, ck.one(r"寄递安全监管经费" + NUM + "万元")], "项目明细")
    ck.same(ck.one(r"安排快递进村补助资金" + NUM + "万元"), kd, "快递进村补助资金")
    n = ck.one(r"对(\d+)个村级寄递服务点"); per = ck.one(r"按每点(\d+)元")
    ck.eq("sum_mismatch", ck.one(r"运营补助，计" + NUM + "万元"), D(n) * D(per) / 10000, "村点补助")
    q = re.search(r"受理用户申诉(\d+)件，各季度分别为(\d+)件、(\d+)件、(\d+)件、(\d+)件，季度平均" + NUM + "件", t)
    if not q: raise ParseError("quarters")
    ck.sum_("sum_mismatch", q.group(1), q.groups()[1:5], "申诉合计"); ck.avg(q.group(6), q.groups()[1:5], "申诉平均")
    table = rest.split("五、自评结论")[0]
    total, ind = indicator_table(ck, rows_cellline("\t一级指标" + table), False)
    ck.same(ind["预算执行率"]["actual"], f["合计"][4], "执行率 table vs funds")
    ck.same(n, ind["村点补助数"]["actual"].rstrip("个"), "村点数")
    ck.same(ck.one(r"快递服务覆盖率" + NUM + "%。"), ind["建制村快递服务覆盖率"]["actual"], "覆盖率")
    ck.same(ck.one(r"自评得分" + NUM + "分"), total, "总分"); grade_check(ck, ck.one(r"等级为“(.+?)”"), total)
    ck.year(r"(\d{4})年度部门整体", lambda y: y == Y, "title")
    ck.year(r"(?m)^(\d{4})年部门年初预算", lambda y: y == Y, "budget"); ck.year(r"结转至(\d{4})年", lambda y: y > Y, "结转")
    ck.year(r"本部门(\d{4})年度", lambda y: y == Y, "结论")

def p_linyi(ck):
    t = ck.t; Y = 2022
    body, tab = t.split("附件1")
    f = {r[1]: r for r in rows_tab(body) if len(r) == 6 and r[1].startswith("(")}
    r1, r2, r3, r4, r5, r6, r7 = (f[k] for k in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"])
    for r in (r1, r2, r3, r4, r5): ck.sum_("sum_mismatch", r[2], r[3:6], r[0])
    for i in range(2, 6):
        ck.eq("balance_mismatch", r5[i], D(r3[i]) - D(r4[i]), "结余 (5)=(3)-(4)")
        ck.rate(r6[i], r3[i], r2[i], "到位率"); ck.rate(r7[i], r4[i], r2[i], "执行率")
    ck.same(ck.one(r"项目年初预算" + NUM + "万元"), r1[2], "年初")
    ck.eq("sum_mismatch", ck.one(r"省级追加" + NUM + "万元"), D(r2[4]) - D(r1[4]), "省级追加")
    ck.same(ck.one(r"，全年预算" + NUM + "万元"), r2[2], "全年"); ck.same(ck.one(r"实际到位" + NUM + "万元"), r3[2], "到位")
    ck.same(ck.one(r"配套资金到位" + NUM + "万元"), r3[5], "市级到位")
    ck.eq("balance_mismatch", ck.one(r"尚有" + NUM + "万元未到位"), D(r2[5]) - D(r3[5]), "未到位")
    ck.same(ck.one(r"中央资金" + NUM + "万元已于"), r2[3], "中央")
    sp = ck.one(r"实际支出" + NUM + "万元"); ck.same(sp, r4[2], "支出")
    a1 = ck.one(r"每处12\.00万元，计" + NUM + "万元"); ck.eq("sum_mismatch", a1, D(ck.one(r"运营补助(\d+)处")) * 12, "局所")
    n = ck.one(r"村邮站运营补助(\d+)个，每站"); a2 = ck.one(r"（3000元），计" + NUM + "万元")
    ck.eq("sum_mismatch", a2, D(n) * D("0.30"), "村邮站")
    ck.sum_("sum_mismatch", sp, [a1, a2, ck.one(r"设备更新" + NUM + "万元"), ck.one(r"运行补贴" + NUM + "万元")], "支出明细")
    q = re.search(r"分季度为" + "、".join([NUM + "万件"] * 4) + r"，合计" + NUM + r"万件，季度平均" + NUM + "万件", t)
    if not q: raise ParseError("quarters")
    ck.sum_("sum_mismatch", q.group(5), q.groups()[:4], "季度合计"); ck.avg(q.group(6), q.groups()[:4], "季度平均")
    total, ind = indicator_table(ck, rows_tab(tab), True)
    ck.same(ind["预算执行率"]["actual"], r7[2], "执行率")
    ck.same(n, ind["村邮站运营补助数"]["actual"].rstrip("个"), "村邮站数")
    ck.same(ck.one(r"村邮站运营补助(\d+)个，较"), n, "村邮站数(2)")
    ck.same(ck.one(r"邮件妥投率" + NUM + "%；"), ind["邮件妥投率"]["actual"], "妥投率")
    ck.same(ck.one(r"持续运营率" + NUM + "%，低于"), ind["村邮站持续运营率"]["actual"], "持续运营率")
    ck.same(ck.one(r"自评总得分" + NUM + "分"), total, "总分"); grade_check(ck, ck.one(r"评价等级为“(.+?)”"), total)
    ck.year(r"(\d{4})年度邮政普遍", lambda y: y == Y, "title"); ck.year(r"年度：(\d{4})", lambda y: y == Y, "年度")
    ck.year(r"截至(\d{4})年12月31日", lambda y: y == Y, "截至"); ck.year(r"已于(\d{4})年12月提前下达", lambda y: y in (Y - 1, Y), "提前")

def p_guangyuan(ck):
    t = ck.t; Y = 2024
    body, tab = t.split("附件：")
    f = {r[0]: r for r in rows_pipe(body) if len(r) == 6}
    comps = ["其中：中央资金", "省级资金", "市级资金", "单位资金"]
    for i in range(1, 5): ck.sum_("sum_mismatch", f["合计"][i], [f[c][i] for c in comps], f["资金来源"][i])
    for k in ["合计"] + comps: ck.rate(f[k][5], f[k][4], f[k][2], k)
    ini, ann, rec, sp = f["合计"][1:5]
    ck.same(ck.one(r"年初预算" + NUM + "万元，年内未作调整"), ini, "年初")
    if "年内未作调整" in t and D(ini) != D(ann): ck.bad("rate_mismatch", "无调整 but 年初 != 全年")
    if "资金已全部到位" in t and D(rec) != D(ann): ck.bad("rate_mismatch", "全部到位 but 到位 != 全年")
    ck.same(ck.one(r"全年执行" + NUM + "万元"), sp, "执行")
    ck.eq("balance_mismatch", ck.one(r"结余" + NUM + "万元"), D(rec) - D(sp), "结余")
    n = ck.one(r"标准，(\d+)个点共计"); a1 = ck.one(r"个点共计" + NUM + "万元")
    ck.eq("sum_mismatch", a1, D(n) * D(ck.one(r"按每点(\d+)元")) / 10000, "村点补助")
    a2 = ck.one(r"每个补助60\.00万元，计" + NUM + "万元"); ck.eq("sum_mismatch", a2, D(ck.one(r"共配中心(\d)个，每个")) * 60, "共配")
    m = ck.one(r"服务站改造(\d+)个，每个"); a3 = ck.one(r"每个2\.00万元，计" + NUM + "万元"); ck.eq("sum_mismatch", a3, D(m) * 2, "乡镇站")
    ck.sum_("sum_mismatch", sp, [a1, a2, a3, ck.one(r"车辆购置" + NUM + "万元"), ck.one(r"信息平台" + NUM + "万元")], "支出明细")
    total, ind = indicator_table(ck, rows_pipe(tab), True)
    ck.same(ind["预算执行率"]["actual"], f["合计"][5], "执行率")
    ck.same(n, ind["村级寄递物流综合服务点建成数"]["actual"].rstrip("个"), "村点(明细)")
    ck.same(ck.one(r"全年建成村级寄递物流综合服务点(\d+)个"), ind["村级寄递物流综合服务点建成数"]["actual"].rstrip("个"), "村点(完成情况)")
    ck.same(m, ind["乡镇快递服务站改造数"]["actual"].rstrip("个"), "乡镇站(明细)")
    ck.same(ck.one(r"乡镇快递服务站改造(\d+)个，未完成"), m, "乡镇站(完成情况)")
    cov = ck.one(r"覆盖率" + NUM + "%，较上年"); ck.same(cov, ind["建制村快递服务覆盖率"]["actual"], "覆盖率")
    ck.eq("sum_mismatch", ck.one(r"提高" + NUM + "个百分点"), D(cov) - D(ck.one(r"2023年全市快递进村覆盖率为" + NUM + "%")), "百分点")
    ck.same(ck.one(r"投递时限(\d+)小时，略高"), ind["农村快递平均投递时限"]["actual"].rstrip("小时"), "时限")
    ck.same(ck.one(r"用户满意度" + NUM + "%。"), ind["农村寄递用户满意度"]["actual"], "满意度")
    ck.same(ck.one(r"项目自评得分" + NUM + "分"), total, "总分"); grade_check(ck, ck.one(r"等级为“(.+?)”"), total)
    ck.year(r"(\d{4})年度农村寄递", lambda y: y == Y, "title"); ck.year(r"我局(\d{4})年实施", lambda y: y == Y, "实施")
    ck.year(r"结转至(\d{4})年", lambda y: y > Y, "结转"); ck.year(r"顺延至(\d{4})年", lambda y: y > Y, "顺延")

def p_suihua(ck):
    t = ck.t; Y = 2025
    body, tab = t.split("附件：")
    f = {r[0]: r for r in rows_spaces(body) if len(r) == 5}
    comps = ["中央资金", "省级资金", "县级配套资金", "上年结转资金"]
    for i in range(1, 4): ck.sum_("sum_mismatch", f["合计"][i], [f[c][i] for c in comps], f["资金来源"][i])
    for k in ["合计"] + comps: ck.rate(f[k][4], f[k][3], f[k][2], k)
    ini, ann, sp = f["合计"][1:4]
    ck.same(ck.one(r"项目年初预算" + NUM + "万元"), ini, "年初")
    ck.eq("sum_mismatch", ck.one(r"配套资金追加" + NUM + "万元"), D(f["县级配套资金"][2]) - D(f["县级配套资金"][1]), "追加")
    ck.same(ck.one(r"，全年预算" + NUM + "万元"), ann, "全年"); ck.same(ck.one(r"全年执行" + NUM + "万元"), sp, "执行")
    ck.eq("balance_mismatch", ck.one(r"结余" + NUM + "万元"), D(ann) - D(sp), "结余")
    n = ck.one(r"服务点补助(\d+)个，每个"); per = ck.one(r"每个(\d+)元，计"); a1 = ck.one(r"每个\d+元，计" + NUM + "万元")
    ck.eq("sum_mismatch", a1, D(n) * D(per) / 10000, "村点补助")
    m = ck.one(r"物流站改造(\d+)个"); a2 = ck.one(r"每个4\.50万元，计" + NUM + "万元"); ck.eq("sum_mismatch", a2, D(m) * D("4.50"), "乡镇站")
    ck.sum_("sum_mismatch", sp, [a1, a2, ck.one(r"分拣设备" + NUM + "万元"), ck.one(r"运行补贴" + NUM + "万元")], "支出明细")
    q = re.search(r"分季度为" + "、".join([NUM + "万件"] * 4) + r"，合计" + NUM + r"万件，季度平均" + NUM + "万件", t)
    if not q: raise ParseError("quarters")
    ck.sum_("sum_mismatch", q.group(5), q.groups()[:4], "季度合计"); ck.avg(q.group(6), q.groups()[:4], "季度平均")
    ck.max100(ck.one(r"回访满意率" + NUM + "%"), "回访满意率")
    total, ind = indicator_table(ck, rows_spaces(tab), True)
    ck.same(ind["预算执行率"]["actual"], f["合计"][4], "执行率")
    ck.same(n, ind["村级快递服务点补助数"]["actual"].rstrip("个"), "村点数")
    ck.same(per, ind["村级服务点补助标准"]["actual"].rstrip("元/个"), "补助标准")
    ck.same(ck.one(r"覆盖率" + NUM + "%；"), ind["快递进村建制村覆盖率"]["actual"], "覆盖率")
    ck.same(ck.one(r"业务量增长" + NUM + "%，未达"), ind["农村快件业务量增长率"]["actual"], "增长率")
    ck.same(ck.one(r"项目自评得分" + NUM + "分"), total, "总分"); grade_check(ck, ck.one(r"评价等级为“(.+?)”"), total)
    ck.year(r"(\d{4})年度快递进村", lambda y: y == Y, "title"); ck.year(r"(\d{4})年我局", lambda y: y == Y, "实施")
    ck.year(r"结转至(\d{4})年", lambda y: y > Y, "结转"); ck.year(r"(\d{4})年11月28日", lambda y: y == Y, "兑付")

PROJ = {"guyuan-cunjizhandian-2019": p_guyuan, "enshi-youzhengju-bumen-2021": p_enshi, "linyi-pubianfuwu-2022": p_linyi,
        "guangyuan-sanjiwuliu-2024": p_guangyuan, "suihua-kuaidijincun-2025": p_suihua}

def diff_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]: i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]: j += 1
    return i, len(a) - j, len(b) - j  # [i, end_a) in clean, [i, end_b) in case

def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    problems, counts = [], {}
    CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
             "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
             "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for lab in labels:
        text = open(os.path.join(C, lab["case"]), encoding="utf-8").read()
        ck = Ck(text)
        try: PROJ[lab["source"]](ck)
        except (ParseError, KeyError, IndexError) as e: problems.append(f"{lab['case']}: parse {e!r}"); continue
        got = {c for c, _ in ck.fail}
        if lab["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000: problems.append(f"{lab['case']}: length {n}")
            if got: problems.append(f"{lab['case']}: clean draft fails {ck.fail}")
            continue
        exp = lab["expected"]
        if len(exp) != 1: problems.append(f"{lab['case']}: expected {len(exp)} labels"); continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] = counts.get(code, 0) + 1
        if got != {code}: problems.append(f"{lab['case']}: labelled {code}, checks fail {sorted(got)} {ck.fail}")
        if text.count(value) != 1: problems.append(f"{lab['case']}: value occurs {text.count(value)}x")
        clean = open(os.path.join(C, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        i, ea, eb = diff_span(clean, text)
        if max(ea - i, eb - i) > 40: problems.append(f"{lab['case']}: edit spans {max(ea - i, eb - i)} chars")
        if text[:i] + text[eb:] != clean[:i] + clean[ea:] or text == clean: problems.append(f"{lab['case']}: not one contiguous edit")
        vs = text.find(value)
        if not (vs < max(eb, i + 1) and vs + len(value) > i): problems.append(f"{lab['case']}: value does not overlap the edit")
    for c in CODES:
        if counts.get(c, 0) < 2: problems.append(f"code {c} used {counts.get(c, 0)}x (< 2)")
    if len(labels) != 35: problems.append(f"{len(labels)} labels, expected 35")
    if problems:
        print("\n".join(problems)); print("FAIL"); sys.exit(1)
    print("counts:", json.dumps(counts, ensure_ascii=False)); print("OK")

if __name__ == "__main__":
    main()
