#!/usr/bin/env python3
"""Verify the n120 set.

1. every label value occurs in its case; every error case differs from its clean draft in one place,
   and that place lies inside an occurrence of the label value;
2. each of the 13 codes of errors.md §A occurs at least twice;
3. the arithmetic of every clean draft is redone from the text itself (figures are read with regular
   expressions, so a changed draft fails here).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAILS = []


def fail(msg):
    FAILS.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(",", ""))


def places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated string v with d decimals is consistent with c iff |c - v| <= 0.5*10^-d."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def pct(a, b):
    return D(a) / D(b) * 100


def grab(text, pattern, group=1, name=None):
    """All matches of pattern must agree; returns the string of the group."""
    vals = [m.group(group) for m in re.finditer(pattern, text)]
    if not vals:
        fail(f"{name or pattern}: pattern not found")
        return "0"
    if len(set(dec(v) for v in vals)) != 1:
        fail(f"{name or pattern}: differing values {vals}")
    return vals[0]


CN_DIGITS = {"零": 0, "〇": 0, "壹": 1, "一": 1, "贰": 2, "二": 2, "两": 2, "叁": 3, "三": 3, "肆": 4, "四": 4,
             "伍": 5, "五": 5, "陆": 6, "六": 6, "柒": 7, "七": 7, "捌": 8, "八": 8, "玖": 9, "九": 9}
CN_UNITS = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}


def cn_amount(s):
    """Chinese numeral amount in 元 (integer part only: no 角/分 in this set)."""
    s = s.replace("人民币", "").replace("元整", "").replace("元", "").replace("整", "")
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (digit or 1) * CN_UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100000000
            section = digit = 0
        else:
            raise ValueError(ch)
    return D(total + section + digit)


def grade_of(score):
    score = D(score)
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
               "差": "差", "较差": "差"}

# ---------------------------------------------------------------- indicator rows
ROW_Q = re.compile(r"(?P<name>[^\s：（）()]+?)：年度指标值(?P<sign>≥|=|≤)?(?P<t>[\d.]+)(?P<tu>%|万人)?，"
                   r"实际完成值(?P<a>[\d.]+)(?P<au>%|万人|万份)?(?:，完成率(?P<c>[\d.]+)%)?，"
                   r"分值(?P<w>\d+)分，得分(?P<s>[\d.]+)分")
ROW_L = re.compile(r"(?P<name>[^\s：（）()]+?)：年度指标值：(?P<t>[^，]+)，实际完成值：(?P<a>[^，]+)，"
                   r"分值(?P<w>\d+)分，得分(?P<s>[\d.]+)分")


def indicator_rows(text, tag):
    rows = []
    for line in text.splitlines():
        if "年度指标值" not in line or "实际完成值" not in line:
            continue
        m = ROW_Q.search(line)
        if m:
            rows.append(("q", m))
            continue
        m = ROW_L.search(line)
        if m:
            rows.append(("l", m))
            continue
        fail(f"{tag}: indicator line not parsed: {line}")
    out = []
    for kind, m in rows:
        raw = m.group("name")
        name, w, s = re.split(r"指标[-—]", raw)[-1], dec(m.group("w")), dec(m.group("s"))
        out.append({"kind": kind, "raw": raw, "name": name, "w": m.group("w"), "s": m.group("s"),
                    "a": m.group("a")})
        check(D(0) <= s <= w, f"{tag}: {name} score {s} outside [0, {w}]")
        if kind == "q":
            t, a = dec(m.group("t")), dec(m.group("a"))
            check((m.group("tu") or "") == (m.group("au") or ""), f"{tag}: {name} unit of target vs actual")
            sign = m.group("sign") or "="
            check(sign in ("≥", "="), f"{tag}: {name} unexpected sign {sign}")
            comp = pct(a, t)
            if m.group("c"):
                check(close(m.group("c"), comp), f"{tag}: {name} completion {m.group('c')} vs {comp:.4f}")
            expected = w if a >= t else w * a / t
            ok = close(m.group("s"), r2(expected)) or close(m.group("s"), expected)
            if m.group("c") and a < t:
                ok = ok or close(m.group("s"), r2(w * dec(m.group("c")) / 100))
            check(ok, f"{tag}: {name} score {m.group('s')} vs rule {expected:.4f}")
        else:
            actual = m.group("a")
            if actual.startswith("部分达成"):
                check(D("0.6") * w <= s < D("0.8") * w, f"{tag}: {name} qualitative partly band")
            else:
                check(actual.startswith("达成") or "完成" in actual, f"{tag}: {name} qualitative actual {actual}")
                check(s == w, f"{tag}: {name} achieved but not full score")
    return out


def totals(rows, exec_weight, exec_score, stated_total, tag):
    wsum = exec_weight + sum(dec(r["w"]) for r in rows)
    ssum = dec(exec_score) + sum(dec(r["s"]) for r in rows)
    check(wsum == 100, f"{tag}: weights add to {wsum}")
    check(close(stated_total, ssum), f"{tag}: scores add to {ssum}, stated {stated_total}")
    return ssum


def exec_check(budget, spent, rate, score, tag):
    check(close(rate, pct(dec(spent), dec(budget))), f"{tag}: 执行率 {rate} vs {pct(dec(spent), dec(budget)):.4f}")
    c = 10 * min(dec(spent) / dec(budget), D(1))
    check(close(score, r2(c)) or close(score, c) or close(score, r2(10 * dec(rate) / 100)),
          f"{tag}: execution score {score} vs {c:.4f}")


def prose_rate(text, pattern, tag):
    m = re.search(pattern, text)
    if not m:
        fail(f"{tag}: prose rate pattern not found: {pattern}")
        return None
    den, num, rate = m.group(1), m.group(2), m.group(3)  # the base comes first in every sentence
    check(close(rate, pct(dec(num), dec(den))), f"{tag}: {pattern} -> {rate} vs {pct(dec(num), dec(den)):.4f}")
    return rate


def same(a, b, tag, what):
    """Two statements of one quantity agree (judged at the coarser precision)."""
    lo, hi = (a, b) if places(a) <= places(b) else (b, a)
    check(close(lo, dec(hi)), f"{tag}: {what} stated {a} and {b}")


def years(text, year, tag):
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        check(int(m.group(1)) == year, f"{tag}: 截至{m.group(1)}年 in a {year} report")
    for m in re.finditer(r"结转(?:至|到)?(\d{4})年(?:继续)?使用", text):
        check(int(m.group(1)) > year, f"{tag}: carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前)?下达", text):
        y, mo = int(m.group(1)), int(m.group(2))
        check(y == year or (y == year - 1 and mo >= 10), f"{tag}: funds issued {y}-{mo} for {year}")


def grade_check(text, pattern, total, tag):
    found = set(re.findall(pattern, text))
    check(len(found) == 1, f"{tag}: grade statements {found}")
    g = found.pop() if found else "?"
    check(GRADE_WORDS.get(g) == grade_of(total), f"{tag}: grade {g} for total {total}")


# ---------------------------------------------------------------- per project
def chengmai(t):
    tag = "chengmai"
    pop = grab(t, r"按常住人口([\d.]+)万人、人均55元")
    check(grab(t, r"常住人口([\d.]+)万人，人均") == pop, f"{tag}: population")
    total = grab(t, r"共计([\d.]+)万元（人民币")
    check(dec(pop) * 55 == dec(total), f"{tag}: {pop} x 55 != {total}")
    check(cn_amount(re.search(r"（(人民币[^）]+)）", t).group(1)) == dec(total) * 10000, f"{tag}: 大写")
    parts = [grab(t, p) for p in (r"中央补助资金([\d.]+)万元", r"省级补助资金([\d.]+)万元", r"县级配套资金([\d.]+)万元")]
    check(sum(map(dec, parts)) == dec(total), f"{tag}: sources {parts} != {total}")
    carry = grab(t, r"上年结转资金([\d.]+)万元，年中")
    annual = grab(t, r"全年预算为([\d.]+)万元")
    init = grab(t, r"项目年初预算([\d.]+)万元")
    check(dec(init) == dec(total) and dec(init) + dec(carry) == dec(annual), f"{tag}: budget build-up")
    got = grab(t, r"资金到位([\d.]+)万元，到位率")
    check(close(grab(t, r"到位率(\d+)%"), pct(dec(got), dec(annual))), f"{tag}: 到位率")
    spent = grab(t, r"实际支出([\d.]+)万元")
    rate = grab(t, r"预算执行率([\d.]+)%")
    score = grab(t, r"执行率[\d.]+%，得分([\d.]+)分")
    exec_check(annual, spent, rate, score, tag)
    check(grab(t, r"计得([\d.]+)分") == score, f"{tag}: execution score twice")
    v, z, c = (grab(t, r"拨付村卫生室（乡村医生）([\d.]+)万元"), grab(t, r"社区卫生服务中心([\d.]+)万元"),
               grab(t, r"专业公共卫生机构([\d.]+)万元"))
    check(dec(v) + dec(z) + dec(c) == dec(grab(t, r"三项合计([\d.]+)万元")) == dec(spent), f"{tag}: 三项合计")
    check(close(grab(t, r"占当年补助资金的([\d.]+)%"), pct(dec(v), dec(total))), f"{tag}: 村医 share")
    check(dec(annual) - dec(spent) == dec(grab(t, r"年末结余([\d.]+)万元")), f"{tag}: balance")
    # table 1
    rows = {}
    for line in t.splitlines():
        cells = line.split("\t")
        if len(cells) == 5 and cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            rows[cells[0]] = cells[1:]
    check(len(rows) == 4, f"{tag}: table 1 rows")
    for col in range(3):
        check(dec(rows["年度资金总额"][col]) == sum(dec(rows[k][col]) for k in rows if k != "年度资金总额"),
              f"{tag}: table 1 column {col}")
    check(rows["年度资金总额"][:3] == [init, annual, spent], f"{tag}: table 1 vs text")
    for k, (a, b, c, rr) in rows.items():
        if dec(b) == 0:
            check(rr == "—", f"{tag}: rate on zero base in {k}")
        else:
            check(close(rr.rstrip("%"), pct(dec(c), dec(b))), f"{tag}: table 1 rate {k}")
    # prose rates
    jd = grab(t, r"建档率([\d.]+)%，较2017年")
    check(close(jd, pct(dec(grab(t, r"档案([\d.]+)万份")), dec(pop))), f"{tag}: 建档率")
    check(dec(jd) - dec(grab(t, r"较2017年的([\d.]+)%")) == dec(grab(t, r"较2017年的[\d.]+%提高([\d.]+)个百分点")), f"{tag}: pp")
    old = prose_rate(t, r"老年人(\d+)人，接受健康管理(\d+)人，健康管理率([\d.]+)%", tag)
    m = re.search(r"老年人(\d+)人.*?中医药健康管理服务(\d+)人，中医药健康管理服务率([\d.]+)%", t)
    check(m and close(m.group(3), pct(dec(m.group(2)), dec(m.group(1)))), f"{tag}: 中医药")
    hbp = prose_rate(t, r"高血压患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%", tag)
    dm = prose_rate(t, r"糖尿病患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%", tag)
    smi = prose_rate(t, r"精神障碍患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%", tag)
    sat = prose_rate(t, r"回访居民(\d+)人，对基本公共卫生服务表示满意的(\d+)人，服务对象满意度([\d.]+)%", tag)
    check(D(67) - dec(old) == dec(grab(t, r"低于目标([\d.]+)个百分点。原因是部分老年人")), f"{tag}: 4.7")
    check(D(60) - dec(dm) == dec(grab(t, r"低于目标([\d.]+)个百分点，主要是村医")), f"{tag}: 1.8")
    # indicator list
    rows = indicator_rows(t, tag)
    check(len(rows) == 14, f"{tag}: 14 indicator rows, got {len(rows)}")
    acts = {r["name"]: r["a"] for r in rows if r["kind"] == "q"}
    same(acts["居民电子健康档案建档率"], jd, tag, "建档率")
    same(acts["65岁及以上老年人健康管理率"], old, tag, "老年人")
    same(acts["高血压患者规范管理率"], hbp, tag, "高血压")
    same(acts["2型糖尿病患者规范管理率"], dm, tag, "糖尿病")
    same(acts["严重精神障碍患者规范管理率"], smi, tag, "精神")
    same(acts["居民满意度"], sat, tag, "满意度")
    same(acts["居民健康素养水平"], grab(t, r"居民健康素养水平为([\d.]+)%"), tag, "素养")
    same(acts["适龄儿童国家免疫规划疫苗接种率"], grab(t, r"疫苗接种率([\d.]+)%，未发生"), tag, "接种")
    same(acts["0-6岁儿童健康管理率"], grab(t, r"0-6岁儿童健康管理率([\d.]+)%，孕产妇"), tag, "儿童")
    same(acts["孕产妇系统管理率"], grab(t, r"孕产妇系统管理率([\d.]+)%，均超过"), tag, "孕产妇")
    tot = grab(t, r"自评得分(\d+)分")
    totals(rows, D(10), score, tot, tag)
    grade_check(t, r"等级为“(.)”", dec(tot), tag)
    years(t, 2018, tag)


def boluo(t):
    tag = "boluo"
    pops = re.findall(r"([\d.]+)万人。全县承担|按常住人口([\d.]+)万人、人均74元", t)
    vals = {a or b for a, b in pops}
    check(len(pops) == 2 and len(vals) == 1, f"{tag}: population {pops}")
    pop = vals.pop()
    total = grab(t, r"应安排([\d.]+)万元")
    check(dec(pop) * 74 == dec(total), f"{tag}: {pop} x 74 != {total}")
    check(cn_amount(re.search(r"大写：(人民币[^）]+)）", t.replace("\n", "")).group(1)) == dec(total) * 10000,
          f"{tag}: 大写")
    flat = t.replace("\n", "")
    parts = [grab(flat, p) for p in (r"中央补助([\d.]+)万元", r"省级补助([\d.]+)万元", r"市级补助([\d.]+)万元",
                                     r"县级配套([\d.]+)万元")]
    check(sum(map(dec, parts)) == dec(total), f"{tag}: sources")
    init = grab(flat, r"年初预算安排([\d.]+)万元")
    add = grab(flat, r"追加预算([\d.]+)万元")
    carry = grab(flat, r"上年结转资金([\d.]+)万元")
    annual = grab(flat, r"全年预算([\d.]+)万元")
    check(dec(init) + dec(add) + dec(carry) == dec(annual), f"{tag}: budget build-up")
    check(dec(total) + dec(carry) == dec(annual), f"{tag}: total + carry")
    got = grab(flat, r"实际到位([\d.]+)万元")
    spent = grab(flat, r"实际支出([\d.]+)万元")
    rate = grab(flat, r"预算执行率([\d.]+)%")
    check(grab(flat, r"执行率([\d.]+)%；得分") == rate, f"{tag}: rate in table")
    check(grab(flat, r"全年预算数([\d.]+)；") == annual and grab(flat, r"全年执行数([\d.]+)；") == spent
          and grab(flat, r"年初预算数([\d.]+)；") == init, f"{tag}: table funds")
    score = grab(flat, r"执行率[\d.]+%；得分([\d.]+)")
    exec_check(annual, spent, rate, score, tag)
    check(dec(got) - dec(spent) == dec(grab(flat, r"结余([\d.]+)万元")), f"{tag}: balance")
    jd = grab(flat, r"建档率([\d.]+)%。")
    check(close(jd, pct(dec(grab(flat, r"电子健康档案([\d.]+)万份")), dec(pop))), f"{tag}: 建档率")
    old = prose_rate(flat, r"老年人([\d.]+)万人，全年接受健康管理([\d.]+)万人，健康管理率([\d.]+)%", tag)
    n_old = grab(flat, r"全年接受健康管理([\d.]+)万人")
    check(dec(n_old) - D("6.20") == dec(grab(flat, r"多管理([\d.]+)万人")), f"{tag}: 0.31")
    # 片区 average
    m = re.search(r"平均得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、\s*([\d.]+)分，全县平均([\d.]+)分", flat)
    check(m is not None and close(m.group(5), sum(dec(m.group(i)) for i in range(1, 5)) / 4), f"{tag}: average")
    rows = indicator_rows(t, tag)
    check(len(rows) == 14, f"{tag}: 14 rows")
    acts = {r["name"]: r for r in rows if r["kind"] == "q"}
    same(acts["居民电子健康档案建档率"]["a"], jd, tag, "建档率")
    same(acts["65岁及以上老年人健康管理人数"]["a"], n_old, tag, "老年人数")
    for name, pat in [("高血压患者规范管理率", r"高血压患者规范管理率([\d.]+)%"),
                      ("2型糖尿病患者规范管理率", r"糖尿病患者规范管理率([\d.]+)%"),
                      ("严重精神障碍患者规范管理率", r"严重精神障碍患者规范管理率([\d.]+)%"),
                      ("肺结核患者管理率", r"肺结核患者管理率([\d.]+)%"),
                      ("适龄儿童国家免疫规划疫苗接种率", r"疫苗接种率([\d.]+)%"),
                      ("0-6岁儿童健康管理率", r"儿童健康管理率([\d.]+)%"),
                      ("孕产妇系统管理率", r"孕产妇系统管理率([\d.]+)%"),
                      ("居民健康素养水平", r"居民健康素养水平达到([\d.]+)%"),
                      ("基本公共卫生服务知晓率", r"知晓率为([\d.]+)%"),
                      ("服务对象满意度", r"服务对象满意度为([\d.]+)%")]:
        same(acts[name]["a"], grab(flat, pat, name=f"{tag} {name}"), tag, name)
    check(D(85) - dec(acts["孕产妇系统管理率"]["a"]) == dec(grab(flat, r"低于目标([\d.]+)个百分点。主要原因")),
          f"{tag}: 2.3")
    check(D(70) - dec(acts["基本公共卫生服务知晓率"]["a"]) == dec(grab(flat, r"低于目标([\d.]+)个百分点，宣传")),
          f"{tag}: 1.4")
    tot = grab(flat, r"自评得分：?([\d.]+)分")
    totals(rows, D(10), score, tot, tag)
    # subtotals in the conclusion
    m = re.search(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
                  r"综合自评得分([\d.]+)分", flat)
    check(m is not None, f"{tag}: conclusion subtotals")
    if m:
        check(m.group(1) == score, f"{tag}: execution subtotal")
        for g, lvl in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
            s = sum(dec(x["s"]) for x in rows if lvl in x["raw"])
            check(close(m.group(g), s), f"{tag}: {lvl} subtotal {m.group(g)} vs {s}")
        check(close(m.group(5), sum(dec(m.group(i)) for i in range(1, 5))), f"{tag}: conclusion total")
    grade_check(flat, r"自评等级为“(.)”", dec(tot), tag)
    years(flat, 2020, tag)


def luchuan(t):
    tag = "luchuan"
    pop = grab(t, r"按全县常住人口([\d.]+)万人、人均84元")
    check(grab(t, r"全县常住人口([\d.]+)万人。") == pop, f"{tag}: population")
    total = grab(t, r"资金共([\d.]+)万元")
    check(dec(pop) * 84 == dec(total), f"{tag}: {pop} x 84")
    check(cn_amount(re.search(r"即(人民币[^。]+)。", t).group(1)) == dec(total) * 10000, f"{tag}: 大写")
    parts = [grab(t, p) for p in (r"中央补助资金([\d.]+)万元", r"自治区级补助资金([\d.]+)万元", r"玉林市级补助资金([\d.]+)万元",
                                  r"县级配套资金([\d.]+)万元")]
    check(sum(map(dec, parts)) == dec(total), f"{tag}: sources {parts}")
    annual = grab(t, r"年初预算与全年预算均为([\d.]+)万元")
    check(annual == total, f"{tag}: no adjustment")
    got = grab(t, r"实际到位([\d.]+)万元")
    check(close(grab(t, r"资金到位率(\d+)%"), pct(dec(got), dec(annual))), f"{tag}: 到位率")
    spent = grab(t, r"实际支出([\d.]+)万元")
    rate = grab(t, r"预算执行率([\d.]+)%")
    check(dec(got) - dec(spent) == dec(grab(t, r"未支出的([\d.]+)万元")), f"{tag}: balance")
    # funds table
    trows = {}
    for line in t.splitlines():
        cells = line.strip().split("｜")
        if len(cells) == 7 and cells[0] != "项目":
            trows[cells[0]] = cells[1:]
    check(len(trows) == 4, f"{tag}: funds rows")
    tot_row = trows["年度资金总额"]
    check(tot_row[0] == total and tot_row[1] == annual and tot_row[2] == spent and tot_row[4] == rate + "%",
          f"{tag}: table vs text")
    for col in range(3):
        check(dec(tot_row[col]) == sum(dec(v[col]) for k, v in trows.items() if k != "年度资金总额"),
              f"{tag}: funds column {col}")
    for k, v in trows.items():
        if dec(v[1]) == 0:
            check(v[4] == "—", f"{tag}: rate on zero base in {k}")
        else:
            check(close(v[4].rstrip("%"), pct(dec(v[2]), dec(v[1]))), f"{tag}: rate in {k}")
    exec_check(annual, spent, rate, tot_row[5], tag)
    score = tot_row[5]
    jd = grab(t, r"建档率([\d.]+)%，略低于")
    check(close(jd, pct(dec(grab(t, r"健康档案([\d.]+)万份")), dec(pop))), f"{tag}: 建档率")
    old = prose_rate(t, r"老年人([\d.]+)万人，接受规范健康管理([\d.]+)万人，规范健康管理服务率([\d.]+)%", tag)
    hbp = prose_rate(t, r"高血压患者(\d+)人，规范管理(\d+)人，规范管理服务率([\d.]+)%", tag)
    dm = prose_rate(t, r"糖尿病患者(\d+)人，规范管理(\d+)人，规范管理服务率([\d.]+)%", tag)
    prose_rate(t, r"肺结核患者(\d+)例，规范管理(\d+)例，规范管理率([\d.]+)%", tag)
    rows = indicator_rows(t, tag)
    check(len(rows) == 14, f"{tag}: 14 rows")
    acts = {r["name"]: r["a"] for r in rows if r["kind"] == "q"}
    same(acts["居民电子健康档案建档率"], jd, tag, "建档率")
    same(acts["65岁及以上老年人城乡社区规范健康管理服务率"], old, tag, "老年人")
    same(acts["高血压患者基层规范管理服务率"], hbp, tag, "高血压")
    same(acts["2型糖尿病患者基层规范管理服务率"], dm, tag, "糖尿病")
    for name, pat in [("电子健康档案开放使用率", r"档案开放使用率仅([\d.]+)%"),
                      ("严重精神障碍患者规范管理率", r"规范管理率([\d.]+)%，在册"),
                      ("适龄儿童国家免疫规划疫苗接种率", r"疫苗接种率([\d.]+)%"),
                      ("0-6岁儿童健康管理率", r"儿童健康管理率([\d.]+)%"),
                      ("孕产妇系统管理率", r"孕产妇系统管理率([\d.]+)%"),
                      ("居民健康素养水平", r"居民健康素养水平为([\d.]+)%"),
                      ("基本公共卫生服务项目知晓率", r"知晓率为([\d.]+)%"),
                      ("居民满意度", r"服务对象满意度为([\d.]+)%")]:
        same(acts[name], grab(t, pat, name=f"{tag} {name}"), tag, name)
    # group subtotals（分值X分，得分Y分）
    blocks = re.split(r"（[一二三]）(产出指标|效益指标|满意度指标)（分值(\d+)分，得分([\d.]+)分）", t)
    check(len(blocks) == 13, f"{tag}: three indicator groups")
    for i in range(1, len(blocks) - 1, 4):
        body = blocks[i + 3]
        rws = [m for m in ROW_Q.finditer(body)] + [m for m in ROW_L.finditer(body)]
        check(sum(dec(m.group("w")) for m in rws) == dec(blocks[i + 1]), f"{tag}: {blocks[i]} weights")
        check(close(blocks[i + 2], sum(dec(m.group("s")) for m in rws)), f"{tag}: {blocks[i]} scores")
    tot = grab(t, r"自评得分：?([\d.]+)分")
    totals(rows, D(10), score, tot, tag)
    grade_check(t, r"自评等级：(..)", dec(tot), tag)
    years(t, 2022, tag)


def lianjiang(t):
    tag = "lianjiang"
    pop = grab(t, r"按常住人口([\d.]+)万人、每人89元")
    check(grab(t, r"2023年常住人口([\d.]+)万人") == pop, f"{tag}: population")
    total = grab(t, r"安排补助资金([\d.]+)万元")
    check(dec(pop) * 89 == dec(total), f"{tag}: {pop} x 89")
    check(cn_amount(re.search(r"万元（([一二三四五六七八九十百千万亿零]+元)）", t).group(1)) == dec(total) * 10000,
          f"{tag}: 小写中文金额")
    parts = [grab(t, p) for p in (r"中央财政补助([\d.]+)万元", r"省级财政补助([\d.]+)万元", r"市级财政配套([\d.]+)万元")]
    check(sum(map(dec, parts)) == dec(total), f"{tag}: sources")
    init_text = grab(t, r"市财政年初预算([\d.]+)万元")
    init_tab = grab(t, r"年初预算数：([\d.]+)万元")
    check(init_text == init_tab, f"{tag}: 年初预算 {init_text} vs {init_tab}")
    carry = grab(t, r"并入上年结转资金([\d.]+)万元")
    annual = grab(t, r"全年预算([\d.]+)万元")
    check(dec(total) + dec(carry) == dec(annual), f"{tag}: total + carry")
    check(grab(t, r"全年预算数：([\d.]+)万元") == annual, f"{tag}: table annual")
    spent = grab(t, r"全年实际支出([\d.]+)万元")
    check(grab(t, r"全年执行数：([\d.]+)万元") == spent, f"{tag}: table spent")
    rate = grab(t, r"预算执行率([\d.]+)%")
    check(grab(t, r"执行率：([\d.]+)%") == rate, f"{tag}: table rate")
    score = grab(t, r"分值：10分　得分：([\d.]+)分")
    exec_check(annual, spent, rate, score, tag)
    check(dec(annual) - dec(spent) == dec(grab(t, r"结余([\d.]+)万元")), f"{tag}: balance")
    check(close(grab(t, r"占当年补助资金的([\d.]+)%"), pct(dec(grab(t, r"村医补助([\d.]+)万元")), dec(total))),
          f"{tag}: 村医 share")
    m = re.search(r"全市平均得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，年度平均得分([\d.]+)分", t)
    check(m is not None and close(m.group(5), sum(dec(m.group(i)) for i in range(1, 5)) / 4), f"{tag}: average")
    jd = grab(t, r"建档率([\d.]+)%。")
    check(close(jd, pct(dec(grab(t, r"电子健康档案([\d.]+)万份")), dec(pop))), f"{tag}: 建档率")
    old = prose_rate(t, r"老年人([\d.]+)万人，接受规范健康管理([\d.]+)万人，规范健康管理服务率([\d.]+)%", tag)
    hbp = prose_rate(t, r"高血压患者管理(\d+)人，其中规范管理(\d+)人，规范管理服务率([\d.]+)%", tag)
    dm = prose_rate(t, r"糖尿病患者管理(\d+)人，其中规范管理(\d+)人，规范管理服务率([\d.]+)%", tag)
    check(D(62) - dec(dm) == dec(grab(t, r"比目标低([\d.]+)个百分点")), f"{tag}: 2.2")
    rows = indicator_rows(t, tag)
    check(len(rows) == 12, f"{tag}: 12 rows")
    acts = {r["name"]: r["a"] for r in rows if r["kind"] == "q"}
    same(acts["居民电子健康档案建档率"], jd, tag, "建档率")
    same(acts["65岁及以上老年人城乡社区规范健康管理服务率"], old, tag, "老年人")
    same(acts["高血压患者基层规范管理服务率"], hbp, tag, "高血压")
    same(acts["2型糖尿病患者基层规范管理服务率"], dm, tag, "糖尿病")
    for name, pat in [("适龄儿童国家免疫规划疫苗接种率", r"疫苗接种率([\d.]+)%"),
                      ("0-6岁儿童健康管理率", r"儿童健康管理率([\d.]+)%"),
                      ("严重精神障碍患者规范管理率", r"严重精神障碍患者规范管理率([\d.]+)%，肺"),
                      ("肺结核患者管理率", r"肺结核患者管理率([\d.]+)%。"),
                      ("居民健康素养水平", r"提高到([\d.]+)%"),
                      ("重点人群家庭医生签约率", r"家庭医生签约率([\d.]+)%，"),
                      ("服务对象满意度", r"服务对象满意度为([\d.]+)%")]:
        same(acts[name], grab(t, pat, name=f"{tag} {name}"), tag, name)
    check(grab(t, r"分值合计：(\d+)分") == "100", f"{tag}: 分值合计")
    tot = grab(t, r"得分合计：([\d.]+)分")
    ssum = totals(rows, D(10), score, tot, tag)
    check(close(grab(t, r"项目自评得分(\d+)分"), ssum), f"{tag}: rounded total")
    grade_check(t, r"评价等级[为：](..)", dec(tot), tag)
    years(t, 2023, tag)


def baisha(t):
    tag = "baisha"
    flat = t.replace("\n", "")
    pop = grab(flat, r"按常住人口([\d.]+)万人、人均94元")
    check(grab(flat, r"全县常住人口([\d.]+)万人") == pop, f"{tag}: population")
    total = grab(flat, r"人均94元核定，共([\d.]+)万元")
    check(dec(pop) * 94 == dec(total), f"{tag}: {pop} x 94")
    check(cn_amount(re.search(r"万元（(人民币[^）]+)）", flat).group(1)) == dec(total) * 10000, f"{tag}: 大写")
    central = grab(flat, r"中央补助资金([\d.]+)万元")
    parts = [central, grab(flat, r"省级补助资金([\d.]+)万元"), grab(flat, r"县级配套资金([\d.]+)万元")]
    check(sum(map(dec, parts)) == dec(total), f"{tag}: sources")
    check(dec(grab(flat, r"提前下达([\d.]+)万元")) < dec(central), f"{tag}: advance part")
    carry = grab(flat, r"2023年结转资金([\d.]+)万元")
    annual = grab(flat, r"2024年全年预算([\d.]+)万元")
    check(dec(total) + dec(carry) == dec(annual), f"{tag}: total + carry")
    spent = grab(flat, r"全年执行数([\d.]+)万元")
    rate = grab(flat, r"预算执行率([\d.]+)%")
    check(dec(annual) - dec(spent) == dec(grab(flat, r"资金结余([\d.]+)万元")), f"{tag}: balance")
    check(close(grab(flat, r"支出率([\d.]+)%"), pct(dec(grab(flat, r"已支出([\d.]+)万元")), dec(central))),
          f"{tag}: 中央支出率")
    # funds lines of the table
    fr = {}
    for m in re.finditer(r"(年度资金总额|当年财政拨款|上年结转资金|其他资金)：年初预算数([\d.]+)，全年预算数([\d.]+)，"
                         r"全年执行数([\d.]+)", flat):
        fr[m.group(1)] = [m.group(2), m.group(3), m.group(4)]
    check(len(fr) == 4, f"{tag}: funds lines")
    check(fr["年度资金总额"] == [total, annual, spent], f"{tag}: table vs text")
    for col in range(3):
        check(dec(fr["年度资金总额"][col]) == sum(dec(v[col]) for k, v in fr.items() if k != "年度资金总额"),
              f"{tag}: funds column {col}")
    check(fr["上年结转资金"][1] == carry == fr["上年结转资金"][2], f"{tag}: carry fully spent")
    check(grab(flat, r"分值10，执行率([\d.]+)%") == rate, f"{tag}: table rate")
    score = grab(flat, r"执行率[\d.]+%，得分([\d.]+)")
    exec_check(annual, spent, rate, score, tag)
    old_wan = grab(flat, r"老年人口([\d.]+)万人")
    old = prose_rate(flat, r"老年人(\d+)人，接受规范健康管理(\d+)人，规范健康管理服务率([\d.]+)%", tag)
    n_old = grab(flat, r"老年人(\d+)人，接受")
    check(close(old_wan, dec(n_old) / 10000), f"{tag}: 老年人口 {old_wan}万 vs {n_old}人")
    hbp = prose_rate(flat, r"高血压患者(\d+)人，规范管理(\d+)人，规范管理服务率([\d.]+)%", tag)
    check(D(62) - dec(hbp) == dec(grab(flat, r"低于目标([\d.]+)个百分点")), f"{tag}: 1.5")
    rows = indicator_rows(t, tag)
    check(len(rows) == 10, f"{tag}: 10 rows")
    acts = {r["name"]: r["a"] for r in rows if r["kind"] == "q"}
    same(acts["65岁及以上老年人城乡社区规范健康管理服务率"], old, tag, "老年人")
    same(acts["高血压患者基层规范管理服务率"], hbp, tag, "高血压")
    for name, pat in [("居民规范化电子健康档案覆盖率", r"档案覆盖率([\d.]+)%"),
                      ("2型糖尿病患者基层规范管理服务率", r"糖尿病患者规范管理服务率([\d.]+)%"),
                      ("适龄儿童国家免疫规划疫苗接种率", r"疫苗接种率([\d.]+)%"),
                      ("严重精神障碍患者规范管理率", r"严重精神障碍患者规范管理率([\d.]+)%"),
                      ("居民健康素养水平", r"居民健康素养水平([\d.]+)%")]:
        same(acts[name], grab(flat, pat, name=f"{tag} {name}"), tag, name)
    sat = acts["服务对象满意度"]
    check(D(0) <= dec(sat) <= 100, f"{tag}: satisfaction {sat}")
    tot = grab(flat, r"合计：分值100分，得分([\d.]+)分")
    check(grab(flat, r"自评总得分([\d.]+)分") == tot, f"{tag}: total twice")
    totals(rows, D(10), score, tot, tag)
    grade_check(flat, r"自评等级为“(.)”", dec(tot), tag)
    years(flat, 2024, tag)


PROJECTS = {
    "chengmai-phs-2018": chengmai,
    "boluo-phs-2020": boluo,
    "luchuan-phs-2022": luchuan,
    "lianjiang-phs-2023": lianjiang,
    "baisha-phs-2024": baisha,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    check(sorted(r["case"] for r in labels) == files, "labels and case files differ")
    texts = {n: open(os.path.join(CASES, n), encoding="utf-8").read() for n in files}
    codes = Counter()
    for rec in labels:
        text = texts[rec["case"]]
        clean = texts[f"{rec['source']}-clean.txt"]
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with labels")
            n = len(text)
            check(3000 <= n <= 9000, f"{rec['case']}: length {n}")
            continue
        check(len(rec["expected"]) == 1, f"{rec['case']}: one label expected")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            check(exp["severity"] == "error", f"{rec['case']}: severity")
            check(exp["value"] in text, f"{rec['case']}: value not in case: {exp['value']!r}")
        # one contiguous difference
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        new_region = (p, len(text) - s)
        check(text != clean, f"{rec['case']}: identical to clean")
        check(new_region[1] - new_region[0] <= 12 and len(clean) - s - p <= 12,
              f"{rec['case']}: changed region too large {new_region}")
        val = rec["expected"][0]["value"]
        occ = [(i, i + len(val)) for i in range(len(text)) if text.startswith(val, i)]
        check(any(a <= new_region[0] and new_region[1] <= b for a, b in occ),
              f"{rec['case']}: the change is not inside the label value")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(set(codes) <= set(CODES), f"unknown codes {set(codes) - set(CODES)}")
    # arithmetic of the clean drafts
    for src, fn in PROJECTS.items():
        before = len(FAILS)
        try:
            fn(texts[f"{src}-clean.txt"])
        except Exception as exc:  # a figure could not be read at all
            fail(f"{src}-clean: {type(exc).__name__}: {exc}")
        print(f"{src}-clean: {'arithmetic ok' if len(FAILS) == before else 'FAILED'}")
    # the arithmetic must break in every error case (sanity check of the checks themselves)
    for rec in labels:
        if rec["clean"]:
            continue
        saved = list(FAILS)
        try:
            PROJECTS[rec["source"]](texts[rec["case"]])
        except Exception:
            fail("exception")
        broke = len(FAILS) > len(saved)
        FAILS[:] = saved
        check(broke, f"{rec['case']}: verify's own checks do not notice the injected error")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
