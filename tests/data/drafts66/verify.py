#!/usr/bin/env python3
"""Check set n66: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. every error case differs from its clean draft by one contiguous edit of at most 16 characters
   inside one line (score-row edits: at most two adjacent lines, each line's edit <= 16 chars);
3. the key arithmetic of every clean draft is redone from the text: rates, balances, sums,
   count x (7 x old + 5 x new) monthly standards, averages, shares, growth, table weights to 100,
   row scores to the stated total and to the stated level scores, score rules, completion rates,
   grade band.  Figures are read from the text through anchored snippets: in a snippet, the
   number in {braces} is the figure used; the snippet (braces removed) must occur in the clean draft.
Tolerance follows rules.md section 8: a stated value with d decimals matches a computed value c
iff |c - v| <= 0.5 x 10^-d (compared in the unit in which the value is written).
Pure Python 3, no third-party dependencies.  Exit status 0 and a last line "OK" when all checks pass.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

FAILS = []
NCHECK = [0]


def fail(msg):
    FAILS.append(msg)


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        fail(msg)


def read(p):
    with open(p, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def dnum(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * (Decimal(10) ** -decimals(s)) + Decimal("1e-9")


class Q:
    """A figure read from the text: value in base unit (元 for money), its string and scale."""

    def __init__(self, raw, scale, kind):
        self.raw, self.scale, self.kind = raw, scale, kind
        self.v = dnum(raw) * scale

    def matches(self, computed_base):
        """computed value (in base unit) agrees with the stated figure within its decimals"""
        return abs(computed_base / self.scale - dnum(self.raw)) <= tol(self.raw)


def q(text, snippet, unit=None):
    """Find snippet (with {braces} around the figure) in text; return Q."""
    m = re.search(r"\{([^}]*)\}", snippet)
    assert m, snippet
    plain = snippet.replace("{", "").replace("}", "")
    ok(plain in text, f"snippet not in text: {plain!r}")
    raw = m.group(1)
    after = snippet[m.end():]
    if unit is None:
        if after.startswith("万元"):
            unit = "万元"
        elif after.startswith("元"):
            unit = "元"
        elif after.startswith("%"):
            unit = "%"
        else:
            unit = "n"
    scale = {"万元": Decimal(10000), "元": Decimal(1), "%": Decimal(1), "n": Decimal(1)}[unit]
    return Q(raw, scale, unit)


def r2(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- fact checks
def run_facts(name, text, facts):
    for f in facts:
        kind = f[0]
        if kind == "sum":  # ("sum", [parts], total[, unit])
            unit = f[3] if len(f) > 3 else None
            parts = [q(text, p, unit) for p in f[1]]
            total = q(text, f[2], unit)
            s = sum(p.v for p in parts)
            ok(total.matches(s), f"{name}: sum {[p.raw for p in parts]} = {s} vs stated {total.raw}")
        elif kind == "rate":  # ("rate", num, den, pct)
            a, b, p = q(text, f[1]), q(text, f[2]), q(text, f[3])
            ok(p.matches(a.v / b.v * 100), f"{name}: rate {a.raw}/{b.raw} = {a.v / b.v * 100:.4f}% vs {p.raw}%")
        elif kind == "diff":  # ("diff", a, b, c): a - b = c
            a, b, c = q(text, f[1]), q(text, f[2]), q(text, f[3])
            ok(c.matches(a.v - b.v), f"{name}: diff {a.raw} - {b.raw} = {a.v - b.v} vs {c.raw}")
        elif kind == "std":  # ("std", count, old, new, amount): count x (7 old + 5 new)
            c, o, n, a = (q(text, x) for x in f[1:5])
            ok(a.matches(c.v * (7 * o.v + 5 * n.v)),
               f"{name}: {c.raw} x (7x{o.raw} + 5x{n.raw}) = {c.v * (7 * o.v + 5 * n.v)} vs {a.raw}")
        elif kind == "std12":  # ("std12", count, monthly, amount): count x monthly x 12
            c, m, a = (q(text, x) for x in f[1:4])
            ok(a.matches(c.v * m.v * 12), f"{name}: {c.raw} x {m.raw} x 12 = {c.v * m.v * 12} vs {a.raw}")
        elif kind == "mul":  # ("mul", a, b, c): a x b = c
            a, b, c = (q(text, x) for x in f[1:4])
            prod = a.v * b.v / (100 if "%" in (a.kind, b.kind) else 1)
            ok(c.matches(prod), f"{name}: {a.raw} x {b.raw} = {prod} vs {c.raw}")
        elif kind == "pct_of":  # ("pct_of", base, pct, result): base x (1 + pct) = result
            a, p, c = (q(text, x) for x in f[1:4])
            ok(c.matches(a.v * (100 + p.v) / 100), f"{name}: {a.raw} x (1+{p.raw}%) vs {c.raw}")
        elif kind == "growth":  # ("growth", new, old, pct)
            a, b, p = (q(text, x) for x in f[1:4])
            ok(p.matches((a.v - b.v) / b.v * 100), f"{name}: growth ({a.raw}-{b.raw})/{b.raw} vs {p.raw}%")
        elif kind == "mean":  # ("mean", [items], avg)
            items = [q(text, x) for x in f[1]]
            avg = q(text, f[2])
            m = sum(i.v for i in items) / len(items)
            ok(avg.matches(m), f"{name}: mean {[i.raw for i in items]} = {m:.4f} vs {avg.raw}")
        elif kind == "eq":  # ("eq", a, b[, unit_b]): same quantity, b within b's decimals
            a = q(text, f[1])
            b = q(text, f[2], f[3] if len(f) > 3 else None)
            ok(b.matches(a.v), f"{name}: {a.raw} ({a.kind}) vs {b.raw} ({b.kind})")
        elif kind == "le":  # ("le", a, b): a <= b
            a, b = q(text, f[1]), q(text, f[2])
            ok(a.v <= b.v, f"{name}: {a.raw} > {b.raw}")
        else:
            raise SystemExit(f"unknown fact {kind}")


# ---------------------------------------------------------------- indicator tables
SIGN_GTE = ("≥", "不低于", "不少于", "＞", ">")
SIGN_LTE = ("≤", "不超过", "不高于", "以内", "＜", "<")


def parse_measure(s):
    """'≥3,800人' -> (direction, value, unit); None when not quantitative."""
    s = s.strip()
    d = "eq"
    for g in SIGN_GTE:
        if s.startswith(g):
            d, s = "gte", s[len(g):]
    for g in SIGN_LTE:
        if s.startswith(g):
            d, s = "lte", s[len(g):]
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(.*)", s)
    if not m or "年" in m.group(2) or "月" in m.group(2):
        return None
    return d, dnum(m.group(1)), m.group(2).strip(), m.group(1)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_rows(name, rows, extra_weight, extra_score, total_w, total_s):
    """rows: dicts with level1, name, target, actual, completion (or None), weight, score (strings)."""
    sw = extra_weight + sum(dnum(r["weight"]) for r in rows)
    ss = extra_score + sum(dnum(r["score"]) for r in rows)
    ok(sw == dnum(total_w) == 100, f"{name}: weights sum {sw}, stated {total_w}")
    ok(abs(ss - dnum(total_s)) <= tol(total_s), f"{name}: scores sum {ss}, stated {total_s}")
    for r in rows:
        w, s = dnum(r["weight"]), dnum(r["score"])
        ok(0 <= s <= w, f"{name}: {r['name']} score {s} vs weight {w}")
        if r.get("target") is None:
            continue
        t, a = parse_measure(r["target"]), parse_measure(r["actual"])
        if t is None or a is None:
            # qualitative or date: only accept full marks for an achieved (same-wording / earlier date) row
            ok(parse_measure(r["actual"]) is None, f"{name}: {r['name']} target not numeric but actual is")
            ok(s == w, f"{name}: qualitative/date row {r['name']} scored {s} of {w} (drafts give full marks)")
            if r.get("completion") not in (None, "—", ""):
                fail(f"{name}: completion given for non-quantitative row {r['name']}")
            continue
        ok(t[2] == a[2], f"{name}: {r['name']} units differ {t[2]!r} vs {a[2]!r}")
        dirn, T, A = t[0], t[1], a[1]
        if dirn == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        exp_score = w * min(Decimal(1), comp / 100)
        ok(abs(s - exp_score) <= tol(r["score"]) + Decimal("0.005"),
           f"{name}: {r['name']} score {s}, rule gives {exp_score:.4f}")
        if r.get("completion") not in (None, "—", ""):
            c = r["completion"].rstrip("%")
            ok(abs(comp - dnum(c)) <= tol(c), f"{name}: {r['name']} completion {c}% vs {comp:.4f}%")
        dev = (A - T) / T * 100 if T else 0
        if dirn == "gte":
            ok(dev <= 20, f"{name}: {r['name']} over-achieves by {dev:.1f}% (> 20%)")


def level_sums(rows):
    out = {}
    for r in rows:
        out[r["level1"]] = out.get(r["level1"], Decimal(0)) + dnum(r["score"])
    return out


def stated_level(text, label):
    m = re.search(label + r"得分(\d+(?:\.\d+)?)分", text)
    return m.group(1) if m else None


def check_levels(name, text, rows, labels):
    ls = level_sums(rows)
    for lvl, lab in labels.items():
        st = stated_level(text, lab)
        ok(st is not None, f"{name}: no stated score for {lab}")
        if st is not None:
            ok(abs(ls.get(lvl, Decimal(0)) - dnum(st)) <= tol(st), f"{name}: {lab} rows {ls.get(lvl)} vs stated {st}")


def check_grade(name, text, total, pattern):
    m = re.search(pattern, text)
    ok(m is not None, f"{name}: grade statement not found ({pattern})")
    if m:
        ok(m.group(1)[0] == grade_of(dnum(total)), f"{name}: grade {m.group(1)} for total {total}")


# ---------------------------------------------------------------- per-project table readers
def split_row(ln, sep):
    ln = ln.strip(" ")
    if sep.strip() == "|" and ln.startswith("|") and ln.endswith("|"):
        ln = ln[1:-1]
    return [c.strip() for c in ln.split(sep.strip() or sep)]


def rows_sep(text, sep, header_key):
    """Return (header, rows) for a one-row-per-line table whose header line contains header_key."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if header_key in ln and sep in ln:
            hdr = split_row(ln, sep)
            rows = []
            for ln2 in lines[i + 1:]:
                if sep not in ln2:
                    break
                rows.append(split_row(ln2, sep))
            return hdr, rows
    raise SystemExit(f"table with {header_key} not found")


def as_dicts(hdr, rows, colmap):
    out, total = [], None
    for r in rows:
        if len(r) < len(hdr) - 1:
            continue
        r = r + [""] * (len(hdr) - len(r))
        d = {k: (r[hdr.index(v)] if v in hdr else None) for k, v in colmap.items()}
        if r[0] in ("合计", "总分"):
            total = d
        else:
            out.append(d)
    return out, total


COLS = {"level1": "一级指标", "name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
        "completion": "完成率", "weight": "分值", "score": "得分"}


def check_shenxian(text):
    n = "shenxian-youfu-2021"
    F = [
        ("std", "烈士遗属{18}人，月", "月标准由{1,915}元提高到2,045元", "由1,915元提高到{2,045}元", "全年发放{425,340.00}元"),
        ("std", "因公牺牲军人遗属{9}人，月", "由{1,640}元", "提高到{1,755}元", "全年发放{182,295.00}元"),
        ("std", "病故军人遗属{14}人，月", "由{1,580}元", "提高到{1,690}元", "全年发放{273,140.00}元"),
        ("std", "在乡复员军人{6}人，月", "由{2,190}元", "提高到{2,345}元", "全年发放{162,330.00}元"),
        ("std", "带病回乡退伍军人{47}人，月", "由{895}元", "提高到{960}元", "全年发放{520,055.00}元"),
        ("std", "参战参试退役人员{1,126}人，月", "由{815}元", "提高到{875}元", "全年发放{11,350,080.00}元"),
        ("diff", "提高到{875}元", "由{815}元", "每人每月提高{60}元"),
        ("std", "合计服役年限{7,318}年", "每月{40}元的标准", "提高到每月{45}元", "全年发放{3,695,590.00}元"),
        ("sum", ["全年发放{425,340.00}元", "全年发放{182,295.00}元", "全年发放{273,140.00}元", "全年发放{162,330.00}元",
                 "全年发放{520,055.00}元", "全年发放{11,350,080.00}元", "全年发放{3,186,870.00}元",
                 "全年发放{3,695,590.00}元"], "全年合计发放{19,795,700.00}元"),
        ("sum", ["残疾军人{238}人，烈士", "烈士遗属{18}人，因公", "因公牺牲军人遗属{9}人，病故", "病故军人遗属{14}人，在乡",
                 "在乡复员军人{6}人，带病", "带病回乡退伍军人{47}人，参战", "参战参试退役人员{1,126}人，60周岁",
                 "60周岁以上农村籍退役士兵{2,364}人。"], "共计{3,822}人"),
        ("sum", ["一级至四级{19}人", "五级至六级{41}人", "七级至十级{178}人"], "残疾军人{238}人（其中"),
        ("diff", "自然减员{47}人", "新认定{8}人", "净减少{39}人"),
        ("sum", ["年初预算安排{16,370,000.00}元", "年中追加{3,550,000.00}元"], "年中追加3,550,000.00元，全年预算{19,920,000.00}元"),
        ("sum", ["中央财政补助{13,950,000.00}元", "省级财政补助{2,480,000.00}元", "市级财政补助{620,000.00}元",
                 "县级财政安排{2,870,000.00}元"], "资金来源方面，全年预算{19,920,000.00}元"),
        ("sum", ["2020年12月提前下达{11,600,000.00}元", "2021年6月追加{2,350,000.00}元"], "中央财政补助{13,950,000.00}元"),
        ("sum", ["年初提前下达{1,900,000.00}元", "6月追加{580,000.00}元"], "省级财政补助{2,480,000.00}元"),
        ("sum", ["2020年12月提前下达{11,600,000.00}元", "年初提前下达{1,900,000.00}元", "县级财政安排{2,870,000.00}元"],
         "年初预算安排{16,370,000.00}元"),
        ("sum", ["2021年6月追加{2,350,000.00}元", "6月追加{580,000.00}元", "市级财政补助{620,000.00}元"], "年中追加{3,550,000.00}元"),
        ("rate", "中央财政补助{13,950,000.00}元", "全年预算{19,920,000.00}元", "占全年预算的{70.0}%"),
        ("rate", "实际到位资金{19,920,000.00}元", "全年预算{19,920,000.00}元", "资金到位率{100.0}%"),
        ("rate", "全年实际支出{19,795,700.00}元", "全年预算{19,920,000.00}元", "预算执行率{99.4}%"),
        ("diff", "实际到位资金{19,920,000.00}元", "全年实际支出{19,795,700.00}元", "年末结余{124,300.00}元"),
        ("diff", "实际到位资金{19,920,000.00}元", "全年实际支出{19,795,700.00}元", "未执行资金{124,300.00}元"),
        ("diff", "全年实际支出{19,795,700.00}元", "2020年全年支出{18,642,370.00}元", "支出增加{1,153,330.00}元"),
        ("growth", "全年实际支出{19,795,700.00}元", "2020年全年支出{18,642,370.00}元", "增长{6.2}%"),
        ("rate", "完成{3,715}名", "为{3,822}名优抚对象", "核查率{97.2}%"),
        ("diff", "为{3,822}名优抚对象", "完成{3,715}名", "未核查的{107}人"),
        ("diff", "不低于{98}%", "核查率{97.2}%", "较目标低{0.8}个百分点"),
        ("rate", "有{455}人", "回收有效问卷{486}份", "政策知晓率{93.6}%"),
        ("rate", "“基本满意”的{466}份", "回收有效问卷{486}份", "满意度{95.9}%"),
        ("eq", "年初预算安排{16,370,000.00}元", "年度资金总额｜{1637.00}｜", "万元"),
        ("eq", "全年预算{19,920,000.00}元", "｜1637.00｜{1992.00}｜1979.57", "万元"),
        ("eq", "全年合计发放{19,795,700.00}元", "｜1992.00｜{1979.57}｜10", "万元"),
        ("eq", "全年合计发放{19,795,700.00}元", "全年支出{1979.57}万元"),
        ("eq", "全年预算{19,920,000.00}元", "全年预算{1992.00}万元以内"),
        ("rate", "｜1992.00｜{1979.57}｜10", "｜1637.00｜{1992.00}｜1979.57", "｜10｜{99.4}%｜9.94"),
        ("mul", "1979.57｜{10}｜99.4%", "｜10｜{99.4}%｜9.94", "｜99.4%｜{9.94}\n"),
        ("sum", ["为{3,822}名优抚对象"], "｜{3,822}人｜100.6%"),
    ]
    # Aug difference: sum of count x (new - old) + disabled monthly difference + years x 5
    aug = (18 * 130 + 9 * 115 + 14 * 110 + 6 * 155 + 47 * 65 + 1126 * 60 + (276720 - 257610) + 7318 * 5)
    ok(Decimal(aug) == q(text, "补发了8月份提标差额{132,160.00}元").v, f"{n}: Aug difference {aug}")
    disabled = 7 * 257610 + 5 * 276720
    ok(Decimal(disabled) == q(text, "全年发放{3,186,870.00}元").v, f"{n}: disabled 7x257,610 + 5x276,720 = {disabled}")
    ok(q(text, "2020年末的{3,861}人").v - q(text, "自然减员{47}人").v + q(text, "新认定{8}人").v
       == q(text, "共计{3,822}人").v, f"{n}: 3,861 - 47 + 8")
    run_facts(n, text, F)
    hdr, rows = rows_sep(text, "｜", "年度指标值")
    rows_d, total = as_dicts(hdr, rows, COLS)
    rows_d = [r for r in rows_d if r["level1"] and r["level1"].endswith("指标")]
    check_rows(n, rows_d, Decimal(10), Decimal("9.94"), "100", total["score"])
    ok(total["weight"] == "100", f"{n}: total weight cell")
    ok(q(text, "自评总得分{99.72}分").v == dnum(total["score"]), f"{n}: text total vs table total")
    check_levels(n, text, rows_d + [{"level1": "预算执行", "score": "9.94"}],
                 {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标", "预算执行": "预算执行率"})
    check_grade(n, text, total["score"], r"评价等级为“(优|良|中|差)”")
    check_grade(n, text, total["score"], r"自评等级｜(优|良|中|差)")


def flattened_rows(text):
    """seed-003 style: one cell per tab-indented line, blank line between rows."""
    i = text.index("\t一级指标")
    j = text.index("\n\n五、", i)
    blocks = text[i:j].split("\n\n")
    rows = [[c[1:] if c.startswith("\t") else c for c in b.split("\n")] for b in blocks]
    return rows[0], rows[1:]


def check_taikang(text):
    n = "taikang-youdaijin-2023"
    F = [
        ("std12", "普通义务兵{871}名", "每人每月{1,050}元", "计{10,974,600.00}元"),
        ("pct_of", "每人每月{1,050}元", "上浮{30}%", "即每人每月{1,365}元"),
        ("std12", "大学生义务兵家庭优待金{343}人", "即每人每月{1,365}元", "计{5,618,340.00}元"),
        ("std12", "艰苦边远地区增发{96}人", "每人每月增发{200}元", "计{230,400.00}元"),
        ("mul", "{871}人×12,600元", "871人×{12,600}元", "计{10,974,600.00}元"),
        ("mul", "{343}人×16,380元", "343人×{16,380}元", "计{5,618,340.00}元"),
        ("mul", "{96}人×2,400元", "96人×{2,400}元", "计{230,400.00}元"),
        ("mul", "二等功{2}人次", "分别一次性给予{10,000}元", "二等功{20,000.00}元"),
        ("mul", "三等功{17}人次", "分别一次性给予10,000元、{5,000}元", "三等功{85,000.00}元"),
        ("mul", "优秀士兵{63}人次", "5,000元、{2,000}元奖励", "优秀士兵{126,000.00}元"),
        ("sum", ["二等功{20,000.00}元", "三等功{85,000.00}元", "优秀士兵{126,000.00}元"], "立功受奖奖励{231,000.00}元"),
        ("sum", ["二等功{2}人次", "三等功{17}人次", "优秀士兵{63}人次"], "获得立功受奖奖励的{82}人次"),
        ("sum", ["计{10,974,600.00}元", "计{5,618,340.00}元", "计{230,400.00}元", "立功受奖奖励{231,000.00}元"],
         "实际发放优待金{17,054,340.00}元"),
        ("sum", ["普通义务兵{871}名", "大学生义务兵{343}名"], "共{1,214}名义务兵"),
        ("diff", "每人每月{1,050}元", "每人每月{990}元", "提高{60}元"),
        ("rate", "提高{60}元", "每人每月{990}元", "提高{6.1}%"),
        ("sum", ["中央财政转移支付资金{1,200,000.00}元", "省级财政补助{3,400,000.00}元", "市级财政补助{1,700,000.00}元",
                 "县级财政安排{11,100,000.00}元"], "全年预算{17,400,000.00}元"),
        ("rate", "中央财政转移支付资金{1,200,000.00}元", "全年预算{17,400,000.00}元", "占{6.9}%，于2022年12月"),
        ("rate", "省级财政补助{3,400,000.00}元", "全年预算{17,400,000.00}元", "占{19.5}%"),
        ("rate", "市级财政补助{1,700,000.00}元", "全年预算{17,400,000.00}元", "占{9.8}%"),
        ("rate", "县级财政安排{11,100,000.00}元", "全年预算{17,400,000.00}元", "占{63.8}%"),
        ("rate", "实际到位{17,400,000.00}元", "全年预算{17,400,000.00}元", "到位率{100.0}%"),
        ("rate", "实际发放优待金{17,054,340.00}元", "全年预算{17,400,000.00}元", "预算执行率{98.0}%"),
        ("diff", "实际到位{17,400,000.00}元", "实际发放优待金{17,054,340.00}元", "年末结余资金{345,660.00}元"),
        ("diff", "共{1,214}名义务兵", "2022年发放对象{1,178}名", "发放对象增加{36}名"),
        ("diff", "实际发放优待金{17,054,340.00}元", "发放优待金{15,882,560.00}元", "发放金额增加{1,171,780.00}元"),
        ("growth", "实际发放优待金{17,054,340.00}元", "发放优待金{15,882,560.00}元", "增长{7.4}%"),
        ("rate", "共{1,214}名义务兵", "年初按{1,240}名", "完成率{97.9}%"),
        ("diff", "应征报名{5,628}人", "较上年{5,231}人", "增加{397}人"),
        ("growth", "应征报名{5,628}人", "较上年{5,231}人", "增长{7.6}%"),
        ("rate", "满意{368}份", "发放问卷{380}份", "满意度{96.8}%；"),
        ("rate", "满意{67}人", "工作人员{68}人", "满意度{98.5}%；"),
        ("rate", "满意{186}人", "村（社区）干部{194}人", "满意度{95.9}%，"),
        ("mean", ["满意度{96.8}%；", "满意度{98.5}%；", "满意度{95.9}%，"], "平均满意度{97.1}%"),
        ("eq", "全年预算{17,400,000.00}元", "全年预算数{1740.00}，", "万元"),
        ("eq", "实际发放优待金{17,054,340.00}元", "全年执行数{1705.43}，", "万元"),
        ("rate", "全年执行数{1705.43}，", "全年预算数{1740.00}，", "执行率{98.0}%。\n"),
    ]
    run_facts(n, text, F)
    ok(q(text, "全年{12,600}元").v == 12 * 1050, f"{n}: 1,050 x 12")
    ok(q(text, "343人×{16,380}元").v == 12 * 1365, f"{n}: 1,365 x 12")
    ok(q(text, "96人×{2,400}元").v == 12 * 200, f"{n}: 200 x 12")
    hdr, rows = flattened_rows(text)
    cm = {"level1": "一级指标", "name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
          "weight": "分值", "score": "得分"}
    rows_d, total = as_dicts(hdr, rows, cm)
    exe = [r for r in rows_d if r["level1"] == "预算执行率"][0]
    ind = [r for r in rows_d if r["level1"] != "预算执行率"]
    ok(exe["actual"] == "98.0%" and abs(dnum(exe["score"]) - Decimal(10) * Decimal("17054340") / Decimal("17400000")) <= tol(exe["score"]),
       f"{n}: execution row {exe}")
    check_rows(n, ind, dnum(exe["weight"]), dnum(exe["score"]), total["weight"], total["score"])
    ok(q(text, "自评得分{99.47}分").v == dnum(total["score"]), f"{n}: text total vs table")
    check_levels(n, text, rows_d, {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标",
                                   "预算执行率": "预算执行率"})
    check_grade(n, text, total["score"], r"评价等级为“(优|良|中|差)”")


def check_weixian(text):
    n = "weixian-fuxu-2018"
    hdr, rows = rows_sep(text, "\t", "全年发放（万元）")
    cats = {r[1]: r for r in rows}
    for k, c, a, b in [("烈士遗属", 11, 1550, 1690), ("因公牺牲军人遗属", 6, 1325, 1445), ("病故军人遗属", 10, 1265, 1385),
                       ("在乡复员军人", 4, 1775, 1935), ("带病回乡退伍军人", 33, 725, 805), ("参战参试退役人员", 842, 650, 730)]:
        r = cats[k]
        ok((r[2], r[3], r[4]) == (str(c), str(a), str(b)), f"{n}: table row {k} {r}")
        ok(abs(Decimal(c * (7 * a + 5 * b)) / 10000 - dnum(r[5])) <= tol(r[5]), f"{n}: {k} amount {r[5]}")
        # prose agrees with the table
        ok(f"{k}{c}人，月标准由{a:,}元提高到{b:,}元" in text, f"{n}: prose standard for {k}")
    dis = 7 * 171340 + 5 * 185424
    ok(abs(Decimal(dis) / 10000 - dnum(cats["残疾军人"][5])) <= tol(cats["残疾军人"][5]), f"{n}: disabled {dis}")
    old = 5320 * (7 * 30 + 5 * 35)
    ok(abs(Decimal(old) / 10000 - dnum(cats["60周岁以上农村籍退役士兵"][5])) <= Decimal("0.005"), f"{n}: old soldiers {old}")
    yd = 736 * 775 * 12
    ok(abs(Decimal(yd) / 10000 - dnum(cats["义务兵家庭优待金"][5])) <= Decimal("0.005"), f"{n}: 优待金 {yd}")
    sub = [r for r in rows if r[0].isdigit() and r[0] != "9"]
    ok(sum(dnum(r[5]) for r in sub) == dnum(cats["抚恤补助小计"][5]), f"{n}: 小计 amount")
    ok(sum(dnum(r[2]) for r in sub) == dnum(cats["抚恤补助小计"][2]), f"{n}: 小计 persons")
    ok(dnum(cats["抚恤补助小计"][5]) + dnum(cats["义务兵家庭优待金"][5]) == dnum(cats["合计"][5]), f"{n}: 合计")
    F = [
        ("sum", ["年初预算{16,290,000.00}元", "年内追加{2,910,000.00}元"], "全年预算{19,200,000.00}元"),
        ("sum", ["中央财政补助{9,860,000.00}元", "省级财政补助{2,350,000.00}元", "市级财政补助{800,000.00}元",
                 "县级财政安排{6,190,000.00}元"], "全年预算{19,200,000.00}元"),
        ("sum", ["2017年12月提前下达{8,200,000.00}元", "2018年7月追加{1,660,000.00}元"], "中央财政补助{9,860,000.00}元"),
        ("sum", ["其中提前下达{1,900,000.00}元", "追加{450,000.00}元"], "省级财政补助{2,350,000.00}元"),
        ("sum", ["2017年12月提前下达{8,200,000.00}元", "其中提前下达{1,900,000.00}元", "县级财政安排{6,190,000.00}元"],
         "年初预算{16,290,000.00}元"),
        ("sum", ["2018年7月追加{1,660,000.00}元", "追加{450,000.00}元", "市级财政补助{800,000.00}元"], "年内追加{2,910,000.00}元"),
        ("rate", "中央财政补助{9,860,000.00}元", "全年预算{19,200,000.00}元", "占{51.4}%"),
        ("rate", "省级财政补助{2,350,000.00}元", "全年预算{19,200,000.00}元", "占{12.2}%"),
        ("rate", "市级财政补助{800,000.00}元", "全年预算{19,200,000.00}元", "占{4.2}%"),
        ("rate", "县级财政安排{6,190,000.00}元", "全年预算{19,200,000.00}元", "占{32.2}%"),
        ("rate", "实际到位资金{18,900,000.00}元", "全年预算{19,200,000.00}元", "到位率{98.4}%"),
        ("diff", "全年预算{19,200,000.00}元", "实际到位资金{18,900,000.00}元", "市级补助中{300,000.00}元年末尚未到位"),
        ("rate", "全年实际支出{18,781,700.00}元", "全年预算{19,200,000.00}元", "预算执行率{97.8}%"),
        ("sum", ["其中抚恤补助{11,936,900.00}元", "义务兵家庭优待金{6,844,800.00}元"], "全年实际支出{18,781,700.00}元"),
        ("eq", "其中抚恤补助{11,936,900.00}元", "抚恤补助小计\t2759\t\t\t{1193.69}", "万元"),
        ("eq", "全年实际支出{18,781,700.00}元", "合计\t\t\t\t{1878.17}", "万元"),
        ("diff", "实际到位资金{18,900,000.00}元", "全年实际支出{18,781,700.00}元", "到位资金结余{118,300.00}元"),
        ("diff", "全年实际支出{18,781,700.00}元", "与2017年支出{17,233,600.00}元", "增加{1,548,100.00}元"),
        ("growth", "全年实际支出{18,781,700.00}元", "与2017年支出{17,233,600.00}元", "增长{9.0}%"),
        ("std12", "发放义务兵家庭优待金{736}户", "每户每月{775}元", "义务兵家庭优待金{6,844,800.00}元"),
        ("rate", "年审认证{2,577}人", "为{2,759}名优抚对象", "认证率{93.4}%"),
        ("rate", "表示满意的{273}份", "回收有效问卷{290}份", "满意度{94.1}%"),
        ("eq", "年初预算{16,290,000.00}元", "年初预算数：{1629.00}万元"),
        ("eq", "全年预算{19,200,000.00}元", "全年预算数：{1920.00}万元"),
        ("eq", "全年实际支出{18,781,700.00}元", "全年执行数：{1878.17}万元"),
        ("eq", "优抚对象{2,759}人", "抚恤补助小计\t{2759}\t", "n"),
    ]
    run_facts(n, text, F)
    aug2 = 2 * (11 * 140 + 6 * 120 + 10 * 120 + 4 * 160 + 33 * 80 + 842 * 80 + (185424 - 171340) + 5320 * 5)
    ok(Decimal(aug2) == q(text, "两个月的标准差额{229,568.00}元").v, f"{n}: two months' difference {aug2}")
    ok(dnum("9,300") == 775 * 12, f"{n}: 775 x 12")
    hdr, rows = rows_sep(text, "\t", "年度指标值")
    rows_d, total = as_dicts(hdr, rows, COLS)
    exe = rows_d[0]
    ind = rows_d[1:]
    ok(exe["name"] == "预算执行率" and abs(dnum(exe["score"]) - Decimal(10) * Decimal(18781700) / Decimal(19200000)) <= tol(exe["score"]),
       f"{n}: execution row")
    check_rows(n, ind, dnum(exe["weight"]), dnum(exe["score"]), total["weight"], total["score"])
    ok(q(text, "总得分{95.35}分").v == dnum(total["score"]), f"{n}: text total vs table")
    check_levels(n, text, rows_d, {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标",
                                   "预算执行": "预算执行率"})
    check_grade(n, text, total["score"], r"等级为“(优|良|中|差)”")
    check_grade(n, text, total["score"], r"自评等级：(优|良|中|差)")


def check_neihuang(text):
    n = "neihuang-bumen-2020"
    F = [
        ("std", "参战参试退役人员{968}人", "月标准由{760}元", "提高到{815}元", "全年发放{9,094,360.00}元"),
        ("sum", ["全年发放{9,094,360.00}元", "全年发放{2,715,390.00}元", "全年发放{2,597,100.00}元", "全年发放{1,209,560.00}元"],
         "优抚对象抚恤和生活补助{15,616,410.00}元"),
        ("sum", ["参战参试退役人员{968}人", "60周岁以上农村籍退役士兵{1,986}人", "残疾军人{203}人", "带病回乡退伍军人共{78}人"],
         "为{3,235}名优抚对象"),
        ("std12", "普通义务兵{428}人", "每人每月{930}元", "发放{4,776,480.00}元"),
        ("std12", "大学生义务兵{184}人", "即每人每月{1,209}元", "发放{2,669,472.00}元"),
        ("pct_of", "每人每月{930}元", "上浮{30}%", "即每人每月{1,209}元"),
        ("sum", ["发放{4,776,480.00}元", "发放{2,669,472.00}元"], "义务兵家庭优待金{7,445,952.00}元"),
        ("sum", ["普通义务兵{428}人", "大学生义务兵{184}人"], "为{612}名义务兵家庭"),
        ("mul", "合计服役年限{1,106}年", "每服役1年{3,000}元", "一次性经济补助{3,318,000.00}元"),
        ("mul", "{17}个服务站", "每站{8,000}元", "服务站补助{136,000.00}元"),
        ("sum", ["县服务中心运转{318,246.40}元", "服务站补助{136,000.00}元", "走访慰问{198,070.00}元"], "双拥经费{652,316.40}元"),
        ("sum", ["人员经费{2,863,420.00}元", "公用经费{412,380.00}元"], "基本支出{3,275,800.00}元"),
        ("sum", ["优抚对象抚恤和生活补助{15,616,410.00}元", "义务兵家庭优待金{7,445,952.00}元", "一次性经济补助{3,318,000.00}元",
                 "双拥经费{652,316.40}元"], "项目支出{27,032,678.40}元"),
        ("sum", ["基本支出{3,275,800.00}元", "项目支出{27,032,678.40}元"], "全年支出{30,308,478.40}元"),
        ("sum", ["财政拨款收入{30,331,600.00}元", "上年结转{286,400.00}元"], "部门收入合计{30,618,000.00}元"),
        ("sum", ["中央财政{14,260,000.00}元", "省级财政{3,120,000.00}元", "市级财政{1,180,000.00}元", "县级财政{11,771,600.00}元"],
         "财政拨款收入{30,331,600.00}元"),
        ("rate", "中央财政{14,260,000.00}元", "财政拨款收入{30,331,600.00}元", "占{47.0}%"),
        ("rate", "省级财政{3,120,000.00}元", "财政拨款收入{30,331,600.00}元", "占{10.3}%"),
        ("rate", "市级财政{1,180,000.00}元", "财政拨款收入{30,331,600.00}元", "占{3.9}%"),
        ("rate", "县级财政{11,771,600.00}元", "财政拨款收入{30,331,600.00}元", "占{38.8}%"),
        ("sum", ["年初预算{27,800,000.00}元", "年中追加{2,818,000.00}元"], "全年预算{30,618,000.00}元"),
        ("rate", "全年支出{30,308,478.40}元", "全年预算{30,618,000.00}元", "预算执行率{99.0}%"),
        ("diff", "部门收入合计{30,618,000.00}元", "全年支出{30,308,478.40}元", "年末结转结余{309,521.60}元"),
        ("diff", "全年支出{30,308,478.40}元", "部门支出{26,143,700.00}元", "支出增加{4,164,778.40}元"),
        ("growth", "全年支出{30,308,478.40}元", "部门支出{26,143,700.00}元", "增长{15.9}%"),
        ("mean", ["优抚对象抚恤和生活补助{97.46}分", "义务兵家庭优待金{95.80}分", "一次性经济补助{98.20}分", "双拥经费{88.65}分"],
         "平均得分{95.03}分"),
        ("rate", "年中追加{2,818,000.00}元", "年初预算{27,800,000.00}元", "调整率{10.1}%"),
        ("rate", "年末结转结余{309,521.60}元", "全年预算{30,618,000.00}元", "结转结余率{1.0}%"),
    ]
    run_facts(n, text, F)
    # the sub-group of 78 (five categories) and the old soldiers, disabled
    ok(15 * (7 * 1780 + 5 * 1915) + 7 * (7 * 1525 + 5 * 1640) + 12 * (7 * 1470 + 5 * 1580) + 5 * (7 * 2040 + 5 * 2190)
       + 39 * (7 * 835 + 5 * 895) == dnum("1,209,560"), f"{n}: five-category group")
    ok(15 + 7 + 12 + 5 + 39 == 78, f"{n}: 78")
    ok(6102 * (7 * 35 + 5 * 40) == dnum("2,715,390"), f"{n}: old soldiers")
    ok("合计服役年限6,102年，每服役1年每月补助由35元提高到40元，全年发放2,715,390.00元" in text, f"{n}: old soldiers text")
    # funds table (万元)
    hdr, rows = rows_sep(text, " | ", "年初预算 | 全年预算")
    t = {r[0].replace("其中：", ""): r for r in rows}
    yuan = {"人员经费": ("2880000", "2863420"), "公用经费": ("420000", "412380"),
            "优抚对象抚恤和生活补助": ("15760000", "15616410"), "义务兵家庭优待金": ("7560000", "7445952"),
            "退役士兵自主就业一次性经济补助": ("3318000", "3318000"),
            "退役军人服务中心（站）运转及双拥经费": ("680000", "652316.40")}
    for k, (b, s) in yuan.items():
        r = t[k]
        ok(abs(Decimal(s) / 10000 - dnum(r[3])) <= tol(r[3]), f"{n}: {k} spent {r[3]}")
        ok(abs(Decimal(b) / 10000 - dnum(r[2])) <= tol(r[2]), f"{n}: {k} budget {r[2]}")
        ok(abs(dnum(r[3]) / dnum(r[2]) * 100 - dnum(r[4].rstrip("%"))) <= tol(r[4].rstrip("%")) or
           abs(Decimal(s) / Decimal(b) * 100 - dnum(r[4].rstrip("%"))) <= tol(r[4].rstrip("%")), f"{n}: {k} rate {r[4]}")
    for tot, parts in [("一、基本支出", ["人员经费", "公用经费"]),
                       ("二、项目支出", ["优抚对象抚恤和生活补助", "义务兵家庭优待金", "退役士兵自主就业一次性经济补助",
                                      "退役军人服务中心（站）运转及双拥经费"]),
                       ("合计", ["一、基本支出", "二、项目支出"])]:
        for col in (1, 2, 3):
            ok(sum(dnum(t[p][col]) for p in parts) == dnum(t[tot][col]), f"{n}: {tot} column {col}")
        ok(abs(dnum(t[tot][3]) / dnum(t[tot][2]) * 100 - dnum(t[tot][4].rstrip("%"))) <= Decimal("0.05"), f"{n}: {tot} rate")
    ok(dnum(t["合计"][1]) * 10000 == dnum("27,800,000.00") and dnum(t["合计"][2]) * 10000 == dnum("30,618,000.00"),
       f"{n}: table totals vs text")
    ok(abs(dnum(t["合计"][3]) * 10000 - dnum("30,308,478.40")) <= 50, f"{n}: table spent vs text")
    # department indicator table (score only)
    hdr, rows = rows_sep(text, " | ", "分值 | 得分")
    cm = {"level1": "一级指标", "name": "三级指标", "weight": "分值", "score": "得分"}
    rows_d, total = as_dicts(hdr, rows, cm)
    check_rows(n, rows_d, Decimal(0), Decimal(0), total["weight"], total["score"])
    exe = [r for r in rows_d if r["name"] == "预算执行率"][0]
    ok(abs(dnum(exe["score"]) - Decimal(10) * Decimal("30308478.40") / Decimal(30618000)) <= tol(exe["score"]), f"{n}: exec score")
    ok(q(text, "自评得分{89.6}分").v == dnum(total["score"]), f"{n}: text total vs table")
    check_grade(n, text, total["score"], r"评价等级为(优|良|中|差)")


def check_linqu(text):
    n = "linqu-shenghuobuzhu-2024"
    F = [
        ("std", "参战参试退役人员{1,398}人，月", "月补助标准由{890}元", "提高到{945}元", "参战参试退役人员全年发放{15,315,090.00}元"),
        ("std", "部分烈士子女{61}人", "由{640}元", "提高到{680}元", "部分烈士子女全年发放{480,680.00}元"),
        ("std", "带病回乡退伍军人{52}人", "由{1,040}元", "提高到{1,105}元", "带病回乡退伍军人全年发放{665,860.00}元"),
        ("std", "合计服役年限{8,816}年", "每月补助由{55}元", "提高到{60}元", "退役士兵全年发放{6,038,960.00}元"),
        ("sum", ["参战参试退役人员全年发放{15,315,090.00}元", "部分烈士子女全年发放{480,680.00}元",
                 "带病回乡退伍军人全年发放{665,860.00}元", "退役士兵全年发放{6,038,960.00}元"], "合计发放{22,500,590.00}元"),
        ("sum", ["参战参试退役人员{1,398}人，月", "部分烈士子女{61}人", "带病回乡退伍军人{52}人", "农村籍退役士兵{2,874}人"],
         "对象共{4,385}人"),
        ("sum", ["当年财政拨款{22,600,000.00}元", "上年结转{186,300.00}元"], "年初预算{22,786,300.00}元"),
        ("sum", ["年初预算{22,786,300.00}元", "中央追加{140,000.00}元"], "全年预算{22,926,300.00}元"),
        ("sum", ["中央财政{15,380,000.00}元", "省级财政{3,460,000.00}元", "市级财政{1,020,000.00}元", "县级财政{2,880,000.00}元"],
         "当年财政拨款{22,740,000.00}元"),
        ("sum", ["提前下达{15,240,000.00}元", "中央追加{140,000.00}元"], "中央财政{15,380,000.00}元"),
        ("sum", ["当年财政拨款{22,600,000.00}元", "中央追加{140,000.00}元"], "当年财政拨款{22,740,000.00}元"),
        ("rate", "中央财政{15,380,000.00}元", "当年财政拨款{22,740,000.00}元", "占{67.6}%"),
        ("rate", "省级财政{3,460,000.00}元", "当年财政拨款{22,740,000.00}元", "占{15.2}%"),
        ("rate", "市级财政{1,020,000.00}元", "当年财政拨款{22,740,000.00}元", "占{4.5}%"),
        ("rate", "县级财政{2,880,000.00}元", "当年财政拨款{22,740,000.00}元", "占{12.7}%"),
        ("rate", "全年支出{22,500,590.00}元", "全年预算{22,926,300.00}元", "预算执行率{98.1}%"),
        ("sum", ["使用上年结转资金{186,300.00}元", "当年财政拨款{22,314,290.00}元"], "全年支出{22,500,590.00}元"),
        ("diff", "全年预算{22,926,300.00}元", "全年支出{22,500,590.00}元", "年末结余{425,710.00}元"),
        ("diff", "全年支出{22,500,590.00}元", "与2023年支出{21,364,820.00}元", "支出增加{1,135,770.00}元"),
        ("growth", "全年支出{22,500,590.00}元", "与2023年支出{21,364,820.00}元", "增长{5.3}%"),
        ("rate", "全年认证{4,280}人", "对象共{4,385}人", "认证率{97.6}%"),
        ("rate", "表示满意的{422}份", "回收有效问卷{450}份", "满意度{93.8}%"),
        ("rate", "了解新标准的{411}份", "回收有效问卷{450}份", "政策知晓率{91.3}%"),
        ("eq", "年初预算{22,786,300.00}元", "| 年度资金总额 | {2278.63} |", "万元"),
        ("eq", "全年预算{22,926,300.00}元", "| 2278.63 | {2292.63} |", "万元"),
        ("eq", "合计发放{22,500,590.00}元", "| 2292.63 | {2250.06} |", "万元"),
        ("eq", "当年财政拨款{22,600,000.00}元", "| 其中：当年财政拨款 | {2260.00} |", "万元"),
        ("eq", "当年财政拨款{22,740,000.00}元", "| 2260.00 | {2274.00} |", "万元"),
        ("eq", "当年财政拨款{22,314,290.00}元", "| 2274.00 | {2231.43} |", "万元"),
        ("eq", "上年结转{186,300.00}元", "| 上年结转资金 | {18.63} |", "万元"),
        ("sum", ["| 其中：当年财政拨款 | {2260.00} |", "| 上年结转资金 | {18.63} |"], "| 年度资金总额 | {2278.63} |", "万元"),
        ("sum", ["| 2260.00 | {2274.00} |", "| 上年结转资金 | 18.63 | {18.63} |"], "| 2278.63 | {2292.63} |", "万元"),
        ("sum", ["| 2274.00 | {2231.43} |", "| 上年结转资金 | 18.63 | 18.63 | {18.63} |"], "| 2292.63 | {2250.06} |", "万元"),
        ("rate", "| 2292.63 | {2250.06} |", "| 2278.63 | {2292.63} |", "| 10 | {98.1}% |"),
        ("mul", "| 2250.06 | {10} |", "| 10 | {98.1}% |", "| 98.1% | {9.81} |"),
    ]
    run_facts(n, text, F)
    aug = 1398 * 55 + 61 * 40 + 52 * 65 + 8816 * 5
    ok(Decimal(aug) == q(text, "8月份提标差额{126,790.00}元").v, f"{n}: Aug difference {aug}")
    hdr, rows = rows_sep(text, " | ", "年度指标值")
    rows_d, total = as_dicts(hdr, rows, COLS)
    check_rows(n, rows_d, Decimal(10), Decimal("9.81"), total["weight"], total["score"])
    ok(q(text, "自评总分{99.22}分").v == dnum(total["score"]), f"{n}: text total vs table")
    check_levels(n, text, rows_d + [{"level1": "预算执行", "score": "9.81"}],
                 {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标", "预算执行": "预算执行率"})
    check_grade(n, text, total["score"], r"自评等级为(优|良|中|差)")
    other = [r for r in rows_sep(text, " | ", "全年执行数")[1] if r[0] == "其他资金"][0]
    ok(other[5] == "—", f"{n}: zero-base rate must be —")


CHECKS = {
    "shenxian-youfu-2021": check_shenxian,
    "taikang-youdaijin-2023": check_taikang,
    "weixian-fuxu-2018": check_weixian,
    "neihuang-bumen-2020": check_neihuang,
    "linqu-shenghuobuzhu-2024": check_linqu,
}


# ---------------------------------------------------------------- labels and edits
def edit_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def check_edit(name, clean, case, kind):
    start, old, new = edit_region(clean, case)
    ok(old or new, f"{name}: no difference from clean")
    if kind == "line":
        ok("\n" not in old and "\n" not in new, f"{name}: edit spans lines")
        ok(max(len(old), len(new)) <= 16, f"{name}: edit of {max(len(old), len(new))} chars: {old!r} -> {new!r}")
    else:
        cl, cs = clean.split("\n"), case.split("\n")
        ok(len(cl) == len(cs), f"{name}: line count changed")
        changed = [k for k in range(len(cl)) if cl[k] != cs[k]]
        ok(1 <= len(changed) <= 2 and (len(changed) == 1 or changed[1] == changed[0] + 1),
           f"{name}: score edit lines {changed}")
        for k in changed:
            _, o, nw = edit_region(cl[k], cs[k])
            ok(max(len(o), len(nw)) <= 16, f"{name}: row edit {o!r} -> {nw!r}")


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    kinds = {f"{s}-e{n}.txt": k for (s, n, _c, _o, _nw, _v, _e, k) in build.EDITS}
    codes = {}
    for rec in labels:
        case = read(os.path.join(CASES, rec["case"]))
        clean = read(os.path.join(CASES, f"{rec['source']}-clean.txt"))
        if rec["clean"]:
            ok(rec["expected"] == [] and case == clean, f"{rec['case']}: clean record")
            continue
        ok(len(rec["expected"]) == 1, f"{rec['case']}: exactly one expected finding")
        for e in rec["expected"]:
            ok(e["severity"] == "error", f"{rec['case']}: severity")
            ok(case.count(e["value"]) == 1, f"{rec['case']}: value occurs {case.count(e['value'])} times")
            ok(e["value"] not in clean, f"{rec['case']}: value occurs in the clean draft")
            codes[e["code"]] = codes.get(e["code"], 0) + 1
        check_edit(rec["case"], clean, case, kinds[rec["case"]])
    section_a = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                 "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                 "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in section_a:
        ok(codes.get(c, 0) >= 2, f"code {c} used {codes.get(c, 0)} times")
        srcs = {r["source"] for r in labels for e in r["expected"] if e["code"] == c}
        ok(len(srcs) >= 2, f"code {c} used in only {srcs}")
    for src, fn in CHECKS.items():
        text = read(os.path.join(CASES, f"{src}-clean.txt"))
        n_chars = len(text)
        ok(2500 <= n_chars <= 6000, f"{src}: length {n_chars}")
        fn(text)
    print(f"{len(labels)} cases, {NCHECK[0]} checks, codes: " + ", ".join(f"{k}={v}" for k, v in sorted(codes.items())))
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} failures")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
