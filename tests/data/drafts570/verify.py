#!/usr/bin/env python3
"""Re-read every figure of the drafts570 cases from their text and redo the arithmetic.

stdlib + decimal only. Identities follow /work/shared/domain/rules.md §7 (I1–I14) with the §8 tolerance
(half a unit of the last stated decimal, ROUND_HALF_UP world). A failed identity is reported under the code of
errors.md §A; when an amount-based identity fails but holds once one amount is rescaled by 10^4 the failure is
reported as unit_mismatch (the most specific explanation).

Passes when: every clean draft breaks no identity, and every error case breaks exactly one identity whose code is
the labelled one (and its label value occurs exactly once in the case).
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EPS = D("1e-9")
SCALE = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000), "": D(1)}


def num(s):
    return D(s.replace(",", "").replace("%", "").strip())


def half(s):
    s = s.replace(",", "").replace("%", "").strip()
    d = len(s.split(".")[1]) if "." in s else 0
    return D("0.5") * D(10) ** (-d)


class Q:
    """A stated quantity: value (in 万元 for money) and the tolerance of its written decimals."""

    def __init__(self, v, tol, src=""):
        self.v, self.tol, self.src = v, tol, src

    def scaled(self, f):
        return Q(self.v * f, self.tol * f, self.src)


def q(s, unit=""):
    f = SCALE[unit]
    return Q(num(s) * f, half(s) * f, s + unit)


def exact(v):
    return Q(D(v), D(0), str(v))


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([\d,]+(?:\.\d+)?)\s*(\S*)$")


def pv(s):
    """Parse a target/actual cell: ('date', s) | ('text', s) | (direction, Decimal, unit, numstr)."""
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return ("date", s)
    m = VAL.match(s)
    if not m:
        return ("text", s)
    sign = m.group(1) or "="
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq"}[sign]
    return (direction, num(m.group(2)), m.group(3), m.group(2))


class Ctx:
    def __init__(self, name, text):
        self.name, self.t = name, text
        self.results = []  # (code, ok, description)

    # ---- extraction ------------------------------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise AssertionError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def all(self, pat, n):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != n:
            raise AssertionError(f"{self.name}: pattern {pat!r} matched {len(ms)} times, expected {n}")
        return ms

    # ---- recording -------------------------------------------------------------------------------
    def rec(self, code, ok, desc):
        self.results.append((code, bool(ok), desc))

    def _try(self, code, desc, ops, okfn, money):
        ok = okfn(ops)
        if not ok:
            for i in money:
                hit = False
                for f in (D(10000), D("0.0001")):
                    o2 = list(ops)
                    o2[i] = o2[i].scaled(f)
                    if okfn(o2):
                        hit = True
                        break
                if hit:
                    code = "unit_mismatch"
                    break
        self.rec(code, ok, desc)

    # ---- identities ------------------------------------------------------------------------------
    def total(self, code, desc, stated, parts, signs=None, money=True):
        """stated = Σ sign·part (I3, I4)."""
        signs = signs or [1] * len(parts)
        ops = [stated] + list(parts)

        def okfn(o):
            return abs(sum(s * x.v for s, x in zip(signs, o[1:])) - o[0].v) <= o[0].tol + EPS

        self._try(code, desc, ops, okfn, range(len(ops)) if money else ())

    def ratio(self, code, desc, stated, numer, denom, factor=D(1), money=True):
        """stated = numer / denom × factor (averages, unit costs)."""
        ops = [stated, numer, denom]

        def okfn(o):
            return abs(o[1].v / o[2].v * factor - o[0].v) <= o[0].tol + EPS

        self._try(code, desc, ops, okfn, (0, 1) if money else ())

    def same(self, desc, a, b, money=True, code="conflicting_values"):
        """Two statements of one quantity (I11)."""
        ops = [a, b]

        def okfn(o):
            return abs(o[0].v - o[1].v) <= max(o[0].tol, o[1].tol) + EPS

        self._try(code, desc, ops, okfn, (0, 1) if money else ())

    def rate(self, desc, stated, numer, denom, code="rate_mismatch", money=True):
        """stated % = numer / denom × 100 (I1, I2, I5)."""
        s = stated.strip()
        if s in ("—", "-", ""):
            self.rec(code, denom.v == 0, desc + " (rate shown as —)")
            return
        st = q(s)
        if denom.v == 0:
            self.rec("implausible_rate", st.v == 0, desc + " (rate on a zero base)")
            return
        if st.v > 100 or st.v < 0:
            self.rec("implausible_rate", False, desc + " (rate outside 0–100%)")
            return
        ops = [st, numer, denom]

        def okfn(o):
            return abs(o[1].v / o[2].v * 100 - o[0].v) <= o[0].tol + EPS

        self._try(code, desc, ops, okfn, (1, 2) if money else ())

    def pct_range(self, desc, stated):
        st = q(stated)
        self.rec("implausible_rate", D(0) <= st.v <= 100, desc)

    def completion(self, desc, stated, target, actual):
        """stated 完成率 from target and actual (rules §5, I8)."""
        T, A = pv(target), pv(actual)
        if T[0] in ("date", "text") or A[0] in ("date", "text") or T[2] != A[2]:
            return  # not computable; the unit check covers a unit clash
        s = stated.strip()
        if s in ("—", "-"):
            self.rec("completion_mismatch", T[1] == 0, desc + " (completion shown as —)")
            return
        if T[0] == "lte":
            c = D(100) if A[1] <= T[1] else T[1] / A[1] * 100
        else:
            if T[1] == 0:
                self.rec("completion_mismatch", False, desc + " (completion on a zero target)")
                return
            c = A[1] / T[1] * 100
        st = q(s)
        self.rec("completion_mismatch", abs(c - st.v) <= st.tol + EPS, desc)

    def over(self, desc, stated, target, actual):
        """stated 'exceeds the target by x%' = (A − T)/T."""
        st = q(stated)
        c = (num(actual) - num(target)) / num(target) * 100
        self.rec("completion_mismatch", abs(c - st.v) <= st.tol + EPS, desc)

    def year(self, desc, ok):
        self.rec("year_mismatch", ok, desc)

    def grade(self, desc, total, word):
        self.rec("grade_mismatch", GRADES.get(word) == band(num(total)), desc)

    # ---- indicator rows ---------------------------------------------------------------------------
    def rows(self, rows):
        """rows: dicts with name, target, actual, weight, score and optionally comp."""
        for r in rows:
            T, A = pv(r["target"]), pv(r["actual"])
            desc = r["name"]
            if T[0] not in ("date", "text"):
                unit_ok = A[0] not in ("date", "text") and A[2] == T[2]
                self.rec("unit_mismatch", unit_ok, desc + ": unit of actual = unit of target")
                if unit_ok and A[2] == "%" and ("率" in r["name"] or "满意度" in r["name"]):
                    self.rec("implausible_rate", D(0) <= A[1] <= 100, desc + ": percentage within 0–100")
            elif T[0] == "date":
                self.rec("unit_mismatch", A[0] == "date", desc + ": date target, date actual")
            if r.get("comp") is not None:
                self.completion(desc + ": 完成率", r["comp"], r["target"], r["actual"])
            w, s = num(r["weight"]), num(r["score"])
            self.rec("score_exceeds_weight", D(0) <= s <= w, desc + ": 0 <= score <= weight")

    def weights(self, desc, groups):
        """groups: list of (stated Decimal or None, [Decimal parts]); one check for the whole I6."""
        ok = all(st is None or sum(parts) == st for st, parts in groups)
        self.rec("weight_sum_mismatch", ok, desc)


# ============================================================================================
def check_linzi(c):
    t = c.t
    Y = int(c.one(r"^(\d{4})年度齐故城").group(1))
    c.year("table year", int(c.one(r"（(\d{4})年度）").group(1)) == Y)
    ini = q(c.one(r"项目年初预算([\d.]+)万元").group(1))
    add = q(c.one(r"省级文物保护专项资金([\d.]+)万元（").group(1))
    cut = q(c.one(r"调减勘探经费([\d.]+)万元").group(1))
    ann = q(c.one(r"调整后全年预算([\d.]+)万元").group(1))
    c.total("sum_mismatch", "年初 + 追加 − 调减 = 全年", ann, [ini, add, cut], [1, 1, -1])
    m = c.one(r"其中省级资金([\d.]+)万元、区级资金([\d.]+)万元")
    c.total("sum_mismatch", "省级 + 区级 = 全年", ann, [q(m.group(1)), q(m.group(2))])
    c.same("省级资金 = 追加省级专项", q(m.group(1)), add)
    adv = c.one(r"其中([\d.]+)万元于(\d{4})年12月提前下达")
    c.year("advance issued in the December before", int(adv.group(2)) in (Y - 1, Y))
    m = c.one(r"截至(\d{4})年12月31日，项目资金([\d.]+)万元全部到位，到位率(\d+%)")
    c.year("截至 year", int(m.group(1)) == Y)
    arr = q(m.group(2))
    c.same("到位 = 全年 (全部到位)", arr, ann)
    c.rate("到位率", m.group(3), arr, ann)
    m = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    ex = q(m.group(1))
    c.rate("执行率 (prose)", m.group(2), ex, ann)
    c.total("balance_mismatch", "未支出 = 到位 − 执行", q(c.one(r"未支出的([\d.]+)万元").group(1)), [arr, ex], [1, -1])
    c.year("结转 to a later year", int(c.one(r"结转至(\d{4})年使用").group(1)) > Y)
    # sub-item table
    sub = c.all(r"^\s{2,}(基本建设项目考古调查勘探|齐故城小城西墙遗址本体加固保护|考古资料整理及出土文物保护|合计)\s{2,}"
                r"([\d.]+)\s+([\d.]+)\s+([\d.]+%)\s*$", 4)
    rows = [(q(x.group(2)), q(x.group(3)), x.group(4), x.group(1)) for x in sub]
    c.total("sum_mismatch", "子项 全年预算 合计", rows[3][0], [r[0] for r in rows[:3]])
    c.total("sum_mismatch", "子项 实际支出 合计", rows[3][1], [r[1] for r in rows[:3]])
    for b, s, rt, n in rows:
        c.rate(f"子项 {n} 执行率", rt, s, b)
    c.same("子项合计 全年 = prose", rows[3][0], ann)
    c.same("子项合计 支出 = prose", rows[3][1], ex)
    m = c.one(r"考古调查勘探支出([\d.]+)万元（([\d,]+)(万?元)）")
    c.same("勘探支出 prose = table", q(m.group(1)), rows[0][1])
    c.same("勘探支出 元 restatement", q(m.group(2), m.group(3)), q(m.group(1), "万元"))
    m = c.one(r"遗址本体加固保护支出([\d.]+)万元，其中施工费([\d.]+)万元、设计费([\d.]+)万元、监理费([\d.]+)万元")
    c.same("加固支出 prose = table", q(m.group(1)), rows[1][1])
    c.total("sum_mismatch", "施工 + 设计 + 监理 = 加固支出", q(m.group(1)), [q(m.group(i)) for i in (2, 3, 4)])
    c.same("资料整理支出 prose = table", q(c.one(r"资料整理及文物保护支出([\d.]+)万元").group(1)), rows[2][1])
    # 自评表 funds block
    fb = c.all(r"^\s*(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$", 4)
    for col in (2, 3, 4):
        c.total("sum_mismatch", f"funds block column {col}", q(fb[0].group(col)), [q(x.group(col)) for x in fb[1:]])
    for x in fb:
        c.rate(f"funds block {x.group(1)} 执行率", x.group(6), q(x.group(4)), q(x.group(3)))
    c.same("funds block 年初 = prose", q(fb[0].group(2)), ini)
    c.same("funds block 全年 = prose", q(fb[0].group(3)), ann)
    c.same("funds block 执行 = prose", q(fb[0].group(4)), ex)
    fw, fs = num(fb[0].group(5)), num(fb[0].group(7))
    c.rec("score_exceeds_weight", 0 <= fs <= fw, "funds block score <= 10")
    # indicator table (space-aligned, merged cells dropped)
    lines = t.split("\n")
    h = [i for i, l in enumerate(lines) if l.strip().startswith("一级指标") and "三级指标" in l]
    e = [i for i, l in enumerate(lines) if l.strip().startswith("总分")]
    assert len(h) == 1 and len(e) == 1
    rows_ = []
    for l in lines[h[0] + 1:e[0]]:
        tok = re.split(r"\s{2,}", l.strip())
        if not re.fullmatch(r"[\d.]+", tok[-1]):
            tok = tok[:-1]
        rows_.append(dict(name=tok[-6], target=tok[-5], actual=tok[-4], comp=tok[-3], weight=tok[-2], score=tok[-1]))
    assert len(rows_) == 10, len(rows_)
    c.rows(rows_)
    R = {r["name"]: r for r in rows_}
    tot = re.split(r"\s{2,}", lines[e[0]].strip())
    c.weights("execution 10 + indicator weights = 总分 = 100",
              [(num(tot[1]), [fw] + [num(r["weight"]) for r in rows_]), (D(100), [num(tot[1])])])
    ssum = [exact(fs)] + [exact(num(r["score"])) for r in rows_]
    c.total("score_sum_mismatch", "Σ scores = table 总分", q(tot[2]), ssum)
    g = c.one(r"自评等级：(\S+)").group(1)
    c.grade("table grade", tot[2], g)
    m = c.one(r"项目综合得分([\d.]+)分，评价等级为“(\S+?)”")
    c.total("score_sum_mismatch", "Σ scores = prose total", q(m.group(1)), ssum)
    c.grade("prose grade", m.group(1), m.group(2))
    # outputs restated in prose
    m = c.one(r"完成基本建设项目考古调查勘探(\d+)个，完成年度目标的([\d.]+%)")
    rn = R["考古调查勘探项目数"]
    c.same("勘探项目数 prose = table", q(m.group(1)), q(pv(rn["actual"])[3]))
    c.completion("勘探项目数 prose completion", m.group(2), rn["target"], m.group(1) + "个")
    m = c.one(r"勘探面积([\d.]+)万平方米，平均每个项目勘探面积([\d.]+)万平方米")
    ra = R["勘探面积"]
    A = pv(ra["actual"])
    if A[0] not in ("date", "text"):
        c.same("勘探面积 prose = table", q(m.group(1)), q(A[3]))
    n38 = q(c.one(r"完成基本建设项目考古调查勘探(\d+)个").group(1))
    c.ratio("average_mismatch", "平均每个项目勘探面积", q(m.group(2)), q(m.group(1)), n38)
    ly = c.one(r"完成勘探项目(\d+)个、勘探面积([\d.]+)万平方米")
    inc = c.one(r"勘探项目增加(\d+)个，勘探面积增加([\d.]+)万平方米")
    c.total("sum_mismatch", "项目数 同比增加", q(inc.group(1)), [n38, q(ly.group(1))], [1, -1])
    c.total("sum_mismatch", "勘探面积 同比增加", q(inc.group(2)), [q(m.group(1)), q(ly.group(2))], [1, -1])
    m = c.one(r"完成夯土墙体加固(\d+)米，为计划长度(\d+)米的([\d.]+%)，剩余(\d+)米")
    rj = R["小城西墙遗址加固长度"]
    c.completion("加固长度 prose", m.group(3), m.group(2) + "米", m.group(1) + "米")
    c.same("加固长度 prose = table", q(m.group(1)), q(pv(rj["actual"])[3]))
    c.total("sum_mismatch", "剩余 = 计划 − 完成", q(m.group(4)), [q(m.group(2)), q(m.group(1))], [1, -1])
    m = c.one(r"(\d+)个项目中有(\d+)个在受理后20个工作日内完成勘探并出具意见，及时率([\d.]+%)")
    c.rate("及时率", m.group(3), q(m.group(2)), q(m.group(1)), money=False)
    rt = R["20个工作日内完成勘探比例"]
    for x in c.all(r"及时率([\d.]+%)，低于", 2):
        c.same("及时率 restated = table", q(x.group(1)), q(pv(rt["actual"])[3]))
    m = c.one(r"考古调查勘探平均成本([\d.]+)元/平方米")
    c.ratio("average_mismatch", "平均成本 = 勘探支出 / 面积", q(m.group(1)), rows[0][1], q(pv(ra["actual"])[3]) if A[0] not in ("date", "text") else q(m.group(1)), money=False)
    c.same("平均成本 prose = table", q(m.group(1)), q(pv(R["勘探平均成本"]["actual"])[3]))
    m = c.one(r"新发现遗迹(\d+)处，超出年度目标([\d.]+%)")
    ry = R["新发现登记遗迹数量"]
    c.over("遗迹 超出目标", m.group(2), pv(ry["target"])[3], m.group(1))
    c.same("遗迹 prose = table", q(m.group(1)), q(pv(ry["actual"])[3]))
    c.same("遗迹 prose (登记) = table", q(c.one(r"道路等各类遗迹(\d+)处").group(1)), q(pv(ry["actual"])[3]))
    m = c.one(r"综合满意度([\d.]+%)")
    c.pct_range("满意度 prose within 0–100", m.group(1))
    c.same("满意度 prose = table", q(m.group(1)), q(pv(R["建设单位满意度"]["actual"])[3]))
    m = c.one(r"实际完成情况：完成勘探(\d+)个、([\d.]+)万平方米，西墙加固(\d+)米")
    c.same("总体目标 勘探个数", q(m.group(1)), n38)
    c.same("总体目标 面积", q(m.group(2)), q(c.one(r"勘探面积([\d.]+)万平方米，平均").group(1)))
    c.same("总体目标 加固", q(m.group(3)), q(pv(rj["actual"])[3]))
    m = c.one(r"全年预算执行率([\d.]+%)，结转资金([\d.]+)万元")
    c.rate("执行率 (problems)", m.group(1), ex, ann)
    c.total("balance_mismatch", "结转 (problems) = 到位 − 执行", q(m.group(2)), [arr, ex], [1, -1])
    m = c.one(r"西墙加固完成(\d+)米，剩余(\d+)米")
    c.total("sum_mismatch", "剩余 (problems)", q(m.group(2)), [exact(num(pv(rj["target"])[3])), q(m.group(1))], [1, -1])


# ============================================================================================
def pipe_rows(c, header, end_prefix, ncols):
    lines = c.t.split("\n")
    h = [i for i, l in enumerate(lines) if l.startswith(header)]
    e = [i for i, l in enumerate(lines) if l.startswith(end_prefix) and i > (h[0] if h else 0)]
    assert len(h) == 1 and e, (c.name, header)
    out = []
    for l in lines[h[0] + 1:e[0]]:
        cells = l.split("｜")
        assert len(cells) == ncols, (c.name, l)
        out.append(cells)
    return out, lines[e[0]].split("｜")


def check_zhenjiang(c):
    Y = int(c.one(r"^镇江博物馆(\d{4})年度").group(1))
    m = c.one(r"项目年初预算([\d.]+)万元，其中中央文物保护资金([\d.]+)万元（苏财教〔\d{4}〕158号，于(\d{4})年12月提前下达）、"
              r"市级配套资金([\d.]+)万元、上年结转资金([\d.]+)万元")
    ini, cen1, mun, co = q(m.group(1)), q(m.group(2)), q(m.group(4)), q(m.group(5))
    c.year("advance issued in the December before", int(m.group(3)) in (Y - 1, Y))
    c.total("sum_mismatch", "年初 = 中央 + 市级 + 上年结转", ini, [cen1, mun, co])
    add = q(c.one(r"追加下达中央文物保护资金([\d.]+)万元").group(1))
    m = c.one(r"调整后全年预算([\d.]+)万元，其中中央资金([\d.]+)万元、市级资金([\d.]+)万元、上年结转资金([\d.]+)万元")
    ann = q(m.group(1))
    c.total("sum_mismatch", "全年 = 年初 + 追加", ann, [ini, add])
    c.total("sum_mismatch", "全年 = 中央 + 市级 + 结转", ann, [q(m.group(i)) for i in (2, 3, 4)])
    c.total("sum_mismatch", "中央 = 提前下达 + 追加", q(m.group(2)), [cen1, add])
    c.same("市级 restated", q(m.group(3)), mun)
    c.same("结转 restated", q(m.group(4)), co)
    m = c.one(r"全年预算资金([\d.]+)万元全部到位，到位率(\d+%)")
    arr = q(m.group(1))
    c.same("到位 = 全年", arr, ann)
    c.rate("到位率", m.group(2), arr, ann)
    m = c.one(r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+%)，结转([\d.]+)万元，结转至(\d{4})年")
    c.year("截至 year", int(m.group(1)) == Y)
    ex = q(m.group(2))
    c.rate("执行率 (prose)", m.group(3), ex, ann)
    c.total("balance_mismatch", "结转 = 到位 − 执行", q(m.group(4)), [arr, ex], [1, -1])
    c.year("结转 to a later year", int(m.group(5)) > Y)
    c.same("上年结转 used", q(c.one(r"上年结转资金([\d.]+)万元已于年内全部使用").group(1)), co)
    sub = c.all(r"^(青铜器保护修复|书画装裱修复|出土漆木器脱水保护|文物保存环境监测系统运维|合计)｜([\d.]+)｜([\d.]+)｜([\d.]+%)｜(.*)$", 5)
    S = {x.group(1): x for x in sub}
    c.total("sum_mismatch", "子项 全年预算 合计", q(S["合计"].group(2)), [q(x.group(2)) for x in sub[:4]])
    c.total("sum_mismatch", "子项 执行 合计", q(S["合计"].group(3)), [q(x.group(3)) for x in sub[:4]])
    for x in sub:
        c.rate(f"子项 {x.group(1)} 执行率", x.group(4), q(x.group(3)), q(x.group(2)))
    cnt = [q(x.group(5).rstrip("件")) for x in sub[:3]]
    c.total("sum_mismatch", "修复数量 合计", q(S["合计"].group(5).rstrip("件")), cnt, money=False)
    c.same("子项合计 全年 = prose", q(S["合计"].group(2)), ann)
    c.same("子项合计 执行 = prose", q(S["合计"].group(3)), ex)
    m = c.one(r"青铜器修复(\d+)件，平均每件修复费用([\d.]+)万元")
    c.same("青铜器件数", q(m.group(1)), cnt[0], money=False)
    c.ratio("average_mismatch", "青铜器平均每件修复费用", q(m.group(2)), q(S["青铜器保护修复"].group(3)), q(m.group(1)))
    c.same("书画件数", q(c.one(r"书画装裱修复(\d+)件（幅）").group(1)), cnt[1], money=False)
    c.same("漆木器支出 prose = table", q(c.one(r"出土漆木器脱水保护支出([\d.]+)万元").group(1)), q(S["出土漆木器脱水保护"].group(3)))
    # funds block
    fb = c.all(r"^(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金)｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([^｜]*)｜([^｜]*)｜([^｜]*)$", 4)
    for col in (2, 3, 4):
        c.total("sum_mismatch", f"funds block column {col}", q(fb[0].group(col)), [q(x.group(col)) for x in fb[1:]])
    for x in fb:
        c.rate(f"funds block {x.group(1)} 执行率", x.group(6), q(x.group(4)), q(x.group(3)))
    c.same("funds block 年初 = prose", q(fb[0].group(2)), ini)
    c.same("funds block 全年 = prose", q(fb[0].group(3)), ann)
    c.same("funds block 执行 = prose", q(fb[0].group(4)), ex)
    c.total("sum_mismatch", "当年财政拨款 全年 = 年初 + 追加", q(fb[1].group(3)), [q(fb[1].group(2)), add])
    c.same("funds block 上年结转 执行 = prose", q(fb[2].group(4)), co)
    fw, fs = num(fb[0].group(5)), num(fb[0].group(7))
    c.rec("score_exceeds_weight", 0 <= fs <= fw, "funds block score <= weight")
    # indicator table
    body, tot = pipe_rows(c, "一级指标｜二级指标｜三级指标｜年度指标值", "总分｜", 8)
    rows_ = [dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]) for x in body]
    c.rows(rows_)
    R = {r["name"]: r for r in rows_}
    c.weights("execution + indicator weights = 总分 = 100",
              [(num(tot[5]), [fw] + [num(r["weight"]) for r in rows_]), (D(100), [num(tot[5])])])
    ssum = [exact(fs)] + [exact(num(r["score"])) for r in rows_]
    c.total("score_sum_mismatch", "Σ scores = table 总分", q(tot[6]), ssum)
    m = c.one(r"本项目自评得分([\d.]+)分，评价等级为“(\S+?)”")
    c.total("score_sum_mismatch", "Σ scores = prose total", q(m.group(1)), ssum)
    c.grade("prose grade", m.group(1), m.group(2))
    # outputs restated
    m = c.one(r"完成青铜器、书画修复共(\d+)件，完成年度目标的([\d.]+%)")
    rr = R["青铜器、书画修复数量"]
    c.total("sum_mismatch", "青铜器 + 书画 = 共计", q(m.group(1)), cnt[:2], money=False)
    c.same("修复数量 prose = table", q(m.group(1)), q(pv(rr["actual"])[3]), money=False)
    c.completion("修复数量 prose completion", m.group(2), rr["target"], m.group(1) + "件")
    m = c.one(r"漆木器完成脱水定型(\d+)件，另(\d+)件大型棺板脱水仍在进行中，完成计划的([\d.]+%)")
    rq = R["漆木器脱水定型完成数"]
    c.total("sum_mismatch", "漆木器 完成 + 进行中 = 件数", cnt[2], [q(m.group(1)), q(m.group(2))], money=False)
    c.completion("漆木器 prose completion", m.group(3), rq["target"], m.group(1) + "件")
    c.same("漆木器 prose = table", q(m.group(1)), q(pv(rq["actual"])[3]), money=False)
    c.same("监测点位 prose = table", q(c.one(r"馆内(\d+)个环境监测点位").group(1)),
           q(pv(R["环境监测点位正常运行数"]["actual"])[3]), money=False)
    c.same("验收合格率", q(c.one(r"验收合格率(\d+%)").group(1)), q(pv(R["修复文物验收合格率"]["actual"])[3]), money=False)
    c.same("上传及时率", q(c.one(r"监测数据上传及时率([\d.]+%)").group(1)), q(pv(R["监测数据上传及时率"]["actual"])[3]), money=False)
    m = c.one(r"单件文物修复平均成本([\d.]+)万元")
    c.ratio("average_mismatch", "单件平均成本 = (青铜器 + 书画 支出)/件数", q(m.group(1)),
            Q(num(S["青铜器保护修复"].group(3)) + num(S["书画装裱修复"].group(3)), D(0)),
            exact(sum(x.v for x in cnt[:2])))
    c.same("单件平均成本 prose = table", q(m.group(1)), q(pv(R["单件文物修复平均成本"]["actual"])[3]))
    c.same("陈列件数", q(c.one(r"修复后的(\d+)件文物").group(1)), q(pv(R["修复文物用于陈列展览件数"]["actual"])[3]), money=False)
    m = c.one(r"公众开放日活动(\d+)场，比计划多(\d+)场")
    ro = R["修复成果展及公众开放日活动"]
    c.same("活动场次 prose = table", q(m.group(1)), q(pv(ro["actual"])[3]), money=False)
    c.total("sum_mismatch", "比计划多", q(m.group(2)), [q(m.group(1)), q(pv(ro["target"])[3])], [1, -1], money=False)
    m = c.one(r"观众满意度([\d.]+%)")
    c.pct_range("满意度 prose within 0–100", m.group(1))
    c.same("满意度 prose = table", q(m.group(1)), q(pv(R["观众满意度"]["actual"])[3]), money=False)
    m = c.one(r"子项执行率仅([\d.]+%)")
    c.rate("漆木器 执行率 (problems)", m.group(1), q(S["出土漆木器脱水保护"].group(3)), q(S["出土漆木器脱水保护"].group(2)))


# ============================================================================================
def kv_stanzas(t):
    out = []
    for block in re.split(r"\n\s*\n", t):
        if block.startswith("一级指标："):
            d = {}
            for l in block.split("\n"):
                k, _, v = l.partition("：")
                d[k] = v
            out.append(d)
    return out


def check_jianchuan(c):
    Y = int(c.one(r"\A剑川县文物管理所(\d{4})年度").group(1))
    m = c.one(r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.year("budget year", int(m.group(1)) == Y)
    ini, ini_b, ini_p = q(m.group(2)), q(m.group(3)), q(m.group(4))
    c.total("sum_mismatch", "年初 = 基本 + 项目", ini, [ini_b, ini_p])
    m = c.one(r"年内追加预算([\d.]+)万元，其中：因调整工资标准追加人员经费([\d.]+)万元，追加公用经费([\d.]+)万元；"
              r"省财政下达省级文物保护专项补助资金([\d.]+)万元（云财教〔(\d{4})〕97号），县财政安排配套资金([\d.]+)万元")
    add = q(m.group(1))
    a_ry, a_gy, a_sj, a_xj = (q(m.group(i)) for i in (2, 3, 4, 6))
    c.total("sum_mismatch", "追加 = 人员 + 公用 + 省级 + 县配套", add, [a_ry, a_gy, a_sj, a_xj])
    c.year("省级文号 year", int(m.group(5)) == Y)
    m = c.one(r"调整后全年预算([\d.]+)万元，其中省级补助([\d.]+)万元、县级财政([\d.]+)万元")
    ann = q(m.group(1))
    c.total("sum_mismatch", "全年 = 年初 + 追加", ann, [ini, add])
    c.total("sum_mismatch", "全年 = 省级 + 县级", ann, [q(m.group(2)), q(m.group(3))])
    c.same("省级补助 restated", q(m.group(2)), a_sj)
    m = c.one(r"全年预算中，基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    bas, pro = q(m.group(1)), q(m.group(4))
    c.total("sum_mismatch", "基本 = 人员 + 公用", bas, [q(m.group(2)), q(m.group(3))])
    c.total("sum_mismatch", "全年 = 基本 + 项目", ann, [bas, pro])
    c.total("sum_mismatch", "基本 = 年初基本 + 人员追加 + 公用追加", bas, [ini_b, a_ry, a_gy])
    c.total("sum_mismatch", "项目 = 年初项目 + 省级 + 县配套", pro, [ini_p, a_sj, a_xj])
    arr = q(c.one(r"全年预算资金([\d.]+)万元全部到位").group(1))
    c.same("到位 = 全年", arr, ann)
    m = c.one(r"截至(\d{4})年12月31日，全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.year("截至 year", int(m.group(1)) == Y)
    ex = q(m.group(2))
    c.rate("执行率 (prose)", m.group(3), ex, ann)
    m = c.one(r"基本支出执行([\d.]+)万元，执行率(\d+%)")
    ex_b = q(m.group(1))
    c.rate("基本支出执行率", m.group(2), ex_b, bas)
    m = c.one(r"项目支出执行([\d.]+)万元，项目支出执行率([\d.]+%)")
    ex_p = q(m.group(1))
    c.rate("项目支出执行率", m.group(2), ex_p, pro)
    c.total("sum_mismatch", "执行 = 基本执行 + 项目执行", ex, [ex_b, ex_p])
    m = c.one(r"年末结转结余([\d.]+)万元，结转结余率([\d.]+%)，全部结转至(\d{4})年")
    bal = q(m.group(1))
    c.total("balance_mismatch", "结转结余 = 到位 − 执行", bal, [arr, ex], [1, -1])
    c.rate("结转结余率", m.group(2), bal, ann)
    c.year("结转 to a later year", int(m.group(3)) > Y)
    pl = c.all(r"^\d\.([^：\n]+)：全年预算([\d.]+)万元，支出([\d.]+)万元(?:，执行率([\d.]+%))?[；。]$", 4)
    c.total("sum_mismatch", "项目 全年预算 = Σ 项目", pro, [q(x.group(2)) for x in pl])
    c.total("sum_mismatch", "项目 执行 = Σ 项目", ex_p, [q(x.group(3)) for x in pl])
    for x in pl:
        if x.group(4):
            c.rate(f"{x.group(1)} 执行率", x.group(4), q(x.group(3)), q(x.group(2)))
    P = {x.group(1): x for x in pl}
    parts = []
    for pat, key in ((r"兴教寺维修工程结转([\d.]+)万元", "兴教寺古建筑屋面维修工程"),
                     (r"安防运维结转([\d.]+)万元", "文物安全巡查及安防系统运维经费"),
                     (r"档案经费结转([\d.]+)万元", "文物“四有”档案及可移动文物登记经费")):
        v = q(c.one(pat).group(1))
        parts.append(v)
        c.total("balance_mismatch", f"{key} 结转 = 预算 − 支出", v, [q(P[key].group(2)), q(P[key].group(3))], [1, -1])
    c.total("sum_mismatch", "结转结余 = Σ 分项结转", bal, parts)
    m = c.one(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元，公务接待费([\d.]+)万元（([\d,]+)(万?元)）")
    sg_b, sg_s = q(m.group(1)), q(m.group(2))
    c.total("sum_mismatch", "三公 = 公务用车 + 公务接待", sg_s, [q(m.group(3)), q(m.group(4))])
    c.same("公务接待费 元 restatement", q(m.group(5), m.group(6)), q(m.group(4), "万元"))
    m = c.one(r"比2017年的([\d.]+)万元减少([\d.]+)万元")
    c.total("sum_mismatch", "三公 比上年减少", q(m.group(2)), [q(m.group(1)), sg_s], [1, -1])
    # key：value 自评表
    c.same("表 年初", q(c.one(r"^年初预算数：([\d.]+)万元").group(1)), ini)
    c.same("表 全年", q(c.one(r"^全年预算数：([\d.]+)万元").group(1)), ann)
    c.same("表 执行", q(c.one(r"^全年执行数：([\d.]+)万元").group(1)), ex)
    c.rate("表 预算执行率", c.one(r"^预算执行率：([\d.]+%)").group(1), ex, ann)
    fw = num(c.one(r"^预算执行率分值：(\d+)").group(1))
    fs = num(c.one(r"^预算执行率得分：([\d.]+)").group(1))
    c.rec("score_exceeds_weight", 0 <= fs <= fw, "预算执行率 score <= weight")
    st = kv_stanzas(c.t)
    assert len(st) == 11, len(st)
    rows_ = [dict(name=d["三级指标"], target=d["年度指标值"], actual=d["实际完成值"], comp=d["完成率"],
                  weight=d["分值"], score=d["得分"]) for d in st]
    c.rows(rows_)
    R = {r["name"]: r for r in rows_}
    m = c.one(r"^总分：(\d+)\n自评得分：([\d.]+)\n评价等级：(\S+)$")
    groups = [(num(m.group(1)), [fw] + [num(r["weight"]) for r in rows_]), (D(100), [num(m.group(1))])]
    c.weights("execution + indicator weights = 总分 = 100", groups)
    ssum = [exact(fs)] + [exact(num(r["score"])) for r in rows_]
    c.total("score_sum_mismatch", "Σ scores = 自评得分", q(m.group(2)), ssum)
    c.grade("table grade", m.group(2), m.group(3))
    c.grade("prose grade", m.group(2), c.one(r"部门整体支出绩效自评等级为“(\S+?)”").group(1))
    c.rate("三公经费控制率 (table actual)", pv(R["“三公”经费控制率"]["actual"])[3] + "%", sg_s, sg_b)
    # outputs restated
    c.same("巡查次数", q(c.one(r"全年组织文物安全巡查(\d+)次").group(1)), q(pv(R["文物安全巡查次数"]["actual"])[3]), money=False)
    c.same("监测天数", q(c.one(r"石窟本体监测(\d+)天").group(1)), q(pv(R["石窟本体监测天数"]["actual"])[3]), money=False)
    c.same("形象进度", q(c.one(r"工程形象进度(\d+)%").group(1)), q(pv(R["古建筑维修工程形象进度"]["actual"])[3]), money=False)
    m = c.one(r"完成可移动文物登记入库(\d+)件，完成年度目标的([\d.]+%)")
    rd = R["可移动文物登记入库数量"]
    c.same("登记入库", q(m.group(1)), q(pv(rd["actual"])[3]), money=False)
    c.completion("登记入库 prose completion", m.group(2), rd["target"], m.group(1) + "件")
    m = c.one(r"全年接待游客([\d.]+)万人次，其中第一季度([\d.]+)万人次、第二季度([\d.]+)万人次、第三季度([\d.]+)万人次、"
              r"第四季度([\d.]+)万人次，季度平均([\d.]+)万人次")
    qs = [q(m.group(i)) for i in (2, 3, 4, 5)]
    c.total("sum_mismatch", "游客 = Σ 季度", q(m.group(1)), qs, money=False)
    c.ratio("average_mismatch", "季度平均", q(m.group(6)), exact(sum(x.v for x in qs)), exact(4), money=False)
    c.same("游客 prose = table", q(m.group(1)), q(pv(R["石钟山石窟接待游客人次"]["actual"])[3]), money=False)
    c.same("宣传场次", q(c.one(r"开展文物保护宣传活动(\d+)场").group(1)), q(pv(R["文物保护宣传活动场次"]["actual"])[3]), money=False)
    m = c.one(r"有效问卷\d+份，满意度([\d.]+%)")
    c.pct_range("满意度 prose", m.group(1))
    c.same("满意度 prose = table", q(m.group(1)), q(pv(R["游客满意度"]["actual"])[3]), money=False)
    m = c.one(r"登记入库可移动文物(\d+)件；开展宣传活动(\d+)场，游客满意度([\d.]+%)")
    c.same("总体目标 登记", q(m.group(1)), q(pv(rd["actual"])[3]), money=False)
    c.same("总体目标 宣传", q(m.group(2)), q(pv(R["文物保护宣传活动场次"]["actual"])[3]), money=False)
    c.same("总体目标 满意度", q(m.group(3)), q(pv(R["游客满意度"]["actual"])[3]), money=False)
    c.rate("项目支出执行率 (problems)", c.one(r"部分工程款结转，项目支出执行率([\d.]+%)").group(1), ex_p, pro)


# ============================================================================================
def check_jingzhou(c):
    Y = int(c.one(r"^(\d{4})年度纪南城").group(1))
    ini = q(c.one(r"项目年初预算([\d.]+)万元，全部为市级财政资金").group(1))
    cut = q(c.one(r"调减本项目预算([\d.]+)万元").group(1))
    m = c.one(r"下达大遗址保护专项资金([\d.]+)万元（鄂财教发〔(\d{4})〕58号）")
    add = q(m.group(1))
    c.year("省级文号 year", int(m.group(2)) == Y)
    m = c.one(r"调整后全年预算([\d.]+)万元，其中省级资金([\d.]+)万元、市级资金([\d.]+)万元")
    ann, prov, city = q(m.group(1)), q(m.group(2)), q(m.group(3))
    c.total("sum_mismatch", "全年 = 年初 − 调减 + 追加", ann, [ini, cut, add], [1, -1, 1])
    c.total("sum_mismatch", "全年 = 省级 + 市级", ann, [prov, city])
    c.total("sum_mismatch", "市级 = 年初 − 调减", city, [ini, cut], [1, -1])
    c.same("省级 = 追加", prov, add)
    m = c.one(r"截至(\d{4})年12月31日，市级资金([\d.]+)万元全部到位，省级资金到位([\d.]+)万元，另([\d.]+)万元于(\d{4})年1月到位，"
              r"全年到位资金([\d.]+)万元，到位率([\d.]+%)")
    c.year("截至 year", int(m.group(1)) == Y)
    c.same("市级到位 = 市级预算", q(m.group(2)), city)
    c.total("sum_mismatch", "省级 = 到位 + 未到位", prov, [q(m.group(3)), q(m.group(4))])
    arr = q(m.group(6))
    c.total("sum_mismatch", "到位 = 市级 + 省级到位", arr, [q(m.group(2)), q(m.group(3))])
    c.rate("到位率", m.group(7), arr, ann)
    m = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)。年末结余([\d.]+)万元，结转至(\d{4})年继续使用")
    ex = q(m.group(1))
    c.rate("执行率 (prose)", m.group(2), ex, ann)
    c.total("balance_mismatch", "结余 = 到位 − 执行", q(m.group(3)), [arr, ex], [1, -1])
    c.year("结转 to a later year", int(m.group(4)) > Y)
    sub = c.all(r"^\d\.([^：\n]+)：预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+%)[；。]$", 4)
    c.total("sum_mismatch", "Σ 分项预算 = 全年", ann, [q(x.group(2)) for x in sub])
    c.total("sum_mismatch", "Σ 分项支出 = 执行", ex, [q(x.group(3)) for x in sub])
    for x in sub:
        c.rate(f"{x.group(1)} 执行率", x.group(4), q(x.group(3)), q(x.group(2)))
    m = c.one(r"项目资金（万元）：年初预算数([\d.]+)，全年预算数([\d.]+)，全年执行数([\d.]+)，分值(\d+)分，执行率([\d.]+%)，得分([\d.]+)分")
    c.same("表 年初", q(m.group(1)), ini)
    c.same("表 全年", q(m.group(2)), ann)
    c.same("表 执行", q(m.group(3)), ex)
    c.rate("表 执行率", m.group(5), ex, ann)
    fw, fs = num(m.group(4)), num(m.group(6))
    c.rec("score_exceeds_weight", 0 <= fs <= fw, "预算执行 score <= weight")
    b1 = c.one(r"^年度目标1：[^\n]*（分值(\d+)分，得分([\d.]+)分）$")
    b2 = c.one(r"^年度目标2：[^\n]*（分值(\d+)分，得分([\d.]+)分）$")
    b3 = c.one(r"^满意度指标（分值(\d+)分，得分([\d.]+)分）$")
    ind = c.all(r"^指标(\d+)：([^。\n]+)。年度指标值([^，]+)，实际完成值([^，]+)，完成率([^，]+)，分值([\d.]+)分，得分([\d.]+)分。", 10)
    rows_ = [dict(no=int(x.group(1)), name=x.group(2), target=x.group(3), actual=x.group(4), comp=x.group(5),
                  weight=x.group(6), score=x.group(7)) for x in ind]
    c.rows(rows_)
    blocks = [(b1, [r for r in rows_ if r["no"] <= 5]), (b2, [r for r in rows_ if 6 <= r["no"] <= 9]),
              (b3, [r for r in rows_ if r["no"] == 10])]
    tm = c.one(r"总分：(\d+)分，自评得分：([\d.]+)分，评价等级：(\S)。")
    groups = [(num(b.group(1)), [num(r["weight"]) for r in rs]) for b, rs in blocks]
    groups.append((num(tm.group(1)), [fw] + [num(b.group(1)) for b, _ in blocks]))
    groups.append((D(100), [num(tm.group(1))]))
    c.weights("block weights and total = 100", groups)
    for b, rs in blocks:
        c.total("score_sum_mismatch", "block score = Σ indicator scores", q(b.group(2)),
                [exact(num(r["score"])) for r in rs], money=False)
    ssum = [exact(fs)] + [exact(num(r["score"])) for r in rows_]
    c.total("score_sum_mismatch", "Σ scores = table total", q(tm.group(2)), ssum, money=False)
    c.grade("table grade", tm.group(2), tm.group(3))
    m = c.one(r"项目综合得分([\d.]+)分，评价等级为“(\S+?)”")
    c.total("score_sum_mismatch", "Σ scores = prose total", q(m.group(1)), ssum, money=False)
    c.grade("prose grade", m.group(1), m.group(2))
    R = {r["no"]: r for r in rows_}
    m = c.one(r"全年完成勘探面积([\d.]+)万平方米，分为A、B、C三个区块，分别完成([\d.]+)万平方米、([\d.]+)万平方米和([\d.]+)万平方米，"
              r"平均每个区块([\d.]+)万平方米")
    area = q(m.group(1))
    c.same("勘探面积 prose = table", area, q(pv(R[1]["actual"])[3]), money=False)
    parts = [q(m.group(i)) for i in (2, 3, 4)]
    c.total("sum_mismatch", "面积 = Σ 区块", area, parts, money=False)
    c.ratio("average_mismatch", "平均每个区块", q(m.group(5)), exact(sum(x.v for x in parts)), exact(3), money=False)
    m = c.one(r"勘探支出([\d.]+)万元，平均每平方米勘探费用([\d.]+)元")
    c.same("勘探支出 prose = 分项", q(m.group(1)), q(sub[0].group(3)))
    c.ratio("average_mismatch", "平均每平方米勘探费用", q(m.group(2)), q(m.group(1)), area)
    c.same("勘探费用 prose = table", q(m.group(2)), q(pv(R[4]["actual"])[3]), money=False)
    c.same("试掘面积", q(c.one(r"布设探方试掘(\d+)平方米").group(1)), q(pv(R[6]["actual"])[3]), money=False)
    c.same("新发现遗迹", q(c.one(r"勘探新发现遗迹(\d+)处").group(1)), q(pv(R[7]["actual"])[3]), money=False)
    m = c.one(r"收回\d+份，满意度(\d+%)")
    c.pct_range("满意度 prose", m.group(1))
    c.same("满意度 prose = table", q(m.group(1)), q(pv(R[10]["actual"])[3]), money=False)
    m = c.one(r"完成(\d+)平方米，差(\d+)平方米")
    c.same("试掘 (problems)", q(m.group(1)), q(pv(R[6]["actual"])[3]), money=False)
    c.total("sum_mismatch", "差 = 目标 − 完成", q(m.group(2)), [q(pv(R[6]["target"])[3]), q(m.group(1))], [1, -1], money=False)
    c.rate("执行率 (problems)", c.one(r"全年执行率([\d.]+%)，低于90%").group(1), ex, ann)


# ============================================================================================
def check_langzhong(c):
    Y = int(c.one(r"^(\d{4})年度项目支出绩效自评报告").group(1))
    c.year("table year", int(c.one(r"^（(\d{4})年度）$").group(1)) == Y)
    m = c.one(r"项目预算([\d,.]+)元，其中中央文物保护资金([\d,.]+)元（川财教〔\d{4}〕186号，于(\d{4})年12月提前下达），市级配套资金([\d,.]+)元")
    bud = q(m.group(1), "元")
    c.total("sum_mismatch", "预算 = 中央 + 市级", bud, [q(m.group(2), "元"), q(m.group(4), "元")])
    c.year("advance issued in the December before", int(m.group(3)) in (Y - 1, Y))
    m = c.one(r"项目资金([\d,.]+)元全部到位，到位率(\d+%)")
    arr = q(m.group(1), "元")
    c.same("到位 = 预算", arr, bud)
    c.rate("到位率", m.group(2), arr, bud)
    m = c.one(r"截至(\d{4})年12月31日，实际支出([\d,.]+)(万?元)，预算执行率([\d.]+%)，结余([\d,.]+)(万?元)，"
              r"为工程质保金和结算审计后应付的尾款，已结转至(\d{4})年")
    c.year("截至 year", int(m.group(1)) == Y)
    ex = q(m.group(2), m.group(3))
    c.rate("执行率 (prose)", m.group(4), ex, bud)
    c.total("balance_mismatch", "结余 = 到位 − 执行", q(m.group(5), m.group(6)), [arr, ex], [1, -1])
    c.year("结转 to a later year", int(m.group(7)) > Y)
    m = c.one(r"结转资金([\d,.]+)(万?元)在(\d{4})年6月底前")
    c.total("balance_mismatch", "结转资金 (suggestions) = 到位 − 执行", q(m.group(1), m.group(2)), [arr, ex], [1, -1])
    sub = c.all(r"^\d\.([^：\n]+)：预算([\d,.]+)元，实际支出([\d,.]+)元，执行率([\d.]+%)[；。]$", 4)
    c.total("sum_mismatch", "Σ 分项预算 = 预算", bud, [q(x.group(2), "元") for x in sub])
    c.total("sum_mismatch", "Σ 分项支出 = 支出", ex, [q(x.group(3), "元") for x in sub])
    for x in sub:
        c.rate(f"{x.group(1)} 执行率", x.group(4), q(x.group(3), "元"), q(x.group(2), "元"))
    sg = q(sub[0].group(3), "元")
    # Sichuan 自评表
    fb = c.all(r"^(年度资金总额|其中：财政资金|财政专户管理资金|单位资金|其他资金)｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([^｜]*)｜([^｜]*)｜([^｜]*)$", 5)
    for col in (2, 3, 4):
        c.total("sum_mismatch", f"funds block column {col}", q(fb[0].group(col)), [q(x.group(col)) for x in fb[1:]])
    for x in fb:
        c.rate(f"funds block {x.group(1)} 执行率", x.group(6), q(x.group(4)), q(x.group(3)))
    c.same("表 全年 = prose 预算", q(fb[0].group(3)), bud)
    c.same("表 执行 = prose 支出", q(fb[0].group(4)), ex)
    c.same("预算年内未作调整: 年初 = 全年", q(fb[0].group(2)), q(fb[0].group(3)))
    fw, fs = num(fb[0].group(5)), num(fb[0].group(7))
    c.rec("score_exceeds_weight", 0 <= fs <= fw, "funds score <= weight")
    body, tot = pipe_rows(c, "一级指标｜二级指标｜三级指标｜指标性质", "总分｜", 10)
    rows_ = []
    for x in body:
        kind, val, unit, act = x[3], x[4], x[5], x[6]
        if kind == "定性":
            target, actual = val, act
        else:
            u = "" if unit == "—" else unit
            target = ("" if kind == "=" else kind) + val + u
            actual = act + u
        rows_.append(dict(name=x[2], target=target, actual=actual, weight=x[7], score=x[8]))
    c.rows(rows_)
    R = {r["name"]: r for r in rows_}
    c.weights("execution + indicator weights = 总分 = 100",
              [(num(tot[7]), [fw] + [num(r["weight"]) for r in rows_]), (D(100), [num(tot[7])])])
    ssum = [exact(fs)] + [exact(num(r["score"])) for r in rows_]
    c.total("score_sum_mismatch", "Σ scores = table 总分", q(tot[8]), ssum, money=False)
    m = c.one(r"项目自评得分([\d.]+)分，综合评定等级为(\S+?)。")
    c.total("score_sum_mismatch", "Σ scores = prose total", q(m.group(1)), ssum, money=False)
    c.grade("prose grade", m.group(1), m.group(2))
    c.rate("执行率 (conclusion)", c.one(r"项目预算执行率([\d.]+%)，产出指标").group(1), ex, bud)
    area_t = q(pv(R["屋面揭顶修缮面积"]["actual"])[3])
    m = c.one(r"工程施工费折合([\d.]+)万元，(\d+)座单体平均修缮费用([\d.]+)万元；按屋面修缮面积计算，修缮单价为([\d,.]+)元/平方米，"
              r"低于([\d,.]+)元/平方米的控制标准")
    c.same("施工费 万元 = 元", q(m.group(1), "万元"), sg)
    c.same("单体数 = table", q(m.group(2)), q(pv(R["修缮古建筑单体"]["actual"])[3]), money=False)
    c.ratio("average_mismatch", "平均修缮费用", q(m.group(3)), q(m.group(1)), q(m.group(2)))
    c.ratio("average_mismatch", "修缮单价 = 施工费(元) / 面积", q(m.group(4)), q(sub[0].group(3)), area_t, money=False)
    c.same("修缮单价 prose = table", q(m.group(4)), q(pv(R["屋面修缮单价"]["actual"])[3]), money=False)
    c.same("控制标准 = table target", q(m.group(5)), q(pv(R["屋面修缮单价"]["target"])[3]), money=False)
    m = c.one(r"揭顶修缮屋面([\d,]+)平方米，超过年度目标(\d+)平方米")
    c.same("面积 prose = table", q(m.group(1)), area_t, money=False)
    c.total("sum_mismatch", "超过目标", q(m.group(2)), [q(m.group(1)), q(pv(R["屋面揭顶修缮面积"]["target"])[3])], [1, -1], money=False)
    c.same("原构件保留率", q(c.one(r"原构件保留率(\d+)%").group(1)), q(pv(R["文物原构件保留率"]["actual"])[3]), money=False)
    c.same("验收合格率", q(c.one(r"竣工验收合格，验收合格率(\d+)%").group(1)), q(pv(R["工程质量验收合格率"]["actual"])[3]), money=False)
    c.same("接待人次", q(c.one(r"全年接待参观([\d.]+)万人次").group(1)), q(pv(R["年接待参观人次"]["actual"])[3]), money=False)
    c.same("培训期数", q(c.one(r"传承培训(\d+)期").group(1)), q(pv(R["修缮技艺传承培训"]["actual"])[3]), money=False)
    c.same("隐患消除率", q(c.one(r"本体安全隐患消除率(\d+)%").group(1)), q(pv(R["文物建筑本体安全隐患消除率"]["actual"])[3]), money=False)
    c.same("修缮单价 (成本)", q(c.one(r"修缮单价([\d,.]+)元/平方米，控制在目标以内").group(1)), q(pv(R["屋面修缮单价"]["actual"])[3]), money=False)


CHECKS = {
    "sd-linzi-kaogukantan-2019": check_linzi,
    "js-zhenjiang-wenwuxiufu-2022": check_zhenjiang,
    "yn-jianchuan-wenguansuo-bumen-2018": check_jianchuan,
    "hb-jingzhou-jinancheng-2020": check_jingzhou,
    "sc-langzhong-yonganxiushan-2024": check_langzhong,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    problems = []
    counts = {}
    assert len(labels) == 35, len(labels)
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        c = Ctx(lab["case"], text)
        CHECKS[lab["source"]](c)
        fails = [(code, d) for code, ok, d in c.results if not ok]
        if lab["clean"]:
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append(f"{lab['case']}: length {n}")
            if fails:
                problems.append(f"{lab['case']}: clean draft breaks {fails}")
        else:
            exp = lab["expected"]
            assert len(exp) == 1
            code = exp[0]["code"]
            counts[code] = counts.get(code, 0) + 1
            if text.count(exp[0]["value"]) != 1:
                problems.append(f"{lab['case']}: value occurs {text.count(exp[0]['value'])} times")
            if len(fails) != 1 or fails[0][0] != code:
                problems.append(f"{lab['case']}: expected exactly one {code}, got {fails}")
    need = ["rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch", "score_sum_mismatch",
            "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch", "conflicting_values", "average_mismatch",
            "implausible_rate", "unit_mismatch", "year_mismatch"]
    for code in need:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    if sum(counts.values()) != 30:
        problems.append(f"{sum(counts.values())} errors, expected 30")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
