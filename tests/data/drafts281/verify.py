#!/usr/bin/env python3
"""Verify drafts281.

1. Every label value occurs in its case (and not in the clean draft it came from).
2. Every error case differs from its clean draft in exactly one place: one contiguous changed
   segment, which is the build.py edit applied once.
3. Redo the arithmetic of every clean draft: the 自评表 (funds block, indicator rows, weights,
   scores, completion rates, total, grade) and the figures of the text (sums, balances, rates,
   averages, the same quantity in text and table).
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES  # noqa: E402

CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
LAYOUT = {
    "gs-dangchang-dianshang-2019": "flat",
    "hlj-tailai-zhibo-2021": "tab",
    "gd-luhe-lenglian-2022": "pdf",
    "nx-jingyuan-xianyushangye-2023": "md",
    "cq-wuxi-shangmao-2024": "fw",
}

FAIL = []
N_CHECKS = [0]


def fail(msg):
    FAIL.append(msg)


def D(s):
    return Decimal(str(s))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """stated (string as written) agrees with computed within half a unit of its last decimal."""
    v = D(re.sub(r"[^\d.\-]", "", str(stated)))
    tol = D("0.5") * (D(10) ** -decimals(re.sub(r"[^\d.\-]", "", str(stated)))) + D("1e-9")
    return abs(D(computed) - v) <= tol


def check(src, desc, stated, computed):
    N_CHECKS[0] += 1
    if not consistent(stated, computed):
        q = D(computed).quantize(D("0.0001"), rounding=ROUND_HALF_UP)
        fail(f"{src}: {desc}: stated {stated}, computed {q}")


def same(src, desc, a, b):
    N_CHECKS[0] += 1
    if D(a) != D(b):
        fail(f"{src}: {desc}: {a} vs {b}")


def one(src, text, pat, flags=0):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        fail(f"{src}: pattern {pat!r} matches {len(ms)} times")
        return None
    return ms[0]


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- table parsing
def table_rows(text, layout):
    start = text.rfind("项目支出绩效自评表\n（")
    region = text[start:]
    if layout == "flat":
        rows = []
        for block in region.rstrip("\n").split("\n\n"):
            cells = [ln[1:] if ln.startswith("\t") else ln for ln in block.split("\n")]
            rows.append(cells)
        return rows
    rows = []
    for ln in region.split("\n"):
        if layout == "tab":
            rows.append(ln.split("\t"))
        elif layout == "pdf":
            rows.append(ln.split(" "))
        elif layout == "md":
            if ln.startswith("|"):
                cells = [c.strip() for c in ln.strip()[1:-1].split("|")]
                if set(cells) != {"---"}:
                    rows.append(cells)
            else:
                rows.append([ln])
        elif layout == "fw":
            rows.append(ln.split("｜"))
    return rows


def col(row, header, name):
    """Cell of row under header column name, counted from the right (PDF rows lose empty cells)."""
    rel = header.index(name) - len(header)
    return row[len(row) + rel]


LEVELS = ("产出指标", "效益指标", "满意度指标")
NUM = re.compile(r"^(≥|≤|＞|＜|=)?([\d.]+)(.*)$")


def parse_table(src, text):
    rows = table_rows(text, LAYOUT[src])
    fh = next(r for r in rows if "年初预算数" in r)
    i = rows.index(fh)
    funds = []
    for r in rows[i + 1:]:
        if any("年度总体目标" in c for c in r):
            break
        funds.append(r)
    total_row = next(r for r in funds if "年度资金总额" in r)
    parts = [r for r in funds if r is not total_row and len(r) >= 6]
    ih = next(r for r in rows if "三级指标" in r)
    j = rows.index(ih)
    inds, level, total_score, grade = [], None, None, None
    for r in rows[j + 1:]:
        if r and r[0] == "总分":
            filled = [c for c in r if c]
            if filled[-2] != "100":
                fail(f"{src}: 总分 row weight {filled[-2]}")
            total_score = filled[-1]
            continue
        if r and r[0] == "自评等级":
            grade = r[1]
            continue
        if len(r) < 6:
            continue
        for lv in LEVELS:
            if lv in r[:2]:
                level = lv
        inds.append({
            "level": level,
            "name": col(r, ih, "三级指标"),
            "target": col(r, ih, "年度指标值"),
            "actual": col(r, ih, "实际完成值"),
            "weight": col(r, ih, "分值"),
            "score": col(r, ih, "得分"),
            "completion": col(r, ih, "完成率") if "完成率" in ih else None,
        })
    fget = lambda r, n: col(r, fh, n)  # noqa: E731
    return {"fh": fh, "total": total_row, "parts": parts, "inds": inds,
            "total_score": total_score, "grade": grade, "fget": fget}


def check_table(src, text):
    t = parse_table(src, text)
    g = t["fget"]
    tot = t["total"]
    initial, annual, spent = g(tot, "年初预算数"), g(tot, "全年预算数"), g(tot, "全年执行数")
    rate = D(spent) / D(annual) * 100
    check(src, "执行率 (table)", g(tot, "执行率"), rate)
    exec_w = g(tot, "分值")
    exec_score = g(tot, "得分")
    r_unrounded = D(exec_w) * min(D(1), D(spent) / D(annual))
    r_printed = D(exec_w) * min(D(1), D(g(tot, "执行率").rstrip("%")) / 100)
    N_CHECKS[0] += 1
    if not (consistent(exec_score, r_unrounded) or consistent(exec_score, r_printed)):
        fail(f"{src}: execution score {exec_score} vs {r_unrounded}")
    for colname in ("年初预算数", "全年预算数", "全年执行数"):
        check(src, f"funds column {colname} = sum of parts", g(tot, colname),
              sum(D(g(p, colname)) for p in t["parts"]))
    for p in t["parts"]:
        pr = g(p, "执行率")
        if pr not in ("—", ""):
            if D(g(p, "全年预算数")) == 0:
                fail(f"{src}: rate {pr} on a zero base")
            else:
                check(src, f"part rate {p[:2]}", pr, D(g(p, "全年执行数")) / D(g(p, "全年预算数")) * 100)
    wsum, ssum = D(exec_w), D(exec_score)
    lv_w, lv_s = Counter(), Counter()
    for ind in t["inds"]:
        w, s = D(ind["weight"]), D(ind["score"])
        wsum += w
        ssum += s
        lv_w[ind["level"]] += w
        lv_s[ind["level"]] += s
        N_CHECKS[0] += 1
        if not (0 <= s <= w):
            fail(f"{src}: {ind['name']} score {s} outside [0, {w}]")
        tg, ac = ind["target"], ind["actual"]
        if "年" in tg:  # a date target: the actual must be a date as well, and met
            N_CHECKS[0] += 1
            if "年" not in ac or s != w:
                fail(f"{src}: {ind['name']} date target {tg} vs actual {ac}, score {s}")
            if ind["completion"]:
                check(src, f"{ind['name']} completion", ind["completion"], 100)
            continue
        mt, ma = NUM.match(tg), NUM.match(ac)
        if not (mt and ma):
            fail(f"{src}: cannot read {tg!r} / {ac!r}")
            continue
        sign, tv, tu = mt.groups()
        _, av, au = ma.groups()
        N_CHECKS[0] += 1
        if tu != au:
            fail(f"{src}: {ind['name']} unit {tu!r} vs {au!r}")
            continue
        tv, av = D(tv), D(av)
        if sign in ("≤", "＜"):
            comp = D(100) if av <= tv else tv / av * 100
        else:
            comp = av / tv * 100
        expected = w * min(D(1), comp / 100)
        check(src, f"{ind['name']} score", ind["score"], expected)
        if ind["completion"]:
            check(src, f"{ind['name']} completion", ind["completion"], comp)
    check(src, "weights total 100", "100", wsum)
    if t["total_score"] is not None:
        check(src, "table total = sum of scores", t["total_score"], ssum)
    if t["grade"] is not None:
        N_CHECKS[0] += 1
        if t["grade"] != grade_of(ssum):
            fail(f"{src}: table grade {t['grade']} vs total {ssum}")
    t.update(initial=initial, annual=annual, spent=spent, rate=rate, wsum=wsum, ssum=ssum,
             exec_w=exec_w, exec_score=exec_score, lv_w=lv_w, lv_s=lv_s)
    return t


def ind_by(t, name):
    return next(i for i in t["inds"] if i["name"] == name)


def num_of(s):
    return re.match(r"[≥≤]?([\d.]+)", s).group(1)


def prose_of(text):
    return text[:text.rfind("项目支出绩效自评表\n（")]


# ---------------------------------------------------------------- per-draft text checks
def check_A(src, text, t):
    p = prose_of(text)
    m = one(src, p, r"共(\d+)万元，其中2018年下达(\d+)万元、2019年下达(\d+)万元")
    check(src, "1500 = 900 + 600", m.group(1), D(m.group(2)) + D(m.group(3)))
    m = one(src, p, r"年初预算([\d.]+)万元.*?结转资金([\d.]+)万元纳入年度预算，调整后全年预算([\d.]+)万元")
    same(src, "text 年初 vs table", m.group(1), t["initial"])
    same(src, "text 全年 vs table", m.group(3), t["annual"])
    check(src, "全年 = 年初 + 结转", m.group(3), D(m.group(1)) + D(m.group(2)))
    m = one(src, p, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    same(src, "text 执行 vs table", m.group(1), t["spent"])
    check(src, "text 执行率", m.group(2), t["rate"])
    m = one(src, p, r"当年中央财政资金支出([\d.]+)万元，执行率([\d.]+)%；上年结转资金([\d.]+)万元已全部支出")
    part = next(r for r in t["parts"] if "当年财政拨款" in "".join(r))
    same(src, "text central spent vs table", m.group(1), t["fget"](part, "全年执行数"))
    check(src, "central execution rate", m.group(2), D(m.group(1)) / D(t["fget"](part, "全年预算数")) * 100)
    check(src, "spent = central + carry-over", t["spent"], D(m.group(1)) + D(m.group(3)))
    m = one(src, p, r"县级电商公共服务中心运营([\d.]+)万元；乡村服务站点建设([\d.]+)万元（其中村级站点补助([\d.]+)万元、"
                    r"乡镇服务站([\d.]+)万元）；农村物流配送体系建设([\d.]+)万元；电商人才培训([\d.]+)万元；农产品上行（品牌培育及质量追溯）([\d.]+)万元")
    check(src, "spending directions add up", t["spent"], sum(D(m.group(k)) for k in (1, 2, 5, 6, 7)))
    check(src, "站点建设 = 村级 + 乡镇", m.group(2), D(m.group(3)) + D(m.group(4)))
    village = m.group(3)
    m2 = one(src, p, r"年末未支付的([\d.]+)万元")
    check(src, "balance = 全年 - 执行", m2.group(1), D(t["annual"]) - D(t["spent"]))
    m = one(src, p, r"新建及提升村级电商服务站点(\d+)个，超额完成")
    same(src, "sites text vs table", m.group(1), num_of(ind_by(t, "新建及提升村级电商服务站点")["actual"]))
    n_sites = m.group(1)
    m = one(src, p, r"每个([\d.]+)万元（即(\d+)元），共拨付补助资金([\d.]+)万元")
    check(src, "1.5万元 = 15000元", m.group(2), D(m.group(1)) * 10000)
    check(src, "sites × standard", m.group(3), D(n_sites) * D(m.group(1)))
    same(src, "subsidy in text twice", m.group(3), village)
    m = one(src, p, r"建成乡镇物流快递服务站(\d+)个，完成率([\d.]+)%")
    row = ind_by(t, "乡镇物流快递服务站")
    same(src, "物流站 text vs table", m.group(1), num_of(row["actual"]))
    check(src, "物流站 completion", m.group(2), D(m.group(1)) / D(num_of(row["target"])) * 100)
    m = one(src, p, r"累计培训(\d+)人次")
    same(src, "培训 text vs table", m.group(1), num_of(ind_by(t, "电商培训人次")["actual"]))
    m = one(src, p, r"农村网络零售额([\d.]+)亿元，较2018年的([\d.]+)亿元增长([\d.]+)%")
    same(src, "零售额 text vs table", m.group(1), num_of(ind_by(t, "全县农村网络零售额")["actual"]))
    check(src, "零售额 growth", m.group(3), (D(m.group(1)) - D(m.group(2))) / D(m.group(2)) * 100)
    m = one(src, p, r"分别为(\d+)万元、(\d+)万元、(\d+)万元、(\d+)万元，户均(\d+)万元")
    check(src, "户均", m.group(5), sum(D(m.group(k)) for k in range(1, 5)) / 4)
    m = one(src, p, r"带动贫困户增收(\d+)户。")
    same(src, "贫困户 text vs table", m.group(1), num_of(ind_by(t, "带动贫困户增收")["actual"]))
    m = one(src, p, r"占比为(\d+)%")
    same(src, "运营率 text vs table", m.group(1), num_of(ind_by(t, "电商服务站点持续运营率")["actual"]))
    m = one(src, p, r"服务对象满意度为([\d.]+)%")
    same(src, "满意度 text vs table", m.group(1), num_of(ind_by(t, "服务对象满意度")["actual"]))
    m = one(src, p, r"综合得分([\d.]+)分，评价等级为“(.)”")
    check(src, "text total = sum of table scores", m.group(1), t["ssum"])
    same(src, "text grade band", {"优": 1, "良": 2, "中": 3, "差": 4}[m.group(2)],
         {"优": 1, "良": 2, "中": 3, "差": 4}[grade_of(m.group(1))])


def check_B(src, text, t):
    p = prose_of(text)
    m = one(src, p, r"年初预算([\d.]+)万元，其中县级财政安排([\d.]+)万元、省级商务发展专项资金（2020年12月提前下达）([\d.]+)万元")
    same(src, "text 年初 vs table", m.group(1), t["initial"])
    check(src, "年初 = 县级 + 省级", m.group(1), D(m.group(2)) + D(m.group(3)))
    ini = m.group(1)
    m = one(src, p, r"追加直播电商人才培训资金([\d.]+)万元，调整后全年预算([\d.]+)万元，其中省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    same(src, "text 全年 vs table", m.group(2), t["annual"])
    check(src, "全年 = 年初 + 追加", m.group(2), D(ini) + D(m.group(1)))
    check(src, "全年 = 省级 + 县级", m.group(2), D(m.group(3)) + D(m.group(4)))
    prov_b, cnty_b = m.group(3), m.group(4)
    m = one(src, p, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中省级资金支出([\d.]+)万元，执行率([\d.]+)%；县级资金支出([\d.]+)万元，执行率([\d.]+)%")
    same(src, "text 执行 vs table", m.group(1), t["spent"])
    check(src, "text 执行率", m.group(2), t["rate"])
    check(src, "执行 = 省级 + 县级", m.group(1), D(m.group(3)) + D(m.group(5)))
    check(src, "省级执行率", m.group(4), D(m.group(3)) / D(prov_b) * 100)
    check(src, "县级执行率", m.group(6), D(m.group(5)) / D(cnty_b) * 100)
    for r in re.findall(r"县级资金执行率([\d.]+)%", p):
        same(src, "县级执行率 restated", r, m.group(6))
    m = one(src, p, r"结余资金([\d.]+)万元")
    check(src, "balance", m.group(1), D(t["annual"]) - D(t["spent"]))
    m = one(src, p, r"分别为([\d、]+)人次，合计(\d+)人次，期均(\d+)人次")
    xs = [D(x) for x in m.group(1).split("、")]
    check(src, "8 sessions add up", m.group(2), sum(xs))
    check(src, "期均", m.group(3), sum(xs) / len(xs))
    trained = m.group(2)
    same(src, "trained text vs table", trained, num_of(ind_by(t, "培训人次")["actual"]))
    m = one(src, p, r"合格(\d+)人，合格率([\d.]+)%")
    check(src, "合格率", m.group(2), D(m.group(1)) / D(trained) * 100)
    same(src, "合格率 text vs table", m.group(2), num_of(ind_by(t, "培训结业考核合格率")["actual"]))
    m = one(src, p, r"孵化本地直播带货主播(\d+)名，其中")
    same(src, "主播 text vs table", m.group(1), num_of(ind_by(t, "孵化本地直播带货主播")["actual"]))
    m = one(src, p, r"人均培训成本(\d+)元")
    check(src, "人均培训成本 (元)", m.group(1), D(t["spent"]) * 10000 / D(trained))
    same(src, "人均成本 text vs table", m.group(1), num_of(ind_by(t, "人均培训成本")["actual"]))
    m = one(src, p, r"销售额(\d+)万元，完成年度目标的([\d.]+)%")
    row = ind_by(t, "学员直播带货销售额")
    same(src, "销售额 text vs table", m.group(1), num_of(row["actual"]))
    check(src, "销售额 completion", m.group(2), D(m.group(1)) / D(num_of(row["target"])) * 100)
    m = one(src, p, r"带动就业(\d+)人，其中")
    same(src, "就业 text vs table", m.group(1), num_of(ind_by(t, "带动就业人数")["actual"]))
    m = one(src, p, r"坚持开播的(\d+)人，占([\d.]+)%")
    check(src, "持续开播比例", m.group(2), D(m.group(1)) / D(trained) * 100)
    same(src, "开播比例 text vs table", m.group(2), num_of(ind_by(t, "结业学员持续开播比例")["actual"]))
    m = one(src, p, r"满意度为([\d.]+)%")
    same(src, "满意度 text vs table", m.group(1), num_of(ind_by(t, "参训学员满意度")["actual"]))
    m = one(src, p, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    same(src, "text execution weight", m.group(1), t["exec_w"])
    for k, lv in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        same(src, f"text weight {lv} vs table rows", m.group(k), t["lv_w"][lv])
    m = one(src, p, r"得分([\d.]+)分，自评等级为“(.)”")
    check(src, "text total", m.group(1), t["ssum"])
    same(src, "text total vs table total", m.group(1), t["total_score"])
    N_CHECKS[0] += 1
    if m.group(2) != grade_of(m.group(1)):
        fail(f"{src}: grade {m.group(2)} vs {m.group(1)}")


def check_C(src, text, t):
    p = prose_of(text)
    m = one(src, p, r"项目预算([\d.]+)万元，其中省级专项资金([\d.]+)万元、县级配套资金([\d.]+)万元，年中未作调整")
    same(src, "text 预算 vs table 全年", m.group(1), t["annual"])
    same(src, "no adjustment: 年初 = 全年", t["initial"], t["annual"])
    check(src, "预算 = 省级 + 县级", m.group(1), D(m.group(2)) + D(m.group(3)))
    for name, val in (("省级", m.group(2)), ("县级", m.group(3))):
        part = next(r for r in t["parts"] if name in "".join(r))
        same(src, f"{name} text vs table", val, t["fget"](part, "全年预算数"))
    m = one(src, p, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    same(src, "text 执行 vs table", m.group(1), t["spent"])
    check(src, "text 执行率", m.group(2), t["rate"])
    check(src, "balance", m.group(3), D(t["annual"]) - D(t["spent"]))
    rows = re.findall(r"^(\d) (\S+) (\S+) ([\d.]+) ([\d.]+)$", p, re.M)
    tot = one(src, p, r"^合计 ([\d.]+) ([\d.]+)$", re.M)
    check(src, "detail budget total", tot.group(1), sum(D(r[3]) for r in rows))
    check(src, "detail spent total", tot.group(2), sum(D(r[4]) for r in rows))
    same(src, "detail total vs table 全年", tot.group(1), t["annual"])
    same(src, "detail total vs table 执行", tot.group(2), t["spent"])
    m = one(src, p, r"新建产地冷库(\d)座，新增库容(\d+)立方米，其中河田镇(\d+)立方米、水唇镇(\d+)立方米")
    check(src, "库容 = 河田 + 水唇", m.group(2), D(m.group(3)) + D(m.group(4)))
    same(src, "库容 text vs table", m.group(2), num_of(ind_by(t, "新增冷库库容")["actual"]))
    same(src, "冷库 text vs table", m.group(1), num_of(ind_by(t, "新建产地冷库")["actual"]))
    cap = m.group(2)
    m = one(src, p, r"单位库容建设成本(\d+)元/立方米")
    cold = [r for r in rows if "冷库" in r[1]]
    check(src, "单位库容成本 (元)", m.group(1), sum(D(r[4]) for r in cold) * 10000 / D(cap))
    same(src, "单位成本 text vs table", m.group(1), num_of(ind_by(t, "单位库容建设成本")["actual"]))
    m = one(src, p, r"降至([\d.]+)%")
    same(src, "损耗率 text vs table", m.group(1), num_of(ind_by(t, "果蔬产后损耗率")["actual"]))
    m = one(src, p, r"带动农产品销售(\d+)万元，未达到")
    same(src, "销售额 text vs table", m.group(1), num_of(ind_by(t, "带动农产品销售额")["actual"]))
    m = one(src, p, r"冷库服务带动农户(\d+)户")
    same(src, "农户 text vs table", m.group(1), num_of(ind_by(t, "服务带动农户数")["actual"]))
    m = one(src, p, r"满意度为(\d+)%")
    same(src, "满意度 text vs table", m.group(1), num_of(ind_by(t, "合作社及农户满意度")["actual"]))
    m = one(src, p, r"综合得分([\d.]+)分，评价等级为“(.)”")
    check(src, "text total", m.group(1), t["ssum"])
    same(src, "text total vs table total", m.group(1), t["total_score"])
    N_CHECKS[0] += 1
    if m.group(2) != grade_of(m.group(1)):
        fail(f"{src}: grade {m.group(2)} vs {m.group(1)}")


def check_D(src, text, t):
    p = prose_of(text)
    m = one(src, p, r"年初预算([\d.]+)万元，其中中央财政服务业发展资金([\d.]+)万元、县级配套资金([\d.]+)万元；"
                    r"年中将2022年县域商业体系建设项目结转资金([\d.]+)万元纳入本项目管理，调整后全年预算([\d.]+)万元")
    same(src, "text 年初 vs table", m.group(1), t["initial"])
    check(src, "年初 = 中央 + 县级", m.group(1), D(m.group(2)) + D(m.group(3)))
    check(src, "全年 = 年初 + 结转", m.group(5), D(m.group(1)) + D(m.group(4)))
    same(src, "text 全年 vs table", m.group(5), t["annual"])
    carry = next(r for r in t["parts"] if "上年结转" in "".join(r))
    same(src, "carry-over text vs table", m.group(4), t["fget"](carry, "全年预算数"))
    m = one(src, p, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，其中上年结转资金([\d.]+)万元已全部支出")
    same(src, "text 执行 vs table", m.group(1), t["spent"])
    check(src, "text 执行率", m.group(2), t["rate"])
    same(src, "carry-over spent text vs table", m.group(3), t["fget"](carry, "全年执行数"))
    m = one(src, p, r"县级物流配送中心改造([\d.]+)万元、乡镇商贸中心改造提升([\d.]+)万元、村级便民商店改造提升([\d.]+)万元"
                    r"（(\d+)个，每个补助(\d+)元）、新民乡农贸市场改造([\d.]+)万元、县电子商务公共服务中心运营([\d.]+)万元")
    check(src, "sub-projects add up", t["spent"], sum(D(m.group(k)) for k in (1, 2, 3, 6, 7)))
    check(src, "便民商店 = 个数 × 8000元", m.group(3), D(m.group(4)) * D(m.group(5)) / 10000)
    row = ind_by(t, "村级便民商店改造补助标准")
    check(src, "8000元 = 0.8万元 (table)", num_of(row["actual"]), D(m.group(5)) / 10000)
    same(src, "便民商店个数 text vs table", m.group(4), num_of(ind_by(t, "改造提升村级便民商店")["actual"]))
    m = one(src, p, r"未支出的([\d.]+)万元")
    check(src, "carry-forward = 全年 - 执行", m.group(1), D(t["annual"]) - D(t["spent"]))
    m = one(src, p, r"(\d)个子项目中按期完工(\d)个，按期完工率([\d.]+)%")
    check(src, "按期完工率", m.group(3), D(m.group(2)) / D(m.group(1)) * 100)
    same(src, "按期完工率 text vs table", m.group(3), num_of(ind_by(t, "子项目按期完工率")["actual"]))
    m = one(src, p, r"2023年全县社会消费品零售总额增长([\d.]+)%")
    same(src, "零售额增长 text vs table", m.group(1), num_of(ind_by(t, "社会消费品零售总额增长率")["actual"]))
    m = one(src, p, r"日均处理快件(\d+)件，比上年")
    same(src, "快件 text vs table", m.group(1), num_of(ind_by(t, "县乡村三级物流日均处理快件量")["actual"]))
    m = one(src, p, r"综合满意度([\d.]+)%")
    same(src, "满意度 text vs table", m.group(1), num_of(ind_by(t, "商户及群众满意度")["actual"]))
    m = one(src, p, r"商户满意度([\d.]+)%")
    N_CHECKS[0] += 1
    if not (0 <= D(m.group(1)) <= 100):
        fail(f"{src}: 商户满意度 {m.group(1)}")
    m = one(src, p, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    same(src, "text execution weight", m.group(1), t["exec_w"])
    for k, lv in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        same(src, f"text weight {lv} vs table rows", m.group(k), t["lv_w"][lv])
    m = one(src, p, r"项目得分([\d.]+)分，评价等级为“(.)”")
    check(src, "text total", m.group(1), t["ssum"])
    same(src, "text total vs table total", m.group(1), t["total_score"])
    N_CHECKS[0] += 1
    if m.group(2) != grade_of(m.group(1)):
        fail(f"{src}: grade {m.group(2)} vs {m.group(1)}")


def check_E(src, text, t):
    p = prose_of(text)
    m = one(src, p, r"年初预算([\d.]+)万元，其中市级县域商业体系建设专项资金([\d.]+)万元（2023年12月提前下达）、县级配套资金([\d.]+)万元")
    same(src, "text 年初 vs table", m.group(1), t["initial"])
    check(src, "年初 = 市级 + 县级", m.group(1), D(m.group(2)) + D(m.group(3)))
    ini, city0, county = m.group(1), m.group(2), m.group(3)
    m = one(src, p, r"追加市级资金([\d.]+)万元，全年预算([\d.]+)万元")
    check(src, "全年 = 年初 + 追加", m.group(2), D(ini) + D(m.group(1)))
    same(src, "text 全年 vs table", m.group(2), t["annual"])
    city = next(r for r in t["parts"] if "市级" in "".join(r))
    cnty = next(r for r in t["parts"] if "县级" in "".join(r))
    check(src, "市级全年 = 提前下达 + 追加", t["fget"](city, "全年预算数"), D(city0) + D(m.group(1)))
    same(src, "县级 text vs table", county, t["fget"](cnty, "全年预算数"))
    m = one(src, p, r"项目支出([\d.]+)万元，预算执行率([\d.]+)%，其中市级资金支出([\d.]+)万元、县级资金支出([\d.]+)万元")
    same(src, "text 执行 vs table", m.group(1), t["spent"])
    check(src, "text 执行率", m.group(2), t["rate"])
    check(src, "执行 = 市级 + 县级", m.group(1), D(m.group(3)) + D(m.group(4)))
    same(src, "市级执行 text vs table", m.group(3), t["fget"](city, "全年执行数"))
    same(src, "县级执行 text vs table", m.group(4), t["fget"](cnty, "全年执行数"))
    m = one(src, p, r"上磺镇([\d.]+)万元、古路镇([\d.]+)万元、文峰镇([\d.]+)万元、徐家镇([\d.]+)万元、白鹿镇([\d.]+)万元（预付工程款）")
    check(src, "towns add up", t["spent"], sum(D(m.group(k)) for k in range(1, 6)))
    four = [D(m.group(k)) for k in range(1, 5)]
    m = one(src, p, r"已完工的4个商贸中心平均投入([\d.]+)万元")
    check(src, "average of the 4 finished centres", m.group(1), sum(four) / 4)
    m = one(src, p, r"年末未支出的([\d.]+)万元")
    check(src, "carry-forward = 全年 - 执行", m.group(1), D(t["annual"]) - D(t["spent"]))
    m = one(src, p, r"结转至(\d{4})年")
    same(src, "carry-forward goes to the next year", m.group(1), 2025)
    m = one(src, p, r"新增改造营业面积(\d+)平方米。")
    same(src, "面积 text vs table", m.group(1), num_of(ind_by(t, "新增改造营业面积")["actual"]))
    m = one(src, p, r"按市级资金([\d.]+)万元、(\d)个商贸中心计算，单个商贸中心市级补助(\d+)万元")
    same(src, "市级 text vs table", m.group(1), t["fget"](city, "全年预算数"))
    check(src, "per-centre subsidy", m.group(3), D(m.group(1)) / D(m.group(2)))
    same(src, "per-centre text vs table", m.group(3), num_of(ind_by(t, "单个商贸中心市级补助")["actual"]))
    m = one(src, p, r"入驻商户(\d+)户，完成率([\d.]+)%")
    row = ind_by(t, "商贸中心入驻商户数")
    same(src, "商户 text vs table", m.group(1), num_of(row["actual"]))
    check(src, "商户 completion", m.group(2), D(m.group(1)) / D(num_of(row["target"])) * 100)
    m = one(src, p, r"销售额同比增长([\d.]+)%")
    same(src, "增长率 text vs table", m.group(1), num_of(ind_by(t, "商贸中心销售额增长率")["actual"]))
    m = one(src, p, r"辐射带动服务人口([\d.]+)万人，")
    same(src, "人口 text vs table", m.group(1), num_of(ind_by(t, "辐射带动服务人口")["actual"]))
    m = one(src, p, r"满意度为(\d+)%")
    same(src, "满意度 text vs table", m.group(1), num_of(ind_by(t, "群众满意度")["actual"]))
    m = one(src, p, r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
                    r"综合得分([\d.]+)分，距“优”档仅差([\d.]+)分")
    same(src, "text execution score", m.group(1), t["exec_score"])
    for k, lv in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        check(src, f"text {lv} score = table rows", m.group(k), t["lv_s"][lv])
    check(src, "text total = parts", m.group(5), sum(D(m.group(k)) for k in range(1, 5)))
    check(src, "text total = table", m.group(5), t["ssum"])
    check(src, "gap to 90", m.group(6), 90 - D(m.group(5)))


PER_DRAFT = {
    "gs-dangchang-dianshang-2019": check_A,
    "hlj-tailai-zhibo-2021": check_B,
    "gd-luhe-lenglian-2022": check_C,
    "nx-jingyuan-xianyushangye-2023": check_D,
    "cq-wuxi-shangmao-2024": check_E,
}


# ---------------------------------------------------------------- set-level checks
def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        fail(f"expected 35 labels with 5 clean, got {len(labels)}")
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        fail("labels and case files differ")
    codes = Counter()
    where = Counter()
    edit_of = {f"{src}-{e[0]}.txt": e for src in SOURCES for e in EDITS[src]}
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            n = len(text)
            if not 3000 <= n <= 5000:
                fail(f"{rec['case']}: {n} characters")
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        clean = read(f"{rec['source']}-clean.txt")
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one finding")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if exp["value"] not in text:
                fail(f"{rec['case']}: value not in case: {exp['value']!r}")
            if exp["value"] in clean:
                fail(f"{rec['case']}: value also in the clean draft: {exp['value']!r}")
        # one place: common prefix / suffix leave a single changed segment = the edit
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        seg_old, seg_new = clean[i:len(clean) - j], text[i:len(text) - j]
        _, code, wh, old, new, _, _ = edit_of[rec["case"]]
        where[wh] += 1
        if clean.replace(old, new, 1) != text or clean.count(old) != 1:
            fail(f"{rec['case']}: case is not the clean draft with its one edit")
        if not seg_old and not seg_new or len(seg_old) > 120 or seg_old not in old or seg_new not in new:
            fail(f"{rec['case']}: changed segment {seg_old!r} -> {seg_new!r}")
        if code != rec["expected"][0]["code"]:
            fail(f"{rec['case']}: code differs from build.py")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    for c in codes:
        if c not in CODES:
            fail(f"unknown code {c}")
    if abs(where["prose"] - where["table"]) > 2:
        fail(f"prose/table split {dict(where)}")
    # arithmetic of the clean drafts
    for src in SOURCES:
        text = read(f"{src}-clean.txt")
        try:
            t = check_table(src, text)
            PER_DRAFT[src](src, text, t)
        except Exception as exc:
            fail(f"{src}: could not redo the arithmetic: {exc!r}")
    # the arithmetic must catch the tabular slips too (sanity: the error cases fail somewhere)
    for src in SOURCES:
        for e in EDITS[src]:
            text = read(f"{src}-{e[0]}.txt")
            before = len(FAIL)
            saved = N_CHECKS[0]
            try:
                t = check_table(src, text)
                PER_DRAFT[src](src, text, t)
            except Exception as exc:  # a broken parse also counts as caught
                FAIL.append(f"parse {exc}")
            caught = len(FAIL) > before
            del FAIL[before:]
            N_CHECKS[0] = saved
            if not caught and e[1] not in ("year_mismatch",):
                fail(f"{src}-{e[0]} ({e[1]}): not caught by the arithmetic of verify.py")
    print(f"{len(labels)} labels, codes: " + ", ".join(f"{c} {codes[c]}" for c in CODES))
    print(f"errors in prose {where['prose']}, in tables {where['table']}; arithmetic checks on clean drafts: {N_CHECKS[0]}")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
