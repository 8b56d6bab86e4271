#!/usr/bin/env python3
"""Check set n71: labels, values, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: one record per case file, clean records have no expected findings.
2. Each error case equals its clean draft with the edits of build.py applied; every changed
   region is at most 16 characters and lies on one line (two adjacent lines for score rows).
3. Each label value occurs exactly once in its case and never in the clean draft.
4. Arithmetic of each clean draft (FACTS): rates, balances, sums, per-unit figures,
   completion rates; every operand must appear in the draft.  Tolerance: rules.md §8
   (half a unit of the stated number's last decimal, ROUND_HALF_UP conventions).
5. The 自评表 of each clean draft: weights add to 100, scores add to the stated total,
   0 ≤ score ≤ weight, score = weight − 扣 + 加 (capped at the weight) from the remarks,
   execution score = weight × execution rate, every stated total equals the table total,
   every stated grade is the band of the total.
6. Coverage: each numeric code of errors.md §A (except figure_mismatch, empty_problems)
   is used at least twice, in at least two projects.
Pure Python 3.  Prints OK or the list of failures (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

FAIL = []


def fail(msg):
    FAIL.append(msg)


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(num(stated) - computed) <= tol


def variants(lit):
    """A literal as it may be written in the draft: 1946.40 / 1,946.40."""
    out = {lit}
    if "." in lit:
        ip, fp = lit.split(".")
    else:
        ip, fp = lit, None
    if len(ip) > 3:
        g = ip[::-1]
        g = ",".join(g[i:i + 3] for i in range(0, len(g), 3))[::-1]
        out.add(g + ("." + fp if fp is not None else ""))
    return out


SMALL = {"0", "1", "2", "3", "4", "5", "6", "10", "12", "20", "100", "10000"}

# (context that must occur in the clean draft, the stated number inside it, expression)
FACTS = {
    "hn-xiaoxiang-shuanggao-2021": [
        ("年初预算1,746.40万元", "1,746.40", "460.00+1200.00+86.40"),
        ("调整后全年预算1,946.40万元", "1,946.40", "1746.40+200.00"),
        ("建设资金1,200.00万元", "1,200.00", "800.00+400.00"),
        ("全年实际到位1,946.40万元，到位率100%", "100", "1946.40/1946.40*100"),
        ("项目支出1,812.63万元，预算执行率93.13%", "93.13", "1812.63/1946.40*100"),
        ("项目支出1,812.63万元", "1,812.63", "460.00+1118.52+86.40+147.71"),
        ("未支出的133.77万元", "133.77", "1946.40-1812.63"),
        ("省级资金81.48万元", "81.48", "1200.00-1118.52"),
        ("自筹资金52.29万元", "52.29", "200.00-147.71"),
        ("未支出的133.77万元", "133.77", "81.48+52.29"),
        ("增加582人", "582", "12486-11904"),
        ("增长4.89%", "4.89", "582/11904*100"),
        ("道路桥梁工程学院｜612.00｜598.36｜97.77%", "97.77", "598.36/612.00*100"),
        ("97.77%｜13.64", "13.64", "612.00-598.36"),
        ("汽车工程学院｜438.50｜402.15｜91.71%", "91.71", "402.15/438.50*100"),
        ("91.71%｜36.35", "36.35", "438.50-402.15"),
        ("轨道交通学院｜356.20｜318.92｜89.53%", "89.53", "318.92/356.20*100"),
        ("89.53%｜37.28", "37.28", "356.20-318.92"),
        ("交通信息学院｜287.30｜266.04｜92.60%", "92.60", "266.04/287.30*100"),
        ("92.60%｜21.26", "21.26", "287.30-266.04"),
        ("｜252.40｜227.16｜90.00%", "90.00", "227.16/252.40*100"),
        ("90.00%｜25.24", "25.24", "252.40-227.16"),
        ("合计｜1,946.40｜1,812.63", "1,946.40", "612.00+438.50+356.20+287.30+252.40"),
        ("合计｜1,946.40｜1,812.63", "1,812.63", "598.36+402.15+318.92+266.04+227.16"),
        ("1,812.63｜93.13%｜133.77", "133.77", "13.64+36.35+37.28+21.26+25.24"),
        ("1,812.63｜93.13%", "93.13", "1812.63/1946.40*100"),
        ("信息化建设251.50万元，合计1,812.63万元", "1,812.63", "986.52+214.36+183.40+176.85+251.50"),
        ("节约71.48万元", "71.48", "1058.00-986.52"),
        ("节约率6.76%", "6.76", "71.48/1058.00*100"),
        ("完成率112.50%", "112.50", "9/8*100"),
        ("计77.20万元", "77.20", "2*386000/10000"),
        ("计29.10万元", "29.10", "6*48500/10000"),
        ("计32.80万元", "32.80", "10*32800/10000"),
        ("三项合计139.10万元", "139.10", "77.20+29.10+32.80"),
        ("计67.20万元", "67.20", "4*168000/10000"),
        ("计28.20万元", "28.20", "12*23500/10000"),
        ("完成率112.20%", "112.20", "6732/6000*100"),
        ("完成率109.83%", "109.83", "1318/1200*100"),
        ("完成率140.00%", "140.00", "14/10*100"),
        ("占专任教师的82.60%", "82.60", "451/546*100"),
        ("目标85%，完成率97.18%", "97.18", "82.60/85*100"),
        ("完成率102.57%", "102.57", "94.36/92*100"),
        ("完成率98.03%", "98.03", "93.13/95*100"),
        ("生均项目支出1,451.73元", "1,451.73", "1812.63*10000/12486"),
        ("完成率118.40%", "118.40", "236.80/200*100"),
        ("生均设备值20,276.68元", "20,276.68", "25317.46*10000/12486"),
        ("生均设备值19,242.40元", "19,242.40", "22906.15*10000/11904"),
        ("增加1,034.28元", "1,034.28", "20276.68-19242.40"),
        ("完成率92.50%", "92.50", "37/40*100"),
        ("有效回收率95.25%", "95.25", "2286/2400*100"),
        ("超目标40%", "40", "(14-10)/10*100"),
        ("｜9.31｜", "9.31", "10*1812.63/1946.40"),
    ],
    "sg-nanling-shixun-2019": [
        ("项目年初预算1,200.00万元", "1,200.00", "800.00+400.00"),
        ("调整后全年预算1,350.00万元", "1,350.00", "1200.00+150.00"),
        ("实际到位1,270.00万元", "1,270.00", "800.00+320.00+150.00"),
        ("到位率94.07%", "94.07", "1270.00/1350.00*100"),
        ("全年预算执行率87.89%", "87.89", "1186.45/1350.00*100"),
        ("到位资金使用率93.42%", "93.42", "1186.45/1270.00*100"),
        ("87.89%\t163.55", "163.55", "1350.00-1186.45"),
        ("结余83.55万元", "83.55", "1270.00-1186.45"),
        ("未到位的80.00万元", "80.00", "400.00-320.00"),
        ("87.89%\t163.55", "163.55", "80.00+83.55"),
        ("542.00\t501.26\t92.48%", "92.48", "501.26/542.00*100"),
        ("92.48%\t40.74", "40.74", "542.00-501.26"),
        ("486.00\t432.18\t88.93%", "88.93", "432.18/486.00*100"),
        ("88.93%\t53.82", "53.82", "486.00-432.18"),
        ("212.00\t176.35\t83.18%", "83.18", "176.35/212.00*100"),
        ("83.18%\t35.65", "35.65", "212.00-176.35"),
        ("110.00\t76.66\t69.69%", "69.69", "76.66/110.00*100"),
        ("69.69%\t33.34", "33.34", "110.00-76.66"),
        ("合计\t1,350.00\t1,186.45", "1,350.00", "542.00+486.00+212.00+110.00"),
        ("合计\t1,350.00\t1,186.45", "1,186.45", "501.26+432.18+176.35+76.66"),
        ("87.89%\t163.55", "163.55", "40.74+53.82+35.65+33.34"),
        ("节约28.04万元", "28.04", "396.00-367.96"),
        ("节约率7.08%", "7.08", "28.04/396.00*100"),
        ("完成率83.33%", "83.33", "5/6*100"),
        ("完成率104.00%", "104.00", "312/300*100"),
        ("完成率95.33%", "95.33", "28.6/30*100"),
        ("平均每期152.25人次", "152.25", "2436/16"),
        ("完成率121.80%", "121.80", "2436/2000*100"),
        ("超目标21.80%", "21.80", "(2436-2000)/2000*100"),
        ("计98.60万元", "98.60", "4*246500/10000"),
        ("计70.32万元", "70.32", "12*58600/10000"),
        ("计68.64万元", "68.64", "24*28600/10000"),
        ("计130.40万元", "130.40", "2*652000/10000"),
        ("设备合计367.96万元", "367.96", "98.60+70.32+68.64+130.40"),
        ("现代农业装备学院支出501.26万元", "501.26", "367.96+133.30"),
        ("首次验收合格率95.24%", "95.24", "40/42*100"),
        ("完成率97.18%", "97.18", "95.24/98*100"),
        ("通过率88.97%", "88.97", "468/526*100"),
        ("目标90%，完成率97.66%", "97.66", "87.89/90*100"),
        ("生均设备值12,791.86元", "12,791.86", "12594.87*10000/9846"),
        ("生均12,100.95元", "12,100.95", "11268.40*10000/9312"),
        ("平均79.60%", "79.60", "(82.4+76.8+91.2+68.0)/4"),
        ("完成率99.50%", "99.50", "79.60/80*100"),
        ("有效回收率97.17%", "97.17", "583/600*100"),
        ("平均91.63%", "91.63", "(92.30+94.10+88.50)/3"),
        ("完成率98.33%", "98.33", "88.50/90*100"),
        ("\t8.79\t", "8.79", "10*1186.45/1350.00"),
    ],
    "jz-chujiang-nursing-2023": [
        ("年初预算945.80万元", "945.80", "600.00+300.00+45.80"),
        ("全年预算调整为1,065.80万元", "1,065.80", "945.80+120.00"),
        ("项目全年支出1,031.27万元，预算执行率96.76%", "96.76", "1031.27/1065.80*100"),
        ("年末结余34.53万元", "34.53", "1065.80-1031.27"),
        ("| 20 | 19.35 |", "19.35", "20*1031.27/1065.80"),
        ("438.60 | 431.25 | 98.32%", "98.32", "431.25/438.60*100"),
        ("246.20 | 239.86 | 97.42%", "97.42", "239.86/246.20*100"),
        ("198.40 | 190.07 | 95.80%", "95.80", "190.07/198.40*100"),
        ("112.80 | 104.53 | 92.67%", "92.67", "104.53/112.80*100"),
        ("69.80 | 65.56 | 93.93%", "93.93", "65.56/69.80*100"),
        ("合计 | 1,065.80 | 1,031.27", "1,065.80", "438.60+246.20+198.40+112.80+69.80"),
        ("合计 | 1,065.80 | 1,031.27", "1,031.27", "431.25+239.86+190.07+104.53+65.56"),
        ("1,031.27 | 96.76%", "96.76", "1031.27/1065.80*100"),
        ("师资培训及其他144.20万元，合计1,031.27万元", "1,031.27", "608.32+186.40+92.35+144.20"),
        ("计127.80万元", "127.80", "3*426000/10000"),
        ("计34.60万元", "34.60", "40*8650/10000"),
        ("计77.12万元", "77.12", "2*385600/10000"),
        ("计69.80万元", "69.80", "698000/10000"),
        ("以上四项合计309.32万元", "309.32", "127.80+34.60+77.12+69.80"),
        ("346台（套）／108.13%", "108.13", "346/320*100"),
        ("3,368人次／112.27%", "112.27", "3368/3000*100"),
        ("1,712学时／107.00%", "107.00", "1712/1600*100"),
        ("44家／110.00%", "110.00", "44/40*100"),
        ("1,045.20元／100%", "1,045.20", "431.25*10000/4126"),
        ("通过率92.80%", "92.80", "1147/1236*100"),
        ("全年社会培训3,368人次", "3,368", "1926+1442"),
        ("生均设备值18,009.03元", "18,009.03", "18437.65*10000/10238"),
        ("生均17,121.05元", "17,121.05", "16905.32*10000/9874"),
    ],
    "jm-qiaoxiang-apprentice-2024": [
        ("生均拨款9,182.40万元", "9,182.40", "7652*12000/10000"),
        ("计96人", "96", "38+34+24"),
        ("计62人", "62", "32+30"),
        ("签约学徒214人。", "214", "96+62+56"),
        ("全院平均每班35.67人", "35.67", "(38+34+24+32+30+56)/6"),
        ("项目年初预算530.00万元", "530.00", "380.00+150.00"),
        ("调整后全年预算626.00万元", "626.00", "530.00+96.00"),
        ("到位率85.83%", "85.83", "82.40/96.00*100"),
        ("项目实际到位612.40万元", "612.40", "380.00+150.00+82.40"),
        ("到位612.40万元，到位率97.83%", "97.83", "612.40/626.00*100"),
        ("预算执行率95.64%", "95.64", "598.72/626.00*100"),
        ("到位资金使用率97.77%", "97.77", "598.72/612.40*100"),
        ("结余13.68万元", "13.68", "612.40-598.72"),
        ("| 248.00 | 241.36 | 97.32% |", "97.32", "241.36/248.00*100"),
        ("| 156.00 | 150.82 | 96.68% |", "96.68", "150.82/156.00*100"),
        ("| 134.00 | 128.40 | 95.82% |", "95.82", "128.40/134.00*100"),
        ("| 88.00 | 78.14 | 88.80% |", "88.80", "78.14/88.00*100"),
        ("| 合计 | 626.00 | 598.72 |", "626.00", "248.00+156.00+134.00+88.00"),
        ("| 合计 | 626.00 | 598.72 |", "598.72", "241.36+150.82+128.40+78.14"),
        ("尾款9.86万元", "9.86", "88.00-78.14"),
        ("72名企业导师共57.60万元", "57.60", "72*800*10/10000"),
        ("共3.21万元", "3.21", "214*150/10000"),
        ("签约学徒214人，目标200人，完成率107.00%", "107.00", "214/200*100"),
        ("合作企业18家，目标20家，完成率90.00%", "90.00", "18/20*100"),
        ("企业导师72人，目标80人，完成率90.00%", "90.00", "72/80*100"),
        ("完成率83.33%", "83.33", "10/12*100"),
        ("学徒208人", "208", "214-6"),
        ("合格率86.06%", "86.06", "179/208*100"),
        ("完成率95.62%", "95.62", "86.06/90*100"),
        ("生均学徒培养成本27,977.57元", "27,977.57", "598.72*10000/214"),
        ("为应投入额的85.83%", "85.83", "82.40/96.00*100"),
        ("留用率57.35%", "57.35", "39/68*100"),
        ("完成率95.58%", "95.58", "57.35/60*100"),
        ("完成率104.00%", "104.00", "104/100*100"),
        ("完成率94.67%", "94.67", "85.20/90*100"),
        ("| 10 | 9.56 |", "9.56", "10*598.72/626.00"),
    ],
    "ld-xiangzhong-shengjun-2018": [
        ("8,436人，获得1,265.40万元", "1,265.40", "8436*1500/10000"),
        ("机电工程学院2,614人、392.10万元", "392.10", "2614*1500/10000"),
        ("材料工程学院1,846人、276.90万元", "276.90", "1846*1500/10000"),
        ("电子信息学院2,230人、334.50万元", "334.50", "2230*1500/10000"),
        ("经济管理学院1,746人、261.90万元", "261.90", "1746*1500/10000"),
        ("我院2017年秋季在校生8,436人", "8,436", "2614+1846+2230+1746"),
        ("补助资金100.00万元", "100.00", "60.00+40.00"),
        ("全年预算1,365.40万元", "1,365.40", "1265.40+100.00"),
        ("预算执行率88.90%", "88.90", "1213.87/1365.40*100"),
        ("1,265.40    1,126.55    138.85", "138.85", "1265.40-1126.55"),
        ("138.85            89.03%", "89.03", "1126.55/1265.40*100"),
        ("87.32       12.68", "12.68", "100.00-87.32"),
        ("12.68             87.32%", "87.32", "87.32/100.00*100"),
        ("1,365.40    1,213.87    151.53", "1,213.87", "1126.55+87.32"),
        ("1,365.40    1,213.87    151.53", "151.53", "138.85+12.68"),
        ("结余151.53万元", "151.53", "1365.40-1213.87"),
        ("机电工程学院        452.10", "452.10", "392.10+60.00"),
        ("材料工程学院        316.90", "316.90", "276.90+40.00"),
        ("452.10      431.26      95.39%", "95.39", "431.26/452.10*100"),
        ("316.90      288.75      91.12%", "91.12", "288.75/316.90*100"),
        ("334.50      284.33      85.00%", "85.00", "284.33/334.50*100"),
        ("261.90      209.53      80.00%", "80.00", "209.53/261.90*100"),
        ("合计                1,365.40    1,213.87    88.90%", "1,365.40", "452.10+316.90+334.50+261.90"),
        ("合计                1,365.40    1,213.87    88.90%", "1,213.87", "431.26+288.75+284.33+209.53"),
        ("计118.80万元", "118.80", "6*198000/10000"),
        ("计128.60万元", "128.60", "1286000/10000"),
        ("合计247.40万元", "247.40", "118.80+128.60"),
        ("计73.60万元", "73.60", "20*36800/10000"),
        ("计64.50万元", "64.50", "645000/10000"),
        ("合计138.10万元", "138.10", "73.60+64.50"),
        ("完成率108.67%", "108.67", "163/150*100"),
        ("完成率111.67%", "111.67", "134/120*100"),
        ("招收现代学徒86人", "86", "44+42"),
        ("完成率107.50%", "107.50", "86/80*100"),
        ("聘任企业导师18人，目标20人，完成率90.00%", "90.00", "18/20*100"),
        ("完成率102.04%", "102.04", "91.84/90*100"),
        ("目标90%，完成率98.00%", "98.00", "88.20/90*100"),
        ("到岗率97.67%", "97.67", "84/86*100"),
        ("完成率98.78%", "98.78", "88.90/90*100"),
        ("生均综合奖补支出1,335.41元", "1,335.41", "1126.55*10000/8436"),
        ("完成率92.00%", "92.00", "2760/3000*100"),
        ("生均设备值10,837.30元", "10,837.30", "9658.20*10000/8912"),
        ("生均10,483.12元", "10,483.12", "8843.56*10000/8436"),
        ("完成率106.67%", "106.67", "64/60*100"),
        ("完成率98.44%", "98.44", "88.60/90*100"),
        ("10      8.89", "8.89", "10*1213.87/1365.40"),
    ],
}

# 自评表 layout per project: separator regex, header marker, total-row label,
# stated totals / grades (regexes on the whole draft), 执行率 row label.
TABLES = {
    "hn-xiaoxiang-shuanggao-2021": dict(sep=r"｜", header="一级指标｜二级指标", total="合计"),
    "sg-nanling-shixun-2019": dict(sep=r"\t", header="一级指标\t二级指标", total="总分"),
    "jz-chujiang-nursing-2023": dict(sep=r"\s*\|\s*", header="一级指标 | 二级指标", total="合计"),
    "jm-qiaoxiang-apprentice-2024": dict(sep=r"\s*\|\s*", header="| 一级指标 | 二级指标", total="合计"),
    "ld-xiangzhong-shengjun-2018": dict(sep=r"\s{2,}", header="一级指标    二级指标", total="合计"),
}
TOTAL_RE = r"(?:总得分|自评得分|项目总得分)(\d+(?:\.\d+)?)分"
GRADE_RE = r"(?:评价等级为|等级为|等级：)[“\"]?(优秀|良好|中等|优|良|中|差)"
EXEC_RATE_RE = r"预算执行率(\d+\.\d+)%"


def band(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


def parse_table(text, cfg):
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines) if l.startswith(cfg["header"])), None)
    if start is None:
        return None, None
    rows, total = [], None
    for line in lines[start + 1:]:
        s = line.strip()
        if not s:
            break
        if set(s) <= set("|-"):
            continue
        cells = [c for c in re.split(cfg["sep"], s.strip("|").strip())]
        if cells[0].strip() == cfg["total"]:
            nums = [c for c in cells[1:] if re.fullmatch(r"\d+(?:\.\d+)?", c.strip())]
            total = (nums[0], nums[1])
            break
        l1, l2, w, sc = cells[0], cells[1], cells[2], cells[3]
        remark = "".join(cells[4:]) if len(cells) > 4 else ""
        rows.append((l1, l2, w.strip(), sc.strip(), remark))
    return rows, total


def check_clean(src, text):
    # facts
    for ctx, stated, expr in FACTS[src]:
        if ctx not in text:
            fail(f"{src}: context not in draft: {ctx!r}")
            continue
        if stated not in ctx:
            fail(f"{src}: stated {stated!r} not in context {ctx!r}")
            continue
        for lit in re.findall(r"\d+(?:\.\d+)?", expr):
            if lit in SMALL:
                continue
            if not any(v in text for v in variants(lit)):
                fail(f"{src}: operand {lit} of {expr} not found in draft")
        value = eval(re.sub(r"(\d+(?:\.\d+)?)", r"D('\1')", expr))
        if not close(stated, value):
            fail(f"{src}: {ctx!r}: stated {stated}, computed {value:.4f} from {expr}")
    # table
    cfg = TABLES[src]
    rows, total = parse_table(text, cfg)
    if not rows or total is None:
        fail(f"{src}: 自评表 not parsed")
        return
    wsum = sum(num(r[2]) for r in rows)
    ssum = sum(num(r[3]) for r in rows)
    if wsum != 100 or num(total[0]) != 100:
        fail(f"{src}: weights add to {wsum}, total row {total[0]}")
    if ssum != num(total[1]):
        fail(f"{src}: scores add to {ssum}, total row {total[1]}")
    rate = re.search(EXEC_RATE_RE, text)
    for l1, l2, w, sc, remark in rows:
        w_, s_ = num(w), num(sc)
        if not (0 <= s_ <= w_):
            fail(f"{src}: {l2} score {sc} outside [0, {w}]")
        if "执行率" in l2:
            exp = w_ * num(rate.group(1)) / 100
            if not close(sc, exp):
                fail(f"{src}: execution score {sc} vs {w}×{rate.group(1)}% = {exp}")
            continue
        minus = sum((num(x) for x in re.findall(r"扣(\d+(?:\.\d+)?)分", remark)), D(0))
        plus = sum((num(x) for x in re.findall(r"加(\d+(?:\.\d+)?)分", remark)), D(0))
        exp = min(w_, w_ - minus + plus)
        if exp != s_:
            fail(f"{src}: {l2} score {sc} but remarks give {w} − {minus} + {plus} → {exp}")
    tot = num(total[1])
    for m in re.finditer(TOTAL_RE, text):
        if num(m.group(1)) != tot:
            fail(f"{src}: stated total {m.group(1)} ≠ table total {tot}")
    grades = re.findall(GRADE_RE, text)
    if not grades:
        fail(f"{src}: no grade stated")
    for g in grades:
        if g[0] != band(tot):
            fail(f"{src}: grade {g} but total {tot} is {band(tot)}")


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, a[p:len(a) - q], b[p:len(b) - q]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    edits = {f"{e['src']}-e{e['n']}.txt": e for e in build.EDITS}
    codes = {}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            check_clean(rec["source"], text)
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        e = edits[rec["case"]]
        # the case is the clean draft with the listed edits, each small
        if build.apply(clean, e["subs"]) != text:
            fail(f"{rec['case']}: file differs from clean + edits (run build.py)")
        changed_lines = set()
        for old, new in e["subs"]:
            _, a, b = diff_region(old, new)
            if max(len(a), len(b)) > 16 or "\n" in a or "\n" in b:
                fail(f"{rec['case']}: edit {old!r} → {new!r} too large")
            pos = clean.index(old)
            changed_lines.add(clean.count("\n", 0, pos))
        if len(e["subs"]) > 1:
            ls = sorted(changed_lines)
            if len(ls) != len(e["subs"]) or ls[-1] - ls[0] != len(ls) - 1 or len(ls) > 2:
                fail(f"{rec['case']}: multi-part edit not on two adjacent lines")
        cl = [l for l in clean.split("\n")]
        tl = [l for l in text.split("\n")]
        ndiff = sum(1 for x, y in zip(cl, tl) if x != y) + abs(len(cl) - len(tl))
        if ndiff > len(e["subs"]):
            fail(f"{rec['case']}: {ndiff} lines changed")
        for exp in rec["expected"]:
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)}x in case: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            codes.setdefault(exp["code"], set()).add((rec["source"], rec["case"]))
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in wanted:
        uses = codes.get(c, set())
        if len(uses) < 2 or len({s for s, _ in uses}) < 2:
            fail(f"code {c} used {len(uses)}x in {len({s for s, _ in uses})} projects")
    extra = set(codes) - set(wanted)
    if extra:
        fail(f"unexpected codes {extra}")
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        return 1
    counts = {c: len(codes[c]) for c in wanted}
    print(f"{len(labels)} cases ({sum(r['clean'] for r in labels)} clean); codes: {counts}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
