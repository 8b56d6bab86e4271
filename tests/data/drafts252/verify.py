#!/usr/bin/env python3
"""Verify drafts252.

1. labels.jsonl: one line per case file, every label value occurs in its case, codes from errors.md §A,
   each of the 13 codes at least twice;
2. every error case differs from its clean draft in exactly one contiguous place, and the label value
   overlaps that place;
3. every clean draft: length 3,000-9,000 characters, and its arithmetic is redone
   (facts anchored on exact substrings of the draft + a generic check of every 分值/得分 table:
   weights sum to 100, scores sum to the total, score <= weight, completion and score from
   target/actual, execution rate and score, fund components add up, grade band, years);
4. sanity: the same checks fail on every error case (the injection breaks something).
Prints OK at the end when everything holds.
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
NUM = re.compile(r"\d+(?:\.\d+)?")


class Num:
    def __init__(self, s):
        self.s = s
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Decimals rule of rules.md §8: |c - v| <= 0.5 * 10^-d."""
    return abs(D(computed) - stated.v) <= D("0.5") * (D(10) ** -stated.d) + D("1e-9")


def grade_of(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


class Checker:
    def __init__(self, text, name, strict=True):
        self.t, self.name, self.fails, self.count, self.strict = text, name, [], 0, strict

    def fail(self, msg):
        self.fails.append(msg)

    def n(self, anchor, i=-1):
        """The i-th number (default: last) of an anchor string. In a clean draft the anchor must occur
        verbatim; otherwise (error cases) the same words with any numbers are looked up, so that a
        changed figure is read and the arithmetic, not the anchor, fails."""
        if anchor in self.t:
            return Num(NUM.findall(anchor)[i])
        parts = NUM.split(anchor)
        pattern = r"(\d+(?:\.\d+)?)".join(re.escape(p) for p in parts)
        m = re.search(pattern, self.t)
        if not self.strict and m:
            return Num(m.groups()[i])
        raise KeyError(anchor)

    def eq(self, desc, stated, computed):
        self.count += 1
        if not close(stated, computed):
            self.fail(f"{desc}: stated {stated.s}, computed {D(computed).quantize(D('0.0001'))}")

    def present(self, *anchors):
        for a in anchors:
            self.count += 1
            if a not in self.t:
                self.fail(f"missing anchor {a!r}")

    def grade(self, total_anchor, prefix):
        """Every grade word written after `prefix` must be the band of the stated total (rules §6)."""
        total = self.n(total_anchor)
        words = re.findall(re.escape(prefix) + r"[“\"]?(优秀|优|良好|良|中等|中|一般|合格|较差|差)", self.t)
        self.count += 1
        if not words:
            self.fail(f"no grade after {prefix!r}")
        for w in words:
            if not w.startswith(grade_of(total.v)) and not (grade_of(total.v) == "中" and w in ("一般", "合格")):
                self.fail(f"grade {w} does not fit total {total.s} (band {grade_of(total.v)})")


def pct(a, b):
    return D(a.v) / D(b.v) * 100


# ---------------------------------------------------------------- generic table checks
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s, sign=None, unit=None):
    s = s.strip()
    direction = None
    if s and s[0] in SIGNS:
        direction, s = SIGNS[s[0]], s[1:]
    if sign:
        direction = SIGNS.get(sign.strip(), direction)
    m = DATE.fullmatch(s)
    if m:
        return direction, ("date", tuple(int(x) for x in m.groups())), "date"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", s)
    if not m:
        return direction, None, None
    u = m.group(2).strip()
    if unit and unit.strip() not in ("", "—"):
        u = u or unit.strip()
    return direction, Num(m.group(1)), u


def col(header, *names):
    for i, h in enumerate(header):
        for nm in names:
            if nm in h:
                return i
    return None


def table_checks(c):
    lines = c.t.split("\n")
    weights, scores, totals = [], [], []
    funds = None          # (header, total row, component rows)
    header = None
    for raw in lines:
        if "｜" not in raw:
            header = None
            continue
        cells = raw.split("｜")
        if ("分值" in raw and "得分" in raw) or ("全年预算" in raw and "执行率" in raw):
            header = cells
            if col(header, "全年预算") is not None and col(header, "年初预算") is not None:
                funds = [header, None, []]
            continue
        if header is None:
            continue
        get = lambda *nm: (cells[col(header, *nm)] if col(header, *nm) is not None and col(header, *nm) < len(cells) else None)
        first = cells[0]
        w, s = get("分值"), get("得分")
        if first in ("总分", "合计") and w and NUM.fullmatch(w.strip() or "x"):
            totals.append((Num(w), Num(s) if s and NUM.fullmatch(s) else None))
            continue
        # funds blocks: total row and components
        if funds is not None and header is funds[0]:
            if first == "年度资金总额":
                funds[1] = cells
            elif funds[1] is not None:
                funds[2].append(cells)
        # execution rate in any row with budget / spent / rate
        b, sp, r = get("全年预算"), get("全年执行数", "实际支出"), get("执行率")
        if b and sp and r and NUM.fullmatch(b) and NUM.fullmatch(sp) and r.endswith("%"):
            c.eq(f"执行率 row {first}", Num(r[:-1]), pct(Num(sp), Num(b)))
            if w and NUM.fullmatch(w) and s and NUM.fullmatch(s):
                rate = min(D(sp) / D(b), D(1))
                ok = close(Num(s), Num(w).v * rate) or close(Num(s), Num(w).v * min(Num(r[:-1]).v / 100, D(1)))
                c.count += 1
                if not ok:
                    c.fail(f"execution score {s} != {w} x {r}")
        if not (w and NUM.fullmatch(w.strip())):
            continue
        W, S = Num(w), Num(s)
        weights.append(W)
        scores.append(S)
        c.count += 1
        if S.v > W.v or S.v < 0:
            c.fail(f"row {first}/{cells[2] if len(cells) > 2 else ''}: score {S.s} outside [0, {W.s}]")
        tgt, act = get("年度指标值", "目标值"), get("实际完成值", "实际值")
        if tgt is None or act is None:
            continue
        sign, unit = get("指标性质"), get("度量单位")
        direction, T, tu = parse_value(tgt, sign, unit)
        _, A, au = parse_value(act, None, unit)
        name = cells[2] if len(cells) > 2 else first
        c.count += 1
        if T is None or A is None:
            c.fail(f"row {name}: cannot read target/actual {tgt!r}/{act!r}")
            continue
        if tu != au:
            c.fail(f"row {name}: unit of target {tu!r} vs actual {au!r}")
            continue
        if tu == "date":
            met = A[1] <= T[1] if direction == "lte" else A[1] >= T[1]
            if met and not close(S, W.v):
                c.fail(f"row {name}: date met, score {S.s} != {W.s}")
            continue
        direction = direction or "eq"
        if direction == "lte":
            compl = D(100) if A.v <= T.v else T.v / A.v * 100
        else:
            compl = A.v / T.v * 100
        exp = W.v * min(compl / 100, D(1))
        c.count += 1
        if not close(S, exp):
            c.fail(f"row {name}: score {S.s}, rule gives {exp.quantize(D('0.01'))}")
        cr = get("完成率")
        if cr:
            c.count += 1
            if not close(Num(cr.rstrip("%")), compl):
                c.fail(f"row {name}: 完成率 {cr}, computed {compl.quantize(D('0.01'))}%")
    if weights:
        c.count += 2
        if sum(x.v for x in weights) != 100:
            c.fail(f"weights sum to {sum(x.v for x in weights)}")
        if not totals:
            c.fail("no total row")
        for tw, ts in totals:
            if tw.v != sum(x.v for x in weights):
                c.fail(f"total weight {tw.s} != sum {sum(x.v for x in weights)}")
            if ts is not None and not close(ts, sum(x.v for x in scores)):
                c.fail(f"total score {ts.s} != sum {sum(x.v for x in scores)}")
    if funds and funds[1] is not None:
        hdr, tot, comps = funds
        for nm in ("年初预算", "全年预算", "全年执行数"):
            i = col(hdr, nm)
            if i is None:
                continue
            vals = [r[i] for r in comps if i < len(r) and NUM.fullmatch(r[i])]
            c.count += 1
            if not close(Num(tot[i]), sum(D(v) for v in vals)):
                c.fail(f"funds column {nm}: total {tot[i]} != components {' + '.join(vals)}")


def year_checks(c, year):
    t = c.t
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        c.count += 1
        if int(m.group(1)) != year:
            c.fail(f"截至 {m.group(1)} in a {year} report")
    for m in re.finditer(r"结转至(\d{4})年", t):
        c.count += 1
        if int(m.group(1)) <= year:
            c.fail(f"结转至{m.group(1)}年 in a {year} report")
    for m in re.finditer(r"(\d{4})年度", t):
        c.count += 1
        if int(m.group(1)) != year:
            c.fail(f"{m.group(1)}年度 in a {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月", t):
        y, mo = int(m.group(1)), int(m.group(2))
        ctx = t[m.end():m.end() + 12]
        if "下达" in ctx or "追加" in ctx:
            c.count += 1
            if not (y == year or (y == year - 1 and mo == 12)):
                c.fail(f"funds issued {y}年{mo}月 in a {year} report")


# ---------------------------------------------------------------- per-draft facts
def facts_lezhi(c):
    n = c.n
    c.eq("年初 = 省 + 县", n("项目年初预算300.00万元"), n("建设补助资金220.00万元").v + n("县级配套资金80.00万元").v)
    c.eq("全年 = 年初 + 追加", n("调整后全年预算335.00万元"), n("项目年初预算300.00万元").v + n("追加配套资金35.00万元").v)
    c.eq("全年 = 三项用途", n("调整后全年预算335.00万元"),
         n("配送中心分拣线改造126.00万元，").v + n("村级服务站建设补助164.00万元").v + n("客货邮融合线路运营补助45.00万元").v)
    c.eq("改造占比", n("占全年预算的37.61%"), pct(n("配送中心分拣线改造126.00万元，"), n("调整后全年预算335.00万元")))
    c.eq("执行率", n("全年实际支出317.46万元，预算执行率94.76%"),
         pct(n("全年实际支出317.46万元，预算执行率94.76%", 0), n("调整后全年预算335.00万元")))
    c.eq("支出 = 三项", n("全年实际支出317.46万元，预算执行率94.76%", 0),
         n("按合同结算支出126.00万元").v + n("建设补助，支出164.00万元").v + n("运营补助支出27.46万元").v)
    c.eq("205站 x 8000元", n("建设补助，支出164.00万元"), n("每站8000元的标准对205个站点", 1).v * n("每站8000元的标准对205个站点", 0).v / 10000)
    c.eq("未支出 = 预算 - 支出", n("未支出的17.54万元"), D("335.00") - D("317.46"))
    c.eq("服务站完成率", n("服务站205个，完成率102.50%"), D(205) / D(200) * 100)
    c.eq("验收合格率", n("合格200个，验收合格率97.56%"), D(200) / D(205) * 100)
    c.eq("上行量增长", n("较2021年的98.3万件增长33.88%"), (D("131.6") - D("98.3")) / D("98.3") * 100)
    c.eq("覆盖率", n("已有239个实现快递服务进村，覆盖率93.36%"), D(239) / D(256) * 100)
    c.eq("持续运营率", n("正常运营195个，持续运营率95.12%"), D(195) / D(205) * 100)
    c.eq("效益得分", n("效益指标得分29.83分"), D(10) + D("9.83") + D(10))
    c.eq("总分(文)", n("自评总分99.31分"), n("预算执行率得分9.48分").v + n("产出指标得分50分").v + D("29.83") + n("满意度指标得分10分").v)
    c.grade("自评总分99.31分", "评价等级为")
    c.present("年度资金总额｜300.00｜335.00｜317.46｜10｜94.76%｜9.48", "总分｜｜｜｜｜｜｜100｜99.31｜",
              "新建村级服务站205个，覆盖率93.36%，农产品快递上行量131.6万件", "村级服务站建设补助标准｜≤｜0.8｜万元/个｜0.8")


def facts_fengning(c):
    n = c.n
    c.eq("全年 = 年初 + 省级", n("调整后全年预算180.00万元"), n("项目年初预算120.00万元").v + n("奖补资金60.00万元").v)
    c.eq("到位率", n("到位180.00万元，到位率100%"), D(180) / D(180) * 100)
    c.eq("支出构成", n("2021年全年实际支出171.36万元"),
         n("农产品上行寄递补贴93.72万元").v + n("服务点运营补贴53.60万元").v + n("县级共同配送中心运营补贴24.04万元").v)
    c.eq("0.30元 x 312.4万件", n("农产品上行寄递补贴93.72万元"), D("0.30") * D("312.4"))
    c.present("按每件0.30元的标准对312.4万件农产品快件", "按每点每年2000元的标准补贴268个服务点")
    c.eq("2000元 x 268", n("服务点运营补贴53.60万元"), D(2000) * D(268) / 10000)
    c.eq("结余", n("年末结余8.64万元"), D("180.00") - D("171.36"))
    c.eq("执行率", n("实际支出171.36万元，执行率95.20%"), D("171.36") / D("180.00") * 100)
    c.eq("执行得分", n("执行率95.20%，得9.52分"), D(10) * D("171.36") / D("180.00"))
    c.eq("快件完成率", n("目标300万件，完成率104.13%"), D("312.4") / D(300) * 100)
    c.eq("服务点完成率", n("目标280个，完成率95.71%"), D(268) / D(280) * 100)
    c.eq("服务点得分", n("完成率95.71%，得14.36分"), D(15) * D(268) / D(280))
    c.eq("产出得分", n("（分值50分，得49.36分）"), D(20) + D("14.36") + D(10) + D(5))
    c.eq("产出分值", n("（分值50分，得49.36分）", 0), D(20) + D(15) + D(10) + D(5))
    c.present("得20分（分值20分）", "得14.36分（分值15分）", "得10分（分值10分）", "得5分（分值5分）",
              "得13.8分（分值15分）", "得15分（分值15分）")
    c.eq("零售额完成率", n("目标1.5亿元，完成率92.00%"), D("1.38") / D("1.5") * 100)
    c.eq("零售额得分", n("完成率92.00%，得13.8分"), D(15) * D("1.38") / D("1.5"))
    c.eq("成本下降", n("降至2.60元，下降0.60元"), D("3.20") - D("2.60"))
    c.eq("效益得分", n("（分值30分，得28.8分）"), D("13.8") + D(15))
    c.eq("效益分值", n("（分值30分，得28.8分）", 0), D(15) + D(15))
    c.eq("满意度平均", n("平均93.37%"), (D("92.4") + D("94.1") + D("93.6")) / 3)
    c.eq("上行快件增长", n("较2020年的236.5万件增长32.09%"), (D("312.4") - D("236.5")) / D("236.5") * 100)
    c.eq("总分", n("本项目自评得分97.68分"), D("9.52") + D("49.36") + D("28.8") + D(10))
    c.eq("分值合计", Num("100"), D(10) + D(50) + D(30) + D(10))
    c.present("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "（分值10分，得10分）")
    c.grade("本项目自评得分97.68分", "评价等级为")
    c.count += 1
    if c.t.count("268个") != 3:
        c.fail("the number of service points (268个) is not stated consistently")


def facts_shicheng(c):
    n = c.n
    c.eq("全年 = 年初 + 结转", n("全年预算292.50万元"), n("年初预算260.00万元").v + n("建设资金结转32.50万元").v)
    c.eq("到位率", n("实际到位292.50万元，到位率100%"), D("292.50") / D("292.50") * 100)
    c.eq("执行率", n("全年执行221.40万元，预算执行率75.69%"), D("221.40") / D("292.50") * 100)
    c.eq("结转执行率", n("已执行25.76万元，执行率79.26%"), D("25.76") / D("32.50") * 100)
    c.eq("用途合计", n("全年执行221.40万元，预算执行率75.69%", 0),
         n("安装119.40万元").v + n("支出58.80万元").v + n("信息终端43.20万元").v)
    c.eq("96站 x 4500元", n("信息终端43.20万元"), D(96) * D(4500) / 10000)
    c.present("按每站4500元的标准配置96个站点")
    c.eq("未执行", n("年末未执行资金71.10万元"), D("292.50") - D("221.40"))
    c.present("仅75.69%", "年度资金总额｜260.00｜292.50｜221.40｜10｜75.69%｜7.57", "上年结转资金｜0.00｜32.50｜25.76",
              "本项目综合得分86.78分", "总分｜｜｜｜｜100｜86.78｜", "建成面积2150平方米", "覆盖8个乡镇", "服务站96个")
    c.grade("本项目综合得分86.78分", "评价等级为")


def facts_mengshan(c):
    n = c.n
    c.eq("全年 = 县 + 自治区 + 市", n("全年预算140.00万元"), n("年初预算85.00万元").v + n("奖补资金40.00万元").v + n("配套资金15.00万元").v)
    c.eq("表 全年 = 来源", n("全年预算｜140.00"), n("其中：自治区资金｜40.00").v + n("梧州市资金｜15.00").v + n("县级资金｜85.00").v)
    c.present("年初预算｜85.00", "实际到位｜140.00", "实际支出｜136.92", "预算执行率｜97.80%")
    c.eq("结余", n("结余｜3.08"), n("实际到位｜140.00").v - n("实际支出｜136.92").v)
    c.eq("到位率", n("资金到位率｜100%"), pct(n("实际到位｜140.00"), n("全年预算｜140.00")))
    c.eq("执行率(表)", n("预算执行率｜97.80%"), pct(n("实际支出｜136.92"), n("全年预算｜140.00")))
    c.eq("执行率(文)", n("全年实际支出136.92万元，执行率97.80%"), D("136.92") / D("140.00") * 100)
    c.eq("支出构成", n("全年实际支出136.92万元，执行率97.80%", 0),
         n("村邮站提升改造支出89.90万元").v + n("快递进村运营补助支出36.00万元").v + n("分拣设备支出11.02万元").v)
    c.eq("62站平均", n("62个站点平均每站1.45万元"), D("89.90") / D(62))
    c.eq("45村 x 8000元", n("快递进村运营补助支出36.00万元"), D(45) * D(8000) / 10000)
    c.present("对新开通快递进村的45个建制村，按每村8000元")
    c.eq("通快递率", n("已有75个实现快递服务进村，通快递率96.15%"), D(75) / D(78) * 100)
    c.eq("业务量增长", n("较2019年的146.5万件增长12%"), (D("164.08") - D("146.5")) / D("146.5") * 100)
    c.present("业务量164.08万件")
    c.eq("正常运营率", n("｜93.55%｜"), D(58) / D(62) * 100)
    c.present("62个站点中58个正常运营")
    c.eq("日均件量平均", n("平均57件"), (D(58) + D(73) + D(41) + D(66) + D(49) + D(55)) / 6)
    c.present("本项目自评得分97.78分", "合计｜｜｜｜｜｜100｜97.78", "满意度91.2%")
    c.grade("本项目自评得分97.78分", "评价等级为")


def facts_shangnan(c):
    n = c.n
    c.eq("年初 = 基本 + 项目", n("部门年初预算612.40万元"), n("其中基本支出246.90万元、项目支出365.50万元", 0).v + n("其中基本支出246.90万元、项目支出365.50万元").v)
    c.eq("全年 = 年初 + 追加", n("调整后全年预算786.90万元"), D("612.40") + n("建设资金174.50万元").v)
    c.eq("全年 = 基本 + 项目", n("调整后全年预算786.90万元"), D("246.90") + n("项目支出540.00万元").v)
    c.eq("基本 = 人员 + 公用", n("其中基本支出246.90万元（"), n("人员经费218.36万元").v + n("公用经费28.54万元").v)
    c.eq("执行率", n("全年支出768.22万元，预算执行率97.63%"), D("768.22") / D("786.90") * 100)
    c.eq("支出 = 基本 + 项目", n("全年支出768.22万元，预算执行率97.63%", 0), D("246.90") + n("项目支出执行521.32万元").v)
    c.eq("人均公用经费", n("人均公用经费1.50万元"), D("28.54") / n("实有在职人员19人").v)
    rows = [("县级寄递公共配送中心运营补助", "120.00", "120.00", "100%", "98.6"),
            ("村级寄递物流综合服务站建设", "150.00", "136.80", "91.20%", "92.4"),
            ("农村电商寄递补贴", "185.00", "180.12", "97.36%", "95.0"),
            ("电商人才培训", "30.00", "29.40", "98.00%", "96.0"),
            ("县域商业体系建设工作经费", "55.00", "55.00", "100%", "100")]
    for r in rows:
        c.present("｜".join(r))
    c.eq("项目预算合计", n("合计｜540.00｜521.32｜96.54%", 0), sum(D(r[1]) for r in rows))
    c.eq("项目支出合计", n("合计｜540.00｜521.32｜96.54%", 1), sum(D(r[2]) for r in rows))
    c.eq("项目平均分", n("自评得分平均96.40分"), sum(D(r[4]) for r in rows) / 5)
    c.eq("未执行", n("年末未执行资金18.68万元"), D("786.90") - D("768.22"))
    c.eq("未执行构成", n("年末未执行资金18.68万元"), n("建设资金13.20万元").v + n("寄递补贴4.88万元").v + n("培训经费0.60万元").v)
    c.eq("站点结转", n("建设资金13.20万元"), D("150.00") - D("136.80"))
    c.eq("补贴结余", n("寄递补贴4.88万元"), D("185.00") - D("180.12"))
    c.eq("培训结余", n("培训经费0.60万元"), D("30.00") - D("29.40"))
    c.eq("三公下降", n("较预算下降17.50%"), (D("4.80") - D("3.96")) / D("4.80") * 100)
    c.present("预算4.80万元，实际支出3.96万元", "｜≤4.80万元｜3.96万元｜")
    c.eq("76站 x 1.8万元", n("村级寄递物流综合服务站建设｜150.00｜136.80", 1), D(76) * n("每站补助1.8万元").v)
    c.present("新建村级寄递物流综合服务站76个", "｜≥80个｜76个｜")
    c.eq("0.20元 x 900.6万件", n("农村电商寄递补贴｜185.00｜180.12", 1), D("0.20") * n("按每件0.20元的标准对900.6万件").v)
    c.present("｜≥850万件｜900.6万件｜", "培训652人次", "｜≥600人次｜652人次｜", "错分率0.21%", "运营率88%", "满意度为94.2%")
    c.eq("零售额增长", n("较2023年的9.12亿元增长12.50%"), (D("10.26") - D("9.12")) / D("9.12") * 100)
    c.present("年度资金总额｜612.40｜786.90｜768.22｜10｜97.63%｜9.76", "合计｜｜｜｜｜100｜99.04", "自评得分99.04分")
    c.grade("自评得分99.04分", "自评等级｜")


FACTS = {
    "lezhi-jidiwuliu-2022": (2022, facts_lezhi),
    "fengning-kuaidijincun-2021": (2021, facts_fengning),
    "shicheng-gongpeizhongxin-2023": (2023, facts_shicheng),
    "mengshan-cunyouzhan-2020": (2020, facts_mengshan),
    "shangnan-shangwuju-bumen-2024": (2024, facts_shangnan),
}


def run_checks(text, src, strict=True):
    c = Checker(text, src, strict)
    year, facts = FACTS[src]
    try:
        facts(c)
    except KeyError as e:
        c.fail(f"missing anchor {e}")
    except Exception as e:  # a changed figure can make an anchor unreadable
        c.fail(f"fact error {e!r}")
    table_checks(c)
    year_checks(c, year)
    return c


def one_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)} outside 3000-9000")
            c = run_checks(text, lab["source"])
            for f in c.fails:
                problems.append(f"{lab['case']}: {f}")
            print(f"{lab['case']}: {len(text)} chars, {c.count} arithmetic/consistency checks, {len(c.fails)} failures")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected one label")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {e['code']}/{e['severity']}")
            if e["value"] not in text:
                problems.append(f"{lab['case']}: value {e['value']!r} not in case")
        if text == clean:
            problems.append(f"{lab['case']}: identical to clean")
            continue
        s, ec, et = one_region(clean, text)
        # exactly one contiguous differing place: the rest is identical by construction of one_region;
        # make sure the changed region is small (a slip, not a rewrite)
        if et - s > 60 or ec - s > 60 or text[s:et].count("\n") > 1:
            problems.append(f"{lab['case']}: changed region too large ({ec - s}/{et - s} chars)")
        for e in lab["expected"]:
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not any(o < et and o + len(v) > s for o in occ):
                problems.append(f"{lab['case']}: value {v!r} does not overlap the changed place [{s},{et})")
        c = run_checks(text, lab["source"], strict=False)
        if not c.fails:
            problems.append(f"{lab['case']}: the injected error breaks no check")
        print(f"{lab['case']}: {e['code']:22s} changed [{s},{et}) -> {' | '.join(c.fails) if c.fails else 'NOT DETECTED'}")
    for code in CODES:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} used {codes.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={codes.get(k, 0)}" for k in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
