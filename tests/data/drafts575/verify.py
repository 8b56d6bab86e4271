#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (stdlib + decimal only).

Clean drafts must break no identity (and, as a sanity check, every row score must follow rules §5);
each error case must break exactly its labelled identity, its `value` must occur once, and the case
must differ from its clean draft by one contiguous edit of at most 40 characters overlapping `value`.
Identities follow rules.md §7 (I1–I14); tolerance follows §8 (half a unit of the stated last decimal).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"(-?[\d,]+(?:\.\d+)?)"
UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


class ParseError(Exception):
    pass


def N(s):
    return D(s.replace(",", ""))


def nd(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(calc, s):
    return abs(D(calc) - N(s)) <= D("0.5") * D(10) ** -nd(s) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def days(year):
    return 366 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 365


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Check:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.codes = set()
        self.msgs = []
        self.rule_errors = []

    # -- reporting
    def need(self, code, cond, msg):
        if not cond:
            self.codes.add(code)
            self.msgs.append(f"{code}: {msg}")

    def rule(self, cond, msg):
        if not cond:
            self.rule_errors.append(msg)

    # -- reading
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{len(ms)} matches for {pat}")
        return ms[0]

    def all(self, pat):
        return list(re.finditer(pat, self.t))

    def table(self, title):
        """Rows of a space-aligned table: from the line starting with `title` to the next blank line."""
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.startswith(title)]
        if len(idx) != 1:
            raise ParseError(f"table {title}: {len(idx)} titles")
        rows = {}
        for ln in lines[idx[0] + 1:]:
            if not ln.strip():
                break
            cells = re.split(r"\s{2,}", ln.strip())
            if re.match(r"^(金额)?单位：", cells[0]):
                continue
            rows[cells[0]] = cells
        return rows

    # -- comparisons
    def rate(self, num, den, stated, msg, bounded=True):
        """I1/I2/I5: stated rate against num/den; '—' only on a zero base. Growth rates are not bounded."""
        num, den = D(num), D(den)
        if stated in ("—", "-"):
            return  # a dash is not a figure; on a non-zero base it is at most a missing figure
        v = N(stated.rstrip("%"))
        if den == 0:
            self.need("implausible_rate", v == 0, f"{msg}: rate {stated} on a zero base")
            return
        calc = num / den * 100
        if bounded and (v > 100 or v < 0):
            self.need("implausible_rate", False, f"{msg}: rate {stated} outside 0–100%")
            return
        self.need("rate_mismatch", ok(calc, stated.rstrip("%")), f"{msg}: {num}/{den} = {r2(calc)}%, stated {stated}")

    def money(self, code, stated, unit, ref_wan, msg):
        """Same amount: stated (in its own unit) against a reference in 万元; off by 10^4/10^8 → unit_mismatch."""
        ref = D(ref_wan) / UNIT[unit]
        if ok(ref, stated):
            return
        for k in (4, 8, -4, -8):
            if ok(ref * D(10) ** k, stated):
                self.need("unit_mismatch", False, f"{msg}: {stated}{unit} vs {ref_wan}万元 (off by 10^{k})")
                return
        self.need(code, False, f"{msg}: {stated}{unit} vs {ref_wan}万元")

    def same(self, stated, ref, msg):
        self.need("conflicting_values", ok(N(ref), stated), f"{msg}: {stated} vs {ref}")

    def total(self, parts, whole, msg, code="sum_mismatch"):
        s = sum(N(p) for p in parts)
        self.need(code, ok(s, whole), f"{msg}: {' + '.join(parts)} = {s}, stated {whole}")

    # -- generic pieces
    def years(self):
        Y = self.year
        m = re.search(r"(\d{4})年度", self.t)
        self.need("year_mismatch", m and int(m.group(1)) == Y, "title year")
        for m in self.all(r"截至(\d{4})年12月31日"):
            self.need("year_mismatch", int(m.group(1)) == Y, f"截至{m.group(1)}年 in a {Y} report")
        for m in self.all(r"结转至(\d{4})年"):
            self.need("year_mismatch", int(m.group(1)) > Y, f"结转至{m.group(1)}年 in a {Y} report")
        for m in self.all(r"(\d{4})年年初(?:部门)?预算"):
            self.need("year_mismatch", int(m.group(1)) == Y, f"{m.group(1)}年年初预算 in a {Y} report")
        for m in self.all(r"于(\d{4})年(\d{1,2})月提前(?:预拨|下达)"):
            y, mo = int(m.group(1)), int(m.group(2))
            self.need("year_mismatch", y == Y or (y == Y - 1 and mo == 12), f"advance {y}-{mo}")

    def comparison(self, title, annual, daily):
        """Two-year table: 增减 = b − a, 同比 = 增减/a; 日均 = 年客运量 / days of each year."""
        rows = self.table(title)
        hdr = [c for c in list(rows.values())[0]]
        ya, yb = int(hdr[1][:4]), int(hdr[2][:4])
        out = {}
        for name, c in list(rows.items())[1:]:
            if name.startswith("注"):
                continue
            a, b, d, p = c[1], c[2], c[3], c[4]
            out[name] = (a, b, d, p)
            self.need("sum_mismatch", ok(N(b) - N(a), d), f"{name}: {b} − {a} ≠ {d}")
            if p == "—":
                self.need("rate_mismatch", N(d) == 0, f"{name}: 同比 — with a change")
            else:
                self.need("rate_mismatch", ok((N(b) - N(a)) / N(a) * 100, p.rstrip("%")), f"{name}: 同比 {p}")
        if annual and daily:
            a1, b1 = out[annual][0], out[annual][1]
            a2, b2 = out[daily][0], out[daily][1]
            self.need("average_mismatch", ok(N(a1) / days(ya), a2), f"{ya} 日均 {a2} vs {a1}/{days(ya)}")
            self.need("average_mismatch", ok(N(b1) / days(yb), b2), f"{yb} 日均 {b2} vs {b1}/{days(yb)}")
        return out

    def indicators(self, title, exec_pat, has_comp, sichuan=False):
        """Goal-block self-evaluation table → (exec cells, rows, total cells). Checks I6–I8, I13, I5."""
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.startswith(title)]
        if len(idx) != 1:
            raise ParseError(f"indicator table {title}")
        i = idx[0] + 1
        blocks, rows, exe, tot = [], [], None, None
        while i < len(lines):
            ln = lines[i].strip()
            i += 1
            if not ln:
                continue
            cells = re.split(r"\s{2,}", ln)
            if re.match(exec_pat, ln):
                if sichuan:
                    exe = None
                    continue
                m = re.search(r"（分值(\d+)分）", ln)
                i += 1  # header line
                vals = re.split(r"\s{2,}", lines[i].strip())
                i += 1
                exe = {"weight_head": m.group(1), "budget": vals[0], "spent": vals[1], "rate": vals[2],
                       "weight": vals[3], "score": vals[4]}
                continue
            if sichuan and cells[0] == "年度资金总额":
                exe = {"weight_head": cells[4], "budget": cells[2], "spent": cells[3], "rate": cells[5],
                       "weight": cells[4], "score": cells[6], "initial": cells[1]}
                continue
            m = re.match(r"年度目标\d.*（分值(\d+)分）", ln)
            if m:
                blocks.append({"weight": m.group(1), "rows": []})
                continue
            if "三级指标" in ln or ln.startswith("项目名称") or ln.startswith("项目资金") or ln.startswith("部门名称"):
                continue
            if cells[0] == "合计":
                tot = cells
                break
            if sichuan:
                if cells[0] in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
                    continue
                k = [j for j, c in enumerate(cells) if c in ("≥", "≤", "=", "＞", "＜")][0]
                row = {"name": cells[k - 1], "target": (cells[k] if cells[k] != "=" else "") + cells[k + 1] + cells[k + 2],
                       "actual": cells[k + 3] + cells[k + 2], "weight": cells[k + 4], "score": cells[k + 5],
                       "comp": None, "line": ln}
                if cells[k] == "=" and N(cells[k + 1]) == 0:
                    row["target"] = cells[k + 1] + cells[k + 2]
            elif has_comp:
                row = {"name": cells[-6], "target": cells[-5], "actual": cells[-4], "comp": cells[-3],
                       "weight": cells[-2], "score": cells[-1], "line": ln}
            else:
                row = {"name": cells[-5], "target": cells[-4], "actual": cells[-3], "comp": None,
                       "weight": cells[-2], "score": cells[-1], "line": ln}
            if not blocks:
                raise ParseError("row before any goal block")
            blocks[-1]["rows"].append(row)
            rows.append(row)
        if exe is None or tot is None:
            raise ParseError("indicator table incomplete")
        # I6 weights
        for b in blocks:
            self.total([r["weight"] for r in b["rows"]], b["weight"], "block weights", "weight_sum_mismatch")
        self.total([exe["weight"]] + [b["weight"] for b in blocks], tot[1], "all weights", "weight_sum_mismatch")
        self.need("weight_sum_mismatch", N(tot[1]) == 100, f"weights total {tot[1]}")
        if not sichuan:
            self.need("weight_sum_mismatch", exe["weight"] == exe["weight_head"], "exec weight vs its heading")
        # I7 scores
        scores = [exe["score"]] + [r["score"] for r in rows]
        self.need("score_exceeds_weight", N(exe["score"]) <= N(exe["weight"]), "exec score above weight")
        for r in rows:
            self.need("score_exceeds_weight", 0 <= N(r["score"]) <= N(r["weight"]),
                      f"{r['name']}: score {r['score']} vs weight {r['weight']}")
        self.total(scores, tot[2], "row scores vs table total", "score_sum_mismatch")
        # exec rate and score rule
        self.rate(N(exe["spent"]), N(exe["budget"]), exe["rate"], "自评表 执行率")
        raw = N(exe["spent"]) / N(exe["budget"])
        printed = N(exe["rate"].rstrip("%")) / 100
        w = N(exe["weight"])
        self.rule(ok(w * min(raw, D(1)), exe["score"]) or ok(w * min(printed, D(1)), exe["score"]),
                  f"exec score {exe['score']}")
        # rows: units, completion, satisfaction, score rule
        for r in rows:
            self.row(r)
        return exe, rows, tot

    def row(self, r):
        tm = re.match(r"^(≥|≤|＞|＜|=)?\s*(\d+(?:\.\d+)?)(.*)$", r["target"])
        am = re.match(r"^(\d+(?:\.\d+)?)(.*)$", r["actual"])
        date = "年" in r["target"] and "月" in r["target"]
        w, s = N(r["weight"]), N(r["score"])
        if date or not tm:
            # qualitative or date target
            if r["comp"] not in (None, "—"):
                self.need("completion_mismatch", N(r["comp"].rstrip("%")) <= 100, f"{r['name']} completion")
            if am and not date:
                self.need("unit_mismatch", False, f"{r['name']}: numeric actual for a qualitative target")
            if date:
                self.rule(s == w, f"{r['name']} date row score")
            else:
                self.rule(D("0.6") * w <= s < D("0.8") * w or s == w, f"{r['name']} qualitative band")
            return
        sign, T, tu = tm.group(1) or "", N(tm.group(2)), tm.group(3).strip()
        if not am:
            self.need("unit_mismatch", False, f"{r['name']}: actual {r['actual']} not a figure")
            return
        A, au = N(am.group(1)), am.group(2).strip()
        if tu != au:
            self.need("unit_mismatch", False, f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
            return
        if "满意度" in r["name"] or (au == "%" and "率" in r["name"] and "满载率" not in r["name"]):
            self.need("implausible_rate", A <= 100, f"{r['name']}: {A}% above 100%")
        if sign in ("≤", "＜"):
            comp = D(100) if A <= T else T / A * 100
            score = w if A <= T else w * T / A
        elif T == 0:
            comp, score = None, (w if A <= 0 else D(0))
        else:
            comp = A / T * 100
            score = w if A >= T else w * A / T
        if r["comp"] is not None:
            if comp is None:
                self.need("completion_mismatch", r["comp"] == "—", f"{r['name']}: completion on a zero target")
            else:
                self.need("completion_mismatch", r["comp"] != "—" and ok(comp, r["comp"].rstrip("%")),
                          f"{r['name']}: completion {r2(comp)}%, stated {r['comp']}")
        self.rule(ok(score, r["score"]), f"{r['name']}: score {r['score']} vs rule {r2(score)}")

    def grade(self, total_pat):
        m = self.one(total_pat)
        g = GRADE.get(m.group(2))
        self.need("grade_mismatch", g == band(N(m.group(1))), f"{m.group(1)} → {band(N(m.group(1)))}, stated {m.group(2)}")
        return m.group(1)

    def actual(self, rows, name):
        for r in rows:
            if r["name"] == name:
                return r
        raise ParseError(f"no indicator {name}")

    def restate(self, rows, name, stated, unit=None):
        """Prose restatement of an indicator actual (same unit only; a unit slip is the row's own finding)."""
        r = self.actual(rows, name)
        am = re.match(r"^(\d+(?:\.\d+)?)(.*)$", r["actual"])
        if not am:
            return
        if unit is not None and am.group(2).strip() != unit:
            return
        self.same(stated, am.group(1), f"{name} in text vs table")

    def completion_text(self, rows, name, stated):
        r = self.actual(rows, name)
        tm = re.match(r"^(≥|≤)?\s*(\d+(?:\.\d+)?)", r["target"])
        am = re.match(r"^(\d+(?:\.\d+)?)", r["actual"])
        self.need("completion_mismatch", ok(N(am.group(1)) / N(tm.group(2)) * 100, stated),
                  f"{name}: completion in text {stated}%")


# ------------------------------------------------------------------ projects

def hefei(c):
    t1 = c.table("表1")
    for k in ("市级财政资金", "开发区分担资金", "合计"):
        ini, adj, full, recv, spent, rate = t1[k][1:7]
        c.total([ini, adj], full, f"表1 {k} 年初+调整")
        c.rate(N(spent), N(full), rate, f"表1 {k}")
        c.need("implausible_rate", N(spent) <= N(recv) <= N(full), f"表1 {k} ordering")
    for j in range(1, 6):
        c.total([t1["市级财政资金"][j], t1["开发区分担资金"][j]], t1["合计"][j], f"表1 column {j}")
    T = t1["合计"]
    t2 = c.table("表2")
    items = [k for k in t2 if k not in ("分项内容", "合计")]
    for k in items + ["合计"]:
        c.rate(N(t2[k][2]), N(t2[k][1]), t2[k][3], f"表2 {k}")
    c.total([t2[k][1] for k in items], t2["合计"][1], "表2 budgets")
    c.total([t2[k][2] for k in items], t2["合计"][2], "表2 spending")
    c.same(t2["合计"][1], T[3], "表2 vs 表1 budget")
    c.same(t2["合计"][2], T[5], "表2 vs 表1 spending")
    # prose funds
    ini = c.one(r"年初预算安排运营补贴资金" + NUM + "万元").group(1)
    add = c.one(r"9月追加" + NUM + "万元").group(1)
    m = c.one(r"调整后全年预算" + NUM + r"万元（" + NUM + r"(亿元|万元|元)）")
    c.total([ini, add], m.group(1), "年初 + 追加 = 全年")
    c.same(ini, T[1], "年初 in text")
    c.same(m.group(1), T[3], "全年 in text")
    c.money("conflicting_values", m.group(2), m.group(3), N(T[3]), "全年预算 restated")
    m = c.one(r"市级财政资金" + NUM + r"万元，开发区分担资金" + NUM + "万元")
    c.total([m.group(1), m.group(2)], T[3], "sources in text")
    c.same(m.group(1), t1["市级财政资金"][3], "市级 in text")
    m = c.one(r"全年实际到位" + NUM + r"万元，到位率" + NUM + "%")
    c.same(m.group(1), T[4], "到位 in text")
    c.rate(N(T[4]), N(T[3]), m.group(2), "到位率 in text")
    m = c.one(r"实际支出" + NUM + r"万元（约" + NUM + r"(亿元|万元)），预算执行率" + NUM + "%")
    c.same(m.group(1), T[5], "执行 in text")
    c.money("conflicting_values", m.group(2), m.group(3), N(T[5]), "执行 in 亿元")
    c.rate(N(T[5]), N(T[3]), m.group(4), "执行率 in text")
    bal = c.one(r"结余" + NUM + "万元").group(1)
    c.need("balance_mismatch", ok(N(T[4]) - N(T[5]), bal), f"结余 {bal} vs {N(T[4]) - N(T[5])}")
    m = c.one(r"共" + NUM + r"万人次，按每人次" + NUM + r"元的补偿标准结算" + NUM + r"万元（" + NUM + r"(元|万元)），执行率" + NUM + "%")
    k = "老年人等优惠乘车补偿"
    c.need("sum_mismatch", ok(N(m.group(1)) * N(m.group(2)), m.group(3)), "人次 × 标准")
    c.same(m.group(3), t2[k][2], "优惠补偿 in text")
    c.money("conflicting_values", m.group(4), m.group(5), N(t2[k][2]), "优惠补偿 in 元")
    c.rate(N(t2[k][2]), N(t2[k][1]), m.group(6), "优惠补偿 rate in text")
    c.rate(N(t2[k][2]), N(t2[k][1]), c.one(r"学生优惠乘车实际人次低于预期，执行率" + NUM + "%").group(1), "问题 rate")
    # operations
    cmp_ = c.comparison("表3", "年客运量（万人次）", "日均客运量（万人次）")
    ann = cmp_["年客运量（万人次）"]
    day = cmp_["日均客运量（万人次）"]
    m = c.one(r"全年完成客运量" + NUM + r"万人次，同比增长" + NUM + r"%；日均客运量" + NUM + r"万人次，比上年增加" + NUM + "万人次")
    c.same(m.group(1), ann[1], "客运量 in text")
    c.rate(N(ann[1]) - N(ann[0]), N(ann[0]), m.group(2), "同比 in text", bounded=False)
    c.same(m.group(3), day[1], "日均 in text")
    c.need("sum_mismatch", ok(N(day[1]) - N(day[0]), m.group(4)), "日均增加")
    m = c.one(r"一至四季度客运量分别为" + NUM + r"万人次、" + NUM + r"万人次、" + NUM + r"万人次、" + NUM + r"万人次，季度平均" + NUM + "万人次")
    q = [m.group(i) for i in range(1, 5)]
    c.total(q, ann[1], "quarters vs annual")
    c.need("average_mismatch", ok(sum(N(x) for x in q) / 4, m.group(5)), f"quarter average {m.group(5)}")
    # indicator table
    exe, rows, tot = c.indicators("表4", r"^预算执行情况（分值\d+分）", has_comp=False)
    c.same(exe["budget"], T[3], "自评表 budget")
    c.same(exe["spent"], T[5], "自评表 spending")
    m = c.one(r"全年客运量" + NUM + r"万人次，为年度目标的" + NUM + "%")
    c.restate(rows, "年客运量", m.group(1), "万人次")
    c.completion_text(rows, "年客运量", m.group(2))
    m = c.one(r"列车正点率" + NUM + r"%，运行图兑现率" + NUM + "%")
    c.restate(rows, "列车正点率", m.group(1), "%")
    c.restate(rows, "运行图兑现率", m.group(2), "%")
    m = c.one(r"全年日均客运量" + NUM + r"万人次，按" + NUM + r"公里运营里程计算客流强度为" + NUM + "万人次")
    c.same(m.group(1), day[1], "日均 in 目标2")
    c.restate(rows, "运营里程", m.group(2), "公里")
    c.need("average_mismatch", ok(N(m.group(1)) / N(m.group(2)), m.group(3)), "客流强度 = 日均/里程")
    c.restate(rows, "客流强度", m.group(3), "万人次/公里·日")
    c.restate(rows, "单位车公里运营成本", c.one(r"单位车公里运营成本" + NUM + "元，").group(1), "元/车公里")
    c.restate(rows, "乘客满意度", c.one(r"乘客满意度" + NUM + "%，").group(1), "%")
    total = c.grade(r"自评得分" + NUM + r"分，评价等级为“(.+?)”")
    c.total([exe["score"]] + [r["score"] for r in rows], total, "row scores vs text total", "score_sum_mismatch")


def wuhan(c):
    t1 = c.table("资金来源及执行情况表")
    keys = ["市级财政资金", "沿线区分担资金", "合计"]
    for k in keys:
        full, recv, spent, rate = t1[k][1:5]
        c.rate(N(spent), N(full), rate, f"来源表 {k}")
        c.need("implausible_rate", N(spent) <= N(recv) <= N(full), f"来源表 {k} ordering")
    for j in range(1, 4):
        c.total([t1[keys[0]][j], t1[keys[1]][j]], t1["合计"][j], f"来源表 column {j}")
    T = t1["合计"]
    t2 = c.table("分项资金使用情况表")
    items = [k for k in t2 if k not in ("补贴项目", "合计")]
    for k in items + ["合计"]:
        c.rate(N(t2[k][2]), N(t2[k][1]), t2[k][3], f"分项表 {k}")
    c.total([t2[k][1] for k in items], t2["合计"][1], "分项 budgets")
    c.total([t2[k][2] for k in items], t2["合计"][2], "分项 spending")
    c.same(t2["合计"][1], T[1], "分项 vs 来源 budget")
    c.same(t2["合计"][2], T[3], "分项 vs 来源 spending")
    ini = c.one(r"2021年年初预算" + NUM + "万元").group(1)
    add = c.one(r"追加新线开通初期运营补贴等" + NUM + "万元").group(1)
    m = c.one(r"全年预算" + NUM + r"万元（" + NUM + r"(亿元|万元|元)）")
    c.total([ini, add], m.group(1), "年初 + 追加 = 全年")
    c.same(m.group(1), T[1], "全年 in text")
    c.money("conflicting_values", m.group(2), m.group(3), N(T[1]), "全年 in 亿元")
    m = c.one(r"其中市级财政资金" + NUM + r"万元，江岸、江汉等沿线区分担资金" + NUM + "万元")
    c.total([m.group(1), m.group(2)], T[1], "sources in text")
    c.same(m.group(1), t1["市级财政资金"][1], "市级 in text")
    c.same(m.group(2), t1["沿线区分担资金"][1], "区级 in text")
    m = c.one(r"全年实际到位" + NUM + r"万元，到位率" + NUM + "%")
    c.same(m.group(1), T[2], "到位 in text")
    c.rate(N(T[2]), N(T[1]), m.group(2), "到位率 in text")
    m = c.one(r"实际支出" + NUM + r"万元（约" + NUM + r"(亿元|万元)），预算执行率" + NUM + "%")
    c.same(m.group(1), T[3], "执行 in text")
    c.money("conflicting_values", m.group(2), m.group(3), N(T[3]), "执行 in 亿元")
    c.rate(N(T[3]), N(T[1]), m.group(4), "执行率 in text")
    bal = c.one(r"未执行" + NUM + "万元").group(1)
    c.need("balance_mismatch", ok(N(T[2]) - N(T[3]), bal), f"未执行 {bal}")
    # comparison
    cmp_ = c.comparison("2020—2021年主要运营指标对比表", "年客运量（万人次）", "日均客运量（万人次）")
    ann, day = cmp_["年客运量（万人次）"], cmp_["日均客运量（万人次）"]
    km, sub = cmp_["运营里程（公里）"], cmp_["运营补贴支出（万元）"]
    c.same(sub[1], T[3], "对比表 补贴 vs 执行")
    m = c.one(r"全年客运量" + NUM + r"万人次（约" + NUM + r"亿人次），同比增长" + NUM + r"%；日均客运量" + NUM + r"万人次，比上年增加" + NUM + "万人次")
    c.same(m.group(1), ann[1], "客运量 in text")
    c.same(m.group(2), str(N(ann[1]) / 10000), "客运量 in 亿人次")
    c.rate(N(ann[1]) - N(ann[0]), N(ann[0]), m.group(3), "同比 in text", bounded=False)
    c.same(m.group(4), day[1], "日均 in text")
    c.need("sum_mismatch", ok(N(day[1]) - N(day[0]), m.group(5)), "日均增加")
    m = c.one(r"运营里程由年初的" + NUM + r"公里增加" + NUM + "公里")
    c.same(m.group(1), km[0], "年初里程")
    c.need("sum_mismatch", ok(N(km[1]) - N(km[0]), m.group(2)), "里程增加")
    c.same(c.one(r"运营补贴支出同比减少" + NUM + "万元").group(1), str(-N(sub[2])), "补贴减少")
    c.same(c.one(r"运营线路11条，运营里程" + NUM + "公里").group(1), km[1], "里程 in text")
    # indicators
    exe, rows, tot = c.indicators("2021年度项目支出绩效自评表", r"^预算执行率（分值\d+分）", has_comp=True)
    c.same(exe["budget"], T[1], "自评表 budget")
    c.same(exe["spent"], T[3], "自评表 spending")
    m = c.one(r"年底运营里程" + NUM + r"公里，完成目标的" + NUM + "%")
    c.restate(rows, "运营里程", m.group(1), "公里")
    c.completion_text(rows, "运营里程", m.group(2))
    m = c.one(r"全年客运量" + NUM + r"万人次，完成年度目标的" + NUM + "%")
    c.restate(rows, "年客运量", m.group(1), "万人次")
    c.completion_text(rows, "年客运量", m.group(2))
    c.restate(rows, "列车正点率", c.one(r"列车正点率" + NUM + "%").group(1), "%")
    c.restate(rows, "轨道交通占公共交通出行比例", c.one(r"轨道交通占公共交通出行比例" + NUM + "%").group(1), "%")
    c.restate(rows, "高峰小时最大满载率", c.one(r"高峰小时最大满载率" + NUM + "%").group(1), "%")
    c.restate(rows, "乘客有效投诉率", c.one(r"乘客有效投诉率" + NUM + "次").group(1), "次/百万人次")
    c.restate(rows, "乘客满意度", c.one(r"乘客满意度" + NUM + "%").group(1), "%")
    k = "新线开通初期运营补贴"
    m = c.one(r"新线初期运营补贴实际支出" + NUM + r"万元，执行率" + NUM + "%")
    c.same(m.group(1), t2[k][2], "新线补贴 in text")
    c.rate(N(t2[k][2]), N(t2[k][1]), m.group(2), "新线补贴 rate in text")
    c.same(c.one(r"约1\.12亿人次，补偿" + NUM + "万元").group(1), t2["票价优惠及换乘优惠补偿"][2], "票价优惠 in text")
    total = c.grade(r"得分" + NUM + r"分，评价等级为“(.+?)”")
    c.total([exe["score"]] + [r["score"] for r in rows], total, "row scores vs text total", "score_sum_mismatch")


def nanchang(c):
    t1 = c.table("表1")
    groups = {"一、基本支出": ["人员经费", "公用经费"], "二、项目支出": ["运营补贴资金", "运营安全监管", "第三方运营评估"]}
    for k, cells in t1.items():
        if k == "项目":
            continue
        c.rate(N(cells[3]), N(cells[2]), cells[4], f"表1 {k}")
    for j in (1, 2, 3):
        for g, parts in groups.items():
            c.total([t1[p][j] for p in parts], t1[g][j], f"表1 {g} column {j}")
        c.total([t1[g][j] for g in groups], t1["合计"][j], f"表1 合计 column {j}")
    T = t1["合计"]
    t2 = c.table("表2")
    src = ["一般公共预算拨款", "政府性基金预算拨款", "上年结转资金"]
    for k in src + ["合计"]:
        full, recv, spent, rate = t2[k][1:5]
        c.rate(N(spent), N(full), rate, f"表2 {k}")
        c.need("implausible_rate", N(spent) <= N(recv) <= N(full), f"表2 {k} ordering")
    for j in (1, 2, 3):
        c.total([t2[k][j] for k in src], t2["合计"][j], f"表2 column {j}")
    c.same(t2["合计"][1], T[2], "表2 vs 表1 budget")
    c.same(t2["合计"][3], T[3], "表2 vs 表1 spending")
    m = c.one(r"2022年年初部门预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + "万元")
    c.total([m.group(2), m.group(3)], m.group(1), "年初 in text")
    c.same(m.group(1), T[1], "年初 in text")
    c.same(m.group(2), t1["一、基本支出"][1], "年初基本 in text")
    c.same(m.group(3), t1["二、项目支出"][1], "年初项目 in text")
    add = c.one(r"年中追加基本支出" + NUM + "万元").group(1)
    cut = c.one(r"调减运营补贴资金" + NUM + "万元").group(1)
    full = c.one(r"调整后全年预算" + NUM + "万元").group(1)
    c.need("sum_mismatch", ok(N(m.group(1)) + N(add) - N(cut), full), "年初 + 追加 − 调减 = 全年")
    c.same(full, T[2], "全年 in text")
    m = c.one(r"全年预算资金" + NUM + r"万元全部到位，到位率" + NUM + "%")
    c.same(m.group(1), t2["合计"][2], "到位 in text")
    c.rate(N(t2["合计"][2]), N(T[2]), m.group(2), "到位率 in text")
    m = c.one(r"全年实际支出" + NUM + r"万元，部门整体预算执行率" + NUM + "%")
    c.same(m.group(1), T[3], "执行 in text")
    c.rate(N(T[3]), N(T[2]), m.group(2), "执行率 in text")
    c.rate(N(T[3]), N(T[2]), c.one(r"部门整体预算执行率仅" + NUM + "%").group(1), "执行率 in 问题")
    bal = c.one(r"年末结转结余" + NUM + "万元").group(1)
    c.need("balance_mismatch", ok(N(t2["合计"][2]) - N(T[3]), bal), f"结转结余 {bal}")
    ys = t1["运营补贴资金"]
    q4 = c.one(r"运营补贴第四季度清算款" + NUM + "万元").group(1)
    c.need("balance_mismatch", ok(N(ys[2]) - N(ys[3]), q4), "运营补贴 未拨付")
    m = c.one(r"运营补贴资金全年预算" + NUM + r"(亿元|万元)")
    c.money("conflicting_values", m.group(1), m.group(2), N(ys[2]), "运营补贴 全年 in 亿元")
    m = c.one(r"前三季度拨付" + NUM + r"(亿元|万元)（" + NUM + r"(万元|元)）")
    c.money("conflicting_values", m.group(1), m.group(2), N(ys[3]), "运营补贴 拨付 in 亿元")
    c.money("conflicting_values", m.group(3), m.group(4), N(ys[3]), "运营补贴 拨付 in 万元")
    # comparison
    cmp_ = c.comparison("表3", "线网客运量（万人次）", "日均客运量（万人次）")
    c.same(cmp_["部门支出合计（万元）"][1], T[3], "对比表 部门支出")
    c.same(cmp_["其中：运营补贴（万元）"][1], ys[3], "对比表 运营补贴")
    ann, day = cmp_["线网客运量（万人次）"], cmp_["日均客运量（万人次）"]
    # indicators
    exe, rows, tot = c.indicators("表4", r"^预算执行（分值\d+分）", has_comp=False)
    c.same(exe["budget"], T[2], "自评表 budget")
    c.same(exe["spent"], T[3], "自评表 spending")
    c.restate(rows, "运营安全监督检查次数", c.one(r"全年开展运营安全监督检查(\d+)次").group(1), "次")
    c.restate(rows, "服务质量考评次数", c.one(r"按季度开展服务质量考评(\d+)次").group(1), "次")
    c.restate(rows, "列车正点率", c.one(r"线网列车正点率" + NUM + "%").group(1), "%")
    c.restate(rows, "运营补贴资金拨付进度", c.one(r"运营补贴资金拨付进度" + NUM + "%").group(1), "%")
    m = c.one(r"全年线网客运量" + NUM + r"万人次，日均客运量" + NUM + r"万人次，仅完成年度目标的" + NUM + "%")
    c.restate(rows, "线网客运量", m.group(1), "万人次")
    c.same(m.group(1), ann[1], "客运量 vs 对比表")
    c.same(m.group(2), day[1], "日均 vs 对比表")
    c.completion_text(rows, "线网客运量", m.group(3))
    c.restate(rows, "轨道交通公共交通出行分担率", c.one(r"轨道交通公共交通出行分担率" + NUM + "%").group(1), "%")
    m = c.one(r"日均客运量分别为" + NUM + r"万人次、" + NUM + r"万人次、" + NUM + r"万人次、" + NUM + r"万人次，平均每条线路" + NUM + "万人次")
    c.need("average_mismatch", ok(sum(N(m.group(i)) for i in range(1, 5)) / 4, m.group(5)), f"line average {m.group(5)}")
    c.restate(rows, "乘客满意度", c.one(r"乘客满意度" + NUM + "%").group(1), "%")
    total = c.grade(r"自评得分" + NUM + r"分，评价等级为“(.+?)”")
    c.total([exe["score"]] + [r["score"] for r in rows], total, "row scores vs text total", "score_sum_mismatch")


def chengdu(c):
    t1 = c.table("表1")
    items = [k for k in t1 if k not in ("补贴项目", "合计")]
    for k in items + ["合计"]:
        c.rate(N(t1[k][2]), N(t1[k][1]), t1[k][3], f"表1 {k}")
    c.total([t1[k][1] for k in items], t1["合计"][1], "表1 budgets")
    c.total([t1[k][2] for k in items], t1["合计"][2], "表1 spending")
    T = t1["合计"]
    m = c.one(r"2023年年初预算" + NUM + r"万元（" + NUM + r"(亿元|万元)）")
    ini = m.group(1)
    c.money("conflicting_values", m.group(2), m.group(3), N(ini), "年初 in 亿元")
    cut = c.one(r"调减" + NUM + "万元").group(1)
    m = c.one(r"调整后全年预算" + NUM + r"万元（" + NUM + r"(亿元|万元)）")
    full = m.group(1)
    c.money("conflicting_values", m.group(2), m.group(3), N(full), "全年 in 亿元")
    c.need("sum_mismatch", ok(N(ini) - N(cut), full), "年初 − 调减 = 全年")
    c.same(full, T[1], "全年 vs 表1")
    m = c.one(r"全年到位资金" + NUM + r"万元，到位率" + NUM + "%")
    recv = m.group(1)
    c.rate(N(recv), N(full), m.group(2), "到位率 in text")
    m = c.one(r"实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.same(m.group(1), T[2], "执行 in text")
    c.rate(N(T[2]), N(T[1]), m.group(2), "执行率 in text")
    bal = c.one(r"结余" + NUM + "万元").group(1)
    c.need("balance_mismatch", ok(N(recv) - N(T[2]), bal), f"结余 {bal}")
    k = "票价优惠减收补偿"
    m = c.one(r"全年结算" + NUM + r"万元，比预算少" + NUM + "万元")
    c.same(m.group(1), t1[k][2], "票价优惠 in text")
    c.need("balance_mismatch", ok(N(t1[k][1]) - N(t1[k][2]), m.group(2)), "票价优惠 未执行")
    c.need("balance_mismatch", ok(N(t1[k][1]) - N(t1[k][2]), c.one(r"实际结算比预算少" + NUM + "万元").group(1)), "问题 未执行")
    # 自评表 funds block (Sichuan)
    fb = {}
    for ln in c.t.split("\n"):
        cells = re.split(r"\s{2,}", ln.strip())
        if cells[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
            fb[cells[0]] = cells
    for j in (1, 2, 3):
        c.total([fb[k][j] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")], fb["年度资金总额"][j], f"资金来源 column {j}")
    for k, cells in fb.items():
        c.rate(N(cells[3]), N(cells[2]), cells[5], f"自评表 {k}")
    c.same(fb["年度资金总额"][1], ini, "自评表 年初")
    # comparison
    cmp_ = c.comparison("表2", "年客运量（万人次）", "日均客运量（万人次）")
    km, ann, day, sub = (cmp_[k] for k in ("运营里程（公里）", "年客运量（万人次）", "日均客运量（万人次）", "补贴支出（万元）"))
    c.same(sub[1], T[2], "对比表 补贴 vs 执行")
    c.need("sum_mismatch", ok(N(km[1]) - N(km[0]), c.one(r"全年新开通线路" + NUM + "公里").group(1)), "新开通里程")
    c.same(c.one(r"运营里程" + NUM + "公里").group(1), km[1], "运营里程 in text")
    c.same(c.one(r"补贴支出较上年减少" + NUM + "万元").group(1), str(-N(sub[2])), "补贴减少")
    # indicators
    exe, rows, tot = c.indicators("2023年度项目支出绩效自评表", r"^$", has_comp=False, sichuan=True)
    c.same(exe["budget"], T[1], "自评表 budget")
    c.same(exe["spent"], T[2], "自评表 spending")
    c.restate(rows, "运营里程", km[1], "公里")
    m = c.one(r"全年完成客运量" + NUM + r"万人次，完成年度目标的" + NUM + "%")
    c.restate(rows, "年客运量", m.group(1), "万人次")
    c.same(m.group(1), ann[1], "客运量 vs 对比表")
    c.completion_text(rows, "年客运量", m.group(2))
    c.same(c.one(r"日均客运量" + NUM + "万人次，最高日").group(1), day[1], "日均 in text")
    m = c.one(r"列车正点率" + NUM + r"%，运行图兑现率" + NUM + "%")
    c.restate(rows, "列车正点率", m.group(1), "%")
    c.restate(rows, "运行图兑现率", m.group(2), "%")
    m = c.one(r"轨道交通占公共交通出行分担率" + NUM + "%")
    c.restate(rows, "轨道交通占公共交通出行分担率", m.group(1), "%")
    c.restate(rows, "轨道交通占公共交通出行分担率", c.one(r"轨道交通分担率" + NUM + "%").group(1), "%")
    r = c.actual(rows, "轨道交通占公共交通出行分担率")
    gap = c.one(r"低于目标" + NUM + "个百分点").group(1)
    c.need("sum_mismatch", ok(N(re.search(r"\d+(?:\.\d+)?", r["target"]).group(0)) - N(re.match(r"\d+(?:\.\d+)?", r["actual"]).group(0)), gap), "分担率差距")
    c.restate(rows, "单位车公里运营成本", c.one(r"单位车公里运营成本" + NUM + "元").group(1), "元/车公里")
    c.restate(rows, "乘客满意度", c.one(r"乘客满意度" + NUM + "%").group(1), "%")
    total = c.grade(r"自评得分" + NUM + r"分，评价等级为“(.+?)”")
    c.total([exe["score"]] + [r["score"] for r in rows], total, "row scores vs text total", "score_sum_mismatch")


def guiyang(c):
    t1 = c.table("表1")
    keys = ["市级财政资金", "沿线区分担资金", "合计"]
    for k in keys:
        full, recv, rrate, spent, rate = t1[k][1:6]
        c.rate(N(recv), N(full), rrate, f"表1 {k} 到位率")
        c.rate(N(spent), N(full), rate, f"表1 {k} 执行率")
        c.need("implausible_rate", N(spent) <= N(recv) <= N(full), f"表1 {k} ordering")
    for j in (1, 2, 4):
        c.total([t1[keys[0]][j], t1[keys[1]][j]], t1["合计"][j], f"表1 column {j}")
    T = t1["合计"]
    t2 = c.table("表2")
    items = [k for k in t2 if k not in ("补贴项目", "合计")]
    for k in items + ["合计"]:
        c.rate(N(t2[k][2]), N(t2[k][1]), t2[k][3], f"表2 {k}")
    c.total([t2[k][1] for k in items], t2["合计"][1], "表2 budgets")
    c.total([t2[k][2] for k in items], t2["合计"][2], "表2 spending")
    c.same(t2["合计"][1], T[1], "表2 vs 表1 budget")
    c.same(t2["合计"][2], T[4], "表2 vs 表1 spending")
    m = c.one(r"2025年年初预算" + NUM + r"(亿元|万元)")
    ini = N(m.group(1)) * UNIT[m.group(2)]
    add = c.one(r"追加初期运营补贴" + NUM + "万元").group(1)
    cut = c.one(r"调减" + NUM + "万元").group(1)
    full = c.one(r"调整后全年预算" + NUM + "万元").group(1)
    c.need("sum_mismatch", ok(ini + N(add) - N(cut), full), f"年初 {ini} + {add} − {cut} = 全年 {full}")
    c.same(full, T[1], "全年 in text")
    m = c.one(r"其中市级财政资金" + NUM + r"万元，观山湖区、花溪区、白云区等沿线区分担资金" + NUM + "万元")
    c.total([m.group(1), m.group(2)], full, "sources in text")
    c.same(m.group(1), t1["市级财政资金"][1], "市级 in text")
    c.same(m.group(2), t1["沿线区分担资金"][1], "区级 in text")
    m = c.one(r"全年实际到位" + NUM + r"万元，到位率" + NUM + "%")
    c.same(m.group(1), T[2], "到位 in text")
    c.rate(N(T[2]), N(T[1]), m.group(2), "到位率 in text")
    m = c.one(r"沿线区分担资金到位" + NUM + r"万元，尚有" + NUM + "万元未到位")
    q = t1["沿线区分担资金"]
    c.same(m.group(1), q[2], "区级到位 in text")
    c.need("balance_mismatch", ok(N(q[1]) - N(q[2]), m.group(2)), "区级未到位")
    c.need("balance_mismatch", ok(N(q[1]) - N(q[2]), c.one(r"沿线区分担资金有" + NUM + "万元年内未到位").group(1)), "问题 未到位")
    m = c.one(r"实际支出" + NUM + r"万元（约" + NUM + r"(亿元|万元)），预算执行率" + NUM + "%")
    c.same(m.group(1), T[4], "执行 in text")
    c.money("conflicting_values", m.group(2), m.group(3), N(T[4]), "执行 in 亿元")
    c.rate(N(T[4]), N(T[1]), m.group(4), "执行率 in text")
    bal = c.one(r"已到位未支出资金" + NUM + "万元").group(1)
    c.need("balance_mismatch", ok(N(T[2]) - N(T[4]), bal), f"已到位未支出 {bal}")
    k = "票价优惠补偿"
    m = c.one(r"共" + NUM + r"万人次，按每人次" + NUM + r"元标准补偿，实际支出" + NUM + r"万元（" + NUM + r"(元|万元)），执行率" + NUM + "%")
    c.need("sum_mismatch", ok(N(m.group(1)) * N(m.group(2)), m.group(3)), "人次 × 标准")
    c.same(m.group(3), t2[k][2], "票价优惠 in text")
    c.money("conflicting_values", m.group(4), m.group(5), N(t2[k][2]), "票价优惠 in 元")
    c.rate(N(t2[k][2]), N(t2[k][1]), m.group(6), "票价优惠 rate in text")
    c.rate(N(t2[k][2]), N(t2[k][1]), c.one(r"执行率仅" + NUM + "%").group(1), "问题 rate")
    # comparison
    cmp_ = c.comparison("表3", "年客运量（万人次）", "日均客运量（万人次）")
    ann, day, sub, km = (cmp_[k] for k in ("年客运量（万人次）", "日均客运量（万人次）", "补贴支出（万元）", "运营里程（公里）"))
    c.same(sub[1], T[4], "对比表 补贴 vs 执行")
    m = c.one(r"全年完成客运量" + NUM + r"万人次，同比增长" + NUM + r"%；日均客运量" + NUM + "万人次")
    c.same(m.group(1), ann[1], "客运量 in text")
    c.rate(N(ann[1]) - N(ann[0]), N(ann[0]), m.group(2), "同比 in text", bounded=False)
    c.same(m.group(3), day[1], "日均 in text")
    c.same(c.one(r"线网运营里程" + NUM + "公里，车站").group(1), km[1], "里程 in 概况")
    # indicators
    exe, rows, tot = c.indicators("表4", r"^预算执行（分值\d+分）", has_comp=True)
    c.same(exe["budget"], T[1], "自评表 budget")
    c.same(exe["spent"], T[4], "自评表 spending")
    c.restate(rows, "运营里程", c.one(r"线网运营里程" + NUM + "公里；").group(1), "公里")
    m = c.one(r"全年客运量" + NUM + r"万人次，完成年度目标的" + NUM + "%")
    c.restate(rows, "年客运量", m.group(1), "万人次")
    c.completion_text(rows, "年客运量", m.group(2))
    m = c.one(r"列车正点率" + NUM + r"%，运行图兑现率" + NUM + "%")
    c.restate(rows, "列车正点率", m.group(1), "%")
    c.restate(rows, "运行图兑现率", m.group(2), "%")
    c.restate(rows, "平均故障处理时长", c.one(r"平均故障处理时长(\d+)分钟，超出").group(1), "分钟")
    c.restate(rows, "单位车公里运营成本", c.one(r"单位车公里运营成本" + NUM + "元，比上年").group(1), "元/车公里")
    total = c.grade(r"本项目2025年度得分" + NUM + r"分，评价等级为“(.+?)”")
    c.total([exe["score"]] + [r["score"] for r in rows], total, "row scores vs text total", "score_sum_mismatch")


PROJECTS = {
    "ah-hefei-guidaobutie-2018": (hefei, 2018),
    "hb-wuhan-ditiebutie-2021": (wuhan, 2021),
    "jx-nanchang-guidaojianguan-bumen-2022": (nanchang, 2022),
    "sc-chengdu-guidaobutie-2023": (chengdu, 2023),
    "gz-guiyang-guidaobutie-2025": (guiyang, 2025),
}


def run(pid, text):
    fn, year = PROJECTS[pid]
    c = Check(text, year)
    fn(c)
    c.years()
    return c


def one_edit(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(x) for x in f if x.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        pid = lab["source"]
        try:
            c = run(pid, text)
        except ParseError as e:
            problems.append(f"{lab['case']}: parse error {e}")
            continue
        if lab["clean"]:
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append(f"{lab['case']}: {n} characters")
            if c.codes:
                problems.append(f"{lab['case']}: clean draft breaks {sorted(c.codes)}: {c.msgs}")
            if c.rule_errors:
                problems.append(f"{lab['case']}: score rule {c.rule_errors}")
            continue
        exp = lab["expected"]
        code = exp[0]["code"]
        counts[code] = counts.get(code, 0) + 1
        if c.codes != {code}:
            problems.append(f"{lab['case']}: expected {{{code}}}, got {sorted(c.codes)}: {c.msgs}")
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as f:
            clean = f.read()
        p, ea, eb = one_edit(clean, text)
        if max(ea - p, eb - p) > 40 or ea == p == eb:
            problems.append(f"{lab['case']}: edit span {ea - p}/{eb - p}")
        v = exp[0]["value"]
        if text.count(v) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(v)} times")
        else:
            vs = text.index(v)
            if not (vs < max(eb, p + 1) and p < vs + len(v)):
                problems.append(f"{lab['case']}: value does not overlap the edit")
    if len(counts) != 13 or min(counts.values()) < 2 or sum(counts.values()) != 30:
        problems.append(f"code counts {counts}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
