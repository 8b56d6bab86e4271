#!/usr/bin/env python3
"""Verify set n49: labels, edits, and the arithmetic of every clean draft.

Checks
  1. labels.jsonl: format; every value occurs exactly once in its case and never in the
     clean draft; codes come from errors.md section A; each code is used >= 2 times and in
     >= 2 projects; clean cases carry no label.
  2. edits (from build.py): each anchor is unique in the clean draft; each change is at most
     16 characters and inside one line; two-pair edits (score swaps) sit on adjacent lines;
     the error case on disk equals the clean draft with the edit applied.
  3. clean drafts: rates, balances, sums, products, per-unit averages, weights to 100,
     scores to the total, score <= weight, each quantitative score and completion redone
     under rules.md section 5, grade band of the total (rules.md section 6).  Tolerance
     from the stated decimals (rules.md section 8).  Every figure used is read from a
     literal that must occur in the clean text.

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of failures)
"""
import json
import os
import re
import sys
sys.dont_write_bytecode = True
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}
FAIL = []
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def dec(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9)."""
    v = dec(stated)
    return abs(computed - v) <= Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)

    def n(self, lit, idx=-1):
        """The idx-th number (default last) of a literal that must occur in the text."""
        if lit not in self.text:
            fail(f"{self.name}: literal not in text: {lit!r}")
            return "0"
        nums = NUM.findall(lit)
        return nums[idx]

    def rate(self, num, den, stated, what):
        c = dec(num) / dec(den) * 100
        if not close(c, stated):
            fail(f"{self.name}: {what}: {num}/{den} = {c:.4f}% vs stated {stated}")

    def sum(self, total, parts, what):
        c = sum(dec(p) for p in parts)
        if not close(c, total):
            fail(f"{self.name}: {what}: sum {c} vs stated {total}")

    def diff(self, res, a, b, what):
        c = dec(a) - dec(b)
        if not close(c, res):
            fail(f"{self.name}: {what}: {a} - {b} = {c} vs stated {res}")

    def prod(self, res, factors, what):
        c = Decimal(1)
        for f in factors:
            c *= dec(f)
        if not close(c, res):
            fail(f"{self.name}: {what}: product {c} vs stated {res}")

    def div(self, res, a, b, what):
        c = dec(a) / dec(b)
        if not close(c, res):
            fail(f"{self.name}: {what}: {a}/{b} = {c:.4f} vs stated {res}")

    def mean(self, res, items, what):
        c = sum(dec(i) for i in items) / len(items)
        if not close(c, res):
            fail(f"{self.name}: {what}: mean {c:.4f} vs stated {res}")

    def grade(self, total, label, what="grade"):
        t = dec(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        if not label.startswith(band):
            fail(f"{self.name}: {what}: total {total} is {band}, stated {label}")


# ---------------------------------------------------------------- scoring (rules.md section 5)
def direction(target):
    t = target.strip()
    if t.startswith(("≥", "＞", ">")) or "不低于" in t or "以上" in t:
        return "gte"
    if t.startswith(("≤", "＜", "<")) or "不超过" in t or "以内" in t:
        return "lte"
    return "eq"


def first_num(s):
    m = NUM.search(s)
    return dec(m.group()) if m else None


def rule_score(target, actual, weight, nature=None):
    """Score under rules.md section 5; None for qualitative rows."""
    d = {"≥": "gte", "≤": "lte", "=": "eq"}.get(nature) if nature else direction(target)
    T, A, w = first_num(target), first_num(actual), dec(weight)
    if T is None or A is None:
        return None, None
    if d == "eq" and T == 0:
        return (w if A <= 0 else Decimal(0)), (Decimal(100) if A <= 0 else Decimal(0))
    if d in ("gte", "eq"):
        comp = A / T * 100
        return r2(w * min(A / T, Decimal(1))), comp
    comp = Decimal(100) if A <= T else T / A * 100
    return r2(w if A <= T else w * T / A), comp


def check_rows(doc, rows, what):
    """rows: dicts with weight, score and optionally target, actual, nature, completion, qual."""
    for row in rows:
        w, s = dec(row["weight"]), dec(row["score"])
        if s > w or s < 0:
            fail(f"{doc.name}: {what}: score {s} outside [0, {w}] in {row['name']}")
        if row.get("qual") or "target" not in row:
            continue
        exp, comp = rule_score(row["target"], row["actual"], row["weight"], row.get("nature"))
        if exp is None:
            continue
        if exp != s:
            fail(f"{doc.name}: {what}: {row['name']} score {s}, rule gives {exp}")
        c = row.get("completion")
        if c and c not in ("—", ""):
            if not close(comp, c.rstrip("%")):
                fail(f"{doc.name}: {what}: {row['name']} completion {c}, rule gives {comp:.4f}")


def check_totals(doc, rows, weight_total, score_total, what):
    ws = sum(dec(r["weight"]) for r in rows)
    ss = sum(dec(r["score"]) for r in rows)
    if ws != dec(weight_total) or ws != 100:
        fail(f"{doc.name}: {what}: weights add to {ws}, stated {weight_total}")
    if not close(ss, score_total):
        fail(f"{doc.name}: {what}: scores add to {ss}, stated {score_total}")


def bar_table(doc, header_start, stop):
    """Rows of a ｜ table starting at the line that begins with header_start."""
    lines = doc.text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(header_start))
    header = lines[i].split("｜")
    rows = []
    for l in lines[i + 1:]:
        if l.startswith(stop) or "｜" not in l:
            last = l.split("｜") if "｜" in l else None
            break
        rows.append(dict(zip(header, l.split("｜"))))
    return rows, last


# ---------------------------------------------------------------- project checks
def check_shuanghu():
    d = Doc("shuanghu-aws-2021-clean.txt")
    n = d.n
    init = n("年初预算。368,000元")
    county0, region = n("县本级218,000元"), n("自治区地方气象事业补助150,000元")
    d.sum(init, [county0, region], "年初 = 县本级 + 自治区")
    add = n("县财政追加42,500元")
    annual = n("全年预算410,500元")
    d.sum(annual, [init, add], "全年 = 年初 + 追加")
    d.rate(n("到位。410,500元"), annual, n("到位率100%"), "到位率")
    spent = n("支出397,862.40元")
    d.rate(spent, annual, n("执行率96.92%"), "执行率")
    county_sp = n("县本级支出247,862.40元")
    region_sp = n("自治区补助支出150,000.00元")
    d.sum(spent, [county_sp, region_sp], "支出 = 县本级 + 自治区")
    d.rate(county_sp, "260,500", n("执行率95.15%"), "县本级执行率 (218,000+42,500)")
    d.sum("260,500", [county0, add], "县本级全年")
    d.rate(region_sp, region, n("自治区补助支出150,000.00元，执行率100%"), "自治区执行率")
    d.diff(n("结余。12,637.60元"), annual, spent, "结余")
    d.diff(n("结余。12,637.60元"), "260,500", county_sp, "结余均为县本级")
    rows, total = bar_table(d, "支出项目｜全年预算｜执行｜执行率", "合计")
    for r in rows:
        d.rate(r["执行"], r["全年预算"], r["执行率"].rstrip("%"), f"明细 {r['支出项目']}")
    d.sum(total[1], [r["全年预算"] for r in rows], "明细预算合计")
    d.sum(total[2], [r["执行"] for r in rows], "明细执行合计")
    d.rate(total[2], total[1], total[3].rstrip("%"), "明细合计执行率")
    if dec(total[1]) != dec(annual) or dec(total[2]) != dec(spent):
        fail(f"{d.name}: 明细合计 differs from 全年预算/支出")
    d.sum(n("备品备件143,616.00元"), [n("温湿度传感器12支，34,320元"), n("风速风向传感器6套，38,880元"),
                                   n("雨量传感器4个，12,600元"), n("蓄电池24块，34,080元"), n("太阳能板6块，23,736元")],
          "备品备件构成")
    d.prod(n("外业补助45,200.00元"), ["100", n("计452人·天")], "外业补助 = 100元 × 452人·天")
    d.div(n("单站次巡检平均成本1,536.89元"), str(dec("76,214.40") + dec("45,200.00")), "79", "单站次巡检平均成本")
    d.prod(n("通信流量费12,960.00元"), ["18", "12", "60"], "通信费")
    d.prod(n("检定校准费38,400.00元"), ["32", n("每支1,200元")], "检定费")
    d.div(n("2020年执行352,416.80元，站均19,578.71元"), "352,416.80", "18", "2020站均")
    d.diff(n("2021年增加45,445.60元"), spent, "352,416.80", "较上年增加")
    d.rate("45,445.60", "352,416.80", n("增长12.90%"), "增长率")
    d.rate(n("巡检79站次"), "72", n("完成率109.72%"), "巡检完成率")
    d.sum("79", ["18", "23", "20", "18"], "分季度巡检")
    d.prod(n("应到157,680条"), ["18", "8,760"], "应到条数")
    d.rate(n("实到156,687条"), "157,680", n("数据到报率99.37%"), "到报率")
    d.diff(n("缺测993条"), "157,680", "156,687", "缺测条数")
    d.rate("993", "157,680", n("资料缺测率0.63%"), "缺测率")
    d.prod(n("全年6,570站·日"), ["18", "365"], "站·日")
    d.diff(n("完好6,479站·日"), "6,570", n("故障91站·日"), "完好站·日")
    d.rate("6,479", "6,570", n("设备完好率98.61%"), "完好率")
    d.rate(n("合格32支"), "32", n("合格率100%"), "检定合格率")
    d.sum(n("故障23次"), ["9", "7", "5", "2"], "故障构成")
    d.div(n("站均运维费22,103.47元"), spent, "18", "站均运维费")
    d.sum(n("发布预警47期"), ["19", "16", "8", "4"], "预警构成")
    d.rate(n("满意及基本满意174份"), n("回收186份"), n("满意度93.55%"), "满意度")
    d.sum("18", ["4", "10", "4"], "站型构成")
    d.sum("18", ["4", "3", "2", "3", "2", "2", "2"], "乡镇分布")
    # score table
    funds = [l for l in d.text.split("\n") if l.startswith("年度资金总额｜")][0].split("｜")
    if funds[1:4] != ["368,000.00", "410,500.00", "397,862.40"]:
        fail(f"{d.name}: funds row {funds}")
    d.rate(funds[3], funds[2], funds[5].rstrip("%"), "表 执行率")
    exec_score = r2(dec(funds[4]) * min(dec(funds[3]) / dec(funds[2]), Decimal(1)))
    if exec_score != dec(funds[6]):
        fail(f"{d.name}: execution score {funds[6]} vs {exec_score}")
    rows, total = bar_table(d, "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值", "总分")
    rr = [{"name": r["三级指标"], "target": r["年度指标值"], "actual": r["实际完成值"],
           "weight": r["分值"], "score": r["得分"]} for r in rows]
    check_rows(d, rr, "自评表")
    allrows = rr + [{"name": "预算执行", "weight": funds[4], "score": funds[6]}]
    check_totals(d, allrows, total[5], total[6], "自评表")
    for lvl, w, s in (("产出", "50", "49.96"), ("效益", "30", "30"), ("满意度", "10", "10")):
        sub = [r for r in rows if r["一级指标"].startswith(lvl)]
        d.sum(n(f"{lvl}{w}分，得{s}分"), [r["得分"] for r in sub], f"{lvl}得分")
        d.sum(w, [r["分值"] for r in sub], f"{lvl}分值")
    d.sum(n("总分99.65分"), [n("预算执行10分，得9.69分"), "49.96", "30", "10"], "文字总分")
    d.grade(n("总分99.65分"), "优")
    d.grade(total[6], total[7].replace("等级：", ""))


def check_guoluo():
    d = Doc("guoluo-seismicnet-2023-clean.txt")
    n = d.n
    t = d.text
    # flattened funds table
    seg = t[t.index("\t项目\n"):t.index("资金来源：")]
    blocks = [[c[1:] for c in b.split("\n") if c.startswith("\t")] for b in seg.strip("\n").split("\n\n")]
    rows = {b[1]: b[2:] for b in blocks[1:]}
    r1, r2_, r3, r4, r5, r6, r7 = (rows[k] for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)",
                                                   "(6)=(3)/(2)", "(7)=(4)/(2)"))
    for label, row in (("(1)", r1), ("(2)", r2_), ("(3)", r3), ("(4)", r4), ("(5)", r5)):
        d.sum(row[0], row[1:], f"资金表 {label} 合计")
    for k in range(5):
        d.diff(r5[k], r3[k], r4[k], f"资金表 (5) 列{k}")
        if dec(r2_[k]) == 0:
            if r6[k] != "—" or r7[k] != "—":
                fail(f"{d.name}: rate on zero base in column {k}")
            continue
        d.rate(r3[k], r2_[k], r6[k], f"资金表 (6) 列{k}")
        d.rate(r4[k], r2_[k], r7[k], f"资金表 (7) 列{k}")
    d.sum(r2_[0], [r1[0], r2_[3]], "全年 = 年初 + 上年结转")
    approved = dec(n("批复资金58.6万元")) * 10000
    if approved != dec(r1[0]):
        fail(f"{d.name}: 批复 {approved} vs 年初 {r1[0]}")
    for lit in ("州级366,000.00元", "省级防震减灾补助220,000.00元", "2022年结转37,450.00元"):
        n(lit)
    spent = n("支出601,208.75元")
    items = [n(x) for x in ("通信及数据传输费114,000.00元", "台站电费及场地租赁68,400.00元",
                             "设备维修及备件186,372.50元", "玛多加密观测84,620.00元", "宏观观测员补助45,600.00元",
                             "高海拔外业补助46,320.00元", "车辆燃油及维修55,896.25元")]
    d.sum(spent, items, "支出构成")
    if dec(spent) != dec(r4[0]):
        fail(f"{d.name}: 支出 text vs table")
    d.prod("114,000.00", ["25", "12", "380"], "通信费")
    d.prod("45,600.00", ["38", "12", "100"], "观测员补助")
    d.prod("46,320.00", ["120", "386"], "外业补助")
    d.diff(n("结余1,380.00元"), n("加密观测子项预算86,000元"), "84,620.00", "加密子项结余")
    d.rate("84,620.00", "86,000", n("执行率98.40%"), "加密子项执行率")
    d.diff(n("结余22,241.25元结转至2024年", 0), r3[0], r4[0], "结余")
    d.diff(n("其中省级17,083.75元"), r3[2], r4[2], "省级结余")
    d.diff(n("2023年增加26,278.15元"), spent, n("2022年支出574,930.60元"), "较上年")
    d.rate("26,278.15", "574,930.60", n("增长4.57%"), "增长率")
    d.sum(n("产出指标50分（数量20分、质量15分、时效10分、成本5分）", 0), ["20", "15", "10", "5"], "产出二级权重")
    d.prod(n("宏观观测信息报送≥456条（38个点×12个月）", 0), ["38", "12"], "应报条数")
    d.sum(n("固定台站25个"), ["6", "14", "3", "2"], "固定台站")
    d.sum(n("连同流动台共33个"), ["25", "8"], "全部台站")
    d.prod(n("应有12,045台·日"), ["33", "365"], "台·日")
    d.rate(n("有效11,975台·日"), "12,045", n("数据连续率99.42%"), "数据连续率")
    d.prod(n("应运行9,125台·日"), ["25", "365"], "固定台·日")
    d.diff(n("正常运行8,860台·日"), "9,125", n("故障265台·日"), "正常台·日")
    d.rate("8,860", "9,125", n("台站运行率97.10%"), "台站运行率")
    d.rate(n("人工正式速报37次"), n("ML≥3.0地震37次"), n("速报率100%"), "速报率")
    d.div(n("台站平均运维费18,218.45元/台（"), spent, "33", "台站平均运维费")
    d.rate(n("满意118份"), n("有效问卷125份"), n("满意度94.40%"), "满意度")
    d.diff("8", "456", n("实报448条"), "缺报")
    # flattened indicator table
    seg = t[t.index("\t一级指标\n"):t.index("三、绩效分析")]
    blocks = [[c[1:] for c in b.split("\n") if c.startswith("\t")] for b in seg.strip("\n").split("\n\n")]
    hdr = blocks[0]
    if len(hdr) != 8:
        fail(f"{d.name}: header cells {hdr}")
    rows = []
    for b in blocks[1:]:
        if len(b) != 8:
            fail(f"{d.name}: row with {len(b)} cells: {b}")
            continue
        rows.append(dict(zip(hdr, b)))
    total = rows.pop()
    if total["一级指标"] != "合计":
        fail(f"{d.name}: last row is not 合计")
    rr = []
    lvl1 = ""
    for r in rows:
        lvl1 = r["一级指标"] or lvl1
        row = {"name": r["三级指标"], "target": r["目标值"], "actual": r["业绩值"], "weight": r["权重"],
               "score": r["得分"], "completion": r["完成率"], "lvl1": lvl1,
               "qual": r["业绩值"] == "达成"}
        rr.append(row)
    check_rows(d, rr, "指标表")
    check_totals(d, rr, total["权重"], total["得分"], "指标表")
    if dec(rr[0]["score"]) != r2(10 * dec(r4[0]) / dec(r2_[0])):
        fail(f"{d.name}: execution score")
    for lvl, w in (("产出", "50"), ("效益", "30"), ("满意度", "10")):
        d.sum(w, [r["weight"] for r in rr if r["lvl1"].startswith(lvl)], f"{lvl}权重")
    d.sum("15", [r["weight"] for r in rr if r["name"] in ("数据连续率", "台站运行率", "速报参数超差次数")], "质量权重")
    d.grade(n("总得分99.50分"), "优秀")
    if dec(total["得分"]) != dec("99.50"):
        fail(f"{d.name}: table total vs text")


def check_hotan():
    d = Doc("hotan-hydrostation-2019-clean.txt")
    n = d.n
    init = n("年初预算1,260,000元")
    d.sum(init, [n("第一批840,000元"), n("第二批420,000元")], "两批下达")
    carry = n("上年结转84,000元")
    annual = n("全年预算1,344,000元")
    d.sum(annual, [init, carry], "全年 = 年初 + 结转")
    d.rate(n("到位。1,344,000元"), annual, n("到位率100%"), "到位率")
    spent = n("全年支出987,614.00元")
    d.rate(spent, annual, n("执行率73.48%"), "执行率")
    cs = n("上年结转资金支出84,000.00元")
    d.rate(cs, carry, n("上年结转资金支出84,000.00元，执行率100%"), "结转执行率")
    cur = n("当年资金执行903,614.00元")
    d.rate(cur, init, n("当年资金执行903,614.00元，执行率71.72%"), "当年资金执行率")
    d.sum(spent, [cs, cur], "支出 = 结转 + 当年")
    items = [n(x) for x in ("缆道维修改造240,800.00元", "测验设备维修及备件268,460.00元", "驻测及外业补助148,800.00元",
                             "车辆燃油及维修126,354.00元", "遥测报汛通信费64,800.00元", "资料整编及刊印38,400.00元",
                             "安全及劳保46,000.00元", "站房及道路维护54,000.00元")]
    d.sum(spent, items, "支出构成")
    d.prod("148,800.00", ["80", "1,860"], "驻测补助")
    d.prod("64,800.00", ["36", "12", "150"], "通信费")
    d.sum("240,800.00", [n("投资156,800.00元"), "84,000.00"], "缆道 = 皮山河站 + 上年尾款")
    unspent = n("未执行。356,386.00元")
    d.diff(unspent, annual, spent, "未执行")
    d.diff(unspent, init, cur, "未执行均为当年资金")
    d.sum(unspent, [n("其中318,600.00元"), n("其余37,786.00元")], "未执行构成")
    d.sum("36", ["8", "5", "23"], "站数")
    d.rate(n("完成1处"), "3", n("完成率33.33%"), "缆道完成率")
    d.rate(n("合格1,126项"), n("审查1,136项"), n("合格率99.1%"), "整编合格率")
    d.prod(n("遥测应到315,360条"), ["36", "8,760"], "遥测应到")
    d.rate(n("实到308,422条"), "315,360", n("到报率97.8%"), "到报率")
    d.div(n("单站年运维费27,433.72元"), spent, "36", "单站年运维费")
    d.rate(n("合格29次"), n("发布洪水预报40次"), n("合格率72.5%"), "洪水预报合格率")
    d.prod(n("整编日值13,140站·日"), ["36", "365"], "站·日")
    d.rate(n("缺测95站·日"), "13,140", n("缺测率0.72%"), "缺测率")
    # table
    funds = [l for l in d.text.split("\n") if l.startswith("合计｜1,260,000.00")][0].split("｜")
    d.rate(funds[3], funds[2], funds[5].rstrip("%"), "表 执行率")
    if r2(dec(funds[4]) * dec(funds[3]) / dec(funds[2])) != dec(funds[6]):
        fail(f"{d.name}: execution score")
    rows, total = bar_table(d, "一级指标｜二级指标｜三级指标｜指标性质", "总分")
    rr = [{"name": r["三级指标"], "target": r["指标值"], "actual": r["全年实际值"], "nature": r["指标性质"],
           "weight": r["分值"], "score": r["得分"], "lvl1": r["一级指标"]} for r in rows]
    check_rows(d, rr, "自评表")
    allrows = rr + [{"name": "预算执行", "weight": funds[4], "score": funds[6]}]
    check_totals(d, allrows, total[7], total[8], "自评表")
    d.sum(n("产出指标60分，得53.25分"), [r["score"] for r in rr if r["lvl1"] == "产出指标"], "产出得分")
    d.sum("60", [r["weight"] for r in rr if r["lvl1"] == "产出指标"], "产出权重")
    d.sum(n("效益指标30分，得28.53分"), [r["score"] for r in rr if r["lvl1"] == "效益指标"], "效益得分")
    d.sum("30", [r["weight"] for r in rr if r["lvl1"] == "效益指标"], "效益权重")
    d.sum(n("自评得分89.13分"), [n("预算执行得7.35分"), "53.25", "28.53"], "文字总分")
    d.grade("89.13", "良好")
    if "评价等级为良好" not in d.text:
        fail(f"{d.name}: grade sentence")


def check_tashkurgan():
    d = Doc("tashkurgan-meteodept-2024-clean.txt")
    n = d.n
    init = n("年初预算3,286,400.00元")
    basic0, staff0, pub0, proj0 = (n(x) for x in ("基本支出2,418,600.00元", "人员经费2,105,300.00元",
                                                  "公用经费313,300.00元", "项目支出867,800.00元"))
    d.sum(init, [basic0, proj0], "年初 = 基本 + 项目")
    d.sum(basic0, [staff0, pub0], "年初基本")
    add = n("追加财政拨款94,200.00元")
    d.sum(add, [n("人员经费调资43,300.00元"), n("红其拉甫口岸气象保障50,900.00元")], "追加构成")
    carry = n("纳入上年结转62,000.00元")
    annual = n("全年预算3,442,600.00元，其中")
    d.sum(annual, [init, add, carry], "全年 = 年初 + 追加 + 结转")
    d.sum(annual, [n("其中财政拨款3,380,600.00元"), n("、上年结转62,000.00元")], "全年 = 财政拨款 + 结转")
    d.sum("3,380,600.00", [init, add], "财政拨款 = 年初 + 追加")
    lit = "基本支出2,461,900.00元（人员经费2,148,600.00元，公用经费313,300.00元）；项目支出980,700.00元"
    basic, staff, pub, proj = (n(lit, k) for k in range(4))
    d.sum(basic, [staff, pub], "全年基本")
    d.sum(annual, [basic, proj], "全年 = 基本 + 项目")
    d.sum(staff, [staff0, "43,300.00"], "人员经费调整")
    d.sum(proj, [proj0, "50,900.00", carry], "项目调整")
    spent = n("支出3,398,593.66元，执行率")
    d.rate(spent, annual, n("执行率98.72%"), "执行率")
    bsp = n("基本支出2,455,318.26元")
    d.rate(bsp, basic, n("执行率99.73%"), "基本执行率")
    d.sum(bsp, ["2,148,600.00", n("公用经费306,718.26元。")], "基本支出构成")
    d.div(n("人均公用经费27,883.48元"), "306,718.26", n("实有在职11人"), "人均公用经费")
    psp = n("项目支出943,275.40元")
    d.rate(psp, proj, n("执行率96.18%"), "项目执行率")
    d.sum(spent, [bsp, psp], "支出 = 基本 + 项目")
    d.diff(n("结余44,006.34元"), annual, spent, "结余")
    d.diff(n("2023年结余为51,236.80元"), n("2023年全年预算3,318,900.00元"), n("支出3,267,663.20元"), "2023结余")
    d.rate("3,267,663.20", "3,318,900.00", n("执行率98.46%"), "2023执行率")
    d.diff(n("支出增加130,930.46元"), spent, "3,267,663.20", "较上年")
    d.rate("130,930.46", "3,267,663.20", n("增长4.01%"), "增长率")
    rows, total = bar_table(d, "项目名称｜年初预算｜全年预算｜执行｜执行率｜项目自评得分", "合计")
    for r in rows:
        d.rate(r["执行"], r["全年预算"], r["执行率"].rstrip("%"), f"项目 {r['项目名称']}")
        if dec(r["项目自评得分"]) > 90 + r2(10 * dec(r["执行"]) / dec(r["全年预算"])):
            fail(f"{d.name}: project score above 90 + execution score: {r['项目名称']}")
    d.sum(total[1], [r["年初预算"] for r in rows], "项目年初合计")
    d.sum(total[2], [r["全年预算"] for r in rows], "项目全年合计")
    d.sum(total[3], [r["执行"] for r in rows], "项目执行合计")
    d.rate(total[3], total[2], total[4].rstrip("%"), "项目合计执行率")
    if (dec(total[1]), dec(total[2]), dec(total[3])) != (dec(proj0), dec(proj), dec(psp)):
        fail(f"{d.name}: project table totals vs text")
    scores = [r["项目自评得分"] for r in rows]
    d.mean(n("平均96.53分"), scores, "项目平均分")
    n("5个项目自评得分分别为98.60、97.20、92.40、95.00、99.46分")
    d.prod("106,000.00", ["80", n("1,325人·天")], "高海拔外业补助")
    d.rate(n("支出45,326.50元"), n("公务用车运行维护费预算48,000.00元"), n("执行率94.43%"), "公务用车")
    d.rate(n("支出3,260.00元"), n("公务接待费预算8,000.00元"), n("执行率40.75%"), "公务接待")
    d.sum(n("合计预算56,000.00元"), ["48,000.00", "8,000.00", "0"], "三公预算")
    d.sum(n("支出48,586.50元"), ["45,326.50", "3,260.00"], "三公支出")
    d.rate("48,586.50", "56,000.00", n("执行率86.76%"), "三公执行率")
    d.sum("21", ["13", "6", "2"], "站型")
    d.prod(n("应到报184,464条"), ["21", "8,784"], "应到报")
    d.rate(n("实到183,910条"), "184,464", n("到报率99.70%"), "到报率")
    d.prod(n("全年7,686站·日"), ["21", "366"], "站·日")
    d.rate(str(7686 - 52), "7,686", n("完好率99.32%"), "完好率")
    n("故障52站·日")
    d.sum(n("发布预警信号58期"), ["21", "14", "9", "8", "6"], "预警构成")
    d.diff(n("资料缺测率0.30%"), "100", "99.70", "缺测率")
    d.rate(n("满意232份"), n("发放问卷250份"), n("满意度92.80%"), "满意度")
    # score table
    rows, total = bar_table(d, "一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜分值｜得分", "合计")
    rr = [{"name": r["三级指标"], "target": r["指标值"], "actual": r["实际完成值"], "weight": r["分值"],
           "score": r["得分"], "lvl1": r["一级指标"]} for r in rows]
    check_rows(d, rr, "自评表")
    check_totals(d, rr, total[5], total[6], "自评表")
    for lvl, w in (("产出", "50"), ("效益", "30"), ("满意度", "10"), ("预算执行", "10")):
        d.sum(w, [r["weight"] for r in rr if r["lvl1"].startswith(lvl)], f"{lvl}权重")
    d.grade(n("总分99.77分"), "优")


def check_xigaze():
    d = Doc("xigaze-seismicnet-2018-clean.txt")
    n = d.n
    budget = n("年初预算520,000元")
    n("全年预算520,000元")
    d.rate(n("到位。520,000元"), budget, n("到位率100%"), "到位率")
    spent = n("支出424,185.60元，执行率")
    d.rate(spent, budget, n("执行率81.57%。"), "执行率")
    items = [n(x) for x in ("台站通信费75,600.00元", "台站看护费54,000.00元", "宏观观测员补助34,560.00元",
                             "设备维修及备件96,748.00元", "高海拔外业补助37,620.00元", "车辆燃油及维修76,412.80元",
                             "防震减灾宣传28,400.00元", "电费及其他20,844.80元")]
    d.sum(spent, items, "支出构成")
    d.prod("75,600.00", ["15", "12", "420"], "通信费")
    d.prod("54,000.00", ["15", "12", "300"], "看护费")
    d.prod("34,560.00", ["36", "12", "80"], "观测员补助")
    d.prod("37,620.00", ["90", "418"], "外业补助")
    bal = n("结余。95,814.40元")
    d.diff(bal, budget, spent, "结余")
    d.sum(bal, [n("强震动仪更新采购款86,000.00元"), n("其余9,814.40元")], "结余构成")
    d.sum(n("合计15个台站"), ["4", "9", "2"], "台站数")
    d.sum(n("宏观观测点36个"), ["33", "3"], "观测点 = 2017 + 新增")
    d.prod("36", ["18", "2"], "观测点 = 18县区×2")
    d.prod(n("应报432条"), ["36", "12"], "应报")
    d.prod(n("应运行5,475台·日"), ["15", "365"], "台·日")
    d.diff(n("正常5,136台·日"), "5,475", n("故障339台·日"), "正常台·日")
    d.rate("5,136", "5,475", n("台站运行率93.81%"), "运行率")
    d.div(n("站均运维费28,279.04元"), spent, "15", "站均运维费")
    d.rate(n("知晓156人"), n("抽测300人"), n("知晓率52.0%"), "知晓率")
    d.rate(n("满意206份"), n("问卷250份"), n("满意度82.4%"), "满意度")
    d.diff(n("缺报120条"), "432", n("实报312条"), "缺报")
    line = [l for l in d.text.split("\n") if l.startswith("年度资金总额：")][0]
    nums = NUM.findall(line)
    d.rate(nums[2], nums[1], nums[3], "资金行 执行率")
    if r2(dec(nums[4]) * dec(nums[2]) / dec(nums[1])) != dec(nums[5]) or dec(nums[2]) != dec(spent):
        fail(f"{d.name}: funds line {nums}")
    pat = re.compile(r"^（(\d+)）(.+?)：目标(.+?)，实际(.+?)，(?:完成率(.+?)，)?分值(\d+)分，得分([\d.]+)分。$")
    rr = []
    for l in d.text.split("\n"):
        m = pat.match(l)
        if m:
            rr.append({"no": int(m.group(1)), "name": m.group(2), "target": m.group(3), "actual": m.group(4),
                       "completion": m.group(5), "weight": m.group(6), "score": m.group(7)})
    if [r["no"] for r in rr] != list(range(1, 14)):
        fail(f"{d.name}: list lines {[r['no'] for r in rr]}")
    if rr[0]["score"] != nums[5] or rr[0]["actual"] != nums[3] + "%":
        fail(f"{d.name}: line (1) vs funds line")
    check_rows(d, rr[1:], "指标")
    m = re.search(r"合计：分值(\d+)分，得分([\d.]+)分。", d.text)
    check_totals(d, rr, m.group(1), m.group(2), "指标")
    d.sum("50", [r["weight"] for r in rr[1:9]], "产出权重 (2)—(9)")
    d.sum("30", [r["weight"] for r in rr[9:12]], "效益权重 (10)—(12)")
    d.sum("10", [rr[12]["weight"]], "满意度权重")
    n("（2）—（9）为产出指标，分值50分；（10）—（12）为效益指标，分值30分；（13）为满意度指标，分值10分")
    d.grade(n("总分89.98分，等级为“良”"), "良")


# ---------------------------------------------------------------- labels and edits
def core(old, new):
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, old[p:len(old) - s], new[p:len(new) - s]


def check_edits_and_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    by_case = {l["case"]: l for l in labels}
    if len(labels) != len(build.PROJECTS) * 7:
        fail(f"labels: {len(labels)} records")
    code_count, code_projects = {}, {}
    for rec in labels:
        if set(rec) != {"case", "source", "clean", "expected"}:
            fail(f"labels: keys {sorted(rec)}")
        text = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"labels: clean case {rec['case']} has labels")
            continue
        if len(rec["expected"]) != 1:
            fail(f"labels: {rec['case']} has {len(rec['expected'])} labels")
        for exp in rec["expected"]:
            if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
                fail(f"labels: {rec['case']} bad label {exp}")
            if exp["code"] not in CODES:
                fail(f"labels: {rec['case']} code {exp['code']} not in errors.md section A set")
            code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
            code_projects.setdefault(exp["code"], set()).add(rec["source"])
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"labels: {rec['case']} value occurs {text.count(v)}x: {v!r}")
            if v in clean:
                fail(f"labels: {rec['case']} value occurs in the clean draft: {v!r}")
    for c in sorted(CODES):
        if code_count.get(c, 0) < 2 or len(code_projects.get(c, ())) < 2:
            fail(f"codes: {c} used {code_count.get(c, 0)}x in {len(code_projects.get(c, ()))} projects")
    # edits
    for proj, num, code, pairs, value, expl in build.EDITS:
        clean = read(f"{proj}-clean.txt")
        case = f"{proj}-e{num}.txt"
        if case not in by_case or by_case[case]["expected"][0]["code"] != code:
            fail(f"edits: {case} missing or code differs in labels")
        lines_touched = []
        for old, new in pairs:
            if clean.count(old) != 1:
                fail(f"edits: {case} anchor occurs {clean.count(old)}x: {old!r}")
                continue
            p, a, b = core(old, new)
            if max(len(a), len(b)) > 16:
                fail(f"edits: {case} change of {max(len(a), len(b))} chars: {a!r} -> {b!r}")
            if "\n" in a or "\n" in b:
                fail(f"edits: {case} change spans lines: {a!r} -> {b!r}")
            pos = clean.index(old) + p
            lines_touched.append(clean.count("\n", 0, pos))
        if len(pairs) == 2 and abs(lines_touched[0] - lines_touched[1]) != 1:
            fail(f"edits: {case} two-row edit not on adjacent lines {lines_touched}")
        if len(pairs) > 2:
            fail(f"edits: {case} has {len(pairs)} pairs")
        if read(case) != build.apply(clean, pairs):
            fail(f"edits: {case} on disk differs from clean + edit (run build.py)")
        if read(case) == clean:
            fail(f"edits: {case} equals the clean draft")
    return labels


def main():
    for fn in (check_shuanghu, check_guoluo, check_hotan, check_tashkurgan, check_xigaze):
        try:
            fn()
        except Exception as exc:  # report, keep going
            fail(f"{fn.__name__}: exception {exc!r}")
    labels = check_edits_and_labels()
    for name in sorted(os.listdir(CASES)):
        n = len(read(name))
        if name.endswith("-clean.txt") and not 2500 <= n <= 6000:
            fail(f"length: {name} has {n} characters")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} failure(s)")
        return 1
    print(f"OK: {len(labels)} cases, {sum(1 for l in labels if not l['clean'])} injected errors, "
          f"{len(build.PROJECTS)} clean drafts verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
