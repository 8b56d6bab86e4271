#!/usr/bin/env python3
"""Verify drafts217.

1. every label value occurs exactly once in its case file (and not in the clean draft it was made from);
2. every error case differs from its clean draft in one place (one contiguous changed region,
   within at most two adjacent lines), every clean case equals its draft;
3. the arithmetic of every clean draft holds: generic table checks (fund tables, indicator tables,
   sub-item tables) plus the per-draft facts below (sums, rates, balances, averages, scores, grade,
   repeated figures, years), using the decimals rule of rules.md §8;
4. every error case breaks at least one of these checks (the injected slip is real arithmetic).
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
BAR = "｜"
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}


class Fail(Exception):
    pass


# ---------------------------------------------------------------- numbers
NUMRX = r"\d[\d,]*(?:\.\d+)?"
GRADERX = r"优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差"


def dec(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated_str):
    """rules.md §8: |c - v| <= 0.5 * 10^-d."""
    v = dec(stated_str)
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated_str)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, text, year, strict=True):
        self.strict = strict
        self.t = text
        self.year = year
        self.errors = []
        self.levels = {}

    def err(self, msg):
        self.errors.append(msg)

    def n(self, anchor):
        """anchor like '执行{282.60}万元': the text around the braces is matched literally, each braced
        slot matches whatever number (or grade word) the text has there, and those strings are
        returned. In a clean draft the text must say exactly what the anchor says; in an error case
        the figures found are used, so a fact re-does the arithmetic with the changed figure."""
        parts = re.split(r"(\{[^}]*\})", anchor)
        rx = ""
        for part in parts:
            if part.startswith("{"):
                inner = part[1:-1]
                rx += "(" + (NUMRX if isnum(inner) else GRADERX) + ")"
            else:
                rx += re.escape(part)
        m = re.search(rx, self.t)
        if not m:
            raise Fail(f"anchor not found: {anchor}")
        got = list(m.groups())
        want = re.findall(r"\{([^}]*)\}", anchor)
        if self.strict and got != want:
            raise Fail(f"anchor {anchor}: text has {got}")
        return got

    def v(self, anchor):
        return self.n(anchor)[0]


def run(ctx, fn, *args):
    try:
        fn(ctx, *args)
    except Fail as e:
        ctx.err(str(e))


# ---------------------------------------------------------------- fact types
def f_sum(ctx, parts, total):
    s = sum(dec(ctx.v(p)) for p in parts)
    tv = ctx.v(total)
    if not close(s, tv):
        raise Fail(f"sum {[ctx.v(p) for p in parts]} = {s} != {tv}")


def f_diff(ctx, a, b, res):
    d = dec(ctx.v(a)) - dec(ctx.v(b))
    if not close(d, ctx.v(res)):
        raise Fail(f"{ctx.v(a)} - {ctx.v(b)} = {d} != {ctx.v(res)}")


def f_rate(ctx, num, den, rate):
    r = dec(ctx.v(num)) / dec(ctx.v(den)) * 100
    if r > 100:
        raise Fail(f"rate over 100%: {r}")
    if not close(r, ctx.v(rate)):
        raise Fail(f"{ctx.v(num)}/{ctx.v(den)} = {r:.4f}% != {ctx.v(rate)}")


def f_ratio(ctx, num, den, rate, scale=100):
    """a ratio that may exceed 100 (shares, growth bases, completion)."""
    r = dec(ctx.v(num)) / dec(ctx.v(den)) * scale
    if not close(r, ctx.v(rate)):
        raise Fail(f"{ctx.v(num)}/{ctx.v(den)}*{scale} = {r:.4f} != {ctx.v(rate)}")


def f_growth(ctx, new, old, rate):
    r = (dec(ctx.v(new)) - dec(ctx.v(old))) / dec(ctx.v(old)) * 100
    if not close(r, ctx.v(rate)):
        raise Fail(f"growth {ctx.v(new)} vs {ctx.v(old)} = {r:.4f}% != {ctx.v(rate)}")


def f_mean(ctx, total, count, avg, scale=1):
    m = dec(ctx.v(total)) * scale / dec(ctx.v(count))
    if not close(m, ctx.v(avg)):
        raise Fail(f"mean {ctx.v(total)}*{scale}/{ctx.v(count)} = {m:.4f} != {ctx.v(avg)}")


def f_prod(ctx, a, b, res, scale=1):
    p = dec(ctx.v(a)) * dec(ctx.v(b)) * Decimal(scale)
    if not close(p, ctx.v(res)):
        raise Fail(f"{ctx.v(a)} x {ctx.v(b)} x {scale} = {p} != {ctx.v(res)}")


def f_same(ctx, *anchors):
    vals = [dec(ctx.v(a)) for a in anchors]
    if len(set(vals)) != 1:
        raise Fail(f"same quantity, different values: {vals}")


def f_weights(ctx, anchor, total=100):
    vals = ctx.n(anchor)
    if sum(dec(x) for x in vals) != total:
        raise Fail(f"weights {vals} do not add to {total}")


def f_exec_score(ctx, weight, rate, score):
    w = dec(ctx.v(weight))
    r = min(dec(ctx.v(rate)), Decimal(100))
    if not close(w * r / 100, ctx.v(score)):
        raise Fail(f"execution score {w} x {r}% != {ctx.v(score)}")


def grade_of(s):
    s = Decimal(s)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def f_grade(ctx, score_anchor, grade_anchor):
    g = ctx.v(grade_anchor)
    s = ctx.v(score_anchor)
    if GRADE_WORDS[g] != grade_of(dec(s)):
        raise Fail(f"grade {g} does not fit {s}")


def f_level(ctx, level, anchor):
    got = ctx.levels.get(level)
    if got is None:
        raise Fail(f"no table level {level}")
    if not close(got, ctx.v(anchor)):
        raise Fail(f"{level} row scores add to {got}, text says {ctx.v(anchor)}")


def f_scores_lte(ctx, weight, target, actual, score):
    w, t, a = dec(ctx.v(weight)), dec(ctx.v(target)), dec(ctx.v(actual))
    c = w if a <= t else w * t / a
    if not close(c, ctx.v(score)):
        raise Fail(f"lte score {w}x{t}/{a} = {c} != {ctx.v(score)}")


def f_scores_gte(ctx, weight, target, actual, score):
    w, t, a = dec(ctx.v(weight)), dec(ctx.v(target)), dec(ctx.v(actual))
    c = w if a >= t else w * a / t
    if not close(c, ctx.v(score)):
        raise Fail(f"gte score {w}x{a}/{t} = {c} != {ctx.v(score)}")


# ---------------------------------------------------------------- tables
def tables(text):
    """Yield (header cells, [row cells]) for every block of ｜ lines."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].count(BAR) >= 3:
            block = []
            while i < len(lines) and lines[i].count(BAR) >= 3:
                block.append([c.strip() for c in lines[i].split(BAR)])
                i += 1
            yield block[0], block[1:]
        else:
            i += 1


def col(header, *names):
    for name in names:
        for k, h in enumerate(header):
            if h.startswith(name):
                return k
    return None


def isnum(s):
    return bool(re.fullmatch(r"-?[\d,]+(\.\d+)?", s))


UNIT_RE = re.compile(r"^(≥|≤|＞|＜|=)?\s*(-?[\d,]+(?:\.\d+)?)\s*(.*)$")


def check_indicator_table(ctx, header, rows, exec_ws):
    """Indicator table: weights, scores, completion, score rule."""
    ti, ai = col(header, "年度指标值", "目标值"), col(header, "实际完成值", "业绩值")
    ci, wi, si = col(header, "完成率"), col(header, "分值"), col(header, "得分")
    wsum, ssum, total = Decimal(0), Decimal(0), None
    levels = {}
    for r in rows:
        if r[0] in ("合计", "总分"):
            total = (r[wi], r[si])
            continue
        w, s = dec(r[wi]), dec(r[si])
        wsum += w
        ssum += s
        levels[r[0]] = levels.get(r[0], Decimal(0)) + s
        if s > w or s < 0:
            ctx.err(f"score {s} exceeds weight {w}: {r[2]}")
        mt, ma = UNIT_RE.match(r[ti]), UNIT_RE.match(r[ai])
        if not mt:
            continue  # qualitative
        if not ma:
            ctx.err(f"actual not numeric for numeric target: {r[2]} {r[ti]} / {r[ai]}")
            continue
        if mt.group(3) != ma.group(3):
            ctx.err(f"unit mismatch: {r[2]} {r[ti]} / {r[ai]}")
            continue
        sign, t, a = mt.group(1) or "=", dec(mt.group(2)), dec(ma.group(2))
        if sign in ("≤", "＜"):
            comp = Decimal(100) if a <= t else t / a * 100
            sc = w if a <= t else w * t / a
        elif t == 0:
            comp = None
            sc = w if a <= 0 else Decimal(0)
        else:
            comp = a / t * 100
            sc = w if a >= t else w * a / t
        if ci is not None:
            cs = r[ci].rstrip("%")
            if comp is None:
                if cs not in ("—", "100", "100.00"):
                    ctx.err(f"completion on zero target: {r[2]}")
            elif not isnum(cs) or not close(comp, cs):
                ctx.err(f"completion {r[ci]} != {comp:.4f}%: {r[2]}")
        if not close(sc, r[si]):
            ctx.err(f"score rule: {r[2]} expected {sc:.4f}, stated {r[si]}")
    if exec_ws:
        wsum += exec_ws[0]
        ssum += exec_ws[1]
        levels["预算执行"] = exec_ws[1]
    if wsum != 100:
        ctx.err(f"weights add to {wsum}")
    if total is None:
        ctx.err("indicator table without total row")
    else:
        if dec(total[0]) != wsum:
            ctx.err(f"total weight {total[0]} != {wsum}")
        if not close(ssum, total[1]):
            ctx.err(f"scores add to {ssum}, total row says {total[1]}")
    ctx.levels = levels


def check_funds_table(ctx, header, rows):
    """MOF-style funds table / department tables / sub-item tables.
    Returns (weight, score) of the execution line when the table carries one."""
    bi, ei = col(header, "全年预算"), col(header, "全年执行", "实际支出")
    ri, wi, si = col(header, "执行率"), col(header, "分值"), col(header, "得分")
    ii = col(header, "年初预算")
    tot = [r for r in rows if r[0] in ("合计", "年度资金总额")]
    comps = [r for r in rows if r[0] not in ("合计", "年度资金总额")]
    exec_ws = None
    for r in rows:
        b, e = dec(r[bi]), dec(r[ei])
        if e > b:
            ctx.err(f"spending above budget: {r[0]}")
        if ri is not None:
            if b == 0:
                if r[ri] not in ("—", "0", "0%"):
                    ctx.err(f"rate on zero base: {r[0]} {r[ri]}")
            elif not close(e / b * 100, r[ri].rstrip("%")):
                ctx.err(f"rate {r[ri]} != {e / b * 100:.4f}%: {r[0]}")
        if wi is not None and r[0] in ("合计", "年度资金总额"):
            w, s = dec(r[wi]), dec(r[si])
            if not close(w * min(e / b, Decimal(1)), r[si]):
                ctx.err(f"execution score {s} != {w} x {e / b:.4f}")
            exec_ws = (w, s)
    if len(tot) == 1:
        for k in (ii, bi, ei):
            if k is None:
                continue
            s = sum(dec(r[k]) for r in comps)
            if not close(s, tot[0][k]):
                ctx.err(f"column {header[k]}: components add to {s}, total {tot[0][k]}")
    return exec_ws


def check_shanxi_funds(ctx, header, rows):
    """Shanxi table: rows (1)..(7), columns 年度总金额 = 小计 + 上年结转 + 其他; 小计 = 中央+省+市+县区."""
    def val(s):
        return None if s == "—" else dec(s)
    byrow = {r[1].split("=")[0]: [val(c) for c in r[2:]] for r in rows}
    for key in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        v = byrow[key]
        if v[1] != v[2] + v[3] + v[4] + v[5]:
            ctx.err(f"row {key}: 小计 {v[1]} != sum of levels")
        if v[0] != v[1] + v[6] + v[7]:
            ctx.err(f"row {key}: total {v[0]} != 小计 + 结转 + 其他")
    for k in range(8):
        b, rcv, ex, bal = byrow["(2)"][k], byrow["(3)"][k], byrow["(4)"][k], byrow["(5)"][k]
        if bal != rcv - ex:
            ctx.err(f"col {header[k + 2]}: (5) {bal} != (3)-(4)")
        for key, num in (("(6)", rcv), ("(7)", ex)):
            stated = [r for r in rows if r[1].startswith(key)][0][k + 2]
            if b == 0:
                if stated not in ("—", "0"):
                    ctx.err(f"col {header[k + 2]} {key}: rate on zero base {stated}")
            elif not close(num / b * 100, stated):
                ctx.err(f"col {header[k + 2]} {key}: {stated} != {num / b * 100:.4f}")


def check_tables(ctx):
    exec_ws = None
    found_ind = False
    for header, rows in tables(ctx.t):
        if "行次" in header:
            check_shanxi_funds(ctx, header, rows)
        elif col(header, "年度指标值", "目标值") is not None:
            found_ind = True
            inside = any(r[0].startswith("预算执行") for r in rows)
            check_indicator_table(ctx, header, rows, None if inside else exec_ws)
        elif col(header, "全年预算") is not None:
            ws = check_funds_table(ctx, header, rows)
            exec_ws = ws or exec_ws
    return found_ind


def check_years(ctx):
    for m in re.finditer(r"截至(\d{4})年12月31日", ctx.t):
        if int(m.group(1)) != ctx.year:
            ctx.err(f"截至 {m.group(1)} in a {ctx.year} report")
    for m in re.finditer(r"结转至(\d{4})年", ctx.t):
        if int(m.group(1)) <= ctx.year:
            ctx.err(f"结转至 {m.group(1)} in a {ctx.year} report")
    head = ctx.t[:80]
    if f"{ctx.year}年度" not in head:
        ctx.err("evaluation year not in title")


# ---------------------------------------------------------------- per-draft facts
def facts_huozhou(c):
    run(c, f_sum, ["其中省级节能专项资金{140.00}万元", "本级配套资金{120.00}万元"], "年初预算{260.00}万元")
    run(c, f_sum, ["年初预算{260.00}万元", "2021年结转的{40.00}万元"], "全年预算{300.00}万元")
    run(c, f_rate, "共兑付补助资金{282.60}万元", "全年预算{300.00}万元", "预算执行率{94.20}%")
    run(c, f_diff, "全年预算{300.00}万元", "共兑付补助资金{282.60}万元", "年末结余{17.40}万元")
    run(c, f_diff, "预算执行率{94.20}%", "执行率为{88.35}%", "提高了{5.85}个百分点")
    run(c, f_sum, ["焦化企业3家补助{146.40}万元", "钢铁及铸造企业4家补助{88.20}万元",
                   "建材及其他企业4家补助{48.00}万元"], "核定补助{282.60}万元")
    run(c, f_sum, ["焦化企业{3}家", "钢铁及铸造企业{4}家", "建材及其他企业{4}家"], "共支持{11}家企业")
    run(c, f_mean, "核定补助{282.60}万元", "共支持{11}家企业", "户均补助{25.69}万元")
    run(c, f_prod, "合计年节能量{9420}吨标准煤", "按每吨{300}元", "核定补助{282.60}万元", "0.0001")
    run(c, f_same, "核定补助{282.60}万元", "共兑付补助资金{282.60}万元", "｜(4)｜{282.60}｜")
    run(c, f_exec_score, "该项分值{10}分", "执行率{94.20}%，该项分值", "得{9.42}分")
    run(c, f_same, "综合得分{98.26}分", "合计｜｜｜｜｜｜100｜{98.26}｜")
    run(c, f_grade, "综合得分{98.26}分", "评价等级为{优秀}")
    run(c, f_same, "拨付及时率{92}%，未达到", "｜≥95%｜{92}%｜")
    run(c, f_same, "，年减排二氧化碳{2.45}万吨，", "｜{2.45}万吨｜")
    run(c, f_same, "满意度为{96}%", "｜≥90%｜{96}%｜")
    run(c, f_same, "年末结余{17.40}万元", "｜(5)=(3)-(4)｜{17.40}｜")


def facts_pinghu(c):
    run(c, f_sum, ["年初预算{500.00}万元", "追加{20.00}万元", "上年结转资金{40.00}万元"], "全年预算{560.00}万元")
    run(c, f_rate, "全年执行{531.80}万元", "全年预算{560.00}万元", "预算执行率{94.96}%")
    run(c, f_diff, "全年预算{560.00}万元", "全年执行{531.80}万元", "年末结余{28.20}万元")
    run(c, f_sum, ["兑付建设补助{386.40}万元", "兑付运营补助{145.40}万元"], "两项合计{531.80}万元")
    run(c, f_prod, "合计额定功率{19320}千瓦", "每千瓦{200}元", "兑付建设补助{386.40}万元", "0.0001")
    run(c, f_prod, "补贴充电量{1454}万千瓦时", "每千瓦时{0.1}元", "兑付运营补助{145.40}万元")
    run(c, f_mean, "合计额定功率{19320}千瓦", "涉及直流快充桩{180}个", "单桩平均功率{107.33}千瓦")
    run(c, f_sum, ["其中直流快充桩{180}个、", "交流慢充桩{240}个"], "全年新建公共充电桩{420}个")
    run(c, f_same, "全年新建公共充电桩{420}个", "｜≥400个｜{420}个｜")
    run(c, f_same, "其中直流快充桩{180}个、", "｜≥150个｜{180}个｜")
    run(c, f_growth, "全年充电量{1454}万千瓦时", "2022年的{986}万千瓦时", "增长{47.46}%")
    run(c, f_growth, "｜≥150个｜{180}个｜", "建设数量｜≥{150}个｜", "直流快充桩超出目标{20}%")
    run(c, f_sum, ["预算执行得分{9.50}分", "产出指标得分{49.74}分", "效益指标得分{29.50}分",
                   "满意度指标得分{10}分"], "自评得分{98.74}分")
    run(c, f_level, "产出指标", "产出指标得分{49.74}分")
    run(c, f_level, "效益指标", "效益指标得分{29.50}分")
    run(c, f_level, "预算执行", "预算执行得分{9.50}分")
    run(c, f_same, "自评得分{98.74}分", "｜100｜{98.74}｜")
    run(c, f_grade, "自评得分{98.74}分", "评价等级为{优}。")
    run(c, f_same, "兑付及时率为{90}%", "｜≥95%｜{90}%｜")
    run(c, f_same, "全年替代燃油{2850}吨", "｜≥3000吨｜{2850}吨｜")
    run(c, f_same, "用户满意度为{93.5}%", "｜≥90%｜{93.5}%｜")
    run(c, f_same, "预算执行率{94.96}%。", "｜10｜{94.96}%｜9.50")


def facts_hengzhou(c):
    run(c, f_sum, ["本级财政安排{1,000.00}万元", "提前下达{200.00}万元"], "年初预算{1,200.00}万元")
    run(c, f_sum, ["年初预算{1,200.00}万元", "追加下达补助资金{250.00}万元", "2020年结转的{200.00}万元"],
        "全年预算{1,650.00}万元")
    run(c, f_rate, "全年实际支出{1,512.36}万元", "全年预算{1,650.00}万元", "预算执行率{91.66}%")
    run(c, f_sum, ["提前下达{200.00}万元", "追加下达补助资金{250.00}万元"], "其中自治区补助资金{450.00}万元")
    run(c, f_rate, "支出{396.00}万元，支出率", "其中自治区补助资金{450.00}万元", "支出率{88.00}%")
    run(c, f_rate, "本级资金1,000.00万元，支出{916.36}万元", "本级资金{1,000.00}万元", "916.36万元，支出率{91.64}%")
    run(c, f_sum, ["支出{396.00}万元，支出率", "本级资金1,000.00万元，支出{916.36}万元", "上年结转资金{200.00}万元已全部支出"],
        "全年实际支出{1,512.36}万元")
    run(c, f_diff, "全年预算{1,650.00}万元", "全年实际支出{1,512.36}万元", "年末结余{137.64}万元")
    run(c, f_same, "全年实际支出{1,512.36}万元", "年度资金总额｜1,200.00｜1,650.00｜{1,512.36}｜")
    run(c, f_sum, ["给水管网{3.6}公里", "污水管网{2.8}公里"], "合计{6.4}公里")
    run(c, f_mean, "纬三路道路工程支出{742.50}万元", "纬三路道路工程全长{1.2}公里", "每公里造价{618.75}万元")
    run(c, f_same, "纬三路道路工程支出{742.50}万元", "｜780.00｜{742.50}｜")
    run(c, f_same, "每公里造价{618.75}万元", "｜{618.75}万元/公里｜")
    run(c, f_same, "按期完工率{75}%", "按期完工率｜100%｜{75}%｜")
    run(c, f_same, "新增入园企业{3}家，", "｜≥5家｜{3}家｜")
    run(c, f_same, "东片区{32}家企业", "｜≥30家｜{32}家｜")
    run(c, f_same, "入园企业满意度{86}%", "｜≥90%｜{86}%｜")
    run(c, f_sum, ["预算执行得分{9.17}分", "产出指标得分{47.5}分", "效益指标得分{23}分", "满意度指标得分{9.56}分"],
        "综合自评得分{89.23}分")
    run(c, f_level, "预算执行", "预算执行得分{9.17}分")
    run(c, f_level, "产出指标", "产出指标得分{47.5}分")
    run(c, f_level, "效益指标", "效益指标得分{23}分")
    run(c, f_level, "满意度指标", "满意度指标得分{9.56}分")
    run(c, f_same, "综合自评得分{89.23}分", "｜100｜{89.23}｜")
    run(c, f_grade, "综合自评得分{89.23}分", "评价等级为{良}。")


def facts_liangzhou(c):
    run(c, f_sum, ["年初预算{200.00}万元", "中小企业发展专项资金{60.00}万元"], "全年预算调整为{260.00}万元")
    run(c, f_rate, "资金到位{260.00}万元", "全年预算调整为{260.00}万元", "到位率{100}%")
    run(c, f_rate, "累计兑付服务券资金{233.50}万元", "全年预算调整为{260.00}万元", "预算执行率{89.81}%；")
    run(c, f_diff, "资金到位{260.00}万元", "累计兑付服务券资金{233.50}万元", "结余{26.50}万元")
    run(c, f_sum, ["市级资金{60.00}万元已全部兑付", "区级资金兑付{173.50}万元"], "累计兑付服务券资金{233.50}万元")
    run(c, f_rate, "区级资金兑付{173.50}万元", "年初预算{200.00}万元", "区级资金兑付173.50万元，执行率{86.75}%")
    run(c, f_sum, ["管理咨询类兑付{98.60}万元", "财税法律类{61.40}万元", "检验检测认证类{43.20}万元",
                   "数字化转型类{30.30}万元"], "四类合计{233.50}万元")
    run(c, f_same, "四类合计{233.50}万元", "累计兑付服务券资金{233.50}万元", "企业实际使用兑付{233.50}万元")
    run(c, f_mean, "四类合计{233.50}万元", "实际服务{312}家", "户均抵扣{7484}元", 10000)
    run(c, f_rate, "企业实际使用兑付{233.50}万元", "面值{288.00}万元", "兑付率{81.08}%")
    run(c, f_growth, "企业实际使用兑付{233.50}万元", "2023年兑付的{178.60}万元", "增长{30.74}%")
    run(c, f_same, "惠及中小企业{312}家", "实际服务{312}家")
    run(c, f_same, "实际发放{480}张", "累计发放服务券{480}张")
    run(c, f_weights, "按预算执行率{10}分、产出指标{50}分、效益指标{30}分、满意度指标{10}分")
    run(c, f_exec_score, "该项分值{10}分", "预算执行率{89.81}%，低于90%", "得{8.98}分")
    run(c, f_scores_gte, "分值50分，得48.82分）\n发放服务券数量目标不少于450张，实际发放480张，得{15}分",
        "不少于{450}张", "实际发放{480}张", "实际发放480张，得{15}分")
    run(c, f_scores_gte, "实际服务312家，得{15}分", "不少于{300}家", "实际服务{312}家", "实际服务312家，得{15}分")
    run(c, f_scores_lte, "（分值{10}分）", "不超过{30}个工作日，因", "实际平均{34}个工作日", "折算，得{8.82}分")
    run(c, f_sum, ["实际发放480张，得{15}分", "实际服务312家，得{15}分", "实际100%，得{10}分", "折算，得{8.82}分"],
        "（分值50分，得{48.82}分）")
    run(c, f_weights, "（分值{50}分，得48.82分）", 50)
    run(c, f_scores_gte, "的目标，得{10}分；企业", "新增营业收入{5000}万元以上", "带动新增营业收入{5620}万元",
        "的目标，得{10}分；企业")
    run(c, f_scores_gte, "（分值{10}分）", "入库机构达到{40}家", "服务机构库入库机构{36}家", "按完成比例得{9}分")
    run(c, f_sum, ["的目标，得{10}分；企业", "高于90%的目标，得{10}分；服务", "按完成比例得{9}分"],
        "（分值30分，得{29}分）")
    run(c, f_rate, "满意的{284}份", "回收有效问卷{300}份", "受惠企业满意度{94.67}%")
    run(c, f_sum, ["得{8.98}分", "（分值50分，得{48.82}分）", "（分值30分，得{29}分）", "（分值10分，得{10}分）"],
        "自评得分{96.80}分")
    run(c, f_grade, "自评得分{96.80}分", "评价等级为{优秀}")


def facts_anda(c):
    run(c, f_diff, "全年预算{935.60}万元", "较年初预算{860.00}万元", "增加{75.60}万元")
    run(c, f_rate, "全年支出{902.48}万元", "全年预算{935.60}万元", "预算执行率{96.46}%")
    run(c, f_diff, "全年预算{935.60}万元", "全年支出{902.48}万元", "年末结余{33.12}万元")
    run(c, f_diff, "项目支出｜340.00｜{407.00}｜", "项目支出｜340.00｜407.00｜{373.88}｜", "年末结余{33.12}万元")
    run(c, f_same, "全年预算{935.60}万元", "合计｜860.00｜{935.60}｜")
    run(c, f_same, "全年支出{902.48}万元", "合计｜860.00｜935.60｜{902.48}｜")
    run(c, f_same, "项目支出执行率{91.86}%", "项目支出｜340.00｜407.00｜373.88｜{91.86}%")
    run(c, f_same, "合计｜{407.00}｜373.88｜", "项目支出｜340.00｜{407.00}｜")
    run(c, f_same, "合计｜407.00｜{373.88}｜", "项目支出｜340.00｜407.00｜{373.88}｜")
    run(c, f_ratio, "安全生产专项整治三年行动经费｜{186.00}｜", "合计｜{407.00}｜373.88｜91.86%", "全年预算的{45.70}%")
    run(c, f_same, "预算执行率{96.46}%", "｜100%｜{96.46}%｜")
    run(c, f_exec_score, "该项分值{10}分", "部门整体预算执行率{96.46}%", "得{9.65}分")
    run(c, f_diff, "执法检查重点行业领域企业{216}家次", "｜≥{180}家次｜", "比目标多{36}家次")
    run(c, f_same, "全年执法检查企业{216}家次", "执法检查重点行业领域企业{216}家次", "｜≥180家次｜{216}家次｜")
    run(c, f_same, "排查安全隐患{1638}处", "｜≥1500处｜{1638}处｜")
    run(c, f_rate, "已整改{1594}处", "排查安全隐患{1638}处", "隐患整改率{97.3}%")
    run(c, f_same, "隐患整改率{97.3}%", "｜≥95%｜{97.3}%｜")
    run(c, f_same, "特种作业人员{2760}人次", "｜≥3000人次｜{2760}人次｜")
    run(c, f_same, "生产安全事故{1}起", "｜≤3起｜{1}起｜")
    run(c, f_same, "满意度为{92.4}%", "｜≥90%｜{92.4}%｜")
    run(c, f_same, "自评得分{98.01}分", "｜100｜{98.01}")
    run(c, f_grade, "自评得分{98.01}分", "评价等级为{优}。")


DRAFTS = {
    "huozhou-jienengjigai-2022": (2022, facts_huozhou),
    "pinghu-chongdianzhuang-2023": (2023, facts_pinghu),
    "hengzhou-yuanqujichu-2021": (2021, facts_hengzhou),
    "liangzhou-fuwuquan-2024": (2024, facts_liangzhou),
    "anda-yingjiju-2020": (2020, facts_anda),
}


def check_text(text, src, strict=True):
    year, facts = DRAFTS[src]
    ctx = Ctx(text, year, strict)
    try:
        check_tables(ctx)
    except (Fail, KeyError, IndexError, ArithmeticError, ValueError) as e:
        ctx.err(f"table parse: {e!r}")
    check_years(ctx)
    facts(ctx)
    return ctx.errors


# ---------------------------------------------------------------- main
def one_place(a, b):
    """True when b differs from a in one contiguous region spanning at most two lines."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    old, new = a[i:len(a) - j], b[i:len(b) - j]
    return old.count("\n") <= 1 and new.count("\n") <= 1 and max(len(old), len(new)) <= 120, old, new


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels and case files differ")
    counts = {}
    for src in DRAFTS:
        text = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{src}: length {n}")
        errs = check_text(text, src)
        for e in errs:
            problems.append(f"{src}-clean: {e}")
    cleans = {src: open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read() for src in DRAFTS}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = cleans[lab["source"]]
        if lab["clean"]:
            if lab["expected"] or text != clean:
                problems.append(f"{lab['case']}: clean label wrong")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected one error")
        for exp in lab["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity")
            if exp["value"] not in text:
                problems.append(f"{lab['case']}: value not in case: {exp['value']}")
            if text.count(exp["value"]) != 1:
                problems.append(f"{lab['case']}: value occurs {text.count(exp['value'])} times: {exp['value']}")
            if exp["value"] in clean:
                problems.append(f"{lab['case']}: value also in the clean draft: {exp['value']}")
        ok, old, new = one_place(clean, text)
        if not ok or text == clean:
            problems.append(f"{lab['case']}: not a single-place change ({old!r} -> {new!r})")
        if not any(exp["value"] in text and text.find(exp["value"]) <= len(text) for exp in lab["expected"]):
            problems.append(f"{lab['case']}: label value missing")
        found = check_text(text, lab["source"], strict=False)
        if not found:
            problems.append(f"{lab['case']}: injected error breaks no check")
        if not any(not f.startswith("anchor not found") for f in found):
            problems.append(f"{lab['case']}: the error is seen only as a missing anchor: {found}")
    for code in sorted(CODES):
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} occurs {counts.get(code, 0)} times")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors, codes: "
          + ", ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    print("OK")


if __name__ == "__main__":
    main()
