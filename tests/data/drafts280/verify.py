#!/usr/bin/env python3
"""Verify drafts280.

1. labels.jsonl: one line per case file, every label value occurs in its case, codes from errors.md §A,
   each of the 13 required codes at least twice.
2. every error case differs from its clean draft in one contiguous place (a short region).
3. the arithmetic of every clean draft: funds (sums, rates, balances), shares, averages, the indicator
   table (weights, scores, completion, score rules), totals, grades, the same quantity stated twice.
   Each error case must break at least one of these checks.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
REQUIRED = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]


class Num:
    """A stated number: value and the decimals it was written with."""

    def __init__(self, s):
        s = s.replace(",", "")
        self.s = s
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0

    def ok(self, c):
        """rules.md §8: consistent iff |c - v| <= 0.5 * 10^-d"""
        return abs(D(c) - self.v) <= D("0.5") * D(10) ** (-self.d) + D("1e-9")

    def __repr__(self):
        return self.s


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Checker:
    def __init__(self, text):
        self.text = text
        self.fails = []
        self.n = 0

    def g(self, snip):
        """numbers marked [..] in a snippet that must occur verbatim (brackets removed) in the text"""
        plain = snip.replace("[", "").replace("]", "")
        if plain not in self.text:
            raise LookupError(f"snippet not found: {plain[:60]!r}")
        return [Num(x) for x in re.findall(r"\[([^\]]+)\]", snip)]

    def check(self, label, cond):
        self.n += 1
        if not cond:
            self.fails.append(label)

    def run(self, label, fn):
        try:
            fn()
        except LookupError as exc:
            self.n += 1
            self.fails.append(f"{label}: {exc}")

    # identities
    def sum_(self, label, total, parts):
        self.check(f"{label}: {total} = sum{parts}", total.ok(sum(p.v for p in parts)))

    def rate(self, label, rate, num, den):
        self.check(f"{label}: {rate}% = {num}/{den}", den.v != 0 and rate.ok(num.v / den.v * 100))

    def bal(self, label, bal, got, spent):
        self.check(f"{label}: {bal} = {got}-{spent}", bal.ok(got.v - spent.v))

    def same(self, label, a, b):
        self.check(f"{label}: {a} == {b}", a.v == b.v)

    def avg(self, label, avg, items):
        self.check(f"{label}: {avg} = mean{items}", avg.ok(sum(i.v for i in items) / len(items)))

    def grade(self, label, total, word):
        t = total.v
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        ok = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
              "差": ("差", "较差", "不合格")}[band]
        self.check(f"{label}: {total} -> {word}", word in ok)

    def pct_bound(self, label, rate):
        self.check(f"{label}: 0 <= {rate}% <= 100", 0 <= rate.v <= 100)


# ---------------------------------------------------------------- indicator rows

VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    direction = "lte" if sign in ("≤", "＜", "<=") else "gte"
    return direction, D(m.group(2)), m.group(3).strip()


def check_rows(c, label, rows, total, weights_total=None):
    """rows: dicts name, target, actual, weight, score, optional completion (strings)"""
    ws, ss = D(0), D(0)
    for r in rows:
        w, s = Num(r["weight"]), Num(r["score"])
        ws += w.v
        ss += s.v
        c.check(f"{label} {r['name']}: score {s} <= weight {w}", D(0) <= s.v <= w.v)
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t and a:
            c.check(f"{label} {r['name']}: unit of {r['target']} / {r['actual']}", t[2] == a[2])
            direction, T, A = t[0], t[1], a[1]
            if direction == "lte":
                comp = D(100) if A <= T else T / A * 100
                score = w.v if A <= T else w.v * T / A
            elif T == 0:
                comp = None
                score = w.v if A <= 0 else D(0)
            else:
                comp = A / T * 100
                score = w.v * min(A / T, D(1))
            if r.get("completion") not in (None, "", "—") and comp is not None:
                cp = Num(r["completion"].rstrip("%"))
                c.check(f"{label} {r['name']}: completion {cp}% = {comp:.4f}", cp.ok(comp))
            c.check(f"{label} {r['name']}: score {s} follows {r['target']} / {r['actual']} (w {w})", s.ok(score))
        elif r.get("completion") not in (None, "", "—"):
            # qualitative row printed as 100%: only when it got full marks
            c.check(f"{label} {r['name']}: qualitative 100% with full marks", r["completion"] == "100%" and s.v == w.v)
    c.check(f"{label}: weights add to {ws}, expected 100", ws == 100)
    if weights_total is not None:
        c.check(f"{label}: weights {ws} = stated {weights_total}", weights_total.v == ws)
    c.check(f"{label}: scores add to {ss}, stated {total}", total.ok(ss))
    return ws, ss


def section(text, start, end=None):
    i = text.find(start)
    if i < 0:
        raise LookupError(f"section start not found: {start!r}")
    j = text.find(end, i) if end else len(text)
    return text[i:j if j >= 0 else len(text)]


# ---------------------------------------------------------------- the five drafts

def yihuang(c):
    t = c.text
    g = c.g

    def funds():
        b = g("2021年年初预算安排[86.00]万元，其中中央财政动物防疫补助资金[52.00]万元、省级配套[18.00]万元、县级配套[16.00]万元")
        c.sum_("年初预算", b[0], b[1:])
        a = g("追加县级配套资金[6.40]万元，全年预算调整为[92.40]万元，资金全部到位。全年执行[89.63]万元，预算执行率[97.00]%，年末结余[2.77]万元")
        c.check("全年 = 年初 + 追加", a[1].ok(b[0].v + a[0].v))
        c.rate("执行率", a[3], a[2], a[1])
        c.bal("结余", a[4], a[1], a[2])
        rows = {}
        for name, line in [("1", "年初预算资金\n\t(1)"), ("2", "全年预算资金\n\t(2)"), ("3", "实际到位资金\n\t(3)"),
                           ("4", "全年执行资金\n\t(4)"), ("5", "资金结余\n\t(5)=(3)-(4)")]:
            seg = section(t, "\t" + line, "\n\n")
            cells = [x[1:] for x in seg.split("\n")][2:]
            rows[name] = [Num(x) if x else Num("0") for x in cells[:6]]
            r = rows[name]
            c.sum_(f"row ({name}) 合计 = 小计", r[0], [r[1]])
            c.sum_(f"row ({name}) 小计 = 中央+省+市+县", r[1], r[2:6])
        for k in range(6):
            c.bal(f"(5)=(3)-(4) col {k}", rows["5"][k], rows["3"][k], rows["4"][k])
        c.same("table 年初 vs text", rows["1"][0], b[0])
        c.same("table 全年 vs text", rows["2"][0], a[1])
        c.same("table 执行 vs text", rows["4"][0], a[2])
        c.same("table 县级全年", rows["2"][5], Num("22.40"))
        r6 = g("\t预算到位率(%)\n\t(6)=(3)/(2)\n\t[100]")[0]
        r7 = g("\t预算执行率(%)\n\t(7)=(4)/(2)\n\t[97.00]")[0]
        c.rate("(6)", r6, rows["3"][0], rows["2"][0])
        c.rate("(7)", r7, rows["4"][0], rows["2"][0])
        x = g("中央和省级资金[70.00]万元已全部支出；县级配套资金全年预算[22.40]万元，实际支出[19.63]万元，执行率[87.63]%")
        c.sum_("中央+省", x[0], [rows["2"][2], rows["2"][3]])
        c.same("中央+省 spent", x[0], Num(str(rows["4"][2].v + rows["4"][3].v)))
        c.same("县级全年", x[1], rows["2"][5])
        c.same("县级执行", x[2], rows["4"][5])
        c.rate("县级执行率", x[3], x[2], x[1])
        u = g("全年执行的[89.63]万元中，疫苗采购[61.28]万元（占[68.37]%），免疫注射劳务补助[19.85]万元，免疫效果监测[5.30]万元，疫苗冷链运输及耗材[3.20]万元")
        c.sum_("用途", u[0], [u[1], u[3], u[4], u[5]])
        c.rate("疫苗占比", u[2], u[1], u[0])
        c.same("用途 total", u[0], a[2])
        c.same("疫苗采购 text", g("全年疫苗采购支出[61.28]万元")[0], u[1])
    c.run("funds", funds)

    def table():
        seg = section(t, "\t一级指标")
        blocks = [b for b in seg.split("\n\n") if b.strip()]
        rows = []
        total = None
        for b in blocks[1:]:
            cells = [x[1:] for x in b.split("\n")]
            if cells[0] == "合计":
                total, wt = Num(cells[7]), Num(cells[3])
                continue
            rows.append({"name": cells[2], "weight": cells[3], "target": cells[4], "actual": cells[5],
                         "completion": cells[6], "score": cells[7]})
        check_rows(c, "自评表", rows, total, wt)
        p = g("本项目自评得分[98.70]分，评价等级为“优”。其中预算执行率得分[9.70]分，产出指标得分[50]分，效益指标得分[29]分，满意度指标得分[10]分")
        c.same("text total = table total", p[0], total)
        c.sum_("text parts", p[0], p[1:])
        c.grade("grade", p[0], "优")
        by = {r["name"]: r for r in rows}
        c.same("执行率 row", Num(by["预算执行率"]["actual"].rstrip("%")), Num("97.00"))
        out = sum(Num(r["score"]).v for r in rows[1:7])
        c.check("产出 score 50", out == p[2].v)
        c.check("效益 score 29", sum(Num(r["score"]).v for r in rows[7:10]) == p[3].v)
        for name, snip in [("猪口蹄疫免疫数量", "全年完成猪口蹄疫免疫[27.32]万头次"), ("禽流感免疫数量", "禽流感免疫[186.4]万羽次"),
                           ("应免畜禽免疫密度", "应免畜禽免疫密度[96.8]%"), ("免疫抗体合格率", "免疫抗体合格率[83.5]%，均高于"),
                           ("年末生猪存栏量", "年末全县生猪存栏[23.6]万头"), ("养殖场户满意度", "满意度[93.6]%")]:
            c.same(f"text vs table {name}", g(snip)[0], Num(parse_val(by[name]["actual"])[1].to_eng_string()))
        s = g("调查养殖场户[250]户，表示满意的[234]户，满意度[93.6]%")
        c.rate("满意度", s[2], s[1], s[0])
        h = g("年末全县生猪存栏[23.6]万头，比2020年末的[21.3]万头增加[2.3]万头")
        c.bal("存栏增加", h[2], h[0], h[1])
        k = g("全年执行率较2020年的[95.12]%提高[1.88]个百分点")
        c.bal("执行率提高", k[1], Num("97.00"), k[0])
    c.run("table", table)

    def years():
        c.same("opening year", g("现将宜黄县[2021]年度重大动物疫病强制免疫补助经费")[0], Num("2021"))
        c.same("title year", g("[2021]年度重大动物疫病强制免疫补助经费项目支出绩效自评报告")[0], Num("2021"))
        c.same("table year", g("附件1.项目支出绩效自评表\n（[2021]年度）")[0], Num("2021"))
    c.run("years", years)


def alukeerqin(c):
    t = c.text
    g = c.g

    def funds():
        b = g("2023年年初预算[200.00]万元，其中中央财政动物防疫等补助经费（无害化处理部分）[128.00]万元、自治区财政[32.00]万元、旗本级[40.00]万元；另有2022年结转资金[15.60]万元，全年预算[215.60]万元，资金全部到位。全年执行[208.40]万元，其中当年财政拨款[192.80]万元、上年结转资金[15.60]万元，预算执行率[96.66]%，结余[7.20]万元")
        c.sum_("年初", b[0], b[1:4])
        c.sum_("全年", b[5], [b[0], b[4]])
        c.sum_("执行", b[6], [b[7], b[8]])
        c.rate("执行率", b[9], b[6], b[5])
        c.bal("结余", b[10], b[5], b[6])
        rows = {}
        for name in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
            line = [l for l in t.split("\n") if l.startswith("\t" + name + "\t")]
            if len(line) != 1:
                raise LookupError(name)
            rows[name] = line[0].split("\t")[2:]
        tot, cur, car, oth = (rows[k] for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
        for k in range(3):
            c.sum_(f"总额 col {k}", Num(tot[k]), [Num(cur[k]), Num(car[k]), Num(oth[k])])
        for name, r in rows.items():
            if Num(r[1]).v == 0:
                c.check(f"{name}: zero base prints no rate", r[4] == "—")
            else:
                c.rate(f"{name} 执行率", Num(r[4].rstrip("%")), Num(r[2]), Num(r[1]))
        c.same("table 年初", Num(tot[0]), b[0])
        c.same("table 全年", Num(tot[1]), b[5])
        c.same("table 执行", Num(tot[2]), b[6])
        c.check("执行 score", Num(tot[5]).ok(D(tot[3]) * D(tot[2]) / D(tot[1])))
        x = g("收集处理数量超出年度目标[8.19]%")[0]
        c.check("超出 8.19%", x.ok((D(25965) / D(24000) - 1) * 100))
        c.same("结论 执行率", g("本项目全年预算执行率[96.66]%")[0], b[9])
    c.run("funds", funds)

    def outputs():
        q = g("全年共收集、无害化处理病死畜禽[25965]头（只），其中羊[21460]只、牛[1385]头、猪[3120]头，较2022年的[2.31]万头（只）有所增加。处理总重量[1247.6]吨，其中天山镇收集点[612.4]吨、绍根镇收集点[358.7]吨、巴彦花镇收集点[276.5]吨，平均每个收集点[415.87]吨")
        c.sum_("头只", q[0], q[1:4])
        c.check("2022 smaller", q[4].v * 10000 < q[0].v)
        c.sum_("吨", q[5], q[6:9])
        c.avg("平均", q[9], q[6:9])
        c.same("goal text", g("全年收集处理病死畜禽[25965]头（只），3个收集暂存点正常运行")[0], q[0])
    c.run("outputs", outputs)

    def table():
        seg = section(t, "绩效指标\t一级指标", "总分")
        rows = []
        for line in seg.split("\n")[1:]:
            if not line.strip():
                continue
            cells = line.split("\t")
            rows.append({"name": cells[3], "target": cells[4], "actual": cells[5], "weight": cells[6],
                         "score": cells[7]})
        tot = [l for l in t.split("\n") if l.startswith("总分\t")][0].split("\t")
        fund = [l for l in t.split("\n") if l.startswith("\t年度资金总额\t")][0].split("\t")
        rows.insert(0, {"name": "预算执行率", "target": "100%",
                        "actual": str(r2(D(fund[4]) / D(fund[3]) * 100)) + "%", "weight": fund[5], "score": fund[7]})
        total = Num(tot[7])
        check_rows(c, "自评表", rows, total, Num(tot[6]))
        p = g("自评得分[97.67]分，评价等级为优秀")
        c.same("text total", p[0], total)
        c.grade("grade", p[0], "优秀")
        by = {r["name"]: r for r in rows}
        c.same("满意度 text", g("养殖户满意度为[94.2]%")[0], Num(by["养殖户满意度"]["actual"].rstrip("%")))
        c.same("及时率 text", g("拨付及时率[97.2]%")[0], Num(by["补助资金拨付及时率"]["actual"].rstrip("%")))
        c.same("扣分 text", g("可持续影响指标扣[2]分")[0], Num(str(D(by["无害化处理长效机制"]["weight"]) - D(by["无害化处理长效机制"]["score"]))))
    c.run("table", table)


def dongkou(c):
    t = c.text
    g = c.g

    def funds():
        b = g("2019年年初预算安排县级非洲猪瘟防控工作经费[50.00]万元；年中上级追加中央财政强制扑杀补助[86.40]万元、省级非洲猪瘟防控经费[30.00]万元，全年预算[166.40]万元")
        c.sum_("全年", b[3], b[0:3])
        c.same("opening amount", g("我单位对2019年非洲猪瘟防控工作经费[166.40]万元进行了绩效自评")[0], b[3])
        e = g("截至2019年12月31日，项目资金累计支出[160.37]万元，预算执行率[96.38]%，结余[6.03]万元，其中省级资金结余[2.15]万元、县级资金结余[3.88]万元")
        c.rate("执行率", e[1], e[0], b[3])
        c.bal("结余", e[2], b[3], e[0])
        c.sum_("结余 parts", e[2], e[3:5])
        seg = section(t, "资金来源｜年初预算数", "\n\n")
        rows = {}
        for line in seg.split("\n")[1:]:
            cells = line.split("｜")
            rows[cells[0]] = cells[1:]
        names = ["中央财政", "省级财政", "县级财政"]
        for k in range(4):
            c.sum_(f"合计 col {k}", Num(rows["合计"][k]), [Num(rows[n][k]) for n in names])
        for n in ["合计"] + names:
            r = rows[n]
            c.bal(f"{n} 结余", Num(r[3]), Num(r[1]), Num(r[2]))
            c.rate(f"{n} 执行率", Num(r[4].rstrip("%")), Num(r[2]), Num(r[1]))
        c.same("table 全年", Num(rows["合计"][1]), b[3])
        c.same("table 执行", Num(rows["合计"][2]), e[0])
        c.same("table 县年初", Num(rows["县级财政"][0]), b[0])
        c.same("table 省结余", Num(rows["省级财政"][3]), e[3])
        c.same("table 县结余", Num(rows["县级财政"][3]), e[4])
        seg = section(t, "支出内容｜金额（万元）", "\n\n")
        items = [l.split("｜") for l in seg.split("\n")[1:] if l]
        parts = [Num(v) for k, v in items if k != "合计"]
        total = [Num(v) for k, v in items if k == "合计"][0]
        c.sum_("明细", total, parts)
        c.same("明细 total", total, e[0])
        k = g("扑杀生猪[720]头，按每头[1200]元标准发放扑杀补助[86.40]万元")
        c.check("720 x 1200 = 86.40万", k[2].ok(k[0].v * k[1].v / 10000))
        c.same("扑杀 = 中央", k[2], Num(rows["中央财政"][1]))
        c.same("扑杀 明细", k[2], parts[0])
    c.run("funds", funds)

    def table():
        seg = section(t, "一级指标｜二级指标")
        rows, total, wt = [], None, None
        for line in seg.split("\n")[1:]:
            if not line:
                continue
            cells = line.split("｜")
            if cells[0] == "总分":
                wt, total = Num(cells[6]), Num(cells[7])
                continue
            rows.append({"name": cells[2] if cells[2] != "—" else cells[0], "target": cells[3], "actual": cells[4],
                         "completion": cells[5], "weight": cells[6], "score": cells[7]})
        check_rows(c, "自评表", rows, total, wt)
        c.check("grade", "本项目自评等级为“优”" in t and total.v >= 90)
        by = {r["name"]: r for r in rows}
        c.same("执行率 row", Num(by["预算执行率"]["actual"].rstrip("%")), Num("96.38"))
        for name, snip in [("生猪养殖场户排查数", "全年排查生猪养殖场户[3416]户"), ("监测样品采集数", "监测样品[1862]份送省"),
                           ("全县生猪出栏量", "全年生猪出栏[48.6]万头"), ("养殖场户满意度", "养殖场户满意度[91.3]%")]:
            c.same(f"text vs table {name}", g(snip)[0], Num(parse_val(by[name]["actual"])[1].to_eng_string()))
        h = g("全年生猪出栏[48.6]万头，较2018年的[56.2]万头下降[13.5]%")
        c.check("下降 13.5%", h[2].ok((h[1].v - h[0].v) / h[1].v * 100))
    c.run("table", table)

    def years():
        c.same("截至 year", g("截至[2019]年12月31日")[0], Num("2019"))
        c.same("table year", g("项目支出绩效自评表\n（[2019]年度）")[0], Num("2019"))
    c.run("years", years)


def wenquan(c):
    t = c.text
    g = c.g

    def funds():
        b = g("2024年项目年初预算[60.00]万元，其中中央财政动物防疫补助资金[36.00]万元（2023年12月提前下达）、自治区财政补助[14.40]万元、县级财政配套[9.60]万元，全年预算未调整。资金到位[60.00]万元，到位率[100]%。全年实际支出[59.45]万元，预算执行率[99.08]%，结余[0.55]万元")
        c.sum_("年初", b[0], b[1:4])
        c.rate("到位率", b[5], b[4], b[0])
        c.rate("执行率", b[7], b[6], b[0])
        c.bal("结余", b[8], b[4], b[6])
        seg = section(t, "资金来源 全年预算 实际到位", "（三）")
        rows = [l.split(" ") for l in seg.split("\n")[1:] if l.strip()]
        for r in rows:
            c.bal(f"{r[0]} 结余", Num(r[4]), Num(r[2]), Num(r[3]))
        for k, ref in [(1, b[0]), (2, b[4]), (3, b[6]), (4, b[8])]:
            c.sum_(f"sources col {k}", ref, [Num(r[k]) for r in rows])
        for r, ref in zip(rows, b[1:4]):
            c.same(f"{r[0]} budget", Num(r[1]), ref)
        f = [l for l in t.split("\n") if l.startswith("年度资金总额 ")][0].split(" ")
        c.same("table 年初", Num(f[1]), b[0])
        c.same("table 全年", Num(f[2]), b[0])
        c.same("table 执行", Num(f[3]), b[6])
        c.rate("table 执行率", Num(f[5].rstrip("%")), Num(f[3]), Num(f[2]))
        c.check("table 执行 score", Num(f[6]).ok(D(f[4]) * D(f[3]) / D(f[2])))
        f2 = [l for l in t.split("\n") if l.startswith("其中：当年财政拨款 ")][0].split(" ")
        c.same("当年拨款 = 总额", Num(f2[3]), Num(f[3]))
        p = g("全年实际支出[59.45]万元，其中防疫员劳务补助[57.30]万元，人员意外伤害保险及培训费[2.15]万元")
        c.sum_("支出", p[0], p[1:])
        q = g("全年实际发放补助[573]人月，按月通过惠民惠农财政补贴资金“一卡通”发放，合计[573000]元；按[48]个核定岗位计算，平均每个岗位全年补助[11937.50]元")
        c.check("573人月 x 1000元", q[1].v == q[0].v * 1000)
        c.check("573000元 = 57.30万元", q[1].v == p[1].v * 10000)
        c.check("average", q[3].ok(q[1].v / q[2].v))
        c.check("48 x 12 - 3 = 573", q[0].v == 48 * 12 - 3)
        s = g("每人[150]元，共计[0.72]万元；组织集中培训[2]期，每期[48]人，参训[96]人次，参训率[100]%，培训费[1.43]万元")
        c.check("保险", s[1].ok(D(48) * s[0].v / 10000))
        c.check("人次", s[4].v == s[2].v * s[3].v)
        c.rate("参训率", s[5], s[4], Num(str(s[2].v * s[3].v)))
        c.sum_("保险+培训", p[2], [s[1], s[6]])
        k = g("年度考核合格[47]人，合格率[97.92]%")
        c.rate("考核合格率", k[1], k[0], Num("48"))
        c.pct_bound("满意度", g("养殖户满意度为[96.5]%")[0])
    c.run("funds", funds)

    def table():
        seg = section(t, "一级指标 二级指标 三级指标", "总分 ")
        rows = []
        pat = re.compile(r"^(.*?) ?(\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: (\S+))?$")
        for line in seg.split("\n")[1:]:
            m = pat.match(line)
            if not m:
                continue
            rows.append({"name": m.group(1).split(" ")[-1], "target": m.group(2), "actual": m.group(3),
                         "weight": m.group(4), "score": m.group(5)})
        f = [l for l in t.split("\n") if l.startswith("年度资金总额 ")][0].split(" ")
        rows.insert(0, {"name": "预算执行率", "target": "100%", "actual": f[5], "weight": f[4], "score": f[6]})
        tot = [l for l in t.split("\n") if l.startswith("总分 ")][0].split(" ")
        total = Num(tot[2])
        check_rows(c, "自评表", rows, total, Num(tot[1]))
        c.grade("table grade", total, tot[3].split("：")[1])
        p = g("自评得分[97.91]分，绩效评价等级为“优”")
        c.same("text total", p[0], total)
        c.grade("text grade", p[0], "优")
        by = {r["name"]: r for r in rows}
        c.same("考核 text/table", Num("97.92"), Num(by["防疫员年度考核合格率"]["actual"].rstrip("%")))
        c.same("密度 text/table", g("应免畜禽免疫密度[95.6]%，全年")[0], Num(by["应免畜禽免疫密度"]["actual"].rstrip("%")))
        c.same("满意度 text/table", g("养殖户满意度为[96.5]%")[0], Num(by["养殖户满意度"]["actual"].rstrip("%")))
        c.same("人月 text/table", Num("573"), Num(by["补助发放人月数"]["actual"].rstrip("人月")))
        c.same("扣分", g("可持续影响指标扣[2]分")[0], Num(str(D(by["村级防疫队伍稳定性"]["weight"]) - D(by["村级防疫队伍稳定性"]["score"]))))
    c.run("table", table)


def dingbian(c):
    t = c.text
    g = c.g

    def funds():
        b = g("2022年年初预算安排县级动物疫病监测检测经费[25.00]万元；6月，省级下达兽医实验室运行补助资金[20.00]万元，全年预算[45.00]万元，资金全部到位。全年实际支出[43.86]万元，预算执行率[97.47]%，结余[1.14]万元")
        c.sum_("全年", b[2], b[0:2])
        c.rate("执行率", b[4], b[3], b[2])
        c.bal("结余", b[5], b[2], b[3])
        s = g("其中，省级补助资金[20.00]万元，支出[19.52]万元，执行率[97.60]%；县级资金[25.00]万元，支出[24.34]万元，执行率[97.36]%")
        c.rate("省级", s[2], s[1], s[0])
        c.rate("县级", s[5], s[4], s[3])
        c.sum_("支出 by source", b[3], [s[1], s[4]])
        c.same("省级 budget", s[0], b[1])
        c.same("县级 budget", s[3], b[0])
        seg = section(t, "| 支出内容 | 金额（万元） |", "\n\n")
        items = [[x.strip() for x in l.strip().strip("|").split("|")] for l in seg.split("\n")[1:] if l.strip()]
        parts = [Num(v) for k, v in items if k != "合计"]
        total = [Num(v) for k, v in items if k == "合计"][0]
        c.sum_("明细", total, parts)
        c.same("明细 total", total, b[3])
        c.same("执行率 again", g("（一）预算执行率[97.47]%，未全部执行")[0], b[4])
        h = g("全年完成血清学检测样品[13586]份，比2021年的[11920]份增加[1666]份")
        c.bal("增加", h[2], h[0], h[1])
        c.same("经费支出 text", g("全年检测经费支出[43.86]万元")[0], b[3])
    c.run("funds", funds)

    def table():
        seg = section(t, "| 一级指标 |")
        rows = []
        for line in seg.split("\n")[1:]:
            if not line.startswith("|"):
                continue
            cells = [x.strip() for x in line.strip().strip("|").split("|")]
            rows.append({"name": cells[2] or cells[0], "target": cells[3], "actual": cells[4], "completion": cells[5],
                         "weight": cells[6], "score": cells[7]})
        p = g("本项目自评得分[99.33]分，其中预算执行[9.75]分、产出指标[49.58]分、效益指标[30]分、满意度指标[10]分，评价等级为优秀")
        check_rows(c, "自评表", rows, p[0])
        c.sum_("text parts", p[0], p[1:5])
        c.grade("grade", p[0], "优秀")
        c.check("产出 part", p[2].v == sum(Num(r["score"]).v for r in rows[1:6]))
        c.check("效益 part", p[3].v == sum(Num(r["score"]).v for r in rows[6:9]))
        c.check("满意度 part", p[4].v == Num(rows[9]["score"]).v)
        c.check("执行 part", p[1].v == Num(rows[0]["score"]).v)
        by = {r["name"]: r for r in rows}
        c.same("执行率 row", Num(by["预算执行率"]["actual"].rstrip("%")), Num("97.47"))
        for name, snip in [("血清学检测样品数", "全年完成血清学检测样品[13586]份"), ("病原学（PCR）检测样品数", "病原学检测[2874]份"),
                           ("检测报告按时出具率", "检测报告按时出具率[99.3]%"),
                           ("送检单位及养殖场户满意度", "送检单位及养殖场户满意度为[95.8]%")]:
            c.same(f"text vs table {name}", g(snip)[0], Num(parse_val(by[name]["actual"])[1].to_eng_string()))
    c.run("table", table)


PROJECTS = {
    "yihuang-qiangmian-2021": yihuang,
    "alukeerqin-wuhaihua-2023": alukeerqin,
    "dongkou-feiwen-2019": dongkou,
    "wenquan-fangyiyuan-2024": wenquan,
    "dingbian-shouyilab-2022": dingbian,
}


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    where = {"prose": 0, "table": 0}
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build
    for e in build.EDITS:
        where[e[3]] += 1
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}

    for src, fn in PROJECTS.items():
        clean = texts[f"{src}-clean.txt"]
        n = len(clean)
        if not 3000 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters")
        c = Checker(clean)
        fn(c)
        for f in c.fails:
            problems.append(f"{src}-clean: {f}")
        print(f"{src}: {n} chars, {c.n} arithmetic checks, {len(c.fails)} failed")

    for rec in labels:
        text = texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected one finding")
        for exp in rec["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp["code"] not in REQUIRED:
                problems.append(f"{rec['case']}: unknown code {exp['code']}")
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
            if not exp["value"] or exp["value"] not in text:
                problems.append(f"{rec['case']}: value not found: {exp['value']!r}")
        clean = texts[f"{rec['source']}-clean.txt"]
        s, e1, e2 = diff_region(clean, text)
        if e1 <= s and e2 <= s:
            problems.append(f"{rec['case']}: identical to its clean draft")
        elif max(e1, e2) - s > 120:
            problems.append(f"{rec['case']}: changed region too long ({max(e1, e2) - s} chars)")
        # the changed region must overlap the labelled value in the error case
        occ = [m.start() for m in re.finditer(re.escape(rec["expected"][0]["value"]), text)]
        vlen = len(rec["expected"][0]["value"])
        if not any(o < e2 and s < o + vlen for o in occ):
            problems.append(f"{rec['case']}: labelled value does not cover the change")
        c = Checker(text)
        PROJECTS[rec["source"]](c)
        if not c.fails:
            problems.append(f"{rec['case']}: breaks none of the clean-draft checks")

    for code in REQUIRED:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} occurs {counts.get(code, 0)} times (need 2)")
    print("codes:", ", ".join(f"{k} {counts.get(k, 0)}" for k in REQUIRED))
    print(f"errors in prose: {where['prose']}, in tables: {where['table']}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
