#!/usr/bin/env python3
"""Verify set n167: labels occur in their cases, each error case differs from its clean draft in one
contiguous place, every code of errors.md §A occurs at least twice, and the arithmetic of every clean
draft holds (each computed figure, formatted as the draft writes it, must occur in the draft)."""
import json
import pathlib
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
fails = []


def q(x, d=2):
    return str(D(str(x)).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP))


def pct(a, b, d=2):
    return q(D(str(a)) / D(str(b)) * 100, d) + "%"


def S(*xs):
    return q(sum(D(str(x)) for x in xs))


def grade(s):
    s = D(str(s))
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def need(src, text, s, what):
    if s not in text:
        fails.append(f"{src}: {what}: expected {s!r} in draft")


def table_rows(text):
    rows = []
    for line in text.splitlines():
        if line.startswith(("产出指标｜", "效益指标｜", "满意度指标｜")):
            rows.append(line.split("｜"))
    return rows


def check_table(src, text, w_idx, s_idx, total, exec_w, exec_s):
    rows = table_rows(text)
    ws = [D(r[w_idx]) for r in rows]
    ss = [D(r[s_idx]) for r in rows]
    if sum(ws) + exec_w != 100:
        fails.append(f"{src}: weights sum {sum(ws) + exec_w}")
    for r, w, s in zip(rows, ws, ss):
        if s > w or s < 0:
            fails.append(f"{src}: score above weight in {r[2]}")
    if q(sum(ss) + D(str(exec_s))) != q(total):
        fails.append(f"{src}: scores sum {sum(ss) + D(str(exec_s))} != {total}")
    return rows


def arithmetic():
    # shouguang
    src = "shouguang-thirdpartyeval-2022"; t = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
    need(src, t, f"全年预算{S(120, 8, 7)}万元", "120 + 8 + 7")
    need(src, t, f"预算执行率{pct(128.25, 135)}", "execution rate")
    need(src, t, f"｜10｜{pct(128.25, 135)}｜{q(D('10') * D('128.25') / D('135'))}", "execution score")
    need(src, t, f"尚有{S(135, -128.25)}万元", "carry-over")
    need(src, t, f"｜{S(120, 0, 0)}｜{S(128, 7, 0)}｜{S(121.25, 7, 0)}｜", "component sums")
    need(src, t, f"｜121.25｜—｜{pct(121.25, 128)}", "当年财政拨款 rate")
    need(src, t, f"一次验收合格率{pct(39, 42)}", "39/42")
    for a, b in [(42, 40), (8.56, 8), (92.86, 95), (88, 90), (2360, 2000), (93.5, 90)]:
        need(src, t, f"｜{pct(a, b)}｜", f"completion {a}/{b}")
    need(src, t, f"｜{q(D(10) * D('92.86') / 95)}｜", "score 9.77"); need(src, t, f"｜{q(D(15) * 88 / 90)}｜", "score 14.67")
    need(src, t, f"平均评价费用{q(D('128.25') / 42)}万元", "average fee")
    assert 8 + 21 + 11 + 2 == 42; need(src, t, "优秀8个、良好21个、中等11个、较差2个", "grades of 42 projects")
    need(src, t, f"平均{q(D(92 + 88 + 90) / 3, 0)}分", "review average")
    need(src, t, f"比2021年的31个增加{42 - 31}个", "increase")
    tot = "98.94"; check_table(src, t, 6, 7, tot, 10, "9.50")
    need(src, t, f"自评得分{tot}分，自评等级为“{grade(tot)}秀”", "grade"); need(src, t, f"｜100｜{tot}｜", "table total")
    need(src, t, "结转至2023年", "carry-over year")
    # zhijiang
    src = "zhijiang-procurementplatform-2021"; t = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
    need(src, t, f"年初预算{S(45, 15.6, 7.4)}万元", "budget parts")
    need(src, t, f"全年实际支出{S(45, 12.8, 3.4)}万元，预算执行率{pct(61.2, 68)}", "spent parts and rate")
    need(src, t, f"年末结余{S(68, -61.2)}万元", "balance")
    need(src, t, f"完成年度指标的{pct(1356, 1200)}", "completion"); need(src, t, f"增加{1356 - 1128}个，增长{pct(228, 1128)}", "growth")
    need(src, t, f"约{q(D(612000) / 1356)}元", "per project cost")
    need(src, t, f"平均{q(D('383.6') / 4, 1)}分", "quarter average"); assert D("95.2") + D("96.8") + D("94.6") + D("97.0") == D("383.6")
    w = [10, 50, 30, 10]; assert sum(w) == 100
    need(src, t, f"预算执行率指标10分，得{q(D(10) * D('0.9'))}分", "execution score")
    need(src, t, "产出指标50分，得50.00分；效益指标30分，得29.00分；满意度指标10分，得10.00分", "block scores")
    tot = S(9, 50, 29, 10); need(src, t, f"以上合计{tot}分", "total"); need(src, t, f"自评等级为“{grade(tot)}”", "grade")
    need(src, t, "满意率96.5%", "satisfaction ≤ 100%")
    # lechang
    src = "lechang-treasurypayment-2023"; t = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
    need(src, t, f"调减预算14.00万元，调整后全年预算{S(210, -14)}万元", "adjusted budget")
    assert S(120, 76) == "196.00"; need(src, t, "提前下达120.00万元，2023年6月下达76.00万元", "two issues")
    need(src, t, f"项目实际支出196.00万元，预算执行率{pct(196, 196)}，无结余", "execution")
    for p, a in [(30, "58.80"), (40, "78.40")]:
        need(src, t, f"{p}%即{q(D(196) * p / 100)}万元", f"{p}% instalment"); assert q(D(196) * p / 100) == a
    assert S(58.8, 78.4, 58.8) == "196.00"
    need(src, t, f"完成年度指标的{pct(274, 260)}", "274/260"); need(src, t, f"增加{274 - 231}家", "increase")
    need(src, t, f"户均投入约{q(D(1960000) / 274, 0)}元", "per unit")
    need(src, t, f"指标完成率{pct(72, 90)}，该项得{q(D(15) * 72 / 90)}分", "paperless completion")
    need(src, t, "预算单位274家", "same count"); need(src, t, "｜274家｜", "same count in table")
    tot = "97.00"; check_table(src, t, 5, 6, tot, 10, 10)
    need(src, t, f"自评总分{tot}分，自评等级为{grade(tot)}", "grade"); need(src, t, "项目年度｜2023年", "year")
    # chenggu
    src = "chenggu-debtmonitor-2019"; t = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
    need(src, t, f"上年结转资金7.00万元，全年预算{S(45, 7)}万元", "budget sum")
    need(src, t, f"实际支出41.60万元，预算执行率{pct(41.6, 52)}，结余{S(52, -41.6)}万元，结转至2020年", "rate/balance")
    need(src, t, f"｜{S(45, 0, 0)}｜{S(45, 7, 0)}｜{S(37.8, 3.8, 0)}｜10｜{pct(41.6, 52)}｜{q(D(10) * D('41.6') / 52)}", "funds row")
    need(src, t, f"｜37.80｜—｜{pct(37.8, 45)}", "rate 37.8/45"); need(src, t, f"｜3.80｜—｜{pct(3.8, 7)}", "rate 3.8/7")
    assert 12 + 17 + 7 == 36; need(src, t, "36个举债单位全部纳入监测，其中行政单位12个、事业单位17个、国有企业7个", "36 units")
    need(src, t, f"按时报送率{pct(11, 12)}", "11/12"); need(src, t, f"预警准确率{pct(17, 20, 0)}", "17/20")
    need(src, t, f"完成年度指标的{pct(22, 40)}", "22/40"); need(src, t, f"下降{S(123.4, -118.6)}个百分点", "debt ratio change")
    for a, b in [(22, 40), (85, 90), (91.67, 100), (88, 90)]:
        need(src, t, f"｜{pct(a, b)}｜", f"completion {a}/{b}")
    rows = check_table(src, t, 6, 7, "88.89", 10, "8.00")
    blocks = {}
    for r in rows:
        blocks[r[0]] = blocks.get(r[0], D(0)) + D(r[7])
    need(src, t, f"预算执行率得8.00分，产出指标得{q(blocks['产出指标'])}分，效益指标得{q(blocks['效益指标'])}分，满意度指标得{q(blocks['满意度指标'])}分", "block scores")
    need(src, t, f"自评得分88.89分，自评等级为{grade('88.89')}", "grade")
    # jian
    src = "jian-fiscaldept-2024"; t = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
    need(src, t, f"全年预算调整为{S(1842.6, 543.8)}万元", "budget parts")
    need(src, t, f"全年实际支出{S(1842.6, 498.2)}万元，预算执行率{pct(2340.8, 2386.4)}，未支出的{S(2386.4, -2340.8)}万元", "dept execution")
    need(src, t, f"其中人员经费1596.30万元、公用经费246.30万元", "basic parts"); assert S(1596.3, 246.3) == "1842.60"
    need(src, t, f"项目支出执行{S(172.5, 198.4, 127.3)}万元，执行率{pct(498.2, 543.8)}", "project execution")
    assert S(186, 210, 147.8) == "543.80"; assert S(543.8, -498.2) == "45.60"
    for b, e in [(186, 172.5), (210, 198.4), (147.8, 127.3)]:
        need(src, t, f"执行{q(e)}万元，执行率{pct(e, b)}", f"project {b}")
    need(src, t, f"下降{pct(D('19.06') - D('16.72'), '19.06')}", "三公 decrease"); need(src, t, f"增长{pct(D('92.4') - D('71.5'), '71.5')}", "票据 growth")
    need(src, t, f"约{q(D('172.5') / D('92.4'))}元", "per ticket cost")
    need(src, t, f"平均得分{q((D('96.5') + D('95.0') + D('88.6')) / 3)}分", "project average")
    need(src, t, f"｜{S(1780, 470)}｜{S(1842.6, 543.8)}｜{S(1842.6, 498.2)}｜10｜{pct(2340.8, 2386.4)}｜{q(D(10) * D('2340.8') / D('2386.4'))}", "funds row")
    need(src, t, f"｜81.6%｜15｜{q(D(15) * D('81.6') / 85)}｜", "score 14.40")
    need(src, t, "全年开具电子票据92.4万张", "same count"); need(src, t, "｜92.4万张｜", "same count in table")
    tot = "99.21"; check_table(src, t, 5, 6, tot, 10, "9.81")
    need(src, t, f"自评得分{tot}分，自评等级为{grade(tot)}", "grade"); need(src, t, f"自评等级｜{grade(tot)}", "table grade")


def main():
    labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    counts = Counter()
    where = Counter()
    for lab in labels:
        text = (CASES / lab["case"]).read_text(encoding="utf-8")
        n = len(text)
        if not 1000 <= n <= 9000 or len(text.encode()) < 3000:
            fails.append(f"{lab['case']}: size {n} chars")
        if lab["clean"]:
            if lab["expected"]:
                fails.append(f"{lab['case']}: clean case with expectations")
            continue
        clean = (CASES / f"{lab['source']}-clean.txt").read_text(encoding="utf-8")
        if len(lab["expected"]) != 1:
            fails.append(f"{lab['case']}: expected one label")
        for e in lab["expected"]:
            counts[e["code"]] += 1
            if e["value"] not in text:
                fails.append(f"{lab['case']}: value {e['value']!r} not in case")
            if e["value"] in clean:
                fails.append(f"{lab['case']}: value {e['value']!r} also in the clean draft")
        # one contiguous difference
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        if text == clean:
            fails.append(f"{lab['case']}: identical to clean draft")
        elif len(clean) - i - j > 120 or len(text) - i - j > 120:
            fails.append(f"{lab['case']}: difference region too long")
    for c in CODES:
        if counts[c] < 2:
            fails.append(f"code {c} occurs {counts[c]} times")
    if len(labels) != 35:
        fails.append(f"{len(labels)} labels, expected 35")
    arithmetic()
    for f in fails:
        print("FAIL", f)
    if fails:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
