#!/usr/bin/env python3
"""Verify drafts155: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 on the first list of failures.
Arithmetic follows rules.md §5–§8: a stated value with d decimals matches a computed
value c when |c - v| <= 0.5 * 10^-d; rounding is ROUND_HALF_UP.
"""
import json
import os
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def dec(s):
    return D(s.replace(",", "").rstrip("%"))


def places(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    tol = D("0.5") * D(10) ** -places(stated) + D("1e-9")
    return abs(computed - dec(stated)) <= tol


class Draft:
    def __init__(self, src):
        self.src = src
        self.text = read(f"{src}-clean.txt")

    def has(self, *snippets):
        for s in snippets:
            if s not in self.text:
                fail(f"{self.src}: expected text missing: {s!r}")

    def rate(self, num, den, stated, ctx):
        self.has(ctx)
        c = dec(num) / dec(den) * 100
        if not close(c, stated):
            fail(f"{self.src}: {num}/{den} = {c:.4f}%, stated {stated} ({ctx})")

    def total(self, parts, tot, ctx):
        self.has(ctx)
        c = sum(dec(p) for p in parts)
        if not close(c, tot):
            fail(f"{self.src}: {' + '.join(parts)} = {c}, stated {tot} ({ctx})")

    def diff(self, a, b, stated, ctx):
        self.has(ctx)
        c = dec(a) - dec(b)
        if not close(c, stated):
            fail(f"{self.src}: {a} - {b} = {c}, stated {stated} ({ctx})")

    def prod(self, a, b, stated, scale, ctx):
        self.has(ctx)
        c = dec(a) * dec(b) * D(scale)
        if not close(c, stated):
            fail(f"{self.src}: {a} x {b} x {scale} = {c}, stated {stated} ({ctx})")

    def mean(self, items, stated, ctx):
        self.has(ctx)
        c = sum(dec(i) for i in items) / len(items)
        if not close(c, stated):
            fail(f"{self.src}: mean{items} = {c:.4f}, stated {stated} ({ctx})")

    def growth(self, new, old, stated, ctx):
        self.has(ctx)
        c = (dec(new) - dec(old)) / dec(old) * 100
        if not close(c, stated):
            fail(f"{self.src}: growth {old}->{new} = {c:.4f}%, stated {stated} ({ctx})")

    def table(self, rows, exec_row, total, grade_ctx, grade):
        """rows: (weight, score, kind, target, actual) for indicator rows;
        kind gte/lte/eq/qual. exec_row: (weight, rate, score)."""
        ew, erate, escore = exec_row
        c = dec(ew) * min(dec(erate), D(100)) / 100
        if not close(c, escore):
            fail(f"{self.src}: execution score {ew} x {erate}% = {c}, stated {escore}")
        wsum = dec(ew) + sum(dec(r[0]) for r in rows)
        if wsum != 100:
            fail(f"{self.src}: weights add to {wsum}")
        ssum = dec(escore) + sum(dec(r[1]) for r in rows)
        if not close(ssum, total):
            fail(f"{self.src}: scores add to {ssum}, stated total {total}")
        for w, s, kind, t, a in rows:
            w, s = dec(w), dec(s)
            if s > w or s < 0:
                fail(f"{self.src}: score {s} outside [0, {w}]")
            if kind == "gte":
                exp = w * min(D(1), dec(a) / dec(t))
                if not close(exp, str(s)):
                    fail(f"{self.src}: gte row {t}/{a} weight {w} should score {exp:.4f}, has {s}")
            elif kind == "lte":
                exp = w if dec(a) <= dec(t) else w * dec(t) / dec(a)
                if not close(exp, str(s)):
                    fail(f"{self.src}: lte row {t}/{a} weight {w} should score {exp:.4f}, has {s}")
            elif kind == "eq":
                exp = w if dec(a) == dec(t) else D(0)
                if not close(exp, str(s)):
                    fail(f"{self.src}: eq row {t}/{a} weight {w} should score {exp}, has {s}")
            elif kind == "qual":
                if not (D("0.6") * w <= s <= w):
                    fail(f"{self.src}: qualitative score {s} of {w} below the partly-achieved band")
        self.has(grade_ctx)
        tv = dec(total)
        band = "优" if tv >= 90 else "良" if tv >= 80 else "中" if tv >= 60 else "差"
        if not grade.startswith(band):
            fail(f"{self.src}: total {total} is {band}, stated {grade}")


RATE_WORDS = r"(满意度|满意率|合格率|通过率|到位率|准确率|发放率|执行率|整改率|办理率|差错率)"


def check_bounded_rates(src):
    """Rates that cannot exceed 100% (satisfaction, pass, execution...) stay within [0, 100]."""
    import re
    text = read(f"{src}-clean.txt")
    found = 0
    for m in re.finditer(RATE_WORDS + r"[^0-9%\n]{0,8}?(\d+(?:\.\d+)?)%", text):
        found += 1
        if not D(0) <= D(m.group(2)) <= 100:
            fail(f"{src}: implausible rate {m.group(0)!r}")
    if not found:
        fail(f"{src}: no bounded rate found to check")


def check_pingdu():
    d = Draft("sd-pingdu-budongchan-2021")
    t = d.text
    d.total(["220.00", "18.00", "7.00"], "245.00", "全年预算数调整为245.00万元")
    d.total(["220.00", "18.00"], "238.00", "\t220.00\t238.00\t232.12")
    d.rate("239.12", "245.00", "97.60%", "预算执行率97.60%")
    d.rate("239.12", "245.00", "97.60%", "239.12\t10\t97.60%\t9.76")
    d.rate("232.12", "238.00", "97.53%", "232.12\t—\t97.53%")
    d.rate("7.00", "7.00", "100.00%", "7.00\t7.00\t—\t100.00%")
    d.total(["232.12", "7.00"], "239.12", "\t232.12\t")
    d.diff("245.00", "239.12", "5.88", "年末结余5.88万元")
    d.total(["71.36", "45.60", "39.80", "82.36"], "239.12",
            "窗口运行及办公耗材71.36万元，档案数字化加工45.60万元，信息平台运维39.80万元，外包服务人员劳务82.36万元")
    d.prod("38000", "12", "45.60", "0.0001", "按合同单价每卷12元结算")
    d.rate("86416", "80000", "108.02%", "完成年度目标的108.02%")
    d.total(["48620", "20214", "17582"], "86416", "城区登记大厅48,620件、南村分中心20,214件、蓼兰分中心17,582件")
    d.growth("86416", "79865", "8.20%", "较上年的79,865件增长8.20%")
    d.rate("38000", "35000", "108.57%", "完成率108.57%")
    d.rate("3", "1500", "0.2%", "发现登记簿记载差错3件，差错率0.2%")
    d.mean(["2.6", "3.1", "3.3"], "3.0", "分别为2.6、3.1、3.3个工作日，三个大厅平均3.0个工作日")
    d.rate("82268", "86416", "95.2%", "一次办结82,268件，综合办理率95.2%")
    d.rate("280", "286", "97.9%", "表示满意和基本满意的280份，满意度97.9%")
    d.total(["52318", "34098"], "86416", "发放不动产权证书52,318本、不动产登记证明34,098份")
    d.total(["9.76", "50", "28", "10"], "97.76", "预算执行率10分，得9.76分；产出指标50分，得50分；效益指标30分，得28分；满意度指标10分，得10分")
    d.total(["20", "8"], "28", "基本健全\t10\t8")
    rows = [("10", "10", "gte", "80000", "86416"), ("10", "10", "gte", "35000", "38000"),
            ("10", "10", "lte", "0.5", "0.2"), ("10", "10", "lte", "5", "3"),
            ("10", "10", "lte", "13", "12"), ("20", "20", "gte", "90", "95.2"),
            ("10", "8", "qual", "", ""), ("10", "10", "gte", "95", "97.9")]
    d.has("≥80000件\t86416件\t10\t10", "≥35000卷\t38000卷\t10\t10", "≤0.5%\t0.2%\t10\t10",
          "≤5个工作日\t3个工作日\t10\t10", "≤13元/卷\t12元/卷\t10\t10", "≥90%\t95.2%\t20\t20",
          "≥95%\t97.9%\t10\t10", "100\t97.76")
    d.table(rows, ("10", "97.60", "9.76"), "97.76", "自评等级为“优”", "优")
    d.has("2021年度项目支出绩效自评表", "结转2022年使用")


def check_dehua():
    d = Draft("fj-dehua-dizhizaihai-2023")
    d.total(["86.00", "26.50"], "112.50", "全年预算112.50万元")
    d.rate("104.85", "112.50", "93.20%", "预算执行率93.20%")
    d.rate("104.85", "112.50", "93.20%", "\t104.85\n\t10\n\t93.20%\n\t9.32")
    d.total(["86.00", "18.85"], "104.85", "县级资金86.00万元全部支出，省级资金支出18.85万元")
    d.rate("18.85", "26.50", "71.13%", "省级资金支出18.85万元、执行率71.13%")
    d.diff("112.50", "104.85", "7.65", "年末结余7.65万元")
    d.total(["58.40", "24.60", "13.45", "8.40"], "104.85", "“三查”技术服务费58.40万元")
    d.prod("164", "1500", "24.60", "0.0001", "全县164名群测群防员按每人每年1500元发放")
    d.rate("318", "312", "101.92%", "全年完成隐患点排查318处，完成率101.92%")
    d.total(["312", "6", "-4"], "314", "年末在册隐患点314处")
    d.rate("326", "300", "108.67%", "326人次，完成率108.67%")
    d.rate("244", "258", "94.6%", "表示满意的244份，满意度94.6%")
    rows = [("10", "10", "gte", "312", "318"), ("5", "5", "gte", "300", "326"),
            ("5", "5", "gte", "150", "162"), ("10", "10", "qual", "", ""),
            ("10", "10", "qual", "", ""), ("10", "10", "lte", "1500", "1500"),
            ("10", "10", "eq", "0", "0"), ("10", "10", "gte", "100", "100"),
            ("10", "9", "qual", "", ""), ("10", "10", "gte", "90", "94.6")]
    d.has("≥312处\n\t318处\n\t10\n\t10", "≥300人次\n\t326人次\n\t5\n\t5", "≥150块\n\t162块\n\t5\n\t5",
          "基本有效运行\n\t10\n\t9", "≥90%\n\t94.6%\n\t10\n\t10", "\t100\n\t98.32")
    d.table(rows, ("10", "93.20", "9.32"), "98.32", "综合评分98.32分，评价等级为“优”", "优")


def check_lufeng():
    d = Draft("yn-lufeng-guotukongjian-2020")
    d.total(["260.00", "40.00"], "300.00", "全年预算调整为300.00万元，其中县本级预算260.00万元、州级补助资金40.00万元")
    d.rate("204.30", "300.00", "68.10%", "预算执行率68.10%")
    d.rate("204.30", "300.00", "68.10%", "204.30 10 68.10% 6.81")
    d.rate("164.30", "260.00", "63.19%", "县本级资金执行164.30万元，执行率63.19%")
    d.total(["40.00", "164.30"], "204.30", "州级补助资金已全部支付")
    d.prod("486.00", "0.30", "145.80", "1", "（合同价的30%）145.80万元")
    d.total(["145.80", "38.50", "12.00", "8.00"], "204.30", "专家咨询论证费8.00万元")
    d.diff("300.00", "204.30", "95.70", "未支出的95.70万元")
    d.rate("5", "6", "83.33%", "专题研究按期完成率83.33%")
    d.rate("36", "40", "90%", "满意36份，满意度90%")
    d.total(["10", "10", "10", "9.26", "10"], "49.26", "产出指标得分49.26分")
    d.total(["6", "7", "10"], "23", "效益指标得分23分")
    rows = [("10", "10", "gte", "6", "6"), ("10", "10", "eq", "1", "1"),
            ("10", "10", "gte", "100", "100"), ("10", "9.26", "gte", "90", "83.33"),
            ("10", "10", "lte", "500", "486"), ("10", "6", "qual", "", ""),
            ("10", "7", "qual", "", ""), ("10", "10", "gte", "30", "35"),
            ("10", "10", "gte", "85", "90")]
    d.has("≥6项 6项 10 10", "=1套 1套 10 10", "=100% 100% 10 10", "≥90% 83.33% 10 9.26",
          "≤500万元 486万元 10 10", "部分达成 10 6", "完成初步评估 10 7", "≥30% 35% 10 10",
          "≥85% 90% 10 10", "总分 100 89.07", "（2020年度）", "结转至2021年使用")
    d.table(rows, ("10", "68.10", "6.81"), "89.07", "自评得分89.07分，评价等级为“良”", "良")


def check_aohan():
    d = Draft("nm-aohan-gengdibaohu-2024")
    d.total(["280.00", "90.00"], "370.00", "2024年项目预算370.00万元，其中自治区补助资金280.00万元")
    d.prod("120.47", "3", "361.41", "1", "120.47万亩永久基本农田兑付补偿资金361.41万元（120.47万亩×3元/亩）")
    d.total(["280.00", "81.41"], "361.41", "旗级配套资金支出81.41万元")
    d.diff("370.00", "361.41", "8.59", "361.41\t8.59\t97.68%")
    d.rate("361.41", "370.00", "97.68%", "361.41\t8.59\t97.68%")
    d.rate("361.41", "370.00", "97.68%", "361.41\t10\t97.68%\t9.77")
    d.rate("120.47", "120", "100.39%", "补偿面积120.47万亩，完成目标的100.39%")
    d.rate("214", "210", "101.90%", "兑付嘎查村214个，完成率101.90%")
    d.total(["214", "2"], "216", "纳入补偿范围的嘎查村216个")
    d.mean(["96", "92", "95", "89", "93"], "93", "得分分别为96、92、95、89、93分，平均93分")
    d.rate("24", "26", "92.31%", "整改到位24宗，整改率92.31%")
    d.rate("191", "200", "95.5%", "满意191份，满意度95.5%")
    rows = [("15", "15", "gte", "120", "120.47"), ("10", "10", "gte", "210", "214"),
            ("10", "10", "gte", "100", "100"), ("5", "5", "qual", "", ""),
            ("10", "10", "eq", "3", "3"), ("10", "8", "qual", "", ""),
            ("10", "10", "gte", "356.20", "356.32"), ("10", "9.72", "gte", "95", "92.31"),
            ("10", "10", "gte", "90", "95.5")]
    d.has("≥120万亩\t120.47万亩\t15\t15", "≥210个\t214个\t10\t10", "=100%\t100%\t10\t10",
          "2024年11月15日\t5\t5", "=3元/亩\t3元/亩\t10\t10", "基本建立\t10\t8",
          "356.32万亩\t10\t10", "92.31%\t10\t9.72", "95.5%\t10\t10", "总分\t100\t97.49\t自评等级\t优",
          "全旗120.47万亩", "（2024年度）")
    d.table(rows, ("10", "97.68", "9.77"), "97.49", "本项目得分97.49分，等级为“优秀”", "优")


def check_yuanping():
    d = Draft("sx-yuanping-jichucehui-2019")
    # funds table: columns total / subtotal / provincial / county / carry-over
    d.total(["40.00", "110.00"], "150.00", "\t(1)\n\t150.00\n\t150.00")
    d.total(["150.00", "12.00"], "162.00", "\t(2)\n\t162.00\n\t150.00")
    d.total(["135.42", "12.00"], "147.42", "\t(4)\n\t147.42\n\t135.42")
    d.total(["40.00", "95.42"], "135.42", "\t40.00\n\t\n\t95.42\n\t12.00")
    d.diff("162.00", "147.42", "14.58", "\t(5)=(3)-(4)\n\t14.58\n\t14.58")
    d.diff("110.00", "95.42", "14.58", "\t0\n\t14.58\n\t0\n\t0")
    d.rate("162.00", "162.00", "100", "\t(6)=(3)/(2)\n\t100\n\t100")
    d.rate("147.42", "162.00", "91", "\t(7)=(4)/(2)\n\t91\n\t90.28")
    d.rate("135.42", "150.00", "90.28", "\t91\n\t90.28\n")
    d.rate("95.42", "110.00", "86.75", "\t86.75\n")
    d.rate("147.42", "162.00", "91%", "全年执行147.42万元，预算执行率91%")
    d.prod("62.5", "1.76", "110.00", "1", "按中标单价1.76万元/平方公里结算，支付110.00万元")
    d.prod("120", "1500", "18.00", "0.0001", "每点维护费1500元，支付18.00万元")
    d.total(["110.00", "18.00", "7.42", "12.00"], "147.42", "委托第三方质检7.42万元")
    d.diff("65", "62.5", "2.5", "未完成的2.5平方公里")
    d.rate("9", "10", "90%", "10个作业区中9个按期完成，按期完成率90%")
    d.rate("43", "50", "86%", "满意43份，满意度86%")
    d.total(["14.42", "10", "10", "4.5", "10"], "48.92", "产出指标权重50分，得分48.92分")
    d.total(["10.8", "9"], "19.8", "效益指标权重30分，得分19.8分")
    d.total(["9.1", "48.92", "19.8", "9.56"], "87.38", "总得分87.38分")
    # 附件1 completion column
    d.rate("62.5", "65", "96.15%", "\t62.5平方公里\n\t96.15%\n\t14.42")
    d.rate("120", "120", "100.00%", "\t120个\n\t100.00%")
    d.rate("36", "50", "72.00%", "\t36次\n\t72.00%\n\t10.8")
    d.rate("86", "90", "95.56%", "\t86%\n\t95.56%\n\t9.56")
    d.rate("90", "100", "90.00%", "\t90%\n\t90.00%\n\t4.5")
    d.rate("91", "100", "91.00%", "\t91%\n\t91.00%\n\t9.1")
    d.has("\t合计\n\t\n\t\n\t100\n\t\n\t\n\t\n\t87.38", "结转至2020年继续使用")
    rows = [("15", "14.42", "gte", "65", "62.5"), ("10", "10", "gte", "120", "120"),
            ("10", "10", "gte", "100", "100"), ("5", "4.5", "gte", "100", "90"),
            ("10", "10", "lte", "1.8", "1.76"), ("15", "10.8", "gte", "50", "36"),
            ("15", "9", "qual", "", ""), ("10", "9.56", "gte", "90", "86")]
    d.table(rows, ("10", "91", "9.1"), "87.38", "总得分87.38分，属于“良好”", "良好")


def check_set():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    clean = [r for r in labels if r["clean"]]
    bad = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(bad) != 30:
        fail(f"expected 5 clean and 30 error cases, got {len(clean)} and {len(bad)}")
    codes = Counter()
    for r in clean:
        n = len(read(r["case"]))
        if not 3000 <= n <= 9000:
            fail(f"{r['case']}: {n} characters")
        if r["expected"]:
            fail(f"{r['case']}: clean case with expectations")
    per_source = Counter(r["source"] for r in bad)
    for src, n in per_source.items():
        if n != 6:
            fail(f"{src}: {n} error cases")
    where = Counter()
    for r in bad:
        text = read(r["case"])
        base = read(f"{r['source']}-clean.txt")
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: needs exactly one expected error")
            continue
        exp = r["expected"][0]
        codes[exp["code"]] += 1
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{r['case']}: bad code/severity {exp}")
        # one place: a single contiguous changed region
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        region = (p, len(text) - s)
        old_region = base[p:len(base) - s]
        new_region = text[p:len(text) - s]
        if text == base:
            fail(f"{r['case']}: identical to its clean draft")
        elif len(old_region) > 80 or len(new_region) > 80:
            fail(f"{r['case']}: changed region too long ({old_region!r} -> {new_region!r})")
        # the region holds no second, separate change (a swap spans one row boundary at most)
        value = exp["value"]
        occ = []
        i = text.find(value)
        while i >= 0:
            occ.append((i, i + len(value)))
            i = text.find(value, i + 1)
        if not occ:
            fail(f"{r['case']}: value {value!r} not in case")
        elif not any(a <= region[0] and region[1] <= b or (a < region[1] and region[0] < b) for a, b in occ):
            fail(f"{r['case']}: value {value!r} does not cover the changed text")
        if value in base:
            fail(f"{r['case']}: value {value!r} also occurs in the clean draft")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    return codes


def main():
    check_pingdu()
    check_dehua()
    check_lufeng()
    check_aohan()
    check_yuanping()
    for src in ["sd-pingdu-budongchan-2021", "fj-dehua-dizhizaihai-2023", "yn-lufeng-guotukongjian-2020",
                "nm-aohan-gengdibaohu-2024", "sx-yuanping-jichucehui-2019"]:
        check_bounded_rates(src)
    codes = check_set()
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
