#!/usr/bin/env python3
"""Check the n81 set: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. every error case differs from its clean draft by one contiguous edit of at most 16 characters
   within one line (score-row edits: at most two adjacent lines, at most 16 changed characters each);
3. each clean draft: Markdown tables with a 合计 row add up (columns, and the station rows where
   总投资 = its parts); the 自评表 weights add to 100, scores to the stated total, no score above its
   weight, each quantitative row's score and 完成率 follow rules.md §5; the grade is the band of the total;
   plus the explicit identities listed per project (rates, balances, sums, averages, differences).
Pure Python 3. Prints OK or the list of problems (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch"}
NUM = re.compile(r"\d+(?:\.\d+)?")


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(stated) - computed) <= tol


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {l["source"]: read(l["case"]) for l in labels if l["clean"]}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                bad("%s: clean case with expected findings" % lab["case"])
            continue
        clean = cleans[lab["source"]]
        if len(lab["expected"]) != 1:
            bad("%s: expected exactly one label" % lab["case"])
        for e in lab["expected"]:
            v = e["value"]
            if e["severity"] != "error":
                bad("%s: severity %s" % (lab["case"], e["severity"]))
            if text.count(v) != 1:
                bad("%s: value occurs %d times: %r" % (lab["case"], text.count(v), v[:60]))
            if v in clean:
                bad("%s: value occurs in the clean draft: %r" % (lab["case"], v[:60]))
            check_edit(lab["case"], clean, text, e["code"])
    return labels


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def check_edit(name, clean, text, code):
    if clean == text:
        bad("%s: identical to clean" % name)
        return
    i, ea, eb = diff_region(clean, text)
    old, new = clean[i:ea], text[i:eb]
    if "\n" not in old and "\n" not in new:
        if max(len(old), len(new)) > 16:
            bad("%s: edit too long (%d/%d chars): %r -> %r" % (name, len(old), len(new), old, new))
        return
    # multi-line: only for score rows, two adjacent lines, each line's own edit <= 16 chars
    if code not in SCORE_CODES:
        bad("%s: multi-line edit for code %s" % (name, code))
        return
    ls = clean[:i].count("\n")
    la, lb = clean.split("\n"), text.split("\n")
    if len(la) != len(lb):
        bad("%s: line count changed" % name)
        return
    changed = [k for k in range(len(la)) if la[k] != lb[k]]
    if len(changed) > 2 or (len(changed) == 2 and changed[1] != changed[0] + 1) or changed[0] < ls:
        bad("%s: changed lines %s not two adjacent rows" % (name, changed))
    for k in changed:
        p, qa, qb = diff_region(la[k], lb[k])
        if max(qa - p, qb - p) > 16:
            bad("%s: line %d edit too long" % (name, k + 1))
        if not la[k].startswith("|"):
            bad("%s: multi-line edit outside a table row" % name)


# ---------------------------------------------------------------- tables
def tables(text):
    """Markdown tables as lists of rows (lists of stripped cells); header first, separator dropped."""
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells if c):
                continue
            cur.append(cells)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def isnum(c):
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", c))


def check_column_sums(name, tab):
    head, rows = tab[0], tab[1:]
    tot = [r for r in rows if r[0] in ("合计",)]
    if not tot:
        return
    tot = tot[0]
    body = [r for r in rows if r[0] != "合计"]
    for k in range(1, len(head)):
        if k >= len(tot) or not isnum(tot[k]):
            continue
        cells = [r[k] for r in body if k < len(r)]
        if not all(isnum(c) or c in ("", "—") for c in cells):
            continue
        s = sum((D(c) for c in cells if isnum(c)), D(0))
        if not close(tot[k], s):
            bad("%s: column %s sums to %s, 合计 %s" % (name, head[k], s, tot[k]))


def check_station_rows(name, tab):
    """rows where 总投资/改造投资 = sum of the funding columns to its right"""
    head = tab[0]
    for key in ("总投资", "改造投资"):
        if key in head:
            k = head.index(key)
            parts = [i for i, h in enumerate(head) if i > k and ("补助" in h or "配套" in h or "自筹" in h or "投入" in h)]
            for r in tab[1:]:
                if isnum(r[k]) and all(isnum(r[i]) for i in parts):
                    s = sum(D(r[i]) for i in parts)
                    if not close(r[k], s):
                        bad("%s: row %s %s %s != parts %s" % (name, r[0], key, r[k], s))


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_q(cell):
    """-> (direction, value string, unit) or None for qualitative cells"""
    m = re.fullmatch(r"(≥|≤)?\s*(\d+(?:\.\d+)?)\s*(.*)", cell)
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", None: "eq"}[m.group(1)]
    return d, m.group(2), m.group(3)


def expected_score(target, actual, w):
    """(score, completion%) per rules §5, or None when not computable here."""
    td, ad = DATE.search(target), DATE.fullmatch(actual)
    if td and ad:
        tv = tuple(map(int, td.groups()))
        av = tuple(map(int, ad.groups()))
        return (w if av <= tv else None), None
    t, a = parse_q(target), parse_q(actual)
    if not t or not a or t[2] != a[2]:
        return None
    T, A = D(t[1]), D(a[1])
    if t[0] == "lte":
        comp = D(100) if A <= T else T / A * 100
    else:
        comp = A / T * 100
    return w * min(comp, D(100)) / 100, comp


def check_self_table(name, text):
    tabs = [t for t in tables(text) if "权重(%)" in t[0] and "评分" in t[0]]
    if not tabs:
        bad("%s: no 自评表" % name)
        return None
    wsum, ssum, total = D(0), D(0), None
    for tab in tabs:
        head = tab[0]
        wi, si = head.index("权重(%)"), head.index("评分")
        ci = head.index("完成率") if "完成率" in head else None
        ti = head.index("年度指标值") if "年度指标值" in head else None
        ai = head.index("实际完成值") if "实际完成值" in head else None
        for r in tab[1:]:
            if r[0] in ("合计", "总分"):
                total = (r[wi], r[si])
                continue
            if not isnum(r[wi]):
                continue
            w, s = D(r[wi]), D(r[si])
            wsum += w
            ssum += s
            if s > w or s < 0:
                bad("%s: score %s outside [0, weight %s] in row %s" % (name, s, w, r[:3]))
            if r[0] == "年度资金总额":
                # funds block: 全年预算数, 全年执行数, 执行率
                b, x = D(r[head.index("全年预算数")]), D(r[head.index("全年执行数")])
                rate = r[head.index("执行率")].rstrip("%")
                if not close(rate, x / b * 100):
                    bad("%s: funds-row rate %s != %s" % (name, rate, x / b * 100))
                if not (close(r[si], w * x / b) or close(r[si], w * D(rate) / 100)):
                    bad("%s: execution score %s" % (name, r[si]))
                continue
            if ti is None or ai is None:
                continue
            exp = expected_score(r[ti], r[ai], w)
            if exp is None:
                if parse_q(r[ai]) is None and not DATE.search(r[ai]):
                    if s < w * D("0.8"):
                        bad("%s: qualitative row %s scored below the achieved band" % (name, r[2]))
                    continue
                bad("%s: cannot score row %s" % (name, r[:5]))
                continue
            es, comp = exp
            if es is not None and not close(r[si], es):
                ok = False
                if ci is not None and isnum(r[ci].rstrip("%")):
                    ok = close(r[si], w * min(D(r[ci].rstrip("%")), D(100)) / 100)
                if not ok:
                    bad("%s: row %s score %s, expected %s" % (name, r[2], r[si], es))
            if ci is not None and comp is not None:
                if not close(r[ci].rstrip("%"), comp):
                    bad("%s: row %s 完成率 %s, expected %s" % (name, r[2], r[ci], comp))
    if total is None:
        bad("%s: no 合计/总分 row" % name)
        return None
    if wsum != 100 or D(total[0]) != 100:
        bad("%s: weights sum %s, stated %s" % (name, wsum, total[0]))
    if not close(total[1], ssum):
        bad("%s: scores sum %s, stated total %s" % (name, ssum, total[1]))
    return total[1]


def band(s):
    s = D(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_grade(name, text, total):
    found = 0
    for m in re.finditer(r"总分(\d+(?:\.\d+)?)分，等级：(优秀|优|良好|良|中等|中|差)", text):
        found += 1
        if m.group(1) != total:
            bad("%s: text total %s != table %s" % (name, m.group(1), total))
        if m.group(2)[0] != band(m.group(1)):
            bad("%s: grade %s for %s" % (name, m.group(2), m.group(1)))
    for m in re.finditer(r"自评得分 \| (\d+(?:\.\d+)?)分 \| 评价等级 \| (\S+) \|", text):
        found += 1
        if m.group(1) != total or m.group(2)[0] != band(m.group(1)):
            bad("%s: header table total/grade %s %s" % (name, m.group(1), m.group(2)))
    if not found:
        bad("%s: no total + grade statement" % name)


# ---------------------------------------------------------------- explicit identities
def last_num(snippet):
    return NUM.findall(snippet)[-1]


def need(name, text, snippet):
    if snippet not in text:
        bad("%s: snippet not in text: %r" % (name, snippet))
        return False
    return True


def RATE(snippet, n, d):
    return ("rate", snippet, D(str(n)), D(str(d)))


def EQ(snippet, value):
    return ("eq", snippet, D(str(value)))


def AVG(snippet, items):
    return ("eq", snippet, sum(D(str(i)) for i in items) / len(items))


def SUM(snippet, items):
    return ("eq", snippet, sum(D(str(i)) for i in items))


CHECKS = {
    "yanhe-xiangzhenzhan-2019": [
        SUM("年初预算560.00万元", [400, 160]),
        EQ("全年预算520.00万元", D("560") - 40),
        SUM("全年预算520.00万元", [400, 120]),
        SUM("到位合计520.00万元", [400, 70, 50]),
        RATE("到位率100%", 520, 520),
        RATE("预算执行率93.72%", "487.36", 520),
        RATE("省级资金支出375.28万元，执行率93.82%", "375.28", 400),
        RATE("县级配套支出112.08万元，执行率93.40%", "112.08", 120),
        SUM("全年支出487.36万元", ["375.28", "112.08"]),
        EQ("未支出32.64万元", D("520") - D("487.36")),
        SUM("未支出32.64万元", ["28.50", D(41400) / 10000]),
        AVG("3个三级站平均总投资72.12万元", ["72.35", "68.90", "75.11"]),
        EQ("6站平均造价1375.77元", D("760.80") * 10000 / 5530),
        RATE("乡镇客运站覆盖率59.09%", 13, 22),
        RATE("覆盖率86.36%", 19, 22),
        EQ("提高27.27个百分点", D("86.36") - D("59.09")),
        RATE("通客车建制村288个，通客车率98.63%", 288, 292),
        EQ("比上年提高1.37个百分点", 100 - D("98.63")),
        RATE("建成招呼站42个，完成率105%", 42, 40),
        RATE("按期完工率83.33%", 5, 6),
        EQ("42个共136.92万元", 42 * D("3.26")),
        RATE("满意313份，满意度93.71%", 313, 334),
        RATE("仅占全县的12.67%", 37, 292),
        EQ("扣0.63分", 10 - D("9.37")),
        EQ("扣1.33分", 8 - D("6.67")),
        SUM("已建站乡镇由13个增至19个", [13, 6]),
        SUM("产出48.67分", [10, 8, 8, "6.67", 4, 4, 4, 4]),
        SUM("总分97.04分", ["9.37", "48.67", 29, 10]),
    ],
    "huanjiang-zonghezhan-2020": [
        RATE("资金到位率96.21%", "304.80", "316.80"),
        RATE("预算执行率90.60%", "287.02", "316.80"),
        SUM("8月追加村级寄递物流服务点补助16.80万元", [D(56) * 3000 / 10000]),
        SUM("4月到位38.00万元", [50, -12]),
        EQ("结余17.78万元", D("304.80") - D("287.02")),
        RATE("建成41个，完成率73.21%", 41, 56),
        EQ("补助41×3000元=123000元", 41 * 3000),
        SUM("覆盖建制村由69个增至110个", [69, 41]),
        RATE("覆盖建制村69个（覆盖率47.92%", 69, 144),
        RATE("覆盖率76.39%", 110, 144),
        EQ("比上年提高28.47个百分点", D("76.39") - D("47.92")),
        EQ("距80%目标差3.61个百分点", 80 - D("76.39")),
        RATE("已建乡镇综合运输服务站5个（覆盖率41.67%", 5, 12),
        RATE("建站乡镇由5个增至9个，覆盖率75%", 9, 12),
        RATE("按期完工率75%", 3, 4),
        RATE("满意218份，满意度87.20%", 218, 250),
        SUM("川山镇一级站总投资186.40万元", [100, 20, "66.40"]),
        SUM("产出46.07分", [10, "7.32", 10, "3.75", 5, 10]),
        SUM("效益29.55分", [10, "9.55", 10]),
        SUM("总分94.37分", ["9.06", "46.07", "29.55", "9.69"]),
    ],
    "huayuan-wuliujiedian-2021": [
        SUM("年初预算201.00万元", [118, 83]),
        SUM("省级补助118.00万元", [2 * 20, 4 * 12, 5 * 6]),
        SUM("县级配套83.00万元", [D(86) * 5000 / 10000, 40]),
        RATE("预算执行率94.66%", "190.26", 201),
        SUM("支出190.26万元", [118, "38.50", "33.76"]),
        RATE("拨付118.00万元，拨付率100%", 118, 118),
        RATE("拨付38.50万元，拨付率89.53%", "38.50", 43),
        EQ("建成77个，拨付38.50万元", D(77) * 5000 / 10000),
        RATE("已付33.76万元，支付率84.40%", "33.76", 40),
        EQ("结余10.74万元", 201 - D("190.26")),
        SUM("结余10.74万元", ["4.50", "6.24"]),
        EQ("村级点4.50万元", 43 - D("38.50")),
        EQ("信息平台6.24万元", 40 - D("33.76")),
        SUM("信息平台6.24万元", ["3.75", "2.49"]),
        RATE("覆盖建制村98个，覆盖率59.04%", 98, 166),
        RATE("村级点建成77个，完成率89.53%", 77, 86),
        RATE("通快递建制村152个，覆盖率91.57%", 152, 166),
        SUM("通快递建制村152个", [98, 54]),
        EQ("比上年提高32.53个百分点", D("91.57") - D("59.04")),
        RATE("同比增长18.18%", D("34.39") - D("29.10"), "29.10"),
        RATE("运营率90.91%", 10, 11),
        RATE("满意351份，满意度93.35%", 351, 376),
        RATE("满意55户÷调查58户=94.83%", 55, 58),
        SUM("| 98.20 |", ["9.47", 10, "8.95", 5, 10, 5, 5, 5, 10, 5, 10, "4.78", 10]),
    ],
    "wangmo-kehuoyou-2023": [
        SUM("年初预算240.00万元", [180, 60]),
        SUM("全年预算270.00万元", [240, 30]),
        SUM("全年预算270.00万元", [120, 60, 48, 42]),
        SUM("合计到位252.00万元", [180, 30, 42]),
        RATE("到位率93.33%", 252, 270),
        RATE("预算执行率83.57%", "225.63", 270),
        SUM("全年支出225.63万元", [114, 45, "39.63", 27]),
        EQ("结余26.37万元", 252 - D("225.63")),
        SUM("未到位18.00万元", [60, -42]),
        EQ("建成90个，支出45.00万元", D(90) * 5000 / 10000),
        EQ("改装9辆，支出27.00万元", 9 * 3),
        SUM("预算48.00万元", [8 * 6]),
        SUM("预算42.00万元", [14 * 3]),
        SUM("（2）村级服务点：预算60.00万元", [D(120) * 5000 / 10000]),
        SUM("综合服务站：预算120.00万元", [40, 25, 25, 15, 15]),
        EQ("留质保金6.00万元", 120 - 114),
        AVG("平均每站总投资51.88万元", ["86.30", "54.60", "57.25", "31.80", "29.45"]),
        AVG("8条线路平均日均客流37.75人次", [46, 38, 52, 29, 33, 41, 27, 36]),
        RATE("已建乡镇综合服务站4个（覆盖率26.67%", 4, 15),
        RATE("快递服务覆盖建制村112个（覆盖率70.00%", 112, 160),
        RATE("完工及时率80%", 4, 5),
        RATE("建成90个，完成率75%", 90, 120),
        RATE("改装9辆，完成率64.29%", 9, 14),
        RATE("占全县160个建制村的87.50%", 140, 160),
        EQ("比上年提高17.50个百分点", D("87.50") - 70),
        SUM("覆盖建制村140个", [112, 28]),
        SUM("新建90个点中62个", [90, -28]),
        RATE("建站乡镇由4个增至9个，覆盖率60%", 9, 15),
        RATE("同比增长11.96%", D("77.89") - D("69.57"), "69.57"),
        RATE("满意416份，满意度85.60%", 416, 486),
        SUM("自评总分88.72分", ["8.36", 10, "7.5", 5, "3.21", 10, "4.44", 5, 5, "9.72", 5, "5.98", "9.51"]),
    ],
    "mayang-tizhigaizao-2024": [
        SUM("年初预算195.00万元", [150, 45]),
        SUM("全年预算213.60万元", [195, "18.60"]),
        SUM("年初预算195.00万元", [140, 35, 20]),
        SUM("客运站提质改造：预算140.00万元", [50, 30, 30, 15, 15]),
        RATE("到位43.00万元，到位率95.56%", 43, 45),
        SUM("合计到位211.60万元", [150, 43, "18.60"]),
        RATE("合计到位211.60万元，到位率99.06%", "211.60", "213.60"),
        RATE("预算执行率92.89%", "198.42", "213.60"),
        SUM("全年支出198.42万元", ["136.50", "33.52", 19, "9.40"]),
        EQ("兰里镇站尾款3.50万元", 140 - D("136.50")),
        EQ("村级快递服务点：预算20.00万元", D(40) * 5000 / 10000),
        EQ("建成38个，支出19.00万元", D(38) * 5000 / 10000),
        RATE("支出9.40万元，使用率50.54%", "9.40", "18.60"),
        EQ("尚有9.20万元未支付", D("18.60") - D("9.40")),
        EQ("年末结余13.18万元", D("211.60") - D("198.42")),
        SUM("年末结余13.18万元", ["3.50", D("43.00") - D("23.52") - 19, "9.20"]),
        RATE("村级快递服务点建成38个，完成率95%", 38, 40),
        RATE("覆盖建制村171个，覆盖率93.44%", 171, 183),
        EQ("比上年72.68%", D(133) / 183 * 100),
        EQ("提高20.76个百分点", D("93.44") - D("72.68")),
        RATE("同比增长17.85%", D("52.36") - D("44.43"), "44.43"),
        RATE("（满意+基本满意）93.20%", 336 + 48, 412),
        SUM("有效问卷412份", [336, 48, 28]),
        SUM("| 189.02 |", ["198.42", "-9.40"]),
        SUM("产出及效益、满意度指标89.34分", [10, "9.5", 5, 10, 5, 5, 5, 5, "9.84", 10, 5, 10]),
        SUM("2. 总分98.63分", ["9.29", "89.34"]),
    ],
}


def check_identities(name, text, checks):
    for c in checks:
        if not need(name, text, c[1]):
            continue
        stated = last_num(c[1])
        if c[0] == "rate":
            comp = c[2] / c[3] * 100
        else:
            comp = c[2]
        if not close(stated, comp):
            bad("%s: %r states %s, computed %s" % (name, c[1], stated, comp))


def main():
    labels = check_labels()
    for lab in labels:
        if not lab["clean"]:
            continue
        name, text = lab["case"], read(lab["case"])
        for tab in tables(text):
            check_column_sums(name, tab)
            check_station_rows(name, tab)
        total = check_self_table(name, text)
        if total is not None:
            check_grade(name, text, total)
        check_identities(name, text, CHECKS[lab["source"]])
        # every year statement about carry-over names a later year; "截至…12月31日" names the evaluation year
        year = int(re.search(r"(\d{4})年", lab["source"][-4:] + "年").group(1))
        for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
            if int(m.group(1)) <= year:
                bad("%s: carry-over into %s" % (name, m.group(1)))
        for m in re.finditer(r"截至(\d{4})年12月31日", text):
            if int(m.group(1)) != year:
                bad("%s: 截至 %s" % (name, m.group(1)))
        for m in re.finditer(r"评价年度 \| (\d{4})年度", text):
            if int(m.group(1)) != year:
                bad("%s: 评价年度 %s" % (name, m.group(1)))
        n = len(text)
        if not 2500 <= n <= 6000:
            bad("%s: length %d" % (name, n))
    codes = {}
    for lab in labels:
        for e in lab["expected"]:
            codes.setdefault(e["code"], set()).add(lab["source"])
    for code in ("rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"):
        if len(codes.get(code, ())) < 2:
            bad("code %s used in fewer than two projects" % code)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED: %d problem(s)" % len(PROBLEMS))
        return 1
    print("OK: %d cases, %d labels" % (len(labels), sum(len(l["expected"]) for l in labels)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
