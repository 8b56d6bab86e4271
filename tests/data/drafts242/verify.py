#!/usr/bin/env python3
"""Verify drafts242.

1. every label value occurs in its case; clean cases expect nothing;
2. every error case differs from its clean draft in one place (one contiguous region);
3. the arithmetic of every clean draft is redone from the text itself (rates, sums, balances,
   weights, scores, completion rates, averages, grades, repeated figures, years) and must hold;
4. the same checks run on every error case must fail at least once (the injected slip is real).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
BAR = "｜"


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(str(s).replace(",", "").replace("%", ""))


def ndp(s):
    s = str(s).replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def grade(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, name, text):
        self.name, self.text, self.fail = name, text, []

    def true(self, what, cond):
        if not cond:
            self.fail.append(what)

    def close(self, what, stated, computed):
        """stated (string as written) agrees with computed within half a unit of its last digit."""
        try:
            v, d = dec(stated), ndp(stated)
        except Exception:
            self.fail.append(f"{what}: cannot read {stated!r}")
            return
        tol = D("0.5") * D(10) ** -d + D("1e-9")
        if abs(D(computed) - v) > tol:
            self.fail.append(f"{what}: stated {stated}, computed {D(computed):.4f}")

    def eq(self, what, a, b):
        if str(a) != str(b):
            self.fail.append(f"{what}: {a!r} != {b!r}")

    def one(self, what, pattern, group=1):
        """all matches of pattern must give the same value (same quantity, same value); returns it."""
        vals = [m.group(group) for m in re.finditer(pattern, self.text)]
        if not vals:
            self.fail.append(f"{what}: pattern {pattern!r} not found")
            return "0"
        if len(set(vals)) != 1:
            self.fail.append(f"{what}: differing values {vals}")
        return vals[0]

    def grade_ok(self, what, total, label):
        want = grade(total)
        self.true(f"{what}: grade {label} for {total} (band {want})", label.startswith(want))


def rows_after(text, header_start):
    """rows (lists of cells) of the bar table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start) and BAR in line:
            out = [line.split(BAR)]
            for nxt in lines[i + 1:]:
                if BAR not in nxt:
                    break
                out.append(nxt.split(BAR))
            return out
    return None


def row(rows, first):
    for r in rows:
        if r[0] == first:
            return r
    raise KeyError(first)


NUMU = re.compile(r"^([≥≤＞＜=]?)(\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    m = NUMU.match(s.strip())
    if not m or re.search(r"\d年|月|日", s):
        return None
    return m.group(1), dec(m.group(2)), m.group(3)


def rate(a, b):
    return D(a) / D(b) * 100


def check_indicator_table(c, header_start="一级指标", extra=None):
    """extra = (weight, score) of an execution line kept in the funds block but counted in 总分."""
    rows = rows_after(c.text, header_start)
    if rows is None:
        c.fail.append("indicator table not found")
        return {}
    head = rows[0]
    iw, isc = head.index("分值"), head.index("得分")
    it, ia = head.index("年度指标值"), head.index("实际完成值")
    ic = head.index("完成率") if "完成率" in head else None
    body = [r for r in rows[1:] if r[0] not in ("合计", "总分")]
    tot = [r for r in rows[1:] if r[0] in ("合计", "总分")]
    c.true("indicator table has a total row", len(tot) == 1)
    wsum, ssum, by_level = D(0), D(0), {}
    if extra:
        wsum, ssum = dec(extra[0]), dec(extra[1])
    for r in body:
        w, s = dec(r[iw]), dec(r[isc])
        wsum += w
        ssum += s
        lv = by_level.setdefault(r[0], [D(0), D(0)])
        lv[0] += w
        lv[1] += s
        c.true(f"{r[2]}: score {s} within 0..{w}", D(0) <= s <= w)
        t, a = parse_val(r[it]), parse_val(r[ia])
        if t and not a and re.search(r"\d", r[ia]) and not re.search(r"\d年|月|日", r[ia]):
            c.fail.append(f"{r[2]}: actual {r[ia]!r} unreadable against target {r[it]!r}")
        if t and a:
            sign, tv, tu = t
            _, av, au = a
            c.eq(f"{r[2]}: unit of actual vs target", au, tu)
            if au != tu:
                continue
            if sign in ("≤", "＜"):
                comp = D(100) if av <= tv else tv / av * 100
            else:
                comp = av / tv * 100
            if ic is not None and r[ic] not in ("—", ""):
                c.close(f"{r[2]}: 完成率", r[ic], comp)
            # proportional score (gte / eq unmet; lte met = full)
            c.close(f"{r[2]}: score from target/actual", r[isc], w * min(comp, D(100)) / 100)
    if tot:
        c.close("Σ 分值 = total row", tot[0][iw], wsum)
        c.eq("total row 分值 = 100", tot[0][iw], "100")
        c.close("Σ 得分 = total row", tot[0][isc], ssum)
    return {"total": tot[0][isc] if tot else "0", "levels": by_level, "wsum": wsum}


def check_funds_mof(c, total_row, part_rows):
    """MOF funds block: 年初 | 全年 | 执行 | 分值 | 执行率 | 得分."""
    rows = rows_after(c.text, "项目资金（万元）")
    if rows is None:
        c.fail.append("funds block not found")
        return None
    tr = row(rows, total_row)
    parts = [row(rows, p) for p in part_rows]
    for k, nm in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.close(f"funds {nm}: total = Σ parts", tr[k], sum(dec(p[k]) for p in parts))
    for r in [tr] + parts:
        if dec(r[2]) == 0:
            c.true(f"{r[0]}: rate on a zero base must be —", r[5] in ("—", "0", "0%", ""))
        else:
            c.close(f"{r[0]}: 执行率", r[5], rate(r[3], r[2]))
            c.true(f"{r[0]}: 执行率 <= 100%", dec(r[5]) <= 100)
    c.close("funds: execution score", tr[6], dec(tr[4]) * min(dec(tr[3]) / dec(tr[2]), D(1)))
    return tr


def mean(xs):
    return sum(xs) / len(xs)


# ---------------------------------------------------------------- per project
def p_lanshan(c):
    t = c.text
    tr = check_funds_mof(c, "年度资金总额", ["其中：当年财政拨款", "上年结转资金"])
    ind = check_indicator_table(c, extra=(tr[4], tr[6]) if tr else None)
    ini = c.one("年初预算", r"年初预算(\d+\.\d+)万元")
    add = c.one("追加", r"追加预算(\d+\.\d+)万元")
    ann = c.one("全年预算", r"全年预算调整为(\d+\.\d+)万元")
    spent = c.one("全年执行", r"全年执行(\d+\.\d+)万元")
    r = c.one("执行率", r"预算执行率(\d+\.\d+)%")
    if tr:
        c.eq("年初 text = table", ini, tr[1])
        c.eq("全年 text = table", ann, tr[2])
        c.eq("执行 text = table", spent, tr[3])
        c.eq("执行率 text = table", r + "%", tr[5])
    c.close("年初 + 追加 = 全年", ann, dec(ini) + dec(add))
    c.close("执行率", r, rate(spent, ann))
    fee = c.one("养护服务费", r"养护服务费(\d+\.\d+)万元")
    plant = c.one("补植补种", r"补植补种苗木及栽植费(\d+\.\d+)万元")
    pest = c.one("病虫害防治", r"病虫害防治药剂及作业费(\d+\.\d+)万元")
    c.close("支出结构 Σ = 全年执行", spent, dec(fee) + dec(plant) + dec(pest))
    unspent = c.one("未执行", r"未执行的(\d+\.\d+)万元")
    c.close("未执行 = 全年预算 - 执行", unspent, dec(ann) - dec(spent))
    c.eq("结转 year = evaluation year + 1", c.one("结转年", r"结转至(\d{4})年"), "2023")
    c.eq("截至 year", c.one("截至", r"截至(\d{4})年12月31日"), "2022")
    contract = c.one("合同总额", r"合同总额(\d+\.\d+)万元")
    c.close("合同总额 = 已付养护费 + 未付", contract, dec(fee) + dec(unspent))
    area = c.one("养护面积", r"公共绿地养护(\d+\.\d+)万平方米")
    c.close("综合单价 元/m2", c.one("单价", r"综合单价(\d+\.\d+)元/平方米"), dec(contract) / dec(area))
    sc = re.search(r"考核得分分别为([\d.分、]+)，平均得分(\d+(?:\.\d+)?)分", t)
    if sc:
        xs = [dec(x) for x in re.findall(r"(\d+(?:\.\d+)?)分", sc.group(1))]
        c.eq("five 标段 scores", len(xs), 5)
        c.close("标段平均得分", sc.group(2), mean(xs))
    else:
        c.fail.append("标段 scores not found")
    c.close("行道树 完成 %", c.one("行道树%", r"完成年度目标的(\d+\.\d+)%"), rate("4.26", "4.2"))
    m = re.search(r"补植苗木(\d+\.\d+)万株，完成率(\d+\.\d+)%", t)
    c.true("补植 sentence", m is not None)
    if m:
        tgt = c.one("补植目标", r"补植苗木(\d+\.\d+)万株以上")
        c.close("补植 完成率", m.group(2), rate(m.group(1), tgt))
    m = re.search(r"有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(\d+\.\d+)%", t)
    if m:
        c.close("满意度", m.group(3), rate(m.group(2), m.group(1)))
        c.true("满意度 text = table", f"｜{m.group(3)}%｜" in t)
    else:
        c.fail.append("满意度 sentence not found")
    if tr:
        c.eq("execution score text = table", c.one("执行得分", r"预算执行率得分(\d+\.\d+)分"), tr[6])
    total = c.one("自评得分", r"自评得分(\d+\.\d+)分")
    c.eq("total text = table", total, ind.get("total"))
    if tr:
        c.close("total = execution + indicators", total, dec(tr[6]) + sum(v[1] for v in ind["levels"].values()))
        c.true("weights incl. execution = 100", ind["wsum"] == 100)
    c.grade_ok("grade", total, c.one("等级", r"评价等级为(优|良|中|差)"))


def p_weishan(c):
    t = c.text
    rows = rows_after(t, "资金来源")
    tot = row(rows, "合计")
    parts = [row(rows, "省级林草专项资金"), row(rows, "县级配套资金")]
    for k in (1, 2, 3, 4):
        c.close(f"funds col {rows[0][k]}: Σ", tot[k], sum(dec(p[k]) for p in parts))
    for r in parts + [tot]:
        c.close(f"{r[0]} 执行率", r[5], rate(r[4], r[2]))
        c.true(f"{r[0]} 执行率 <= 100", dec(r[5]) <= 100)
    c.eq("年初 total", c.one("年初预算", r"(\d+\.\d+)万元于2022年12月以提前下达"), parts[0][1])
    c.close("县级 年初 + 追加 = 全年", parts[1][2],
            dec(c.one("县级年初", r"县级年初安排配套资金(\d+\.\d+)万元")) + dec(c.one("追加", r"月份追加(\d+\.\d+)万元")))
    ann = c.one("全年预算", r"全年预算(\d+\.\d+)万元，其中省级")
    c.eq("全年预算 text = table", ann, tot[2])
    c.close("省级占比", c.one("占比", r"省级资金占(\d+\.\d+)%"), rate(parts[0][2], ann))
    rec = c.one("到位", r"全年资金到位(\d+\.\d+)万元")
    c.eq("到位 text = table", rec, tot[3])
    c.close("到位率", c.one("到位率", r"到位率(\d+)%"), rate(rec, ann))
    spent = c.one("支出", r"实际支出(\d+\.\d+)万元，预算执行率")
    c.eq("支出 text = table", spent, tot[4])
    c.close("执行率 text", c.one("执行率", r"预算执行率(\d+\.\d+)%，年末"), rate(spent, ann))
    c.close("结余 = 到位 - 支出", c.one("结余", r"年末结余(\d+\.\d+)万元"), dec(rec) - dec(spent))
    a = dec(c.one("复壮", r"古树复壮保护支出(\d+\.\d+)万元"))
    b = dec(c.one("围栏", r"保护围栏及支撑支出(\d+\.\d+)万元"))
    e = dec(c.one("巡护建档", r"巡护及建档支出(\d+\.\d+)万元"))
    c.close("支出明细 Σ = 支出", spent, a + b + e)
    n_fz = c.one("复壮株数", r"共复壮古树(\d+)株")
    c.close("平均每株", c.one("每株", r"平均每株(\d+\.\d+)万元"), a / dec(n_fz))
    c.close("每株 元", c.one("每株元", r"约合(\d+)元"), a / dec(n_fz) * 10000)
    n_wl = c.one("围栏处数", r"建成(\d+)处")
    c.close("每处平均", c.one("每处", r"每处平均(\d+\.\d+)万元"), b / dec(n_wl))
    m = re.search(r"巡护员(\d+)名，每人每月补助(\d+)元，全年发放补助(\d+\.\d+)万元，挂牌建档及宣传材料支出(\d+\.\d+)万元", t)
    if m:
        c.close("巡护补助", m.group(3), dec(m.group(1)) * dec(m.group(2)) * 12 / 10000)
        c.close("巡护及建档 Σ", str(e), dec(m.group(3)) + dec(m.group(4)))
    else:
        c.fail.append("巡护 sentence not found")
    m = re.search(r"古树名木(\d+)株，其中一级古树(\d+)株、二级古树(\d+)株、三级古树(\d+)株", t)
    c.true("registry sentence", m is not None)
    reg = m.group(1) if m else "0"
    if m:
        c.eq("registry Σ", int(reg), int(m.group(2)) + int(m.group(3)) + int(m.group(4)))
    c.eq("全县 N株 everywhere", c.one("全县株数", r"全县(?:登记在册古树名木)?(\d+)株"), reg)
    c.eq("日常巡护 target", c.one("巡护目标", r"日常巡护(\d+)株"), reg)
    m = re.search(r"长势好转(\d+)株，好转率(\d+\.\d+)%", t)
    if m:
        c.close("好转率", m.group(2), rate(m.group(1), n_fz))
    m = re.search(r"死亡古树(\d+)株，古树名木保存率(\d+\.\d+)%", t)
    if m:
        c.close("保存率", m.group(2), rate(int(reg) - int(m.group(1)), reg))
    m = re.search(r"发放问卷(\d+)份，表示满意的(\d+)份，满意率(\d+)%", t)
    if m:
        c.close("满意率", m.group(3), rate(m.group(2), m.group(1)))
    ind = check_indicator_table(c)
    lv = ind.get("levels", {})
    ex = row(rows_after(t, "一级指标"), "预算执行率")
    c.close("execution score = 10 × rate", ex[7], D(10) * dec(spent) / dec(ann))
    c.eq("table rate = funds rate", ex[4], tot[5])
    for nm, key in (("预算执行率得分", "预算执行率"), ("产出指标得分", "产出指标"),
                    ("效益指标得分", "效益指标"), ("满意度指标得分", "满意度指标")):
        c.close(f"{nm} text = table", c.one(nm, nm + r"(\d+(?:\.\d+)?)分"), lv.get(key, [0, 0])[1])
    total = c.one("自评得分", r"自评得分(\d+\.\d+)分")
    c.eq("total text = table", total, ind.get("total"))
    c.grade_ok("grade", total, c.one("等级", r"评价等级为(优|良|中|差)"))


def p_xindu(c):
    t = c.text
    tr = check_funds_mof(c, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    ind = check_indicator_table(c, extra=(tr[4], tr[6]) if tr else None)
    ini = c.one("年初预算", r"年初预算(\d+\.\d+)万元")
    add = c.one("追加", r"追加区级财政资金(\d+\.\d+)万元")
    ann = c.one("全年预算", r"全年预算(\d+\.\d+)万元")
    c.close("年初 + 追加 = 全年", ann, dec(ini) + dec(add))
    spent = c.one("实际支出", r"项目实际支出(\d+\.\d+)万元")
    r = c.one("执行率", r"预算执行率(\d+\.\d+)%")
    c.close("执行率", r, rate(spent, ann))
    if tr:
        c.eq("年初 text = table", ini, tr[1])
        c.eq("全年 text = table", ann, tr[2])
        c.eq("执行 text = table", spent, tr[3])
        c.eq("执行率 text = table", r + "%", tr[5])
    c.eq("截至 year", c.one("截至", r"截至(\d{4})年12月31日"), "2021")
    main_ = dec(c.one("主体工程", r"绿道主体工程支出(\d+\.\d+)万元"))
    stat = c.one("驿站", r"驿站建设支出(\d+\.\d+)万元")
    c.close("支出 Σ", spent, main_ + dec(stat))
    c.close("每座驿站", c.one("每座", r"每座(\d+\.\d+)万元"), dec(stat) / 4)
    c.close("未支付 = 全年 - 执行", c.one("未支付", r"尚未支付的(\d+\.\d+)万元"), dec(ann) - dec(spent))
    c.eq("结转 year", c.one("结转年", r"结转至(\d{4})年"), "2022")
    m = re.search(r"计划新建绿道(\d+\.\d+)公里，其中七里河绿道(\d+\.\d+)公里、环城水系绿道(\d+\.\d+)公里", t)
    n = re.search(r"七里河绿道完成(\d+\.\d+)公里，环城水系绿道完成(\d+\.\d+)公里，累计建成绿道(\d+\.\d+)公里，完成计划的(\d+\.\d+)%", t)
    if m and n:
        c.close("target Σ", m.group(1), dec(m.group(2)) + dec(m.group(3)))
        c.close("built Σ", n.group(3), dec(n.group(1)) + dec(n.group(2)))
        c.close("完成计划 %", n.group(4), rate(n.group(3), m.group(1)))
        c.close("七里河 gap", c.one("东段", r"东段(\d+\.\d+)公里"), dec(m.group(2)) - dec(n.group(1)))
        c.eq("建成绿道 everywhere", c.one("建成绿道", r"建成绿道(\d+\.\d+)公里"), n.group(3))
        c.true("table actual length = text", f"｜{n.group(3)}公里｜" in t)
        c.close("每公里成本", c.one("每公里", r"每公里建设成本(\d+\.\d+)万元"), main_ / dec(n.group(3)))
    else:
        c.fail.append("length sentences not found")
    m = re.search(r"有效回收(\d+)份，其中满意(\d+)份，满意度(\d+)%", t)
    if m:
        c.close("满意度", m.group(3), rate(m.group(2), m.group(1)))
    lv = ind.get("levels", {})
    for nm, key in (("产出指标得", "产出指标"), ("效益指标得", "效益指标"), ("满意度指标得", "满意度指标")):
        c.close(f"{nm} text = table", c.one(nm, nm + r"(\d+(?:\.\d+)?)分"), lv.get(key, [0, 0])[1])
    if tr:
        c.eq("execution score text", c.one("执行得分", r"预算执行率得(\d+\.\d+)分"), tr[6])
        total = c.one("综合得分", r"综合得分(\d+\.\d+)分")
        c.eq("total text = table", total, ind.get("total"))
        c.close("total = execution + indicators", total, dec(tr[6]) + sum(v[1] for v in lv.values()))
        c.true("weights incl. execution = 100", ind["wsum"] == 100)
        c.grade_ok("grade", total, c.one("等级", r"评价等级为(优|良|中|差)"))


def p_fancheng(c):
    t = c.text
    ini = c.one("年初预算", r"年初预算(\d+\.\d+)万元")
    dist = c.one("区级", r"区级财政资金(\d+\.\d+)万元")
    city = c.one("市级", r"市级以奖代补资金(\d+\.\d+)万元")
    c.close("年初 = 区级 + 市级", ini, dec(dist) + dec(city))
    ann = c.one("全年预算", r"全年预算(\d+\.\d+)万元")
    c.true("未作调整 => 年初 = 全年", "未作调整" in t and dec(ini) == dec(ann))
    rec = c.one("到位", r"到位资金(\d+\.\d+)万元")
    c.close("到位率", c.one("到位率", r"到位率(\d+)%"), rate(rec, ann))
    spent = c.one("实际支出", r"实际支出(\d+\.\d+)万元")
    c.close("执行率", c.one("执行率", r"执行率(\d+\.\d+)%"), rate(spent, ann))
    c.close("结余 = 到位 - 支出", c.one("结余", r"年末结余(\d+\.\d+)万元"), dec(rec) - dec(spent))
    c.eq("结转 year", c.one("结转年", r"结转至(\d{4})年"), "2025")
    seg = re.search(r"分游园看，(.*?)，平均每处(\d+\.\d+)万元", t)
    if seg:
        xs = [dec(x) for x in re.findall(r"(\d+\.\d+)万元", seg.group(1))]
        c.eq("number of parks", len(xs), int(c.one("游园数", r"改造提升街头游园(\d+)处")))
        c.close("parks Σ = 支出", spent, sum(xs))
        c.close("平均每处", seg.group(2), mean(xs))
    else:
        c.fail.append("park list not found")
    area = c.one("总面积", r"改造总面积(\d+\.\d+)万平方米")
    c.close("综合单价 元/m2", c.one("单价", r"综合单价(\d+\.\d+)元/平方米"), dec(spent) / dec(area))
    g = re.search(r"目标(\d+\.\d+)万平方米，实际新增(\d+\.\d+)万平方米，完成率(\d+\.\d+)%", t)
    if g:
        c.close("绿化面积 完成率", g.group(3), rate(g.group(2), g.group(1)))
        c.close("绿地率", c.one("绿地率", r"游园绿地率(\d+\.\d+)%"), rate(g.group(2), area))
    else:
        c.fail.append("green area sentence not found")
    m = re.search(r"实际按期完工(\d+)处，按期完工率(\d+(?:\.\d+)?)%", t)
    if m:
        c.close("按期完工率", m.group(2), rate(m.group(1), 8))
    m = re.search(r"收回有效问卷(\d+)份，满意(\d+)份，满意度(\d+\.\d+)%", t)
    if m:
        c.close("满意度", m.group(3), rate(m.group(2), m.group(1)))
    # weights and scores written in prose
    lvl = re.search(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", t)
    c.true("level weights sentence", lvl is not None)
    if lvl:
        c.eq("level weights = 100", sum(int(x) for x in lvl.groups()), 100)
    sec = {}
    for key, start, end in (("exec", "（一）预算执行情况", "（二）产出指标"), ("out", "（二）产出指标", "（三）效益指标"),
                            ("ben", "（三）效益指标", "（四）满意度指标"), ("sat", "（四）满意度指标", "综上")):
        i, j = t.find(start), t.find(end)
        sec[key] = t[i:j] if 0 <= i < j else ""
    level_scores = []
    for key, li in (("exec", 0), ("out", 1), ("ben", 2), ("sat", 3)):
        s = sec[key]
        ws = re.findall(r"（分值(\d+)分）", s)
        ss = re.findall(r"得(\d+(?:\.\d+)?)分", s)
        if not ws or not ss:
            c.fail.append(f"section {key}: weights/scores not found")
            level_scores.append(D(0))
            continue
        if lvl:
            c.eq(f"section {key}: level weight", ws[0], lvl.group(li + 1))
        if len(ws) > 1:  # level weight followed by item weights; last score is the level subtotal
            c.eq(f"section {key}: Σ item weights", sum(int(w) for w in ws[1:]), int(ws[0]))
            items = ss[:-1]
            c.eq(f"section {key}: one score per item", len(items), len(ws) - 1)
            for w, sc in zip(ws[1:], items):
                c.true(f"section {key}: score {sc} <= {w}", dec(sc) <= dec(w))
            c.close(f"section {key}: subtotal", ss[-1], sum(dec(x) for x in items))
            level_scores.append(dec(ss[-1]))
        else:
            c.true(f"section {key}: score <= weight", dec(ss[-1]) <= dec(ws[0]))
            level_scores.append(dec(ss[-1]))
    c.close("execution score", re.findall(r"得(\d+\.\d+)分", sec["exec"])[-1] if sec["exec"] else "0",
            D(10) * dec(spent) / dec(ann))
    ont = re.search(r"实际按期完工(\d+)处，按期完工率[\d.]+%.*?得(\d+\.\d+)分", sec["out"])
    if ont:
        c.close("按期完工 score", ont.group(2), D(5) * dec(ont.group(1)) / 8)
    total = c.one("综合得分", r"综合得分(\d+\.\d+)分")
    c.close("total = Σ levels", total, sum(level_scores))
    c.grade_ok("grade", total, c.one("等级", r"自评等级为“(优|良|中|差)”"))


def p_hezhou(c):
    t = c.text
    fr = rows_after(t, "支出类别")
    tot, basic, proj = row(fr, "合计"), row(fr, "基本支出"), row(fr, "项目支出")
    for k in (1, 2, 3):
        c.close(f"dept funds col {fr[0][k]}: Σ", tot[k], dec(basic[k]) + dec(proj[k]))
    for r in (basic, proj, tot):
        c.close(f"{r[0]} 执行率", r[4], rate(r[3], r[2]))
        c.true(f"{r[0]} 执行率 <= 100", dec(r[4]) <= 100)
    pr = rows_after(t, "项目名称｜全年预算数")
    items = [r for r in pr[1:] if r[0] != "小计"]
    sub = row(pr, "小计")
    for k in (1, 2):
        c.close(f"project table col {pr[0][k]}: Σ", sub[k], sum(dec(r[k]) for r in items))
        c.eq(f"project 小计 = 项目支出 ({pr[0][k]})", sub[k], proj[k + 1])
    for r in items + [sub]:
        c.close(f"{r[0]} 执行率", r[3], rate(r[2], r[1]))
    ini = c.one("年初预算", r"年初预算(\d+\.\d+)万元")
    c.eq("年初 text = table", ini, tot[1])
    ann = c.one("全年预算", r"全年预算(\d+\.\d+)万元")
    c.eq("全年 text = table", ann, tot[2])
    c.close("年初 + 追加 = 全年", ann, dec(ini) + dec(c.one("追加", r"年中追加(\d+\.\d+)万元")))
    c.close("财政拨款 + 其他收入 = 全年", ann,
            dec(c.one("财政拨款", r"财政拨款(\d+\.\d+)万元")) + dec(c.one("其他收入", r"其他收入(\d+\.\d+)万元")))
    spent = c.one("全年支出", r"全年支出(\d+\.\d+)万元")
    c.eq("支出 text = table", spent, tot[3])
    r_ = c.one("执行率", r"预算执行率(\d+\.\d+)%")
    c.eq("执行率 text = table", r_ + "%", tot[4])
    bal = c.one("结余结转", r"结余结转(\d+\.\d+)万元")
    c.close("结余结转 = 全年 - 支出", bal, dec(ann) - dec(spent))
    c.close("结余 all in 项目支出", bal, dec(proj[2]) - dec(proj[3]))
    c.close("人均基本支出", c.one("人均", r"人均基本支出约(\d+\.\d+)万元"),
            dec(basic[3]) / dec(c.one("在职", r"实有在职人员(\d+)人")))
    m = re.search(r"“三公”经费预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，执行率(\d+\.\d+)%", t)
    if m:
        c.close("三公 执行率", m.group(3), rate(m.group(2), m.group(1)))
        c.true("三公 执行率 <= 100", dec(m.group(3)) <= 100)
    else:
        c.fail.append("三公 sentence not found")
    m = re.search(r"政府采购预算(\d+\.\d+)万元，实际采购金额(\d+\.\d+)万元，节约资金(\d+\.\d+)万元，采购执行率(\d+\.\d+)%", t)
    if m:
        c.close("采购节约", m.group(3), dec(m.group(1)) - dec(m.group(2)))
        c.close("采购执行率", m.group(4), rate(m.group(2), m.group(1)))
    m = re.search(r"接待游客(\d+)万人次，比目标少(\d+)万人次", t)
    if m:
        c.eq("游客 gap", int(m.group(2)), 320 - int(m.group(1)))
        c.true("游客 table = text", f"｜{m.group(1)}万人次｜" in t)
    m = re.search(r"收回(\d+)份，其中满意(\d+)份，满意度(\d+)%", t)
    if m:
        c.close("满意度", m.group(3), rate(m.group(2), m.group(1)))
        c.true("满意度 table = text", f"｜{m.group(3)}%｜" in t)
    for pat in (r"绿地养护管理(\d+\.\d+)万平方米", r"设施完好率(\d+\.\d+)%", r"防治及时率(\d+)%", r"绿化覆盖率达到(\d+\.\d+)%"):
        v = c.one(pat, pat)
        unit = "万平方米" if "平方米" in pat else "%"
        c.true(f"{pat}: table actual = text {v}", f"｜{v}{unit}｜" in t)
    c.true("公园管护 cost = project execution", f"｜{row(pr, '公园管护经费')[2]}万元｜" in t)
    ind = check_indicator_table(c)
    lv = ind.get("levels", {})
    ex = row(rows_after(t, "一级指标"), "预算执行")
    c.close("execution score = 10 × rate", ex[6], D(10) * dec(spent) / dec(ann))
    c.eq("execution rate in table = funds", ex[4], tot[4])
    for nm, key in (("预算执行率得分", "预算执行"), ("产出指标得分", "产出指标"),
                    ("效益指标得分", "效益指标"), ("满意度指标得分", "满意度指标")):
        c.close(f"{nm} text = table", c.one(nm, nm + r"(\d+(?:\.\d+)?)分"), lv.get(key, [0, 0])[1])
    total = c.one("综合得分", r"综合得分(\d+\.\d+)分")
    c.eq("total text = table", total, ind.get("total"))
    c.grade_ok("grade", total, c.one("等级", r"自评等级为(优秀|良好|中等|较差)"))
    c.eq("table year", c.one("表年度", r"(\d{4})年度部门整体支出绩效自评表"), "2019")
    c.eq("report year", c.one("报告年度", r"(\d{4})年度部门整体支出绩效自评报告"), "2019")


PROJECTS = {
    "lanshan-lvhuayanghu-2022": p_lanshan,
    "weishan-gushumingmu-2023": p_weishan,
    "xindu-lvdao-2021": p_xindu,
    "fancheng-jietouyouyuan-2024": p_fancheng,
    "hezhou-yuanlinchu-2019": p_hezhou,
}


def run_checks(src, text, name):
    c = Check(name, text)
    try:
        PROJECTS[src](c)
    except Exception as exc:  # a broken pattern/table counts as a failed check
        c.fail.append(f"exception {type(exc).__name__}: {exc}")
    return c.fail


def one_region(a, b):
    """the single differing region: (old part, new part, start and end of the new part in b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j], i, len(b) - j


def touches(text, value, s, e):
    """some occurrence of value overlaps [s, e) (a point when the change is a pure deletion)."""
    e = max(e, s + 1)
    k = text.find(value)
    while k >= 0:
        if k < e and s < k + len(value):
            return True
        k = text.find(value, k + 1)
    return False


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    codes = {}
    for rec in labels:
        name, text, src = rec["case"], texts[rec["case"]], rec["source"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{name}: length {n} outside 3000-9000 characters")
            fails = run_checks(src, text, name)
            for f in fails:
                problems.append(f"{name}: arithmetic: {f}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expects {len(rec['expected'])} errors, not 1")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["value"] not in text:
                problems.append(f"{name}: value {exp['value']!r} not in case")
            if exp["severity"] != "error":
                problems.append(f"{name}: severity {exp['severity']}")
        clean = texts[f"{src}-clean.txt"]
        old, new, s, e = one_region(clean, text)
        if not old and not new:
            problems.append(f"{name}: identical to the clean draft")
        elif len(old) > 120 or len(new) > 120:
            problems.append(f"{name}: differs from the clean draft in more than one place ({len(old)} chars)")
        elif not all(touches(text, exp["value"], s, e) for exp in rec["expected"]):
            problems.append(f"{name}: label value does not touch the change")
        fails = run_checks(src, text, name)
        if not fails:
            problems.append(f"{name}: no arithmetic check fails on the error case")
    for code in ("rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                 "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                 "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"):
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times (< 2)")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors over {len(codes)} codes")
    print("OK")


if __name__ == "__main__":
    main()
