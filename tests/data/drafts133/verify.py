#!/usr/bin/env python3
"""Verify the n133 set.

1. every label value occurs in its case; clean cases expect nothing;
2. every error case differs from its clean draft in one place (one short contiguous region,
   which the label value overlaps);
3. the arithmetic of every clean draft holds (rates, sums, balances, averages, completion
   rates, weights, scores, grade), each figure checked as it is written in the draft.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(str(s).replace(",", "").replace("%", ""))


def ndec(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, label):
    """stated (string, as written) agrees with computed within half a unit of its last digit."""
    tol = D(5) * D(10) ** (-(ndec(stated) + 1)) + D("1e-9")
    if abs(D(computed) - dec(stated)) > tol:
        fail(f"{label}: computed {D(computed):.4f}, stated {stated}")


def pct(num, den):
    return dec(num) / dec(den) * 100


def grade(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Draft:
    def __init__(self, source):
        self.source = source
        self.text = read(f"{source}-clean.txt")

    def need(self, s, count=None):
        n = self.text.count(s)
        if n == 0 or (count is not None and n != count):
            fail(f"{self.source}: {s!r} occurs {n} times (expected {count or '>=1'})")
        return s

    def sum(self, parts, total, label):
        self.need_all(parts + [total])
        close(sum(dec(p) for p in parts), total, f"{self.source} sum {label}")

    def need_all(self, items):
        for x in items:
            if not any(ch.isdigit() for ch in x):
                continue
            if x.replace(",", "") not in self.text.replace(",", ""):
                fail(f"{self.source}: figure {x} not found")

    def rate(self, num, den, stated, label):
        self.need_all([num, den, stated])
        close(pct(num, den), stated, f"{self.source} rate {label}")

    def diff(self, a, b, stated, label):
        self.need_all([a, b, stated])
        close(dec(a) - dec(b), stated, f"{self.source} difference {label}")

    def mean(self, items, stated, label):
        self.need_all(items + [stated])
        close(sum(dec(x) for x in items) / len(items), stated, f"{self.source} mean {label}")

    def completion(self, actual, target, stated, label, direction="gte"):
        self.need_all([stated])
        a, t = dec(actual), dec(target)
        c = D(100) if direction == "lte" and a <= t else (a / t * 100 if direction != "lte" else t / a * 100)
        close(c, stated, f"{self.source} completion {label}")

    def score(self, weight, actual, target, stated, label):
        close(dec(weight) * min(dec(actual) / dec(target), D(1)), stated, f"{self.source} score {label}")

    # -------------------------------------------------------- tables
    def tables(self):
        """Check the funds row and the indicator table: rates, weights, scores, total, grade."""
        lines = self.text.split("\n")
        total = None
        exec_w = exec_s = None
        for i, line in enumerate(lines):
            cells = line.split("｜")
            if "执行率" in cells and "分值" in cells and "得分" in cells and "全年预算数" in cells:
                ib, ie, iw, ir, isc = (cells.index(k) for k in ("全年预算数", "全年执行数", "分值", "执行率", "得分"))
                row = lines[i + 1].split("｜")
                close(pct(row[ie], row[ib]), row[ir], f"{self.source} table execution rate")
                exec_w, exec_s = dec(row[iw]), dec(row[isc])
                close(exec_w * min(dec(row[ie]) / dec(row[ib]), D(1)), row[isc], f"{self.source} execution score")
                # component rows (其中 …) add up to the total row in each money column
                comps = []
                for nxt in lines[i + 2:]:
                    c = nxt.split("｜")
                    if len(c) != len(cells) or not re.match(r"^[\d.]+$", c[ib]):
                        break
                    comps.append(c)
                if comps:
                    for k, name in ((1, "年初预算数"), (ib, "全年预算数"), (ie, "全年执行数")):
                        close(sum(dec(c[k]) for c in comps), row[k], f"{self.source} funds column {name}")
                        for c in comps:
                            if dec(c[ib]) > 0 and c[ir] not in ("—",):
                                close(pct(c[ie], c[ib]), c[ir], f"{self.source} component rate {c[0]}")
                            if dec(c[ib]) == 0 and c[ir] != "—":
                                fail(f"{self.source}: rate {c[ir]} on a zero base ({c[0]})")
            if "三级指标" in cells and "分值" in cells and "得分" in cells:
                iw, isc = cells.index("分值"), cells.index("得分")
                ws, ss = D(0), D(0)
                for nxt in lines[i + 1:]:
                    c = nxt.split("｜")
                    if c[0] in ("总分", "合计"):
                        total = (dec(c[iw]), c[isc])
                        break
                    w, s = dec(c[iw]), dec(c[isc])
                    # actual in the unit of the target (I13)
                    it, ia = iw - 2, iw - 1
                    if "度量单位" in cells:
                        it, ia = cells.index("指标值"), cells.index("实际完成值")
                    elif "完成率" in cells:
                        it, ia = cells.index("年度指标值"), cells.index("实际完成值")
                    mt = re.match(r"^[≥≤=＞＜<>]*([\d.]+)(.*)$", c[it])
                    ma = re.match(r"^([\d.]+)(.*)$", c[ia])
                    if mt and (not ma or re.sub(r"[\d.]", "", ma.group(2)) != re.sub(r"[\d.]", "", mt.group(2))):
                        fail(f"{self.source}: unit of actual {c[ia]!r} differs from target {c[it]!r}")
                    if "%" in c[ia] and "满意" in c[2] and dec(ma.group(1)) > 100:
                        fail(f"{self.source}: satisfaction above 100% ({c[ia]})")
                    if s > w or s < 0:
                        fail(f"{self.source}: score {s} outside [0, {w}] in row {c[2]}")
                    ws += w
                    ss += s
                else:
                    fail(f"{self.source}: indicator table without total row")
                    continue
                ws += exec_w
                ss += exec_s
                if ws != 100 or total[0] != 100:
                    fail(f"{self.source}: weights add to {ws}, total row {total[0]}")
                close(ss, total[1], f"{self.source} score total")
        return total[1] if total else None

    def years(self, year):
        """截至 dates name the evaluation year; carry-over goes to a later year; table titles name it."""
        for m in re.finditer(r"截至(\d{4})年", self.text):
            if int(m.group(1)) != year:
                fail(f"{self.source}: {m.group(0)} in a {year} report")
        for m in re.finditer(r"结转至(\d{4})年", self.text):
            if int(m.group(1)) <= year:
                fail(f"{self.source}: {m.group(0)} in a {year} report")
        for m in re.finditer(r"(\d{4})年度", self.text):
            ctx = self.text[m.start():m.start() + 30]
            if ("自评" in ctx or "项目" in ctx) and int(m.group(1)) != year:
                fail(f"{self.source}: {m.group(0)} in a {year} report ({ctx!r})")

    def conclusion(self, total, grade_label):
        self.need(f"{total}分")
        g = grade(total)
        label = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等"), "差": ("差",)}[g]
        if grade_label not in label:
            fail(f"{self.source}: grade {grade_label} for {total}, expected {g}")
        self.need(grade_label)


# ---------------------------------------------------------------- 1 + 2
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ list different files")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: {n} characters")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: {len(lab['expected'])} expected findings")
        clean = read(f"{lab['source']}-clean.txt")
        # one contiguous changed region
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not new or len(old) > 80 or len(new) > 80 or "\n\n" in old:
            fail(f"{lab['case']}: changed region too large: {old!r} -> {new!r}")
        for exp in lab["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{lab['case']}: value {v!r} not in case")
            elif not any(o < len(text) - s and o + len(v) > p for o in occ):
                fail(f"{lab['case']}: value {v!r} does not overlap the change")
            if v in clean:
                fail(f"{lab['case']}: value {v!r} also occurs in the clean draft")
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in wanted:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes.get(c, 0)}" for c in wanted))


# ---------------------------------------------------------------- 3
def check_qianshan():
    d = Draft("jx-qianshan-hehuzhang-2022")
    d.years(2022)
    d.sum(["40.00", "80.00"], "120.00", "年初预算")
    d.sum(["120.00", "30.00", "8.60"], "158.60", "全年预算")
    d.sum(["120.00", "30.00"], "150.00", "当年财政拨款")
    d.rate("149.37", "158.60", "94.18%", "预算执行率")
    d.need("预算执行率94.18%")
    d.rate("140.77", "150.00", "93.85%", "当年财政拨款执行率")
    d.diff("158.60", "149.37", "9.23", "结转")
    d.need("未执行的9.23万元")
    d.sum(["86.40", "22.35", "18.60", "9.82", "12.20"], "149.37", "支出结构")
    close(D(120) * 600 * 12 / 10000, "86.40", "巡河员补助 120人×600元×12月")
    d.rate("138", "150", "92%", "公示牌完成")
    d.need("完成年度计划的92%")
    d.rate("234", "250", "93.6%", "满意度")
    d.sum(["138", "12"], "150", "公示牌")
    d.score("10", "138", "150", "9.2", "公示牌")
    d.need("138块", 3)
    d.need("56人次", 3)
    d.need("93.6%", 2)
    d.need("98.62", 2)
    total = d.tables()
    d.conclusion(total, "优")
    d.need("评价等级为优", 1)


def check_songxi():
    d = Draft("fj-songxi-szyjcz-2019")
    d.years(2019)
    d.sum(["46.00", "6.40"], "52.40", "全年预算")
    d.rate("52.40", "52.40", "100%", "到位率")
    d.rate("49.86", "52.40", "95.15%", "支出率")
    d.diff("52.40", "49.86", "2.54", "结余")
    d.need("2.54", 1)
    d.sum(["31.20", "4.68", "9.36", "4.62"], "49.86", "支出明细")
    close(D(13) * D("2.4"), "31.20", "运维费 13站×2.4万元")
    close(D(13) * 3600 / 10000, "4.68", "流量费 13站×3600元")
    d.sum(["8", "3", "2"], "13", "站点")
    close(D(13) * 2, "26", "比测校准 13站×2次")
    d.mean(["96", "94", "97", "95"], "95.5", "季度考核")
    d.mean(["98.9", "97.6", "99.4"], "98.63", "三类站点到报率")
    d.need("98.63%", 2)
    d.completion("98.63", "95", "103.82%", "到报率")
    d.completion("76", "80", "95.00%", "在线监控水量占比")
    d.completion("94.5", "90", "105.00%", "满意度")
    d.completion("36", "48", "100%", "修复时限", "lte")
    d.score("15", "76", "80", "14.25", "在线监控水量占比")
    d.need("94.5%", 2)
    d.need("31.20万元", 2)
    total = d.tables()
    d.conclusion(total, "优")


def check_langzhong():
    d = Draft("sc-langzhong-shuibaojiance-2023")
    d.years(2023)
    d.sum(["38.00", "7.50"], "45.50", "调整后预算")
    d.rate("45.50", "45.50", "100%", "到位率")
    d.diff("45.50", "42.36", "3.14", "结余")
    d.sum(["18.60", "12.48", "7.28", "4.00"], "42.36", "资金使用")
    d.sum(["3.12", "5.86", "3.50"], "12.48", "运行维护")
    close(D(2) * 1300 * 12 / 10000, "3.12", "观测员补助 2人×1300元×12月")
    d.completion("46", "40", "115%", "监督性监测抽查")
    d.completion("22", "24", "91.67%", "径流小区观测")
    d.score("10", "22", "24", "9.17", "径流小区观测")
    close(D("186000") / 1878, "99.04", "单位面积成本 18.60万元/1878平方公里")
    d.diff("512.46", "506.16", "6.30", "水土流失面积减少")
    d.need("93.10%", 1)
    d.need("2023年度项目支出绩效自评表", 1)
    d.need("1878", 6)
    total = d.tables()
    d.conclusion(total, "优")


def check_feixiang():
    d = Draft("hb-feixiang-shuixiliantong-2021")
    d.years(2021)
    d.sum(["1,200.00", "280.00"], "1,480.00", "年初预算")
    d.sum(["300.00", "100.00"], "400.00", "年中追加")
    d.sum(["1,480.00", "400.00"], "1,880.00", "全年预算=年初+追加")
    d.sum(["1,200.00", "300.00", "380.00"], "1,880.00", "全年预算分来源")
    d.sum(["280.00", "100.00"], "380.00", "区级配套")
    d.rate("1,742.58", "1,880.00", "92.69%", "预算执行率")
    d.diff("1,880.00", "1,742.58", "137.42", "结余")
    d.sum(["826.40", "512.76", "318.22", "85.20"], "1,742.58", "支出构成")
    d.completion("43.6", "42", "103.81%", "清淤疏浚")
    d.completion("9.8", "9.5", "103.16%", "生态护岸")
    d.completion("2.7", "3", "90%", "灌溉面积")
    d.rate("276", "300", "92%", "满意度")
    d.need("43.6公里", 2)
    if abs(D("826.40") / D("41.3") - 20) > D("0.5"):
        fail("feixiang: 清淤单价 not 约20元/立方米")
    # prose scoring: weights, sub-weights, scores
    d.need("预算执行率指标（10分）得9.27分")
    d.need("产出指标（50分）得49分")
    d.need("效益指标（30分）得28.5分")
    d.need("满意度指标（10分）得9.68分")
    d.need("数量指标30分得30分、质量指标10分得10分、时效指标5分得4分、成本指标5分得5分")
    d.need("生态效益15分得15分、社会效益15分得13.5分")
    close(D(10) + 50 + 30 + 10, "100", "一级权重")
    close(D(30) + 10 + 5 + 5, "50", "产出权重")
    close(D(15) + 15, "30", "效益权重")
    close(D(30) + 10 + 4 + 5, "49", "产出得分")
    close(D(15) + D("13.5"), "28.5", "效益得分")
    close(D(10) * dec("1742.58") / dec("1880.00"), "9.27", "执行率得分")
    d.score("15", "2.7", "3", "13.5", "社会效益")
    d.score("10", "92", "95", "9.68", "满意度")
    close(D("9.27") + 49 + D("28.5") + D("9.68"), "96.45", "合计得分")
    d.need("合计得分96.45分")
    d.conclusion("96.45", "优")
    d.need("评价等级为“优”", 1)


def check_huangyuan():
    d = Draft("qh-huangyuan-slj-2024")
    d.years(2024)
    d.sum(["598.40", "534.05"], "1,132.45", "年初预算")
    d.sum(["1,132.45", "1,304.13"], "2,436.58", "全年=年初+追加")
    d.sum(["612.30", "1,824.28"], "2,436.58", "全年=基本+项目")
    d.sum(["1,150.00", "386.20", "900.38"], "2,436.58", "资金来源")
    d.sum(["548.62", "63.68"], "612.30", "基本支出")
    d.sum(["612.30", "1,706.92"], "2,319.22", "全年支出")
    d.rate("2,319.22", "2,436.58", "95.18%", "部门预算执行率")
    d.rate("1,706.92", "1,824.28", "93.57%", "项目支出执行率")
    d.diff("1,824.28", "1,706.92", "117.36", "结余")
    d.diff("2,436.58", "2,319.22", "117.36", "结余(部门)")
    projects = [("86.50", "84.20", "97.34%", "96.5"), ("42.00", "42.00", "100.00%", "98"),
                ("318.60", "301.25", "94.55%", "94"), ("1260.00", "1172.47", "93.05%", "92.5"),
                ("117.18", "107.00", "91.31%", "91")]
    for b, e, r, s in projects:
        d.need(f"{b}｜{e}｜{r}｜{s}")
        d.rate(e, b, r, f"项目 {b}")
    d.sum([p[0] for p in projects], "1824.28", "项目预算")
    d.sum([p[1] for p in projects], "1706.92", "项目执行")
    d.need("1824.28｜1706.92｜93.57%")
    d.mean([p[3] for p in projects], "94.4", "项目平均自评得分")
    d.need("平均自评得分94.4分")
    d.sum(["52.30", "18.60", "15.60"], "86.50", "山洪项目构成")
    d.completion("41", "45", "91.11%", "维修养护")
    d.sum(["41", "4"], "45", "维修养护处数")
    d.score("10", "41", "45", "9.11", "维修养护")
    d.need("6.8公里", 3)
    d.need("93%", 1)
    total = d.tables()
    d.conclusion(total, "优秀")


def main():
    check_labels()
    for fn in (check_qianshan, check_songxi, check_langzhong, check_feixiang, check_huangyuan):
        fn()
    if FAILS:
        print(f"{len(FAILS)} failure(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
