#!/usr/bin/env python3
"""Check drafts232: labels, one-place edits, and the arithmetic of every clean draft. Prints OK at the end."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: string as printed; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    v = D(stated.replace("%", ""))
    tol = D("0.5") * D(10) ** -decimals(stated) + D("1e-9")
    return abs(computed - v) <= tol


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


# ----------------------------------------------------------------------------------------------
# explicit claims: (snippet that must occur in the clean text, stated figure as printed, computed)
# ----------------------------------------------------------------------------------------------
def claims(src):
    c = []
    if src == "xiangfen-qiangjian-2022":
        c += [("年初预算45.00万元", "60.00", D("45.00") + D("15.00")),
              ("调整后全年预算60.00万元", "60.00", D("45.00") + D("15.00")),
              ("项目共支出56.38万元", "56.38", D("15.00") + D("23.46") + D("10.12") + D("7.80")),
              ("结余3.62万元", "3.62", D("60.00") - D("56.38")),
              ("8000台（件）", "8000", D(6428) + D(1136) + D(436)),
              ("比年度目标少64台", "64", D(1200) - D(1136)),
              ("总得分95.97分", "95.97", D("9.40") + D("49.57") + D(27) + D(10)),
              ("预算执行率得9.40分", "9.40", D(10) * D("56.38") / D("60.00")),
              ("产出指标得49.57分", "49.57", D(12) + r2(D(8) * D(1136) / D(1200)) + 8 + 8 + 7 + 7),
              ("效益指标得27分", "27", D(10) + D(10) + D(7))]
    elif src == "zhangjiagang-zscqyunying-2023":
        c += [("全年预算合计240.00万元", "240.00", D("200.00") + D("20.00") + D("20.00")),
              ("预算执行率97.44%", "97.44", D("233.86") / D("240.00") * 100),
              ("执行率97.21%", "97.21", D("213.86") / D("220.00") * 100),
              ("当年财政拨款220.00万元", "220.00", D("200.00") + D("20.00")),
              ("全年支出233.86万元", "233.86", D("96.40") + D("18.00") + D("20.00") + D("41.26") + D("58.20")),
              ("未支付的6.14万元", "6.14", D("240.00") - D("233.86")),
              ("发明专利授权资助96.40万元", "96.40", D(482) * D(2000) / D(10000)),
              ("PCT国际专利申请资助18.00万元", "18.00", D(36) * D(5000) / D(10000)),
              ("完成年度目标的90%", "90", D(36) / D(40) * 100),
              ("平均3550万元", "3550", (D(4200) + D(3600) + D(2850)) / 3),
              ("提高0.87件", "0.87", D("8.92") - D("8.05")),
              ("本项目得分97.94分", "97.94", D("9.74") + 10 + D("7.2") + 8 + 8 + 8 + 8 + 10 + 10 + 9 + 10)]
    elif src == "dulan-scjgbumen-2020":
        c += [("年初预算1286.40万元", "1286.40", D("986.40") + D("300.00")),
              ("追加当年财政拨款124.15万元", "124.15", D("45.75") + D("78.40")),
              ("调整后全年预算1452.75万元", "1452.75", D("1286.40") + D("124.15") + D("42.20")),
              ("全年实际支出1398.62万元", "1398.62", D("1031.87") + D("366.75")),
              ("预算执行率96.27%", "96.27", D("1398.62") / D("1452.75") * 100),
              ("基本支出1031.87万元", "1031.87", D("912.46") + D("119.41")),
              ("人均基本支出21.50万元", "21.50", D("1031.87") / 48),
              ("项目支出预算执行率87.20%", "87.20", D("366.75") / D("420.60") * 100),
              ("年末结转结余54.13万元", "54.13", D("1452.75") - D("1398.62")),
              ("项目支出结转53.85万元", "53.85", D("420.60") - D("366.75")),
              ("基本支出结余0.28万元", "0.28", D("1032.15") - D("1031.87")),
              ("完成食品安全抽检监测512批次", "512", D(118) + D(96) + D(104) + D(87) + D(107)),
              ("平均102.4批次", "102.4", (D(118) + D(96) + D(104) + D(87) + D(107)) / 5),
              ("综合满意度84.0%", "84.0", (D("82.6") + D("85.2") + D("84.2")) / 3),
              ("自评得分89.74分", "89.74", D("9.63") + D("45.65") + D("25.13") + D("9.33")),
              ("项目支出366.75万元", "420.60", D("300.00") + D("78.40") + D("42.20"))]
    elif src == "fangzheng-dilibiaozhi-2024":
        w = [10, 10, 10, 10, 10]
        c += [("全年预算调整为100.00万元", "100.00", D("80.00") + D("20.00")),
              ("预算执行率95.30%，结余", "95.30", D("95.30") / D("100.00") * 100),
              ("结余4.70万元", "4.70", D("100.00") - D("95.30")),
              ("实际支出95.30万元", "95.30", D("38.60") + D("26.00") + D("17.70") + D("13.00")),
              ("四季度30.80万元", "95.30", D("12.40") + D("21.30") + D("30.80") + D("30.80")),
              ("全年预算执行率95.30%，得9.53分", "9.53", D(10) * D("95.30") / 100),
              ("实际核准46家，完成率115.00%", "115.00", D(46) / D(40) * 100),
              ("实际发放1620万枚，完成率108.00%", "108.00", D(1620) / D(1500) * 100),
              ("标签使用率95.56%", "95.56", D(1548) / D(1620) * 100),
              ("县内10次、异地维权4次", "14", D(10) + D(4)),
              ("完成率116.67%", "116.67", D(14) / D(12) * 100),
              ("完成率50.00%，分值10分，得5分", "5", D(10) * D(1) / D(2)),
              ("完成率50.00%", "50.00", D(1) / D(2) * 100),
              ("合格率99.1%", "99.1", D(111) / D(112) * 100),
              ("完成率101.12%", "101.12", D("99.1") / D(98) * 100),
              ("产出指标合计得45分", "45", D(10) + 10 + 10 + 5 + 10),
              ("产出指标（50分）", "50", D(sum(w))),
              ("平均2.35元", "2.35", (D("2.35") + D("2.42") + D("2.28")) / 3),
              ("效益指标合计得28分", "28", D(10) + 10 + 8),
              ("授权企业120份、消费者300份", "420", D(120) + D(300)),
              ("预算执行率扣0.47分", "0.47", D(10) - D("9.53")),
              ("自评得分92.53分", "92.53", D("9.53") + 45 + 28 + 10),
              ("自评得分92.53分", "92.53", D(100) - D("0.47") - 5 - 2),
              ("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "100", D(10) + 50 + 30 + 10)]
    elif src == "fuan-biaozhunhua-2019":
        c += [("结余11.60万元", "11.60", D("80.00") - D("68.40")),
              ("预留的7.60万元", "11.60", D("4.00") + D("7.60")),
              ("未兑现的奖励资金4.00万元", "4.00", (D(10) - D(6)) * D(1)),
              ("｜3项｜5万元/项｜15.00", "15.00", D(3) * D(5)),
              ("｜4项｜3万元/项｜12.00", "12.00", D(4) * D(3)),
              ("｜6家｜1万元/家｜6.00", "6.00", D(6) * D(1)),
              ("合计｜｜｜68.40", "68.40", D("30.00") + D("15.00") + D("12.00") + D("6.00") + D("5.40")),
              ("实际支出68.40万元", "68.40", D("30.00") + D("15.00") + D("12.00") + D("6.00") + D("5.40")),
              ("合计88.92分", "88.92", D("8.55") + D("43.8") + D("26.79") + D("9.78")),
              ("产出指标得43.8分", "43.8", D(8) + 8 + D("4.8") + 6 + 5 + 6 + 6),
              ("效益指标得26.79分", "26.79", r2(D(10) * D("83.2") / D(85)) + 10 + 7),
              ("满意度指标得9.78分", "9.78", D(10) * D("88.0") / D(90)),
              ("预算执行率得8.55分", "8.55", D(10) * D("68.40") / D("80.00"))]
    return c


# the input figures of the claims above, in their context: each must occur in the clean draft
INPUTS = {
    "xiangfen-qiangjian-2022": ["补助资金15.00万元", "检定设备购置15.00万元", "设备维护费23.46万元", "车辆运行费10.12万元",
                                "活动费7.80万元", "计量器具6428台件", "在用衡器1136台", "燃油加油机436枪"],
    "zhangjiagang-zscqyunying-2023": ["年初预算200.00万元", "专项资金20.00万元", "建设资金20.00万元", "支出213.86万元",
                                      "共资助482件，每件2000元", "共资助36件，每件5000元", "建设尾款20.00万元",
                                      "融资贴息41.26万元", "维权援助58.20万元", "分别融资4200万元、3600万元、2850万元",
                                      "8.92件，比上年的8.05件"],
    "dulan-scjgbumen-2020": ["其中基本支出986.40万元，项目支出300.00万元", "其中基本支出45.75万元、项目支出78.40万元",
                             "上年结转资金42.20万元", "人员经费912.46万元、公用经费119.41万元", "实有在职人员48人",
                             "分别完成118、96、104、87、107批次", "分别为82.6%、85.2%、84.2%"],
    "fangzheng-dilibiaozhi-2024": ["年初预算80.00万元", "补助资金20.00万元", "运维38.60万元", "等）26.00万元",
                                   "异地取证）17.70万元", "团体标准制定13.00万元", "一季度支出12.40万元",
                                   "二季度21.30万元", "三季度30.80万元", "企业实际贴标使用1548万枚",
                                   "每斤2.35元、2.42元、2.28元", "112批次中有1批次"],
    "fuan-biaozhunhua-2019": ["年初预算80.00万元", "计划创建10家，实际通过确认6家", "示范区建设补助｜1个｜—｜30.00",
                              "｜326人次｜—｜5.40"],
}
EVAL_YEAR = {"xiangfen-qiangjian-2022": 2022, "zhangjiagang-zscqyunying-2023": 2023, "dulan-scjgbumen-2020": 2020,
             "fangzheng-dilibiaozhi-2024": 2024, "fuan-biaozhunhua-2019": 2019}
RATE_WORDS = r"(满意度|执行率|到位率|合格率|使用率|办结率|检验率|准确率|受检率|及时率)"


def generic(src, text):
    """Years, bounded rates and (for the prose-only draft) weights read straight from the text."""
    y = EVAL_YEAR[src]
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= y:
            fail(f"{src}: carried over to {m.group(1)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            fail(f"{src}: as of {m.group(1)}-12-31")
    for m in re.finditer(r"（(\d{4})年度）|年度：(\d{4})年|(\d{4})年度", text):
        yr = int(next(g for g in m.groups() if g))
        if yr != y:
            fail(f"{src}: evaluation year {yr}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:由市财政局一次性|提前)?下达", text):
        yr, mo = int(m.group(1)), int(m.group(2))
        if not (yr == y or (yr == y - 1 and mo == 12)):
            fail(f"{src}: funds issued {yr}-{mo}")
    if str(y) not in text.splitlines()[0] + text.splitlines()[1]:
        fail(f"{src}: title year")
    for m in re.finditer(RATE_WORDS + r"(?:为|达到)?(\d+(?:\.\d+)?)%", text):
        if D(m.group(2)) > 100:
            fail(f"{src}: {m.group(0)} above 100%")
    for m in re.finditer(r"｜(\d+(?:\.\d+)?)%｜", text):
        pass  # table percentages are checked row by row
    if src == "fangzheng-dilibiaozhi-2024":
        ws = [D(x) for x in re.findall(r"分值(\d+)分", text)]
        ss = [D(x) for x in re.findall(r"分值\d+分，得(\d+(?:\.\d+)?)分", text)]
        if len(ws) != 9 or sum(ws) + 10 != 100 or sum(ws[:5]) != 50 or sum(ws[5:8]) != 30 or ws[8] != 10:
            fail(f"{src}: prose weights {ws}")
        if any(s > w for s, w in zip(ss, ws)) or sum(ss[:5]) != 45 or sum(ss[5:8]) != 28:
            fail(f"{src}: prose scores {ss}")
        if D("9.53") + sum(ss) != D("92.53"):
            fail(f"{src}: prose scores add to {D('9.53') + sum(ss)}")


# grade statements: (snippet, total)
GRADES = {
    "xiangfen-qiangjian-2022": [("属于“优秀”", D("95.97")), ("自评等级为优", D("95.97"))],
    "zhangjiagang-zscqyunying-2023": [("评价等级为“优”", D("97.94"))],
    "dulan-scjgbumen-2020": [("等级为“良”", D("89.74")), ("｜89.74｜良", D("89.74"))],
    "fangzheng-dilibiaozhi-2024": [("等级为“优”", D("92.53"))],
    "fuan-biaozhunhua-2019": [("评价等级为“良”", D("88.92")), ("｜88.92｜良", D("88.92"))],
}
# the same figure stated in text and table: (text snippet, table snippet)
SAME = {
    "xiangfen-qiangjian-2022": [("满意度为93.5%", "｜93.5%｜"), ("受检率96.2%", "｜96.2%｜"),
                                ("项目共支出56.38万元", "｜56.38万元｜"), ("总得分95.97分", "｜95.97｜")],
    "zhangjiagang-zscqyunying-2023": [("满意度为95.2%", "｜95.2%｜"), ("资助发明专利授权482件", "｜482件｜"),
                                      ("资助36件", "｜36件｜"), ("质押融资登记3.46亿元", "｜3.46亿元｜"),
                                      ("拥有量8.92件", "｜8.92件｜"), ("得分97.94分", "｜97.94｜")],
    "dulan-scjgbumen-2020": [("512批次，5个", "｜512批次｜"), ("2880台件", "｜2880台件｜"),
                             ("注册商标128件", "｜128件｜"), ("检验率99.2%", "｜99.2%｜"),
                             ("合格率96.1%", "｜96.1%｜"), ("企业6家", "｜6家｜"), ("综合满意度84.0%", "｜84.0%｜"),
                             ("支出9.86万元", "｜9.86万元｜"), ("得分89.74分", "｜89.74｜")],
    "fuan-biaozhunhua-2019": [("满意度为88.0%", "｜88.0%｜"), ("占比83.2%", "｜83.2%｜"),
                              ("公开标准483项", "｜483项｜"), ("培训326人次", "｜326人次｜"),
                              ("2019年12月20日全部兑现", "｜2019年12月20日｜"), ("合计88.92分", "｜88.92｜")],
}


# ----------------------------------------------------------------------------------------------
# table checks
# ----------------------------------------------------------------------------------------------
NUM = re.compile(r"^(≥|≤)?(\d+(?:\.\d+)?)(.*)$")


def cells(line):
    return line.split("｜")


def funds_mof(src, text):
    """MOF funds block: 年度资金总额 row, component groups, execution rate and score."""
    lines = text.splitlines()
    out = None
    for i, ln in enumerate(lines):
        if "年初预算数" in ln and "分值" in ln:
            head = cells(ln)
            rows = []
            for ln2 in lines[i + 1:]:
                if "｜" not in ln2 or ln2.startswith(("年度总体目标", "一级指标")):
                    break
                rows.append(cells(ln2))
            total = rows[0]
            assert total[0] == "年度资金总额", (src, total)
            tv = [D(x) for x in total[1:4]]
            groups, cur = [], None
            for r in rows[1:]:
                if "其中" in r[0] or "按" in r[0]:
                    cur = []
                    groups.append(cur)
                cur.append([D(x) for x in r[1:4]])
            for g in groups:
                for k in range(3):
                    s = sum(row[k] for row in g)
                    if s != tv[k]:
                        fail(f"{src}: funds column {head[k + 1]} components {s} != total {tv[k]}")
            w, rate, score = D(total[4]), total[5], total[6]
            comp = tv[2] / tv[1] * 100
            if not agrees(rate, comp):
                fail(f"{src}: execution rate {rate} != {comp:.4f}")
            if not agrees(score, w * min(comp, D(100)) / 100):
                fail(f"{src}: execution score {score}")
            out = (w, D(score))
    return out


def funds_shanxi(src, text):
    lines = text.splitlines()
    rows = {}
    for ln in lines:
        c = cells(ln)
        if len(c) == 10 and c[1].startswith("("):
            rows[c[1][:3]] = [D(x) if x else D(0) for x in c[2:]]
            rows[c[1][:3] + "raw"] = c[2:]
    for k in ["(1)", "(2)", "(3)", "(4)"]:
        r = rows[k]
        if r[0] != r[1] + r[6] + r[7]:
            fail(f"{src}: row {k} total != 小计 + 结转 + 其他")
        if r[1] != r[2] + r[3] + r[4] + r[5]:
            fail(f"{src}: row {k} 小计 != 中央 + 省 + 市 + 县")
    for j in range(8):
        if rows["(5)"][j] != rows["(3)"][j] - rows["(4)"][j]:
            fail(f"{src}: (5) column {j}")
        for key, num in (("(6)", "(3)"), ("(7)", "(4)")):
            stated = rows[key + "raw"][j]
            base = rows["(2)"][j]
            if base == 0:
                if D(stated) != 0:
                    fail(f"{src}: {key} column {j}: non-zero rate on a zero base")
                continue
            if not agrees(stated, rows[num][j] / base * 100):
                fail(f"{src}: {key} column {j}: {stated}")
    exec_rate = rows["(4)"][0] / rows["(2)"][0] * 100
    return exec_rate


def indicator_table(src, text, exec_wscore):
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if "三级指标" in ln and "得分" in ln)
    head = cells(lines[start])
    col = {}
    for k, name in enumerate(head):
        for key, alts in (("w", ("权重", "分值")), ("t", ("目标值", "年度指标值")), ("a", ("业绩值", "实际完成值")),
                          ("c", ("完成率",)), ("s", ("得分",))):
            if name in alts:
                col[key] = k
    sw, ss, lvl = D(0), D(0), Counter()
    total = None
    for ln in lines[start + 1:]:
        c = cells(ln)
        if c[0] in ("合计", "总分"):
            total = (D(c[col["w"]]), D(c[col["s"]]))
            break
        w, s = D(c[col["w"]]), D(c[col["s"]])
        sw += w
        ss += s
        lvl[c[0]] += w
        if s > w or s < 0:
            fail(f"{src}: score {s} outside [0, {w}] in {c[2]}")
        t, a = c[col["t"]], c[col["a"]]
        stated_c = c[col["c"]] if "c" in col else None
        mt, ma = NUM.match(t), NUM.match(a)
        if c[2] == "预算执行率":
            comp = D(a.rstrip("%"))
            exp_s = w * min(comp, D(100)) / 100
            exp_c = comp
        elif re.match(r"\d{4}年\d+月\d+日", t):
            td = [int(x) for x in re.findall(r"\d+", t)]
            ad = [int(x) for x in re.findall(r"\d+", a)]
            exp_s = w if ad <= td else D(0)
            exp_c = None
        elif mt and ma:
            sign, tv, tu = mt.groups()
            _, av, au = ma.groups()
            tv, av = D(tv), D(av)
            if tu != au:
                fail(f"{src}: unit of target {t} vs actual {a}")
            if sign == "≤":
                exp_c = D(100) if av <= tv else tv / av * 100
                exp_s = w if av <= tv else w * tv / av
            elif tv == 0:
                exp_c = None
                exp_s = w if av <= 0 else D(0)
            else:
                exp_c = av / tv * 100
                exp_s = w * min(D(1), av / tv)
        else:  # qualitative
            frac = s / w
            if "部分达成" in a or "部分提升" in a:
                ok = D("0.6") <= frac < D("0.8")
            else:
                ok = D("0.8") <= frac <= 1
            if not ok:
                fail(f"{src}: qualitative score {s}/{w} does not fit '{a}'")
            exp_s = exp_c = None
        if exp_s is not None and not agrees(c[col["s"]], exp_s):
            fail(f"{src}: score {s} != {exp_s:.4f} in {c[2]}")
        if stated_c is not None and exp_c is not None and not agrees(stated_c, exp_c):
            fail(f"{src}: completion {stated_c} != {exp_c:.4f} in {c[2]}")
        if stated_c is not None and exp_c is None and stated_c not in ("—",):
            fail(f"{src}: completion printed where none can be computed in {c[2]}")
    if exec_wscore:
        sw += exec_wscore[0]
        ss += exec_wscore[1]
        lvl["预算执行"] += exec_wscore[0]
    if total is None:
        fail(f"{src}: no total row")
        return None
    if sw != 100 or total[0] != 100:
        fail(f"{src}: weights add to {sw}, total row {total[0]}")
    if ss != total[1]:
        fail(f"{src}: scores add to {ss}, total row {total[1]}")
    std = {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "预算执行": 10}
    for k, v in lvl.items():
        if std.get(k) != v:
            fail(f"{src}: level {k} weights {v}")
    return total[1]


def check_clean(src):
    text = read(f"{src}-clean.txt")
    n = len(text)
    if not 3000 <= n <= 9000:
        fail(f"{src}: clean draft has {n} characters")
    for snippet, stated, computed in claims(src):
        if snippet not in text:
            fail(f"{src}: snippet not in draft: {snippet}")
        elif not agrees(stated, computed):
            fail(f"{src}: {snippet}: stated {stated}, computed {computed:.4f}")
    for snippet in INPUTS.get(src, []):
        if snippet not in text:
            fail(f"{src}: input figure missing: {snippet}")
    generic(src, text)
    for snippet, total in GRADES.get(src, []):
        if snippet not in text:
            fail(f"{src}: grade snippet missing: {snippet}")
        elif grade(total) not in snippet:
            fail(f"{src}: grade {snippet} does not fit {total}")
    for a, b in SAME.get(src, []):
        if a not in text or b not in text:
            fail(f"{src}: same-value pair missing: {a} / {b}")
    if src == "fangzheng-dilibiaozhi-2024":
        if "｜" in text:
            fail(f"{src}: prose-only draft contains a table")
        return
    exec_ws = funds_mof(src, text)
    if src == "xiangfen-qiangjian-2022":
        funds_shanxi(src, text)
    if src == "dulan-scjgbumen-2020":  # project list table
        rows = [cells(ln) for ln in text.splitlines() if len(cells(ln)) == 4 and re.match(r"^[\d.]+$", cells(ln)[1])]
        items, tot = rows[:-1], rows[-1]
        for r in rows:
            if not agrees(r[3], D(r[2]) / D(r[1]) * 100):
                fail(f"{src}: project rate {r}")
        if sum(D(r[1]) for r in items) != D(tot[1]) or sum(D(r[2]) for r in items) != D(tot[2]):
            fail(f"{src}: project list does not add up")
    total = indicator_table(src, text, exec_ws)
    if total is not None and not any(str(total) in s for s, _ in GRADES[src]):
        pass


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    if len(labels) != 35:
        fail(f"{len(labels)} labels, expected 35")
    codes = Counter()
    where = Counter()
    edits = {(s, n): (old, new, w) for (s, n, _c, w, old, new, _v, _e) in EDITS}
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity")
            if exp["value"] not in text:
                fail(f"{rec['case']}: value {exp['value']!r} not in case")
        src = rec["source"]
        clean = read(f"{src}-clean.txt")
        n = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        old, new, w = edits[(src, n)]
        where[w] += 1
        if clean.count(old) != 1 or clean.replace(old, new, 1) != text:
            fail(f"{rec['case']}: not the clean draft with its one edit")
        # one place: the differing region between common prefix and suffix is short
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        q = 0
        while q < min(len(clean), len(text)) - p and clean[-1 - q] == text[-1 - q]:
            q += 1
        region_clean, region_case = clean[p:len(clean) - q], text[p:len(text) - q]
        if not region_case and not region_clean:
            fail(f"{rec['case']}: identical to clean draft")
        if len(region_clean) > 80 or region_clean.count("\n") > 1:
            fail(f"{rec['case']}: edit region too large: {region_clean!r}")
        for exp in rec["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
            if not any(o < len(text) - q and p < o + len(exp["value"]) for o in occ):
                if region_case:  # value must cover the changed figure
                    fail(f"{rec['case']}: value does not overlap the change")
    for src in SOURCES:
        if f"{src}-clean.txt" not in names:
            fail(f"{src}: clean case missing from labels")
        check_clean(src)
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    if abs(where["prose"] - where["table"]) > 6:
        fail(f"prose/table split {dict(where)}")
    for f in os.listdir(CASES):
        if f not in names:
            fail(f"stray file {f}")
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print(f"{len(labels)} cases, codes {dict(sorted(codes.items()))}, split {dict(where)}")
    print("OK")


if __name__ == "__main__":
    main()
