#!/usr/bin/env python3
"""Verify drafts213.

1. labels.jsonl: 5 clean + 30 error cases, every value occurs in its case, every code of errors.md §A at least twice.
2. Each error case differs from its clean draft in one contiguous place, and the label value overlaps that place.
3. Redo the arithmetic of every clean draft: generic checks on the ｜ tables (funds block, weights, scores,
   totals, subtotals, completion, scoring rule, units) plus an explicit list of every figure relation in the text.
Prints OK at the end, or exits with the failures.
"""
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Tolerance of rules.md §8: |c - v| <= 0.5 * 10^-d."""
    v = num(stated.rstrip("%"))
    d = decimals(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- generic table checks

def table_blocks(text, header_pred):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "｜" in line and header_pred(line):
            rows = []
            for row in lines[i + 1:]:
                if "｜" not in row:
                    break
                rows.append(row.split("｜"))
            yield line.split("｜"), rows


TGT = re.compile(r"^(≥|≤|=)?([\d.,]+)(%|[^\d\s]*)$")
ACT = re.compile(r"^([\d.,]+)(%|[^\d\s]*)$")


def rule_score(w, tgt, act):
    """rules.md §5 score and completion for quantitative rows; None for qualitative or dates."""
    mt, ma = TGT.match(tgt), ACT.match(act)
    if not mt or not ma:
        return None
    sign, t, tu = mt.group(1) or "=", num(mt.group(2)), mt.group(3)
    a, au = num(ma.group(1)), ma.group(2)
    if tu != au:
        return ("unit", tu, au)
    if sign == "≤":
        comp = D(1) if a <= t else t / a
    elif t == 0:
        comp = D(1) if a <= 0 else D(0)
    else:
        comp = a / t
    return (min(comp, D(1)) * w, comp * 100)


def check_tables(name, text):
    found = 0
    weight_sum, score_sum = D(0), D(0)
    total = None
    # MOF funds block
    for head, rows in table_blocks(text, lambda l: l.startswith("项目资金（万元）")):
        found += 1
        cols = {h: k for k, h in enumerate(head)}
        data = {}
        for r in rows:
            if r[0].startswith("年度总体目标"):
                break
            data[r[0].replace("其中：", "")] = r
        tot = data["年度资金总额"]
        parts = [data[k] for k in ("当年财政拨款", "上年结转资金", "其他资金")]
        for c in ("年初预算数", "全年预算数", "全年执行数"):
            k = cols[c]
            if num(tot[k]) != sum(num(p[k]) for p in parts):
                fail(f"{name}: funds column {c} does not add up")
        for r in [tot] + parts:
            a, b, rate = num(r[cols["全年预算数"]]), num(r[cols["全年执行数"]]), r[cols["执行率"]]
            if a == 0:
                if rate != "—":
                    fail(f"{name}: rate on zero base in {r[0]}")
            elif not close(rate, b / a * 100):
                fail(f"{name}: funds rate {r[0]} {rate} vs {b / a * 100}")
        w, s = num(tot[cols["分值"]]), num(tot[cols["得分"]])
        rate = num(tot[cols["全年执行数"]]) / num(tot[cols["全年预算数"]])
        if not close(tot[cols["得分"]], w * min(rate, D(1))):
            fail(f"{name}: execution score {s}")
        weight_sum += w
        score_sum += s
    # indicator tables
    for head, rows in table_blocks(text, lambda l: "分值" in l and "得分" in l and "三级指标" in l):
        found += 1
        cols = {h: k for k, h in enumerate(head)}
        kw, ks = cols["分值"], cols["得分"]
        kt = cols.get("年度指标值", cols.get("指标值"))
        ka = cols["实际完成值"]
        kc = cols.get("完成率")
        level_w, level_s = {}, {}
        for r in rows:
            first = r[0]
            if first in ("总分", "合计"):
                total = (num(r[kw]), num(r[ks]), r[ks])
                continue
            if first.endswith("小计"):
                lvl = first[:-2]
                if num(r[kw]) != level_w.get(lvl) or abs(num(r[ks]) - level_s.get(lvl, 0)) > D("0.005"):
                    fail(f"{name}: subtotal {first} {r[kw]}/{r[ks]} vs {level_w.get(lvl)}/{level_s.get(lvl)}")
                continue
            w, s = num(r[kw]), num(r[ks])
            if s > w or s < 0:
                fail(f"{name}: score above weight in {r[2]}")
            level_w[first] = level_w.get(first, 0) + w
            level_s[first] = level_s.get(first, 0) + s
            weight_sum += w
            score_sum += s
            res = rule_score(w, r[kt], r[ka])
            if res and res[0] == "unit":
                fail(f"{name}: unit {res[1]} vs {res[2]} in {r[2]}")
            elif res:
                sc, comp = res
                if not close(r[ks], sc):
                    fail(f"{name}: score {r[ks]} vs rule {sc} in {r[2]}")
                if kc is not None and r[kc] != "—" and not close(r[kc], comp):
                    fail(f"{name}: completion {r[kc]} vs {comp} in {r[2]}")
            elif r[kt].startswith("≤") and "个月" in r[kt]:
                pass  # time limit in months, checked explicitly
    if total is None:
        if found:
            fail(f"{name}: table without total row")
        return found
    if weight_sum != total[0]:
        fail(f"{name}: weights add to {weight_sum}, total {total[0]}")
    if total[0] != 100:
        fail(f"{name}: total weight {total[0]}")
    if not close(total[2], score_sum):
        fail(f"{name}: scores add to {score_sum}, total {total[1]}")
    return found


# ---------------------------------------------------------------- explicit checks per draft

def C(text, name, snippet, stated, computed):
    """snippet must be in the text, stated must be in the snippet, and agree with computed."""
    if snippet not in text:
        fail(f"{name}: snippet missing: {snippet}")
        return
    if stated not in snippet:
        fail(f"{name}: stated {stated} not in snippet {snippet}")
        return
    if not close(stated, computed):
        fail(f"{name}: {snippet}: stated {stated}, computed {computed}")


def E(text, name, snippet):
    if snippet not in text:
        fail(f"{name}: snippet missing: {snippet}")


def G(text, name, snippet, total, grade_word):
    E(text, name, snippet)
    if grade_of(total) not in grade_word:
        fail(f"{name}: grade {grade_word} for {total}")


def check_handan(t, n):
    C(t, n, "调整后全年预算数为195.00万元", "195.00", D("180.00") + D("6.40") + D("8.60"))
    C(t, n, "其中当年财政拨款186.40万元", "186.40", D("180.00") + D("6.40"))
    C(t, n, "项目全年执行190.12万元，预算执行率97.50%", "190.12", D("181.52") + D("8.60"))
    C(t, n, "项目全年执行190.12万元，预算执行率97.50%", "97.50%", D("190.12") / D("195.00") * 100)
    C(t, n, "当年财政拨款执行181.52万元，执行率97.38%", "97.38%", D("181.52") / D("186.40") * 100)
    C(t, n, "已支出5.92万元，执行率92.50%", "92.50%", D("5.92") / D("6.40") * 100)
    C(t, n, "防疫物资5.92万元", "5.92", D("190.12") - D("96.38") - D("52.16") - D("24.70") - D("10.96"))
    C(t, n, "年末未支出4.88万元", "4.88", D("195.00") - D("190.12"))
    E(t, n, "已按规定结转至2021年使用")  # carried to the year after 2020
    E(t, n, "已于2019年12月随部门预算提前批复")  # advance in the December before: not a year error
    C(t, n, "减为20场", "20", D(24) - D(4))
    E(t, n, "全年新收戒毒人员396人")
    E(t, n, "新收396人全部体检筛查")
    C(t, n, "人均年度医疗费用约3066元", "3066", D("1901200") / D(620))
    C(t, n, "较2019年的3248元下降5.60%", "5.60%", (D(3248) - D(3066)) / D(3248) * 100)
    C(t, n, "满意和基本满意的410份，满意度93.6%", "93.6%", D(410) / D(438) * 100)
    C(t, n, "满意150人，满意度88.2%", "88.2%", D(150) / D(170) * 100)
    C(t, n, "预算执行得分9.75分", "9.75", 10 * D("190.12") / D("195.00"))
    C(t, n, "产出指标得分49.17分", "49.17", 10 + 8 + r2(5 * D(20) / 24) + 8 + 6 + 5 + 8)
    C(t, n, "效益指标得分27分", "27", D(10) + 10 + 7)
    C(t, n, "满意度指标得分10分", "10", D(6) + 4)
    C(t, n, "自评总分95.92分", "95.92", D("9.75") + D("49.17") + 27 + 10)
    G(t, n, "评价等级为优。", "95.92", "优")
    C(t, n, "共设三级指标12项，其中产出指标7项、效益指标3项、满意度指标2项", "12", D(7 + 3 + 2))
    C(t, n, "健康教育讲座少于计划4场", "4", D(24 - 20))


def check_ganzhou(t, n):
    C(t, n, "省财政9月追加6.00万元，全年预算156.00万元", "156.00", D("150.00") + D("6.00"))
    C(t, n, "实际到位156.00万元，到位率100%", "100%", D("156.00") / D("156.00") * 100)
    C(t, n, "年初安排资金｜150.00｜150.00｜150.00｜142.37｜94.91%", "94.91%", D("142.37") / 150 * 100)
    C(t, n, "年中追加资金｜0.00｜6.00｜6.00｜6.00｜100.00%", "100.00%", D(6) / 6 * 100)
    C(t, n, "合计｜150.00｜156.00｜156.00｜148.37｜95.11%", "148.37", D("142.37") + 6)
    C(t, n, "合计｜150.00｜156.00｜156.00｜148.37｜95.11%", "95.11%", D("148.37") / 156 * 100)
    C(t, n, "全年实际支出148.37万元，年末结余7.63万元", "7.63", D("156.00") - D("148.37"))
    C(t, n, "其中职业技能培训支出43.85万元，占全年支出的29.55%", "29.55%", D("43.85") / D("148.37") * 100)
    C(t, n, "合计｜156.00｜148.37", "156.00", sum(map(D, ["28.00", "34.00", "46.00", "18.00", "24.00", "6.00"])))
    C(t, n, "合计｜156.00｜148.37", "148.37", sum(map(D, ["27.46", "33.12", "43.85", "16.90", "21.04", "6.00"])))
    for row in ["思想政治及法治教育｜28.00｜27.46", "文化教育（扫盲、义务教育、自考助学）｜34.00｜33.12",
                "职业技能培训｜46.00｜43.85", "心理矫治｜18.00｜16.90", "监区文化建设及亲情帮教｜24.00｜21.04",
                "远程视频会见帮教系统运维（追加）｜6.00｜6.00"]:
        E(t, n, row)
    C(t, n, "共培训罪犯1260人，取证819人，取证率65%", "65%", D(819) / D(1260) * 100)
    C(t, n, "人均培训成本约348元", "348", D("438500") / D(1260))
    C(t, n, "全狱平均87.0分", "87.0", (D("86.5") + D("88.0") + D("84.5") + D("89.0")) / 4)
    if t.count("412") != 2 or "全年新收罪犯412人" not in t or "412名新收罪犯" not in t:
        fail(f"{n}: 新收罪犯 412 must appear twice")
    C(t, n, "高于上年58.2%的水平", "58.2%", D("58.2"))
    C(t, n, "｜≤2个月｜2个月｜100%｜6｜6", "100%", D(100))  # 2 <= 2 months: met
    C(t, n, "自评得分95.89分", "95.89", D("9.51") + D("49.52") + 27 + D("9.86"))
    G(t, n, "评价等级为“优”", "95.89", "优")
    C(t, n, "｜5｜4.86｜", "4.86", 5 * D("87.4") / 90)
    C(t, n, "｜100%｜95.11%｜95.11%｜10｜9.51｜", "9.51", 10 * D("148.37") / 156)
    C(t, n, "本项目全年预算执行率95.11%", "95.11%", D("148.37") / 156 * 100)
    E(t, n, "｜长效运行｜部分达成｜—｜10｜7｜")  # qualitative partly achieved: 7 in [6, 8)


def check_wanzhou(t, n):
    C(t, n, "项目总预算350.00万元，其中视频监控系统升级186.00万元、周界防范及入侵报警74.50万元、门禁及AB门联动52.30万元、应急指挥及对讲系统37.20万元",
      "350.00", D("186.00") + D("74.50") + D("52.30") + D("37.20"))
    C(t, n, "中央政法纪检监察转移支付资金200.00万元和区级财政资金150.00万元", "200.00", D(350) - D(150))
    E(t, n, "中央资金已于2020年12月提前下达")
    E(t, n, "年内预算未作调整，年初预算数与全年预算数均为350.00万元")
    C(t, n, "中标合同价321.68万元，较预算节约28.32万元", "28.32", D(350) - D("321.68"))
    C(t, n, "已按合同支付工程款289.51万元（合同价的90%）", "289.51", D("321.68") * D("0.9"))
    C(t, n, "全年预算执行率82.72%", "82.72%", D("289.51") / 350 * 100)
    C(t, n, "未支付的60.49万元", "60.49", D(350) - D("289.51"))
    C(t, n, "质保金32.17万元", "32.17", D("321.68") - D("289.51"))
    C(t, n, "采购节约资金28.32万元已由区财政收回", "28.32", D("60.49") - D("32.17"))
    C(t, n, "新增高清网络摄像机268台，完成率103.08%", "103.08%", D(268) / 260 * 100)
    C(t, n, "实际11月26日完工，延迟26天", "26", D((date(2021, 11, 26) - date(2021, 10, 31)).days))
    C(t, n, "满意115份，满意度95.83%", "95.83%", D(115) / 120 * 100)
    C(t, n, "｜≥90%｜96%｜10｜10｜", "96%", D(115) / 120 * 100)  # whole-percent rounding in the table
    C(t, n, "预算执行得分8.27分", "8.27", 10 * D("289.51") / 350)
    C(t, n, "产出指标得分48分", "48", D(10 + 8 + 6 + 8 + 6 + 4 + 6))
    C(t, n, "效益指标得分29分", "29", D(10 + 10 + 9))
    C(t, n, "自评总得分95.27分", "95.27", D("8.27") + 48 + 29 + 10)
    G(t, n, "评价等级为优。", "95.27", "优")
    G(t, n, "｜100｜95.27｜评价等级：优", "95.27", "优")
    C(t, n, "时效指标扣2分", "2", D(6 - 4))
    E(t, n, "项目支出绩效自评表\n（2021年度）")
    C(t, n, "｜≤350万元｜321.68万元｜6｜6｜", "6", D(6))  # lte met


def check_lanling(t, n):
    C(t, n, "年初预算数｜1,862.40｜基本支出1,286.45万元、项目支出575.95万元", "1,862.40", D("1286.45") + D("575.95"))
    C(t, n, "全年预算数｜1,928.75｜", "1,928.75", D("1862.40") + D("66.35"))
    C(t, n, "全年支出数｜1,885.17｜基本支出1,286.45万元、项目支出598.72万元", "1,885.17", D("1286.45") + D("598.72"))
    C(t, n, "结转结余｜43.58｜全部为项目支出", "43.58", D("1928.75") - D("1885.17"))
    C(t, n, "结转结余｜43.58｜全部为项目支出", "43.58", D("642.30") - D("598.72"))
    C(t, n, "预算执行率｜97.74%｜", "97.74%", D("1885.17") / D("1928.75") * 100)
    C(t, n, "比2023年的1,804.36万元增长4.48%", "4.48%", (D("1885.17") / D("1804.36") - 1) * 100)
    C(t, n, "人员经费1,104.82万元，公用经费181.63万元", "181.63", D("1286.45") - D("1104.82"))
    C(t, n, "“三公”经费支出15.27万元，其中公务用车运行维护费11.86万元、公务接待费3.41万元", "15.27", D("11.86") + D("3.41"))
    C(t, n, "比上年的17.92万元下降14.79%", "14.79%", (D("17.92") - D("15.27")) / D("17.92") * 100)
    C(t, n, "全年预算642.30万元，执行598.72万元", "642.30", D("575.95") + D("66.35"))
    rows = [("社区矫正专项经费", "186.00", "181.24", "97.44%", "96.50"),
            ("人民调解“以奖代补”资金", "142.50", "140.30", "98.46%", "97.20"),
            ("法律援助办案补贴", "96.80", "96.80", "100.00%", "98.00"),
            ("普法依法治理经费", "58.00", "55.92", "96.41%", "95.40"),
            ("安置帮教经费", "92.65", "90.42", "97.59%", "96.10"),
            ("智慧矫正中心建设（追加）", "66.35", "34.04", "51.30%", "78.60")]
    for r in rows:
        C(t, n, "｜".join(r), r[3], D(r[2]) / D(r[1]) * 100)
    C(t, n, "合计｜642.30｜598.72｜93.22%｜平均93.63", "642.30", sum(D(r[1]) for r in rows))
    C(t, n, "合计｜642.30｜598.72｜93.22%｜平均93.63", "598.72", sum(D(r[2]) for r in rows))
    C(t, n, "合计｜642.30｜598.72｜93.22%｜平均93.63", "93.22%", D("598.72") / D("642.30") * 100)
    C(t, n, "合计｜642.30｜598.72｜93.22%｜平均93.63", "93.63", sum(D(r[4]) for r in rows) / 6)
    if sum(1 for r in rows if D(r[4]) >= 90) != 5 or grade_of(D("78.60")) != "中":
        fail(f"{n}: 5 projects 优 and one 中")
    E(t, n, "6个项目中，5个项目自评等级为优")
    C(t, n, "该项目尾款32.31万元已结转至2025年", "32.31", D("66.35") - D("34.04"))
    C(t, n, "全年办结法律援助案件846件，完成年度目标（900件）的94.00%", "94.00%", D(846) / 900 * 100)
    C(t, n, "平均每件办案补贴约1144元", "1144", D("968000") / 846)
    C(t, n, "抽查120件，合格117件，合格率97.5%", "97.5%", D(117) / 120 * 100)
    C(t, n, "排查调处矛盾纠纷2886件，完成年度目标的96.20%", "96.20%", D(2886) / 3000 * 100)
    C(t, n, "调解成功2837件，成功率98.3%", "98.3%", D(2837) / 2886 * 100)
    C(t, n, "累计列管社区矫正对象1,533人，再犯罪2人，再犯罪率0.13%", "0.13%", D(2) / 1533 * 100)
    E(t, n, "全年累计列管1,533人")
    C(t, n, "自评得分94.59分", "94.59", D("9.77") + D("49.22") + 26 + D("9.60"))
    G(t, n, "评价等级为优秀", "94.59", "优秀")
    E(t, n, "“三公”经费控制在年初预算18.60万元以内")
    E(t, n, "｜≤18.60万元｜15.27万元｜8｜8")


def check_lincang(t, n):
    C(t, n, "全年预算合计60.00万元", "60.00", D("12.00") + D("48.00"))
    C(t, n, "其中省级资金占80%", "80%", D(48) / 60 * 100)
    C(t, n, "资金全部到位，到位率100%", "100%", D(100))
    C(t, n, "项目累计支出31.25万元，资金支出进度为52.08%", "52.08%", D("31.25") / 60 * 100)
    C(t, n, "全年实际支出48.72万元，预算执行率81.20%", "81.20%", D("48.72") / 60 * 100)
    C(t, n, "省级资金48.00万元支出39.84万元，执行率83.00%", "83.00%", D("39.84") / 48 * 100)
    C(t, n, "市级配套资金12.00万元支出8.88万元，执行率74.00%", "74.00%", D("8.88") / 12 * 100)
    C(t, n, "全年实际支出48.72万元", "48.72", D("39.84") + D("8.88"))
    E(t, n, "培训师资及课时费18.60万元")
    E(t, n, "实训耗材（茶青、食材、线材、布料等）15.38万元")
    E(t, n, "小型揉捻机2台）10.94万元")
    C(t, n, "职业技能鉴定费3.80万元", "3.80", D("48.72") - D("18.60") - D("15.38") - D("10.94"))
    C(t, n, "年末结余11.28万元", "11.28", D(60) - D("48.72"))
    E(t, n, "结转至2020年继续用于职业技能培训")
    C(t, n, "全年举办培训班7期，目标8期，完成率87.50%，得8.75分", "87.50%", D(7) / 8 * 100)
    C(t, n, "全年举办培训班7期，目标8期，完成率87.50%，得8.75分", "8.75", 10 * D(7) / 8)
    C(t, n, "累计培训386人次，完成年度目标（400人次）的96.50%，得14.48分", "96.50%", D(386) / 400 * 100)
    C(t, n, "累计培训386人次，完成年度目标（400人次）的96.50%，得14.48分", "14.48", r2(15 * D(386) / 400))
    C(t, n, "取得证书264人，目标300人，完成率88.00%，得13.20分", "88.00%", D(264) / 300 * 100)
    C(t, n, "取得证书264人，目标300人，完成率88.00%，得13.20分", "13.20", 15 * D(264) / 300)
    C(t, n, "取证人数占培训人次的68.39%", "68.39%", D(264) / 386 * 100)
    C(t, n, "平均合格率92.5%", "92.5%", (D("92.3") + D("95.0") + D("88.6") + D("94.1")) / 4)
    C(t, n, "已实现就业40人，就业率18.6%，只完成目标的62.00%，得9.30分", "18.6%", D(40) / 215 * 100)
    C(t, n, "已实现就业40人，就业率18.6%，只完成目标的62.00%，得9.30分", "62.00%", D("18.6") / 30 * 100)
    C(t, n, "已实现就业40人，就业率18.6%，只完成目标的62.00%，得9.30分", "9.30", 15 * D("18.6") / 30)
    if not (D(9) <= D("10.50") < D(12)):
        fail(f"{n}: partly achieved score out of band")
    E(t, n, "该项指标部分达成，得10.50分")
    C(t, n, "表示满意的319份，满意度93.8%", "93.8%", D(319) / 340 * 100)
    C(t, n, "人均培训成本约1262元", "1262", D("487200") / 386)
    C(t, n, "预算执行得8.12分", "8.12", 10 * D("48.72") / 60)
    C(t, n, "产出指标得46.43分", "46.43", D("8.75") + D("14.48") + D("13.20") + 10)
    C(t, n, "效益指标得19.80分", "19.80", D("9.30") + D("10.50"))
    C(t, n, "自评总分84.35分", "84.35", D("8.12") + D("46.43") + D("19.80") + 10)
    G(t, n, "评价等级为良。", "84.35", "良")
    C(t, n, "按照预算执行10分、产出指标50分、效益指标30分、满意度指标10分设置权重", "10", D(100 - 50 - 30 - 10))
    C(t, n, "其中产出指标中培训期数10分、培训人次15分、取证人数15分、培训合格率10分", "10", D(50 - 10 - 15 - 15))
    C(t, n, "效益指标中出所学员就业率15分、所内戒治秩序及社会效果15分", "15", D(30 - 15))
    if t.count("386人次") != 3 or t.count("386") != 3:
        fail(f"{n}: the trainee count 386人次 should appear 3 times, always the same")
    if "｜" in t:
        fail(f"{n}: prose-only draft contains a table")


CHECKS = {
    "handan-jieduyiliao-2020": check_handan,
    "ganzhou-zuifanjiaoyu-2022": check_ganzhou,
    "wanzhou-jiansuoanfang-2021": check_wanzhou,
    "lanling-sifaju-2024": check_lanling,
    "lincang-jieduzhiye-2019": check_lincang,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {l["case"] for l in labels}
    on_disk = set(os.listdir(CASES))
    if names != on_disk:
        fail(f"labels and cases differ: {sorted(names ^ on_disk)}")
    clean = [l for l in labels if l["clean"]]
    errs = [l for l in labels if not l["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        fail(f"expected 5 clean + 30 error cases, got {len(clean)} + {len(errs)}")
    counts = {}
    for l in errs:
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: exactly one expected finding")
        for e in l["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["severity"] != "error" or e["code"] not in CODES:
                fail(f"{l['case']}: bad code/severity {e}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            fail(f"code {c} occurs {counts.get(c, 0)} times")
    for l in clean:
        if l["expected"]:
            fail(f"{l['case']}: clean case with expectations")
        t = read(l["case"])
        if not 3000 <= len(t) <= 9000:
            fail(f"{l['case']}: length {len(t)}")
        src = l["source"]
        found = check_tables(l["case"], t)
        if found != (0 if src == "lincang-jieduzhiye-2019" else 2 if src in ("handan-jieduyiliao-2020", "wanzhou-jiansuoanfang-2021") else 1):
            fail(f"{l['case']}: {found} score tables parsed")
        CHECKS[src](t, l["case"])
    for l in errs:
        t = read(l["case"])
        c = read(l["source"] + "-clean.txt")
        if t == c:
            fail(f"{l['case']}: identical to clean")
            continue
        p = 0
        while p < min(len(t), len(c)) and t[p] == c[p]:
            p += 1
        s = 0
        while s < min(len(t), len(c)) - p and t[-1 - s] == c[-1 - s]:
            s += 1
        region_clean = c[p:len(c) - s]
        region_case = (p, len(t) - s)
        if len(region_clean) > 80 or region_case[1] - region_case[0] > 80:
            fail(f"{l['case']}: changed region too long ({region_clean!r})")
        for e in l["expected"]:
            v = e["value"]
            occ, i = [], t.find(v)
            while i >= 0:
                occ.append((i, i + len(v)))
                i = t.find(v, i + 1)
            if not occ:
                fail(f"{l['case']}: value {v!r} not in case")
            elif not any(a <= max(region_case[1], region_case[0] + 1) - 1 and b > region_case[0] for a, b in occ):
                fail(f"{l['case']}: value {v!r} does not cover the changed place")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(clean)} clean drafts re-checked, {len(errs)} error cases, codes: "
          + ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
