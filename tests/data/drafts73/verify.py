#!/usr/bin/env python3
"""Check the set: labels against the case files, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every expected value occurs exactly once in its case, never in the
   clean draft of its project, and overlaps the edited region.
2. Edits: an error case differs from its clean draft in one line (or two adjacent table rows for
   score/weight cases); the changed core of each line is at most 16 characters.
3. Clean drafts: generic table checks (合计 rows = column sums, instalments 30/40/30, paid = contract −
   deduction, budget rates, balances, zero-base rates, indicator completion / score / unit, weights to
   100, scores to total) plus per-project text checks (rates, balances, sums, averages, years, total and
   grade band).
4. Sanity: every error case fails at least one of the checks of step 3.

Tolerance: a stated number with d decimals matches a computed c when |c − v| ≤ 0.5·10^−d (+1e−9).
Pure Python 3.  Usage:  python3 verify.py   (prints OK or the problems)
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = re.compile(r"-?\d+(?:\.\d+)?")

YEARS = {
    "yangpu-homecare-2020": 2020,
    "hexi-legaladviser-2023": 2023,
    "gusu-socialwork-2022": 2022,
    "jinshan-correctionsw-2018": 2018,
    "tianning-eldermeal-2024": 2024,
}


def dec_places(s):
    m = NUM.search(s)
    if not m:
        return 0
    tok = m.group(0)
    return len(tok.split(".")[1]) if "." in tok else 0


def num(s):
    m = NUM.search(s.replace(",", ""))
    return D(m.group(0)) if m else None


def close(stated, computed):
    """stated: the number as written (str); computed: Decimal."""
    v = num(stated)
    d = dec_places(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def ev(expr):
    return eval(re.sub(r"\d+(?:\.\d+)?", lambda m: "D('%s')" % m.group(0), expr), {"D": D})


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


# ----------------------------------------------------------------------------------------------
# per-project text checks: (stated number, expression, must-contain strings...)
# ----------------------------------------------------------------------------------------------
def C(stated, expr, *must):
    return (stated, expr, must)


def P(*must):  # presence only
    return (None, None, must)


TEXT_CHECKS = {
    "yangpu-homecare-2020": [
        C("960.00", "840.00+120.00", "年初预算960.00万元，其中区级财政资金840.00万元、市级福利彩票公益金120.00万元"),
        C("960.00", "920.00+24.00+16.00", "年初预算960.00万元", "年初预算按用途分为购买居家养老上门服务920.00万元、第三方评估24.00万元、信息平台运维16.00万元"),
        C("18.60", "24.00-5.40", "中标价为18.60万元", "调减预算5.40万元"),
        C("954.60", "960.00-5.40", "调整后全年预算954.60万元"),
        C("954.60", "834.60+120.00", "全年预算954.60万元，其中区级财政资金834.60万元、市级福利彩票公益金120.00万元"),
        C("480.00", "96000*50/10000", "约定服务96000小时", "服务单价均为50元/小时", "合同金额分别为480.00万元和440.00万元"),
        C("440.00", "88000*50/10000", "约定服务88000小时", "合同金额分别为480.00万元和440.00万元"),
        C("1440", "96000-94560", "包件一实际服务94560小时，少1440小时"),
        C("528", "88000-87472", "包件二实际服务87472小时，少528小时"),
        C("7.20", "1440*50/10000", "包件一扣减尾款7.20万元"),
        C("2.64", "528*50/10000", "包件二扣减尾款2.64万元"),
        C("9.84", "7.20+2.64", "包件二扣减尾款2.64万元，合计9.84万元"),
        C("100", "954.60/954.60*100", "全年预算954.60万元全部到位，到位率100%"),
        C("98.97", "944.76/954.60*100", "截至2020年12月31日，项目实际支出944.76万元，预算执行率98.97%"),
        C("9.84", "954.60-944.76", "预算执行率98.97%，结余9.84万元"),
        C("182032", "94560+87472", "为1860名老年人提供上门服务182032小时"),
        C("5632", "182032-176400", "较2019年的176400小时增加5632小时"),
        C("3.19", "5632/176400*100", "增加5632小时，增长3.19%"),
        C("97.87", "182032/1860", "人均年服务时数97.87小时"),
        C("155", "(186+152+143+178+165+148+167+139+184+158+86+154)/12", "12个街道平均服务对象155人"),
        C("972", "186+152+143+178+165+148", "其中包件一服务972人、94560小时"),
        C("94560", "18120+14760+13900+17340+16050+14390", "其中包件一服务972人、94560小时"),
        C("888", "167+139+184+158+86+154", "包件二服务888人、87472小时"),
        C("87472", "16420+13710+18050+15530+8402+15360", "包件二服务888人、87472小时"),
        C("98.93", "182032/184000*100", "完成年度目标184000小时的98.93%"),
        C("97.89", "1860/1900*100", "完成年度目标1900人的97.89%"),
        C("93.60", "1170/1250*100", "抽查服务记录1250份，合格1170份，合格率93.60%"),
        C("1.40", "95-93.60", "比目标低1.40个百分点"),
        C("1968", "1440+528", "两个包件合计少服务1968小时"),
        C("97.86", "548/560*100", "发放问卷560份，回收548份，回收率97.86%"),
        C("94.53", "518/548*100", "满意和基本满意的518份，满意度94.53%"),
        C("9.90", "10*944.76/954.60", "其中预算执行率得分9.90分"),
        P("附件：2020年度项目支出绩效自评表"),
    ],
    "hexi-legaladviser-2023": [
        C("97.80", "163*0.60", "社区法律顾问服务费97.80万元（163个社区×0.60万元）"),
        C("150.00", "97.80+30.00+15.00+7.20", "年初预算150.00万元", "值班律师服务费30.00万元、“法律明白人”培训费15.00万元、第三方考核评估费7.20万元"),
        C("97.80", "163*6000/10000", "社区法律顾问服务费97.80万元", "每个社区服务费6000元"),
        C("98.40", "147.60/150.00*100", "全年执行147.60万元，预算执行率98.40%"),
        C("147.60", "96.18+29.52+15.00+6.90", "全年执行147.60万元", "其中社区法律顾问服务费96.18万元、值班律师服务费29.52万元、“法律明白人”培训费15.00万元、第三方考核评估费6.90万元"),
        C("2.40", "150.00-147.60", "年末结余2.40万元"),
        C("100", "150.00/150.00*100", "全年预算资金150.00万元", "到位率100%"),
        C("1800", "6000*0.30", "其尾款1800元不予支付"),
        C("163", "154+9", "全年163名社区法律顾问中", "考核合格154名、不合格9名"),
        C("1.62", "9*1800/10000", "扣减尾款1.62万元"),
        C("30.00", "2000*150/10000", "约定全年在岗2000小时，每小时150元，合同金额30.00万元"),
        C("32", "2000-1968", "全年实际在岗1968小时，少32小时"),
        C("0.48", "32*150/10000", "尾款扣减0.48万元"),
        C("29.52", "1968*150/10000", "实付29.52万元"),
        C("98.40", "29.52/30.00*100", "合同执行率98.40%"),
        C("15.00", "12*1.25", "共12期，每期1.25万元，合同金额15.00万元"),
        C("0.30", "7.20-6.90", "成交价6.90万元，比预算节约0.30万元"),
        C("98.40", "1968/2000*100", "完成2000小时目标的98.40%"),
        C("94.48", "154/163*100", "年度考核合格率94.48%"),
        C("72", "11736/163", "平均每个社区72人次"),
        C("894", "11736-10842", "较2022年的10842人次增加894人次"),
        C("8.25", "894/10842*100", "增长8.25%"),
        C("94.60", "1139/1204*100", "参与调解矛盾纠纷1204件，调解成功1139件，调解成功率94.60%"),
        C("95.80", "479/500*100", "抽样500人，满意479人，满意度95.80%"),
        C("81.00", "486/600*100", "“法律明白人”培训人数完成81.00%"),
        C("100", "10+50+30+10", "满分100分，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标10分"),
        P("共培训“法律明白人”486人"),
        P("附件：2023年度项目支出绩效自评表"),
    ],
    "gusu-socialwork-2022": [
        C("320.00", "280.00+40.00", "年初预算320.00万元，其中区级财政资金280.00万元、省级社会工作服务站建设补助资金40.00万元"),
        C("40.00", "8*5.00", "省级社会工作服务站建设补助资金40.00万元", "每站5.00万元"),
        C("320.00", "297.60+12.00+10.40", "年初预算320.00万元", "社工站运营服务297.60万元、督导培训12.00万元、第三方评估10.40万元"),
        C("335.00", "320.00+15.00", "追加疫情防控心理疏导服务经费15.00万元，全年预算335.00万元"),
        C("98.39", "329.60/335.00*100", "全年实际到位资金329.60万元，到位率98.39%"),
        C("5.40", "335.00-329.60", "未到位的5.40万元"),
        C("97.82", "327.70/335.00*100", "全年实际支出327.70万元，预算执行率97.82%"),
        C("1.90", "329.60-327.70", "结余1.90万元，为考核扣款1.10万元和督导培训节约0.80万元"),
        C("1.90", "1.10+0.80", "结余1.90万元，为考核扣款1.10万元和督导培训节约0.80万元"),
        C("41.80", "4*9.20+5.00", "4人站合同金额41.80万元"),
        C("32.60", "3*9.20+5.00", "3人站32.60万元"),
        C("0.70", "(90-86.5)*0.20", "金阊街道社工站考核86.5分，扣减0.70万元"),
        C("0.40", "(90-88.0)*0.20", "白洋湾街道社工站考核88.0分，扣减0.40万元"),
        C("9.60", "320*300/10000", "按每小时300元结算，全年服务320小时，支付9.60万元"),
        C("0.80", "12.00-11.20", "督导培训节约0.80万元", "支出11.20万元"),
        C("108.13", "173/160*100", "分别完成年度目标的108.13%、112.50%和119.35%"),
        C("112.50", "54/48*100", "分别完成年度目标的108.13%、112.50%和119.35%", "小组活动54个"),
        C("119.35", "47740/40000*100", "分别完成年度目标的108.13%、112.50%和119.35%", "服务47740人次"),
        C("91.31", "(94.5+92.0+93.5+86.5+91.0+88.0+95.0+90.0)/8",
          "94.5分、92.0分、93.5分、86.5分、91.0分、88.0分、95.0分和90.0分，平均91.31分"),
        C("75", "6/8*100", "90分以上的6个，优良率75%"),
        C("84.97", "147/173*100", "按时建档147个，建档及时率84.97%"),
        C("82.50", "462/560*100", "服务需求560件，按时响应462件，响应率82.50%"),
        C("64.29", "18/28*100", "持有社会工作者职业资格证书的18名，持证率64.29%"),
        C("10", "28-18", "10名社工尚未取得"),
        C("90.16", "550/610*100", "发放满意度问卷610份，满意550份，满意度90.16%"),
        C("9.78", "10*327.70/335.00", "预算执行率得分9.78分"),
        C("79.43", "89.21-9.78", "绩效指标得分79.43分"),
        P("附件：2022年度项目支出绩效自评表"),
    ],
    "jinshan-correctionsw-2018": [
        C("387.60", "38*10.20", "社工服务387.60万元（38个岗位×10.20万元）"),
        C("445.00", "387.60+24.80+24.00+8.60", "年初预算445.00万元", "心理矫治服务24.80万元、过渡性安置基地运营服务24.00万元、集中教育授课8.60万元"),
        C("132", "11*12", "不少于132场次（每个司法所每月1场）"),
        C("11", "3+4+4", "共空缺11人·月", "补员分别间隔3个月、4个月和4个月"),
        C("9.35", "11*0.85", "扣减9.35万元", "按每人每月0.85万元"),
        C("0.85", "10.20/12", "按每人每月0.85万元"),
        C("34", "620-586", "全年实际服务586小时，比合同少34小时"),
        C("1.36", "34*400/10000", "扣减1.36万元", "按每小时400元结算"),
        C("24.80", "620*400/10000", "心理矫治服务24.80万元"),
        C("434.29", "425.69+8.60", "全年实际支出434.29万元"),
        C("97.59", "434.29/445.00*100", "全年实际支出434.29万元，预算执行率97.59%"),
        C("10.71", "445.00-434.29", "结余10.71万元，均为合同扣减资金"),
        C("10.71", "9.35+1.36", "结余10.71万元，均为合同扣减资金"),
        C("456", "38*12", "全年应在岗456人·月"),
        C("445", "456-11", "实际在岗445人·月"),
        C("97.59", "445/456*100", "实际在岗445人·月，在岗率97.59%"),
        C("9.95", "378.25/38", "社工人均年度服务经费9.95万元"),
        C("96.23", "383/398*100", "按时完成首次谈话383人，及时率96.23%"),
        C("94.52", "586/620*100", "全年提供心理矫治服务586小时，完成年度目标的94.52%"),
        C("614", "637+398-421", "年初全区在册社区服刑人员637人，全年新接收398人、解除矫正421人，年末在册614人"),
        C("1035", "637+398", "全年累计列管1035人"),
        C("0.10", "1/1035*100", "发生重新犯罪1人，再犯罪率0.10%"),
        C("98.52", "1267/1286*100", "在册安置帮教对象1286人，落实帮教措施1267人，帮教率98.52%"),
        C("68.42", "26/38*100", "持有社会工作者职业资格证书的26名，持证率68.42%"),
        C("93.40", "467/500*100", "有效问卷500份，满意467份，满意度93.40%"),
        C("98.58", "9.76+49.22+29.77+9.83", "自评得分98.58分，其中预算执行率得分9.76分，产出指标得分49.22分，效益指标得分29.77分，满意度指标得分9.83分"),
        C("49.22", "10+10+9.45+9.96+4.81+5", "产出指标得分49.22分"),
        C("29.77", "10+10+9.77", "效益指标得分29.77分"),
        C("9.76", "10*434.29/445.00", "预算执行率得分9.76分"),
        P("全年组织集中教育学习142场次"),
        P("附件：2018年度项目支出绩效自评表"),
    ],
    "tianning-eldermeal-2024": [
        C("300.00", "288.00+6.00+6.00", "2024年，区财政安排项目年初预算300.00万元，其中助餐服务费288.00万元、第三方评估费6.00万元、助餐结算平台运维费6.00万元"),
        C("300.00", "240.00+60.00", "年初预算300.00万元", "资金来源为区级财政资金240.00万元、市级养老服务补助资金60.00万元"),
        C("318.00", "300.00+18.00", "追加区级资金18.00万元用于送餐上门服务，全年预算318.00万元"),
        C("360000", "150000+120000+90000", "合同约定供餐量分别为150000餐、120000餐和90000餐，合计360000餐"),
        C("354225", "148650+121300+84275", "全年实际供餐354225餐，其中包件一148650餐、包件二121300餐、包件三84275餐"),
        C("98.40", "354225/360000*100", "全年供餐量完成年度目标的98.40%"),
        C("12", "68-56", "48个助餐点覆盖56个社区", "12个社区因场地未落实"),
        C("98.50", "197/200*100", "抽检餐食200批次，合格197批次，合格率98.50%"),
        C("86.00", "26884/31260*100", "共送餐上门31260份，准时送达26884份，准时率86.00%"),
        C("87.50", "42/48*100", "全年持续运营的42个，持续运营率87.50%"),
        C("6", "48-42", "6个助餐点因场地改造"),
        C("100", "318.00/318.00*100", "全年预算318.00万元全部到位，到位率100%"),
        C("96.91", "308.17/318.00*100", "全年实际支出308.17万元，预算执行率96.91%"),
        C("9.83", "318.00-308.17", "结余9.83万元"),
        C("308.17", "280.84+6.00+5.70+15.63", "全年实际支出308.17万元", "实际结算280.84万元", "第三方评估费6.00万元已全额支付", "实付5.70万元", "实际支出15.63万元"),
        C("1.08", "(150000-148650)*8/10000", "包件一少供1350餐，核减1.08万元"),
        C("1350", "150000-148650", "包件一少供1350餐"),
        C("5725", "90000-84275", "包件三少供5725餐"),
        C("4.58", "5725*8/10000", "包件三少供5725餐，核减4.58万元"),
        C("1.50", "3*0.50", "每批次扣减考核款0.50万元", "另扣减考核款1.50万元", "不合格的3批次"),
        C("6.08", "4.58+1.50", "合计核减6.08万元"),
        C("97.51", "280.84/288.00*100", "助餐服务合同金额288.00万元，实际结算280.84万元，合同执行率97.51%"),
        C("5.70", "6.00-0.30", "按合同扣减0.30万元，实付5.70万元"),
        C("86.83", "15.63/18.00*100", "送餐上门服务追加预算18.00万元，实际支出15.63万元，执行率86.83%"),
        P("满意度为85.60%"),
    ],
}

GRADE_WORDS = [("优秀", 90), ("良好", 80), ("中等", 60), ("较差", 0), ("优", 90), ("良", 80), ("中", 60), ("差", 0)]


def band(total):
    if total >= 90:
        return 90
    if total >= 80:
        return 80
    if total >= 60:
        return 60
    return 0


# ----------------------------------------------------------------------------------------------
# generic table checks
# ----------------------------------------------------------------------------------------------
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if "\t" in line:
            if cur and (line.startswith("序号\t") or line.startswith("项目\t")):
                out.append(cur)
                cur = []
            cur.append(line.split("\t"))
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def is_num(cell):
    c = cell.strip()
    return bool(re.fullmatch(r"-?\d+(?:\.\d+)?%?", c))


def col(header, *names):
    for i, h in enumerate(header):
        for n in names:
            if n in h:
                return i
    return None


def unit_of(s):
    s = s.strip().lstrip("≥≤＞＜>=<")
    return NUM.sub("", s, count=1).strip()


def completion(target, actual):
    """rules §5: returns (completion as Decimal percent, direction)."""
    tv, av = num(target), num(actual)
    if target.strip().startswith("≤"):
        if av <= tv:
            return D(100), "lte"
        return tv / av * 100, "lte"
    return av / tv * 100, "gte"


def check_tables(text, errs):
    info = {"ind_total": None, "ind_weight": None, "funds_weight": D(0), "funds_score": D(0), "grand": None}
    for tab in tables(text):
        header = tab[0]
        rows = tab[1:]
        data = [r for r in rows if r[0].strip().isdigit()]
        total_rows = [r for r in rows if r[0].startswith("合计")]
        name = header[1] if len(header) > 1 else header[0]
        for r in rows:
            if len(r) != len(header):
                errs.append("table %s: row %r has %d cells, header %d" % (name, r[0], len(r), len(header)))
        # 合计 row = column sums (skip rate columns and non-numeric columns)
        for tr in total_rows:
            for j, h in enumerate(header):
                if j == 0 or "率" in h or j >= len(tr) or not is_num(tr[j]):
                    continue
                cells = [r[j] for r in data if j < len(r)]
                if not cells or not all(is_num(c) for c in cells):
                    continue
                s = sum(num(c) for c in cells)
                if not close(tr[j], s):
                    errs.append("table %s: 合计 column %s = %s, rows sum to %s" % (name, h, tr[j], s))
        # instalment tables
        ic = col(header, "合同金额")
        i1, i2, i3 = col(header, "首期", "第一期"), col(header, "二期", "第二期"), col(header, "尾款", "第三期")
        ded, paid = col(header, "扣款", "扣减金额", "核减金额"), col(header, "实付", "实际支付")
        if None not in (ic, i1, i2, i3, ded, paid):
            for r in data + total_rows:
                c = num(r[ic])
                for k, pct in ((i1, "0.30"), (i2, "0.40"), (i3, "0.30")):
                    if not close(r[k], c * D(pct)):
                        errs.append("table %s row %s: instalment %s ≠ %s×%s" % (name, r[0], r[k], pct, c))
                if not close(r[paid], num(r[i1]) + num(r[i2]) + num(r[i3]) - num(r[ded])):
                    errs.append("table %s row %s: 实付 %s ≠ instalments − deduction" % (name, r[0], r[paid]))
        # budget tables
        ja, jb, jr = col(header, "全年预算"), col(header, "实际支出"), col(header, "执行率")
        jy, jadj, jdw, jbal = col(header, "年初预算"), col(header, "调整数"), col(header, "到位资金"), col(header, "结余")
        if ja is not None and jb is not None:
            for r in data + total_rows:
                if jr is not None and not close(r[jr], num(r[jb]) / num(r[ja]) * 100):
                    errs.append("table %s row %s: 执行率 %s ≠ %s/%s" % (name, r[0], r[jr], r[jb], r[ja]))
                if jadj is not None and not close(r[ja], num(r[jy]) + num(r[jadj])):
                    errs.append("table %s row %s: 全年预算 ≠ 年初 + 调整" % (name, r[0]))
                if jdw is not None and jbal is not None and not close(r[jbal], num(r[jdw]) - num(r[jb])):
                    errs.append("table %s row %s: 结余 ≠ 到位 − 支出" % (name, r[0]))
                if jdw is not None and num(r[jb]) > num(r[jdw]):
                    errs.append("table %s row %s: 支出 above 到位" % (name, r[0]))
                if jdw is not None and num(r[jdw]) > num(r[ja]):
                    errs.append("table %s row %s: 到位 above 全年预算" % (name, r[0]))
        # MOF funds block (项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分)
        if header[0] == "项目" and col(header, "全年预算数") is not None:
            ja, jb, jw, jr, js = (col(header, "全年预算数"), col(header, "全年执行数"), col(header, "分值"),
                                  col(header, "执行率"), col(header, "得分"))
            total = rows[0]
            parts = rows[1:]
            for j in (col(header, "年初预算数"), ja, jb):
                s = sum(num(p[j]) for p in parts)
                if not close(total[j], s):
                    errs.append("funds block: 年度资金总额 %s ≠ Σ parts %s" % (header[j], s))
            for r in rows:
                base = num(r[ja])
                if base == 0:
                    if r[jr].strip() not in ("—", "-", ""):
                        errs.append("funds block row %s: rate %s on a zero base" % (r[0], r[jr]))
                else:
                    rate = num(r[jb]) / base * 100
                    if not close(r[jr], rate):
                        errs.append("funds block row %s: rate %s ≠ %s" % (r[0], r[jr], r2(rate)))
                    if rate > 100:
                        errs.append("funds block row %s: rate above 100%%" % r[0])
            w = num(total[jw])
            rate = min(num(total[jb]) / num(total[ja]), D(1))
            if not close(total[js], w * rate):
                errs.append("funds block: execution score %s ≠ %s" % (total[js], r2(w * rate)))
            info["funds_weight"], info["funds_score"] = w, num(total[js])
        # indicator table
        jw, js = col(header, "分值", "权重"), col(header, "得分")
        if jw is not None and js is not None and header[0] == "序号":
            jt = col(header, "年度指标值", "目标值")
            ja = col(header, "实际完成值", "实际值")
            jc = col(header, "完成率")
            for r in data:
                w, s = num(r[jw]), num(r[js])
                if s > w or s < 0:
                    errs.append("indicator %s: score %s outside [0, %s]" % (r[col(header, "三级指标", "指标名称")], s, w))
                if unit_of(r[jt]) != unit_of(r[ja]):
                    errs.append("indicator row %s: unit %r vs %r" % (r[0], unit_of(r[jt]), unit_of(r[ja])))
                    continue
                comp, _ = completion(r[jt], r[ja])
                if jc is not None and not close(r[jc], comp):
                    errs.append("indicator row %s: 完成率 %s ≠ %s" % (r[0], r[jc], r2(comp)))
                exp = w * min(comp / 100, D(1))
                if not close(r[js], exp):
                    errs.append("indicator row %s: score %s ≠ rule %s" % (r[0], r[js], r2(exp)))
                if comp > 120:
                    errs.append("indicator row %s: over-achievement above 20%% (needs a reason)" % r[0])
            wsum = sum(num(r[jw]) for r in data)
            ssum = sum(num(r[js]) for r in data)
            for tr in total_rows:
                if not close(tr[jw], wsum):
                    errs.append("indicator table: weights sum %s, 合计 %s" % (wsum, tr[jw]))
                if not close(tr[js], ssum):
                    errs.append("indicator table: scores sum %s, 合计 %s" % (ssum, tr[js]))
            info["ind_weight"], info["ind_total"] = wsum, ssum
            for r in rows:
                if r[0].startswith("总分"):
                    info["grand"] = (r[jw], r[js])
    # weights to 100 and grand total
    if info["ind_weight"] is not None:
        if info["ind_weight"] + info["funds_weight"] != 100:
            errs.append("weights total %s, not 100" % (info["ind_weight"] + info["funds_weight"]))
        total = info["ind_total"] + info["funds_score"]
        if info["grand"] is not None:
            if not close(info["grand"][0], info["ind_weight"] + info["funds_weight"]):
                errs.append("总分 row weight %s" % info["grand"][0])
            if not close(info["grand"][1], total):
                errs.append("总分 row score %s ≠ %s" % (info["grand"][1], total))
        info["total"] = total
    return info


def check_text(proj, text, info, errs):
    for stated, expr, must in TEXT_CHECKS[proj]:
        for m in must:
            if m not in text:
                errs.append("missing: %s" % m)
        if stated is not None:
            if not close(stated, ev(expr)):
                errs.append("%s ≠ %s (= %s)" % (stated, expr, ev(expr)))
            if not any(stated in m for m in must):
                errs.append("check %s: stated number not among its must-contain strings" % stated)
    # total score stated in the text = table total, grade band
    totals = re.findall(r"自评得分(\d+(?:\.\d+)?)分", text)
    if not totals:
        errs.append("no 自评得分 in text")
    for t in totals:
        if info.get("total") is None or not close(t, info["total"]):
            errs.append("text total %s ≠ table total %s" % (t, info.get("total")))
    g = re.search(r"(?:评价等级|自评等级)为“?(优秀|良好|中等|较差|优|良|中|差)", text)
    if not g:
        errs.append("no grade")
    elif totals:
        want = dict(GRADE_WORDS)[g.group(1)]
        if band(num(totals[0])) != want:
            errs.append("grade %s does not fit total %s" % (g.group(1), totals[0]))
    # years
    y = YEARS[proj]
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            errs.append("截至 year %s" % m.group(1))
    for m in re.finditer(r"附件：(\d{4})年度", text):
        if int(m.group(1)) != y:
            errs.append("table year %s" % m.group(1))
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= y:
            errs.append("结转至 %s" % m.group(1))


def check_draft(proj, text):
    errs = []
    info = check_tables(text, errs)
    check_text(proj, text, info, errs)
    return errs


# ----------------------------------------------------------------------------------------------
def core(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j], i


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = {}
    for proj in YEARS:
        with open(os.path.join(CASES, proj + "-clean.txt"), encoding="utf-8") as fh:
            clean[proj] = fh.read()
    # 3. clean drafts
    for proj, text in clean.items():
        n = len(text)
        if not 2500 <= n <= 6000:
            problems.append("%s: clean draft has %d characters" % (proj, n))
        for e in check_draft(proj, text):
            problems.append("%s-clean: %s" % (proj, e))
    # 1, 2, 4
    codes = {}
    files = set(os.listdir(CASES))
    for lab in labels:
        name = lab["case"]
        proj = lab["source"]
        if name not in files:
            problems.append("%s: missing file" % name)
            continue
        files.discard(name)
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] or text != clean[proj]:
                problems.append("%s: clean label/text mismatch" % name)
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected %d findings" % (name, len(lab["expected"])))
        a_lines, b_lines = clean[proj].split("\n"), text.split("\n")
        if len(a_lines) != len(b_lines):
            problems.append("%s: line count changed" % name)
            continue
        diff = [i for i, (x, y) in enumerate(zip(a_lines, b_lines)) if x != y]
        code = lab["expected"][0]["code"]
        if len(diff) == 0:
            problems.append("%s: identical to clean" % name)
        elif len(diff) == 2:
            if code not in ("score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch") or diff[1] != diff[0] + 1:
                problems.append("%s: two changed lines not allowed here" % name)
        elif len(diff) > 2:
            problems.append("%s: %d lines changed" % (name, len(diff)))
        offs = []
        pos = [0]
        for l in b_lines:
            pos.append(pos[-1] + len(l) + 1)
        for i in diff:
            ca, cb, k = core(a_lines[i], b_lines[i])
            if max(len(ca), len(cb)) > 16:
                problems.append("%s: edit of %d characters on line %d" % (name, max(len(ca), len(cb)), i + 1))
            offs.append((pos[i] + k, pos[i] + k + max(len(cb), 1)))
        for exp in lab["expected"]:
            v = exp["value"]
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp.get("severity") != "error":
                problems.append("%s: severity %s" % (name, exp.get("severity")))
            if text.count(v) != 1:
                problems.append("%s: value occurs %d times: %r" % (name, text.count(v), v))
            if v in clean[proj]:
                problems.append("%s: value occurs in the clean draft: %r" % (name, v))
            s = text.find(v)
            if not any(s < e2 and s1 < s + len(v) for s1, e2 in offs):
                problems.append("%s: value does not overlap the edit" % name)
        if not check_draft(proj, text):
            problems.append("%s: no check fails on the error case" % name)
    for f in sorted(files):
        problems.append("%s: case file without label" % f)
    section_a = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                 "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                 "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in section_a:
        if codes.get(c, 0) < 2:
            problems.append("code %s used %d times" % (c, codes.get(c, 0)))
    by_code_proj = {}
    for lab in labels:
        for exp in lab["expected"]:
            by_code_proj.setdefault(exp["code"], set()).add(lab["source"])
    for c, ps in by_code_proj.items():
        if len(ps) < 2:
            problems.append("code %s not spread across projects" % c)
    if problems:
        print("\n".join(problems))
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    print("codes: " + ", ".join("%s×%d" % (c, codes[c]) for c in section_a))
    print("OK: %d cases (%d clean, %d with one error)" % (len(labels), sum(l["clean"] for l in labels),
                                                          sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    main()
