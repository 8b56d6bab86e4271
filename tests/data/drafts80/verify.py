#!/usr/bin/env python3
"""Check set n80: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Prints OK on success, otherwise the list of failures (exit 1).
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
MULTI_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written (may end in %); computed: Decimal in the same scale."""
    v = D(stated.strip().rstrip("%").replace(",", ""))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def num(s):
    m = NUM.search(s.replace(",", ""))
    return D(m.group()) if m else None


def grade(total):
    total = D(total)
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


class Ctx:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def has(self, s):
        if s not in self.text:
            fail("%s: expected text %r not found" % (self.name, s))
            return False
        return True

    def claim(self, context, stated, computed, what=""):
        """context must occur in the draft and contain stated; stated must match computed."""
        if not self.has(context):
            return
        if stated not in context:
            fail("%s: %r not inside %r" % (self.name, stated, context))
        if not close(stated, computed):
            fail("%s: %s stated %s, computed %s" % (self.name, what or context, stated, computed))

    def eq(self, a, b, what):
        if D(a) != D(b):
            fail("%s: %s: %s != %s" % (self.name, what, a, b))


# ---------- indicator rows --------------------------------------------------------------------

def check_indicators(ctx, rows, total_weight, total_score, extra_weight=D(0), extra_score=D(0)):
    """rows: dicts with name, target, actual, weight, score[, completion]."""
    sw = sum(D(r["weight"]) for r in rows) + extra_weight
    ss = sum(D(r["score"]) for r in rows) + extra_score
    ctx.eq(sw, total_weight, "weights add to the stated total")
    ctx.eq(sw, 100, "weights add to 100")
    ctx.eq(ss, total_score, "scores add to the stated total")
    for r in rows:
        w, s, t, a = D(r["weight"]), D(r["score"]), r["target"], r["actual"]
        if not (0 <= s <= w):
            fail("%s: row %s score %s outside [0, %s]" % (ctx.name, r["name"], s, w))
        tn, an = num(t), num(a)
        qual = an is None or tn is None
        if qual:
            if "部分达成" in a and not (D("0.6") * w <= s < D("0.8") * w):
                fail("%s: row %s partly achieved but score %s" % (ctx.name, r["name"], s))
            if a.startswith("达成") and not (D("0.8") * w <= s <= w):
                fail("%s: row %s achieved but score %s" % (ctx.name, r["name"], s))
            continue
        unit_t = re.sub(r"[\d.≥≤=,\s]", "", t)
        unit_a = re.sub(r"[\d.≥≤=,\s]", "", a)
        if unit_t != unit_a:
            fail("%s: row %s units differ %r / %r" % (ctx.name, r["name"], t, a))
        if t.startswith("≤"):
            comp = D(100) if an <= tn else tn / an * 100
        else:
            comp = an / tn * 100
        exp = w * min(comp, D(100)) / 100
        if not close(r["score"], exp):
            fail("%s: row %s score %s, rule gives %s" % (ctx.name, r["name"], r["score"], q2(exp)))
        if "completion" in r and r["completion"] not in ("—", ""):
            if not close(r["completion"], comp):
                fail("%s: row %s completion %s, computed %s" % (ctx.name, r["name"], r["completion"], q2(comp)))


def check_grade(ctx, phrase_total, total, phrase_grade):
    ctx.has(phrase_total)
    ctx.has(phrase_grade)
    g = grade(total)
    if g not in phrase_grade:
        fail("%s: grade phrase %r, band of %s is %s" % (ctx.name, phrase_grade, total, g))


def cols(line, sep):
    parts = line.split(sep)
    if sep == "|":
        parts = parts[1:-1]
    return [p.strip() for p in parts]


def table_after(text, header, sep, stop):
    """Rows (lists of cells) after the header line up to and including the line starting with stop."""
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(header))
    out = []
    for l in lines[i + 1:]:
        c = cols(l, sep)
        out.append(c)
        if c[0] == stop:
            break
    return out


def check_grid(ctx, rows, names, colnames, total_col, what):
    """rows: {rowname: [cells]}; each row's cells (excluding total_col) add to total_col."""
    for rn in names:
        cells = rows[rn]
        parts = [D(x) for k, x in enumerate(cells) if k != total_col and x not in ("", "—")]
        ctx.eq(sum(parts), D(cells[total_col]), "%s row %s adds to its total" % (what, rn))


# ---------- per project ------------------------------------------------------------------------

def p_huaian(ctx):
    t = ctx.text
    # funds grid: columns 中央 省级 市级 县级 小计
    grid = {}
    for line in t.split("\n"):
        c = line.split("\t")
        if c[0] in ("年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余", "执行率") and len(c) == 6:
            grid[c[0]] = c[1:]
    check_grid(ctx, grid, ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余"], None, 4, "funds")
    for k in range(5):
        ctx.eq(D(grid["实际到位数"][k]) - D(grid["全年执行数"][k]), D(grid["结余"][k]), "balance col %d" % k)
        if not close(grid["执行率"][k], D(grid["全年执行数"][k]) / D(grid["全年预算数"][k]) * 100):
            fail("%s: execution rate col %d" % (ctx.name, k))
    ctx.claim("调整后全年预算530.00万元", "530.00", D("500.00") + 12 + 9 + 3 + 6)
    ctx.claim("追加预算30.00万元", "30.00", D(12) + 9 + 3 + 6)
    ctx.claim("资金到位率100%", "100%", D(530) / D(530) * 100)
    ctx.claim("全年支出两项补贴513.72万元，预算执行率96.93%", "96.93%", D("513.72") / D(530) * 100)
    ctx.claim("按80元/人·月标准发放205.92万元", "205.92", D(25740) * 80 / 10000)
    ctx.claim("全年累计发放25740人次，月均2145人", "2145", D(25740) / 12)
    ctx.claim("全年累计发放39840人次，月均3320人", "3320", D(39840) / 12)
    ctx.claim("一级护理补贴14460人次、130.14万元", "130.14", D(14460) * 90 / 10000)
    ctx.claim("二级护理补贴25380人次、177.66万元", "177.66", D(25380) * 70 / 10000)
    ctx.eq(D(14460) + 25380, 39840, "护理人次")
    ctx.eq(D(14460) / 12 + D(25380) / 12, 3320, "护理月均")
    ctx.claim("发放307.80万元", "307.80", D("130.14") + D("177.66"))
    ctx.eq(D("205.92") + D("307.80"), D("513.72"), "total spent")
    ctx.claim("年末结余16.28万元", "16.28", D(530) - D("513.72"))
    ctx.claim("全年支出增加27.37万元", "27.37", D("513.72") - D("486.35"))
    ctx.claim("增长5.63%", "5.63%", D("27.37") / D("486.35") * 100)
    ctx.claim("当月办理率93.60%", "93.60%", D(234) / 250 * 100)
    ctx.eq(D(250) - 234, 16, "次月办理人次")
    ctx.claim("护理补贴应补尽补率99.67%", "99.67%", D(3341) / 3352 * 100)
    ctx.claim("两项补贴应补尽补率99.80%。", "99.80%", D(2168 + 3341) / (2168 + 3352) * 100)
    ctx.eq(D(3352) - 3341, 11, "未纳入")
    ctx.eq(D(2168) + 3341, 5509, "在册对象")
    ctx.has("在册对象共5509人")
    ctx.claim("平均99.33%", "99.33%", (D(100) + D("99.2") + D("98.8")) / 3)
    ctx.claim("满意度95.83%", "95.83%", D(460) / 480 * 100)
    ctx.claim("年人均960元", "960", D(80) * 12)
    ctx.claim("效益指标得分29.78分", "29.78", D("14.78") + 15)
    # self-evaluation table
    fund = next(l.split("\t") for l in t.split("\n") if l.startswith("年度资金总额\t"))
    ctx.eq(fund[1], "500.00", "年初 in table")
    if not close(fund[5], D(fund[3]) / D(fund[2]) * 100):
        fail("%s: table execution rate" % ctx.name)
    if not close(fund[6], D(fund[4]) * D(fund[3]) / D(fund[2])):
        fail("%s: table execution score" % ctx.name)
    rows = []
    for c in table_after(t, "一级指标\t二级指标", "\t", "总分"):
        if c[0] == "总分":
            tw, ts = D(c[5]), D(c[6])
            break
        rows.append(dict(name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check_indicators(ctx, rows, tw, ts, extra_weight=D(fund[4]), extra_score=D(fund[6]))
    ctx.claim("总分99.47分", "99.47", ts)
    check_grade(ctx, "总分99.47分", ts, "评价等级为优")


def flat_rows(block):
    return [[c[1:] if c.startswith("\t") else c for c in r.split("\n")] for r in block.strip("\n").split("\n\n")]


def p_qinyuan(ctx):
    t = ctx.text
    fb = t[t.index("\t项目\n\t行次"):t.index("资金下达情况")]
    rows = {r[0]: r for r in flat_rows(fb)}
    # cells: name, 行次, total, 小计, 中央, 省, 市, 县区, 上年结转, 其他
    money = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]
    for rn in money:
        r = rows[rn]
        v = [D(x) if x else D(0) for x in r[2:10]]
        ctx.eq(v[1], v[2] + v[3] + v[4] + v[5], "%s 小计" % rn)
        ctx.eq(v[0], v[1] + v[6] + v[7], "%s total" % rn)
    for k in range(2, 10):
        get = lambda rn: D(rows[rn][k]) if rows[rn][k] else D(0)
        ctx.eq(get("实际到位资金") - get("全年执行资金"), get("资金结余"), "(5) col %d" % k)
        base = get("全年预算资金")
        for rn, numr in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            cell = rows[rn][k]
            if base == 0:
                if cell not in ("—", "0", ""):
                    fail("%s: rate on zero base col %d" % (ctx.name, k))
            elif not close(cell, get(numr) / base * 100):
                fail("%s: %s col %d = %s" % (ctx.name, rn, k, cell))
    ctx.claim("项目全年预算84.20万元", "84.20", D(rows["全年预算资金"][2]))
    ctx.claim("全年执行75.60万元", "75.60", D("73.60") + D("2.00"))
    ctx.claim("儿童康复需求评估费2.00万元（40名×500元）", "2.00", D(40) * 500 / 10000)
    ctx.claim("结余资金8.60万元", "8.60", D("84.20") - D("75.60"))
    ctx.claim("预算执行率89.79%，低于90%", "89.79%", D("75.60") / D("84.20") * 100)
    ctx.eq(D(36) + 4, rows["全年预算资金"][4], "中央 36+4")
    ctx.eq(D(18) + 2, rows["全年预算资金"][5], "省 18+2")
    ctx.eq(D(6) + 2, rows["全年预算资金"][6], "市 6+2")
    items = [("孤独症儿童12名，补助28.80万元", 12, 24000, "28.80"), ("智力残疾儿童10名，补助18.00万元", 10, 18000, "18.00"),
             ("脑瘫儿童8名，补助16.00万元", 8, 20000, "16.00"), ("言语康复训练4名，补助7.20万元", 4, 18000, "7.20"),
             ("助听器适配6名，补助3.60万元", 6, 6000, "3.60")]
    for ctxs, n, unit, amt in items:
        ctx.claim(ctxs, amt, D(n) * unit / 10000)
    ctx.eq(sum(D(i[3]) for i in items), D("73.60"), "救助 items")
    ctx.eq(sum(i[1] for i in items), 40, "children")
    ctx.claim("人均救助1.84万元", "1.84", D("73.60") / 40)
    ctx.claim("增加5人，增长14.29%", "14.29%", D(5) / 35 * 100)
    ctx.claim("有效38名，康复训练有效率95.00%", "95.00%", D(38) / 40 * 100)
    ctx.claim("已救助40名，覆盖率93.02%", "93.02%", D(40) / 43 * 100)
    ctx.claim("满意37户，满意度92.50%", "92.50%", D(37) / 40 * 100)
    ib = t[t.index("\t一级指标\n"):t.index("沁源县残疾人康复服务中心\n2023")]
    ind = flat_rows(ib)[1:]
    rows_i = []
    for r in ind:
        if r[0] == "合计":
            tw, ts = D(r[3]), D(r[7])
            continue
        rows_i.append(dict(name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
    # the execution row: completion = actual / 100%
    check_indicators(ctx, rows_i, tw, ts)
    ctx.claim("效益指标28.5分", "28.5", D(15) + D("13.5"))
    ctx.claim("可持续影响指标扣1.5分", "1.5", D(15) - D("13.5"))
    check_grade(ctx, "总得分97.48分", ts, "属于“优秀”")


def p_chayouqian(ctx):
    t = ctx.text
    items = table_after(t, "| 辅具类别 |", "|", "合计")
    tot_n = tot_a = D(0)
    for c in items[:-1]:
        n, price, amt = num(c[1]), D(c[2]), D(c[3])
        ctx.eq(n * price / 10000, amt, "item %s" % c[0])
        tot_n += n
        tot_a += amt
    ctx.eq(tot_n, num(items[-1][1]), "items count")
    ctx.eq(tot_a, D(items[-1][3]), "items amount")
    grid = {c[0]: c[1:] for c in table_after(t, "| 项目 | 中央 |", "|", "执行率")}
    check_grid(ctx, grid, ["年初预算", "全年预算", "实际到位", "全年执行"], None, 4, "funds")
    for k in range(5):
        if not close(grid["执行率"][k], D(grid["全年执行"][k]) / D(grid["全年预算"][k]) * 100):
            fail("%s: rate col %d" % (ctx.name, k))
    ctx.eq(D(12) + 4, D(grid["全年预算"][0]), "中央 12+4")
    ctx.claim("全年预算40.00万元", "40.00", D(36) + 4)
    ctx.claim("资金到位率100%", "100%", D(grid["实际到位"][4]) / D(grid["全年预算"][4]) * 100)
    ctx.claim("全年执行37.00万元，预算执行率92.50%", "92.50%", D(37) / 40 * 100)
    ctx.eq(D("35.11") + D("1.89"), 37, "采购+服务费")
    ctx.claim("未执行3.00万元", "3.00", D(40) - 37)
    ctx.eq(D(grid["全年预算"][3]) - D(grid["全年执行"][3]), D(3), "旗本级 unspent")
    ctx.claim("完成年度指标500件的103.20%", "103.20%", D(516) / 500 * 100)
    ctx.claim("比2023年的417人增加81人", "81", D(498) - 417)
    ctx.claim("增加86件，增长20.00%", "20.00%", D(86) / 430 * 100)
    ctx.eq(D(516) - 430, 86, "件 increase")
    ctx.eq(D(498) + 18, 516, "people + double")
    ctx.claim("人均辅具费用705.02元", "705.02", D("35.11") * 10000 / 498)
    ctx.claim("应配尽配率93.61%", "93.61%", D(498) / 532 * 100)
    ctx.eq(D(532) - 498, 21 + 13, "未适配")
    ctx.claim("改善率81.67%", "81.67%", D(98) / 120 * 100)
    ctx.claim("满意度97.50%", "97.50%", D(117) / 120 * 100)
    ctx.claim("效益指标得分29.41分", "29.41", D(15) + D("14.41"))
    fund = cols(next(l for l in t.split("\n") if l.startswith("| 年度资金总额 |")), "|")
    if not close(fund[5], D(fund[3]) / D(fund[2]) * 100) or not close(fund[6], D(fund[4]) * D(fund[3]) / D(fund[2])):
        fail("%s: table funds row" % ctx.name)
    rows = []
    for c in table_after(t, "| 一级指标 |", "|", "总分"):
        if c[0] == "总分":
            tw, ts = D(c[5]), D(c[6])
            break
        rows.append(dict(name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check_indicators(ctx, rows, tw, ts, extra_weight=D(fund[4]), extra_score=D(fund[6]))
    check_grade(ctx, "自评总分98.66分", ts, "等级为“优”")


def p_lincheng(ctx):
    t = ctx.text
    sub = {c[0]: c[1:] for c in table_after(t, "子项｜全年预算", "｜", "合计")}
    names = ["成人肢体康复训练补助", "精神障碍患者服药补贴", "残疾儿童康复救助", "辅助器具适配"]
    ctx.eq(sum(D(sub[n][0]) for n in names), D(sub["合计"][0]), "sub budgets")
    ctx.eq(sum(D(sub[n][1]) for n in names), D(sub["合计"][1]), "sub spent")
    for n in names + ["合计"]:
        if not close(sub[n][2], D(sub[n][1]) / D(sub[n][0]) * 100):
            fail("%s: sub rate %s" % (ctx.name, n))
    ctx.claim("四个子项平均执行率92.83%", "92.83%", sum(D(sub[n][2].rstrip("%")) for n in names) / 4)
    lv = {c[0]: c[1:] for c in table_after(t, "级次｜全年预算", "｜", "小计")}
    lvn = ["中央", "省级", "市级", "县级"]
    for k in range(3):
        ctx.eq(sum(D(lv[n][k]) for n in lvn), D(lv["小计"][k]), "level col %d" % k)
    for n in lvn + ["小计"]:
        if not close(lv[n][3], D(lv[n][2]) / D(lv[n][0]) * 100):
            fail("%s: level rate %s" % (ctx.name, n))
    ctx.eq(D(30) + D("25.50") + D("8.50") + 16, 80, "年初")
    ctx.eq(D(30) + 4, D(lv["中央"][0]), "中央 30+4")
    ctx.eq(D(16) + 1, D(lv["县级"][0]), "县级 16+1")
    ctx.claim("全年执行78.50万元，预算执行率92.35%", "92.35%", D("78.50") / 85 * 100)
    ctx.claim("年末结余6.50万元", "6.50", D(85) - D("78.50"))
    ctx.claim("增加7.14万元，增长10.01%", "10.01%", D("7.14") / D("71.36") * 100)
    ctx.eq(D("78.50") - D("71.36"), D("7.14"), "increase")
    ctx.claim("按1500元/人·年标准补助18.00万元", "18.00", D(120) * 1500 / 10000)
    ctx.claim("每人每年600元，共15.60万元", "15.60", D(260) * 600 / 10000)
    kids = [("孤独症儿童5名，每人2万元，计10.00万元", 5, 2, "10.00"), ("智力残疾儿童6名，每人1.5万元，计9.00万元", 6, D("1.5"), "9.00"),
            ("脑瘫儿童4名，每人1.8万元，计7.20万元", 4, D("1.8"), "7.20"), ("听力残疾儿童3名，每人1.5万元，计4.50万元", 3, D("1.5"), "4.50")]
    for c, n, u, a in kids:
        ctx.claim(c, a, n * u)
    ctx.claim("合计救助18名、30.70万元", "30.70", sum(D(k[3]) for k in kids))
    ctx.eq(sum(k[1] for k in kids), 18, "children")
    ctx.has("全年为18名残疾儿童")
    aids = [("适配轮椅80台，每台650元，计5.20万元", 80, 650, "5.20"), ("助行器96副，每副150元，计1.44万元", 96, 150, "1.44"),
            ("助听器25台，每台2400元，计6.00万元", 25, 2400, "6.00"), ("坐便椅65把，每把240元，计1.56万元", 65, 240, "1.56")]
    for c, n, u, a in aids:
        ctx.claim(c, a, D(n) * u / 10000)
    ctx.claim("合计266件、14.20万元", "14.20", sum(D(a[3]) for a in aids))
    ctx.eq(sum(a[1] for a in aids), 266, "aids count")
    ctx.claim("完成年度指标300件的88.67%", "88.67%", D(266) / 300 * 100)
    ctx.claim("基本康复服务覆盖率80.50%", "80.50%", D(842) / 1046 * 100)
    ctx.claim("满意233份，满意度93.20%", "93.20%", D(233) / 250 * 100)
    rows = []
    for c in table_after(t, "一级指标｜二级指标", "｜", "合计"):
        if c[0] == "合计":
            tw, ts = D(c[3]), D(c[6])
            break
        rows.append(dict(name=c[2], weight=c[3], target=c[4], actual=c[5], score=c[6]))
    check_indicators(ctx, rows, tw, ts)
    out = sum(D(r["score"]) for r in rows if r["name"] not in ("预算执行率", "基本康复服务覆盖率", "康复服务网络持续运行", "服务对象满意度"))
    ctx.claim("产出指标得分48.29分", "48.29", out)
    ctx.claim("效益指标得分24分", "24", D(15) + 9)
    check_grade(ctx, "总分91.53分", ts, "评价等级为优。")


def p_kezuozhong(ctx):
    t = ctx.text
    sub = {}
    lv = {}
    for line in t.split("\n"):
        c = line.split("\t")
        if c[0] in ("困难残疾人生活补贴", "重度残疾人护理补贴", "合计") and len(c) == 5:
            sub[c[0]] = c[1:]
        if c[0] in ("中央财政", "自治区财政", "通辽市财政", "旗本级财政", "小计") and len(c) == 6:
            lv[c[0]] = c[1:]
    for k in range(3):
        ctx.eq(D(sub["困难残疾人生活补贴"][k]) + D(sub["重度残疾人护理补贴"][k]), D(sub["合计"][k]), "sub col %d" % k)
    for n in sub:
        if not close(sub[n][3], D(sub[n][2]) / D(sub[n][1]) * 100):
            fail("%s: sub rate %s" % (ctx.name, n))
    ln = ["中央财政", "自治区财政", "通辽市财政", "旗本级财政"]
    for k in range(4):
        ctx.eq(sum(D(lv[n][k]) for n in ln), D(lv["小计"][k]), "level col %d" % k)
    for n in lv:
        if not close(lv[n][4], D(lv[n][3]) / D(lv[n][1]) * 100):
            fail("%s: level rate %s" % (ctx.name, n))
    ctx.claim("全年预算1240.00万元", "1240.00", D(1200) + 40)
    ctx.eq(D(16) + 12 + 4 + 8, 40, "追加 by level")
    ctx.claim("预算执行率96.43%，结余资金44.32万元", "44.32", D(1240) - D("1195.68"))
    ctx.claim("增加109.44万元，增长10.08%", "10.08%", D("109.44") / D("1086.24") * 100)
    ctx.eq(D("1195.68") - D("1086.24"), D("109.44"), "increase")
    ctx.claim("按100元/人·月发放505.20万元", "505.20", D(50520) * 100 / 10000)
    ctx.claim("全年累计发放50520人次，月均4210名", "4210", D(50520) / 12)
    ctx.claim("一级累计31560人次，月均2630名，发放315.60万元", "315.60", D(31560) * 100 / 10000)
    ctx.claim("二级累计46860人次，月均3905名，发放374.88万元", "374.88", D(46860) * 80 / 10000)
    ctx.eq(D(31560) / 12, 2630, "一级月均")
    ctx.eq(D(46860) / 12, 3905, "二级月均")
    ctx.claim("合计月均6535人，发放690.48万元", "690.48", D("315.60") + D("374.88"))
    ctx.eq(D(2630) + 3905, 6535, "护理月均")
    ctx.claim("发放1100.00万元，占执行数的92.00%", "92.00%", D(1100) / D("1195.68") * 100)
    ctx.claim("其余95.68万元", "95.68", D("1195.68") - 1100)
    ctx.claim("完成年度指标值的97.91%", "97.91%", D(4210) / 4300 * 100)
    ctx.claim("完成年度指标值的96.10%", "96.10%", D(6535) / 6800 * 100)
    ctx.claim("两项补贴应补尽补率99.07%", "99.07%", D(4236 + 6571) / (4268 + 6640) * 100)
    ctx.claim("按月发放及时率75.00%", "75.00%", D(9) / 12 * 100)
    ctx.claim("满意282人，满意度94.00%", "94.00%", D(282) / 300 * 100)
    ctx.claim("满意346人，满意度86.50%", "86.50%", D(346) / 400 * 100)
    ctx.claim("护理补贴对象满意度86.50%，低于", "86.50%", D(346) / 400 * 100)
    ctx.claim("增加收入1200元（生活补贴）或960—1200元", "960", D(80) * 12)
    rows = []
    for c in table_after(t, "序号\t一级指标", "\t", "合计"):
        if c[0] == "合计":
            tw, ts = D(c[6]), D(c[7])
            break
        rows.append(dict(name=c[3], target=c[4], actual=c[5], weight=c[6], score=c[7]))
    check_indicators(ctx, rows, tw, ts)
    check_grade(ctx, "自评总分89.94分", ts, "评价等级为“良”")


CHECKS = {
    "huaian-dpfsubsidy-2021": p_huaian,
    "qinyuan-childrehab-2022": p_qinyuan,
    "chayouqian-assistdevice-2024": p_chayouqian,
    "lincheng-precisionrehab-2019": p_lincheng,
    "kezuozhong-twosubsidy-2018": p_kezuozhong,
}


def edit_check(name, clean, case, code):
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        fail("%s: line count changed" % name)
        return
    changed = [k for k in range(len(a)) if a[k] != b[k]]
    if not changed:
        fail("%s: no edit" % name)
        return
    limit = 2 if code in MULTI_ROW_CODES else 1
    if len(changed) > limit or changed[-1] - changed[0] >= limit:
        fail("%s: edit touches lines %s" % (name, changed))
    total = 0
    for k in changed:
        x, y = a[k], b[k]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        total += max(len(x) - p - s, len(y) - p - s)
    if total > 16:
        fail("%s: edit of %d characters" % (name, total))


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = {}
    for lab in labels:
        case = read(lab["case"])
        clean = read(lab["source"] + "-clean.txt")
        if lab["clean"]:
            if lab["expected"]:
                fail("%s: clean case with labels" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected one label" % lab["case"])
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if case.count(e["value"]) != 1:
                fail("%s: value %r occurs %d times" % (lab["case"], e["value"], case.count(e["value"])))
            if e["value"] in clean:
                fail("%s: value %r occurs in the clean draft" % (lab["case"], e["value"]))
            edit_check(lab["case"], clean, case, e["code"])
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail("code %s used %d times" % (c, codes.get(c, 0)))
    for proj, fn in CHECKS.items():
        text = read(proj + "-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            fail("%s: clean draft has %d characters" % (proj, n))
        fn(Ctx(proj + "-clean.txt", text))
    if FAIL:
        print("\n".join(FAIL))
        print("FAILED (%d)" % len(FAIL))
        sys.exit(1)
    print("codes:", ", ".join("%s=%d" % kv for kv in sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
