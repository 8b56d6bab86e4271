#!/usr/bin/env python3
"""Check set n47: labels vs cases, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. each error case differs from its clean draft by one contiguous edit of at most 16
   characters within one line (score-row edits: at most two adjacent lines, each ≤ 16);
3. the key arithmetic of each clean draft (rates, balances, sums, weights to 100, scores to
   total, grade band) is redone here from the figures, and each figure is found in the text.
Prints OK when everything holds, otherwise the list of failures (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
MULTI_OK = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", "").replace("%", ""))


def decimals(s):
    s = s.replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules §8: |c − v| ≤ 0.5 × 10^−d, d counted in the stated string."""
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Draft:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(pid + "-clean.txt")

    def has(self, *parts):
        for p in parts:
            if p not in self.text:
                fail(f"{self.pid}: figure not in text: {p!r}")

    def eq(self, what, a, b):
        if D(a) != D(b):
            fail(f"{self.pid}: {what}: {a} ≠ {b}")

    def rate(self, what, n, d, stated, ctx=None):
        """stated percent (with or without %) consistent with n/d×100; ctx must be in text."""
        c = D(n) / D(d) * 100
        if not close(c, stated):
            fail(f"{self.pid}: {what}: {n}/{d} = {c:.4f}, stated {stated}")
        self.has(ctx or stated)

    def approx(self, what, c, stated, ctx=None):
        if not close(c, stated):
            fail(f"{self.pid}: {what}: computed {c}, stated {stated}")
        self.has(ctx or stated)

    def total_and_grade(self, parts, total_s, grade_ctx, grade_label):
        s = sum(D(x) for x in parts)
        if s != num(total_s):
            fail(f"{self.pid}: score sum {s} ≠ {total_s}")
        if grade(num(total_s)) != grade_label:
            fail(f"{self.pid}: grade {grade_label} wrong for {total_s}")
        self.has(grade_ctx)


def table_rows(text, first_cells):
    rows = []
    for line in text.splitlines():
        cells = line.split("｜")
        if len(cells) > 3 and cells[0] in first_cells:
            rows.append(cells)
    return rows


def check_table(dr, wcol, scol, levels):
    """Σ weights = 100 = 合计; Σ scores = 合计; score ≤ weight; Σ per level."""
    rows = table_rows(dr.text, set(levels) | {"合计"})
    body = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"]
    if len(tot) != 1:
        fail(f"{dr.pid}: no single 合计 row")
        return {}
    w = sum(num(r[wcol]) for r in body)
    s = sum(num(r[scol]) for r in body)
    if w != 100 or num(tot[0][wcol]) != 100:
        fail(f"{dr.pid}: weights sum {w}, 合计 {tot[0][wcol]}")
    if s != num(tot[0][scol]):
        fail(f"{dr.pid}: scores sum {s} ≠ 合计 {tot[0][scol]}")
    for r in body:
        if not (0 <= num(r[scol]) <= num(r[wcol])):
            fail(f"{dr.pid}: score {r[scol]} outside [0, {r[wcol]}] in {r[2]}")
    per = {}
    for r in body:
        a = per.setdefault(r[0], [D(0), D(0)])
        a[0] += num(r[wcol])
        a[1] += num(r[scol])
    return per


# ---------------------------------------------------------------- clean drafts
def luanping():
    dr = Draft("luanping-womensfed-2021")
    dr.eq("年初 = sub-items", 20500 + 9500, 30000)
    dr.eq("全年 = 年初 + 追加", 30000 + 5000, 35000)
    dr.eq("全年 = sub-items", 20500 + 14500, 35000)
    dr.has("年初预算30,000.00元", "追加家庭教育宣传经费5,000.00元", "调整后全年预算35,000.00元（3.5万元）",
           "家庭教育宣传14,500.00元")
    dr.rate("执行率", D("34859.50"), 35000, "99.60%", "全年支出34,859.50元，预算执行率99.60%")
    dr.rate("执行率 1 decimal", D("34859.50"), 35000, "99.6%", "为99.6%")
    dr.eq("表彰 parts", 800 * 20 + 300 * 10 + D("73.00") * 20, D("20460.00"))
    dr.has("计16,000.00元", "计3,000.00元", "计1,460.00元")
    dr.rate("表彰 分项执行率", 20460, 20500, "99.80%", "支出20,460.00元，分项执行率99.80%")
    dr.eq("宣传 parts", 6000 + 3600 + D("4799.50"), D("14399.50"))
    dr.eq("课酬 12×500", 12 * 500, 6000)
    dr.eq("手册 3000×1.20", 3000 * D("1.20"), 3600)
    dr.rate("宣传 分项执行率", D("14399.50"), 14500, "99.31%", "支出14,399.50元，分项执行率99.31%")
    dr.eq("支出 = sub-items", D("20460") + D("14399.50"), D("34859.50"))
    dr.eq("结余", 35000 - D("34859.50"), D("140.50"))
    dr.eq("结余 表彰", 20500 - 20460, 40)
    dr.eq("结余 宣传", 14500 - D("14399.50"), D("100.50"))
    dr.eq("结余 parts", 40 + D("100.50"), D("140.50"))
    dr.has("全年结余140.50元", "评选表彰分项40.00元", "家庭教育宣传分项100.50元")
    dr.rate("评选比例", 20, 86, "23.26%")
    dr.approx("平均每场", D(1440) / 12, "120", "平均每场120人次")
    dr.approx("人均成本", D(6000) / 1440, "4.17", "宣讲人均成本4.17元")
    dr.eq("场次 +4", 12 - 8, 4)
    dr.eq("人次 +560", 1440 - 880, 560)
    dr.rate("人次增长", 560, 880, "63.64%")
    dr.eq("户数 +5", 20 - 15, 5)
    dr.rate("覆盖乡镇完成率", 18, 20, "90.00%")
    dr.rate("满意度", 193, 200, "96.50%", "表示满意的193份，满意度96.50%")
    dr.eq("执行得分", r2(10 * D("34859.50") / 35000), D("9.96"))
    dr.eq("覆盖乡镇得分", r2(15 * D(18) / 20), D("13.5"))
    per = check_table(dr, 5, 6, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    dr.eq("产出 weights", per["产出指标"][0], 50)
    dr.eq("效益 weights", per["效益指标"][0], 30)
    dr.has("产出指标得50分", "效益指标得28.5分", "满意度指标得10分", "预算执行率得9.96分")
    dr.total_and_grade(["9.96", "50", "28.5", "10"], "98.46", "自评总分98.46分，评价等级为优", "优")


def shandan():
    dr = Draft("shandan-sports-2019")
    t = dr.text
    dr.eq("全年 = 年初 + 结转", 52000 + 8000, 60000)
    dr.rate("执行率", 57380, 60000, "95.63%", "全年支出57,380.00元，执行率95.63%")
    dr.rate("财政拨款执行率", 49380, 52000, "94.96%", "支出49,380.00元（执行率94.96%）")
    dr.eq("执行 by source", 49380 + 8000, 57380)
    dr.eq("执行 by use", 23400 + 12600 + 11230 + 7560 + 2590, 57380)
    dr.eq("劳务 126×100", 126 * 100, 12600)
    dr.eq("保险 2160×3.5", 2160 * D("3.5"), 7560)
    dr.eq("奖金 parts", (3000 + 2000 + 1000) + (1500 + 2 * 1000 + 3 * 600) + 12100, 23400)
    dr.approx("平均每场奖励", D(23400) / 9, "2,600.00", "平均每场奖励支出2,600.00元")
    dr.eq("结余", 60000 - 57380, 2620)
    dr.has("年末结余2,620.00元")
    events = re.findall(r"(\d[\d,]*)人次[；。]", t.split("（一）赛事举办情况")[1].split("9场赛事")[0])
    s = sum(int(x.replace(",", "")) for x in events)
    if len(events) != 9 or s != 2160:
        fail(f"shandan: event participants {events} sum {s}")
    dr.eq("篮球 16×12", 16 * 12, 192)
    dr.eq("广场舞 28×12", 28 * 12, 336)
    dr.eq("拔河 24×10", 24 * 10, 240)
    dr.eq("门球 13×8", 13 * 8, 104)
    dr.approx("平均每场人次", D(2160) / 9, "240", "平均每场240人次")
    dr.eq("赛事 +2", 9 - 7, 2)
    dr.eq("人次 +310", 2160 - 1850, 310)
    dr.rate("人次增长", 310, 1850, "16.76%")
    dr.approx("人均办赛成本", D(57380) / 2160, "26.56", "人均办赛成本为26.56元")
    dr.eq("锻炼比例 +1.4", D("37.2") - D("35.8"), D("1.4"))
    dr.rate("回收率", 482, 500, "96.40%")
    # key：value 自评表
    tab = t[t.index("山丹县项目支出绩效自评表"):]
    pairs = re.findall(r"分值：(\d+(?:\.\d+)?)，得分：(\d+(?:\.\d+)?)", tab)
    if len(pairs) != 9:
        fail(f"shandan: expected 9 分值/得分 pairs, got {len(pairs)}")
    w = sum(num(a) for a, _ in pairs)
    sc = sum(num(b) for _, b in pairs)
    m = re.search(r"总分值：(\d+)，总得分：([\d.]+)，评价等级：(\S+)", tab)
    if w != 100 or num(m.group(1)) != 100:
        fail(f"shandan: weights {w}")
    if sc != num(m.group(2)):
        fail(f"shandan: scores {sc} ≠ {m.group(2)}")
    if grade(num(m.group(2))) != m.group(3):
        fail(f"shandan: grade {m.group(3)} for {m.group(2)}")
    for a, b in pairs:
        if num(b) > num(a):
            fail(f"shandan: score {b} > weight {a}")
    dr.eq("执行得分", r2(10 * D(57380) / 60000), D("9.56"))
    dr.approx("完成率 场次", D(9) / 8 * 100, "112.50%", "完成率：112.50%")
    dr.approx("完成率 人次", D(2160) / 2000 * 100, "108.00%", "完成率：108.00%")
    dr.approx("完成率 锻炼", D("37.2") / 38 * 100, "97.89%", "完成率：97.89%")
    dr.eq("锻炼得分", r2(15 * D("37.2") / 38), D("14.68"))
    dr.approx("完成率 团队", D(11) / 10 * 100, "110.00%", "完成率：110.00%")
    dr.approx("完成率 满意度", D("93.40") / 90 * 100, "103.78%", "完成率：103.78%")
    dr.has("8项绩效指标中7项达到或超过年度指标值")
    dr.total_and_grade(["9.56", "50", "14.68", "15", "10"], "99.24", "自评得分99.24分，评价等级为优", "优")
    dr.has("执行数：0.00元，执行率：—")


def ledu():
    dr = Draft("ledu-youthleague-2023")
    dr.eq("年初", 50000 + 40000, 90000)
    dr.eq("全年", 90000 + D("12480.50"), D("102480.50"))
    dr.has("全年预算102,480.50元（约10.25万元）", "全年实际到位102,480.50元，到位率100%")
    dr.rate("执行率", D("98700.20"), D("102480.50"), "96.31%", "全年支出98,700.20元，预算执行率96.31%")
    dr.eq("财政预算", 50000 + D("12480.50"), D("62480.50"))
    dr.eq("财政执行", D("98700.20") - 40000, D("58700.20"))
    dr.rate("财政执行率", D("58700.20"), D("62480.50"), "93.95%", "执行58,700.20元，执行率93.95%")
    dr.eq("助学 parts", 12 * 3000 + 4 * 1000, 40000)
    dr.approx("人均助学", D(40000) / 16, "2,500", "共资助16名学生，人均2,500元")
    dr.eq("志愿预算", 20000 + D("12480.50"), D("32480.50"))
    dr.eq("志愿 parts", 8000 + 6000 + 5620 + D("9080.20"), D("28700.20"))
    dr.eq("保险 320×25", 320 * 25, 8000)
    dr.eq("培训 4×1500", 4 * 1500, 6000)
    dr.rate("志愿执行率", D("28700.20"), D("32480.50"), "88.36%", "支出28,700.20元，执行率88.36%")
    dr.eq("表彰 parts", 30 * 200 + 15 * 300 + 19500, 30000)
    dr.eq("财政 = 志愿 + 青年之家", 20000 + 30000, 50000)
    dr.eq("支出 parts", 40000 + D("28700.20") + 30000, D("98700.20"))
    dr.eq("未执行", D("102480.50") - D("98700.20"), D("3780.30"))
    dr.eq("未执行 = 志愿 unspent", D("32480.50") - D("28700.20"), D("3780.30"))
    dr.has("全年未执行资金3,780.30元", "结转至2024年的3,780.30元")
    dr.approx("平均每场", D(1104) / 46, "24", "平均每场24人次")
    dr.approx("平均时长", D(5520) / 1104, "5", "平均每人次5小时")
    dr.eq("培训 4×80", 4 * 80, 320)
    dr.rate("志愿者增长", 180, 1260 - 180, "16.67%")
    dr.rate("时长完成", 5520, 6000, "92.00%")
    dr.rate("满意度", 238, 250, "95.20%", "满意238份，满意度95.20%")
    dr.eq("执行得分", r2(10 * D("98700.20") / D("102480.50")), D("9.63"))
    dr.eq("时长得分", r2(15 * D(5520) / 6000), D("13.8"))
    per = check_table(dr, 5, 6, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    dr.eq("产出 weights", per["产出指标"][0], 50)
    dr.eq("效益 weights", per["效益指标"][0], 30)
    dr.total_and_grade(["9.63", "50", "13.8", "15", "10"], "98.43", "自评得分98.43分，评价等级为优", "优")


def qixian():
    dr = Draft("qixian-union-2024")
    dr.eq("年初 sub-items", 55000 + 45000, 100000)
    dr.eq("全年 sources", 60000 + 40000 + 15000, 115000)
    dr.eq("全年 items", 55000 + 60000, 115000)
    dr.eq("送清凉 budget", 45000 + 15000, 60000)
    dr.has("全年预算增加至115,000.00元，其中县财政补助60,000.00元、工会经费40,000.00元、市总工会补助15,000.00元")
    dr.rate("执行率", D("113620.40"), 115000, "98.80%", "全年支出113,620.40元，预算执行率98.80%")
    dr.eq("结余", 115000 - D("113620.40"), D("1379.60"))
    dr.eq("结余 parts", (55000 - D("54120.40")) + (60000 - 59500), D("1379.60"))
    dr.has("结余1,379.60元")
    dr.eq("奖金", 6 * 1000 + 12 * 600 + 18 * 400, 20400)
    dr.eq("劳务", 36 * 300, 10800)
    dr.eq("竞赛 parts", 20400 + 10800 + D("16920.40") + 6000, D("54120.40"))
    dr.rate("竞赛执行率", D("54120.40"), 55000, "98.40%", "支出54,120.40元，执行率98.40%")
    dr.eq("送清凉", 2380 * 25, 59500)
    dr.rate("送清凉执行率", 59500, 60000, "99.17%", "支出59,500.00元，执行率99.17%")
    dr.eq("支出 parts", D("54120.40") + 59500, D("113620.40"))
    dr.rate("获奖率", 36, 276, "13.04%")
    dr.eq("获奖人数", 6 + 12 + 18, 36)
    dr.eq("慰问 +280", 2380 - 2100, 280)
    dr.rate("慰问增长", 280, 2100, "13.33%")
    dr.rate("回收率", 386, 400, "96.50%", "收回386份，回收率96.50%")
    dr.approx("完成率 参赛", D(276) / 300 * 100, "92.00%", "276人次｜92.00%")
    dr.approx("完成率 慰问", D(2380) / 2300 * 100, "103.48%", "2,380人｜103.48%")
    dr.approx("完成率 晋升", D(18) / 30 * 100, "60.00%", "18人｜60.00%")
    dr.approx("完成率 企业", D(16) / 20 * 100, "80.00%", "16家｜80.00%")
    dr.approx("完成率 满意度", D("86.50") / 90 * 100, "96.11%", "86.50%｜96.11%")
    dr.eq("执行得分", r2(10 * D("113620.40") / 115000), D("9.88"))
    dr.eq("参赛得分", r2(10 * D(276) / 300), D("9.2"))
    dr.eq("晋升得分", r2(15 * D(18) / 30), D(9))
    dr.eq("企业得分", r2(15 * D(16) / 20), D(12))
    dr.eq("满意度得分", r2(10 * D("86.50") / 90), D("9.61"))
    per = check_table(dr, 6, 7, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    dr.eq("产出 weights", per["产出指标"][0], 50)
    dr.eq("产出 scores", per["产出指标"][1], D("49.2"))
    dr.eq("效益 scores", per["效益指标"][1], 21)
    dr.has("产出指标（分值50分，得49.2分）", "效益指标（分值30分，得21分）", "满意度指标（分值10分，得9.61分）",
           "预算执行（分值10分，得9.88分）")
    dr.total_and_grade(["9.88", "49.2", "21", "9.61"], "89.69", "自评得分89.69分，评价等级为良", "良")


def shangcheng():
    dr = Draft("shangcheng-womensfed-2018")
    dr.eq("全年", 60000 + 48000 + 3600, 111600)
    dr.approx("11.16万元", D(111600) / 10000, "11.16", "全年预算资金11.16万元")
    dr.eq("执行", 60000 + 47385 + 3600, 110985)
    dr.has("｜(2)｜111,600.00｜60,000.00｜48,000.00｜3,600.00", "｜(3)｜111,600.00｜60,000.00｜48,000.00｜3,600.00",
           "｜(4)｜110,985.00｜60,000.00｜47,385.00｜3,600.00")
    dr.rate("执行率 合计", 110985, 111600, "99.45", "｜99.45｜100.00｜98.72｜100.00")
    dr.rate("执行率 县级", 47385, 48000, "98.72")
    dr.eq("结余", 48000 - 47385, 615)
    dr.eq("结余 total", 111600 - 110985, 615)
    dr.has("年末结余615.00元")
    dr.eq("两癌", 6 * 10000, 60000)
    dr.eq("两癌 4+2", 4 + 2, 6)
    dr.eq("培训支出", 47385 + 3600, 50985)
    dr.eq("培训 parts", 24000 + 7200 + 16800 + 2985, 50985)
    dr.has("巾帼家政培训支出50,985.00元，其中讲课费24,000.00元", "实操耗材2,985.00元")
    dr.eq("讲课费", 4 * 6000, 24000)
    dr.eq("教材费", 160 * 45, 7200)
    dr.eq("误餐", 160 * 15 * 7, 16800)
    dr.eq("培训人数", 4 * 40, 160)
    for a, b in [(14, 20), (11, 17), (10, 16), (22, 28)]:
        dr.eq("每期7天", b - a + 1, 7)
    dr.approx("人均培训成本", D(50985) / 160, "318.66", "人均培训成本318.66元")
    dr.rate("合格率", 148, 160, "92.50%", "合格率92.50%")
    dr.rate("就业率", 96, 160, "60.00%", "就业率60.00%（96÷160）")
    dr.rate("就业完成率", 60, 65, "92.31%")
    dr.rate("满意度", 152, 160, "95.00%", "满意152份，满意度95.00%")
    dr.eq("执行得分", r2(10 * D(110985) / 111600), D("9.94"))
    dr.eq("就业得分", r2(15 * D(60) / 65), D("13.85"))
    t = dr.text
    sub = re.findall(r"^（\d）.*?分值(\d+)分，得([\d.]+)分", t, re.M)
    out = sub[:6]
    ben = sub[6:]
    dr.eq("产出 weights", sum(num(w) for w, _ in out), 50)
    dr.eq("产出 scores", sum(num(s) for _, s in out), 50)
    dr.eq("效益 weights", sum(num(w) for w, _ in ben), 30)
    dr.eq("效益 scores", sum(num(s) for _, s in ben), D("28.85"))
    for w, s in sub:
        if num(s) > num(w):
            fail(f"shangcheng: score {s} > weight {w}")
    dr.eq("weights", 10 + 50 + 30 + 10, 100)
    dr.has("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "产出指标（分值50分，得50分）",
           "效益指标（分值30分，得28.85分）", "满意度指标（分值10分，得10分）", "执行率99.45%，得9.94分")
    dr.total_and_grade(["9.94", "50", "28.85", "10"], "98.79", "自评得分98.79分，评价等级为优", "优")


# ---------------------------------------------------------------- labels and edits
def edit_shape(clean, case, code):
    a, b = clean.splitlines(), case.splitlines()
    if len(a) != len(b):
        return "line count changed"
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if not diff:
        return "no change"
    if len(diff) > 2 or (len(diff) == 2 and (code not in MULTI_OK or diff[1] != diff[0] + 1)):
        return f"changed lines {diff}"
    for i in diff:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        size = max(len(x) - p - s, len(y) - p - s)
        if size > 16:
            return f"edit of {size} chars on line {i + 1}"
    return None


def labels():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    seen = {}
    for rec in recs:
        text = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean record wrong")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value also in clean draft: {v!r}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity")
            seen.setdefault(exp["code"], set()).add(rec["source"])
        why = edit_shape(clean, text, rec["expected"][0]["code"])
        if why:
            fail(f"{rec['case']}: {why}")
    codes = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
             "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
             "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in codes:
        if len(seen.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects: {sorted(seen.get(c, ()))}")
    return recs


def main():
    for f in (luanping, shandan, ledu, qixian, shangcheng):
        f()
    recs = labels()
    if FAIL:
        print("\n".join(FAIL))
        print(f"FAILED ({len(FAIL)})")
        return 1
    print(f"OK: {len(recs)} cases, {sum(not r['clean'] for r in recs)} labelled errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
