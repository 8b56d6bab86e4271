#!/usr/bin/env python3
"""Verify the set (standard library only).

1. labels.jsonl: every case exists, every label value occurs exactly once in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A (1-13) is used at least twice;
4. the arithmetic of every draft is redone with decimal.Decimal (rules.md §5-§8): a clean draft must pass
   every check; an error case must fail the labelled code and no other error-level code.
   `score_rule_mismatch` is a warning (rules §5, errors.md #16): it must hold in clean drafts, it is ignored
   in error cases.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
         "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}
UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"
HUNDRED = D(100)


class Miss(Exception):
    pass


def num(s):
    return D(str(s).replace(",", "").strip())


def decs(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".", 1)[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def near(s, x):
    """stated string s agrees with computed x under the decimals rule (rules.md §8)"""
    return abs(num(s) - x) <= tol(s)


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class M:
    """a money amount as written: number string + unit; .v in 万元"""

    def __init__(self, s, unit="万元"):
        self.s, self.unit = s, unit
        self.v = num(s) * UNIT[unit]
        self.tol = tol(s) * UNIT[unit]


class Checker:
    def __init__(self, text):
        self.t = text
        self.res = []

    # ---------- extraction ----------
    def one(self, pat, g=1):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise Miss(f"{pat!r} matched {len(ms)} times")
        m = ms[0]
        return m.group(g) if isinstance(g, int) else m.group(*g)

    def table(self, header_prefix, stop=()):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise Miss(f"table {header_prefix!r}: {len(idx)} headers")
        hdr = lines[idx[0]].split("\t")
        rows = []
        for l in lines[idx[0] + 1:]:
            if not l.strip() or "\t" not in l or any(l.startswith(p) for p in stop):
                break
            rows.append(l.split("\t"))
        return hdr, rows

    @staticmethod
    def col(hdr, *names):
        for i, h in enumerate(hdr):
            if any(h.startswith(n) for n in names):
                return i
        raise Miss(f"no column {names} in {hdr}")

    @staticmethod
    def row(rows, name):
        rs = [r for r in rows if r[0].strip() == name]
        if len(rs) != 1:
            raise Miss(f"row {name!r}: {len(rs)}")
        return rs[0]

    # ---------- recording ----------
    def add(self, code, desc, ok):
        self.res.append((code, desc, bool(ok)))

    def rel(self, code, desc, stated, fn, inputs):
        """stated (M or number string) must equal fn(*inputs); inputs are M or number strings.
        If one money amount (or the stated one) rescaled by 10^4 reconciles the relation, the failure is a
        unit_mismatch (errors.md #11 b)."""
        def val(x):
            return x.v if isinstance(x, M) else num(x)
        sv = val(stated)
        st = stated.tol if isinstance(stated, M) else tol(stated)
        vals = [val(x) for x in inputs]
        x = fn(*vals)
        if abs(sv - x) <= st:
            self.add(code, desc, True)
            return
        for f in (D(10000), D("0.0001")):
            for k, inp in enumerate(inputs):
                if isinstance(inp, M):
                    v2 = list(vals)
                    v2[k] = vals[k] * f
                    if abs(sv - fn(*v2)) <= st:
                        self.add("unit_mismatch", desc + " (reconciled by rescaling an amount)", False)
                        return
            if isinstance(stated, M) and abs(sv * f - x) <= st * f:
                self.add("unit_mismatch", desc + " (reconciled by rescaling the stated amount)", False)
                return
        self.add(code, desc, False)

    def sum(self, desc, total, parts, code="sum_mismatch"):
        self.rel(code, desc, total, lambda *v: sum(v, D(0)), parts)

    def same(self, desc, a, b):
        """two statements of the same quantity (conflicting_values); unit slips are unit_mismatch"""
        self.rel("conflicting_values", desc, a, lambda v: v, [b])

    def rate(self, desc, pct, numer, denom, code="rate_mismatch"):
        dv = denom.v if isinstance(denom, M) else num(denom)
        if dv == 0:
            self.add("implausible_rate", desc + " (zero base)", pct.strip() in ("—", "-", "0", ""))
            return
        self.rel(code, desc, pct, lambda n, d_: n / d_ * HUNDRED, [numer, denom])
        self.bounded(desc, pct)

    def bounded(self, desc, pct):
        self.add("implausible_rate", desc + " within [0, 100%]", D(0) <= num(pct) <= HUNDRED)

    def year(self, desc, ok):
        self.add("year_mismatch", desc, ok)

    def grade(self, desc, total, word):
        self.add("grade_mismatch", desc, GRADE[word] == band(num(total)))

    # ---------- indicator tables ----------
    def indicators(self, hdr, rows, extra=(), sichuan=False):
        c = {"name": self.col(hdr, "三级指标"), "w": self.col(hdr, "分值"), "s": self.col(hdr, "得分", "指标得分")}
        if sichuan:
            c.update(sign=self.col(hdr, "指标性质"), t=self.col(hdr, "指标值"), u=self.col(hdr, "度量单位"),
                     a=self.col(hdr, "实际完成值"))
        else:
            c.update(t=self.col(hdr, "年度指标值", "目标值"), a=self.col(hdr, "实际完成值", "实际值", "业绩值"))
        comp_col = None
        for i, h in enumerate(hdr):
            if h.startswith("完成率"):
                comp_col = i
        blocks, subtot, total, l1 = {}, {}, None, None
        info = {}
        for r in rows:
            first = r[0].strip()
            if first in ("合计", "总分"):
                total = (r[c["w"]], r[c["s"]])
                continue
            if first.endswith("小计"):
                subtot[first[:-2]] = (r[c["w"]], r[c["s"]])
                continue
            if first:
                l1 = first
            name = r[c["name"]]
            w, s = r[c["w"]], r[c["s"]]
            if sichuan:
                tgt_s = (r[c["sign"]] if r[c["sign"]] in ("≥", "≤", "=") else "") + r[c["t"]] + \
                    ("" if r[c["u"]] in ("日期", "—") else r[c["u"]])
                act_s = r[c["a"]] + ("" if r[c["u"]] in ("日期", "—") else r[c["u"]])
            else:
                tgt_s, act_s = r[c["t"]], r[c["a"]]
            info[name] = {"target": tgt_s, "actual": act_s, "w": w, "s": s, "row": r}
            bw = blocks.setdefault(l1, [D(0), D(0)])
            bw[0] += num(w)
            bw[1] += num(s)
            self.check_row(name, tgt_s, act_s, w, s, r[comp_col] if comp_col is not None else None)
        if total is None:
            raise Miss("indicator table without total row")
        sw = sum((b[0] for b in blocks.values()), D(0)) + sum((num(e[0]) for e in extra), D(0))
        ss = sum((b[1] for b in blocks.values()), D(0)) + sum((num(e[1]) for e in extra), D(0))
        self.add("weight_sum_mismatch", "Σ 分值 = stated total", num(total[0]) == sw)
        self.add("weight_sum_mismatch", "total 分值 = 100", num(total[0]) == HUNDRED)
        self.add("score_sum_mismatch", "Σ 得分 = stated total", near(total[1], ss))
        for k, (w, s) in subtot.items():
            self.add("weight_sum_mismatch", f"{k} 小计 分值", num(w) == blocks[k][0])
            self.add("score_sum_mismatch", f"{k} 小计 得分", near(s, blocks[k][1]))
        return {"blocks": blocks, "total": total, "rows": info}

    @staticmethod
    def parse_q(s):
        s = s.strip()
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|之前)?", s)
        if m:
            return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), None)
        m = re.fullmatch(r"([\d.]+)—([\d.]+)(\D*)", s)
        if m:
            return ("range", (num(m.group(1)), num(m.group(2))), m.group(3))
        m = re.fullmatch(r"(≥|≤|=|＞|＜)?([\d.,]+)(\D*)", s)
        if m:
            sign = {"≥": "ge", "＞": "ge", "≤": "le", "＜": "le", "=": "eq", None: "eq"}[m.group(1)]
            return (sign, num(m.group(2)), m.group(3))
        return ("qual", s, None)

    def check_row(self, name, tgt_s, act_s, w, s, comp_s):
        wv, sv = num(w), num(s)
        self.add("score_exceeds_weight", f"{name}: 0 ≤ 得分 ≤ 分值", D(0) <= sv <= wv)
        tk, tv, tu = self.parse_q(tgt_s)
        ak, av, au = self.parse_q(act_s)
        comp = None
        unit_ok = True
        if tk == "date":
            unit_ok = ak == "date"
            if unit_ok:
                comp = HUNDRED if av <= tv else None
        elif tk != "qual":
            unit_ok = ak in ("eq",) and au == tu
            if unit_ok:
                if tk == "ge":
                    comp = av / tv * HUNDRED
                elif tk == "le":
                    comp = HUNDRED if av <= tv else tv / av * HUNDRED
                elif tk == "eq":
                    comp = (HUNDRED if av <= 0 else D(0)) if tv == 0 else av / tv * HUNDRED
                elif tk == "range":
                    lo, hi = tv
                    comp = HUNDRED if lo <= av <= hi else (av / lo * HUNDRED if av < lo else hi / av * HUNDRED)
        self.add("unit_mismatch", f"{name}: 实际完成值 in the unit of 年度指标值", unit_ok)
        if ak == "eq" and au == "%" and re.search("率|满意度|纯度", name):
            self.add("implausible_rate", f"{name}: percentage ≤ 100", av <= HUNDRED)
        if comp_s is not None:
            if comp is not None and tk != "date":
                self.add("completion_mismatch", f"{name}: 完成率", near(comp_s.rstrip("%"), comp))
        # scoring rule (warning only)
        if tk == "qual":
            if av == "部分达成" or (isinstance(av, str) and av.startswith("部分达成")):
                ok = wv * D("0.6") <= sv < wv * D("0.8")
            else:
                ok = wv * D("0.8") <= sv <= wv
            self.add("score_rule_mismatch", f"{name}: qualitative band", ok)
        elif comp is not None:
            c_eff = min(comp, HUNDRED)
            exp = q2(wv * c_eff / HUNDRED)
            ok = near(s, exp)
            if not ok and comp_s is not None and comp_s.rstrip("%") not in ("—", ""):
                ok = near(s, wv * min(num(comp_s.rstrip("%")), HUNDRED) / HUNDRED)
            self.add("score_rule_mismatch", f"{name}: score from completion", ok)

    def exec_score(self, desc, w, s, rate_pct, spent, budget):
        """execution score = weight × min(rate, 100%): from the unrounded or the printed rate (warning)"""
        r = spent.v / budget.v
        ok = near(s, num(w) * min(r, D(1))) or near(s, num(w) * min(num(rate_pct.rstrip("%")), HUNDRED) / HUNDRED)
        self.add("score_rule_mismatch", desc, ok)


def pct(s):
    return s.rstrip("%")


# =====================================================================================================
def chk_raohe(c):
    Y = 2019
    c.year("title", int(c.one(r"^(\d{4})年度东北黑蜂保种")) == Y)
    c.year("notice", int(c.one(r"开展(\d{4})年度县级项目")) == Y)
    c.year("scope", int(c.one(r"扶持项目(\d{4})年度资金使用")) == Y)
    c.year("table header", int(c.one(r"^（(\d{4})年度）$")) == Y)
    c.year("截至", int(c.one(r"截至(\d{4})年12月31日")) == Y)
    c.year("结转至 later year", int(c.one(r"结转至(\d{4})年")) > Y)
    c.year("incoming carry-over from an earlier year", int(c.one(r"(\d{4})年结转的保种场")) < Y)
    adv = c.one(r"([\d.]+)万元于(\d{4})年(\d{1,2})月提前下达", (2, 3))
    c.year("advance issued in the December before", (int(adv[0]), int(adv[1])) in ((Y - 1, 12),))
    c.year("second batch", int(c.one(r"其余[\d.]+万元于(\d{4})年")) == Y)
    c.year("time indicator", all(int(y) == Y for y in re.findall(r"(\d{4})年11月\d+日", c.t)))

    ini = M(c.one(r"年初预算([\d.]+)万元，其中省级"))
    prov = M(c.one(r"其中省级畜牧业发展资金([\d.]+)万元"))
    cty0 = M(c.one(r"县级配套资金([\d.]+)万元"))
    add = M(c.one(r"追加县级资金([\d.]+)万元"))
    carry = M(c.one(r"越冬饲料款([\d.]+)万元"))
    annual = M(c.one(r"调整后全年预算([\d.]+)万元"))
    c.sum("年初 = 省级 + 县级", ini, [prov, cty0])
    c.sum("全年 = 年初 + 追加 + 上年结转", annual, [ini, add, carry])
    p1 = M(c.one(r"省级资金中([\d.]+)万元于"))
    p2 = M(c.one(r"其余([\d.]+)万元于"))
    cty = M(c.one(r"县级资金([\d.]+)万元在8月底前"))
    rec = M(c.one(r"全年实际到位([\d.]+)万元"))
    c.sum("省级 = two batches", prov, [p1, p2])
    c.sum("县级 = 配套 + 追加", cty, [cty0, add])
    c.sum("到位 = 省级 + 县级 + 结转", rec, [prov, cty, carry])
    c.rate("到位率", c.one(r"到位率(\d+(?:\.\d+)?)%"), rec, annual)
    spent = M(c.one(r"项目支出([\d.]+)万元，预算执行率"))
    c.rate("执行率 (prose)", c.one(r"预算执行率([\d.]+)%"), spent, annual)
    items = [M(c.one(r"按用途分，蜂箱补贴([\d.]+)万元")), M(c.one(r"、蜂王补贴([\d.]+)万元")),
             M(c.one(r"保种场运行维护([\d.]+)万元")), M(c.one(r"、技术培训([\d.]+)万元")),
             M(c.one(r"蜂病检疫监测([\d.]+)万元"))]
    c.sum("支出 = Σ uses", spent, items)
    c.rel("balance_mismatch", "结余 = 到位 − 支出", M(c.one(r"年末结余([\d.]+)万元")),
          lambda a, b: a - b, [rec, spent])

    g = c.one(r"标准补贴新式活框蜂箱(\d+)箱，兑付补贴([\d.]+)(万?元)", (1, 2, 3))
    price = c.one(r"按每箱([\d.]+)(万?元)的标准", (1, 2))
    c.rel("sum_mismatch", "蜂箱补贴 = 箱数 × 元/箱 (product)", M(g[1], g[2]), lambda p: num(g[0]) * p,
          [M(price[0], price[1])])
    c.same("蜂箱补贴 in uses vs 产出", M(g[1], g[2]), items[0])
    q = c.one(r"蜂王(\d+)只，每只补贴([\d.]+)(万?元)，计([\d.]+)(万?元)", (1, 2, 3, 4, 5))
    c.rel("sum_mismatch", "蜂王补贴 = 只数 × 元/只", M(q[3], q[4]), lambda p: num(q[0]) * p, [M(q[1], q[2])])
    c.same("蜂王补贴 in uses vs 产出", M(q[3], q[4]), items[1])

    core = c.one(r"核心群(\d+)群，完成目标的(\d+(?:\.\d+)?)%", (1, 2))
    core_t = c.one(r"保种核心群不少于(\d+)群")
    c.rel("completion_mismatch", "核心群 completion", core[1], lambda a, b: a / b * HUNDRED, [core[0], core_t])
    tr = c.one(r"培训蜂农(\d+)人次，为目标值的(\d+(?:\.\d+)?)%", (1, 2))
    tr_t = c.one(r"培训蜂农不少于(\d+)人次")
    c.rel("completion_mismatch", "培训 completion", tr[1], lambda a, b: a / b * HUNDRED, [tr[0], tr_t])

    h = c.one(r"全县蜂蜜产量([\d.]+)吨，比上年的([\d.]+)吨增加([\d.]+)吨", (1, 2, 3))
    c.rel("sum_mismatch", "honey increase", h[2], lambda a, b: a - b, [h[0], h[1]])
    sw = c.one(r"饲养蜜蜂([\d.]+)万群，上年末为([\d.]+)万群，同比增长([\d.]+)%，平均每群产蜜([\d.]+)公斤", (1, 2, 3, 4))
    c.rel("rate_mismatch", "蜂群 同比", sw[2], lambda a, b: (a - b) / b * HUNDRED, [sw[0], sw[1]])
    c.rel("average_mismatch", "公斤/群", sw[3], lambda t_, n: t_ * 1000 / (n * 10000), [h[0], sw[0]])
    sat = c.one(r"综合满意度([\d.]+)%")
    c.bounded("综合满意度", sat)
    c.bounded("兑付方式满意率", c.one(r"满意率为([\d.]+)%"))
    hh = c.one(r"项目带动(\d+)户养蜂户")

    # funds block of the 自评表
    hdr, rows = c.table("项目资金（万元）", stop=("年度总体目标",))
    ci = {k: c.col(hdr, k) for k in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    tot = c.row(rows, "年度资金总额")
    parts = [r for r in rows if r[0] != "年度资金总额"]
    for k in ("年初预算数", "全年预算数", "全年执行数"):
        c.sum(f"funds table {k}: 总额 = Σ rows", M(tot[ci[k]]), [M(r[ci[k]]) for r in parts])
    for r in rows:
        if num(r[ci["全年预算数"]]) > 0:
            c.rate(f"funds table 执行率 {r[0]}", pct(r[ci["执行率"]]), M(r[ci["全年执行数"]]), M(r[ci["全年预算数"]]))
        else:
            c.add("implausible_rate", f"{r[0]} zero base", r[ci["执行率"]] == "—")
    c.exec_score("execution score", tot[ci["分值"]], tot[ci["得分"]], tot[ci["执行率"]], M(tot[ci["全年执行数"]]),
                 M(tot[ci["全年预算数"]]))
    c.same("年初 table vs text", M(tot[ci["年初预算数"]]), ini)
    c.same("全年 table vs text", M(tot[ci["全年预算数"]]), annual)
    c.same("执行 table vs text", M(tot[ci["全年执行数"]]), spent)
    cur = c.row(rows, "其中：当年财政拨款")
    c.sum("当年财政拨款 全年 = 省级 + 县级", M(cur[ci["全年预算数"]]), [prov, cty])
    c.same("上年结转 table vs text", M(c.row(rows, "上年结转资金")[ci["全年预算数"]]), carry)

    hdr, rows = c.table("一级指标")
    ind = c.indicators(hdr, rows, extra=[(tot[ci["分值"]], tot[ci["得分"]])])
    R = ind["rows"]

    def act(name):
        return re.match(r"[\d.]+", R[name]["actual"]).group(0)
    c.same("核心群 table vs text", act("保种核心群数量"), core[0])
    c.same("蜂箱 table vs text", act("新式活框蜂箱补贴数量"), g[0])
    c.same("蜂王 table vs text", act("优质蜂王推广数量"), q[0])
    c.same("培训 table vs text", act("蜂农技术培训人次"), tr[0])
    c.same("蜂蜜产量 table vs text", act("全县蜂蜜产量"), h[0])
    c.same("带动户数 table vs text", act("带动养蜂户户数"), hh)
    c.same("满意度 table vs text", act("养蜂户满意度"), sat)

    sc = c.one(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，合计([\d.]+)分", (1, 2, 3, 4, 5))
    c.same("执行得分 text vs table", sc[0], tot[ci["得分"]])
    B = ind["blocks"]
    c.rel("score_sum_mismatch", "产出 text = Σ table rows", sc[1], lambda: B["产出指标"][1], [])
    c.rel("score_sum_mismatch", "效益 text = Σ table rows", sc[2], lambda: B["效益指标"][1], [])
    c.rel("score_sum_mismatch", "满意度 text = Σ table rows", sc[3], lambda: B["满意度指标"][1], [])
    c.sum("合计 = Σ block scores (text)", sc[4], list(sc[:4]), code="score_sum_mismatch")
    c.same("total text vs table", sc[4], ind["total"][1])
    c.grade("grade", sc[4], c.one(r"评价等级为" + GRADE_RE))


# =====================================================================================================
def chk_gongliu(c):
    Y = 2021
    c.year("title", int(c.one(r"^巩留县畜牧兽医发展中心(\d{4})年度")) == Y)
    c.year("budget year", int(c.one(r"(\d{4})年项目全年预算")) == Y)
    c.year("截至", int(c.one(r"截至(\d{4})年12月31日")) == Y)
    c.year("结转至 later year", int(c.one(r"结转至(\d{4})年")) > Y)
    c.year("output year", int(c.one(r"(\d{4})年全县蜂蜜产量")) == Y)
    c.year("last year's data", int(c.one(r"本报告中(\d{4})年蜂群数据")) == Y - 1)

    annual = M(c.one(r"全年预算([\d.]+)万元，其中中央"))
    cen = M(c.one(r"补助资金([\d.]+)万元、自治区"))
    aut = M(c.one(r"自治区畜牧业发展资金([\d.]+)万元"))
    cty = M(c.one(r"县级配套资金([\d.]+)万元，年内未作调整"))
    c.sum("全年预算 = 中央 + 自治区 + 县级", annual, [cen, aut, cty])
    c.rate("到位率 (all funds received)", c.one(r"到位率(\d+(?:\.\d+)?)%"), annual, annual)
    sp = c.one(r"项目支出([\d.]+)万元，预算执行率([\d.]+)%", (1, 2))
    spent = M(sp[0])
    c.rate("执行率", sp[1], spent, annual)
    s_c = c.one(r"中央资金支出([\d.]+)万元，执行率([\d.]+)%", (1, 2))
    s_a = c.one(r"自治区资金支出([\d.]+)万元，执行率([\d.]+)%", (1, 2))
    s_y = c.one(r"县级资金支出([\d.]+)万元，执行率([\d.]+)%", (1, 2))
    c.rate("中央 执行率", s_c[1], M(s_c[0]), cen)
    c.rate("自治区 执行率", s_a[1], M(s_a[0]), aut)
    c.rate("县级 执行率", s_y[1], M(s_y[0]), cty)
    c.sum("支出 = Σ sources", spent, [M(s_c[0]), M(s_a[0]), M(s_y[0])])
    bx = c.one(r"标准蜂箱补贴([\d.]+)万元，按每箱([\d.]+)(万?元)补贴(\d+)箱", (1, 2, 3, 4))
    tp = c.one(r"运输补助([\d.]+)万元，按每群([\d.]+)(万?元)补助(\d+)群", (1, 2, 3, 4))
    c.rel("sum_mismatch", "蜂箱补贴 = 箱 × 元/箱", M(bx[0]), lambda p: num(bx[3]) * p, [M(bx[1], bx[2])])
    c.rel("sum_mismatch", "运输补助 = 群 × 元/群", M(tp[0]), lambda p: num(tp[3]) * p, [M(tp[1], tp[2])])
    items = [M(bx[0]), M(tp[0]), M(c.one(r"种蜂选育([\d.]+)万元")), M(c.one(r"质量检测([\d.]+)万元")),
             M(c.one(r"；技术培训([\d.]+)万元")), M(c.one(r"药物采购([\d.]+)万元"))]
    c.sum("支出 = Σ uses", spent, items)
    c.rel("balance_mismatch", "结余 = 到位 − 支出", M(c.one(r"年末结余([\d.]+)万元")), lambda a, b: a - b,
          [annual, spent])

    core = c.one(r"保种群(\d+)群，比目标多(\d+)群", (1, 2))
    core_t = c.one(r"黑蜂保种群稳定在(\d+)群以上")
    c.rel("sum_mismatch", "保种群 − 目标", core[1], lambda a, b: a - b, [core[0], core_t])
    trn = c.one(r"培训班\d+期，培训(\d+)人次")
    qc = c.one(r"蜂产品(\d+)批次，合格(\d+)批次，合格率([\d.]+)%", (1, 2, 3))
    c.rate("抽检合格率", qc[2], qc[1], qc[0])
    tim = c.one(r"兑付及时率为([\d.]+)%")
    c.bounded("兑付及时率", tim)
    honey = c.one(r"全县蜂蜜产量([\d.]+)吨")
    sw = c.one(r"蜂群饲养量([\d.]+)万群，上年末为([\d.]+)万群，同比增长([\d.]+)%", (1, 2, 3))
    c.rel("rate_mismatch", "蜂群 同比", sw[2], lambda a, b: (a - b) / b * HUNDRED, [sw[0], sw[1]])
    c.rel("average_mismatch", "公斤/群", c.one(r"平均每群产蜜([\d.]+)公斤"), lambda t_, n: t_ * 1000 / (n * 10000),
          [honey, sw[0]])
    inc = c.one(r"(\d+)户养蜂户户均增收(\d+)(万?元)，合计增收([\d.]+)(万?元)", (1, 2, 3, 4, 5))
    c.rel("sum_mismatch", "合计增收 = 户数 × 户均", M(inc[3], inc[4]), lambda p: num(inc[0]) * p, [M(inc[1], inc[2])])
    pur = c.one(r"黑蜂纯度为([\d.]+)%")
    c.bounded("纯度", pur)
    sat = c.one(r"综合满意度([\d.]+)%")
    c.bounded("综合满意度", sat)
    c.bounded("运输补助兑付满意率", c.one(r"满意率为([\d.]+)%"))
    fin = c.one(r"自评得分([\d.]+)分，评价等级为" + GRADE_RE, (1, 2))

    hdr, rows = c.table("一级指标")
    ind = c.indicators(hdr, rows)
    R = ind["rows"]

    def act(name):
        return re.match(r"[\d.]+", R[name]["actual"]).group(0)
    c.rate("table 预算执行率 actual", act("预算执行率"), spent, annual)
    c.same("保种群 table vs text", act("黑蜂保种群数量"), core[0])
    c.same("蜂箱 table vs text", act("标准蜂箱补贴数量"), bx[3])
    c.same("运输补助群数 table vs text", act("转地放蜂运输补助群数"), tp[3])
    c.same("培训 table vs text", act("技术培训人次"), trn)
    c.same("抽检合格率 table vs text", act("蜂产品抽检合格率"), qc[2])
    c.same("兑付及时率 table vs text", act("补助资金兑付及时率"), tim)
    c.same("户均增收 table vs text", act("养蜂户户均增收"), inc[1])
    c.same("蜂群 table vs text", act("全县蜂群饲养量"), sw[0])
    c.same("纯度 table vs text", act("保种区黑蜂纯度"), pur)
    c.same("满意度 table vs text", act("养蜂户满意度"), sat)
    c.same("total text vs table", fin[0], ind["total"][1])
    c.grade("grade", fin[0], fin[1])


# =====================================================================================================
def chk_xiaojin(c):
    Y = 2022
    c.year("title", int(c.one(r"^(\d{4})年度阿坝中蜂")) == Y)
    c.year("project year", int(c.one(r"我局(\d{4})年实施")) == Y)
    c.year("implementation period", int(c.one(r"实施期为(\d{4})年1月至12月")) == Y)
    c.year("截至", int(c.one(r"截至(\d{4})年12月31日")) == Y)
    c.year("结转至 later year", int(c.one(r"结转至(\d{4})年")) > Y)
    c.year("table header", int(c.one(r"项目支出绩效自评表（(\d{4})年度）")) == Y)
    c.year("time indicator", all(int(y) == Y for y in re.findall(r"(\d{4})年11月\d+日", c.t)))

    ini = M(c.one(r"项目年初预算([\d.]+)万元"))
    prov0 = M(c.one(r"乡村振兴补助资金([\d.]+)万元、县级财政资金"))
    cty = M(c.one(r"县级财政资金([\d.]+)万元"))
    coop = M(c.one(r"承诺自筹资金([\d.]+)万元"))
    add = M(c.one(r"追加衔接资金([\d.]+)万元"))
    fin = M(c.one(r"调整后财政资金预算([\d.]+)万元"))
    c.sum("年初 = 省级 + 县级", ini, [prov0, cty])
    c.sum("调整后 = 年初 + 追加", fin, [ini, add])
    c.same("到位 财政资金 = 调整后预算", M(c.one(r"财政资金([\d.]+)万元和合作社")), fin)
    spent = M(c.one(r"财政资金支出([\d.]+)万元"))
    pv = c.one(r"省级资金([\d.]+)万元全部支出，执行率([\d.]+)%", (1, 2))
    cv = c.one(r"县级资金支出([\d.]+)万元，执行率([\d.]+)%", (1, 2))
    c.sum("省级 = 年初省级 + 追加", M(pv[0]), [prov0, add])
    c.rate("省级 执行率", pv[1], M(pv[0]), M(pv[0]))
    c.rate("县级 执行率", cv[1], M(cv[0]), cty)
    c.sum("财政支出 = 省级 + 县级", spent, [M(pv[0]), M(cv[0])])
    items = [M(c.one(r"从用途看，活框蜂箱补贴([\d.]+)万元")), M(c.one(r"运行及选育([\d.]+)万元")),
             M(c.one(r"技术培训([\d.]+)万元，蜂蜜")), M(c.one(r"品牌宣传([\d.]+)万元")),
             M(c.one(r"蜂病防控([\d.]+)万元"))]
    c.sum("财政支出 = Σ uses", spent, items)
    c.rel("balance_mismatch", "结转 = 财政预算 − 支出", M(c.one(r"财政资金结转([\d.]+)万元")), lambda a, b: a - b,
          [fin, spent])

    bx = c.one(r"补贴活框蜂箱(\d+)箱，按每箱([\d.]+)(万?元)兑付([\d.]+)(万?元)，完成计划的([\d.]+)%", (1, 2, 3, 4, 5, 6))
    bx_t = c.one(r"补贴活框蜂箱(\d+)箱，每箱补贴")
    c.rel("sum_mismatch", "蜂箱补贴 = 箱 × 元/箱", M(bx[3], bx[4]), lambda p: num(bx[0]) * p, [M(bx[1], bx[2])])
    c.same("蜂箱补贴 uses vs 完成情况", M(bx[3], bx[4]), items[0])
    c.rel("completion_mismatch", "蜂箱 completion", bx[5], lambda a, b: a / b * HUNDRED, [bx[0], bx_t])
    core = c.one(r"核心群(\d+)群；")
    sw = c.one(r"中蜂存栏(\d+)群，上年末为(\d+)群，同比增长([\d.]+)%", (1, 2, 3))
    c.rel("rate_mismatch", "存栏 同比", sw[2], lambda a, b: (a - b) / b * HUNDRED, [sw[0], sw[1]])
    hn = c.one(r"蜂蜜产量([\d.]+)吨，未达到目标，平均每群产蜜([\d.]+)公斤", (1, 2))
    c.rel("average_mismatch", "公斤/群", hn[1], lambda t_, n: t_ * 1000 / n, [hn[0], sw[0]])
    ap = c.one(r"每公斤约(\d+)元的收购价测算，蜂蜜产值约(\d+)万元", (1, 2))
    lo = num(hn[0]) * 1000 * (num(ap[0]) - D("0.5")) / 10000
    hi = num(hn[0]) * 1000 * (num(ap[0]) + D("0.5")) / 10000
    c.add("sum_mismatch", "约 value within the propagated interval", lo - tol(ap[1]) <= num(ap[1]) <= hi + tol(ap[1]))
    qa = c.one(r"逐户验收，合格率([\d.]+)%")
    c.bounded("验收合格率", qa)
    hh = c.one(r"项目带动(\d+)户脱贫户")
    pur = c.one(r"核心群纯种率([\d.]+)%")
    c.bounded("纯种率", pur)
    con = c.one(r"预算执行得分([\d.]+)分，绩效指标得分([\d.]+)分，自评总分([\d.]+)分，等级为" + GRADE_RE, (1, 2, 3, 4))

    hdr, rows = c.table("资金来源\t年初预算数", stop=("一级指标",))
    ci = {k: c.col(hdr, k) for k in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    tot = c.row(rows, "资金总额")
    parts = [r for r in rows if r[0] != "资金总额"]
    for k in ("年初预算数", "全年预算数", "全年执行数"):
        c.sum(f"funds table {k}: 总额 = Σ rows", M(tot[ci[k]]), [M(r[ci[k]]) for r in parts])
    for r in rows:
        if num(r[ci["全年预算数"]]) > 0:
            c.rate(f"funds table 执行率 {r[0]}", pct(r[ci["执行率"]]), M(r[ci["全年执行数"]]), M(r[ci["全年预算数"]]))
        else:
            c.add("implausible_rate", f"{r[0]} zero base", r[ci["执行率"]] == "—")
    c.exec_score("execution score", tot[ci["分值"]], tot[ci["得分"]], tot[ci["执行率"]], M(tot[ci["全年执行数"]]),
                 M(tot[ci["全年预算数"]]))
    fr = c.row(rows, "财政资金")
    c.same("财政 年初 table vs text", M(fr[ci["年初预算数"]]), ini)
    c.same("财政 全年 table vs text", M(fr[ci["全年预算数"]]), fin)
    c.same("财政 执行 table vs text", M(fr[ci["全年执行数"]]), spent)
    orow = c.row(rows, "其他资金")
    for k in ("年初预算数", "全年预算数", "全年执行数"):
        c.same(f"其他资金 {k} vs 自筹", M(orow[ci[k]]), coop)

    hdr, rows = c.table("一级指标\t二级指标\t三级指标\t指标性质")
    ind = c.indicators(hdr, rows, extra=[(tot[ci["分值"]], tot[ci["得分"]])], sichuan=True)
    R = ind["rows"]

    def act(name):
        return re.match(r"[\d.]+", R[name]["actual"]).group(0)
    c.same("核心群 table vs text", act("阿坝中蜂保种核心群"), core)
    c.same("蜂箱 table vs text", act("活框蜂箱补贴数量"), bx[0])
    c.same("存栏 table vs text", act("全县中蜂存栏量"), sw[0])
    c.same("验收合格率 table vs text", act("补贴蜂箱验收合格率"), qa)
    c.same("蜂蜜 table vs text", act("全县蜂蜜产量"), hn[0])
    c.same("带动户数 table vs text", act("带动脱贫户和监测户养蜂"), hh)
    c.same("纯种率 table vs text", act("保种场核心群纯种率"), pur)
    c.same("执行得分 text vs table", con[0], tot[ci["得分"]])
    ssum = sum((b[1] for b in ind["blocks"].values()), D(0))
    c.rel("score_sum_mismatch", "绩效指标得分 = Σ indicator scores", con[1], lambda: ssum, [])
    c.sum("总分 = 执行 + 绩效指标", con[2], [con[0], con[1]], code="score_sum_mismatch")
    c.same("total text vs table", con[2], ind["total"][1])
    c.grade("grade", con[2], con[3])


# =====================================================================================================
def chk_foping(c):
    Y = 2024
    c.year("title", int(c.one(r"^(\d{4})年度中蜂产业扶持项目")) == Y)
    c.year("notice", int(c.one(r"开展(\d{4})年度项目支出绩效自评")) == Y)
    c.year("overview year", int(c.one(r"(\d{4})年全县中蜂饲养量")) == Y)
    c.year("implementation period", int(c.one(r"实施期为(\d{4})年1月至12月")) == Y)
    c.year("结转至 later year", int(c.one(r"结转至(\d{4})年")) > Y)
    c.year("comparison year", int(c.one(r"比(\d{4})年的[\d.]+吨下降")) == Y - 1)

    hdr, rows = c.table("资金来源\t全年预算数")
    b, r_, s_ = c.col(hdr, "全年预算数"), c.col(hdr, "实际到位数"), c.col(hdr, "实际支出数")
    rr, er = c.col(hdr, "到位率"), c.col(hdr, "执行率")
    tot = c.row(rows, "合计")
    parts = [r for r in rows if r[0] != "合计"]
    for k in (b, r_, s_):
        c.sum(f"funds table col {hdr[k]}: 合计 = Σ", M(tot[k]), [M(r[k]) for r in parts])
    for r in rows:
        c.rate(f"到位率 {r[0]}", pct(r[rr]), M(r[r_]), M(r[b]))
        c.rate(f"执行率 {r[0]}", pct(r[er]), M(r[s_]), M(r[b]))
    row = {r[0]: r for r in rows}
    c.same("全年预算 text vs table", M(c.one(r"项目全年预算([\d.]+)万元")), M(tot[b]))
    c.same("县级到位 text vs table", M(c.one(r"受财力影响到位([\d.]+)万元")), M(row["县级资金"][r_]))
    bx = c.one(r"活框蜂箱补贴([\d.]+)万元（(\d+)箱，每箱([\d.]+)(万?元)）", (1, 2, 3, 4))
    fq = c.one(r"分蜂群补贴([\d.]+)万元（(\d+)群，每群([\d.]+)(万?元)）", (1, 2, 3, 4))
    tr = M(c.one(r"追溯体系建设([\d.]+)万元；"))
    c.rel("sum_mismatch", "蜂箱补贴 = 箱 × 元/箱", M(bx[0]), lambda p: num(bx[1]) * p, [M(bx[2], bx[3])])
    c.rel("sum_mismatch", "分蜂群补贴 = 群 × 元/群", M(fq[0]), lambda p: num(fq[1]) * p, [M(fq[2], fq[3])])
    c.sum("中央支出 = Σ uses", M(row["中央资金"][s_]), [M(bx[0]), M(fq[0]), tr])
    ms = c.one(r"用于(\d+)个标准化示范蜂场建设，每个([\d.]+)(万?元)", (1, 2, 3))
    c.rel("sum_mismatch", "省级支出 = 蜂场数 × 每个", M(row["省级资金"][s_]), lambda p: num(ms[0]) * p,
          [M(ms[1], ms[2])])
    cy = c.one(r"技术培训([\d.]+)万元、品牌推广([\d.]+)万元", (1, 2))
    c.sum("县级支出 = 培训 + 品牌", M(row["县级资金"][s_]), [M(cy[0]), M(cy[1])])
    c.rel("balance_mismatch", "结余 = 到位 − 支出", M(c.one(r"年末结余([\d.]+)万元")), lambda a, b_: a - b_,
          [M(tot[r_]), M(tot[s_])])
    pc = c.one(r"省级资金([\d.]+)万元结转至")
    c.rel("balance_mismatch", "省级结转 = 省级到位 − 省级支出", M(pc), lambda a, b_: a - b_,
          [M(row["省级资金"][r_]), M(row["省级资金"][s_])])
    c.rel("sum_mismatch", "省级结转 = 续建蜂场 × 每个", M(pc), lambda p: num(c.one(r"续建(\d+)个示范蜂场")) * p,
          [M(ms[1], ms[2])])

    fm = c.one(r"示范蜂场建成(\d+)个，为计划的(\d+(?:\.\d+)?)%", (1, 2))
    fm_t = c.one(r"建成标准化示范蜂场(\d+)个")
    c.rel("completion_mismatch", "示范蜂场 completion", fm[1], lambda a, b_: a / b_ * HUNDRED, [fm[0], fm_t])
    tn = c.one(r"培训蜂农(\d+)人次，只完成目标的(\d+(?:\.\d+)?)%", (1, 2))
    tn_t = c.one(r"培训蜂农(\d+)人次，全县")
    c.rel("completion_mismatch", "培训 completion", tn[1], lambda a, b_: a / b_ * HUNDRED, [tn[0], tn_t])
    tim = c.one(r"兑付及时率([\d.]+)%，低于")
    c.bounded("兑付及时率", tim)
    hn = c.one(r"全县蜂蜜产量([\d.]+)吨，比\d{4}年的([\d.]+)吨下降([\d.]+)%，平均每群产蜜([\d.]+)公斤", (1, 2, 3, 4))
    c.rel("rate_mismatch", "蜂蜜 同比下降", hn[2], lambda a, b_: (b_ - a) / b_ * HUNDRED, [hn[0], hn[1]])
    sw = c.one(r"年末中蜂饲养量([\d.]+)万群，上年末为([\d.]+)万群，同比增长([\d.]+)%", (1, 2, 3))
    c.rel("rate_mismatch", "饲养量 同比", sw[2], lambda a, b_: (a - b_) / b_ * HUNDRED, [sw[0], sw[1]])
    c.rel("average_mismatch", "公斤/群", hn[3], lambda t_, n: t_ * 1000 / (n * 10000), [hn[0], sw[0]])
    ov = c.one(r"\d{4}年全县中蜂饲养量([\d.]+)万群，产中蜂蜜([\d.]+)吨", (1, 2))
    c.same("饲养量 overview vs 效益", ov[0], sw[0])
    c.same("蜂蜜 overview vs 效益", ov[1], hn[0])
    hh = c.one(r"全县中蜂养殖户(\d+)户")
    for town in ("袁家庄街道", "石墩河镇"):
        c.add("score_exceeds_weight", f"{town} score ≤ 100 (百分制)", D(0) <= num(c.one(town + r"得(\d+(?:\.\d+)?)分")) <= HUNDRED)
    sat = c.one(r"养蜂户满意度(\d+(?:\.\d+)?)%")
    c.bounded("满意度", sat)
    con = c.one(r"综合得分([\d.]+)分，评价等级为" + GRADE_RE, (1, 2))

    hdr, rows = c.table("一级指标")
    ind = c.indicators(hdr, rows)
    R = ind["rows"]

    def act(name):
        return re.match(r"[\d.]+", R[name]["actual"]).group(0)
    c.rate("table 预算执行率 actual", act("预算执行率"), M(tot[s_]), M(tot[b]))
    c.same("蜂箱 table vs text", act("活框蜂箱补贴数量"), bx[1])
    c.same("分蜂群 table vs text", act("中蜂分蜂群补贴数量"), fq[1])
    c.same("示范蜂场 table vs text", act("标准化示范蜂场建设"), fm[0])
    c.same("培训 table vs text", act("技术培训人次"), tn[0])
    c.same("兑付及时率 table vs text", act("补贴资金兑付及时率"), tim)
    c.same("蜂蜜 table vs text", act("全县蜂蜜产量"), hn[0])
    c.same("蜂蜜 table vs overview", act("全县蜂蜜产量"), ov[1])
    c.same("饲养量 table vs text", act("全县中蜂饲养量"), sw[0])
    c.same("养殖户 table vs text", act("中蜂养殖户数"), hh)
    c.same("满意度 table vs text", act("养蜂户满意度"), sat)
    c.same("total text vs table", con[0], ind["total"][1])
    c.grade("grade", con[0], con[1])


# =====================================================================================================
def chk_changge(c):
    Y = 2023
    c.year("title", int(c.one(r"^(\d{4})年度部门整体支出")) == Y)
    c.year("income year", int(c.one(r"(\d{4})年部门收入预算")) == Y)
    c.year("结转至 later year", int(c.one(r"结转至(\d{4})年")) > Y)
    c.year("决算 year", int(c.one(r"以(\d{4})年度部门决算")) == Y)
    c.year("last year's data", int(c.one(r"本报告中(\d{4})年蜂群数据")) == Y - 1)
    c.year("projects year", int(c.one(r"(\d{4})年中心共实施")) == Y)
    c.year("output year", int(c.one(r"(\d{4})年全市蜂群饲养量")) == Y)
    c.year("conclusion year", int(c.one(r"(\d{4})年部门整体支出自评得分")) == Y)
    c.year("subsidy deadline", all(int(y) == Y for y in re.findall(r"(\d{4})年10月\d+日", c.t)))

    inc = c.one(r"收入预算([\d.]+)万元，其中财政拨款([\d.]+)万元、其他收入([\d.]+)万元", (1, 2, 3))
    c.sum("收入 = 财政拨款 + 其他", M(inc[0]), [M(inc[1]), M(inc[2])])
    hdr, rows = c.table("支出项目\t全年预算数")
    bcol, ecol = c.col(hdr, "全年预算数"), c.col(hdr, "全年执行数")
    rw = {r[0]: r for r in rows}
    for k in (bcol, ecol):
        c.sum(f"{hdr[k]} 基本 = 人员 + 公用", M(rw["一、基本支出"][k]), [M(rw["其中：人员经费"][k]), M(rw["公用经费"][k])])
        c.sum(f"{hdr[k]} 合计 = 基本 + 项目", M(rw["合计"][k]), [M(rw["一、基本支出"][k]), M(rw["二、项目支出"][k])])
    budget, spent_t = M(rw["合计"][bcol]), M(rw["合计"][ecol])
    c.same("收入预算 text vs table 合计", M(inc[0]), budget)
    sp = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%", (1, 2))
    c.same("支出 text vs table", M(sp[0]), spent_t)
    c.rate("预算执行率", sp[1], M(sp[0]), budget)
    bs = c.one(r"其中基本支出([\d.]+)万元，执行率([\d.]+)%", (1, 2))
    c.same("基本支出 text vs table", M(bs[0]), M(rw["一、基本支出"][ecol]))
    c.rate("基本支出 执行率", bs[1], M(bs[0]), M(rw["一、基本支出"][bcol]))
    ps = c.one(r"项目支出([\d.]+)万元，执行率([\d.]+)%", (1, 2))
    c.same("项目支出 text vs table", M(ps[0]), M(rw["二、项目支出"][ecol]))
    c.rate("项目支出 执行率", ps[1], M(ps[0]), M(rw["二、项目支出"][bcol]))
    c.rel("balance_mismatch", "结转 = 预算 − 支出 (无结余)", M(c.one(r"年末结转([\d.]+)万元")), lambda a, b_: a - b_,
          [budget, spent_t])
    sg = c.one(r"“三公”经费支出([\d.]+)万元，均为公务用车运行维护费，比上年的([\d.]+)万元减少([\d.]+)万元", (1, 2, 3))
    c.rel("sum_mismatch", "三公 decrease", M(sg[2]), lambda a, b_: a - b_, [M(sg[1]), M(sg[0])])

    hdr, rows = c.table("项目名称\t全年预算数")
    pb, pe, pr = c.col(hdr, "全年预算数"), c.col(hdr, "全年执行数"), c.col(hdr, "执行率")
    psc, pg = c.col(hdr, "自评得分"), c.col(hdr, "评价等级")
    ptot = c.row(rows, "合计")
    projs = [r for r in rows if r[0] != "合计"]
    c.sum("项目预算 合计", M(ptot[pb]), [M(r[pb]) for r in projs])
    c.sum("项目执行 合计", M(ptot[pe]), [M(r[pe]) for r in projs])
    for r in rows:
        c.rate(f"项目执行率 {r[0]}", pct(r[pr]), M(r[pe]), M(r[pb]))
    for r in projs:
        c.add("score_exceeds_weight", f"{r[0]} score ≤ 100 (百分制)", D(0) <= num(r[psc]) <= HUNDRED)
        c.grade(f"{r[0]} grade", r[psc], r[pg])
    c.same("项目预算 project table vs 收支表", M(ptot[pb]), M(rw["二、项目支出"][bcol]))
    c.same("项目执行 project table vs 收支表", M(ptot[pe]), M(rw["二、项目支出"][ecol]))
    bee = c.row(rows, "蜂产业发展扶持资金")
    bx = c.one(r"蜂箱购置补贴([\d.]+)万元（每箱([\d.]+)(万?元)，补贴(\d+)箱）", (1, 2, 3, 4))
    fm = c.one(r"规模蜂场奖补([\d.]+)万元（(\d+)家，每家([\d.]+)(万?元)）", (1, 2, 3, 4))
    mj = c.one(r"按每台([\d.]+)(万?元)标准补贴(\d+)台，计([\d.]+)(万?元)", (1, 2, 3, 4, 5))
    tb = M(c.one(r"技术培训及品牌推介([\d.]+)万元"))
    c.rel("sum_mismatch", "蜂箱补贴 = 箱 × 元/箱", M(bx[0]), lambda p: num(bx[3]) * p, [M(bx[1], bx[2])])
    c.rel("sum_mismatch", "规模蜂场奖补 = 家 × 每家", M(fm[0]), lambda p: num(fm[1]) * p, [M(fm[2], fm[3])])
    c.rel("sum_mismatch", "蜂机具补贴 = 台 × 元/台", M(mj[3], mj[4]), lambda p: num(mj[2]) * p, [M(mj[0], mj[1])])
    c.sum("蜂产业发展扶持 执行 = Σ uses", M(bee[pe]), [M(bx[0]), M(fm[0]), M(mj[3], mj[4]), tb])

    sw = c.one(r"全市蜂群饲养量([\d.]+)万群，上年为([\d.]+)万群，同比增长([\d.]+)%", (1, 2, 3))
    c.rel("rate_mismatch", "蜂群 同比", sw[2], lambda a, b_: (a - b_) / b_ * HUNDRED, [sw[0], sw[1]])
    hn = c.one(r"全市蜂蜜产量(\d+(?:\.\d+)?)吨，平均每群产蜜([\d.]+)公斤", (1, 2))
    c.rel("average_mismatch", "公斤/群", hn[1], lambda t_, n: t_ * 1000 / (n * 10000), [hn[0], sw[0]])

    hdr, rows = c.table("一级指标")
    ind = c.indicators(hdr, rows)
    R = ind["rows"]

    def act(name):
        return re.match(r"[\d.]+", R[name]["actual"]).group(0)
    c.rate("table 部门预算执行率 actual", act("部门预算执行率"), spent_t, budget)
    c.same("蜂箱 table vs text", act("蜂箱购置补贴数量"), bx[3])
    c.same("规模蜂场 table vs text", act("规模蜂场奖补家数"), fm[1])
    c.same("蜂蜜 table vs text", act("全市蜂蜜产量"), hn[0])
    c.same("蜂群 table vs text", act("全市蜂群饲养量"), sw[0])
    d1 = c.one(r"部门预算执行率扣([\d.]+)分")
    d2 = c.one(r"抽检批次扣([\d.]+)分")
    dt = c.one(r"共扣([\d.]+)分")
    er, cr = R["部门预算执行率"], R["蜂产品抽检批次"]
    c.rel("score_sum_mismatch", "执行率 deduction", d1, lambda a, b_: a - b_, [er["w"], er["s"]])
    c.rel("score_sum_mismatch", "抽检 deduction", d2, lambda a, b_: a - b_, [cr["w"], cr["s"]])
    c.sum("total deduction = Σ", dt, [d1, d2], code="score_sum_mismatch")
    con = c.one(r"自评得分([\d.]+)分，评价等级为" + GRADE_RE, (1, 2))
    c.rel("score_sum_mismatch", "100 − deductions = total", con[0], lambda x: HUNDRED - x, [dt])
    c.same("total text vs table", con[0], ind["total"][1])
    c.grade("grade", con[0], con[1])
    c.add("score_exceeds_weight", "last year's score ≤ 100",
          D(0) <= num(c.one(r"上年度部门整体支出自评得分为([\d.]+)分")) <= HUNDRED)


CHECKS = {
    "hl-raohe-heifeng-2019": chk_raohe,
    "xj-gongliu-heifeng-2021": chk_gongliu,
    "sc-xiaojin-zhongfeng-2022": chk_xiaojin,
    "sn-foping-zhongfeng-2024": chk_foping,
    "ha-changge-xumuzhongxin-2023": chk_changge,
}


def run_checks(source, text):
    c = Checker(text)
    try:
        CHECKS[source](c)
    except (Miss, ArithmeticError, KeyError, IndexError, AttributeError) as e:
        return None, f"{type(e).__name__}: {e}"
    return c.res, None


def diff_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES}
    n_checks = 0
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if "⇥" in text:
            problems.append(f"{name}: placeholder tab left")
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{name}: expected exactly one finding")
                continue
            exp = lab["expected"][0]
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{name}: bad code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = text.count(v)
            if occ != 1:
                problems.append(f"{name}: label value occurs {occ} times: {v!r}")
            p, ea, eb = diff_span(clean, text)
            if p == len(clean) == len(text):
                problems.append(f"{name}: identical to the clean draft")
            i = text.find(v)
            if not (i <= eb and p <= i + len(v)):
                problems.append(f"{name}: the edit [{p},{eb}) does not overlap the label value at [{i},{i + len(v)})")
            # one contiguous place: everything outside [p, eb) equals the clean draft (true by construction);
            # make sure the changed stretch is short (one figure or word)
            if eb - p > 12 or ea - p > 12:
                problems.append(f"{name}: changed stretch too long ({clean[p:ea]!r} -> {text[p:eb]!r})")
        res, err = run_checks(src, text)
        if res is None:
            problems.append(f"{name}: extraction failed: {err}")
            continue
        n_checks += len(res)
        failing = sorted({code for code, desc, ok in res if not ok and code not in WARNINGS})
        warn = sorted({desc for code, desc, ok in res if not ok and code in WARNINGS})
        if lab["clean"]:
            bad = [(code, desc) for code, desc, ok in res if not ok]
            if bad:
                problems.append(f"{name}: clean draft fails {bad}")
        else:
            want = lab["expected"][0]["code"]
            if failing != [want]:
                detail = [(code, desc) for code, desc, ok in res if not ok and code not in WARNINGS]
                problems.append(f"{name}: labelled {want}, failing error-level checks {detail}")
            else:
                print(f"  {name:42s} {want:22s} fails as labelled" + (f" (warnings: {len(warn)})" if warn else ""))
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("codes: " + ", ".join(f"{k}={counts[k]}" for k in CODES))
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
