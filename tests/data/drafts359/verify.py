#!/usr/bin/env python3
"""Verify the n359 set (standard library only).

For every case: the label value occurs in the case, an error case differs from its
clean draft in one contiguous place that overlaps the label value, and the
arithmetic of the draft is redone with decimal.Decimal under the tolerance of
rules.md §8.  A clean draft must pass every check (and every score must follow
the scoring rules of rules.md §5); an error case must fail the labelled code and
no other error-level code.  Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}

NUM = r"(\d[\d,]*(?:\.\d+)?)"


class Structure(Exception):
    pass


# ---------------------------------------------------------------- numbers
def dnum(s):
    return D(str(s).replace(",", ""))


def decs(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def agree(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals as written."""
    v = dnum(stated)
    tol = D("0.5") * (D(10) ** -decs(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def same(a, b):
    """Same quantity written twice: equal after normalising (98 == 98.00)."""
    return dnum(a) == dnum(b)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = dnum(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- values in cells
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq"}


def parse_val(s):
    s = s.strip()
    m = re.match(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$", s)
    if m:
        return {"kind": "date", "ymd": (int(m.group(1)), int(m.group(2)), int(m.group(3)))}
    m = re.match(r"^(≥|≤|=|＞|＜|>|<)?\s*(约)?" + NUM + r"\s*(.*)$", s)
    if not m:
        return {"kind": "qual", "text": s}
    return {"kind": "num", "dir": SIGNS.get(m.group(1) or "=", "eq"), "n": m.group(3),
            "unit": m.group(4).strip(), "raw": s}


def completion(t, a):
    T, A = dnum(t["n"]), dnum(a["n"])
    if t["dir"] == "lte":
        return D(100) if A <= T else T / A * 100
    if t["dir"] == "eq" and T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def rule_score(t, a, w):
    """Expected score under rules.md §5 (gte / lte (a) / eq)."""
    W = dnum(w)
    T, A = dnum(t["n"]), dnum(a["n"])
    if t["dir"] == "lte":
        return W if A <= T else W * T / A
    if t["dir"] == "eq" and T == 0:
        return W if A <= 0 else D(0)
    if A >= T:
        return W
    return W * max(A, D(0)) / T


class Row:
    def __init__(self, l1, name, target, actual, w, s, comp=None):
        self.l1, self.name, self.target, self.actual = l1, name, target, actual
        self.w, self.s, self.comp = w, s, comp


# ---------------------------------------------------------------- the check context
class Ck:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []      # (code, message)
        self.rule = []       # score-rule deviations (warning level; must be empty in clean drafts)

    def m(self, pat):
        found = list(re.finditer(pat, self.t))
        if len(found) != 1:
            raise Structure(f"pattern matched {len(found)} times: {pat}")
        return found[0]

    def g(self, pat, *idx):
        mm = self.m(pat)
        if not idx:
            return mm.group(1)
        return [mm.group(i) for i in idx]

    def ok(self, code, cond, msg):
        if not cond:
            self.fails.append((code, msg))

    # typical identities
    def rate(self, code, stated, num, den, msg):
        den = dnum(den)
        if den == 0:
            self.ok("implausible_rate", False, f"rate on zero base: {msg}")
            return
        self.ok(code, agree(stated, dnum(num) / den * 100), f"{msg}: {num}/{den} vs {stated}%")

    def plausible(self, stated, msg):
        self.ok("implausible_rate", D(0) <= dnum(stated) <= 100, f"{msg}: {stated}% outside 0-100")

    def total(self, code, stated, parts, msg):
        c = sum((dnum(p) for p in parts), D(0))
        self.ok(code, agree(stated, c), f"{msg}: sum {c} vs {stated}")

    def same(self, a, b, msg, code="conflicting_values"):
        self.ok(code, same(a, b), f"{msg}: {a} vs {b}")

    def avg(self, stated, total, count, msg, scale=1):
        self.ok("average_mismatch", agree(stated, dnum(total) * scale / dnum(count)),
                f"{msg}: {total}*{scale}/{count} vs {stated}")

    def money_avg(self, stated, unit, total_wan, count, msg):
        """Per-unit amount in 元 (or wrongly 万元) against a 万元 total."""
        per_yuan = dnum(total_wan) * 10000 / dnum(count)
        stated_yuan = dnum(stated) * (10000 if unit == "万元" else 1)
        if agree(stated, per_yuan if unit != "万元" else per_yuan / 10000):
            return
        if unit == "万元" and agree(stated, per_yuan):
            self.ok("unit_mismatch", False, f"{msg}: {stated}{unit} is the 元 figure labelled 万元")
        elif unit == "元" and agree(stated, per_yuan / 10000):
            self.ok("unit_mismatch", False, f"{msg}: {stated}{unit} is the 万元 figure labelled 元")
        else:
            self.ok("average_mismatch", False, f"{msg}: {per_yuan}元 vs {stated_yuan}元")

    def grade(self, total, word, msg):
        g = GRADE_WORDS.get(word)
        self.ok("grade_mismatch", g == grade_of(total), f"{msg}: {total} -> {grade_of(total)}, stated {word}")

    def carry(self, y, msg):
        self.ok("year_mismatch", int(y) > self.year, f"{msg}: 结转至{y} in a {self.year} report")

    def eval_year(self, y, msg):
        self.ok("year_mismatch", int(y) == self.year, f"{msg}: {y} vs {self.year}")

    # indicator table
    def indicators(self, rows, extra_w=(), extra_s=(), weight_totals=(), score_totals=(),
                   level_weights=None, level_scores=None):
        wsum = sum((dnum(r.w) for r in rows), D(0)) + sum((dnum(x) for x in extra_w), D(0))
        ssum = sum((dnum(r.s) for r in rows), D(0)) + sum((dnum(x) for x in extra_s), D(0))
        self.ok("weight_sum_mismatch", wsum == 100, f"weights add up to {wsum}")
        for wt in weight_totals:
            self.ok("weight_sum_mismatch", agree(wt, wsum), f"stated weight total {wt} vs {wsum}")
        for st in score_totals:
            self.ok("score_sum_mismatch", agree(st, ssum), f"stated total {st} vs row sum {ssum}")
        for lvl, stated in (level_weights or {}).items():
            c = sum((dnum(r.w) for r in rows if r.l1 == lvl), D(0))
            self.ok("weight_sum_mismatch", agree(stated, c), f"{lvl} weights {c} vs stated {stated}")
        for lvl, stated in (level_scores or {}).items():
            c = sum((dnum(r.s) for r in rows if r.l1 == lvl), D(0))
            self.ok("score_sum_mismatch", agree(stated, c), f"{lvl} scores {c} vs stated {stated}")
        for r in rows:
            W, S = dnum(r.w), dnum(r.s)
            self.ok("score_exceeds_weight", D(0) <= S <= W, f"{r.name}: score {S} vs weight {W}")
            t, a = parse_val(r.target), parse_val(r.actual)
            if t["kind"] == "date":
                if a["kind"] != "date":
                    self.ok("unit_mismatch", False, f"{r.name}: date target, actual {r.actual}")
                    continue
                self.ok("year_mismatch", t["ymd"][0] == self.year and a["ymd"][0] == self.year,
                        f"{r.name}: dates {r.target} / {r.actual}")
                if a["ymd"] > t["ymd"] and S != 0 and S == W:
                    self.rule.append(f"{r.name}: late but full marks")
                continue
            if t["kind"] == "qual" or a["kind"] == "qual":
                if t["kind"] == "num" and a["kind"] == "qual":
                    self.ok("unit_mismatch", False, f"{r.name}: numeric target, actual {r.actual}")
                    continue
                ratio = S / W
                if "部分" in r.actual:
                    band = (D("0.6"), D("0.8"), False)
                elif "未达成" in r.actual:
                    band = (D(0), D("0.6"), False)
                else:
                    band = (D("0.8"), D(1), True)
                inside = band[0] <= ratio and (ratio <= band[1] if band[2] else ratio < band[1])
                if not inside:
                    self.rule.append(f"{r.name}: qualitative score {S}/{W} outside band")
                continue
            if a["kind"] != "num":
                continue
            if a["unit"] != t["unit"]:
                self.ok("unit_mismatch", False, f"{r.name}: target unit {t['unit']!r}, actual unit {a['unit']!r}")
                continue
            if a["unit"] == "%":
                self.plausible(a["n"], f"{r.name} actual")
            if r.comp is not None and r.comp.strip() not in ("—", "-", ""):
                cs = r.comp.strip().rstrip("%")
                self.ok("completion_mismatch", agree(cs, completion(t, a)),
                        f"{r.name}: completion {completion(t, a)} vs {r.comp}")
            exp = rule_score(t, a, r.w)
            alt = None
            if r.comp is not None and r.comp.strip() not in ("—", "-", ""):
                alt = W * min(dnum(r.comp.strip().rstrip("%")), D(100)) / 100
            if not (agree(r.s, exp) or (alt is not None and agree(r.s, alt))):
                self.rule.append(f"{r.name}: score {r.s}, rule gives {r2(exp)}")


def table_lines(text, header_start, sep):
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.startswith(header_start)]
    if len(idx) != 1:
        raise Structure(f"table header {header_start!r} found {len(idx)} times")
    out = []
    for ln in lines[idx[0] + 1:]:
        if sep not in ln:
            break
        out.append([c.strip() for c in ln.split(sep)])
    return out


def funds_rows(text, names, sep):
    rows = {}
    for nm in names:
        found = [ln for ln in text.split("\n") if ln.startswith(nm + sep)]
        if len(found) != 1:
            raise Structure(f"funds row {nm!r} found {len(found)} times")
        rows[nm] = [c.strip() for c in found[0].split(sep)]
    return rows


def mof_funds(ck, rows, total, comps):
    """MOF funds block: name | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分."""
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        ck.total("sum_mismatch", rows[total][col], [rows[c][col] for c in comps], f"{label} column")
    for nm, r in rows.items():
        if r[5] in ("—", "-"):
            continue  # no rate printed (zero base): nothing to compare
        ck.plausible(r[5].rstrip("%"), f"{nm} 执行率")
        ck.rate("rate_mismatch", r[5].rstrip("%"), r[3], r[2], f"{nm} 执行率")
    w, rate, s = rows[total][4], rows[total][5].rstrip("%"), rows[total][6]
    ck.ok("score_exceeds_weight", D(0) <= dnum(s) <= dnum(w), f"execution score {s} vs {w}")
    exp = dnum(w) * min(dnum(rows[total][3]) / dnum(rows[total][2]), D(1))
    if not (agree(s, exp) or agree(s, dnum(w) * min(dnum(rate), D(100)) / 100)):
        ck.rule.append(f"execution score {s}, rule gives {r2(exp)}")


# ================================================================ P1 Hebei Chongli 2019
def check_p1(t):
    ck = Ck(t, 2019)
    ck.eval_year(ck.g(r"^张家口市崇礼区体育局\n(\d{4})年度群众冰雪运动推广项目"), "title year")
    ck.eval_year(ck.g(r"\n（(\d{4})年度）\n"), "table year")
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    fr = funds_rows(t, names, "\t")
    mof_funds(ck, fr, names[0], names[1:])
    tot = fr["年度资金总额"]
    # prose funds
    ini, cf = ck.g(r"项目年初预算" + NUM + r"万元，含2018年结转资金" + NUM + r"万元", 1, 2)
    ck.same(ini, tot[1], "年初预算 text vs table")
    ck.same(cf, fr["上年结转资金"][1], "上年结转 text vs table")
    add, annual = ck.g(r"追加冬奥会群众冰雪运动专项补助" + NUM + r"万元，调整后全年预算" + NUM + r"万元", 1, 2)
    ck.total("sum_mismatch", annual, [ini, add], "年初 + 追加 = 全年")
    ck.total("sum_mismatch", fr["其中：当年财政拨款"][2], [fr["其中：当年财政拨款"][1], add], "当年财政拨款 年初 + 追加")
    ck.same(annual, tot[2], "全年预算 text vs table")
    y, spent, rate = ck.g(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%", 1, 2, 3)
    ck.eval_year(y, "截至 year")
    ck.same(spent, tot[3], "执行 text vs table")
    ck.same(rate, tot[5].rstrip("%"), "执行率 text vs table")
    ck.rate("rate_mismatch", rate, spent, annual, "执行率 (text)")
    parts = ck.g(r"公益滑雪体验补助" + NUM + r"万元、群众冰雪赛事" + NUM + r"万元、社会体育指导员培训" + NUM
                 + r"万元、宣传及人身意外伤害保险" + NUM + r"万元", 1, 2, 3, 4)
    ck.total("sum_mismatch", spent, parts, "支出构成")
    unspent, cy = ck.g(r"未支出的" + NUM + r"万元.*?结转至(\d{4})年", 1, 2)
    ck.ok("balance_mismatch", agree(unspent, dnum(annual) - dnum(spent)), f"未支出 {unspent}")
    ck.carry(cy, "carry-over")
    # indicator table
    rows, l1 = [], ""
    for c in table_lines(t, "一级指标\t二级指标\t三级指标", "\t"):
        if c[0] == "总分":
            wt_tot, sc_tot = c[5], c[6]
            break
        l1 = c[0] or l1
        rows.append(Row(l1, c[2], c[3], c[4], c[5], c[6]))
    by = {r.name: r for r in rows}
    tw, tp, tb, ts = ck.g(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", 1, 2, 3, 4)
    ck.same(tw, tot[4], "execution weight text vs table", code="weight_sum_mismatch")
    total, gw = ck.g(r"项目自评得分" + NUM + r"分，评价等级为“(.+?)”", 1, 2)
    ck.indicators(rows, extra_w=[tot[4]], extra_s=[tot[6]], weight_totals=[wt_tot, sum(map(dnum, [tw, tp, tb, ts]))],
                  score_totals=[sc_tot, total],
                  level_weights={"产出指标": tp, "效益指标": tb, "满意度指标": ts})
    ck.same(total, sc_tot, "total text vs table")
    ck.grade(total, gw, "grade")
    # outputs in prose
    n, dev, last, grow = ck.g(r"全年公益滑雪体验(\d+)人次，超过年度目标" + NUM + r"%，较2018年的(\d+)人次增长" + NUM + "%", 1, 2, 3, 4)
    ck.same(n, parse_val(by["公益滑雪体验人次"].actual)["n"], "体验人次 text vs table")
    T = dnum(parse_val(by["公益滑雪体验人次"].target)["n"])
    ck.ok("completion_mismatch", agree(dev, (dnum(n) - T) / T * 100), "over-achievement")
    ck.ok("rate_mismatch", agree(grow, (dnum(n) - dnum(last)) / dnum(last) * 100), "growth on 2018")
    sub, per, cap = ck.g(r"公益体验补助支出" + NUM + r"万元，折合每人次补助(\d+)元，低于(\d+)元的控制标准", 1, 2, 3)
    ck.same(sub, parts[0], "补助 twice in text")
    ck.money_avg(per, "元", sub, n, "每人次补助")
    ck.same(per, parse_val(by["公益滑雪体验人均补助"].actual)["n"], "人均补助 text vs table")
    ck.same(cap, parse_val(by["公益滑雪体验人均补助"].target)["n"], "控制标准 text vs table")
    ev, evm, evavg = ck.g(r"举办群众性冰雪赛事(\d+)场，赛事支出" + NUM + r"万元，平均每场" + NUM + r"万元", 1, 2, 3)
    ck.same(ev, parse_val(by["群众性冰雪赛事场次"].actual)["n"], "赛事场次 text vs table")
    ck.same(evm, parts[1], "赛事支出 twice")
    ck.avg(evavg, evm, ev, "平均每场")
    tr, trm, trp, tru = ck.g(r"培训社会体育指导员(\d+)人，培训支出" + NUM + r"万元，人均(\d+)(万?元)", 1, 2, 3, 4)
    ck.same(tr, parse_val(by["社会体育指导员（滑雪）培训人数"].actual)["n"], "培训人数 text vs table")
    ck.same(trm, parts[2], "培训支出 twice")
    ck.money_avg(trp, tru, trm, tr, "人均培训")
    ck.same(ck.g(r"未完成(\d+)人的年度目标"), parse_val(by["社会体育指导员（滑雪）培训人数"].target)["n"], "培训目标")
    ck.same(ck.g(r"带动全区群众参与冰雪运动约" + NUM + "万人次"), parse_val(by["带动群众参与冰雪运动人次"].actual)["n"], "参与人次")
    # goal block
    g1, g2, g3 = ck.g(r"\t公益滑雪体验(\d+)人次，举办群众性冰雪赛事(\d+)场，培训社会体育指导员(\d+)人", 1, 2, 3)
    ck.same(g1, n, "goal block 体验")
    ck.same(g2, ev, "goal block 赛事")
    ck.same(g3, tr, "goal block 培训")
    a0, b0, c0 = ck.g(r"\n\t全年组织公益滑雪体验不少于(\d+)人次，举办群众性冰雪赛事不少于(\d+)场，培训社会体育指导员（滑雪）不少于(\d+)人，确保", 1, 2, 3)
    ck.same(a0, T, "goal block target 体验")
    ck.same(b0, parse_val(by["群众性冰雪赛事场次"].target)["n"], "goal block target 赛事")
    ck.same(c0, parse_val(by["社会体育指导员（滑雪）培训人数"].target)["n"], "goal block target 培训")
    a, b, c2, d = ck.g(r"全年组织公益滑雪体验不少于(\d+)人次，举办群众性冰雪赛事不少于(\d+)场，培训社会体育指导员（滑雪）不少于(\d+)人；"
                       r"活动期间不发生安全责任事故，参与群众满意度不低于(\d+)%", 1, 2, 3, 4)
    ck.same(a, T, "target 体验")
    ck.same(b, parse_val(by["群众性冰雪赛事场次"].target)["n"], "target 赛事")
    ck.same(c2, parse_val(by["社会体育指导员（滑雪）培训人数"].target)["n"], "target 培训")
    ck.same(d, parse_val(by["参与群众满意度"].target)["n"], "target 满意度")
    return ck


# ================================================================ P2 Hubei Shennongjia 2020
def check_p2(t):
    ck = Ck(t, 2020)
    ck.eval_year(ck.g(r"^神农架林区(\d{4})年度"), "title year")
    annual, local, prov = ck.g(r"项目全年预算" + NUM + r"万元，其中林区本级财政资金" + NUM + r"万元，省级体育彩票公益金" + NUM + r"万元", 1, 2, 3)
    ck.total("sum_mismatch", annual, [local, prov], "预算来源")
    ay, am = ck.g(r"（(\d{4})年(\d+)月提前下达）", 1, 2)
    ck.ok("year_mismatch", int(ay) == 2020 or (int(ay) == 2019 and int(am) == 12), "advance issue")
    ck.rate("rate_mismatch", ck.g(r"全部到位，到位率(\d+)%"), annual, annual, "到位率 (all received)")
    y, spent, rate = ck.g(r"截至(\d{4})年12月31日，项目累计支出" + NUM + r"万元，预算执行率" + NUM + "%", 1, 2, 3)
    ck.eval_year(y, "截至 year")
    ck.plausible(rate, "执行率")
    ck.rate("rate_mismatch", rate, spent, annual, "执行率")
    ps, pr = ck.g(r"省级体育彩票公益金支出" + NUM + r"万元，执行率" + NUM + "%", 1, 2)
    ls, lr = ck.g(r"林区本级资金支出" + NUM + r"万元，执行率" + NUM + "%", 1, 2)
    ck.rate("rate_mismatch", pr, ps, prov, "省级执行率")
    ck.rate("rate_mismatch", lr, ls, local, "本级执行率")
    ck.total("sum_mismatch", spent, [ps, ls], "支出来源")
    uses = ck.g(r"学生上雪体验支出" + NUM + r"万元，群众冰雪赛事支出" + NUM + r"万元，校园冰雪器材购置" + NUM
                + r"万元，体育教师冰雪技能培训" + NUM + r"万元", 1, 2, 3, 4)
    ck.total("sum_mismatch", spent, uses, "支出用途")
    bal = ck.g(r"年末结余" + NUM + r"万元，全部为林区本级资金")
    ck.ok("balance_mismatch", agree(bal, dnum(annual) - dnum(spent)), f"结余 {bal}")
    ck.ok("balance_mismatch", agree(bal, dnum(local) - dnum(ls)), f"本级结余 {bal}")
    ck.carry(ck.g(r"结转至(\d{4})年雪季"), "carry-over")
    # table
    rows, blocks, block = [], {}, None
    for c in table_lines(t, "评价内容｜指标名称", "｜"):
        if c[0] == "合计":
            wt_tot, sc_tot = c[2], c[6]
            break
        bw = re.search(r"（(\d+)分）", c[0]).group(1)
        blocks.setdefault(c[0], bw)
        rows.append(Row(c[0], c[1], c[3], c[4], c[2], c[6], comp=c[5]))
    by = {r.name: r for r in rows}
    total, gw = ck.g(r"本项目自评得分" + NUM + r"分，等级为(\S+?)。", 1, 2)
    ck.indicators(rows, weight_totals=[wt_tot], score_totals=[sc_tot, total],
                  level_weights=blocks)
    ck.same(total, sc_tot, "total text vs table")
    ck.grade(total, gw, "grade")
    ex = by["预算执行率"]
    ck.same(ck.g(r"预算执行率按(\d+)分计分"), ex.w, "execution weight", code="weight_sum_mismatch")
    ck.same(ex.actual.rstrip("%"), rate, "执行率 text vs table")
    # prose outputs
    allsch, sch, cov = ck.g(r"全区(\d+)所中小学中，有(\d+)所组织学生参与了冰雪进校园活动，覆盖率" + NUM + "%", 1, 2, 3)
    ck.rate("rate_mismatch", cov, sch, allsch, "覆盖率")
    ck.same(sch, parse_val(by["参与冰雪进校园的中小学校数"].actual)["n"], "学校数 text vs table")
    ck.total("sum_mismatch", allsch, [sch, ck.g(r"其余(\d+)所偏远学校")], "18 + 4 = 22")
    ck.ok("weight_sum_mismatch", dnum(ck.g(r"其余(\d+)分分配到各年度目标")) + dnum(ex.w) == 100, "20 + 80")
    stu, cost = ck.g(r"学生上雪体验(\d+)人次，人均体验成本(\d+)元", 1, 2)
    ck.same(stu, parse_val(by["学生上雪体验人次"].actual)["n"], "上雪人次 text vs table")
    ck.same(cost, parse_val(by["学生上雪体验人均成本"].actual)["n"], "人均成本 text vs table")
    ck.money_avg(cost, "元", uses[0], stu, "人均体验成本")
    tn, tp = ck.g(r"培训体育教师(\d+)名，培训支出人均(\d+)元", 1, 2)
    ck.money_avg(tp, "元", uses[3], tn, "教师培训人均")
    ev, less = ck.g(r"全年举办群众性冰雪赛事活动(\d+)场，比计划少(\d+)场", 1, 2)
    ck.same(ev, parse_val(by["群众性冰雪赛事场次"].actual)["n"], "赛事场次 text vs table")
    ck.total("sum_mismatch", parse_val(by["群众性冰雪赛事场次"].target)["n"], [ev, less], "比计划少")
    ck.same(ck.g(r"参赛及参与群众(\d+)人次。"), parse_val(by["参赛及参与群众人次"].actual)["n"], "参与人次 text vs table")
    n5, m5, avg5 = ck.g(r"(\d+)场赛事共支出" + NUM + r"万元，场均" + NUM + r"万元", 1, 2, 3)
    ck.same(n5, ev, "场数 twice")
    ck.same(m5, uses[1], "赛事支出 twice")
    ck.avg(avg5, m5, n5, "场均")
    ck.same(avg5, parse_val(by["赛事场均经费"].actual)["n"], "场均 text vs table")
    # targets in text vs table
    a, b, c3 = ck.g(r"组织不少于(\d+)所中小学参与冰雪进校园活动，学生上雪体验不少于(\d+)人次，.*?人均成本控制在(\d+)元以内", 1, 2, 3)
    ck.same(a, parse_val(by["参与冰雪进校园的中小学校数"].target)["n"], "target 学校")
    ck.same(b, parse_val(by["学生上雪体验人次"].target)["n"], "target 人次")
    ck.same(c3, parse_val(by["学生上雪体验人均成本"].target)["n"], "target 成本")
    a, b, c3 = ck.g(r"举办群众性冰雪赛事活动不少于(\d+)场，参赛及参与群众不少于(\d+)人次，赛事场均经费不超过" + NUM + "万元", 1, 2, 3)
    ck.same(a, parse_val(by["群众性冰雪赛事场次"].target)["n"], "target 场次")
    ck.same(b, parse_val(by["参赛及参与群众人次"].target)["n"], "target 参与")
    ck.same(c3, parse_val(by["赛事场均经费"].target)["n"], "target 场均")
    ck.same(ck.g(r"满意度达到(\d+)%以上"), parse_val(by["学生及家长满意度"].target)["n"], "target 满意度")
    return ck


# ================================================================ P3 Jilin Fusong 2022
def check_p3(t):
    ck = Ck(t, 2022)
    ck.eval_year(ck.g(r"^抚松县教育局(\d{4})年度"), "title year")
    ft = {c[1]: c for c in table_lines(t, "项目 | 行次 | 合计", " | ")}
    need = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]
    for k in need:
        if k not in ft:
            raise Structure(f"funds row {k} missing")
    cols = {2: "合计", 3: "中央", 4: "省级", 5: "县级"}
    for k in need[:5]:
        ck.total("sum_mismatch", ft[k][2], ft[k][3:6], f"row {k} 合计")
    for ci, nm in cols.items():
        b2, b3, b4 = ft["(2)"][ci], ft["(3)"][ci], ft["(4)"][ci]
        ck.ok("balance_mismatch", agree(ft["(5)=(3)-(4)"][ci], dnum(b3) - dnum(b4)), f"结余 {nm}")
        for k, num in (("(6)=(3)/(2)", b3), ("(7)=(4)/(2)", b4)):
            ck.plausible(ft[k][ci], f"{k} {nm}")
            ck.rate("rate_mismatch", ft[k][ci], num, b2, f"{k} {nm}")
    ini = ck.g(r"年初县财政安排项目预算(\d+)万元")
    ck.same(ini, ft["(1)"][2], "年初 text vs table")
    cen, ann = ck.g(r"中央专项彩票公益金(\d+)万元下达后并入本项目，全年预算调整为" + NUM + "万元", 1, 2)
    ck.same(cen, ft["(2)"][3], "中央 text vs table")
    ck.same(ann, ft["(2)"][2], "全年 text vs table")
    ck.total("sum_mismatch", ann, [ini, cen], "年初 + 中央")
    y, spent, rate = ck.g(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%", 1, 2, 3)
    ck.eval_year(y, "截至 year")
    ck.same(spent, ft["(4)"][2], "执行 text vs table")
    ck.same(rate, ft["(7)=(4)/(2)"][2], "执行率 text vs table")
    ck.rate("rate_mismatch", rate, spent, ann, "执行率 text")
    cr, bal, cy = ck.g(r"县级资金执行率" + NUM + r"%，结余" + NUM + r"万元.*?结转至(\d{4})年", 1, 2, 3)
    ck.same(cr, ft["(7)=(4)/(2)"][5], "县级执行率 text vs table")
    ck.same(bal, ft["(5)=(3)-(4)"][5], "县级结余 text vs table")
    ck.carry(cy, "carry-over")
    # indicator table
    rows = []
    for c in table_lines(t, "一级指标 | 二级指标 | 三级指标", " | "):
        if c[0] == "合计":
            wt_tot, sc_tot = c[6], c[7]
            break
        rows.append(Row(c[0], c[2], c[3], c[4], c[6], c[7], comp=c[5]))
    by = {r.name: r for r in rows}
    total, gw = ck.g(r"本项目自评得分(\d+(?:\.\d+)?)分，评价等级为(\S)", 1, 2)
    ck.indicators(rows, weight_totals=[wt_tot], score_totals=[sc_tot, total])
    ck.same(total, sc_tot, "total text vs table")
    ck.grade(total, gw, "grade")
    ck.same(by["预算执行率"].actual.rstrip("%"), rate, "执行率 indicator vs text")
    def act(name):
        return parse_val(by[name].actual)["n"]
    def tgt(name):
        return parse_val(by[name].target)["n"]
    rinks, rm, ravg = ck.g(r"全年浇筑校园冰场(\d+)块，浇筑和维护支出" + NUM + r"万元，平均每块" + NUM + "万元", 1, 2, 3)
    ck.same(rinks, act("校园冰场浇筑数量"), "冰场 text vs table")
    ck.avg(ravg, rm, rinks, "平均每块")
    stu, dev = ck.g(r"组织学生上雪体验(\d+)人次，超出年度目标" + NUM + "%", 1, 2)
    ck.same(stu, act("学生上雪体验人次"), "上雪人次 text vs table")
    ck.ok("completion_mismatch", agree(dev, (dnum(stu) - dnum(tgt("学生上雪体验人次"))) / dnum(tgt("学生上雪体验人次")) * 100), "超出比例")
    ns, per_school = ck.g(r"参与上雪的(\d+)所学校平均每校(\d+)人次", 1, 2)
    ck.avg(per_school, stu, ns, "平均每校")
    tn, tm, tp, tu = ck.g(r"培训冰雪体育教师(\d+)人，培训支出" + NUM + r"万元，人均(\d+)(万?元)", 1, 2, 3, 4)
    ck.same(tn, act("冰雪体育教师培训人数"), "培训人数 text vs table")
    ck.money_avg(tp, tu, tm, tn, "人均培训")
    alls, cs, cov = ck.g(r"全县(\d+)所中小学中已有(\d+)所开展冰雪进校园活动，覆盖率" + NUM + "%", 1, 2, 3)
    ck.rate("rate_mismatch", cov, cs, alls, "覆盖率")
    ck.same(cov, act("冰雪进校园学校覆盖率"), "覆盖率 text vs table")
    ck.same(cs, ns, "55所 twice")
    q1, q2 = ck.g(r"校园冰场安全检查合格率(\d+)%，教师培训考核合格率" + NUM + "%", 1, 2)
    ck.same(q1, act("校园冰场安全检查合格率"), "合格率 text vs table")
    ck.same(q2, act("教师培训考核合格率"), "考核合格率 text vs table")
    dy, dd, pd = ck.g(r"全部校园冰场于(\d{4})年12月(\d+)日完成浇筑，早于12月(\d+)日的计划时间", 1, 2, 3)
    ck.eval_year(dy, "浇筑 year")
    ck.ok("conflicting_values", by["校园冰场浇筑完成时间"].actual == f"{dy}年12月{dd}日", "浇筑日期")
    ck.ok("conflicting_values", by["校园冰场浇筑完成时间"].target.startswith(f"{dy}年12月{pd}日"), "计划日期")
    sm, sp = ck.g(r"学生上雪体验支出" + NUM + r"万元，人均(\d+)元", 1, 2)
    ck.money_avg(sp, "元", sm, stu, "上雪人均")
    ck.same(sp, act("学生上雪体验人均成本"), "人均成本 text vs table")
    games, equip = ck.g(r"冰雪运动会支出" + NUM + r"万元，冰雪器材购置支出" + NUM + "万元", 1, 2)
    ck.total("sum_mismatch", spent, [rm, sm, tm, games, equip], "支出构成")
    sk, sk0, pp = ck.g(r"技能达标率" + NUM + r"%，比2021年的" + NUM + r"%提高" + NUM + "个百分点", 1, 2, 3)
    ck.same(sk, act("学生冰雪运动技能达标率"), "达标率 text vs table")
    ck.ok("rate_mismatch", agree(pp, dnum(sk) - dnum(sk0)), "百分点")
    cl, less = ck.g(r"常态化开设冰雪体育课的学校(\d+)所，比目标少(\d+)所", 1, 2)
    ck.same(cl, act("常态化开设冰雪体育课的学校数"), "冰雪课学校 text vs table")
    ck.total("sum_mismatch", tgt("常态化开设冰雪体育课的学校数"), [cl, less], "比目标少")
    ck.same(ck.g(r"新创建省级冰雪运动特色学校(\d+)所"), act("新创建冰雪运动特色学校"), "特色学校")
    ck.same(ck.g(r"学生及家长满意度" + NUM + "%。"), act("学生及家长满意度"), "满意度 text vs table")
    a = ck.g(r"浇筑校园冰场不少于(\d+)块；组织学生上雪体验不少于(\d+)人次；培训冰雪体育教师(\d+)人；冰雪进校园学校覆盖率达到(\d+)%以上；"
             r"学生上雪体验人均成本不超过(\d+)元；学生冰雪运动技能达标率不低于(\d+)%", 1, 2, 3, 4, 5, 6)
    for v, nm in zip(a, ["校园冰场浇筑数量", "学生上雪体验人次", "冰雪体育教师培训人数", "冰雪进校园学校覆盖率",
                         "学生上雪体验人均成本", "学生冰雪运动技能达标率"]):
        ck.same(v, tgt(nm), f"target {nm}")
    return ck


# ================================================================ P4 Heilongjiang Shangzhi 2021
def check_p4(t):
    ck = Ck(t, 2021)
    ck.eval_year(ck.g(r"^尚志市体育局\n(\d{4})年度"), "title year")
    ck.eval_year(ck.g(r"自评表（(\d{4})年度）"), "table year")
    names = ["年度资金总额", "其中：财政资金", "其他资金"]
    fr = funds_rows(t, names, "｜")
    mof_funds(ck, fr, names[0], names[1:])
    tot = fr["年度资金总额"]
    ini = ck.g(r"市财政批复项目预算(\d+)万元")
    ck.same(ini, tot[1], "年初 text vs table")
    prov, spons, ann, fis, oth = ck.g(r"下达冰雪运动专项资金(\d+)万元，另有赛事冠名赞助收入" + NUM + r"万元纳入项目统一管理，调整后全年预算"
                                      + NUM + r"万元，其中财政资金" + NUM + r"万元、其他资金" + NUM + "万元", 1, 2, 3, 4, 5)
    ck.total("sum_mismatch", fis, [ini, prov], "财政资金 = 批复 + 省专项")
    ck.total("sum_mismatch", ann, [fis, oth], "全年 = 财政 + 其他")
    ck.same(spons, oth, "赞助 twice")
    ck.same(ann, tot[2], "全年 text vs table")
    ck.same(fis, fr["其中：财政资金"][2], "财政 text vs table")
    ck.same(oth, fr["其他资金"][2], "其他 text vs table")
    rec, rr = ck.g(r"项目资金到位" + NUM + r"万元，到位率(\d+)%", 1, 2)
    ck.rate("rate_mismatch", rr, rec, ann, "到位率")
    spent, rate, bal, cy = ck.g(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元.*?结转至(\d{4})年", 1, 2, 3, 4)
    ck.same(spent, tot[3], "执行 text vs table")
    ck.same(rate, tot[5].rstrip("%"), "执行率 text vs table")
    ck.rate("rate_mismatch", rate, spent, ann, "执行率 text")
    ck.ok("balance_mismatch", agree(bal, dnum(rec) - dnum(spent)), f"结余 {bal}")
    ck.carry(cy, "carry-over")
    uses = ck.g(r"赛事补助" + NUM + r"万元、公共滑冰场运行补助" + NUM + r"万元、裁判员及志愿者培训" + NUM + r"万元、宣传和保险" + NUM + "万元", 1, 2, 3, 4)
    ck.total("sum_mismatch", spent, uses, "支出构成")
    # indicator table
    rows = []
    for c in table_lines(t, "一级指标｜二级指标｜三级指标｜指标性质", "｜"):
        if c[0] == "总分":
            wt_tot, sc_tot = c[7], c[8]
            break
        nature, val, unit, act = c[3], c[4], c[5], c[6]
        u = "" if unit == "—" else unit
        if nature == "定性":
            target, actual = val, act
        else:
            target, actual = nature + val + u, act + u
        rows.append(Row(c[0], c[2], target, actual, c[7], c[8]))
    by = {r.name: r for r in rows}
    ew, pw, op, bp = ck.g(r"预算执行率(\d+)分，绩效指标(\d+)分（产出指标(\d+)分、效益指标(\d+)分）", 1, 2, 3, 4)
    ck.same(ew, tot[4], "execution weight text vs table", code="weight_sum_mismatch")
    ck.ok("weight_sum_mismatch", dnum(ew) + dnum(pw) == 100, "执行 + 绩效 = 100")
    ck.ok("weight_sum_mismatch", dnum(op) + dnum(bp) == dnum(pw), "产出 + 效益 = 绩效")
    total, se, so, sb, gw = ck.g(r"本项目自评得分" + NUM + r"分，其中预算执行" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM
                                 + r"分，等级为(\S)", 1, 2, 3, 4, 5)
    ck.indicators(rows, extra_w=[tot[4]], extra_s=[tot[6]], weight_totals=[wt_tot], score_totals=[sc_tot, total],
                  level_weights={"产出指标": op, "效益指标": bp}, level_scores={"产出指标": so, "效益指标": sb})
    ck.total("score_sum_mismatch", total, [se, so, sb], "得分构成")
    ck.same(se, tot[6], "execution score text vs table")
    ck.same(total, sc_tot, "total text vs table")
    ck.grade(total, gw, "grade (text)")
    ck.grade(sc_tot, ck.g(r"\n评价等级｜(\S+)"), "grade (table)")
    def act(name):
        return parse_val(by[name].actual)["n"]
    def tgt(name):
        return parse_val(by[name].target)["n"]
    ev = ck.g(r"全年举办群众性冰雪赛事(\d+)项次")
    ck.same(ev, act("举办群众性冰雪赛事"), "赛事 text vs table")
    ath, comp, per = ck.g(r"参赛运动员(\d+)人，完成年度指标的" + NUM + r"%，平均每项次约(\d+)人", 1, 2, 3)
    ck.same(ath, act("参赛运动员人数"), "运动员 text vs table")
    ck.ok("completion_mismatch", agree(comp, dnum(ath) / dnum(tgt("参赛运动员人数")) * 100), "运动员完成率")
    ck.avg(per, ath, ev, "平均每项次人数")
    n12, sub, avg = ck.g(r"(\d+)项次赛事补助合计" + NUM + r"万元，平均每项次" + NUM + "万元", 1, 2, 3)
    ck.same(n12, ev, "项次 twice")
    ck.same(sub, uses[0], "赛事补助 twice")
    ck.avg(avg, sub, n12, "平均每项次补助")
    ck.same(avg, act("每项次赛事平均补助"), "平均补助 text vs table")
    r1, r2_, r3, ravg = ck.g(r"分别补助" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元，平均每处" + NUM + "万元", 1, 2, 3, 4)
    ck.total("sum_mismatch", uses[1], [r1, r2_, r3], "三处冰场补助")
    ck.ok("average_mismatch", agree(ravg, (dnum(r1) + dnum(r2_) + dnum(r3)) / 3), "平均每处")
    ck.same(ck.g(r"三处冰场冬季开放(\d+)天"), act("公共滑冰场开放天数"), "开放天数")
    tn, tp = ck.g(r"培训裁判员和志愿者(\d+)人，人均(\d+)元", 1, 2)
    ck.money_avg(tp, "元", uses[2], tn, "培训人均")
    ck.same(ck.g(r"参与冰雪运动约" + NUM + "万人次"), act("带动群众参与冰雪运动"), "参与人次")
    a = ck.g(r"举办群众性冰雪赛事不少于(\d+)项次，参赛运动员不少于(\d+)人；公共滑冰场冬季开放不少于(\d+)天，冰面质量检查达标率不低于(\d+)%；"
             r"赛事零安全事故；每项次赛事平均补助不超过(\d+)万元；带动群众参与冰雪运动(\d+)万人次以上", 1, 2, 3, 4, 5, 6)
    for v, nm in zip(a, ["举办群众性冰雪赛事", "参赛运动员人数", "公共滑冰场开放天数", "冰面质量检查达标率",
                         "每项次赛事平均补助", "带动群众参与冰雪运动"]):
        ck.same(v, tgt(nm), f"target {nm}")
    return ck


# ================================================================ P5 Xinjiang Altay 2024 (department)
def check_p5(t):
    ck = Ck(t, 2024)
    ck.eval_year(ck.g(r"^阿勒泰市体育局(\d{4})年度部门整体"), "title year")
    ck.eval_year(ck.g(r"自评表（(\d{4})年度）"), "table year")
    ck.eval_year(ck.g(r"我局(\d{4})年度部门整体支出自评得分"), "conclusion year")
    ini, add, cf, ann, fis, cf2 = ck.g(r"(\d{4})年年初预算" + NUM + r"万元。年内自治区下达冬季冰雪运动专项" + NUM + r"万元，加上上年结转资金" + NUM
                                       + r"万元，全年预算" + NUM + r"万元，其中本年财政拨款" + NUM + r"万元、上年结转" + NUM + "万元",
                                       2, 3, 4, 5, 6, 7)
    ck.eval_year(ck.g(r"(\d{4})年年初预算"), "budget year")
    ck.total("sum_mismatch", ann, [ini, add, cf], "年初 + 追加 + 结转")
    ck.total("sum_mismatch", ann, [fis, cf2], "财政拨款 + 结转")
    ck.same(cf, cf2, "上年结转 twice")
    basic, staff, office, proj = ck.g(r"基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM + "万元", 1, 2, 3, 4)
    ck.total("sum_mismatch", basic, [staff, office], "基本支出构成")
    ck.total("sum_mismatch", ann, [basic, proj], "基本 + 项目")
    sg0, sg1 = ck.g(r"“三公”经费年初预算" + NUM + r"万元，全年实际支出" + NUM + "万元", 1, 2)
    spent, rate = ck.g(r"全年支出" + NUM + r"万元，部门预算执行率" + NUM + "%", 1, 2)
    ck.rate("rate_mismatch", rate, spent, ann, "部门执行率")
    pt = table_lines(t, "项目名称\t全年预算（万元）", "\t")
    prow = {c[0]: c for c in pt}
    items = ["冰雪进校园", "群众冰雪赛事", "将军山滑雪场公共服务补贴"]
    for nm in items + ["小计"]:
        c = prow[nm]
        ck.plausible(c[3].rstrip("%"), f"{nm} 执行率")
        ck.rate("rate_mismatch", c[3].rstrip("%"), c[2], c[1], f"{nm} 执行率")
    ck.total("sum_mismatch", prow["小计"][1], [prow[i][1] for i in items], "项目预算小计")
    ck.total("sum_mismatch", prow["小计"][2], [prow[i][2] for i in items], "项目执行小计")
    ck.same(prow["小计"][1], proj, "项目支出 text vs table")
    ck.total("sum_mismatch", spent, [basic, prow["小计"][2]], "基本全部执行 + 项目执行")
    un, u1, u2, cy = ck.g(r"年末未执行" + NUM + r"万元，其中群众冰雪赛事" + NUM + r"万元、冰雪进校园" + NUM + r"万元.*?结转至(\d{4})年", 1, 2, 3, 4)
    ck.ok("balance_mismatch", agree(un, dnum(ann) - dnum(spent)), "未执行 total")
    ck.total("sum_mismatch", un, [u1, u2], "未执行构成")
    ck.ok("balance_mismatch", agree(u1, dnum(prow["群众冰雪赛事"][1]) - dnum(prow["群众冰雪赛事"][2])), "赛事未执行")
    ck.ok("balance_mismatch", agree(u2, dnum(prow["冰雪进校园"][1]) - dnum(prow["冰雪进校园"][2])), "进校园未执行")
    ck.carry(cy, "carry-over")
    # indicator table
    rows, l1 = [], ""
    for c in table_lines(t, "一级指标\t二级指标\t三级指标", "\t"):
        if c[0] == "合计":
            wt_tot, sc_tot = c[5], c[6]
            break
        l1 = c[0] or l1
        rows.append(Row(l1, c[2], c[3], c[4], c[5], c[6]))
    by = {r.name: r for r in rows}
    def act(name):
        return parse_val(by[name].actual)["n"]
    def tgt(name):
        return parse_val(by[name].target)["n"]
    we, wo, wb, ws = ck.g(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", 1, 2, 3, 4)
    total = ck.g(r"部门整体支出自评得分(\d+(?:\.\d+)?)分")
    ts, tg = ck.g(r"\n自评得分\t(\S+)\t评价等级\t(\S+)", 1, 2)
    ck.indicators(rows, weight_totals=[wt_tot, sum(map(dnum, [we, wo, wb, ws]))], score_totals=[sc_tot, total, ts],
                  level_weights={"预算执行": we, "产出指标": wo, "效益指标": wb, "满意度指标": ws})
    ck.same(total, sc_tot, "total text vs table")
    ck.same(ts, sc_tot, "total twice in table")
    ck.grade(ts, tg, "grade")
    ck.same(act("部门预算执行率"), rate, "执行率 text vs table")
    ck.same(act("“三公”经费支出"), sg1, "三公 text vs table")
    ck.same(tgt("“三公”经费支出"), sg0, "三公 target text vs table")
    sch = ck.g(r"全市(\d+)所中小学全部开设冰雪体育课")
    ck.same(sch, act("冰雪进校园覆盖中小学校数"), "学校数")
    stu, pm, pp = ck.g(r"组织学生上雪(\d+)人次，项目支出" + NUM + r"万元，人均补助(\d+)元", 1, 2, 3)
    ck.same(pm, prow["冰雪进校园"][2], "进校园支出 text vs table")
    ck.money_avg(pp, "元", pm, stu, "人均补助")
    sk, less = ck.g(r"掌握基本滑雪技能的学生达到(\d+)人，比年度目标少(\d+)人", 1, 2)
    ck.same(sk, act("掌握基本滑雪技能的学生人数"), "滑雪技能 text vs table")
    ck.total("sum_mismatch", tgt("掌握基本滑雪技能的学生人数"), [sk, less], "比目标少")
    ev, part, em, eavg = ck.g(r"群众冰雪赛事(\d+)场，比2023年多4场，带动群众参与冰雪运动约" + NUM + r"万人次；赛事支出" + NUM
                              + r"万元，场均约" + NUM + "万元", 1, 2, 3, 4)
    ck.same(ev, act("举办群众冰雪赛事"), "赛事场次")
    ck.same(part, act("参与冰雪运动人次"), "参与人次")
    ck.same(em, prow["群众冰雪赛事"][2], "赛事支出 text vs table")
    ck.avg(eavg, em, ev, "场均")
    ck.same(ck.g(r"全年公益开放(\d+)天"), act("滑雪场公益开放日"), "公益开放天数 text vs table")
    sat = ck.g(r"群众满意度为" + NUM + "%")
    ck.plausible(sat, "满意度 text")
    ck.same(sat, act("群众满意度"), "满意度 text vs table")
    tr, trt = ck.g(r"培训冰雪社会体育指导员(\d+)人，未达到(\d+)人的目标", 1, 2)
    ck.same(tr, act("冰雪社会体育指导员培训"), "指导员")
    ck.same(trt, tgt("冰雪社会体育指导员培训"), "指导员目标")
    s1, s2, s3, savg = ck.g(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分，平均" + NUM + "分", 1, 2, 3, 4)
    ck.ok("average_mismatch", agree(savg, (dnum(s1) + dnum(s2) + dnum(s3)) / 3), "项目平均分")
    return ck


CHECKS = {
    "he-chongli-qunzhongbingxue-2019": check_p1,
    "hb-shennongjia-nanfangbingxue-2020": check_p2,
    "jl-fusong-bingxuejinxiaoyuan-2022": check_p3,
    "hlj-shangzhi-bingxuesaishi-2021": check_p4,
    "xj-aletai-tiyuju-bumen-2024": check_p5,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = read(name)
        if not name.startswith(src):
            problems.append(f"{name}: source {src}")
        n_chars = len(text)
        try:
            ck = CHECKS[src](text)
        except Structure as exc:
            problems.append(f"{name}: structure: {exc}")
            continue
        failed = {c for c, _ in ck.fails}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if not (2800 <= n_chars <= 3400):
                problems.append(f"{name}: length {n_chars} outside 2800-3400")
            if failed:
                problems.append(f"{name}: clean draft fails {ck.fails}")
            if ck.rule:
                problems.append(f"{name}: clean draft score-rule deviations {ck.rule}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected {len(exp)} labels")
            continue
        e = exp[0]
        codes[e["code"]] += 1
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {e}")
        val = e["value"]
        if text.count(val) != 1:
            problems.append(f"{name}: value occurs {text.count(val)} times")
            continue
        clean = read(f"{src}-clean.txt")
        # one contiguous changed place
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        a_lo, a_hi = p, len(text) - s
        v_lo = text.index(val)
        v_hi = v_lo + len(val)
        if text == clean:
            problems.append(f"{name}: identical to clean")
        if a_hi > a_lo:
            overlap = v_lo < a_hi and a_lo < v_hi
        else:  # pure deletion: the cut point must lie inside the value
            overlap = v_lo <= a_lo <= v_hi
        if not overlap:
            problems.append(f"{name}: changed place [{a_lo},{a_hi}) does not overlap value [{v_lo},{v_hi})")
        changed = text[a_lo:a_hi]
        if "\n" in changed or len(changed) > 12:
            problems.append(f"{name}: changed place too large: {changed!r}")
        if failed != {e["code"]}:
            problems.append(f"{name}: expected only {e['code']}, checks failed: {ck.fails}")
    for c in sorted(CODES):
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")


if __name__ == "__main__":
    main()
