#!/usr/bin/env python3
"""Check drafts211: labels, one-place edits, and the arithmetic of every clean draft.

1. labels.jsonl: one line per case file, codes from errors.md §A, each value occurs in its case,
   every error case has exactly one expected finding, each of the 13 codes occurs at least twice.
2. each error case differs from its clean draft in one place (one changed region of at most two
   adjacent lines; the two-line regions are the row swaps), and the label value overlaps it.
3. the arithmetic of every clean draft is redone from the figures read out of the text (rates,
   sums, balances, averages, completion, row scores, weights, totals, grades, units, years,
   figures stated twice). Every clean draft must pass every check; every error case must fail
   at least one of the checks of its project (a self-test of the edits).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

PROJECTS = {
    # id: (region, year, table layout)
    "bj-fangshan-digilib-2018": ("北京市房山区", 2018, "space"),
    "sx-lingshi-wenwuxiushan-2019": ("山西省晋中市灵石县", 2019, "flat"),
    "js-suining-liudongtushu-2020": ("江苏省徐州市睢宁县", 2020, "tab"),
    "xz-qiongjie-feiyi-2021": ("西藏自治区山南市琼结县", 2021, "lines"),
    "hi-chengmai-mianfeikaifang-2023": ("海南省澄迈县", 2023, "bar"),
}


class Fail(Exception):
    pass


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: a stated value with d decimals matches when |c - v| <= 0.5 * 10^-d"""
    d = decimals(stated)
    return abs(D(computed) - D(str(stated).rstrip("%"))) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def one(text, pattern):
    found = re.findall(pattern, text)
    if len(found) != 1:
        raise Fail(f"pattern {pattern!r} found {len(found)} times")
    return found[0]


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- tables
def row_cells(text, layout, name, n):
    """the n cells after the row label `name`, in the given layout"""
    if layout == "space":
        m = re.findall(r"(?:^|[ \n])" + re.escape(name) + r" ([^\n]*)", text)
        if len(m) != 1:
            raise Fail(f"row {name}: found {len(m)}")
        cells = m[0].split(" ")
    elif layout == "tab":
        m = re.findall(r"(?:^|\t|\n)" + re.escape(name) + r"\t([^\n]*)", text)
        if len(m) != 1:
            raise Fail(f"row {name}: found {len(m)}")
        cells = m[0].split("\t")
    elif layout == "bar":
        m = re.findall(r"(?:^|｜|\n)" + re.escape(name) + r"｜([^\n]*)", text)
        if len(m) != 1:
            raise Fail(f"row {name}: found {len(m)}")
        cells = m[0].split("｜")
    elif layout == "lines":
        i = text.find("\n" + name + "\n")
        if i < 0 or text.count("\n" + name + "\n") != 1:
            raise Fail(f"row {name}: not found once")
        cells = text[i + len(name) + 2:].split("\n")
    elif layout == "flat":
        i = text.find("\t" + name + "\n")
        if i < 0 or text.count("\t" + name + "\n") != 1:
            raise Fail(f"row {name}: not found once")
        cells = [c.lstrip("\t") for c in text[i + len(name) + 2:].split("\n")]
    else:
        raise ValueError(layout)
    if len(cells) < n:
        raise Fail(f"row {name}: only {len(cells)} cells")
    return cells[:n]


NUM = re.compile(r"\d+(?:\.\d+)?")


def parse_value(cell):
    cell = cell.strip()
    if re.search(r"\d{4}年\d{1,2}月", cell):
        y, mth = re.search(r"(\d{4})年(\d{1,2})月", cell).groups()
        d = re.search(r"月(\d{1,2})日", cell)
        day = int(d.group(1)) if d else (31 if "底" in cell or "末" in cell else 1)
        return ("date", (int(y), int(mth), day), "")
    m = NUM.search(cell)
    if not m:
        return ("qual", None, cell)
    sign = cell[:m.start()].strip()
    unit = cell[m.end():].strip()
    direction = {"≥": "gte", ">=": "gte", "≤": "lte", "<=": "lte", "=": "eq", "＝": "eq", "": "gte"}.get(sign)
    if direction is None:
        raise Fail(f"cannot read sign in {cell!r}")
    return (direction, D(m.group()), unit)


def expected_score(target, actual, weight):
    """rules.md §5; returns (low, high) acceptable score range, and completion in % or None"""
    t, a, w = parse_value(target), parse_value(actual), D(weight)
    if t[0] == "qual":
        if a[0] != "qual":
            raise Fail(f"qualitative target {target!r} with quantitative actual {actual!r}")
        return (w * Decimal("0.6"), w), None
    if t[0] == "date":
        if a[0] != "date":
            raise Fail(f"unit: date target {target!r} vs actual {actual!r}")
        return ((w, w) if a[1] <= t[1] else (Decimal(0), w)), None
    if a[0] in ("qual", "date"):
        raise Fail(f"unit: target {target!r} vs actual {actual!r}")
    if t[2] != a[2]:
        raise Fail(f"unit: target {target!r} vs actual {actual!r}")
    T, A = t[1], a[1]
    if t[0] == "lte":
        comp = Decimal(100) if A <= T else T / A * 100
    else:
        comp = A / T * 100
    s = w * min(Decimal(1), comp / 100)
    return (s, s), comp


def check_row(text, layout, name, cols, fails, acc):
    """cols: names of the cells after the label, e.g. [target, actual, weight, score]"""
    cells = row_cells(text, layout, name, len(cols))
    c = dict(zip(cols, cells))
    w, s = D(c["weight"]), D(c["score"])
    acc["w"] += w
    acc["s"] += s
    if s > w or s < 0:
        fails.append(f"{name}: score {s} outside [0, {w}]")
    (lo, hi), comp = expected_score(c["target"], c["actual"], c["weight"])
    if lo == hi:
        ok = close(c["score"], lo)
        if not ok and comp is not None and "completion" in c:  # score from the printed rate (§8)
            ok = close(c["score"], min(w, w * D(c["completion"].rstrip("%")) / 100))
        if not ok:
            fails.append(f"{name}: score {c['score']} but rule gives {lo.quantize(Decimal('0.01'))}")
    elif not (lo <= s <= hi):
        fails.append(f"{name}: qualitative score {s} outside [{lo}, {hi}]")
    if "completion" in c:
        if comp is None or not close(c["completion"], comp):
            fails.append(f"{name}: completion {c['completion']} but computed {comp}")
    return c


def check_mof_funds(text, layout, fails):
    """MOF funds block: 年初 全年 执行 分值 执行率 得分; components add up; no rate on a zero base"""
    tot = row_cells(text, layout, "年度资金总额", 6)
    parts = [row_cells(text, layout, n, 6) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for i, col in enumerate(("年初", "全年", "执行")):
        ssum = sum(D(p[i]) for p in parts)
        if ssum != D(tot[i]):
            fails.append(f"funds {col}: components {ssum} ≠ total {tot[i]}")
    rate = D(tot[2]) / D(tot[1]) * 100
    if not close(tot[4], rate):
        fails.append(f"funds rate {tot[4]} ≠ {rate:.4f}")
    if rate > 100:
        fails.append("funds rate above 100%")
    score = D(tot[3]) * min(Decimal(1), rate / 100)
    if not (close(tot[5], score) or close(tot[5], D(tot[3]) * D(tot[4].rstrip("%")) / 100)):
        fails.append(f"funds score {tot[5]} ≠ {score:.4f}")
    for p in parts:
        if D(p[1]) == 0 and p[4] not in ("—", "0", "0%", ""):
            fails.append(f"rate {p[4]} on a zero budget")
    return tot


def grade_ok(label, total, fails):
    want = band(total)
    if not label.startswith(want):
        fails.append(f"grade {label} but total {total} is {want}")


def year_refs(text, year, fails, header):
    if header and header not in text:
        fails.append(f"table header {header} missing")
    for y in re.findall(r"结转(?:至)?(\d{4})年", text):
        if int(y) <= year:
            fails.append(f"carried over to {y} in a {year} report")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        if int(y) != year:
            fails.append(f"截至{y}年12月31日 in a {year} report")


def mean_ok(items, stated, what, fails):
    m = sum(D(x) for x in items) / len(items)
    if not close(stated, m):
        fails.append(f"{what}: mean {m} ≠ stated {stated}")


def sum_ok(items, stated, what, fails):
    s = sum(D(x) for x in items)
    if s != D(stated):
        fails.append(f"{what}: sum {s} ≠ stated {stated}")


def rate_ok(num, den, stated, what, fails, factor=100):
    r = D(num) / D(den) * factor
    if not close(stated, r):
        fails.append(f"{what}: {num}/{den} = {r:.4f} ≠ stated {stated}")


def same(a, b, what, fails):
    if D(a) != D(b):
        fails.append(f"{what}: {a} vs {b}")


# ---------------------------------------------------------------- projects
MOF_COLS = ["target", "actual", "weight", "score"]


def check_bj(t):
    f = []
    tot = check_mof_funds(t, "space", f)
    acc = {"w": D(tot[3]), "s": D(tot[5])}
    rows = {}
    for name in ("新增数字资源数据库", "数字资源总量", "基层服务点数字阅读设备配置", "数字图书馆平台正常运行率",
                 "采购及验收完成时间", "单个服务点设备配置成本", "数字资源访问量", "线上阅读推广活动",
                 "数字资源共建共享机制", "读者满意度"):
        rows[name] = check_row(t, "space", name, MOF_COLS, f, acc)
    total = one(t, r"\n总分 100 ([\d.]+)")
    if acc["w"] != 100:
        f.append(f"weights add up to {acc['w']}")
    if not close(total, acc["s"]):
        f.append(f"row scores add up to {acc['s']}, 总分 {total}")
    out = sum(D(rows[n]["score"]) for n in list(rows)[:6])
    ben = sum(D(rows[n]["score"]) for n in list(rows)[6:9])
    p = one(t, r"自评得分([\d.]+)分，评价等级为“(.)”。其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，"
               r"效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分")
    same(p[0], total, "text total vs table", f)
    sum_ok(p[2:], p[0], "text score parts", f)
    same(p[2], tot[5], "execution score text vs table", f)
    same(p[3], out, "产出 score vs rows", f)
    same(p[4], ben, "效益 score vs rows", f)
    same(p[5], rows["读者满意度"]["score"], "满意度 score vs row", f)
    grade_ok(p[1], p[0], f)
    b = one(t, r"年初预算([\d.]+)万元，年中将2017年数字资源采购合同尾款形成的上年结转资金([\d.]+)万元纳入本项目，全年预算([\d.]+)万元")
    sum_ok(b[:2], b[2], "年初 + 结转", f)
    same(b[0], tot[0], "年初 text vs table", f)
    same(b[2], tot[1], "全年 text vs table", f)
    parts = one(t, r"数字资源采购([\d.]+)万元、基层服务点设备配置([\d.]+)万元、平台运维及推广([\d.]+)万元。")
    sum_ok(parts, b[2], "budget by use", f)
    sp = one(t, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中数字资源采购支出([\d.]+)万元，执行率([\d.]+)%；"
                r"基层服务点设备配置支出([\d.]+)万元；平台运维及推广支出([\d.]+)万元。年末结余([\d.]+)万元")
    same(sp[0], tot[2], "spent text vs table", f)
    same(sp[1], tot[4].rstrip("%"), "rate text vs table", f)
    rate_ok(sp[0], b[2], sp[1], "execution rate", f)
    rate_ok(sp[2], parts[0], sp[3], "数字资源采购 rate", f)
    sum_ok([sp[2], sp[4], sp[5]], sp[0], "spending by use", f)
    if D(b[2]) - D(sp[0]) != D(sp[6]):
        f.append(f"balance {sp[6]} ≠ {D(b[2]) - D(sp[0])}")
    n = one(t, r"数字资源数据库(\d+)个，完成年度目标的([\d.]+)%；数字资源总量达到([\d.]+)TB。为(\d+)个基层服务点"
               r"配置了数字阅读一体机和电子书借阅机，完成目标的([\d.]+)%")
    same(n[0], rows["新增数字资源数据库"]["actual"].replace("个", ""), "databases text vs table", f)
    rate_ok(n[0], 8, n[1], "database completion", f)
    same(n[2], rows["数字资源总量"]["actual"].replace("TB", ""), "TB text vs table", f)
    same(n[3], rows["基层服务点数字阅读设备配置"]["actual"].replace("个", ""), "points text vs table", f)
    rate_ok(n[3], 30, n[4], "points completion", f)
    c = one(t, r"每个服务点配置费用(\d+)(万?元)，低于每点(\d+)元的控制标准")
    if c[1] != "元" or D(c[0]) / 10000 != D(rows["单个服务点设备配置成本"]["actual"].replace("万元", "")):
        f.append(f"per-point cost {c[0]}{c[1]} vs table {rows['单个服务点设备配置成本']['actual']}")
    if D(c[2]) / 10000 != D(rows["单个服务点设备配置成本"]["target"].lstrip("≤").replace("万元", "")):
        f.append("control standard text vs table")
    if D(n[3]) * D(c[0]) / 10000 != D(sp[4]):
        f.append("points × unit cost ≠ equipment spending")
    v = one(t, r"访问量([\d.]+)万人次，较2017年的([\d.]+)万人次增长([\d.]+)%，完成年度目标的([\d.]+)%")
    same(v[0], rows["数字资源访问量"]["actual"].replace("万人次", ""), "visits text vs table", f)
    rate_ok(D(v[0]) - D(v[1]), v[1], v[2], "growth", f)
    rate_ok(v[0], 150, v[3], "visits completion", f)
    q = one(t, r"分别为([\d.]+)万、([\d.]+)万、([\d.]+)万、([\d.]+)万人次，季均([\d.]+)万人次")
    sum_ok(q[:4], v[0], "quarters", f)
    mean_ok(q[:4], q[4], "quarterly mean", f)
    e = one(t, r"阅读推广活动(\d+)场。馆内电子阅览室全年开放(\d+)天，接待读者([\d.]+)万人次，日均(\d+)人次")
    same(e[0], rows["线上阅读推广活动"]["actual"].replace("场", ""), "activities text vs table", f)
    rate_ok(D(e[2]) * 10000, e[1], e[3], "daily mean", f, factor=1)
    s = one(t, r"有效问卷(\d+)份，表示“满意”或“比较满意”的(\d+)份，读者满意度([\d.]+)%")
    rate_ok(s[1], s[0], s[2], "satisfaction", f)
    same(s[2], rows["读者满意度"]["actual"].rstrip("%"), "satisfaction text vs table", f)
    year_refs(t, 2018, f, "（2018年度）")
    return f


SX_COLS = ["weight", "target", "actual", "completion", "score"]


def check_sx(t):
    f = []
    sec = t[t.index("（二）预算执行情况"):t.index("（三）项目绩效目标")]
    rows = {}
    for block in sec.split("\n\n"):
        cells = [c.lstrip("\t") for c in block.strip("\n").split("\n")]
        if cells and cells[0].strip() and len(cells) == 10 and cells[1].startswith("("):
            rows[cells[1][:3]] = [D(c) if c.strip() else Decimal(0) for c in cells[2:]]
            rows[cells[1][:3] + "s"] = cells[2:]
    if len([k for k in rows if not k.endswith("s")]) != 7:
        raise Fail("funds table rows not found")
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = rows[k]
        if r[1] != r[2] + r[3] + r[4] + r[5]:
            f.append(f"funds {k}: 小计 {r[1]} ≠ levels")
        if r[0] != r[1] + r[6] + r[7]:
            f.append(f"funds {k}: total {r[0]} ≠ parts")
    for i in range(8):
        if rows["(5)"][i] != rows["(3)"][i] - rows["(4)"][i]:
            f.append(f"funds (5) col {i}: {rows['(5)'][i]} ≠ (3)-(4)")
        for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
            stated = rows[k + "s"][i]
            if rows["(2)"][i] == 0:
                if rows[k][i] != 0:
                    f.append(f"funds {k} col {i}: {stated} on a zero base")
            elif not close(stated, rows[num][i] / rows["(2)"][i] * 100):
                f.append(f"funds {k} col {i}: {stated} ≠ {rows[num][i] / rows['(2)'][i] * 100}")
    acc = {"w": Decimal(0), "s": Decimal(0)}
    r = {}
    for name in ("预算执行率", "抢救性修缮文物点（处）", "工程竣工验收合格率", "工程按期完工率", "修缮工程单位造价",
                 "修缮后对外开放文物点", "文物本体安全隐患消除率", "周边群众满意度"):
        r[name] = check_row(t, "flat", name, SX_COLS, f, acc)
    if acc["w"] != 100:
        f.append(f"weights add up to {acc['w']}")
    same(r["预算执行率"]["actual"].rstrip("%"), rows["(7)s"][0], "execution rate annex vs funds", f)
    g = one(t, r"总得分([\d.]+)分，属于\"(..)\"。其中预算执行率未达到100%，扣([\d.]+)分；工程按期完工率未达到目标值，扣([\d.]+)分")
    if not close(g[0], acc["s"]):
        f.append(f"total {g[0]} ≠ row scores {acc['s']}")
    if D(100) - D(g[2]) - D(g[3]) != D(g[0]):
        f.append("100 − deductions ≠ total")
    same(g[2], D(r["预算执行率"]["weight"]) - D(r["预算执行率"]["score"]), "execution deduction", f)
    same(g[3], D(r["工程按期完工率"]["weight"]) - D(r["工程按期完工率"]["score"]), "timeliness deduction", f)
    grade_ok(g[1], g[0], f)
    a = one(t, r"专项资金([\d.]+)万元已于2018年12月提前下达，县级配套资金([\d.]+)万元列入年初预算，全年预算资金([\d.]+)万元，"
               r"实际到位([\d.]+)万元，预算到位率(\d+)%。截至2019年12月31日，全年执行资金([\d.]+)万元，预算执行率([\d.]+)%，"
               r"其中省级资金执行([\d.]+)万元，县级资金执行([\d.]+)万元。资金结余([\d.]+)万元")
    sum_ok(a[:2], a[2], "省级 + 县级", f)
    rate_ok(a[3], a[2], a[4], "到位率", f)
    rate_ok(a[5], a[2], a[6], "执行率", f)
    sum_ok(a[7:9], a[5], "spending by level", f)
    if D(a[3]) - D(a[5]) != D(a[9]):
        f.append(f"balance {a[9]} ≠ {D(a[3]) - D(a[5])}")
    for x, k, i in ((a[2], "(2)", 0), (a[3], "(3)", 0), (a[5], "(4)", 0), (a[9], "(5)", 0),
                    (a[7], "(4)", 3), (a[8], "(4)", 5)):
        same(x, rows[k][i], f"text vs funds {k}", f)
    c = one(t, r"修缮面积共(\d+)平方米。6处文物点工程费用共计([\d.]+)万元，其中静升村文昌阁([\d.]+)万元、两渡村关帝庙戏台([\d.]+)万元、"
               r"张嵩村观音堂([\d.]+)万元、南王中村民居院落([\d.]+)万元、夏门村古堡堡门([\d.]+)万元、马和村龙王庙([\d.]+)万元；"
               r"另支付勘察设计及监理费([\d.]+)万元，两项合计([\d.]+)万元。修缮工程单位造价(\d+)元/平方米")
    sum_ok(c[2:8], c[1], "six sites", f)
    sum_ok([c[1], c[8]], c[9], "works + design", f)
    same(c[9], a[5], "two items vs spending", f)
    if D(c[0]) * D(c[10]) / 10000 != D(c[1]):
        f.append("area × unit cost ≠ works cost")
    same(c[10], r["修缮工程单位造价"]["actual"].replace("元/平方米", ""), "unit cost text vs annex", f)
    k = one(t, r"其中(\d)处按期完工，.*?按期完工率([\d.]+)%")
    rate_ok(k[0], 6, k[1], "on-time rate", f)
    same(k[1], r["工程按期完工率"]["actual"].rstrip("%"), "on-time text vs annex", f)
    o = one(t, r"等(\d+)处文物点已对外开放")
    same(o, r["修缮后对外开放文物点"]["actual"].replace("处", ""), "opened sites text vs annex", f)
    s = one(t, r"各村满意度分别为(\d+)%、(\d+)%、(\d+)%、(\d+)%、(\d+)%、(\d+)%，平均满意度(\d+)%")
    mean_ok(s[:6], s[6], "village satisfaction", f)
    same(s[6], r["周边群众满意度"]["actual"].rstrip("%"), "satisfaction text vs annex", f)
    year_refs(t, 2019, f, "2019年灵石县")
    return f


def check_js(t):
    f = []
    tot = check_mof_funds(t, "tab", f)
    acc = {"w": D(tot[3]), "s": D(tot[5])}
    r = {}
    for name in ("流动服务站点", "流动服务车次", "新增流动图书", "流动图书流通率", "服务点图书更新周期", "单车次运行成本",
                 "流动借阅人次", "流动借阅册次", "流动服务点长效运行机制", "服务对象满意度"):
        r[name] = check_row(t, "tab", name, MOF_COLS, f, acc)
    total = one(t, r"\n总分\t+100\t([\d.]+)")
    if acc["w"] != 100:
        f.append(f"weights add up to {acc['w']}")
    if not close(total, acc["s"]):
        f.append(f"row scores add up to {acc['s']}, 总分 {total}")
    g = one(t, r"自评得分([\d.]+)分，评价等级为(..)。")
    same(g[0], total, "text total vs table", f)
    grade_ok(g[1], g[0], f)
    b = one(t, r"年初预算([\d.]+)万元，全部为县级财政资金。.*?追加([\d.]+)万元，全年预算([\d.]+)万元。按用途分为：图书采购([\d.]+)万元，"
               r"车辆运行维护([\d.]+)万元，流动服务点建设([\d.]+)万元，宣传推广及阅读活动([\d.]+)万元")
    sum_ok(b[:2], b[2], "年初 + 追加", f)
    sum_ok(b[3:], b[2], "budget by use", f)
    same(b[0], tot[0], "年初 text vs table", f)
    same(b[2], tot[1], "全年 text vs table", f)
    s = one(t, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中图书采购([\d.]+)万元，车辆燃油、保险及维修([\d.]+)万元，"
               r"流动服务点书架及标识制作([\d.]+)万元，宣传推广及阅读活动([\d.]+)万元。项目结余([\d.]+)万元")
    same(s[0], tot[2], "spent text vs table", f)
    rate_ok(s[0], b[2], s[1], "execution rate", f)
    same(s[1], tot[4].rstrip("%"), "rate text vs table", f)
    sum_ok(s[2:6], s[0], "spending by use", f)
    if D(b[2]) - D(s[0]) != D(s[6]):
        f.append(f"balance {s[6]} ≠ {D(b[2]) - D(s[0])}")
    p = one(t, r"流动服务站点(\d+)个，其中镇综合文化站(\d+)个、村（社区）农家书屋(\d+)个、学校和企业服务点(\d+)个")
    sum_ok(p[1:], p[0], "service points", f)
    same(p[0], r["流动服务站点"]["actual"].replace("个", ""), "points text vs table", f)
    c = one(t, r"全年共出车(\d+)车次，完成年度目标的(\d+)%")
    rate_ok(c[0], 300, c[1], "trip completion", f)
    same(c[0], r["流动服务车次"]["actual"].replace("车次", ""), "trips text vs table", f)
    q = one(t, r"一至四季度分别出车(\d+)、(\d+)、(\d+)、(\d+)车次，季均([\d.]+)车次")
    sum_ok(q[:4], c[0], "quarters", f)
    mean_ok(q[:4], q[4], "quarterly mean", f)
    n = one(t, r"流动图书([\d.]+)万册，完成年度目标的(\d+)%")
    rate_ok(n[0], "1.2", n[1], "books completion", f)
    same(n[0], r["新增流动图书"]["actual"].replace("万册", ""), "books text vs table", f)
    k = one(t, r"车辆运行费用([\d.]+)万元，单车次运行成本([\d.]+)元")
    same(k[0], s[3], "vehicle cost", f)
    rate_ok(D(k[0]) * 10000, c[0], k[1], "cost per trip", f, factor=1)
    same(k[1], r["单车次运行成本"]["actual"].replace("元", ""), "cost text vs table", f)
    e = one(t, r"全年流动借阅([\d.]+)万人次（2019年为[\d.]+万人次），借阅图书([\d.]+)万册次")
    same(e[0], r["流动借阅人次"]["actual"].replace("万人次", ""), "borrowers text vs table", f)
    same(e[1], r["流动借阅册次"]["actual"].replace("万册次", ""), "loans text vs table", f)
    m = one(t, r"收回有效问卷(\d+)份，其中表示满意的(\d+)份，满意度([\d.]+)%")
    rate_ok(m[1], m[0], m[2], "satisfaction", f)
    same(m[2], r["服务对象满意度"]["actual"].rstrip("%"), "satisfaction text vs table", f)
    year_refs(t, 2020, f, "2020年度项目支出绩效自评表")
    return f


def check_xz(t):
    f = []
    tot = check_mof_funds(t, "lines", f)
    acc = {"w": D(tot[3]), "s": D(tot[5])}
    r = {}
    for name in ("举办传承培训班", "培训学员", "展演展示活动", "代表性传承人补助发放到位率", "传承人补助发放时间",
                 "影像记录单项成本", "展演展示观众人次", "新培养青年传承骨干", "非遗活态传承", "传承人及群众满意度"):
        r[name] = check_row(t, "lines", name, MOF_COLS, f, acc)
    total = one(t, r"\n总分\n100\n([\d.]+)")
    if acc["w"] != 100:
        f.append(f"weights add up to {acc['w']}")
    if not close(total, acc["s"]):
        f.append(f"row scores add up to {acc['s']}, 总分 {total}")
    g = one(t, r"本项目得分([\d.]+)分，评价等级为(.)。")
    same(g[0], total, "text total vs table", f)
    grade_ok(g[1], g[0], f)
    b = one(t, r"年初预算([\d.]+)万元，其中自治区非物质文化遗产保护资金([\d.]+)万元、县级配套资金([\d.]+)万元、2020年结转资金([\d.]+)万元。"
               r"2021年5月，中央财政下达国家非物质文化遗产保护资金([\d.]+)万元，调整后全年预算([\d.]+)万元。按用途分：代表性传承人补助([\d.]+)万元，"
               r"传习所运行及传承培训([\d.]+)万元，展演展示活动([\d.]+)万元，影像记录及数字化建档([\d.]+)万元")
    sum_ok(b[1:4], b[0], "年初 by source", f)
    sum_ok([b[0], b[4]], b[5], "年初 + 中央", f)
    sum_ok(b[6:10], b[5], "budget by use", f)
    same(b[0], tot[0], "年初 text vs table", f)
    same(b[5], tot[1], "全年 text vs table", f)
    same(b[3], row_cells(t, "lines", "上年结转资金", 3)[1], "carry-over text vs table", f)
    s = one(t, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中代表性传承人补助([\d.]+)万元，传习所运行及传承培训([\d.]+)万元，"
               r"展演展示活动([\d.]+)万元，影像记录及数字化建档([\d.]+)万元。结余([\d.]+)万元")
    same(s[0], tot[2], "spent text vs table", f)
    rate_ok(s[0], b[5], s[1], "execution rate", f)
    same(s[1], tot[4].rstrip("%"), "rate text vs table", f)
    sum_ok(s[2:6], s[0], "spending by use", f)
    if D(b[5]) - D(s[0]) != D(s[6]):
        f.append(f"balance {s[6]} ≠ {D(b[5]) - D(s[0])}")
    h = one(t, r"国家级代表性传承人(\d+)名，每人每年补助(\d+)元；自治区级代表性传承人(\d+)名，每人每年(\d+)元；"
               r"市级代表性传承人(\d+)名，每人每年(\d+)元，合计([\d.]+)万元")
    if (D(h[0]) * D(h[1]) + D(h[2]) * D(h[3]) + D(h[4]) * D(h[5])) / 10000 != D(h[6]):
        f.append("inheritor subsidies do not add up")
    same(h[6], s[2], "subsidies vs spending", f)
    c = one(t, r"学员分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人、(\d+)人，共计(\d+)人次，平均每期([\d.]+)人，较2020年的(\d+)人次增加(\d+)人次")
    sum_ok(c[:5], c[5], "trainees", f)
    mean_ok(c[:5], c[6], "trainees per class", f)
    if D(c[5]) - D(c[7]) != D(c[8]):
        f.append("increase over 2020")
    same(c[5], r["培训学员"]["actual"].replace("人次", ""), "trainees text vs table", f)
    same("5", r["举办传承培训班"]["actual"].replace("期", ""), "classes text vs table", f)
    e = one(t, r"展演展示活动(\d+)场，完成年度目标的([\d.]+)%")
    rate_ok(e[0], 12, e[1], "show completion", f)
    same(e[0], r["展演展示活动"]["actual"].replace("场", ""), "shows text vs table", f)
    v = one(t, r"完成(\d+)个重点非遗项目的影像记录和数字化建档，支出([\d.]+)万元，单项成本([\d.]+)万元")
    same(v[1], s[5], "recording cost vs spending", f)
    rate_ok(v[1], v[0], v[2], "cost per item", f, factor=1)
    same(v[2], r["影像记录单项成本"]["actual"].replace("万元", ""), "cost text vs table", f)
    m = one(t, r"发放问卷(\d+)份，表示满意的(\d+)份，满意度(\d+)%")
    rate_ok(m[1], m[0], m[2], "satisfaction", f)
    same(m[2], r["传承人及群众满意度"]["actual"].rstrip("%"), "satisfaction text vs table", f)
    year_refs(t, 2021, f, "（2021年度）")
    return f


def check_hi(t):
    f = []
    tot = check_mof_funds(t, "bar", f)
    acc = {"w": D(tot[3]), "s": D(tot[5])}
    r = {}
    for name in ("免费开放场馆数量", "公益性讲座、培训、展览等活动", "县图书馆年接待读者", "县图书馆每周开放时间",
                 "资金拨付及时率", "镇文化站免费开放补助标准", "群众参与文化活动人次", "免费开放长效机制", "群众满意度"):
        r[name] = check_row(t, "bar", name, MOF_COLS, f, acc)
    total = one(t, r"\n总分｜+100｜([\d.]+)")
    if acc["w"] != 100:
        f.append(f"weights add up to {acc['w']}")
    if not close(total, acc["s"]):
        f.append(f"row scores add up to {acc['s']}, 总分 {total}")
    p = one(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
               r"自评得分([\d.]+)分，评价等级为(.)。")
    names = list(r)
    same(p[0], tot[5], "execution score text vs table", f)
    same(p[1], sum(D(r[n]["score"]) for n in names[:6]), "产出 score vs rows", f)
    same(p[2], sum(D(r[n]["score"]) for n in names[6:8]), "效益 score vs rows", f)
    same(p[3], r["群众满意度"]["score"], "满意度 score vs row", f)
    sum_ok(p[:4], p[4], "text score parts", f)
    same(p[4], total, "text total vs table", f)
    grade_ok(p[5], p[4], f)
    b = one(t, r"补助资金([\d.]+)万元，其中中央补助资金([\d.]+)万元（2022年12月提前下达([\d.]+)万元，2023年6月下达([\d.]+)万元），"
               r"省级资金([\d.]+)万元，县级配套资金([\d.]+)万元。年初预算([\d.]+)万元，6月中央资金下达后调整为([\d.]+)万元。"
               r"按场馆分配：县图书馆([\d.]+)万元，县文化馆([\d.]+)万元，(\d+)个镇综合文化站([\d.]+)万元（每站(\d+)万元）")
    sum_ok([b[1], b[4], b[5]], b[0], "funds by level", f)
    sum_ok(b[2:4], b[1], "central in two batches", f)
    sum_ok([b[2], b[4], b[5]], b[6], "年初 = advance + province + county", f)
    sum_ok([b[6], b[3]], b[7], "年初 + June batch", f)
    same(b[7], b[0], "全年 vs total", f)
    sum_ok([b[8], b[9], b[11]], b[0], "funds by venue", f)
    if D(b[10]) * D(b[12]) != D(b[11]):
        f.append("stations × 5万元")
    same(b[6], tot[0], "年初 text vs table", f)
    same(b[0], tot[1], "全年 text vs table", f)
    s = one(t, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%。分场馆看，县图书馆支出([\d.]+)万元，执行率([\d.]+)%；县文化馆支出([\d.]+)万元，"
               r"执行率([\d.]+)%；11个镇综合文化站支出([\d.]+)万元，执行率([\d.]+)%，平均每站支出约([\d.]+)万元。年末结余([\d.]+)万元")
    same(s[0], tot[2], "spent text vs table", f)
    rate_ok(s[0], b[0], s[1], "execution rate", f)
    same(s[1], tot[4].rstrip("%"), "rate text vs table", f)
    rate_ok(s[2], b[8], s[3], "library rate", f)
    rate_ok(s[4], b[9], s[5], "culture centre rate", f)
    rate_ok(s[6], b[11], s[7], "stations rate", f)
    sum_ok([s[2], s[4], s[6]], s[0], "spending by venue", f)
    rate_ok(s[6], b[10], s[8], "mean per station (约)", f, factor=1)
    if D(b[0]) - D(s[0]) != D(s[9]):
        f.append(f"balance {s[9]} ≠ {D(b[0]) - D(s[0])}")
    a = one(t, r"活动(\d+)场次，其中县图书馆(\d+)场次、县文化馆(\d+)场次、镇文化站(\d+)场次，完成年度目标的([\d.]+)%。"
               r"县图书馆全年接待读者([\d.]+)万人次")
    sum_ok(a[1:4], a[0], "activities by venue", f)
    rate_ok(a[0], 260, a[4], "activity completion", f)
    same(a[0], r["公益性讲座、培训、展览等活动"]["actual"].replace("场次", ""), "activities text vs table", f)
    same(a[5], r["县图书馆年接待读者"]["actual"].replace("万人次", ""), "readers text vs table", f)
    e = one(t, r"全年群众参与各类文化活动([\d.]+)万人次，完成目标的(\d+)%")
    rate_ok(e[0], 30, e[1], "participation completion", f)
    same(e[0], r["群众参与文化活动人次"]["actual"].replace("万人次", ""), "participation text vs table", f)
    m = one(t, r"满意度分别为([\d.]+)%、([\d.]+)%和([\d.]+)%，平均满意度([\d.]+)%")
    mean_ok(m[:3], m[3], "satisfaction mean", f)
    same(m[3], r["群众满意度"]["actual"].rstrip("%"), "satisfaction text vs table", f)
    year_refs(t, 2023, f, "（2023年度）")
    return f


CHECKS = {
    "bj-fangshan-digilib-2018": check_bj,
    "sx-lingshi-wenwuxiushan-2019": check_sx,
    "js-suining-liudongtushu-2020": check_js,
    "xz-qiongjie-feiyi-2021": check_xz,
    "hi-chengmai-mianfeikaifang-2023": check_hi,
}


def run_checks(pid, text):
    try:
        return CHECKS[pid](text)
    except Fail as exc:
        return [f"could not read: {exc}"]
    except (ArithmeticError, ValueError, KeyError, IndexError) as exc:
        return [f"unreadable figure: {type(exc).__name__} {exc}"]


def changed_region(a, b):
    """common prefix/suffix trimmed: (start, end_in_a, end_in_b)"""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    texts = {n: open(os.path.join(CASES, n), encoding="utf-8").read() for n in names}
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    sys.path.insert(0, HERE)
    from build import EDITS  # noqa: E402
    kind = {f"{p}-{s}.txt": w for p, s, _c, w, *_ in EDITS}

    for pid in PROJECTS:
        clean = texts.get(f"{pid}-clean.txt")
        if clean is None:
            problems.append(f"{pid}: no clean draft")
            continue
        if not 3000 <= len(clean) <= 5000:
            problems.append(f"{pid}: clean draft has {len(clean)} characters")
        f = run_checks(pid, clean)
        if f:
            problems.append(f"{pid}-clean: " + "; ".join(f))
        else:
            print(f"{pid}-clean: arithmetic consistent")

    for rec in labels:
        name, pid, text = rec["case"], rec["source"], texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: {len(rec['expected'])} expected findings")
        clean = texts[f"{pid}-clean.txt"]
        s, ea, eb = changed_region(clean, text)
        old, new = clean[s:ea], text[s:eb]
        if old.count("\n") > 1 or new.count("\n") > 1 or max(len(old), len(new)) > 120 or s == eb == ea:
            problems.append(f"{name}: not a one-place edit ({old!r} -> {new!r})")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{name}: bad code/severity {exp['code']}/{exp['severity']}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{name}: value {v!r} not in case")
            elif not any(o < max(eb, s + 1) and s < o + len(v) for o in occ):
                problems.append(f"{name}: value {v!r} does not cover the edit")
        where[kind[name]] += 1
        f = run_checks(pid, text)
        if not f:
            problems.append(f"{name}: the project checks do not notice the injected error")
        else:
            print(f"{name}: {rec['expected'][0]['code']:22s} caught by: {' | '.join(f)}")

    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} occurs {counts.get(c, 0)} times")
    n_err = sum(1 for r in labels if not r["clean"])
    if n_err != 30 or len(labels) != 35:
        problems.append(f"{len(labels)} cases, {n_err} with errors")
    years = [v[1] for v in PROJECTS.values()]
    if len(set(years)) != 5 or not all(2018 <= y <= 2025 for y in years):
        problems.append("years")
    print(f"codes: " + ", ".join(f"{c}={counts[c]}" for c in CODES))
    print(f"injected in prose: {where['prose']}, in tables: {where['table']}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
