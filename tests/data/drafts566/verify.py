"""Re-read the figures of every draft from its text and redo the arithmetic (stdlib + decimal only).

Clean drafts must break no identity; each error case must break exactly the identity family of its label and no
other.  Identities follow rules.md §7 (I1–I14) with the tolerance of §8 (decimals of the stated figure)."""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
A_CODES = {"rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch", "score_sum_mismatch",
           "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch", "conflicting_values", "average_mismatch",
           "implausible_rate", "unit_mismatch", "year_mismatch"}
NUM = r"(-?\d[\d,]*(?:\.\d+)?)"


# ---------------------------------------------------------------- numbers and tolerance
def N(s):
    return D(s.replace(",", "").replace("，", "").strip())


def ndec(s):
    s = s.replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, approx=False):
    """stated: the string as written; computed: Decimal.  rules §8: |c − v| ≤ 0.5·10^−d (+1e−9)."""
    tol = D("0.5") * D(10) ** (-ndec(stated)) + D("1e-9")
    return abs(N(stated) - computed) <= tol


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return a / b * 100


def band(total):
    t = N(total) if isinstance(total, str) else total
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- text access
def m1(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
    return ms[0].groups()


def mall(text, pat):
    return [m.groups() if m.groups() else m.group(0) for m in re.finditer(pat, text)]


def md_tables(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        rows = [[c.strip() for c in l.strip()[1:-1].split("|")] for l in b]
        rows = [r for r in rows if not all(c and set(c) <= set("-: ") for c in r)]
        out.append(rows)
    return out


def md(text, *keys):
    hits = [t for t in md_tables(text) if all(k in t[0] for k in keys)]
    if len(hits) != 1:
        raise AssertionError(f"{len(hits)} markdown tables with header {keys}")
    return hits[0]


def col(tbl, name):
    return tbl[0].index(name)


def row(tbl, key, pos=None):
    hits = [r for r in tbl[1:] if (r[pos] == key if pos is not None else key in r)]
    if len(hits) != 1:
        raise AssertionError(f"{len(hits)} rows for {key}")
    return hits[0]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def sp_table(text, header_start):
    """Space-aligned table: columns located by the display position of the header cells."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise AssertionError(f"{len(idx)} space tables starting {header_start}")
    i = idx[0]
    toks = [(dw(lines[i][:m.start()]), m.group()) for m in re.finditer(r"\S+(?: \S+)*", lines[i])]
    starts = [p for p, _ in toks]
    rows = [[t for _, t in toks]]
    for l in lines[i + 1:]:
        if not l.strip():
            break
        cells = [""] * len(starts)
        for m in re.finditer(r"\S+(?: \S+)*", l):
            p = dw(l[:m.start()])
            j = min(range(len(starts)), key=lambda k: abs(starts[k] - p))
            cells[j] = m.group()
        rows.append(cells)
    return rows


# ---------------------------------------------------------------- failure collector
class Ctx:
    def __init__(self, name):
        self.name = name
        self.fails = []

    def check(self, code, ok, msg):
        if not ok:
            self.fails.append((code, msg))


# ---------------------------------------------------------------- generic blocks
def year_checks(c, text, year):
    for y in mall(text, r"截至(\d{4})年(?:12月31日|底)"):
        c.check("year_mismatch", int(y[0]) == year, f"截至{y[0]} in a {year} report")
    for y in mall(text, r"结转至(\d{4})年"):
        c.check("year_mismatch", int(y[0]) > year, f"结转至{y[0]} in a {year} report")
    head = "\n".join(text.split("\n")[:3])
    ty = re.search(r"(\d{4})年度", head)
    c.check("year_mismatch", ty is not None and int(ty.group(1)) == year, "title year")
    for y in mall(text, r"(\d{4})年年初"):
        c.check("year_mismatch", int(y[0]) == year, f"{y[0]}年年初预算 in a {year} report")


def funds_block(c, tbl, total_name, part_names, has_score):
    """MOF funds block: 年度资金总额 = Σ parts per column; 执行率 = 执行/全年; zero base → '—'."""
    h = tbl[0]
    ci, ca, cs, cr = (h.index("年初预算数"), h.index("全年预算数"), h.index("全年执行数"), h.index("执行率"))
    tot = row(tbl, total_name, 0)
    parts = [row(tbl, p, 0) for p in part_names]
    for k in (ci, ca, cs):
        c.check("sum_mismatch", sum(N(p[k]) for p in parts) == N(tot[k]), f"funds block column {h[k]}")
    for r in [tot] + parts:
        a, s, rate = N(r[ca]), N(r[cs]), r[cr]
        if a == 0:
            c.check("implausible_rate", rate in ("—", "-", "0", "0%", "0.00%"), f"rate {rate} on zero base ({r[0]})")
            continue
        v = rate.rstrip("%")
        c.check("implausible_rate", N(v) <= 100, f"rate {rate} over 100% ({r[0]})")
        c.check("rate_mismatch", close(v, pct(s, a)), f"{r[0]} rate {rate} vs {s}/{a}")
    out = {"initial": tot[ci], "annual": tot[ca], "spent": tot[cs], "rate": tot[cr]}
    if has_score:
        cw, cg = h.index("分值"), h.index("得分")
        out["w"], out["s"] = tot[cw], tot[cg]
        w = N(tot[cw])
        calc = w * min(N(tot[cs]) / N(tot[ca]), D(1))
        from_printed = w * min(N(tot[cr].rstrip("%")) / 100, D(1))
        c.check("score_rule_mismatch", close(tot[cg], calc) or close(tot[cg], from_printed), "execution score")
    return out


VAL = re.compile(r"^(≥|≤|＞|＜|=|＝)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    return m.group(1), N(m.group(2)), m.group(3).strip(), m.group(2)


def completion(sign, t, a):
    if t == 0:
        return None
    if sign in ("≤", "＜"):
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def indicator_block(c, rows, exec_w, exec_s, totals, grades):
    """rows: dicts name/target/actual/comp/w/s/sign/unit; totals: list of (label, str); grades: list of str."""
    wsum = exec_w + sum(N(r["w"]) for r in rows)
    c.check("weight_sum_mismatch", wsum == 100, f"weights sum to {wsum}")
    ssum = exec_s + sum(N(r["s"]) for r in rows)
    for r in rows:
        w, s = N(r["w"]), N(r["s"])
        c.check("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} vs weight {w}")
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t is None or a is None:
            continue  # qualitative row
        sign = r.get("sign") or t[0]
        unit_t = r["unit"] if r.get("unit") is not None else t[2]
        unit_a = a[2] if a[2] else (r["unit"] if r.get("unit") is not None else "")
        if unit_t != unit_a:
            c.check("unit_mismatch", False, f"{r['name']}: target unit {unit_t!r}, actual unit {unit_a!r}")
            continue
        if unit_a == "%" or "率" in r["name"] or "满意度" in r["name"]:
            if unit_a == "%":
                c.check("implausible_rate", a[1] <= 100, f"{r['name']}: {a[1]}% over 100%")
        comp = r.get("comp")
        if comp and comp not in ("—", "-"):
            calc = completion(sign, t[1], a[1])
            c.check("completion_mismatch", calc is not None and close(comp.rstrip("%"), calc),
                    f"{r['name']}: completion {comp} vs {calc}")
    for label, tot in totals:
        c.check("score_sum_mismatch", close(tot, ssum), f"{label}: total {tot} vs Σ {ssum}")
    for g in grades:
        for label, tot in totals:
            c.check("grade_mismatch", GRADE[g] == band(tot), f"grade {g} vs total {tot} ({label})")
    return ssum


def md_indicator_rows(tbl, sichuan=False):
    h = tbl[0]
    out, total = [], None
    for r in tbl[1:]:
        if r[0] == "合计":
            total = r
            continue
        d = {"name": r[h.index("三级指标")], "w": r[h.index("分值")], "s": r[h.index("得分")]}
        if sichuan:
            d.update(target=r[h.index("指标值")], actual=r[h.index("实际完成值")], unit=r[h.index("度量单位")],
                     sign=r[h.index("指标性质")], comp=None)
            if d["sign"] == "定性":
                d["target"] = "定性"
        else:
            d.update(target=r[h.index("年度指标值")], actual=r[h.index("实际完成值")], comp=r[h.index("完成率")])
        out.append(d)
    return out, total


def quarter_rows(c, tbl, keyed_total=True):
    """Σ quarters = 全年 (sum_mismatch); 季度平均 = mean (average_mismatch)."""
    h = tbl[0]
    qs = [h.index(q) for q in ("一季度", "二季度", "三季度", "四季度")]
    res = {}
    for r in tbl[1:]:
        vals = [N(r[q].rstrip("%")) for q in qs]
        tot = r[h.index("全年")] if "全年" in h else "—"
        avg = r[h.index("季度平均")] if "季度平均" in h else "—"
        is_rate = r[qs[0]].endswith("%")
        if tot not in ("—", "") and not is_rate:
            c.check("sum_mismatch", sum(vals) == N(tot), f"quarters of {r[0]} vs 全年 {tot}")
        if tot not in ("—", "") and is_rate:
            c.check("average_mismatch", close(tot.rstrip("%"), sum(vals) / 4), f"{r[0]} 全年 {tot} vs mean")
        if avg not in ("—", ""):
            c.check("average_mismatch", close(avg.rstrip("%"), sum(vals) / 4), f"{r[0]} 季度平均 {avg}")
        res[r[0]] = {"q": vals, "total": tot, "avg": avg}
    return res


def item_table(c, tbl, name_col, budget_col, spent_col, rate_col, total_key="合计", extra_sum_cols=()):
    h = tbl[0]
    cb, cs, cr = h.index(budget_col), h.index(spent_col), h.index(rate_col)
    items = [r for r in tbl[1:] if total_key not in r]
    tot = row(tbl, total_key)
    for k in (cb, cs) + tuple(h.index(x) for x in extra_sum_cols):
        c.check("sum_mismatch", sum(N(r[k]) for r in items) == N(tot[k]), f"item table column {h[k]}")
    for r in items + [tot]:
        b, s, rate = N(r[cb]), N(r[cs]), r[cr]
        if b == 0:
            c.check("implausible_rate", rate in ("—", "-"), f"rate {rate} on zero base")
            continue
        c.check("implausible_rate", N(rate.rstrip("%")) <= 100, f"rate {rate} over 100%")
        c.check("rate_mismatch", close(rate.rstrip("%"), pct(s, b)), f"{r[h.index(name_col)]}: {rate} vs {s}/{b}")
    return items, tot


def contract_table(c, tbl):
    h = tbl[0]
    cp, ca = h.index("比例"), h.index("金额（万元）")
    items = [r for r in tbl[1:] if r[0] != "合计"]
    tot = row(tbl, "合计", 0)
    c.check("sum_mismatch", sum(N(r[ca]) for r in items) == N(tot[ca]), "instalments sum")
    c.check("sum_mismatch", sum(N(r[cp].rstrip("%")) for r in items) == N(tot[cp].rstrip("%")), "instalment % sum")
    for r in items:
        c.check("rate_mismatch", close(r[ca], N(tot[ca]) * N(r[cp].rstrip("%")) / 100), f"{r[0]} share")
    return {r[0]: N(r[ca]) for r in tbl[1:]}


def numpart(x):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(x))
    if not m:
        raise AssertionError(f"no number in {x!r}")
    return N(m.group(0))


def same(c, a, b, what):
    """The same quantity stated twice (I11); units are compared by the caller's choice of strings."""
    c.check("conflicting_values", numpart(a) == numpart(b), f"{what}: {a} vs {b}")


def yuan_pair(c, wan, yuan_num, yuan_unit, what):
    """'4.62万元（46,200元）': same amount written two ways."""
    expect = N(wan) * 10000
    if yuan_unit == "元":
        c.check("conflicting_values", N(yuan_num) == expect, f"{what}: {wan}万元 vs {yuan_num}元")
    else:
        c.check("unit_mismatch", N(yuan_num) != expect, f"{what}: {yuan_num}{yuan_unit} is the 元 figure of {wan}万元")
        c.check("conflicting_values", N(yuan_num) == expect, f"{what}: {wan}万元 vs {yuan_num}{yuan_unit}")


def grades_in(text):
    return [g for (g,) in mall(text, r"等级为“(优秀|优|良好|良|中等|中|一般|合格|较差|差|不合格)”")]


# ---------------------------------------------------------------- project 1: 孝感 2019
def p1(c, t):
    year = 2019
    year_checks(c, t, year)
    ini, ops, cloud = m1(t, r"年年初预算" + NUM + r"万元，其中平台运维服务" + NUM + r"万元、政务云资源及带宽租用" + NUM + "万元")
    c.check("sum_mismatch", N(ops) + N(cloud) == N(ini), "年初 = 运维 + 云资源")
    add, = m1(t, r"等级保护测评经费" + NUM + "万元")
    co, = m1(t, r"另有上年结转资金" + NUM + "万元")
    ann, cur, co2 = m1(t, r"调整后全年预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + "万元")
    c.check("sum_mismatch", N(ini) + N(add) + N(co) == N(ann), "年初 + 追加 + 结转 = 全年")
    c.check("sum_mismatch", N(cur) + N(co2) == N(ann), "拨款 + 结转 = 全年")
    same(c, co, co2, "上年结转")
    rec, rrate = m1(t, r"全年资金到位" + NUM + r"万元，到位率" + NUM + "%")
    c.check("rate_mismatch", close(rrate, pct(N(rec), N(ann))), "到位率")
    spent, erate = m1(t, r"项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.check("rate_mismatch", close(erate, pct(N(spent), N(ann))), "prose 执行率")
    bal, = m1(t, r"未支出资金" + NUM + "万元")
    c.check("balance_mismatch", N(bal) == N(rec) - N(spent), "未支出 = 到位 − 支出")
    wan, yn, yu = m1(t, r"运维合同质保金" + NUM + r"万元（" + NUM + r"(元|万元)）")
    yuan_pair(c, wan, yn, yu, "质保金")

    items_t = md(t, "支出内容", "全年预算（万元）")
    items, tot = item_table(c, items_t, "支出内容", "全年预算（万元）", "实际支出（万元）", "执行率")
    same(c, tot[2], ann, "item table 合计 budget vs 全年预算")
    same(c, tot[3], spent, "item table 合计 spent vs 实际支出")
    q, yr = m1(t, r"每季度" + NUM + r"万元，全年" + NUM + "万元")
    c.check("sum_mismatch", N(q) * 4 == N(yr), "云资源 4 quarters")
    same(c, yr, row(items_t, "2", 0)[2], "云资源 budget")
    a1, a2, a3 = m1(t, r"费用" + NUM + r"万元、内容安全监测服务费" + NUM + r"万元，合计" + NUM + "万元")
    c.check("sum_mismatch", N(a1) + N(a2) == N(a3), "等保 + 监测")
    same(c, a3, row(items_t, "3", 0)[3], "等保监测 spent")

    ct = md(t, "付款节点", "支付条件")
    cm = contract_table(c, ct)
    cval, = m1(t, r"签订合同，合同金额" + NUM + "万元")
    same(c, cval, str(cm["合计"]), "contract amount")
    paid, = m1(t, r"首付款、进度款和尾款共" + NUM + "万元")
    c.check("sum_mismatch", cm["首付款"] + cm["进度款"] + cm["尾款"] == N(paid), "paid instalments")
    same(c, paid, row(items_t, "1", 0)[3], "运维 spent")
    same(c, str(cm["质保金"]), wan, "质保金")

    qt = md(t, "指标", "一季度", "季度平均")
    qr = quarter_rows(c, qt)
    sites, s1, s2, s3 = m1(t, r"共承载网站" + NUM + r"个，其中市政府门户网站" + NUM + r"个、市直部门网站" + NUM + r"个、县（市、区）政府门户网站" + NUM + "个")
    c.check("sum_mismatch", N(s1) + N(s2) + N(s3) == N(sites), "sites")

    ft = md(t, "项目资金（万元）", "年初预算数")
    fb = funds_block(c, ft, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], True)
    same(c, fb["initial"], ini, "funds block 年初")
    same(c, fb["annual"], ann, "funds block 全年")
    same(c, fb["spent"], spent, "funds block 执行")
    same(c, row(ft, "其中：当年财政拨款", 0)[2], cur, "funds block 当年拨款")

    it = md(t, "三级指标", "年度指标值")
    rows, total = md_indicator_rows(it)
    byname = {r["name"]: r for r in rows}
    indicator_block(c, rows, N(fb["w"]), N(fb["s"]), [("合计", total[-1])], grades_in(t))
    c.check("weight_sum_mismatch", N(total[-2]) == 100, "合计 分值")

    info, comp = m1(t, r"全年发布政务信息" + NUM + r"条，为年度目标的" + NUM + "%")
    same(c, info, qr["发布信息（条）"]["total"], "信息 prose vs quarterly")
    same(c, byname["全年发布政务信息"]["actual"].rstrip("条"), info, "信息 table vs prose")
    c.check("completion_mismatch", close(comp, pct(N(info), parse_val(byname["全年发布政务信息"]["target"])[1])), "prose completion")
    last, inc, g = m1(t, r"较2018年的" + NUM + r"条增加" + NUM + r"条，同比增长" + NUM + "%")
    c.check("sum_mismatch", N(info) - N(last) == N(inc), "increase")
    c.check("rate_mismatch", close(g, pct(N(inc), N(last))), "growth rate")
    av, = m1(t, r"平台全年可用率" + NUM + "%")
    same(c, av, qr["平台可用率"]["total"].rstrip("%"), "可用率 prose vs quarterly")
    same(c, av, byname["平台可用率"]["actual"].rstrip("%"), "可用率 prose vs table")
    msg, done, mrate = m1(t, r"受理网民留言" + NUM + r"件，按期办结" + NUM + r"件，按期办结率" + NUM + "%")
    c.check("rate_mismatch", close(mrate, pct(N(done), N(msg))), "按期办结率")
    same(c, msg, qr["网民留言受理（件）"]["total"], "留言 prose vs quarterly")
    late, = m1(t, r"按期办结率[\d.]+%，" + NUM + "件因涉及跨部门协调超期办结")
    c.check("sum_mismatch", N(msg) - N(done) == N(late), "超期 = 受理 − 按期")
    late2, = m1(t, r"全年" + NUM + "件留言超期办结")
    same(c, late2, late, "超期 restated")
    same(c, mrate, byname["网民留言按期办结率"]["actual"].rstrip("%"), "办结率 prose vs table")
    camt, csites, unitc = m1(t, r"运维合同金额" + NUM + r"万元，承载网站" + NUM + r"个，单站年运维成本" + NUM + "万元")
    c.check("average_mismatch", close(unitc, N(camt) / N(csites)), "单站成本")
    same(c, camt, str(cm["合计"]), "contract amount (成本)")
    same(c, csites, sites, "sites (成本)")
    same(c, byname["平台运维单价"]["actual"].split("万元")[0], unitc, "单站成本 table vs prose")
    pub, = m1(t, r"按时公开率" + NUM + "%。")
    same(c, pub, byname["主动公开信息按时公开率"]["actual"].rstrip("%"), "按时公开率")
    visits, qavg = m1(t, r"网站年访问量" + NUM + r"万人次，季均约" + NUM + "万人次")
    same(c, visits, qr["网站访问量（万人次）"]["total"], "访问量 prose vs quarterly")
    same(c, visits, byname["网站年访问量"]["actual"].replace("万人次", ""), "访问量 prose vs table")
    c.check("average_mismatch", abs(N(qavg) - N(visits) / 4) <= D("0.5") * D(10) ** (-ndec(qavg)), "约 季均")
    sat, = m1(t, r"满意度" + NUM + "%。")
    same(c, sat, byname["网站用户满意度"]["actual"].rstrip("%"), "满意度")


# ---------------------------------------------------------------- project 2: 建安 2021
def p2(c, t):
    year = 2021
    year_checks(c, t, year)
    ini, cut, ann, dist, prov = m1(t, r"年年初预算" + NUM + r"万元。年中根据区财政压减一般性支出的要求调减" + NUM +
                                   r"万元.*?调整后全年预算" + NUM + r"万元，其中区级财政资金" + NUM + r"万元、省级政务公开专项补助" + NUM + "万元")
    c.check("sum_mismatch", N(ini) - N(cut) == N(ann), "年初 − 调减 = 全年")
    c.check("sum_mismatch", N(dist) + N(prov) == N(ann), "区级 + 省级 = 全年")
    adv, = m1(t, r"（豫财行〔2020〕152号，" + r"(\d{4})年12月提前下达）")
    c.check("year_mismatch", int(adv) in (year - 1, year), "advance issue year")
    rrate, = m1(t, r"资金全部到位，到位率" + NUM + "%")
    c.check("rate_mismatch", N(rrate) == 100, "全部到位 ⇒ 100%")
    spent, erate = m1(t, r"项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.check("rate_mismatch", close(erate, pct(N(spent), N(ann))), "prose 执行率")
    bal, qa, sav = m1(t, r"年末结余" + NUM + r"万元，其中运维合同质保金" + NUM + r"万元结转至\d{4}年支付，合同节约资金" + NUM + "万元")
    c.check("balance_mismatch", N(bal) == N(ann) - N(spent), "结余 = 到位 − 支出")
    c.check("sum_mismatch", N(qa) + N(sav) == N(bal), "结余 parts")

    it_t = md(t, "支出内容", "调整数")
    items, tot = item_table(c, it_t, "支出内容", "全年预算", "实际支出", "执行率", extra_sum_cols=("年初预算", "调整数"))
    h = it_t[0]
    for r in items + [tot]:
        c.check("sum_mismatch", N(r[h.index("年初预算")]) + N(r[h.index("调整数")]) == N(r[h.index("全年预算")]), f"row {r[1]} 年初+调整")
    same(c, tot[h.index("年初预算")], ini, "item table 年初")
    same(c, tot[h.index("全年预算")], ann, "item table 全年")
    same(c, tot[h.index("实际支出")], spent, "item table 支出")
    same(c, tot[h.index("执行率")].rstrip("%"), erate, "item table 执行率 vs prose")
    unit, n, sub, guide, tot25 = m1(t, r"按每个" + NUM + r"万元的标准建设" + NUM + r"个，计" + NUM +
                                    r"万元；印制.*?办事指南" + NUM + r"万元；合计" + NUM + "万元")
    c.check("sum_mismatch", N(n) * N(unit) == N(sub), "专区 unit × count")
    c.check("sum_mismatch", N(sub) + N(guide) == N(tot25), "专区 + 指南")
    same(c, tot25, row(it_t, "2", 0)[h.index("全年预算")], "专区 budget")

    ct = md(t, "付款节点", "支付时间")
    cm = contract_table(c, ct)
    cval, yn = m1(t, r"合同金额" + NUM + r"万元（" + NUM + r"元）")
    same(c, cval, str(cm["合计"]), "contract amount")
    c.check("conflicting_values", N(yn) == N(cval) * 10000, "contract 元")
    paid, = m1(t, r"首付款、进度款和尾款" + NUM + "万元")
    c.check("sum_mismatch", cm["首付款"] + cm["进度款"] + cm["尾款"] == N(paid), "paid instalments")
    same(c, paid, row(it_t, "1", 0)[h.index("实际支出")], "运维 spent")
    same(c, str(cm["质保金"]), qa, "质保金")
    c.check("balance_mismatch", N(row(it_t, "1", 0)[h.index("全年预算")]) - cm["合计"] == N(sav), "合同节约")

    qt = md(t, "指标", "一季度", "季度平均")
    qr = quarter_rows(c, qt)

    fb_t = sp_table(t, "项目资金（万元）")
    fb = funds_block(c, fb_t, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], True)
    same(c, fb["initial"], ini, "funds block 年初")
    same(c, fb["annual"], ann, "funds block 全年")
    same(c, fb["spent"], spent, "funds block 执行")
    same(c, fb["rate"].rstrip("%"), erate, "funds block 执行率 vs prose")

    st = sp_table(t, "一级指标")
    h2 = st[0]
    rows, total = [], None
    for r in st[1:]:
        if r[0] == "合计":
            total = r
            continue
        rows.append({"name": r[2], "target": r[3], "actual": r[4], "comp": r[5], "w": r[6], "s": r[7]})
    byname = {r["name"]: r for r in rows}
    ptot, = m1(t, r"经自评，项目得分" + NUM + "分")
    indicator_block(c, rows, N(fb["w"]), N(fb["s"]), [("合计", total[7]), ("prose", ptot)], grades_in(t))
    c.check("weight_sum_mismatch", N(total[6]) == 100, "合计 分值")
    d1, d2 = m1(t, r"预算执行率[\d.]+%，扣" + NUM + r"分；政务公开第三方评估得分未达目标，扣" + NUM + "分")
    c.check("score_sum_mismatch", N(d1) == N(fb["w"]) - N(fb["s"]), "execution deduction")
    c.check("score_sum_mismatch", N(d2) == N(byname["政务公开第三方评估得分"]["w"]) - N(byname["政务公开第三方评估得分"]["s"]), "评估 deduction")
    er2, = m1(t, r"扣分项：预算执行率" + NUM + "%")
    same(c, er2, erate, "执行率 restated")

    sites, = m1(t, r"子站共" + NUM + "个网站")
    same(c, sites + "个", byname["集约化平台承载网站数"]["actual"], "sites")
    info, qavg, comp = m1(t, r"全年主动公开政府信息" + NUM + r"条，季均" + NUM + r"条，完成年度目标的" + NUM + "%")
    same(c, info, qr["主动公开信息（条）"]["total"], "信息 prose vs quarterly")
    same(c, info + "条", byname["主动公开政府信息"]["actual"], "信息 prose vs table")
    c.check("average_mismatch", close(qavg, N(info) / 4), "季均")
    c.check("completion_mismatch", close(comp, pct(N(info), parse_val(byname["主动公开政府信息"]["target"])[1])), "prose completion")
    avg_score, low = m1(t, r"市级网站检查平均得分" + NUM + r"分，其中三季度.*?得" + NUM + "分")
    same(c, avg_score, qr["市级网站检查得分（分）"]["avg"], "检查均分 prose vs quarterly")
    same(c, avg_score + "分", byname["市级网站检查平均得分"]["actual"], "检查均分 prose vs table")
    same(c, low, str(qr["市级网站检查得分（分）"]["q"][2]), "三季度得分")
    apps, = m1(t, r"全年受理依申请公开" + NUM + "件")
    same(c, apps, qr["依申请公开受理（件）"]["total"], "依申请 prose vs quarterly")
    resp, = m1(t, r"平均响应时间" + NUM + "小时")
    same(c, resp + "小时", byname["平台故障响应时间"]["actual"], "响应时间 prose vs table")
    up, = m1(t, r"专区建设单价" + NUM + "万元/个，")
    same(c, up, unit, "专区单价 prose")
    same(c, up + "万元/个", byname["政务公开专区建设单价"]["actual"], "专区单价 table")
    visits, vcomp = m1(t, r"全年网站访问量" + NUM + r"万人次，完成目标的" + NUM + "%")
    same(c, visits, qr["网站访问量（万人次）"]["total"], "访问量 prose vs quarterly")
    same(c, visits + "万人次", byname["网站年访问量"]["actual"], "访问量 prose vs table")
    c.check("completion_mismatch", close(vcomp, pct(N(visits), parse_val(byname["网站年访问量"]["target"])[1])), "访问量 completion")
    ev, = m1(t, r"我区得分" + NUM + "分")
    same(c, ev + "分", byname["政务公开第三方评估得分"]["actual"], "评估 prose vs table")


# ---------------------------------------------------------------- project 3: 电白 2022 部门整体
def p3(c, t):
    year = 2022
    year_checks(c, t, year)
    ini, basic0, proj0 = m1(t, r"年初部门预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + "万元")
    c.check("sum_mismatch", N(basic0) + N(proj0) == N(ini), "年初 基本 + 项目")
    add, = m1(t, r"年中追加" + NUM + "万元")
    cut, = m1(t, r"调减" + NUM + "万元")
    ann, = m1(t, r"调整后全年预算" + NUM + "万元")
    c.check("sum_mismatch", N(ini) + N(add) - N(cut) == N(ann), "年初 + 追加 − 调减 = 全年")
    cur, co = m1(t, r"当年财政拨款" + NUM + r"万元，上年结转" + NUM + "万元")
    c.check("sum_mismatch", N(cur) + N(co) == N(ann), "拨款 + 结转 = 全年")
    spent, erate = m1(t, r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.check("rate_mismatch", close(erate, pct(N(spent), N(ann))), "prose 执行率")
    basic, staff, pub, brate, proj, prate = m1(t, r"其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM +
                                                r"万元），执行率" + NUM + r"%；项目支出" + NUM + r"万元，执行率" + NUM + "%")
    c.check("sum_mismatch", N(staff) + N(pub) == N(basic), "基本 = 人员 + 公用")
    c.check("sum_mismatch", N(basic) + N(proj) == N(spent), "支出 = 基本 + 项目")
    heads, per = m1(t, r"按在职" + NUM + r"人计，人均人员经费约" + NUM + "万元")
    c.check("average_mismatch", abs(N(per) - N(staff) / N(heads)) <= D("0.05") + D("0.05"), "人均 约")
    carry, = m1(t, r"年末结转" + NUM + "万元")
    c.check("balance_mismatch", N(carry) == N(ann) - N(spent), "结转 = 全年 − 支出")

    bt = md(t, "支出类别", "年初预算")
    h = bt[0]
    tot, b, st, pu, pr = (row(bt, k, 0) for k in ("合计", "基本支出", "其中：人员经费", "公用经费", "项目支出"))
    for k in ("年初预算", "全年预算", "全年支出"):
        j = h.index(k)
        c.check("sum_mismatch", N(b[j]) + N(pr[j]) == N(tot[j]), f"合计 {k}")
        c.check("sum_mismatch", N(st[j]) + N(pu[j]) == N(b[j]), f"基本 {k}")
    for r in (tot, b, st, pu, pr):
        c.check("rate_mismatch", close(r[4].rstrip("%"), pct(N(r[3]), N(r[2]))), f"{r[0]} rate")
    same(c, tot[1], ini, "年初"); same(c, tot[2], ann, "全年"); same(c, tot[3], spent, "支出")
    same(c, b[1], basic0, "基本 年初"); same(c, pr[1], proj0, "项目 年初")
    same(c, b[3], basic, "基本 支出"); same(c, st[3], staff, "人员"); same(c, pu[3], pub, "公用")
    same(c, pr[3], proj, "项目 支出")
    c.check("rate_mismatch", close(brate, pct(N(b[3]), N(b[2]))), "基本 rate prose")
    c.check("rate_mismatch", close(prate, pct(N(pr[3]), N(pr[2]))), "项目 rate prose")

    it = md(t, "项目名称", "未支出")
    items, itot = item_table(c, it, "项目名称", "全年预算", "实际支出", "执行率", extra_sum_cols=("未支出",))
    hi = it[0]
    for r in items + [itot]:
        c.check("balance_mismatch", N(r[hi.index("全年预算")]) - N(r[hi.index("实际支出")]) == N(r[hi.index("未支出")]), f"{r[1]} 未支出")
    same(c, itot[hi.index("全年预算")], pr[2], "项目 全年"); same(c, itot[hi.index("实际支出")], proj, "项目 支出")
    same(c, itot[hi.index("未支出")], carry, "结转")

    ct = md(t, "付款节点", "支付时间")
    cm = contract_table(c, ct)
    cval, = m1(t, r"运维合同金额" + NUM + "万元，")
    same(c, cval, str(cm["合计"]), "contract")
    row2 = row(it, "2", 0)
    c.check("sum_mismatch", cm["首付款"] + cm["进度款"] + cm["尾款"] == N(row2[hi.index("实际支出")]), "paid = 运维 spent")
    un, qa, sav = m1(t, r"该项目未支出的" + NUM + r"万元中，质保金" + NUM + r"万元按合同于质保期满后支付，合同节约" + NUM + "万元")
    same(c, un, row2[hi.index("未支出")], "运维 未支出")
    c.check("sum_mismatch", N(qa) + N(sav) == N(un), "未支出 parts")
    same(c, qa, str(cm["质保金"]), "质保金")
    c.check("balance_mismatch", N(row2[hi.index("全年预算")]) - cm["合计"] == N(sav), "合同节约")
    dun, = m1(t, r"数字政府建设项目未支出" + NUM + "万元")
    same(c, dun, row(it, "4", 0)[hi.index("未支出")], "数字政府 未支出")

    qt = md(t, "指标", "一季度", "季度平均")
    qr = quarter_rows(c, qt)
    wan, jian, qavg, comp = m1(t, r"全年办件" + NUM + r"万件（" + NUM + r"件），平均每季度办理" + NUM + r"万件，完成年度目标的" + NUM + "%")
    c.check("conflicting_values", N(wan) * 10000 == N(jian), "万件 vs 件")
    same(c, jian, qr["办件量（件）"]["total"], "办件 prose vs quarterly")
    c.check("average_mismatch", close(qavg, sum(qr["办件量（件）"]["q"]) / 4 / 10000), "季均 万件")
    jb, jshare = m1(t, r"其中即办件" + NUM + r"万件，占比" + NUM + "%")
    c.check("rate_mismatch", close(jshare, pct(N(jb), N(wan))), "即办件占比")
    online, ontime = m1(t, r"网上可办率" + NUM + r"%，办件按时办结率" + NUM + "%")
    good, = m1(t, r"好评率" + NUM + "%。")

    two = md(t, "2021年", "2022年", "增减率")
    h2 = two[0]
    for r in two[1:]:
        a, b2, dlt, rt = r[1], r[2], r[3], r[4]
        if "百分点" in dlt:
            c.check("sum_mismatch", close(re.search(NUM, dlt).group(1), N(b2.rstrip("%")) - N(a.rstrip("%"))), f"{r[0]} 百分点")
            continue
        c.check("sum_mismatch", N(b2) - N(a) == N(dlt), f"{r[0]} 增减")
        c.check("rate_mismatch", close(rt.rstrip("%"), pct(N(dlt), N(a))), f"{r[0]} 增减率")
    rb, rs, rr = row(two, "全年预算（万元）", 0), row(two, "全年支出（万元）", 0), row(two, "预算执行率", 0)
    c.check("rate_mismatch", close(rr[1].rstrip("%"), pct(N(rs[1]), N(rb[1]))), "2021 执行率")
    same(c, rb[2], ann, "two-year 全年"); same(c, rs[2], spent, "two-year 支出"); same(c, rr[2].rstrip("%"), erate, "two-year 执行率")
    same(c, row(two, "项目支出（万元）", 0)[2], proj, "two-year 项目")
    same(c, row(two, "办件量（万件）", 0)[2], wan, "two-year 办件")
    same(c, row(two, "政府网站访问量（万人次）", 0)[2], qr["政府网站访问量（万人次）"]["total"], "two-year 访问量")
    same(c, row(two, "网上可办率", 0)[2].rstrip("%"), online, "two-year 可办率")
    pp, = m1(t, r"执行率提高" + NUM + "个百分点")
    c.check("sum_mismatch", close(pp, N(rr[2].rstrip("%")) - N(rr[1].rstrip("%"))), "百分点 prose")
    sg, sgt, sgd = m1(t, r"“三公”经费支出" + NUM + r"万元，控制在" + NUM + r"万元的预算以内，比上年减少" + NUM + "万元")
    sgr = row(two, "“三公”经费（万元）", 0)
    same(c, sgr[2], sg, "三公 two-year")
    c.check("sum_mismatch", N(sgr[1]) - N(sg) == N(sgd), "三公 decrease")

    ft = md(t, "资金来源", "年初预算数")
    fb = funds_block(c, ft, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], False)
    same(c, fb["initial"], ini, "funds block 年初"); same(c, fb["annual"], ann, "funds block 全年")
    same(c, fb["spent"], spent, "funds block 执行")
    same(c, row(ft, "其中：当年财政拨款", 0)[2], cur, "funds 拨款"); same(c, row(ft, "上年结转资金", 0)[2], co, "funds 结转")

    itab = md(t, "三级指标", "年度指标值")
    rows, total = md_indicator_rows(itab)
    ex = rows[0]
    rows = rows[1:]
    byname = {r["name"]: r for r in rows}
    c.check("rate_mismatch", close(ex["actual"].rstrip("%"), pct(N(spent), N(ann))), "table 执行率")
    c.check("completion_mismatch", close(ex["comp"].rstrip("%"), pct(N(spent), N(ann))), "执行率 completion")
    c.check("score_rule_mismatch", close(ex["s"], N(ex["w"]) * N(spent) / N(ann)), "execution score")
    ptot, = m1(t, r"绩效自评得分" + NUM + "分")
    indicator_block(c, rows, N(ex["w"]), N(ex["s"]), [("合计", total[-1]), ("prose", ptot)], grades_in(t))
    c.check("weight_sum_mismatch", N(total[-2]) == 100, "合计 分值")
    same(c, byname["政务服务中心年办件量"]["actual"].replace("万件", ""), wan, "办件 table")
    same(c, byname["政务服务事项网上可办率"]["actual"].rstrip("%"), online, "可办率 table")
    same(c, byname["办件按时办结率"]["actual"].rstrip("%"), ontime, "办结率 table")
    same(c, byname["“好差评”好评率"]["actual"].rstrip("%"), good, "好评率 table")
    same(c, byname["政务服务事项即办件占比"]["actual"].rstrip("%"), jshare, "即办件 table")
    same(c, byname["“三公”经费支出"]["actual"].replace("万元", ""), sg, "三公 table")
    same(c, byname["“三公”经费支出"]["target"].replace("≤", "").replace("万元", ""), sgt, "三公 cap")
    s39, = m1(t, r"子站共" + NUM + "个网站")
    same(c, byname["集约化平台承载网站数"]["actual"].rstrip("个"), s39, "sites")
    s39b, info = m1(t, r"集约化平台承载网站" + NUM + r"个，全年主动公开政府信息" + NUM + "条")
    same(c, s39b, s39, "sites 2"); same(c, byname["主动公开政府信息"]["actual"].rstrip("条"), info, "信息 table")
    vul, = m1(t, r"平均处置时长" + NUM + "小时")
    same(c, byname["网站安全漏洞处置时限"]["actual"].rstrip("小时"), vul, "漏洞 table")
    jr, = m1(t, r"占比" + NUM + "%。\n3")
    same(c, jr, jshare, "即办件 problems")
    pr2, dr2 = m1(t, r"项目支出执行率" + NUM + r"%，低于基本支出，其中数字政府建设项目.*?执行率仅" + NUM + "%")
    same(c, pr2, prate, "项目 rate problems")
    same(c, dr2, row(it, "4", 0)[hi.index("执行率")].rstrip("%"), "数字政府 rate problems")


# ---------------------------------------------------------------- project 4: 恩阳 2023 (Sichuan)
def p4(c, t):
    year = 2023
    year_checks(c, t, year)
    ini, ops, cloud = m1(t, r"年初预算" + NUM + r"万元（区级财政资金），其中集约化平台运维" + NUM + r"万元、政务云资源租用" + NUM + "万元")
    c.check("sum_mismatch", N(ops) + N(cloud) == N(ini), "年初 parts")
    prov, ann = m1(t, r"省财政下达政务公开专项补助" + NUM + r"万元.*?调整后全年预算" + NUM + "万元")
    c.check("sum_mismatch", N(ini) + N(prov) == N(ann), "年初 + 省级 = 全年")
    dist, prec, rest, ry = m1(t, r"区级资金" + NUM + r"万元全部到位；省级补助年内到位" + NUM + r"万元，剩余" + NUM + r"万元于(\d{4})年1月到位")
    same(c, dist, ini, "区级")
    c.check("sum_mismatch", N(prec) + N(rest) == N(prov), "省级 parts")
    c.check("year_mismatch", int(ry) > year, "late arrival year")
    rec, rrate = m1(t, r"全年实际到位" + NUM + r"万元，到位率" + NUM + "%")
    c.check("sum_mismatch", N(dist) + N(prec) == N(rec), "到位 parts")
    c.check("rate_mismatch", close(rrate, pct(N(rec), N(ann))), "到位率")
    spent, erate, urate = m1(t, r"项目实际支出" + NUM + r"万元，预算执行率" + NUM + r"%（按到位资金计算的支出率为" + NUM + "%）")
    c.check("rate_mismatch", close(erate, pct(N(spent), N(ann))), "执行率")
    c.check("rate_mismatch", close(urate, pct(N(spent), N(rec))), "支出率 (到位 base)")
    bal, = m1(t, r"年末结余" + NUM + "万元")
    c.check("balance_mismatch", N(bal) == N(rec) - N(spent), "结余 = 到位 − 支出")

    it = md(t, "支出内容", "实际到位")
    items, tot = item_table(c, it, "支出内容", "全年预算", "实际支出", "执行率", extra_sum_cols=("实际到位",))
    h = it[0]
    same(c, tot[h.index("全年预算")], ann, "item 全年"); same(c, tot[h.index("实际到位")], rec, "item 到位")
    same(c, tot[h.index("实际支出")], spent, "item 支出")
    for r in items:
        c.check("implausible_rate", N(r[h.index("实际支出")]) <= N(r[h.index("实际到位")]) <= N(r[h.index("全年预算")]), f"{r[1]} ordering")
    q, = m1(t, r"每季度" + NUM + "万元。")
    c.check("sum_mismatch", N(q) * 4 == N(row(it, "2", 0)[h.index("全年预算")]), "云 4 quarters")
    cval, = m1(t, r"运维合同金额" + NUM + "万元，")
    ct = md(t, "付款节点", "支付情况")
    cm = contract_table(c, ct)
    same(c, cval, str(cm["合计"]), "contract")
    c.check("sum_mismatch", cm["首付款"] + cm["进度款"] == N(row(it, "1", 0)[h.index("实际支出")]), "paid = 运维 spent")
    tail, = m1(t, r"尾款" + NUM + "万元未能在年内支付")
    same(c, tail, str(cm["尾款"]), "尾款")

    qt = md(t, "指标", "一季度", "季度平均")
    qr = quarter_rows(c, qt)

    ft = md(t, "项目资金（万元）", "年初预算数")
    fb = funds_block(c, ft, "年度资金总额", ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"], True)
    same(c, fb["initial"], ini, "funds 年初"); same(c, fb["annual"], ann, "funds 全年"); same(c, fb["spent"], spent, "funds 执行")
    same(c, fb["rate"].rstrip("%"), erate, "funds 执行率")
    er3, = m1(t, r"全年执行率仅" + NUM + "%")
    same(c, er3, erate, "执行率 problems")

    itab = md(t, "三级指标", "指标性质")
    rows, total = md_indicator_rows(itab, sichuan=True)
    byname = {r["name"]: r for r in rows}
    indicator_block(c, rows, N(fb["w"]), N(fb["s"]), [("合计", total[-1])], grades_in(t))
    c.check("weight_sum_mismatch", N(total[-2]) == 100, "合计 分值")
    subs, = m1(t, r"政府门户网站和" + NUM + "个区级部门")
    same(c, str(N(subs) + 1), byname["集约化平台承载网站数"]["actual"], "sites = 1 + 部门乡镇")
    s22, = m1(t, r"集约化平台承载网站" + NUM + "个，平台可用率")
    same(c, s22, byname["集约化平台承载网站数"]["target"], "sites target")
    info, = m1(t, r"网站全年发布信息" + NUM + "条，超过")
    same(c, info, qr["网站发布信息（条）"]["total"], "信息 prose vs quarterly")
    same(c, info, byname["网站全年发布信息"]["actual"], "信息 prose vs table")
    need, done, comp, left = m1(t, r"应整合关停" + NUM + r"个，年内完成" + NUM + r"个，完成率" + NUM + r"%，其余" + NUM + "个")
    c.check("completion_mismatch", close(comp, pct(N(done), N(need))), "整合 completion")
    c.check("sum_mismatch", N(done) + N(left) == N(need), "整合 remaining")
    same(c, done, byname["整合关停政务新媒体账号"]["actual"], "整合 table")
    left2, = m1(t, r"完成剩余" + NUM + "个政务新媒体账号")
    same(c, left2, left, "剩余")
    av, = m1(t, r"平台全年可用率" + NUM + "%（季度平均）")
    same(c, av, qr["平台可用率"]["avg"].rstrip("%"), "可用率 prose vs quarterly")
    same(c, av, byname["平台可用率"]["actual"], "可用率 prose vs table")
    visits, qavg = m1(t, r"网站年访问量" + NUM + r"万人次，季均" + NUM + "万人次")
    same(c, visits, qr["网站访问量（万人次）"]["total"], "访问量 prose vs quarterly")
    same(c, visits, byname["网站年访问量"]["actual"], "访问量 table")
    c.check("average_mismatch", close(qavg, N(visits) / 4), "访问量 季均")
    ev, = m1(t, r"我区得分" + NUM + "分")
    same(c, ev, byname["政务公开第三方评估得分"]["actual"], "评估")


# ---------------------------------------------------------------- project 5: 滁州 2025
def p5(c, t):
    year = 2025
    year_checks(c, t, year)
    s1, s2, s3, sites = m1(t, r"市政府门户网站" + NUM + r"个、市直部门网站" + NUM + r"个和县（市、区）政府门户网站" + NUM + r"个，共" + NUM + "个网站")
    c.check("sum_mismatch", N(s1) + N(s2) + N(s3) == N(sites), "sites")
    ini, a1, a2, a3 = m1(t, r"年初预算" + NUM + r"万元，其中集约化平台运维服务" + NUM + r"万元、政务云资源及CDN租用" + NUM + r"万元、政务公开平台运维" + NUM + "万元")
    c.check("sum_mismatch", N(a1) + N(a2) + N(a3) == N(ini), "年初 parts")
    add, = m1(t, r"无障碍改造经费" + NUM + "万元")
    co, ann, cur, co2 = m1(t, r"加上年结转" + NUM + r"万元，全年预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + "万元")
    c.check("sum_mismatch", N(ini) + N(add) + N(co) == N(ann), "年初 + 追加 + 结转 = 全年")
    c.check("sum_mismatch", N(cur) + N(co2) == N(ann), "拨款 + 结转 = 全年")
    same(c, co, co2, "上年结转")
    spent, erate, cspent, crate = m1(t, r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%；其中当年财政拨款支出" + NUM + r"万元，执行率" + NUM + "%")
    c.check("rate_mismatch", close(erate, pct(N(spent), N(ann))), "执行率")
    c.check("rate_mismatch", close(crate, pct(N(cspent), N(cur))), "拨款 执行率")
    un, qa, yn, yu, rest = m1(t, r"未支出" + NUM + r"万元，其中运维合同质保金" + NUM + r"万元（" + NUM + r"(元|万元)）结转至\d{4}年支付，其余" + NUM + "万元")
    c.check("balance_mismatch", N(un) == N(ann) - N(spent), "未支出 = 全年(全部到位) − 支出")
    c.check("sum_mismatch", N(qa) + N(rest) == N(un), "未支出 parts")
    yuan_pair(c, qa, yn, yu, "质保金")

    it = md(t, "支出内容", "年初预算")
    items, tot = item_table(c, it, "支出内容", "全年预算", "实际支出", "执行率", extra_sum_cols=("年初预算",))
    h = it[0]
    same(c, tot[h.index("年初预算")], ini, "item 年初"); same(c, tot[h.index("全年预算")], ann, "item 全年")
    same(c, tot[h.index("实际支出")], spent, "item 支出")
    same(c, row(it, "4", 0)[h.index("全年预算")], add, "追加 item"); same(c, row(it, "5", 0)[h.index("全年预算")], co, "结转 item")

    ct = md(t, "付款节点", "支付时间")
    cm = contract_table(c, ct)
    cval, = m1(t, r"运维服务合同金额" + NUM + "万元")
    same(c, cval, str(cm["合计"]), "contract")
    paid, = m1(t, r"首付款、进度款和尾款" + NUM + "万元")
    c.check("sum_mismatch", cm["首付款"] + cm["进度款"] + cm["尾款"] == N(paid), "paid")
    same(c, paid, row(it, "1", 0)[h.index("实际支出")], "运维 spent")
    same(c, qa, str(cm["质保金"]), "质保金")
    c.check("balance_mismatch", N(row(it, "1", 0)[h.index("全年预算")]) - N(paid) - cm["质保金"] + sum(
        N(r[h.index("全年预算")]) - N(r[h.index("实际支出")]) for r in items if r[0] in ("2", "3", "4", "5")) == N(rest), "节约")

    pt = md(t, "季度", "一季度")
    hp = pt[0]
    qs = [N(x) for x in row(pt, "支出（万元）", 0)[1:5]]
    ptot = row(pt, "支出（万元）", 0)[5]
    c.check("sum_mismatch", sum(qs) == N(ptot), "quarterly spending")
    same(c, ptot, spent, "quarterly spending total")
    base, = m1(t, r"累计执行进度按全年预算" + NUM + "万元计算")
    same(c, base, ann, "progress base")
    cum = D(0)
    for k, v in enumerate(qs):
        cum += v
        c.check("rate_mismatch", close(row(pt, "累计执行进度", 0)[1 + k].rstrip("%"), pct(cum, N(base))), f"Q{k+1} progress")
    q4, = m1(t, r"四季度支出" + NUM + "万元")
    same(c, q4, str(qs[3]), "Q4 spend prose")

    qt = md(t, "指标", "一季度", "季度平均")
    qr = quarter_rows(c, qt)

    fb_t = sp_table(t, "项目资金（万元）")
    fb = funds_block(c, fb_t, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], True)
    same(c, fb["initial"], ini, "funds 年初"); same(c, fb["annual"], ann, "funds 全年"); same(c, fb["spent"], spent, "funds 执行")
    same(c, row(fb_t, "其中：当年财政拨款", 0)[2], cur, "funds 拨款"); same(c, row(fb_t, "其中：当年财政拨款", 0)[3], cspent, "funds 拨款 执行")

    st = sp_table(t, "一级指标")
    rows, total = [], None
    for r in st[1:]:
        if r[0] == "合计":
            total = r
            continue
        rows.append({"name": r[2], "target": r[3], "actual": r[4], "comp": r[5], "w": r[6], "s": r[7]})
    byname = {r["name"]: r for r in rows}
    ptot_s, = m1(t, r"项目自评得分" + NUM + "分")
    indicator_block(c, rows, N(fb["w"]), N(fb["s"]), [("合计", total[7]), ("prose", ptot_s)], grades_in(t))
    c.check("weight_sum_mismatch", N(total[6]) == 100, "合计 分值")
    e2, a2r = m1(t, r"扣分项为预算执行率（" + NUM + r"%）和依申请公开按期答复率（" + NUM + "%）")
    same(c, e2, erate, "执行率 restated")

    same(c, sites + "个", byname["集约化平台承载网站数"]["actual"], "sites table")
    s55, info, comp = m1(t, r"集约化平台承载网站" + NUM + r"个；全年发布信息" + NUM + r"条，完成年度目标的" + NUM + "%")
    same(c, s55, sites, "sites prose")
    same(c, info, qr["信息发布（条）"]["total"], "信息 prose vs quarterly")
    same(c, info.replace(",", "") + "条", byname["全年信息发布量"]["actual"], "信息 prose vs table")
    c.check("completion_mismatch", close(comp, pct(N(info), parse_val(byname["全年信息发布量"]["target"])[1])), "prose completion")
    n9, = m1(t, r"完成" + NUM + "个政府门户网站适老化")
    c.check("sum_mismatch", N(n9) == 1 + N(s3), "适老化 = 市 + 县")
    same(c, n9 + "个", byname["适老化及无障碍改造网站数"]["actual"], "适老化 table")
    apps, qavg, ontime, arate = m1(t, r"全年受理依申请公开" + NUM + r"件，季均" + NUM + r"件，按期答复" + NUM + r"件，按期答复率" + NUM + "%")
    same(c, apps, qr["依申请公开受理（件）"]["total"], "依申请 prose vs quarterly")
    c.check("average_mismatch", close(qavg, N(apps) / 4), "依申请 季均")
    c.check("rate_mismatch", close(arate, pct(N(ontime), N(apps))), "按期答复率")
    same(c, arate + "%", byname["依申请公开按期答复率"]["actual"], "答复率 table")
    late, = m1(t, r"按期答复率[\d.]+%，" + NUM + "件因需征求第三方意见延期答复")
    c.check("sum_mismatch", N(apps) - N(ontime) == N(late), "延期 = 受理 − 按期")
    late2, = m1(t, r"全年" + NUM + "件延期答复")
    same(c, late2, late, "延期 restated")
    same(c, a2r, arate, "答复率 restated")
    camt, csites, unitc = m1(t, r"运维合同金额" + NUM + r"万元，承载网站" + NUM + r"个，单站年运维成本" + NUM + "万元")
    c.check("average_mismatch", close(unitc, N(camt) / N(csites)), "单站成本")
    same(c, camt, cval, "contract (成本)"); same(c, csites, sites, "sites (成本)")
    same(c, unitc + "万元", byname["单站年运维成本"]["actual"], "单站成本 table")
    visits, last, g = m1(t, r"网站年页面访问量" + NUM + r"万次，比上年（" + NUM + r"万次）增长" + NUM + "%")
    same(c, visits, qr["页面访问量（万次）"]["total"], "访问量 prose vs quarterly")
    same(c, visits.replace(",", "") + "万次", byname["网站年访问量"]["actual"], "访问量 table")
    c.check("rate_mismatch", close(g, pct(N(visits) - N(last), N(last))), "growth")
    ev, = m1(t, r"我市得分" + NUM + "分")
    same(c, ev + "分", byname["政务公开第三方评估得分"]["actual"], "评估")


PROJECTS = {
    "hb-xiaogan-jiyuepingtai-2019": p1,
    "ha-jianan-zwgkjiyue-2021": p2,
    "gd-dianbai-zsjbumen-2022": p3,
    "sc-enyang-zfwzxmt-2023": p4,
    "ah-chuzhou-jiyueyunwei-2025": p5,
}


def run(pid, text):
    c = Ctx(pid)
    PROJECTS[pid](c, text)
    return c.fails


def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = {}
    for lab in labels:
        pid = lab["source"]
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        try:
            fails = run(pid, text)
        except AssertionError as e:
            problems.append(f"{lab['case']}: cannot read figures: {e}")
            continue
        codes = {f[0] for f in fails}
        if lab["clean"]:
            if not 2500 <= len(text) <= 6000:
                problems.append(f"{lab['case']}: {len(text)} characters")
            if fails:
                problems.append(f"{lab['case']}: clean draft breaks {fails}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: {len(exp)} expected findings")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in A_CODES:
            problems.append(f"{lab['case']}: code {code} not in §A")
        if codes != {code}:
            problems.append(f"{lab['case']}: labelled {code}, identities broken: {fails}")
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or ea < p and eb < p:
            problems.append(f"{lab['case']}: edit of {max(ea - p, eb - p)} characters")
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times")
        else:
            vs = text.index(value)
            if not (vs < max(eb, p + 1) and vs + len(value) > p):
                problems.append(f"{lab['case']}: value does not cover the edit")
    if len(counts) != len(A_CODES) or min(counts.values()) < 2 or sum(counts.values()) != 30:
        problems.append(f"code counts {counts}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        for path in sys.argv[1:]:
            pid = re.sub(r"-(clean|e\d)\.txt$", "", os.path.basename(path))
            print(path, run(pid, open(path, encoding="utf-8").read()))
    else:
        main()
