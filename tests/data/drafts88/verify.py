#!/usr/bin/env python3
"""Check set n88: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK (exit 0) or the list of problems (exit 1).
"""
import datetime
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(",", ""))


def ndp(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    tol = D("0.5") * (D(10) ** -ndp(stated)) + D("1e-9")
    return abs(D(computed) - dec(stated)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    def __init__(self, name, text):
        self.name, self.t = name, text

    def has(self, ctx):
        if ctx not in self.t:
            bad(f"{self.name}: context not found: {ctx!r}")
            return False
        return True

    def chk(self, ctx, num, computed, what=""):
        """ctx must be in the text, num inside ctx; num must equal computed within its decimals."""
        if not self.has(ctx):
            return
        if num not in ctx:
            bad(f"{self.name}: {num!r} not inside {ctx!r}")
            return
        if not close(num, computed):
            bad(f"{self.name}: {what or ctx}: stated {num}, computed {computed}")

    def avg(self, ctx, items, stated):
        self.chk(ctx, stated, sum(dec(i) for i in items) / len(items), "average")
        for i in items:
            if i not in ctx:
                bad(f"{self.name}: item {i} not in {ctx!r}")


# ---------------------------------------------------------------- 自评表 parser
GTE = ("≥", "不少于", "不低于")
LTE = ("≤", "不高于", "不超过")
ROW_TA = re.compile(r"目标(≥|≤|不少于|不低于|不高于|不超过)?([\d.]+)([^，\d][^，]*?|)，完成([\d.]+)([^，]*?)(?:，|。|$)")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_table(doc):
    t = doc.t
    start = max(t.rfind("\n附件"), t.rfind("\n附："))
    if start < 0:
        bad(f"{doc.name}: no 附件 table")
        return
    lines = t[start:].split("\n")
    exec_w = exec_s = None
    blocks = []  # [name, weight, [(w, s, line)]]
    total = None
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line.startswith(("合计", "总分", "总得分", "自评总得分")):
            m = re.search(r"(?:得分|总得分：|自评总得分：)([\d.]+)分", line)
            total = dec(m.group(1))
            continue
        hm = re.search(r"(产出指标|效益指标|满意度指标)（分值(\d+)分）", line)
        if hm and "得" not in line:
            blocks.append([hm.group(1), dec(hm.group(2)), []])
            continue
        if "预算执行率" in line and "分值" in line:
            exec_w = dec(re.search(r"分值(\d+)分", line).group(1))
            exec_s = re.search(r"得([\d.]+)分", line).group(1)
            m = re.search(r"全年预算([\d.]+)万元，(?:全年)?执行([\d.]+)万元", line)
            r = dec(m.group(2)) / dec(m.group(1))
            rm = re.search(r"执行率([\d.]+)%", line)
            if rm and not close(rm.group(1), r * 100):
                bad(f"{doc.name}: table execution rate {rm.group(1)} vs {r * 100}")
            ok = close(exec_s, exec_w * min(r, D(1)))
            if rm:
                ok = ok or close(exec_s, exec_w * min(dec(rm.group(1)) / 100, D(1)))
            if not ok:
                bad(f"{doc.name}: execution score {exec_s} vs {exec_w * r}")
            continue
        sm = re.search(r"得([\d.]+)分", line)
        wm = re.search(r"分值([\d.]+)分", line)
        if sm and wm:
            if not blocks:
                bad(f"{doc.name}: row before any block: {line}")
                continue
            w, s = dec(wm.group(1)), dec(sm.group(1))
            blocks[-1][2].append((w, s, line))
            if s > w or s < 0:
                bad(f"{doc.name}: score above weight: {line}")
            check_row(doc, line, w, s)
    if exec_w is None or total is None:
        bad(f"{doc.name}: execution row or total not found")
        return
    wsum = exec_w
    ssum = dec(exec_s)
    for name, bw, rows in blocks:
        rw = sum(r[0] for r in rows)
        if rw != bw:
            bad(f"{doc.name}: {name} rows weigh {rw}, block says {bw}")
        wsum += bw
        ssum += sum(r[1] for r in rows)
    if wsum != 100:
        bad(f"{doc.name}: weights add to {wsum}")
    if ssum != total:
        bad(f"{doc.name}: scores add to {ssum}, total {total}")
    # every restatement of the total in the text
    for m in re.finditer(r"(?:自评得分|总得分|自评总得分|得分)：?([\d.]+)分", t):
        v = dec(m.group(1))
        if v > 50 and v != total:
            bad(f"{doc.name}: total restated as {v}, table {total}")
    grades = re.findall(r"评价等级(?:为|：)“?(优秀|良好|优|良|中等|中|一般|合格|较差|差)", t)
    if not grades:
        bad(f"{doc.name}: no grade")
    for g in grades:
        if GRADE_NORM[g] != grade_of(total):
            bad(f"{doc.name}: grade {g} for total {total}")
    doc.total, doc.blocks, doc.exec = total, blocks, (exec_w, exec_s)


def check_row(doc, line, w, s):
    if "达成" in line:
        ratio = s / w
        if "部分达成" in line:
            if not (D("0.6") <= ratio < D("0.8")):
                bad(f"{doc.name}: 部分达成 band: {line}")
        elif not (D("0.8") <= ratio <= 1):
            bad(f"{doc.name}: 达成 band: {line}")
        return
    m = ROW_TA.search(line)
    if not m:
        bad(f"{doc.name}: cannot read row: {line}")
        return
    sign, T, tu, A, au = m.groups()
    if "年" in tu or "年" in au:  # a date target: met when the date is not later
        dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", line)
        d0, d1 = [datetime.date(*map(int, x)) for x in dates[:2]]
        if d1 <= d0 and s != w:
            bad(f"{doc.name}: date met but score {s}: {line}")
        if d1 > d0:
            bad(f"{doc.name}: late date without 达成 wording: {line}")
        return
    if tu.strip() != au.strip():
        bad(f"{doc.name}: unit {tu!r} vs {au!r}: {line}")
    T, A = dec(T), dec(A)
    if sign in LTE:
        comp = D(1) if A <= T else T / A
        score = w if A <= T else w * T / A
    else:
        comp = A / T
        score = w * min(comp, D(1))
    cm = re.search(r"完成率([\d.]+)%", line)
    if cm and not close(cm.group(1), comp * 100):
        bad(f"{doc.name}: completion {cm.group(1)} vs {comp * 100}: {line}")
    ok = close(str(s), score)
    if cm:
        ok = ok or close(str(s), w * min(dec(cm.group(1)) / 100, D(1)))
    if not ok:
        bad(f"{doc.name}: row score {s} vs {score}: {line}")
    if comp > D("1.2"):
        bad(f"{doc.name}: over-achievement above 20%: {line}")


# ---------------------------------------------------------------- per-project arithmetic
def p_xixian(d):
    d.chk("项目年初预算150.00万元，其中省级农业产业发展资金100.00万元、县级配套资金50.00万元", "150.00", D(100) + D(50))
    d.chk("调整后全年预算180.00万元，其中省级100.00万元、市级30.00万元、县级50.00万元", "180.00", D(100) + D(30) + D(50))
    d.chk("下达市级农产品品牌建设资金30.00万元", "30.00", D(180) - D(150), "追加 = 全年 − 年初")
    d.chk("省级资金中70.00万元于2018年12月提前下达", "70.00", D(100) - D(30), "省级 advance + rest")
    d.chk("拨付30.00万元和20.00万元", "20.00", D(50) - D(30), "县级 two tranches")
    d.chk("全年实际到位资金180.00万元，资金到位率100%", "100", D(180) / D(180) * 100)
    spent = D("28.60") + D("46.35") + D("48.00") + D("15.21") + D("34.30")
    d.chk("实际支出172.46万元，其中品牌策划设计28.60万元、宣传推介46.35万元、示范村奖补48.00万元、技术培训15.21万元、电商销售及包装补贴34.30万元，预算执行率95.81%", "172.46", spent)
    d.chk("预算执行率95.81%", "95.81", D("172.46") / D(180) * 100)
    d.chk("电商销售及包装补贴预算36.00万元，合计180.00万元", "180.00", D(30) + D(50) + D(48) + D(16) + D(36))
    d.chk("宣传推介经费执行率92.70%", "92.70", D("46.35") / D(50) * 100)
    d.chk("年末结余资金7.54万元", "7.54", D(180) - D("172.46"))
    d.chk("分别获得奖补12万元、10万元、10万元、8万元和8万元", "12", D(48) - 10 - 10 - 8 - 8, "奖补 list = 48.00")
    d.chk("经营主体46家，其中农民专业合作社28家、企业11家、家庭农场7家，完成年度目标的115%", "46", D(28 + 11 + 7))
    d.chk("经营主体46家，其中农民专业合作社28家、企业11家、家庭农场7家，完成年度目标的115%", "115", D(46) / 40 * 100)
    d.chk("举办技术培训班12期，每期105人次，共培训果农1260人次，完成率105%", "1260", D(12 * 105))
    d.chk("共培训果农1260人次，完成率105%", "105", D(1260) / 1200 * 100)
    d.chk("参加展会推介5次，目标为6次，完成率83.33%", "83.33", D(5) / 6 * 100)
    d.chk("合格248批次，抽检合格率99.2%", "99.2", D(248) / 250 * 100)
    d.chk("人均培训成本120.71元", "120.71", D("152100") / 1260)
    d.chk("销售量5.4万吨，销售额3.24亿元，平均售价6.00元/公斤", "6.00", D("3.24e8") / D("5.4e7"))
    d.chk("较2018年的2.70亿元增长20.00%", "20.00", (D("3.24") - D("2.70")) / D("2.70") * 100)
    d.chk("电商平台实现销售额2160万元，占全县销售额的6.67%", "6.67", D(2160) / D(32400) * 100)
    d.avg("户均增收分别为2480元、2310元、2650元、2150元和2210元，平均2360元", ["2480", "2310", "2650", "2150", "2210"], "2360")
    d.chk("发放调查问卷400份，收回382份，其中表示满意的361份，果农满意度94.50%", "94.50", D(361) / 382 * 100)
    d.chk("比计划推迟20天", "20", D((datetime.date(2019, 12, 20) - datetime.date(2019, 11, 30)).days))
    d.chk("本项目自评得分90.39分", "90.39", d.total)
    d.chk("结转资金7.54万元全部用于2020年品牌推介", "7.54", D(180) - D("172.46"))
    d.chk("年度资金总额：年初预算数150.00万元，全年预算数180.00万元，全年执行数172.46万元", "180.00", D(150) + D(30))


def p_linxian(d):
    d.chk("年初预算100.00万元，其中省级供销合作社发展资金60.00万元、县级财政资金40.00万元", "100.00", D(60) + D(40))
    d.chk("全年预算108.50万元", "108.50", D(100) + D("8.50"))
    d.chk("另外20.00万元在2020年5月下达", "20.00", D(60) - D(40), "省级 advance 40 + 20")
    d.chk("全年实际到位108.50万元，到位率100%", "100", D(100))
    spent = D(25) + D("21.86") + D("18.40") + D("16.70") + D("6.51") + D("12.90")
    d.chk("项目共支出101.37万元，占全年预算的93.43%", "101.37", spent)
    d.chk("项目共支出101.37万元，占全年预算的93.43%", "93.43", D("101.37") / D("108.50") * 100)
    d.chk("分别获得补助12万元、8万元和5万元，平均每社8.33万元，合计25.00万元", "25.00", D(12 + 8 + 5))
    d.avg("分别获得补助12万元、8万元和5万元，平均每社8.33万元", ["12", "8", "5"], "8.33")
    d.chk("全年补贴83500单，正好16.70万元", "16.70", D(83500) * 2 / 10000)
    d.chk("年末结余7.13万元", "7.13", D("108.50") - D("101.37"))
    d.chk("快递83500单，完成目标的104.38%", "104.38", D(83500) / 80000 * 100)
    d.chk("开展直播带货86场，比目标少14场，完成86%", "14", D(100 - 86))
    d.chk("统一制作品牌包装52万个，完成104%", "104", D(52) / 50 * 100)
    d.chk("开展品牌推介活动2次，原计划的4次中有2次线下活动因疫情取消，完成50%", "50", D(2) / 4 * 100)
    d.chk("比2019年的1420万元同比增长31.34%，完成年度目标的103.61%", "31.34", (D(1865) - D(1420)) / D(1420) * 100)
    d.chk("比2019年的1420万元同比增长31.34%，完成年度目标的103.61%", "103.61", D(1865) / D(1800) * 100)
    d.chk("共有社员299户，其中碛口镇合作社126户、丛罗峪镇合作社98户、曲峪镇合作社75户", "299", D(126 + 98 + 75))
    d.avg("户均增收分别为2140元、1960元和1780元，平均1960元", ["2140", "1960", "1780"], "1960")
    d.chk("平均1960元，比2000元的目标差40元", "40", D(2000 - 1960))
    d.chk("发放枣农满意度问卷200份，全部收回，表示满意的173份，满意度86.5%", "86.5", D(173) / 200 * 100)
    d.chk("自评得分93.84分，评价等级为“优秀”", "93.84", d.total)
    d.chk("年初预算数100.00万元，全年预算数108.50万元，全年执行数101.37万元；其中当年财政拨款年初100.00万元、全年100.00万元，上年结转资金8.50万元", "108.50", D(100) + D("8.50"))


def p_heyang(d):
    d.chk("项目总投资230.00万元，其中中央财政衔接推进乡村振兴补助资金150.00万元、县级衔接资金50.00万元、村集体及合作社自筹30.00万元", "230.00", D(150) + D(50) + D(30))
    d.chk("其余50.00万元于2022年3月下达", "50.00", D(150) - D(100), "中央 advance 100 + 50")
    d.chk("项目共支出226.80万元，预算执行率98.61%", "98.61", D("226.80") / D(230) * 100)
    d.chk("项目共支出226.80万元", "226.80", D("196.80") + D(30))
    d.chk("其中财政资金支出196.80万元，财政资金执行率98.40%", "98.40", D("196.80") / D(200) * 100)
    d.chk("县级衔接资金当年支出46.80万元，执行率93.60%", "93.60", D("46.80") / D(50) * 100)
    d.chk("避雨大棚120亩，每亩补助0.9万元，支出108.00万元", "108.00", D(120) * D("0.9"))
    d.chk("每亩补助9000元", "9000", D("0.9") * 10000)
    d.chk("滴灌80亩，每亩补助0.6万元，支出48.00万元", "48.00", D(80) * D("0.6"))
    d.chk("每亩补助6000元", "6000", D("0.6") * 10000)
    d.chk("冷库原预算74.00万元（财政资金44.00万元、自筹30.00万元）", "74.00", D(44) + D(30))
    d.chk("实际支出70.80万元，其中财政资金40.80万元、自筹资金30.00万元", "70.80", D("40.80") + D(30))
    d.chk("支出108.00万元；滴灌80亩", "108.00", D("196.80") - D(48) - D("40.80"), "财政 items = 196.80")
    d.chk("财政资金44.00万元", "44.00", D(200) - D(108) - D(48), "财政 budget items = 200")
    d.chk("财政资金结余3.20万元", "3.20", D(200) - D("196.80"))
    d.chk("财政资金结余3.20万元", "3.20", D(44) - D("40.80"), "冷库 saving")
    d.chk("滴灌杨家庄村30亩、东雷村30亩、北渠村20亩", "20", D(80 - 30 - 30))
    d.chk("10月25日前全部完工，比计划提前6天", "6", D((datetime.date(2022, 10, 31) - datetime.date(2022, 10, 25)).days))
    d.chk("新建钢架避雨大棚120亩，其中杨家庄村50亩、东雷村40亩、北渠村30亩", "120", D(50 + 40 + 30))
    d.chk("技术培训326人次，完成年度目标的108.67%", "108.67", D(326) / 300 * 100)
    d.chk("大棚和滴灌验收面积200亩", "200", D(120 + 80))
    d.chk("销售收入1386万元，比2021年的1200万元增长15.50%", "15.50", (D(1386) - 1200) / D(1200) * 100)
    d.chk("按每吨每年320元出租给两家合作社，年租赁收入9.6万元", "9.6", D(300) * 320 / 10000)
    d.chk("冷库12月6日验收后当年只使用了25天", "25", D((datetime.date(2022, 12, 31) - datetime.date(2022, 12, 6)).days))
    d.chk("收回292份，其中满意278份，群众满意度95.21%", "95.21", D(278) / 292 * 100)
    d.chk("项目自评得分97.56分", "97.56", d.total)
    exec_s = dec(d.exec[1])
    sums = {name: sum(r[1] for r in rows) for name, _, rows in d.blocks}
    d.chk("其中预算执行率得分9.86分", "9.86", exec_s)
    d.chk("产出指标得分48.2分", "48.2", sums["产出指标"])
    d.chk("效益指标得分29.5分", "29.5", sums["效益指标"])
    d.chk("满意度指标得分10分", "10", sums["满意度指标"])
    d.chk("当年财政拨款200.00万元、200.00万元、196.80万元，上年结转资金0万元，其他资金30.00万元、30.00万元、30.00万元", "196.80", D("226.80") - D(30))


def p_zhashui(d):
    d.chk("年初预算260.00万元，其中中央财政衔接推进乡村振兴补助资金180.00万元、省级衔接资金50.00万元、县级衔接资金30.00万元", "260.00", D(180) + D(50) + D(30))
    d.chk("调整后全年预算250.00万元，其中中央180.00万元、省级50.00万元、县级20.00万元", "250.00", D(180) + D(50) + D(20))
    d.chk("调整后全年预算250.00万元", "250.00", D(260) - D(10))
    d.chk("技术服务及培训36.00万元，合计250.00万元", "250.00", D(72) + D(63) + D("28.80") + D(36) + D("14.20") + D(36))
    d.chk("60.00万元于2021年4月下达", "60.00", D(180) - D(120))
    d.chk("全年到位250.00万元，到位率100%", "100", D(100))
    d.chk("项目共支出236.45万元，预算执行率94.58%", "94.58", D("236.45") / D(250) * 100)
    d.chk("项目共支出236.45万元", "236.45", D(63) + D(63) + D("28.80") + D("35.40") + D("12.25") + D(34))
    d.chk("补贴菌包210万袋，支出菌包补贴63.00万元", "63.00", D(2100000) * D("0.3") / 10000)
    d.chk("新建挂袋棚42个，支出63.00万元", "63.00", D(42) * D("1.5"))
    d.chk("分别获得烘干设备补助9.6万元、9.6万元、4.8万元和4.8万元，合计28.80万元", "28.80", D("9.6") * 2 + D("4.8") * 2)
    d.chk("技术服务及培训34.00万元，其中聘请3名技术员驻村指导24.00万元、举办培训班10.00万元", "34.00", D(24) + D(10))
    d.chk("年底结转13.55万元", "13.55", D(250) - D("236.45"))
    d.chk("全年举办技术培训16期，平均每期25人次，共培训400人次", "25", D(400) / 16)
    d.chk("全年补贴菌包210万袋，完成目标的87.5%", "87.5", D(210) / 240 * 100)
    d.chk("新建木耳挂袋棚42个，完成105%", "105", D(42) / 40 * 100)
    d.chk("技术培训400人次，完成80%", "80", D(400) / 500 * 100)
    d.chk("合格199批次，抽检合格率99.5%", "99.5", D(199) / 200 * 100)
    d.chk("生产干木耳185吨，比2020年的165吨增长12.12%", "12.12", (D(185) - 165) / D(165) * 100)
    d.chk("实现销售收入1850万元，平均售价100元/公斤", "100", D("1850e4") / D("185e3"))
    d.chk("分别为248户、196户、214户和178户，共836户", "836", D(248 + 196 + 214 + 178))
    d.avg("分别为248户、196户、214户和178户，共836户，村均209户", ["248", "196", "214", "178"], "209")
    d.avg("户均增收分别为4120元、3860元、3540元和3980元，平均3875元", ["4120", "3860", "3540", "3980"], "3875")
    d.chk("平均3875元，比4000元的目标少125元", "125", D(4000 - 3875))
    d.chk("带动脱贫户312户种植木耳，完成目标的104%", "104", D(312) / 300 * 100)
    d.chk("发放群众满意度问卷250份，全部收回，其中满意210份，满意度84%", "84", D(210) / 250 * 100)
    exec_s = dec(d.exec[1])
    sums = {name: sum(r[1] for r in rows) for name, _, rows in d.blocks}
    d.chk("预算执行率指标得9.46分", "9.46", exec_s)
    d.chk("产出指标得45分", "45", sums["产出指标"])
    d.chk("效益指标得26.1分", "26.1", sums["效益指标"])
    d.chk("满意度指标得9.33分", "9.33", sums["满意度指标"])
    d.chk("项目自评总得分89.89分", "89.89", d.total)


def p_zhongwei(d):
    d.chk("项目年初预算400.00万元，其中自治区农业特色优势产业资金300.00万元、市级配套资金100.00万元", "400.00", D(300) + D(100))
    d.chk("全年预算425.60万元", "425.60", D(400) + D("25.60"))
    d.chk("100.00万元于2024年3月下达", "100.00", D(300) - D(200))
    d.chk("分两批拨付60.00万元和40.00万元", "40.00", D(100) - D(60))
    d.chk("全年资金到位425.60万元，到位率100%", "425.60", D(300) + D(100) + D("25.60"))
    d.chk("项目实际支出398.87万元，预算执行率93.72%", "93.72", D("398.87") / D("425.60") * 100)
    d.chk("项目实际支出398.87万元", "398.87", D("126.50") + D(60) + D("19.20") + D(95) + D("58.17") + D(40))
    d.chk("年末未使用资金26.73万元", "26.73", D("425.60") - D("398.87"))
    d.chk("中标单价0.12元/枚，采购500万枚，合同金额60.00万元", "60.00", D("5e6") * D("0.12") / 10000)
    d.chk("共检测320批次，每批次检测费600元，合计19.20万元", "19.20", D(320) * 600 / 10000)
    d.chk("分别获得补助40万元、30万元和25万元", "40", D(95) - 30 - 25, "基地 list = 95.00")
    d.chk("比目标少3场，完成70%", "70", D(7) / 10 * 100)
    d.chk("比目标少3场", "3", D(10 - 7))
    d.chk("已贴标使用462万枚，使用率92.4%", "92.4", D(462) / 500 * 100)
    d.chk("完成品质检测320批次，完成目标的106.67%", "106.67", D(320) / 300 * 100)
    d.chk("其中合格317批次，检测合格率99.06%", "99.06", D(317) / 320 * 100)
    d.chk("合作社64家，完成目标的80%", "80", D(64) / 80 * 100)
    d.chk("销售收入21.8亿元，比2023年的20.4亿元增长6.86%", "6.86", (D("21.8") - D("20.4")) / D("20.4") * 100)
    d.chk("只完成26亿元目标的83.85%", "83.85", D("21.8") / 26 * 100)
    d.chk("普通硒砂瓜1.60元/公斤，品牌溢价率6.88%", "6.88", (D("1.71") - D("1.60")) / D("1.60") * 100)
    d.chk("带动瓜农户均增收2100元，只完成3000元目标的70%", "70", D(2100) / 3000 * 100)
    d.chk("发放满意度问卷500份，全部收回，表示满意的437份，满意度87.4%", "87.4", D(437) / 500 * 100)
    d.chk("满分100分，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "100", D(10 + 50 + 30 + 10))
    ws = {name: bw for name, bw, _ in d.blocks}
    d.chk("产出指标50分", "50", ws["产出指标"])
    d.chk("效益指标30分", "30", ws["效益指标"])
    d.chk("项目自评得分87.79分", "87.79", d.total)
    d.chk("其中当年财政拨款400.00万元、400.00万元、373.27万元，上年结转资金0万元、25.60万元、25.60万元", "373.27", D("398.87") - D("25.60"))


CHECKS = {
    "xixian-yuluxiang-2019": p_xixian,
    "linxian-hongzao-2020": p_linxian,
    "heyang-hongti-2022": p_heyang,
    "zhashui-muer-2021": p_zhashui,
    "zhongwei-xishagua-2024": p_zhongwei,
}


# ---------------------------------------------------------------- labels and edits
def changed_regions(clean, case):
    sm = difflib.SequenceMatcher(None, clean, case, autojunk=False)
    return [op for op in sm.get_opcodes() if op[0] != "equal"]


def line_of(text, pos):
    return text.count("\n", 0, pos)


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    counts = {}
    per_code_sources = {}
    for rec in labels:
        case = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"] or case != clean:
                bad(f"{rec['case']}: clean record inconsistent")
            continue
        if len(rec["expected"]) != 1:
            bad(f"{rec['case']}: expected must hold one error")
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        per_code_sources.setdefault(code, set()).add(rec["source"])
        if exp["severity"] != "error":
            bad(f"{rec['case']}: severity")
        if case.count(value) != 1:
            bad(f"{rec['case']}: value occurs {case.count(value)}x in case: {value!r}")
        if value in clean:
            bad(f"{rec['case']}: value occurs in the clean draft: {value!r}")
        # the edit, measured independently of build.EDITS
        regions = changed_regions(clean, case)
        if not regions:
            bad(f"{rec['case']}: identical to clean")
            continue
        # merge opcodes that are close together on the same line into one edit
        edits = []
        for tag, i1, i2, j1, j2 in regions:
            if edits and line_of(case, j1) == line_of(case, edits[-1][3]) and j1 - edits[-1][3] <= 16:
                e = edits[-1]
                edits[-1] = (e[0], i2, e[2], j2)
            else:
                edits.append((i1, i2, j1, j2))
        for i1, i2, j1, j2 in edits:
            size = max(i2 - i1, j2 - j1)
            if size > 16:
                bad(f"{rec['case']}: edit of {size} chars")
            if "\n" in clean[i1:i2] or "\n" in case[j1:j2]:
                bad(f"{rec['case']}: edit crosses a line")
        if len(edits) > 1:
            lines = sorted({line_of(case, e[2]) for e in edits})
            if code not in build.SCORE_CODES or len(edits) > 2 or len(lines) != 2 or lines[1] - lines[0] != 1:
                bad(f"{rec['case']}: {len(edits)} edits not allowed for {code}")
        vstart = case.find(value)
        vend = vstart + len(value)
        if not any(vstart < max(e[3], e[2] + 1) and e[2] < vend for e in edits[:1]):
            bad(f"{rec['case']}: value does not cover the (first) edit")
    # every numeric code of errors.md §A except figure_mismatch / empty_problems at least twice, in ≥2 projects
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in wanted:
        if counts.get(c, 0) < 2 or len(per_code_sources.get(c, ())) < 2:
            bad(f"code {c}: {counts.get(c, 0)} cases in {len(per_code_sources.get(c, ()))} projects")
    return labels, counts


def main():
    for src in build.PROJECTS:
        text = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not 2500 <= n <= 6000:
            bad(f"{src}: clean draft has {n} characters")
        doc = Doc(src, text)
        check_table(doc)
        if hasattr(doc, "total"):
            CHECKS[src](doc)
        # regenerated cases equal the files
        for k, spec in enumerate(build.EDITS[src], 1):
            case = open(os.path.join(CASES, f"{src}-e{k}.txt"), encoding="utf-8").read()
            if build.apply_edits(text, spec["edits"]) != case:
                bad(f"{src}-e{k}: differs from build.EDITS")
    labels, counts = check_labels()
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print(f"OK: {len(labels)} cases, codes: " + ", ".join(f"{c}={n}" for c, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
