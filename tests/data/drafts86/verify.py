#!/usr/bin/env python3
"""Check this set: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Run after build.py:  python3 build.py && python3 verify.py  → prints OK.

1. labels.jsonl: every value occurs exactly once in its case and never in the clean draft;
   one label per error case, error codes from errors.md section A, each used ≥ 2 times in ≥ 2 projects.
2. edits: an error case differs from its clean draft in one line by one contiguous change of at
   most 16 characters (the two score_exceeds_weight cases: two adjacent table rows, ≤ 16 in all).
3. clean drafts: full-width digits normalised, then
   - the 自评表 is parsed (HTML rows → cells): weights add up to 100, scores to the stated total,
     no score above its weight, every score and 完成率 follows rules.md §5 (gte / lte / eq), the
     execution score = weight × rate, fund rows add up, the grade matches the band of the total;
   - the body tables (vaccines, cold-chain equipment, sources of funds, sub-projects) are recomputed;
   - FACTS: every other figure with an arithmetic relation in the text (rates, balances, sums,
     products, averages, rates per 10万 / ‰, percentage-point differences) is recomputed; each fact
     names the text snippet it reads, which must be present in the draft.
   Tolerance: rules.md §8 — |computed − stated| ≤ 0.5 × 10^-d, d = decimals as written.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import PROJECTS, EDITS  # noqa: E402

SECTION_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch"}

FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(text):
    return text.translate(FW)


def dec_places(s):
    s = s.strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: stated string with d decimals vs computed Decimal."""
    v = D(stated)
    tol = D("0.5") * (D(10) ** -dec_places(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def num(s):
    """'143.25万' → 1432500; plain numbers as they are."""
    return D(s[:-1]) * 10000 if s.endswith("万") else D(s)


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- HTML tables
def strip_tags(s):
    s = re.sub(r"<br\s*/?>", "", s)
    s = re.sub(r"<[^>]+>", "", s)
    return s.replace("&nbsp;", " ").strip()


def tables(text):
    out = []
    for t in re.findall(r"<table.*?</table>", text, flags=re.S):
        rows = []
        for tr in re.findall(r"<tr.*?</tr>", t, flags=re.S):
            cells = [strip_tags(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr, flags=re.S)]
            rows.append(cells)
        out.append(rows)
    return out


NUM = r"(\d+(?:\.\d+)?)"


def parse_target(s):
    m = re.match(r"^\s*(≥|≤|=|＜|<|＞|>)?\s*" + NUM + r"\s*(.*)$", s)
    if not m:
        return None
    sign = m.group(1) or "="
    direction = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq"}[sign]
    return direction, D(m.group(2)), m.group(3).strip()


def parse_actual(s):
    m = re.match(r"^\s*" + NUM + r"\s*(.*)$", s)
    return (D(m.group(1)), m.group(2).strip()) if m else None


def rule_score(direction, T, A, w):
    if direction == "eq" and T == 0:
        return w if A <= 0 else D(0)
    if direction in ("gte", "eq"):
        return w if A >= T else w * max(A, D(0)) / T
    return w if A <= T else w * T / A  # lte, rules.md §5 option (a)


def rule_completion(direction, T, A):
    if direction == "eq" and T == 0:
        return None
    if direction in ("gte", "eq"):
        return A / T * 100
    return D(100) if A <= T else T / A * 100


def check_score_table(pid, text, cfg):
    tbs = tables(text)
    st = tbs[-1]
    hdr_i = next(i for i, r in enumerate(st) if "三级指标" in r and "分值" in r and "得分" in r)
    hdr = st[hdr_i]
    wi, si = hdr.index("分值") - len(hdr), hdr.index("得分") - len(hdr)
    ti, ai = hdr.index("年度指标值") - len(hdr), hdr.index("实际完成值") - len(hdr)
    ci = (hdr.index("完成率") - len(hdr)) if "完成率" in hdr else None
    wsum, ssum, n = D(0), D(0), 0
    total_row = None
    for r in st[hdr_i + 1:]:
        if r and r[0] in ("总分", "合计"):
            total_row = r
            break
        w, s = r[wi], r[si]
        if not re.fullmatch(NUM, w) or not re.fullmatch(NUM, s):
            err(f"{pid}: row {r} weight/score not numeric")
            continue
        w, s = D(w), D(s)
        wsum += w
        ssum += s
        n += 1
        if s > w or s < 0:
            err(f"{pid}: score {s} outside [0, {w}] in {r}")
        tg, ac = parse_target(r[ti]), parse_actual(r[ai])
        if tg is None or ac is None:
            err(f"{pid}: cannot parse target/actual in {r}")
            continue
        direction, T, tu = tg
        A, au = ac
        if tu != au:
            err(f"{pid}: unit differs {r[ti]!r} vs {r[ai]!r}")
        exp = rule_score(direction, T, A, w)
        comp = rule_completion(direction, T, A)
        ok = close(exp, str(s))
        if not ok and comp is not None and ci is None:
            ok = close(w * min(r2(comp), D(100)) / 100, str(s))
        if ci is not None:
            c = r[ci]
            if comp is None:
                if c not in ("—", "100%"):
                    err(f"{pid}: completion {c!r} on zero target in {r}")
            else:
                cv = c.rstrip("%")
                if not close(comp, cv):
                    err(f"{pid}: completion {c} vs computed {r2(comp)} in {r}")
                ok = ok or close(w * min(D(cv), D(100)) / 100, str(s))
        if not ok:
            err(f"{pid}: score {s} vs rule {r2(exp)} in {r}")
    # execution block (outside the indicator rows for 4 of the 5 layouts)
    ex = cfg.get("exec")
    if ex:
        row = next(r for r in st if r and r[0] == "年度资金总额")
        budget, spent, w = D(row[ex["budget"]]), D(row[ex["spent"]]), D(row[ex["weight"]])
        if ex.get("combined") is not None:
            rate_s, score_s = [x.strip() for x in row[ex["combined"]].split("/")]
        else:
            rate_s, score_s = row[ex["rate"]], row[ex["score"]]
        rate = spent / budget * 100
        if not close(rate, rate_s.rstrip("%")):
            err(f"{pid}: execution rate {rate_s} vs {r2(rate)}")
        if not (close(w * min(rate, D(100)) / 100, score_s) or close(w * min(D(rate_s.rstrip('%')), D(100)) / 100, score_s)):
            err(f"{pid}: execution score {score_s} vs {r2(w * rate / 100)}")
        wsum += w
        ssum += D(score_s)
        # fund component rows add up, column by column
        comp_rows = [r for r in st if r and (r[0].startswith("其中") or r[0] in ex["components"])]
        for col in ex["sum_cols"]:
            parts = [D(r[col]) for r in comp_rows if re.fullmatch(NUM, r[col])]
            if not close(sum(parts), row[col]):
                err(f"{pid}: fund column {col}: {row[col]} vs Σ {sum(parts)}")
    if total_row is None:
        err(f"{pid}: no total row")
        return
    tw, ts = total_row[wi], total_row[si]
    if wsum != D(tw) or D(tw) != 100:
        err(f"{pid}: weights {wsum} vs stated {tw}")
    if not close(ssum, ts):
        err(f"{pid}: scores {ssum} vs stated total {ts}")
    g = cfg["grade"]
    if g not in text or grade_of(ts) not in g:
        err(f"{pid}: grade statement {g!r} vs band {grade_of(ts)} of {ts}")
    return n


def table_with(text, marker):
    for t in tables(text):
        if any(marker in c for r in t for c in r):
            return t
    raise KeyError(marker)


def has_table(text, marker):
    try:
        table_with(text, marker)
        return True
    except KeyError:
        return False


def check_vaccine_table(pid, text):
    t = table_with(text, "应种人数")
    sums = [D(0)] * 3
    rates = []
    for r in t[1:]:
        if r[0] == "合计":
            for k in range(3):
                if sums[k] != D(r[[1, 2, 4][k]]):
                    err(f"{pid}: vaccine column {k} total {r} vs {sums[k]}")
            if not close(D(r[2]) / D(r[1]) * 100, r[3]):
                err(f"{pid}: pooled rate {r[3]}")
            return rates
        a, b, rate, doses = D(r[1]), D(r[2]), r[3], D(r[4])
        if not close(b / a * 100, rate):
            err(f"{pid}: {r[0]} rate {rate} vs {r2(b / a * 100)}")
        rates.append(rate)
        sums = [sums[0] + a, sums[1] + b, sums[2] + doses]
    err(f"{pid}: vaccine table without 合计")


def check_equipment_table(pid, text):
    t = table_with(text, "单价（元）")
    s = D(0)
    for r in t[1:]:
        if "合计" in r:
            if s != D(r[-1]):
                err(f"{pid}: equipment total {r[-1]} vs {s}")
            return
        cnt = D(re.match(NUM, r[2]).group(1))
        if cnt * D(r[3]) != D(r[4]):
            err(f"{pid}: {r[1]} {r[2]}×{r[3]} ≠ {r[4]}")
        s += D(r[4])
    err(f"{pid}: equipment table without 合计")


def check_sources_table(pid, text):
    t = table_with(text, "实际到位")
    rows = {r[0]: r[1:] for r in t[1:]}
    for key in ("全年预算", "实际到位", "实际支出"):
        v = [D(x) for x in rows[key]]
        if v[0] != sum(v[1:]):
            err(f"{pid}: sources row {key}: {v[0]} vs Σ {sum(v[1:])}")
    for key, num in (("到位率", "实际到位"), ("执行率", "实际支出")):
        for k, stated in enumerate(rows[key]):
            base, top = D(rows["全年预算"][k]), D(rows[num][k])
            if base == 0:
                if stated not in ("—", "0", "0%"):
                    err(f"{pid}: {key} on zero base col {k}: {stated}")
            elif not close(top / base * 100, stated.rstrip("%")):
                err(f"{pid}: {key} col {k}: {stated} vs {r2(top / base * 100)}")


def check_project_table(pid, text):
    t = table_with(text, "项目自评得分")
    sums = [D(0)] * 3
    scores = []
    for r in t[1:]:
        if r[0] == "合计":
            for k in range(3):
                if sums[k] != D(r[1 + k]):
                    err(f"{pid}: project column {k}: {r[1 + k]} vs {sums[k]}")
            if not close(D(r[3]) / D(r[2]) * 100, r[4].rstrip("%")):
                err(f"{pid}: project total rate {r[4]}")
            return scores
        a, b, c = D(r[2]), D(r[3]), D(r[4])
        if not close(c / b * 100, r[5].rstrip("%")):
            err(f"{pid}: {r[1]} rate {r[5]} vs {r2(c / b * 100)}")
        sums = [sums[0] + a, sums[1] + b, sums[2] + c]
        scores.append(r[6])
    err(f"{pid}: project table without 合计")


# ---------------------------------------------------------------- facts in the text
def F(kind, ctx, *args):
    return (kind, ctx, args)


FACTS = {
    "leizhou-immunization-2019": [
        F("sum", "全年预算数331.05万元，其中当年财政拨款318.60万元、上年结转资金12.45万元", "331.05", ["318.60", "12.45"]),
        F("sum", "中央补助资金136.60万元", "318.60", ["136.60", "62.00", "120.00"]),
        F("sum", "省级补助资金62.00万元，其中年初下达43.40万元", "62.00", ["43.40", "18.60"]),
        F("sum", "年初预算数312.45万元，年中因省级追加调增18.60万元", "331.05", ["312.45", "18.60"]),
        F("sum", "<td>300.00</td>", "300.00", ["136.60", "43.40", "120.00"]),
        F("sum", "<td>312.45</td>", "312.45", ["300.00", "12.45"]),
        F("rate", "到位率100%", "331.05", "331.05", "100"),
        F("rate", "全年预算执行率93.58%", "309.81", "331.05", "93.58"),
        F("rate", "全年预算执行率93.58%", "309.81", "331.05", "93.58"),  # restated in 三 (full-width)
        F("sum", "其中当年财政拨款执行297.36万元、上年结转资金执行12.45万元", "309.81", ["297.36", "12.45"]),
        F("sum", "接种服务补助196.93万元", "309.81", ["196.93", "14.18", "23.60", "12.40", "9.86", "38.50", "6.34", "8.00"]),
        F("diff", "年末结余21.24万元", "331.05", "309.81", "21.24"),
        F("sum", "合同尾款15.60万元", "21.24", ["15.60", "5.64"]),
        F("prod", "以每剂次4元的标准", "492333", "4", "196.93", "10000"),
        F("prod", "医用冰箱12台（单价6800元，计81600元）", "12", "6800", "81600", "1"),
        F("prod", "冷藏包60个（单价350元，计21000元）", "60", "350", "21000", "1"),
        F("prod", "温度自动监测仪40套（单价980元，计39200元）", "40", "980", "39200", "1"),
        F("sum", "合计141800元", "141800", ["81600", "21000", "39200"]),
        F("prod", "冷链设备购置14.18万元", "141800", "1", "14.18", "10000"),
        F("avg", "8个苗次接种率算术平均为97.50%", ["99.30", "98.44", "98.06", "97.90", "97.83", "97.55", "97.41", "93.51"], "97.50"),
        F("rate", "按合计人数计算的接种率为97.59%", "203868", "208909", "97.59"),
        F("diff", "较2018年的96.85%提高0.74个百分点", "97.59", "96.85", "0.74"),
        F("rate", "查验率93.80%", "12846", "13695", "93.80"),
        F("rate", "达标率85.71%", "18", "21", "85.71"),
        F("per", "报告发生率为19.50/10万剂次", "96", "492333", "100000", "19.50"),
        F("per", "报告麻疹2例，报告发病率0.14/10万", "2", "143.25万", "100000", "0.14"),
        F("per", "报告百日咳5例，报告发病率0.35/10万", "5", "143.25万", "100000", "0.35"),
        F("rate", "建档率99.12%", "166937", "168420", "99.12"),
        F("rate", "满意度94.60%", "473", "500", "94.60"),
        F("present", "全市常住人口143.25万人"),
        F("present", "全年累计接种国家免疫规划疫苗492333剂次"),
        F("present", "全市21个预防接种门诊中18个"),
        F("grade", "自评得分98.82分，评价等级为“优”", "98.82", "优"),
    ],
    "zhaoan-majorid-2018": [
        F("sum", "项目年初预算103.50万元", "103.50", ["68.50", "35.00"]),
        F("sum", "全年预算127.80万元", "127.80", ["68.50", "24.30", "35.00"]),
        F("sum", "全年实际到位122.80万元", "122.80", ["68.50", "24.30", "30.00"]),
        F("diff", "尚有5.00万元未到位", "35.00", "30.00", "5.00"),
        F("rate", "资金到位率96.09%", "122.80", "127.80", "96.09"),
        F("rate", "全年实际支出116.42万元，预算执行率91.10%", "116.42", "127.80", "91.10"),
        F("sum", "其中：艾滋病防治38.60万元", "116.42", ["38.60", "34.75", "6.20", "18.47", "11.40", "7.00"]),
        F("diff", "年末结余6.38万元，均为县级配套资金", "122.80", "116.42", "6.38"),
        F("diff", "年末结余6.38万元，均为县级配套资金", "30.00", "23.62", "6.38"),
        F("rate", "完成年度目标的112.00%", "58240", "52000", "112.00"),
        F("per", "检测阳性率0.86‰", "50", "58240", "1000", "0.86"),
        F("rate", "治疗覆盖率82.05%", "192", "234", "82.05"),
        F("rate", "完成目标的77.00%", "1386", "1800", "77.00"),
        F("per", "报告发病率51.93/10万", "318", "61.24万", "100000", "51.93"),
        F("present", "诏安县常住人口61.24万人"),
        F("rate", "成功治疗率94.12%", "96", "102", "94.12"),
        F("diff", "较2017年的98.92%提高0.71个百分点", "99.63", "98.92", "0.71"),
        F("present", "按照预算执行10分、产出50分、效益30分、满意度10分"),
        F("grade", "自评得分88.54分，综合评价等级为良好", "88.54", "良"),
    ],
    "qionghai-coldchain-2023": [
        F("sum", "项目年初预算196.80万元，其中省级补助资金120.00万元、市级财政资金60.00万元、上年结转资金16.80万元", "196.80", ["120.00", "60.00", "16.80"]),
        F("sum", "调整后全年预算221.80万元", "221.80", ["196.80", "25.00"]),
        F("sum", "省级补助资金中111.40万元", "120.00", ["111.40", "8.60"]),
        F("sum", "市级资金85.00万元", "85.00", ["60.00", "25.00"]),
        F("sum", "全年实际到位213.20万元", "213.20", ["111.40", "85.00", "16.80"]),
        F("rate", "到位率96.12%", "213.20", "221.80", "96.12"),
        F("rate", "预算执行率85.04%", "188.62", "221.80", "85.04"),
        F("rate", "资金使用率为88.47%", "188.62", "213.20", "88.47"),
        F("sum", "其中：冷链设备购置71.97万元", "188.62", ["71.97", "18.65", "12.40", "65.63", "15.60", "4.37"]),
        F("diff", "年末结余资金24.58万元", "213.20", "188.62", "24.58"),
        F("prod", "冷链设备购置71.97万元", "719700", "1", "71.97", "10000"),
        F("prod", "按每剂次5元标准拨付，计656320元", "131264", "5", "656320", "1"),
        F("prod", "接种服务补助65.63万元", "656320", "1", "65.63", "10000"),
        F("rate", "完成年度目标的105.01%", "131264", "125000", "105.01"),
        F("sum", "替换了全部11台超期服役冰箱，另3台", "14", ["11", "3"]),
        F("diff", "较2022年人工记录时的93.60%提高5.60个百分点", "99.20", "93.60", "5.60"),
        F("rate", "建成3个（嘉积镇、博鳌镇、中原镇），完成75.00%", "3", "4", "75.00"),
        F("diff", "扣1.50分", "10", "8.50", "1.50"),
        F("diff", "扣2.50分", "10", "7.50", "2.50"),
        F("present", "按预算执行10分、产出指标60分、效益指标30分"),
        F("grade", "项目总得分96.00分，等级为优", "96.00", "优"),
    ],
    "lingshui-cdcwhole-2022": [
        F("sum", "年初预算1286.40万元，其中基本支出862.40万元、项目支出424.00万元", "1286.40", ["862.40", "424.00"]),
        F("sum", "调整后全年预算2418.75万元，其中一般公共预算拨款2368.75万元、事业收入50.00万元", "2418.75", ["2368.75", "50.00"]),
        F("sum", "全年基本支出905.18万元", "2418.75", ["905.18", "1513.57"]),
        F("diff", "增加512.43万元", "2418.75", "1906.32", "512.43"),
        F("rate", "增长26.88%", "512.43", "1906.32", "26.88"),
        F("sum", "全年支出2307.53万元", "2307.53", ["905.18", "1402.35"]),
        F("rate", "全年支出2307.53万元，预算执行率95.40%", "2307.53", "2418.75", "95.40"),
        F("diff", "年末结余111.22万元，全部为项目支出结余", "2418.75", "2307.53", "111.22"),
        F("diff", "年末结余111.22万元，全部为项目支出结余", "1513.57", "1402.35", "111.22"),
        F("sum", "其中人员经费786.34万元、公用经费118.84万元", "905.18", ["786.34", "118.84"]),
        F("rate", "实际支出1402.35万元，执行率92.65%", "1402.35", "1513.57", "92.65"),
        F("avg", "平均自评得分90.40分", ["96.5", "92.0", "88.5", "90.0", "85.0"], "90.40"),
        F("rate", "为年度指标值80万份的160.81%", "128.65", "80", "160.81"),
        F("rate", "按期完成率80.00%", "4", "5", "80.00"),
        F("per", "报告甲乙类传染病725例，报告发病率186.09/10万", "725", "38.96万", "100000", "186.09"),
        F("present", "全县常住人口38.96万人"),
        F("diff", "较2021年的84.20%提高4.40个百分点", "88.60", "84.20", "4.40"),
        F("diff", "扣0.46分", "10", "9.54", "0.46"),
        F("diff", "扣1.11分", "10", "8.89", "1.11"),
        F("sum", "年末固定资产原值1865.32万元，其中专用设备1204.18万元、通用设备468.70万元、房屋及构筑物192.44万元", "1865.32", ["1204.18", "468.70", "192.44"]),
        F("grade", "自评得分98.43分，评价等级为优", "98.43", "优"),
    ],
    "chaoyang-majorid-2024": [
        F("sum", "项目全年预算286.40万元，其中登革热等媒介传染病防控98.00万元", "286.40", ["98.00", "62.40", "71.00", "55.00"]),
        F("sum", "区级配套资金100.00万元", "286.40", ["120.00", "66.40", "100.00"]),
        F("sum", "项目年初预算220.00万元", "220.00", ["120.00", "100.00"]),
        F("rate", "项目实际支出184.07万元，预算执行率64.27%", "184.07", "286.40", "64.27"),
        F("sum", "登革热等媒介传染病防控支出86.35万元", "184.07", ["86.35", "41.20", "38.52", "18.00"]),
        F("sum", "86.35万元（其中灭蚊消杀服务费62.80万元、监测耗材14.35万元、应急处置9.20万元）", "86.35", ["62.80", "14.35", "9.20"]),
        F("diff", "未支出的102.33万元", "286.40", "184.07", "102.33"),
        F("prod", "全年发放212例，计8.06万元", "380", "212", "8.06", "10000"),
        F("rate", "规范管理率81.00%", "486", "600", "81.00"),
        F("sum", "全年报告登革热病例54例（本地病例41例、输入病例13例）", "54", ["41", "13"]),
        F("per", "报告发病率3.15/10万", "54", "171.32万", "100000", "3.15"),
        F("present", "潮阳区常住人口171.32万人"),
        F("present", "全年开展艾滋病抗体检测80750人次"),
        F("present", "按照预算执行率10分、产出指标50分、效益指标30分、满意度指标10分"),
        F("grade", "项目自评得分79.52分，评价等级为中", "79.52", "中"),
    ],
}

TABLE_CFG = {
    "leizhou-immunization-2019": dict(grade="自评等级：优", exec=dict(budget=2, spent=3, weight=4, rate=5, score=6,
                                      components=("上年结转资金", "其他资金"), sum_cols=(1, 2, 3))),
    "zhaoan-majorid-2018": dict(grade="综合评价等级为良好", exec=dict(budget=1, spent=2, weight=3, rate=4, score=5,
                                components=("省级资金", "县级资金"), sum_cols=(1, 2))),
    "qionghai-coldchain-2023": dict(grade="等级：优", exec=dict(budget=2, spent=3, weight=4, rate=5, score=6,
                                    components=("上年结转资金", "其他资金"), sum_cols=(1, 2, 3))),
    "lingshui-cdcwhole-2022": dict(grade="评价等级为优"),
    "chaoyang-majorid-2024": dict(grade="评价等级为中", exec=dict(budget=2, spent=3, weight=4, combined=5,
                                  components=("省级资金", "区级资金"), sum_cols=(1, 2))),
}


def check_facts(pid, text):
    for kind, ctx, a in FACTS[pid]:
        if ctx not in text:
            err(f"{pid}: fact context not in draft: {ctx!r}")
            continue
        if kind == "present":
            continue
        if kind == "sum":
            total, parts = a
            if sum(D(x) for x in parts) != D(total):
                err(f"{pid}: {ctx}: Σ{parts} = {sum(D(x) for x in parts)} ≠ {total}")
        elif kind == "diff":
            x, y, v = a
            if not close(D(x) - D(y), v):
                err(f"{pid}: {ctx}: {x} − {y} ≠ {v}")
        elif kind == "rate":
            x, y, v = a
            if not close(D(x) / D(y) * 100, v):
                err(f"{pid}: {ctx}: {x}/{y} = {r2(D(x) / D(y) * 100)}% ≠ {v}")
        elif kind == "per":
            x, y, m, v = a
            if not close(num(x) / num(y) * D(m), v):
                err(f"{pid}: {ctx}: {x}/{y}×{m} ≠ {v}")
        elif kind == "prod":
            x, y, v, scale = a
            if not close(D(x) * D(y) / D(scale), v):
                err(f"{pid}: {ctx}: {x}×{y}/{scale} ≠ {v}")
        elif kind == "avg":
            items, v = a
            if not close(sum(D(x) for x in items) / len(items), v):
                err(f"{pid}: {ctx}: mean {sum(D(x) for x in items) / len(items)} ≠ {v}")
        elif kind == "grade":
            total, g = a
            if grade_of(total) != g:
                err(f"{pid}: {ctx}: {total} is {grade_of(total)}, stated {g}")
        shown = (a[0], a[1], a[3]) if kind == "per" else a[:3] if kind == "prod" else a
        flat = [y for v in shown for y in (v if isinstance(v, list) else [v])]
        for x in [v for v in flat if isinstance(v, str) and re.fullmatch(NUM + "万?", v)]:
            if x not in text:
                err(f"{pid}: {ctx}: figure {x} not in draft")


# ---------------------------------------------------------------- labels and edits
def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_edit(name, clean, case, two_rows):
    cl, ca = clean.split("\n"), case.split("\n")
    if len(cl) != len(ca):
        err(f"{name}: line count changed")
        return
    diff = [k for k in range(len(cl)) if cl[k] != ca[k]]
    want = 2 if two_rows else 1
    if len(diff) != want:
        err(f"{name}: {len(diff)} changed lines (want {want})")
        return
    if two_rows and diff[1] - diff[0] != 1:
        err(f"{name}: changed rows not adjacent")
    size = 0
    for k in diff:
        o, n = changed_region(cl[k], ca[k])
        size += max(len(o), len(n))
        if max(len(o), len(n)) > 16:
            err(f"{name}: edit of {max(len(o), len(n))} chars")
    if size > 16:
        err(f"{name}: edits total {size} chars")


def arithmetic(pid, text):
    check_score_table(pid, text, TABLE_CFG[pid])
    check_facts(pid, text)
    if "应种人数" in text:
        check_vaccine_table(pid, text)
    if "单价（元）" in text:
        check_equipment_table(pid, text)
    if has_table(text, "实际到位"):
        check_sources_table(pid, text)
    if "<th>项目自评得分</th>" in text:
        check_project_table(pid, text)


def selftest():
    """Informative: run the clean-draft arithmetic on every error case and show what it catches.
    Misses are expected for errors that are not arithmetic in this script's model (years,
    restated figures, a 元 amount labelled 万元 outside a sum, implausible satisfaction)."""
    for pid in PROJECTS:
        for n in range(1, len(EDITS[pid]) + 1):
            ERRORS.clear()
            text = norm(open(os.path.join(CASES, f"{pid}-e{n}.txt"), encoding="utf-8").read())
            try:
                arithmetic(pid, text)
            except (KeyError, ValueError, IndexError, ArithmeticError) as exc:
                ERRORS.append(f"exception {exc!r}")
            first = ERRORS[0] if ERRORS else "-"
            print(f"{pid}-e{n} {EDITS[pid][n - 1]['code']:22s} caught={len(ERRORS)} {first[:110]}")
    ERRORS.clear()
    return 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    use = {}
    for rec in labels:
        case = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"] or case != clean:
                err(f"{rec['case']}: clean record not clean")
            continue
        if len(rec["expected"]) != 1:
            err(f"{rec['case']}: {len(rec['expected'])} labels")
        for e in rec["expected"]:
            if e["code"] not in SECTION_A or e["severity"] != "error":
                err(f"{rec['case']}: bad code/severity {e['code']} {e['severity']}")
            if case.count(e["value"]) != 1:
                err(f"{rec['case']}: value occurs {case.count(e['value'])}x in case")
            if e["value"] in clean:
                err(f"{rec['case']}: value occurs in clean draft")
            use.setdefault(e["code"], set()).add(rec["source"])
            use.setdefault("_n_" + e["code"], []).append(rec["case"])
        n = int(rec["case"].rsplit("-e", 1)[1].split(".")[0])
        spec = EDITS[rec["source"]][n - 1]
        check_edit(rec["case"], clean, case, len(spec["edits"]) == 2)
    for code in SECTION_A:
        if len(use.get("_n_" + code, [])) < 2 or len(use.get(code, ())) < 2:
            err(f"code {code}: used {len(use.get('_n_' + code, []))}x in {len(use.get(code, ()))} projects")
    for pid in PROJECTS:
        text = norm(open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read())
        arithmetic(pid, text)
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        return 1
    counts = {c: len(use.get("_n_" + c, [])) for c in sorted(SECTION_A)}
    print("codes:", ", ".join(f"{c} {n}" for c, n in counts.items()))
    print(f"OK ({len(labels)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
