#!/usr/bin/env python3
"""Verify drafts221.

1. every label value occurs in its case and overlaps the changed region;
2. every error case = its clean draft with exactly one contiguous change (the edit of build.py);
3. the arithmetic of every clean draft holds: figures are read back from the text and the tables
   (rates, parts and totals, weights, scores, completion, grade band, averages, balances, years,
   the same quantity in text and table).
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
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402

REQUIRED = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
            "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
            "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
            "completion_mismatch"]

FAILS = []


def fail(msg):
    FAILS.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)
    return cond


# ---------------------------------------------------------------- numbers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: the string as printed; computed: Decimal. Tolerance from the printed decimals."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grab(text, pattern, where):
    """All matches of pattern must agree; returns the groups of the first one."""
    found = re.findall(pattern, text)
    if not found:
        fail(f"{where}: pattern not found: {pattern}")
        return None
    first = found[0]
    for other in found[1:]:
        check(other == first, f"{where}: pattern {pattern} gives different values {first} / {other}")
    return first if isinstance(first, tuple) else (first,)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差"}

NUM = re.compile(r"^-?\d+(\.\d+)?%?$")


def isnum(s):
    return bool(NUM.match(s.strip()))


# ---------------------------------------------------------------- indicator rows
SIGNED = re.compile(r"^(≥|≤|=|＞＝|＜＝)?(\d+(?:\.\d+)?)(.*)$")


def score_row(where, name, target, actual, weight, score, completion=None):
    """Check 0 <= score <= weight and, for quantitative rows, score and completion under rules §5."""
    w, s = D(weight), D(score)
    check(D(0) <= s <= w, f"{where}: {name}: score {score} outside [0, {weight}]")
    mt, ma = SIGNED.match(target.strip()), SIGNED.match(actual.strip())
    if not (mt and ma) or ma.group(1) or mt.group(3) != ma.group(3):
        return "qualitative"
    sign = mt.group(1) or "="
    t, a = D(mt.group(2)), D(ma.group(2))
    if sign in ("≤", "＜＝"):
        comp = D(100) if a <= t else t / a * 100
        exp = w if a <= t else w * t / a
    elif sign == "=" and t == 0:
        comp = D(100) if a <= 0 else D(0)
        exp = w if a <= 0 else D(0)
    else:
        comp = a / t * 100
        exp = min(w, w * a / t)
    check(agrees(score, exp), f"{where}: {name}: score {score}, rule gives {q2(exp)}")
    if completion is not None and completion not in ("—", "/"):
        check(agrees(completion, comp), f"{where}: {name}: 完成率 {completion}, computed {q2(comp)}")
    return "quantitative"


def check_indicators(where, rows, exec_weight, exec_score, total_weight, total_score):
    ws = D(exec_weight) + sum(D(r["weight"]) for r in rows)
    ss = D(exec_score) + sum(D(r["score"]) for r in rows)
    check(ws == 100, f"{where}: weights add to {ws}")
    check(total_weight is None or D(total_weight) == 100, f"{where}: 总分 column says {total_weight}")
    check(agrees(total_score, ss), f"{where}: scores add to {ss}, stated total {total_score}")
    kinds = Counter()
    for r in rows:
        kinds[score_row(where, r["name"], r["target"], r["actual"], r["weight"], r["score"],
                        r.get("completion"))] += 1
    check(kinds["quantitative"] >= 6, f"{where}: only {kinds['quantitative']} quantitative rows checked")
    return ss


def block1(rows, level1_names):
    """Sum of weights and scores per first-level block (rows carry 'l1')."""
    out = {}
    for r in rows:
        w, s = out.get(r["l1"], (D(0), D(0)))
        out[r["l1"]] = (w + D(r["weight"]), s + D(r["score"]))
    check(set(out) == set(level1_names), f"level-1 blocks {sorted(out)}")
    return out


def tab_table(text, where):
    """Web/Excel copy: one row per line, tab-separated, merged cells empty."""
    lines = text.split("\n")
    hi = next(i for i, l in enumerate(lines) if "\t三级指标\t" in l)
    header = lines[hi].split("\t")
    col = {h: k for k, h in enumerate(header)}
    rows, total = [], None
    l1 = None
    for line in lines[hi + 1:]:
        cells = line.split("\t")
        if cells[0] == "总分":
            total = (cells[col["分值"]], cells[col["得分"]])
            break
        check(len(cells) == len(header), f"{where}: row has {len(cells)} cells: {line!r}")
        l1 = cells[col["一级指标"]] or l1
        rows.append({"l1": l1, "name": cells[col["三级指标"]], "target": cells[col["年度指标值"]],
                     "actual": cells[col["实际完成值"]], "weight": cells[col["分值"]],
                     "score": cells[col["得分"]]})
    return rows, total


def funds_tab(text, label):
    line = next(l for l in text.split("\n") if l.split("\t")[:2] in ([label], ["", label]) or
                (l.startswith("\t" + label + "\t") or l.startswith(label + "\t")))
    return [c for c in line.split("\t") if c not in ("", label)]


def word_blocks(text, start):
    """Word copy: one cell per line with a leading tab, blank line between rows."""
    part = text[text.index(start):]
    blocks = []
    for b in part.split("\n\n"):
        cells = [l[1:] if l.startswith("\t") else l for l in b.split("\n")]
        if any(c.strip() for c in cells):
            blocks.append(cells)
    return blocks


def pdf_blocks(text, start):
    """PDF copy: one cell per line, empty cells dropped, blank line between rows."""
    part = text[text.index(start):]
    return [[l for l in b.split("\n") if l.strip()] for b in part.split("\n\n") if b.strip()]


# ---------------------------------------------------------------- projects
def check_guantao(t, W):
    year = grab(t, r"^馆陶县卫生健康局\n(\d{4})年度", W)[0]
    check(year == "2019", f"{W}: year {year}")
    check(f"（{year}年度）" in t, f"{W}: 自评表 year")
    ini, cen, prov = grab(t, r"年初预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元", W)
    check(D(cen) + D(prov) == D(ini), f"{W}: 年初 {cen}+{prov} != {ini}")
    add, full, cen2, prov2 = grab(t, r"追加补助(\d+\.\d+)万元，调整后全年预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元", W)
    check(D(ini) + D(add) == D(full), f"{W}: 年初+追加 != 全年")
    check(D(cen2) + D(prov2) == D(full), f"{W}: 全年 components")
    check(D(prov) + D(add) == D(prov2) and cen == cen2, f"{W}: 省级 80+85 != 165")
    a1, a2 = grab(t, r"县人民医院分配(\d+\.\d+)万元，县中医医院分配(\d+\.\d+)万元", W)
    check(D(a1) + D(a2) == D(full), f"{W}: allocation sum")
    spent, rate = grab(t, r"项目全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+)%", W)
    check(agrees(rate, D(spent) / D(full) * 100), f"{W}: 执行率 {rate}")
    s1, r1, p1, p2 = grab(t, r"县人民医院支出(\d+\.\d+)万元，执行率(\d+)%，其中补偿取消药品加成减少的收入(\d+\.\d+)万元，电子病历系统升级(\d+\.\d+)万元", W)
    check(agrees(r1, D(s1) / D(a1) * 100), f"{W}: 人民医院执行率")
    check(D(p1) + D(p2) == D(s1), f"{W}: 人民医院 parts")
    s2, r2, p3, p4 = grab(t, r"县中医医院支出(\d+\.\d+)万元，执行率(\d+\.\d+)%，其中补偿取消药品加成减少的收入(\d+\.\d+)万元，支付数字化X线摄影系统（DR）采购款(\d+\.\d+)万元", W)
    check(agrees(r2, D(s2) / D(a2) * 100), f"{W}: 中医医院执行率 {r2}")
    check(D(p3) + D(p4) == D(s2), f"{W}: 中医医院 parts")
    check(D(s1) + D(s2) == D(spent), f"{W}: hospital spending sum")
    contract, = grab(t, r"DR采购合同金额(\d+\.\d+)万元", W)
    bal, = grab(t, r"形成结余(\d+\.\d+)万元", W)
    check(D(bal) == D(a2) - D(s2) == D(full) - D(spent) == D(contract) - D(p4), f"{W}: 结余 {bal}")
    cy, = grab(t, r"结转至(\d{4})年", W)
    check(int(cy) == int(year) + 1, f"{W}: 结转至{cy}年")
    cost, last, inc = grab(t, r"次均住院费用(\d+)元，上年为(\d+)元，增幅(\d+\.\d+)%", W)
    check(agrees(inc, (D(cost) / D(last) - 1) * 100), f"{W}: 增幅 {inc}")
    o, i, avg = grab(t, r"门诊患者满意度(\d+\.\d+)%，住院患者满意度(\d+\.\d+)%，平均满意度(\d+\.\d+)%", W)
    check(agrees(avg, (D(o) + D(i)) / 2), f"{W}: 平均满意度")
    days, = grab(t, r"平均住院日(\d+\.\d+)天，较上年", W)
    # funds block of the table
    f_total = funds_tab(t, "年度资金总额")
    f_fisc = funds_tab(t, "其中：当年财政拨款")
    f_carry = funds_tab(t, "上年结转资金")
    f_other = funds_tab(t, "其他资金")
    check(f_total[:3] == [ini, full, spent], f"{W}: funds row {f_total[:3]} vs text")
    for k in range(3):
        check(D(f_fisc[k]) + D(f_carry[k]) + D(f_other[k]) == D(f_total[k]), f"{W}: funds column {k}")
    check(f_carry[4] == "—" and f_other[4] == "—", f"{W}: zero-base rate cells")
    check(f_total[4] == rate + "%", f"{W}: table 执行率 vs text")
    check(agrees(f_total[5], D(f_total[3]) * D(spent) / D(full)), f"{W}: 执行得分")
    rows, total = tab_table(t, W)
    check_indicators(W, rows, f_total[3], f_total[5], total[0], total[1])
    blk = block1(rows, ["产出指标", "效益指标", "满意度指标"])
    check([blk[k][0] for k in ("产出指标", "效益指标", "满意度指标")] == [50, 30, 10], f"{W}: block weights")
    row = {r["name"]: r for r in rows}
    check(row["住院患者平均住院日"]["actual"] == days + "天", f"{W}: 住院日 text/table")
    check(row["门诊患者满意度"]["actual"] == o + "%" and row["住院患者满意度"]["actual"] == i + "%", f"{W}: 满意度 text/table")
    check(row["次均住院费用增幅"]["actual"] == inc + "%", f"{W}: 增幅 text/table")
    tot, grade = grab(t, r"项目综合得分(\d+\.\d+)分，评价等级为“(.+?)”", W)
    check(tot == total[1], f"{W}: text total {tot} vs table {total[1]}")
    check(GRADE_WORDS[grade] == band(tot), f"{W}: grade {grade} for {tot}")


def check_fenyi(t, W):
    year = grab(t, r"\n(\d{4})年度疫苗冷链", W)[0]
    check(year == "2021" and f"（{year}年度）" in t, f"{W}: year")
    ini, fisc, county, prov, carry = grab(t, r"年初预算(\d+\.\d+)万元，其中当年财政拨款(\d+\.\d+)万元（县级资金(\d+\.\d+)万元；省级资金(\d+\.\d+)万元，由省财政厅于\d{4}年12月提前下达）、上年结转资金(\d+\.\d+)万元", W)
    check(D(county) + D(prov) == D(fisc) and D(fisc) + D(carry) == D(ini), f"{W}: 年初 parts")
    adv, = grab(t, r"省财政厅于(\d{4})年12月提前下达", W)
    check(int(adv) == int(year) - 1, f"{W}: advance issue year")
    add, full = grab(t, r"追加新冠病毒疫苗接种冷链补助(\d+\.\d+)万元，调整后全年预算(\d+\.\d+)万元", W)
    check(D(ini) + D(add) == D(full), f"{W}: 全年预算")
    add2, = grab(t, r"中央资金(\d+\.\d+)万元于", W)
    check(add2 == add, f"{W}: 中央追加 {add2} vs {add}")
    spent, rate = grab(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%", W)
    check(agrees(rate, D(spent) / D(full) * 100), f"{W}: 执行率")
    n1, u1, m1 = grab(t, r"购置疫苗冰箱(\d+)台，每台(\d+\.\d+)万元，计(\d+\.\d+)万元", W)
    check(D(n1) * D(u1) == D(m1), f"{W}: 冰箱 amount")
    n2, u2, m2 = grab(t, r"监测终端(\d+)套，每套(\d+)元，计(\d+\.\d+)万元", W)
    check(D(n2) * D(u2) / 10000 == D(m2), f"{W}: 监测终端 amount")
    m3, = grab(t, r"县级冷库维护及电费(\d+\.\d+)万元", W)
    m4, = grab(t, r"冷藏车运行费用(\d+\.\d+)万元", W)
    m5, = grab(t, r"临时接种点冷链保障(\d+\.\d+)万元", W)
    check(D(m1) + D(m2) + D(m3) + D(m4) + D(m5) == D(spent), f"{W}: spending items")
    bal, cy = grab(t, r"年末结余(\d+\.\d+)万元，为温度监测平台服务费尾款，已结转至(\d{4})年", W)
    check(D(bal) == D(full) - D(spent), f"{W}: 结余")
    check(int(cy) == int(year) + 1, f"{W}: 结转年份")
    c1, = grab(t, r"年度目标30台，完成率(\d+\.\d+)%", W)
    check(agrees(c1, D(n1) / D(30) * 100), f"{W}: 冰箱完成率")
    c2, = grab(t, r"目标40套，完成率(\d+\.\d+)%", W)
    check(agrees(c2, D(n2) / D(40) * 100), f"{W}: 终端完成率")
    blocks = word_blocks(t, "\t项目名称")
    fb = {b[1]: b for b in blocks if len(b) == 8 and b[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot_b, fisc_b, carry_b, oth_b = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"]
    check(tot_b[2:5] == [ini, full, spent], f"{W}: funds row vs text")
    check(fisc_b[2:5] == [fisc, str(D(fisc) + D(add)), str(D(spent) - D(carry))], f"{W}: 财政拨款 row")
    check(carry_b[2:5] == [carry, carry, carry], f"{W}: 结转 row (全部支出)")
    for k in range(2, 5):
        check(D(fisc_b[k]) + D(carry_b[k]) + D(oth_b[k]) == D(tot_b[k]), f"{W}: funds column {k}")
    check(tot_b[6] == rate + "%" and agrees(tot_b[7], D(tot_b[5]) * D(spent) / D(full)), f"{W}: 执行率/得分")
    hi = next(k for k, b in enumerate(blocks) if "三级指标" in b)
    rows, total, l1 = [], None, None
    for b in blocks[hi + 1:]:
        if b[0] == "总分":
            total = (b[5], b[6])
            break
        check(len(b) == 8, f"{W}: row with {len(b)} cells {b}")
        l1 = b[0] or l1
        rows.append({"l1": l1, "name": b[2], "target": b[3], "actual": b[4], "weight": b[5], "score": b[6]})
    check_indicators(W, rows, tot_b[5], tot_b[7], total[0], total[1])
    blk = block1(rows, ["产出指标", "效益指标", "满意度指标"])
    check([blk[k][0] for k in ("产出指标", "效益指标", "满意度指标")] == [50, 30, 10], f"{W}: block weights")
    row = {r["name"]: r for r in rows}
    check(row["购置疫苗冰箱数量"]["actual"] == n1 + "台" and row["安装冷链温度自动监测终端"]["actual"] == n2 + "套", f"{W}: counts text/table")
    check(row["疫苗冰箱单台采购价"]["actual"] == u1 + "万元", f"{W}: 单价 text/table")
    for name in ("接种单位满意度", "受种者家长满意度"):
        check(D(row[name]["actual"].rstrip("%")) <= 100, f"{W}: {name} > 100%")
    check("满意度均在90%以上" in t, f"{W}: satisfaction sentence")
    tot, grade = grab(t, r"自评得分(\d+\.\d+)分，等级为“(.+?)”", W)
    check(tot == total[1] and GRADE_WORDS[grade] == band(tot), f"{W}: total/grade")


def check_shanyang(t, W):
    year = grab(t, r"^山阳县疾病预防控制中心(\d{4})年度", W)[0]
    check(year == "2023" and f"附件：{year}年度项目支出绩效自评表" in t, f"{W}: year")
    ini, prov, county = grab(t, r"年初预算(\d+\.\d+)万元，其中省级资金(\d+\.\d+)万元（省财政厅\d{4}年12月提前下达）、县级配套资金(\d+\.\d+)万元", W)
    check(D(prov) + D(county) == D(ini), f"{W}: 年初 parts")
    add, full = grab(t, r"中央财政追加慢性病防控补助资金(\d+\.\d+)万元，调整后全年预算(\d+\.\d+)万元", W)
    check(D(ini) + D(add) == D(full), f"{W}: 全年")
    spent, rate, bal = grab(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，结余(\d+\.\d+)万元", W)
    check(agrees(rate, D(spent) / D(full) * 100), f"{W}: 执行率")
    check(D(bal) == D(full) - D(spent), f"{W}: 结余 {bal}")
    lines = t.split("\n")
    src = {}
    for name in ("中央资金", "省级资金", "县级资金", "合计"):
        toks = next(l for l in lines if l.startswith(name + " ")).split(" ")
        src[name] = toks[1:]
        b, r, s, rt = toks[1], toks[2], toks[3], toks[4]
        check(agrees(rt, D(s) / D(b) * 100), f"{W}: {name} 执行率 {rt}")
        check(D(r) == D(b), f"{W}: {name} 到位")
    for k in range(3):
        check(sum(D(src[n][k]) for n in ("中央资金", "省级资金", "县级资金")) == D(src["合计"][k]), f"{W}: source column {k}")
    check(src["中央资金"][0] == add and src["省级资金"][0] == prov and src["县级资金"][0] == county, f"{W}: sources vs text")
    check(src["合计"][0] == full and src["合计"][2] == spent and src["合计"][3] == rate + "%", f"{W}: 合计 vs text")
    items = grab(t, r"检测试剂及耗材(\d+\.\d+)万元，死因监测及肿瘤随访工作经费(\d+\.\d+)万元，健康素养监测及健康教育(\d+\.\d+)万元，基层人员培训及质控督导(\d+\.\d+)万元，示范区复审材料及宣传(\d+\.\d+)万元", W)
    check(sum(D(x) for x in items) == D(spent), f"{W}: spending items")
    hyp, dia, scr, cost = grab(t, r"规范管理高血压患者(\d+)人.*?规范管理2型糖尿病患者(\d+)人.*?完成慢病高危人群筛查(\d+)人，人均筛查成本(\d+\.\d+)元", W)
    check(agrees(cost, D(items[0]) * 10000 / D(scr)), f"{W}: 人均筛查成本")
    fd, = grab(t, r"首诊测血压率达到(\d+\.\d+)%", W)
    check(D(fd) <= 100, f"{W}: 首诊测血压率")
    qs = grab(t, r"四个季度分别为(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%，全年平均(\d+\.\d+)%", W)
    check(agrees(qs[4], sum(D(x) for x in qs[:4]) / 4), f"{W}: 季度平均")
    sat, = grab(t, r"服务对象满意度(\d+\.\d+)%", W)
    # 自评表
    ex = next(l for l in lines if l.startswith("年度资金总额 ")).split(" ")
    check(ex[1:4] == [ini, full, spent] and ex[5] == rate + "%", f"{W}: funds row vs text")
    check(agrees(ex[6], D(ex[4]) * D(spent) / D(full)), f"{W}: 执行得分")
    hi = next(k for k, l in enumerate(lines) if l.startswith("一级指标 二级指标 三级指标"))
    rows, total, l1 = [], None, None
    for l in lines[hi + 1:]:
        toks = l.split(" ")
        if toks[0] == "合计":
            total = (toks[1], toks[2])
            break
        if toks[0].endswith("指标") and toks[0] in ("产出指标", "效益指标", "满意度指标"):
            l1 = toks[0]
        if not isnum(toks[-1]):
            toks = toks[:-1]
        rows.append({"l1": l1, "name": toks[-6], "target": toks[-5], "actual": toks[-4],
                     "completion": toks[-3], "weight": toks[-2], "score": toks[-1]})
    check_indicators(W, rows, ex[4], ex[6], total[0], total[1])
    blk = block1(rows, ["产出指标", "效益指标", "满意度指标"])
    check([blk[k][0] for k in ("产出指标", "效益指标", "满意度指标")] == [50, 30, 10], f"{W}: block weights")
    row = {r["name"]: r for r in rows}
    check(row["高血压患者规范管理人数"]["actual"] == hyp + "人", f"{W}: 高血压 text/table")
    check(row["2型糖尿病患者规范管理人数"]["actual"] == dia + "人", f"{W}: 糖尿病 text/table")
    check(row["慢病高危人群筛查人数"]["actual"] == scr + "人", f"{W}: 筛查 text/table")
    check(row["人均筛查成本"]["actual"] == cost + "元", f"{W}: 成本 text/table")
    check(row["高血压患者血压控制率"]["actual"] == qs[4] + "%", f"{W}: 控制率 text/table")
    check(row["服务对象满意度"]["actual"] == sat + "%", f"{W}: 满意度 text/table")
    tot, grade = grab(t, r"本项目得分(\d+\.\d+)分，评价等级为“(.+?)”", W)
    tgrade, = grab(t, r"评价等级：(\S+)", W)
    check(tot == total[1] and GRADE_WORDS[grade] == band(tot) == GRADE_WORDS[tgrade], f"{W}: total/grade")


def check_longchuan(t, W):
    year = grab(t, r"\n(\d{4})年度家庭医生", W)[0]
    check(year == "2024" and f"（{year}年度）" in t, f"{W}: year")
    pop, = grab(t, r"常住人口(\d+\.\d+)万人", W)
    ini, prov, county = grab(t, r"年初预算(\d+\.\d+)万元，其中省级补助资金(\d+\.\d+)万元（省财政厅\d{4}年12月提前下达）、县级配套资金(\d+\.\d+)万元。全年预算未作调整", W)
    check(D(prov) + D(county) == D(ini), f"{W}: 年初 parts")
    full = ini  # 全年预算未作调整
    spent, = grab(t, r"项目实际支出(\d+\.\d+)万元", W)
    fee, key_std, gen_std, key_n, gen_n = grab(t, r"签约服务费补助(\d+\.\d+)万元，按重点人群每人每年(\d+)元、一般人群每人每年(\d+)元的标准，分别对应签约(\d+\.\d+)万人、(\d+\.\d+)万人", W)
    check(D(key_std) * D(key_n) + D(gen_std) * D(gen_n) == D(fee), f"{W}: 签约服务费")
    train, = grab(t, r"家庭医生团队培训(\d+\.\d+)万元", W)
    nd, unit, dev = grab(t, r"健康一体机(\d+)台，每台(\d+\.\d+)万元，计(\d+\.\d+)万元", W)
    check(D(nd) * D(unit) == D(dev), f"{W}: 一体机")
    promo, = grab(t, r"宣传及考核经费(\d+\.\d+)万元", W)
    check(D(fee) + D(train) + D(dev) + D(promo) == D(spent), f"{W}: spending items")
    left, = grab(t, r"未支出的(\d+\.\d+)万元", W)
    check(D(left) == D(full) - D(spent), f"{W}: 未支出")
    total_n, key_n2, key_rate = grab(t, r"全年家庭医生签约(\d+\.\d+)万人，其中重点人群签约(\d+\.\d+)万人，重点人群签约率(\d+\.\d+)%", W)
    check(D(key_n) + D(gen_n) == D(total_n) and key_n2 == key_n, f"{W}: 签约人数")
    keypop, = grab(t, r"登记在册重点人群(\d+\.\d+)万人", W)
    check(agrees(key_rate, D(key_n) / D(keypop) * 100), f"{W}: 重点人群签约率")
    teams = re.findall(r"家庭医生团队(\d+)个", t)
    check(len(teams) == 2 and len(set(teams)) == 1, f"{W}: teams {teams}")
    per, = grab(t, r"平均每个团队签约约(\d+)人", W)
    check(agrees(per, D(total_n) * 10000 / D(teams[0])), f"{W}: per team")
    cov, last, up = grab(t, r"常住人口家庭医生签约率(\d+\.\d+)%，比\d{4}年的(\d+\.\d+)%提高(\d+\.\d+)个百分点", W)
    check(agrees(cov, D(total_n) / D(pop) * 100) and D(cov) - D(last) == D(up), f"{W}: 签约率")
    towns = grab(t, r"分别为(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%，平均(\d+\.\d+)%", W)
    check(agrees(towns[5], sum(D(x) for x in towns[:5]) / 5), f"{W}: 平均满意度")
    wx, wo, wb, wsat = grab(t, r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置，共100分", W)
    check(D(wx) + D(wo) + D(wb) + D(wsat) == 100, f"{W}: weights in text")
    blocks = pdf_blocks(t, "项目名称\n家庭医生")
    fr = next(b for b in blocks if b[0] == "年度资金总额")
    check(fr[1:4] == [ini, full, spent], f"{W}: funds row vs text")
    check(agrees(fr[5], D(spent) / D(full) * 100) and agrees(fr[6], D(fr[4]) * D(spent) / D(full)), f"{W}: 执行率/得分")
    for lab in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        check(next(b for b in blocks if b[0] == lab)[4:] == ["—", "—", "—"], f"{W}: {lab} rate cells")
    hi = next(k for k, b in enumerate(blocks) if "三级指标" in b)
    rows, total, l1 = [], None, None
    for b in blocks[hi + 1:]:
        if b[0] == "总分":
            total = (b[1], b[2])
            break
        cells = list(b)
        if cells[0] in ("产出指标", "效益指标", "满意度指标"):
            l1 = cells[0]
        if not isnum(cells[-1]):
            cells = cells[:-1]
        rows.append({"l1": l1, "name": cells[-5], "target": cells[-4], "actual": cells[-3],
                     "weight": cells[-2], "score": cells[-1]})
    check_indicators(W, rows, fr[4], fr[6], total[0], total[1])
    blk = block1(rows, ["产出指标", "效益指标", "满意度指标"])
    check([blk[k][0] for k in ("产出指标", "效益指标", "满意度指标")] == [D(wo), D(wb), D(wsat)] and D(fr[4]) == D(wx), f"{W}: block weights vs text")
    so, sb, ssat, tot, grade = grab(t, r"产出指标得分(\d+(?:\.\d+)?)分，效益指标得分(\d+(?:\.\d+)?)分，满意度指标得分(\d+(?:\.\d+)?)分，自评得分(\d+\.\d+)分，评价等级为“(.+?)”", W)
    check(D(so) == blk["产出指标"][1] and D(sb) == blk["效益指标"][1] and D(ssat) == blk["满意度指标"][1], f"{W}: block scores text/table")
    check(D(fr[6]) + D(so) + D(sb) + D(ssat) == D(tot) and tot == total[1], f"{W}: total")
    check(GRADE_WORDS[grade] == band(tot), f"{W}: grade")
    row = {r["name"]: r for r in rows}
    check(row["组建家庭医生团队数"]["actual"] == teams[0] + "个", f"{W}: teams text/table")
    check(row["家庭医生签约人数"]["actual"] == total_n + "万人", f"{W}: 签约人数 text/table")
    check(row["重点人群签约率"]["actual"] == key_rate + "%", f"{W}: 重点人群 text/table")
    check(row["常住人口家庭医生签约率"]["actual"] == cov + "%", f"{W}: 签约率 text/table")
    check(row["签约居民满意度"]["actual"] == towns[5] + "%", f"{W}: 满意度 text/table")


def check_gangcha(t, W):
    year = grab(t, r"\n(\d{4})年度卫生应急物资储备", W)[0]
    check(year == "2022" and f"附件：{year}年度项目支出绩效自评表" in t, f"{W}: year")
    ini, add, cut, full, prov, county = grab(t, r"年初预算(\d+\.\d+)万元，全部为县级财政资金。\d{4}年8月省财政追加卫生应急补助资金(\d+\.\d+)万元；10月因县级财政收支平衡需要，调减县级资金(\d+\.\d+)万元。调整后全年预算(\d+\.\d+)万元，其中省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元", W)
    check(D(ini) + D(add) - D(cut) == D(full), f"{W}: 全年")
    check(D(prov) == D(add) and D(county) == D(ini) - D(cut) and D(prov) + D(county) == D(full), f"{W}: sources")
    cy, spent, rate, bal = grab(t, r"截至(\d{4})年12月31日，项目实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%。结余(\d+\.\d+)万元", W)
    check(cy == year, f"{W}: 截至年份")
    check(agrees(rate, D(spent) / D(full) * 100) and D(bal) == D(full) - D(spent), f"{W}: 执行率/结余")
    lb, ls, lr = grab(t, r"\d{4}年本项目全年预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，执行率(\d+\.\d+)%", W)
    check(agrees(lr, D(ls) / D(lb) * 100), f"{W}: last year rate")
    n1, p1, m1 = grab(t, r"储备医用防护服(\d+)套，单价(\d+)元/套，金额(\d+\.\d+)万元", W)
    check(D(n1) * D(p1) / 10000 == D(m1), f"{W}: 防护服 amount")
    lines = t.split("\n")
    mi = lines.index("序号\t物资类别\t数量\t金额（万元）")
    items = []
    for l in lines[mi + 1:]:
        c = l.split("\t")
        if c[0] == "合计":
            check(sum(D(x) for x in items) == D(c[3]) == D(spent), f"{W}: 明细合计")
            break
        items.append(c[3])
        if c[1] == "医用防护服":
            check(c[2] == n1 + "套" and c[3] == m1, f"{W}: 防护服 text/table")
        if c[1].startswith("医用防护口罩"):
            check(D(c[2].rstrip("万只")) * 10000 * D("2.8") / 10000 == D(c[3]), f"{W}: N95 amount")
    di = lines.index("演练批次\t时间\t调拨地点\t用时（小时）")
    hours = []
    for l in lines[di + 1:]:
        c = l.split("\t")
        if c[0] == "平均":
            check(agrees(c[3], sum(D(x) for x in hours) / len(hours)), f"{W}: 演练平均")
            avg_t = c[3]
            break
        check(c[1].startswith(year), f"{W}: drill year")
        hours.append(c[3])
    avg_x, = grab(t, r"平均用时(\d+\.\d+)小时", W)
    check(avg_x == avg_t, f"{W}: 平均用时 text/table")
    f_total = funds_tab(t, "年度资金总额")
    f_fisc = funds_tab(t, "其中：当年财政拨款")
    f_carry = funds_tab(t, "上年结转资金")
    f_other = funds_tab(t, "其他资金")
    check(f_total[:3] == [ini, full, spent] and f_total[4] == rate + "%", f"{W}: funds row vs text")
    for k in range(3):
        check(D(f_fisc[k]) + D(f_carry[k]) + D(f_other[k]) == D(f_total[k]), f"{W}: funds column {k}")
    check(agrees(f_fisc[4], D(f_fisc[2]) / D(f_fisc[1]) * 100), f"{W}: 财政拨款 rate")
    check(f_carry[4] == "—" and f_other[4] == "—", f"{W}: zero-base rate cells")
    check(agrees(f_total[5], D(f_total[3]) * D(spent) / D(full)), f"{W}: 执行得分")
    rows, total = tab_table(t, W)
    check_indicators(W, rows, f_total[3], f_total[5], total[0], total[1])
    blk = block1(rows, ["产出指标", "效益指标", "满意度指标"])
    check([blk[k][0] for k in ("产出指标", "效益指标", "满意度指标")] == [50, 30, 10], f"{W}: block weights")
    sx, so, sb, ssat, tot, grade = grab(t, r"预算执行得分(\d+\.\d+)分、产出指标得分(\d+(?:\.\d+)?)分、效益指标得分(\d+(?:\.\d+)?)分、满意度指标得分(\d+(?:\.\d+)?)分，总得分(\d+\.\d+)分，评价等级为“(.+?)”", W)
    check(sx == f_total[5] and D(so) == blk["产出指标"][1] and D(sb) == blk["效益指标"][1] and D(ssat) == blk["满意度指标"][1], f"{W}: block scores text/table")
    check(D(sx) + D(so) + D(sb) + D(ssat) == D(tot) and tot == total[1], f"{W}: total")
    check(GRADE_WORDS[grade] == band(tot), f"{W}: grade")
    row = {r["name"]: r for r in rows}
    ded, = grab(t, r"扣(\d+\.\d+)分", W)
    r_ = row["储备物资轮换更新机制"]
    check(D(r_["weight"]) - D(r_["score"]) == D(ded), f"{W}: 扣分 text/table")
    check(row["医用防护服储备量"]["actual"] == n1 + "套" and row["医用防护服采购单价"]["actual"] == p1 + "元/套", f"{W}: 防护服 text/table")
    check(row["应急物资调拨响应时间"]["actual"] == avg_t + "小时", f"{W}: 调拨时间 text/table")
    sat, = grab(t, r"医疗卫生机构满意度为(\d+)%", W)
    check(row["医疗卫生机构满意度"]["actual"] == sat + "%", f"{W}: 满意度 text/table")
    over = D(n1) / D(row["医用防护服储备量"]["target"].lstrip("≥").rstrip("套")) * 100 - 100
    pct, = grab(t, r"防护服储备量超过年度目标(\d+)%", W)
    check(over == D(pct), f"{W}: 超过目标 {pct}%")


CHECKS = {
    "guantao-hospreform-2019": check_guantao,
    "fenyi-coldchain-2021": check_fenyi,
    "shanyang-chronic-2023": check_shanyang,
    "longchuan-familydoctor-2024": check_longchuan,
    "gangcha-emergreserve-2022": check_gangcha,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    check(names == on_disk, f"labels and case files differ: {sorted(names ^ on_disk)}")
    check(len(labels) == 35, f"{len(labels)} labels")
    edits = {(e[0], e[1]): e for e in EDITS}
    codes = Counter()
    where = Counter()
    for rec in labels:
        text = read(rec["case"])
        n = len(text)
        check(3000 <= n <= 5000, f"{rec['case']}: {n} characters")
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with expectations")
            continue
        src = rec["source"]
        num = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        e = edits[(src, num)]
        clean = read(f"{src}-clean.txt")
        check(clean.count(e[4]) == 1, f"{rec['case']}: edit does not match exactly once")
        check(text == clean.replace(e[4], e[5], 1), f"{rec['case']}: case is not clean + its edit")
        (ca, cb), (xa, xb) = changed_region(clean, text)
        check(0 < max(cb - ca, xb - xa) <= len(e[4]), f"{rec['case']}: changed region {ca}-{cb}")
        check(text[:xa] == clean[:ca] and text[xb:] == clean[cb:], f"{rec['case']}: more than one place changed")
        check(len(rec["expected"]) == 1, f"{rec['case']}: expected one finding")
        for exp in rec["expected"]:
            v = exp["value"]
            check(exp["severity"] == "error", f"{rec['case']}: severity")
            check(exp["code"] == e[2], f"{rec['case']}: code differs from build.py")
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{rec['case']}: value {v!r} not in case")
            check(any(o < max(xb, xa + 1) and xa < o + len(v) for o in occ),
                  f"{rec['case']}: value {v!r} does not overlap the change")
            check(v not in clean, f"{rec['case']}: value {v!r} already in the clean draft")
            codes[exp["code"]] += 1
        where[e[3]] += 1
    for c in REQUIRED:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(set(codes) <= set(REQUIRED), f"unexpected codes {set(codes) - set(REQUIRED)}")
    check(abs(where["text"] - where["table"]) <= 4, f"text/table split {dict(where)}")
    per_src = Counter(r["source"] for r in labels if not r["clean"])
    check(all(per_src[p] == 6 for p in PROJECTS), f"errors per project {dict(per_src)}")
    for src in PROJECTS:
        CHECKS[src](read(f"{src}-clean.txt"), src)
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, codes {dict(sorted(codes.items()))}, text/table {dict(where)}")
    print("OK")


if __name__ == "__main__":
    main()
