#!/usr/bin/env python3
"""Verify drafts291.

1. every label value occurs in its case (and, for error cases, not in the clean draft);
2. every error case differs from its clean draft in one contiguous place;
3. the arithmetic of every clean draft is redone from the text itself (funds, rates, sums, balances,
   weights, scores, completion, grade, averages, repeated figures, years, units) and must hold;
4. the same checks must FAIL on every error case (so each injected slip is arithmetically visible);
5. set-level rules: 5 clean drafts of 3,000-5,000 characters, 6 errors each, every code at least twice.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"


class Extract(Exception):
    pass


def Dm(s):
    return Decimal(str(s))


def places(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated (string) is consistent with computed (Decimal) within half a unit of its last digit."""
    v = Dm(stated)
    tol = Decimal(5) * Decimal(10) ** (-places(stated) - 1) + Decimal("1e-9")
    return abs(Dm(computed) - v) <= tol


def r2(x):
    return Dm(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Dm(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, msg):
        self.fails.append(msg)

    def one(self, pat, what=None):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Extract(f"{what or pat}: {len(ms)} matches")
        return ms[0]

    def eq(self, a, b, what):
        if Dm(a) != Dm(b):
            self.fail(f"{what}: {a} vs {b}")

    def near(self, stated, computed, what):
        if not ok(stated, computed):
            self.fail(f"{what}: stated {stated}, computed {r2(computed)}")

    def sum_is(self, total, parts, what):
        s = sum(Dm(p) for p in parts)
        if s != Dm(total):
            self.fail(f"{what}: {' + '.join(map(str, parts))} = {s} vs {total}")

    def grade(self, word, total, what="grade"):
        if GRADE_WORDS.get(word) != grade_of(total):
            self.fail(f"{what}: {word} for {total} (band {grade_of(total)})")

    # ---- generic checks -------------------------------------------------
    def generic(self, year):
        t = self.t
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if int(m.group(1)) != year:
                self.fail(f"截至 {m.group(1)} in the {year} report")
        for m in re.finditer(r"结转至(\d{4})年", t):
            if int(m.group(1)) <= year:
                self.fail(f"结转至 {m.group(1)} in the {year} report")
        for m in re.finditer(r"（(\d{4})年度）", t):
            if int(m.group(1)) != year:
                self.fail(f"table year {m.group(1)} in the {year} report")
        for m in re.finditer(r"(满意度|满意率|执行率|到位率|支出率|合规率|及时率|合格率)[^0-9%\n]{0,6}?" + NUM + "%", t):
            if Dm(m.group(2)) > 100:
                self.fail(f"implausible rate {m.group(0)}")

    def funds(self, total, comps, exec_w=10):
        """total = [initial, annual, spent, weight, rate, score]; comps = list of [initial, annual, spent, rate]"""
        ini, ann, spent, w, rate, score = total
        for i, col in enumerate(("年初预算", "全年预算", "全年执行")):
            self.sum_is([ini, ann, spent][i], [c[i] for c in comps], f"funds {col} components")
        self.near(rate.rstrip("%"), Dm(spent) / Dm(ann) * 100, "execution rate")
        self.near(score, Dm(w) * min(Decimal(1), Dm(spent) / Dm(ann)), "execution score")
        self.eq(w, exec_w, "execution weight")
        for c in comps:
            r = c[3]
            if Dm(c[1]) == 0:
                if r not in ("—", "-", "0", ""):
                    self.fail(f"rate {r} on a zero budget")
            elif r not in ("—", "-", ""):
                self.near(r.rstrip("%"), Dm(c[2]) / Dm(c[1]) * 100, "component execution rate")

    def indicators(self, rows, exec_score, total_weight=None, total_score=None):
        """rows: dicts l1,name,target,actual,w,s,comp. Returns {l1: (Σw, Σs)}."""
        levels = {}
        for r in rows:
            lw, ls = levels.get(r["l1"], (Decimal(0), Decimal(0)))
            levels[r["l1"]] = (lw + Dm(r["w"]), ls + Dm(r["s"]))
            self.row(r)
        sw = sum(v[0] for v in levels.values()) + 10
        ss = sum(v[1] for v in levels.values()) + Dm(exec_score)
        if sw != 100:
            self.fail(f"weights add up to {sw}")
        if total_weight is not None:
            self.eq(total_weight, sw, "stated weight total")
        if total_score is not None and Dm(total_score) != ss:
            self.fail(f"scores add up to {ss}, stated {total_score}")
        return levels, ss

    def row(self, r):
        name, w, s = r["name"], Dm(r["w"]), Dm(r["s"])
        if s > w or s < 0:
            self.fail(f"{name}: score {s} outside 0..{w}")
        tq, aq = parse_q(r["target"]), parse_q(r["actual"])
        comp = r.get("comp")
        if tq[0] == "num":
            if aq[0] != "num" or aq[3] != tq[3]:
                self.fail(f"{name}: unit of actual {r['actual']!r} differs from target {r['target']!r}")
                return
            T, A = tq[2], aq[2]
            if aq[3] == "%" and A > 100:
                self.fail(f"{name}: rate {A}% above 100")
            if tq[1] in ("≤", "＜"):
                c = Decimal(100) if A <= T else T / A * 100
            else:
                c = A / T * 100
            exp = w * min(Decimal(1), c / 100)
            self.near(r["s"], exp, f"{name} score rule")
            if comp not in (None, "", "—"):
                self.near(comp.rstrip("%"), c, f"{name} completion")
        elif tq[0] == "date":
            if aq[0] != "date":
                self.fail(f"{name}: actual {r['actual']!r} is not a date like the target")
                return
            if aq[1] > tq[1]:
                self.fail(f"{name}: late")
            self.eq(s, w, f"{name} score (date met)")
        else:  # qualitative
            lo, hi = (Decimal("0.6"), Decimal("0.8")) if "部分" in r["actual"] else (Decimal("0.8"), Decimal("1.0001"))
            if not (w * lo <= s < w * hi):
                self.fail(f"{name}: qualitative score {s} outside band")


def parse_q(s):
    s = s.strip()
    m = re.fullmatch(r"(≥|≤|=|＞|＜)?(?:约|最高)?" + NUM + r"([^\d]*)", s)
    if m:
        return ("num", m.group(1) or "", Dm(m.group(2)), m.group(3))
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)?前?", s)
    if m:
        day = int(m.group(3)) if m.group(3) else 31
        return ("date", (int(m.group(1)), int(m.group(2)), day))
    return ("text", s)


def G(m, i=1):
    return m.group(i)


# ---------------------------------------------------------------------------
# per-project checks (each reads the figures from the text, then redoes the arithmetic)

def check_A(c):  # 樟树 科技特派员 2019, tab table
    t = c.t
    year = int(G(c.one(r"^樟树市科学技术局(\d{4})年度", "title year")))
    c.generic(year)
    lines = t.split("\n")
    row = {l.split("\t")[0]: l.split("\t") for l in lines if "\t" in l}
    tot = row["年度资金总额"][1:7]
    comps = [row[k][1:4] + [row[k][5]] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds(tot, comps)
    i = next(k for k, l in enumerate(lines) if l.startswith("一级指标\t"))
    rows, l1 = [], None
    for l in lines[i + 1:]:
        f = l.split("\t")
        if f[0] == "总分":
            total_w, total_s = f[5], f[6]
            break
        if len(f) != 8:
            raise Extract(f"row with {len(f)} fields: {l!r}")
        l1 = f[0] or l1
        rows.append(dict(l1=l1, name=f[2], target=f[3], actual=f[4], w=f[5], s=f[6]))
    levels, ss = c.indicators(rows, tot[5], total_w, total_s)
    R = {r["name"]: r for r in rows}
    # prose funds
    m = c.one(r"年初市财政安排科技特派员工作经费" + NUM + r"万元；7月.*?专项资金" + NUM + r"万元，全年预算" + NUM + "万元")
    c.eq(G(m, 1), tot[0], "年初预算 prose/table")
    c.sum_is(G(m, 3), [G(m, 1), G(m, 2)], "全年预算 = 年初 + 省级")
    c.eq(G(m, 3), tot[1], "全年预算 prose/table")
    m = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，年末结余" + NUM + "万元")
    c.eq(G(m, 1), tot[2], "执行 prose/table")
    c.near(G(m, 2), Dm(tot[2]) / Dm(tot[1]) * 100, "执行率 prose")
    c.eq(G(m, 3), Dm(tot[1]) - Dm(tot[2]), "结余 = 到位(全部) − 支出")
    bal = G(m, 3)
    m = c.one(r"相应补助" + NUM + r"万元未支出，其余" + NUM + "万元")
    c.sum_is(bal, [G(m, 1), G(m, 2)], "结余 split")
    m = c.one(r"省级专项资金" + NUM + r"万元，已支出" + NUM + r"万元，支出率" + NUM + "%")
    c.near(G(m, 3), Dm(G(m, 2)) / Dm(G(m, 1)) * 100, "省级支出率")
    m = c.one(r"特派员工作补助" + NUM + r"万元（" + NUM + r"人，每人每年" + NUM + r"元），技术培训费" + NUM +
              r"万元，示范基地建设补助" + NUM + r"万元（" + NUM + r"个基地，每个基地" + NUM + r"万元），差旅及交通费" +
              NUM + r"万元，资料印刷费" + NUM + "万元")
    c.eq(G(m, 1), Dm(G(m, 2)) * Dm(G(m, 3)) / 10000, "补助 = 人数 × 6000元")
    c.eq(G(m, 5), Dm(G(m, 6)) * Dm(G(m, 7)), "基地补助 = 个数 × 2.4")
    c.sum_is(tot[2], [G(m, k) for k in (1, 4, 5, 8, 9)], "支出内容 sum")
    c.eq(G(m, 2), parse_q(R["选派科技特派员人数"]["actual"])[2], "特派员人数")
    c.eq(G(m, 6), parse_q(R["建立科技示范基地"]["actual"])[2], "基地数")
    m = c.one(r"全年选派科技特派员" + NUM + r"名（2018年为" + NUM + r"名，比上年增加" + NUM + "名）")
    c.eq(G(m, 3), Dm(G(m, 1)) - Dm(G(m, 2)), "比上年增加")
    c.eq(G(m, 1), parse_q(R["选派科技特派员人数"]["actual"])[2], "特派员 prose/table")
    m = c.one(r"全年开展技术培训" + NUM + r"期，培训农民" + NUM + r"人次；建立科技示范基地" + NUM + "个")
    c.eq(G(m, 1), parse_q(R["开展技术培训期数"]["actual"])[2], "培训期数")
    c.eq(G(m, 2), parse_q(R["培训农民人次"]["actual"])[2], "培训人次")
    c.eq(G(m, 3), parse_q(R["建立科技示范基地"]["actual"])[2], "基地")
    c.eq(G(c.one(r"新技术" + NUM + "项，超过"), 1), parse_q(R["推广新品种新技术"]["actual"])[2], "新技术项")
    c.eq(G(c.one(r"全年带动服务对象增收约" + NUM + "万元。"), 1), parse_q(R["带动服务对象增收"]["actual"])[2], "增收")
    c.eq(G(c.one(r"合作社" + NUM + "家，解决"), 1), parse_q(R["服务农业企业、合作社"]["actual"])[2], "服务家数")
    m = c.one(r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + r"%，平均满意度" + NUM + "%")
    c.near(G(m, 4), (Dm(G(m, 1)) + Dm(G(m, 2)) + Dm(G(m, 3))) / 3, "平均满意度")
    c.eq(G(m, 4), parse_q(R["服务对象满意度"]["actual"])[2], "满意度 prose/table")
    m = c.one(r"预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM +
              r"分，自评得分" + NUM + r"分，评价等级为(\S\S)")
    c.eq(G(m, 1), tot[5], "执行得分 prose/table")
    for k, l in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        c.eq(G(m, k), levels[l][1], f"{l} score prose/table")
    c.eq(G(m, 5), total_s, "total prose/table")
    c.sum_is(G(m, 5), [G(m, k) for k in (1, 2, 3, 4)], "prose score parts")
    c.grade(G(m, 6), G(m, 5))
    m = c.one(r"选派科技特派员不少于" + NUM + r"名，开展技术培训不少于" + NUM + r"期，建立科技示范基地" + NUM +
              r"个，带动服务对象增收" + NUM + r"万元以上。\t选派科技特派员" + NUM + r"名，开展技术培训" + NUM +
              r"期，建成科技示范基地" + NUM + r"个，带动服务对象增收约" + NUM + "万元")
    for k, n in ((5, "选派科技特派员人数"), (6, "开展技术培训期数"), (7, "建立科技示范基地"), (8, "带动服务对象增收")):
        c.eq(G(m, k), parse_q(R[n]["actual"])[2], f"总体目标 actual {n}")
    for k, n in ((1, "选派科技特派员人数"), (2, "开展技术培训期数"), (3, "建立科技示范基地"), (4, "带动服务对象增收")):
        c.eq(G(m, k), parse_q(R[n]["target"])[2], f"总体目标 target {n}")


def blocks_B(t):
    tail = t.split("附件：项目支出绩效自评表", 1)[1]
    out = []
    for b in tail.split("\n\n"):
        cells = [l[1:] for l in b.split("\n") if l.startswith("\t")]
        if cells:
            out.append(cells)
    return out


def check_B(c):  # 安陆 高企培育 2020, one cell per line
    t = c.t
    year = int(G(c.one(r"\n(\d{4})年度高新技术企业培育", "title year")))
    c.generic(year)
    bl = blocks_B(t)
    B = {b[0]: b for b in bl}
    tot = B["年度资金总额"][1:7]
    comps = [B[k][1:4] + [B[k][5]] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds(tot, comps)
    i = next(k for k, b in enumerate(bl) if b[0] == "一级指标")
    rows, l1 = [], None
    exec_row = bl[i + 1]
    if exec_row[0] != "预算执行" or len(exec_row) != 9:
        raise Extract("execution row")
    c.eq(exec_row[3], tot[3], "execution weight")
    c.eq(exec_row[5].rstrip("%"), tot[4].rstrip("%"), "execution rate indicator/funds")
    c.eq(exec_row[6].rstrip("%"), tot[4].rstrip("%"), "execution completion")
    c.eq(exec_row[7], tot[5], "execution score indicator/funds")
    for b in bl[i + 2:]:
        if b[0] == "总分":
            total_w, total_s = b[3], b[7]
            break
        if len(b) != 9:
            raise Extract(f"row with {len(b)} cells: {b}")
        l1 = b[0] or l1
        rows.append(dict(l1=l1, name=b[2], w=b[3], target=b[4], actual=b[5], comp=b[6], s=b[7]))
    levels, ss = c.indicators(rows, tot[5], total_w, total_s)
    R = {r["name"]: r for r in rows}
    act = lambda n: parse_q(R[n]["actual"])[2]
    m = c.one(r"年初预算安排市本级资金" + NUM + "万元")
    c.eq(G(m), tot[0], "年初预算 prose/table")
    m = c.one(r"全年预算" + NUM + r"万元，其中省级" + NUM + r"万元、孝感市级" + NUM + r"万元、市本级" + NUM + "万元")
    c.sum_is(G(m, 1), [G(m, 2), G(m, 3), G(m, 4)], "全年预算 by level")
    c.eq(G(m, 1), tot[1], "全年预算 prose/table")
    sheng, xg, benji = G(m, 2), G(m, 3), G(m, 4)
    m = c.one(r"实际到位资金" + NUM + r"万元（孝感市级资金到位" + NUM + r"万元，余款2021年初拨付），到位率" + NUM +
              r"%；全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + "万元")
    dw = G(m, 1)
    c.sum_is(dw, [sheng, G(m, 2), benji], "到位 = 省级 + 孝感到位 + 本级")
    c.near(G(m, 3), Dm(dw) / Dm(tot[1]) * 100, "到位率")
    c.eq(G(m, 4), tot[2], "支出 prose/table")
    c.near(G(m, 5), Dm(tot[2]) / Dm(tot[1]) * 100, "执行率 prose")
    c.eq(G(m, 6), Dm(dw) - Dm(G(m, 4)), "结余 = 到位 − 支出")
    c.eq(G(c.one(r"孝感市级未到位的" + NUM + "万元"), 1), Dm(xg) - Dm(G(m, 2)), "孝感未到位")
    m = c.one(r"新认定的" + NUM + r"家高新技术企业每家奖励" + NUM + r"万元，计" + NUM + r"万元；对" + NUM +
              r"家省级入库培育企业每家补助" + NUM + r"万元，计" + NUM + r"万元；对" + NUM +
              r"家孝感市级培育企业每家补助" + NUM + r"万元，计" + NUM + r"万元；高企申报第三方辅导服务及培训费" + NUM + "万元")
    for a, b_, p in ((1, 2, 3), (4, 5, 6), (7, 8, 9)):
        c.eq(G(m, p), Dm(G(m, a)) * Dm(G(m, b_)), "奖补 = 家数 × 标准")
    c.sum_is(tot[2], [G(m, 3), G(m, 6), G(m, 9), G(m, 10)], "支出明细 sum")
    new_hte = G(m, 1)
    c.eq(new_hte, act("新认定高新技术企业数"), "新认定 detail/table")
    m = c.one(r"组织" + NUM + r"家企业申报高新技术企业，通过认定" + NUM + r"家，通过率" + NUM + r"%，完成年度目标的" + NUM + "%")
    c.near(G(m, 3), Dm(G(m, 2)) / Dm(G(m, 1)) * 100, "通过率")
    c.eq(G(m, 3), act("高企申报通过率"), "通过率 prose/table")
    c.eq(G(m, 2), new_hte, "通过认定 prose/table")
    c.near(G(m, 4), Dm(G(m, 2)) / parse_q(R["新认定高新技术企业数"]["target"])[2] * 100, "完成年度目标的%")
    c.eq(G(c.one(r"新增入库培育科技型中小企业" + NUM + "家。"), 1), act("入库培育科技型中小企业数"), "入库")
    c.eq(G(c.one(r"培训辅导" + NUM + "场（"), 1), act("高企申报培训辅导场次"), "培训场次")
    m = c.one(r"由2019年末的" + NUM + r"家增至" + NUM + "家")
    c.sum_is(G(m, 2), [G(m, 1), new_hte], "高企总数 = 上年末 + 新认定")
    c.eq(G(m, 2), act("全市高新技术企业总数"), "高企总数 prose/table")
    c.eq(G(c.one(r"全年新增高新技术企业" + NUM + "家"), 1), new_hte, "全年新增高企")
    c.eq(G(c.one(r"产值增长" + NUM + "%"), 1), act("高新技术产品产值增长率"), "产值增长")
    c.eq(G(c.one(r"综合满意度" + NUM + "%"), 1), act("受补助企业满意度"), "满意度")
    m = c.one(r"自评得分" + NUM + r"分，评价等级为“(\S)”")
    c.eq(G(m, 1), total_s, "total prose/table")
    c.grade(G(m, 2), G(m, 1))
    m = c.one(r"新认定高新技术企业" + NUM + r"家，入库培育科技型中小企业" + NUM + r"家，全市高新技术企业总数" + NUM + "家。")
    c.eq(G(m, 1), new_hte, "总体目标 新认定")
    c.eq(G(m, 2), act("入库培育科技型中小企业数"), "总体目标 入库")
    c.eq(G(m, 3), act("全市高新技术企业总数"), "总体目标 总数")


def check_C(c):  # 博兴 科技成果转化 2022, PDF text
    t = c.t
    year = int(G(c.one(r"\n(\d{4})年度科技成果转化", "title year")))
    c.generic(year)
    lines = t.split("\n")

    def nums(prefix):
        l = [x for x in lines if x.startswith(prefix + " ")]
        if len(l) != 1:
            raise Extract(prefix)
        return l[0].split(" ")[1:]
    tot = nums("年度资金总额")
    comps = [nums(k)[:3] + [nums(k)[4]] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds(tot, comps)
    i = next(k for k, l in enumerate(lines) if l.startswith("一级指标 二级指标"))
    rows, l1 = [], None
    pat = re.compile(r"^\s*(?:(产出指标|效益指标|满意度指标) )?(?:(\S+指标) )?(\S+) (\S+) (\S+) " + NUM + " " + NUM + r"(?: (\S+))?\s*$")
    for l in lines[i + 1:]:
        if re.fullmatch(r"\s*— \d+ —\s*", l) or not l.strip():
            continue
        m = pat.match(l)
        if not m:
            raise Extract(f"row {l!r}")
        l1 = m.group(1) or l1
        rows.append(dict(l1=l1, name=m.group(3), target=m.group(4), actual=m.group(5), w=m.group(6), s=m.group(7)))
    levels, ss = c.indicators(rows, tot[5])
    R = {r["name"]: r for r in rows}
    act = lambda n: parse_q(R[n]["actual"])[2]
    m = c.one(r"年初预算安排科技成果转化奖补资金" + NUM + r"万元。.*?调减预算" + NUM + r"万元，全年预算" + NUM + "万元")
    c.eq(G(m, 1), tot[0], "年初 prose/table")
    c.eq(G(m, 3), Dm(G(m, 1)) - Dm(G(m, 2)), "全年 = 年初 − 调减")
    c.eq(G(m, 3), tot[1], "全年 prose/table")
    c.eq(G(c.one(r"年中调减的" + NUM + "万元预算"), 1), G(m, 2), "调减 restated")
    m = c.one(r"全年实际支出" + NUM + r"万元，其中：科技成果转化项目补助" + NUM + r"万元、技术合同交易奖补" + NUM +
              r"万元、技术转移服务机构奖励" + NUM + r"万元、成果转化对接活动经费" + NUM + r"万元。年末结余" + NUM + "万元")
    c.sum_is(G(m, 1), [G(m, k) for k in (2, 3, 4, 5)], "支出 其中 sum")
    c.eq(G(m, 1), tot[2], "支出 prose/table")
    c.eq(G(m, 6), Dm(tot[1]) - Dm(G(m, 1)), "结余 = 全年预算 − 支出")
    proj_sub = G(m, 2)
    c.near(G(c.one(r"成果转化项目补助占全年支出的" + NUM + "%"), 1), Dm(proj_sub) / Dm(tot[2]) * 100, "补助占比")
    m = c.one(r"全年支持科技成果转化项目" + NUM + r"项，单个项目补助10万元至20万元不等，平均" + NUM + "万元")
    c.eq(G(m, 1), act("支持科技成果转化项目数"), "项目数 prose/table")
    c.near(G(m, 2), Dm(proj_sub) / Dm(G(m, 1)), "平均补助")
    m = c.one(r"登记技术合同成交额" + NUM + r"亿元，较2021年的" + NUM + r"亿元增长" + NUM + r"%，完成年度目标的" + NUM + "%")
    c.eq(G(m, 1), act("技术合同登记成交额"), "成交额 prose/table")
    c.near(G(m, 3), (Dm(G(m, 1)) / Dm(G(m, 2)) - 1) * 100, "增长率")
    c.near(G(m, 4), Dm(G(m, 1)) / parse_q(R["技术合同登记成交额"]["target"])[2] * 100, "完成年度目标的%")
    c.eq(G(c.one(r"对接活动" + NUM + "场，"), 1), act("组织成果转化对接活动"), "对接活动")
    c.eq(G(c.one(r"新增销售收入" + NUM + "万元。"), 1), act("转化项目新增销售收入"), "销售收入")
    c.eq(G(c.one(r"带动新增就业" + NUM + "人，"), 1), act("带动新增就业人数"), "就业")
    c.eq(G(c.one(r"受补助企业满意度" + NUM + "%。"), 1), act("受补助企业满意度"), "满意度")
    c.eq(G(c.one(r"补助最高" + NUM + "万元，"), 1), act("单个转化项目补助上限"), "补助上限")
    m = c.one(r"预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度得分" + NUM +
              r"分，综合得分" + NUM + r"分，自评等级为“(\S)”")
    c.eq(G(m, 1), tot[5], "执行得分 prose/table")
    for k, l in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        c.eq(G(m, k), levels[l][1], f"{l} score prose/table")
    c.sum_is(G(m, 5), [G(m, k) for k in (1, 2, 3, 4)], "prose score parts")
    if Dm(G(m, 5)) != ss:
        c.fail(f"table rows add up to {ss}, prose total {G(m, 5)}")
    c.grade(G(m, 6), G(m, 5))
    m = c.one(r"支持科技成果转化项目" + NUM + r"项，技术合同\n[^\n]* 成交额" + NUM + r"亿元，转化项目新增销售收\n[^\n]* 入" + NUM + "万元")
    c.eq(G(m, 1), act("支持科技成果转化项目数"), "总体目标 项目")
    c.eq(G(m, 2), act("技术合同登记成交额"), "总体目标 成交额")
    c.eq(G(m, 3), act("转化项目新增销售收入"), "总体目标 销售收入")


def check_D(c):  # 九龙坡 科技创新券 2023, ' | ' table
    t = c.t
    year = int(G(c.one(r"\n(\d{4})年度科技创新券", "title year")))
    c.generic(year)
    if int(G(c.one(r"自评表（(\d{4})年度）"), 1)) != year:
        c.fail("table year")
    lines = t.split("\n")
    cells = {}
    for l in lines:
        if " | " in l:
            f = [x.strip() for x in l.split("|")]
            cells.setdefault(f[0], f)
    tot = cells["年度资金总额"][1:7]
    comps = [cells[k][1:4] + [cells[k][5]] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds(tot, comps)
    # batches
    bat = [[x.strip() for x in l.split("|")] for l in lines if l.startswith("第") and " | " in l]
    summ = cells["合计/平均"]
    c.sum_is(summ[1], [b[1] for b in bat], "batches 企业数")
    c.sum_is(summ[2], [b[2] for b in bat], "batches 金额")
    c.near(summ[3], sum(Dm(b[3]) for b in bat) / len(bat), "average 办理时间")
    c.eq(summ[2], tot[2], "batches 金额 = 执行")
    i = next(k for k, l in enumerate(lines) if l.startswith("一级指标 |"))
    rows, l1 = [], None
    for l in lines[i + 1:]:
        f = [x.strip() for x in l.split("|")]
        if f[0] == "总分":
            total_w, total_s = f[5], f[6]
            break
        if len(f) != 8:
            raise Extract(f"row {l!r}")
        l1 = f[0] or l1
        rows.append(dict(l1=l1, name=f[2], target=f[3], actual=f[4], w=f[5], s=f[6]))
    levels, ss = c.indicators(rows, tot[5], total_w, total_s)
    R = {r["name"]: r for r in rows}
    act = lambda n: parse_q(R[n]["actual"])[2]
    c.eq(summ[1], act("兑付创新券企业数"), "企业数 batches/table")
    c.eq(summ[3], act("平均兑付办理时间"), "办理时间 batches/table")
    m = c.one(r"年初预算安排区级科技创新券兑付资金" + NUM + r"万元，另有.*?上年结转资金" + NUM + r"万元，全年预算" + NUM +
              r"万元，资金全部到位。全年兑付" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + "万元")
    c.eq(G(m, 1), tot[0], "年初 prose/table")
    c.sum_is(G(m, 3), [G(m, 1), G(m, 2)], "全年 = 年初 + 结转")
    c.eq(G(m, 3), tot[1], "全年 prose/table")
    c.eq(G(m, 2), comps[1][1], "结转 prose/table")
    c.eq(G(m, 4), tot[2], "执行 prose/table")
    c.near(G(m, 5), Dm(G(m, 4)) / Dm(G(m, 3)) * 100, "执行率 prose")
    c.eq(G(m, 6), Dm(G(m, 3)) - Dm(G(m, 4)), "结余 = 到位(全部) − 兑付")
    c.eq(G(c.one(r"其中上年结转资金" + NUM + "万元已全部兑付"), 1), comps[1][2], "结转 spent")
    c.eq(G(c.one(r"上年结转资金" + NUM + "万元为2022年"), 1), comps[1][1], "结转 restated")
    m = c.one(r"全年共兑付创新券企业" + NUM + r"家（2022年为131家），完成率" + NUM + "%")
    c.eq(G(m, 1), act("兑付创新券企业数"), "企业数 prose/table")
    c.near(G(m, 2), Dm(G(m, 1)) / parse_q(R["兑付创新券企业数"]["target"])[2] * 100, "完成率")
    c.near(G(c.one(r"企业平均兑付约" + NUM + "万元"), 1), Dm(tot[2]) / Dm(G(m, 1)), "平均兑付")
    c.eq(G(c.one(r"单家企业最高兑付" + NUM + "万元"), 1), act("单家企业年度兑付额"), "最高兑付")
    m = c.one(r"科技服务机构" + NUM + r"家，其中检验检测机构" + NUM + r"家、研发设计机构" + NUM + r"家、技术转移机构" + NUM + "家")
    c.sum_is(G(m, 1), [G(m, 2), G(m, 3), G(m, 4)], "服务机构 sum")
    c.eq(G(m, 1), act("对接科技服务机构数"), "服务机构 prose/table")
    c.eq(G(c.one(r"2023年带动企业研发投入" + NUM + "万元"), 1), act("带动企业研发投入"), "研发投入 prose/table")
    c.eq(G(c.one(r"新增入库科技型企业" + NUM + "家，未达到"), 1), act("新增入库科技型企业"), "入库")
    c.eq(G(c.one(r"企业满意度" + NUM + "%。"), 1), act("企业满意度"), "满意度")
    m = c.one(r"实际完成情况：兑付科技创新券企业" + NUM + r"家，带动企业研发投入" + NUM + "万元")
    c.eq(G(m, 1), act("兑付创新券企业数"), "总体目标 企业数")
    c.eq(G(m, 2), act("带动企业研发投入"), "总体目标 研发投入")
    m = c.one(r"预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度得分" + NUM +
              r"分，合计" + NUM + r"分，自评等级为(\S\S)")
    c.eq(G(m, 1), tot[5], "执行得分 prose/table")
    for k, l in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        c.eq(G(m, k), levels[l][1], f"{l} score prose/table")
    c.sum_is(G(m, 5), [G(m, k) for k in (1, 2, 3, 4)], "prose score parts")
    c.eq(G(m, 5), total_s, "total prose/table")
    c.grade(G(m, 6), G(m, 5))


def check_E(c):  # 城北区 重点研发 2024, one cell per line
    t = c.t
    year = int(G(c.one(r"^西宁市城北区科学技术局(\d{4})年度", "title year")))
    c.generic(year)
    lines = t.split("\n")

    def after(label, n):
        idx = [k for k, l in enumerate(lines) if l == label]
        if len(idx) != 1:
            raise Extract(label)
        return lines[idx[0] + 1: idx[0] + 1 + n]
    tot = after("年度资金总额", 6)
    comps = [after(k, 3) + [after(k, 5)[4]] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds(tot, comps)
    i = lines.index("偏差原因分析及改进措施")
    rows, k = [], i + 1
    while lines[k] != "总分":
        f = lines[k:k + 8]
        if len(f) < 8 or not re.fullmatch(NUM, f[5]) or not re.fullmatch(NUM, f[6]):
            raise Extract(f"row {f}")
        rows.append(dict(l1=f[0], name=f[2], target=f[3], actual=f[4], w=f[5], s=f[6]))
        k += 8
    total_w, total_s = lines[k + 1], lines[k + 2]
    levels, ss = c.indicators(rows, tot[5], total_w, total_s)
    R = {r["name"]: r for r in rows}
    act = lambda n: parse_q(R[n]["actual"])[2]
    # sub-projects
    sub = [re.fullmatch(r"(\d) (\S+) (\S+) " + NUM + " " + NUM, l) for l in lines]
    sub = [m for m in sub if m]
    m = c.one(r"\n合计 " + NUM + " " + NUM + "\n")
    c.sum_is(G(m, 1), [s.group(4) for s in sub], "立项经费 sum")
    c.sum_is(G(m, 2), [s.group(5) for s in sub], "本年拨付 sum")
    c.eq(G(m, 1), tot[1], "立项合计 = 全年预算")
    c.eq(G(m, 2), tot[2], "拨付合计 = 执行")
    mm = c.one(r"首期拨付立项经费的" + NUM + r"%，中期检查合格后拨付其余" + NUM + "%")
    c.sum_is(100, [G(mm, 1), G(mm, 2)], "70% + 30%")
    for s in sub:
        if Dm(s.group(5)) != Dm(s.group(4)):
            c.eq(s.group(5), Dm(s.group(4)) * Dm(G(mm, 1)) / 100, f"首期 {s.group(2)}")
            tail = Dm(s.group(4)) - Dm(s.group(5))
    if len(sub) != 5:
        c.fail("5 sub-projects")
    c.eq(len(sub), act("支持重点研发与转化项目"), "项目数")
    c.eq(max(Dm(s.group(4)) for s in sub), act("单个项目财政补助"), "最高补助")
    m = c.one(r"项目资金" + NUM + r"万元，年中未调整，全年预算" + NUM + "万元")
    c.eq(G(m, 1), G(m, 2), "未调整 ⇒ 年初 = 全年")
    c.eq(G(m, 1), tot[0], "年初 prose/table")
    c.eq(G(m, 2), tot[1], "全年 prose/table")
    m = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + "万元")
    c.eq(G(m, 1), tot[2], "执行 prose/table")
    c.near(G(m, 2), Dm(tot[2]) / Dm(tot[1]) * 100, "执行率 prose")
    c.eq(G(m, 3), Dm(tot[1]) - Dm(tot[2]), "结余 = 预算 − 执行")
    c.eq(G(m, 3), tail, "结余 = 机器人项目尾款")
    c.eq(G(c.one(r"尾款" + NUM + "万元未拨付"), 1), G(m, 3), "尾款 restated")
    m = c.one(r"承诺自筹资金" + NUM + r"万元，实际投入" + NUM + r"万元，到位率" + NUM + "%")
    c.near(G(m, 3), Dm(G(m, 2)) / Dm(G(m, 1)) * 100, "自筹到位率")
    c.eq(G(c.one(r"实用新型专利" + NUM + "件"), 1), act("申请专利数"), "专利")
    c.eq(G(c.one(r"带动企业新增产值" + NUM + "万元，未达到"), 1), act("带动企业新增产值"), "新增产值")
    c.eq(G(c.one(r"研发人员" + NUM + "人"), 1), act("引进培养科技人才"), "人才")
    m = c.one(r"对5个项目组" + NUM + r"名成员开展问卷调查，满意" + NUM + r"人，承担单位满意度" + NUM + "%")
    c.near(G(m, 3), Dm(G(m, 2)) / Dm(G(m, 1)) * 100, "满意度 = 24/25")
    c.eq(G(m, 3), act("项目承担单位满意度"), "满意度 prose/table")
    m = c.one(r"实际完成情况\n支持项目" + NUM + r"项，带动企业新增产值" + NUM + "万元")
    c.eq(G(m, 1), len(sub), "总体目标 项目数")
    c.eq(G(m, 2), act("带动企业新增产值"), "总体目标 产值")
    m = c.one(r"(\d{4}年\d{1,2}月\d{1,2}日)完成全部5个项目立项")
    if R["项目立项完成时间"]["actual"] != G(m, 1):
        c.fail("立项日期 prose/table")
    m = c.one(r"综合评价等级为“(\S)”")
    c.grade(G(m, 1), total_s)


CHECKS = {
    "jx-zhangshu-kejitepaiyuan-2019": check_A,
    "hb-anlu-gaoqipeiyu-2020": check_B,
    "sd-boxing-chengguozhuanhua-2022": check_C,
    "cq-jiulongpo-chuangxinquan-2023": check_D,
    "qh-chengbei-zhongdianyanfa-2024": check_E,
}


def run_checks(src, text):
    c = Checker(text)
    try:
        CHECKS[src](c)
    except Extract as e:
        c.fail(f"extraction: {e}")
    except (KeyError, IndexError, StopIteration, ValueError, ArithmeticError) as e:
        c.fail(f"extraction: {type(e).__name__} {e}")
    return c.fails


def read(p):
    with open(p, encoding="utf-8") as fh:
        return fh.read()


def one_place(a, b):
    """Length of the single differing region (in a) between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return len(a) - p - q, len(b) - p - q


def main():
    verbose = "-v" in sys.argv
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    per_src = Counter()
    where = Counter()
    for lab in labels:
        text = read(os.path.join(CASES, lab["case"]))
        clean = read(os.path.join(CASES, lab["source"] + "-clean.txt"))
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                problems.append(f"{lab['case']}: {n} characters")
            fails = run_checks(lab["source"], text)
            for f in fails:
                problems.append(f"{lab['case']}: {f}")
            if verbose:
                print(f"{lab['case']}: {n} chars, arithmetic {'OK' if not fails else fails}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected {len(lab['expected'])} findings")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES:
                problems.append(f"{lab['case']}: unknown code {e['code']}")
            if e["severity"] != "error":
                problems.append(f"{lab['case']}: severity {e['severity']}")
            if e["value"] not in text:
                problems.append(f"{lab['case']}: value not in case: {e['value']!r}")
            if e["value"] in clean:
                problems.append(f"{lab['case']}: value also in the clean draft: {e['value']!r}")
        per_src[lab["source"]] += 1
        if text == clean:
            problems.append(f"{lab['case']}: identical to clean")
        da, db = one_place(clean, text)
        if max(da, db) > 80:
            problems.append(f"{lab['case']}: changed region of {da}/{db} characters")
        fails = run_checks(lab["source"], text)
        if not fails:
            problems.append(f"{lab['case']}: the injected error is not caught by the arithmetic checks")
        if verbose:
            print(f"{lab['case']}: {lab['expected'][0]['code']:22s} region {da}->{db}; checks: {fails[:2]}")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} occurs {codes[code]} times")
    if len(CHECKS) != 5 or any(per_src[s] != 6 for s in CHECKS):
        problems.append(f"errors per source: {dict(per_src)}")
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: " +
          ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
