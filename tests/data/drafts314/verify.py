#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place
   that overlaps the label value; each of the 13 error codes occurs at least twice;
2. the arithmetic of every draft is redone by a per-project checker (figures read with anchored patterns,
   Decimal arithmetic, tolerance of rules.md §8): a clean draft must pass every check (also the warning-level
   score-rule checks); an error case must fail its labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"


class ParseError(Exception):
    pass


def dp(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d (+1e−9), d = decimals of the stated string."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-dp(stated)) + D("1e-9")


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

SIGNS = [("≥", "gte"), ("≤", "lte"), ("=", "eq"), ("不少于", "gte"), ("不低于", "gte"), ("以上", "gte")]


def parse_value(s):
    """'≥480个' -> ('gte', Decimal('480'), '个'); '2021年11月26日' -> ('date', (y, m, d), ''); text -> None."""
    s = s.strip()
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日前?|(\d{4})年(\d{1,2})月(?:底前)?", s)
    if m:
        if m.group(4):
            return ("date", (int(m.group(4)), int(m.group(5)), 31 if "底" in s else 1), "")
        return ("date", (int(m.group(1) or 0), int(m.group(2)), int(m.group(3))), "")
    m = re.fullmatch(r"(≥|≤|=)?\s*" + NUM + r"\s*([^\d\s]*)", s)
    if not m:
        return None
    direction = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return (direction, m.group(2), m.group(3))


class Check:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = defaultdict(list)
        self.warns = []
        m = re.search(r"(\d{4})年度", "\n".join(text.split("\n")[:3]))
        if not m:
            raise ParseError("no evaluation year in title")
        self.year = int(m.group(1))

    # ---------- reading ----------
    def one(self, pattern, flags=re.S):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern {pattern!r} matched {len(ms)} times")
        return ms[0]

    def rows(self, splitter, first_cells, ncells=None):
        out = {}
        for line in self.t.split("\n"):
            cells = [c.strip() for c in splitter(line)]
            if len(cells) < 2:
                continue
            if cells[0] in first_cells and (ncells is None or len(cells) >= ncells):
                if cells[0] in out:
                    raise ParseError(f"{self.name}: duplicate row {cells[0]}")
                out[cells[0]] = cells
        missing = [c for c in first_cells if c not in out]
        if missing:
            raise ParseError(f"{self.name}: rows not found {missing}")
        return out

    # ---------- recording ----------
    def fail(self, code, msg):
        self.fails[code].append(msg)

    def warn(self, msg):
        self.warns.append(msg)

    # ---------- identities ----------
    def rate(self, stated, num, den, what):
        """I1/I2 and I5: stated % against num/den."""
        if not re.fullmatch(NUM + "%?", stated):
            self.fail("rate_mismatch", f"{what}: no rate printed ({stated}) on a non-zero base")
            return
        if D(stated.rstrip("%")) > 100 or D(stated.rstrip("%")) < 0:
            self.fail("implausible_rate", f"{what}: {stated}")
            return
        c = D(num) / D(den) * 100
        if not close(stated, c):
            self.fail("rate_mismatch", f"{what}: stated {stated}, computed {c:.4f}%")

    def pct_range(self, stated, what):
        if D(stated.rstrip("%")) > 100 or D(stated.rstrip("%")) < 0:
            self.fail("implausible_rate", f"{what}: {stated}")

    def total(self, stated, parts, what, code="sum_mismatch"):
        """I4 with the unit rule: a break reconciled by rescaling one amount by 10^4 is unit_mismatch."""
        s = sum(D(p) for p in parts)
        if close(stated, s):
            return
        if code == "sum_mismatch":
            for i, p in enumerate(parts):
                for f in (D(10000), 1 / D(10000)):
                    alt = s - D(p) + D(p) * f
                    if abs(alt - D(stated)) <= D("0.5") * D(10) ** (-dp(stated)) + D("1e-9"):
                        self.fail("unit_mismatch", f"{what}: {p} off by 10^4")
                        return
            for f in (D(10000), 1 / D(10000)):
                if abs(s - D(stated) * f) <= D("0.005"):
                    self.fail("unit_mismatch", f"{what}: total {stated} off by 10^4")
                    return
        self.fail(code, f"{what}: stated {stated}, sum of {parts} = {s}")

    def diff(self, stated, a, b, what, code="balance_mismatch"):
        c = D(a) - D(b)
        if not close(stated, c):
            self.fail(code, f"{what}: stated {stated}, {a} − {b} = {c}")

    def avg(self, stated, total, count, what, scale=1):
        c = D(total) * scale / D(count)
        if not close(stated, c):
            self.fail("average_mismatch", f"{what}: stated {stated}, {total}×{scale}/{count} = {c:.4f}")

    def same(self, a, b, what):
        if D(a.rstrip("%")) != D(b.rstrip("%")):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def grade(self, total, word, what="grade"):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f"{self.name}: unknown grade word {word}")
        if g != grade_of(total):
            self.fail("grade_mismatch", f"{what}: {total} is {grade_of(total)}, stated {word}")

    def year_is(self, y, expected, what):
        if int(y) not in expected:
            self.fail("year_mismatch", f"{what}: {y}, expected one of {sorted(expected)}")

    def indicator(self, name, target, actual, weight, score, completion=None, unit=None):
        """I5 (satisfaction/rates ≤ 100%), I7 (0 ≤ score ≤ weight), I8 (completion), I13 (units);
        the scoring rule of rules.md §5 as a warning."""
        w, s = D(weight), D(score)
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {score} > weight {weight}")
        tv, av = parse_value(target), parse_value(actual)
        if tv is None or av is None:          # qualitative row
            if s != w:
                self.warn(f"{name}: qualitative row not at full marks")
            return
        if tv[0] == "date" or av[0] == "date":
            if tv[0] != av[0]:
                self.fail("unit_mismatch", f"{name}: target {target} vs actual {actual}")
                return
            ty, ay = tv[1], av[1]
            ty = (ty[0] or ay[0],) + ty[1:]
            ay = (ay[0] or ty[0],) + ay[1:]
            comp = D(100) if ay <= ty else D(0)
            if completion is not None and not close(completion, comp):
                self.fail("completion_mismatch", f"{name}: stated {completion}, computed {comp}")
            if comp == 100 and s != w:
                self.warn(f"{name}: met on time but score {score} < {weight}")
            return
        tu = unit if unit is not None else tv[2]
        au = unit if unit is not None else av[2]
        if tu != au:
            self.fail("unit_mismatch", f"{name}: target {target} vs actual {actual}")
            return
        T, A = D(tv[1]), D(av[1])
        if au == "%" and A > 100:
            self.fail("implausible_rate", f"{name}: actual {actual}")
        if tv[0] == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if completion is not None and not close(completion, comp):
            self.fail("completion_mismatch", f"{name}: stated {completion}, computed {comp:.4f}%")
        exp = w * min(comp, D(100)) / 100
        ok = close(score, exp)
        if completion is not None and not ok:
            ok = close(score, w * min(D(completion.rstrip("%")), D(100)) / 100)
        if not ok:
            self.warn(f"score_rule: {name}: score {score}, rule gives {exp:.4f}")

    def exec_score(self, score, rate_str, weight="10"):
        exp = D(weight) * min(D(rate_str.rstrip("%")), D(100)) / 100
        if D(score) > D(weight):
            self.fail("score_exceeds_weight", f"execution score {score} > {weight}")
        elif not close(score, exp):
            self.warn(f"score_rule: execution score {score}, rule gives {exp}")


def fw(line):
    return line.split("｜") if "｜" in line else []


def ascii_pipes(line):
    return line.split("|") if "|" in line else []


def tabs(line):
    return line.split("\t") if "\t" in line else []


def spaces(line):
    return re.split(r" {2,}", line.strip()) if re.search(r"\S {2,}\S", line) else []


# =====================================================================================================
def check_hb_wuan(c):
    Y = c.year
    t = c.t
    # funds table
    f = c.rows(fw, ["年度资金总额", "其中：中央转移支付", "省级补助", "本级配套"], 5)
    parts = [f["其中：中央转移支付"], f["省级补助"], f["本级配套"]]
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(f["年度资金总额"][col], [r[col] for r in parts], f"funds column {label}")
    for k, r in f.items():
        c.rate(r[4], r[3], r[2], f"执行率 {k}")
    m = c.one(r"项目年初预算" + NUM + r"万元，年中本级财政追加" + NUM + r"万元.*?全年预算调整为" + NUM + r"万元")
    c.same(m.group(1), f["年度资金总额"][1], "年初预算 text vs table")
    c.same(m.group(3), f["年度资金总额"][2], "全年预算 text vs table")
    c.total(m.group(3), [m.group(1), m.group(2)], "年初 + 追加 = 全年")
    c.total(f["本级配套"][2], [f["本级配套"][1], m.group(2)], "本级 年初 + 追加 = 全年")
    added = m.group(2)
    m = c.one(r"全年实际支出" + NUM + r"万元，未支出的" + NUM + r"万元.*?结转至(\d{4})年")
    c.same(m.group(1), f["年度资金总额"][3], "支出 text vs table")
    c.diff(m.group(2), f["年度资金总额"][2], m.group(1), "未支出 = 全年预算 − 支出")
    c.year_is(m.group(3), {Y + 1}, "结转至")
    m2 = c.one(r"结转至下年的" + NUM + r"万元")
    c.same(m2.group(1), m.group(2), "结转额 two mentions")
    m = c.one(r"现场采样检测费" + NUM + r"万元，实验室试剂耗材及设备购置" + NUM + r"万元，个案信息核查和业务培训费"
              + NUM + r"万元，劳务、差旅等其他支出" + NUM + r"万元")
    c.total(f["年度资金总额"][3], list(m.groups()), "支出用途 sum")
    sampling = m.group(1)
    c.year_is(c.one(r"中央资金已于(\d{4})年12月提前下达").group(1), {Y - 1}, "advance issue")
    c.year_is(c.one(r"截至(\d{4})年12月31日").group(1), {Y}, "截至")
    c.year_is(c.one(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$").group(1), {Y, Y + 1}, "report date")
    # execution block
    e = c.rows(fw, ["预算执行率"], 6)["预算执行率"]
    c.same(e[2], f["年度资金总额"][2], "exec block 全年预算")
    c.same(e[3], f["年度资金总额"][3], "exec block 执行数")
    c.same(e[4], f["年度资金总额"][4], "exec block 执行率")
    c.rate(e[4], e[3], e[2], "exec block 执行率")
    c.exec_score(e[5], e[4], e[1])
    # indicator table
    rows = [cells for cells in (fw(l) for l in t.split("\n"))
            if len(cells) >= 9 and cells[0] in ("产出指标", "效益指标", "满意度指标")]
    if len(rows) != 11:
        raise ParseError(f"indicator rows {len(rows)}")
    by = {}
    for r in rows:
        c.indicator(r[2], r[3], r[4], r[6], r[7], completion=r[5])
        by[r[2]] = r
    tot = c.rows(fw, ["小计（不含预算执行率）"], 8)["小计（不含预算执行率）"]
    c.total(tot[6], [r[6] for r in rows], "indicator weights", "weight_sum_mismatch")
    c.total("100", [e[1], tot[6]], "all weights", "weight_sum_mismatch")
    c.total(tot[7], [r[7] for r in rows], "indicator scores", "score_sum_mismatch")
    # prose scores and grade
    m = c.one(r"预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分"
              + NUM + r"分，综合得分" + NUM + r"分，评价等级为“(.+?)”")
    c.same(m.group(1), e[5], "execution score text vs block")
    for g, lvl in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        c.total(m.group(g), [r[7] for r in rows if r[0] == lvl], f"{lvl} score", "score_sum_mismatch")
    c.total(m.group(5), [m.group(1), m.group(2), m.group(3), m.group(4)], "total score", "score_sum_mismatch")
    c.total(m.group(5), [e[5], tot[7]], "total vs table", "score_sum_mismatch")
    c.grade(m.group(5), m.group(6))
    # average cost per point, points not sampled, monitored units
    pts = by["职业病危害因素检测点数"]
    c.avg(by["点位平均检测费用"][4].rstrip("元"), sampling, pts[4].rstrip("个"), "点位平均检测费用", 10000)
    m = c.one(r"(\d+)个点位无法采样")
    c.diff(m.group(1), parse_value(pts[3])[1], pts[4].rstrip("个"), "points not sampled", "sum_mismatch")
    m = c.one(r"全年共对(\d+)家用人单位开展了监测")
    c.same(m.group(1), by["监测用人单位数"][4].rstrip("家"), "monitored units text vs table")
    m = c.one(r"退回修改率由上年的" + NUM + r"%降至" + NUM + r"%")
    c.pct_range(m.group(1), "last year's return rate")


# =====================================================================================================
def check_ah_panji(c):
    Y = c.year
    t = c.t
    f = c.rows(ascii_pipes, ["省级补助", "区级配套", "合计"], 5)
    for col, label in ((1, "全年预算数"), (2, "到位资金"), (3, "实际支出")):
        c.total(f["合计"][col], [f["省级补助"][col], f["区级配套"][col]], f"funds column {label}")
    for k, r in f.items():
        c.rate(r[4], r[3], r[1], f"执行率 {k}")
    m = c.one(r"本项目资金共(\d+)万元，其中省级补助(\d+)万元（(\d{4})年12月提前下达，(\d{4})年1月拨付到区），区级配套(\d+)万元（(\d{4})年3月到位），资金到位率(\d+)%")
    c.total(m.group(1), [m.group(2), m.group(5)], "资金 text sum")
    c.same(m.group(1), f["合计"][1], "资金 text vs table")
    c.same(m.group(2), f["省级补助"][1], "省级 text vs table")
    c.same(m.group(5), f["区级配套"][1], "区级 text vs table")
    c.year_is(m.group(3), {Y - 1}, "advance issue")
    c.year_is(m.group(4), {Y}, "拨付")
    c.year_is(m.group(6), {Y}, "区级到位")
    c.rate(m.group(7) + "%", f["合计"][2], f["合计"][1], "到位率")
    m = c.one(r"全年支出" + NUM + r"万元")
    c.same(m.group(1), f["合计"][3], "支出 text vs table")
    m = c.one(r"康复站改造及设备购置" + NUM + r"万元（(\d+)个站点，平均每站" + NUM + r"万元）；康复站运行补助" + NUM
              + r"万元，按全年服务患者(\d+)人、每人每年(\d+)元的标准.*?医护人员康复技能培训和患者随访" + NUM + r"万元")
    c.total(f["合计"][3], [m.group(1), m.group(4), m.group(7)], "支出明细 sum")
    c.avg(m.group(3), m.group(1), m.group(2), "平均每站")
    c.avg(m.group(6), m.group(4), m.group(5), "每人每年补助", 10000)
    served, subsidy = m.group(5), m.group(6)
    m = c.one(r"年末结余" + NUM + r"万元.*?已结转至(\d{4})年")
    c.diff(m.group(1), f["合计"][2], f["合计"][3], "结余 = 到位 − 支出")
    c.year_is(m.group(2), {Y + 1}, "结转至")
    c.year_is(c.one(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$").group(1), {Y, Y + 1}, "report date")
    m = c.one(r"现有在册尘肺病患者(\d+)人")
    registered = m.group(1)
    m = c.one(r"对(\d+)名康复站医护人员进行了理论和实操培训，其中(\d+)名一次考核合格")
    trained, passed = m.group(1), m.group(2)
    st = c.one(r"泥河站(\d+)人次、架河站(\d+)人次、芦集站(\d+)人次、夹沟站(\d+)人次")
    # execution score
    m = c.one(r"按“执行率×10”计分，得" + NUM + r"分")
    exec_score = m.group(1)
    c.exec_score(exec_score, f["合计"][4])
    # indicator tables by heading
    blocks = {}
    lines = t.split("\n")
    for i, l in enumerate(lines):
        h = re.fullmatch(r"（[一二三]）(产出指标|效益指标|满意度指标)（(\d+)分）", l.strip())
        if h:
            rows = []
            for l2 in lines[i + 2:]:
                cells = [x.strip() for x in ascii_pipes(l2)]
                if len(cells) != 6:
                    break
                rows.append(cells)
            blocks[h.group(1)] = (h.group(2), rows)
    if sorted(blocks) != sorted(["产出指标", "效益指标", "满意度指标"]):
        raise ParseError("blocks")
    by = {}
    for lvl, (wt, rows) in blocks.items():
        for r in rows:
            c.indicator(r[0], r[1], r[2], r[3], r[4])
            by[r[0]] = r
        c.total(wt, [r[3] for r in rows], f"{lvl} weights vs heading", "weight_sum_mismatch")
    c.total("100", ["10"] + [blocks[k][0] for k in blocks], "level-1 weights", "weight_sum_mismatch")
    subs = {}
    for lvl in ("产出指标", "效益指标"):
        m = c.one(lvl + r"合计得分" + NUM + r"分")
        subs[lvl] = m.group(1)
        c.total(m.group(1), [r[4] for r in blocks[lvl][1]], f"{lvl} subtotal", "score_sum_mismatch")
    m = c.one(r"项目自评得分" + NUM + r"分，等级为(\S\S)。")
    allrows = [r[4] for k in blocks for r in blocks[k][1]]
    c.total(m.group(1), [exec_score] + allrows, "total = exec + rows", "score_sum_mismatch")
    c.total(m.group(1), [exec_score, subs["产出指标"], subs["效益指标"]] + [r[4] for r in blocks["满意度指标"][1]],
            "total = exec + subtotals", "score_sum_mismatch")
    c.grade(m.group(1), m.group(2))
    # cross-checks with the table
    c.same(served, by["康复站服务尘肺病患者人数"][2].rstrip("人"), "served patients text vs table")
    c.same(subsidy, by["服务患者人均年度运行补助"][2].rstrip("元"), "subsidy text vs table")
    c.rate(by["医护人员康复技能培训考核合格率"][2], passed, trained, "培训合格率")
    c.rate(by["尘肺病患者康复服务覆盖率"][2], served, registered, "覆盖率")
    visits = by["患者康复服务人次"]
    c.total(visits[2].rstrip("人次"), list(st.groups()), "station visits")
    m = c.one(r"超出目标" + NUM + r"%")
    T = parse_value(visits[1])[1]
    c.rate(m.group(1) + "%", D(visits[2].rstrip("人次")) - D(T), T, "over-achievement")


# =====================================================================================================
def check_hn_lsj(c):
    Y = c.year
    t = c.t
    keys = ["收入合计", "其中：财政拨款收入", "事业收入", "上年结转", "支出合计", "其中：基本支出", "项目支出"]
    f = c.rows(tabs, keys, 3)
    if f["项目支出"][0] != "项目支出":
        raise ParseError("table")
    for col, label in ((1, "2020"), (2, "2019")):
        c.total(f["收入合计"][col], [f[k][col] for k in ("其中：财政拨款收入", "事业收入", "上年结转")], f"收入 {label}")
        c.total(f["支出合计"][col], [f[k][col] for k in ("其中：基本支出", "项目支出")], f"支出 {label}")
    m = c.one(r"收入合计比上年增长" + NUM + r"%，.*?项目支出比上年增加" + NUM + r"万元")
    c.rate(m.group(1) + "%", D(f["收入合计"][1]) - D(f["收入合计"][2]), f["收入合计"][2], "收入增长率")
    c.diff(m.group(2), f["项目支出"][1], f["项目支出"][2], "项目支出增加", "sum_mismatch")
    m = c.one(r"全年可用资金" + NUM + r"万元（含上年结转），全年支出" + NUM + r"万元，年末结转结余" + NUM + r"万元，已结转至(\d{4})年")
    avail, spent = m.group(1), m.group(2)
    c.same(avail, f["收入合计"][1], "可用资金 vs 收入合计")
    c.same(spent, f["支出合计"][1], "支出 text vs table")
    c.diff(m.group(3), avail, spent, "结转结余 = 可用 − 支出")
    c.year_is(m.group(4), {Y + 1}, "结转至")
    m = c.one(r"基本支出" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM + r"万元")
    c.same(m.group(1), f["其中：基本支出"][1], "基本支出 text vs table")
    c.total(m.group(1), [m.group(2), m.group(3)], "基本支出 sum")
    m = c.one(r"“三公”经费支出" + NUM + r"万元，包括公务接待费" + NUM + r"万元、公务用车运行维护费" + NUM
              + r"万元.*?比上年的" + NUM + r"万元下降" + NUM + r"%")
    c.total(m.group(1), [m.group(2), m.group(3)], "三公 sum")
    c.rate(m.group(5) + "%", D(m.group(4)) - D(m.group(1)), m.group(4), "三公 下降率")
    sangong, sangong_last = m.group(1), m.group(4)
    m = c.one(r"项目支出" + NUM + r"万元，包括职业病危害因素监测" + NUM + r"万元、尘肺病患者救治救助" + NUM
              + r"万元、职业健康检查设备购置" + NUM + r"万元")
    c.same(m.group(1), f["项目支出"][1], "项目支出 text vs table")
    c.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "项目支出 sum")
    aid_money = m.group(3)
    m = c.one(r"全年共对(\d+)家用人单位开展职业病危害因素检测，其中锑矿和煤矿采选企业(\d+)家、水泥和耐火材料企业(\d+)家、冶炼及其他企业(\d+)家；救治救助尘肺病患者(\d+)人，人均救助(\d+)元")
    c.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "检测企业 by industry")
    c.avg(m.group(6), aid_money, m.group(5), "人均救助", 10000)
    units, patients = m.group(1), m.group(5)
    # table
    h = c.one(r"评价年度\t(\d{4})年\t")
    c.year_is(h.group(1), {Y}, "table 评价年度")
    rows = [cells for cells in (tabs(l) for l in t.split("\n"))
            if len(cells) == 7 and cells[0] in ("预算执行", "产出指标", "效益指标", "满意度指标")]
    if len(rows) != 10:
        raise ParseError(f"indicator rows {len(rows)}")
    by = {r[2]: r for r in rows}
    ex = by["部门预算执行率"]
    c.rate(ex[5], spent, avail, "部门预算执行率")
    c.exec_score(ex[6], ex[5], ex[3])
    for r in rows:
        if r is not ex:
            c.indicator(r[2], r[4], r[5], r[3], r[6])
    tot = c.rows(tabs, ["合计"], 7)["合计"]
    c.total(tot[3], [r[3] for r in rows], "weights", "weight_sum_mismatch")
    c.total(tot[6], [r[6] for r in rows], "scores", "score_sum_mismatch")
    m = c.one(r"部门整体支出绩效得分" + NUM + r"分，等级为“(.)”")
    c.total(m.group(1), [r[6] for r in rows], "text total", "score_sum_mismatch")
    c.same(m.group(1), tot[6], "total text vs table")
    c.grade(m.group(1), m.group(2))
    c.same(units, by["职业病危害因素检测用人单位"][5].rstrip("家"), "检测单位 text vs table")
    c.same(patients, by["尘肺病患者救治救助人数"][5].rstrip("人"), "救助人数 text vs table")
    c.same(sangong, by["“三公”经费支出"][5].rstrip("万元"), "三公 text vs table")
    c.same(sangong_last, parse_value(by["“三公”经费支出"][4])[1], "三公 cap = last year")
    m = c.one(r"申报率由上年的" + NUM + r"%提高到" + NUM + r"%")
    c.same(m.group(2), by["重点行业企业职业病危害项目申报率"][5], "申报率 text vs table")
    c.year_is(c.one(r"\n(\d{4})年\d{1,2}月\s*$").group(1), {Y, Y + 1}, "report date")


# =====================================================================================================
def check_sc_pzh(c):
    Y = c.year
    t = c.t
    f = c.rows(spaces, ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"], 5)
    comps = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(f["年度资金总额"][col], [f[k][col] for k in comps], f"funds column {label}")
    for k, r in f.items():
        if D(r[2]) == 0:
            if r[4] not in ("—", "0"):
                c.fail("implausible_rate", f"rate on zero base {k}")
        else:
            c.rate(r[4], r[3], r[2], f"执行率 {k}")
    tot = f["年度资金总额"]
    c.exec_score(tot[6], tot[4], tot[5])
    m = c.one(r"年初批复预算(\d+)万元，其中区级财政资金(\d+)万元、中心单位资金(\d+)万元。(\d{4})年11月，省级下达尘肺病筛查补助"
              + NUM + r"万元，调整后全年预算" + NUM + r"万元")
    c.total(m.group(1), [m.group(2), m.group(3)], "年初 text sum")
    c.same(m.group(1), tot[1], "年初 text vs table")
    c.same(m.group(2), f["其中：财政资金"][1], "区级 年初 vs 财政资金 年初")
    c.same(m.group(3), f["单位资金"][1], "单位资金 text vs table")
    c.year_is(m.group(4), {Y}, "省级下达")
    c.total(m.group(6), [m.group(1), m.group(5)], "年初 + 追加 = 全年")
    c.total(f["其中：财政资金"][2], [m.group(2), m.group(5)], "财政资金 全年 = 区级 + 省级")
    c.same(m.group(6), tot[2], "全年 text vs table")
    prov = m.group(5)
    m = c.one(r"全年执行" + NUM + r"万元，执行率(\d+)%，其中体检服务费" + NUM + r"万元、筛查影像及耗材" + NUM
              + r"万元、健康宣教和培训" + NUM + r"万元")
    c.same(m.group(1), tot[3], "执行 text vs table")
    c.rate(m.group(2) + "%", m.group(1), tot[2], "执行率 text")
    c.total(m.group(1), [m.group(3), m.group(4), m.group(5)], "执行 breakdown")
    exam_fee = m.group(3)
    m = c.one(r"年末未执行" + NUM + r"万元，其中省级补助" + NUM + r"万元.*?结转至(\d{4})年.*?区级资金结余" + NUM + r"万元")
    c.diff(m.group(1), tot[2], tot[3], "未执行 = 全年 − 执行")
    c.total(m.group(1), [m.group(2), m.group(4)], "未执行 parts")
    c.same(m.group(2), prov, "省级补助 two mentions")
    c.year_is(m.group(3), {Y + 1}, "结转至")
    m = c.one(r"截至(\d{4})年12月31日，共完成接害劳动者职业健康检查(\d+)人，完成离岗煤矿工人尘肺病主动筛查(\d+)人")
    c.year_is(m.group(1), {Y}, "截至")
    examined, screened = m.group(2), m.group(3)
    c.year_is(c.one(r"\n(\d{4})年\d{1,2}月\s*$").group(1), {Y, Y + 1}, "report date")
    # indicator table
    rows = [cells for cells in (spaces(l) for l in t.split("\n"))
            if len(cells) == 9 and cells[0] in ("预算执行", "产出指标", "效益指标")]
    if len(rows) != 9:
        raise ParseError(f"indicator rows {len(rows)}")
    by = {r[2]: r for r in rows}
    ex = by["预算执行率"]
    c.same(ex[6], tot[4], "exec row vs funds table rate")
    c.same(ex[7], tot[5], "exec weight")
    c.same(ex[8], tot[6], "exec score")
    for r in rows:
        if r is ex:
            continue
        sign = {"≥": "≥", "≤": "≤", "=": "="}[r[3]]
        c.indicator(r[2], sign + r[4], r[6], r[7], r[8], unit=r[5])
    tt = c.rows(spaces, ["合计"], 9)["合计"]
    c.total(tt[7], [r[7] for r in rows], "weights", "weight_sum_mismatch")
    c.total(tt[8], [r[8] for r in rows], "scores", "score_sum_mismatch")
    m = c.one(r"本项目自评得分(\d+(?:\.\d+)?)分，评价等级为(\S\S)。")
    c.total(m.group(1), [r[8] for r in rows], "text total", "score_sum_mismatch")
    c.same(m.group(1), tt[8], "total text vs table")
    c.grade(m.group(1), m.group(2))
    # cross-checks
    c.same(examined, by["接害劳动者职业健康检查人数"][6], "examined text vs table")
    c.same(screened, by["离岗煤矿工人尘肺病主动筛查人数"][6], "screened text vs table")
    c.avg(by["人均职业健康检查费用"][6], exam_fee, examined, "人均检查费用", 10000)
    c.same(c.one(r"人均检查费用(\d+)元").group(1), by["人均职业健康检查费用"][6], "人均 text vs table")
    c.same(c.one(r"告知平均用时(\d+)天").group(1), by["检查结果告知时限"][6], "告知时限 text vs table")
    c.same(c.one(r"档案完整率为" + NUM + r"%").group(1), by["劳动者职业健康监护档案完整率"][6], "档案完整率 text vs table")


# =====================================================================================================
def check_jx_xd(c):
    Y = c.year
    m = c.one(r"项目年初预算(\d+)万元，全部为区级财政资金，年内未作调整，资金于(\d{4})年3月一次性拨付到位，到位率(\d+)%")
    budget = m.group(1)
    c.year_is(m.group(2), {Y}, "拨付")
    c.rate(m.group(3) + "%", budget, budget, "到位率")
    m = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%。其中培训费" + NUM + r"万元，专项治理检测和技术指导费"
              + NUM + r"万元，宣传资料印制费" + NUM + r"万元。年末结余" + NUM + r"万元")
    spent, rate = m.group(1), m.group(2)
    c.rate(rate + "%", spent, budget, "执行率")
    c.total(spent, [m.group(3), m.group(4), m.group(5)], "支出 breakdown")
    c.diff(m.group(6), budget, spent, "结余")
    fee = m.group(3)
    m = c.one(r"举办集中培训(\d+)期，其中主要负责人班(\d+)期、职业卫生管理人员班(\d+)期、劳动者班(\d+)期，参训(\d+)人次")
    c.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "培训期数")
    sessions, trainees = m.group(1), m.group(5)
    c.avg(c.one(r"人均培训成本(\d+)元").group(1), fee, trainees, "人均培训成本", 10000)
    m = c.one(r"(\d+)期考核平均分分别为((?:\d+分、)+\d+分)，平均" + NUM + r"分")
    items = re.findall(r"(\d+)分", m.group(2))
    if len(items) != int(m.group(1)):
        c.fail("sum_mismatch", "number of listed exam averages")
    c.avg(m.group(3), sum(D(x) for x in items), len(items), "考核平均分")
    c.pct_range(c.one(r"学员对授课内容和组织安排的满意度为" + NUM + r"%").group(1), "学员满意度")
    m = c.one(r"确定纳入专项治理的重点行业企业(\d+)家，其中工业陶瓷企业(\d+)家、煤炭企业(\d+)家、建材企业(\d+)家")
    c.total(m.group(1), [m.group(2), m.group(3), m.group(4)], "专项治理企业 by industry")
    firms = m.group(1)
    m = c.one(r"共检测粉尘点位(\d+)个、噪声点位(\d+)个，首次检测粉尘超标点位(\d+)个，超标率" + NUM + r"%")
    c.rate(m.group(4) + "%", m.group(3), m.group(1), "超标率")
    m = c.one(r"截至(\d{4})年12月31日，已有(\d+)家企业完成整改，整改率" + NUM + r"%，其余(\d+)家")
    c.year_is(m.group(1), {Y}, "截至")
    c.rate(m.group(3) + "%", m.group(2), firms, "整改率")
    c.diff(m.group(4), firms, m.group(2), "其余企业", "sum_mismatch")
    fix_rate = m.group(3)
    c.year_is(c.one(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$").group(1), {Y, Y + 1}, "report date")
    # weights and scores
    m = c.one(r"本项目满分(\d+)分，其中预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    c.total(m.group(1), [m.group(2), m.group(3), m.group(4), m.group(5)], "level-1 weights", "weight_sum_mismatch")
    w_exec, w_out, w_ben, w_sat = m.group(2), m.group(3), m.group(4), m.group(5)
    m = c.one(r"（一）预算执行率。执行率" + NUM + r"%，按执行率乘以分值计算，得" + NUM + r"分")
    c.same(m.group(1), rate, "执行率 two mentions")
    c.exec_score(m.group(2), m.group(1) + "%", w_exec)
    s_exec = m.group(2)
    out = []
    m = c.one(r"举办培训不少于(\d+)期（(\d+)分），实际举办(\d+)期，得(\d+)分")
    c.indicator("培训期数", "≥" + m.group(1) + "期", m.group(3) + "期", m.group(2), m.group(4))
    c.same(m.group(3), sessions, "期数 two mentions")
    out.append((m.group(2), m.group(4)))
    m = c.one(r"参训不少于(\d+)人次（(\d+)分），实际参训(\d+)人次，完成率" + NUM + r"%，得(\d+)分")
    c.indicator("参训人次", "≥" + m.group(1) + "人次", m.group(3) + "人次", m.group(2), m.group(5),
                completion=m.group(4) + "%")
    c.same(m.group(3), trainees, "参训人次 two mentions")
    out.append((m.group(2), m.group(5)))
    m = c.one(r"培训考核合格率不低于(\d+)%（(\d+)分），实际为" + NUM + r"%，得(\d+)分")
    c.indicator("考核合格率", "≥" + m.group(1) + "%", m.group(3) + "%", m.group(2), m.group(4))
    out.append((m.group(2), m.group(4)))
    m = c.one(r"专项治理覆盖重点行业企业不少于(\d+)家（(\d+)分），实际覆盖(\d+)家，得(\d+)分")
    c.indicator("覆盖企业", "≥" + m.group(1) + "家", m.group(3) + "家", m.group(2), m.group(4))
    c.same(m.group(3), firms, "覆盖企业 two mentions")
    out.append((m.group(2), m.group(4)))
    m = c.one(r"于(\d{4})年11月30日前完成现场检测（(\d+)分），实际于11月22日完成，得(\d+)分")
    c.year_is(m.group(1), {Y}, "时限")
    c.indicator("完成时限", m.group(1) + "年11月30日前", "11月22日", m.group(2), m.group(3))
    out.append((m.group(2), m.group(3)))
    c.total(w_out, [w for w, s in out], "产出 weights", "weight_sum_mismatch")
    c.total(c.one(r"产出指标合计得分" + NUM + r"分").group(1), [s for w, s in out], "产出 subtotal", "score_sum_mismatch")
    ben = []
    m = c.one(r"企业整改率（(\d+)分）目标为(\d+)%以上，实际" + NUM + r"%，未达到目标，按比例计得" + NUM + r"分")
    c.same(m.group(3), fix_rate, "整改率 two mentions")
    c.indicator("企业整改率", "≥" + m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    ben.append((m.group(1), m.group(4)))
    m = c.one(r"培训覆盖率（(\d+)分）目标(\d+)%，实际" + NUM + r"%，得" + NUM + r"分")
    c.indicator("培训覆盖率", "≥" + m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    ben.append((m.group(1), m.group(4)))
    m = c.one(r"知晓率（(\d+)分）目标(\d+)%，抽样调查结果为" + NUM + r"%，得" + NUM + r"分")
    c.indicator("知晓率", "≥" + m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    ben.append((m.group(1), m.group(4)))
    c.total(w_ben, [w for w, s in ben], "效益 weights", "weight_sum_mismatch")
    m = c.one(r"满意度调查（(\d+)分），目标为(\d+)%以上，调查结果为" + NUM + r"%，得" + NUM + r"分")
    c.indicator("企业满意度", "≥" + m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    c.total(w_sat, [m.group(1)], "满意度 weights", "weight_sum_mismatch")
    sat = (m.group(1), m.group(4))
    m = c.one(r"本项目自评得分" + NUM + r"分，评价等级为(\S\S)。")
    c.total(m.group(1), [s_exec] + [s for w, s in out + ben] + [sat[1]], "total", "score_sum_mismatch")
    c.grade(m.group(1), m.group(2))


CHECKERS = {
    "hb-wuan-zybjiance-2021": check_hb_wuan,
    "ah-panji-chenfeikangfu-2022": check_ah_panji,
    "hn-lengshuijiang-zfs-bumen-2020": check_hn_lsj,
    "sc-panzhihua-xiqu-zyjkjc-2024": check_sc_pzh,
    "jx-xiangdong-zhiweipeixun-2019": check_jx_xd,
}


def run_checker(src, text, name):
    c = Check(text, name)
    CHECKERS[src](c)
    return c


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    errors = []
    counts = defaultdict(int)
    where = {"prose": 0, "table": 0}
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import build
    edit_where = {f"{e[0]}-e{e[1]}.txt": e[3] for e in build.EDITS}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            cleans[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if len(cleans) != 5 or len(labels) != 35:
        errors.append(f"expected 5 clean + 30 error cases, got {len(cleans)} / {len(labels)}")
    for rec in labels:
        case, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = cleans[src]
        if not rec["clean"] and not 2500 <= len(text) <= 3600:
            errors.append(f"{case}: length {len(text)}")
        try:
            c = run_checker(src, text, case)
        except ParseError as e:
            errors.append(f"{case}: parse error {e}")
            continue
        failed = {k for k, v in c.fails.items() if v}
        if rec["clean"]:
            if rec["expected"]:
                errors.append(f"{case}: clean case with labels")
            if failed:
                errors.append(f"{case}: clean draft fails {dict(c.fails)}")
            if c.warns:
                errors.append(f"{case}: clean draft warnings {c.warns}")
            continue
        if len(rec["expected"]) != 1:
            errors.append(f"{case}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        counts[code] += 1
        where[edit_where[case]] += 1
        if lab["severity"] != "error" or code not in CODES:
            errors.append(f"{case}: bad code/severity {code}/{lab['severity']}")
        if value not in text:
            errors.append(f"{case}: value {value!r} not in case")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if text == clean:
            errors.append(f"{case}: identical to clean draft")
        elif (b - a) > 12 or (len(clean) - s - p) > 12:
            errors.append(f"{case}: difference spans {text[a:b]!r} — not one small place")
        else:
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not any(o < max(b, a + 1) and a < o + len(value) for o in occ):
                errors.append(f"{case}: difference at [{a},{b}) does not overlap value {value!r}")
        if code not in failed:
            errors.append(f"{case}: labelled {code} does not fail (fails: {dict(c.fails)})")
        other = failed - {code}
        if other:
            errors.append(f"{case}: other error codes fail {sorted(other)}: {[c.fails[k] for k in other]}")
    for code in CODES:
        if counts[code] < 2:
            errors.append(f"code {code} used {counts[code]} times (< 2)")
    unknown = set(counts) - set(CODES)
    if unknown:
        errors.append(f"unknown codes {unknown}")
    print("codes:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    print("where:", where)
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
