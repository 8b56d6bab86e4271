#!/usr/bin/env python3
"""Check this set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Run after build.py:  python3 build.py && python3 verify.py   → prints OK or the failures.
Pure Python 3.  Tolerance follows rules.md §8: a stated value with d decimals matches a
computed value c when |c − v| ≤ 0.5·10^−d (a score may also be computed from a printed rate).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

from build import CASES, EDITS, HERE, PROJECTS, apply_edits, read, resolve_value

FAIL = []


def fail(msg):
    FAIL.append(msg)


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(1).scaleb(-decimals(s)) / 2 + D("1e-9")


def close(computed, stated):
    """computed: Decimal; stated: the number as written (string)."""
    return abs(D(computed) - num(stated)) <= tol(stated)


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


# ---------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = {rec["case"] for rec in labels}
    on_disk = {n for n in os.listdir(CASES) if n.endswith(".txt")}
    if names != on_disk:
        fail(f"labels and case files differ: {sorted(names ^ on_disk)}")
    by_case = {rec["case"]: rec for rec in labels}
    codes = {}
    for proj, suf, code, edits, value, expl in EDITS:
        name = f"{proj}-{suf}.txt"
        clean = read(f"{proj}-clean.txt")
        case = read(name)
        if case != apply_edits(clean, edits):
            fail(f"{name}: case text is not the clean draft with its edits (run build.py)")
        value = resolve_value(case, value)
        rec = by_case.get(name)
        if not rec or rec["clean"] or len(rec["expected"]) != 1:
            fail(f"{name}: label record malformed")
            continue
        exp = rec["expected"][0]
        if exp["code"] != code or exp["value"] != value or exp["severity"] != "error":
            fail(f"{name}: label does not match EDITS")
        if case.count(value) != 1:
            fail(f"{name}: value {value!r} occurs {case.count(value)} times in the case")
        if value in clean:
            fail(f"{name}: value {value!r} occurs in the clean draft")
        # edit size: each replacement changes one contiguous stretch of <= 16 chars inside one line
        lines_touched = []
        for old, new in edits:
            p = 0
            while p < min(len(old), len(new)) and old[p] == new[p]:
                p += 1
            q = 0
            while q < min(len(old), len(new)) - p and old[-1 - q] == new[-1 - q]:
                q += 1
            seg_old, seg_new = old[p:len(old) - q], new[p:len(new) - q]
            if max(len(seg_old), len(seg_new)) > 16:
                fail(f"{name}: edit {seg_old!r}→{seg_new!r} longer than 16 characters")
            if "\n" in seg_old + seg_new or "\n" in old:
                fail(f"{name}: edit crosses a line")
            start = clean.index(old)
            lines_touched.append(clean.count("\n", 0, start))
        if len(edits) > 1:
            if code not in ("score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch") or len(edits) != 2:
                fail(f"{name}: several edits only allowed for a score-row pair")
            elif abs(lines_touched[0] - lines_touched[1]) != 1:
                fail(f"{name}: the two score-row edits are not on adjacent rows")
        codes.setdefault(code, set()).add(proj)
    for proj in PROJECTS:
        rec = by_case.get(f"{proj}-clean.txt")
        if not rec or not rec["clean"] or rec["expected"]:
            fail(f"{proj}: clean label malformed")
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for code in wanted:
        if len(codes.get(code, ())) < 2:
            fail(f"code {code} used in fewer than two projects")
    return labels


# ---------------------------------------------------------------- generic table parsing
def split_row(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    if " | " in line or line.endswith(" |"):
        return [c.strip() for c in line.split("|")]
    return None


def tables(text):
    """Yield lists of split rows (blocks of consecutive table lines)."""
    block = []
    for line in text.split("\n"):
        cells = split_row(line)
        if cells and len(cells) >= 3:
            block.append(cells)
        else:
            if block:
                yield block
            block = []
    if block:
        yield block


def grade_of(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


NUM_RE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def parse_value(s):
    """'≥1,800人次' → ('gte', Decimal, unit); '100%' → ('eq', 100, '%'); qualitative → None."""
    s = s.strip()
    direction = "eq"
    if s.startswith(("≥", "＞", ">=")):
        direction, s = "gte", s.lstrip("≥＞>=")
    elif s.startswith(("≤", "＜", "<=")):
        direction, s = "lte", s.lstrip("≤＜<=")
    m = re.fullmatch(r"([0-9][0-9,]*(?:\.[0-9]+)?)(.*)", s)
    if not m:
        return None
    return direction, num(m.group(1)), m.group(2)


def check_indicator_table(proj, text):
    found = False
    for block in tables(text):
        if block[0][0] != "一级指标":
            continue
        found = True
        hdr = block[0]
        iw, isc, ir = hdr.index("权重"), hdr.index("得分"), hdr.index("得分率")
        it, ia = hdr.index("年度目标值") if "年度目标值" in hdr else hdr.index("目标值"), hdr.index("实际完成值")
        levels = {}
        total_row = None
        leaf_w = leaf_s = D(0)
        for row in block[1:]:
            w, s, rate = row[iw], row[isc], row[ir]
            if not close(num(s) / num(w) * 100, rate.rstrip("%")):
                fail(f"{proj}: 得分率 {rate} ≠ {s}/{w} in row {row[:3]}")
            if num(s) > num(w) or num(s) < 0:
                fail(f"{proj}: score {s} outside [0, {w}] in row {row[:3]}")
            if row[0] == "合计":
                total_row = row
                continue
            lvl = levels.setdefault(row[0], {"w": D(0), "s": D(0), "sub": None})
            if row[1] == "小计":
                lvl["sub"] = row
                continue
            lvl["w"] += num(w)
            lvl["s"] += num(s)
            leaf_w += num(w)
            leaf_s += num(s)
            # row score against target/actual (rules §5)
            tv, av = parse_value(row[it]), parse_value(row[ia])
            if tv and av and tv[2] == av[2]:
                d, T, unit = tv
                A = av[1]
                if d == "lte":
                    exp_full = A <= T
                    ratio = D(1) if exp_full else T / A
                else:
                    ratio = min(D(1), A / T)
                expect = num(w) * ratio
                if not (close(expect, s) or close(num(w) * min(D(1), r2(ratio * 100) / 100), s)):
                    fail(f"{proj}: row {row[2]} score {s} ≠ {w}×{ratio:.4f} = {expect:.4f}")
        for name, lvl in levels.items():
            if lvl["sub"] is not None:
                if num(lvl["sub"][iw]) != lvl["w"]:
                    fail(f"{proj}: level {name} weights {lvl['w']} ≠ subtotal {lvl['sub'][iw]}")
                if not close(lvl["s"], lvl["sub"][isc]):
                    fail(f"{proj}: level {name} scores {lvl['s']} ≠ subtotal {lvl['sub'][isc]}")
        if total_row is None:
            fail(f"{proj}: no 合计 row")
            continue
        if leaf_w != 100 or num(total_row[iw]) != 100:
            fail(f"{proj}: weights sum to {leaf_w}, total row says {total_row[iw]}")
        if not close(leaf_s, total_row[isc]):
            fail(f"{proj}: scores sum to {leaf_s}, total row says {total_row[isc]}")
        total = total_row[isc]
        m = re.findall(r"得分([0-9.]+)分，评价等级为“(.)", text)
        if not m:
            fail(f"{proj}: no '得分…分，评价等级为' sentence")
        for sc, g in m:
            if sc != total:
                fail(f"{proj}: stated total {sc} ≠ table {total}")
            if g != grade_of(sc):
                fail(f"{proj}: grade {g} ≠ band of {sc}")
        for lv, sc in re.findall(r"(决策|过程|产出|效益|满意度)(?:类)?指标(?:（权重\d+分，)?得分([0-9.]+)分", text):
            key = [k for k in levels if k.startswith(lv)]
            if key and levels[key[0]]["sub"] is not None and sc != levels[key[0]]["sub"][isc]:
                fail(f"{proj}: text says {lv} {sc}, table subtotal {levels[key[0]]['sub'][isc]}")
    if not found:
        fail(f"{proj}: indicator table not found")


def check_money_tables(proj, text):
    """Every table ending in a 合计 row: each money column (x,xxx.xx) sums to its 合计."""
    for block in tables(text):
        if block[0][0] == "一级指标" or block[-1][0] != "合计":
            continue
        body, tot = block[1:-1], block[-1]
        for j in range(1, len(tot)):
            if not re.fullmatch(r"[0-9][0-9,]*\.[0-9]{2}", tot[j]):
                continue
            vals = [row[j] for row in body]
            if not all(re.fullmatch(r"[0-9][0-9,]*\.[0-9]{2}", v) for v in vals):
                fail(f"{proj}: column {block[0][j]} has non-money cells")
                continue
            s = sum(num(v) for v in vals)
            if s != num(tot[j]):
                fail(f"{proj}: column {block[0][j]} sums to {s}, 合计 {tot[j]}")


# ---------------------------------------------------------------- project-specific arithmetic
def need(text, proj, snippet):
    if snippet not in text:
        fail(f"{proj}: expected text not found: {snippet!r}")


def rate(text, proj, a, b, stated, snippet):
    need(text, proj, snippet)
    if not close(D(str(a)) / D(str(b)) * 100, stated):
        fail(f"{proj}: {a}/{b} = {D(str(a)) / D(str(b)) * 100:.4f}% ≠ {stated}% ({snippet})")


def equal(text, proj, value, stated, snippet):
    need(text, proj, snippet)
    if not close(D(str(value)), stated):
        fail(f"{proj}: computed {value} ≠ stated {stated} ({snippet})")


def wan(yuan):
    return D(str(yuan)) / 10000


CHECKS = {}


def checks_taishan(t, p):
    equal(t, p, D("120.00") + D("240.00"), "360.00", "年初预算360.00万元（省级提前下达120.00万元、本级安排240.00万元）")
    equal(t, p, D("360.00") + D("48.00"), "408.00", "追加登革热防控补助48.00万元，调整后全年预算408.00万元")
    equal(t, p, wan("3874526.40"), "387.45", "全年执行387.45万元（3,874,526.40元）")
    rate(t, p, "387.45264", "408", "94.96", "预算执行率94.96%")
    equal(t, p, D("408.00") - D("387.45"), "20.55", "结余20.55万元（205,473.60元）")
    equal(t, p, wan("205473.60"), "20.55", "结余20.55万元（205,473.60元）")
    equal(t, p, 10 * D("3874526.40") / D("4080000"), "9.50", "本项得分9.50分")
    for a, b, s in [(1126380, 1180000, "95.46"), (1684800, 1728000, "97.50"), (312000, 360000, "86.67"),
                    ("186546.40", 220000, "84.79"), (564800, 592000, "95.41"), ("3874526.40", 4080000, "94.96")]:
        rate(t, p, a, b, s, f"｜{s}%")
    rate(t, p, 48, 45, "106.67", "完成率106.67%")
    rate(t, p, "13.6", 12, "113.33", "完成率113.33%")
    rate(t, p, 36, 37, "97.30", "比例为97.30%")
    equal(t, p, 8 * D(36) / 37, "7.78", "本项得分7.78分")
    equal(t, p, wan(1684800), "168.48", "孳生地清理服务费168.48万元")
    equal(t, p, D(1684800) / 48, "35100.00", "每平方公里35,100.00元")
    equal(t, p, wan(312000), "31.20", "蚊媒密度监测费31.20万元")
    equal(t, p, D(312000) / 624, "500", "每点次500元")
    equal(t, p, 26 * 2 * 12, "624", "全年累计监测624点次")
    equal(t, p, wan(564800), "56.48", "应急消杀支出56.48万元")
    equal(t, p, wan(564800) / 37, "1.53", "平均每个疫点约1.53万元")
    equal(t, p, 41 + 9, "50", "报告登革热病例50例，其中本地病例41例、输入病例9例")
    rate(t, p, 68 - 41, 68, "39.71", "下降39.71%")
    rate(t, p, 39, 624, "6.25", "有39点次，占比6.25%")
    equal(t, p, 10 * D(5) / D("6.25"), "8.00", "本项得分8.00分")
    equal(t, p, (D("92.5") + D("88.0") + D("95.0") + D("90.5") + D("86.5")) / 5, "90.50", "平均90.50分")
    rate(t, p, 1250, 1300, "96.15", "有效回收率96.15%")
    rate(t, p, 1140, 1250, "91.20", "群众满意度91.20%")
    equal(t, p, D("9.50") + D("49.78") + D("25.00") + D("10.00"), "94.28", "综合得分94.28分")


def checks_dongshan(t, p):
    equal(t, p, D("218.00") + D("300.00"), "518.00", "年初预算518.00万元，包括县级财政安排218.00万元和省级提前下达资金300.00万元")
    equal(t, p, D("518.00") + D("200.00") + D("150.00"), "868.00", "调整后全年预算868.00万元")
    equal(t, p, D("868.00") - D("25.00"), "843.00", "实际到位843.00万元")
    rate(t, p, 843, 868, "97.12", "到位率97.12%")
    equal(t, p, wan("8157342.60"), "815.73", "全年支出815.73万元")
    rate(t, p, "815.73426", 868, "93.98", "预算执行率93.98%")
    equal(t, p, D("843.00") - D("815.73"), "27.27", "到位资金结余27.27万元")
    equal(t, p, D("8430000") - D("8157342.60"), "272657.40", "结余27.27万元")
    for a, b, s in [(5000000, 5000000, "100.00"), (1250000, 1500000, "83.33"), (2180000, 2180000, "100.00"),
                    ("1907342.60", 2180000, "87.49"), (8430000, 8680000, "97.12"), ("8157342.60", 8680000, "93.98")]:
        rate(t, p, a, b, s, f"\t{s}%")
    equal(t, p, D(5386200) + 1296000 + 869880, "7552080.00", "三项费用合计755.21万元（7,552,080.00元）")
    equal(t, p, wan(7552080), "755.21", "合计755.21万元")
    equal(t, p, D(7552080) / D("3942.6"), "1915.51", "每吨垃圾清理转运处置成本为1,915.51元")
    equal(t, p, D(869880) / D("3942.6"), "220.64", "每吨约220.64元")
    equal(t, p, wan(5386200) / D("141.2"), "3.81", "每公里岸线约3.81万元")
    rate(t, p, "3942.6", 3600, "109.52", "完成率109.52%")
    rate(t, p, D("3942.6") - D("3286.4"), "3286.4", "19.97", "增长19.97%")
    rate(t, p, 11, 12, "91.67", "完成率91.67%")
    equal(t, p, 4 * D(11) / 12, "3.67", "本项得3.67分")
    rate(t, p, 203, 216, "93.98", "考核合格203段次，合格率93.98%")
    rate(t, p, D(203) / 216, D("0.90"), "104.42", "完成率104.42%")
    equal(t, p, 18 * 12, "216", "全年共216段次")
    rate(t, p, D("38.6") - D("30.2"), "38.6", "21.76", "下降21.76%")
    equal(t, p, 23 - 14, "9", "较上年的23件减少9件")
    equal(t, p, (D("95.20") + D("92.80") + D("93.60") + D("91.40") + D("94.50")) / 5, "93.50", "平均93.50%")
    equal(t, p, 3 * D(843) / 868, "2.91", "计得2.91分")
    equal(t, p, 5 * D("815.73426") / 868, "4.70", "计得4.70分")


def checks_yangchun(t, p):
    equal(t, p, D("120.00") + D("60.00"), "180.00", "年初预算180.00万元，其中省级提前下达120.00万元")
    equal(t, p, D("180.00") + D("36.00") + D("42.00"), "258.00", "调整后全年预算258.00万元")
    equal(t, p, D("120.00") + D("60.00") + D("36.00") + D("30.00"), "246.00", "实际到位246.00万元")
    equal(t, p, D("42.00") - D("30.00"), "12.00", "到位30.00万元，尚有12.00万元未到位")
    rate(t, p, 246, 258, "95.35", "到位率95.35%")
    equal(t, p, wan(2216940), "221.69", "全年支出221.69万元")
    rate(t, p, "221.694", 258, "85.93", "预算执行率85.93%")
    equal(t, p, D("246.00") - D("221.69"), "24.31", "到位资金结余24.31万元")
    equal(t, p, 1652 * 1200, "1982400.00", "1,652人次｜1,200｜1,982,400.00")
    equal(t, p, 1024 * 150, "153600.00", "1,024人｜150｜153,600.00")
    equal(t, p, D(1982400) / 1652, "1200", "人均培训补贴1,200元/人次")
    equal(t, p, 22 + 10 + 6, "38", "全年开班38期，其中中式烹调师22期、中式面点师10期、粤式点心制作6期")
    rate(t, p, 1652 - 1126, 1126, "46.71", "较2019年增长46.71%")
    equal(t, p, D(1652) / 38, "43.47", "平均每期43.47人次")
    rate(t, p, 1108, 1652, "67.07", "占67.07%")
    rate(t, p, 1586, 1652, "96.00", "培训合格率96.00%")
    rate(t, p, 1208, 1260, "95.87", "有效回收率95.87%")
    rate(t, p, 1152, 1208, "95.36", "满意度为95.36%")
    equal(t, p, (D("96.10") + D("94.80") + D("95.70") + D("95.80")) / 4, "95.60", "平均95.60%")
    equal(t, p, 1800 - 1652, "148", "少148人次")
    # 申报表对照 completion column
    for a, b, s in [(1652, 1800, "91.78"), (38, 36, "105.56"), (1024, 900, "113.78"), (D(1586) / 1652, D("0.90"), "106.67"),
                    (100, 95, "105.26"), (688, 600, "114.67"), (4, 3, "133.33"), (D(1152) / 1208, D("0.90"), "105.96")]:
        rate(t, p, a, b, s, f"｜{s}%｜")
    rate(t, p, 4 - 3, 3, "33.33", "超过目标值33.33%")
    equal(t, p, 10 * D(2216940) / 2580000, "8.59", "｜10｜8.59｜")
    equal(t, p, 10 * D(1652) / 1800, "9.18", "｜10｜9.18｜")


def checks_fuding(t, p):
    equal(t, p, D("160.00") + D("240.00") + D("80.00"), "480.00", "调整后全年预算480.00万元")
    equal(t, p, wan(3648700), "364.87", "实际支出364.87万元")
    rate(t, p, "364.87", 480, "76.01", "预算执行率76.01%")
    equal(t, p, D("480.00") - D("364.87"), "115.13", "未支出的115.13万元")
    equal(t, p, D("64.50") + D("2.60") + D("48.03"), "115.13", "茶园建设补助64.50万元、杀虫灯补助2.60万元、土壤检测及有机肥推广48.03万元")
    equal(t, p, D(2860) + 2450 + 1980 + 1620 + 1150 + 1200, "11260", "其中点头镇2,860亩、磻溪镇2,450亩、白琳镇1,980亩、管阳镇1,620亩、太姥山镇1,150亩、其他3个乡镇合计1,200亩")
    for a, b, s in [(2955000, 3600000, "82.08"), (494000, 520000, "95.00"), (86400, 86400, "100.00"),
                    (113300, 593600, "19.09"), (3648700, 4800000, "76.01")]:
        rate(t, p, a, b, s, f"| {s}% |")
    for bud, exe, car in [(3600000, 2955000, 645000), (520000, 494000, 26000), (86400, 86400, 0), (593600, 113300, 480300),
                          (4800000, 3648700, 1151300)]:
        if bud - exe != car:
            fail(f"{p}: {bud} − {exe} ≠ {car}")
    equal(t, p, 9850 * 300, "2955000", "全年兑付9,850亩")
    equal(t, p, 760 * 650, "494000", "杀虫灯安装760盏")
    equal(t, p, 12 * 7200, "86400", "技术培训12期")
    equal(t, p, (12000 - 11260) * 300 + 1410 * 300, "645000.00", "| 645,000.00")
    equal(t, p, 40 * 650, "26000.00", "| 26,000.00")
    equal(t, p, 9850 + 1410, "11260", "1,410亩茶园于12月下旬完工")
    equal(t, p, 12000 - 11260, "740", "另有740亩因2家合作社退出未实施")
    equal(t, p, 800 - 760, "40", "未安装的40盏")
    rate(t, p, 11260, 12000, "93.83", "为目标值12,000亩的93.83%")
    rate(t, p, 760, 800, "95.00", "完成率95.00%")
    rate(t, p, 9850, 11260, "87.48", "占已建面积的87.48%")
    rate(t, p, D(9850) / 11260, D("0.95"), "92.08", "完成率92.08%")
    equal(t, p, D(1080) / 12, "90", "参训茶农1,080人次，平均每期90人次")
    rate(t, p, 428, 500, "85.60", "| 428元 | 85.60%")
    rate(t, p, D("90.0") - D("82.8"), "90.0", "8.00", "减少8.00%")
    rate(t, p, 500, 520, "96.15", "有效回收率96.15%")
    rate(t, p, 442, 500, "88.40", "茶农满意度88.40%")
    rate(t, p, "88.40", 90, "98.22", "| 88.40% | 98.22%")
    equal(t, p, 10 * D("364.87") / 480, "7.60", "计得7.60分")


def checks_wengyuan(t, p):
    equal(t, p, D("396.00") + D("200.00"), "596.00", "年初预算596.00万元，其中县级财政安排396.00万元，省级农村生活污水治理奖补资金200.00万元")
    equal(t, p, D("596.00") - D("36.00"), "560.00", "调整后2024年全年预算560.00万元")
    equal(t, p, wan(5523840), "552.38", "实际支出552.38万元")
    rate(t, p, "552.384", 560, "98.64", "预算执行率98.64%")
    equal(t, p, D("560.00") - D("552.38"), "7.62", "结余7.62万元")
    equal(t, p, 186 * 24000, "4464000.00", "186座×24,000元/座·年\t4,464,000.00")
    equal(t, p, 744 * 850, "632400.00", "744样次×850元/样次\t632,400.00")
    equal(t, p, 186 * 4, "744", "完成出水水质检测744样次")
    equal(t, p, 180 + 6, "186", "较2023年的180座增加6座")
    rate(t, p, 420 - 20, 420, "95.24", "有效回收率95.24%")
    rate(t, p, 139, 186, "74.73", "正常运行率74.73%")
    rate(t, p, D(139) / 186, D("0.90"), "83.03", "完成率83.03%")
    equal(t, p, 186 - 139, "47", "其余47座")
    rate(t, p, 600, 744, "80.65", "出水水质达标率80.65%")
    rate(t, p, D(600) / 744, D("0.85"), "94.88", "完成率94.88%")
    rate(t, p, 186, 200, "93.00", "处理及时率93.00%")
    rate(t, p, "0.93", "0.95", "97.89", "完成率97.89%")
    equal(t, p, D(4464000) / D(2184000), "2.04", "约2.04元")
    rate(t, p, "218.40", 260, "84.00", "为目标值的84.00%")
    equal(t, p, D(9860) * 365 / 10000, "359.89", "年处理能力为359.89万吨")
    rate(t, p, "218.40", "359.89", "60.69", "平均负荷率60.69%")
    rate(t, p, 260, "359.89", "72", "设计规模的约72%")
    rate(t, p, "412.6", 400, "103.15", "完成率103.15%")
    rate(t, p, 346, 400, "86.50", "满意度86.50%")
    rate(t, p, "86.50", 90, "96.11", "完成率96.11%")
    equal(t, p, 6 * D("552.384") / 560, "5.92", "计得5.92分")
    equal(t, p, D("12.00") + D("18.42") + D("33.37") + D("26.33"), "90.12", "综合得分90.12分")


CHECKS = {
    "taishan-vectorcontrol-2018": checks_taishan,
    "dongshan-marinelitter-2021": checks_dongshan,
    "yangchun-yuechef-2020": checks_yangchun,
    "fuding-ecotea-2023": checks_fuding,
    "wengyuan-ruralsewage-2024": checks_wengyuan,
}

YEAR = {"taishan-vectorcontrol-2018": 2018, "dongshan-marinelitter-2021": 2021, "yangchun-yuechef-2020": 2020,
        "fuding-ecotea-2023": 2023, "wengyuan-ruralsewage-2024": 2024}


def check_years(proj, text):
    y = YEAR[proj]
    for m in re.finditer(r"截至(\d{4})年(?:末|12月31日)", text):
        if int(m.group(1)) != y:
            fail(f"{proj}: {m.group(0)} in the {y} report")
    for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
        if int(m.group(1)) <= y:
            fail(f"{proj}: {m.group(0)} in the {y} report")
    if f"{y}年度" not in text.split("\n", 3)[0] + text.split("\n", 3)[1]:
        fail(f"{proj}: title does not name {y}年度")


def main():
    check_labels()
    for proj in PROJECTS:
        text = read(f"{proj}-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{proj}: clean draft has {n} characters")
        check_indicator_table(proj, text)
        check_money_tables(proj, text)
        check_years(proj, text)
        CHECKS[proj](text, proj)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} failure(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
