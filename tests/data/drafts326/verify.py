#!/usr/bin/env python3
"""Verify this test set (standard library only, decimal.Decimal arithmetic).

1. labels.jsonl: 35 cases, every case file exists, every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every changed figure is stated once in its clean draft (twice for conflicting_values);
4. every code of errors.md §A (13 error codes) is used at least twice;
5. the arithmetic of each draft is redone from the text (funds sums, rates, balances, weights, scores,
   completion, grade, averages, text <-> table equality, years, units).  Every check of a clean draft must
   pass; in an error case the labelled code must fail and no other error-level code may fail (warnings such as
   score_rule_mismatch are reported but not counted).
Prints OK at the end.
"""
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (edit list only; build() is not run on import)

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
EPS = D("1e-9")
HUNDRED = D(100)


class ParseFail(Exception):
    pass


def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, approx=False):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -places(stated)) + EPS
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(-1), ("差", "较差", "不合格"))]


def grade_ok(total, word):
    v = D(total)
    for low, words in GRADES:
        if v >= low:
            return word in words
    return False


QRE = re.compile(r"^\s*(≥|≤|＞|＜|>=|<=|=|＝|>|<)?\s*(\d+(?:\.\d+)?)\s*(\S*?)\s*$")
DIRS = {"≥": "gte", ">=": "gte", "＞": "gte", ">": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "<": "lte",
        "=": "eq", "＝": "eq", None: "eq"}


def parse_q(cell):
    m = QRE.match(cell)
    if not m:
        return None
    return DIRS[m.group(1)], D(m.group(2)), m.group(3), m.group(2)


# ---------------------------------------------------------------- table layouts
def rows_cell_per_line(seg):
    rows = []
    for block in seg.split("\n\n"):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if cells:
            rows.append(cells)
    return rows


def rows_split(seg, sep):
    out = []
    for ln in seg.split("\n"):
        cells = ln.split() if sep is None else ln.split(sep)
        out.append([c.strip() for c in cells])
    return out


def rows_html(seg):
    out = []
    for tr in re.findall(r"<tr>(.*?)</tr>", seg):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr)
        out.append([c.replace("&nbsp;", "").strip() for c in cells])
    return out


def after(rows, name):
    hits = [r for r in rows if name in r]
    if len(hits) != 1:
        raise ParseFail(f"row {name!r}: {len(hits)} rows")
    r = hits[0]
    return r[r.index(name) + 1:]


def amt(cell):
    cell = cell.strip()
    return D(0) if cell in ("", "—", "-") else D(cell)


# ---------------------------------------------------------------- checker
class Checker:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, severity, ok, message)

    def ok(self, code, cond, msg, sev="error"):
        self.res.append((code, sev, bool(cond), msg))

    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseFail(f"{pat!r}: {len(ms)} matches")
        return ms[0]

    def n(self, pat):
        return self.m(pat).group(1)

    def seg(self, start, end=None):
        i = self.t.find(start)
        j = self.t.find(end, i) if end else len(self.t)
        if i < 0 or j < 0:
            raise ParseFail(f"section {start!r}..{end!r} not found")
        return self.t[i:j]

    # --- identities
    def same(self, a, b, msg, approx=False):
        """the same quantity stated twice (I11): equal within the decimals of the less precise one"""
        da, db = D(a.rstrip("%")), D(b.rstrip("%"))
        if approx:
            ok = abs(da - db) <= D("0.5") * D(10) ** -places(a) + EPS
        else:
            ok = close(a, db) or close(b, da)
        self.ok("conflicting_values", ok, f"{msg}: {a} vs {b}")

    def sum(self, total, parts, msg, code="sum_mismatch"):
        s = sum((amt(p) if isinstance(p, str) else D(p) for p in parts), D(0))
        self.ok(code, close(total, s), f"{msg}: {total} vs {s}")

    def sum_units(self, total, parts, msg):
        """parts: (number string, unit); values normalised to 万元; a sum that only a 10^4 rescale of one
        amount reconciles is unit_mismatch (errors.md §A.11b), otherwise sum_mismatch"""
        vals = [D(v) / (D(10000) if u == "元" else 1) for v, u in parts]
        if close(total, sum(vals)):
            self.ok("sum_mismatch", True, msg)
            self.ok("unit_mismatch", True, msg)
            return
        for i in range(len(vals)):
            for f in (D(10000), 1 / D(10000)):
                alt = vals[:i] + [vals[i] / f] + vals[i + 1:]
                if close(total, sum(alt)):
                    self.ok("unit_mismatch", False, f"{msg}: part {parts[i]} off by 10^4")
                    self.ok("sum_mismatch", True, msg)
                    return
        self.ok("sum_mismatch", False, f"{msg}: {total} vs {sum(vals)}")

    def bal(self, stated, a, b, msg):
        self.ok("balance_mismatch", close(stated, amt(a) - amt(b)), f"{msg}: {stated} vs {amt(a) - amt(b)}")

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        num, den = amt(num) if isinstance(num, str) else D(num), amt(den) if isinstance(den, str) else D(den)
        st = stated.strip().rstrip("%")
        if den == 0:
            self.ok("implausible_rate", st in ("", "—", "-", "0"), f"{msg}: rate {stated} on a zero base")
            return
        self.ok("implausible_rate", D(st) <= HUNDRED and num <= den, f"{msg}: {stated} ({num}/{den})")
        self.ok(code, close(st, num / den * HUNDRED), f"{msg}: {stated} vs {num / den * HUNDRED:.4f}")

    def avg(self, stated, items, msg, approx=False):
        vals = [D(x) for x in items]
        mean = sum(vals) / len(vals)
        self.ok("average_mismatch", close(stated, mean), f"{msg}: {stated} vs {mean:.4f}")

    def year_after(self, y, Y, msg):
        self.ok("year_mismatch", int(y) > Y, f"{msg}: {y} after {Y}")

    def year_is(self, y, allowed, msg):
        self.ok("year_mismatch", int(y) in allowed, f"{msg}: {y} in {allowed}")

    def grade(self, total, word, msg):
        self.ok("grade_mismatch", grade_ok(total, word), f"{msg}: {total} -> {word}")

    # --- indicator row
    def indicator(self, name, target, actual, weight, score, completion=None, rate_like=None):
        w, s = D(weight), D(score)
        self.ok("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} / weight {weight}")
        tq, aq = parse_q(target), parse_q(actual)
        if tq is None and aq is None:  # qualitative
            if actual in (target, "已" + target):
                lo, hi = D("0.8"), D(1)
            else:
                lo, hi = D("0.5"), D("0.8")
            self.ok("score_rule_mismatch", lo * w - EPS <= s <= hi * w + EPS, f"{name}: qualitative", "warning")
            return
        if tq is None or aq is None or tq[2] != aq[2]:
            self.ok("unit_mismatch", False, f"{name}: target {target!r} vs actual {actual!r}")
            return
        self.ok("unit_mismatch", True, name)
        d, T, _, _ = tq
        A = aq[1]
        if d == "lte":
            comp = HUNDRED if A <= T else T / A * HUNDRED
            exp = w if A <= T else w * T / A
        elif d == "eq" and T == 0:
            comp = HUNDRED if A <= 0 else D(0)
            exp = w if A <= 0 else D(0)
        else:
            comp = A / T * HUNDRED
            exp = w * min(A / T, D(1))
        if completion is not None and completion.strip() not in ("", "—"):
            self.ok("completion_mismatch", close(completion, comp), f"{name}: completion {completion} vs {comp:.4f}")
        if rate_like if rate_like is not None else (aq[2] == "%" and ("率" in name or "满意度" in name)):
            self.ok("implausible_rate", A <= HUNDRED, f"{name}: rate {actual}")
        alts = [exp]
        if completion is not None and completion.strip() not in ("", "—"):
            alts.append(w * min(D(completion.strip().rstrip("%")) / HUNDRED, D(1)))
        self.ok("score_rule_mismatch", any(close(score, e) for e in alts), f"{name}: score {score} vs {exp:.4f}",
                "warning")


# ---------------------------------------------------------------- per-draft checks
def check_sx(C):
    """sx-wuzhai-yifeichuzhi-2020: Shanxi layout, tables one cell per line."""
    Y = 2020
    t = C.t
    C.year_is(C.n(r"五寨县卫生健康局(\d{4})年度项目支出"), {Y}, "title year")
    C.year_is(C.n(r"\n(\d{4})年\d+月\d+日\n"), {Y, Y + 1}, "report date")
    rows = rows_cell_per_line(C.seg("（二）预算执行情况", "（三）项目绩效目标"))
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {k: after(rows, k) for k in names}  # [行次, 总额, 小计, 中央, 省, 市, 县, 结转, 其他]
    for k in names[:4]:
        r = R[k]
        C.sum(r[1], [r[2], r[7], r[8]], f"{k}: 总额 = 财政小计 + 上年结转 + 其他")
        C.sum(r[2], r[3:7], f"{k}: 财政小计 = 中央 + 省 + 市 + 县")
    for col in range(1, 9):
        C.bal(R["资金结余"][col], R["实际到位资金"][col], R["全年执行资金"][col], f"(5) col {col}")
        C.rate(R["预算到位率(%)"][col], R["实际到位资金"][col], R["全年预算资金"][col], f"(6) col {col}")
        C.rate(R["预算执行率(%)"][col], R["全年执行资金"][col], R["全年预算资金"][col], f"(7) col {col}")
    # prose: funds
    a0 = C.n(r"年初预算([\d.]+)万元，其中县级财政安排")
    c1 = C.n(r"其中县级财政安排([\d.]+)万元")
    c2 = C.n(r"、上年结转([\d.]+)万元。")
    C.sum(a0, [c1, c2], "年初 = 县级 + 上年结转")
    C.same(a0, R["年初预算资金"][1], "年初预算 text/table")
    C.same(c1, R["年初预算资金"][6], "县级 text/table")
    C.same(c2, R["年初预算资金"][7], "结转 text/table")
    prov = C.n(r"建设补助([\d.]+)万元")
    annual = C.n(r"全年预算调整为([\d.]+)万元")
    C.sum(annual, [a0, prov], "全年 = 年初 + 省级追加")
    C.same(annual, R["全年预算资金"][1], "全年预算 text/table")
    C.same(prov, R["全年预算资金"][4], "省级 text/table")
    C.rate(C.n(r"当年全部到位，到位率(\d+)%"), R["实际到位资金"][1], annual, "到位率 text")
    spent = C.n(r"全年执行([\d.]+)万元，预算执行率")
    er = C.n(r"预算执行率([\d.]+)%，县级")
    C.rate(er, spent, annual, "执行率 text")
    C.same(spent, R["全年执行资金"][1], "执行数 text/table")
    C.same(er, R["预算执行率(%)"][1], "执行率 text/table")
    co = C.n(r"上年结转([\d.]+)万元用于支付")
    C.same(co, R["全年执行资金"][7], "结转 spent text/table")
    cty = C.n(r"县级资金([\d.]+)万元中")
    C.same(cty, R["全年执行资金"][6], "县级 spent text/table")
    fee = C.m(r"收运处置服务费([\d.]+)(万元|元)，村卫生室").groups()
    imp = C.m(r"暂存点改造支出([\d.]+)(万元|元)").groups()
    C.sum_units(cty, [fee, imp], "县级资金 = 服务费 + 暂存点改造")
    b1, x1, s1 = C.n(r"周转箱采购预算([\d.]+)万元"), C.n(r"中标金额([\d.]+)万元"), C.n(r"节约资金([\d.]+)万元")
    C.bal(s1, b1, x1, "周转箱 节约 = 预算 - 中标")
    b2, x2, s2 = C.n(r"合同金额([\d.]+)万元"), C.n(r"已按进度支付([\d.]+)万元"), C.n(r"尾款([\d.]+)万元")
    C.bal(s2, b2, x2, "暂存间 尾款 = 合同 - 已付")
    C.sum(R["全年执行资金"][4], [x1, x2], "省级 spent = 周转箱 + 暂存间")
    C.sum(R["全年预算资金"][4], [b1, b2], "省级 budget = 周转箱 + 暂存间")
    C.year_after(C.n(r"结转至(\d{4})年"), Y, "省级结余 carry-over")
    # indicator table
    rows2 = rows_cell_per_line(C.seg("附件1.项目支出绩效自评表"))
    inds = ["预算执行率", "纳入集中收运的乡镇卫生院数", "集中处置医疗废物量", "医疗废物规范处置率", "收运间隔时间",
            "医疗废物处置补助标准", "医疗废物流失泄漏事件", "村卫生室医疗废物规范暂存率", "医疗废物收运处置长效机制",
            "医疗机构满意度"]
    I = {}
    for nm in inds:
        r = after(rows2, nm)  # [权重, 目标值, 业绩值, 完成率, 得分, 偏差]
        I[nm] = r
        C.indicator(nm, r[1], r[2], r[0], r[4], completion=r[3])
    tot = after(rows2, "合计")  # ['', '', 权重, '', '', '', 得分, '']
    W = sum(D(I[k][0]) for k in inds)
    S = sum(D(I[k][4]) for k in inds)
    C.ok("weight_sum_mismatch", W == 100, f"weights sum {W}")
    C.ok("weight_sum_mismatch", D(tot[2]) == W, f"合计 weight {tot[2]} vs {W}")
    C.ok("score_sum_mismatch", close(tot[6], S), f"合计 score {tot[6]} vs {S}")
    total = C.n(r"绩效自评得分([\d.]+)分")
    C.ok("score_sum_mismatch", close(total, S), f"text total {total} vs {S}")
    C.same(total, tot[6], "total text/table")
    C.grade(total, C.n(r"评价等级为“(\S+?)”"), "grade")
    C.same(I["预算执行率"][2], er + "%", "执行率 附件1/text")
    # prose outputs / effects
    cur = C.n(r"累计收运处置医疗废物([\d.]+)吨")
    C.same(cur, parse_q(I["集中处置医疗废物量"][2])[3], "处置量 text/table")
    C.sum(cur, [C.n(r"较2019年的([\d.]+)吨"), C.n(r"增加([\d.]+)吨")], "2020 = 2019 + 增加")
    C.sum(cur, [parse_q(I["集中处置医疗废物量"][1])[3], C.n(r"超出年度目标([\d.]+)吨")], "actual = target + 超出")
    C.same(C.n(r"按每公斤([\d.]+)元结算"), parse_q(I["医疗废物处置补助标准"][2])[3], "处置单价 text/table")
    C.same(C.n(r"(\d+)所乡镇卫生院全部纳入"), parse_q(I["纳入集中收运的乡镇卫生院数"][2])[3], "卫生院数")
    vt, vd = C.n(r"(\d+)个村卫生室中已有"), C.n(r"已有(\d+)个完成")
    vr = C.n(r"规范暂存率([\d.]+)%")
    C.rate(vr, vd, vt, "规范暂存率")
    C.same(vr, parse_q(I["村卫生室医疗废物规范暂存率"][2])[3], "暂存率 text/table")
    C.sum(vt, [vd, C.n(r"仍有(\d+)个村卫生室")], "村卫生室 = 已改 + 未改")
    C.sum(vt, [vd, C.n(r"(\d+)个村卫生室暂存点未改造")], "村卫生室 = 已改 + 未改 (附件1)")
    C.rate(C.n(r"满意度(\d+)%。"), C.n(r"表示满意的(\d+)份"), C.n(r"发放问卷(\d+)份"), "满意度")
    C.same(C.n(r"满意度(\d+)%。"), parse_q(I["医疗机构满意度"][2])[3], "满意度 text/table")
    tg = {"纳入集中收运的乡镇卫生院数": r"纳入集中收运的乡镇卫生院不少于(\d+)所",
          "集中处置医疗废物量": r"集中处置医疗废物不少于([\d.]+)吨",
          "收运间隔时间": r"收运间隔不超过(\d+)小时",
          "医疗废物处置补助标准": r"控制在每公斤([\d.]+)元以内",
          "村卫生室医疗废物规范暂存率": r"规范暂存率达到(\d+)%以上",
          "医疗机构满意度": r"医疗机构满意度不低于(\d+)%"}
    for nm, pat in tg.items():
        C.same(C.n(pat), parse_q(I[nm][1])[3], f"target {nm} text/table")
    C.same(C.n(r"距(\d+)%的目标"), parse_q(I["村卫生室医疗废物规范暂存率"][1])[3], "暂存率 target (analysis)")


def check_sc(C):
    """sc-qingchuan-weishengyuan-2023: Sichuan layout, tab-separated 自评表."""
    Y = 2023
    C.year_is(C.n(r"(\d{4})年度青川县卫生健康局项目支出"), {Y}, "title year")
    C.year_is(C.n(r"（(\d{4})年度）"), {Y}, "table year")
    C.year_is(C.n(r"\n(\d{4})年\d+月\d+日\n"), {Y, Y + 1}, "report date")
    tab = C.seg("项目支出绩效自评表\n（")
    rows = rows_split(tab, "\t")
    F = {k: after(rows, k) for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]}
    parts = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for col, nm in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum(F["年度资金总额"][col], [F[p][col] for p in parts], f"{nm}: 总额 = 财政 + 专户 + 单位 + 其他")
    for k, r in F.items():
        C.rate(r[4], r[2], r[1], f"{k} 执行率")
    ex = F["年度资金总额"]
    C.indicator("预算执行率", "100%", ex[4], ex[3], ex[5])
    inds = ["完成环境整治的乡镇卫生院", "新建改造医疗废物暂存间", "配置分类垃圾桶及医废周转箱", "污水处理设施出水达标率",
            "整治任务按期完成率", "单所卫生院平均整治成本", "院区环境卫生检查合格率", "医疗污水直排事件",
            "设施运行维护制度建立率", "就诊群众满意度"]
    I = {}
    for nm in inds:
        r = after(rows, nm)  # [性质, 指标值, 单位, 实际, 分值, 得分, 原因]
        I[nm] = r
        C.indicator(nm, r[0] + r[1] + r[2], r[3] + r[2], r[4], r[5])
    W = D(ex[3]) + sum(D(I[k][4]) for k in inds)
    S = D(ex[5]) + sum(D(I[k][5]) for k in inds)
    C.ok("weight_sum_mismatch", W == 100, f"weights sum {W}")
    total = C.n(r"综合自评得分(\d+)分")
    C.ok("score_sum_mismatch", close(total, S), f"total {total} vs {S}")
    C.grade(total, C.n(r"评价等级为(\S\S)。"), "grade")
    # prose funds
    a0 = C.n(r"年初批复预算(\d+)万元")
    C.same(a0, ex[0], "年初 text/table")
    add, annual = C.n(r"年中追加预算([\d.]+)万元"), C.n(r"，全年预算([\d.]+)万元。")
    C.sum(annual, [a0, add], "全年 = 年初 + 追加")
    C.same(annual, ex[1], "全年 text/table")
    rec = C.n(r"全年预算资金([\d.]+)万元全部到位")
    C.same(rec, annual, "到位 = 全年 (全部到位)")
    C.rate(C.n(r"全部到位，到位率(\d+)%"), rec, annual, "到位率")
    spent, er = C.n(r"全年支出([\d.]+)万元，预算执行率"), C.n(r"全年支出[\d.]+万元，预算执行率([\d.]+)%")
    C.rate(er, spent, annual, "执行率 text")
    C.same(spent, ex[2], "执行 text/table")
    C.same(er, ex[4], "执行率 text/table")
    fs, fr = C.m(r"其中财政资金支出([\d.]+)万元，执行率([\d.]+)%").groups()
    C.same(fs, F["其中：财政资金"][2], "财政执行 text/table")
    C.rate(fr, fs, F["其中：财政资金"][1], "财政执行率 text")
    n_h, avg = C.m(r"(\d+)所卫生院平均每所([\d.]+)万元").groups()
    C.ok("average_mismatch", close(avg, D(fs) / D(n_h)), f"平均每所 {avg}")
    C.same(avg, I["单所卫生院平均整治成本"][3], "平均成本 text/table")
    us, ur = C.m(r"单位资金支出([\d.]+)万元，执行率([\d.]+)%").groups()
    C.same(us, F["单位资金"][2], "单位执行 text/table")
    C.rate(ur, us, F["单位资金"][1], "单位执行率 text")
    b = C.n(r"年末结余([\d.]+)万元")
    C.bal(b, rec, spent, "结余 = 到位 - 执行")
    bf = C.n(r"其中财政资金([\d.]+)万元按规定收回")
    bu, yu = C.m(r"单位资金([\d.]+)万元留卫生院结转(\d{4})年").groups()
    C.bal(bf, F["其中：财政资金"][1], F["其中：财政资金"][2], "财政结余")
    C.bal(bu, F["单位资金"][1], F["单位资金"][2], "单位结余")
    C.sum(b, [bf, bu], "结余 = 财政 + 单位")
    C.year_after(yu, Y, "单位资金 carry-over")
    # prose outputs
    C.same(C.n(r"新建改造医疗废物暂存间(\d+)间"), I["新建改造医疗废物暂存间"][3], "暂存间 text/table")
    C.same(C.n(r"医废周转箱(\d+)个。"), I["配置分类垃圾桶及医废周转箱"][3], "垃圾桶 text/table")
    C.rate(I["整治任务按期完成率"][3], C.n(r"其中(\d+)所在10月底前按期完工"), C.n(r"\n(\d+)所乡镇卫生院整治任务全部完成"),
           "按期完成率 table")
    C.same(C.n(r"提高到([\d.]+)%"), I["院区环境卫生检查合格率"][3], "合格率 text/table")
    C.same(C.n(r"抽样调查就诊群众\d+人，满意度([\d.]+)%"), I["就诊群众满意度"][3], "满意度 text/table")
    C.same(C.n(r"完成(\d+)所乡镇卫生院环境卫生整治；"), I["完成环境整治的乡镇卫生院"][1], "目标 卫生院数")
    tg = {"新建改造医疗废物暂存间": r"医疗废物暂存间不少于(\d+)间", "配置分类垃圾桶及医废周转箱": r"医废周转箱不少于(\d+)个",
          "污水处理设施出水达标率": r"出水达标率不低于(\d+)%", "单所卫生院平均整治成本": r"平均整治成本控制在(\d+)万元以内",
          "就诊群众满意度": r"就诊群众满意度不低于(\d+)%"}
    for nm, pat in tg.items():
        C.same(C.n(pat), I[nm][1], f"target {nm} text/table")
    C.same(C.n(r"出水达标率仍未达到(\d+)%的目标"), I["污水处理设施出水达标率"][1], "达标率 target (analysis)")


def check_gz(C):
    """gz-jiangkou-yiyuanwushui-2022: saved web page, HTML table residue."""
    Y = 2022
    C.year_is(C.n(r"江口县卫生健康局(\d{4})年度县乡医疗机构"), {Y}, "title year")
    C.year_is(C.n(r"自评表（(\d{4})年度）"), {Y}, "table year")
    C.year_is(C.n(r"发布时间：(\d{4})-"), {Y, Y + 1}, "publication date")
    C.year_is(C.n(r"截至(\d{4})年12月31日"), {Y}, "截至 date")
    rows = rows_html(C.seg("<table>", "</table>"))
    F = {k: after(rows, k) for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    parts = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for col, nm in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum(F["年度资金总额"][col], [F[p][col] for p in parts], f"{nm}: 总额 = 当年 + 结转 + 其他")
    for k, r in F.items():
        C.rate(r[4], r[2], r[1], f"{k} 执行率")
    ex = F["年度资金总额"]
    C.indicator("预算执行率", "100%", ex[4], ex[3], ex[5])
    inds = ["完成提标改造的医疗机构数", "新增污水日处理能力", "出水水质达标率", "按期完工率", "单位日处理能力改造成本",
            "涉医疗污水环境投诉", "年削减COD排放量", "设施运维责任落实率", "医疗机构及周边群众满意度"]
    I = {}
    for nm in inds:
        r = after(rows, nm)  # [指标值, 完成值, 分值, 得分, 偏差]
        I[nm] = r
        C.indicator(nm, r[0], r[1], r[2], r[3])
    tot = after(rows, "总分")  # [分值, 得分, '']
    W = D(ex[3]) + sum(D(I[k][2]) for k in inds)
    S = D(ex[5]) + sum(D(I[k][3]) for k in inds)
    C.ok("weight_sum_mismatch", W == 100, f"weights sum {W}")
    C.ok("weight_sum_mismatch", D(tot[0]) == W, f"总分 weight {tot[0]} vs {W}")
    C.ok("score_sum_mismatch", close(tot[1], S), f"总分 {tot[1]} vs {S}")
    C.grade(tot[1], C.n(r"综合评价等级为“(\S)”"), "grade (text) of the 附件1 total")
    # prose funds
    a0, pv, yy, mm, adv, cty = C.m(
        r"年初预算([\d.]+)万元，其中省级资金([\d.]+)万元（(\d{4})年(\d+)月提前下达([\d.]+)万元）、县级配套([\d.]+)万元").groups()
    C.sum(a0, [pv, cty], "年初 = 省级 + 县级")
    C.same(a0, ex[0], "年初 text/table")
    C.ok("year_mismatch", int(yy) == Y or (int(yy) == Y - 1 and int(mm) == 12), f"advance issued {yy}-{mm}")
    add, co, annual = C.m(r"追加省级补助([\d.]+)万元，并调入上年结转资金([\d.]+)万元，全年预算(\d+)万元").groups()
    C.sum(annual, [a0, add, co], "全年 = 年初 + 追加 + 结转")
    C.sum(F["其中：当年财政拨款"][1], [a0, add], "当年财政拨款 全年 = 年初 + 追加")
    C.same(annual, ex[1], "全年 text/table")
    C.same(co, F["上年结转资金"][1], "结转 text/table")
    rec, rr = C.m(r"资金实际到位([\d.]+)万元，到位率([\d.]+)%").groups()
    C.rate(rr, rec, annual, "到位率")
    C.bal(C.n(r"尚有([\d.]+)万元未到位"), annual, rec, "未到位 = 全年 - 到位")
    spent, er, bal = C.m(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元").groups()
    C.rate(er, spent, annual, "执行率 text")
    C.same(spent, ex[2], "执行 text/table")
    C.same(er, ex[4], "执行率 text/table")
    C.bal(bal, rec, spent, "结余 = 到位 - 执行")
    i1, i2, i3, s3, a3 = C.m(r"分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，3家合计([\d.]+)万元，平均([\d.]+)万元").groups()
    C.sum(s3, [i1, i2, i3], "3家合计")
    C.avg(a3, [i1, i2, i3], "3家平均")
    s6, a6 = C.m(r"(\d)所乡镇卫生院合计支出([\d.]+)万元，平均每所约([\d.]+)万元").groups()[1:]
    n6 = C.n(r"(\d)所乡镇卫生院合计支出")
    C.ok("average_mismatch", close(a6, D(s6) / D(n6)), f"6所平均 约{a6}")
    C.sum(spent, [s3, s6], "全年支出 = 县级机构 + 乡镇卫生院")
    n_c, n_t = C.m(r"(\d)家县级医疗机构和(\d)所乡镇卫生院").groups()
    C.sum(parse_q(I["完成提标改造的医疗机构数"][0])[3], [n_c, n_t], "机构数 = 3 + 6")
    C.rate(I["按期完工率"][1], C.n(r"(\d)家机构在11月底前完成改造"), parse_q(I["完成提标改造的医疗机构数"][0])[1],
           "按期完工率 table")
    C.same(C.n(r"新增日处理能力(\d+)吨"), parse_q(I["新增污水日处理能力"][1])[3], "日处理能力 text/table")
    C.same(C.n(r"抽检，出水水质达标率([\d.]+)%"), parse_q(I["出水水质达标率"][1])[3], "达标率 text/table")
    unit_cost = D(ex[2]) * 10000 / parse_q(I["新增污水日处理能力"][1])[1]
    C.ok("average_mismatch", close(parse_q(I["单位日处理能力改造成本"][1])[3], unit_cost),
         f"单位改造成本 table vs {unit_cost:.2f}")
    C.same(C.n(r"改造成本约(\d+)元"), parse_q(I["单位日处理能力改造成本"][1])[3], "单位成本 text/table", approx=True)
    C.same(C.n(r"环境投诉(\d+)件"), parse_q(I["涉医疗污水环境投诉"][1])[3], "投诉 text/table")
    C.same(C.n(r"削减COD ([\d.]+)吨"), parse_q(I["年削减COD排放量"][1])[3], "COD text/table")
    q, ok_, sr = C.m(r"发放问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%").groups()
    C.rate(sr, ok_, q, "满意度")
    C.same(sr, parse_q(I["医疗机构及周边群众满意度"][1])[3], "满意度 text/table")
    tg = {"新增污水日处理能力": r"新增日处理能力不低于(\d+)吨", "出水水质达标率": r"出水水质达标率不低于(\d+)%",
          "单位日处理能力改造成本": r"改造成本不超过(\d+)元/吨", "年削减COD排放量": r"（COD）(\d+)吨以上",
          "医疗机构及周边群众满意度": r"周边群众满意度达到(\d+)%"}
    for nm, pat in tg.items():
        C.same(C.n(pat), parse_q(I[nm][0])[3], f"target {nm} text/table")


def check_hb(C):
    """hb-hefeng-ganfangwuzi-2024: Hubei-style scoring (execution 20 + goal blocks 80), PDF copy."""
    Y = 2024
    C.year_is(C.n(r"鹤峰县卫生健康局(\d{4})年度项目支出绩效自评报告\n项目名称"), {Y}, "title year")
    C.year_is(C.n(r"\n(\d{4})年\d+月\d+日\n"), {Y, Y + 1}, "report date")
    C.year_is(C.n(r"(\d{4})年\d+月，省卫生健康委下达"), {Y}, "省级资金下达")
    C.year_is(C.n(r"(\d{4})年1月，县卫生健康局组织"), {Y, Y + 1}, "self-evaluation date")
    a0 = C.n(r"年初预算(\d+)万元，全部为县级财政资金")
    add, annual = C.m(r"能力提升补助(\d+)万元，全年预算(\d+)万元").groups()
    C.sum(annual, [a0, add], "全年 = 年初 + 省级")
    vals = C.m(r"结余资金 预算执行率\n([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+%)").groups()
    t_a0, t_an, t_rec, t_sp, t_bal, t_er = vals
    C.same(a0, t_a0, "年初 text/table")
    C.same(annual, t_an, "全年 text/table")
    C.bal(t_bal, t_rec, t_sp, "表1 结余 = 到位 - 支出")
    C.ok("implausible_rate", D(t_sp) <= D(t_rec) <= D(t_an), "表1 支出 <= 到位 <= 全年预算")
    C.rate(t_er, t_sp, t_an, "表1 执行率")
    cty, mk, suit, dis, oth = C.m(
        r"县级资金([\d.]+)万元全部用于感染防控物资采购，其中医用防护口罩([\d.]+)万元、医用防护服([\d.]+)万元、"
        r"手消毒剂及环境消毒用品([\d.]+)万元、其他防护用品([\d.]+)万元").groups()
    C.same(cty, a0, "县级资金")
    C.sum_units(cty, [(mk, "万元"), (suit, "万元"), (dis, "万元"), (oth, "万元")], "县级资金 = 四类物资")
    ps = C.n(r"当年实际支出([\d.]+)万元")
    C.sum(t_sp, [cty, ps], "支出 = 县级 + 省级")
    C.year_after(C.n(r"结转至(\d{4})年"), Y, "结余 carry-over")
    n95, approx, over, price = C.m(r"采购N95口罩(\d+)只（约([\d.]+)万只），比目标多(\d+)%，平均采购单价([\d.]+)元/只").groups()
    C.same(approx, str(D(n95) / 10000), "口罩 约x万只", approx=True)
    C.ok("sum_mismatch", close(mk, D(n95) * D(price) / 10000), f"口罩金额 = 数量 x 单价: {mk}")
    suits, sp = C.m(r"采购医用防护服(\d+)套，单价(\d+)元/套").groups()
    C.ok("sum_mismatch", close(suit, D(suits) * D(sp) / 10000), f"防护服金额 = 数量 x 单价: {suit}")
    rows = rows_split(C.seg("表2 绩效指标自评表", "六、存在问题"), None)
    inds = ["预算执行率", "N95口罩采购量", "医用防护服采购量", "物资储备达标乡镇卫生院", "N95口罩平均采购单价",
            "配备监测系统的县级医疗机构", "院感监测人员培训", "院感病例数据上报平均时长", "院感防控长效机制"]
    I = {}
    for nm in inds:
        r = after(rows, nm)  # [权重, 指标值, 实际, 得分, (说明)]
        I[nm] = r
        C.indicator(nm, r[1], r[2], r[0], r[3])
    goal_T = parse_q(I["N95口罩采购量"][1])[1]
    C.ok("completion_mismatch", close(over, (D(n95) - goal_T) / goal_T * HUNDRED), f"比目标多 {over}%")
    C.same(n95, I["N95口罩采购量"][2].rstrip("只"), "口罩 text/table")
    C.same(price, parse_q(I["N95口罩平均采购单价"][2])[3], "单价 text/table")
    C.same(suits, parse_q(I["医用防护服采购量"][2])[3], "防护服 text/table")
    C.same(t_er, I["预算执行率"][2], "执行率 表1/表2")
    hs, hd = C.m(r"(\d+)个乡镇卫生院（含分院）中，(\d+)个完成").groups()
    C.same(hs, parse_q(I["物资储备达标乡镇卫生院"][1])[3], "卫生院数 target")
    C.same(hd, parse_q(I["物资储备达标乡镇卫生院"][2])[3], "达标卫生院 actual")
    C.same(C.n(r"培训(\d+)人次，超过"), parse_q(I["院感监测人员培训"][2])[3], "培训 text/table")
    C.same(C.n(r"上报平均时长(\d+)小时"), parse_q(I["院感病例数据上报平均时长"][2])[3], "时长 text/table")
    cases, inf, ir = C.m(r"监测住院病例(\d+)例，发现医院感染病例(\d+)例，医院感染发生率([\d.]+)%").groups()
    C.rate(ir, inf, cases, "医院感染发生率")
    tot = after(rows, "合计")  # [权重, 得分]
    W = sum(D(I[k][0]) for k in inds)
    S = sum(D(I[k][3]) for k in inds)
    goals = sum(D(I[k][0]) for k in inds[1:])
    C.ok("weight_sum_mismatch", W == 100, f"weights sum {W}")
    C.ok("weight_sum_mismatch", D(tot[0]) == W, f"合计 weight {tot[0]} vs {W}")
    C.ok("weight_sum_mismatch", D(C.n(r"两项年度目标共(\d+)分")) == goals, f"goal blocks {goals}")
    C.ok("weight_sum_mismatch", D(C.n(r"预算执行率指标(\d+)分")) == D(I["预算执行率"][0]), "execution weight")
    C.ok("score_sum_mismatch", close(tot[1], S), f"合计 {tot[1]} vs {S}")
    total = C.n(r"本项目得分(\d+)分")
    C.ok("score_sum_mismatch", close(total, S), f"text total {total} vs {S}")
    C.same(total, tot[1], "total text/table")
    C.grade(total, C.n(r"评价等级为“(\S)”"), "grade")
    tg = {"N95口罩采购量": r"医用防护口罩（N95）不少于(\d+)只", "医用防护服采购量": r"医用防护服不少于(\d+)套",
          "物资储备达标乡镇卫生院": r"物资储备达标的乡镇卫生院不少于(\d+)个", "N95口罩平均采购单价": r"平均采购单价不高于([\d.]+)元/只",
          "配备监测系统的县级医疗机构": r"目标2：院感监测能力提升。(\d+)家县级医疗机构", "院感监测人员培训": r"培训院感监测人员不少于(\d+)人次",
          "院感病例数据上报平均时长": r"上报平均时长不超过(\d+)小时"}
    for nm, pat in tg.items():
        C.same(C.n(pat), parse_q(I[nm][1])[3], f"target {nm} text/table")
    C.same(C.n(r"按“执行率×(\d+)”计分"), I["预算执行率"][0], "execution weight (scoring rule text)")


def check_fj(C):
    """fj-yunxiao-xianyiyuan-bumen-2018: 部门整体支出 report, tables with full-width bars."""
    Y = 2018
    C.year_is(C.n(r"云霄县医院(\d{4})年度部门整体支出绩效自评报告"), {Y}, "title year")
    C.year_is(C.n(r"\n(\d{4})年\d+月\d+日\n"), {Y, Y + 1}, "report date")
    rows = rows_split(C.t, "｜")
    inc = after(rows, "收入合计")[0]
    C.sum(inc, [after(rows, k)[0] for k in ["财政拨款收入", "事业收入", "其他收入"]], "收入合计")
    C.same(C.n(r"医院总收入([\d.]+)万元"), inc, "总收入 text/table")
    tot_e, be, pe = C.m(r"全年总支出([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元").groups()
    C.sum(tot_e, [be, pe], "总支出 = 基本 + 项目")
    fb, fs, fr, fbal, fy = C.m(
        r"财政拨款全年预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，年末结余([\d.]+)万元，已结转至(\d{4})年").groups()
    C.rate(fr, fs, fb, "财政拨款执行率 text")
    C.bal(fbal, fb, fs, "财政拨款结余")
    C.year_after(fy, Y, "结余 carry-over")
    T2 = {k: after(rows, k) for k in ["财政拨款合计", "基本支出", "项目支出", "其中：院感监测信息系统建设",
                                      "医疗废物暂存及转运", "污水处理站改造", "其他项目（5个）"]}
    C.same(fb, T2["财政拨款合计"][0], "预算 text/table")
    C.same(fs, T2["财政拨款合计"][1], "支出 text/table")
    C.same(fr, T2["财政拨款合计"][2], "执行率 text/table")
    C.same(fb, after(rows, "财政拨款收入")[0], "财政拨款 budget = income")
    subs = ["其中：院感监测信息系统建设", "医疗废物暂存及转运", "污水处理站改造", "其他项目（5个）"]
    for col in (0, 1):
        C.sum(T2["财政拨款合计"][col], [T2["基本支出"][col], T2["项目支出"][col]], f"表2 col {col}: 合计 = 基本 + 项目")
        C.sum(T2["项目支出"][col], [T2[s][col] for s in subs], f"表2 col {col}: 项目支出 = 各项目")
    for k, r in T2.items():
        C.rate(r[2], r[1], r[0], f"表2 {k}")
    inds = ["财政拨款预算执行率", "预算管理制度执行", "政府采购执行规范率", "门急诊人次", "出院人次", "住院病例院感前瞻性监测",
            "医疗废物规范处置量", "医院感染发生率", "污水处理站出水达标率", "住院患者满意度"]
    I = {}
    for nm in inds:
        r = after(rows, nm)  # [目标值, 实际, 完成率, 分值, 得分]
        I[nm] = r
        C.indicator(nm, r[0], r[1], r[3], r[4], completion=r[2])
    tot = after(rows, "合计")  # ['', '', '', '', 分值, 得分]
    W = sum(D(I[k][3]) for k in inds)
    S = sum(D(I[k][4]) for k in inds)
    C.ok("weight_sum_mismatch", W == 100, f"weights sum {W}")
    C.ok("weight_sum_mismatch", D(tot[4]) == W, f"合计 weight {tot[4]} vs {W}")
    C.ok("score_sum_mismatch", close(tot[5], S), f"合计 {tot[5]} vs {S}")
    total, gw = C.m(r"部门整体支出自评得分([\d.]+)分，评价等级为(\S)。").groups()
    C.ok("score_sum_mismatch", close(total, S), f"text total {total} vs {S}")
    C.same(total, tot[5], "total text/table")
    C.grade(total, gw, "grade")
    n_all, n_q, n_l = C.m(r"共设置(\d+)项三级指标，其中定量指标(\d+)项、定性指标(\d+)项").groups()
    C.sum(n_all, [n_q, n_l], "指标数 = 定量 + 定性")
    C.ok("sum_mismatch", int(n_all) == len(inds), "指标数 = 表3 rows")
    C.same(I["财政拨款预算执行率"][1], fr + "%", "执行率 表3/text")
    C.same(C.n(r"院感前瞻性监测(\d+)例"), parse_q(I["住院病例院感前瞻性监测"][1])[3], "监测例数 text/table")
    rate_t, lim = C.m(r"医院感染发生率([\d.]+)%，略高于(\d+)%").groups()
    C.same(rate_t, parse_q(I["医院感染发生率"][1])[3], "发生率 text/table")
    C.same(lim, parse_q(I["医院感染发生率"][0])[3], "发生率 target text/table")
    got, plan, pc = C.m(r"采样(\d+)份，完成年度计划(\d+)份的(\d+)%").groups()
    C.ok("completion_mismatch", close(pc, D(got) / D(plan) * HUNDRED), f"采样完成 {pc}%")
    C.same(C.n(r"全年([\d.]+)吨，转移联单"), parse_q(I["医疗废物规范处置量"][1])[3], "医废 text/table")
    C.same(C.n(r"出水达标率([\d.]+)%，个别月份"), parse_q(I["污水处理站出水达标率"][1])[3], "出水 text/table")
    cur, last, g = C.m(r"门急诊([\d.]+)万人次，较2017年的([\d.]+)万人次增长([\d.]+)%").groups()
    C.rate(g, D(cur) - D(last), last, "门急诊增长率")
    C.same(cur, parse_q(I["门急诊人次"][1])[3], "门急诊 text/table")
    C.same(C.n(r"出院([\d.]+)万人次，因"), parse_q(I["出院人次"][1])[3], "出院 text/table")
    C.same(C.n(r"未完成([\d.]+)万人次的目标"), parse_q(I["出院人次"][0])[3], "出院 target text/table")
    C.same(C.n(r"住院患者满意度([\d.]+)%，由"), parse_q(I["住院患者满意度"][1])[3], "满意度 text/table")
    p1, p2, p3, pa = C.m(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分，平均([\d.]+)分").groups()
    C.avg(pa, [p1, p2, p3], "重点项目平均分")


CHECKS = {
    "sx-wuzhai-yifeichuzhi-2020": check_sx,
    "sc-qingchuan-weishengyuan-2023": check_sc,
    "gz-jiangkou-yiyuanwushui-2022": check_gz,
    "hb-hefeng-ganfangwuzi-2024": check_hb,
    "fj-yunxiao-xianyiyuan-bumen-2018": check_fj,
}


def run_checks(pid, text):
    C = Checker(text)
    CHECKS[pid](C)
    return C.res


def count_figure(text, fig):
    if re.fullmatch(r"\d+(?:\.\d+)?%?", fig):
        num = fig.rstrip("%")
        pat = r"(?<![\d.])" + re.escape(num) + r"(?![\d])(?!\.\d)"
        if fig.endswith("%"):
            pat += "%"
        return len(re.findall(pat, text))
    return text.count(fig)


def main():
    problems = []
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, got {len(labels)}")
    code_count = {}
    prose_table = {"prose": 0, "table": 0}
    edits = {(pid, i): e for pid, es in build.EDITS.items() for i, e in enumerate(es, 1)}
    for rec in labels:
        pid = rec["source"]
        path = CASES / rec["case"]
        text = path.read_text(encoding="utf-8")
        clean = (CASES / f"{pid}-clean.txt").read_text(encoding="utf-8")
        try:
            res = run_checks(pid, text)
        except ParseFail as e:
            problems.append(f"{rec['case']}: parse failure {e}")
            continue
        failed_err = sorted({c for c, sev, ok, _ in res if not ok and sev == "error"})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            bad = [(c, m) for c, sev, ok, m in res if not ok]
            for c, m in bad:
                problems.append(f"{rec['case']}: clean check failed [{c}] {m}")
            n_checks = len(res)
            print(f"{rec['case']:<45} clean   {n_checks:3d} checks, all pass" if not bad else f"{rec['case']} FAIL")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if lab["severity"] != "error" or code not in ERROR_CODES:
            problems.append(f"{rec['case']}: bad code/severity {code}/{lab['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        # value present, one contiguous difference overlapping the value
        if value not in text:
            problems.append(f"{rec['case']}: label value not in case")
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if text[:d0] + text[d1:] != clean[:p] + clean[len(clean) - s:]:
            problems.append(f"{rec['case']}: more than one difference")
        spans = [(m.start(), m.start() + len(value)) for m in re.finditer(re.escape(value), text)]
        if not any(a < max(d1, d0 + 1) and d0 < b for a, b in spans):
            problems.append(f"{rec['case']}: difference [{d0},{d1}) does not overlap the label value")
        # changed figure stated once (twice for conflicting_values)
        i = int(rec["case"].rsplit("-e", 1)[1].split(".")[0])
        e_code, where, old, new, e_value, figure, _ = edits[(pid, i)]
        prose_table[where] += 1
        if e_code != code or e_value != value:
            problems.append(f"{rec['case']}: label differs from edit list")
        want = 2 if code == "conflicting_values" else 1
        got = count_figure(clean, figure)
        if got != want:
            problems.append(f"{rec['case']}: changed figure {figure!r} stated {got}x in the clean draft, want {want}")
        # arithmetic: labelled code fails, no other error code fails
        if code not in failed_err:
            problems.append(f"{rec['case']}: labelled code {code} does not fail")
        others = [c for c in failed_err if c != code]
        if others:
            msgs = [m for c, sev, ok, m in res if not ok and c in others]
            problems.append(f"{rec['case']}: unlabelled error codes fail {others}: {msgs}")
        warn = sorted({c for c, sev, ok, _ in res if not ok and sev != "error"})
        print(f"{rec['case']:<45} {code:<22} fails: {','.join(failed_err)}" + (f"  (warnings: {','.join(warn)})" if warn else ""))
    for c in sorted(ERROR_CODES):
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)}x (< 2)")
    print("per code:", ", ".join(f"{c}={code_count.get(c, 0)}" for c in sorted(ERROR_CODES)))
    print("prose/table:", prose_table)
    for pid in build.PROJECTS:
        n = len((CASES / f"{pid}-clean.txt").read_text(encoding="utf-8"))
        print(f"{pid}: {n} characters")
    if problems:
        print("\n".join("PROBLEM: " + x for x in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
