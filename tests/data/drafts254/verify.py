#!/usr/bin/env python3
"""Verify drafts254.

1. labels.jsonl: every case exists, every label value occurs in its case (and not in the clean draft),
   every error case differs from its clean draft in one place only and the value overlaps that place,
   each of the 13 codes occurs at least twice, clean drafts are 3,000-9,000 characters.
2. Arithmetic: every clean draft is re-computed (tables parsed generically, prose figures checked one by one);
   every check must pass on the clean draft, and every error case must fail at least one check.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- arithmetic helpers
def dec(s):
    return D(str(s).replace(",", ""))


def places(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated (string, as printed) is consistent with computed under the decimals rule of rules.md §8."""
    v = dec(str(stated).rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -places(stated) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.failed = name, text, []

    def ok(self, cond, msg):
        if not cond:
            self.failed.append(msg)

    def has(self, *subs):
        for s in subs:
            self.ok(s in self.text, f"missing text {s!r}")

    def eq(self, computed, stated, what):
        self.ok(close(computed, stated), f"{what}: computed {computed}, stated {stated}")

    def stated_eq(self, computed, pattern, what):
        """find `pattern` (regex with one group = the number) in the text and compare."""
        m = re.search(pattern, self.text)
        if not m:
            self.failed.append(f"{what}: pattern {pattern!r} not found")
            return
        self.eq(computed, m.group(1), what)


# ---------------------------------------------------------------- generic table checks
NUM = r"(\d+(?:\.\d+)?)"


def parse_value(cell):
    """'≥10万份' -> ('gte', D(10), '万份'); '0.1%' -> ('eq', D('0.1'), '%'); qualitative -> None."""
    cell = cell.strip()
    m = re.fullmatch(r"(≥|≤|=|＞＝|＜＝)?" + NUM + r"([^\d]*)", cell)
    if not m or "年" in cell:
        return None
    sign = {"≥": "gte", "＞＝": "gte", "≤": "lte", "＜＝": "lte"}.get(m.group(1) or "", "eq")
    return sign, dec(m.group(2)), m.group(3)


def table_checks(c):
    lines = c.text.splitlines()
    funds_weight = funds_score = None
    # funds block(s): "年度资金总额｜年初｜全年｜执行｜10｜率｜得分" followed by component rows with '—' weight
    for i, line in enumerate(lines):
        cells = line.split("｜")
        if cells[0] != "年度资金总额":
            continue
        tot = cells[1:4]
        c.eq(dec(tot[2]) / dec(tot[1]) * 100, cells[5], "funds total 执行率")
        rate = dec(tot[2]) / dec(tot[1])
        funds_weight, funds_score = dec(cells[4]), cells[6]
        ok_score = close(min(rate, D(1)) * funds_weight, funds_score) or \
            close(min(dec(cells[5].rstrip("%")) / 100, D(1)) * funds_weight, funds_score)
        c.ok(ok_score, f"funds score {funds_score} vs weight × rate")
        comps = []
        for nxt in lines[i + 1:]:
            cc = nxt.split("｜")
            if len(cc) == 7 and cc[4] == "—":
                comps.append(cc)
            else:
                break
        c.ok(len(comps) >= 2, "funds block has no component rows")
        for col, label in ((1, "年初预算"), (2, "全年预算"), (3, "全年执行")):
            s = sum(dec(cc[col]) for cc in comps)
            c.ok(s == dec(tot[col - 1]), f"funds {label}: components {s} ≠ total {tot[col - 1]}")
        for cc in comps:
            if dec(cc[2]) == 0:
                c.ok(cc[5] == "—", f"{cc[0]}: rate on a zero base")
            else:
                c.eq(dec(cc[3]) / dec(cc[2]) * 100, cc[5], f"{cc[0]} 执行率")
    # indicator block
    hdr_i = next((i for i, l in enumerate(lines) if "三级指标" in l and "分值" in l and "得分" in l), None)
    if hdr_i is None:
        return None
    hdr = lines[hdr_i].split("｜")
    col = {h: k for k, h in enumerate(hdr)}
    it, ia, iw, isc = col["年度指标值"], col["实际完成值"], col["分值"], col["得分"]
    icr = col.get("完成率")
    weights, scores, blocks = [], [], {}
    total_line = None
    for line in lines[hdr_i + 1:]:
        cells = line.split("｜")
        if cells[0] == "总分":
            total_line = [x for x in cells if x.strip()]
            break
        w, s = dec(cells[iw]), dec(cells[isc])
        weights.append(w)
        scores.append(s)
        b = blocks.setdefault(cells[0], [D(0), D(0)])
        b[0] += w
        b[1] += s
        c.ok(0 <= s <= w, f"{cells[2]}: score {s} outside [0, {w}]")
        t, a = parse_value(cells[it]), parse_value(cells[ia])
        if t and a:
            c.ok(t[2] == a[2], f"{cells[2]}: unit {t[2]!r} vs {a[2]!r}")
            if t[2] == a[2]:
                T, A = t[1], a[1]
                if t[0] == "lte":
                    comp = D(100) if A <= T else T / A * 100
                    rule = w if A <= T else w * T / A
                else:
                    comp = A / T * 100
                    rule = w if A >= T else w * A / T
                if icr is not None and cells[icr].endswith("%"):
                    c.eq(comp, cells[icr], f"{cells[2]} 完成率")
                c.ok(close(rule, cells[isc]), f"{cells[2]}: score {cells[isc]} vs rule {rule}")
        elif icr is not None and cells[icr].endswith("%") and "年" in cells[ia]:
            c.ok(cells[icr] == "100.00%", f"{cells[2]}: date row completion")
    c.ok(total_line is not None, "no 总分 row")
    tw, ts = dec(total_line[1]), total_line[2]
    c.ok(sum(weights) + funds_weight == tw == 100, f"weights {sum(weights)} + {funds_weight} ≠ {tw}/100")
    c.eq(sum(scores) + dec(funds_score), ts, "Σ scores vs 总分")
    m = re.search(r"评价等级为“(.)”", c.text)
    c.ok(m is not None and m.group(1) == grade(dec(ts)), f"grade vs total {ts}")
    return {k: v for k, v in blocks.items()}, dec(funds_score), ts


def score_statements(c, blocks, prose):
    """prose: {block: (weight or None, score string)} checked against the table block sums."""
    for blk, (w, s) in prose.items():
        if w is not None:
            c.ok(blocks[blk][0] == dec(w), f"{blk} weight {blocks[blk][0]} vs text {w}")
        c.eq(blocks[blk][1], s, f"{blk} score vs text")


# ---------------------------------------------------------------- per-project checks
def p_qingyuan(c):
    t = table_checks(c)
    blocks, fs, total = t
    c.has("年初预算45.00万元", "追加3.60万元", "2020年结转的3.70万元", "全年预算数为52.30万元",
          "当年财政拨款48.60万元、上年结转资金3.70万元", "截至2021年12月31日", "结转至2022年",
          "组织“法治文艺进村”巡演42场", "｜42场｜", "巡演42场，培训540人次")
    c.ok(D("45.00") + D("3.60") == D("48.60") and D("48.60") + D("3.70") == D("52.30"), "budget build-up")
    c.stated_eq(D("49.86") / D("52.30") * 100, r"项目实际支出49\.86万元，预算执行率([\d.]+)%", "text 执行率")
    parts = [re.search(p + NUM + "万元", c.text) for p in
             ("宣传资料及宣传品印制", "法治文艺进村巡演", "普法骨干培训", "新媒体普法平台运维", "民法典宣传月活动")]
    c.ok(all(parts) and sum(dec(m.group(1)) for m in parts) == D("49.86"), "spending breakdown ≠ 49.86")
    c.stated_eq(D("52.30") - D("49.86"), r"未支出的([\d.]+)万元", "未支出")
    c.stated_eq(D("11.8") - 10, r"比目标多([\d.]+)万份", "资料 over target")
    c.stated_eq(D(540) / 600 * 100, r"培训540人次，完成年度目标的([\d.]+)%", "培训 completion")
    c.stated_eq(600 - 540, r"比目标少(\d+)人次", "培训 shortfall")
    m = re.search(r"每场巡演成本｜≤3000元｜" + NUM + "元｜", c.text)
    c.ok(m is not None and close(D("12.30") * 10000 / 42, m.group(1)), "每场巡演成本 = 12.30万元 / 42场 in 元")
    c.stated_eq(D(546) / 584 * 100, r"满意度为([\d.]+)%", "满意度")
    c.has("｜93.5%｜")
    c.stated_eq(fs, r"预算执行率得分([\d.]+)分", "text execution score")
    score_statements(c, blocks, {"产出指标": (None, re.search(r"产出指标得分([\d.]+)分", c.text).group(1)),
                                 "效益指标": (None, re.search(r"效益指标得分([\d.]+)分", c.text).group(1)),
                                 "满意度指标": (None, re.search(r"满意度指标得分([\d.]+)分", c.text).group(1))})
    c.stated_eq(dec(total), r"自评得分([\d.]+)分", "text total")


def p_zhecheng(c):
    T = c.text
    c.has("年初安排该项目预算30.00万元", "追加6.00万元", "全年预算调整为36.00万元", "到位资金36.00万元，到位率100%",
          "截至2022年12月31日", "培养法律明白人不少于1500名", "完成集中培训不少于3000人次", "合格率不低于90%",
          "满意度不低于90%", "2022年10月28日", "2022年11月30日前", "评价等级为“优”")
    c.ok(D("30.00") + D("6.00") == D("36.00"), "budget build-up")
    c.stated_eq(D("34.56") / 36 * 100, r"实际支出34\.56万元，预算执行率([\d.]+)%", "执行率")
    c.stated_eq(D("36.00") - D("34.56"), r"结余([\d.]+)万元", "结余")
    parts = [re.search(p + NUM + "万元", T) for p in
             ("培训授课及场地租赁", "《法律明白人工作手册》印制", "履职考核补贴", "考核评选及表彰")]
    c.ok(all(parts), "breakdown items missing")
    if all(parts):
        c.stated_eq(sum(dec(m.group(1)) for m in parts), r"合计([\d.]+)万元", "breakdown sum")
        c.eq(D(4800) * 18 / 10000, parts[1].group(1), "4800册 × 18元")
        c.eq(D(860) * 120 / 10000, parts[2].group(1), "860人 × 120元")
    c.has("（4800册，每册18元）", "按每人120元标准，发放给履职考核合格的860人")
    c.stated_eq(D(1612) / 515, r"平均每村([\d.]+)名", "per village")
    regions = [int(x) for x in re.findall(r"[东西南北]片区(\d+)人", T)]
    c.ok(len(regions) == 4 and sum(regions) == 1612, "片区 sum ≠ 1612")
    c.stated_eq(D(sum(regions)) / max(len(regions), 1), r"平均每期(\d+)人", "片区 average")
    c.ok(1612 * 2 == 3224, "two rounds")
    c.stated_eq(D(3224) / 3000 * 100, r"两轮共培训3224人次，完成率([\d.]+)%", "培训人次 completion")
    c.stated_eq(D(1533) / 1612 * 100, r"考核合格1533人，合格率([\d.]+)%", "合格率")
    c.stated_eq(D("95.10") - 90, r"高于年度目标([\d.]+)个百分点", "合格率 margin")
    c.stated_eq(D(1219) / 1286 * 100, r"调解成功1219件，调解成功率([\d.]+)%", "调解成功率")
    c.stated_eq(D(776) / 800 * 100, r"收回776份，回收率([\d.]+)%", "回收率")
    c.stated_eq(D(741) / 776 * 100, r"满意及基本满意的741份，满意度([\d.]+)%", "满意度")
    c.stated_eq(1612 - 860, r"全年仍有(\d+)人未达到", "not qualified")
    # weights and scores (prose only)
    w = {k: dec(re.search(k + r"(\d+)分", T).group(1)) for k in
         ("预算执行率", "产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标", "成本指标",
          "社会效益指标", "可持续影响指标")}
    c.ok(w["预算执行率"] + w["产出指标"] + w["效益指标"] + w["满意度指标"] == 100, "weights ≠ 100")
    c.stated_eq(sum(w.values()) - sum(w[k] for k in w if k in ("数量指标", "质量指标", "时效指标", "成本指标",
                                                              "社会效益指标", "可持续影响指标")),
                r"合计(100)分", "weight total")
    c.ok(w["数量指标"] + w["质量指标"] + w["时效指标"] + w["成本指标"] == w["产出指标"], "产出 sub-weights")
    c.ok(w["社会效益指标"] + w["可持续影响指标"] == w["效益指标"], "效益 sub-weights")
    s_exec = re.search(r"预算执行率得([\d.]+)分", T).group(1)
    c.eq(D(10) * D("34.56") / 36, s_exec, "execution score")
    s_out = re.search(r"得(\d+)分；效益指标中", T).group(1)
    s_sust = re.search(r"扣1\.5分，得([\d.]+)分", T).group(1)
    c.eq(w["可持续影响指标"] - D("1.5"), s_sust, "可持续 score")
    s_eff = re.search(r"效益指标共得([\d.]+)分", T).group(1)
    c.eq(D(10) + D(10) + dec(s_sust), s_eff, "效益 score = 10 + 10 + 可持续")
    s_sat = re.search(r"满意度指标得(\d+)分", T).group(1)
    c.ok(dec(s_out) <= w["产出指标"] and dec(s_eff) <= w["效益指标"] and dec(s_sat) <= w["满意度指标"], "score > weight")
    tot = re.search(r"自评总得分([\d.]+)分", T).group(1)
    c.eq(dec(s_exec) + dec(s_out) + dec(s_eff) + dec(s_sat), tot, "total")
    c.ok(grade(dec(tot)) == "优", "grade")


def p_yongping(c):
    blocks, fs, total = table_checks(c)
    T = c.text
    c.has("年初预算60.00万元，其中省级补助资金40.00万元、县级配套资金20.00万元", "年初预算数｜60.00",
          "全年预算数｜60.00", "实际到位数｜60.00", "实际支出数｜56.88", "结转至2024年继续用于示范村创建",
          "省级补助资金40.00万元已全部支出", "县级配套资金支出16.88万元")
    c.ok(D("40.00") + D("20.00") == D("60.00"), "sources")
    c.ok(D("40.00") + D("16.88") == D("56.88"), "spending by source")
    c.stated_eq(D("60.00") - D("56.88"), r"结余｜([\d.]+)", "结余")
    c.stated_eq(D("56.88") / 60 * 100, r"预算执行率｜([\d.]+)%", "执行率 (funds table)")
    m = re.search(r"示范村创建补助([\d.]+)万元（省级示范村6个，每村4\.00万元；州级示范村12个，每村2\.00万元）", T)
    c.ok(m is not None and dec(m.group(1)) == 6 * 4 + 12 * 2, "补助 = 6×4 + 12×2")
    parts = [dec(re.search(p + NUM + "万元", T).group(1)) for p in ("示范村创建补助", "标识牌制作", "干部法治培训")]
    c.ok(sum(parts) == D("56.88"), f"spending parts {sum(parts)} ≠ 56.88")
    c.stated_eq(parts[1] * 10000 / 36, r"共36块，平均每块([\d.]+)元", "per block")
    sc = [int(x) for x in re.findall(r"(\d+)分[、，]", T.split("验收评分分别为")[1][:40])]
    c.ok(len(sc) == 6, "6 village scores")
    c.stated_eq(D(sum(sc)) / len(sc), r"平均([\d.]+)分", "village average")
    c.stated_eq(D(342) / 360 * 100, r"培训342人次，完成年度目标的([\d.]+)%", "培训 completion")
    c.stated_eq(360 - 342, r"比目标少(\d+)人次", "培训 shortfall")
    c.stated_eq(D(507) / 521 * 100, r"调解成功507件，调解成功率([\d.]+)%", "调解成功率")
    c.has("｜97.3%｜", "村民满意度92.4%", "｜92.4%｜", "扣2分", "｜10｜8｜")
    c.ok(6 + 12 == 18, "18 villages")
    w = [dec(re.search(k + r"分值(\d+)分" if k == "预算执行率" else k + r"(\d+)分", T).group(1))
         for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")]
    c.ok(sum(w) == 100, "text weights ≠ 100")
    c.ok([blocks["产出指标"][0], blocks["效益指标"][0], blocks["满意度指标"][0]] == w[1:], "text weights vs table")
    c.stated_eq(fs, r"预算执行率得([\d.]+)分", "text execution score")
    score_statements(c, blocks, {"产出指标": (None, re.search(r"产出指标得([\d.]+)分", T).group(1)),
                                 "效益指标": (None, re.search(r"效益指标得([\d.]+)分", T).group(1)),
                                 "满意度指标": (None, re.search(r"满意度指标得([\d.]+)分", T).group(1))})
    c.stated_eq(dec(total), r"总得分([\d.]+)分", "text total")


def p_helong(c):
    blocks, fs, total = table_checks(c)
    T = c.text
    c.has("项目年初预算70.00万元", "市财政追加预算10.00万元", "2018年结转的法治长廊前期设计费等15.50万元",
          "全年预算95.50万元", "已结转至2020年", "｜70.00｜95.50｜91.22｜", "｜80.00｜75.72｜", "｜15.50｜15.50｜")
    c.ok(D("70.00") + D("10.00") + D("15.50") == D("95.50"), "budget build-up")
    c.stated_eq(D("91.22") / D("95.50") * 100, r"实际支出91\.22万元，预算执行率([\d.]+)%", "text 执行率")
    parts = [re.search(p + NUM + "万元", T) for p in
             ("法治文化主题广场建设", "法治文化长廊建设", "法治书屋建设", "设计及工程监理费")]
    c.ok(all(parts) and sum(dec(m.group(1)) for m in parts) == D("91.22"), "spending breakdown ≠ 91.22")
    c.stated_eq(D("9.72") * 10000 / 9, r"9个书屋，平均每个(\d+)元）", "per 书屋 in 元")
    c.stated_eq(D("95.50") - D("91.22"), r"未执行的([\d.]+)万元", "未执行")
    c.has("广场建设实际支出52.60万元", "｜≤55万元｜52.60万元｜")
    c.stated_eq(D("1.2") / 2 * 100, r"1\.2万人次，完成率(\d+)%", "接待 completion")
    c.has("｜≥2万人次｜1.2万人次｜", "群众满意度为85.2%", "｜85.2%｜", "比计划推迟了15天")
    c.ok((D(15) + 0) == (30 + 15) - 30, "10-31 → 11-15 is 15 days")
    c.stated_eq(fs, r"预算执行率得分([\d.]+)分", "text execution score")
    score_statements(c, blocks, {"产出指标": (None, re.search(r"产出指标得分([\d.]+)分", T).group(1)),
                                 "效益指标": (None, re.search(r"效益指标得分([\d.]+)分", T).group(1)),
                                 "满意度指标": (None, re.search(r"满意度指标得分([\d.]+)分", T).group(1))})
    c.stated_eq(dec(total), r"自评总得分([\d.]+)分", "text total")


def p_ninghua(c):
    blocks, fs, total = table_checks(c)
    T = c.text
    c.has("2024年我局年初预算1286.40万元", "调增66.35万元", "全年预算1352.75万元", "评价年度｜2024年",
          "基本支出全年预算986.35万元，支出986.35万元", "项目支出全年预算366.40万元，支出332.27万元",
          "｜1286.40｜1352.75｜1318.62｜", "受理法律援助案件486件", "｜486件｜", "满意度为94.3%", "｜94.3%｜",
          "线上观看量27.6万人次", "｜27.6万人次｜", "受理矛盾纠纷2318件", "｜2318件｜", "活动136场", "｜136场｜",
          "全年“三公”经费支出11.85万元", "｜11.85万元｜")
    c.ok(D("1286.40") + D("66.35") == D("1352.75"), "budget build-up")
    c.ok(D("986.35") + D("332.27") == D("1318.62"), "spending parts")
    c.stated_eq(D("1318.62") / D("1352.75") * 100, r"全年支出1318\.62万元，预算执行率([\d.]+)%", "text 执行率")
    c.stated_eq(D("332.27") / D("366.40") * 100, r"支出332\.27万元，执行率([\d.]+)%", "text 项目执行率")
    c.stated_eq(D(2267) / 2318 * 100, r"调解成功2267件，调解成功率([\d.]+)%", "调解成功率")
    c.stated_eq(D(479) / 486 * 100, r"办结479件，结案率([\d.]+)%", "结案率")
    c.stated_eq(D("2.36") + D("9.49"), r"“三公”经费支出([\d.]+)万元", "三公 parts")
    # project table
    rows = [l.split("｜") for l in T.splitlines() if re.match(r"\d｜", l)]
    c.ok(len(rows) == 5, "5 projects")
    for r in rows:
        c.eq(dec(r[3]) / dec(r[2]) * 100, r[4], f"project {r[0]} 执行率")
        c.ok(dec(r[5]) <= 100, "project score ≤ 100")
    tot = next(l.split("｜") for l in T.splitlines() if l.startswith("合计（平均）"))
    c.ok(sum(dec(r[2]) for r in rows) == dec(tot[2]), "project budgets sum")
    c.ok(sum(dec(r[3]) for r in rows) == dec(tot[3]), "project spending sum")
    c.ok(dec(tot[2]) == D("366.40") and dec(tot[3]) == D("332.27"), "project totals vs text")
    c.eq(dec(tot[3]) / dec(tot[2]) * 100, tot[4], "project total rate")
    c.eq(sum(dec(r[5]) for r in rows) / len(rows), tot[5], "average score")
    c.stated_eq(dec(total), r"自评得分([\d.]+)分", "text total")


PROJECTS = {
    "zj-qingyuan-bawupufa-2021": p_qingyuan,
    "zhecheng-mingbairen-2022": p_zhecheng,
    "yongping-minzhufazhicun-2023": p_yongping,
    "helong-fazhiwenhua-2019": p_helong,
    "ninghua-sifaju-2024": p_ninghua,
}


RATE_WORDS = r"(?:满意度|满意度为|执行率|到位率|结案率|合格率|成功率|回收率|知晓率)"


def generic_checks(c):
    """rates that cannot exceed 100% (rules.md I5), and counts behind a stated share."""
    for m in re.finditer(RATE_WORDS + r"[为达]?(\d+(?:\.\d+)?)%", c.text):
        c.ok(dec(m.group(1)) <= 100, f"rate over 100%: {m.group(0)}")
    for a, b in (("收回(\\d+)份", "满意及基本满意的(\\d+)份"), ("受理法律援助案件(\\d+)件", "办结(\\d+)件")):
        ma, mb = re.search(a, c.text), re.search(b, c.text)
        if ma and mb:
            c.ok(int(mb.group(1)) <= int(ma.group(1)), f"part {mb.group(0)} above whole {ma.group(0)}")


def run_checks(src, name, text):
    c = Checker(name, text)
    try:
        generic_checks(c)
        PROJECTS[src](c)
    except Exception as e:  # a parse failure counts as a failed check
        c.failed.append(f"exception {type(e).__name__}: {e}")
    return c.failed


# ---------------------------------------------------------------- main
def one_place(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    code_count = {k: 0 for k in CODES}
    clean = {r["source"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
             for r in labels if r["clean"]}
    if len(clean) != 5:
        fail(f"expected 5 clean drafts, found {len(clean)}")
    for src, text in clean.items():
        if not 3000 <= len(text) <= 9000:
            fail(f"{src}: clean draft has {len(text)} characters")
        failed = run_checks(src, src + "-clean", text)
        for f in failed:
            fail(f"{src}-clean: {f}")
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expected findings")
            continue
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one label")
        base = clean[r["source"]]
        p, ea, eb = one_place(base, text)
        if ea - p > 80 or eb - p > 80 or ea == p and eb == p:
            fail(f"{r['case']}: differs from the clean draft in more than one place (or not at all)")
        for e in r["expected"]:
            code_count[e["code"]] = code_count.get(e["code"], 0) + 1
            if e["code"] not in CODES or e["severity"] != "error":
                fail(f"{r['case']}: bad code/severity {e}")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{r['case']}: value {v!r} not in case")
            elif not any(o < eb and o + len(v) > p for o in occ):
                fail(f"{r['case']}: value {v!r} does not cover the changed place")
            if v in base:
                fail(f"{r['case']}: value {v!r} also occurs in the clean draft")
        if not run_checks(r["source"], r["case"], text):
            fail(f"{r['case']}: no arithmetic check notices the injected error")
    for k, n in code_count.items():
        if n < 2:
            fail(f"code {k} occurs {n} times (< 2)")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(code_count.values())} labelled errors, codes: "
          + ", ".join(f"{k}={v}" for k, v in code_count.items()))
    print("OK")


if __name__ == "__main__":
    main()
