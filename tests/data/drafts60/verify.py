#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Prints OK and exits 0 when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
from build import EDITS  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def count(text, value):
    n, i = 0, text.find(value)
    while i >= 0:
        n += 1
        i = text.find(value, i + 1)
    return n


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = {}
    for rec in labels:
        case = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            if rec["expected"] or case != clean:
                fail(f"{rec['case']}: clean case with labels or text differing")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], set()).add(rec["source"])
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if count(case, v) != 1:
                fail(f"{rec['case']}: value occurs {count(case, v)} times in the case")
            if v in clean:
                fail(f"{rec['case']}: value also occurs in the clean draft")
            if not re.search(r"\d", v):
                if exp["code"] != "grade_mismatch":
                    fail(f"{rec['case']}: value holds no figure")
        # edit size, line by line
        a, b = clean.split("\n"), case.split("\n")
        if len(a) != len(b):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        pid = rec["source"]
        n = int(rec["case"].rsplit("-e", 1)[1].split(".")[0])
        pairs = EDITS[pid][n - 1][1]
        allowed = 2 if len(pairs) == 2 else 1
        if not (1 <= len(diff) <= allowed):
            fail(f"{rec['case']}: {len(diff)} lines changed (allowed {allowed})")
        if len(diff) == 2 and diff[1] - diff[0] != 1:
            fail(f"{rec['case']}: the two changed rows are not adjacent")
        for i in diff:
            x, y = a[i], b[i]
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            q = 0
            while q < min(len(x), len(y)) - p and x[-1 - q] == y[-1 - q]:
                q += 1
            size = max(len(x) - p - q, len(y) - p - q)
            if size > 16:
                fail(f"{rec['case']}: edit of {size} characters on line {i + 1}")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects: {sorted(codes.get(c, ()))}")
    for c in codes:
        if c not in need:
            fail(f"unexpected code {c}")
    return labels


# ---------------------------------------------------------------- arithmetic helpers
def dec(s):
    return D(str(s).replace("%", "").replace(",", ""))


def tol(s):
    s = str(s).replace("%", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    def __init__(self, pid, drop):
        self.pid = pid
        self.raw = read(pid + "-clean.txt")
        lines = self.raw.split("\n")
        keep = []
        for ln in lines:
            if any(re.fullmatch(p, ln) for p in drop) or ln == "续表":
                continue
            keep.append(ln)
        self.lines = keep
        self.flat = "".join(keep)

    def has(self, *frags):
        for f in frags:
            if f not in self.flat:
                fail(f"{self.pid}: figure text {f!r} not in the clean draft")

    def line_has(self, frag):
        if not any(frag in ln for ln in self.lines):
            fail(f"{self.pid}: table row {frag!r} not found on one line")

    def close(self, label, computed, stated):
        if abs(D(computed) - dec(stated)) > tol(stated):
            fail(f"{self.pid}: {label}: computed {computed:.6f}, stated {stated}")

    def rate(self, label, num, den, stated):
        self.close(label, dec(num) / dec(den) * 100, stated)

    def sum(self, label, total, parts):
        s = sum(dec(p) for p in parts)
        if s != dec(total):
            fail(f"{self.pid}: {label}: {' + '.join(map(str, parts))} = {s} != {total}")

    def diff(self, label, a, b, stated):
        self.close(label, dec(a) - dec(b), stated)

    def mean(self, label, items, stated):
        self.close(label, sum(dec(i) for i in items) / len(items), stated)


def score_rule(direction, target, actual, weight):
    w = dec(weight)
    if direction == "q":
        return None
    t, a = dec(target), dec(actual)
    if direction == "gte":
        return w if a >= t else w * max(a, D(0)) / t
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq0":
        return w if a <= 0 else D(0)
    raise ValueError(direction)


def completion(direction, target, actual):
    t, a = dec(target), dec(actual)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def table(doc, rows, total, execution=None, levels=None, grade=None):
    """rows: (line fragment, level1, direction, target, actual, weight, score, completion or None)."""
    wsum, ssum = D(0), D(0)
    lv_w, lv_s = {}, {}
    if execution:
        w, sc, rate = execution
        exp = r2(dec(w) * min(dec(rate), D(100)) / 100)
        if abs(exp - dec(sc)) > tol(sc) and abs(dec(w) * dec(rate) / 100 - dec(sc)) > tol(sc):
            fail(f"{doc.pid}: execution score {sc} vs {exp}")
        wsum += dec(w)
        ssum += dec(sc)
        lv_w["exec"] = dec(w)
        lv_s["exec"] = dec(sc)
    for frag, lvl, dirn, t, a, w, sc, comp in rows:
        doc.line_has(frag)
        wsum += dec(w)
        ssum += dec(sc)
        lv_w[lvl] = lv_w.get(lvl, D(0)) + dec(w)
        lv_s[lvl] = lv_s.get(lvl, D(0)) + dec(sc)
        if dec(sc) > dec(w) or dec(sc) < 0:
            fail(f"{doc.pid}: {frag}: score above weight")
        exp = score_rule(dirn, t, a, w)
        if exp is not None and abs(r2(exp) - dec(sc)) > tol(sc):
            fail(f"{doc.pid}: {frag}: score {sc}, rule gives {r2(exp)}")
        if exp is None and not (dec(w) * D("0.6") <= dec(sc) <= dec(w)):
            fail(f"{doc.pid}: {frag}: qualitative score outside the achieved/partly bands")
        if comp is not None:
            c = completion(dirn, t, a)
            if abs(c - dec(comp)) > tol(comp):
                fail(f"{doc.pid}: {frag}: completion {comp}, computed {c:.4f}")
    if wsum != 100:
        fail(f"{doc.pid}: weights add to {wsum}")
    if ssum != dec(total):
        fail(f"{doc.pid}: scores add to {ssum}, total {total}")
    if levels:
        for lvl, (w, s) in levels.items():
            if w is not None and lv_w.get(lvl) != dec(w):
                fail(f"{doc.pid}: level {lvl} weight {lv_w.get(lvl)} != {w}")
            if s is not None and lv_s.get(lvl) != dec(s):
                fail(f"{doc.pid}: level {lvl} score {lv_s.get(lvl)} != {s}")
    if grade:
        tot = dec(total)
        band = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 60 else "差"
        if not grade.startswith(band):
            fail(f"{doc.pid}: grade {grade} for {total}, band {band}")


# ---------------------------------------------------------------- the five drafts
def qitai():
    d = Doc("qitai-legalaid-2021", [r"— \d+ —"])
    d.has("年初预算48.00万元", "资金10.00万元", "县级财政资金38.00万元", "补助资金12.60万元", "调整为60.60万元",
          "支出57.36万元，预算执行率94.65%", "较2020年的51.20万元增加6.16万元", "年末结余3.24万元", "结转至2022年",
          "季均127件", "到位率100%")
    d.sum("年初预算", "48.00", ["10.00", "38.00"])
    d.sum("全年预算", "60.60", ["48.00", "12.60"])
    d.rate("执行率", "57.36", "60.60", "94.65%")
    d.diff("结余", "60.60", "57.36", "3.24")
    d.diff("较上年增加", "57.36", "51.20", "6.16")
    d.sum("支出构成", "57.36", ["41.28", "6.72", "3.86", "5.50"])
    d.has("分别受理112件、131件、124件、141件")
    d.sum("受理 by quarter", "508", ["112", "131", "124", "141"])
    d.mean("季均", ["112", "131", "124", "141"], "127")
    d.sum("受理 by type", "508", ["193", "189", "11", "115"])
    d.sum("办结 by type", "489", ["186", "180", "10", "113"])
    d.sum("兑付件数", "461", ["186", "152", "10", "113"])
    d.sum("办案补贴(元)", "412800", [186 * 1200, 152 * 1000, 10 * 1500, 113 * 200])
    d.has("兑付办案补贴461件41.28万元", "兑付值班律师补贴672人次6.72万元", "28件民事案件", "44人次值班律师")
    d.sum("值班补贴(元)", "67200", [672 * 100])
    d.sum("值班人次 = 已兑付 + 未兑付", "716", ["672", "44"])
    d.sum("民事办结 = 已兑付 + 未兑付", "180", ["152", "28"])
    d.rate("结案率", "489", "508", "96.26%")
    d.rate("受理增长", "76", "432", "17.59%")
    d.sum("76 = 508 - 432", "508", ["432", "76"])
    d.rate("受理完成", "508", "450", "112.89%")
    d.rate("值班完成", "716", "600", "119.33%")
    d.rate("合格率", "90", "92", "97.83%")
    d.rate("挽回损失完成", "1186.50", "1000", "118.65%")
    d.rate("满意度", "409", "420", "97.38%")
    d.has("年度资金总额 48.00 60.60 57.36 10 94.65% 9.47", "其中：当年财政拨款 48.00 60.60 57.36",
          "上年结转资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — — —",
          "自评得分99.45分，评价等级为“优”", "扣0.02分", "预算执行率得分9.47分")
    rows = [
        ("法律援助案件受理数 ≥450件 508件 10 10", "out", "gte", 450, 508, 10, 10, None),
        ("值班律师提供法律帮助人次 ≥600人次 716人次 5 5", "out", "gte", 600, 716, 5, 5, None),
        ("法律援助宣传活动场次 ≥24场 26场 5 5", "out", "gte", 24, 26, 5, 5, None),
        ("结案率 ≥95% 96.26% 10 10", "out", "gte", 95, "96.26", 10, 10, None),
        ("案件质量评查合格率 ≥98% 97.83% 10 9.98", "out", "gte", 98, "97.83", 10, "9.98", None),
        ("及时率（7日内） =100% 100% 5 5", "out", "gte", 100, 100, 5, 5, None),
        ("刑事案件办案补贴标准 =1200元/件 1200元/件 5 5", "out", "gte", 1200, 1200, 5, 5, None),
        ("农民工讨薪案件办结数 ≥120件 137件 10 10", "ben", "gte", 120, 137, 10, 10, None),
        ("为受援人挽回经济损失 ≥1000万元 1186.50万元 10 10", "ben", "gte", 1000, "1186.50", 10, 10, None),
        ("乡镇法律援助工作站覆盖率 =100% 100% 10 10", "ben", "gte", 100, 100, 10, 10, None),
        ("受援人满意度 ≥95% 97.38% 10 10", "sat", "gte", 95, "97.38", 10, 10, None),
    ]
    d.has("全年受理法律援助案件508件、办结489件，办结农民工讨薪案件137件；值班律师提供法律帮助716人次；按标准兑付办案补贴461件；受援人满意度97.38%",
          "全年办结489件，结案率96.26%", "全年办结农民工讨薪案件137件", "提供法律帮助716人次")
    d.line_has("总分 100 99.45")
    table(d, rows, "99.45", execution=(10, "9.47", "94.6534653"),
          levels={"out": (50, "49.98"), "ben": (30, 30), "sat": (10, 10)}, grade="优")


def ledong():
    d = Doc("ledong-correction-2023", [r"第 \d+ 页 共 \d+ 页"])
    d.has("年初预算36.00万元", "补助资金8.50万元", "全年预算44.50万元", "资金到位44.50万元，到位率100%",
          "实际支出43.82万元，预算执行率98.47%", "结余0.68万元", "平台运维费9.60万元", "定位终端租赁费4.80万元（40台×100元/台·月×12个月）",
          "购买社会工作者服务5名，标准为2.40万元/人·年", "所需经费16.80万元")
    d.sum("全年预算", "44.50", ["36.00", "8.50"])
    d.rate("执行率", "43.82", "44.50", "98.47%")
    d.diff("结余", "44.50", "43.82", "0.68")
    d.has("43.82万元，其中智慧矫正平台运维及定位服务费14.40万元、购买社会工作者服务费12.00万元、教育帮扶费9.60万元、调查评估及走访核查费4.62万元、宣传培训费3.20万元")
    d.sum("支出构成", "43.82", ["14.40", "12.00", "9.60", "4.62", "3.20"])
    d.sum("平台及定位", "14.40", ["9.60", "4.80"])
    d.sum("定位租赁(元)", "48000", [40 * 100 * 12])
    d.sum("社工", "12.00", ["2.40"] * 5)
    d.sum("社工7名", "16.80", ["2.40"] * 7)
    d.has("年初在册156人，全年新接收118人，解除矫正124人，收监执行3人，年末在册147人", "较2022年的251人增加23人，增长9.16%")
    d.sum("累计管理", "274", ["156", "118"])
    d.sum("年末在册", "274", ["147", "124", "3"])
    d.sum("增加", "274", ["251", "23"])
    d.rate("增长", "23", "251", "9.16%")
    d.rate("调查评估完成", "86", "80", "107.50%")
    d.rate("集中教育完成", "20", "24", "83.33%")
    d.sum("未组织期数", "24", ["20", "4"])
    d.rate("再犯罪率", "1", "274", "0.36%")
    d.rate("帮扶安置率", "114", "124", "91.94%")
    d.rate("回收率", "250", "260", "96.15%")
    d.rate("满意度", "241", "250", "96.40%")
    d.close("人均联系(约)", D(147) / 5, "29.4")  # "约30人" approximate
    d.has("累计管理274人，完成调查评估86件，集中教育学习20期，信息化核查率93.20%，再犯罪率0.36%，满意度96.40%",
          "全年核查率93.20%", "集中教育学习20期")
    d.has("自评总分98.72分，评价等级为优", "产出指标得分48.87分", "预算执行率得分9.85分")
    d.has("年度资金总额 36.00 44.50 43.82 10 98.47% 9.85", "小计 50 48.87", "小计 30 30", "总分 100 98.72")
    rows = [
        ("累计管理社区矫正对象人数 ≥250人 274人 109.60% 8 8", "out", "gte", 250, 274, 8, 8, "109.60%"),
        ("完成调查评估件数 ≥80件 86件 107.50% 6 6", "out", "gte", 80, 86, 6, 6, "107.50%"),
        ("集中教育学习期数 ≥24期 20期 83.33% 6 5", "out", "gte", 24, 20, 6, 5, "83.33%"),
        ("购买社会工作者服务人数 =5人 5人 100.00% 5 5", "out", "gte", 5, 5, 5, 5, "100.00%"),
        ("调查评估按期完成率 =100% 100% 100.00% 8 8", "out", "gte", 100, 100, 8, 8, "100.00%"),
        ("社区矫正对象信息化核查率 ≥95% 93.20% 98.11% 7 6.87", "out", "gte", 95, "93.20", 7, "6.87", "98.11%"),
        ("入矫报到衔接及时率 ≥98% 100% 102.04% 5 5", "out", "gte", 98, 100, 5, 5, "102.04%"),
        ("定位终端租赁单价 ≤100元/台·月 100元/台·月 100.00% 5 5", "out", "lte", 100, 100, 5, 5, "100.00%"),
        ("再犯罪率 ≤0.5% 0.36% 100.00% 10 10", "ben", "lte", "0.5", "0.36", 10, 10, "100.00%"),
        ("社区矫正对象帮扶安置率 ≥85% 91.94% 108.16% 10 10", "ben", "gte", 85, "91.9354839", 10, 10, "108.16%"),
        ("矫正小组建立覆盖率 =100% 100% 100.00% 10 10", "ben", "gte", 100, 100, 10, 10, "100.00%"),
        ("社区矫正对象及家属满意度 ≥95% 96.40% 101.47% 10 10", "sat", "gte", 95, "96.40", 10, 10, "101.47%"),
    ]
    d.close("安置率 completion on the printed rate", D("91.94") / 85 * 100, "108.16")
    table(d, rows, "98.72", execution=(10, "9.85", D("43.82") / D("44.50") * 100),
          levels={"out": (50, "48.87"), "ben": (30, 30), "sat": (10, 10)}, grade="优")


def karuo():
    d = Doc("karuo-legalaid-2020", [r"- \d+ -", r"卡若区司法局2020年度项目支出绩效自评报告"])
    cols = ["合计", "中央", "自治区", "市级", "区级"]
    tb = {
        1: ["50.40", "20.00", "18.00", "0.00", "12.40"],
        2: ["68.40", "32.00", "18.00", "6.00", "12.40"],
        3: ["66.90", "32.00", "18.00", "4.50", "12.40"],
        4: ["65.62", "32.00", "17.26", "4.50", "11.86"],
        5: ["1.28", "0.00", "0.74", "0.00", "0.54"],
        6: ["97.81", "100.00", "100.00", "75.00", "100.00"],
        7: ["95.94", "100.00", "95.89", "75.00", "95.65"],
    }
    d.has("年初预算数 (1) " + " ".join(tb[1]), "全年预算数 (2) " + " ".join(tb[2]), "实际到位数 (3) " + " ".join(tb[3]),
          "实际支出数 (4) " + " ".join(tb[4]), "结余 (5)=(3)-(4) " + " ".join(tb[5]),
          "到位率(%) (6)=(3)/(2) " + " ".join(tb[6]), "执行率(%) (7)=(4)/(2) " + " ".join(tb[7]))
    for k in (1, 2, 3, 4, 5):
        d.sum(f"row ({k})", tb[k][0], tb[k][1:])
    for i, c in enumerate(cols):
        d.diff(f"(5) {c}", tb[3][i], tb[4][i], tb[5][i])
        d.rate(f"(6) {c}", tb[3][i], tb[2][i], tb[6][i])
        d.rate(f"(7) {c}", tb[4][i], tb[2][i], tb[7][i])
    d.has("年初预算50.40万元，其中中央资金20.00万元、自治区资金18.00万元、区级资金12.40万元",
          "追加中央政法转移支付资金12.00万元", "市级配套资金6.00万元，全年预算68.40万元", "实际到位66.90万元，到位率97.81%",
          "市级配套资金到位4.50万元，尚有1.50万元未到位", "实际支出65.62万元，预算执行率95.94%；结余1.28万元")
    d.sum("全年预算", "68.40", ["50.40", "12.00", "6.00"])
    d.sum("中央", "32.00", ["20.00", "12.00"])
    d.diff("市级未到位", "6.00", "4.50", "1.50")
    d.has("全年支出65.62万元，其中法律援助办案补贴26.85万元、村（居）法律顾问补贴24.00万元、藏汉双语法律宣传费6.37万元、律师和法律服务工作者培训费4.20万元、法律援助工作站运行费4.20万元")
    d.sum("支出构成", "65.62", ["26.85", "24.00", "6.37", "4.20", "4.20"])
    d.sum("办案补贴(元)", "268500", [148 * 1000, 78 * 1300, 5 * 1500, 58 * 200])
    d.sum("办结 by type", "289", ["148", "78", "5", "58"])
    d.sum("法律顾问补贴(元)", "240000", [160 * 1500])
    d.rate("结案率", "289", "300", "96.33%")
    d.rate("增长", "44", "256", "17.19%")
    d.sum("300 = 256 + 44", "300", ["256", "44"])
    d.close("村均服务", D(2130) / 160, "13.31")
    d.rate("兑付率", "249", "289", "86.16%")
    d.rate("知晓率", "382", "500", "76.40%")
    d.rate("满意度", "228", "238", "95.80%")
    d.has("自评得分94.20分，评价等级为优秀", "预算执行率得分9.59分，产出指标得分47.67分，效益指标得分26.94分，满意度指标得分10分",
          "合计 100 94.20", "受理法律援助案件300件，办结289件", "较2019年受理的256件增长17.19%")
    rows = [
        ("法律援助案件受理数 ≥320件 300件 93.75% 10 9.38", "out", "gte", 320, 300, 10, "9.38", "93.75%"),
        ("村（居）法律顾问配备数 =160个 160个 100.00% 10 10", "out", "gte", 160, 160, 10, 10, "100.00%"),
        ("藏汉双语法律宣传活动场次 ≥40场 28场 70.00% 5 3.50", "out", "gte", 40, 28, 5, "3.50", "70.00%"),
        ("法律援助案件结案率 ≥95% 96.33% 101.40% 10 10", "out", "gte", 95, D(289) / 3, 10, 10, "101.40%"),
        ("结案后3个月内补贴兑付率 ≥90% 86.16% 95.73% 5 4.79", "out", "gte", 90, D(249) / 289 * 100, 5, "4.79", "95.73%"),
        ("村（居）法律顾问补贴标准 =1500元/村·年 1500元/村·年 100.00% 10 10", "out", "gte", 1500, 1500, 10, 10, "100.00%"),
        ("为受援群众挽回经济损失 ≥500万元 463.20万元 92.64% 10 9.26", "ben", "gte", 500, "463.20", 10, "9.26", "92.64%"),
        ("村（居）法律顾问参与调解矛盾纠纷 ≥300件 244件 81.33% 10 8.13", "ben", "gte", 300, 244, 10, "8.13", "81.33%"),
        ("农牧民法律知识知晓率 ≥80% 76.40% 95.50% 10 9.55", "ben", "gte", 80, "76.40", 10, "9.55", "95.50%"),
        ("受援群众满意度 ≥95% 95.80% 100.84% 10 10", "sat", "gte", 95, D(228) / 238 * 100, 10, 10, "100.84%"),
    ]
    # the same completions from the printed (rounded) actuals
    d.close("结案率 completion (printed)", D("96.33") / 95 * 100, "101.40")
    d.close("兑付率 completion (printed)", D("86.16") / 90 * 100, "95.73")
    d.close("兑付率 score (printed)", D(5) * D("86.16") / 90, "4.79")
    d.close("满意度 completion (printed)", D("95.80") / 95 * 100, "100.84")
    d.line_has("预算执行 预算执行率 — 100% 95.94% 95.94% 10 9.59")
    table(d, rows, "94.20", execution=(10, "9.59", D("65.62") / D("68.40") * 100),
          levels={"out": (50, "47.67"), "ben": (30, "26.94"), "sat": (10, 10)}, grade="优秀")


def fuhai():
    d = Doc("fuhai-correction-2024", [r"\d+", r"2024年度社区矫正及安置帮教工作经费项目绩效自评报告"])
    d.has("年初预算52.00万元", "上年结转资金3.60万元，为2023年", "补助资金6.00万元", "全年预算61.60万元，其中当年财政拨款58.00万元、上年结转资金3.60万元",
          "全年支出53.90万元，预算执行率87.50%", "未执行7.70万元", "合同金额29.00万元，已支付21.30万元", "结转至2025年",
          "季均17.75人", "标准为3.60万元/人·年", "临时救助26人次，标准为2500元/人次")
    d.sum("全年预算", "61.60", ["52.00", "3.60", "6.00"])
    d.sum("当年拨款", "58.00", ["52.00", "6.00"])
    d.sum("全年预算 = 拨款 + 结转", "61.60", ["58.00", "3.60"])
    d.rate("执行率", "53.90", "61.60", "87.50%")
    d.diff("未执行", "61.60", "53.90", "7.70")
    d.diff("合同尾款", "29.00", "21.30", "7.70")
    d.has("智慧矫正中心升级改造21.30万元，购买社会工作者服务14.40万元，教育矫正和心理矫治7.20万元，刑满释放人员安置帮教临时救助6.50万元，调查评估及外出核查4.50万元")
    d.sum("支出构成", "53.90", ["21.30", "14.40", "7.20", "6.50", "4.50"])
    d.sum("社工", "14.40", ["3.60"] * 4)
    d.sum("临时救助(元)", "65000", [26 * 2500])
    d.has("年度资金总额 52.00 61.60 53.90 20 87.50% 17.50", "其中：当年财政拨款 52.00 58.00 50.30", "上年结转资金 0.00 3.60 3.60",
          "其他资金 0.00 0.00 0.00 — — —")
    d.sum("执行 = 拨款 + 结转", "53.90", ["50.30", "3.60"])
    d.has("年初在册社区矫正对象98人，全年新接收71人，解除矫正76人，收监执行1人，年末在册92人", "全年累计管理169人，较2023年的158人增长6.96%",
          "分别新接收18人、21人、15人、17人")
    d.has("累计管理169人，无再犯罪；安置帮教率90.70%；新增功能模块4个投入使用；满意度94.00%",
          "全年累计管理社区矫正对象169人，未发生再犯罪；衔接刑满释放人员86人，落实安置帮教措施78人", "4个功能模块投入使用；满意度94.00%")
    d.sum("累计", "169", ["98", "71"])
    d.sum("年末", "169", ["92", "76", "1"])
    d.sum("新接收", "71", ["18", "21", "15", "17"])
    d.mean("季均", ["18", "21", "15", "17"], "17.75")
    d.rate("增长", "11", "158", "6.96%")
    d.rate("心理测评完成", "210", "240", "87.50%")
    d.rate("安置帮教率", "78", "86", "90.70%")
    d.sum("离县务工", "86", ["78", "8"])
    d.rate("模块完成", "4", "6", "66.67%")
    d.sum("待验收模块", "6", ["4", "2"])
    d.rate("满意度", "141", "150", "94.00%")
    d.has("预算执行率得分17.50分，产出指标得分39.19分，效益指标得分26.22分，满意度指标得分9.89分，自评总分92.80分，评价等级为优",
          "预算执行率20分、产出指标40分、效益指标30分、满意度指标10分", "总分 100 92.80")
    rows = [
        ("累计管理社区矫正对象人数 ≥150人 169人 8 8", "out", "gte", 150, 169, 8, 8, None),
        ("心理测评人次 ≥240人次 210人次 6 5.25", "out", "gte", 240, 210, 6, "5.25", None),
        ("刑满释放人员衔接人数 ≥80人 86人 6 6", "out", "gte", 80, 86, 6, 6, None),
        ("社区矫正对象信息化核查覆盖率 =100% 100% 6 6", "out", "gte", 100, 100, 6, 6, None),
        ("集中教育学习参学率 ≥98% 97.10% 6 5.94", "out", "gte", 98, "97.10", 6, "5.94", None),
        ("调查评估按期反馈率 =100% 100% 4 4", "out", "gte", 100, 100, 4, 4, None),
        ("社会工作者购买服务标准 ≤3.60万元/人·年 3.60万元/人·年 4 4", "out", "lte", "3.60", "3.60", 4, 4, None),
        ("社区矫正对象再犯罪率 ≤0.3% 0% 10 10", "ben", "lte", "0.3", 0, 10, 10, None),
        ("刑满释放人员安置帮教率 ≥95% 90.70% 10 9.55", "ben", "gte", 95, D(78) / 86 * 100, 10, "9.55", None),
        ("智慧矫正中心功能模块投入使用数 ≥6个 4个 10 6.67", "ben", "gte", 6, 4, 10, "6.67", None),
        ("社区矫正对象及家属满意度 ≥95% 94.00% 10 9.89", "sat", "gte", 95, "94.00", 10, "9.89", None),
    ]
    d.close("安置帮教 score (printed)", D(10) * D("90.70") / 95, "9.55")
    table(d, rows, "92.80", execution=(20, "17.50", D("53.90") / D("61.60") * 100),
          levels={"exec": (20, "17.50"), "out": (40, "39.19"), "ben": (30, "26.22"), "sat": (10, "9.89")}, grade="优")


def tunchang():
    d = Doc("tunchang-justicedept-2019", [r"— \d+ —", r"屯昌县司法局2019年度部门整体支出绩效自评报告"])
    d.has("核定编制27名（行政编制19名、事业编制8名），实有在编人员26名（行政18名、事业8名）",
          "年初预算551.98万元", "转移支付资金42.00万元", "补助资金18.50万元，全年预算612.48万元",
          "基本支出438.26万元（人员经费392.10万元、公用经费46.16万元），项目支出174.22万元",
          "全年支出596.35万元，预算执行率97.37%，较2018年的548.72万元增长8.68%", "项目支出158.09万元，执行率90.74%",
          "结转结余16.13万元", "结转12.00万元至2020年", "中央资金42.00万元、省级资金18.50万元、县级资金113.72万元",
          "“三公”经费支出3.48万元，较2018年的3.80万元下降8.42%，其中公务用车运行维护费3.12万元、公务接待费0.36万元")
    d.sum("编制", "27", ["19", "8"])
    d.sum("实有", "26", ["18", "8"])
    d.rate("供养人员控制率", "26", "27", "96.30%")
    d.sum("全年预算", "612.48", ["551.98", "42.00", "18.50"])
    d.sum("基本支出", "438.26", ["392.10", "46.16"])
    d.sum("预算 = 基本 + 项目", "612.48", ["438.26", "174.22"])
    d.sum("支出 = 基本 + 项目", "596.35", ["438.26", "158.09"])
    d.rate("执行率", "596.35", "612.48", "97.37%")
    d.rate("增长", D("596.35") - D("548.72"), "548.72", "8.68%")
    d.rate("项目执行率", "158.09", "174.22", "90.74%")
    d.diff("结转结余", "612.48", "596.35", "16.13")
    d.rate("结转结余率", "16.13", "612.48", "2.63%")
    d.has("174.22万元，其中法律援助经费48.50万元、社区矫正经费52.30万元、人民调解以案定补经费38.62万元、普法宣传经费20.80万元、公共法律服务平台建设经费14.00万元")
    d.sum("项目构成", "174.22", ["48.50", "52.30", "38.62", "20.80", "14.00"])
    d.sum("资金来源", "174.22", ["42.00", "18.50", "113.72"])
    d.sum("三公", "3.48", ["3.12", "0.36"])
    d.rate("三公变动", D("3.48") - D("3.80"), "3.80", "-8.42%")
    prj = [("1 法律援助经费", "48.50", "48.50", "100.00%", "96.5"), ("2 社区矫正经费", "52.30", "50.66", "96.86%", "94.0"),
           ("3 人民调解以案定补经费", "38.62", "36.13", "93.55%", "91.5"), ("4 普法宣传经费", "20.80", "20.80", "100.00%", "97.0"),
           ("5 公共法律服务平台建设经费", "14.00", "2.00", "14.29%", "68.0")]
    for name, b, s, r, sc in prj:
        d.line_has(f"{name} {b} {s} {r} {sc}")
        d.rate(name, s, b, r)
    d.line_has("合计 174.22 158.09 90.74% —")
    d.sum("表1 预算", "174.22", [p[1] for p in prj])
    d.sum("表1 支出", "158.09", [p[2] for p in prj])
    d.diff("平台结转", "14.00", "2.00", "12.00")
    d.sum("结转结余 = 平台 + 社区矫正 + 人民调解", "16.13", ["12.00", D("52.30") - D("50.66"), D("38.62") - D("36.13")])
    d.has("5个项目平均自评得分89.40分", "法律援助经费96.5分、社区矫正经费94.0分、人民调解以案定补经费91.5分、普法宣传经费97.0分、公共法律服务平台建设经费68.0分")
    d.mean("项目平均分", [p[4] for p in prj], "89.40")
    d.has("人民调解组织调处矛盾纠纷1146件，调解成功1113件，调解成功率97.12%", "兑付调解员补贴18.25万元", "专职人民调解员补贴17.88万元",
          "简易纠纷820件×100元/件、一般纠纷251件×300元/件、疑难复杂纠纷42件×600元/件")
    d.rate("调解成功率", "1113", "1146", "97.12%")
    d.sum("调解成功 by type", "1113", ["820", "251", "42"])
    d.sum("以案定补(元)", "182500", [820 * 100, 251 * 300, 42 * 600])
    d.sum("人民调解支出", "36.13", ["18.25", "17.88"])
    d.rate("工作站完成", "2", "8", "25.00%")
    d.rate("满意度", "463", "500", "92.60%")
    d.has("满分100分，其中投入15分、过程35分、产出30分、效果20分", "投入部分得分14分", "过程部分得分31.54分", "产出部分得分23.73分",
          "效果部分得分20分", "自评得分89.27分，评价等级为良好", "合计 100 89.27", "部门预算执行率97.37%，得9.74分",
          "结转结余率2.63%，高于2%的控制目标，得3.80分")
    rows = [
        ("绩效目标合理性 合理 基本合理 5 4", "in", "q", None, None, 5, 4, None),
        ("财政供养人员控制率 ≤100% 96.30% 5 5", "in", "lte", 100, "96.30", 5, 5, None),
        ("“三公经费”变动率 ≤0% -8.42% 5 5", "in", "lte", 0, "-8.42", 5, 5, None),
        ("预算执行 预算执行率 100% 97.37% 10 9.74", "proc", "gte", 100, D("596.35") / D("612.48") * 100, 10, "9.74", None),
        ("结转结余率 ≤2% 2.63% 5 3.80", "proc", "lte", 2, D("16.13") / D("612.48") * 100, 5, "3.80", None),
        ("公用经费控制率 ≤100% 100% 5 5", "proc", "lte", 100, 100, 5, 5, None),
        ("政府采购执行率 =100% 100% 5 5", "proc", "gte", 100, 100, 5, 5, None),
        ("管理制度健全性 健全 基本健全 5 4", "proc", "q", None, None, 5, 4, None),
        ("资产管理安全性 安全 基本安全 5 4", "proc", "q", None, None, 5, 4, None),
        ("法律援助案件办结数 ≥260件 271件 6 6", "out", "gte", 260, 271, 6, 6, None),
        ("社区矫正对象累计管理人数 ≥180人 192人 6 6", "out", "gte", 180, 192, 6, 6, None),
        ("人民调解纠纷调处数 ≥1200件 1146件 6 5.73", "out", "gte", 1200, 1146, 6, "5.73", None),
        ("人民调解成功率 ≥95% 97.12% 4 4", "out", "gte", 95, "97.12", 4, 4, None),
        ("镇级公共法律服务工作站建成数 =8个 2个 8 2", "out", "gte", 8, 2, 8, 2, None),
        ("群众法治知晓率 ≥85% 88.30% 5 5", "eff", "gte", 85, "88.30", 5, 5, None),
        ("重大群体性事件发生数 =0起 0起 5 5", "eff", "eq0", 0, 0, 5, 5, None),
        ("服务对象满意度 ≥90% 92.60% 10 10", "eff", "gte", 90, "92.60", 10, 10, None),
    ]
    d.close("结转结余率 score (printed rate)", D(5) * 2 / D("2.63"), "3.80")
    table(d, rows, "89.27", levels={"in": (15, 14), "proc": (35, "31.54"), "out": (30, "23.73"), "eff": (20, 20)},
          grade="良好")


def lengths():
    for f in sorted(os.listdir(CASES)):
        if f.endswith("-clean.txt"):
            n = len(read(f))
            if not 2500 <= n <= 6000:
                fail(f"{f}: {n} characters")


if __name__ == "__main__":
    check_labels()
    qitai()
    ledong()
    karuo()
    fuhai()
    tunchang()
    lengths()
    if FAIL:
        print("\n".join("FAIL " + m for m in FAIL))
        sys.exit(1)
    print("OK")
