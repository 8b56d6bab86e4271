#!/usr/bin/env python3
"""Verify the n107 set.

1. every label's value occurs in its case; codes are from errors.md §A; each of the 13 codes occurs >= 2 times;
2. every error case differs from its clean draft in one place (one contiguous changed region);
3. the arithmetic of every clean draft holds: the funds table, the indicator table (weights, scores, row
   scores from target/actual, units, grade band), the field lines, and a list of text identities per draft
   (rates, sums, balances, averages, completion rates, restated figures, years);
4. self-test: the same checks run on every error case, and at least one of them must fail.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def dec(s):
    return Decimal(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated_str, extra=Decimal("0")):
    """stated value with d decimals is consistent with computed iff |c - v| <= 0.5*10^-d."""
    tol = Decimal("0.5") * (Decimal(10) ** -ndec(stated_str)) + Decimal("1e-9") + extra
    return abs(Decimal(computed) - dec(stated_str)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(score):
    s = Decimal(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "合格": "中",
              "一般": "中", "较差": "差", "差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- text templates
def compile_tpl(tpl):
    return re.compile(re.escape(tpl).replace(r"\{\}", NUM))


def grab(text, tpl):
    """All capture tuples of a template; raises if absent or if its occurrences disagree."""
    rx = compile_tpl(tpl)
    found = [m.groups() for m in rx.finditer(text)]
    if not found:
        raise LookupError(f"template not found: {tpl}")
    norm = {tuple(dec(x) for x in g) for g in found}
    if len(norm) > 1:
        raise ValueError(f"template occurs with different values: {tpl} -> {sorted(norm)}")
    return found[0]


def ref(text, r):
    """A reference is a template (first capture) or (template, index)."""
    if isinstance(r, tuple):
        return grab(text, r[0])[r[1]]
    return grab(text, r)[0]


# ----------------------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            cur.append(cells)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def col(header, key):
    for i, h in enumerate(header):
        if key in h:
            return i
    raise LookupError(f"column {key} not in {header}")


def amount(cell):
    return Decimal(0) if cell in ("—", "-", "") else dec(cell)


TARGET_RX = re.compile(r"^(≥|≤|＞|＜|>=|<=)?\s*" + NUM + r"\s*(.*)$")
ACTUAL_RX = re.compile(r"^(约)?" + NUM + r"\s*(.*)$")


def table_checks(text, fails):
    info = {}
    tbs = tables(text)
    funds = [t for t in tbs if any("年初预算数" in c for c in t[0])]
    inds = [t for t in tbs if any("三级指标" in c for c in t[0])]
    if len(funds) != 1 or len(inds) != 1:
        fails.append(f"expected one funds table and one indicator table, got {len(funds)}/{len(inds)}")
        return info
    # funds table
    t = funds[0]
    h = t[0]
    ci, ca, cb, cw, cr, cs = (col(h, "年初预算"), col(h, "全年预算"), col(h, "全年执行"), col(h, "分值"),
                              col(h, "执行率"), col(h, "得分"))
    total = [r for r in t[1:] if "年度资金总额" in r[0]][0]
    subs = [r for r in t[1:] if r is not total]
    for c in (ci, ca, cb):
        s = sum(amount(r[c]) for r in subs)
        if abs(s - amount(total[c])) > Decimal("0.005"):
            fails.append(f"funds column {h[c]}: parts {s} != total {total[c]}")
    A, B = amount(total[ca]), amount(total[cb])
    rate_s = total[cr].rstrip("%")
    rate = B / A * 100
    if not close(rate, rate_s):
        fails.append(f"execution rate {total[cr]} != {B}/{A} = {rate:.4f}%")
    if rate > 100:
        fails.append(f"execution rate over 100%: {total[cr]}")
    w = dec(total[cw])
    sc_ok = close(w * min(rate, Decimal(100)) / 100, total[cs]) or close(
        w * min(dec(rate_s), Decimal(100)) / 100, total[cs])
    if not sc_ok:
        fails.append(f"execution score {total[cs]} != {w} x {rate:.2f}%")
    for r in subs:
        if r[cr] not in ("—", "-", ""):
            base = amount(r[ca])
            if base == 0:
                fails.append(f"rate {r[cr]} printed on a zero base in row {r[0]}")
            elif not close(amount(r[cb]) / base * 100, r[cr].rstrip("%")):
                fails.append(f"row {r[0]} rate {r[cr]} wrong")
    info.update(initial=total[ci], budget=total[ca], spent=total[cb], rate=total[cr], exec_w=w,
                exec_s=dec(total[cs]))
    # indicator table
    t = inds[0]
    h = t[0]
    c1, ct, cact, cw, cs = col(h, "一级"), col(h, "年度指标值"), col(h, "实际完成值"), col(h, "分值"), col(h, "得分")
    c3 = col(h, "三级")
    rows, tot = [], None
    level = ""
    for r in t[1:]:
        if r[0] in ("总分", "合计"):
            tot = r
            continue
        if r[c1]:
            level = r[c1]
        rows.append((level, r))
    if tot is None:
        fails.append("indicator table has no 总分/合计 row")
        return info
    wsum = info["exec_w"] + sum(dec(r[cw]) for _, r in rows)
    ssum = info["exec_s"] + sum(dec(r[cs]) for _, r in rows)
    if wsum != 100 or dec(tot[cw]) != 100:
        fails.append(f"weights add to {wsum}, stated {tot[cw]}")
    if not close(ssum, tot[cs]):
        fails.append(f"scores add to {ssum}, stated total {tot[cs]}")
    levels = {}
    for lv, r in rows:
        key = re.sub(r"（.*?）", "", lv)
        levels.setdefault(key, [Decimal(0), Decimal(0)])
        levels[key][0] += dec(r[cw])
        levels[key][1] += dec(r[cs])
        m = re.search(r"（(\d+)分）", lv)
        if m:
            info.setdefault("level_w", {})[key] = Decimal(m.group(1))
        wv, sv = dec(r[cw]), dec(r[cs])
        if sv > wv or sv < 0:
            fails.append(f"row {r[c3]}: score {sv} outside [0, {wv}]")
        tm, am = TARGET_RX.match(r[ct]), ACTUAL_RX.match(r[cact])
        if tm and am and not re.match(r"\d{4}年", r[ct]):
            sign, T, tu = tm.group(1) or "", dec(tm.group(2)), tm.group(3)
            A_, au = dec(am.group(2)), am.group(3)
            if tu != au:
                fails.append(f"row {r[c3]}: target unit {tu!r} vs actual unit {au!r}")
                continue
            if au == "%" and ("率" in r[c3] or "满意度" in r[c3]) and A_ > 100:
                fails.append(f"row {r[c3]}: rate {r[cact]} above 100%")
            if sign in ("≤", "＜", "<="):
                exp = wv if A_ <= T else wv * T / A_
            else:
                exp = wv * min(Decimal(1), A_ / T)
            if not close(r2(exp), r[cs]):
                fails.append(f"row {r[c3]}: score {r[cs]} but rule gives {r2(exp)}")
    for key, wtot in info.get("level_w", {}).items():
        if levels[key][0] != wtot:
            fails.append(f"level {key}: weights {levels[key][0]} != {wtot}")
    info.update(levels=levels, total_w=tot[cw], total_s=tot[cs])
    return info


def field_and_grade_checks(text, info, fails):
    fields = dict(re.findall(r"^([^：\n|]{2,20})：(.+)$", text, flags=re.M))

    def fv(*keys):
        for k in keys:
            if k in fields:
                return fields[k].strip()
        return None

    for keys, key in ((("年初预算数（万元）",), "initial"), (("全年预算数（万元）",), "budget"),
                      (("全年执行数（万元）",), "spent")):
        v = fv(*keys)
        if v is None or dec(v) != dec(info[key]):
            fails.append(f"field {keys[0]} = {v} vs table {info[key]}")
    v = fv("预算执行率", "执行率")
    if v is None or dec(v.rstrip("%")) != dec(info["rate"].rstrip("%")):
        fails.append(f"field 执行率 = {v} vs table {info['rate']}")
    v = fv("自评得分", "自评总分", "绩效自评得分")
    if v is None or dec(v) != dec(info["total_s"]):
        fails.append(f"field score = {v} vs table {info['total_s']}")
    want = band(dec(info["total_s"]))
    grades = re.findall(r"(?:等级)(?:为|：)[\"“]?(优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)", text)
    if not grades:
        fails.append("no grade stated")
    for g in grades:
        if GRADE_NORM[g] != want:
            fails.append(f"grade {g} does not fit total {info['total_s']} ({want})")


# ----------------------------------------------------------------------------- per-draft identities
def run_identities(text, info, checks, fails):
    for chk in checks:
        kind = chk[0]
        try:
            if kind == "sum":  # first capture = sum of the others (one template)
                g = grab(text, chk[1])
                if not close(sum(dec(x) for x in g[1:]), g[0]):
                    fails.append(f"sum {chk[1]}: {g}")
            elif kind == "sumx":  # refs parts, ref total
                parts = [dec(ref(text, r)) for r in chk[1]]
                tot = ref(text, chk[2])
                if not close(sum(parts), tot):
                    fails.append(f"sum {parts} != {tot}")
            elif kind == "rate":  # num, den, rate (%)
                n, d, r = dec(ref(text, chk[1])), dec(ref(text, chk[2])), ref(text, chk[3])
                if not close(n / d * 100, r):
                    fails.append(f"rate {n}/{d} = {n / d * 100:.4f} != {r}")
                if dec(r) > 100 and (len(chk) < 5 or chk[4] != "may_exceed"):
                    fails.append(f"rate {r} above 100%")
            elif kind == "diff":  # a - b = c
                a, b, c = dec(ref(text, chk[1])), dec(ref(text, chk[2])), ref(text, chk[3])
                if not close(a - b, c):
                    fails.append(f"diff {a} - {b} != {c}")
            elif kind == "mean":  # template with n captures, ref average
                g = grab(text, chk[1])
                avg = ref(text, chk[2])
                if not close(sum(dec(x) for x in g) / len(g), avg):
                    fails.append(f"mean of {g} != {avg}")
            elif kind == "eq":
                vals = [dec(ref(text, r)) for r in chk[1:]]
                if len(set(vals)) != 1:
                    fails.append(f"values differ: {vals} for {chk[1:]}")
            elif kind == "prod_wan":  # a * b 元 = c 万元
                a, b, c = dec(ref(text, chk[1])), dec(ref(text, chk[2])), ref(text, chk[3])
                if not close(a * b / 10000, c):
                    fails.append(f"{a} x {b}元 != {c}万元")
            elif kind == "year":
                y = ref(text, chk[1])
                if int(dec(y)) != chk[2]:
                    fails.append(f"year {y} in {chk[1]!r}, expected {chk[2]}")
            elif kind == "level":  # text subtotal = table level sum
                v = ref(text, chk[1])
                if not close(info["levels"][chk[2]][1], v):
                    fails.append(f"level {chk[2]} text {v} vs table {info['levels'][chk[2]][1]}")
            elif kind == "exec_score":
                v = ref(text, chk[1])
                if dec(v) != info["exec_s"]:
                    fails.append(f"execution score text {v} vs table {info['exec_s']}")
            elif kind == "total":
                v = ref(text, chk[1])
                if dec(v) != dec(info["total_s"]):
                    fails.append(f"total text {v} vs table {info['total_s']}")
            elif kind == "tab":  # a text figure equals a table figure
                v = ref(text, chk[1])
                if dec(v) != dec(info[chk[2]]):
                    fails.append(f"{chk[1]!r} = {v} vs table {chk[2]} {info[chk[2]]}")
            elif kind == "col_sum":  # a column of a small table adds up to its 合计 row
                t = [tb for tb in tables(text) if any(chk[1] in c for c in tb[0])][0]
                c = col(t[0], chk[2])
                body = [r for r in t[1:] if "合计" not in r]
                totr = [r for r in t[1:] if "合计" in r][0]
                if not close(sum(dec(r[c]) for r in body), totr[c]):
                    fails.append(f"column {chk[2]} adds to {sum(dec(r[c]) for r in body)}, 合计 {totr[c]}")
            else:
                raise KeyError(kind)
        except (LookupError, ValueError, ArithmeticError) as exc:
            fails.append(f"{kind}: {exc}")


CHECKS = {
    "wanan-yinshui-2018": [
        ("sum", "年初预算安排本项目资金{}万元，其中省级农村饮水安全工程维修养护补助资金{}万元、县级配套资金{}万元"),
        ("sum", "全年预算调整为{}万元，其中省级补助资金{}万元、县级配套资金{}万元"),
        ("sumx", ["年初预算安排本项目资金{}万元", "追加下达维修养护以奖代补资金{}万元"], "全年预算调整为{}万元"),
        ("tab", "年初预算安排本项目资金{}万元", "initial"),
        ("tab", "全年预算调整为{}万元", "budget"),
        ("tab", "全年实际支出{}万元", "spent"),
        ("rate", "全年实际支出{}万元", "全年预算调整为{}万元", "预算执行率{}%。按支出用途分"),
        ("sumx", [("按支出用途分：管网维修改造{}万元，水源工程及泵站设备维修{}万元，净化消毒设备更换{}万元，水质检测{}万元，村级管水员补助{}万元", i) for i in range(5)],
         "全年实际支出{}万元"),
        ("prod_wan", "聘用村级管水员{}名", "按每人每年{}元", "村级管水员补助{}万元"),
        ("sumx", ["省级补助资金{}万元已全部支出", "县级配套资金110万元支出{}万元"], "全年实际支出{}万元"),
        ("rate", "县级配套资金110万元支出{}万元", "县级配套资金{}万元支出", "支出率{}%"),
        ("diff", "全年预算调整为{}万元", "全年实际支出{}万元", "年末结余{}万元"),
        ("diff", "县级配套资金{}万元支出", "县级配套资金110万元支出{}万元", "年末结余{}万元"),
        ("rate", "全年完成维修养护农村供水工程{}处", "为年度目标（{}处）", "处）的{}%", "may_exceed"),
        ("rate", "维修更换老化管网{}公里，完成", "完成年度目标{}公里", "完成年度目标45公里的{}%"),
        ("diff", "完成年度目标{}公里", "维修更换老化管网{}公里，完成", "差额{}公里"),
        ("diff", "提高到{}%", "由2017年的{}%", "提高{}个百分点"),
        ("rate", "其中\"满意\"和\"基本满意\"{}份", "收回{}份", "满意度{}%。"),
        ("eq", "满意度{}%。", "| 受益群众满意度 | ≥90% | {}% |"),
        ("eq", "全年完成维修养护农村供水工程{}处", "| 维修养护农村供水工程数量 | ≥120处 | {}处 |"),
        ("eq", "维修更换老化管网{}公里，完成", "| ≥45公里 | {}公里 |"),
        ("eq", "检测合格率{}%，高于", "| ≥85% | {}% |"),
        ("eq", "通过维修养护，{}万农村人口", "| ≥8.5万人 | {}万人 |"),
        ("eq", "提高到{}%", "| ≥82% | {}% |"),
        ("exec_score", "预算执行率得分{}分"),
        ("level", "产出指标得分{}分", "产出指标"),
        ("level", "效益指标得分{}分", "效益指标"),
        ("level", "满意度指标得分{}分", "满意度指标"),
        ("total", "自评总分{}分"),
        ("year", "对{}年度农村饮水安全工程维修养护项目开展了绩效自评", 2018),
        ("year", "评价年度：{}年", 2018),
        ("year", "截至{}年12月31日", 2018),
        ("year", "结转至{}年继续", 2019),
    ],
    "anren-gongshui-2020": [
        ("sum", "全年预算{}万元，其中县级财政预算安排{}万元、中央农村供水工程维修养护补助资金{}万元（2020年6月下达）、2019年结转资金{}万元"),
        ("tab", "本项目全年预算{}万元", "budget"),
        ("tab", "县级财政预算安排{}万元", "initial"),
        ("rate", "中央农村供水工程维修养护补助资金{}万元", "本项目全年预算{}万元", "占全年预算的{}%"),
        ("tab", "全年执行{}万元", "spent"),
        ("rate", "全年执行{}万元", "本项目全年预算{}万元", "执行率{}%。其中"),
        ("sumx", [("其中：单村供水工程维修{}万元，千人以上集中供水工程维修{}万元，水质检测及消毒药剂{}万元，维修养护管理及信息化建设{}万元", i) for i in range(4)],
         "全年执行{}万元"),
        ("diff", "本项目全年预算{}万元", "全年执行{}万元", "年末未支出{}万元"),
        ("eq", "、2019年结转资金{}万元，中央", "2019年结转资金{}万元已于", "| 上年结转资金 | 0.00 | {} |"),
        ("rate", "全年完成维修养护工程{}处", "为年度计划{}处", "处的{}%", "may_exceed"),
        ("eq", "全年完成维修养护工程{}处", "完成维修养护工程{}处，更换", "| ≥140处 | {}处 |"),
        ("eq", "更换老化供水管网{}公里", "更换老化管网{}公里、", "| ≥30公里 | {}公里 |"),
        ("eq", "更换水泵及消毒设备{}台（套），其中", "| ≥60台（套） | {}台（套） |"),
        ("diff", "水泵及消毒设备{}台（套）以上", "更换水泵及消毒设备{}台（套），其中", "其中{}台（套）消毒设备因"),
        ("eq", "开展水质检测，合格率{}%", "| ≥90% | {}% | 6 |"),
        ("eq", "完成及时率{}%；", "| ≥95% | {}% | 4 |"),
        ("eq", "全县{}万农村人口的饮水安全", "保障{}万农村人口饮水安全，农村自来水普及率达到86.2%", "| ≥21万人 | {}万人 |"),
        ("diff", "农村自来水普及率达到{}%，比2019年", "比2019年的{}%", "提高{}个百分点"),
        ("eq", "正常运行率{}%，未达到", "| ≥95% | {}% | 10 |"),
        ("mean", "各乡镇满意度分别为{}%、{}%、{}%、{}%、{}%", "平均满意度{}%"),
        ("eq", "平均满意度{}%", "| 受益群众满意度 | ≥90% | {}% |"),
        ("exec_score", "预算执行得分{}分"),
        ("level", "产出指标得分{}分", "产出指标"),
        ("level", "效益指标得分{}分", "效益指标"),
        ("level", "满意度指标得分{}分", "满意度指标"),
        ("total", "合计{}分"),
        ("year", "自评年度：{}年度", 2020),
        ("year", "已按规定结转{}年使用", 2021),
    ],
    "huoshan-weihu-2022": [
        ("sum", "年初预算{}万元，其中中央水利发展资金（农村供水工程维修养护）{}万元、省级补助资金{}万元、县级财政资金{}万元"),
        ("tab", "2022年年初预算{}万元", "initial"),
        ("diff", "2022年年初预算{}万元", "县级财政资金调减{}万元", "全年预算为{}万元"),
        ("sumx", ["县级财政资金到位{}万元", "未到位的{}万元", "县级财政资金调减{}万元"], "县级财政资金{}万元。年中"),
        ("eq", "其中中央资金{}万元，占全年预算", "中央水利发展资金（农村供水工程维修养护）{}万元"),
        ("tab", "全年预算为{}万元", "budget"),
        ("rate", "其中中央资金{}万元，占全年预算", "全年预算为{}万元", "占全年预算的{}%"),
        ("rate", "项目资金到位{}万元", "全年预算为{}万元", "到位率{}%"),
        ("sumx", ["其中中央资金{}万元、省级资金", "省级资金{}万元全部到位", "县级财政资金到位{}万元"], "项目资金到位{}万元"),
        ("diff", "全年预算为{}万元", "项目资金到位{}万元", "未到位的{}万元"),
        ("tab", "全年实际支出{}万元", "spent"),
        ("rate", "全年实际支出{}万元", "全年预算为{}万元", "预算执行率{}%。其中"),
        ("sumx", ["其中中央资金{}万元、省级资金{}万元已全部支出", ("其中中央资金{}万元、省级资金{}万元已全部支出", 1), "县级财政资金支出{}万元"], "全年实际支出{}万元"),
        ("diff", "项目资金到位{}万元", "全年实际支出{}万元", "年末结余{}万元"),
        ("diff", "县级财政资金到位{}万元", "县级财政资金支出{}万元", "年末结余{}万元"),
        ("rate", "全年完成维修养护农村供水工程{}处", "维修养护农村供水工程{}处，维修改造", "完成率{}%，另有"),
        ("diff", "维修养护农村供水工程{}处，维修改造", "全年完成维修养护农村供水工程{}处", "另有{}处工程"),
        ("rate", "维修改造供水管网{}公里，完成率", "维修改造供水管网{}公里，完成水质", "公里，完成率{}%，差额"),
        ("eq", "全年完成维修养护农村供水工程{}处", "| ≥42处 | {}处 |"),
        ("eq", "维修改造供水管网{}公里，完成率", "| ≥28公里 | {}公里 |"),
        ("eq", "惠及农村人口{}万人", "| ≥6.5万人 | {}万人 |"),
        ("eq", "集中供水率达到{}%，达到年度目标", "| 农村集中供水率 | ≥90% | {}% |"),
        ("eq", "已建成农村集中供水工程{}处", "全县{}处集中供水工程中"),
        ("diff", "已建成农村集中供水工程{}处", "已有{}处落实", "部分建立，{}处工程未落实"),
        ("rate", "其中表示满意的{}份", "回收有效问卷{}份", "满意度{}%，未达到"),
        ("eq", "满意度{}%，未达到", "| ≥90% | {}% | 10 | 9.84 |"),
        ("exec_score", "预算执行得{}分"),
        ("level", "产出指标得{}分", "产出指标"),
        ("level", "效益指标得{}分", "效益指标"),
        ("level", "满意度指标得{}分", "满意度指标"),
        ("total", "自评总分{}分"),
        ("year", "截至{}年12月31日", 2022),
        ("year", "项目起止时间：{}年1月", 2022),
    ],
    "pingjiang-yinshui-2023": [
        ("sum", "年初预算{}万元，其中中央水利发展资金{}万元、省级水利发展资金{}万元（均为2022年12月提前下达的2023年资金），县级配套资金{}万元"),
        ("tab", "2023年年初预算{}万元", "initial"),
        ("sumx", ["2023年年初预算{}万元", "中央追加下达水利发展资金{}万元"], "全年预算调整为{}万元"),
        ("sum", "全年预算调整为{}万元，其中中央资金{}万元、省级资金{}万元、县级资金{}万元"),
        ("sumx", ["其中中央水利发展资金{}万元", "中央追加下达水利发展资金{}万元"], "其中中央资金{}万元、省级"),
        ("tab", "全年预算调整为{}万元", "budget"),
        ("tab", "全年支出{}万元", "spent"),
        ("rate", "全年支出{}万元", "全年预算调整为{}万元", "执行率{}%。按支出内容分"),
        ("sumx", [("供水管网延伸及更新改造{}万元，水厂净化消毒设施维修{}万元，水源工程维修{}万元，水质检测{}万元，农村供水信息化监管平台运维{}万元", i) for i in range(5)],
         "全年支出{}万元"),
        ("rate", "供水管网延伸及更新改造{}万元", "全年支出{}万元", "占全年支出的{}%"),
        ("diff", "全年预算调整为{}万元", "全年支出{}万元", "年末未支出{}万元"),
        ("rate", "完成供水管网延伸及改造{}公里", "年度目标（{}公里）", "公里）的{}%", "may_exceed"),
        ("eq", "完成供水管网延伸及改造{}公里", "完成管网延伸及改造{}公里", "| ≥160公里 | {}公里 |"),
        ("eq", "更换入户水表{}只，未完成", "更换入户水表{}只，水质检测合格率94.5%", "| ≥5000只 | {}只 |"),
        ("mean", "合格率分别为{}%、{}%、{}%、{}%", "全年平均合格率{}%"),
        ("eq", "全年平均合格率{}%", "水质检测合格率{}%，提升", "| 水质检测合格率 | ≥90% | {}% |"),
        ("eq", "完工及时率{}%，达到", "| ≥95% | {}% |"),
        ("eq", "项目总成本{}万元", "| ≤1,286.50万元 | {}万元 |", "全年支出{}万元"),
        ("eq", "项目实施后，{}万农村人口", "| ≥8万人 | {}万人 |"),
        ("eq", "普及率达到{}%，比2022年", "| ≥88% | {}% |"),
        ("eq", "覆盖农村人口比例为{}%", "| ≥45% | {}% |"),
        ("exec_score", "预算执行得{}分"),
        ("level", "产出指标得{}分", "产出指标"),
        ("level", "效益指标得{}分", "效益指标"),
        ("level", "满意度指标得{}分", "满意度指标"),
        ("total", "总分{}分"),
        ("year", "年度：{}\n", 2023),
    ],
    "shexian-weihu-2024": [
        ("sum", "年初预算{}万元，其中中央水利发展资金{}万元（2023年12月提前下达）、省级补助资金{}万元、县级财政资金{}万元"),
        ("tab", "2024年年初预算{}万元", "initial"),
        ("sumx", ["2024年年初预算{}万元", "中央追加下达农村供水工程维修养护资金{}万元"], "全年预算调整为{}万元"),
        ("sum", "全年预算调整为{}万元，其中中央资金{}万元、省级资金{}万元、县级资金{}万元"),
        ("sumx", ["其中中央水利发展资金{}万元", "中央追加下达农村供水工程维修养护资金{}万元"], "其中中央资金{}万元、省级"),
        ("tab", "全年预算调整为{}万元", "budget"),
        ("eq", "全年预算调整为{}万元", "项目资金{}万元开展了绩效自评", "实际到位数（万元）：{}"),
        ("tab", "项目实际支出{}万元", "spent"),
        ("rate", "项目实际支出{}万元", "全年预算调整为{}万元", "执行率{}%（2023年"),
        ("eq", "执行率{}%（2023年", "全年执行率仅{}%"),
        ("sumx", ["已支出{}万元，支出率", "省级资金{}万元已全部支出", "县级资金110万元支出{}万元"], "项目实际支出{}万元"),
        ("rate", "已支出{}万元，支出率", "中央资金{}万元已支出", "支出率{}%；省级"),
        ("rate", "县级资金110万元支出{}万元", "县级资金{}万元支出", "支出率{}%。剩余"),
        ("diff", "全年预算调整为{}万元", "项目实际支出{}万元", "剩余资金{}万元"),
        ("col_sum", "安排资金", "计划维修工程"),
        ("col_sum", "安排资金", "已完成"),
        ("col_sum", "安排资金", "安排资金"),
        ("diff", "全年预算调整为{}万元", "| | 合计 | 75 | 68 | {} |", "其余{}万元由县级统筹"),
        ("eq", "| | 合计 | {} | 68 |", "计划维修养护农村供水工程{}处", "为计划{}处的"),
        ("eq", "| | 合计 | 75 | {} |", "全年完成维修养护工程{}处", "| ≥75处 | {}处 |"),
        ("rate", "全年完成维修养护工程{}处", "为计划{}处的", "处的{}%，未完成"),
        ("diff", "为计划{}处的", "全年完成维修养护工程{}处", "未完成的{}处工程"),
        ("eq", "维修更换供水管道{}公里，未达", "| ≥36公里 | {}公里 |"),
        ("eq", "完成水质检测{}份次，超过", "| ≥480份次 | {}份次 |"),
        ("eq", "平均响应时间{}小时", "| ≤24小时 | {}小时 |"),
        ("eq", "单处工程维修平均成本{}万元，低于", "| ≤4.5万元 | {}万元 |"),
        ("eq", "受益农村人口{}万人，因", "| ≥9.2万人 | {}万人 |"),
        ("eq", "正常运行率{}%，低于", "| ≥95% | {}% |"),
        ("rate", "其中满意{}份", "收回有效问卷{}份", "满意度{}%。群众"),
        ("eq", "满意度{}%。群众", "| ≥90% | {}% |"),
        ("exec_score", "预算执行得{}分"),
        ("level", "产出指标得{}分", "产出指标"),
        ("level", "效益指标得{}分", "效益指标"),
        ("level", "满意度指标得{}分", "满意度指标"),
        ("total", "自评总分{}分"),
        ("year", "截至{}年12月31日", 2024),
        ("year", "结转至{}年", 2025),
        ("year", "对{}年度农村供水工程维修养护项目资金", 2024),
    ],
}


def check_draft(project, text):
    fails = []
    info = table_checks(text, fails)
    if "total_s" in info:
        field_and_grade_checks(text, info, fails)
        run_identities(text, info, CHECKS[project], fails)
    return fails


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels and case files differ")
    code_count = {c: 0 for c in CODES}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean_text[rec["source"]] = fh.read()
    if len(clean_text) != 5:
        problems.append(f"{len(clean_text)} clean drafts, expected 5")
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{rec['case']}: length {len(text)} outside 3000-9000")
            fails = check_draft(rec["source"], text)
            for f in fails:
                problems.append(f"{rec['case']}: {f}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected must hold exactly one error")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                problems.append(f"{rec['case']}: unknown code {exp['code']}")
            else:
                code_count[exp["code"]] += 1
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
            if exp["value"] not in text:
                problems.append(f"{rec['case']}: value {exp['value']!r} not in case")
        old, new = changed_region(clean_text[rec["source"]], text)
        if not new and not old:
            problems.append(f"{rec['case']}: identical to the clean draft")
        elif len(old) > 200 or len(new) > 200:
            problems.append(f"{rec['case']}: changed region too long ({len(old)}/{len(new)} chars)")
        # the label value must overlap the changed region
        start = next(i for i in range(min(len(text), len(clean_text[rec["source"]])) + 1)
                     if i >= len(text) or i >= len(clean_text[rec["source"]]) or text[i] != clean_text[rec["source"]][i])
        end = start + len(new)
        for exp in rec["expected"]:
            k, hit = text.find(exp["value"]), False
            while k >= 0:
                if k < max(end, start + 1) and start < k + len(exp["value"]):
                    hit = True
                k = text.find(exp["value"], k + 1)
            if not hit:
                problems.append(f"{rec['case']}: value {exp['value']!r} does not cover the change")
        fails = check_draft(rec["source"], text)
        if not fails:
            problems.append(f"{rec['case']}: no check fails on the injected error")
        elif "-v" in sys.argv:
            print(f"{rec['case']} [{rec['expected'][0]['code']}]: {fails}")
    for c, n in code_count.items():
        if n < 2:
            problems.append(f"code {c} occurs {n} times (< 2)")
    n_err = sum(1 for r in labels if not r["clean"])
    if n_err != 30:
        problems.append(f"{n_err} error cases, expected 30")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases checked; codes: " + ", ".join(f"{c}={n}" for c, n in code_count.items()))
    print("OK")


if __name__ == "__main__":
    main()
