#!/usr/bin/env python3
"""Verify drafts222.

1. labels.jsonl: 5 clean + 30 error cases, every file present, every label value occurs in its
   case, each of the 13 codes of errors.md section A labelled at least twice.
2. Each error case differs from its clean draft in exactly one place (one contiguous changed
   region, short), and the label value overlaps that region.
3. Redo the arithmetic of every clean draft: generic checks of the funds tables and indicator
   tables (sums, rates, zero bases, weights, scores, completion, units) plus per-draft checks of
   the prose (sums, rates, balances, products, averages, completion, grade, years, text = table).
   Every figure a check uses must be read from an anchor string that occurs in the draft.
4. The same checks run on every error case must fail at least once (the injected slip is caught).
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
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = re.compile(r"-?\d+(?:\.\d+)?")


# ----------------------------------------------------------------------------- numbers
def dec(s):
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group())


def decimals(s):
    m = NUM.search(s)
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def consistent(stated, computed):
    """stated is the string as written; tolerance half a unit of its last digit (rules §8)."""
    v = dec(stated)
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ----------------------------------------------------------------------------- tables
def cells(line):
    return [c.strip() for c in line.split("｜")]


def funds_tables(text):
    """Yield (header, rows) for every table whose header has 年初预算数 and 全年执行数."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "｜" in line and "年初预算数" in line and "全年执行数" in line:
            head = cells(line)
            rows = []
            for nxt in lines[i + 1:]:
                if "｜" not in nxt or "一级指标" in nxt or "序号" in nxt:
                    break
                rows.append(cells(nxt))
            yield head, rows


def check_funds(text, spec, errs):
    """spec: list of dicts, one per funds table in order: comps (row indexes), label."""
    tables = list(funds_tables(text))
    if len(tables) != len(spec):
        errs.append(f"funds tables: found {len(tables)}, expected {len(spec)}")
        return
    for (head, rows), sp in zip(tables, spec):
        ix = {k: head.index(k) for k in ("年初预算数", "全年预算数", "全年执行数", "执行率") if k in head}
        ifen = head.index("分值") if "分值" in head else None
        ide = head.index("得分") if "得分" in head else None
        total = rows[0]
        groups = sp["comps"] if isinstance(sp["comps"][0], list) else [sp["comps"]]
        for g in groups:
            comps = [rows[j] for j in g]
            for col in ("年初预算数", "全年预算数", "全年执行数"):
                s = sum(dec(r[ix[col]]) for r in comps)
                if not consistent(total[ix[col]], s):
                    errs.append(f"funds {sp['label']} {col}: parts {s} != total {total[ix[col]]}")
        for r in rows:
            a, b, rate = dec(r[ix["全年预算数"]]), dec(r[ix["全年执行数"]]), r[ix["执行率"]]
            if a == 0:
                if rate not in ("—", "-", "", "0", "0%", "0.00%"):
                    errs.append(f"funds {r[0]}: rate {rate} on a zero budget")
                continue
            if b > a:
                errs.append(f"funds {r[0]}: spent {b} > budget {a}")
            if not consistent(rate, b / a * 100):
                errs.append(f"funds {r[0]}: rate {rate} != {b / a * 100:.4f}")
            if rate.endswith("%") and dec(rate) > 100:
                errs.append(f"funds {r[0]}: rate {rate} over 100%")
        if ifen is not None and total[ifen] not in ("—", ""):
            w, sc, rate = dec(total[ifen]), total[ide], total[ix["执行率"]]
            exact = w * min(dec(total[ix["全年执行数"]]) / dec(total[ix["全年预算数"]]), Decimal(1))
            printed = w * min(dec(rate) / 100, Decimal(1))
            if not (consistent(sc, exact) or consistent(sc, printed)):
                errs.append(f"funds execution score {sc} != {exact:.4f}")


def parse_value(s):
    """-> (kind, number or date tuple, unit). kind: num, date, qual."""
    s = s.strip()
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return "date", tuple(int(x) for x in m.groups()), "date"
    t = s.lstrip("≥≤＞＜=><").strip()
    m = NUM.match(t)
    if not m:
        return "qual", None, None
    return "num", Decimal(m.group()), t[m.end():].strip()


def direction(target, sign_cell=None):
    sign = sign_cell if sign_cell else target.strip()[:1]
    if sign in ("≥", "＞", ">"):
        return "gte"
    if sign in ("≤", "＜", "<"):
        return "lte"
    if target.strip().endswith("前"):
        return "date"
    return "eq"


def rule_score(d, T, A, w):
    if d == "lte":
        return w if A <= T else w * T / A
    if d == "eq" and T == 0:
        return w if A <= 0 else Decimal(0)
    if A >= T:
        return w
    return w * max(A, Decimal(0)) / T


def completion(d, T, A):
    if d == "lte":
        return Decimal(100) if A <= T else T / A * 100
    return A / T * 100


def indicator_rows(text):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "｜" in line and line.startswith("一级指标") and "分值" in line and "得分" in line:
            head = cells(line)
            rows, total = [], None
            for nxt in lines[i + 1:]:
                if "｜" not in nxt:
                    break
                c = cells(nxt)
                if c[0].startswith("合计"):
                    total = c
                    break
                rows.append(c)
            return head, rows, total
    return None, [], None


def check_indicators(text, spec, errs):
    head, rows, total = indicator_rows(text)
    if head is None:
        errs.append("no indicator table")
        return None
    it, ia = head.index("年度指标值"), head.index("实际完成值")
    iw, isc = head.index("分值"), head.index("得分")
    isign = head.index("指标性质") if "指标性质" in head else None
    icomp = head.index("完成率") if "完成率" in head else None
    wsum, ssum, levels = Decimal(0), Decimal(0), {}
    for r in rows:
        name, w, sc = r[2], dec(r[iw]), dec(r[isc])
        wsum += w
        ssum += sc
        levels[r[0]] = levels.get(r[0], Decimal(0)) + w
        if sc > w or sc < 0:
            errs.append(f"{name}: score {sc} outside [0, {w}]")
        kt, T, ut = parse_value(r[it])
        ka, A, ua = parse_value(r[ia])
        if kt == "qual":
            tag = r[icomp] if icomp is not None else r[ia]
            lo, hi = (Decimal("0.6"), Decimal("0.8")) if "部分" in tag else (Decimal("0.8"), Decimal(1))
            if not (w * lo <= sc <= w * hi):
                errs.append(f"{name}: qualitative score {sc} outside band")
            continue
        if kt != ka or ut != ua:
            errs.append(f"{name}: unit of target {r[it]!r} and actual {r[ia]!r} differ")
            continue
        d = direction(r[it], r[isign] if isign is not None else None)
        if kt == "date":
            if A > T or d != "date":
                errs.append(f"{name}: date {r[ia]} misses {r[it]}")
            elif sc != w:
                errs.append(f"{name}: date met but score {sc} != {w}")
            continue
        want = rule_score(d, T, A, w)
        if not consistent(r[isc], r2(want)):
            errs.append(f"{name}: score {r[isc]} != rule {r2(want)}")
        if icomp is not None:
            comp = completion(d, T, A)
            if not consistent(r[icomp], comp):
                errs.append(f"{name}: completion {r[icomp]} != {comp:.4f}")
    exec_w, exec_s = spec.get("exec", (Decimal(0), Decimal(0)))
    if exec_w:
        wsum += exec_w
        ssum += exec_s
    if wsum != 100:
        errs.append(f"weights total {wsum}, not 100")
    for lvl, want in spec.get("levels", {}).items():
        if levels.get(lvl) != Decimal(want):
            errs.append(f"level {lvl}: weights {levels.get(lvl)} != stated {want}")
    if total is not None:
        if dec(total[iw]) != wsum:
            errs.append(f"合计 weight {total[iw]} != {wsum}")
        if not consistent(total[isc], ssum):
            errs.append(f"合计 score {total[isc]} != sum {ssum}")
    for stated in spec.get("totals", []):
        if not consistent(stated, ssum):
            errs.append(f"stated total {stated} != sum of scores {ssum}")
    return ssum


def funds_exec(text, k=0):
    """(weight, score) of the execution line in the k-th funds table."""
    head, rows = list(funds_tables(text))[k]
    t = rows[0]
    return dec(t[head.index("分值")]), dec(t[head.index("得分")])


# ----------------------------------------------------------------------------- prose checks
class Fail(Exception):
    pass


def need(text, anchors, nums=()):
    for a in anchors:
        if a not in text:
            raise Fail(f"anchor not found: {a!r}")
    for n in nums:
        if n.startswith("="):  # an implied constant (100 points, a 100% target), not read from the text
            continue
        if not any(n in a for a in anchors):
            raise Fail(f"figure {n!r} is in none of the anchors {anchors!r}")


def S(parts, total, *anchors):            # parts add to total
    def f(t):
        need(t, anchors, list(parts) + [total])
        s = sum(dec(p) for p in parts)
        if not consistent(total, s):
            raise Fail(f"{'+'.join(parts)} = {s} != {total}")
    return f


def R(num, den, stated, *anchors):        # stated rate = num/den
    def f(t):
        need(t, anchors, [num, den, stated])
        c = dec(num) / dec(den) * 100
        if not consistent(stated, c):
            raise Fail(f"{num}/{den} = {c:.4f}% != {stated}")
        if c > 100:
            raise Fail(f"rate {stated} over 100%")
    return f


def DF(a, b, stated, *anchors):           # a - b = stated
    def f(t):
        need(t, anchors, [a, b, stated])
        if not consistent(stated, dec(a) - dec(b)):
            raise Fail(f"{a}-{b} = {dec(a) - dec(b)} != {stated}")
    return f


def MU(a, b, stated, *anchors, scale=1):  # a*b*scale = stated
    def f(t):
        need(t, anchors, [a, b, stated])
        c = dec(a) * dec(b) * Decimal(scale)
        if not consistent(stated, c):
            raise Fail(f"{a}*{b} = {c} != {stated}")
    return f


def QU(a, b, stated, *anchors, scale=1):  # a/b*scale = stated (per-unit figures)
    def f(t):
        need(t, anchors, [a, b, stated])
        c = dec(a) / dec(b) * Decimal(scale)
        if not consistent(stated, c):
            raise Fail(f"{a}/{b} = {c:.4f} != {stated}")
    return f


def AV(items, stated, *anchors):          # stated average = mean(items)
    def f(t):
        need(t, anchors, list(items) + [stated])
        c = sum(dec(i) for i in items) / len(items)
        if not consistent(stated, c):
            raise Fail(f"mean {c:.4f} != {stated}")
    return f


def GR(total, label, *anchors):           # grade fits the band of total
    def f(t):
        need(t, anchors, [total, label])
        if band(dec(total)) != label:
            raise Fail(f"{total} is {band(dec(total))}, stated {label}")
    return f


def SC(d, T, A, w, score, *anchors):      # a score follows the rule (rules §5)
    def f(t):
        need(t, anchors, [T, A, w, score])
        want = r2(rule_score(d, dec(T), dec(A), dec(w)))
        if not consistent(score, want):
            raise Fail(f"score {score} != {want}")
    return f


def CP(d, T, A, stated, *anchors):        # completion rate
    def f(t):
        need(t, anchors, [T, A, stated])
        c = completion(d, dec(T), dec(A))
        if not consistent(stated, c):
            raise Fail(f"completion {c:.4f} != {stated}")
    return f


def YR(anchor, year, rel):                # a year in the anchor relates to the evaluation year
    def f(t):
        need(t, [anchor])
        y = int(re.search(r"(\d{4})年", anchor).group(1))
        ok = {"after": y > year, "same": y == year, "before_dec": y == year - 1}[rel]
        if not ok:
            raise Fail(f"{anchor}: year {y} not {rel} {year}")
    return f


def SAME(*anchors):                       # the same figure stated in text and table
    def f(t):
        need(t, anchors)
    return f


A, B, C, D, E = ("xiwuqi-caoyuanbujiang-2021", "mianning-senlinfanghuo-2023",
                 "suichuan-songcaixianchong-2022", "rongxian-chubeilin-2020", "duerbote-lincaoju-2024")

YEARS = {A: 2021, B: 2023, C: 2022, D: 2020, E: 2024}

FUNDS = {
    A: [{"comps": [1, 2, 3], "label": "表1"}],
    B: [{"comps": [1, 2, 3, 4], "label": "自评表"}],
    C: [{"comps": [1, 2, 3], "label": "附表"}],
    D: [],
    E: [{"comps": [[1, 2], [3, 4, 5]], "label": "表1"}],
}

INDICATORS = {
    A: {"levels": {"产出指标": 50, "效益指标": 30, "满意度指标": 10}, "totals": ["99.64"]},
    B: {"levels": {"产出指标": 60, "效益指标": 30}, "totals": ["98.56"]},
    C: {"levels": {"产出指标": 50, "效益指标": 30, "满意度指标": 10}, "totals": ["97.05"]},
    E: {"levels": {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}, "totals": ["86.50"]},
}

PROSE = {
    A: [
        S(["850", "2150"], "3000", "天然草原共3000万亩，其中禁牧区850万亩、草畜平衡区2150万亩"),
        MU("850", "7.5", "6375.00", "禁牧区850万亩", "禁牧补助标准为每亩7.5元", "禁牧补助6375.00万元"),
        MU("2150", "2.5", "5375.00", "草畜平衡区2150万亩", "草畜平衡奖励标准为每亩2.5元", "草畜平衡奖励5375.00万元"),
        S(["6375.00", "5375.00"], "11750.00", "年初预算11750.00万元，其中禁牧补助6375.00万元、草畜平衡奖励5375.00万元"),
        R("6375.00", "11750.00", "54.26%", "年初预算11750.00万元，其中禁牧补助6375.00万元", "禁牧补助占当年补奖资金的54.26%"),
        S(["11750.00", "76.40"], "11826.40", "年初预算11750.00万元", "76.40万元上年结转资金纳入预算，全年预算调整为11826.40万元"),
        S(["6348.60", "5352.70"], "11701.30", "当年资金11701.30万元（禁牧补助6348.60万元、草畜平衡奖励5352.70万元）"),
        S(["11701.30", "67.65"], "11768.95", "全年实际支出11768.95万元，其中当年资金11701.30万元", "上年结转资金67.65万元"),
        DF("11826.40", "11768.95", "57.45", "全年预算调整为11826.40万元", "全年实际支出11768.95万元", "尚未发放的57.45万元"),
        YR("已结转至2022年", 2021, "after"),
        R("11768.95", "11826.40", "99.51%", "全年实际支出11768.95万元", "全年预算调整为11826.40万元", "全年预算执行率99.51%"),
        R("11701.30", "11750", "99.59%", "当年补奖资金兑现到户11701.30万元，兑现率99.59%", "年初预算11750.00万元"),
        SAME("兑现率99.59%，高于99%的年度目标", "≥99%｜99.59%"),
        QU("11701.30", "6842", "17102", "当年补奖资金兑现到户11701.30万元", "涉及5个苏木镇、1个国有牧场的6842户牧户",
           "6842户牧户当年户均获得补奖资金17102元", scale=10000),
        SAME("户均获得补奖资金17102元", "≥16000元｜17102元"),
        CP("gte", "45", "43.6", "96.89%", "未达到45%的年度目标，完成率96.89%", "草原综合植被盖度为43.6%"),
        SAME("草原综合植被盖度为43.6%", "≥45%｜43.6%"),
        DF("43.6", "42.8", "0.8", "全旗草原综合植被盖度为43.6%，比2020年的42.8%提高0.8个百分点"),
        AV(["68", "75", "59", "82", "71", "65"], "70", "当年亩产干草分别为68、75、59、82、71、65公斤，平均70公斤"),
        SAME("超载率为6.5%，控制在8%以内", "≤8%｜6.5%"),
        AV(["96%", "98%", "95%", "97%", "99%"], "97%", "满意度分别为96%、98%、95%、97%、99%，平均满意度97%"),
        SAME("平均满意度97%", "≥90%｜97%"),
        S(["10", "50", "30", "10"], "=100", "按照预算执行率10分、产出指标50分、效益指标30分、满意度指标10分的权重"),
        SAME("本项目综合得分99.64分", "｜100｜99.64｜"),
        GR("99.64", "优", "本项目综合得分99.64分，自评等级为“优”"),
        SAME("2021年度草原补奖资金项目支出绩效自评表", "2021年度草原补奖资金执行情况"),
    ],
    B: [
        S(["260.00", "150.00", "50.00"], "460.00", "年初预算460.00万元，其中中央资金260.00万元、省级资金150.00万元、县级资金50.00万元"),
        S(["50.00", "78.00"], "128.00", "县级资金50.00万元", "年中追加县级资金78.00万元", "县级128.00万元"),
        S(["260.00", "150.00", "128.00"], "538.00", "财政资金538.00万元（中央260.00万元、省级150.00万元、县级128.00万元）"),
        S(["538.00", "12.00"], "550.00", "调整后全年预算550.00万元，其中财政资金538.00万元", "单位资金12.00万元。"),
        S(["460.00", "78.00", "12.00"], "550.00", "年初预算460.00万元", "追加县级资金78.00万元", "单位资金12.00万元用于", "全年预算550.00万元"),
        R("524.36", "550.00", "95.34%", "项目实际支出524.36万元，预算执行率95.34%", "全年预算550.00万元"),
        S(["238.60", "146.32", "84.44", "21.00", "34.00"], "524.36", "项目实际支出524.36万元",
          "专业扑火队运行238.60万元、物资装备购置146.32万元、瞭望监控及通信运维84.44万元、宣传培训21.00万元、巡护及其他34.00万元"),
        DF("550.00", "524.36", "25.64", "全年预算550.00万元", "项目实际支出524.36万元", "未支出的25.64万元"),
        YR("待2024年竣工验收", 2023, "after"),
        SAME("项目实际支出524.36万元", "年度资金总额｜460.00｜550.00｜524.36"),
        SAME("专业扑火队员保持124人，超过120人的目标", "120人｜124人"),
        CP("gte", "30", "36", "120%", "开展防灭火宣传培训36场次，完成目标的120%", "宣传培训30场次以上"),
        SAME("宣传培训36场次", "30场次｜36场次"),
        SAME("森林火灾受害率0.12‰，控制在0.9‰以内", "0.9‰｜0.12‰"),
        R("9", "10", "90%", "全年共发生火情10起，当日扑灭9起，当日扑灭率90%"),
        SAME("当日扑灭率90%，未达到95%的目标", "95%｜90%"),
        QU("238.60", "124", "1.92", "专业扑火队运行238.60万元", "专业扑火队员保持124人", "专业扑火队员人均劳务补助1.92万元"),
        SAME("人均劳务补助1.92万元，控制在每人2.00万元以内", "2.00万元/人｜1.92万元/人"),
        SAME("全县森林覆盖率达到56.32%", "56.00%｜56.32%"),
        R("430", "500", "86%", "随机调查群众500人，能正确回答防火知识问题的430人，知晓率86%"),
        SAME("知晓率86%，距90%的目标", "90%｜86%"),
        SAME("项目自评得分98.56分", "｜100｜98.56｜"),
        GR("98.56", "优", "项目自评得分98.56分，等级为优"),
        YR("四川省项目支出绩效自评表（2023年度）", 2023, "same"),
    ],
    C: [
        S(["180.00", "120.00", "20.00"], "320.00", "年初预算320.00万元，由中央林业改革发展资金180.00万元、省级林业有害生物防治补助120.00万元和县级配套20.00万元组成"),
        S(["20.00", "32.00"], "52.00", "县级配套20.00万元", "追加县级资金32.00万元", "县级52.00万元"),
        S(["180.00", "120.00", "52.00"], "352.00", "当年财政拨款达到352.00万元（中央180.00万元、省级120.00万元、县级52.00万元）"),
        S(["352.00", "34.50"], "386.50", "当年财政拨款达到352.00万元", "2021年结转的省级资金34.50万元，全年预算共386.50万元"),
        R("340.12", "386.50", "88.00%", "项目实际支出340.12万元，预算执行率88.00%", "全年预算共386.50万元"),
        S(["318.60", "21.52"], "340.12", "项目实际支出340.12万元", "当年财政拨款支出318.60万元，上年结转资金支出21.52万元"),
        S(["298.08", "18.24", "15.80", "8.00"], "340.12", "项目实际支出340.12万元",
          "疫木除治作业费298.08万元，诱捕器及引诱剂18.24万元，普查监测15.80万元，检疫执法与宣传培训8.00万元"),
        MU("2.16", "138", "298.08", "全年除治疫木2.16万株", "疫木除治单位成本为每株138元", "疫木除治作业费298.08万元"),
        DF("386.50", "340.12", "46.38", "全年预算共386.50万元", "项目实际支出340.12万元", "年末未支出46.38万元"),
        YR("结转2023年按进度支付", 2022, "after"),
        SC("gte", "=100", "88.00", "10", "8.80", "预算执行率88.00%", "预算执行率得分8.80分", "｜10｜88.00%｜8.80"),
        CP("gte", "2.4", "2.16", "90.00%", "除治疫木2.4万株以上", "全年除治疫木2.16万株，完成年度任务的90.00%"),
        SAME("全年除治疫木2.16万株", "≥2.4万株｜2.16万株"),
        SAME("悬挂诱捕器640套", "≥600套｜640套"),
        SAME("完成185万亩松林秋季普查", "≥185万亩｜185万亩"),
        R("1158", "1200", "96.5%", "抽查除治伐桩1200个，合格1158个，合格率96.5%"),
        SAME("合格率96.5%，达到95%的目标", "≥95%｜96.5%"),
        SAME("于2022年4月28日全部完成，早于4月30日的时限", "2022年4月30日前｜2022年4月28日"),
        SAME("每株138元，控制在每株150元以内", "≤150元/株｜138元/株"),
        DF("3.78", "3.46", "0.32", "发生面积3.46万亩，比2021年的3.78万亩下降0.32万亩"),
        SAME("发生面积3.46万亩", "≤3.2万亩｜3.46万亩"),
        SAME("全年新增疫情乡镇1个", "≤1个｜1个"),
        SAME("成灾率为2.1‰，低于3.5‰", "≤3.5‰｜2.1‰"),
        R("230", "250", "92%", "调查问卷250份，回收有效问卷250份，其中表示满意的230份，满意度92%"),
        SAME("满意度92%", "≥90%｜92%"),
        GR("97.05", "优", "本项目综合自评得分97.05分，评价等级为优"),
    ],
    D: [
        S(["600.00", "250.00"], "850.00", "项目资金共850.00万元，其中中央财政林业改革发展资金600.00万元", "自治区财政资金250.00万元"),
        YR("2019年12月提前下达的480.00万元", 2020, "before_dec"),
        MU("1.2", "400", "480", "集约人工林栽培1.2万亩", "集约人工林栽培补助480万元（每亩400元）"),
        MU("0.8", "300", "240", "现有林改培0.8万亩", "现有林改培补助240万元（每亩300元）"),
        MU("1.5", "80", "120", "中幼林抚育1.5万亩", "中幼林抚育补助120万元（每亩80元）"),
        S(["480", "240", "120", "10"], "850.00", "项目资金共850.00万元",
          "集约人工林栽培补助480万元（每亩400元），现有林改培补助240万元（每亩300元），中幼林抚育补助120万元（每亩80元），作业设计及检查验收费10万元"),
        R("850.00", "850.00", "100%", "项目资金850.00万元于2020年全部到位，资金到位率100%"),
        S(["336.00", "181.50", "120.00", "10.00"], "647.50",
          "项目实际支出647.50万元，其中集约人工林栽培补助336.00万元、现有林改培补助181.50万元、中幼林抚育补助120.00万元、作业设计及检查验收费10.00万元"),
        MU("0.84", "400", "336.00", "实际完成0.84万亩", "每亩400元", "集约人工林栽培补助336.00万元"),
        MU("0.605", "300", "181.50", "通过县级验收0.605万亩", "每亩300元", "现有林改培补助181.50万元"),
        R("647.50", "850.00", "76.18%", "项目资金850.00万元", "项目实际支出647.50万元", "预算执行率76.18%"),
        DF("850.00", "647.50", "202.50", "项目资金850.00万元", "项目实际支出647.50万元", "结余202.50万元"),
        YR("同意结转2021年使用", 2020, "after"),
        SC("gte", "=100", "76.18", "10", "7.62", "预算执行率76.18%", "预算执行率10分", "预算执行率得分7.62分"),
        CP("gte", "1.2", "0.84", "70.00%", "目标1.2万亩，实际完成0.84万亩，完成率70.00%"),
        SC("gte", "1.2", "0.84", "15", "10.50", "集约人工林栽培面积（15分），目标1.2万亩，实际完成0.84万亩，完成率70.00%，得10.50分"),
        SC("gte", "0.8", "0.8", "10", "10", "现有林改培面积（10分），目标0.8万亩，实际完成0.8万亩", "0.605万亩，得10分"),
        CP("gte", "1.5", "1.62", "108.00%", "目标1.5万亩，实际完成1.62万亩，完成率108.00%"),
        SC("gte", "1.5", "1.62", "10", "10", "中幼林抚育面积（10分），目标1.5万亩，实际完成1.62万亩，完成率108.00%，得10分"),
        SC("gte", "95", "96", "5", "5", "良种使用率（5分），目标不低于95%，实际为96%，得5分"),
        SC("gte", "90", "93.5", "10", "10", "造林验收合格率（10分），目标不低于90%，实际为93.5%，得10分"),
        S(["15", "10", "10", "5", "10"], "50", "产出指标（50分）", "集约人工林栽培面积（15分）", "现有林改培面积（10分）",
          "中幼林抚育面积（10分）", "良种使用率（5分）", "造林验收合格率（10分）"),
        S(["10.50", "10", "10", "5", "10"], "45.50", "完成率70.00%，得10.50分", "0.605万亩，得10分", "完成率108.00%，得10分",
          "实际为96%，得5分", "实际为93.5%，得10分", "产出指标得分45.50分"),
        SC("gte", "1.8", "1.5", "10", "8.33", "新增森林蓄积量（10分），目标1.8万立方米，实际1.5万立方米，得8.33分"),
        SC("gte", "300", "264", "10", "8.80", "带动林农务工增收（10分），目标300万元，全年支付林农务工报酬264万元，得8.80分"),
        SC("gte", "30", "30", "10", "10", "储备林经营期限（10分），目标不低于30年", "合同期限均达到30年，得10分"),
        S(["10", "10", "10"], "30", "效益指标（30分）", "新增森林蓄积量（10分）", "带动林农务工增收（10分）", "储备林经营期限（10分）"),
        S(["8.33", "8.80", "10"], "27.13", "得8.33分", "得8.80分", "合同期限均达到30年，得10分", "效益指标得分27.13分"),
        R("176", "200", "88%", "发放问卷200份，收回200份，满意176份，满意度88%"),
        SC("gte", "90", "88", "10", "9.78", "满意度指标（10分）", "满意度88%，低于90%的目标，得9.78分"),
        S(["10", "50", "30", "10"], "=100", "按照预算执行率10分、产出指标50分、效益指标30分、满意度指标10分的权重"),
        S(["7.62", "45.50", "27.13", "9.78"], "90.03",
          "预算执行率得分7.62分，产出指标得分45.50分，效益指标得分27.13分，满意度指标得分9.78分，自评得分90.03分"),
        GR("90.03", "优", "自评得分90.03分，等级为优"),
    ],
    E: [
        S(["742.60", "543.80"], "1286.40", "部门年初预算1286.40万元，其中基本支出742.60万元、项目支出543.80万元"),
        S(["742.60", "25.75"], "768.35", "基本支出742.60万元", "追加基本支出25.75万元", "其中基本支出768.35万元"),
        S(["543.80", "323.10"], "866.90", "项目支出543.80万元", "项目资金323.10万元", "｜543.80｜866.90｜"),
        S(["1286.40", "25.75", "323.10"], "1635.25", "部门年初预算1286.40万元", "追加基本支出25.75万元",
          "项目资金323.10万元，全年预算调整为1635.25万元"),
        S(["768.35", "783.83"], "1552.18", "全年支出1552.18万元，其中基本支出768.35万元", "项目支出783.83万元"),
        S(["702.15", "66.20"], "768.35", "基本支出768.35万元（人员经费702.15万元、公用经费66.20万元）"),
        R("1552.18", "1635.25", "94.92%", "全年预算调整为1635.25万元", "全年支出1552.18万元", "部门预算执行率94.92%"),
        R("783.83", "866.90", "90.42%", "项目支出783.83万元", "｜543.80｜866.90｜", "项目支出执行率90.42%"),
        DF("866.90", "783.83", "83.07", "｜543.80｜866.90｜", "项目支出783.83万元", "未执行的83.07万元全部为项目支出"),
        DF("1635.25", "1552.18", "83.07", "全年预算调整为1635.25万元", "全年支出1552.18万元", "未执行的83.07万元"),
        SAME("未安排政府性基金预算和上年结转资金", "政府性基金预算拨款｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜—"),
        YR("推迟到2025年春季实施", 2024, "after"),
        SAME("完成湿地管护120万亩", "≥120万亩｜120万亩"),
        SAME("数据有效率97.2%", "≥95%｜97.2%"),
        SAME("完成林业有害生物防治9.1万亩，超额完成年度任务", "≥8.6万亩｜9.1万亩"),
        CP("gte", "5", "3", "60.00%", "退化草原改良仅完成3万亩，为年度任务的60.00%", "完成退化草原改良5万亩"),
        SAME("退化草原改良仅完成3万亩", "≥5万亩｜3万亩｜60.00%"),
        SAME("森林火灾受害率0.03‰", "≤0.9‰｜0.03‰"),
        R("2", "4", "50%", "4个重点项目中按期完成2个，按期完成率50%"),
        SAME("按期完成率50%", "≥90%｜50%"),
        S(["14.86", "1.56"], "16.42", "“三公”经费支出16.42万元（公务用车运行维护费14.86万元、公务接待费1.56万元）"),
        DF("17.30", "16.42", "0.88", "“三公”经费支出16.42万元", "比2023年的17.30万元减少0.88万元"),
        SAME("“三公”经费支出16.42万元", "≤18.00万元｜16.42万元"),
        SAME("全县湿地保护率60.8%", "≥60%｜60.8%"),
        SAME("草原综合植被盖度71.2%，略低于72%的年度目标", "≥72%｜71.2%"),
        R("258", "300", "86%", "共发放问卷300份，收回有效问卷300份，满意258份，群众满意度86%"),
        SAME("群众满意度86%", "≥90%｜86%"),
        SAME("部门整体支出绩效自评得分86.50分", "｜100｜86.50"),
        GR("86.50", "良", "自评得分86.50分，等级为良"),
    ],
}


def check_projects_E(text, errs):
    """表2 of the department report: rows sum, rates, average score."""
    lines = text.split("\n")
    i = next((k for k, l in enumerate(lines) if l.startswith("序号｜项目名称")), None)
    if i is None:
        errs.append("表2 not found")
        return
    rows, total = [], None
    for l in lines[i + 1:]:
        if "｜" not in l:
            break
        c = cells(l)
        if c[0].startswith("合计"):
            total = c
            break
        rows.append(c)
    for r in rows:
        if not consistent(r[4], dec(r[3]) / dec(r[2]) * 100):
            errs.append(f"表2 {r[1]}: rate {r[4]}")
    for col in (2, 3):
        s = sum(dec(r[col]) for r in rows)
        if not consistent(total[col - 1], s):
            errs.append(f"表2 total column {col}: {s} != {total[col - 1]}")
    if not consistent(total[3], dec(total[2]) / dec(total[1]) * 100):
        errs.append("表2 total rate")
    avg = sum(dec(r[5]) for r in rows) / len(rows)
    if not consistent(total[4], avg):
        errs.append(f"表2 average {total[4]} != {avg:.4f}")


def run_checks(src, text):
    errs = []
    try:
        check_funds(text, FUNDS[src], errs)
    except Exception as exc:  # a broken table is a failure, not a crash
        errs.append(f"funds table unreadable: {exc}")
    if src in INDICATORS:
        spec = dict(INDICATORS[src])
        if src in (A, B, C):
            try:
                spec["exec"] = funds_exec(text)
            except Exception as exc:
                errs.append(f"execution line unreadable: {exc}")
        try:
            check_indicators(text, spec, errs)
        except Exception as exc:
            errs.append(f"indicator table unreadable: {exc}")
    if src == E:
        try:
            check_projects_E(text, errs)
        except Exception as exc:
            errs.append(f"表2 unreadable: {exc}")
    for chk in PROSE[src]:
        try:
            chk(text)
        except Fail as exc:
            errs.append(str(exc))
    y = YEARS[src]
    head = text[:80]
    if f"{y}年" not in head:
        errs.append(f"title does not name {y}")
    return errs


# ----------------------------------------------------------------------------- main
def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if on_disk != sorted(texts):
        problems.append("cases/ and labels.jsonl list different files")
    clean = [r for r in labels if r["clean"]]
    dirty = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(dirty) != 30:
        problems.append(f"{len(clean)} clean and {len(dirty)} error cases, expected 5 and 30")
    count = {c: 0 for c in CODES}
    for rec in labels:
        text = texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{rec['case']}: {n} characters")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: {len(rec['expected'])} labels, expected 1")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                problems.append(f"{rec['case']}: unknown code {exp['code']}")
            else:
                count[exp["code"]] += 1
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
            if exp["value"] not in text:
                problems.append(f"{rec['case']}: value {exp['value']!r} not in the case")
        base = texts[f"{rec['source']}-clean.txt"]
        if base == text:
            problems.append(f"{rec['case']}: identical to its clean draft")
            continue
        p, ea, eb = changed_region(base, text)
        ops = [op for op in difflib.SequenceMatcher(None, base, text, autojunk=False).get_opcodes() if op[0] != "equal"]
        span_a = ops[-1][2] - ops[0][1] if ops else 0
        if ea - p > 80 or eb - p > 80 or span_a > 80:
            problems.append(f"{rec['case']}: changed region too long ({ea - p}/{eb - p}/{span_a} chars)")
        # the changed region must overlap an occurrence of the label value
        v = rec["expected"][0]["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(o < max(eb, p + 1) and p < o + len(v) for o in occ):
            problems.append(f"{rec['case']}: value {v!r} does not cover the change")
    for c, n in count.items():
        if n < 2:
            problems.append(f"code {c} labelled {n} times (< 2)")
    # arithmetic of the clean drafts, and the error cases must break it
    for rec in clean:
        errs = run_checks(rec["source"], texts[rec["case"]])
        for e in errs:
            problems.append(f"{rec['case']}: {e}")
    for rec in dirty:
        errs = run_checks(rec["source"], texts[rec["case"]])
        if not errs:
            problems.append(f"{rec['case']}: no check fails — the injected error is not caught")
    # distinct projects
    if len({r["source"] for r in clean}) != 5:
        problems.append("clean drafts are not five different projects")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    n_checks = sum(len(v) for v in PROSE.values())
    print(f"{len(labels)} cases, {n_checks} prose checks + table checks per draft; codes: "
          + ", ".join(f"{c}={n}" for c, n in count.items()))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
