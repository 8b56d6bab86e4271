#!/usr/bin/env python3
"""Verify drafts282.

1. labels.jsonl: one line per case file, every label value occurs in its case, each code of errors.md §A
   (the 13 numeric codes asked for) occurs at least twice.
2. every error case equals its clean draft with exactly one replacement (the edit of build.py), and the
   changed region lies on one line or two adjacent lines.
3. the arithmetic of every clean draft is redone: tables (funds block, source/category tables,
   indicator rows, weights, scores, completion rates, totals) and the prose figures of each draft
   (rates, sums, balances, averages, per-person figures, repeated quantities, years, grade).
   Every error case must break at least one of these checks (sanity check of the injection).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules.md §8: stated value with d decimals is consistent with computed c iff |c - v| <= 0.5*10^-d."""
    v = D(str(stated))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-ndec(stated)) + D("1e-9")


def grade_of(total):
    t = D(str(total))
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, name, text):
        self.name, self.text, self.fails = name, text, []

    def fail(self, msg):
        self.fails.append(msg)

    def expect(self, cond, msg):
        if not cond:
            self.fail(msg)

    def eq(self, stated, computed, msg):
        if not ok(stated, computed):
            self.fail(f"{msg}: stated {stated}, computed {D(computed):.4f}")

    def same(self, pattern, label=None):
        """All matches of pattern (first non-empty group) must carry the same value; return it as str."""
        vals = []
        for m in re.finditer(pattern, self.text):
            g = next(x for x in m.groups() if x is not None)
            vals.append(g)
        if not vals:
            self.fail(f"pattern not found: {label or pattern}")
            return "0"
        if len({D(v) for v in vals}) != 1:
            self.fail(f"conflicting values for {label or pattern}: {vals}")
        return vals[0]

    def one(self, pattern):
        return self.same(pattern)


# ------------------------------------------------------------------ tables
def table_rows(text):
    return [line.split("｜") for line in text.split("\n") if "｜" in line]


def num(cell):
    m = re.fullmatch(r"\s*[≥≤]?" + NUM + r"(.*)", cell)
    return (D(m.group(1)), m.group(2).strip()) if m else (None, None)


def amount(cell):
    cell = cell.strip()
    if cell in ("—", "", "0"):
        return D(0)
    return D(cell)


def check_funds_block(c, rows):
    """MOF funds block: 年度资金总额｜年初｜全年｜执行｜分值｜执行率｜得分 then 其中 rows."""
    for i, r in enumerate(rows):
        if r[0] != "年度资金总额":
            continue
        y0, full, spent, w, rate, score = r[1], r[2], r[3], r[4], r[5], r[6]
        full_d, spent_d = D(full), D(spent)
        real = spent_d / full_d
        c.eq(rate.rstrip("%"), real * 100, "funds block 执行率")
        c.expect(real <= 1, "funds block 执行率 over 100%")
        sc_ok = ok(score, D(w) * min(real, D(1))) or ok(score, D(w) * min(D(rate.rstrip("%")) / 100, D(1)))
        c.expect(sc_ok, f"funds block 得分 {score} does not follow from {rate}")
        c.expect(D(score) <= D(w), "funds block score above weight")
        comps = []
        for r2 in rows[i + 1:]:
            if r2[0].startswith(("一级指标", "年度总体目标")):
                break
            comps.append(r2)
        for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
            tot = amount(r[col])
            s = sum(amount(r2[col]) for r2 in comps)
            c.eq(r[col], s, f"funds block {label} components")
        for r2 in comps:
            b, e = amount(r2[2]), amount(r2[3])
            cell = r2[5].strip()
            if b == 0:
                c.expect(cell in ("—", "0", ""), f"rate {cell} printed on a zero base ({r2[0]})")
            elif cell not in ("—", ""):
                c.eq(cell.rstrip("%"), e / b * 100, f"rate of {r2[0]}")
        return D(w), D(score), full, spent, rate
    return None


def check_money_tables(c, text):
    """Source / category tables: header with 预算 and 支出/执行数 and 执行率, no 分值."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        h = lines[i].split("｜")
        if "｜" in lines[i] and "执行率" in h and "分值" not in h and any("预算" in x for x in h):
            cols = [k for k, x in enumerate(h) if k > 0 and ("预算" in x or "支出" in x or "执行数" in x) and x != "执行率"]
            rate_col = h.index("执行率")
            body = []
            j = i + 1
            while j < len(lines) and "｜" in lines[j]:
                body.append(lines[j].split("｜"))
                j += 1
            # rates
            for r in body:
                b, e = D(r[cols[-2]]), D(r[cols[-1]])
                c.eq(r[rate_col].rstrip("%"), e / b * 100, f"rate of {r[0]}")
                c.expect(e <= b, f"spending above budget in {r[0]}")
            # structure: top-level rows and their 其中 children
            top = [r for r in body if not r[0].startswith(("其中", "　", "合计"))]
            total = [r for r in body if r[0].startswith("合计")]
            for k in cols:
                if total:
                    c.eq(total[0][k], sum(D(r[k]) for r in top), f"合计 of column {h[k]}")
            for idx, r in enumerate(body):
                if re.match(r"[一二三四五六七八九十]、", r[0]):
                    kids = []
                    for r2 in body[idx + 1:]:
                        if r2[0].startswith(("其中", "　")):
                            kids.append(r2)
                        else:
                            break
                    if kids:
                        for k in cols:
                            c.eq(r[k], sum(D(x[k]) for x in kids), f"components of {r[0]} column {h[k]}")
            i = j
        else:
            i += 1


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def check_indicator_table(c, rows, funds):
    hdr_i = next((i for i, r in enumerate(rows) if "三级指标" in r and "分值" in r and "得分" in r), None)
    if hdr_i is None:
        c.fail("no indicator table")
        return None
    h = rows[hdr_i]
    it, ia, iw, isc = h.index("年度指标值"), h.index("实际完成值"), h.index("分值"), h.index("得分")
    icomp = h.index("完成率") if "完成率" in h else None
    leaves, subtotals, total = [], [], None
    for r in rows[hdr_i + 1:]:
        if r[0] in ("总分", "合计"):
            total = r
            break
        (subtotals if "小计" in r[0] else leaves).append(r)
    if total is None:
        c.fail("indicator table has no total row")
        return None
    for r in leaves:
        name, T, A, w, s = r[2], r[it], r[ia], D(r[iw]), D(r[isc])
        c.expect(D(0) <= s <= w, f"score {s} outside [0, {w}] in row {name}")
        tv, tu = num(T)
        av, au = num(A)
        comp = None
        if tv is not None and not DATE.search(T):
            if av is None or au != tu:
                c.fail(f"unit of actual {A!r} differs from target {T!r} in row {name}")
                continue
            if T.startswith("≤"):
                comp = D(1) if av <= tv else tv / av
            else:
                comp = av / tv
            exp = w * min(comp, D(1))
            stated_comp = None
            if icomp is not None and r[icomp].strip() not in ("—", ""):
                stated_comp = r[icomp].rstrip("%")
            m = re.search(r"完成率" + NUM + "%", r[-1])
            if m:
                stated_comp = m.group(1)
            if stated_comp is not None:
                c.eq(stated_comp, comp * 100, f"完成率 of row {name}")
            alt = w * min(D(stated_comp) / 100, D(1)) if stated_comp else exp
            c.expect(ok(r[isc], exp) or ok(r[isc], alt), f"score {s} of row {name} does not follow (expected {exp:.2f})")
        elif DATE.search(T) and DATE.search(A):
            td = tuple(int(x) for x in DATE.search(T).groups())
            ad = tuple(int(x) for x in DATE.search(A).groups())
            if ad <= td:
                c.expect(s == w, f"date target met but score {s} < {w} in row {name}")
            else:
                c.expect(s < w, f"date target missed but full score in row {name}")
        else:
            if A.startswith("部分"):
                c.expect(D("0.6") * w <= s < D("0.8") * w, f"qualitative 部分 score {s} outside band in row {name}")
            elif A in (T, "已" + T) or A == "已建立":
                c.expect(D("0.8") * w <= s <= w, f"qualitative achieved score {s} outside band in row {name}")
    # subtotals
    for st in subtotals:
        lvl = st[0].replace("小计", "")
        kids = [r for r in leaves if r[0] == lvl]
        c.eq(st[iw], sum(D(r[iw]) for r in kids), f"weights of {lvl}")
        c.eq(st[isc], sum(D(r[isc]) for r in kids), f"scores of {lvl}")
    fw, fs = (funds[0], funds[1]) if funds else (D(0), D(0))
    wsum = sum(D(r[iw]) for r in leaves) + fw
    ssum = sum(D(r[isc]) for r in leaves) + fs
    c.eq(total[iw], wsum, "sum of weights")
    c.expect(D(total[iw]) == 100, "total weight is not 100")
    c.eq(total[isc], ssum, "sum of scores")
    return total[isc], {r[2]: r for r in leaves}, (it, ia)


def check_grade(c, total_pattern, grade_pattern, table_total=None):
    total = c.same(total_pattern, "total score")
    m = re.findall(grade_pattern, c.text)
    if not m:
        c.fail("grade not found")
        return total
    for gg in m:
        c.expect(gg[0] == grade_of(total), f"grade {gg} does not fit total {total}")
    if table_total is not None:
        c.expect(D(table_total) == D(total), f"table total {table_total} vs text total {total}")
    return total


def year_checks(c, year):
    for m in re.finditer(r"结转至(\d{4})年", c.text):
        c.expect(int(m.group(1)) == year + 1, f"carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"（(\d{4})年度）", c.text):
        c.expect(int(m.group(1)) == year, f"table year {m.group(1)} in a {year} report")
    for m in re.finditer(r"截至(\d{4})年(?:底|12月31日)", c.text):
        c.expect(int(m.group(1)) == year, f"截至 {m.group(1)} in a {year} report")
    titles = re.findall(r"(\d{4})年度", c.text.split("\n\n")[0])
    c.expect(titles and all(int(t) == year for t in titles), f"title years {titles}")


# ------------------------------------------------------------------ per draft
def juxian(c):
    t = c.text
    rows = table_rows(t)
    funds = check_funds_block(c, rows)
    res = check_indicator_table(c, rows, funds)
    y0 = c.one(r"年初预算" + NUM + "万元")
    add = c.one(r"追加" + NUM + "万元")
    carry = c.one(r"上年结转资金" + NUM + "万元")
    full = c.one(r"全年预算数为" + NUM + "万元")
    spent = c.one(r"全年实际支出" + NUM + "万元")
    rate = c.one(r"预算执行率" + NUM + "%")
    c.eq(full, D(y0) + D(add) + D(carry), "全年预算 = 年初 + 追加 + 结转")
    c.eq(rate, D(spent) / D(full) * 100, "预算执行率")
    bal = c.one(r"年末结转" + NUM + "万元")
    c.eq(bal, D(full) - D(spent), "年末结转")
    # funds block agrees with prose
    c.expect(funds and D(funds[2]) == D(full) and D(funds[3]) == D(spent) and funds[4] == rate + "%",
             "funds block differs from prose")
    r_full = next(r for r in rows if r[0] == "年度资金总额")
    r_cur = next(r for r in rows if r[0].startswith("其中：当年财政拨款"))
    c.eq(r_cur[2], D(y0) + D(add), "当年财政拨款 全年 = 年初 + 追加")
    c.expect(D(r_full[1]) == D(y0), "年初 in table vs prose")
    # sub-items
    b1 = c.one(r"一次性经济补助全年预算" + NUM)
    e1 = c.one(r"实际发放" + NUM + "万元")
    r1 = c.one(r"实际发放[\d.]+万元，执行率" + NUM + "%")
    b2 = c.one(r"生活补助" + NUM + "万元")
    b3 = c.one(r"培训经费全年预算" + NUM)
    e3 = c.one(r"培训经费全年预算[\d.]+万元，实际支出" + NUM)
    r3 = c.one(r"实际支出[\d.]+万元，执行率" + NUM + "%")
    c.eq(r1, D(e1) / D(b1) * 100, "一次性补助执行率")
    c.eq(r3, D(e3) / D(b3) * 100, "培训经费执行率")
    c.eq(full, D(b1) + D(b2) + D(b3), "sub-item budgets")
    c.eq(spent, D(e1) + D(b2) + D(e3), "sub-item spending")
    n_self = c.same(r"选择自主就业(\d+)人|为(\d+)名自主就业|(\d+)名自主就业退役士兵中|发放人数｜≥180人｜(\d+)人", "自主就业人数")
    n_job = c.one(r"符合政府安排工作条件(\d+)人")
    n_all = c.one(r"退役士兵(\d+)人，其中")
    c.expect(int(n_all) == int(n_self) + int(n_job), "206 = 183 + 23")
    c.eq(c.one(r"人均" + NUM + "万元；2"), D(e1) / D(n_self), "人均一次性补助")
    c.eq(c.one(r"给" + NUM + "名退役士兵"), D(n_job), "23 persons")
    c.eq(c.one(r"人均" + NUM + "万元，全部"), D(b2) / D(n_job), "人均生活补助")
    tr = c.same(r"适应性培训(\d+)人次|｜(\d+)人次｜", "培训人次")
    ttr = c.same(r"不少于(\d+)人次|(\d+)人次的年度目标|≥(\d+)人次", "培训目标")
    c.eq(c.one(r"完成率" + NUM + "%"), D(tr) / D(ttr) * 100, "培训完成率")
    emp = c.one(r"已实现就业创业(\d+)人")
    er = c.same(r"就业创业率" + NUM + "%|就业创业率｜≥85%｜" + NUM, "就业创业率")
    c.eq(er, D(emp) / D(n_self) * 100, "就业创业率")
    sv = c.one(r"回访(\d+)名退役士兵及家属")
    sy = c.one(r"满意的(\d+)人")
    sr = c.same(r"满意度" + NUM + "%|｜≥90%｜" + NUM + "%", "满意度")
    c.eq(sr, D(sy) / D(sv) * 100, "满意度")
    c.expect(c.same(r"随机电话回访了(\d+)名|回访(\d+)名退役士兵及家属") == sv, "回访人数")
    total = check_grade(c, r"自评得分" + NUM + "分|总分｜｜｜｜｜100｜" + NUM, r"评价等级为“(优|良|中|差)”",
                        res[0] if res else None)
    year_checks(c, 2022)


def dancheng(c):
    t = c.text
    rows = table_rows(t)
    check_money_tables(c, t)
    res = check_indicator_table(c, rows, None)
    full = c.same(r"全年预算" + NUM + "万元|全年预算调整为" + NUM, "全年预算")
    cen = c.one(r"补助经费" + NUM + "万元")
    prov = c.one(r"省级补助资金" + NUM + "万元")
    cty = c.one(r"县级配套资金" + NUM + "万元列入")
    carry = c.one(r"上年结转资金" + NUM + "万元")
    y0 = c.one(r"年初预算" + NUM + "万元")
    c.eq(full, D(cen) + D(prov) + D(cty) + D(carry), "全年预算 components")
    c.eq(y0, D(cen) + D(cty), "年初预算 = 中央提前下达 + 县级")
    spent = c.one(r"全年实际支出" + NUM + "万元")
    rate = c.same(r"预算执行率" + NUM + "%|预算执行率｜100%｜" + NUM, "执行率")
    c.eq(rate, D(spent) / D(full) * 100, "预算执行率")
    u1, u2, u3 = (c.one(p + NUM + "万元") for p in ("住院医疗费用补助", "门诊医疗费用补助", "大病医疗救助"))
    c.eq(spent, D(u1) + D(u2) + D(u3), "uses add up")
    cty_spent = next(r for r in rows if r[0] == "县级配套资金")[2]
    bal = c.one(r"结余" + NUM + "万元")
    c.eq(bal, D(cty) - D(cty_spent), "县级结余")
    c.eq(bal, D(full) - D(spent), "结余 overall")
    q = [int(x) for x in re.search(r"分别结算(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次", t).groups()]
    avg = c.one(r"季均" + NUM + "人次")
    c.eq(avg, D(sum(q)) / 4, "季均人次")
    n = c.same(r"全年医疗补助(\d+)人次|｜≥3000人次｜(\d+)人次", "补助人次")
    c.expect(sum(q) == int(n), "quarters add up to the year")
    zy, mz = c.one(r"住院(\d+)人次"), c.one(r"门诊(\d+)人次")
    c.expect(int(zy) + int(mz) == int(n), "住院 + 门诊 = 全年人次")
    per = c.same(r"次均补助" + NUM + "元|｜≤1200元｜" + NUM + "元", "次均补助")
    c.eq(per, D(spent) * 10000 / D(n), "次均补助 (元)")
    c.same(r"重点优抚对象(\d+)人|(\d+)名重点优抚对象", "优抚对象人数")
    b_now, b_last = c.same(r"比例降至" + NUM + "%|比例｜≤10%｜" + NUM + "%", "负担比例"), c.one(r"较上年的" + NUM + "%")
    c.eq(c.one(r"下降" + NUM + "个百分点"), D(b_last) - D(b_now), "下降百分点")
    sv, sy = c.one(r"抽取(\d+)名优抚对象"), c.one(r"(\d+)人表示满意")
    c.eq(c.same(r"满意度" + NUM + "%|满意度｜≥90%｜" + NUM + "%", "满意度"), D(sy) / D(sv) * 100, "满意度")
    c.eq(c.one(r"及时率为" + NUM + "%"), D(num(next(r for r in rows if r[2] == "补助资金按季拨付及时率")[4])[0]), "及时率 text vs table")
    check_grade(c, r"自评得分" + NUM + "分|合计｜｜｜｜｜｜100｜" + NUM, r"自评等级为“(优|良|中|差)秀?”", res[0] if res else None)
    year_checks(c, 2021)
    c.expect("2020年12月提前下达" in t, "advance issue in the December before")


def zhuzhou(c):
    t = c.text
    rows = table_rows(t)
    check_money_tables(c, t)
    funds = check_funds_block(c, rows)
    res = check_indicator_table(c, rows, funds)
    y0 = c.same(r"年初预算" + NUM + "万元|年度资金总额｜" + NUM, "年初预算")
    add = c.one(r"追加预算" + NUM + "万元")
    full = c.same(r"全年预算" + NUM + "万元|年度资金总额｜[\d.]+｜" + NUM, "全年预算")
    c.eq(full, D(y0) + D(add), "全年 = 年初 + 追加")
    spent = c.same(r"全年实际支出" + NUM + "万元|年度资金总额｜[\d.]+｜[\d.]+｜" + NUM, "全年支出")
    c.eq(c.one(r"预算执行率" + NUM + "%"), D(spent) / D(full) * 100, "执行率")
    c.expect(funds and D(funds[2]) == D(full) and D(funds[3]) == D(spent), "funds block vs text")
    st = [int(x) for x in re.search(r"分别服务军休干部(\d+)人、(\d+)人、(\d+)人", t).groups()]
    n = c.same(r"军休干部(\d+)人，其中|(\d+)名军休干部|军休干部人数｜(\d+)人", "军休干部人数")
    c.expect(sum(st) == int(n), "stations add up")
    lx, tx = c.one(r"离休干部(\d+)人"), c.one(r"退休干部(\d+)人")
    c.expect(int(lx) + int(tx) == int(n), "离休 + 退休")
    c.eq(c.one(r"平均每站服务" + NUM + "人"), D(sum(st)) / 3, "平均每站")
    sg = [c.one(r"三公”经费支出" + NUM), c.one(r"运行维护费" + NUM + "万元"), c.one(r"公务接待费" + NUM + "万元")]
    c.eq(sg[0], D(sg[1]) + D(sg[2]), "三公 components")
    last = c.one(r"较2022年的" + NUM + "万元")
    c.eq(c.one(r"下降" + NUM + "%"), (D(last) - D(sg[0])) / D(last) * 100, "三公 decline")
    pb, pe = c.one(r"安排项目支出" + NUM + "万元"), c.one(r"项目支出[\d.]+万元，实际支出" + NUM)
    c.eq(c.one(r"未执行的" + NUM + "万元"), D(pb) - D(pe), "项目未执行")
    c.eq(c.one(r"基本支出" + NUM + "万元，全部执行"), next(r for r in rows if r[0] == "一、基本支出")[3], "基本支出")
    c.eq(c.same(r"执行率仅" + NUM + "%|军休所运行维护经费｜[\d.]+｜[\d.]+｜" + NUM, "运维执行率"), D("70.41") / D("78.60") * 100, "运维执行率")
    c.same(r"运行维护经费支出" + NUM + "万元|｜≤78.60万元｜" + NUM + "万元|运行维护经费｜78.60｜" + NUM, "运维支出")
    vis = c.same(r"走访慰问军休干部及遗属(\d+)人次|｜≥300人次｜(\d+)人次", "走访人次")
    tj = c.one(r"健康体检(\d+)人")
    c.eq(c.same(r"体检率" + NUM + "%|体检率｜100%｜" + NUM, "体检率"), D(tj) / D(n) * 100, "体检率")
    cy = c.one(r"活动的军休干部(\d+)人")
    c.eq(c.same(r"参与率" + NUM + "%|参与率｜≥90%｜" + NUM, "参与率"), D(cy) / D(n) * 100, "参与率")
    sv, sy = c.one(r"有效问卷(\d+)份"), c.one(r"满意的(\d+)份")
    c.eq(c.same(r"满意度" + NUM + "%|满意度｜≥95%｜" + NUM, "满意度"), D(sy) / D(sv) * 100, "满意度")
    check_grade(c, r"自评得分" + NUM + "分|总分｜｜｜｜｜100｜" + NUM, r"综合评定等级为(优|良|中|差)", res[0] if res else None)
    year_checks(c, 2023)


def huadian(c):
    t = c.text
    rows = table_rows(t)
    funds = check_funds_block(c, rows)
    res = check_indicator_table(c, rows, funds)
    y0 = c.same(r"年初预算" + NUM + "万元|年度资金总额｜" + NUM, "年初")
    p, m0 = c.one(r"其中省级补助资金" + NUM + "万元"), c.one(r"市级资金" + NUM + "万元。")
    c.eq(y0, D(p) + D(m0), "年初 = 省 + 市")
    add = c.one(r"追加市级资金" + NUM + "万元")
    full = c.same(r"全年预算" + NUM + "万元|年度资金总额｜[\d.]+｜" + NUM, "全年")
    c.eq(full, D(y0) + D(add), "全年 = 年初 + 追加")
    spent = c.same(r"全年实际支出" + NUM + "万元|年度资金总额｜[\d.]+｜[\d.]+｜" + NUM, "执行")
    m_full, m_sp = c.one(r"市级资金" + NUM + "万元，支出"), c.one(r"，支出" + NUM + "万元，执行率")
    c.eq(m_full, D(m0) + D(add), "市级 = 15.00 + 7.80")
    c.eq(full, D(p) + D(m_full), "全年 = 省 + 市")
    c.eq(spent, D(p) + D(m_sp), "执行 = 省 + 市")
    c.eq(c.one(r"支出[\d.]+万元，执行率" + NUM + "%"), D(m_sp) / D(m_full) * 100, "市级执行率")
    c.eq(c.one(r"剩余" + NUM + "万元"), D(full) - D(spent), "剩余")
    nb, unit = c.one(r"采购光荣牌(\d+)块"), c.same(r"每块(\d+)元|采购单价(\d+)元|｜≤30元/块｜(\d+)元/块", "单价")
    cost1 = c.one(r"共计" + NUM + "万元")
    c.eq(cost1, D(nb) * D(unit) / 10000, "光荣牌采购 (元 -> 万元)")
    cost2 = c.one(r"交通费" + NUM + "万元")
    ni = c.same(r"共采集(\d+)人|信息采集(\d+)人|｜≥15000人｜(\d+)人", "采集人数")
    cost3 = c.one(r"支出" + NUM + "万元。")
    c.eq(cost3, D(ni) * D(c.one(r"每人(\d+)元")) / 10000, "采集补助")
    c.eq(spent, D(cost1) + D(cost2) + D(cost3), "支出内容 add up")
    hung = c.same(r"为(\d+)户烈属|悬挂光荣牌(\d+)户|｜≥8500户｜(\d+)户", "悬挂户数")
    tgt = c.same(r"悬挂不少于(\d+)户|≥(\d+)户", "悬挂目标")
    c.eq(c.one(r"较目标少(\d+)户"), D(tgt) - D(hung), "较目标少")
    sv, sy = c.one(r"抽取(\d+)户"), c.one(r"满意(\d+)户")
    c.eq(c.same(r"满意度" + NUM + "%|满意度｜≥90%｜" + NUM + "%", "满意度"), D(sy) / D(sv) * 100, "满意度")
    check_grade(c, r"自评得分" + NUM + "分|总分｜｜｜｜｜100｜" + NUM, r"评价等级为“(优|良|中|差)”", res[0] if res else None)
    c.expect(re.search(r"年度｜2019年", t) is not None, "table year")
    year_checks(c, 2019)


def mengzi(c):
    t = c.text
    c.expect("｜" not in t, "prose-only draft has a table")
    a, b = c.one(r"2023年秋季退役(\d+)人"), c.one(r"2024年春季退役(\d+)人")
    recv = c.one(r"退役士兵(\d+)人，其中")
    c.expect(int(a) + int(b) == int(recv), "秋季 + 春季 = 接收")
    paid = c.same(r"本年共向(\d+)名|全年向(\d+)名|已发放补助的(\d+)人", "发放人数")
    pend = c.one(r"(\d+)名退役士兵因考学")
    c.expect(int(paid) + int(pend) == int(recv), "发放 + 待审 = 接收")
    yb, sg = c.one(r"义务兵(\d+)人"), c.one(r"士官(\d+)人")
    c.expect(int(yb) + int(sg) == int(paid), "义务兵 + 士官")
    cen, prov, city = c.one(r"中央财政补助资金" + NUM), c.one(r"省级补助资金" + NUM), c.one(r"市级财政安排资金" + NUM)
    full = c.same(r"安排补助资金" + NUM + "万元|调整为" + NUM + "万元|到位资金" + NUM, "全年预算")
    c.eq(full, D(cen) + D(prov) + D(city), "全年 = 中央 + 省 + 市")
    c.eq(c.one(r"年初预算" + NUM), D(cen) + D(city), "年初 = 中央提前下达 + 市级")
    c.eq(c.one(r"到位率" + NUM + "%"), D(c.one(r"到位资金" + NUM)) / D(full) * 100, "到位率")
    spent = c.one(r"实际发放补助" + NUM)
    c.eq(c.one(r"预算执行率" + NUM + "%"), D(spent) / D(full) * 100, "执行率")
    c.eq(c.one(r"实际支出" + NUM + "万元，执行率"), D(spent) - D(cen) - D(prov), "市级支出 = 总支出 − 中央 − 省")
    c.eq(c.one(r"实际支出[\d.]+万元，执行率" + NUM + "%"), D(c.one(r"实际支出" + NUM + "万元，执行率")) / D(city) * 100, "市级执行率")
    c.eq(c.one(r"剩余" + NUM + "万元"), D(c.one(r"到位资金" + NUM)) - D(spent), "剩余 = 到位 − 发放")
    c.eq(c.one(r"人均(\d+)元"), D(spent) * 10000 / D(paid), "人均 (元)")
    c.eq(c.one(r"完成年度目标的" + NUM + "%"), D(paid) / D(c.one(r"不少于(\d+)人")) * 100, "发放人数完成率")
    c.eq(c.one(r"及时率" + NUM + "%"), D(c.one(r"审核发放的(\d+)人")) / D(paid) * 100, "及时率")
    c.eq(c.one(r"就业创业率" + NUM + "%"), D(c.one(r"实现就业创业(\d+)人")) / D(paid) * 100, "就业创业率")
    r = D(c.one(r"就业创业率" + NUM + "%"))
    c.expect(r <= 100, "就业创业率 over 100%")
    c.eq(c.one(r"满意度" + NUM + "%"), D(c.one(r"满意的(\d+)份")) / D(c.one(r"发放问卷(\d+)份")) * 100, "满意度")
    w = [D(x) for x in re.search(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", t).groups()]
    c.expect(sum(w) == 100, "weights add to 100")
    es = c.one(r"预算执行率得" + NUM + "分")
    c.eq(es, w[0] * D(spent) / D(full), "执行率得分")
    out = c.one(r"得" + NUM + "分；效益")
    e1, e2, e_sum = c.one(r"就业创业率得" + NUM), c.one(r"部分达成，得" + NUM), c.one(r"合计" + NUM + "分")
    c.expect(D("0.6") * 15 <= D(e2) < D("0.8") * 15, "部分达成 band")
    c.eq(e_sum, D(e1) + D(e2), "效益 sub-scores")
    sat = c.one(r"满意度指标得" + NUM)
    for s_, w_ in ((es, w[0]), (out, w[1]), (e_sum, w[2]), (sat, w[3])):
        c.expect(D(s_) <= w_, "score above weight")
    total = c.one(r"自评总分" + NUM + "分")
    c.eq(total, D(es) + D(out) + D(e_sum) + D(sat), "总分")
    check_grade(c, r"自评总分" + NUM + "分", r"自评等级为(优|良|中|差)")
    year_checks(c, 2024)
    c.expect("2023年12月提前下达" in t, "advance issue in the December before")


DRAFTS = {
    "juxian-tuiyianzhi-2022": juxian,
    "dancheng-youfuyiliao-2021": dancheng,
    "zhuzhou-junxiusuo-2023": zhuzhou,
    "huadian-guangrongpai-2019": huadian,
    "mengzi-yicixingbuzhu-2024": mengzi,
}


def run_checks(src, text):
    c = Check(src, text)
    try:
        DRAFTS[src](c)
    except Exception as e:  # a broken pattern counts as a failed check
        c.fail(f"exception {type(e).__name__}: {e}")
    return c.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES}
    edits = {(s, n): (old, new) for (s, n, code, old, new, *_r) in build.EDITS}
    prose_table = {"prose": 0, "table": 0}
    for e in build.EDITS:
        prose_table[e[7]] += 1
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{lab['case']}: {n} characters")
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected must hold exactly one error")
        for ex in lab["expected"]:
            counts[ex["code"]] = counts.get(ex["code"], 0) + 1
            if ex["code"] not in CODES:
                problems.append(f"{lab['case']}: unknown code {ex['code']}")
            if ex["value"] not in text:
                problems.append(f"{lab['case']}: value not found: {ex['value']!r}")
            if ex["severity"] != "error":
                problems.append(f"{lab['case']}: severity {ex['severity']}")
        # one place
        src = lab["source"]
        k = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        old, new = edits[(src, k)]
        if clean.count(old) != 1 or clean.replace(old, new, 1) != text:
            problems.append(f"{lab['case']}: not the clean draft with the single edit")
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        region = clean[i:len(clean) - j]
        if region.count("\n") > 1 or text[i:len(text) - j].count("\n") > 1:
            problems.append(f"{lab['case']}: change spans more than two lines")
        for ex in lab["expected"]:
            # some occurrence of the value must overlap the changed characters
            v = ex["value"]
            lo, hi = i, max(len(text) - j, i + 1)
            if not any(m.start() < hi and m.end() > lo for m in re.finditer(re.escape(v), text)):
                problems.append(f"{lab['case']}: value does not overlap the changed characters")
        fails = run_checks(src, text)
        if not fails:
            problems.append(f"{lab['case']}: the injected error breaks none of the arithmetic checks")
    for code, n in counts.items():
        if code in CODES and n < 2:
            problems.append(f"code {code} used {n} times (< 2)")
    for src in DRAFTS:
        text = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        for f in run_checks(src, text):
            problems.append(f"{src}-clean: {f}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"cases={len(files)} errors={sum(counts.values())} prose={prose_table['prose']} table={prose_table['table']}")
    print("codes:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
