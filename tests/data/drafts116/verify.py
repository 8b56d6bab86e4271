#!/usr/bin/env python3
"""Verify the n116 set.

1. labels.jsonl: every case exists, every label value occurs in its case, each error case
   differs from its clean draft in exactly one contiguous place and the (primary) value
   covers it;
   each of the 13 codes of errors.md §A is the primary code of at least two cases.
2. Clean drafts: redo the arithmetic.
   a. generic, from the 自评表 (HTML grid rebuilt with rowspan/colspan): funds block
      (components add to 年度资金总额, 执行率 = 执行/全年, score = 10 x rate), indicator rows
      (units of target and actual agree, score <= weight, score follows rules.md §5),
      weights add to 100, scores add to the total, the grade in the text fits the band;
   b. per draft, a list of stated figures in the text recomputed from their inputs
      (tolerance from the stated decimals, rules.md §8, ROUND_HALF_UP).
Prints OK at the end, or the failures and exits 1.
"""
import html
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAILS = []


def fail(msg):
    FAILS.append(msg)


# ---------------------------------------------------------------- text helpers
def flat(raw):
    """Tag-stripped text; table cells end with '|', rows with a newline."""
    t = re.sub(r"(?i)</t[dh]\s*>", "|", raw)
    t = re.sub(r"(?i)</tr\s*>", "\n", t)
    t = re.sub(r"(?i)<br\s*/?>", "", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\xa0", " ")
    t = re.sub(r"\|\s+", "|", t)
    return t


def dec(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - dec(stated)) <= tol


def ev(expr):
    """Evaluate an arithmetic expression exactly with Decimal."""
    py = re.sub(r"(\d+(?:\.\d+)?)", r"D('\1')", expr)
    return eval(py, {"D": Decimal})


# ---------------------------------------------------------------- HTML tables
class TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        a = dict((k.lower(), v) for k, v in attrs)
        if tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag in ("td", "th") and self.stack:
            self.stack[-1][-1].append({"text": "", "rs": int(a.get("rowspan") or 1),
                                       "cs": int(a.get("colspan") or 1)})

    def handle_endtag(self, tag):
        if tag == "table" and self.stack:
            self.tables.append(self.stack.pop())

    def handle_data(self, data):
        if self.stack and self.stack[-1] and self.stack[-1][-1]:
            self.stack[-1][-1][-1]["text"] += data


def grid(rows):
    """Expand rowspan/colspan into a list of rows of cell texts."""
    out, pending = [], {}
    for r, row in enumerate(rows):
        line, c = [], 0
        cells = list(row)
        while cells or (r, c) in pending:
            if (r, c) in pending:
                line.append(pending.pop((r, c)))
                c += 1
                continue
            cell = cells.pop(0)
            txt = re.sub(r"\s+", "", cell["text"].replace("\xa0", " "))
            for dc in range(cell["cs"]):
                line.append(txt)
                for dr in range(1, cell["rs"]):
                    pending[(r + dr, c + dc)] = txt
                c += 1
        out.append(line)
    return out


NUM = re.compile(r"^-?\d+(?:\.\d+)?$")


def num_or_none(cell):
    cell = cell.replace(",", "").rstrip("%")
    return cell if NUM.match(cell) else None


def check_self_eval_table(name, raw, text):
    p = TableParser()
    p.feed(raw)
    tables = [grid(t) for t in p.tables]
    cand = [t for t in tables if any("三级指标" in c for row in t for c in row)]
    if len(cand) != 1:
        fail(f"{name}: expected one 自评表, found {len(cand)}")
        return
    g = cand[0]
    # ---- funds block
    hi = next(i for i, row in enumerate(g) if "年初预算数" in row)
    head = g[hi]
    col = {k: head.index(k) for k in ("年初预算数", "全年预算数", "全年执行数", "执行率")}
    scored = "分值" in head  # MOF layout: 分值/得分 of execution in the funds block
    if scored:
        col.update({k: head.index(k) for k in ("分值", "得分")})
    lab = col["年初预算数"] - 1
    funds = {}
    for row in g[hi + 1:]:
        if "一级指标" in row or "年度总体目标" in row[0]:
            break
        funds[row[lab].replace("其中：", "")] = row
    tot = funds["年度资金总额"]
    for k in ("年初预算数", "全年预算数", "全年执行数"):
        parts = sum((dec(num_or_none(r[col[k]]) or "0") for lb, r in funds.items() if lb != "年度资金总额"),
                    Decimal(0))
        if parts != dec(tot[col[k]]):
            fail(f"{name}: funds {k}: components {parts} != total {tot[col[k]]}")
    for lb, r in funds.items():
        a, b, rate = num_or_none(r[col["全年预算数"]]), num_or_none(r[col["全年执行数"]]), r[col["执行率"]]
        if a is None or dec(a) == 0:
            if num_or_none(rate) is not None:
                fail(f"{name}: funds row {lb}: rate {rate} on a zero base")
            continue
        comp = dec(b) / dec(a) * 100
        if not close(comp, rate.rstrip("%")):
            fail(f"{name}: funds row {lb}: rate {rate} vs {comp:.4f}")
    r_un = dec(tot[col["全年执行数"]]) / dec(tot[col["全年预算数"]])
    r_st = dec(tot[col["执行率"]].rstrip("%")) / 100
    if scored:
        w_exec, s_exec = dec(tot[col["分值"]]), tot[col["得分"]]
        if not (close(w_exec * min(r_un, 1), s_exec) or close(w_exec * min(r_st, 1), s_exec)):
            fail(f"{name}: execution score {s_exec} vs {w_exec * r_un:.4f}")
    else:
        w_exec, s_exec = Decimal(0), "0"
    # ---- indicators
    ii = next(i for i, row in enumerate(g) if "三级指标" in row)
    head = g[ii]
    ct, ca, cw, cs = (head.index(k) for k in ("年度指标值", "实际完成值", "分值", "得分"))
    wsum, ssum, total = w_exec, dec(s_exec), None
    level1 = {}
    for row in g[ii + 1:]:
        if row[0] in ("总分", "合计"):
            total = (row[cw], row[cs])
            break
        w, s = dec(row[cw]), dec(row[cs])
        if row[0] == "预算执行率":  # execution as an indicator row (local variant)
            if scored:
                fail(f"{name}: execution scored twice")
            if row[ca] != tot[col["执行率"]]:
                fail(f"{name}: execution row actual {row[ca]} != funds rate {tot[col['执行率']]}")
            if not (close(w * min(r_un, 1), row[cs]) or close(w * min(r_st, 1), row[cs])):
                fail(f"{name}: execution score {row[cs]} vs {w * r_un:.4f}")
            wsum += w
            ssum += s
            continue
        wsum += w
        ssum += s
        level1.setdefault(row[0], [Decimal(0), Decimal(0)])
        level1[row[0]][0] += w
        level1[row[0]][1] += s
        if s > w or s < 0:
            fail(f"{name}: {row[2]}: score {s} outside [0, {w}]")
        mt = re.match(r"^(≥|≤|=)?(\d+(?:\.\d+)?)(.*)$", row[ct])
        ma = re.match(r"^(\d+(?:\.\d+)?)(.*)$", row[ca])
        if not mt:  # qualitative
            if not ma and s < w * Decimal("0.6"):
                fail(f"{name}: {row[2]}: qualitative score {s} below 60% of {w}")
            continue
        if not ma:
            fail(f"{name}: {row[2]}: quantitative target {row[ct]} with actual {row[ca]}")
            continue
        if mt.group(3) != ma.group(2):
            fail(f"{name}: {row[2]}: unit {mt.group(3)!r} vs {ma.group(2)!r}")
        sign, T, A = mt.group(1) or "", dec(mt.group(2)), dec(ma.group(1))
        if sign == "≤":
            exp = w if A <= T else w * T / A
        elif T == 0:
            exp = w if A <= 0 else Decimal(0)
        else:
            exp = w * min(Decimal(1), A / T)
        if not close(exp, row[cs]):
            fail(f"{name}: {row[2]}: score {row[cs]} vs rule {exp:.4f}")
    if total is None:
        fail(f"{name}: no 总分 row")
        return
    if wsum != dec(total[0]) or wsum != 100:
        fail(f"{name}: weights add to {wsum}, total row says {total[0]}")
    if not close(ssum, total[1]):
        fail(f"{name}: scores add to {ssum}, total row says {total[1]}")
    # ---- grade and text totals
    T = dec(total[1])
    band = "优" if T >= 90 else "良" if T >= 80 else "中" if T >= 60 else "差"
    grades = re.findall(r"等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", text)
    if len(grades) != 1:
        fail(f"{name}: expected one stated grade, found {grades}")
    elif grades[0][0] != band:
        fail(f"{name}: grade {grades[0]} but total {T} is {band}")
    for m in re.finditer(r"(?:综合得分|自评得分|自评总分|合计)(\d+\.\d+)分", text):
        if dec(m.group(1)) != T:
            fail(f"{name}: text total {m.group(1)} != table total {T}")
    return level1


# ---------------------------------------------------------------- per-draft figures
# (context in the flattened text, stated figure inside the context, expression)
CHECKS = {
    "dongtai-citybus-2019": [
        ("营运公交车186辆，其中纯电动112辆、插电式混合动力38辆、天然气24辆、柴油12辆", "186", "112+38+24+12"),
        ("年初预算1,800.00万元", "1,800.00", "620+1180"),
        ("全年预算1,900.00万元", "1,900.00", "1800+100"),
        ("市级资金1,280.00万元", "1,280.00", "1180+100"),
        ("全年实际支出1,874.00万元", "1,874.00", "620+1254"),
        ("全年实际支出1,874.00万元", "1,874.00", "1380+214+280"),
        ("全年实际支出1,874.00万元", "1,874.00", "420+450+460+544"),
        ("预算执行率98.63%", "98.63", "1874/1900*100"),
        ("执行率97.97%", "97.97", "1254/1280*100"),
        ("结余26.00万元", "26.00", "1900-1874"),
        ("里程补贴1,380.00万元（1150万车公里×1.20元）", "1,380.00", "1150*1.20"),
        ("优惠乘车补贴214.00万元（428万人次×0.50元）", "214.00", "428*0.50"),
        ("新能源运营补助280.00万元（112辆×25000元）", "280.00", "112*25000/10000"),
        ("（1150万车公里×1.20元），占73.64%", "73.64", "1380/1874*100"),
        ("（428万人次×0.50元），占11.42%", "11.42", "214/1874*100"),
        ("（112辆×25000元），占14.94%", "14.94", "280/1874*100"),
        ("季均拨付468.50万元", "468.50", "(420+450+460+544)/4"),
        ("为目标值的104.55%", "104.55", "1150/1100*100"),
        ("日均9.19万人次", "9.19", "3356/365"),
        ("完成年度目标的104.88%", "104.88", "3356/3200*100"),
        ("增长5.27%", "5.27", "(3356-3188)/3188*100"),
        ("合计150辆", "150", "112+38"),
        ("新能源公交车占比80.65%", "80.65", "150/186*100"),
        ("完成目标值的98.53%", "98.53", "93.6/95*100"),
        ("回收率95.50%", "95.50", "1146/1200*100"),
    ],
    "lingbi-taxifuel-2018": [
        ("全县巡游出租汽车420辆，其中汽油/天然气双燃料车356辆、汽油车40辆、纯电动车24辆", "420", "356+40+24"),
        ("每季度737.5元/辆", "737.5", "2950/4"),
        ("退坡幅度16.67%", "16.67", "(3540-2950)/3540*100"),
        ("全年预算125.00万元", "125.00", "118+7"),
        ("预算执行率96.29%", "96.29", "120.36/125*100"),
        ("结余4.64万元", "4.64", "125-120.36"),
        ("第一季度|402|737.5|296475.00", "296475.00", "402*737.5"),
        ("第二季度|406|737.5|299425.00", "299425.00", "406*737.5"),
        ("第三季度|410|737.5|302375.00", "302375.00", "410*737.5"),
        ("第四季度|414|737.5|305325.00", "305325.00", "414*737.5"),
        ("合计|季均408||1203600.00", "1203600.00", "296475+299425+302375+305325"),
        ("合计|季均408|", "408", "(402+406+410+414)/4"),
        ("全年实际发放补贴120.36万元", "120.36", "1203600/10000"),
        ("全年累计发放油价补贴120.36万元", "120.36", "1203600/10000"),
        ("季均408辆", "408", "(402+406+410+414)/4"),
        ("年审合格率98.57%", "98.57", "414/420*100"),
        ("完成80.00%", "80.00", "28/35*100"),
        ("占全县出租车的5.71%", "5.71", "24/420*100"),
        ("效益指标得分28分", "28", "10+8+10"),
        ("满意度指标得分9.82分", "9.82", "5+4.82"),
        ("自评总分97.45分", "97.45", "9.63+50+28+9.82"),
    ],
    "jingjiang-bustaxi-2022": [
        ("营运公交车228辆，其中纯电动176辆、混合动力30辆、天然气22辆", "228", "176+30+22"),
        ("巡游出租车310辆，其中汽油/天然气双燃料248辆、纯电动62辆", "310", "248+62"),
        ("全年预算440.00万元，其中省级资金120.00万元、市级资金320.00万元", "440.00", "120+320"),
        ("全年预算440.00万元", "440.00", "450-10"),
        ("到位率98.18%", "98.18", "432/440*100"),
        ("预算执行率97.36%", "97.36", "428.40/440*100"),
        ("结余3.60万元", "3.60", "432-428.40"),
        ("公交车运营补助372.60万元", "372.60", "(176*18000+30*12000+22*9000)/10000"),
        ("巡游出租车运营补助55.80万元", "55.80", "310*1800/10000"),
        ("全年支出428.40万元", "428.40", "372.60+55.80"),
        ("372.60万元，占86.97%", "86.97", "372.60/428.40*100"),
        ("55.80万元，占13.03%", "13.03", "55.80/428.40*100"),
        ("全年合计428.40万元", "428.40", "102.30+104.10+106.20+115.80"),
        ("合计206辆", "206", "176+30"),
        ("新能源公交车占比90.35%", "90.35", "206/228*100"),
        ("新能源出租车占比20.00%", "20.00", "62/310*100"),
        ("完成目标值的97.68%", "97.68", "92.8/95*100"),
        ("完成目标的96.50%", "96.50", "2316/2400*100"),
        ("三项平均93%", "93", "(92+96+91)/3"),
    ],
    "songzi-citybus-2023": [
        ("全市营运公交车126辆（纯电动96辆、混合动力18辆、柴油12辆）", "126", "96+18+12"),
        ("当年财政拨款1000.00万元", "1000.00", "980+20"),
        ("全年预算1060.00万元", "1060.00", "1000+60"),
        ("全年执行918.70万元", "918.70", "858.70+60"),
        ("全年执行918.70万元", "918.70", "729+189.70"),
        ("全年执行918.70万元", "918.70", "210+225.50+236.80+246.40"),
        ("预算执行率86.67%", "86.67", "918.70/1060*100"),
        ("里程补贴729.00万元（486万车公里×1.50元）", "729.00", "486*1.50"),
        ("优惠乘车补贴189.70万元（379.4万人次×0.50元）", "189.70", "379.4*0.50"),
        ("形成结转资金141.30万元", "141.30", "1060-918.70"),
        ("全年实际支付补贴918.70万元", "918.70", "729+189.70"),
        ("完成率93.46%", "93.46", "486/520*100"),
        ("完成率94.85%", "94.85", "379.4/400*100"),
        ("合计114辆", "114", "96+18"),
        ("新能源占比90.48%", "90.48", "114/126*100"),
        ("仅完成目标的76.00%", "76.00", "11.4/15*100"),
    ],
    "hanchuan-taxisubsidy-2024": [
        ("全市巡游出租汽车560辆，其中纯电动318辆、汽油/天然气双燃料214辆、汽油28辆", "560", "318+214+28"),
        ("全年预算130.00万元", "130.00", "110+20"),
        ("中央成品油价格调整补助80.00万元、省级20.00万元、市级30.00万元", "30.00", "130-80-20"),
        ("预算执行率95.95%", "95.95", "124.74/130*100"),
        ("结余5.26万元", "5.26", "130-124.74"),
        ("油价补贴29.04万元（242辆×1200元）", "29.04", "242*1200/10000"),
        ("油价补贴29.04万元（242辆×1200元）", "242", "214+28"),
        ("新能源运营补贴47.70万元（318辆×1500元）", "47.70", "318*1500/10000"),
        ("两项合计76.74万元", "76.74", "29.04+47.70"),
        ("两项合计76.74万元", "76.74", "19.00+19.10+19.20+19.44"),
        ("6月兑付25辆20.00万元", "20.00", "25*8000/10000"),
        ("11月兑付35辆28.00万元", "28.00", "35*8000/10000"),
        ("共计48.00万元", "48.00", "20+28"),
        ("执行率96.00%", "96.00", "48/50*100"),
        ("全年支出124.74万元", "124.74", "76.74+48"),
        ("全年完成新能源更新60辆", "60", "25+35"),
        ("完成目标的96.77%", "96.77", "60/62*100"),
        ("提高到56.79%", "56.79", "318/560*100"),
        ("完成目标的84.00%", "84.00", "21/25*100"),
        ("产出指标得分49.68分", "49.68", "10+10+9.68+5+5+10"),
        ("效益指标得分27.40分", "27.40", "8.4+10+9"),
        ("满意度指标得分9.89分", "9.89", "5+4.89"),
        ("合计96.57分", "96.57", "9.60+49.68+27.40+9.89"),
    ],
}


CONSTANTS = {Decimal(x) for x in ("100", "10000", "365", "4", "3")}


def text_numbers(text):
    return {dec(m) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def check_figures(name, text):
    nums = text_numbers(text)
    for ctx, stated, expr in CHECKS[name]:
        for lit in re.findall(r"\d+(?:\.\d+)?", expr):
            if dec(lit) not in nums and dec(lit) not in CONSTANTS:
                fail(f"{name}: input {lit} of {expr} is not a figure of the draft")
        if ctx not in text:
            fail(f"{name}: context not found: {ctx}")
            continue
        if stated not in ctx:
            fail(f"{name}: {stated} not inside {ctx}")
            continue
        val = ev(expr)
        if not close(val, stated):
            fail(f"{name}: {ctx}: stated {stated}, computed {expr} = {val}")


# ---------------------------------------------------------------- labels and diffs
def region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    primary = {c: 0 for c in CODES}
    sources = sorted({l["source"] for l in labels})
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{lab['case']}: {n} characters")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        with open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        if clean == text:
            fail(f"{lab['case']}: identical to the clean draft")
            continue
        p, ea, eb = region(clean, text)
        if ea - p > 40 or eb - p > 40:
            fail(f"{lab['case']}: changed region too large ({clean[p:ea]!r} -> {text[p:eb]!r})")
        if not lab["expected"]:
            fail(f"{lab['case']}: error case without expected findings")
            continue
        if lab["expected"][0]["code"] in primary:
            primary[lab["expected"][0]["code"]] += 1
        else:
            fail(f"{lab['case']}: unknown primary code {lab['expected'][0]['code']}")
        for k, e in enumerate(lab["expected"]):
            if e.get("severity") != "error" or not e.get("explanation"):
                fail(f"{lab['case']}: bad label entry {e}")
            v = e["value"]
            occ = [i for i in range(len(text)) if text.startswith(v, i)]
            if not occ:
                fail(f"{lab['case']}: value {v!r} not in the case")
            elif k == 0 and not any(i < max(eb, p + 1) and i + len(v) > p for i in occ):
                fail(f"{lab['case']}: value {v!r} does not cover the change")
    for c, k in primary.items():
        if k < 2:
            fail(f"code {c} is the primary code of only {k} case(s)")
    if len(sources) != 5:
        fail(f"{len(sources)} sources, expected 5")
    for src in sources:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            raw = fh.read()
        text = flat(raw)
        check_self_eval_table(src, raw, text)
        check_figures(src, text)
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, primary codes: " + ", ".join(f"{c}={k}" for c, k in primary.items()))
    print("OK")


if __name__ == "__main__":
    main()
