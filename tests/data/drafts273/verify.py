#!/usr/bin/env python3
"""Verify drafts273.

1. labels.jsonl: one line per case file, codes from errors.md §A, each of the 13 codes at least twice;
   every label value occurs in its case and overlaps the changed place.
2. every error case differs from its clean draft in one place (one short window of at most two lines).
3. redoes the arithmetic of every clean draft (tables and prose): rates, sums, balances, weights, scores,
   completion rates, averages, grade bands, years and repeated values; nothing may fail.
4. runs the same checks on every error case: at least one must fail (the injected slip is real).
Prints OK at the end.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
BAR = "｜"


def D(s):
    return Decimal(str(s).replace(",", "").strip().rstrip("%"))


def decimals(s):
    s = str(s).replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, name, text):
        self.name, self.t, self.fails = name, text, []

    def ok(self, cond, msg):
        if not cond:
            self.fails.append(msg)
        return cond

    def near(self, stated, computed, msg):
        """stated (string as printed) agrees with computed within its printed decimals (rules §8)."""
        v, d = D(stated), decimals(stated)
        tol = Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")
        return self.ok(abs(Decimal(computed) - v) <= tol, f"{msg}: stated {stated}, computed {computed}")

    def grab(self, pattern, msg=None):
        m = re.search(pattern, self.t)
        if not self.ok(m is not None, f"pattern not found: {msg or pattern}"):
            return None
        return m.groups()

    def same(self, *strings):
        for s in strings:
            self.ok(s in self.t, f"expected text missing: {s}")

    # ---------- tables ----------
    def funds_table(self):
        lines = self.t.split("\n")
        hi = next((i for i, l in enumerate(lines) if "年初预算数" in l and BAR in l), None)
        if not self.ok(hi is not None, "no funds table"):
            return None
        rows = []
        for l in lines[hi + 1:]:
            if BAR not in l or l.startswith("一级指标") or l.startswith("年度总体目标"):
                break
            rows.append(l.split(BAR))
        for c in rows:
            ini, ann, spent, rate = c[1], c[2], c[3], c[5]
            try:
                vi, va, vs = D(ini), D(ann), D(spent)
            except Exception:
                self.ok(False, f"funds row not numeric: {BAR.join(c)}")
                continue
            if va == 0:
                self.ok(rate == "—", f"rate on a zero budget: {BAR.join(c)}")
            else:
                self.near(rate, vs / va * 100, f"funds rate {c[0]}")
                self.ok(D(rate) <= 100, f"execution rate above 100%: {c[0]}")
            self.ok(vs <= va, f"spent above budget: {c[0]}")
        total, parts = rows[0], rows[1:]
        for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
            try:
                s = sum(D(p[col]) for p in parts)
                self.ok(abs(s - D(total[col])) < Decimal("0.005"), f"funds column {label}: parts {s} vs total {total[col]}")
            except Exception:
                self.ok(False, f"funds column {label} not numeric")
        w, sc = D(total[4]), total[6]
        rate = D(total[2]) and D(total[3]) / D(total[2])
        self.ok(w == 10, "execution weight is not 10")
        a = r2(w * min(rate, Decimal(1)))
        b = r2(w * min(D(total[5]) / 100, Decimal(1)))
        self.ok(abs(D(sc) - a) <= Decimal("0.005") or abs(D(sc) - b) <= Decimal("0.005"),
                f"execution score {sc} vs {a}")
        return {"w": w, "score": D(sc), "rows": rows}

    def indicator_table(self):
        lines = self.t.split("\n")
        hi = next((i for i, l in enumerate(lines) if l.startswith("一级指标" + BAR)), None)
        if not self.ok(hi is not None, "no indicator table"):
            return None
        head = lines[hi].split(BAR)
        col = {h: i for i, h in enumerate(head)}
        tcol = col.get("年度指标值")
        acol = col.get("实际完成值")
        wcol, scol, ccol = col["分值"], col["得分"], col.get("完成率")
        rows, total = [], None
        for l in lines[hi + 1:]:
            if BAR not in l:
                break
            c = l.split(BAR)
            if c[0] == "总分":
                total = c
                break
            if c[0] == "评价等级":
                break
            rows.append(c)
        num = re.compile(r"^(≥|≤|＞|＜|>=|<=)?([\d,]+(?:\.\d+)?)(.*)$")
        blocks = {}
        for c in rows:
            w, s = D(c[wcol]), D(c[scol])
            blocks.setdefault(c[0], [Decimal(0), Decimal(0)])
            blocks[c[0]][0] += w
            blocks[c[0]][1] += s
            self.ok(Decimal(0) <= s <= w, f"score above weight: {c[2]} {s} > {w}")
            is_date = "年" in c[tcol] and "日" in c[tcol]
            mt, ma = num.match(c[tcol]), num.match(c[acol])
            if mt and not is_date:
                if not self.ok(ma is not None, f"actual not numeric while target is: {c[2]} {c[acol]}"):
                    continue
                tu, au = mt.group(3).strip(), ma.group(3).strip()
                if not self.ok(tu == au, f"unit of actual differs from target: {c[2]} {c[tcol]} vs {c[acol]}"):
                    continue
                T, A = D(mt.group(2)), D(ma.group(2))
                sign = mt.group(1) or "="
                if sign in ("≤", "＜", "<="):
                    comp = Decimal(1) if A <= T else T / A
                else:
                    comp = A / T
                if ccol is not None:
                    self.near(c[ccol], comp * 100, f"completion {c[2]}")
                self.near(c[scol], w * min(comp, Decimal(1)), f"score rule {c[2]}")
            else:
                if is_date:
                    self.ok("年" in c[acol] and "日" in c[acol], f"date target, actual not a date: {c[2]}")
                    self.ok(c[acol][:4] == c[tcol][:4], f"date actual in another year: {c[2]}")
                else:
                    self.ok(c[tcol] == c[acol] and s == w, f"qualitative row: {c[2]}")
        return {"rows": rows, "total": total, "blocks": blocks,
                "w": sum(D(c[wcol]) for c in rows), "score": sum(D(c[scol]) for c in rows)}

    def tables(self, year):
        f = self.funds_table()
        ind = self.indicator_table()
        if f is None or ind is None:
            return None
        self.ok(f["w"] + ind["w"] == 100, f"weights add up to {f['w'] + ind['w']}")
        tot = f["score"] + ind["score"]
        if ind["total"] is not None:
            tc = ind["total"]
            vals = [x for x in tc[1:] if x.strip()]
            self.ok(D(vals[0]) == 100, "总分 weight is not 100")
            self.near(vals[1], tot, "table total score")
        m = re.search(r"（(\d{4})年度）|评价年度｜(\d{4})年|年度｜(\d{4})年", self.t)
        if self.ok(m is not None, "no year in table"):
            self.ok(int(next(g for g in m.groups() if g)) == year, "table year differs from report year")
        return f, ind, tot

    def grade(self, total, label):
        self.ok(label.startswith(grade_of(total)), f"grade {label} for total {total}")


def check_hebei(c):
    t, year = c.t, 2021
    f_ind = c.tables(year)
    g = c.grab(r"年初预算([\d,.]+)万元，年中根据省级第二批资金下达文件追加([\d,.]+)万元，全年预算([\d,.]+)万元")
    if g:
        c.ok(D(g[0]) + D(g[1]) == D(g[2]), "initial + addition = annual")
        annual = D(g[2])
        s = c.grab(r"中央大气污染防治资金([\d,.]+)万元.*?占全年预算的([\d.]+)%；省级资金([\d,.]+)万元；县级配套资金([\d,.]+)万元")
        if s:
            c.ok(D(s[0]) + D(s[2]) + D(s[3]) == annual, "sources add up to annual budget")
            c.near(s[1], D(s[0]) / annual * 100, "central share")
            central, prov, county = D(s[0]), D(s[2]), D(s[3])
        e = c.grab(r"全年执行([\d,.]+)万元，预算执行率([\d.]+)%")
        if e:
            spent = D(e[0])
            c.near(e[1], spent / annual * 100, "execution rate (text)")
            p = c.grab(r"中央资金([\d,.]+)万元全部支出；省级资金已支出([\d,.]+)万元，支出率([\d.]+)%；县级资金已支出([\d,.]+)万元")
            if p and s:
                c.ok(D(p[0]) == central, "central amount repeated")
                c.near(p[2], D(p[1]) / prov * 100, "provincial spending rate")
                c.ok(D(p[0]) + D(p[1]) + D(p[3]) == spent, "spending by source adds up")
                c.ok(D(p[3]) <= county, "county spending within budget")
            u = c.grab(r"设备购置补贴([\d,.]+)万元，燃气管网入户配套及验收检测费([\d,.]+)万元")
            if u:
                c.ok(D(u[0]) + D(u[1]) == spent, "spending by use adds up")
            b = c.grab(r"年末结余([\d,.]+)万元")
            if b:
                c.ok(D(b[0]) == annual - spent, "balance = received - spent")
            h = c.grab(r"完成清洁取暖改造([\d,]+)户，其中\"气代煤\"([\d,]+)户、\"电代煤\"([\d,]+)户，完成率([\d.]+)%")
            if h:
                c.ok(D(h[1]) + D(h[2]) == D(h[0]), "households add up")
                c.near(h[3], D(h[0]) / D("8600") * 100, "household completion")
                a = c.grab(r"全年户均财政补助([\d,]+)元")
                if a:
                    c.near(a[0], spent * 10000 / D(h[0]), "subsidy per household")
        y = c.grab(r"截至(\d{4})年12月31日，全年执行")
        if y:
            c.ok(int(y[0]) == year, "execution date year")
        c.ok("结转至2022年" in t, "carry-over to the following year")
    v = c.grab(r"完成改造(\d+)个村，比年度指标少(\d+)个村，完成率([\d.]+)%")
    if v:
        c.ok(D(v[0]) + D(v[1]) == 64, "villages: done + missing = target")
        c.near(v[2], D(v[0]) / 64 * 100, "village completion")
    o = c.grab(r"抽查([\d,]+)台，正常运行([\d,]+)台，正常运行率([\d.]+)%")
    if o:
        c.near(o[2], D(o[1]) / D(o[0]) * 100, "operation rate")
    tm = c.grab(r"室温分别为([\d.]+)℃、([\d.]+)℃、([\d.]+)℃、([\d.]+)℃、([\d.]+)℃，平均([\d.]+)℃")
    if tm:
        c.near(tm[5], sum(D(x) for x in tm[:5]) / 5, "average room temperature")
    q = c.grab(r"收回有效问卷(\d+)份，其中满意和比较满意(\d+)份，满意度([\d.]+)%")
    if q:
        c.near(q[2], D(q[1]) / D(q[0]) * 100, "satisfaction")
    c.same("｜8,742户｜", "｜62个｜", "｜99.3%｜", "｜1.62万吨｜", "｜5.1%｜", "｜96.8%｜", "｜92.9%｜",
           "改造工程于2021年11月10日全部完工", "｜2021年11月10日｜", "全年替代散煤1.62万吨")
    c.ok("｜2,388元｜" in t, "cost row actual 2,388元 as in the text")
    sc = c.grab(r"本项目自评得分([\d.]+)分，评价等级为(.)")
    if sc and f_ind:
        c.near(sc[0], f_ind[2], "text total vs table rows")
        c.grade(D(sc[0]), sc[1])


def check_gansu(c):
    t, year = c.t, 2022
    f_ind = c.tables(year)
    g = c.grab(r"年初预算([\d,.]+)万元。年中将2021年结转的运维资金([\d,.]+)万元纳入本年度预算，全年预算([\d,.]+)万元")
    if g:
        c.ok(D(g[0]) + D(g[1]) == D(g[2]), "initial + carry-over = annual")
        if f_ind:
            tot = f_ind[0]["rows"][0]
            c.ok(D(tot[1]) == D(g[0]) and D(tot[2]) == D(g[2]), "text budget = table budget")
    e = c.grab(r"实际到位([\d,.]+)万元，全年执行([\d,.]+)万元，执行率([\d.]+)%，年末结余([\d,.]+)万元")
    if e and g:
        c.ok(D(e[0]) <= D(g[2]), "received within budget")
        c.near(e[2], D(e[1]) / D(g[2]) * 100, "execution rate (text)")
        c.ok(D(e[3]) == D(e[0]) - D(e[1]), "balance = received - spent")
        if f_ind:
            c.ok(D(f_ind[0]["rows"][0][3]) == D(e[1]), "text spending = table spending")
    s = c.grab(r"组件清洗费预算([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%")
    if s:
        c.near(s[2], D(s[1]) / D(s[0]) * 100, "cleaning fee rate")
        c.ok(D(s[2]) <= 100 and D(s[1]) <= D(s[0]), "cleaning fee rate above 100%")
    k = c.grab(r"建成村级光伏扶贫电站(\d+)座，单站规模(\d+)千瓦，总装机容量([\d.]+)万千瓦")
    if k:
        c.ok(D(k[0]) * D(k[1]) == D(k[2]) * 10000, "capacity = stations x size")
    u = c.grab(r"全年每千瓦运维成本([\d.]+)元")
    if u and e and k:
        c.near(u[0], D(e[1]) * 10000 / (D(k[2]) * 10000), "cost per kW")
    fl = c.grab(r"发现故障(\d+)次，在规定时限内处置(\d+)次，故障处置及时率([\d.]+)%")
    if fl:
        c.near(fl[2], D(fl[1]) / D(fl[0]) * 100, "fault handling rate")
    p = c.grab(r"全年发电量([\d,]+)万千瓦时，仅完成年度目标的([\d.]+)%")
    if p:
        c.near(p[1], D(p[0]) / D("8900") * 100, "generation completion")
    r = c.grab(r"全年已结算发电收益([\d,.]+)万元，村均([\d.]+)万元")
    if r and k:
        c.near(r[1], D(r[0]) / D(k[0]), "revenue per village")
    q = c.grab(r"收回有效问卷(\d+)份，其中表示满意的(\d+)份，满意度([\d.]+)%")
    if q:
        c.near(q[2], D(q[1]) / D(q[0]) * 100, "satisfaction")
    sc = c.grab(r"本项目自评得分([\d.]+)分，评价等级为(.)。其中预算执行得([\d.]+)分；产出指标得([\d.]+)分；效益指标得([\d.]+)分.*?满意度指标得([\d.]+)分")
    if sc:
        c.ok(sum(D(x) for x in sc[2:6]) == D(sc[0]), "text block scores add up to the text total")
        c.grade(D(sc[0]), sc[1])
        if f_ind:
            f, ind, tot = f_ind
            c.near(sc[0], tot, "text total vs table rows")
            c.ok(D(sc[2]) == f["score"], "execution score text vs table")
            bl = ind["blocks"]
            c.ok(D(sc[3]) == bl["产出指标"][1] and D(sc[4]) == bl["效益指标"][1] and D(sc[5]) == bl["满意度指标"][1],
                 "block scores text vs table")
    c.same("｜96.5%｜", "｜96.2%｜", "｜236人次｜", "｜57.29元｜", "｜7,386万千瓦时｜", "｜19.10万元｜",
           "｜3,126个｜", "｜88.6%｜", "2022年12月20日拨付完毕", "｜2022年12月20日｜")


def check_jiangxi(c):
    t, year = c.t, 2019
    g = c.grab(r"省级下达农村能源建设补助资金([\d.]+)万元，县级安排配套资金([\d.]+)万元，项目预算([\d.]+)万元，年内未作调整")
    if not g:
        return
    budget = D(g[2])
    c.ok(D(g[0]) + D(g[1]) == budget, "sources add up")
    c.ok(re.search(r"85\.00万元资金于2019年4月和8月分两批全部到位，到位率100%", t) is not None, "received 100%")
    e = c.grab(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中：沼气池维修补助([\d,.]+)万元（([\d,]+)口，每口(\d+)元），服务网点运行补助([\d.]+)万元（(\d+)个网点，每个([\d,]+)元），技术培训及安全宣传([\d.]+)万元。年末结余([\d.]+)万元")
    if e:
        spent = D(e[0])
        c.near(e[1], spent / budget * 100, "execution rate")
        c.ok(D(e[2]) + D(e[5]) + D(e[8]) == spent, "spending parts add up")
        c.ok(D(e[2]) * 10000 == D(e[3]) * D(e[4]), "repair subsidy = pits x 300元")
        c.ok(D(e[5]) * 10000 == D(e[6]) * D(e[7]), "network subsidy = networks x 5,000元")
        c.ok(D(e[9]) == budget - spent, "balance = received - spent")
    y = c.grab(r"结转至(\d{4})年继续使用")
    if y:
        c.ok(int(y[0]) == year + 1, "carry-over year")
    c.ok("截至2019年12月31日" in t, "execution date year")
    n = c.grab(r"计划维修户用沼气池([\d,]+)口，实际维修([\d,]+)口，完成率([\d.]+)%")
    if n:
        c.near(n[2], D(n[1]) / D(n[0]) * 100, "repair completion")
    tr = c.grab(r"培训农户(\d+)人次，完成率([\d.]+)%")
    if tr:
        c.near(tr[1], D(tr[0]) / 600 * 100, "training completion")
        o = c.grab(r"全年完成户用沼气池维修([\d,]+)口，培训农户(\d+)人次")
        if o and n:
            c.ok(o[0] == n[1] and o[1] == tr[0], "opening figures = section 三 figures")
    gq = c.grab(r"正常产气的(\d+)口，正常产气率([\d.]+)%")
    if gq and n:
        c.near(gq[1], D(gq[0]) / D(n[1]) * 100, "gas production rate")
    sm = c.grab(r"入户抽查(\d+)户，各乡镇抽查户数分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)、(\d+)户，平均每个乡镇抽查(\d+)户")
    if sm:
        parts = [D(x) for x in sm[1:7]]
        c.ok(sum(parts) == D(sm[0]), "sample parts add up")
        c.near(sm[7], sum(parts) / 6, "average sample per township")
    co = c.grab(r"全年可替代标煤(\d+)吨，为年度目标([\d,]+)吨的([\d.]+)%")
    if co:
        c.near(co[2], D(co[0]) / D(co[1]) * 100, "coal completion")
    sa = c.grab(r"表示满意的(\d+)户，满意度([\d.]+)%")
    if sa:
        c.near(sa[1], D(sa[0]) / 300 * 100, "satisfaction")
    c.ok(re.search(r"随机抽取300户", t) is not None, "satisfaction sample")
    sc = c.grab(r"按照预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重评分：预算执行得([\d.]+)分；"
                r"产出指标中，维修数量(\d+)分得([\d.]+)分，网点运行(\d+)分、技术培训(\d+)分、成本控制(\d+)分均得满分，正常产气率(\d+)分得([\d.]+)分，产出指标合计得([\d.]+)分；"
                r"效益指标中，替代标煤(\d+)分得([\d.]+)分，安全事故、还田利用各(\d+)分均得满分，效益指标合计得([\d.]+)分；满意度指标得([\d.]+)分。综合得分([\d.]+)分，评价等级为(.)")
    if sc:
        W = [D(x) for x in sc[:4]]
        c.ok(sum(W) == 100, "block weights add up to 100")
        c.ok(D(sc[5]) + D(sc[7]) + D(sc[8]) + D(sc[9]) + D(sc[10]) == W[1], "output weights add up")
        c.ok(D(sc[13]) + 2 * D(sc[15]) == W[2], "benefit weights add up")
        if e:
            c.near(sc[4], W[0] * min(D(e[0]) / budget, Decimal(1)), "execution score")
        if n:
            c.near(sc[6], D(sc[5]) * D(n[1]) / D(n[0]), "repair score")
        if gq and n:
            c.near(sc[11], D(sc[10]) * (D(gq[1]) / 85), "gas rate score")
        out = D(sc[6]) + D(sc[7]) + D(sc[8]) + D(sc[9]) + D(sc[11])
        c.ok(out == D(sc[12]), "output block score adds up")
        if co:
            c.near(sc[14], D(sc[13]) * D(co[0]) / D(co[1]), "coal score")
        c.ok(D(sc[14]) + 2 * D(sc[15]) == D(sc[16]), "benefit block score adds up")
        if sa:
            c.near(sc[17], W[3] * D(sa[1]) / 90, "satisfaction score")
        for sw, ss in ((W[0], sc[4]), (D(sc[5]), sc[6]), (D(sc[10]), sc[11]), (D(sc[13]), sc[14]), (W[3], sc[17])):
            c.ok(D(ss) <= sw, "score above weight")
        tot = D(sc[4]) + D(sc[12]) + D(sc[16]) + D(sc[17])
        c.near(sc[18], tot, "total score")
        c.grade(D(sc[18]), sc[19])
    c.ok("999" in t and "约50万元" in t, "approximate saving present")


def check_shandong(c):
    t, year = c.t, 2024
    f_ind = c.tables(year)
    g = c.grab(r"年初预算([\d.]+)万元，7月根据充电桩建设进度追加县级资金([\d.]+)万元，全年预算([\d.]+)万元，其中省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    if not g:
        return
    annual = D(g[2])
    c.ok(D(g[0]) + D(g[1]) == annual and D(g[3]) + D(g[4]) == annual, "budget adds up")
    e = c.grab(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中：新建公共直流充电桩(\d+)台，总功率([\d,]+)千瓦，补贴([\d.]+)万元；新建交流充电桩(\d+)台，补贴([\d.]+)万元；(\d+)个乡镇公共充电站运营补贴([\d.]+)万元。年末结余([\d.]+)万元")
    if e:
        spent = D(e[0])
        c.near(e[1], spent / annual * 100, "execution rate")
        c.ok(D(e[4]) * 10000 == D(e[3]) * 150, "DC subsidy = kW x 150元")
        c.ok(D(e[6]) * 10000 == D(e[5]) * 600, "AC subsidy = piles x 600元")
        c.ok(D(e[8]) == D(e[7]) * 2, "station subsidy = stations x 2.00万元")
        c.ok(D(e[4]) + D(e[6]) + D(e[8]) == spent, "spending parts add up")
        c.ok(D(e[9]) == annual - spent, "balance")
        n = c.grab(r"全年新建公共充电桩(\d+)台，全县公共充电桩由2023年底的(\d+)台增加到([\d,]+)台；(\d+)个乡镇")
        if n:
            c.ok(D(e[2]) + D(e[5]) == D(n[0]), "DC + AC = new piles")
            c.ok(D(n[0]) + D(n[1]) == D(n[2]), "stock 2023 + new = stock 2024")
            c.ok(n[3] == e[7], "stations text")
        if f_ind:
            c.ok(D(f_ind[0]["rows"][0][3]) == spent, "text spending = table")
    c.ok("已结转至2025年" in t, "carry-over year")
    q = c.grab(r"充电量分别为(\d+)万、(\d+)万、(\d+)万和(\d+)万千瓦时，全年([\d,]+)万千瓦时")
    if q:
        c.ok(sum(D(x) for x in q[:4]) == D(q[4]), "quarters add up to the year")
    c.same("｜606台｜", "｜14个｜", "｜16个工作日｜", "｜2,846万元｜", "｜1,026万千瓦时｜", "｜97.1%｜", "｜94.2%｜",
           "平均审核办结时间16个工作日", "带动社会资本投入充电设施建设2,846万元", "正常运行率97.1%", "满意度94.2%")
    sc = c.grab(r"预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，合计([\d.]+)分，评价等级为(..)")
    if sc:
        c.near(sc[4], sum(D(x) for x in sc[:4]), "text total")
        c.grade(D(sc[4]), sc[5])
        if f_ind:
            f, ind, tot = f_ind
            bl = ind["blocks"]
            c.ok(D(sc[0]) == f["score"] and D(sc[1]) == bl["产出指标"][1] and D(sc[2]) == bl["效益指标"][1]
                 and D(sc[3]) == bl["满意度指标"][1], "block scores text vs table")
            c.near(sc[4], tot, "text total vs table rows")


def check_qinghai(c):
    t, year = c.t, 2023
    f_ind = c.tables(year)
    g = c.grab(r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元。年中追加([\d.]+)万元")
    h = c.grab(r"全年预算([\d,.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元。全年支出([\d,.]+)万元，部门整体预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，全部执行完毕；项目支出([\d.]+)万元。年末项目支出结转([\d.]+)万元")
    if g and h:
        c.ok(D(g[1]) + D(g[2]) == D(g[0]), "initial parts add up")
        c.ok(D(g[0]) + D(g[3]) == D(h[0]), "initial + addition = annual")
        c.ok(D(h[1]) + D(h[2]) == D(h[0]), "annual parts add up")
        c.ok(D(h[5]) + D(h[6]) == D(h[3]), "spending parts add up")
        c.ok(D(h[5]) == D(h[1]), "basic spending fully executed")
        c.near(h[4], D(h[3]) / D(h[0]) * 100, "execution rate")
        c.ok(D(h[7]) == D(h[2]) - D(h[6]) and D(h[7]) == D(h[0]) - D(h[3]), "carry-over")
        pr = re.findall(r"全年预算([\d.]+)万元，支出([\d.]+)万元", t)
        c.ok(len(pr) == 4, "four projects listed")
        c.ok(sum(D(a) for a, _ in pr) == D(h[2]) and sum(D(b) for _, b in pr) == D(h[6]), "projects add up")
        if f_ind:
            rows = f_ind[0]["rows"]
            c.ok(D(rows[0][1]) == D(g[0]) and D(rows[0][2]) == D(h[0]) and D(rows[0][3]) == D(h[3]), "text = table totals")
            c.ok(D(rows[1][3]) == D(h[5]) and D(rows[2][3]) == D(h[6]), "text = table rows")
    c.ok("已结转至2024年" in t, "carry-over year")
    a = c.grab(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均(\d+)分")
    if a:
        c.near(a[4], sum(D(x) for x in a[:4]) / 4, "average project score")
        c.ok(all(grade_of(D(x)) == "优" for x in a[:4]), "project grades")
    p = c.grab(r"8个重点项目中(\d+)个按期完成可研和初步设计批复，按期完成率([\d.]+)%")
    if p:
        c.near(p[1], D(p[0]) / 8 * 100, "on-time rate")
    c.same("10千伏线路88.6公里", "｜88.6公里｜", "覆盖24个行政村", "｜24个｜", "｜87.5%｜", "｜5.82万元｜", "｜2.3千伏安｜",
           "｜99.84%｜", "｜95.6%｜", "服务对象满意度95.6%", "供电可靠率达到99.84%", "提高到2.3千伏安", "支出5.82万元")
    sc = c.grab(r"自评得分([\d.]+)分，评价等级为(.)")
    gt = c.grab(r"评价等级｜(.)")
    if sc and f_ind:
        c.near(sc[0], f_ind[2], "text total vs table rows")
        c.grade(D(sc[0]), sc[1])
        if gt:
            c.grade(D(sc[0]), gt[0])


CHECKS = {
    "hb-suning-qingjiequnuan-2021": check_hebei,
    "gs-huanxian-guangfuyunwei-2022": check_gansu,
    "jx-suichuan-zhaoqi-2019": check_jiangxi,
    "sd-qihe-chongdian-2024": check_shandong,
    "qh-guide-fgjbumen-2023": check_qinghai,
}


def run_checks(src, text):
    c = Check(src, text)
    try:
        CHECKS[src](c)
    except Exception as exc:  # a broken parse counts as a failure
        c.fails.append(f"exception: {exc!r}")
    return c.fails


def changed_window(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    return ops[0][1], ops[-1][2], ops[0][3], ops[-1][4]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES}
    clean = {r["source"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels if r["clean"]}
    if len(clean) != 5:
        problems.append(f"{len(clean)} clean drafts, expected 5")
    for src, text in clean.items():
        n, nb = len(text), len(text.encode("utf-8"))
        if not (3000 <= n <= 9000 and nb <= 9000):
            problems.append(f"{src}: length {n} chars / {nb} bytes")
        fails = run_checks(src, text)
        for f in fails:
            problems.append(f"{src}-clean: {f}")
        n_err = sum(1 for r in labels if r["source"] == src and not r["clean"])
        if n_err != 6:
            problems.append(f"{src}: {n_err} error cases, expected 6")
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expectations")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: {len(r['expected'])} expectations")
        exp = r["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append(f"{r['case']}: bad code/severity {exp}")
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        base = clean[r["source"]]
        w = changed_window(base, text)
        if w is None:
            problems.append(f"{r['case']}: identical to its clean draft")
            continue
        a0, a1, b0, b1 = w
        if (b1 - b0) > 120 or text[b0:b1].count("\n") > 1 or base[a0:a1].count("\n") > 1:
            problems.append(f"{r['case']}: changes spread over more than one place ({b0}-{b1})")
        if text[:b0] != base[:a0] or text[b1:] != base[a1:]:
            problems.append(f"{r['case']}: diff window inconsistent")
        v = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            problems.append(f"{r['case']}: value {v!r} does not occur")
        elif not any(o < b1 and b0 < o + len(v) for o in occ):
            problems.append(f"{r['case']}: value {v!r} does not overlap the changed place")
        if v in base:
            problems.append(f"{r['case']}: value {v!r} also occurs in the clean draft")
        if not run_checks(r["source"], text):
            problems.append(f"{r['case']}: arithmetic re-check finds nothing wrong")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} occurs {counts.get(k, 0)} times")
    extra = set(counts) - set(CODES)
    if extra:
        problems.append(f"codes outside the list: {extra}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {len(clean)} clean; codes: " + ", ".join(f"{k}={counts[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
