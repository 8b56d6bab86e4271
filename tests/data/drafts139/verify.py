#!/usr/bin/env python3
"""Verify the n139 set.

1. every label value occurs in its case (and not in the clean draft), one expected finding per error case,
   each of the 13 codes at least twice;
2. every error case differs from its clean draft in one place (one contiguous region of at most two lines);
3. redo the arithmetic of every clean draft (generic table checks + per-draft identities) -> no failure;
   the same checks run on each error case must fail at least once (the injected slip is visible).
Prints OK at the end.
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
BAR = "｜"


def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: str as written; computed: Decimal. Tolerance = half a unit of the stated last digit."""
    v = dec(stated.rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-ndec(stated)) + D("1e-9")


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.fails, self.n = name, text, [], 0

    def ok(self, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append(msg)

    def find(self, pat, n=None):
        m = re.search(pat, self.text)
        if not m:
            self.fails.append(f"pattern not found: {pat}")
            return None
        return m.groups()

    def findall(self, pat):
        return re.findall(pat, self.text)

    # identities --------------------------------------------------------------
    def rate(self, num, den, stated, what):
        if den and dec(den) != 0:
            self.ok(close(stated, dec(num) / dec(den) * 100), f"{what}: {num}/{den} != {stated}%")

    def total(self, parts, tot, what):
        self.ok(close(tot, sum(dec(p) for p in parts)), f"{what}: sum{parts} != {tot}")

    def diff(self, a, b, res, what):
        self.ok(close(res, dec(a) - dec(b)), f"{what}: {a}-{b} != {res}")

    def mean(self, items, avg, what):
        self.ok(close(avg, sum(dec(x) for x in items) / len(items)), f"{what}: mean{items} != {avg}")

    def same(self, a, b, what):
        self.ok(dec(a) == dec(b), f"{what}: {a} != {b}")


# ---------------------------------------------------------------------------------------------- generic
def rows(text):
    return [ln.split(BAR) for ln in text.split("\n") if BAR in ln]


NUM = re.compile(r"^[≥≤=＞＜]?\s*(\d+(?:\.\d+)?)(.*)$")


def generic(c):
    t = c.text
    lines = t.split("\n")
    # evaluation year from the title block
    y = int(re.search(r"(20\d\d)年度", "\n".join(lines[:4])).group(1))
    for m in re.findall(r"结转至(20\d\d)年", t):
        c.ok(int(m) > y, f"carried over to {m} in a {y} report")
    for m in re.findall(r"截至(20\d\d)年12月31日", t):
        c.ok(int(m) == y, f"year-end {m} in a {y} report")
    for m in re.findall(r"现将(20\d\d)年度", t):
        c.ok(int(m) == y, f"reporting on {m} in a {y} report")
    for m in re.findall(r"(20\d\d)年度(?:项目支出|部门整体支出)绩效自评表", t):
        c.ok(int(m) == y, f"table year {m} in a {y} report")
    for m in re.findall(r"(\d+(?:\.\d+)?)万元", t):
        c.ok(dec(m) < 100000, f"amount {m}万元 implausibly large (unit?)")
    # grade statements in prose
    for s, g in re.findall(r"(\d+(?:\.\d+)?)分，(?:评价|自评)?等级为“(.)”", t):
        c.ok(band(s) == g, f"grade {g} for {s}")
    # funds block
    rs = rows(t)
    fw = fs = None
    for i, r in enumerate(rs):
        if r[0] == "年度资金总额":
            a, b, e, w, rate, sc = r[1:7]
            c.rate(e, b, rate, "funds table 执行率")
            c.ok(dec(rate.rstrip("%")) <= 100, f"execution rate {rate} > 100%")
            rr = min(dec(e) / dec(b), D(1))
            c.ok(close(sc, dec(w) * rr) or close(sc, dec(w) * dec(rate.rstrip("%")) / 100), f"execution score {sc}")
            fw, fs = dec(w), dec(sc)
            subs = []
            for r2 in rs[i + 1:]:
                if r2[0].startswith(("年度总体目标", "一级指标")):
                    break
                subs.append(r2)
            for col in (1, 2, 3):
                vals = [x[col] for x in subs if x[col] not in ("—", "")]
                if vals:
                    c.total(vals, r[col], f"funds table column {col} components")
    # indicator table
    hdr = None
    for i, r in enumerate(rs):
        if "三级指标" in r and "分值" in r and "得分" in r:
            hdr, start = r, i
    if hdr is None:
        return
    iw, isc, it, ia = hdr.index("分值"), hdr.index("得分"), hdr.index("年度指标值"), hdr.index("实际完成值")
    ic = hdr.index("完成率") if "完成率" in hdr else None
    sw = fw or D(0)
    ss = fs or D(0)
    tot = None
    for r in rs[start + 1:]:
        if r[0] == "总分":
            nums = [x for x in r[1:] if x.strip()]
            tot = nums
            break
        w, s = dec(r[iw]), dec(r[isc])
        sw += w
        ss += s
        c.ok(D(0) <= s <= w, f"row {r[2]}: score {s} outside [0, {w}]")
        mt, ma = NUM.match(r[it]), NUM.match(r[ia])
        if mt and ma:
            c.ok(mt.group(2) == ma.group(2), f"row {r[2]}: unit {mt.group(2)!r} vs {ma.group(2)!r}")
            if ma.group(2) == "%":
                c.ok(dec(ma.group(1)) <= 100, f"row {r[2]}: rate {r[ia]} > 100%")
            if mt.group(2) == ma.group(2):
                T, A = dec(mt.group(1)), dec(ma.group(1))
                if r[it].startswith("≤"):
                    comp = D(100) if A <= T else T / A * 100
                else:
                    comp = A / T * 100
                if ic is not None and r[ic] != "—":
                    c.ok(close(r[ic], comp), f"row {r[2]}: completion {r[ic]} vs {comp:.4f}")
                c.ok(close(r[isc], w * min(comp / 100, D(1))), f"row {r[2]}: score rule {r[isc]}")
    c.ok(tot is not None, "no 总分 row")
    if tot:
        c.same(tot[0], "100", "总分 weight column")
        c.ok(sw == dec(tot[0]), f"weights sum {sw} != {tot[0]}")
        c.ok(close(tot[1], ss), f"scores sum {ss} != {tot[1]}")
        c.ok(dec(tot[1]) <= dec(tot[0]), "total above 100")
        g = re.search(r"自评等级｜(.)", t)
        if g:
            c.ok(band(tot[1]) == g.group(1), f"table grade {g.group(1)} for {tot[1]}")
        for s in re.findall(r"(?:得分|综合得分)(\d+(?:\.\d+)?)分", t):
            c.same(s, tot[1], "total in text vs table")


# ---------------------------------------------------------------------------------------------- per draft
def mengyin(c):
    g = c.find(r"年初预算([\d.]+)万元，年中根据上级追加下达调增([\d.]+)万元，加上上年结转资金([\d.]+)万元，全年预算为([\d.]+)万元")
    src = c.find(r"中央补助([\d.]+)万元，省级补助([\d.]+)万元，县级配套([\d.]+)万元")
    sp = c.find(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    cb = c.find(r"城市低保资金预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    rb = c.find(r"农村低保资金预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    bal = c.find(r"年末未支出的([\d.]+)万元")
    if not all([g, src, sp, cb, rb, bal]):
        return
    c.total(g[:3], g[3], "年初+调增+结转 = 全年预算")
    c.total(src, str(dec(g[0]) + dec(g[1])), "中央+省+县 = 当年资金")
    c.rate(sp[0], g[3], sp[1], "执行率")
    c.rate(cb[1], cb[0], cb[2], "城市低保执行率")
    c.rate(rb[1], rb[0], rb[2], "农村低保执行率")
    c.total([cb[0], rb[0]], g[3], "城市+农村预算")
    c.total([cb[1], rb[1]], sp[0], "城市+农村支出")
    c.diff(g[3], sp[0], bal[0], "结转")
    tb = c.find(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    if tb:
        c.same(tb[0], g[0], "table 年初")
        c.same(tb[1], g[3], "table 全年")
        c.same(tb[2], sp[0], "table 执行")
    cur = c.find(r"当年财政拨款｜[\d.]+｜([\d.]+)｜")
    if cur:
        c.total(g[:2], cur[0], "table 当年财政拨款 = 年初 + 调增")
    p = c.find(r"共保障城乡低保对象(\d+)户(\d+)人，其中城市低保(\d+)户(\d+)人，农村低保(\d+)户(\d+)人")
    if p:
        c.total([p[2], p[4]], p[0], "户数")
        c.total([p[3], p[5]], p[1], "人数")
        for m in c.findall(r"年末保障(?:城乡低保对象)?(\d+)人"):
            c.same(m, p[1], "保障人数 mentions")
        row = c.find(r"城乡低保保障人数｜[^｜]+｜(\d+)人｜")
        if row:
            c.same(row[0], p[1], "table 保障人数")
        sub = c.find(r"城市低保月人均补差｜[^｜]+｜(\d+)元")
        if sub:
            c.ok(close(sub[0], dec(cb[1]) * 10000 / dec(p[3]) / 12), "城市月人均补差")
    k = c.find(r"开展入户核查(\d+)人次，年度目标为(\d+)人次，完成率([\d.]+)%")
    if k:
        c.rate(k[0], k[1], k[2], "入户核查完成率")
        row = c.find(r"入户核查人次｜≥(\d+)人次｜(\d+)人次")
        if row:
            c.same(row[0], k[1], "核查目标")
            c.same(row[1], k[0], "核查实际")


def liancheng(c):
    b = c.find(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元")
    s = c.find(r"补助资金([\d.]+)万元（其中2019年12月提前下达([\d.]+)万元），省级补助([\d.]+)万元，市级补助([\d.]+)万元，县级财政安排([\d.]+)万元")
    a = c.find(r"全年资金到位([\d.]+)万元，到位率([\d.]+)%")
    e = c.find(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    parts = c.find(r"基本生活费([\d.]+)万元；发放照料护理费([\d.]+)万元；拨付县社会福利中心和3所中心敬老院运转补助([\d.]+)万元，四所机构分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每所([\d.]+)万元")
    bal = c.find(r"年末结余([\d.]+)万元")
    if not all([b, s, a, e, parts, bal]):
        return
    c.total(b[:2], b[2], "年初+追加")
    c.total([s[0], s[2], s[3], s[4]], b[2], "资金来源")
    c.ok(dec(s[1]) <= dec(s[0]), "提前下达 <= 中央")
    c.rate(a[0], b[2], a[1], "到位率")
    c.rate(e[0], b[2], e[1], "执行率")
    c.total(parts[:3], e[0], "支出构成")
    c.total(parts[3:7], parts[2], "四所机构")
    c.mean(parts[3:7], parts[7], "平均每所")
    c.diff(a[0], e[0], bal[0], "结余")
    p = c.find(r"全县共有特困人员(\d+)人，较2019年末的(\d+)人减少(\d+)人")
    q = c.find(r"其中集中供养(\d+)人，分散供养(\d+)人")
    inst = c.find(r"县社会福利中心(\d+)人，朋口中心敬老院(\d+)人，新泉中心敬老院(\d+)人，姑田中心敬老院(\d+)人")
    ev = c.find(r"全自理的(\d+)人、半失能的(\d+)人、全失能的(\d+)人")
    nw = c.find(r"全年新认定特困人员(\d+)人，经复核退出(\d+)人")
    if p and q and inst and ev and nw:
        c.diff(p[1], p[0], p[2], "较上年减少")
        c.total(q, p[0], "集中+分散")
        c.total(inst, q[0], "集中供养机构")
        c.total(ev, p[0], "评估档次")
        c.diff(nw[1], nw[0], p[2], "新认定-退出")
        for m in c.findall(r"在册保障特困人员(\d+)人"):
            c.same(m, p[0], "保障人数 mentions")
        cc = c.find(r"全县生活不能自理（含失能、半失能）特困人员(\d+)人，其中在供养服务机构集中照护(\d+)人，集中照护率为([\d.]+)%")
        if cc:
            c.total(ev[1:], cc[0], "失能+半失能")
            c.rate(cc[1], cc[0], cc[2], "集中照护率")
    st = c.find(r"为每人每月(\d+)元（同期城乡低保标准为每人每月(\d+)元）")
    if st:
        c.ok(dec(st[0]) >= dec(st[1]) * D("1.3"), "基本生活标准 >= 1.3 x 低保")
    w = c.find(r"自评满分(\d+)分，其中预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    sc = c.find(r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，合计([\d.]+)分")
    if w and sc:
        c.total(w[1:], w[0], "weights")
        for x, y in zip(sc[:4], w[1:]):
            c.ok(dec(x) <= dec(y), f"score {x} > weight {y}")
        c.total(sc[:4], sc[4], "score total")
        c.ok(close(sc[0], dec(w[1]) * dec(e[0]) / dec(b[2])), "execution score")
        if cc:
            c.ok(close(sc[1], dec(w[2]) - 10 + 10 * dec(cc[2]) / 50), "产出 score (集中照护率 10 points, target 50%)")


def tongnan(c):
    b = c.find(r"年初预算([\d.]+)万元。年中根据补贴对象增加情况追加([\d.]+)万元，加上上年结转资金([\d.]+)万元，全年预算([\d.]+)万元")
    s = c.find(r"中央补助([\d.]+)万元（含2022年12月提前下达的中央资金([\d.]+)万元），市级补助([\d.]+)万元，区级配套([\d.]+)万元")
    e = c.find(r"全年支出两项补贴([\d.]+)万元。其中困难残疾人生活补贴([\d.]+)万元，重度残疾人护理补贴([\d.]+)万元（一级残疾人([\d.]+)万元，二级残疾人([\d.]+)万元）")
    bal = c.find(r"未支出的([\d.]+)万元已结转至")
    q = c.find(r"分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，全年月均(\d+)人")
    h = c.find(r"护理补贴全年月均发放(\d+)人，其中一级(\d+)人、二级(\d+)人")
    std = c.find(r"生活补贴为每人每月(\d+)元；重度残疾人护理补贴一级残疾人每人每月(\d+)元、二级残疾人每人每月(\d+)元")
    if not all([b, s, e, bal, q, h, std]):
        return
    c.total(b[:3], b[3], "年初+追加+结转")
    c.total([s[0], s[2], s[3]], str(dec(b[0]) + dec(b[1])), "当年资金来源")
    c.total(e[1:3], e[0], "两项补贴支出")
    c.total(e[3:5], e[2], "护理补贴一级+二级")
    c.diff(b[3], e[0], bal[0], "结转")
    c.mean(q[:4], q[4], "季度月均")
    c.total(h[1:], h[0], "护理补贴人数")
    c.ok(close(e[1], dec(q[4]) * dec(std[0]) * 12 / 10000), "生活补贴 = 月均人数 x 标准 x 12")
    c.ok(close(e[3], dec(h[1]) * dec(std[1]) * 12 / 10000), "一级护理补贴")
    c.ok(close(e[4], dec(h[2]) * dec(std[2]) * 12 / 10000), "二级护理补贴")
    tb = c.find(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    if tb:
        c.same(tb[0], b[0], "table 年初")
        c.same(tb[1], b[3], "table 全年")
        c.same(tb[2], e[0], "table 执行")
    r1 = c.find(r"生活补贴月均发放人数｜[^｜]+｜(\d+)人")
    r2 = c.find(r"护理补贴月均发放人数｜[^｜]+｜(\d+)人")
    if r1 and r2:
        c.same(r1[0], q[4], "table 生活补贴人数")
        c.same(r2[0], h[0], "table 护理补贴人数")
    for m in c.findall(r"困难残疾人生活补贴月均发放(\d+)人"):
        c.same(m, q[4], "生活补贴人数 mentions")


def yuzhong(c):
    b = c.find(r"年初预算([\d.]+)万元，年中根据省、市追加下达的基础养老金补助调增([\d.]+)万元，全年预算([\d.]+)万元")
    s = c.find(r"中央补助([\d.]+)万元（其中2018年12月提前下达([\d.]+)万元），省级补助([\d.]+)万元，县级配套([\d.]+)万元")
    a = c.find(r"全年实际到位([\d.]+)万元，资金到位率([\d.]+)%")
    e = c.find(r"全年支出([\d.]+)万元，其中基础养老金([\d.]+)万元、缴费补贴([\d.]+)万元、代缴保费([\d.]+)万元，预算执行率([\d.]+)%")
    bal = c.find(r"年末结余([\d.]+)万元")
    p = c.find(r"全年为(\d+)名60周岁以上参保人员按月发放基础养老金，较2018年的(\d+)人增加(\d+)人")
    d = c.find(r"为(\d+)名困难群体成员代缴养老保险费，完成")
    std = c.find(r"最低标准为每人每月(\d+)元")
    per = c.find(r"按每人每年(\d+)元的标准代缴")
    if not all([b, s, a, e, bal, p, d, std, per]):
        return
    c.total(b[:2], b[2], "年初+调增")
    c.total([s[0], s[2], s[3]], b[2], "资金来源")
    c.rate(a[0], b[2], a[1], "到位率")
    c.total(e[1:4], e[0], "支出构成")
    c.rate(e[0], b[2], e[4], "执行率")
    c.diff(a[0], e[0], bal[0], "结余")
    c.diff(p[0], p[1], p[2], "领取人数增加")
    c.ok(close(e[3], dec(d[0]) * dec(per[0]) / 10000), "代缴保费 = 人数 x 100元")
    c.ok(close(e[1], dec(p[0]) * dec(std[0]) * 12 / 10000), "基础养老金 = 人数 x 标准 x 12")
    tb = c.find(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    if tb:
        c.same(tb[0], b[0], "table 年初")
        c.same(tb[1], b[2], "table 全年")
        c.same(tb[2], e[0], "table 执行")
    g = c.find(r"实际完成情况：全年为(\d+)名符合条件的60周岁以上城乡居民按月足额发放基础养老金，为(\d+)名")
    if g:
        c.same(g[0], p[0], "总体目标 领取人数")
        c.same(g[1], d[0], "总体目标 代缴人数")
    r1 = c.find(r"基础养老金领取人数｜[^｜]+｜(\d+)人")
    r2 = c.find(r"代缴养老保险费人数｜[^｜]+｜(\d+)人")
    if r1 and r2:
        c.same(r1[0], p[0], "table 领取人数")
        c.same(r2[0], d[0], "table 代缴人数")
    for pat, row in [(r"适龄城乡居民参保率为([\d.]+)%", r"城乡居民参保率｜[^｜]+｜([\d.]+)%"),
                     (r"人数占比仅为([\d.]+)%", r"档次缴费人数占比｜[^｜]+｜([\d.]+)%"),
                     (r"参保群众满意度为([\d.]+)%", r"参保群众满意度｜[^｜]+｜([\d.]+)%")]:
        x, y = c.find(pat), c.find(row)
        if x and y:
            c.same(x[0], y[0], f"text vs table {pat}")


def jiaohe(c):
    inc = c.find(r"全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转([\d.]+)万元、其他收入([\d.]+)万元")
    y0 = c.find(r"部门年初预算([\d.]+)万元")
    bs = c.find(r"全年支出([\d.]+)万元。其中基本支出([\d.]+)万元，占全年基本支出预算([\d.]+)万元的([\d.]+)%")
    ps = c.find(r"项目支出([\d.]+)万元，占全年项目支出预算([\d.]+)万元的([\d.]+)%")
    pj = c.find(r"主要包括城乡低保资金([\d.]+)万元、特困人员救助供养资金([\d.]+)万元、残疾人两项补贴([\d.]+)万元、临时救助资金([\d.]+)万元、养老服务补贴及其他([\d.]+)万元")
    cz = c.find(r"年末结转([\d.]+)万元")
    if not all([inc, y0, bs, ps, pj, cz]):
        return
    c.total(inc[1:], inc[0], "收入构成")
    c.total([bs[1], ps[0]], bs[0], "基本+项目支出")
    c.total([bs[2], ps[1]], inc[0], "基本+项目预算")
    c.rate(bs[1], bs[2], bs[3], "基本支出执行率")
    c.rate(ps[0], ps[1], ps[2], "项目支出执行率")
    c.total(pj, ps[0], "项目支出构成")
    c.diff(inc[0], bs[0], cz[0], "结转")
    sg = c.find(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，为预算的([\d.]+)%，比2023年的([\d.]+)万元下降([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元")
    if sg:
        c.rate(sg[1], sg[0], sg[2], "三公 rate")
        c.diff(sg[3], sg[1], sg[4], "三公 下降")
        c.total(sg[5:], sg[1], "三公 构成")
    st = c.find(r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名；年末在职人员(\d+)人，其中行政人员(\d+)人、事业人员(\d+)人")
    if st:
        c.total(st[1:3], st[0], "编制")
        c.total(st[4:6], st[3], "在职")
        c.ok(dec(st[3]) <= dec(st[0]), "在职 <= 编制")
    lb = c.find(r"保障城乡低保对象(\d+)人，其中城市低保(\d+)人、农村低保(\d+)人")
    if lb:
        c.total(lb[1:], lb[0], "低保人数")
        r = c.find(r"城乡低保保障人数｜[^｜]+｜(\d+)人")
        if r:
            c.same(r[0], lb[0], "table 低保人数")
    for pat, row in [(r"特困人员救助供养(\d+)人", r"特困人员救助供养人数｜[^｜]+｜(\d+)人"),
                     (r"全年为(\d+)名困难和重度残疾人", r"两项补贴发放人数｜[^｜]+｜(\d+)人"),
                     (r"全年实施临时救助(\d+)人次", r"临时救助人次｜[^｜]+｜(\d+)人次"),
                     (r"服务设施覆盖率为(\d+)%", r"服务设施覆盖率｜[^｜]+｜(\d+)%")]:
        x, y = c.find(pat), c.find(row)
        if x and y:
            c.same(x[0], y[0], f"text vs table {pat}")
    nn = c.find(r"对全市(\d+)家养老机构开展服务质量检查，(\d+)家达到")
    r = c.find(r"养老机构服务质量达标率｜[^｜]+｜(\d+)%")
    if nn and r:
        c.rate(nn[1], nn[0], r[0] + "%", "养老机构达标率")
    tb = c.find(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    b1 = c.find(r"其中：基本支出｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    b2 = c.find(r"\n项目支出｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    if tb and b1 and b2:
        c.same(tb[0], y0[0], "table 年初")
        c.same(tb[1], inc[0], "table 全年")
        c.same(tb[2], bs[0], "table 执行")
        c.same(b1[1], bs[2], "table 基本预算")
        c.same(b1[2], bs[1], "table 基本支出")
        c.same(b2[1], ps[1], "table 项目预算")
        c.same(b2[2], ps[0], "table 项目支出")
    # project score table
    lines = c.text.split("\n")
    i = lines.index("项目名称｜自评得分｜评价等级")
    scores = []
    for ln in lines[i + 1:]:
        cells = ln.split(BAR)
        if cells[0] == "五个项目平均":
            c.mean(scores, cells[1], "项目平均分")
            break
        scores.append(cells[1])
        c.ok(band(cells[1]) == cells[2], f"project grade {cells[2]} for {cells[1]}")
    c.ok(len(scores) == 5, "five projects")


PER_DRAFT = {
    "mengyin-dibao-2021": mengyin,
    "liancheng-tekun-2020": liancheng,
    "cq-tongnan-canbu-2023": tongnan,
    "gs-yuzhong-jumin-2019": yuzhong,
    "jiaohe-mzjdept-2024": jiaohe,
}


def check_text(src, name, text):
    c = Checker(name, text)
    generic(c)
    PER_DRAFT[src](c)
    return c


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        errors.append("labels.jsonl and cases/ disagree")
    codes = {}
    cleans = {}
    for l in labels:
        if l["clean"]:
            cleans[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        clean = cleans[l["source"]]
        if l["clean"]:
            n = len(text)
            if not 3000 <= n <= 9000:
                errors.append(f"{l['case']}: {n} characters")
            if l["expected"]:
                errors.append(f"{l['case']}: clean case with expectations")
            c = check_text(l["source"], l["case"], text)
            for f in c.fails:
                errors.append(f"{l['case']}: {f}")
            print(f"{l['case']}: {len(text)} chars, {c.n} arithmetic checks, {len(c.fails)} failures")
            continue
        if len(l["expected"]) != 1:
            errors.append(f"{l['case']}: expected must hold exactly one finding")
        for e in l["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["code"] not in CODES:
                errors.append(f"{l['case']}: unknown code {e['code']}")
            if e["severity"] != "error":
                errors.append(f"{l['case']}: severity")
            if e["value"] not in text:
                errors.append(f"{l['case']}: value not in case: {e['value']!r}")
            if e["value"] in clean:
                errors.append(f"{l['case']}: value also in the clean draft: {e['value']!r}")
        # one place
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        q = 0
        while q < min(len(text), len(clean)) - p and text[-1 - q] == clean[-1 - q]:
            q += 1
        mid_c, mid_e = clean[p:len(clean) - q], text[p:len(text) - q]
        if text == clean:
            errors.append(f"{l['case']}: identical to clean")
        if mid_c.count("\n") > 1 or mid_e.count("\n") > 1 or len(mid_c) > 200 or len(mid_e) > 200:
            errors.append(f"{l['case']}: differs in more than one place: {mid_c!r} -> {mid_e!r}")
        c = check_text(l["source"], l["case"], text)
        if not c.fails:
            errors.append(f"{l['case']}: injected error not caught by the arithmetic checks")
        print(f"{l['case']}: {l['expected'][0]['code']:<22} changed {mid_c!r} -> {mid_e!r}; checks failing: {c.fails}")
    for code in CODES:
        if codes.get(code, 0) < 2:
            errors.append(f"code {code} used {codes.get(code, 0)} times")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"{len(labels)} cases, codes: {codes}")
    print("OK")


if __name__ == "__main__":
    main()
