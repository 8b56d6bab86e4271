#!/usr/bin/env python3
"""Verify this held-out set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous
   place that overlaps the label value; every code of errors.md §A (13 error codes) occurs >= 2 times;
2. redo the arithmetic of every draft with decimal.Decimal and the tolerance of rules.md §8:
   clean drafts: every check passes; error cases: the labelled code fails and no other error-level code fails.
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
APPROX = ("约", "左右", "余", "近")


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md §8)
def num(s):
    s = s.strip().replace(",", "").replace("，", "").rstrip("%")
    return D(s)


def decs(s):
    s = s.strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def close(stated, computed):
    """stated: the figure as written (str); computed: Decimal."""
    return abs(computed - num(stated)) <= tol(stated)


def one(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def ok(self, code, cond, msg):
        if not cond:
            self.fails.append((code, msg))

    # a stated figure against a value computed from other stated figures; one figure off by 10^4 -> unit_mismatch
    def ident(self, code, stated, fn, inputs, msg):
        vals = [num(x) for x in inputs]
        if close(stated, fn(vals)):
            return
        for fac in (D("0.0001"), D("10000")):
            if abs(num(stated) * fac - fn(vals)) <= tol(stated) * fac:
                self.fails.append(("unit_mismatch", msg + f" (holds if {stated} is rescaled by {fac})"))
                return
        for i in range(len(vals)):
            for fac in (D("0.0001"), D("10000")):
                v2 = list(vals)
                v2[i] = v2[i] * fac
                if close(stated, fn(v2)):
                    self.fails.append(("unit_mismatch", msg + f" (holds if {inputs[i]} is rescaled by {fac})"))
                    return
        self.fails.append((code, msg + f": stated {stated}, computed {fn(vals)}"))

    def sum_(self, total, parts, msg, code="sum_mismatch"):
        self.ident(code, total, lambda v: sum(v, D(0)), parts, msg)

    def same(self, a, b, msg, code="conflicting_values"):
        """the same quantity written twice: equal within the looser tolerance of the two."""
        self.ok(code, abs(num(a) - num(b)) <= max(tol(a), tol(b)), msg + f": {a} vs {b}")

    def rate(self, stated, numer, denom, msg, code="rate_mismatch"):
        n, d = num(numer), num(denom)
        if d == 0:
            self.ok("implausible_rate", stated.strip() in ("0", "—", "-", "", "0%", "0.00%"),
                    msg + f": rate {stated} on a zero base")
            return
        self.ident(code, stated, lambda v: v[0] / v[1] * 100, [numer, denom], msg)
        self.ok("implausible_rate", num(stated) <= 100, msg + f": rate {stated} above 100%")

    def grade(self, word, total, msg):
        self.ok("grade_mismatch", GRADE_WORDS[word] == grade_of(num(total)), msg + f": {total} -> {grade_of(num(total))}, stated {word}")

    def year(self, cond, msg):
        self.ok("year_mismatch", cond, msg)


# ---------------------------------------------------------------- indicator rows
SIGN = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte", "=": "eq", "＝": "eq"}


def parse_target(s):
    m = re.fullmatch(r"(≥|≤|>=|<=|＞＝|＜＝|=|＝)?\s*([\d.]+)\s*(.*)", s.strip())
    if not m:
        return None
    return SIGN.get(m.group(1) or "=", "eq"), m.group(2), m.group(3)


def parse_actual(s):
    m = re.fullmatch(r"([\d.]+)\s*(.*)", s.strip())
    return (m.group(1), m.group(2)) if m else None


def check_rows(c, rows, tag):
    """rows: dicts with name, weight, target, actual, score and optional completion (strings)."""
    for r in rows:
        nm = f"{tag} {r['name']}"
        c.ok("score_exceeds_weight", D(0) <= num(r["score"]) <= num(r["weight"]),
             f"{nm}: score {r['score']} outside [0, {r['weight']}]")
        tg, ac = parse_target(r["target"]), parse_actual(r["actual"])
        if tg is None or ac is None:
            continue  # qualitative
        direction, tval, tunit = tg
        aval, aunit = ac
        if tunit != aunit:
            c.fails.append(("unit_mismatch", f"{nm}: target unit {tunit!r}, actual unit {aunit!r}"))
            continue
        if aunit == "%" and re.search("率|满意度|占比", r["name"]):
            c.ok("implausible_rate", num(aval) <= 100, f"{nm}: {r['actual']} above 100%")
        comp = r.get("completion")
        if comp and comp not in ("—", "-"):
            T, A = num(tval), num(aval)
            if direction == "lte":
                val = D(100) if A <= T else T / A * 100
            else:
                val = A / T * 100
            c.ok("completion_mismatch", close(comp, val), f"{nm}: completion {comp}, computed {val:.4f}")


def blocks(region):
    """seed-003 style flattened table: one cell per line (tab-indented), blank line between rows."""
    out = []
    for b in region.split("\n\n"):
        lines = [ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")]
        if any(x.strip() for x in lines):
            out.append([x.strip() for x in lines])
    return out


# ================================================================ sx-houma-chongdianzhuang-2021 (Shanxi layout)
def check_houma(t):
    c = Checker(t)
    Y = 2021
    c.year(one(t, r"\n(\d{4})年度电动汽车充电基础设施建设补贴项目支出绩效自评报告").group(1) == str(Y), "title year")
    # funds table with 行次
    reg = t[t.index("（二）预算执行情况"):t.index("（三）项目绩效目标")]
    reg = reg[reg.index("\n\t"):reg.rindex("[bookmark")]
    F = {b[0]: b[2:] for b in blocks(reg) if b[0]}
    cols = ["总", "小计", "中央", "省", "市", "县", "结转", "其他"]
    v = {k: [x if x else "0" for x in F[k]] for k in F}
    for row in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]:
        r = v[row]
        c.sum_(r[0], [r[1], r[6], r[7]], f"{row}: 总额 = 财政小计 + 上年结转 + 其他")
        c.sum_(r[1], r[2:6], f"{row}: 财政小计 = 中央 + 省 + 市 + 县")
    for i, col in enumerate(cols):
        if F["资金结余"][i] != "":
            c.ident("balance_mismatch", v["资金结余"][i], lambda x: x[0] - x[1],
                    [v["实际到位资金"][i], v["全年执行资金"][i]], f"(5)=(3)-(4) {col}")
        c.rate(v["预算到位率"][i], v["实际到位资金"][i], v["全年预算资金"][i], f"(6)=(3)/(2) {col}")
        c.rate(v["预算执行率(%)"][i], v["全年执行资金"][i], v["全年预算资金"][i], f"(7)=(4)/(2) {col}")
    # prose funds
    m = one(t, r"年初预算安排([\d.]+)万元，其中省级补助资金([\d.]+)万元、本级财政配套([\d.]+)万元")
    c.sum_(m.group(1), [m.group(2), m.group(3)], "年初预算 = 省级 + 本级")
    c.same(m.group(1), v["年初预算资金"][0], "年初预算 text/table")
    c.same(m.group(2), v["年初预算资金"][3], "省级 text/table")
    c.same(m.group(3), v["年初预算资金"][5], "本级 text/table")
    jz = one(t, r"将(\d{4})年结转的([\d.]+)万元").groups()
    c.year(int(jz[0]) == Y - 1, "carry-over comes from the previous year")
    c.same(jz[1], v["全年预算资金"][6], "上年结转 text/table")
    qn = one(t, r"全年预算资金([\d.]+)万元，年内全部到位").group(1)
    c.sum_(qn, [m.group(1), jz[1]], "全年预算 = 年初 + 上年结转")
    c.same(qn, v["全年预算资金"][0], "全年预算 text/table")
    c.same(qn, v["实际到位资金"][0], "全部到位 => 到位 = 全年预算", code="rate_mismatch")
    ex = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.same(ex.group(1), v["全年执行资金"][0], "执行 text/table")
    c.rate(ex.group(2), ex.group(1), qn, "执行率 text")
    c.same(num(ex.group(2)).to_eng_string(), v["预算执行率(%)"][0], "执行率 text/table")
    jy = one(t, r"结余([\d.]+)万元均为本级配套资金").group(1)
    c.ident("balance_mismatch", jy, lambda x: x[0] - x[1], [qn, ex.group(1)], "结余 = 到位 - 执行 (text)")
    c.year(int(one(t, r"结转至(\d{4})年").group(1)) > Y, "carry-forward goes to a later year")
    c.year(int(one(t, r"截至(\d{4})年12月31日").group(1)) == Y, "截至 date names the evaluation year")
    # outputs
    p = one(t, r"新建公共充电桩(\d+)个，其中直流快充桩(\d+)个（合计功率(\d+)千瓦）、交流慢充桩(\d+)个（合计功率(\d+)千瓦）").groups()
    c.sum_(p[0], [p[1], p[3]], "新建桩 = 直流 + 交流")
    std = one(t, r"直流快充桩按充电功率每千瓦(\d+)元、交流慢充桩按每千瓦(\d+)元").groups()
    yuan = one(t, r"核定补贴资金(\d+)元").group(1)
    c.ident("sum_mismatch", yuan, lambda x: x[0] * x[1] + x[2] * x[3], [p[2], std[0], p[4], std[1]],
            "补贴 = 直流功率×标准 + 交流功率×标准")
    c.ident("conflicting_values", ex.group(1), lambda x: x[0] / 10000, [yuan], "核定补贴(元) = 全年支出(万元)")
    by = one(t, r"由(\d{4})年末的(\d+)个增加到(\d+)个").groups()
    c.year(int(by[0]) == Y - 1, "stock at the end of the previous year")
    c.sum_(by[2], [by[1], p[0]], "保有量 = 上年末 + 新建")
    jsl = one(t, r"拨付及时率为([\d.]+%)").group(1)
    cdl = one(t, r"累计充电量(\d+)万千瓦时，比上年的(\d+)万千瓦时").groups()
    bj = one(t, r"服务半径缩短到([\d.]+)公里左右").group(1)
    q = one(t, r"收回有效问卷(\d+)份，其中\"满意\"和\"基本满意\"(\d+)份，充电用户满意度([\d.]+%)").groups()
    c.rate(q[2], q[1], q[0], "满意度 = 满意份数/有效问卷")
    # weights and scores in prose
    w = one(t, r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置指标体系，满分(\d+)分").groups()
    c.sum_(w[4], list(w[:4]), "prose weights add to 满分", code="weight_sum_mismatch")
    s = one(t, r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，总得分([\d.]+)分，属于\"(\S+?)\"").groups()
    c.sum_(s[4], list(s[:4]), "总得分 = level scores", code="score_sum_mismatch")
    c.grade(s[5], s[4], "grade of 总得分")
    # 附件1
    reg = t[t.index("附件1.项目支出绩效自评表"):]
    reg = reg[reg.index("\n") + 1:]
    bl = blocks(reg)
    rows, l1 = [], None
    for b in bl[1:]:
        l1 = b[0] or l1
        rows.append(dict(level=l1, name=b[2], weight=b[3], target=b[4], actual=b[5], completion=b[6], score=b[7]))
    check_rows(c, rows, "附件1")
    lv = {}
    for r in rows:
        lv.setdefault(r["level"], []).append(r)
    names = ["预算执行指标", "产出指标", "效益指标", "满意度指标"]
    for i, n in enumerate(names):
        c.sum_(w[i], [r["weight"] for r in lv[n]], f"{n} weight = Σ rows", code="weight_sum_mismatch")
        c.sum_(s[i], [r["score"] for r in lv[n]], f"{n} score = Σ rows", code="score_sum_mismatch")
    c.sum_(w[4], [r["weight"] for r in rows], "Σ weights = 100", code="weight_sum_mismatch")
    c.sum_(s[4], [r["score"] for r in rows], "总得分 = Σ row scores", code="score_sum_mismatch")
    R = {r["name"]: r for r in rows}
    c.same(R["预算执行率"]["actual"], ex.group(2), "执行率 table/text")
    c.same(R["新建公共充电桩数量"]["actual"].rstrip("个"), p[0], "新建桩 table/text")
    c.same(R["补贴资金拨付及时率"]["actual"], jsl, "拨付及时率 table/text")
    c.same(R["公共充电桩年充电量"]["actual"].replace("万千瓦时", ""), cdl[0], "年充电量 table/text")
    c.same(R["城区公共充电服务半径"]["actual"].replace("公里", ""), bj, "服务半径 table/text (约)")
    c.same(R["充电用户满意度"]["actual"], q[2], "满意度 table/text")
    c.same(R["直流快充桩单位功率补贴标准"]["actual"].replace("元/千瓦", ""), std[0], "补贴标准 table/text")
    return c.fails


# ================================================================ sc-xichang-gongjiaogengxin-2023 (Sichuan, MOF 附件1)
def check_xichang(t):
    c = Checker(t)
    Y = 2023
    c.year(one(t, r"(\d{4})年度西昌市交通运输局项目支出").group(1) == str(Y), "title year")
    c.year(one(t, r"\n(\d{4})年度项目支出绩效自评表").group(1) == str(Y), "自评表 year")
    fr = {}
    for lab in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        fr[lab] = one(t, r"\t" + lab + r"\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\n").groups()
    tot = fr["年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_(tot[i], [fr[k][i] for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]], f"{col}: 总额 = Σ sources")
    c.rate(tot[4], tot[2], tot[1], "自评表 执行率")
    c.ok("score_exceeds_weight", num(tot[5]) <= num(tot[3]), "execution score above its weight")
    # prose funds
    nc = one(t, r"年初预算安排市级财政资金([\d.]+)万元").group(1)
    xd = one(t, r"；(\d+)月，省财政厅转下达中央车辆购置税收入补助地方资金([\d.]+)万元").groups()
    xd = (None,) + xd
    qn = one(t, r"全年预算调整为([\d.]+)万元").group(1)
    c.sum_(qn, [nc, xd[2]], "全年预算 = 年初市级 + 中央追加")
    c.same(nc, tot[0], "年初预算 text/table")
    c.same(qn, tot[1], "全年预算 text/table")
    for yy in re.findall(r"于(\d{4})年\d+月下达", t):
        c.year(int(yy) == Y, "funds issued in the evaluation year")
    dw = one(t, r"全年到位([\d.]+)万元，到位率([\d.]+%)").groups()
    c.rate(dw[1], dw[0], qn, "到位率")
    zf = one(t, r"全年支付补助资金([\d.]+)万元，预算执行率([\d.]+%)，其中市级资金支付([\d.]+)万元，执行率([\d.]+%)，中央补助资金已全部支付").groups()
    c.rate(zf[1], zf[0], qn, "执行率 text")
    c.same(zf[0], tot[2], "全年执行 text/table")
    c.same(zf[1], tot[4], "执行率 text/table")
    c.rate(zf[3], zf[2], nc, "市级资金执行率")
    c.sum_(zf[0], [zf[2], xd[2]], "支付 = 市级支付 + 中央(全部支付)")
    av = one(t, r"(\d+)辆车平均每辆补助([\d.]+)万元").groups()
    c.ident("average_mismatch", av[1], lambda x: x[0] / x[1], [zf[0], av[0]], "平均每辆补助")
    jy = one(t, r"结余([\d.]+)万元为市级资金").group(1)
    c.ident("balance_mismatch", jy, lambda x: x[0] - x[1], [dw[0], zf[0]], "结余 = 到位 - 支付")
    c.ident("balance_mismatch", jy, lambda x: x[0] - x[1], [nc, zf[2]], "结余 = 市级预算 - 市级支付")
    bz = one(t, r"10\.5米级纯电动公交车每辆补助(\d+)元，8\.5米级纯电动公交车每辆补助(\d+)元").groups()
    nn = one(t, r"更新10\.5米级纯电动公交车(\d+)辆、8\.5米级纯电动公交车(\d+)辆").groups()
    c.ident("sum_mismatch", zf[0], lambda x: (x[0] * x[1] + x[2] * x[3]) / 10000, [nn[0], bz[0], nn[1], bz[1]],
            "支付 = Σ 车辆数 × 每辆补助")
    c.sum_(av[0], list(nn), "车辆总数 = 10.5米 + 8.5米")
    zb = one(t, r"中标价格为10\.5米级每辆(\d+)元、8\.5米级每辆(\d+)元，每辆车的补助金额均约占车辆购置价的(\d+%)").groups()
    c.rate(zb[2], bz[0], zb[0], "补助/购置价 10.5米 (约)")
    c.rate(zb[2], bz[1], zb[1], "补助/购置价 8.5米 (约)")
    fl = one(t, r"截至(\d{4})年12月31日，城区(\d+)辆公交车中新能源车辆(\d+)辆，占比([\d.]+%)").groups()
    c.year(int(fl[0]) == Y, "截至 date")
    c.rate(fl[3], fl[2], fl[1], "新能源车辆占比")
    c.ok("year_mismatch", int(one(t, r"（(\d{4})年已更新\d+辆）").group(1)) == Y - 1, "last year's update")
    # indicators
    rows = []
    for line in t.split("\n"):
        cells = line.split("\t")
        if len(cells) == 9 and cells[3] and cells[3] != "三级指标":
            rows.append(dict(name=cells[3], target=cells[4], actual=cells[5], weight=cells[6], score=cells[7]))
    if len(rows) != 8:
        raise ExtractError(f"xichang: {len(rows)} indicator rows")
    check_rows(c, rows, "自评表")
    total = one(t, r"\n总分\t\t\t\t\t\t(\d+)\t([\d.]+)\t").groups()
    c.sum_(total[0], [r["weight"] for r in rows] + [tot[3]], "Σ weights = 100", code="weight_sum_mismatch")
    c.sum_(total[1], [r["score"] for r in rows] + [tot[5]], "总分 = Σ scores", code="score_sum_mismatch")
    R = {r["name"]: r for r in rows}
    c.same(R["更新纯电动公交车数量"]["actual"].rstrip("辆"), av[0], "车辆数 table/text")
    c.same(R["城区公交新能源车辆占比"]["actual"], fl[3], "占比 table/text")
    c.same(R["10.5米级车辆单车补助标准"]["actual"].replace("万元/辆", ""), str(num(bz[0]) / 10000), "单车补助 table(万元)/text(元)")
    ys = one(t, r"审核拨付用时(\d+)天，超出(\d+)天的时限目标").groups()
    c.same(R["补助资金拨付时限"]["actual"].rstrip("天"), ys[0], "拨付用时 table/text")
    jl = one(t, r"综合得分([\d.]+)分，评价等级为\"(\S+?)\"").groups()
    c.same(jl[0], total[1], "总分 text/table")
    c.grade(jl[1], jl[0], "grade")
    return c.fails


# ================================================================ hn-jinshi-xinnengyuanqiche-2019 (Hunan, PDF copy)
def check_jinshi(t):
    c = Checker(t)
    Y = 2019
    c.year(one(t, r"对(\d{4})年度新能源汽车推广应用").group(1) == str(Y), "report year")
    c.year(one(t, r"\n（(\d{4})年度）\n").group(1) == str(Y), "自评表 year")
    fr = {}
    for lab in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[lab] = one(t, r"\n" + lab + r" ([\d.]+) ([\d.]+) ([\d.]+) (\S+) (\S+) (\S+)\n").groups()
    tot = fr["年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_(tot[i], [fr[k][i] for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]], f"{col}: 总额 = Σ sources")
    c.rate(tot[4], tot[2], tot[1], "自评表 执行率")
    c.ok("score_exceeds_weight", num(tot[5]) <= num(tot[3]), "execution score above weight")
    ap = one(t, r"(\d{4})年年初预算([\d.]+)万元，5月追加省级新能源汽车推广应用奖补资金([\d.]+)万元，加上(\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元").groups()
    c.year(int(ap[0]) == Y and int(ap[3]) == Y - 1, "budget year / carry-over year")
    c.sum_(ap[5], [ap[1], ap[2], ap[4]], "全年预算 = 年初 + 追加 + 上年结转")
    c.sum_(fr["其中：当年财政拨款"][1], [ap[1], ap[2]], "当年财政拨款 全年 = 年初 + 追加")
    c.same(ap[1], tot[0], "年初 text/table")
    c.same(ap[4], fr["上年结转资金"][1], "上年结转 text/table")
    c.same(ap[5], tot[1], "全年预算 text/table")
    ex = one(t, r"全年支出([\d.]+)万元，执行率([\d.]+%)").groups()
    c.rate(ex[1], ex[0], ap[5], "执行率 text")
    c.same(ex[0], tot[2], "执行 text/table")
    c.same(ex[1], tot[4], "执行率 text/table")
    cl = one(t, r"车辆购置补贴预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+%)；充电设施建设补贴预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+%)").groups()
    c.rate(cl[2], cl[1], cl[0], "车辆购置补贴执行率")
    c.rate(cl[5], cl[4], cl[3], "充电设施建设补贴执行率")
    c.sum_(ap[5], [cl[0], cl[3]], "全年预算 = Σ 用途")
    c.sum_(ex[0], [cl[1], cl[4]], "支出 = Σ 用途")
    wz = one(t, r"未支出的([\d.]+)万元（车辆补贴([\d.]+)万元、充电设施补贴([\d.]+)万元）已结转(\d{4})年").groups()
    c.ident("balance_mismatch", wz[0], lambda x: x[0] - x[1], [ap[5], ex[0]], "未支出 = 预算 - 支出")
    c.ident("balance_mismatch", wz[1], lambda x: x[0] - x[1], [cl[0], cl[1]], "车辆补贴 未支出")
    c.ident("balance_mismatch", wz[2], lambda x: x[0] - x[1], [cl[3], cl[4]], "充电设施 未支出")
    c.sum_(wz[0], [wz[1], wz[2]], "未支出 = Σ 用途")
    c.year(int(wz[3]) > Y, "carry-forward to a later year")
    # outputs
    bz = one(t, r"纯电动公交车每辆(\d+)元，纯电动出租车每辆(\d+)元，纯电动物流车每辆(\d+)元；分散式公共充电桩每桩(\d+)元").groups()
    cc = one(t, r"推广应用新能源汽车(\d+)辆（(\d{4})年为\d+辆），其中公交车(\d+)辆、出租车(\d+)辆、物流车(\d+)辆，补贴支出([\d.]+)万元").groups()
    c.year(int(cc[1]) == Y - 1, "last year's figure")
    c.sum_(cc[0], [cc[2], cc[3], cc[4]], "车辆 = 公交 + 出租 + 物流")
    c.same(cc[5], cl[1], "车辆补贴支出")
    c.ident("sum_mismatch", cc[5], lambda x: (x[0] * x[1] + x[2] * x[3] + x[4] * x[5]) / 10000,
            [cc[2], bz[0], cc[3], bz[1], cc[4], bz[2]], "车辆补贴 = Σ 数量 × 标准")
    zd = one(t, r"建成集中式充电站(\d+)座，补贴([\d.]+)万元（分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每座([\d.]+)万元），建成分散式公共充电桩(\d+)个，补贴([\d.]+)万元，两项合计([\d.]+)万元").groups()
    c.sum_(zd[1], [zd[2], zd[3], zd[4]], "充电站补贴 = Σ 三座")
    c.ident("average_mismatch", zd[5], lambda x: sum(x, D(0)) / len(x), [zd[2], zd[3], zd[4]], "平均每座")
    c.ident("sum_mismatch", zd[7], lambda x: x[0] * x[1] / 10000, [zd[6], bz[3]], "分散桩补贴 = 桩数 × 每桩")
    c.sum_(zd[8], [zd[1], zd[7]], "充电设施合计 = 充电站 + 分散桩")
    c.same(zd[8], cl[4], "充电设施支出")
    gj = one(t, r"城区(\d+)辆公交车中新能源车辆由(\d{4})年末的(\d+)辆增加到(\d+)辆，占比([\d.]+%)").groups()
    c.year(int(gj[1]) == Y - 1, "previous year-end")
    c.sum_(gj[3], [gj[2], cc[2]], "新能源公交 = 上年末 + 本年新增公交")
    c.rate(gj[4], gj[3], gj[0], "新能源公交占比")
    ly = one(t, r"(\d{4})年本项目全年预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+%)，当年未支出的([\d.]+)万元已结转到(\d{4})年").groups()
    c.year(int(ly[0]) == Y - 1 and int(ly[5]) == Y, "last year's money carried into the evaluation year")
    c.rate(ly[3], ly[2], ly[1], "上年执行率")
    c.ident("balance_mismatch", ly[4], lambda x: x[0] - x[1], [ly[1], ly[2]], "上年未支出 = 上年预算 - 上年支出")
    c.same(ly[4], ap[4], "上年结转 = 上年未支出")
    co2 = one(t, r"减少二氧化碳排放约(\d+)吨").group(1)
    myd = one(t, r"补贴对象满意度为([\d.]+%)").group(1)
    sh = one(t, r"审核用时(\d+)个工作日").group(1)
    # indicator table
    rows = []
    pat = re.compile(r"^(?:产出指标 |效益指标 |满意度指标 )?(?:\S+指标 )?(\S+) (\S+) (\S+) (\S+) ([\d.]+) ([\d.]+)(?: .*)?$")
    reg = t[t.index("一级指标 二级指标 三级指标"):t.index("\n总分 ")]
    for line in reg.split("\n")[1:]:
        m = pat.match(line)
        if m:
            rows.append(dict(name=m.group(1), target=m.group(2), actual=m.group(3), completion=m.group(4),
                             weight=m.group(5), score=m.group(6)))
    if len(rows) != 9:
        raise ExtractError(f"jinshi: {len(rows)} indicator rows")
    check_rows(c, rows, "自评表")
    total = one(t, r"\n总分 (\d+) ([\d.]+)\n").groups()
    c.sum_(total[0], [r["weight"] for r in rows] + [tot[3]], "Σ weights = 100", code="weight_sum_mismatch")
    c.sum_(total[1], [r["score"] for r in rows] + [tot[5]], "总分 = Σ scores", code="score_sum_mismatch")
    R = {r["name"]: r for r in rows}
    c.same(R["推广应用新能源汽车"]["actual"].rstrip("辆"), cc[0], "推广数量 table/text")
    c.same(R["建成分散式公共充电桩"]["actual"].rstrip("个"), zd[6], "分散桩 table/text")
    c.same(R["城区公交新能源车辆占比"]["actual"], gj[4], "占比 table/text")
    c.same(R["年减少二氧化碳排放"]["actual"].rstrip("吨"), co2, "CO2 table/text (约)")
    c.same(R["补贴对象满意度"]["actual"], myd, "满意度 table/text")
    c.same(R["补贴申报审核办结时限"]["actual"].replace("个工作日", ""), sh, "审核用时 table/text")
    c.same(R["公交车单车地方补贴标准"]["actual"].replace("万元", ""), str(num(bz[0]) / 10000), "公交单车补贴 table(万元)/text(元)")
    jl = one(t, r"综合自评得分([\d.]+)分，评价等级为(\S+?)。").groups()
    c.same(jl[0], total[1], "总分 text/table")
    c.grade(jl[1], jl[0], "grade")
    return c.fails


# ================================================================ hb-shishou-gongjiaochongdian-2020 (Hubei 20+80, PDF)
def check_shishou(t):
    c = Checker(t)
    Y = 2020
    c.year(all(y == str(Y) for y in re.findall(r"石首市交通运输局(\d{4})年度项目支出绩效自评报告", t)), "title year")
    c.year(one(t, r"\n(\d{4})年度项目支出绩效自评表").group(1) == str(Y), "自评表 year")
    fr = {}
    for lab in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[lab] = one(t, r"\n" + lab + r"\n([\d.]+)\n([\d.]+)\n([\d.]+)\n(\S+)\n(\S+)\n(\S+)\n").groups()
    tot = fr["年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_(tot[i], [fr[k][i] for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]], f"{col}: 总额 = Σ sources")
    for lab in fr:
        c.rate(fr[lab][4], fr[lab][2], fr[lab][1], f"{lab} 执行率")
    c.ok("score_exceeds_weight", num(tot[5]) <= num(tot[3]), "execution score above weight")
    # prose funds
    ys = one(t, r"项目年初预算([\d.]+)万元，全部为市级财政资金；(\d+)月收到省级城市交通发展奖励资金([\d.]+)万元，追加后全年预算([\d.]+)万元。按用途分，充电站建设补助([\d.]+)万元，新能源公交车运营补贴([\d.]+)万元").groups()
    c.sum_(ys[3], [ys[0], ys[2]], "全年预算 = 年初 + 省级追加")
    c.sum_(ys[3], [ys[4], ys[5]], "全年预算 = Σ 用途")
    c.same(ys[0], tot[0], "年初 text/table")
    c.same(ys[3], tot[1], "全年预算 text/table")
    sj = one(t, r"省级城市交通发展奖励资金([\d.]+)万元于(\d{4})年(\d+)月下达").groups()
    c.same(sj[0], ys[2], "省级资金 restated")
    c.year(int(sj[1]) == Y, "省级资金下达 in the evaluation year")
    dw = one(t, r"全年预算([\d.]+)万元，实际到位([\d.]+)万元，到位率([\d.]+%)").groups()
    c.same(dw[0], ys[3], "全年预算 restated")
    c.rate(dw[2], dw[1], dw[0], "到位率")
    ex = one(t, r"截至(\d{4})年12月31日，项目累计支出([\d.]+)万元，预算执行率([\d.]+%)").groups()
    c.year(int(ex[0]) == Y, "截至 date names the evaluation year")
    c.rate(ex[2], ex[1], dw[0], "执行率 text")
    c.same(ex[1], tot[2], "执行 text/table")
    c.same(ex[2], tot[4], "执行率 text/table")
    yy = one(t, r"其中运营补贴([\d.]+)万元已全部拨付；充电站建设补助支出([\d.]+)万元，执行率([\d.]+%)").groups()
    c.same(yy[0], ys[5], "运营补贴 全部拨付")
    c.rate(yy[2], yy[1], ys[4], "充电站建设补助执行率")
    c.sum_(ex[1], [yy[0], yy[1]], "支出 = 运营补贴 + 充电站")
    jy = one(t, r"结余([\d.]+)万元为充电站工程").group(1)
    c.ident("balance_mismatch", jy, lambda x: x[0] - x[1], [dw[1], ex[1]], "结余 = 到位 - 支出")
    c.ident("balance_mismatch", jy, lambda x: x[0] - x[1], [ys[4], yy[1]], "结余 = 充电站预算 - 充电站支出")
    c.year(int(one(t, r"结转(\d{4})年支付").group(1)) > Y, "carry-forward to a later year")
    bz = one(t, r"对(\d+)辆新能源公交车按每辆每年(\d+)元标准给予运营补贴").groups()
    c.ident("sum_mismatch", ys[5], lambda x: x[0] * x[1] / 10000, list(bz), "运营补贴 = 车辆 × 标准")
    ly = one(t, r"（(\d{4})年为(\d+)辆、([\d.]+)万元）").groups()
    c.year(int(ly[0]) == Y - 1, "last year's figure")
    c.ident("sum_mismatch", ly[2], lambda x: x[0] * x[1] / 10000, [ly[1], bz[1]], "上年运营补贴 = 车辆 × 标准")
    gq = one(t, r"实际工期(\d+)天，比计划多(\d+)天").groups()
    kl = one(t, r"全年公交日均客运量([\d.]+)万人次").group(1)
    # goal blocks
    head = "一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n分值\n得分\n"
    parts = re.split(r"\n年度目标(\d)：[^\n]*（(\d+)分）\n", t)
    if len(parts) != 7:
        raise ExtractError("shishou: goal blocks")
    rows_all = []
    for k in (1, 4):
        body = parts[k + 2]
        if not body.startswith(head):
            raise ExtractError("shishou: block header")
        body = body[len(head):].split("\n合计\n")[0].split("\n年度目标")[0]
        lines = body.strip("\n").split("\n")
        if len(lines) % 7:
            raise ExtractError(f"shishou: block {parts[k]} has {len(lines)} lines")
        rows = [dict(name=lines[i + 2], target=lines[i + 3], actual=lines[i + 4], weight=lines[i + 5], score=lines[i + 6])
                for i in range(0, len(lines), 7)]
        c.sum_(parts[k + 1], [r["weight"] for r in rows], f"年度目标{parts[k]} weight = Σ rows", code="weight_sum_mismatch")
        rows_all += rows
    check_rows(c, rows_all, "自评表")
    total = one(t, r"\n合计\n(\d+)\n([\d.]+)\n").groups()
    c.sum_(total[0], [r["weight"] for r in rows_all] + [tot[3]], "Σ weights = 100", code="weight_sum_mismatch")
    c.sum_(total[1], [r["score"] for r in rows_all] + [tot[5]], "合计 = Σ scores", code="score_sum_mismatch")
    pw = one(t, r"预算执行率指标(\d+)分，得分按\"\d+×预算执行率\"计算；其余\n?(\d+)分按两个年度目标分配，每个年度目标(\d+)分").groups()
    c.same(pw[0], tot[3], "execution weight text/table", code="weight_sum_mismatch")
    c.sum_(pw[1], [parts[2], parts[5]], "80 = Σ goal blocks", code="weight_sum_mismatch")
    c.same(pw[2], parts[2], "goal 1 weight text/table", code="weight_sum_mismatch")
    c.same(pw[2], parts[5], "goal 2 weight text/table", code="weight_sum_mismatch")
    R = {r["name"]: r for r in rows_all}
    c.ident("sum_mismatch", gq[1], lambda x: x[0] - x[1], [gq[0], R["充电站建设工期"]["target"].lstrip("≤").rstrip("天")], "工期 overrun")
    c.same(R["充电站建设工期"]["actual"].rstrip("天"), gq[0], "工期 table/text")
    c.same(R["公交日均客运量"]["actual"].replace("万人次", ""), kl, "客运量 table/text")
    c.same(R["享受运营补贴的新能源公交车数量"]["actual"].rstrip("辆"), bz[0], "车辆 table/text")
    c.same(R["单车年度运营补贴标准"]["actual"].replace("万元", ""), str(num(bz[1]) / 10000), "单车补贴 table(万元)/text(元)")
    gd = one(t, r"项目自评等级为\n?\"(\S+?)\"").group(1)
    c.grade(gd, total[1], "grade (total in the table)")
    return c.fails


# ================================================================ gd-enping-fagaiju-bumen-2024 (部门整体, web page)
def check_enping(t):
    c = Checker(t)
    Y = 2024
    c.year(one(t, r"\n恩平市发展和改革局(\d{4})年度部门整体支出绩效自评报告\n").group(1) == str(Y), "title year")
    c.year(int(one(t, r"发布时间：(\d{4})-").group(1)) >= Y, "published after the year")
    ry = one(t, r"年末实有人员(\d+)人，其中行政人员(\d+)人、事业人员(\d+)人").groups()
    c.sum_(ry[0], [ry[1], ry[2]], "人员 = 行政 + 事业")
    nc = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元").groups()
    c.year(int(nc[0]) == Y, "budget year")
    c.sum_(nc[1], [nc[2], nc[3]], "年初 = 基本 + 项目")
    qn = one(t, r"调整后全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元").groups()
    c.sum_(qn[0], [qn[1], qn[2]], "全年 = 基本 + 项目")
    ex = one(t, r"全年支出([\d.]+)万元，部门预算执行率([\d.]+%)（(\d{4})年全年预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+%)）。其中基本支出([\d.]+)万元，执行率([\d.]+%)；项目支出([\d.]+)万元，执行率([\d.]+%)").groups()
    c.rate(ex[1], ex[0], qn[0], "部门预算执行率")
    c.year(int(ex[2]) == Y - 1, "last year's figures")
    c.rate(ex[5], ex[4], ex[3], "上年执行率")
    c.rate(ex[7], ex[6], qn[1], "基本支出执行率")
    c.rate(ex[9], ex[8], qn[2], "项目支出执行率")
    c.sum_(ex[0], [ex[6], ex[8]], "支出 = 基本 + 项目")
    jz = one(t, r"年末未支出的([\d.]+)万元已按规定结转(\d{4})年使用，其中第三批充电设施补贴尾款([\d.]+)万元").groups()
    c.ident("balance_mismatch", jz[0], lambda x: x[0] - x[1], [qn[0], ex[0]], "未支出 = 全年 - 支出")
    c.year(int(jz[1]) > Y, "carry-forward to a later year")
    xm = one(t, r"全年项目支出预算([\d.]+)万元，涉及").group(1)
    c.same(xm, qn[2], "项目支出预算 stated twice")
    fb = one(t, r"价格监测项目预算([\d.]+)万元、支出([\d.]+)万元，粮食安全保障项目预算([\d.]+)万元、支出([\d.]+)万元，执行率分别为([\d.]+%)和([\d.]+%)").groups()
    c.rate(fb[4], fb[1], fb[0], "价格监测执行率")
    c.rate(fb[5], fb[3], fb[2], "粮食安全保障执行率")
    sg = one(t, r"\"三公\"经费预算([\d.]+)万元，实际支出([\d.]+)万元，比上年的([\d.]+)万元下降([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元").groups()
    c.ident("sum_mismatch", sg[3], lambda x: x[0] - x[1], [sg[2], sg[1]], "三公 decrease = 上年 - 本年")
    c.sum_(sg[1], [sg[4], sg[5]], "三公 = 公务用车 + 公务接待")
    cd = one(t, r"充电基础设施建设补贴([\d.]+)万元，其中省级补助([\d.]+)万元、市级配套([\d.]+)万元，全年分三批下达补贴([\d.]+)万元，执行率([\d.]+%)").groups()
    c.sum_(cd[0], [cd[1], cd[2]], "充电补贴预算 = 省级 + 市级")
    c.rate(cd[4], cd[3], cd[0], "充电补贴执行率")
    c.ident("balance_mismatch", jz[2], lambda x: x[0] - x[1], [cd[0], cd[3]], "充电补贴尾款 = 预算 - 下达")
    # batch table
    B = {}
    for lab in ["第一批", "第二批", "第三批", "合计"]:
        B[lab] = one(t, r"\n" + lab + r"\t([^\t\n]+)\t(\d+)\t(\d+)\t([\d.]+)\t([\d.]+)\n").groups()
    for lab in ["第一批", "第二批", "第三批"]:
        yy = re.match(r"(\d{4})年", B[lab][0])
        c.year(yy is not None and int(yy.group(1)) == Y, f"{lab} 下达 in the evaluation year")
    for i, col in [(1, "补贴项目"), (2, "充电桩"), (3, "补贴金额")]:
        c.sum_(B["合计"][i], [B[k][i] for k in ["第一批", "第二批", "第三批"]], f"{col} 合计")
    for lab in B:
        c.ident("average_mismatch", B[lab][4], lambda x: x[0] / x[1], [B[lab][3], B[lab][2]], f"{lab} 平均每桩")
    c.same(cd[3], B["合计"][3], "下达补贴 text/table")
    pj = one(t, r"三批平均每批补贴([\d.]+)万元").group(1)
    c.ident("average_mismatch", pj, lambda x: sum(x, D(0)) / len(x), [B[k][3] for k in ["第一批", "第二批", "第三批"]], "平均每批")
    ly = one(t, r"与(\d{4})年相比（全年补贴充电桩(\d+)个、补贴金额([\d.]+)万元，平均每桩([\d.]+)万元）").groups()
    c.year(int(ly[0]) == Y - 1, "comparison year")
    c.ident("average_mismatch", ly[3], lambda x: x[0] / x[1], [ly[2], ly[1]], "上年平均每桩")
    mb = one(t, r"全年新增公共充电桩不少于(\d+)个").group(1)
    xz = one(t, r"全年新增公共充电桩(\d+)个，完成年度目标的([\d.]+%)").groups()
    c.same(xz[0], B["合计"][2], "新增桩 text/table")
    c.ok("completion_mismatch", close(xz[1], num(xz[0]) / num(mb) * 100), "新增桩完成率")
    # score table
    reg = t[t.index("一级指标\t二级指标\t三级指标\t分值\t得分\n"):]
    rows = []
    for line in reg.split("\n")[1:]:
        cells = line.split("\t")
        if len(cells) != 5:
            break
        rows.append(dict(name=cells[2] or cells[0], weight=cells[3], score=cells[4], target="", actual=""))
    tot = rows.pop()
    if tot["name"] != "合计" or len(rows) != 8:
        raise ExtractError("enping: score table")
    check_rows(c, rows, "自评表")
    c.sum_(tot["weight"], [r["weight"] for r in rows], "Σ weights = 100", code="weight_sum_mismatch")
    c.sum_(tot["score"], [r["score"] for r in rows], "合计 = Σ scores", code="score_sum_mismatch")
    jl = one(t, r"部门整体支出绩效得分(\d+)分，等级为\"(\S+?)\"").groups()
    c.same(jl[0], tot["score"], "总分 text/table")
    c.grade(jl[1], jl[0], "grade")
    myd = one(t, r"收回有效问卷\d+份，满意度([\d.]+%)").group(1)
    c.ok("implausible_rate", num(myd) <= 100, "满意度 above 100%")
    return c.fails


CHECKS = {
    "sx-houma-chongdianzhuang-2021": check_houma,
    "sc-xichang-gongjiaogengxin-2023": check_xichang,
    "hn-jinshi-xinnengyuanqiche-2019": check_jinshi,
    "hb-shishou-gongjiaochongdian-2020": check_shishou,
    "gd-enping-fagaiju-bumen-2024": check_enping,
}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    errors = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    counts = {k: 0 for k in CODES}
    files = sorted(os.listdir(CASES))
    if len(labels) != len(files) or {r["case"] for r in labels} != set(files):
        errors.append("labels.jsonl and cases/ disagree")
    for rec in labels:
        case = rec["case"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if rec["clean"] and not (2800 <= n <= 3400):
            errors.append(f"{case}: length {n} outside 2800-3400")
        expected = rec["expected"]
        try:
            fails = CHECKS[rec["source"]](text)
        except ExtractError as e:
            errors.append(f"{case}: extraction failed: {e}")
            continue
        failed_codes = sorted({f[0] for f in fails})
        if rec["clean"]:
            if expected:
                errors.append(f"{case}: clean case with labels")
            if fails:
                errors.append(f"{case}: clean draft fails: {fails}")
            continue
        if len(expected) != 1:
            errors.append(f"{case}: expected exactly one label")
            continue
        lab = expected[0]
        counts[lab["code"]] += 1
        if lab["code"] not in CODES or lab["severity"] != "error":
            errors.append(f"{case}: bad code/severity {lab}")
        if lab["value"] not in text:
            errors.append(f"{case}: value {lab['value']!r} not in the case")
        (ca, cb), (ea, eb) = diff_region(clean, text)
        if eb <= ea and cb <= ca:
            errors.append(f"{case}: identical to its clean draft")
        if max(eb - ea, cb - ca) > 12:
            errors.append(f"{case}: changed region too long: {text[ea:eb]!r}")
        spans = [(m.start(), m.start() + len(lab["value"])) for m in re.finditer(re.escape(lab["value"]), text)]
        if not any(s < max(eb, ea + 1) and ea < e for s, e in spans):
            errors.append(f"{case}: changed region {text[ea:eb]!r} does not overlap the value")
        if failed_codes != [lab["code"]]:
            errors.append(f"{case}: labelled {lab['code']}, arithmetic fails {failed_codes}: {fails}")
    for k, v in counts.items():
        if v < 2:
            errors.append(f"code {k} used {v} times (< 2)")
    if errors:
        print("\n".join(errors))
        print("FAILED")
        sys.exit(1)
    print("cases:", len(labels), " per code:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
