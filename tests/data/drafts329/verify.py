#!/usr/bin/env python3
"""Verify the n329 set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps the label value; each code of errors.md §A occurs >= 2 times;
2. the arithmetic of every draft is redone from the text (rules.md §5-§8, Decimal, tolerance from
   the stated decimals): a clean draft must pass every check (errors and warnings); an error case
   must fail at least one check of its labelled code and no check of any other error-level code.
Prints OK at the end.
"""
import json, os, re, sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"
GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(str(s).replace(",", ""))


def ndp(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    return abs(D(computed) - dec(stated)) <= D(5) * D(10) ** (-ndp(stated) - 1) + D("1e-9")


def band(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def grab(pat, text, flags=re.S):
    m = re.search(pat, text, flags)
    if not m:
        raise LookupError(f"pattern not found: {pat}")
    return m.groups()


class Checks:
    def __init__(self):
        self.res = []

    def __call__(self, code, ok, msg, sev="error"):
        self.res.append((code, bool(ok), msg, sev))

    def same(self, a, b, what):
        """two statements of one quantity (I11)."""
        self("conflicting_values", dec(a) == dec(b), f"{what}: {a} vs {b}")

    def total(self, stated, parts, what, code="sum_mismatch"):
        s = sum((dec(p) for p in parts), D(0))
        self(code, close(stated, s), f"{what}: {' + '.join(map(str, parts))} = {s}, stated {stated}")

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        r = dec(num) / dec(den) * 100
        self(code, close(stated, r), f"{what}: {num}/{den} = {r:.4f}%, stated {stated}%")

    def average(self, stated, total, n, what):
        a = dec(total) / dec(n)
        self("average_mismatch", close(stated, a), f"{what}: {total}/{n} = {a:.4f}, stated {stated}")

    def product(self, stated_wan, qty, price, price_unit, what, qty_factor=D(1)):
        """qty × price (元 or 万元) must equal the stated 万元 amount; off by 10^4 -> unit_mismatch."""
        price_yuan = dec(price) * (D(10000) if price_unit == "万元" else D(1))
        wan = dec(qty) * qty_factor * price_yuan / D(10000)
        if close(stated_wan, wan):
            self("sum_mismatch", True, what)
        elif close(stated_wan, wan / D(10000)) or close(stated_wan, wan * D(10000)):
            self("unit_mismatch", False, f"{what}: {qty} × {price}{price_unit} = {wan}万元, "
                                         f"stated {stated_wan}万元 (off by 10^4)")
        else:
            self("sum_mismatch", False, f"{what}: {qty} × {price}{price_unit} = {wan}万元, stated {stated_wan}")

    def pct_range(self, text):
        """I5 for percentages of people (satisfaction, awareness...) stated in the text."""
        for m in re.finditer(r"(满意度|满意率|知晓率|合格率|见面率|签订率|及时率|运行率|成功率)[为是达到约]{0,3}"
                             + NUM + "%", text):
            self("implausible_rate", dec(m.group(2)) <= 100, f"{m.group(1)} {m.group(2)}%")

    def years(self, text, year):
        """I14: every 'NNNN年度' names the evaluation year; carry-overs go to a later year;
        '截至NNNN年12月31日' names the evaluation year."""
        for m in re.finditer(r"(\d{4})年度", text):
            self("year_mismatch", int(m.group(1)) == year, f"{m.group(0)} in a {year} report")
        for m in re.finditer(r"结转至?(\d{4})年", text):
            self("year_mismatch", int(m.group(1)) > year, f"{m.group(0)} in a {year} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", text):
            self("year_mismatch", int(m.group(1)) == year, f"{m.group(0)} in a {year} report")


def parse_target(s):
    s = s.strip()
    if "年" in s:
        return None
    m = re.match(r"^(≥|≤|=|＞|＜|>=|<=)?\s*" + NUM + r"\s*(.*)$", s)
    if not m:
        return None
    sign = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(m.group(1), "eq")
    return sign, dec(m.group(2)), m.group(3).strip()


def parse_actual(s):
    s = s.strip()
    if "年" in s:
        return None
    m = re.match(r"^" + NUM + r"\s*(.*)$", s)
    if not m:
        return None
    return dec(m.group(1)), m.group(2).strip()


def completion(sign, t, a):
    if sign == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def funds(c, rows, comps=True):
    """rows: [(name, initial, annual, spent, rate)], rows[0] = 年度资金总额, the rest its components."""
    if comps and len(rows) > 1:
        for i, what in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            c.total(rows[0][i], [r[i] for r in rows[1:]], f"funds {what} column")
    for name, ini, ann, spent, rate in rows:
        if dec(ann) == 0:
            c("implausible_rate", rate.strip() in ("—", "-", "", "0"), f"{name}: rate {rate} on a zero base")
            continue
        m = re.match(NUM + "%?$", rate.strip())
        if not m:
            c("rate_mismatch", False, f"{name}: unreadable rate {rate}")
            continue
        c("implausible_rate", dec(m.group(1)) <= 100, f"{name}: rate {rate}")
        c.rate(m.group(1), spent, ann, f"{name} 执行率")


def exec_score(c, weight, score, spent, ann, rate_str):
    r = dec(spent) / dec(ann)
    ok = close(score, dec(weight) * min(r, D(1)))
    m = re.match(NUM, rate_str)
    if m:
        ok = ok or close(score, dec(weight) * min(dec(m.group(1)) / 100, D(1)))
    c("score_rule_mismatch", ok, f"execution score {score} for rate {rate_str}", "warning")


def indicators(c, rows, exec_w, exec_s, total, total_w=None, group_w=None):
    """rows: dicts name, group, target, actual, comp (or None), w, s."""
    for r in rows:
        w, s = dec(r["w"]), dec(r["s"])
        c("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} / weight {w}")
        t, a = parse_target(r["target"]), parse_actual(r["actual"])
        if t and a:
            sign, tv, tu = t
            av, au = a
            if tu != au:
                c("unit_mismatch", False, f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
                continue
            comp = completion(sign, tv, av)
            stated = None
            if r.get("comp") not in (None, "—", "-", ""):
                stated = r["comp"].rstrip("%")
                c("completion_mismatch", close(stated, comp),
                  f"{r['name']}: completion {comp:.4f}% stated {r['comp']}")
            exp = w * min(comp, D(100)) / 100
            ok = close(r["s"], exp) or (stated is not None and close(r["s"], w * min(dec(stated), D(100)) / 100))
            c("score_rule_mismatch", ok, f"{r['name']}: score {s}, rule gives {exp:.2f}", "warning")
            if comp < 100 or comp > 120:
                c("deviation_unexplained", r.get("note", "x") not in ("", "—", "无"),
                  f"{r['name']}: completion {comp:.2f}% without a reason", "warning")
        else:
            # qualitative or date row: achieved band [80%, 100%]
            c("score_rule_mismatch", s >= w * D("0.8") or s > w, f"{r['name']}: qualitative score {s}/{w}", "warning")
    all_w = dec(exec_w) + sum((dec(r["w"]) for r in rows), D(0))
    c("weight_sum_mismatch", all_w == 100, f"all weights sum to {all_w}")
    if total_w is not None:
        c("weight_sum_mismatch", all_w == dec(total_w), f"weights {all_w} vs stated 分值合计 {total_w}")
    for g, gw in (group_w or {}).items():
        gs = sum((dec(r["w"]) for r in rows if r["group"] == g), D(0))
        c("weight_sum_mismatch", gs == dec(gw), f"group {g}: rows {gs} vs heading {gw}")
    c.total(total, [exec_s] + [r["s"] for r in rows], "scores vs total", "score_sum_mismatch")


def group_weights(rows):
    out = {}
    for r in rows:
        m = re.search(r"[（(](\d+)分[）)]", r["group"])
        if m:
            out[r["group"]] = m.group(1)
    return out


def row_by(rows, name):
    for r in rows:
        if r["name"] == name:
            return r
    raise LookupError(name)


def num_of(cell):
    return parse_actual(cell)[0]


# ---------------------------------------------------------------- P1 pipes
def p_anxi(text):
    c, yr = Checks(), 2022
    lines = text.split("\n")
    cells = {l.split("|")[0]: l.split("|") for l in lines if "|" in l}
    fr = [(n, *[cells[n][i] for i in (1, 2, 3, 5)]) for n in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")]
    funds(c, fr)
    tot = cells["年度资金总额"]
    exec_score(c, tot[4], tot[6], tot[3], tot[2], tot[5])
    start = next(i for i, l in enumerate(lines) if l.startswith("一级指标|"))
    rows, group = [], None
    for l in lines[start + 1:]:
        if l.startswith("合计|"):
            total_line = l.split("|")
            break
        x = l.split("|")
        group = x[0] or group
        rows.append(dict(group=group, name=x[2], target=x[3], actual=x[4], comp=x[5], w=x[6], s=x[7], note=x[8]))
    total = total_line[7]
    indicators(c, rows, tot[4], tot[6], total, total_line[6], group_weights(rows))
    # text
    st, gr = grab(r"自评得分" + NUM + r"分，评价等级为(优秀|优|良好|良|中等|中|差)", text)
    c.same(st, total, "total text vs table")
    c("grade_mismatch", GRADES[gr] == band(st), f"grade {gr} for {st}")
    ini, carry = grab(r"年初县级财政安排本项目" + NUM + r"万元，上年结转资金" + NUM + "万元", text)
    c.same(ini, cells["其中：当年财政拨款"][1], "年初 fiscal")
    c.same(carry, cells["上年结转资金"][2], "carry-over")
    c.total(tot[1], [ini, carry], "年初预算数 = fiscal + carry-over")
    add, ann, last, inc = grab(r"专项补助" + NUM + r"万元，全年预算调整为" + NUM + r"万元，比2021年的" + NUM
                               + r"万元增加" + NUM + "万元", text)
    c.total(ann, [ini, carry, add], "全年预算 = 年初 + 追加")
    c.total(ann, [last, inc], "全年预算 = last year + increase")
    c.same(ann, tot[2], "全年预算 text vs table")
    c.total(cells["其中：当年财政拨款"][2], [ini, add], "当年财政拨款 全年 = 年初 + 追加")
    rec, rr = grab(r"实际到位" + NUM + r"万元，到位率" + NUM + "%", text)
    c.rate(rr, rec, ann, "到位率")
    parts = grab(r"全年实际支出" + NUM + r"万元，其中宣传品印制" + NUM + r"万元，户外广告和新媒体投放" + NUM
                 + r"万元，进村入户宣讲活动" + NUM + r"万元，预警劝阻外呼服务" + NUM + r"万元，其他办公耗材" + NUM + "万元", text)
    spent = parts[0]
    c.total(spent, parts[1:], "支出 components")
    c.same(spent, tot[3], "执行数 text vs table")
    (left,) = grab(r"年末未支出" + NUM + "万元", text)
    c.total(left, [dec(rec) - dec(spent)], "未支出 = 到位 - 执行", "balance_mismatch")
    price, qty = grab(r"单价" + NUM + r"元/册，全年印制" + NUM + "万册", text)
    c.product(parts[1], qty, price, "元", "宣传品印制 = 单价 × 册数", qty_factor=D(10000))
    contract, paid, rest = grab(r"合同金额" + NUM + r"万元，当年支付" + NUM + r"万元，余款" + NUM + "万元", text)
    c.total(contract, [paid, rest], "外呼合同 = paid + rest")
    c.same(paid, parts[4], "外呼 paid")
    c.same(rest, left, "外呼 rest vs 未支出")
    n_st, = grab(r"全县" + NUM + "个派出所", text)
    act, avg, a1, a2, a3 = grab(r"全年开展反诈宣传活动" + NUM + r"场，平均每个派出所" + NUM + r"场，其中进校园" + NUM
                                + r"场、进企业" + NUM + r"场、进村居" + NUM + "场", text)
    c.average(avg, act, n_st, "average per police station")
    c.total(act, [a1, a2, a3], "activities by place")
    c.same(act, num_of(row_by(rows, "开展反诈宣传活动")["actual"]), "activities")
    (v,) = grab(r"印发宣传资料" + NUM + "万册", text); c.same(v, num_of(row_by(rows, "印发反诈宣传资料")["actual"]), "资料")
    c.same(qty, v, "印制册数")
    (v,) = grab(r"APP注册" + NUM + "万人", text); c.same(v, num_of(row_by(rows, "国家反诈中心APP注册推广")["actual"]), "APP")
    (v,) = grab(r"见面率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "预警劝阻见面率")["actual"]), "见面率")
    (v,) = grab(r"平均处置时长" + NUM + "分钟", text); c.same(v, num_of(row_by(rows, "预警指令平均处置时长")["actual"]), "时长")
    c.same(price, num_of(row_by(rows, "宣传手册单册印制成本")["actual"]), "单册成本")
    cur, prev, drop = grab(r"立案" + NUM + r"起，较2021年的" + NUM + r"起下降" + NUM + "%", text)
    c.rate(drop, dec(prev) - dec(cur), prev, "发案下降率")
    c.same(drop, num_of(row_by(rows, "电信网络诈骗发案数同比下降率")["actual"]), "下降率")
    (v,) = grab(r"知晓率为" + NUM + "%", text); c.same(v, num_of(row_by(rows, "群众反诈知识知晓率")["actual"]), "知晓率")
    (v,) = grab(r"满意的占" + NUM + "%", text); c.same(v, num_of(row_by(rows, "群众对反诈宣传工作满意度")["actual"]), "满意度")
    c("implausible_rate", dec(v) <= 100, f"satisfaction {v}")
    c.pct_range(text)
    c.years(text, yr)
    return c.res


# ---------------------------------------------------------------- P2 one cell per line
def p_gengma(text):
    c, yr = Checks(), 2020
    blocks = [b.split("\n") for b in re.split(r"\n\s*\n", text)]
    fb = next(b for b in blocks if b[0] == "年度资金总额")
    funds(c, [(fb[0], fb[1], fb[2], fb[3], fb[5])], comps=False)
    exec_score(c, fb[4], fb[6], fb[3], fb[2], fb[5])
    rows = []
    for b in blocks:
        if len(b) == 9 and "指标（" in b[0]:
            rows.append(dict(group=b[0], name=b[2], target=b[3], actual=b[4], comp=b[5], w=b[6], s=b[7], note=b[8]))
    tb = next(b for b in blocks if b[0] == "合计")
    total = tb[7]
    indicators(c, rows, fb[4], fb[6], total, tb[6], group_weights(rows))
    gb = next(b for b in blocks if b[0] == "评价等级")
    c("grade_mismatch", GRADES[gb[1]] == band(total), f"grade {gb[1]} for {total}")
    (st,) = grab(r"综合得分" + NUM + "分", text)
    c.same(st, total, "total text vs table")
    bud, prov, adv, pref, cnty = grab(r"项目预算" + NUM + r"万元，其中省级禁毒补助资金" + NUM + r"万元（已于(\d{4})年12月提前下达）、州级补助资金"
                                      + NUM + r"万元、县级财政资金" + NUM + "万元", text)
    c.total(bud, [prov, pref, cnty], "预算 = 省 + 州 + 县")
    c("year_mismatch", int(adv) in (yr - 1, yr), f"advance issued {adv}")
    c.same(bud, fb[2], "全年预算 text vs table")
    if "年内预算未作调整" in text:
        c.same(fb[1], fb[2], "未调整: 年初 = 全年")
    (rr,) = grab(r"全部拨付到位，到位率" + NUM + "%", text)
    c.rate(rr, bud, bud, "到位率 (全部到位)")
    spent, er = grab(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%", text)
    c.rate(er, spent, bud, "执行率 text")
    c.same(spent, fb[3], "执行数 text vs table")
    c.same(er, fb[5].rstrip("%"), "执行率 text vs table")
    p = grab(r"宣传资料印制" + NUM + r"万元；宣传展板制作" + NUM + r"万元（" + NUM + r"块，每块" + NUM + r"元）；宣传车巡回及集中宣传活动"
             + NUM + r"万元；禁毒教育展厅运行维护" + NUM + r"万元；校园禁毒课堂师资补助" + NUM + "万元", text)
    c.total(spent, [p[0], p[1], p[4], p[5], p[6]], "支出 components")
    c.product(p[1], p[2], p[3], "元", "展板 = 块数 × 单价")
    c.same(p[3], num_of(row_by(rows, "禁毒宣传展板制作单价")["actual"]), "展板单价")
    (bal,) = grab(r"年末结余" + NUM + "万元", text)
    c.total(bal, [dec(bud) - dec(spent)], "结余 = 到位 - 执行", "balance_mismatch")
    (v,) = grab(r"全年开展禁毒宣传活动" + NUM + "场", text); c.same(v, num_of(row_by(rows, "开展禁毒宣传活动")["actual"]), "宣传活动场次")
    sch, cls, avg = grab(r"覆盖全县" + NUM + r"所中小学，共开设禁毒课堂" + NUM + r"次，平均每校" + NUM + "次", text)
    c.average(avg, cls, sch, "禁毒课堂 per school")
    c.same(sch, num_of(row_by(rows, "禁毒宣传覆盖中小学校")["actual"]), "学校数")
    (v,) = grab(r"宣传受众" + NUM + "万人次", text); c.same(v, num_of(row_by(rows, "禁毒宣传受众")["actual"]), "受众")
    (v,) = grab(r"宣传车下乡巡回" + NUM + "车次", text); c.same(v, num_of(row_by(rows, "宣传车下乡巡回宣传")["actual"]), "车次")
    (v,) = grab(r"测试合格率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "青少年禁毒知识测试合格率")["actual"]), "合格率")
    cur, prev, drop = grab(r"新发现吸毒人员" + NUM + r"人，较2019年的" + NUM + r"人下降" + NUM + "%", text)
    c.rate(drop, dec(prev) - dec(cur), prev, "新发现吸毒人员下降率")
    c.same(drop, num_of(row_by(rows, "新发现吸毒人员同比下降率")["actual"]), "下降率")
    (v,) = grab(r"知晓率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "群众禁毒知识知晓率")["actual"]), "知晓率")
    (v,) = grab(r"满意度为" + NUM + "%", text); c.same(v, num_of(row_by(rows, "宣传对象满意度")["actual"]), "满意度")
    c.pct_range(text)
    c.years(text, yr)
    return c.res


# ---------------------------------------------------------------- P3 tab-separated
def p_lianyuan(text):
    c, yr = Checks(), 2023
    lines = text.split("\n")
    cells = {l.split("\t")[0]: l.split("\t") for l in lines if "\t" in l}
    fr = [(n, *[cells[n][i] for i in (1, 2, 3, 5)]) for n in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")]
    funds(c, fr)
    tot = cells["年度资金总额"]
    exec_score(c, tot[4], tot[6], tot[3], tot[2], tot[5])
    start = next(i for i, l in enumerate(lines) if l.startswith("一级指标\t"))
    rows, group = [], None
    for l in lines[start + 1:]:
        x = l.split("\t")
        if x[0] == "合计":
            total_line = x
            break
        group = x[0] or group
        rows.append(dict(group=group, name=x[2], target=x[3], actual=x[4], comp=x[5], w=x[6], s=x[7], note=x[8] or "无"))
    total = total_line[7]
    indicators(c, rows, tot[4], tot[6], total, total_line[6], group_weights(rows))
    st, gr = grab(r"综合自评得分" + NUM + r"分，自评等级为(优秀|优|良好|良|中等|中|差)", text)
    c.same(st, total, "total text vs table")
    c("grade_mismatch", GRADES[gr] == band(st), f"grade {gr} for {st}")
    ini, carry = grab(r"年初预算" + NUM + r"万元，其中上年结转资金" + NUM + "万元", text)
    c.same(ini, tot[1], "年初 text vs table")
    c.same(carry, cells["上年结转资金"][1], "carry-over text vs table")
    cut, ann = grab(r"调减" + NUM + r"万元，调整后全年预算" + NUM + "万元", text)
    c.total(ann, [dec(ini) - dec(cut)], "全年 = 年初 - 调减")
    c.same(ann, tot[2], "全年 text vs table")
    p = grab(r"全年支出" + NUM + r"万元，其中预警劝阻平台运行维护" + NUM + r"万元，止付冻结专线及数据服务费" + NUM
             + r"万元，外呼坐席服务" + NUM + r"万元，反诈中心值守设备购置" + NUM + "万元", text)
    c.total(p[0], p[1:], "支出 components")
    c.same(p[0], tot[3], "执行数 text vs table")
    n, avg = grab(r"共采购" + NUM + r"个坐席，平均每个坐席" + NUM + "万元", text)
    c.average(avg, p[3], n, "average per seat")
    (bal,) = grab(r"年末结余" + NUM + "万元", text)
    c.total(bal, [dec(ann) - dec(p[0])], "结余 = 到位 - 执行", "balance_mismatch")
    cnt, yi, py, pyi, per = grab(r"完成涉诈资金紧急止付" + NUM + r"笔，涉及资金" + NUM + r"亿元（(\d{4})年为" + NUM
                                 + r"亿元），平均每笔约" + NUM + "万元", text)
    c.average(per, dec(yi) * 10000, cnt, "average per stop-payment (约)")
    c("year_mismatch", int(py) == yr - 1, f"previous year {py}")
    c.same(cnt, num_of(row_by(rows, "涉诈资金紧急止付笔数")["actual"]), "止付笔数")
    (v,) = grab(r"止付成功率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "涉诈资金止付成功率")["actual"]), "成功率")
    (v,) = grab(r"预警劝阻约" + NUM + "万人次", text)
    c("conflicting_values", close(v, num_of(row_by(rows, "预警劝阻潜在受害群众")["actual"]) / 10000), f"约{v}万人次 vs table")
    (nps,) = grab(r"下辖派出所" + NUM + "个", text)
    (v,) = grab(NUM + r"个派出所全部组建反诈专班", text); c.same(v, nps, "派出所数")
    (v,) = grab(r"平均下发时长" + NUM + "分钟", text); c.same(v, num_of(row_by(rows, "预警信息平均下发时长")["actual"]), "下发时长")
    (v,) = grab(r"单条成本" + NUM + "元", text); c.same(v, num_of(row_by(rows, "反诈提醒短信单条成本")["actual"]), "短信成本")
    cur, prev, drop = grab(r"立案" + NUM + r"起，较2022年的" + NUM + r"起下降" + NUM + "%", text)
    c.rate(drop, dec(prev) - dec(cur), prev, "立案下降率")
    c.same(drop, num_of(row_by(rows, "电信网络诈骗立案数同比下降率")["actual"]), "下降率")
    got, tgt = grab(r"挽回经济损失" + NUM + r"万元，未达到" + NUM + "万元的目标", text)
    r = row_by(rows, "为群众挽回经济损失")
    c.same(got, num_of(r["actual"]), "挽回损失")
    c.same(tgt, parse_target(r["target"])[1], "挽回损失目标")
    (v,) = grab(r"稳定运行率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "预警劝阻平台稳定运行率")["actual"]), "运行率")
    (v,) = grab(r"回访满意度" + NUM + "%", text); c.same(v, num_of(row_by(rows, "被劝阻群众回访满意度")["actual"]), "满意度")
    c.pct_range(text)
    c.years(text, yr)
    return c.res


# ---------------------------------------------------------------- P4 runs of spaces (Sichuan)
def p_butuo(text):
    c, yr = Checks(), 2019
    tab = text.split("附件：", 1)[1].split("\n")
    cells = {}
    for l in tab:
        x = re.split(r" {2,}", l.strip())
        cells.setdefault(x[0], x)
    fr = [(n, *[cells[n][i] for i in (1, 2, 3, 5)]) for n in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    funds(c, fr)
    tot = cells["年度资金总额"]
    exec_score(c, tot[4], tot[6], tot[3], tot[2], tot[5])
    rows = []
    for l in tab:
        x = re.split(r" {2,}", l.strip())
        if len(x) == 10 and x[0] in ("产出指标", "效益指标", "满意度指标"):
            if x[3] == "定性":
                tgt, act = x[4], x[6]
            else:
                unit = "" if x[5] == "—" else x[5]
                tgt, act = x[3] + x[4] + unit, x[6] + unit
            rows.append(dict(group=x[0], name=x[2], target=tgt, actual=act, comp=None, w=x[7], s=x[8], note=x[9]))
    tl = cells["总分"]
    total = tl[2]
    indicators(c, rows, tot[4], tot[6], total, tl[1])
    c("grade_mismatch", GRADES[tl[4]] == band(total), f"grade {tl[4]} for {total}")
    (st,) = grab(r"自评得分" + NUM + "分", text)
    c.same(st, total, "total text vs table")
    ini, cen, prov, cnty = grab(r"年初批复预算" + NUM + r"万元，其中中央禁毒补助资金" + NUM + r"万元、省级补助资金" + NUM
                                + r"万元、县级财政资金" + NUM + "万元", text)
    c.total(ini, [cen, prov, cnty], "年初 = 中央 + 省 + 县")
    c.same(ini, tot[1], "年初 text vs table")
    add, ann = grab(r"县财政追加" + NUM + r"万元.{0,20}?全年预算" + NUM + "万元", text)
    c.total(ann, [ini, add], "全年 = 年初 + 追加")
    c.same(ann, tot[2], "全年 text vs table")
    (rec,) = grab(r"到位资金" + NUM + "万元", text)
    spent, er = grab(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%", text)
    c.rate(er, spent, ann, "执行率 text")
    c.same(spent, tot[3], "执行数 text vs table")
    c.same(er, tot[5].rstrip("%"), "执行率 text vs table")
    std, unit, n, amt1 = grab(r"按每人每年" + NUM + r"(万元|元)的标准拨付社戒社康工作经费，" + NUM + r"人共计" + NUM + "万元", text)
    c.product(amt1, n, std, unit, "社戒社康经费 = 人数 × 标准")
    q, pr, amt2 = grab(r"采购尿检试剂" + NUM + r"人份，每人份" + NUM + r"元，计" + NUM + "万元", text)
    c.product(amt2, q, pr, "元", "尿检试剂 = 人份 × 单价")
    (amt3,) = grab(r"动态管控系统运维及禁毒专干培训" + NUM + "万元", text)
    c.total(spent, [amt1, amt2, amt3], "支出 components")
    bal, cy = grab(r"年末结余" + NUM + r"万元，结转(\d{4})年", text)
    c.total(bal, [dec(rec) - dec(spent)], "结余 = 到位 - 执行", "balance_mismatch")
    tot_p, a, b, rest = grab(r"年末在管人员" + NUM + r"人，其中特木里镇工作站" + NUM + r"人、拖觉镇工作站" + NUM + r"人、其余10个工作站共"
                             + NUM + "人", text)
    c.total(tot_p, [a, b, rest], "在管人员 by station")
    c.same(n, tot_p, "在管人员 vs 经费人数")
    (v,) = grab(r"全年纳入社戒社康管理" + NUM + "人", text)
    c.same(v, tot_p, "纳入管理 vs 在管")
    c.same(v, num_of(row_by(rows, "纳入社戒社康管理人数")["actual"]), "纳入管理 text vs table")
    (v,) = grab(r"开展尿检检测" + NUM + "人次", text); c.same(v, num_of(row_by(rows, "吸毒人员尿检检测")["actual"]), "尿检")
    c.same(q, v, "试剂人份 vs 检测人次")
    (v,) = grab(r"协议签订率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "社戒社康协议签订率")["actual"]), "签订率")
    (v,) = grab(r"失控漏管率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "吸毒人员失控漏管率")["actual"]), "漏管率")
    (v,) = grab(r"建档及时率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "新查获吸毒人员建档及时率")["actual"]), "建档")
    (v,) = grab(r"采购单价" + NUM + "元/人份", text); c.same(v, num_of(row_by(rows, "尿检试剂单价")["actual"]), "试剂单价")
    c.same(v, pr, "试剂单价 text")
    (v,) = grab(r"复吸率" + NUM + "%", text); c.same(v, num_of(row_by(rows, "社戒社康人员复吸率")["actual"]), "复吸率")
    y1, prev, y2, cur, drop = grab(r"由(\d{4})年末的" + NUM + r"人下降到(\d{4})年末的" + NUM + r"人，下降" + NUM + "%", text)
    c("year_mismatch", int(y2) == yr and int(y1) == yr - 1, f"{y1} -> {y2}")
    c.rate(drop, dec(prev) - dec(cur), prev, "现有吸毒人员下降率")
    c.same(drop, num_of(row_by(rows, "现有吸毒人员数同比下降率")["actual"]), "下降率")
    c.pct_range(text)
    c.years(text, yr)
    return c.res


# ---------------------------------------------------------------- P5 prose only (department)
def p_kangle(text):
    c, yr = Checks(), 2021
    ini, add, ann = grab(r"年初预算" + NUM + r"万元，年中追加" + NUM + r"万元，全年预算" + NUM + "万元", text)
    c.total(ann, [ini, add], "全年 = 年初 + 追加")
    basic, staff, pub, proj = grab(r"基本支出" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM + r"万元；项目支出" + NUM + "万元", text)
    c.total(basic, [staff, pub], "基本支出 = 人员 + 公用")
    c.total(ann, [basic, proj], "全年 = 基本 + 项目")
    eq, drug, fraud, other = grab(r"基层所队装备购置项目" + NUM + r"万元，禁毒工作经费" + NUM + r"万元，反电信网络诈骗宣传防范经费" + NUM
                                  + r"万元，其余各类项目合计" + NUM + "万元", text)
    c.total(proj, [eq, drug, fraud, other], "项目支出 = 各项目")
    spent, er = grab(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%", text)
    c.rate(er, spent, ann, "部门执行率")
    pspent, pr = grab(r"项目支出执行" + NUM + r"万元，执行率" + NUM + "%", text)
    c.rate(pr, pspent, proj, "项目支出执行率")
    if "基本支出全部执行" in text:
        c.total(spent, [basic, pspent], "执行 = 基本(全部) + 项目")
    (left,) = grab(r"年末未使用资金" + NUM + "万元", text)
    c.total(left, [dec(ann) - dec(spent)], "未使用 = 全年 - 执行", "balance_mismatch")
    c.total(left, [dec(proj) - dec(pspent)], "未使用 = 项目 - 项目执行 (全部为项目资金)", "balance_mismatch")
    sg, car, rec = grab(r"“三公”经费支出" + NUM + r"万元，其中公务用车运行维护费" + NUM + r"万元、公务接待费" + NUM + "万元", text)
    c.total(sg, [car, rec], "三公 = 车 + 接待 (+0)")
    nps, per, cnt, price, amt = grab(r"为" + NUM + r"个派出所配发执法记录仪，每所" + NUM + r"台，共" + NUM + r"台，单价" + NUM + r"元，计"
                                     + NUM + "万元", text)
    c.total(cnt, [dec(nps) * dec(per)], "记录仪台数 = 所数 × 每所")
    c.product(amt, cnt, price, "元", "记录仪金额 = 台数 × 单价")
    (nps2,) = grab(r"下辖交警大队、看守所和" + NUM + "个派出所", text)
    c.same(nps, nps2, "派出所数")
    es, erate, unpaid = grab(r"该项目全年执行" + NUM + r"万元，执行率" + NUM + r"%，未支付的" + NUM + "万元", text)
    c.rate(erate, es, eq, "装备项目执行率")
    c.total(unpaid, [dec(eq) - dec(es)], "装备未支付 = 预算 - 执行", "balance_mismatch")
    done, plan, cr = grab(r"培训" + NUM + r"人次，计划" + NUM + r"人次，完成率" + NUM + "%", text)
    c.rate(cr, done, plan, "培训完成率", "completion_mismatch")
    (sat,) = grab(r"满意度测评结果为" + NUM + "%", text)
    s = grab(r"预算执行率（" + NUM + r"分）得" + NUM + r"分；预算管理（" + NUM + r"分）得" + NUM + r"分.*?履职产出（" + NUM + r"分）得" + NUM
             + r"分.*?履职效益（" + NUM + r"分）得" + NUM + r"分；满意度（" + NUM + r"分）得" + NUM + "分", text)
    ws, ss = s[0::2], s[1::2]
    c("weight_sum_mismatch", sum(map(dec, ws)) == 100, f"weights {ws}")
    for w, sc in zip(ws, ss):
        c("score_exceeds_weight", D(0) <= dec(sc) <= dec(w), f"{sc}/{w}")
    c("score_rule_mismatch", close(ss[0], dec(ws[0]) * dec(er) / 100), "execution score", "warning")
    c("score_rule_mismatch", close(ss[4], dec(ws[4]) * dec(sat) / 100), "satisfaction score", "warning")
    total, gr = grab(r"合计自评得分" + NUM + r"分，等级为“(优秀|优|良好|良|中等|中|差)”", text)
    c.total(total, ss, "scores vs total", "score_sum_mismatch")
    c("grade_mismatch", GRADES[gr] == band(total), f"grade {gr} for {total}")
    a1, a2, a3, avg = grab(r"装备购置项目得" + NUM + r"分、禁毒工作经费项目得" + NUM + r"分、反电信网络诈骗宣传防范经费项目得" + NUM
                           + r"分，三个项目平均" + NUM + "分", text)
    c.average(avg, dec(a1) + dec(a2) + dec(a3), 3, "average of 3 project scores")
    c.pct_range(text)
    c.years(text, yr)
    return c.res


PROJECTS = {
    "fj-anxi-fanzhaxuanchuan-2022": p_anxi,
    "yn-gengma-jinduxuanjiao-2020": p_gengma,
    "hn-lianyuan-shezhazhifu-2023": p_lianyuan,
    "sc-butuo-shequjiedu-2019": p_butuo,
    "gs-kangle-gonganbumen-2021": p_kangle,
}


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files or len(files) != 35:
        problems.append("labels.jsonl and cases/ disagree or not 35 cases")
    counts = {k: 0 for k in CODES}
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        if set(lab) != {"case", "source", "clean", "expected"}:
            problems.append(f"{name}: label keys {sorted(lab)}")
        try:
            res = PROJECTS[src](text)
        except LookupError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        failed = {(code, sev) for code, ok, msg, sev in res if not ok}
        fmsgs = [f"{code}: {msg}" for code, ok, msg, sev in res if not ok]
        if lab["clean"]:
            if lab["expected"] or not name.endswith("-clean.txt"):
                problems.append(f"{name}: clean label malformed")
            if failed:
                problems.append(f"{name}: clean draft fails: {fmsgs}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected one label")
            continue
        e = lab["expected"][0]
        if set(e) != {"code", "severity", "value", "explanation"} or e["severity"] != "error" or e["code"] not in CODES:
            problems.append(f"{name}: bad label {e}")
            continue
        counts[e["code"]] += 1
        v = e["value"]
        if v not in text:
            problems.append(f"{name}: value {v!r} not in case")
            continue
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        p, end_new, end_old = changed_region(clean, text)
        if p >= len(text) and end_old == p:
            problems.append(f"{name}: identical to clean")
        lo, hi = p, max(end_new, p + 1)
        if hi - lo > 12:
            problems.append(f"{name}: changed region too long ({hi - lo})")
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(o < hi and o + len(v) > lo for o in occ):
            problems.append(f"{name}: change [{lo},{hi}) does not overlap value {v!r}")
        err_codes = {code for code, sev in failed if sev == "error"}
        if e["code"] not in err_codes:
            problems.append(f"{name}: labelled {e['code']} does not fail; failures: {fmsgs}")
        other = err_codes - {e["code"]}
        if other:
            problems.append(f"{name}: other error codes fail {sorted(other)}: {fmsgs}")
        print(f"{name:45s} {e['code']:22s} fails: {sorted(err_codes)}"
              + (f"  (warnings: {sorted(c for c, s in failed if s == 'warning')})" if any(s == 'warning' for c, s in failed) else ""))
    for k, n in counts.items():
        if n < 2:
            problems.append(f"code {k} used {n} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\n".join("PROBLEM: " + x for x in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
