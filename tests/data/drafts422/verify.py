#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl: 35 cases, every case file exists, every label value occurs in its case, every code of
   errors.md section A is used at least twice, clean cases expect nothing.
2. Every error case differs from its clean draft in one contiguous place that overlaps the label value;
   a changed figure (number with a decimal point or 3+ digits) occurs only once in the error case.
3. The arithmetic of every draft is redone with decimal.Decimal (rules.md sections 5-8: tolerance from the
   stated decimals, ROUND_HALF_UP): every check passes on the clean drafts; on an error case the labelled
   code fails and no other error-level code fails. Score-rule checks are warnings (rules §5): they must
   pass on the clean drafts and are ignored on the error cases.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WAN = D(10000)


# ---------------------------------------------------------------- numeric helpers
def decs(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: the string as written; consistent iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-decs(stated)) + D("1e-9")


def pct(num, den):
    return D(num) / D(den) * 100


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    """Collects failing codes (errors) and warnings for one text."""

    def __init__(self, text):
        self.t = text
        self.fail = []   # (code, message)
        self.warn = []

    # ------------------------------------------------ extraction
    def g(self, pattern):
        m = list(re.finditer(pattern, self.t))
        if len(m) != 1:
            raise AssertionError(f"pattern matched {len(m)} times: {pattern}")
        return m[0].groups()

    # ------------------------------------------------ primitive checks
    def err(self, cond, code, msg):
        if not cond:
            self.fail.append((code, msg))

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        c = pct(num, den)
        if not ok(stated, c):
            self.fail.append((code, f"{msg}: stated {stated}, computed {c:.4f}"))
        elif D(stated.rstrip("%")) > 100 or D(stated.rstrip("%")) < 0:
            self.fail.append(("implausible_rate", f"{msg}: {stated} outside [0, 100]"))

    def in_range(self, stated, msg):
        v = D(stated.rstrip("%"))
        self.err(D(0) <= v <= D(100), "implausible_rate", f"{msg}: {stated}")

    def total(self, total, parts, msg, code="sum_mismatch"):
        """total = sum(parts); an exact 10^4 rescale of one amount is reported as unit_mismatch."""
        s = sum(D(p) for p in parts)
        if ok(total, s):
            return
        for i, p in enumerate(parts):
            for f in (WAN, 1 / WAN):
                s2 = s - D(p) + D(p) * f
                if ok(total, s2):
                    self.fail.append(("unit_mismatch", f"{msg}: part {p} off by 10^4"))
                    return
        for f in (WAN, 1 / WAN):
            if ok(str(D(total) * f), s):
                self.fail.append(("unit_mismatch", f"{msg}: total {total} off by 10^4"))
                return
        self.fail.append((code, f"{msg}: stated {total}, sum {s}"))

    def product(self, amount_wan, price_yuan, qty, msg):
        """price (元 per unit) x quantity = amount in 万元."""
        c = D(price_yuan) * D(qty) / WAN
        if ok(amount_wan, c):
            return
        for f in (WAN, 1 / WAN):
            if ok(str(D(amount_wan) / f), c):
                self.fail.append(("unit_mismatch", f"{msg}: {amount_wan}万元 vs {c}万元 (10^4)"))
                return
        self.fail.append(("sum_mismatch", f"{msg}: {amount_wan} vs {price_yuan}x{qty} = {c}"))

    def balance(self, stated, a, b, msg):
        c = D(a) - D(b)
        self.err(ok(stated, c), "balance_mismatch", f"{msg}: stated {stated}, computed {c}")

    def average(self, stated, items, msg):
        c = sum(D(x) for x in items) / len(items)
        self.err(ok(stated, c), "average_mismatch", f"{msg}: stated {stated}, computed {c:.4f}")

    def same(self, msg, *vals, scale=None):
        """All mentions of one quantity equal (numerically). scale: optional factors per value."""
        if scale:
            nums = [D(str(v).rstrip("%")) * scale[i] for i, v in enumerate(vals)]
            good = all(x == nums[0] for x in nums)
        else:   # a less precise mention (97.3%) must round from the most precise one (97.31%)
            strs = [str(v).strip().rstrip("%") for v in vals]
            ref = D(max(strs, key=decs))
            good = all(ok(s, ref) for s in strs)
        self.err(good, "conflicting_values", f"{msg}: {vals}")

    def completion(self, stated, c, msg):
        self.err(ok(stated, c), "completion_mismatch", f"{msg}: stated {stated}, computed {c:.4f}")

    def year(self, cond, msg):
        self.err(cond, "year_mismatch", msg)

    def grade(self, total, word, msg):
        self.err(GRADE_WORD[word] == grade_of(total), "grade_mismatch", f"{msg}: {total} -> {word}")

    # ------------------------------------------------ indicator table
    def table(self, rows, total_w, total_s, extra_weight=None, extra_score=None):
        """rows: dicts name,target,actual,weight,score[,completion]. extra_*: funds-block line."""
        ws = [D(r["weight"]) for r in rows]
        ss = [D(r["score"]) for r in rows]
        if extra_weight is not None:
            ws.append(D(extra_weight))
            ss.append(D(extra_score))
        self.err(sum(ws) == D(total_w), "weight_sum_mismatch", f"weights sum {sum(ws)} vs {total_w}")
        self.err(D(total_w) == 100, "weight_sum_mismatch", f"total weight {total_w}")
        self.err(ok(total_s, sum(ss)), "score_sum_mismatch", f"scores sum {sum(ss)} vs {total_s}")
        if extra_weight is not None:
            self.err(D(0) <= D(extra_score) <= D(extra_weight), "score_exceeds_weight", "funds line")
        for r in rows:
            name, w, s = r["name"], D(r["weight"]), D(r["score"])
            self.err(D(0) <= s <= w, "score_exceeds_weight", f"{name}: score {s} > weight {w}")
            tgt, act = parse_val(r["target"]), parse_val(r["actual"])
            if tgt is None or act is None:
                continue                      # qualitative or date row
            (dirn, tv, tu), (_, av, au) = tgt, act
            if tu != au:
                self.fail.append(("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}"))
                continue
            if au == "%" and ("率" in name or "满意度" in name):
                self.in_range(r["actual"], f"{name} actual")
            if dirn == "lte":
                comp = D(100) if av <= tv else tv / av * 100
            elif tv == 0:
                comp = D(100) if av <= 0 else D(0)
            else:
                comp = av / tv * 100
            if "completion" in r:
                self.completion(r["completion"], comp, f"{name} 完成率")
            rule = w * min(comp, D(100)) / 100
            alt = w * min(D(r["completion"].rstrip("%")), D(100)) / 100 if "completion" in r else rule
            if not (ok(r["score"], rule) or ok(r["score"], alt)):
                self.warn.append(f"score rule {name}: {r['score']} vs {rule:.2f}")


def parse_val(s):
    """'≥2万亩' -> ('gte', 2, '万亩'); '93.60%' -> ('eq', 93.60, '%'); None for dates/qualitative."""
    m = re.match(r"^(≥|≤|=|＞|＜)?\s*(\d+(?:\.\d+)?)(.*)$", s.strip())
    if not m or re.search(r"[年月日]", m.group(3)):
        return None
    dirn = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(m.group(1) or "", "gte")
    return dirn, D(m.group(2)), m.group(3).strip()


def rows_between(text, head_prefix, end_prefix):
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(head_prefix))
    out = []
    for l in lines[i + 1:]:
        if l.strip().startswith(end_prefix):
            return out, l
        out.append(l)
    raise AssertionError("table end not found")


# ---------------------------------------------------------------- per-draft checks
def check_hn(c):
    t = c.t
    c.year(c.g(r"\n(\d{4})年度福寿螺综合防控项目支出绩效自评报告")[0] == "2018", "title year")
    c.year(c.g(r"附件：(\d{4})年度项目支出绩效自评表")[0] == "2018", "table year")
    c.year(int(c.g(r"结余资金已结转至(\d{4})年")[0]) > 2018, "carry-over year")
    tot, rice, ditch, lotus = c.g(r"发生面积([\d.]+)万亩，其中稻田([\d.]+)万亩、沟渠([\d.]+)万亩、藕田及坑塘([\d.]+)万亩")
    c.total(tot, [rice, ditch, lotus], "发生面积 by habitat")
    last, yoy = c.g(r"上年同期发生面积为([\d.]+)万亩，同比下降([\d.]+)%")
    c.rate(yoy, D(last) - D(tot), last, "同比下降")
    init, add, annual = c.g(r"项目预算([\d.]+)万元；6月省农业委员会下达植保专项资金([\d.]+)万元.*?调整后全年预算为([\d.]+)万元")
    c.total(annual, [init, add], "全年预算 = 年初 + 追加")
    spent, drug, pick, unified, mon = c.g(r"全年支出([\d.]+)万元，其中药剂采购([\d.]+)万元、人工捡螺摘卵补助([\d.]+)万元、统防统治服务费([\d.]+)万元、监测调查及宣传培训([\d.]+)万元")
    c.total(spent, [drug, pick, unified, mon], "支出构成")
    u_area, u_price = c.g(r"实施(\d+)亩，每亩补助(\d+)元")
    c.product(unified, u_price, u_area, "统防统治服务费")
    p_area, p_price = c.g(r"验收合格(\d+)亩，每亩补助(\d+)元")
    c.product(pick, p_price, p_area, "人工捡螺摘卵补助")
    # funds table
    ftab = {}
    for name in ("区级财政资金", "省级植保专项资金", "合计"):
        b, r, s, rr, er = c.g(rf"\n{name}\t([\d.]+)\t([\d.]+)\t([\d.]+)\t([\d.]+%)\t([\d.]+%)")
        c.rate(rr, r, b, f"{name} 到位率")
        c.rate(er, s, b, f"{name} 执行率")
        ftab[name] = (b, r, s, er)
    for k in range(3):
        c.total(ftab["合计"][k], [ftab["区级财政资金"][k], ftab["省级植保专项资金"][k]], f"funds column {k}")
    c.same("区级 预算", init, ftab["区级财政资金"][0])
    c.same("省级 预算", add, ftab["省级植保专项资金"][0])
    c.same("全年预算", annual, ftab["合计"][0], c.g(r"(\d+)万元项目资金于7月底前全部拨付到位")[0])
    c.same("全年支出", spent, ftab["合计"][2])
    c.balance(c.g(r"年末结余([\d.]+)万元")[0], ftab["合计"][1], ftab["合计"][2], "结余")
    per, npts = c.g(r"各设(\d+)个固定监测点，全区共(\d+)个")
    c.total(npts, [per] * 12, "监测点 12 x 2")
    d = c.g(r"螺口密度依次为每平方米([\d.]+)头、([\d.]+)头、([\d.]+)头和([\d.]+)头，平均每平方米([\d.]+)头")
    c.average(d[4], d[:4], "螺口密度平均")
    done, uni, man, self_, comp, share = c.g(r"完成防控处置面积([\d.]+)万亩，其中统防统治([\d.]+)万亩、人工捡螺摘卵([\d.]+)万亩、农户自主防治([\d.]+)万亩，为年度目标的([\d.]+)%；处置面积占当年发生面积的([\d.]+)%")
    c.total(done, [uni, man, self_], "处置面积构成")
    c.same("统防统治面积", uni, u_area, scale=[WAN, 1])
    c.same("人工捡螺面积", man, p_area, scale=[WAN, 1])
    c.completion(comp, pct(done, 2), "处置面积 vs 2万亩 target")
    c.rate(share, done, tot, "处置率")
    trained = c.g(r"培训农户和植保服务人员(\d+)人次，")[0]
    loss, price, money = c.g(r"挽回稻谷损失(\d+)吨，按每公斤([\d.]+)元的收购价计算，减少经济损失约(\d+)万元")
    c.product(money, D(price) * 1000, loss, "挽回经济损失")
    before, after, red = c.g(r"杀螺剂用量由上年的([\d.]+)吨下降到([\d.]+)吨，减少([\d.]+)%")
    c.rate(red, D(before) - D(after), before, "杀螺剂减少")
    sat = c.g(r"满意率为([\d.]+)%")[0]
    c.in_range(sat, "满意率")
    total_p, gword = c.g(r"项目综合得分([\d.]+)分，评价等级为\"(优|良|中|差)\"")
    c.grade(total_p, gword, "grade")
    over = c.g(r"超过目标(\d+)%")[0]
    # indicator table
    body, last_line = rows_between(t, "一级指标\t", "合计")
    rows = []
    for l in body:
        x = l.split("\t")
        name = x[2] or x[1] or x[0]
        rows.append(dict(name=name, target=x[-5], actual=x[-4], weight=x[-3], score=x[-2]))
    tl = last_line.split("\t")
    c.table(rows, tl[-2], tl[-1])
    c.same("总分 text/table", total_p, tl[-1])
    R = {r["name"]: r for r in rows}
    c.same("执行率", R["预算执行率"]["actual"], ftab["合计"][3])
    c.same("处置面积", R["防控处置面积"]["actual"].replace("万亩", ""), done)
    c.same("捡螺面积", R["人工捡螺摘卵面积"]["actual"].replace("亩", ""), p_area)
    c.same("培训人次", R["技术培训人次"]["actual"].replace("人次", ""), trained)
    c.completion(over, pct(D(trained) - D(R["技术培训人次"]["target"].strip("≥人次")), R["技术培训人次"]["target"].strip("≥人次")), "超过目标%")
    c.same("处置率", R["防控处置率"]["actual"], share)
    c.same("统防亩均", R["统防统治亩均补助"]["actual"].replace("元/亩", ""), u_price)
    c.same("挽回损失", R["挽回稻谷损失"]["actual"].replace("吨", ""), loss)
    c.same("同比下降", R["发生面积同比下降"]["actual"], yoy)
    c.same("杀螺剂减少", R["杀螺剂用量比上年减少"]["actual"], red)
    c.same("满意度", R["种植户满意度"]["actual"], sat)


def check_gd(c):
    t = c.t
    c.year(c.g(r"\n(\d{4})年度红火蚁综合防控项目支出绩效自评报告")[0] == "2020", "title year")
    c.year(c.g(r"自评表（(\d{4})年度）")[0] == "2020", "table year")
    c.year(int(c.g(r"已结转至(\d{4})年")[0]) > 2020, "carry-over year")
    tot, farm, green, waste = c.g(r"发生面积(\d+)亩，按生境分，农田及果园(\d+)亩，公园绿地和道路绿化带(\d+)亩，荒坡、堤围及其他用地(\d+)亩")
    c.total(tot, [farm, green, waste], "发生面积 by habitat")
    last, dec, yoy = c.g(r"2019年全区发生面积为(\d+)亩，今年减少(\d+)亩，同比下降([\d.]+)%")
    c.total(last, [tot, dec], "去年 = 今年 + 减少")
    c.rate(yoy, dec, last, "同比下降")
    init, dist, carry, add, annual = c.g(r"年初预算([\d.]+)万元，其中区级财政拨款([\d.]+)万元、2019年结转资金([\d.]+)万元；9月市财政追加红火蚁防控补助([\d.]+)万元，全年预算调整为([\d.]+)万元")
    c.total(init, [dist, carry], "年初预算")
    c.total(annual, [init, add], "全年预算")
    spent, er = c.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.rate(er, spent, annual, "执行率")
    c.balance(c.g(r"尚未支付的([\d.]+)万元")[0], annual, spent, "结转")
    drug, svc, mon, edu = c.g(r"药剂采购([\d.]+)万元，专业化防控服务([\d.]+)万元，监测调查([\d.]+)万元，宣传培训([\d.]+)万元")
    c.total(spent, [drug, svc, mon, edu], "支出构成")
    price, area = c.g(r"按每亩(\d+)元的单价结算，全年结算面积(\d+)亩")
    c.product(svc, price, area, "专业化防控服务")
    c.in_range(c.g(r"有效问卷回收率([\d.]+)%")[0], "问卷回收率")
    done3 = c.g(r"全年累计处置红火蚁发生区(\d+)亩")[0]
    total_p, gword = c.g(r"项目自评得分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.grade(total_p, gword, "grade")
    done4, pro, self_, share = c.g(r"完成防控处置面积(\d+)亩，其中专业化统一防控(\d+)亩、镇村组织和农户自防(\d+)亩，占发生面积的([\d.]+)%")
    c.total(done4, [pro, self_], "处置构成")
    c.rate(share, done4, tot, "处置率")
    c.same("专业化统防面积", pro, area)
    pts, more = c.g(r"布设监测调查点位(\d+)个，比目标多(\d+)个")
    yoy2 = c.g(r"发生面积同比下降([\d.]+)%，超过10%的目标")[0]
    stings = c.g(r"蜇伤事件(\d+)起")[0]
    eff = c.g(r"活蚁巢减退率为([\d.]+)%")[0]
    sat = c.g(r"群众满意度为([\d.]+)%")[0]
    c.in_range(sat, "满意度")
    # funds block
    fb = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        line = c.g(rf"\n\s*({re.escape(name)}.*)")[0]
        fb[name] = re.split(r"\s{2,}", line.strip())
    for k in (1, 2, 3):
        c.total(fb["年度资金总额"][k], [fb[n][k] for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")], f"funds col {k}")
    _, f_init, f_annual, f_spent, f_w, f_rate, f_score = fb["年度资金总额"]
    c.rate(f_rate, f_spent, f_annual, "自评表执行率")
    if not ok(f_score, D(f_w) * min(pct(f_spent, f_annual), D(100)) / 100):
        c.warn.append("execution score")
    c.same("年初预算", init, f_init)
    c.same("全年预算", annual, f_annual)
    c.same("全年支出", spent, f_spent)
    c.same("执行率", er, f_rate, c.g(r"预算执行率([\d.]+)%，资金使用规范")[0])
    c.same("区级拨款 全年", D(dist) + D(add), fb["其中：当年财政拨款"][2])
    c.same("结转", carry, fb["上年结转资金"][1])
    # indicator table
    body, last_line = rows_between(t, "一级指标    二级指标", "总分")
    rows = []
    for l in body:
        x = re.split(r"\s{2,}", l.strip())
        rows.append(dict(name=x[-7], target=x[-6], actual=x[-5], completion=x[-4], weight=x[-3], score=x[-2]))
    tl = re.split(r"\s{2,}", last_line.strip())
    c.table(rows, tl[-2], tl[-1], extra_weight=f_w, extra_score=f_score)
    c.same("总分 text/table", total_p, tl[-1])
    R = {r["name"]: r for r in rows}
    c.same("处置面积", done3, done4, R["防控处置面积"]["actual"].replace("亩", ""))
    c.same("处置率", share, R["防控处置率"]["actual"])
    c.same("监测点位", pts, R["监测调查点位"]["actual"].replace("个", ""))
    c.total(pts, [R["监测调查点位"]["target"].strip("≥个"), more], "点位 = 目标 + 多出")
    c.same("同比", yoy, yoy2, R["发生面积同比下降"]["actual"])
    c.same("蜇伤", stings, R["公共区域蜇伤事件"]["actual"].replace("起", ""))
    c.same("减退率", eff, R["防后活蚁巢减退率"]["actual"])
    c.same("满意度", sat, R["群众满意度"]["actual"])
    c.same("单价", price, R["专业化防控服务单价"]["actual"].replace("元/亩", ""))


def check_ah(c):
    t = c.t
    c.year(c.g(r"区农业农村局(\d{4})年度农业外来入侵物种普查项目")[0] == "2021", "title year")
    c.year(c.g(r"普查工作自(\d{4})年5月启动")[0] == "2021", "start year")
    found1 = c.g(r"共发现外来入侵物种(\d+)种")[0]
    bud, cen, prov, dist = c.g(r"项目全年预算([\d.]+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元、区级配套资金([\d.]+)万元")
    c.total(bud, [cen, prov, dist], "预算构成")
    d_recv, d_rest = c.g(r"区级配套资金到位([\d.]+)万元，余下([\d.]+)万元")
    c.total(dist, [d_recv, d_rest], "区级 = 到位 + 未拨付")
    ft = {}
    for name in ("中央资金", "省级资金", "区级配套资金", "合计"):
        x = c.g(rf"\n{name}｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+%)｜([\d.]+%)｜([\d.]+)")
        b, r, s, rr, er, bal = x
        c.rate(rr, r, b, f"{name} 到位率")
        c.rate(er, s, b, f"{name} 执行率")
        c.balance(bal, r, s, f"{name} 结余")
        ft[name] = x
    for k in (0, 1, 2, 5):
        c.total(ft["合计"][k], [ft[n][k] for n in ("中央资金", "省级资金", "区级配套资金")], f"funds col {k}")
    c.same("中央", cen, ft["中央资金"][0])
    c.same("省级", prov, ft["省级资金"][0])
    c.same("区级", dist, ft["区级配套资金"][0])
    c.same("区级到位", d_recv, ft["区级配套资金"][1])
    c.same("总预算", bud, ft["合计"][0])
    c.same("执行率 restated", ft["合计"][4], c.g(r"项目执行率仅([\d.]+)%")[0])
    # expense table
    body, last_line = rows_between(t, "支出明细｜", "合计｜")
    eb = [l.split("｜") for l in body if l.strip()]
    tb = last_line.split("｜")
    c.total(tb[1], [x[1] for x in eb], "明细 预算列")
    c.total(tb[2], [x[2] for x in eb], "明细 支出列")
    c.same("明细预算合计", tb[1], ft["合计"][0])
    c.same("明细支出合计", tb[2], ft["合计"][2])
    E = {x[0]: x for x in eb}
    emer, price, area, snail, gold = c.g(r"应急防控物资支出([\d.]+)万元，其中福寿螺发生田块药剂补助按每亩(\d+)元、实施(\d+)亩计([\d.]+)万元，加拿大一枝黄花清除工具和除草剂([\d.]+)万元")
    c.same("应急物资", emer, E["应急防控物资"][2])
    c.product(snail, price, area, "福寿螺药剂补助")
    c.total(emer, [snail, gold], "应急物资构成")
    pts, farm, water, forest = c.g(r"共布设普查样点(\d+)个，其中农田样点(\d+)个、渔业水域样点(\d+)个、林草地样点(\d+)个")
    c.total(pts, [farm, water, forest], "样点构成")
    spec = c.g(r"采集标本(\d+)份")[0]
    found2, pl, an, mi = c.g(r"确认外来入侵物种(\d+)种，其中植物(\d+)种、动物(\d+)种、病原微生物(\d+)种")
    c.total(found2, [pl, an, mi], "物种构成")
    c.same("物种数", found1, found2)
    passrate = c.g(r"数据审核一次通过率(\d+)%")[0]
    acc = c.g(r"物种鉴定准确率经省级抽检为(\d+)%")[0]
    c.in_range(passrate, "通过率")
    c.in_range(acc, "准确率")
    g = c.g(r"面积合计(\d+)亩，其中乌衣镇(\d+)亩、沙河镇(\d+)亩、章广镇(\d+)亩、施集镇(\d+)亩、珠龙镇(\d+)亩、大柳镇(\d+)亩，平均每个乡镇(\d+)亩")
    c.total(g[0], g[1:7], "一枝黄花分布面积")
    c.average(g[7], g[1:7], "平均每个乡镇")
    sp = c.g(r"分布面积分别为(\d+)亩、(\d+)亩和(\d+)亩，合计(\d+)亩")
    c.total(sp[3], sp[:3], "三种物种分布面积")
    c.same("一枝黄花分布面积", sp[0], g[0])
    handled, hr = c.g(r"全年处置(\d+)亩，处置率([\d.]+)%")
    c.rate(hr, handled, g[0], "一枝黄花处置率")
    sat = c.g(r"满意度为(\d+)%")[0]
    c.in_range(sat, "满意度")
    total_p, gword = c.g(r"自评得分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.grade(total_p, gword, "grade")
    body, last_line = rows_between(t, "一级指标｜", "合计｜")
    rows = []
    for l in body:
        x = l.split("｜")
        rows.append(dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    tl = last_line.split("｜")
    c.table(rows, tl[5], tl[6])
    c.same("总分 text/table", total_p, tl[6])
    R = {r["name"]: r for r in rows}
    c.same("执行率", R["预算执行率"]["actual"], ft["合计"][4])
    c.same("样点", pts, R["普查样点布设数"]["actual"].replace("个", ""))
    c.same("标本", spec, R["标本采集数"]["actual"].replace("份", ""))
    c.same("通过率", passrate, R["数据审核一次通过率"]["actual"])
    c.same("准确率", acc, R["物种鉴定准确率"]["actual"])
    c.same("经费支出", ft["合计"][2], R["普查经费支出"]["actual"].replace("万元", ""))
    c.same("经费上限", bud, R["普查经费支出"]["target"].strip("≤万元"))
    c.same("处置率", hr, R["加拿大一枝黄花处置率"]["actual"])
    c.same("满意度", sat, R["镇村干部及农户满意度"]["actual"])


def check_zj(c):
    t = c.t
    c.year(c.g(r"区农业农村局(\d{4})年度加拿大一枝黄花")[0] == "2022", "title year")
    c.year(c.g(r"附件：(\d{4})年度项目支出绩效自评表")[0] == "2022", "table year")
    c.year(c.g(r"截至(\d{4})年12月31日")[0] == "2022", "as-of year")
    c.year(int(c.g(r"结转至(\d{4})年使用")[0]) > 2022, "carry-over year")
    tot, farm, river, road, waste = c.g(r"发生面积(\d+)亩，其中农田及田埂(\d+)亩、河道沟渠两岸(\d+)亩、道路绿化带(\d+)亩、荒地及闲置地块(\d+)亩")
    c.total(tot, [farm, river, road, waste], "发生面积构成")
    last, yoy = c.g(r"2021年排查面积为(\d+)亩，本年同比下降([\d.]+)%")
    c.rate(yoy, D(last) - D(tot), last, "同比下降")
    init = c.g(r"年初预算([\d.]+)万元，为区级财政拨款")[0]
    add, carry, annual = c.g(r"补助资金([\d.]+)万元，并将上年结转资金([\d.]+)万元纳入本年预算，全年预算调整为([\d.]+)万元")
    c.total(annual, [init, add, carry], "全年预算")
    spent, er = c.g(r"全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    c.rate(er, spent, annual, "执行率")
    c.balance(c.g(r"未使用的([\d.]+)万元")[0], annual, spent, "结转")
    p1, a1, m1 = c.g(r"人工连根拔除每亩(\d+)元，完成(\d+)亩，补助([\d.]+)万元")
    p2, a2, m2 = c.g(r"机械铲除和翻耕每亩(\d+)元，完成(\d+)亩，补助([\d.]+)万元")
    p3, a3, m3 = c.g(r"化学防除每亩(\d+)元，完成(\d+)亩，补助([\d.]+)万元")
    for p, a, m, n in ((p1, a1, m1, "人工"), (p2, a2, m2, "机械"), (p3, a3, m3, "化学")):
        c.product(m, p, a, n)
    clear, other = c.g(r"清除处置费用合计([\d.]+)万元，另支出巡查监测、宣传培训等费用([\d.]+)万元")
    c.total(clear, [m1, m2, m3], "清除费用")
    c.total(spent, [clear, other], "全年执行构成")
    c.in_range(c.g(r"抽查地块清除到位率([\d.]+)%")[0], "清除到位率")
    done3, share3 = c.g(r"全年共清除处置(\d+)亩，清除处置率([\d.]+)%")
    c.rate(share3, done3, tot, "清除处置率")
    total_p, gword = c.g(r"项目自评得分([\d.]+)分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.grade(total_p, gword, "grade")
    done4, b1, b2, b3 = c.g(r"全年清除处置(\d+)亩，其中人工连根拔除(\d+)亩、机械铲除和翻耕(\d+)亩、化学防除(\d+)亩")
    c.total(done4, [b1, b2, b3], "清除构成")
    c.same("人工面积", a1, b1)
    c.same("机械面积", a2, b2)
    c.same("化学面积", a3, b3)
    pts = c.g(r"布设巡查监测点位(\d+)个。")[0]
    o1, o2, o3 = c.g(r"面积分别为(\d+)亩和(\d+)亩，合计(\d+)亩")
    c.total(o3, [o1, o2], "福寿螺+红火蚁零星点")
    rec = c.g(r"复发率([\d.]+)%，高于")[0]
    yoy2 = c.g(r"发生面积同比下降([\d.]+)%，达到年度目标")[0]
    vil, goal, gap = c.g(r"(\d+)个村（社区）建立了.*?距(\d+)个的目标还差(\d+)个")
    c.total(goal, [vil, gap], "管护村差额")
    sat = c.g(r"群众满意度([\d.]+)%")[0]
    c.in_range(sat, "满意度")
    # funds block
    fb = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fb[name] = [x.strip() for x in c.g(rf"\n\| ({re.escape(name)} \|.*)\|")[0].split("|")]
    for k in (1, 2, 3):
        c.total(fb["年度资金总额"][k], [fb[n][k] for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")], f"funds col {k}")
    _, f_init, f_annual, f_spent, f_w, f_rate, f_score = fb["年度资金总额"]
    c.rate(f_rate, f_spent, f_annual, "自评表执行率")
    if not ok(f_score, D(f_w) * min(pct(f_spent, f_annual), D(100)) / 100):
        c.warn.append("execution score")
    c.same("年初", init, f_init)
    c.same("全年", annual, f_annual)
    c.same("执行", spent, f_spent)
    c.same("执行率", er, f_rate, c.g(r"资金执行率([\d.]+)%，拨付")[0])
    c.same("结转", carry, fb["上年结转资金"][2])
    c.same("当年拨款", D(init) + D(add), fb["其中：当年财政拨款"][2])
    body, last_line = rows_between(t, "| 一级指标 |", "| 总分 |")
    rows = []
    for l in body:
        x = [v.strip() for v in l.strip().strip("|").split("|")]
        rows.append(dict(name=x[2], target=x[3], actual=x[4], completion=x[5], weight=x[6], score=x[7]))
    tl = [v.strip() for v in last_line.strip().strip("|").split("|")]
    c.table(rows, tl[6], tl[7], extra_weight=f_w, extra_score=f_score)
    c.same("总分 text/table", total_p, tl[7])
    R = {r["name"]: r for r in rows}
    c.same("清除面积", done3, done4, R["清除处置面积"]["actual"].replace("亩", ""))
    c.same("人工拔除", a1, R["人工连根拔除面积"]["actual"].replace("亩", ""))
    c.same("点位", pts, R["巡查监测点位"]["actual"].replace("个", ""))
    c.same("处置率", share3, R["发生区清除处置率"]["actual"])
    c.same("复发率", rec, R["复查复发率"]["actual"])
    c.same("人工单价", p1, R["人工拔除亩均补助"]["actual"].replace("元/亩", ""))
    c.same("同比", yoy, yoy2, R["发生面积同比下降"]["actual"])
    c.same("管护村", vil, R["建立长效管护机制的村（社区）"]["actual"].replace("个", ""))
    c.same("管护目标", goal, R["建立长效管护机制的村（社区）"]["target"].strip("≥个"))
    c.same("满意度", sat, R["群众满意度"]["actual"])


def check_jx(c):
    t = c.t
    c.year(c.g(r"\n(\d{4})年度部门整体支出绩效自评报告")[0] == "2024", "title year")
    c.year(c.g(r"部门整体支出绩效自评表（(\d{4})年度）")[0] == "2024", "table year")
    c.year(c.g(r"本单位(\d{4})年度部门整体支出")[0] == "2024", "conclusion year")
    c.year(int(c.g(r"已结转至(\d{4})年")[0]) > 2024, "carry-over year")
    i_tot, i_basic, i_proj = c.g(r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.total(i_tot, [i_basic, i_proj], "年初预算")
    add_b, add_p = c.g(r"增加基本支出([\d.]+)万元，省级追加外来入侵物种防控资金([\d.]+)万元")
    a_tot, a_basic, a_proj = c.g(r"调整后全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.total(a_tot, [a_basic, a_proj], "全年预算")
    c.total(a_basic, [i_basic, add_b], "基本支出调整")
    c.total(a_proj, [i_proj, add_p], "项目支出调整")
    spent, er = c.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.rate(er, spent, a_tot, "执行率")
    s_basic, s_proj, pr = c.g(r"其中基本支出([\d.]+)万元，全部执行；项目支出([\d.]+)万元，执行率([\d.]+%)")
    c.same("基本支出全部执行", s_basic, a_basic)
    c.total(spent, [s_basic, s_proj], "支出构成")
    c.rate(pr, s_proj, a_proj, "项目执行率")
    bal = c.g(r"年末结转结余([\d.]+)万元")[0]
    c.balance(bal, a_tot, spent, "结转结余")
    P = c.g(r"外来入侵物种综合防控项目预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+%)；农作物重大病虫害监测预警项目预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+%)；农药减量增效示范项目预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+%)")
    for k in (0, 3, 6):
        c.rate(P[k + 2], P[k + 1], P[k], f"项目{k // 3 + 1} 执行率")
    c.total(a_proj, [P[0], P[3], P[6]], "项目预算合计")
    c.total(s_proj, [P[1], P[4], P[7]], "项目支出合计")
    sg_b, sg_s, car, rec = c.g(r"\"三公\"经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元")
    c.total(sg_s, [car, rec], "三公构成")
    tot, rice, ditch, lotus, last, yoy = c.g(r"福寿螺发生面积([\d.]+)万亩，其中稻田([\d.]+)万亩、沟渠([\d.]+)万亩、藕田([\d.]+)万亩，2023年为([\d.]+)万亩，同比下降([\d.]+)%")
    c.total(tot, [rice, ditch, lotus], "福寿螺面积")
    c.rate(yoy, D(last) - D(tot), last, "福寿螺同比")
    sn_done, sn_share, sn_price, sn_area, sn_money = c.g(r"全年防控([\d.]+)万亩，占发生面积的([\d.]+)%，其中按每亩(\d+)元的标准购买统防统治服务(\d+)万亩，支出([\d.]+)万元")
    c.rate(sn_share, sn_done, tot, "福寿螺处置率")
    c.product(sn_money, sn_price, D(sn_area) * WAN, "福寿螺统防")
    fa, fa_last, fa_up = c.g(r"红火蚁发生面积(\d+)亩，比2023年的(\d+)亩增加([\d.]+)%")
    c.rate(fa_up, D(fa) - D(fa_last), fa_last, "红火蚁增幅")
    fa_price, fa_money, fa_eff = c.g(r"按每亩(\d+)元结算，支出([\d.]+)万元，防后复查活蚁巢防效达到([\d.]+)%")
    c.product(fa_money, fa_price, fa, "红火蚁防控")
    c.in_range(fa_eff, "防效")
    go_area, go_price, go_money = c.g(r"组织清除(\d+)亩，每亩补助(\d+)元，支出([\d.]+)万元")
    c.product(go_money, go_price, go_area, "一枝黄花清除")
    x1, x2, x3, xt = c.g(r"防控处置面积分别为(\d+)亩、(\d+)亩和(\d+)亩，合计(\d+)亩")
    c.total(xt, [x1, x2, x3], "三种物种处置面积")
    c.same("福寿螺防控 亩/万亩", x1, sn_done, scale=[1, WAN])
    c.same("红火蚁处置", x2, fa)
    c.same("一枝黄花清除", x3, go_area)
    other, proj1 = c.g(r"监测诱集设备和宣传材料费用([\d.]+)万元，构成外来入侵物种综合防控项目全年支出([\d.]+)万元")
    c.total(proj1, [sn_money, fa_money, go_money, other], "入侵物种项目支出构成")
    c.same("入侵物种项目支出", proj1, P[1])
    bulletins, saved = c.g(r"发布病虫情报(\d+)期，及时.*?挽回粮食损失(\d+)吨")
    demo, demo_c = c.g(r"农药减量示范区([\d.]+)万亩，完成年度目标的([\d.]+)%")
    pest = c.g(r"化学农药使用量同比下降([\d.]+)%")[0]
    sat = c.g(r"服务对象满意度为([\d.]+)%")[0]
    c.in_range(sat, "满意度")
    s1, s2, s3, avg = c.g(r"自评得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分，平均([\d.]+)分")
    c.average(avg, [s1, s2, s3], "项目平均分")
    total_p, gword = c.g(r"部门整体支出自评得分([\d.]+)分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.grade(total_p, gword, "grade")
    body, last_line = rows_between(t, "一级指标 二级指标", "合计 ")
    rows = []
    for l in body:
        x = l.split(" ")
        rows.append(dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    tl = last_line.split(" ")
    c.table(rows, tl[1], tl[2])
    c.same("总分 text/table", total_p, tl[2])
    R = {r["name"]: r for r in rows}
    c.same("执行率", er, R["预算执行率"]["actual"], c.g(r"全年预算执行率([\d.]+)%，重点")[0])
    c.rate(R["结转结余率"]["actual"], bal, a_tot, "结转结余率")
    c.same("三公支出", sg_s, R["\"三公\"经费控制"]["actual"].replace("万元", ""))
    c.same("三公预算", sg_b, R["\"三公\"经费控制"]["target"].strip("≤万元"))
    c.same("福寿螺防控", sn_done, R["福寿螺防控面积"]["actual"].replace("万亩", ""))
    c.same("红火蚁处置", fa, R["红火蚁疫情处置面积"]["actual"].replace("亩", ""))
    c.same("一枝黄花", go_area, R["加拿大一枝黄花清除面积"]["actual"].replace("亩", ""))
    c.same("情报", bulletins, R["病虫情报发布"]["actual"].replace("期", ""))
    c.same("示范面积", demo, R["农药减量示范面积"]["actual"].replace("万亩", ""))
    c.completion(demo_c, pct(demo, R["农药减量示范面积"]["target"].strip("≥万亩")), "示范面积完成率")
    c.same("处置率", sn_share, R["福寿螺防控处置率"]["actual"])
    c.same("挽回损失", saved, R["挽回粮食损失"]["actual"].replace("吨", ""))
    c.same("农药下降", pest, R["化学农药使用量同比下降"]["actual"])
    c.same("满意度", sat, R["服务对象满意度"]["actual"])


CHECKS = {
    "hn-heshan-fushouluo-2018": check_hn,
    "gd-xinhui-hongzhuoyi-2020": check_gd,
    "ah-nanqiao-ruqinpucha-2021": check_ah,
    "zj-nanhu-yizhihuang-2022": check_zj,
    "jx-guangfeng-zhibaozhan-bumen-2024": check_jx,
}


# ---------------------------------------------------------------- structural checks
def diff_region(a, b):
    """Common prefix/suffix: returns (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    ja, jb = len(a), len(b)
    while ja > i and jb > i and a[ja - 1] == b[jb - 1]:
        ja -= 1
        jb -= 1
    return i, ja, jb


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} cases, expected 35")
    if sum(1 for l in labels if l["clean"]) != 5:
        problems.append("expected 5 clean cases")
    counts = {c: 0 for c in CODES}
    texts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        texts[lab["case"]] = open(path, encoding="utf-8").read()
        if set(lab) != {"case", "source", "clean", "expected"}:
            problems.append(f"{lab['case']}: keys {sorted(lab)}")
        if lab["clean"] and lab["expected"]:
            problems.append(f"{lab['case']}: clean case with expectations")
        if not lab["clean"] and len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
        for e in lab["expected"]:
            if set(e) != {"code", "severity", "value", "explanation"} or e["severity"] != "error":
                problems.append(f"{lab['case']}: malformed label {e}")
            if e["code"] not in counts:
                problems.append(f"{lab['case']}: unknown code {e['code']}")
            else:
                counts[e["code"]] += 1
            if e["value"] not in texts[lab["case"]]:
                problems.append(f"{lab['case']}: value not found: {e['value']!r}")
    for code, n in counts.items():
        if n < 2:
            problems.append(f"code {code} used {n} times (< 2)")
    for lab in labels:
        text = texts[lab["case"]]
        clean = texts[lab["source"] + "-clean.txt"]
        c = Checker(text)
        try:
            CHECKS[lab["source"]](c)
        except AssertionError as ex:
            problems.append(f"{lab['case']}: extraction failed: {ex}")
            continue
        codes = sorted({code for code, _ in c.fail})
        if lab["clean"]:
            if c.fail or c.warn:
                problems.append(f"{lab['case']}: clean draft fails: {c.fail} {c.warn}")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{lab['case']}: length {len(text)} outside 2800-3400")
            continue
        exp = lab["expected"][0]
        if codes != [exp["code"]]:
            problems.append(f"{lab['case']}: expected {exp['code']}, checks give {c.fail}")
        s, ea, eb = diff_region(clean, text)
        if eb <= s:
            problems.append(f"{lab['case']}: no difference from the clean draft")
            continue
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not any(o < eb and o + len(exp["value"]) > s for o in occ):
            problems.append(f"{lab['case']}: diff [{s},{eb}) does not overlap the label value")
        # changed figures: whole numeric tokens overlapping the changed region
        for m in re.finditer(r"\d+(?:\.\d+)?", text):
            if m.start() < eb and m.end() > s and (("." in m.group()) or len(m.group()) >= 3):
                if m.group() in clean[s:ea]:
                    continue
                if exp["code"] == "year_mismatch" and re.fullmatch(r"(19|20)\d\d", m.group()):
                    continue          # a year naturally recurs in the report (it is the label's word)
                n = len(re.findall(rf"(?<![\d.]){re.escape(m.group())}(?![\d.]|\d)", text))
                if n != 1:
                    problems.append(f"{lab['case']}: changed figure {m.group()} occurs {n} times")
    for p in problems:
        print("FAIL", p)
    if problems:
        sys.exit(1)
    print("counts:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
