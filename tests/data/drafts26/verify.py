#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every value occurs exactly once in its case and never in its clean draft; each error
   case differs from its clean draft by one contiguous edit of at most 16 characters within one line
   (two adjacent rows for score-row edits); every numeric code of errors.md section A except
   figure_mismatch is used at least twice, in at least two projects.
2. Clean drafts, generic: the funds block (components add up, 执行率 and its score), the indicator table
   (completion and score of every row under rules.md section 5, completion column where present,
   subtotals, weights to 100, scores to the total, every grade statement against the band, every
   "自评得分X分" against the table total, a reason wherever a target is missed).
3. Clean drafts, specific: the facts listed in FACTS (rates, balances, sums, products, averages), each
   tied to a snippet that must occur in the draft.
Pure Python 3, Decimal arithmetic, ROUND_HALF_UP; tolerance from the decimals of the stated figure.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []

NUMERIC_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]
ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    ERRORS.append(msg)


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the figure as written (string); computed: Decimal."""
    tol = D("0.5") * D(10) ** -decimals(stated) + D("1e-9")
    return abs(num(stated) - computed) <= tol


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- 1. labels and edits

def edit_regions(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, a[p:len(a) - s], b[p:len(b) - s]


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = {}
    for rec in labels:
        if rec["clean"]:
            clean[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
    per_code = {}
    for rec in labels:
        if rec["clean"]:
            continue
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        base = clean[rec["source"]]
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times")
            if v in base:
                fail(f"{rec['case']}: value occurs in the clean draft")
            per_code.setdefault(exp["code"], set()).add(rec["source"])
            per_code.setdefault("_n_" + exp["code"], set()).add(rec["case"])
            # edit size
            p, d, i = edit_regions(base, text)
            if exp["code"] in ROW_CODES and ("\n" in d or "\n" in i):
                dl, il = d.split("\n"), i.split("\n")
                if len(dl) != len(il) or len(dl) > 2:
                    fail(f"{rec['case']}: row edit spans more than two rows")
                # compare line by line
                bl = base[p:p + len(d)].split("\n")
                tl = text[p:p + len(i)].split("\n")
                for a, b in zip(bl, tl):
                    _, dd, ii = edit_regions(a, b)
                    if max(len(dd), len(ii)) > 16:
                        fail(f"{rec['case']}: row edit too large {dd!r}->{ii!r}")
            else:
                if "\n" in d or "\n" in i:
                    fail(f"{rec['case']}: edit crosses a line")
                if max(len(d), len(i)) > 16:
                    fail(f"{rec['case']}: edit too large {d!r}->{i!r}")
            # the changed text must lie inside or next to the value
            vs = text.find(v)
            if not (vs <= p + len(i) and p <= vs + len(v)):
                fail(f"{rec['case']}: the value does not cover the edit")
    for code in NUMERIC_CODES:
        n = len(per_code.get("_n_" + code, ()))
        srcs = len(per_code.get(code, ()))
        if n < 2 or srcs < 2:
            fail(f"code {code}: used {n} times in {srcs} projects (need 2 and 2)")
    return labels


# ---------------------------------------------------------------- 2. generic table checks

SIGN = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq"}
VAL = re.compile(r"^([≥≤=＞＜])?([\d,]+(?:\.\d+)?)(.*)$")


def cells(line):
    for sep in ("｜", "\t", "|"):
        if sep in line:
            return [c.strip() for c in line.split(sep)]
    return None


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "合格": "中",
              "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_tables(name, text):
    lines = text.split("\n")
    exec_score = None
    exec_weight = D(0)
    # funds block
    for k, line in enumerate(lines):
        c = cells(line)
        if c and "年初预算数" in c and "全年执行数" in c:
            hdr = c
            rows = {}
            for l2 in lines[k + 1:k + 8]:
                c2 = cells(l2)
                if c2 and c2[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
                    rows[c2[0]] = c2
            tot = rows["年度资金总额"]
            for col in ("年初预算数", "全年预算数", "全年执行数"):
                j = hdr.index(col)
                parts = sum(num(rows[r][j]) for r in rows if r != "年度资金总额")
                if num(tot[j]) != parts:
                    fail(f"{name}: funds {col} total {tot[j]} != {parts}")
            jb, je, jr, jw, js = (hdr.index(x) for x in ("全年预算数", "全年执行数", "执行率", "分值", "得分"))
            for r, c2 in rows.items():
                b, e = num(c2[jb]), num(c2[je])
                if b == 0:
                    if c2[jr] not in ("—", "-", "0", ""):
                        fail(f"{name}: rate on zero base in {r}: {c2[jr]}")
                    continue
                rate = e / b * 100
                if not close(c2[jr].rstrip("%"), rate):
                    fail(f"{name}: {r} 执行率 {c2[jr]} != {rate:.4f}")
                if rate > 100:
                    fail(f"{name}: {r} 执行率 over 100%")
            exec_weight = num(tot[jw])
            rate = num(tot[je]) / num(tot[jb])
            exec_score = tot[js]
            if not close(exec_score, exec_weight * min(rate, D(1))):
                fail(f"{name}: execution score {exec_score} != {exec_weight * rate}")
    # indicator table
    hk = next(k for k, l in enumerate(lines) if cells(l) and "三级指标" in cells(l) and "分值" in cells(l))
    hdr = cells(lines[hk])
    j3, jt, ja, jw, js = (hdr.index(x) for x in ("三级指标", "年度指标值", "实际完成值", "分值", "得分"))
    jc = hdr.index("完成率") if "完成率" in hdr else None
    jr = next((i for i, h in enumerate(hdr) if h.startswith("偏差")), None)
    weights, scores = D(0), D(0)
    subtotal = None
    subs = []
    total_line = None
    for line in lines[hk + 1:]:
        c = cells(line)
        if c is None:
            break
        if c[0] in ("总分", "合计"):
            total_line = c
            break
        if not c[j3] and not c[jt]:          # subtotal row (一级)
            subtotal = [c[0], num(c[jw]), num(c[js]), D(0), D(0)]
            subs.append(subtotal)
            continue
        w, s = num(c[jw]), num(c[js])
        if s > w or s < 0:
            fail(f"{name}: score {s} outside [0,{w}] in {c[j3] or c[0]}")
        weights += w
        scores += s
        if subtotal is not None:
            subtotal[3] += w
            subtotal[4] += s
        mt, ma = VAL.match(c[jt]), VAL.match(c[ja])
        if not mt or not ma:
            fail(f"{name}: cannot read target/actual {c[jt]!r} {c[ja]!r}")
            continue
        direction = SIGN.get(mt.group(1), "eq")
        T, A = num(mt.group(2)), num(ma.group(2))
        if mt.group(3) != ma.group(3):
            fail(f"{name}: unit differs {c[jt]!r} vs {c[ja]!r}")
        if direction == "lte":
            comp = D(1) if A <= T else T / A
        else:
            comp = A / T
        if not close(c[js], w * min(comp, D(1))):
            fail(f"{name}: score {c[js]} != {w * min(comp, D(1))} for {c[j3] or c[0]}")
        if jc is not None and not close(c[jc].rstrip("%"), comp * 100):
            fail(f"{name}: completion {c[jc]} != {comp * 100:.4f} for {c[j3]}")
        missed = comp < 1 or comp > D("1.2")
        if missed and (jr is None or jr >= len(c) or not c[jr]):
            fail(f"{name}: deviation without a reason in {c[j3] or c[0]}")
    for sname, sw, ss, lw, ls in subs:
        if sw != lw or ss != ls:
            fail(f"{name}: subtotal {sname} {sw}/{ss} != rows {lw}/{ls}")
    if exec_score is not None:
        weights += exec_weight
        scores += num(exec_score)
    tw = num(next(x for x in total_line[1:] if x))
    ts_str = [x for x in total_line[1:] if x][1]
    if weights != 100 or tw != 100:
        fail(f"{name}: weights {weights}, stated {tw}")
    if scores != num(ts_str):
        fail(f"{name}: scores add to {scores}, stated {ts_str}")
    total = num(ts_str)
    for m in re.finditer(r"自评得分([\d.]+)分", text):
        if num(m.group(1)) != total:
            fail(f"{name}: text total {m.group(1)} != table {total}")
    found = 0
    for m in re.finditer(r"评价等级[为：:]\s*[“\"]?(优秀|良好|中等|不合格|较差|合格|一般|优|良|中|差)", text):
        found += 1
        if GRADE_NORM[m.group(1)] != grade_of(total):
            fail(f"{name}: grade {m.group(1)} for total {total}")
    if not found:
        fail(f"{name}: no grade statement")
    return total


def colsum(name, text, header_prefix, col, total_label="合计"):
    lines = text.split("\n")
    k = next(i for i, l in enumerate(lines) if l.startswith(header_prefix))
    hdr = cells(lines[k])
    j = hdr.index(col)
    acc = D(0)
    for line in lines[k + 1:]:
        c = cells(line)
        if c is None:
            fail(f"{name}: table {header_prefix!r} has no total row")
            return
        if c[0] == total_label:
            v = [x for x in c[1:] if x][0] if col != hdr[1] else c[j]
            v = c[j] if c[j] else v
            if num(v) != acc:
                fail(f"{name}: column {col} of {header_prefix!r}: rows {acc}, stated {v}")
            return acc
        if c[j]:
            acc += num(c[j])


# ---------------------------------------------------------------- 3. specific facts

def N(x):
    return num(x) if isinstance(x, str) else D(x)


FACTS = {
    "ninghua-agriindustry-2021": [
        ("colsum", "序号｜项目名称｜建设内容｜资金规模（万元）｜完成情况", "资金规模（万元）"),
        ("colsum", "序号｜文号｜下达时间｜资金级次｜金额（万元）", "金额（万元）"),
        ("sum", "年初预算数为516.50万元", "516.50", ["420.00", "96.50"]),
        ("sum", "年中追加398.50万元，全年预算数为915.00万元", "915.00", ["516.50", "398.50"]),
        ("sum", "增加78.60万元", "915.00", ["836.40", "78.60"]),
        ("rate", "增长9.40%", "78.60", "836.40", "9.40"),
        ("rate", "资金到位率100%", "915.00", "915.00", "100"),
        ("rate", "预算执行率98.41%", "900.42", "915.00", "98.41"),
        ("sum", "未支出的14.58万元", "915.00", ["900.42", "14.58"]),
        ("sum", "实际贴息111.72万元", "126.30", ["111.72", "14.58"]),
        ("sum", "出租收入21.40万元，入股分红12.20万元", "33.60", ["21.40", "12.20"]),
        ("prod", "每户1,200元奖补｜277.20", "2310", "1200", "277.20", 10000),
        ("prod", "每公里造价30.00万元", "2.4", "30.00", "72.00", 1),
        ("prod", "每立方米930元", "500", "930", "46.50", 10000),
        ("sum", "比目标少37户", "1300", ["1263", "37"]),
        ("sum", "增加140元", "1720", ["1580", "140"]),
        ("sum", "840亩（茶园300亩、食用菌大棚40亩、油茶林500亩）", "840", ["300", "40", "500"]),
        ("rate", "完成目标的105.00%", "2310", "2200", "105.00"),
        ("rate", "完成目标的107.69%", "840", "780", "107.69"),
        ("rate", "满意度96.30%", "260", "270", "96.30"),
        ("sum", "扣分0.73分", "100", ["99.27", "0.73"]),
        ("sum", "扣分0.73分", "0.73", ["0.16", "0.17", "0.40"]),
    ],
    "pingnan-villagecollective-2023": [
        ("colsum", "序号\t乡镇\t项目名称", "资金规模（万元）"),
        ("colsum", "批次\t文号", "金额（万元）"),
        ("colsum", "村名\t2022年", "2022年（万元）"),
        ("colsum", "村名\t2022年", "2023年（万元）"),
        ("colsum", "村名\t2022年", "增收（万元）"),
        ("rowdiff", "村名\t2022年"),
        ("sum", "年初预算数640.00万元", "640.00", ["430.00", "210.00"]),
        ("sum", "年中追加646.00万元", "1286.00", ["640.00", "646.00"]),
        ("rate", "到位率100%", "1286.00", "1286.00", "100"),
        ("rate", "预算执行率91.17%", "1172.40", "1286.00", "91.17"),
        ("sum", "年末结转资金113.60万元", "1286.00", ["1172.40", "113.60"]),
        ("sum", "已支付54.00万元", "113.60", ["36.00", "9.60", "68.00"]),  # 90-54, 96-86.40, 88-20
        ("sum", "已支付86.40万元", "96.00", ["86.40", "9.60"]),
        ("sum", "已支付预付款20.00万元", "88.00", ["20.00", "68.00"]),
        ("sum", "已支付54.00万元", "90.00", ["54.00", "36.00"]),
        ("rate", "完工率81.82%", "9", "11", "81.82"),
        ("sum", "总投资193.00万元", "193.00", ["72.00", "58.00", "63.00"]),
        ("sum", "合计装机400千瓦", "400", ["150", "120", "130"]),
        ("sum", "2座电站270千瓦", "270", ["150", "120"]),
        ("prod", "单位造价4825元/千瓦", "400", "4825", "193.00", 10000),
        ("prod", "每公里造价30万元", "3.2", "30", "96.00", 1),
        ("prod", "1,230户脱贫户、监测户，每户1,800元", "1230", "1800", "221.40", 10000),
        ("prod", "412人次，每人每学年3,000元", "412", "3000", "123.60", 10000),
        ("prod", "当年分红7.20万元", "120", "0.06", "7.20", 1),
        ("avg", "村均15.84万元", ["18.60", "30.80", "17.40", "18.00", "20.30", "15.10", "7.70", "8.90", "5.80"], "15.84"),
        ("avg", "村均增收5.81万元", ["7.20", "12.60", "8.10", "5.40", "9.80", "6.20", "1.50", "1.50", "0.00"], "5.81"),
        ("count_ge", "由2022年的4个增加到6个", ["11.40", "18.20", "9.30", "12.60", "10.50", "8.90", "6.20", "7.40", "5.80"], "10", 4),
        ("count_ge", "由2022年的4个增加到6个", ["18.60", "30.80", "17.40", "18.00", "20.30", "15.10", "7.70", "8.90", "5.80"], "10", 6),
        ("sum", "全年联农带农1,556户，其中脱贫户1,104户、监测户452户", "1556", ["1104", "452"]),
        ("rate", "资产确权移交率81.82%", "9", "11", "81.82"),
    ],
    "suichuan-camellia-2022": [
        ("colsum", "序号｜子项目名称", "资金规模（万元）"),
        ("prod", "新造油茶林1,200亩｜1,500元/亩｜180.00", "1200", "1500", "180.00", 10000),
        ("prod", "低产林改造3,000亩｜600元/亩｜180.00", "3000", "600", "180.00", 10000),
        ("prod", "8.5公里｜12万元/公里｜102.00", "8.5", "12", "102.00", 1),
        ("prod", "32万元/座｜96.00", "3", "32", "96.00", 1),
        ("prod", "1,000元/户｜68.00", "680", "1000", "68.00", 10000),
        ("sum", "中央衔接资金260.00万元", "632.00", ["260.00", "140.00", "150.00", "82.00"]),
        ("sum", "共342.00万元列入年初预算，其余290.00万元年中追加", "632.00", ["342.00", "290.00"]),
        ("sum", "共342.00万元", "342.00", ["260.00", "82.00"]),
        ("sum", "全年预算数668.80万元，其中当年财政拨款632.00万元、上年结转资金36.80万元", "668.80", ["632.00", "36.80"]),
        ("rate", "到位率100%", "668.80", "668.80", "100"),
        ("rate", "全年实际支出634.60万元，预算执行率94.89%", "634.60", "668.80", "94.89"),
        ("rate", "当年财政拨款支出597.80万元，执行率94.59%", "597.80", "632.00", "94.59"),
        ("sum", "未支出的34.20万元", "668.80", ["634.60", "34.20"]),
        ("sum", "质保金10.20万元和五斗江乡初加工厂未支付工程款24.00万元", "34.20", ["10.20", "24.00"]),
        ("sum", "634.60", "634.60", ["597.80", "36.80"]),
        ("sum", "已支付8.00万元", "32", ["8.00", "24.00"]),
        ("prod", "留质保金10.20万元", "102.00", "0.1", "10.20", 1),
        ("sum", "超额完成300亩", "3000", ["2700", "300"]),
        ("sum", "比目标多0.5公里", "8.5", ["8", "0.5"]),
        ("rate", "按期完工率83.33%", "5", "6", "83.33"),
        ("prod", "按每吨200元收取加工费，村集体增收8.20万元", "410", "200", "8.20", 10000),
        ("prod", "发放劳务报酬93.60万元，人均3,000元", "312", "3000", "93.60", 10000),
        ("rate", "保存率96.00%", "1008", "1050", "96.00"),
        ("rate", "满意度96.11%", "173", "180", "96.11"),
    ],
    "lean-ruraltourism-2024": [
        ("colsum", "序号|项目名称|建设内容", "资金规模（万元）"),
        ("sum", "中央衔接资金300.00万元", "300.00", ["180.00", "120.00"]),
        ("sum", "项目资金468.00万元，其中", "468.00", ["300.00", "120.00", "48.00"]),
        ("sum", "年初预算228.00万元", "228.00", ["180.00", "48.00"]),
        ("sum", "年中追加240.00万元，全年预算468.00万元", "468.00", ["228.00", "240.00"]),
        ("rate", "预算执行率94.95%", "444.35", "468.00", "94.95"),
        ("sum", "未支出23.65万元", "468.00", ["444.35", "23.65"]),
        ("sum", "未支付22.30万元", "23.65", ["22.30", "1.35"]),
        ("sum", "已支付164.20万元", "186.50", ["164.20", "22.30"]),
        ("sum", "支出7.65万元", "9.00", ["7.65", "1.35"]),
        ("sum", "主体工程162.30万元、设计及监理费8.16万元、配套绿化16.04万元", "186.50", ["162.30", "8.16", "16.04"]),
        ("rate", "支付率88.04%", "164.20", "186.50", "88.04"),
        ("prod", "新建游步道4.2公里，每公里15万元", "4.2", "15", "63.00", 1),
        ("prod", "按每户2万元奖补", "24", "2", "48.00", 1),
        ("prod", "按每人次300元安排", "300", "300", "9.00", 10000),
        ("prod", "培训255人次，支出7.65万元", "255", "300", "7.65", 10000),
        ("rate", "完成目标的85.00%", "255", "300", "85.00"),
        ("rate", "增长14.05%", "1.7", "12.1", "14.05"),  # 13.8 - 12.1 = 1.7
        ("sum", "较2023年的12.1万人次", "13.8", ["12.1", "1.7"]),
        ("rate", "游客满意度92.40%", "462", "500", "92.40"),
        ("rate", "受益农户满意度95.10%", "136", "143", "95.10"),
        ("sum", "其中预算执行9.49分、产出指标49.25分、效益指标29.36分、满意度指标10分", "98.10",
         ["9.49", "49.25", "29.36", "10"]),
        ("sum", "产出指标49.25分", "49.25", ["6", "6", "6", "4.25", "7", "7", "6", "7"]),
        ("sum", "效益指标29.36分", "29.36", ["7.36", "7", "8", "7"]),
    ],
    "luxi-ethnicvillage-2023": [
        ("colsum", "序号｜项目名称｜建设内容｜资金规模（万元）｜完成情况", "资金规模（万元）"),
        ("sum", "中央衔接资金325.00万元", "325.00", ["245.00", "80.00"]),
        ("sum", "共安排衔接资金（少数民族发展任务）451.00万元", "451.00", ["325.00", "86.00", "40.00"]),
        ("sum", "年初预算285.00万元", "285.00", ["245.00", "40.00"]),
        ("sum", "年中追加166.00万元", "451.00", ["285.00", "166.00"]),
        ("rate", "到位率100%", "451.00", "451.00", "100"),
        ("rate", "预算执行率90.43%，结余43.14万元", "407.86", "451.00", "90.43"),
        ("sum", "结余43.14万元", "451.00", ["407.86", "43.14"]),
        ("sum", "已支付43.20万元", "43.14", ["28.80", "7.14", "7.20"]),  # 72-43.20, 52-44.86, 80亩x900元
        ("sum", "已支付43.20万元", "72.00", ["43.20", "28.80"]),
        ("sum", "结算金额44.86万元", "52.00", ["44.86", "7.14"]),
        ("prod", "品改完成520亩", "80", "900", "7.20", 10000),
        ("prod", "椪柑品种改良600亩（每亩900元）", "600", "900", "54.00", 10000),
        ("prod", "每立方米造价1,050元", "400", "1050", "42.00", 10000),
        ("sum", "冷藏库400立方米｜96.00", "96.00", ["54.00", "42.00"]),
        ("rate", "完成民居风貌改造45户，完成率107.14%", "45", "42", "107.14"),
        ("rate", "完成率86.67%", "520", "600", "86.67"),
        ("rate", "完工率85.71%", "6", "7", "85.71"),
        ("prod", "每公里22.43万元", "2.0", "22.43", "44.86", 1),
        ("rate", "完成目标的92.00%", "1380", "1500", "92.00"),
        ("rate", "资产确权移交率85.71%", "6", "7", "85.71"),
        ("rate", "满意226户，满意度86.92%", "226", "260", "86.92"),
    ],
    "chengbu-ricefish-2025": [
        ("colsum", "序号\t项目名称\t实施地点", "资金规模（万元）"),
        ("prod", "稻田养禾花鱼示范基地320亩\t48.00", "320", "1500", "48.00", 10000),
        ("prod", "稻田养禾花鱼示范基地240亩\t36.00", "240", "1500", "36.00", 10000),
        ("prod", "稻田养禾花鱼示范基地280亩\t42.00", "280", "1500", "42.00", 10000),
        ("prod", "稻田养禾花鱼示范基地200亩\t30.00", "200", "1500", "30.00", 10000),
        ("prod", "稻田养禾花鱼示范基地160亩\t24.00", "160", "1500", "24.00", 10000),
        ("sum", "示范基地5个共1,200亩", "1200", ["320", "240", "280", "200", "160"]),
        ("prod", "按每亩1,500元标准兑付补助180.00万元", "1200", "1500", "180.00", 10000),
        ("prod", "460户脱贫户、监测户，每户1,000元\t46.00", "460", "1000", "46.00", 10000),
        ("sum", "中央衔接资金216.00万元", "216.00", ["150.00", "66.00"]),
        ("sum", "省级衔接资金110.00万元，分两批下达，第一批95.00万元", "110.00", ["95.00", "15.00"]),
        ("sum", "全年预算386.00万元，其中", "386.00", ["216.00", "110.00", "60.00"]),
        ("sum", "年初预算210.00万元", "210.00", ["150.00", "60.00"]),
        ("sum", "年中追加176.00万元", "386.00", ["210.00", "176.00"]),
        ("sum", "实际到位371.00万元", "386.00", ["371.00", "15.00"]),
        ("rate", "到位率96.11%", "371.00", "386.00", "96.11"),
        ("rate", "预算执行率93.83%", "362.18", "386.00", "93.83"),
        ("rate", "资金使用率为97.62%", "362.18", "371.00", "97.62"),
        ("sum", "到位资金结余8.82万元", "371.00", ["362.18", "8.82"]),
        ("sum", "已支付31.18万元", "55.00", ["31.18", "15.00", "8.82"]),
        ("rate", "完工率83.33%", "5", "6", "83.33"),
        ("sum", "项目联农带农628户，其中到户奖补460户，土地流转和务工带动168户", "628", ["460", "168"]),
        ("avg", "平均512公斤", ["506", "521", "509"], "512"),
        ("avg", "平均41.1公斤", ["41.2", "38.6", "43.5"], "41.1"),
        ("rate", "满意471户，满意度94.20%", "471", "500", "94.20"),
    ],
}


def check_facts(name, text):
    for f in FACTS[name]:
        kind = f[0]
        if kind == "colsum":
            colsum(name, text, f[1], f[2])
            continue
        if kind == "rowdiff":
            lines = text.split("\n")
            k = next(i for i, l in enumerate(lines) if l.startswith(f[1]))
            for line in lines[k + 1:]:
                c = cells(line)
                if c is None:
                    break
                if num(c[2]) - num(c[1]) != num(c[3]):
                    fail(f"{name}: row {c[0]}: {c[2]} - {c[1]} != {c[3]}")
            continue
        ctx = f[1]
        if ctx not in text:
            fail(f"{name}: snippet not in draft: {ctx!r}")
            continue
        if kind == "sum":
            total, parts = f[2], f[3]
            if N(total) != sum(N(p) for p in parts):
                fail(f"{name}: {total} != sum{parts}")
        elif kind == "rate":
            n_, d_, pct = f[2], f[3], f[4]
            if not close(pct, N(n_) / N(d_) * 100):
                fail(f"{name}: {n_}/{d_} = {N(n_) / N(d_) * 100:.4f}%, stated {pct}%")
        elif kind == "prod":
            a, b, c, scale = f[2], f[3], f[4], f[5]
            if not close(c, N(a) * N(b) / scale):
                fail(f"{name}: {a} x {b} / {scale} != {c}")
        elif kind == "avg":
            items, avg = f[2], f[3]
            if not close(avg, sum(N(x) for x in items) / len(items)):
                fail(f"{name}: mean of {items} != {avg}")
        elif kind == "count_ge":
            items, thr, cnt = f[2], f[3], f[4]
            if sum(1 for x in items if N(x) >= N(thr)) != cnt:
                fail(f"{name}: count >= {thr} of {items} != {cnt}")


def check_years(name, text):
    """The evaluation year appears in the title; 截至…12月31日 names it; 结转至 a later year; 下达 in the year
    or the December before."""
    year = int(re.search(r"-(\d{4})$", name).group(1))
    head = text[:200]
    if str(year) not in head:
        fail(f"{name}: year {year} not in the title")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{name}: 截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"结转至?(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{name}: 结转{m.group(1)} in a {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:提前)?下达", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == year or (y == year - 1 and mo == 12)):
            fail(f"{name}: funds issued {m.group(0)} in a {year} report")


def main():
    labels = check_labels()
    for rec in labels:
        if not rec["clean"]:
            continue
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{rec['case']}: length {n}")
        check_tables(rec["source"], text)
        check_facts(rec["source"], text)
        check_years(rec["source"], text)
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        return 1
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"OK: {len(labels)} cases ({len(labels) - n_err} clean, {n_err} with one injected error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
