#!/usr/bin/env python3
"""Check set n105: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Prints OK (exit 0) or the list of problems (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Tolerance from the stated decimals (rules.md §8)."""
    d = decimals(stated)
    return abs(num(stated) - D(computed)) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------------------
# 1. labels, values, edit sizes
# ---------------------------------------------------------------------------

def changed_lines(a, b):
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    return [i for i, (x, y) in enumerate(zip(la, lb)) if x != y], la, lb


def line_edit_size(x, y):
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    s = 0
    while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
        s += 1
    return max(len(x) - p - s, len(y) - p - s)


def check_labels():
    sys.path.insert(0, HERE)
    import build  # noqa: E402  (for the rows2 flags)
    rows2 = {}
    for pid, eds in build.EDITS.items():
        for n, ed in enumerate(eds, 1):
            rows2[f"{pid}-e{n}.txt"] = bool(ed.get("rows2"))
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    cleans = {lab["source"]: read(lab["case"]) for lab in labels if lab["clean"]}
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        clean = cleans[lab["source"]]
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold exactly one finding")
        for exp in lab["expected"]:
            v = exp["value"]
            codes.setdefault(exp["code"], []).append(lab["source"])
            if exp["severity"] != "error":
                fail(f"{lab['case']}: severity {exp['severity']}")
            if text.count(v) != 1:
                fail(f"{lab['case']}: value occurs {text.count(v)} times in case: {v!r}")
            if v in clean:
                fail(f"{lab['case']}: value occurs in the clean draft: {v!r}")
        res = changed_lines(clean, text)
        if res is None:
            fail(f"{lab['case']}: line count differs from clean")
            continue
        idx, la, lb = res
        if not idx:
            fail(f"{lab['case']}: identical to clean")
            continue
        if rows2[lab["case"]]:
            if len(idx) > 2 or (len(idx) == 2 and idx[1] != idx[0] + 1):
                fail(f"{lab['case']}: score-row edit touches non-adjacent lines {idx}")
        elif len(idx) != 1:
            fail(f"{lab['case']}: edit touches {len(idx)} lines")
        for i in idx:
            size = line_edit_size(la[i], lb[i])
            if size > 16:
                fail(f"{lab['case']}: edit of {size} characters on line {i + 1}")
    needed = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in needed:
        srcs = codes.get(c, [])
        if len(srcs) < 2 or len(set(srcs)) < 2:
            fail(f"code {c}: used {len(srcs)} times in {len(set(srcs))} projects (need ≥2, spread)")
    return labels, codes


# ---------------------------------------------------------------------------
# 2. arithmetic of the clean drafts
# ---------------------------------------------------------------------------

def stated(text, ctx, n, computed, label):
    """ctx must be in the clean text, the stated number n inside ctx, and n ≈ computed."""
    if ctx not in text:
        fail(f"[{label}] context not found: {ctx!r}")
        return
    if n not in ctx:
        fail(f"[{label}] number {n} not inside context {ctx!r}")
        return
    if not close(n, computed):
        fail(f"[{label}] {ctx!r}: stated {n}, computed {D(computed):.6f}")


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def completion(direction, target, actual):
    t, a = D(target), D(actual)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if direction == "eq" and t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def split_rows(text, sep):
    rows = []
    for line in text.split("\n"):
        if sep in line:
            rows.append([c.strip() for c in line.split(sep)])
    return rows


NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def first_num(cell):
    m = NUM.search(cell)
    return m.group(0) if m else None


def direction_of(target):
    if target.startswith("≤"):
        return "lte"
    if target.startswith("≥"):
        return "gte"
    return "eq"


def check_table(text, label, *, sep, level2, weight_col, score_col, exec_row, total_row,
                grade_text, completion_rows=None, children=None, overrides=None,
                parent_rows=None):
    """level2: {name: (weight, score)} as printed; children: {name: [completion %]} to recompute
    the second-level score as weight × mean(min(c, 100)); overrides: {name: score rule text}."""
    rows = split_rows(text, sep)
    byname = {}
    for r in rows:
        for c in r[:3]:
            if c in level2 or c in (exec_row, total_row) or (parent_rows and c in parent_rows):
                byname.setdefault(c, r)
    # weights and scores as printed
    wsum, ssum = D(0), D(0)
    for name, (w, s) in level2.items():
        r = byname.get(name)
        if r is None:
            fail(f"[{label}] table row {name} not found")
            continue
        if r[weight_col] != w or r[score_col] != s:
            fail(f"[{label}] row {name}: printed {r[weight_col]}/{r[score_col]}, expected {w}/{s}")
        wsum += num(w)
        ssum += num(s)
        if num(s) > num(w):
            fail(f"[{label}] row {name}: score above weight")
    # execution row
    ew, erate, escore, budget, spent = exec_row_values(byname, exec_row, label, sep)
    if ew is not None:
        rate = spent / budget * 100
        if not close(erate, rate):
            fail(f"[{label}] execution rate {erate} vs {rate:.4f}")
        if not close(escore, num(ew) * min(rate, D(100)) / 100):
            fail(f"[{label}] execution score {escore}")
        wsum += num(ew)
        ssum += num(escore)
    if wsum != 100:
        fail(f"[{label}] weights sum {wsum}")
    tr = byname.get(total_row)
    tw, ts = tr[weight_col], tr[score_col]
    if num(tw) != 100 or num(ts) != ssum:
        fail(f"[{label}] total row {tw}/{ts} vs weights 100 / scores {ssum}")
    if grade_text not in text:
        fail(f"[{label}] grade text {grade_text!r} missing")
    if grade(ts) not in grade_text:
        fail(f"[{label}] grade {grade_text!r} not the band of {ts}")
    # second-level scores from completions
    for name, comps in (children or {}).items():
        w, s = level2[name]
        mean = sum(min(D(c), D(100)) for c in comps) / len(comps)
        exact = num(w) * mean / 100
        if not close(s, exact):
            fail(f"[{label}] {name}: score {s} vs weight × mean completion {exact:.4f}")
    for name, rule in (overrides or {}).items():
        w, s = level2[name]
        if num(s) != rule(num(w)):
            fail(f"[{label}] {name}: score {s} vs rule {rule(num(w))}")
    # parent rows (first-level totals) where printed
    for pname, (pw, ps, kids) in (parent_rows or {}).items():
        r = byname.get(pname)
        if r is None:
            fail(f"[{label}] parent row {pname} missing")
            continue
        if r[weight_col] != pw or r[score_col] != ps:
            fail(f"[{label}] parent {pname} printed {r[weight_col]}/{r[score_col]}")
        if sum(num(level2[k][0]) for k in kids) != num(pw):
            fail(f"[{label}] parent {pname}: weights of children ≠ {pw}")
        if sum(num(level2[k][1]) for k in kids) != num(ps):
            fail(f"[{label}] parent {pname}: scores of children ≠ {ps}")
    # completion columns
    for r in completion_rows or []:
        tgt, act, comp = r
        c = completion(direction_of(tgt), num(first_num(tgt)), num(first_num(act)))
        if not close(comp.rstrip("%"), c):
            fail(f"[{label}] completion {tgt} / {act}: printed {comp}, computed {c:.4f}")
    return ssum


def exec_row_values(byname, exec_row, label, sep):
    r = byname.get(exec_row)
    if r is None:
        fail(f"[{label}] execution row {exec_row} missing")
        return None, None, None, None, None
    if exec_row == "年度资金总额":  # MOF funds block: 年初 | 全年 | 执行 | 分值 | 执行率 | 得分
        return r[4], r[5].rstrip("%"), r[6], num(r[2]), num(r[3])
    return None, None, None, None, None


def completion_rows_from(text, sep, tcol, acol, ccol):
    out = []
    for r in split_rows(text, sep):
        if len(r) > ccol and r[ccol].endswith("%") and r[tcol][:1] in "≥≤=" and first_num(r[acol]):
            out.append((r[tcol], r[acol], r[ccol]))
    return out


def merged_completions(text, name, sep="｜"):
    """A/E layout: targets and actuals of one second-level row, separated by ；."""
    for r in split_rows(text, sep):
        if len(r) > 3 and r[1] == name:
            ts, acts = r[2].split("；"), r[3].split("；")
            out = []
            for t, a in zip(ts, acts):
                m = re.search(r"(≥|≤|=)", t)
                tn = first_num(t[m.start():]) if m else None
                an = first_num(a)
                if not (m and tn and an):
                    out.append(None)
                    continue
                out.append(completion(direction_of(t[m.start():]), num(tn), num(an)))
            return out
    fail(f"merged row {name} not found")
    return []


def nanjiang(t):
    L = "nanjiang"
    S = lambda ctx, n, c: stated(t, ctx, n, c, L)
    S("在校生58,430人（其中小学38,915人、初中19,515人）", "58,430", D(38915) + D(19515))
    S("项目学校14所（其中初中3所、小学8所、村小教学点3个）", "14", 3 + 8 + 3)
    S("新建校舍1.26万平方米（其中教学综合楼0.58万平方米、学生宿舍0.46万平方米、食堂0.22万平方米）", "1.26",
      D("0.58") + D("0.46") + D("0.22"))
    S("年初预算2,540.00万元（其中中央专项资金1,980.00万元、省级资金560.00万元）", "2,540.00", D("1980") + D("560"))
    S("调整后全年预算2,860.00万元", "2,860.00", D("2540") + D("320"))
    S("增加544.00万元", "544.00", D("2860") - D("2316"))
    S("增长23.49%", "23.49", D(544) / D(2316) * 100)
    S("中央专项资金1,980.00万元分两批下达", "1,980.00", D(1260) + D(720))
    S("全年实际到位资金2,860.00万元", "2,860.00", D(1980) + D(560) + D(320))
    S("资金到位率100%", "100", D(2860) / D(2860) * 100)
    S("预算执行率95.51%", "95.51", D("2731.46") / D("2860") * 100)
    S("实际支出2,731.46万元", "2,731.46", D("2096.38") + D("515.20") + D("119.88"))
    S("校舍建设支出2,096.38万元", "2,096.38", D("1877.40") + D("218.98"))
    S("预算62万元，实际支出59万元，执行率95%", "95", D(59) / D(62) * 100)
    S("3所初中共支出1,146.30万元", "1,146.30", D("452.60") + D("388.20") + D("305.50"))
    S("平均每校382.10万元", "382.10", (D("452.60") + D("388.20") + D("305.50")) / 3)
    S("共支出1,585.16万元", "1,585.16", D("2731.46") - D("1146.30"))
    S("年末未支出资金128.54万元", "128.54", D("2860") - D("2731.46"))
    S("为年度指标1.2万平方米的105.00%", "105.00", D("1.26") / D("1.2") * 100)
    S("为年度指标0.5万平方米的104.00%", "104.00", D("0.52") / D("0.5") * 100)
    S("课桌椅2,400套（单价380元，计91.20万元）", "91.20", D(2400) * 380 / 10000)
    S("720张（单价1,150元，计82.80万元）", "82.80", D(720) * 1150 / 10000)
    S("96套（单价28,500元，计273.60万元）", "273.60", D(96) * 28500 / 10000)
    S("计67.60万元，平均每册19.88元", "19.88", D("67.60") * 10000 / 34000)
    S("合计515.20万元", "515.20", D("91.20") + D("82.80") + D("273.60") + D("67.60"))
    S("比年度指标13所少1所，完成率92.31%", "92.31", D(12) / D(13) * 100)
    S("单方造价1,490元/平方米", "1,490", D("1877.40") * 10000 / 12600)
    S("每平方米421.12元", "421.12", D("218.98") * 10000 / 5200)
    S("增加到12.10万平方米", "12.10", D("10.84") + D("1.26"))
    S("生均校舍面积由5.62平方米", "5.62", D("108400") / 19280)
    S("提高到6.28平方米", "6.28", D("121000") / 19280)
    S("新增学生床位1,440个", "1,440", 720 * 2)
    S("收回有效问卷1,150份（其中学生620份、家长410份、教师120份）", "1,150", 620 + 410 + 120)
    S("满意度分别为95.16%、94.63%、91.67%", "95.16", D(590) / 620 * 100)
    S("满意度分别为95.16%、94.63%、91.67%", "94.63", D(388) / 410 * 100)
    S("满意度分别为95.16%、94.63%、91.67%", "91.67", D(110) / 120 * 100)
    S("满意或基本满意合计1,088份", "1,088", 590 + 388 + 110)
    S("总体满意度94.61%", "94.61", D(1088) / 1150 * 100)
    S("绩效指标得分89.62分", "89.62", D(30) + 15 + D("9.62") + 10 + 15 + 5 + 5)
    S("总分99.17分", "99.17", D("9.55") + D("89.62"))
    S("预算执行率得分9.55分", "9.55", D(10) * D("2731.46") / D("2860"))
    level2 = {"数量指标": ("30", "30"), "质量指标": ("15", "15"), "时效指标": ("10", "9.62"),
              "成本指标": ("10", "10"), "社会效益": ("15", "15"), "可持续影响": ("5", "5"),
              "服务对象满意度": ("5", "5")}
    ch = {k: [c for c in merged_completions(t, k) if c is not None] for k in level2}
    check_table(t, L, sep="｜", level2=level2, weight_col=4, score_col=5, exec_row="年度资金总额",
                total_row="总分", grade_text="自评等级：优", children=ch)
    if "评价等级为“优”" not in t:
        fail("[nanjiang] grade in text")


def xichou(t):
    L = "xichou"
    S = lambda ctx, n, c: stated(t, ctx, n, c, L)
    S("寄宿生14,305人，占36.09%", "36.09", D(14305) / 39642 * 100)
    S("7所学校纳入项目（其中初级中学2所、九年一贯制学校1所、完全小学4所）", "7", 2 + 1 + 4)
    S("新建校舍0.93万平方米（其中学生宿舍0.68万平方米、食堂0.25万平方米）", "0.93", D("0.68") + D("0.25"))
    S("全年预算1,645.80万元（其中中央资金1,210.00万元、省级资金305.80万元、县级资金130.00万元）", "1,645.80",
      D(1210) + D("305.80") + D(130))
    S("中央资金中968.00万元于2018年12月提前下达", "968.00", D(1210) - D(242))
    S("预算执行率97.36%", "97.36", D("1602.37") / D("1645.80") * 100)
    S("实际支出1,602.37万元，预算执行率97.36%，由校舍建设1,439.70万元、设备购置138.78万元和附属工程23.89万元组成",
      "1,602.37", D("1439.70") + D("138.78") + D("23.89"))
    S("预算36万元，实际支出34万元，执行率94%", "94", D(34) / 36 * 100)
    S("年末结余43.43万元", "43.43", D("1645.80") - D("1602.37"))
    S("新建学生宿舍0.68万平方米，其中", "0.68", (D(2400) + 1800 + 1300 + 1300) / 10000)
    S("新建食堂0.25万平方米，其中", "0.25", (D(900) + 800 + 800) / 10000)
    S("购置学生公寓床520张（单价1,280元，计66.56万元）", "66.56", D(520) * 1280 / 10000)
    S("单价4.60万元，计32.20万元", "32.20", D(7) * D("4.60"))
    S("每间46台，单价4,350元，计40.02万元", "40.02", D(2) * 46 * 4350 / 10000)
    S("2间共92台", "92", 2 * 46)
    S("设备购置合计138.78万元", "138.78", D("66.56") + D("32.20") + D("40.02"))
    S("按期完工率85.71%", "85.71", D(6) / 7 * 100)
    S("完成投资1,047.20万元，每平方米1,540元", "1,540", D("1047.20") * 10000 / 6800)
    S("完成投资392.50万元，每平方米1,570元", "1,570", D("392.50") * 10000 / 2500)
    S("两项合计1,439.70万元", "1,439.70", D("1047.20") + D("392.50"))
    S("综合单方造价1,548.06元/平方米", "1,548.06", D("1439.70") * 10000 / 9300)
    S("增加到1.97万平方米", "1.97", D("1.29") + D("0.68"))
    S("生均宿舍面积由3.78平方米", "3.78", D(12900) / 3412)
    S("提高到5.50平方米", "5.50", D(19700) / 3580)
    S("新增住宿床位1,040个", "1,040", 520 * 2)
    S("满意度93.21%", "93.21", D(453) / 486 * 100)
    S("时效指标扣1.43分", "1.43", D(10) - D("8.57"))
    S("产出指标得分48.57分", "48.57", D(20) + 10 + D("8.57") + 10)
    S("项目自评得分98.31分", "98.31", D("9.74") + D("48.57") + 30 + 10)
    level2 = {"数量指标小计": ("20", "20"), "质量指标小计": ("10", "10"), "时效指标小计": ("10", "8.57"),
              "成本指标小计": ("10", "10"), "社会效益小计": ("20", "20"), "可持续影响小计": ("10", "10"),
              "满意度指标小计": ("10", "10")}
    comps = completion_rows_from(t, "\t", 3, 4, 5)
    if len(comps) != 13:
        fail(f"[xichou] {len(comps)} completion rows")
    children = {"时效指标小计": [D(6) / 7 * 100], "社会效益小计": [D(110), D(104)],
                "数量指标小计": [100] * 4, "满意度指标小计": [D("103.57")]}
    check_table(t, L, sep="\t", level2=level2, weight_col=6, score_col=7, exec_row="年度资金总额",
                total_row="合计", grade_text="评价等级：优", completion_rows=comps, children=children)


def zhaojue(t):
    L = "zhaojue"
    S = lambda ctx, n, c: stated(t, ctx, n, c, L)
    S("83所（其中初中7所、九年一贯制学校4所、小学72所）", "83", 7 + 4 + 72)
    S("年初预算3,600.00万元（其中中央资金2,700.00万元、省级资金900.00万元）", "3,600.00", D(2700) + D(900))
    S("全年预算调整为4,126.50万元（其中中央资金3,226.50万元、省级资金900.00万元）", "4,126.50", D("3226.50") + 900)
    S("全年预算调整为4,126.50万元", "4,126.50", D(3600) + D("526.50"))
    S("其中中央资金3,226.50万元", "3,226.50", D(2160) + D(540) + D("526.50"))
    S("其余150.00万元", "150.00", D(900) - D(750))
    S("全年实际到位3,976.50万元", "3,976.50", D(2160) + D(540) + D("526.50") + D(750))
    S("全年实际到位3,976.50万元，到位率96.36%", "96.36", D("3976.50") / D("4126.50") * 100)
    S("全年实际支出3,702.18万元，预算执行率89.72%", "89.72", D("3702.18") / D("4126.50") * 100)
    S("全年实际支出3,702.18万元", "3,702.18", D("3523.00") + D("179.18"))
    S("工程合同总额3,698.00万元，其中", "3,698.00", D("1568.60") + D("972.80") + D("822.40") + D("334.20"))
    S("平均每校924.50万元", "924.50", D("3698.00") / 4)
    S("占合同总额的95.27%", "95.27", D("3523") / D("3698") * 100)
    S("其余175.00万元", "175.00", D("3698") - D("3523"))
    S("（单价420元）75.60万元", "75.60", D(1800) * 420 / 10000)
    S("（单价1,350元）75.60万元", "75.60", D(560) * 1350 / 10000)
    S("（单价69,950元）27.98万元", "27.98", D(4) * 69950 / 10000)
    S("设备购置179.18万元，其中", "179.18", D("75.60") * 2 + D("27.98"))
    S("年末已到位未支出资金274.32万元", "274.32", D("3976.50") - D("3702.18"))
    S("建设校舍2.15万平方米（其中教学楼1.18万平方米、学生宿舍0.74万平方米、食堂0.23万平方米）", "2.15",
      D("1.18") + D("0.74") + D("0.23"))
    S("教学楼1.18万平方米", "1.18", (D(6200) + 2800 + 2800) / 10000)
    S("学生宿舍0.74万平方米", "0.74", (D(3000) + 2000 + 1200 + 1200) / 10000)
    S("食堂0.23万平方米）", "0.23", (D(800) + 800 + 700) / 10000)
    S("单方造价1,720元/平方米", "1,720", D("3698") * 10000 / 21500)
    S("完成率50.00%", "50.00", D(2) / 4 * 100)
    S("新增教室40间（其中县第二中学28间、四开乡中心校12间）", "40", 28 + 12)
    S("新增学位2,000个，为年度指标2,200个的90.91%", "2,000", D(40) * 50)
    S("新增学位2,000个，为年度指标2,200个的90.91%", "90.91", D(2000) / 2200 * 100)
    S("减少29个，下降76.32%", "29", 38 - 9)
    S("减少29个，下降76.32%", "76.32", D(29) / 38 * 100)
    S("可提供住宿床位1,120个", "1,120", 560 * 2)
    S("满意度91.50%", "91.50", D(732) / 800 * 100)
    S("低3.5个百分点，完成率96.32%", "3.5", D(95) - D("91.50"))
    S("低3.5个百分点，完成率96.32%", "96.32", D("91.50") / 95 * 100)
    S("项目自评总分88.25分", "88.25", D("8.97") + 20 + 10 + D("5.00") + 10 + D("14.65") + 10 + D("9.63"))
    level2 = {"数量指标小计": ("20", "20"), "质量指标小计": ("10", "10"), "时效指标小计": ("10", "5.00"),
              "成本指标小计": ("10", "10"), "社会效益小计": ("20", "14.65"), "可持续影响小计": ("10", "10"),
              "满意度指标小计": ("10", "9.63")}
    comps = completion_rows_from(t, " | ", 3, 4, 5)
    if len(comps) != 10:
        fail(f"[zhaojue] {len(comps)} completion rows")
    children = {"时效指标小计": [D(50)], "社会效益小计": [D(5) / 9 * 100, D(2000) / 2200 * 100],
                "满意度指标小计": [D("91.5") / 95 * 100], "数量指标小计": [100] * 3}
    check_table(t, L, sep=" | ", level2=level2, weight_col=6, score_col=7, exec_row="年度资金总额",
                total_row="总分", grade_text="自评等级 | 良好", completion_rows=comps, children=children,
                overrides={"可持续影响小计": lambda w: w})  # qualitative, achieved → full marks
    if "等级为良好" not in t:
        fail("[zhaojue] grade in text")


def luodian(t):
    L = "luodian"
    S = lambda ctx, n, c: stated(t, ctx, n, c, L)
    S("26所项目学校（其中初中8所、小学18所）", "26", 8 + 18)
    S("每间51台，共408台", "408", 8 * 51)
    S("共1.46万平方米（其中罗甸县第三中学0.62万平方米、边阳镇中学0.52万平方米、沫阳镇中心小学0.32万平方米）", "1.46",
      D("0.62") + D("0.52") + D("0.32"))
    # funds table (Shanxi layout): columns 合计 | 小计 | 中央 | 省级 | 市级 | 县级 | 上年结转 | 其他
    rows = {r[0]: r for r in split_rows(t, "\t") if len(r) == 10}
    def col(row, i):
        c = rows[row][i]
        return D(0) if c == "—" else num(c)
    for row in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        sub = sum(col(row, i) for i in (4, 5, 6, 7))
        if col(row, 3) != sub:
            fail(f"[luodian] {row}: 小计 {col(row, 3)} ≠ {sub}")
        tot = col(row, 3) + col(row, 8) + col(row, 9)
        if col(row, 2) != tot:
            fail(f"[luodian] {row}: 合计 {col(row, 2)} ≠ {tot}")
    for i in range(2, 10):
        if col("资金结余", i) != col("实际到位资金", i) - col("全年执行资金", i):
            fail(f"[luodian] 结余 column {i}")
        b = col("全年预算资金", i)
        for row, numer in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            cell = rows[row][i]
            if b == 0:
                if cell != "—":
                    fail(f"[luodian] {row} column {i}: rate over a zero base")
            elif not close(cell, col(numer, i) / b * 100):
                fail(f"[luodian] {row} column {i}: {cell} vs {col(numer, i) / b * 100:.4f}")
    S("全年预算1,512.36万元", "1,512.36", D(1150) + D(230) + D("132.36"))
    S("全年执行1,468.05万元，预算执行率97.07%", "97.07", D("1468.05") / D("1512.36") * 100)
    S("年末结余44.31万元（中央资金37.41万元、省级资金6.90万元）", "44.31", D("37.41") + D("6.90"))
    S("年末结余44.31万元", "44.31", D("1512.36") - D("1468.05"))
    S("当年财政资金支出1,335.69万元，其中设备购置596.66万元、塑胶运动场547.50万元、厕所改造191.53万元", "1,335.69",
      D("596.66") + D("547.50") + D("191.53"))
    S("全年执行1,468.05万元", "1,468.05", D("1335.69") + D("132.36"))
    S("预算执行9.71分、产出48.00分、效益28.97分、满意度9.60分", "9.71", D(10) * D("1468.05") / D("1512.36"))
    S("项目自评总得分96.28分", "96.28", D("9.71") + D("48.00") + D("28.97") + D("9.60"))
    S("计算机教室8间共408台（单价4,200元）171.36万元", "171.36", D(408) * 4200 / 10000)
    S("交互式一体机120台（单价16,800元）201.60万元", "201.60", D(120) * 16800 / 10000)
    S("理化生实验室设备12套（单价8.65万元）103.80万元", "103.80", D(12) * D("8.65"))
    S("图书5.60万册119.90万元（平均每册21.41元）", "21.41", D("119.90") * 10000 / 56000)
    S("设备购置支出596.66万元", "596.66", D("171.36") + D("201.60") + D("103.80") + D("119.90"))
    S("单价375元/平方米", "375", D("547.50") * 10000 / 14600)
    S("平均每所投入12.77万元", "12.77", D("191.53") / 15)
    S("计算机由1,127台增加到1,535台", "1,535", 1127 + 408)
    S("生机比由12.60:1", "12.60", D(14200) / 1127)
    S("降至9.25:1", "9.25", D(14200) / 1535)
    S("增加到40.106万册", "40.106", D("34.506") + D("5.60"))
    S("生均图书由24.30册", "24.30", D(345060) / 14200)
    S("增加到28.24册", "28.24", D(401060) / 14200)
    S("仍低于30册的年度目标，完成率94.13%", "94.13", D("28.24") / 30 * 100)
    S("实开918节，周开课率76.50%", "76.50", D(918) / 1200 * 100)
    S("满意及基本满意743份，满意度86.40%", "86.40", D(743) / 860 * 100)
    S("满意度86.40%，完成率96.00%", "96.00", D("86.40") / 90 * 100)
    S("时效指标按“部分达成”计3.00分", "3.00", D(5) * D("0.6"))
    # indicator tables: 二级 | 三级 | 权重 | 目标值 | 业绩值 | 完成率 | 得分
    level2 = {"数量指标小计": ("25", "25"), "质量指标小计": ("10", "10"), "时效指标小计": ("5", "3.00"),
              "成本指标小计": ("10", "10"), "社会效益小计": ("20", "19.41"), "可持续影响小计": ("10", "9.56"),
              "满意度小计": ("10", "9.60")}
    trs = {r[0]: r for r in split_rows(t, "\t") if len(r) == 7}
    wsum = num(trs["预算执行"][2])
    ssum = num(trs["预算执行"][6])
    if not close(trs["预算执行"][6], D(10) * D("1468.05") / D("1512.36")):
        fail("[luodian] execution score")
    for name, (w, s) in level2.items():
        r = trs.get(name)
        if r is None or r[2] != w or r[6] != s:
            fail(f"[luodian] row {name}: {r}")
        wsum += num(w)
        ssum += num(s)
    if wsum != 100 or num(trs["合计"][2]) != 100 or num(trs["合计"][6]) != ssum:
        fail(f"[luodian] totals: weights {wsum}, scores {ssum}, row {trs['合计']}")
    for parent, kids in (("产出指标合计", ["数量指标小计", "质量指标小计", "时效指标小计", "成本指标小计"]),
                         ("效益指标合计", ["社会效益小计", "可持续影响小计"])):
        r = trs[parent]
        if num(r[2]) != sum(num(level2[k][0]) for k in kids) or num(r[6]) != sum(num(level2[k][1]) for k in kids):
            fail(f"[luodian] parent {parent}")
    if grade(trs["合计"][6]) != "优" or "等级为“优秀”" not in t:
        fail("[luodian] grade")
    comps = []
    for r in [r for r in split_rows(t, "\t") if len(r) == 7]:
        if r[5].endswith("%") and r[3][:1] in "≥≤=":
            comps.append((r[3], r[4], r[5]))
    if len(comps) != 14:
        fail(f"[luodian] {len(comps)} completion rows")
    for tgt, act, comp in comps:
        c = completion(direction_of(tgt), num(first_num(tgt)), num(first_num(act)))
        if not close(comp.rstrip("%"), c):
            fail(f"[luodian] completion {tgt}/{act}: {comp} vs {c:.4f}")
    for name, cs in {"社会效益小计": [100, D(401060) / 14200 / 30 * 100], "可持续影响小计": [D("76.5") / 80 * 100],
                     "满意度小计": [D(743) / 860 / 90 * 10000]}.items():
        w, s = level2[name]
        exact = num(w) * sum(min(D(c), D(100)) for c in cs) / len(cs) / 100
        if not close(s, exact):
            fail(f"[luodian] {name}: {s} vs {exact:.4f}")


def fugong(t):
    L = "fugong"
    S = lambda ctx, n, c: stated(t, ctx, n, c, L)
    S("新建校舍合计0.91万平方米（其中教学用房0.36万平方米、学生宿舍0.44万平方米、食堂0.11万平方米）", "0.91",
      D("0.36") + D("0.44") + D("0.11"))
    S("学生宿舍0.44万平方米", "0.44", (D(2400) + 2000) / 10000)
    S("年初预算2,098.00万元（其中中央资金1,686.00万元、省级资金412.00万元）", "2,098.00", D(1686) + D(412))
    S("全年预算2,248.00万元", "2,248.00", D(2098) + D(150))
    S("增加343.00万元，增长18.01%", "343.00", D(2248) - D(1905))
    S("增加343.00万元，增长18.01%", "18.01", D(343) / 1905 * 100)
    S("506.00万元于2024年5月下达", "506.00", D(1686) - D(1180))
    S("全年到位资金2,173.00万元，到位率96.66%", "2,173.00", D(1180) + D(506) + D(412) + D(75))
    S("全年到位资金2,173.00万元，到位率96.66%", "96.66", D(2173) / D(2248) * 100)
    S("未到位的75.00万元", "75.00", D(150) - D(75))
    S("占全年预算2,248.00万元的78.26%", "78.26", D("1759.32") / D(2248) * 100)
    S("全年实际支出1,759.32万元", "1,759.32", D("1432.52") + D("326.80"))
    S("差额413.68万元", "413.68", D(2173) - D("1759.32"))
    table = {r[0]: r for r in split_rows(t, "｜") if len(r) == 6}
    tot = D(0)
    for school in ["上帕镇中学", "匹河怒族乡中心学校", "子里甲乡中心学校", "石月亮乡中心学校", "鹿马登乡中心学校"]:
        r = table[school]
        area = num(first_num(r[2]))
        amt = num(r[3])
        tot += amt
        if not close(r[4], amt * 10000 / area):
            fail(f"[fugong] unit cost {school}")
    if num(table["合计"][3]) != tot:
        fail("[fugong] contract total")
    S("合同总额1,756.00万元，平均每所学校351.20万元", "351.20", tot / 5)
    S("占合同总额的81.58%", "81.58", D("1432.52") / tot * 100)
    S("未付323.48万元", "323.48", tot - D("1432.52"))
    S("800张（单价1,450元）116.00万元", "116.00", D(800) * 1450 / 10000)
    S("2,000套（单价460元）92.00万元", "92.00", D(2000) * 460 / 10000)
    S("60块（单价19,800元）118.80万元", "118.80", D(60) * 19800 / 10000)
    S("设备购置合计326.80万元", "326.80", D("116.00") + D("92.00") + D("118.80"))
    S("竣工校舍面积0.56万平方米，占年度指标0.91万平方米的61.54%", "0.56", (D(3600) + 2000) / 10000)
    S("竣工校舍面积0.56万平方米，占年度指标0.91万平方米的61.54%", "61.54", D("0.56") / D("0.91") * 100)
    S("按期完工率60.00%", "60.00", D(3) / 5 * 100)
    S("提供床位800个，完成率50.00%", "800", 400 * 2)
    S("提供床位800个，完成率50.00%", "50.00", D(800) / 1600 * 100)
    S("由2023年末的1,850个减少到1,050个", "1,050", 1850 - 800)
    S("满意度83.70%", "83.70", D(770) / 920 * 100)
    S("满意度83.70%，完成率93.00%", "93.00", D("83.70") / 90 * 100)
    S("产出指标44.08分", "44.08", D("18.08") + 10 + D("6.00") + 10)
    S("效益指标25.00分", "25.00", D("15.00") + 10)
    S("总分86.21分", "86.21", D("7.83") + D("44.08") + D("25.00") + D("9.30"))
    level2 = {"数量指标": ("20", "18.08"), "质量指标": ("10", "10"), "时效指标": ("10", "6.00"),
              "成本指标": ("10", "10"), "社会效益": ("20", "15.00"), "可持续影响": ("10", "10"),
              "服务对象满意度": ("10", "9.30")}
    ch = {}
    for k in level2:
        cs = merged_completions(t, k)
        if k == "社会效益":
            cs = [D(800) / 1600 * 100, D(100)]  # 56人以上大班额 = 0个, actual 0个: eq zero met
        if k == "时效指标":
            cs = [D(3) / 5 * 100]
        if k == "可持续影响":
            continue  # qualitative, achieved → full marks
        ch[k] = [c for c in cs if c is not None]
    check_table(t, L, sep="｜", level2=level2, weight_col=4, score_col=5, exec_row="年度资金总额",
                total_row="总分", grade_text="评价等级｜良好", children=ch,
                overrides={"可持续影响": lambda w: w})
    if "评价等级为“良好”" not in t:
        fail("[fugong] grade in text")


def main():
    labels, codes = check_labels()
    for pid, fn in [("nanjiang-gaibo-2018", nanjiang), ("xichou-ruohuan-2019", xichou),
                    ("zhaojue-bogai-2020", zhaojue), ("luodian-nengli-2022", luodian),
                    ("fugong-ruohuan-2024", fugong)]:
        t = read(f"{pid}-clean.txt")
        if not 2500 <= len(t) <= 6000:
            fail(f"{pid}: clean draft length {len(t)}")
        fn(t)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED: {len(PROBLEMS)} problem(s)")
        sys.exit(1)
    n_err = sum(1 for l in labels if not l["clean"])
    print(f"{len(labels)} cases ({n_err} with one error each); codes: "
          + ", ".join(f"{c}={len(v)}" for c, v in sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
