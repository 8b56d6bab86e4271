#!/usr/bin/env python3
"""Verify the n191 set: label values occur in their cases, every error case differs from its
clean draft in one contiguous place, the codes are covered, and the arithmetic of every clean
draft holds (each figure used is first asserted to be printed in the draft)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


class Draft:
    def __init__(self, src):
        self.src = src
        self.text = read(f"{src}-clean.txt")

    def has(self, *subs):
        for s in subs:
            if s not in self.text:
                fail(f"{self.src}: figure not printed: {s!r}")

    def lacks(self, *subs):
        for s in subs:
            if s in self.text:
                fail(f"{self.src}: unexpected text {s!r}")

    def eq(self, what, got, want, d=2):
        if round(got + 1e-9, d) != round(want, d) and abs(got - want) > 10 ** -d / 2 + 1e-9:
            fail(f"{self.src}: {what}: computed {got} vs stated {want}")

    def pct(self, what, num, den, stated, d=2):
        self.eq(what, num / den * 100, stated, d)


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def score_gte(w, target, actual):
    return w if actual >= target else round(w * actual / target + 1e-9, 2)


def check_rudong():
    d = Draft("rudong-correction-2022")
    d.has("年初预算86.00万元", "当年财政拨款80.00万元、上年结转资金6.00万元", "追加预算12.00万元", "调整为98.00万元",
          "实际支出93.10万元，预算执行率95.00%", "当年财政拨款支出87.44万元，上年结转资金支出5.66万元", "未使用的4.90万元",
          "\t86.00\t98.00\t93.10\t10\t95.00%\t9.50", "\t80.00\t92.00\t87.44", "\t6.00\t6.00\t5.66")
    d.eq("年初 = 拨款 + 结转", 80.00 + 6.00, 86.00)
    d.eq("全年 = 年初 + 追加", 86.00 + 12.00, 98.00)
    d.eq("全年 = 92 + 6", 92.00 + 6.00, 98.00)
    d.eq("执行 = 87.44 + 5.66", 87.44 + 5.66, 93.10)
    d.pct("执行率", 93.10, 98.00, 95.00)
    d.eq("执行得分", 10 * 93.10 / 98.00, 9.50)
    d.eq("结转 = 全年 - 执行", 98.00 - 93.10, 4.90)
    d.has("结转至2023年", "截至2022年12月31日", "（2022年度）")
    d.has("31.20万元", "24.60万元", "28.80万元（12名社工，每人每月2000元）", "8.50万元", "占全年实际支出的30.93%")
    d.eq("支出明细之和", 31.20 + 24.60 + 28.80 + 8.50, 93.10)
    d.eq("社工 12×2000×12 元 → 万元", 12 * 2000 * 12 / 10000, 28.80)
    d.pct("社工支出占比", 28.80, 93.10, 30.93)
    d.has("一季度末在册412人、二季度末398人、三季度末405人、四季度末421人，季末平均在册409人")
    d.eq("季末平均", (412 + 398 + 405 + 421) / 4, 409, 0)
    d.has("集中教育学习3912人次，完成年度目标的108.67%", "≥3600人次\t3912人次")
    d.pct("学习人次完成率", 3912, 3600, 108.67)
    d.has("再犯罪1人，再犯罪率0.12%", "累计接收社区矫正对象836人")
    d.pct("再犯罪率", 1, 836, 0.12)
    d.has("矫正对象满意度96%，社区居民满意度93%，综合满意度94.5%")
    d.eq("综合满意度 = 均值", (96 + 93) / 2, 94.5, 1)
    d.has("≥95%\t92%\t10\t9.68")
    d.eq("终端在线率得分", score_gte(10, 95, 92), 9.68)
    weights = [10, 10, 10, 10, 10, 10, 15, 15, 10]
    scores = [9.50, 10, 10, 10, 9.68, 10, 15, 15, 10]
    d.eq("权重合计", sum(weights), 100)
    d.has("总分\t100\t99.18", "自评得分99.18分，评价等级为“优”")
    d.eq("得分合计", sum(scores), 99.18)
    if grade(99.18) != "优":
        fail("rudong grade")


def check_yongchuan():
    d = Draft("yongchuan-antidrug-2021")
    d.has("区财政批复150.00万元，其中区级财政资金120.00万元、市级禁毒补助资金30.00万元", "全年预算未调整",
          "全年资金150.00万元全部到位，到位率100%", "全年实际支出142.35万元，预算执行率94.90%",
          "区级资金支出115.20万元，市级补助资金支出27.15万元", "年末结转7.65万元",
          "\t150.00\n\t150.00\n\t142.35\n\t10\n\t94.90%\n\t9.49")
    d.eq("区级 + 市级", 120.00 + 30.00, 150.00)
    d.eq("执行 = 区级 + 市级", 115.20 + 27.15, 142.35)
    d.pct("执行率", 142.35, 150.00, 94.90)
    d.eq("执行得分", 10 * 142.35 / 150.00, 9.49)
    d.eq("结转", 150.00 - 142.35, 7.65)
    d.has("禁毒宣传38.50万元", "毛发检测45.60万元", "补助40.00万元（20名，每人每年20000元）", "案件查办18.25万元")
    d.eq("支出明细", 38.50 + 45.60 + 40.00 + 18.25, 142.35)
    d.eq("专干补助 20×20000 元", 20 * 20000 / 10000, 40.00)
    d.has("一季度300人次、二季度320人次、三季度310人次、四季度330人次，季均检测315人次", "毛发检测1260人次", "\t1260人次")
    d.eq("季度之和", 300 + 320 + 310 + 330, 1260, 0)
    d.eq("季均", (300 + 320 + 310 + 330) / 4, 315, 0)
    d.has("组织禁毒宣传136场，完成年度目标的113.33%", "\t≥120场\n\t136场")
    d.pct("宣传完成率", 136, 120, 113.33)
    d.has("全区现有吸毒人员574人，较2020年末的612人下降6.2%", "\t≥5%\n\t6.2%")
    d.pct("下降率", 612 - 574, 612, 6.2, 1)
    weights = [10, 10, 10, 10, 10, 10, 15, 15, 10]
    scores = [9.49, 10, 10, 10, 10, 10, 15, 15, 10]
    d.eq("权重合计", sum(weights), 100)
    d.eq("得分合计", sum(scores), 99.49)
    d.has("\t100\n\t99.49", "自评总分99.49分，评价等级为“优”", "绩效指标得分90分", "\t自评等级\n\t优")
    d.eq("绩效指标得分", sum(scores[1:]), 90)
    if grade(99.49) != "优":
        fail("yongchuan grade")


def check_yizhou():
    d = Draft("yizhou-detention-2023")
    rows = {
        "(1)": ("210.00", "210.00", "", "60.00", "", "150.00", "", ""),
        "(2)": ("236.00", "226.00", "", "60.00", "", "166.00", "10.00", ""),
        "(3)": ("236.00", "226.00", "", "60.00", "", "166.00", "10.00", ""),
        "(4)": ("229.40", "219.40", "", "60.00", "", "159.40", "10.00", ""),
    }
    for k, r in rows.items():
        d.has(k + "\n" + "\n".join("\t" + c for c in r))
        v = [float(x) if x else 0.0 for x in r]
        d.eq(f"{k} 总额 = 小计 + 结转 + 其他", v[1] + v[6] + v[7], v[0])
        d.eq(f"{k} 小计 = 各级", v[2] + v[3] + v[4] + v[5], v[1])
    d.has("(5)=(3)-(4)\n\t6.60\n\t6.60\n\t0\n\t0\n\t0\n\t6.60\n\t0\n\t0")
    d.eq("(5) 总额", 236.00 - 229.40, 6.60)
    d.eq("(5) 县区级", 166.00 - 159.40, 6.60)
    d.has("(6)=(3)/(2)\n\t100\n\t100\n\t0\n\t100\n\t0\n\t100\n\t100\n\t0")
    d.has("(7)=(4)/(2)\n\t97.20\n\t97.08\n\t0\n\t100\n\t0\n\t96.02\n\t100\n\t0")
    d.pct("(7) 总额", 229.40, 236.00, 97.20)
    d.pct("(7) 小计", 219.40, 226.00, 97.08)
    d.pct("(7) 县区级", 159.40, 166.00, 96.02)
    d.has("批复看守所运行经费210.00万元，其中自治区级补助资金60.00万元、区本级资金150.00万元",
          "追加区本级资金16.00万元", "上年结转资金10.00万元，全年预算资金236.00万元",
          "截至2023年12月31日，全年执行资金229.40万元，预算执行率97.20%，年末结余6.60万元")
    d.eq("全年 = 210 + 16 + 10", 210.00 + 16.00 + 10.00, 236.00)
    d.has("伙食费113.15万元", "医疗及防疫费24.80万元", "被装及生活用品18.60万元", "水电暖费41.25万元", "监控设备运维31.60万元")
    d.eq("支出明细", 113.15 + 24.80 + 18.60 + 41.25 + 31.60, 229.40)
    d.has("按日均200人计算，全年伙食费1131500元", "15.5元/人·日")
    d.eq("伙食费 200×15.5×365 元 → 万元", 200 * 15.5 * 365 / 10000, 113.15)
    d.has("一季度日均羁押196人、二季度204人、三季度188人、四季度212人，全年日均羁押200人")
    d.eq("日均羁押", (196 + 204 + 188 + 212) / 4, 200, 0)
    d.has("\t≥180人\n\t200人\n\t111.11%\n\t12.5")
    d.pct("羁押完成率", 200, 180, 111.11)
    d.has("\t≥30条\n\t27条\n\t90.00%\n\t13.5")
    d.pct("线索完成率", 27, 30, 90.00)
    d.eq("线索得分", score_gte(15, 30, 27), 13.5)
    d.has("回收有效问卷400份，满意380份，满意度95%", "\t≥90%\n\t95%\n\t105.56%\n\t10")
    d.pct("满意度", 380, 400, 95, 0)
    d.pct("满意度完成率", 95, 90, 105.56)
    d.has("\t100%\n\t97.20%\n\t97.20%\n\t9.72")
    d.eq("执行得分", 10 * 229.40 / 236.00, 9.72)
    weights = [10, 12.5, 12.5, 12.5, 12.5, 15, 15, 10]
    scores = [9.72, 12.5, 12.5, 12.5, 12.5, 15, 13.5, 10]
    d.eq("权重合计", sum(weights), 100)
    d.eq("得分合计", sum(scores), 98.22)
    d.has("\t100\n\t\n\t\n\t\n\t98.22", "总得分98.22分，属于“优秀”", "附件1.项目支出绩效自评表（2023年度）")
    if grade(98.22) != "优":
        fail("yizhou grade")


def check_dashiqiao():
    d = Draft("dashiqiao-trafficcam-2020")
    d.has("年初预算64.00万元", "调减本项目预算6.00万元，全年预算58.00万元", "全年实际支出55.68万元，预算执行率96.00%，结余2.32万元",
          "年度资金总额 64.00 58.00 55.68 10 96.00% 9.60", "其中：当年财政拨款 64.00 58.00 55.68", "2019年12月提前下达40.00万元")
    d.eq("全年 = 年初 - 调减", 64.00 - 6.00, 58.00)
    d.pct("执行率", 55.68, 58.00, 96.00)
    d.eq("结余", 58.00 - 55.68, 2.32)
    d.eq("执行得分", 10 * 55.68 / 58.00, 9.60)
    d.has("运维外包服务费36.00万元", "通信线路租赁费12.48万元（26处点位，每处每月400元）", "设备用电费4.20万元", "维修配件购置费3.00万元")
    d.eq("支出明细", 36.00 + 12.48 + 4.20 + 3.00, 55.68)
    d.eq("线路租赁 26×400×12 元", 26 * 400 * 12 / 10000, 12.48)
    d.has("共有点位26处，其中电子警察14处、卡口测速8处、违停抓拍4处", "=26处 26处 15 15")
    d.eq("点位", 14 + 8 + 4, 26, 0)
    d.has("四个季度设备完好率分别为96.2%、97.1%、96.5%、97.4%，全年平均96.8%", "≥95% 96.8% 15 15")
    d.eq("完好率平均", (96.2 + 97.1 + 96.5 + 97.4) / 4, 96.8, 1)
    d.has("≥95% 93.5% 10 9.84", "较年度目标低1.5个百分点")
    d.eq("有效率得分", score_gte(10, 95, 93.5), 9.84)
    d.eq("差距", 95 - 93.5, 1.5, 1)
    d.has("采集交通违法数据9.12万起，完成年度目标的114.00%", "≥8万起 9.12万起 15 15")
    d.pct("数据完成率", 9.12, 8, 114.00)
    d.has("道路交通事故164起，较2019年的171起下降4.1%", "≥3% 4.1% 15 15")
    d.pct("事故下降率", 171 - 164, 171, 4.1, 1)
    d.has("≤24小时 18小时 10 10", "≥85% 90% 10 10")
    weights = [10, 15, 15, 10, 10, 15, 15, 10]
    scores = [9.60, 15, 15, 9.84, 10, 15, 15, 10]
    d.eq("权重合计", sum(weights), 100)
    d.eq("得分合计", sum(scores), 99.44)
    d.has("总分 100 99.44", "本项目得分99.44分，其中预算执行率得分9.60分，产出指标得分49.84分，效益指标得分30分，满意度指标得分10分",
          "评价等级为“优”", "（2020年度）")
    d.eq("产出得分", 15 + 15 + 9.84 + 10, 49.84)
    d.eq("一级得分之和", 9.60 + 49.84 + 30 + 10, 99.44)
    if grade(99.44) != "优":
        fail("dashiqiao grade")


def check_nanxiong():
    d = Draft("nanxiong-legalservice-2024")
    sub = [("村（居）法律顾问补贴", 116.00, 116.00, 104.00, 89.66),
           ("公共法律服务中心（站）运行", 18.40, 22.40, 21.80, 97.32),
           ("人民调解“以案定补”", 9.60, 15.60, 12.60, 80.77),
           ("法治宣传", 6.00, 8.00, 7.40, 92.50)]
    for name, a, b, c, r in sub:
        d.has(f"{name}｜{a:.2f}｜{b:.2f}｜{c:.2f}｜{r:.2f}%")
        d.pct(f"{name} 执行率", c, b, r)
    d.has("合计｜150.00｜162.00｜145.80｜90.00%")
    d.eq("年初合计", sum(s[1] for s in sub), 150.00)
    d.eq("全年合计", sum(s[2] for s in sub), 162.00)
    d.eq("执行合计", sum(s[3] for s in sub), 145.80)
    d.pct("合计执行率", 145.80, 162.00, 90.00)
    d.has("年初预算150.00万元", "补助资金12.00万元，全年预算调整为162.00万元", "实际支出145.80万元，预算执行率90.00%，尚未支出的16.20万元结转至2025年",
          "每个村（社区）每年5000元标准安排116.00万元", "232个村（社区）", "已支付208个村（社区），其余24个")
    d.eq("全年 = 年初 + 追加", 150.00 + 12.00, 162.00)
    d.eq("结转", 162.00 - 145.80, 16.20)
    d.eq("顾问补贴 232×5000", 232 * 5000 / 10000, 116.00)
    d.eq("已付 208×5000", 208 * 5000 / 10000, 104.00)
    d.eq("208 + 24", 208 + 24, 232, 0)
    d.has("全年提供法律咨询服务10800人次，完成率90.00%", "开展法治讲座414场，完成率90.00%")
    d.pct("咨询完成率", 10800, 12000, 90.00)
    d.pct("讲座完成率", 414, 460, 90.00)
    d.has("受理矛盾纠纷1682宗，调解成功1620宗，调解成功率96.3%")
    d.pct("调解成功率", 1620, 1682, 96.3, 1)
    d.has("4个季度中有3个季度按时发放，发放及时率75%")
    d.pct("发放及时率", 3, 4, 75, 0)
    d.has("12348热线回访满意度88.0%，公共法律服务中心现场评价满意度84.6%，村（居）入户调查满意度83.0%，三项平均满意度85.2%")
    d.eq("平均满意度", (88.0 + 84.6 + 83.0) / 3, 85.2, 1)
    rows = [("预算执行率", 10, 9.00), ("村（居）法律顾问覆盖率", 10, 10), ("法律咨询服务人次", 10, 9.00),
            ("法治讲座场次", 10, 9.00), ("人民调解成功率", 10, 10), ("法律顾问补贴按季度发放及时率", 10, 7.50),
            ("矛盾纠纷化解数", 10, 10), ("群众法治意识", 10, 7.00), ("新创建民主法治示范村（社区）", 10, 8.00),
            ("服务对象满意度", 10, 9.47)]
    d.eq("执行得分", 10 * 145.80 / 162.00, 9.00)
    d.eq("咨询得分", score_gte(10, 12000, 10800), 9.00)
    d.eq("讲座得分", score_gte(10, 460, 414), 9.00)
    d.eq("及时率得分", score_gte(10, 100, 75), 7.50)
    d.eq("示范村得分", score_gte(10, 10, 8), 8.00)
    d.eq("满意度得分", score_gte(10, 90, 85.2), 9.47)
    if not (6 <= 7.00 < 8):
        fail("qualitative band")
    d.has("｜10｜9.00｜部分补贴结转次年", "｜≥12000人次｜10800人次｜10｜9.00｜", "｜≥460场｜414场｜10｜9.00｜",
          "｜≥95%｜96.3%｜10｜10｜", "｜100%｜75%｜10｜7.50｜", "｜≥1500宗｜1620宗｜10｜10｜", "｜明显提升｜部分达成｜10｜7.00｜",
          "｜≥10个｜8个｜10｜8.00｜", "｜≥90%｜85.2%｜10｜9.47｜", "总分｜｜｜｜｜100｜88.97｜")
    d.eq("权重合计", sum(r[1] for r in rows), 100)
    d.eq("得分合计", sum(r[2] for r in rows), 88.97)
    d.has("自评得分88.97分，等级为良", "预算执行率得分9.00分，产出指标得分45.50分，效益指标得分25.00分，满意度指标得分9.47分")
    d.eq("产出", 10 + 9 + 9 + 10 + 7.5, 45.50)
    d.eq("效益", 10 + 7 + 8, 25.00)
    d.eq("一级之和", 9.00 + 45.50 + 25.00 + 9.47, 88.97)
    if grade(88.97) != "良":
        fail("nanxiong grade")


def main():
    for fn in (check_rudong, check_yongchuan, check_yizhou, check_dashiqiao, check_nanxiong):
        fn()
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels and case files differ")
    codes = Counter()
    sources = set()
    for lab in labels:
        text = read(lab["case"])
        src = lab["source"]
        sources.add(src)
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: {n} characters")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity")
            if e["value"] not in text:
                fail(f"{lab['case']}: value not in case: {e['value']!r}")
        clean = read(f"{src}-clean.txt")
        if text == clean:
            fail(f"{lab['case']}: identical to clean")
            continue
        # one contiguous changed place: strip common prefix and suffix
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        region_new = text[p:len(text) - s]
        region_old = clean[p:len(clean) - s]
        if max(len(region_new), len(region_old)) > 120:
            fail(f"{lab['case']}: changed region too long ({region_old!r} -> {region_new!r})")
        # the changed figure must lie inside an occurrence of the label value
        v = lab["expected"][0]["value"]
        i, hit = text.find(v), False
        while i >= 0:
            if i <= p + max(len(region_new) - 1, 0) and i + len(v) >= p + 1:
                hit = True
            i = text.find(v, i + 1)
        if not hit:
            fail(f"{lab['case']}: value does not cover the change")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times")
    if len(sources) != 5 or len(labels) != 35:
        fail("expected 5 sources and 35 cases")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: {dict(codes)}")
    print("OK")


if __name__ == "__main__":
    main()
