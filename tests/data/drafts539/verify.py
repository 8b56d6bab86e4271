#!/usr/bin/env python3
"""Verify drafts539: redo every piece of arithmetic in every case from the text itself.

Standard library + decimal only.  For each case the figures are read back from the text (regular
expressions anchored on the wording, space-aligned tables split on runs of 2+ spaces) and every identity
of rules.md §7 that the draft contains is recomputed with the §8 tolerance (a stated value with d decimals
agrees with a computed c iff |c - v| <= 0.5 * 10^-d).  Then:
  * every clean draft must pass every check (no error-level finding);
  * every error case must fail its labelled code and no other error code;
  * every label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters, and that edit overlaps the label value;
  * every code of errors.md §A is used at least twice.
Prints OK on success; otherwise lists the problems and exits 1.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
WAN = D(10000)
NUM = r"(-?\d[\d,]*(?:\.\d+)?)"


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md §8)
def dec(s):
    return D(str(s).replace(",", "").replace("%", ""))


def ndec(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def tol(d):
    return D(5) * D(10) ** (-d - 1) + D("1e-9")


def agrees(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(D(computed) - dec(stated)) <= tol(ndec(stated))


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def is_dash(s):
    return s.strip() in ("—", "-", "")


def wan(s, unit):
    """An amount string in 万元 or 元 -> Decimal in 万元."""
    v = dec(s)
    return v / WAN if unit == "元" else v


def wan_decimals(s, unit):
    return ndec(s) + (4 if unit == "元" else 0)


# ---------------------------------------------------------------- a checker for one text
class Ctx:
    def __init__(self, text):
        self.t = text
        self.errors = []
        self.warnings = []

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # --- locating figures
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        return ms[0]

    def table(self, first_header_cell):
        """Rows of the space-aligned table whose header line starts with first_header_cell."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(first_header_cell + "  ")]
        if len(idx) != 1:
            raise ParseError(f"table {first_header_cell!r}: {len(idx)} headers")
        i = idx[0]
        header = re.split(r" {2,}", lines[i].strip())
        rows = {}
        order = []
        for l in lines[i + 1:]:
            if not l.strip():
                break
            cells = re.split(r" {2,}", l.strip())
            if len(cells) != len(header):
                continue
            if cells[0] in rows and cells[0] not in ("产出指标", "效益指标", "满意度指标", "预算执行"):
                raise ParseError(f"duplicate row {cells[0]}")
            order.append(cells)
            rows.setdefault(cells[0], cells)
        return header, order

    # --- identities
    def amount(self, code, stated, unit, computed_wan, msg):
        """A stated amount (string, unit) against a computed value in 万元.  A mismatch reconciled
        exactly by rescaling the stated amount by 10^4 is a unit_mismatch (errors.md §A.11(b))."""
        c = computed_wan * (WAN if unit == "元" else 1)
        if agrees(stated, c):
            return True
        for f in (WAN, 1 / WAN):
            if agrees(stated, c * f):
                self.err("unit_mismatch", f"{msg}: stated {stated}{unit} vs computed {r2(c)} differ by exactly 10^4 "
                                          f"(one amount written with the wrong money unit)")
                return False
        self.err(code, f"{msg}: stated {stated}{unit}, computed {r2(c)}")
        return False

    def count(self, code, stated, computed, msg):
        if dec(stated) != D(computed):
            self.err(code, f"{msg}: stated {stated}, computed {computed}")
            return False
        return True

    def sum_of(self, code, total, parts, msg):
        """total, parts: (string, unit) pairs; unit '万元', '元' or None for counts.  '—' counts as 0."""
        def val(p):
            s, u = p
            return D(0) if is_dash(s) else (wan(s, u) if u else dec(s))
        tot = sum(val(p) for p in parts)
        s, u = total
        if is_dash(s):
            if tot != 0:
                self.err(code, f"{msg}: total '—' but parts add to {tot}")
            return
        if u is None:
            if dec(s) != tot:
                self.err(code, f"{msg}: stated {s}, parts add to {tot}")
            return
        c = tot * (WAN if u == "元" else 1)
        if agrees(s, c):
            return
        # most specific explanation: one figure written with the wrong money unit
        for i, p in enumerate(list(parts) + [total]):
            if is_dash(p[0]) or p[1] is None:
                continue
            for f in (WAN, 1 / WAN):
                if i < len(parts):
                    alt = tot - val(p) + val(p) * f
                    ok = agrees(s, alt * (WAN if u == "元" else 1))
                else:
                    ok = agrees(s, c * f)
                if ok:
                    self.err("unit_mismatch", f"{msg}: {p[0]}{p[1]} is off by a power of ten")
                    return
        self.err(code, f"{msg}: stated {s}{u}, parts add to {c}")

    def same(self, a, b, msg):
        """Two statements of one quantity: (string, unit) pairs (unit None for counts/percent)."""
        (sa, ua), (sb, ub) = a, b
        if ua is None or ub is None:
            if dec(sa) != dec(sb):
                self.err("conflicting_values", f"{msg}: {sa} vs {sb}")
            return
        va, vb = wan(sa, ua), wan(sb, ub)
        t = tol(min(wan_decimals(sa, ua), wan_decimals(sb, ub)))
        if abs(va - vb) <= t:
            return
        for f in (WAN, 1 / WAN):
            if abs(va * f - vb) <= t or abs(va - vb * f) <= t:
                self.err("unit_mismatch", f"{msg}: {sa}{ua} vs {sb}{ub} differ by a power of ten")
                return
        self.err("conflicting_values", f"{msg}: {sa}{ua} vs {sb}{ub}")

    def rate(self, stated, num, den, msg, alt_dens=()):
        """stated: '93.00%' or '—'; num, den: Decimals.  I1/I2/I5."""
        if den == 0:
            if not is_dash(stated) and dec(stated) != 0:
                self.err("implausible_rate", f"{msg}: rate {stated} on a zero base")
            return
        if is_dash(stated):
            self.err("rate_mismatch", f"{msg}: rate missing on base {den}")
            return
        cands = [num / den * 100] + [num / d * 100 for d in alt_dens if d]
        if not any(agrees(stated, c) for c in cands):
            self.err("rate_mismatch", f"{msg}: stated {stated}, computed {r2(cands[0])}%")
            return
        if dec(stated) > 100:
            self.err("implausible_rate", f"{msg}: {stated} above 100%")

    def average(self, stated, unit, total_wan, n, msg, approx=False):
        c = total_wan / D(n) * (WAN if unit == "元" else 1)
        slack = tol(ndec(stated)) * (3 if approx else 1)
        if abs(c - dec(stated)) <= slack:
            return
        for f in (WAN, 1 / WAN):
            if abs(c * f - dec(stated)) <= slack:
                self.err("unit_mismatch", f"{msg}: {stated}{unit} off by a power of ten")
                return
        self.err("average_mismatch", f"{msg}: stated {stated}{unit}, computed {r2(c)}")

    def year(self, stated, expected, msg):
        if int(stated) != int(expected):
            self.err("year_mismatch", f"{msg}: {stated} where {expected} is due")

    def later_year(self, stated, y, msg):
        if int(stated) <= int(y):
            self.err("year_mismatch", f"{msg}: carried over to {stated}, not after {y}")

    def target_is(self, row, stated, msg):
        """A goal stated in the text against the 年度指标值 of its indicator row."""
        if parse_val(row["target"])["v"] != dec(stated):
            self.err("conflicting_values", f"{msg}: goal {stated} vs table target {row['target']}")

    # --- the indicator table
    def indicators(self, header_first, total_weight, total_score, grade):
        header, rows = self.table(header_first)
        col = {}
        for i, h in enumerate(header):
            for key, names in (("name", ("三级指标",)), ("target", ("年度指标值", "指标值")),
                               ("actual", ("实际完成值",)), ("comp", ("完成率",)), ("w", ("分值",)),
                               ("s", ("得分",))):
                if h in names:
                    col[key] = i
        ind = [r for r in rows if r[0] != "合计"]
        out = {}
        for r in ind:
            name = r[col["name"]]
            tgt, act, comp, w, s = (r[col[k]] for k in ("target", "actual", "comp", "w", "s"))
            out[name] = dict(target=tgt, actual=act, comp=comp, w=w, s=s)
            wd, sd = dec(w), dec(s)
            if sd > wd or sd < 0:
                self.err("score_exceeds_weight", f"{name}: score {s} outside [0, {w}]")
            self._row(name, tgt, act, comp, wd, s)
        wsum = sum(dec(v["w"]) for v in out.values())
        ssum = sum(dec(v["s"]) for v in out.values())
        if wsum != dec(total_weight) or dec(total_weight) != 100:
            self.err("weight_sum_mismatch", f"weights add to {wsum}, stated {total_weight}")
        if not agrees(total_score, ssum):
            self.err("score_sum_mismatch", f"scores add to {ssum}, stated {total_score}")
        g = band(dec(total_score))
        if norm_grade(grade) != g:
            self.err("grade_mismatch", f"total {total_score} is {g}, stated {grade}")
        return out

    def _row(self, name, tgt, act, comp, w, s):
        pt, pa = parse_val(tgt), parse_val(act)
        if pt["kind"] == "qual" or pa["kind"] == "qual":
            if not is_dash(comp):
                self.err("completion_mismatch", f"{name}: qualitative row with completion {comp}")
            if act == "达成年度指标" and not (D("0.8") * w <= dec(s) <= w):
                self.warn("score_rule_mismatch", f"{name}: {s} outside the 达成 band")
            return
        if pt["kind"] == "date" or pa["kind"] == "date":
            if pt["kind"] != pa["kind"]:
                self.err("unit_mismatch", f"{name}: target {tgt} vs actual {act}")
            elif not is_dash(comp):
                self.err("completion_mismatch", f"{name}: date row with completion {comp}")
            return
        if pt["unit"] != pa["unit"]:
            self.err("unit_mismatch", f"{name}: target {tgt} vs actual {act}")
            return
        T, A, direction = pt["v"], pa["v"], pt["dir"]
        if pa["unit"] == "%" and A > 100 and ("率" in name or "满意度" in name):
            self.err("implausible_rate", f"{name}: actual {act} above 100%")
        if direction == "eq" and T == 0:
            if not is_dash(comp):
                self.err("completion_mismatch", f"{name}: completion {comp} on a zero target")
            exp = w if A <= 0 else D(0)
            if dec(s) != exp:
                self.warn("score_rule_mismatch", f"{name}: {s} vs {exp}")
            return
        if direction == "lte":
            c = D(100) if A <= T else T / A * 100
        else:
            c = A / T * 100
        if is_dash(comp) or not agrees(comp, c):
            self.err("completion_mismatch", f"{name}: completion {comp}, computed {r2(c)}%")
        exp = [r2(w * min(c, D(100)) / 100)]
        if not is_dash(comp):
            exp.append(r2(w * min(dec(comp), D(100)) / 100))
        if not any(agrees(s, e) for e in exp):
            self.warn("score_rule_mismatch", f"{name}: score {s}, rule gives {exp[0]}")


def parse_val(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", s):
        return {"kind": "date"}
    m = re.match(r"^(≥|≤|=|＞|＜|>|<)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return {"kind": "qual"}
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte"}.get(sign, "eq")
    return {"kind": "num", "dir": direction, "v": dec(num), "unit": unit.strip()}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def norm_grade(g):
    return {"优秀": "优", "良好": "良", "中等": "中", "一般": "中", "合格": "中", "较差": "差",
            "不合格": "差"}.get(g, g)


def cell(rows, key, i):
    for r in rows:
        if r[0] == key:
            return r[i]
    raise ParseError(f"row {key} not found")


# ================================================================ project checks
def check_jiangdu(t):
    x = Ctx(t)
    Y = int(x.one(r"^.*\n(\d{4})年度长江退捕").group(1))
    x.year(x.one(r"表3 (\d{4})年度项目支出绩效自评表").group(1), Y, "table year")
    x.year(x.one(r"对(\d{4})年度长江退捕").group(1), Y, "opening year")
    # people, boats, standards
    m = x.one(r"共涉及退捕渔民(\d+)户(\d+)人，回收渔船(\d+)艘")
    hh, ppl, boats = m.group(1), m.group(2), m.group(3)
    std_hh = x.one(r"一次性安置补助每户" + NUM + r"元；")
    std_p = x.one(r"过渡期生活补助每人" + NUM + r"元（每人每月" + NUM + r"元，按(\d+)个月计算）")
    x.count("sum_mismatch", std_p.group(1), dec(std_p.group(2)) * dec(std_p.group(3)), "monthly × months")
    rng = x.one(r"每艘" + NUM + r"万元至" + NUM + r"万元不等")
    x.count("conflicting_values", x.one(r"完成(\d+)艘渔船网具回收").group(1), dec(boats), "boats in the goal")
    # funds prose
    ini = x.one(r"项目年初预算" + NUM + r"万元，全部为区级").group(1)
    cen = x.one(r"禁捕补偿资金" + NUM + r"万元").group(1)
    prov = x.one(r"省级补助资金" + NUM + r"万元").group(1)
    ann = x.one(r"调整后全年预算" + NUM + r"万元").group(1)
    x.sum_of("sum_mismatch", (ann, "万元"), [(ini, "万元"), (cen, "万元"), (prov, "万元")], "年初 + 追加 = 全年")
    x.year(x.one(r"截至(\d{4})年12月31日").group(1), Y, "截至 date")
    m = x.one(r"实际到位资金" + NUM + r"万元，资金到位率" + NUM + "%")
    rec, rec_rate = m.group(1), m.group(2) + "%"
    m = x.one(r"区级配套资金到位" + NUM + r"万元，区级到位率" + NUM + "%")
    q_rec, q_rec_rate = m.group(1), m.group(2) + "%"
    # table 1
    _, rows = x.table("资金来源")
    names = ["中央财政资金", "省级财政资金", "市级财政资金", "区级财政资金"]
    for ci, label in ((1, "年初"), (2, "全年"), (3, "到位"), (4, "执行")):
        x.sum_of("sum_mismatch", (cell(rows, "合计", ci), "万元"), [(cell(rows, n, ci), "万元") for n in names],
                 f"表1 {label}")
    for n in names + ["合计"]:
        b, s_, r = cell(rows, n, 2), cell(rows, n, 4), cell(rows, n, 5)
        x.rate(r, D(0) if is_dash(s_) else dec(s_), D(0) if is_dash(b) else dec(b), f"表1 {n} 执行率")
    x.same((ini, "万元"), (cell(rows, "区级财政资金", 1), "万元"), "区级 年初")
    x.same((ini, "万元"), (cell(rows, "合计", 1), "万元"), "年初 total")
    x.same((cen, "万元"), (cell(rows, "中央财政资金", 2), "万元"), "中央")
    x.same((prov, "万元"), (cell(rows, "省级财政资金", 2), "万元"), "省级")
    x.same((ann, "万元"), (cell(rows, "合计", 2), "万元"), "全年预算")
    x.same((rec, "万元"), (cell(rows, "合计", 3), "万元"), "到位")
    x.same((q_rec, "万元"), (cell(rows, "区级财政资金", 3), "万元"), "区级到位")
    ANN, REC, SP = dec(cell(rows, "合计", 2)), dec(cell(rows, "合计", 3)), dec(cell(rows, "合计", 4))
    x.rate(rec_rate, dec(rec), dec(ann), "到位率")
    x.rate(q_rec_rate, dec(q_rec), dec(cell(rows, "区级财政资金", 2)), "区级到位率")
    # use of funds
    m = x.one(r"全年实际支出" + NUM + r"万元（即" + NUM + r"元），预算执行率" + NUM + "%")
    x.same((m.group(1), "万元"), (cell(rows, "合计", 4), "万元"), "支出")
    x.same((m.group(1), "万元"), (m.group(2), "元"), "支出 in 元")
    x.rate(m.group(3) + "%", dec(m.group(1)), ANN, "执行率 (prose)")
    m = x.one(r"分别支出" + NUM + r"万元、" + NUM + r"万元和" + NUM + r"万元")
    a, b, c = m.group(1), m.group(2), m.group(3)
    x.sum_of("sum_mismatch", (cell(rows, "合计", 4), "万元"), [(a, "万元"), (b, "万元"), (c, "万元")], "用途分别")
    m = x.one(r"按每户" + NUM + r"元标准发放(\d+)户")
    x.same((m.group(1), "元"), (std_hh.group(1), "元"), "安置 standard")
    x.count("conflicting_values", m.group(2), dec(hh), "安置 households")
    x.amount("sum_mismatch", a, "万元", wan(m.group(1), "元") * dec(m.group(2)), "安置 = 户 × 标准")
    m = x.one(r"按每人" + NUM + r"元标准发放(\d+)人")
    x.same((m.group(1), "元"), (std_p.group(1), "元"), "过渡 standard")
    x.count("conflicting_values", m.group(2), dec(ppl), "过渡 persons")
    x.amount("sum_mismatch", b, "万元", wan(m.group(1), "元") * dec(m.group(2)), "过渡 = 人 × 标准")
    m = x.one(r"回收补偿共(\d+)艘，平均每艘" + NUM + r"万元")
    x.count("conflicting_values", m.group(1), dec(boats), "boats")
    x.average(m.group(2), "万元", dec(c), dec(m.group(1)), "每艘平均")
    if not dec(rng.group(1)) <= dec(m.group(2)) <= dec(rng.group(2)):
        x.err("average_mismatch", "每艘平均 outside the stated range")
    x.amount("balance_mismatch", x.one(r"年末结余资金" + NUM + r"万元").group(1), "万元", REC - SP, "结余 = 到位 − 执行")
    x.later_year(x.one(r"结转至(\d{4})年").group(1), Y, "结转")
    # table 2
    _, rows2 = x.table("镇别")
    towns = ["大桥镇", "浦头镇", "丁沟镇", "小纪镇"]
    for ci, u, label in ((1, None, "户"), (2, None, "人"), (3, "万元", "金额")):
        x.sum_of("sum_mismatch", (cell(rows2, "合计", ci), u), [(cell(rows2, n, ci), u) for n in towns], f"表2 {label}")
    for n in towns + ["合计"]:
        x.average(cell(rows2, n, 4), "元", dec(cell(rows2, n, 3)), dec(cell(rows2, n, 1)), f"表2 {n} 户均")
    x.count("conflicting_values", cell(rows2, "合计", 1), dec(hh), "表2 户")
    x.count("conflicting_values", cell(rows2, "合计", 2), dec(ppl), "表2 人")
    x.same((cell(rows2, "合计", 3), "万元"), (cell(rows, "合计", 4), "万元"), "表2 金额 vs 执行")
    x.average(x.one(r"户均获得各类补助约" + NUM + r"万元").group(1), "万元", dec(cell(rows2, "合计", 3)),
              dec(cell(rows2, "合计", 1)), "户均 (约)", approx=True)
    # indicator table
    _, rows3 = x.table("一级指标")
    tot = [r for r in rows3 if r[0] == "合计"][0]
    tw, ts = tot[6], tot[7]
    grade = x.one(r"评价等级为“(.+?)”").group(1)
    ind = x.indicators("一级指标", tw, ts, grade)
    x.same((x.one(r"综合得分" + NUM + r"分").group(1), None), (ts, None), "total score")
    x.rate(ind["预算执行率"]["actual"], SP, ANN, "自评表 执行率")
    x.count("conflicting_values", parse_val(ind["渔船网具回收数量"]["actual"])["v"], dec(boats), "自评表 boats")
    x.count("conflicting_values", parse_val(ind["安置补助发放户数"]["actual"])["v"], dec(hh), "自评表 households")
    x.same((str(parse_val(ind["一次性安置补助标准"]["actual"])["v"]), "元"), (std_hh.group(1), "元"), "自评表 standard")
    m = x.one(r"(\d+)户中有(\d+)户在规定时限前领取补助，按期发放率" + NUM + "%")
    x.count("conflicting_values", m.group(1), dec(hh), "按期 base")
    x.rate(m.group(3) + "%", dec(m.group(2)), dec(m.group(1)), "按期发放率")
    x.same((m.group(3), None), (ind["补助资金按期发放率"]["actual"].rstrip("%"), None), "按期发放率 table")
    x.sum_of("sum_mismatch", (m.group(1), None), [(m.group(2), None), (x.one(r"其余(\d+)户").group(1), None)], "其余户")
    m = x.one(r"全年实现转产就业(\d+)人，未达到(\d+)人的年度目标，完成率" + NUM + r"%.*?按完成比例得" + NUM + "分")
    row = ind["退捕渔民转产就业人数"]
    x.count("conflicting_values", parse_val(row["actual"])["v"], dec(m.group(1)), "就业人数")
    x.count("conflicting_values", parse_val(row["target"])["v"], dec(m.group(2)), "就业目标")
    if not agrees(m.group(3), dec(m.group(1)) / dec(m.group(2)) * 100):
        x.err("completion_mismatch", "就业 completion (prose)")
    x.same((m.group(4), None), (row["s"], None), "就业 score")
    x.count("conflicting_values", x.one(r"查处非法捕捞案件(\d+)起").group(1),
            parse_val(ind["禁捕水域非法捕捞案件"]["actual"])["v"], "案件")
    x.same((x.one(r"满意度" + NUM + "%。").group(1), None), (ind["退捕渔民满意度"]["actual"].rstrip("%"), None),
           "满意度")
    x.rate(x.one(r"区级资金执行率仅" + NUM + "%").group(1) + "%", dec(cell(rows, "区级财政资金", 4)),
           dec(cell(rows, "区级财政资金", 2)), "区级执行率 (prose)")
    x.year(x.one(r"关于开展(\d{4})年度区级").group(1), Y, "notice year")
    x.year(x.one(r"全面禁捕。(\d{4})年，我局牵头").group(1), Y, "退捕 year")
    x.target_is(ind["退捕渔民转产就业人数"], x.one(r"转产就业不少于(\d+)人").group(1), "就业 goal")
    x.target_is(ind["禁捕水域非法捕捞案件"], x.one(r"非法捕捞案件控制在(\d+)起以内，退捕").group(1), "案件 goal")
    x.target_is(ind["退捕渔民满意度"], x.one(r"满意度不低于(\d+)%").group(1), "满意度 goal")
    x.target_is(ind["补助资金按期发放率"], x.one(r"高于(\d+)%的目标值").group(1), "按期 goal")
    x.count("conflicting_values", x.one(r"(\d+)艘渔船全部回收").group(1), dec(boats), "boats (说明)")
    x.target_is(ind["禁捕水域非法捕捞案件"], x.one(r"控制在(\d+)起以内。").group(1), "案件 goal (说明)")
    x.count("conflicting_values", x.one(r"对沿江(\d+)个镇").group(1), len(towns), "number of towns")
    return x


def check_jianli(t):
    x = Ctx(t)
    Y = int(x.one(r"^.*\n(\d{4})年度长江退捕").group(1))
    m = x.one(r"全市共退捕渔民" + NUM + r"户" + NUM + r"人")
    hh, ppl = m.group(1), m.group(2)
    std_hh = x.one(r"一次性安置补助每户" + NUM + r"(万元|元)")
    std_p = x.one(r"过渡期生活补助每人" + NUM + r"元（每人每月" + NUM + r"元，补助(\d+)个月）")
    x.count("sum_mismatch", std_p.group(1), dec(std_p.group(2)) * dec(std_p.group(3)), "monthly × months")
    x.year(x.one(r"(\d{4})年12月31日前完成发放").group(1), Y, "goal deadline")
    # funds
    ini = x.one(r"(\d{4})年年初预算" + NUM + r"万元，为市本级")
    x.year(ini.group(1), Y, "budget year")
    cen = x.one(r"禁捕补偿资金" + NUM + r"万元").group(1)
    prov = x.one(r"省级下达补助资金" + NUM + r"万元").group(1)
    ann = x.one(r"全年预算调整为" + NUM + r"万元").group(1)
    x.sum_of("sum_mismatch", (ann, "万元"), [(ini.group(2), "万元"), (cen, "万元"), (prov, "万元")], "年初 + 追加")
    m = x.one(r"于(\d{4})年内全部到位，资金到位率" + NUM + "%")
    x.year(m.group(1), Y, "到位 year")
    _, rows = x.table("资金来源")
    names = ["中央资金", "省级资金", "市级资金"]
    for ci, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        x.sum_of("sum_mismatch", (cell(rows, "合计", ci), "万元"), [(cell(rows, n, ci), "万元") for n in names],
                 f"表1 {label}")
    for n in names + ["合计"]:
        x.rate(cell(rows, n, 4), dec(cell(rows, n, 3)), dec(cell(rows, n, 2)), f"表1 {n} 执行率")
    x.same((ini.group(2), "万元"), (cell(rows, "市级资金", 1), "万元"), "市级年初")
    x.same((ini.group(2), "万元"), (cell(rows, "合计", 1), "万元"), "年初")
    x.same((cen, "万元"), (cell(rows, "中央资金", 2), "万元"), "中央")
    x.same((prov, "万元"), (cell(rows, "省级资金", 2), "万元"), "省级")
    x.same((ann, "万元"), (cell(rows, "合计", 2), "万元"), "全年")
    ANN, SP = dec(cell(rows, "合计", 2)), dec(cell(rows, "合计", 3))
    REC = ANN  # 到位率100%: 到位 = 全年预算
    x.rate(m.group(2) + "%", REC, ANN, "到位率")
    m = x.one(r"全年执行" + NUM + r"万元，执行率" + NUM + "%")
    x.same((m.group(1), "万元"), (cell(rows, "合计", 3), "万元"), "执行")
    x.rate(m.group(2) + "%", dec(m.group(1)), ANN, "执行率 (prose)")
    ma = x.one(r"一次性安置补助" + NUM + r"万元，按标准向" + NUM + r"户发放")
    mb = x.one(r"过渡期生活补助" + NUM + r"万元，按标准向" + NUM + r"人发放")
    x.count("conflicting_values", ma.group(2).replace(",", ""), dec(hh), "安置 households")
    x.count("conflicting_values", mb.group(2).replace(",", ""), dec(ppl), "过渡 persons")
    x.amount("sum_mismatch", ma.group(1), "万元", wan(std_hh.group(1), std_hh.group(2)) * dec(ma.group(2)),
             "安置 = 户 × 标准")
    x.amount("sum_mismatch", mb.group(1), "万元", wan(std_p.group(1), "元") * dec(mb.group(2)), "过渡 = 人 × 标准")
    x.sum_of("sum_mismatch", (cell(rows, "合计", 3), "万元"), [(ma.group(1), "万元"), (mb.group(1), "万元")], "安置 + 过渡")
    m = x.one(r"户均获得补助" + NUM + r"元，约合" + NUM + r"万元")
    x.average(m.group(1), "元", SP, dec(ma.group(2)), "户均")
    x.average(m.group(2), "万元", SP, dec(ma.group(2)), "户均 (约)", approx=True)
    x.amount("balance_mismatch", x.one(r"年末结余" + NUM + r"万元").group(1), "万元", REC - SP, "结余")
    x.later_year(x.one(r"已结转至(\d{4})年").group(1), Y, "结转")
    # table 2
    _, rows2 = x.table("乡镇")
    towns = ["白螺镇", "尺八镇", "三洲镇", "上车湾镇", "柘木乡"]
    for ci, u, label in ((1, None, "户"), (2, None, "人"), (3, "万元", "安置"), (4, "万元", "过渡"), (5, "万元", "小计")):
        x.sum_of("sum_mismatch", (cell(rows2, "合计", ci), u), [(cell(rows2, n, ci), u) for n in towns], f"表2 {label}")
    for n in towns + ["合计"]:
        x.amount("sum_mismatch", cell(rows2, n, 3), "万元", wan(std_hh.group(1), std_hh.group(2)) * dec(cell(rows2, n, 1)),
                 f"表2 {n} 安置")
        x.amount("sum_mismatch", cell(rows2, n, 4), "万元", wan(std_p.group(1), "元") * dec(cell(rows2, n, 2)),
                 f"表2 {n} 过渡")
        x.sum_of("sum_mismatch", (cell(rows2, n, 5), "万元"), [(cell(rows2, n, 3), "万元"), (cell(rows2, n, 4), "万元")],
                 f"表2 {n} 小计")
    x.count("conflicting_values", cell(rows2, "合计", 1).replace(",", ""), dec(hh), "表2 户 vs intro")
    x.count("conflicting_values", cell(rows2, "合计", 2).replace(",", ""), dec(ppl), "表2 人 vs intro")
    x.same((cell(rows2, "合计", 3), "万元"), (ma.group(1), "万元"), "安置 total")
    x.same((cell(rows2, "合计", 4), "万元"), (mb.group(1), "万元"), "过渡 total")
    x.same((cell(rows2, "合计", 5), "万元"), (cell(rows, "合计", 3), "万元"), "表2 vs 执行")
    # outputs prose
    m_err = x.one(r"抽查复核发放记录(\d+)条，发现差错(\d+)条，差错率" + NUM + "%")
    x.rate(m_err.group(3) + "%", dec(m_err.group(2)), dec(m_err.group(1)), "差错率")
    done = x.one(r"补助资金于(\d{4}年\d+月\d+日)前全部发放完毕").group(1)
    m_emp = x.one(r"有就业意愿的退捕渔民" + NUM + r"人，已转产就业" + NUM + r"人，转产就业率" + NUM + "%")
    x.rate(m_emp.group(3) + "%", dec(m_emp.group(2)), dec(m_emp.group(1)), "转产就业率")
    pens = x.one(r"已有" + NUM + r"名退捕渔民参加").group(1)
    sat = x.one(r"满意度为" + NUM + "%").group(1)
    # indicator table (Hubei: execution 20 points)
    m = x.one(r"分值合计：(\d+)分\s+自评得分：" + NUM + "分")
    grade = x.one(r"评价等级为“(.+?)”").group(1)
    ind = x.indicators("一级指标", m.group(1), m.group(2), grade)
    x.rate(ind["预算执行率"]["actual"], SP, ANN, "自评表 执行率")
    x.count("conflicting_values", parse_val(ind["安置补助发放户数"]["actual"])["v"], dec(hh), "自评表 户")
    x.count("conflicting_values", parse_val(ind["过渡期生活补助发放人数"]["actual"])["v"], dec(ppl), "自评表 人")
    x.same((ind["补助发放差错率"]["actual"].rstrip("%"), None), (m_err.group(3), None), "差错率 table")
    if ind["补助发放完成时间"]["actual"] != done:
        x.err("conflicting_values", "completion date")
    x.same((ind["有就业意愿渔民转产就业率"]["actual"].rstrip("%"), None), (m_emp.group(3), None), "就业率 table")
    x.count("conflicting_values", parse_val(ind["参加养老保险人数"]["actual"])["v"], dec(pens), "参保人数")
    x.same((ind["退捕渔民满意度"]["actual"].rstrip("%"), None), (sat, None), "满意度")
    e = ind["预算执行率"]
    if not agrees(e["s"], dec(e["w"]) * min(SP / ANN, D(1))):
        x.warn("score_rule_mismatch", "execution score ≠ 20 × 执行率")
    x.rate(x.one(r"市级配套资金执行率为" + NUM + "%").group(1) + "%", dec(cell(rows, "市级资金", 3)),
           dec(cell(rows, "市级资金", 2)), "市级执行率 (prose)")
    x.year(x.one(r"我市于(\d{4})年完成长江干流").group(1), Y, "退捕 year")
    x.count("conflicting_values", x.one(r"涉及沿江(\d+)个乡镇").group(1), len(towns), "number of townships")
    x.year(x.one(r"按照全市(\d{4})年度项目支出").group(1), Y, "scoring rule year")
    x.target_is(ind["补助发放差错率"], x.one(r"发放差错率控制在" + NUM + "%以内").group(1), "差错率 goal")
    x.target_is(ind["有就业意愿渔民转产就业率"], x.one(r"转产就业率不低于(\d+)%").group(1), "就业率 goal")
    x.target_is(ind["参加养老保险人数"], x.one(r"参加养老保险不少于" + NUM + "人").group(1), "参保 goal")
    x.target_is(ind["参加养老保险人数"], x.one(r"未达到" + NUM + "人的目标").group(1), "参保 goal (prose)")
    x.target_is(ind["退捕渔民满意度"], x.one(r"满意度不低于(\d+)%").group(1), "满意度 goal")
    m = x.one(r"预算执行率(\d+)分，按执行率计分；绩效指标(\d+)分")
    if dec(ind["预算执行率"]["w"]) != dec(m.group(1)) or \
            sum(dec(v["w"]) for k, v in ind.items() if k != "预算执行率") != dec(m.group(2)):
        x.err("weight_sum_mismatch", "20 + 80 split of the scoring rule")
    if x.one(r"补助发放完成时间\s+(\d{4})年12月31日前").group(1) != str(Y):
        x.err("year_mismatch", "deadline in the table")
    return x


def check_yugan(t):
    x = Ctx(t)
    Y = int(x.one(r"^.*\n(\d{4})年度长江流域").group(1))
    std_goal = x.one(r"按每人每年" + NUM + r"元标准发放过渡期生活补助").group(1)
    m = x.one(r"(\d{4})年项目全年预算" + NUM + r"万元，其中中央财政资金" + NUM + r"万元（含(\d{4})年(\d+)月提前下达的" + NUM +
              r"万元）、省级资金" + NUM + r"万元、市级资金" + NUM + r"万元、县级配套资金" + NUM + r"万元")
    x.year(m.group(1), Y, "budget year")
    ann, cen, adv_y, adv_m, adv, prov, city, cty = (m.group(i) for i in range(2, 10))
    x.year(adv_y, Y - 1, "advance year")
    if int(adv_m) != 12:
        x.err("year_mismatch", "advance not issued in December")
    x.sum_of("sum_mismatch", (ann, "万元"), [(cen, "万元"), (prov, "万元"), (city, "万元"), (cty, "万元")], "全年 = Σ sources")
    ini = x.one(r"年初预算" + NUM + r"万元，为提前下达").group(1)
    x.year(x.one(r"截至(\d{4})年12月31日").group(1), Y, "截至 date")
    rr = x.one(r"各级资金全部到位，到位率" + NUM + "%").group(1)
    _, rows = x.table("资金来源")
    names = ["中央财政资金", "省级财政资金", "市级财政资金", "县级财政资金"]
    for ci, label in ((1, "年初"), (2, "全年"), (3, "到位"), (4, "执行")):
        x.sum_of("sum_mismatch", (cell(rows, "合计", ci), "万元"), [(cell(rows, n, ci), "万元") for n in names],
                 f"表1 {label}")
    for n in names + ["合计"]:
        x.rate(cell(rows, n, 5), dec(cell(rows, n, 4)), dec(cell(rows, n, 2)), f"表1 {n} 执行率")
    for n, v in zip(names, (cen, prov, city, cty)):
        x.same((v, "万元"), (cell(rows, n, 2), "万元"), f"{n} 全年")
    x.same((adv, "万元"), (cell(rows, "中央财政资金", 1), "万元"), "提前下达 = 中央年初")
    x.same((ini, "万元"), (cell(rows, "合计", 1), "万元"), "年初")
    x.same((ann, "万元"), (cell(rows, "合计", 2), "万元"), "全年")
    ANN, REC, SP = (dec(cell(rows, "合计", i)) for i in (2, 3, 4))
    x.rate(rr + "%", REC, ANN, "到位率")
    m = x.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    x.same((m.group(1), "万元"), (cell(rows, "合计", 4), "万元"), "支出")
    x.rate(m.group(2) + "%", dec(m.group(1)), ANN, "执行率 (prose)")
    m = x.one(r"分别为" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元")
    a, b, c = m.group(1), m.group(2), m.group(3)
    x.sum_of("sum_mismatch", (cell(rows, "合计", 4), "万元"), [(a, "万元"), (b, "万元"), (c, "万元")], "用途分别")
    mp = x.one(r"过渡期生活补助按每人每年" + NUM + r"元标准发放" + NUM + r"人")
    x.same((mp.group(1), "元"), (std_goal, "元"), "过渡 standard")
    x.amount("sum_mismatch", a, "万元", wan(mp.group(1), "元") * dec(mp.group(2)), "过渡 = 人 × 标准")
    mh = x.one(r"转产就业扶持按每户" + NUM + r"元标准发放(\d+)户")
    x.amount("sum_mismatch", c, "万元", wan(mh.group(1), "元") * dec(mh.group(2)), "扶持 = 户 × 标准")
    bal = x.one(r"未支出的" + NUM + r"万元均为县级配套资金").group(1)
    x.amount("balance_mismatch", bal, "万元", ANN - SP, "结转 = 全年 − 执行")
    x.amount("balance_mismatch", bal, "万元", dec(cell(rows, "县级财政资金", 2)) - dec(cell(rows, "县级财政资金", 4)),
             "结转 = 县级全年 − 县级执行")
    x.later_year(x.one(r"已结转至(\d{4})年").group(1), Y, "结转")
    # table 2
    _, rows2 = x.table("乡镇")
    towns = ["瑞洪镇", "康山乡", "石口镇", "大塘乡"]
    for ci, u, label in ((1, None, "户"), (2, None, "人"), (3, "万元", "金额")):
        x.sum_of("sum_mismatch", (cell(rows2, "合计", ci), u), [(cell(rows2, n, ci), u) for n in towns], f"表2 {label}")
    for n in towns + ["合计"]:
        x.amount("sum_mismatch", cell(rows2, n, 3), "万元", wan(mp.group(1), "元") * dec(cell(rows2, n, 2)), f"表2 {n}")
    x.same((cell(rows2, "合计", 3), "万元"), (a, "万元"), "表2 vs 过渡")
    x.count("conflicting_values", cell(rows2, "合计", 2).replace(",", ""), dec(mp.group(2)), "表2 人")
    x.average(x.one(r"户均领取过渡期生活补助" + NUM + "元").group(1), "元", dec(cell(rows2, "合计", 3)),
              dec(cell(rows2, "合计", 1)), "全县户均")
    hi = x.one(r"瑞洪镇户均最高，为" + NUM + "元").group(1)
    lo = x.one(r"石口镇户均最低，为" + NUM + "元").group(1)
    x.average(hi, "元", dec(cell(rows2, "瑞洪镇", 3)), dec(cell(rows2, "瑞洪镇", 1)), "瑞洪户均")
    x.average(lo, "元", dec(cell(rows2, "石口镇", 3)), dec(cell(rows2, "石口镇", 1)), "石口户均")
    avgs = {n: dec(cell(rows2, n, 3)) / dec(cell(rows2, n, 1)) for n in towns}
    if max(avgs, key=avgs.get) != "瑞洪镇" or min(avgs, key=avgs.get) != "石口镇":
        x.err("average_mismatch", "highest/lowest 户均 claim")
    m = x.one(r"户均人口在" + NUM + r"人至" + NUM + r"人之间")
    for n in towns:
        v = dec(cell(rows2, n, 2)) / dec(cell(rows2, n, 1))
        if not dec(m.group(1)) - D("0.05") <= v <= dec(m.group(2)) + D("0.05"):
            x.err("average_mismatch", f"{n} 户均人口 {v} outside the stated range")
    # indicator table
    _, rows3 = x.table("一级指标")
    tot = [r for r in rows3 if r[0] == "合计"][0]
    tw, ts = tot[3], tot[7]
    grade = x.one(r"评价等级为“(.+?)”").group(1)
    ind = x.indicators("一级指标", tw, ts, grade)
    x.same((x.one(r"自评得分" + NUM + "分").group(1), None), (ts, None), "total score")
    x.rate(ind["预算执行率"]["actual"], SP, ANN, "自评表 执行率")
    x.count("conflicting_values", parse_val(ind["过渡期生活补助发放人数"]["actual"])["v"], dec(mp.group(2)), "发放人数")
    x.count("conflicting_values", parse_val(ind["转产就业扶持户数"]["actual"])["v"], dec(mh.group(2)), "扶持户数")
    x.same((str(parse_val(ind["人均过渡期生活补助"]["actual"])["v"]), "元"), (mp.group(1), "元"), "人均标准")
    x.count("conflicting_values", x.one(r"累计发放" + NUM + "人").group(1).replace(",", ""), dec(mp.group(2)), "累计发放")
    m = x.one(r"转产就业扶持发放(\d+)户，较目标少(\d+)户")
    x.count("conflicting_values", m.group(1), dec(mh.group(2)), "扶持户数 prose")
    x.sum_of("sum_mismatch", (str(parse_val(ind["转产就业扶持户数"]["target"])["v"]), None),
             [(m.group(1), None), (m.group(2), None)], "较目标少")
    x.same((x.one(r"转产就业率" + NUM + "%").group(1), None),
           (ind["有劳动能力退捕渔民转产就业率"]["actual"].rstrip("%"), None), "就业率")
    x.same((x.one(r"满意度" + NUM + "%").group(1), None), (ind["退捕渔民满意度"]["actual"].rstrip("%"), None), "满意度")
    x.rate(x.one(r"县级配套资金执行率仅" + NUM + "%").group(1) + "%", dec(cell(rows, "县级财政资金", 4)),
           dec(cell(rows, "县级财政资金", 2)), "县级执行率 (prose)")
    x.year(x.one(r"(\d{4})年12月提前下达的中央资金已纳入").group(1), Y - 1, "advance (七)")
    x.year(x.one(r"（二）绩效目标\n(\d{4})年度目标").group(1), Y, "goal year")
    x.target_is(ind["过渡期生活补助发放人数"], x.one(r"覆盖退捕渔民" + NUM + "人以上").group(1), "发放 goal")
    x.target_is(ind["社会保险参保人数"], x.one(r"参保" + NUM + "人以上").group(1), "参保 goal")
    x.target_is(ind["转产就业扶持户数"], x.one(r"对(\d+)户以上退捕渔民家庭").group(1), "扶持 goal")
    x.target_is(ind["有劳动能力退捕渔民转产就业率"], x.one(r"转产就业率不低于(\d+)%").group(1), "就业率 goal")
    x.target_is(ind["退捕渔民满意度"], x.one(r"满意度不低于(\d+)%").group(1), "满意度 goal")
    x.target_is(ind["人均过渡期生活补助"], mp.group(1), "人均 standard as the cost cap")
    x.count("conflicting_values", x.one(r"全年分(\d+)次按季度发放").group(1),
            parse_val(ind["过渡期补助按季度发放次数"]["actual"])["v"], "发放次数")
    return x


def check_chishui(t):
    x = Ctx(t)
    Y = int(x.one(r"^赤水市农业农村局(\d{4})年度部门整体支出").group(1))
    x.year(x.one(r"表3 (\d{4})年度部门整体支出绩效自评表").group(1), Y, "table year")
    m = x.one(r"(\d{4})年继续为(\d+)户" + NUM + r"名退捕渔民")
    x.year(m.group(1), Y, "intro year")
    hh, ppl = m.group(2), m.group(3)
    m = x.one(r"(\d{4})年部门年初预算" + NUM + r"万元，全年预算" + NUM + r"万元，较年初预算增加" + NUM + r"万元")
    x.year(m.group(1), Y, "budget year")
    ini, ann, inc = m.group(2), m.group(3), m.group(4)
    x.sum_of("sum_mismatch", (ann, "万元"), [(ini, "万元"), (inc, "万元")], "年初 + 增加 = 全年")
    m = x.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，年末结转结余" + NUM + r"万元")
    sp, rate_s, bal = m.group(1), m.group(2) + "%", m.group(3)
    x.rate(rate_s, dec(sp), dec(ann), "部门执行率 (prose)")
    x.amount("balance_mismatch", bal, "万元", dec(ann) - dec(sp), "结转结余 = 全年 − 支出")
    m = x.one(r"(\d{4})年部门全年支出为" + NUM + r"万元，(\d{4})年支出较上年增长" + NUM + "%")
    x.year(m.group(1), Y - 1, "last year")
    x.year(m.group(3), Y, "this year")
    x.rate(m.group(4) + "%", dec(sp) - dec(m.group(2)), dec(m.group(2)), "增长率")
    _, rows = x.table("资金来源")
    names = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "上年结转", "其他收入"]
    for ci, label in ((1, "年初"), (2, "全年"), (3, "支出")):
        x.sum_of("sum_mismatch", (cell(rows, "合计", ci), "万元"), [(cell(rows, n, ci), "万元") for n in names],
                 f"表1 {label}")
    for n in names + ["合计"]:
        s_, b = cell(rows, n, 3), cell(rows, n, 2)
        x.rate(cell(rows, n, 4), D(0) if is_dash(s_) else dec(s_), D(0) if is_dash(b) else dec(b), f"表1 {n} 执行率")
    x.same((ini, "万元"), (cell(rows, "合计", 1), "万元"), "年初")
    x.same((ann, "万元"), (cell(rows, "合计", 2), "万元"), "全年")
    x.same((sp, "万元"), (cell(rows, "合计", 3), "万元"), "支出")
    ANN, SP = dec(cell(rows, "合计", 2)), dec(cell(rows, "合计", 3))
    m = x.one(r"基本支出" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM + r"万元；项目支出" + NUM +
              r"万元，占全年支出的" + NUM + "%")
    basic, pers, pub, proj, share = (m.group(i) for i in range(1, 6))
    x.sum_of("sum_mismatch", (basic, "万元"), [(pers, "万元"), (pub, "万元")], "基本支出")
    x.sum_of("sum_mismatch", (sp, "万元"), [(basic, "万元"), (proj, "万元")], "基本 + 项目")
    x.rate(share + "%", dec(proj), SP, "项目支出占比")
    m3 = x.one(r"“三公”经费支出" + NUM + r"万元，控制在" + NUM + r"万元的预算以内")
    m = x.one(r"项目(\d{4})年预算" + NUM + r"万元，全年支出" + NUM + r"万元，执行率" + NUM + r"%，未支出的" + NUM +
              r"万元为.*?已结转至(\d{4})年")
    x.year(m.group(1), Y, "project year")
    pb, ps, pr, pbal = m.group(2), m.group(3), m.group(4) + "%", m.group(5)
    x.rate(pr, dec(ps), dec(pb), "项目执行率")
    x.amount("balance_mismatch", pbal, "万元", dec(pb) - dec(ps), "项目结转")
    x.later_year(m.group(6), Y, "项目结转")
    m = x.one(r"养老保险缴费补贴" + NUM + r"万元，按每人每年" + NUM + r"元标准为" + NUM + r"人发放；生活困难帮扶资金" + NUM + "万元")
    x.amount("sum_mismatch", m.group(1), "万元", wan(m.group(2), "元") * dec(m.group(3)), "养老 = 人 × 标准")
    x.count("conflicting_values", m.group(3).replace(",", ""), dec(ppl), "养老 persons")
    x.sum_of("sum_mismatch", (ps, "万元"), [(m.group(1), "万元"), (m.group(4), "万元")], "养老 + 帮扶")
    _, rows2 = x.table("乡镇")
    towns = ["元厚镇", "丙安镇", "复兴镇", "长沙镇"]
    for ci, u, label in ((1, None, "户"), (2, None, "人"), (3, "万元", "金额")):
        x.sum_of("sum_mismatch", (cell(rows2, "合计", ci), u), [(cell(rows2, n, ci), u) for n in towns], f"表2 {label}")
    for n in towns + ["合计"]:
        x.average(cell(rows2, n, 4), "元", dec(cell(rows2, n, 3)), dec(cell(rows2, n, 2)), f"表2 {n} 人均")
    x.count("conflicting_values", cell(rows2, "合计", 1), dec(hh), "表2 户 vs intro")
    x.count("conflicting_values", cell(rows2, "合计", 2).replace(",", ""), dec(ppl), "表2 人 vs intro")
    x.same((cell(rows2, "合计", 3), "万元"), (ps, "万元"), "表2 vs 项目支出")
    x.average(x.one(r"人均获得补助" + NUM + "元，比").group(1), "元", dec(cell(rows2, "合计", 3)),
              dec(cell(rows2, "合计", 2)), "人均 (prose)")
    x.year(x.one(r"比(\d{4})年的" + NUM + "元有所提高").group(1), Y - 1, "last year's 人均")
    # indicator table
    _, rows3 = x.table("一级指标")
    tot = [r for r in rows3 if r[0] == "合计"][0]
    tw, ts = tot[6], tot[7]
    grade = x.one(r"评价等级为“(.+?)”").group(1)
    ind = x.indicators("一级指标", tw, ts, grade)
    x.same((x.one(r"绩效得分" + NUM + "分").group(1), None), (ts, None), "total score")
    x.rate(ind["部门预算执行率"]["actual"], SP, ANN, "自评表 执行率")
    x.count("conflicting_values", parse_val(ind["退捕渔民补助发放人数"]["actual"])["v"], dec(ppl), "发放人数")
    x.same((m3.group(1), "万元"), (str(parse_val(ind["“三公”经费支出"]["actual"])["v"]), "万元"), "三公 actual")
    x.same((m3.group(2), "万元"), (str(parse_val(ind["“三公”经费支出"]["target"])["v"]), "万元"), "三公 target")
    m = x.one(r"部门预算执行率" + NUM + r"%，按执行率计得" + NUM + "分")
    x.rate(m.group(1) + "%", SP, ANN, "执行率 (说明)")
    x.same((m.group(2), None), (ind["部门预算执行率"]["s"], None), "execution score")
    x.rate(x.one(r"上年结转资金执行率" + NUM + "%").group(1) + "%", dec(cell(rows, "上年结转", 3)),
           dec(cell(rows, "上年结转", 2)), "上年结转执行率 (prose)")
    x.count("conflicting_values", x.one(r"全年为" + NUM + r"名退捕渔民发放补助").group(1).replace(",", ""), dec(ppl),
            "发放人数 prose")
    x.count("conflicting_values", x.one(r"渔政执法巡查(\d+)次").group(1),
            parse_val(ind["渔政执法巡查次数"]["actual"])["v"], "巡查")
    x.same((x.one(r"建成高标准农田" + NUM + "万亩").group(1), None),
           (str(parse_val(ind["高标准农田建设面积"]["actual"])["v"]), None), "农田")
    m = x.one(r"统防统治" + NUM + r"万亩，完成目标的" + NUM + "%")
    row = ind["农作物病虫害统防统治面积"]
    x.same((m.group(1), None), (str(parse_val(row["actual"])["v"]), None), "统防统治")
    if not agrees(m.group(2), dec(m.group(1)) / parse_val(row["target"])["v"] * 100):
        x.err("completion_mismatch", "统防统治 completion (prose)")
    x.count("conflicting_values", x.one(r"实现转产就业(\d+)人").group(1),
            parse_val(ind["退捕渔民转产就业人数"]["actual"])["v"], "就业")
    x.same((x.one(r"形成" + NUM + r"万元结转").group(1), "万元"), (pbal, "万元"), "项目结转 (问题)")
    x.year(x.one(r"(\d{4})年末实有在职人员").group(1), Y, "staff year")
    x.year(x.one(r"经自评，(\d{4})年度部门").group(1), Y, "conclusion year")
    x.year(x.one(r"年度主要任务\n(\d{4})年，我局").group(1), Y, "task year")
    return x


def check_dongzhi(t):
    x = Ctx(t)
    Y = int(x.one(r"^.*\n(\d{4})年度长江退捕").group(1))
    x.year(x.one(r"表3 (\d{4})年度项目支出绩效自评表").group(1), Y, "table year")
    m = x.one(r"建档立卡退捕渔民(\d+)户" + NUM + "人")
    hh, ppl = m.group(1), m.group(2)
    s_pen = x.one(r"养老保险缴费补贴每人每年" + NUM + "元").group(1)
    s_hard = x.one(r"过渡期困难帮扶每户" + NUM + "元").group(1)
    s_job = x.one(r"就业创业奖补每人" + NUM + "元").group(1)
    m = x.one(r"(\d{4})年全年预算" + NUM + r"万元，其中中央资金" + NUM + r"万元、省级资金" + NUM + r"万元、县级配套资金" + NUM +
              r"(万元|元)")
    x.year(m.group(1), Y, "budget year")
    ann, cen, prov, cty, cty_u = m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    x.sum_of("sum_mismatch", (ann, "万元"), [(cen, "万元"), (prov, "万元"), (cty, cty_u)], "全年 = Σ sources")
    m = x.one(r"中央资金" + NUM + r"万元已于(\d{4})年(\d+)月提前下达")
    adv, adv_y, adv_m = m.group(1), m.group(2), m.group(3)
    x.year(adv_y, Y - 1, "advance year")
    if int(adv_m) != 12:
        x.err("year_mismatch", "advance not in December")
    x.year(x.one(r"省级资金于(\d{4})年\d+月追加下达").group(1), Y, "追加 year")
    m = x.one(r"年初预算" + NUM + r"万元，全年预算较年初增加" + NUM + r"万元")
    ini, inc = m.group(1), m.group(2)
    x.sum_of("sum_mismatch", (ann, "万元"), [(ini, "万元"), (inc, "万元")], "年初 + 增加")
    m = x.one(r"全年实际到位" + NUM + r"万元，到位率" + NUM + r"%，县级配套资金到位" + NUM + "万元")
    rec, rec_rate, cty_rec = m.group(1), m.group(2) + "%", m.group(3)
    _, rows = x.table("资金来源")
    names = ["中央资金", "省级资金", "县级资金"]
    for ci, label in ((1, "年初"), (2, "全年"), (3, "到位"), (5, "执行")):
        x.sum_of("sum_mismatch", (cell(rows, "合计", ci), "万元"), [(cell(rows, n, ci), "万元") for n in names],
                 f"表1 {label}")
    for n in names + ["合计"]:
        x.rate(cell(rows, n, 4), dec(cell(rows, n, 3)), dec(cell(rows, n, 2)), f"表1 {n} 到位率")
        x.rate(cell(rows, n, 6), dec(cell(rows, n, 5)), dec(cell(rows, n, 2)), f"表1 {n} 执行率")
    for n, v, u in (("中央资金", cen, "万元"), ("省级资金", prov, "万元"), ("县级资金", cty, cty_u)):
        x.same((v, u), (cell(rows, n, 2), "万元"), f"{n} 全年")
    x.same((adv, "万元"), (cell(rows, "中央资金", 1), "万元"), "提前下达 = 中央年初")
    x.same((cen, "万元"), (adv, "万元"), "中央 twice")
    x.same((ini, "万元"), (cell(rows, "合计", 1), "万元"), "年初")
    x.same((ann, "万元"), (cell(rows, "合计", 2), "万元"), "全年")
    x.same((rec, "万元"), (cell(rows, "合计", 3), "万元"), "到位")
    x.same((cty_rec, "万元"), (cell(rows, "县级资金", 3), "万元"), "县级到位")
    ANN, REC, SP = dec(cell(rows, "合计", 2)), dec(cell(rows, "合计", 3)), dec(cell(rows, "合计", 5))
    x.rate(rec_rate, dec(rec), dec(ann), "到位率 (prose)")
    m = x.one(r"全年执行" + NUM + r"万元，预算执行率" + NUM + r"%；按到位资金计算，资金使用率为" + NUM + "%")
    x.same((m.group(1), "万元"), (cell(rows, "合计", 5), "万元"), "执行")
    x.rate(m.group(2) + "%", dec(m.group(1)), ANN, "执行率 (prose)")
    x.rate(m.group(3) + "%", dec(m.group(1)), REC, "使用率 (到位 base)", alt_dens=(ANN,))
    m = x.one(r"其中养老保险缴费补贴" + NUM + r"万元、过渡期困难帮扶" + NUM + r"万元、职业技能培训" + NUM + r"万元、就业创业奖补" + NUM +
              "万元")
    a, b, c, d = (m.group(i) for i in range(1, 5))
    x.sum_of("sum_mismatch", (cell(rows, "合计", 5), "万元"), [(a, "万元"), (b, "万元"), (c, "万元"), (d, "万元")], "用途")
    m = x.one(r"养老保险缴费补贴按标准为" + NUM + r"人发放，过渡期困难帮扶按标准向(\d+)户发放，就业创业奖补按标准向(\d+)人发放")
    x.count("conflicting_values", m.group(1).replace(",", ""), dec(ppl), "养老 persons")
    x.amount("sum_mismatch", a, "万元", wan(s_pen, "元") * dec(m.group(1)), "养老 = 人 × 标准")
    x.amount("sum_mismatch", b, "万元", wan(s_hard, "元") * dec(m.group(2)), "帮扶 = 户 × 标准")
    x.amount("sum_mismatch", d, "万元", wan(s_job, "元") * dec(m.group(3)), "奖补 = 人 × 标准")
    bal = x.one(r"年末结余" + NUM + r"万元，为省级资金").group(1)
    x.amount("balance_mismatch", bal, "万元", REC - SP, "结余 = 到位 − 执行")
    x.amount("balance_mismatch", bal, "万元", dec(cell(rows, "省级资金", 3)) - dec(cell(rows, "省级资金", 5)), "省级结余")
    x.later_year(x.one(r"已结转至(\d{4})年").group(1), Y, "结转")
    # table 2
    _, rows2 = x.table("镇别")
    towns = ["大渡口镇", "东流镇", "胜利镇", "香隅镇", "张溪镇"]
    for ci, u, label in ((1, None, "户"), (2, None, "人"), (3, "元", "金额")):
        x.sum_of("sum_mismatch", (cell(rows2, "合计", ci), u), [(cell(rows2, n, ci), u) for n in towns], f"表2 {label}")
    for n in towns + ["合计"]:
        x.amount("sum_mismatch", cell(rows2, n, 3), "元", wan(s_pen, "元") * dec(cell(rows2, n, 2)), f"表2 {n} 金额")
        x.average(cell(rows2, n, 4), "元", wan(cell(rows2, n, 3), "元"), dec(cell(rows2, n, 1)), f"表2 {n} 户均")
    x.count("conflicting_values", cell(rows2, "合计", 1), dec(hh), "表2 户")
    x.count("conflicting_values", cell(rows2, "合计", 2).replace(",", ""), dec(ppl), "表2 人")
    x.same((cell(rows2, "合计", 3), "元"), (a, "万元"), "表2 vs 养老")
    m = x.one(r"养老保险缴费补贴合计" + NUM + r"元，即" + NUM + r"万元，户均" + NUM + r"元，各镇户均在" + NUM + r"元至" + NUM + "元之间")
    x.same((m.group(1), "元"), (cell(rows2, "合计", 3), "元"), "合计 元")
    x.same((m.group(2), "万元"), (m.group(1), "元"), "元 = 万元")
    x.average(m.group(3), "元", wan(cell(rows2, "合计", 3), "元"), dec(cell(rows2, "合计", 1)), "户均 (prose)")
    for n in towns:
        v = dec(cell(rows2, n, 4))
        if not dec(m.group(4)) <= v <= dec(m.group(5)):
            x.err("average_mismatch", f"{n} 户均 outside the stated range")
    periods = x.one(r"共举办培训(\d+)期").group(1)
    m = x.one(r"有培训意愿的退捕渔民(\d+)人，全年实际参训(\d+)人，参训率" + NUM + "%")
    x.rate(m.group(3) + "%", dec(m.group(2)), dec(m.group(1)), "参训率")
    # indicator table (execution row last)
    m = x.one(r"分值合计(\d+)分，自评得分" + NUM + "分")
    grade = x.one(r"自评等级为“(.+?)”").group(1)
    ind = x.indicators("一级指标", m.group(1), m.group(2), grade)
    x.rate(ind["预算执行率"]["actual"], SP, ANN, "自评表 执行率")
    x.count("conflicting_values", parse_val(ind["养老保险缴费补贴人数"]["actual"])["v"], dec(ppl), "补贴人数")
    x.count("conflicting_values", parse_val(ind["技能培训期数"]["actual"])["v"], dec(periods), "培训期数")
    x.same((str(parse_val(ind["养老保险缴费补贴标准"]["actual"])["v"]), "元"), (s_pen, "元"), "标准")
    x.same((x.one(r"稳定就业率" + NUM + "%，低于").group(1), None),
           (ind["退捕渔民稳定就业率"]["actual"].rstrip("%"), None), "就业率")
    x.rate(x.one(r"县级配套资金到位率" + NUM + "%").group(1) + "%", dec(cell(rows, "县级资金", 3)),
           dec(cell(rows, "县级资金", 2)), "县级到位率 (prose)")
    m = x.one(r"结转的" + NUM + r"万元于(\d{4})年")
    x.same((m.group(1), "万元"), (bal, "万元"), "结转 (措施)")
    x.later_year(m.group(2), Y, "结转 (措施)")
    x.year(x.one(r"(\d{4})年，本项目继续用于").group(1), Y, "project year")
    x.count("conflicting_values", x.one(r"分布在沿江(\d+)个镇").group(1), len(towns), "number of towns")
    x.target_is(ind["养老保险缴费补贴人数"], x.one(r"为" + NUM + "名以上退捕渔民").group(1), "补贴人数 goal")
    x.target_is(ind["补贴资金到户时间"], x.one(r"补贴资金在(\d+)天内发放到户").group(1), "到户 goal")
    x.target_is(ind["技能培训期数"], x.one(r"职业技能培训(\d+)期以上").group(1), "培训 goal")
    x.target_is(ind["退捕渔民稳定就业率"], x.one(r"稳定就业率不低于(\d+)%").group(1), "就业率 goal")
    x.target_is(ind["退捕渔民稳定就业率"], x.one(r"低于(\d+)%的目标").group(1), "就业率 goal (prose)")
    x.target_is(ind["退捕渔民满意度"], x.one(r"满意度不低于(\d+)%").group(1), "满意度 goal")
    x.target_is(ind["养老保险缴费补贴标准"], s_pen, "standard as the cost target")
    return x


PROJECTS = {
    "js-jiangdu-tuibuanzhi-2019": check_jiangdu,
    "hb-jianli-tuibuanzhi-2020": check_jianli,
    "jx-yugan-tuibuanzhi-2021": check_yugan,
    "gz-chishui-nongyeju-bumen-2023": check_chishui,
    "ah-dongzhi-tuibuanzhi-2024": check_dongzhi,
}


def edit_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    per_code = {}
    clean_texts = {}
    for rec in labels:
        if rec["clean"]:
            clean_texts[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if sorted(clean_texts) != sorted(PROJECTS):
        problems.append("clean drafts do not match the project list")
    for src, txt in clean_texts.items():
        n = len(txt)
        if not 1500 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters")
    for rec in labels:
        case, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        try:
            res = PROJECTS[src](text)
        except ParseError as exc:
            problems.append(f"{case}: cannot read figures: {exc}")
            continue
        codes = sorted({c for c, _ in res.errors})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{case}: clean case with expected findings")
            if res.errors:
                problems.append(f"{case}: clean draft fails {res.errors}")
            if res.warnings:
                problems.append(f"{case}: clean draft has warnings {res.warnings}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{case}: {len(rec['expected'])} expected findings")
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        per_code[code] = per_code.get(code, 0) + 1
        if exp.get("severity") != "error" or code not in CODES_A:
            problems.append(f"{case}: bad code/severity {code}/{exp.get('severity')}")
        if codes != [code]:
            problems.append(f"{case}: labelled {code}, checks fail {res.errors}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{case}: value {value!r} occurs {len(occ)} times")
            continue
        clean = clean_texts[src]
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or eb - p < 0:
            problems.append(f"{case}: edit spans {max(ea - p, eb - p)} characters")
        if clean == text:
            problems.append(f"{case}: identical to the clean draft")
        v0, v1 = occ[0], occ[0] + len(value)
        if not (v0 < max(eb, p + 1) and p < v1):
            problems.append(f"{case}: edit [{p},{eb}) does not overlap value [{v0},{v1})")
        if value in clean:
            problems.append(f"{case}: value {value!r} also occurs in the clean draft (it must carry the change)")
    per_src = {}
    for rec in labels:
        per_src.setdefault(rec["source"], [0, 0])[0 if rec["clean"] else 1] += 1
    for src, (nc, ne) in per_src.items():
        if (nc, ne) != (1, 6):
            problems.append(f"{src}: {nc} clean and {ne} error cases, expected 1 and 6")
    for c in CODES_A:
        if per_code.get(c, 0) < 2:
            problems.append(f"code {c} used {per_code.get(c, 0)} times")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK", f"{len(labels)} cases;", ", ".join(f"{c}={per_code[c]}" for c in CODES_A))


if __name__ == "__main__":
    main()
