#!/usr/bin/env python3
"""Re-read every figure of drafts579 from the case texts and redo the arithmetic (stdlib + decimal).

For each project a function reads the figures with regular expressions / table parsing and runs the
identities of rules.md §7 (I1–I14) with the tolerance of §8 (half a unit of the stated last decimal,
ROUND_HALF_UP where a value is rounded). Clean drafts must break nothing; each error case must break
its labelled identity and nothing else. Prints OK on success.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"[\d,]+(?:\.\d+)?"
E4 = D(10000)


class ParseError(Exception):
    pass


def dec(s):
    return D(s.replace(",", "").replace("%", "").strip())


def ndp(s):
    s = s.replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-ndp(s)) + D("1e-9")


def close(stated, comp):
    return abs(dec(stated) - D(comp)) <= tol(stated)


def amt(s):
    """'289,440元' → 28.944 (万元), '84.95' / '84.95万元' → 84.95; returns (value, tolerance) in 万元."""
    s = s.strip()
    if s.endswith("万元"):
        n = s[:-2]
        return dec(n), tol(n)
    if s.endswith("元"):
        n = s[:-1]
        return dec(n) / E4, tol(n) / E4
    return dec(s), tol(s)


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---- reading
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{len(ms)} matches for {pat!r}")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def many(self, pat):
        return [m.groups() if len(m.groups()) != 1 else m.group(1) for m in re.finditer(pat, self.t)]

    def table(self, header_start):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_start) and "\t" in l]
        if len(idx) != 1:
            raise ParseError(f"table header {header_start!r}: {len(idx)}")
        rows = []
        for l in lines[idx[0] + 1:]:
            if "\t" not in l:
                break
            rows.append(l.split("\t"))
        return rows

    # ---- identities
    def sum_(self, total, plus=(), minus=(), what=""):
        """total = Σ plus − Σ minus (amounts, unit-aware); a failure that one rescaling by 10^4 of a
        single amount repairs is reported as unit_mismatch (errors.md #11 b)."""
        terms = [(1, x) for x in plus] + [(-1, x) for x in minus]

        def ok(scale_idx=None, factor=D(1)):
            tv, tt = amt(total)
            if scale_idx == -1:
                tv, tt = tv * factor, tt * factor
            s, tl = D(0), tt
            for i, (sg, x) in enumerate(terms):
                v, t = amt(x)
                if i == scale_idx:
                    v, t = v * factor, t * factor
                s += sg * v
            return abs(s - tv) <= tl + D("1e-9")

        if ok():
            return
        for i in range(-1, len(terms)):
            for f in (E4, 1 / E4):
                if ok(i, f):
                    self.fail("unit_mismatch", f"{what}: rescaling one amount by 10^4 repairs the sum")
                    return
        self.fail("sum_mismatch", f"{what}: {total} ≠ {' '.join(('+' if sg > 0 else '-') + x for sg, x in terms)}")

    def count_sum(self, total, parts, what=""):
        if dec(total) != sum(dec(p) for p in parts):
            self.fail("sum_mismatch", f"{what}: {total} ≠ Σ{parts}")

    def rate(self, num, den, stated, what="", code="rate_mismatch"):
        dv = amt(den)[0] if not isinstance(den, D) else den
        nv = amt(num)[0] if not isinstance(num, D) else num
        if stated.strip() in ("—", "-", ""):
            if dv != 0:
                self.fail(code, f"{what}: rate missing on a non-zero base")
            return
        if dv == 0:
            self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        c = nv / dv * 100
        if dec(stated) > 100:
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")
            return
        if not close(stated, c):
            self.fail(code, f"{what}: {num}/{den} = {c:.4f}%, stated {stated}")

    def diff(self, a, b, stated, what="", code="balance_mismatch"):
        av, bv = amt(a)[0], amt(b)[0]
        sv, st = amt(stated)
        if abs(av - bv - sv) > st:
            self.fail(code, f"{what}: {a} − {b} = {av - bv}, stated {stated}")

    def same(self, values, what=""):
        vals = [amt(v) for v in values]
        base = vals[0]
        for (v, t), raw in zip(vals[1:], values[1:]):
            if abs(v - base[0]) > max(t, base[1]):
                if any(abs(v * f - base[0]) <= max(t * f, base[1]) for f in (E4, 1 / E4)):
                    self.fail("unit_mismatch", f"{what}: {values} differ by 10^4")
                else:
                    self.fail("conflicting_values", f"{what}: {values}")
                return

    def avg(self, items, stated, what=""):
        c = sum(amt(x)[0] for x in items) / len(items)
        t = tol(stated) + D("1e-9")
        if abs(c - dec(stated)) > t:
            self.fail("average_mismatch", f"{what}: mean {c:.4f}, stated {stated}")

    def grade(self, total, label):
        s = dec(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        if not label.startswith(band):
            self.fail("grade_mismatch", f"total {total} is {band}, stated {label}")

    def years(self, extra_title=()):
        y = self.year
        head = "\n".join(self.t.split("\n")[:3])
        for m in re.findall(r"(\d{4})年度", head):
            if int(m) != y:
                self.fail("year_mismatch", f"title year {m}")
        for m in extra_title:
            if int(m) != y:
                self.fail("year_mismatch", f"table year {m}")
        for m in re.findall(r"截至(\d{4})年12月31日", self.t):
            if int(m) != y:
                self.fail("year_mismatch", f"截至{m}年12月31日 in a {y} report")
        for m in re.findall(r"结转至(\d{4})年", self.t):
            if int(m) <= y:
                self.fail("year_mismatch", f"结转至{m}年 in a {y} report")
        for yy, mm in re.findall(r"(\d{4})年(\d{1,2})月(?:[^。；\n]{0,8})?(?:提前)?下达", self.t):
            yy, mm = int(yy), int(mm)
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.fail("year_mismatch", f"funds issued {yy}-{mm}")

    # ---- indicator rows
    def indicators(self, rows, total_w, total_s, extra=None, what="自评表"):
        """rows: dicts with name, target, actual, compl (str or None), weight, score."""
        ws = [dec(r["weight"]) for r in rows]
        ss = [dec(r["score"]) for r in rows]
        if extra:
            ws.append(dec(extra[0]))
            ss.append(dec(extra[1]))
        for r in rows:
            w, s = dec(r["weight"]), dec(r["score"])
            if s > w or s < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
            t, a = pval(r["target"]), pval(r["actual"])
            if t is None or a is None:
                continue
            if (t == "date") != (a == "date"):
                self.fail("unit_mismatch", f"{r['name']}: {r['target']} vs {r['actual']}")
                continue
            if t == "date":
                continue
            if t[2] != a[2]:
                self.fail("unit_mismatch", f"{r['name']}: unit {t[2]!r} vs {a[2]!r}")
                continue
            if a[2] == "%" and a[1] > 100:
                self.fail("implausible_rate", f"{r['name']}: {r['actual']} above 100%")
            c = r.get("compl")
            if c is None or c.strip() in ("—", ""):
                continue
            T, A = t[1], a[1]
            if t[0] == "lte":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                continue
            else:
                comp = A / T * 100
            if not close(c, comp):
                self.fail("completion_mismatch", f"{r['name']}: {A}/{T} = {comp:.4f}%, stated {c}")
        if dec(total_w) != sum(ws) or dec(total_w) != 100:
            self.fail("weight_sum_mismatch", f"{what}: Σ weights {sum(ws)}, stated {total_w}")
        if not close(total_s, sum(ss)):
            self.fail("score_sum_mismatch", f"{what}: Σ scores {sum(ss)}, stated {total_s}")
        return {r["name"]: r for r in rows}


def pval(s):
    s = s.strip()
    if s in ("—", "-", ""):
        return None
    if re.search(r"\d{4}年\d{1,2}月", s):
        return "date"
    m = re.match(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq"}.get(sign, "eq")
    return (direction, dec(num), unit.strip())


def num_of(cell):
    m = re.match(r"^(?:≥|≤|=)?\s*(" + NUM + ")", cell.strip())
    if not m:
        raise ParseError(cell)
    return m.group(1)


def rows_by_name(rows):
    return {r[0]: r for r in rows}


def sub_table(c, header, total_label="合计", what=""):
    """Sub-item table name | budget | spent | rate with a 合计 row: per-row rates and column sums."""
    rows = c.table(header)
    body = [r for r in rows if r[0] != total_label]
    tot = [r for r in rows if r[0] == total_label]
    if len(tot) != 1:
        raise ParseError("no 合计 in " + header)
    tot = tot[0]
    for r in rows:
        c.rate(r[-2], r[-3], r[-1], f"{what} {r[0]}")
    for k in (-3, -2):
        c.sum_(tot[k], [r[k] for r in body], what=f"{what} 合计 col {k}")
    return rows_by_name(rows)


def tab_indicators(c, header, cols, total_label, extra=None):
    rows = c.table(header)
    body, total = [], None
    for r in rows:
        if r[0] == total_label:
            total = r
            continue
        body.append({"name": r[cols["name"]], "target": r[cols["target"]], "actual": r[cols["actual"]],
                     "compl": r[cols["compl"]] if "compl" in cols else None,
                     "weight": r[cols["weight"]], "score": r[cols["score"]]})
    if total is None:
        raise ParseError("no total row")
    c.indicators(body, total[cols["weight"]], total[cols["score"]], extra)
    return {b["name"]: b for b in body}, total[cols["score"]]


# ------------------------------------------------------------------ projects
def p_tongshan(c):
    init, init_f, init_c = c.one(r"年初预算(" + NUM + r")万元，其中县级财政拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    add = c.one(r"经县政府同意追加(" + NUM + r")万元")
    cut = c.one(r"调减培训费(" + NUM + r")万元")
    ann, ann_f, ann_c = c.one(r"调整后全年预算(" + NUM + r")万元，其中县级财政拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    c.sum_(init, [init_f, init_c], what="年初 = 财政 + 结转")
    c.sum_(ann, [init, add], [cut], what="全年 = 年初 + 追加 − 调减")
    c.sum_(ann, [ann_f, ann_c], what="全年 = 财政 + 结转")
    c.sum_(ann_f, [init_f, add], [cut], what="财政拨款 全年")
    c.same([init_c, ann_c], "上年结转")
    if "资金全部到位，到位率100%" not in c.t:
        raise ParseError("到位 statement")
    spent, rate, bal = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)，年末结余(" + NUM + r")万元")
    c.rate(spent, ann, rate, "执行率")
    c.diff(ann, spent, bal, "结余 = 到位 − 支出")
    sub = sub_table(c, "支出内容", what="分项")
    c.same([sub["合计"][1], ann], "全年预算 table/prose")
    c.same([sub["合计"][2], spent], "支出 table/prose")
    c.same([sub["合计"][3], rate], "执行率 table/prose")
    train_bal = c.one(r"培训费结余(" + NUM + r")万元")
    tr = sub["巡察干部业务培训"]
    c.diff(tr[1], tr[2], train_bal, "培训费结余")
    tb, ts = c.one(r"全年培训费预算(" + NUM + r")万元，实际使用(" + NUM + r")万元")
    c.same([tb, tr[1]], "培训预算")
    c.same([ts, tr[2]], "培训支出")
    # outputs
    rounds, reg, mob = c.one(r"全年完成巡察(\d+)轮，其中常规巡察(\d+)轮、机动巡察(\d+)轮")
    c.count_sum(rounds, [reg, mob], "轮次")
    orgs, o1, o2, o3, org_avg = c.one(r"巡察党组织(\d+)个，其中县直单位党组织(\d+)个、乡镇党委(\d+)个、村（社区）党组织(\d+)个，平均每轮巡察(\d+)个")
    c.count_sum(orgs, [o1, o2, o3], "党组织")
    if not close(org_avg, dec(orgs) / dec(rounds)):
        c.fail("average_mismatch", "平均每轮巡察")
    r5, r6, r7, rm, ravg = c.one(r"第五轮(" + NUM + r")万元、第六轮(" + NUM + r")万元、第七轮(" + NUM + r")万元、机动巡察(" + NUM + r")万元，平均每轮支出(" + NUM + r")万元")
    c.sum_(spent, [r5, r6, r7, rm], what="按轮次归集")
    if int(rounds) != 4:
        c.fail("conflicting_values", "rounds")
    c.avg([r5, r6, r7, rm], ravg, "平均每轮支出")
    probs, p1, p2, p3 = c.one(r"全年发现问题(\d+)个，其中党的领导弱化方面(\d+)个、党的建设缺失方面(\d+)个、全面从严治党不力方面(\d+)个")
    c.count_sum(probs, [p1, p2, p3], "发现问题")
    pavg = c.one(r"平均每轮发现问题(\d+)个")
    if not close(pavg, dec(probs) / dec(rounds)):
        c.fail("average_mismatch", "平均每轮发现问题")
    fb = c.one(r"平均(\d+)个工作日完成反馈")
    # benefits
    clues = c.one(r"移交问题线索(\d+)条，上年为")
    probs2, fixed, fix_rate, last_rate, up = c.one(r"(\d+)个问题已整改(\d+)个，整改完成率(" + NUM + r")%，较上年的(" + NUM + r")%提高(" + NUM + r")个百分点")
    c.same([probs2, probs], "问题总数")
    c.rate(fixed, probs2, fix_rate + "%", "整改完成率")
    c.diff(fix_rate, last_rate, up, "整改率提高", code="sum_mismatch")
    rules_n = c.one(r"推动建立完善制度(\d+)项")
    issued, back, back_rate, sat_n, sat = c.one(r"发放测评表(\d+)份，收回(\d+)份，回收率(" + NUM + r"%)；“满意”“基本满意”(\d+)份，满意度(" + NUM + r"%)")
    c.rate(back, issued, back_rate, "回收率")
    c.rate(sat_n, back, sat, "满意度")
    # 自评表
    ind, total = tab_indicators(c, "一级指标", dict(name=2, target=3, actual=4, compl=5, weight=6, score=7), "合计")
    c.same([ind["预算执行率"]["actual"], rate], "执行率 自评表")
    c.same([num_of(ind["完成巡察轮次"]["actual"]), rounds], "轮次 自评表")
    c.same([num_of(ind["巡察党组织个数"]["actual"]), orgs], "党组织 自评表")
    c.same([num_of(ind["巡察反馈时限"]["actual"]), fb], "反馈时限")
    c.same([num_of(ind["巡察经费支出"]["actual"]), spent], "经费支出 自评表")
    c.same([num_of(ind["巡察经费支出"]["target"]), ann], "经费控制数")
    c.same([num_of(ind["移交问题线索"]["actual"]), clues], "线索 自评表")
    c.same([num_of(ind["巡察整改完成率"]["actual"]), fix_rate], "整改率 自评表")
    c.same([num_of(ind["推动建立完善制度"]["actual"]), rules_n], "制度 自评表")
    c.same([num_of(ind["干部群众满意度"]["actual"]), sat], "满意度 自评表")
    fix_rate2 = c.one(r"整改完成率(" + NUM + r")%，未达年初目标")
    c.same([fix_rate2, fix_rate], "整改率 问题部分")
    over = c.one(r"移交问题线索超出目标值(" + NUM + r")%")
    t = pval(ind["移交问题线索"]["target"])[1]
    if not close(over, (dec(clues) - t) / t * 100):
        c.fail("completion_mismatch", "超出目标值")
    st, gr = c.one(r"自评得分(" + NUM + r")分，评价等级为“(.)”")
    if not close(st, dec(total)):
        c.fail("score_sum_mismatch", f"prose total {st} vs table {total}")
    c.grade(st, gr)
    c.years()


def p_yuncheng(c):
    init = c.one(r"年初预算(" + NUM + r")万元，全部为县级财政拨款")
    add = c.one(r"需要追加(" + NUM + r")万元")
    cut = c.one(r"要求调减(" + NUM + r")万元")
    carry = c.one(r"另有上年结转(" + NUM + r")万元")
    ann, ann_f, ann_c = c.one(r"全年预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    c.sum_(ann, [init, add, carry], [cut], what="全年 = 年初 + 追加 − 调减 + 结转")
    c.sum_(ann, [ann_f, ann_c], what="全年 = 财政 + 结转")
    c.sum_(ann_f, [init, add], [cut], what="当年财政拨款 全年")
    c.same([carry, ann_c], "上年结转")
    if "资金全部到位" not in c.t:
        raise ParseError("到位")
    spent, rate, bal = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)，结余(" + NUM + r")万元")
    c.rate(spent, ann, rate, "执行率")
    c.diff(ann, spent, bal, "结余 = 到位 − 支出")
    f = rows_by_name(c.table("项目\t年初预算数"))
    tot, fin, cy, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for k in (1, 2, 3):
        c.sum_(tot[k], [fin[k], cy[k], oth[k]], what=f"资金总额 col {k}")
    for r in (tot, fin, cy, oth):
        c.rate(r[3], r[2], r[5], f"funds {r[0]}")
    c.same([tot[1], init], "年初")
    c.same([tot[2], ann], "全年")
    c.same([tot[3], spent], "执行")
    c.same([tot[5], rate], "执行率")
    c.same([fin[2], ann_f], "财政拨款 全年")
    c.same([cy[2], carry], "结转 table")
    sub = sub_table(c, "支出项目", what="分项")
    c.same([sub["合计"][1], ann], "分项 合计预算")
    c.same([sub["合计"][2], spent], "分项 合计支出")
    a1, a2, a3, a4 = c.one(r"其中留置看护费(" + NUM + r"元)、谈话场所水电物业费(" + NUM + r"(?:万)?元)、被留置人员伙食及生活用品费(" + NUM + r"元)、谈话室设备维护费(" + NUM + r"元)")
    c.sum_(sub["谈话场所运行及留置看护保障"][2], [a1, a2, a3, a4], what="谈话场所 元 items")
    std = c.one(r"看护费按每人每天(\d+)元标准")
    persons, days, avgd = c.one(r"全年留置(\d+)人，累计(\d+)天，人均留置(\d+)天")
    c.sum_(a1, [str(dec(std) * dec(days)) + "元"], what="看护费 = 标准 × 天数")
    if not close(avgd, dec(days) / dec(persons)):
        c.fail("average_mismatch", "人均留置天数")
    clue, q1, q2, q3, q4 = c.one(r"处置问题线索(\d+)件，其中谈话函询(\d+)件、初步核实(\d+)件、暂存待查(\d+)件、予以了结(\d+)件")
    c.count_sum(clue, [q1, q2, q3, q4], "线索处置")
    case = c.one(r"立案(\d+)件，其中违反政治纪律")
    parts = c.one(r"违反政治纪律(\d+)件、组织纪律(\d+)件、廉洁纪律(\d+)件、群众纪律(\d+)件、工作纪律(\d+)件、生活纪律(\d+)件、涉嫌职务违法犯罪(\d+)件")
    c.count_sum(case, parts, "立案 by type")
    last, inc, incr = c.one(r"较2020年的(\d+)件增加(\d+)件，增长(" + NUM + r"%)")
    c.count_sum(case, [last, inc], "立案 同比")
    c.rate(inc, last, incr, "增长率")
    per = c.one(r"平均每件办案经费约(" + NUM + r")万元")
    if abs(dec(per) - dec(spent) / dec(case)) > tol(per):
        c.fail("average_mismatch", "平均每件办案经费")
    loss = c.one(r"追缴挽回经济损失(" + NUM + r")万元，未达到")
    adv = c.one(r"发出纪检监察建议书(\d+)份")
    ind, total = tab_indicators(c, "一级指标", dict(name=2, target=3, actual=4, weight=5, score=6), "总分",
                                extra=(tot[4], tot[6]))
    c.same([num_of(ind["立案审查调查件数"]["actual"]), case], "立案 自评表")
    c.same([num_of(ind["处置问题线索"]["actual"]), clue], "线索 自评表")
    c.same([num_of(ind["立案案件平均办案成本"]["actual"]), per], "平均成本 自评表")
    c.same([num_of(ind["追缴挽回经济损失"]["actual"]), loss], "追缴 自评表")
    c.same([num_of(ind["发出纪检监察建议书"]["actual"]), adv], "建议书 自评表")
    st, gr = c.one(r"总得分(" + NUM + r")分，评价等级为“(.)”")
    if not close(st, dec(total)):
        c.fail("score_sum_mismatch", "prose total vs 总分")
    c.grade(st, gr)
    c.years()


def p_yingshan(c):
    init, basic0, proj0 = c.one(r"年初预算(" + NUM + r")万元，其中基本支出(" + NUM + r")万元、项目支出(" + NUM + r")万元")
    add = c.one(r"年中追加(" + NUM + r")万元")
    cut = c.one(r"调减(" + NUM + r")万元（压减")
    carry = c.one(r"加上年结转(" + NUM + r")万元")
    ann = c.one(r"全年预算(" + NUM + r")万元。")
    c.sum_(init, [basic0, proj0], what="年初 = 基本 + 项目")
    c.sum_(ann, [init, add, carry], [cut], what="全年")
    adj_rates = c.many(r"预算调整率(" + NUM + r"%)")
    for ar in adj_rates:
        c.rate(dec(add.replace(",", "")) - dec(cut), init, ar, "预算调整率")
    spent, rate = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)")
    c.rate(spent, ann, rate, "执行率")
    t = rows_by_name(c.table("支出类别"))
    b, pe, pu, pr, tot = t["基本支出"], t["其中：人员经费"], t["公用经费"], t["项目支出"], t["合计"]
    for k in (1, 2, 3):
        c.sum_(b[k], [pe[k], pu[k]], what=f"基本 col {k}")
        c.sum_(tot[k], [b[k], pr[k]], what=f"合计 col {k}")
    for r in (b, pe, pu, pr, tot):
        c.rate(r[3], r[2], r[4], r[0])
    c.same([tot[1], init], "年初 table")
    c.same([b[1], basic0], "基本 年初")
    c.same([pr[1], proj0], "项目 年初")
    c.same([tot[2], ann], "全年 table")
    c.same([tot[3], spent], "支出 table")
    c.same([tot[4], rate], "执行率 table")
    sub = sub_table(c, "项目名称", what="项目")
    c.same([sub["合计"][1], pr[2]], "项目 全年")
    c.same([sub["合计"][2], pr[3]], "项目 支出")
    c.same([sub["留置场所改造尾款（上年结转）"][1], carry], "结转项目")
    cur_b, cur_s, cur_r = c.one(r"当年安排项目经费(" + NUM + r")万元，支出(" + NUM + r")万元，执行率(" + NUM + r"%)")
    cy = sub["留置场所改造尾款（上年结转）"]
    c.diff(pr[2], cy[1], cur_b, "剔除结转 预算", code="sum_mismatch")
    c.diff(pr[3], cy[2], cur_s, "剔除结转 支出", code="sum_mismatch")
    c.rate(cur_s, cur_b, cur_r, "剔除结转 执行率")
    cb, cf, cs = c.one(r"年末结转结余(" + NUM + r")万元，其中结转(" + NUM + r")万元.*?结余(" + NUM + r")万元")
    c.diff(ann, spent, cb, "结转结余 = 全年 − 支出")
    c.sum_(cb, [cf, cs], what="结转 + 结余")
    cbr = c.one(r"结转结余率(" + NUM + r"%)。")
    c.rate(cb, ann, cbr, "结转结余率")
    sg_b, sg_s, car, rec_y, rec_w, sg_last, sg_dec, sg_rate = c.one(
        r"“三公”经费预算(" + NUM + r")万元，实际支出(" + NUM + r")万元，其中公务用车运行维护费(" + NUM + r")万元、公务接待费(" + NUM
        + r"元)（(" + NUM + r"万元)）.*?较2022年的(" + NUM + r")万元减少(" + NUM + r")万元，“三公”经费控制率(" + NUM + r"%)")
    c.sum_(sg_s, [car, rec_w], what="三公 = 车 + 接待")
    c.same([rec_w, rec_y], "接待费 元/万元")
    c.diff(sg_last, sg_s, sg_dec, "三公 同比减少", code="sum_mismatch")
    c.rate(sg_s, sg_b, sg_rate, "三公控制率")
    case = c.one(r"立案(\d+)件，其中科级干部")
    parts = c.one(r"科级干部(\d+)件、一般干部(\d+)件、村（社区）干部(\d+)件、其他人员(\d+)件")
    c.count_sum(case, parts, "立案 by 对象")
    xc, x5, x6, xz, xavg = c.one(r"巡察工作经费支出(" + NUM + r")万元，其中第五轮(" + NUM + r")万元、第六轮(" + NUM + r")万元、专项巡察(" + NUM + r")万元，平均每轮(" + NUM + r")万元")
    c.sum_(xc, [x5, x6, xz], what="巡察 by round")
    c.same([xc, sub["巡察工作经费"][2]], "巡察经费 table/prose")
    c.avg([x5, x6, xz], xavg, "平均每轮")
    cover = c.one(r"覆盖党员干部(" + NUM + r")人次")
    visits = c.one(r"全年接待(\d+)批次")
    prog = c.one(r"完成进度(\d+)%")
    sat = c.one(r"满意度(" + NUM + r")%，较上年")
    rows = c.table("一级指标")
    body, total = [], None
    for r in rows:
        if r[0] == "合计":
            total = r
            continue
        body.append(dict(name=r[2], weight=r[3], target=r[4], actual=r[5], score=r[6], compl=None))
    ind = c.indicators(body, total[3], total[6])
    c.same([num_of(ind["预算调整率"]["actual"]), adj_rates[0]], "调整率 自评表")
    c.same([num_of(ind["预算执行率"]["actual"]), rate], "执行率 自评表")
    c.same([num_of(ind["结转结余率"]["actual"]), cbr], "结转结余率 自评表")
    c.same([num_of(ind["“三公”经费控制率"]["actual"]), sg_rate], "三公 自评表")
    c.same([num_of(ind["立案审查调查"]["actual"]), case], "立案 自评表")
    c.same([num_of(ind["信息化二期建设完成进度"]["actual"]), prog], "进度")
    c.same([num_of(ind["警示教育覆盖党员干部"]["actual"]), cover], "警示教育")
    c.same([num_of(ind["廉政教育基地接待"]["actual"]), visits], "基地接待")
    c.same([num_of(ind["群众对党风廉政建设满意度"]["actual"]), sat], "满意度")
    st, gr = c.one(r"自评得分(" + NUM + r")分，评价等级为“(.)”")
    if not close(st, sum(dec(x["score"]) for x in body)) or not close(st, dec(total[6])):
        c.fail("score_sum_mismatch", "prose total")
    c.grade(st, gr)
    c.years()


def p_tiane(c):
    init = c.one(r"年初预算(" + NUM + r")万元，均为县级财政")
    add, add_r, add_c = c.one(r"年中追加(" + NUM + r")万元，其中自治区补助(" + NUM + r")万元、县级追加(" + NUM + r")万元")
    cut = c.one(r"调减(" + NUM + r")万元（县级")
    ann = c.one(r"全年预算(" + NUM + r")万元。")
    c.sum_(add, [add_r, add_c], what="追加")
    c.sum_(ann, [init, add], [cut], what="全年")
    t = rows_by_name(c.table("项目\t合计"))
    for k in (1, 2, 3):
        c.sum_(t["全年预算"][k], [t["年初预算"][k], t["年中追加"][k]], [t["年中调减"][k]], what=f"全年 col {k}")
        c.rate(t["实际到位"][k], t["全年预算"][k], t["到位率"][k], f"到位率 col {k}")
        c.rate(t["实际支出"][k], t["全年预算"][k], t["执行率"][k], f"执行率 col {k}")
    for name in ("年初预算", "年中追加", "年中调减", "全年预算", "实际到位", "实际支出"):
        c.sum_(t[name][1], [t[name][2], t[name][3]], what=f"{name} 合计")
    c.same([t["年初预算"][1], init], "年初")
    c.same([t["年中追加"][1], add], "追加")
    c.same([t["年中调减"][1], cut], "调减")
    c.same([t["全年预算"][1], ann], "全年")
    unpaid = c.one(r"县级资金尚有(" + NUM + r")万元未拨付")
    c.diff(t["全年预算"][3], t["实际到位"][3], unpaid, "县级未拨付")
    got, spent, bal = c.one(r"全年实际到位(" + NUM + r")万元、支出(" + NUM + r")万元，年末结余(" + NUM + r")万元")
    c.same([got, t["实际到位"][1]], "到位")
    c.same([spent, t["实际支出"][1]], "支出")
    c.diff(got, spent, bal, "结余 = 到位 − 支出")
    sub = sub_table(c, "建设及保障内容", what="分项")
    c.same([sub["合计"][1], ann], "分项预算")
    c.same([sub["合计"][2], spent], "分项支出")
    bid, per_room = c.one(r"中标价(" + NUM + r")万元，平均每间(" + NUM + r")万元")
    c.same([bid, sub["谈话室（4间）改造装修"][2]], "改造支出")
    rooms = c.one(r"建设标准化谈话室(\d+)间")
    if not close(per_room, dec(bid) / dec(rooms)):
        c.fail("average_mismatch", "平均每间")
    eq_s = c.one(r"同步录音录像及监控设备支出(" + NUM + r")万元")
    c.same([eq_s, sub["同步录音录像及监控设备"][2]], "设备支出")
    trip = c.one(r"办案差旅执行率(" + NUM + r"%)")
    c.same([trip, sub["办案差旅及其他"][3]], "差旅执行率")
    tr, tr1, tr2 = c.one(r"培训(\d+)人次，其中参加自治区、河池市纪委监委培训(\d+)人次、县内集中培训(\d+)人次")
    c.count_sum(tr, [tr1, tr2], "培训人次")
    f4, f1, f2, f3, f44, share = c.one(r"处理(\d+)人次，其中第一种形态(\d+)人次、第二种形态(\d+)人次、第三种形态(\d+)人次、第四种形态(\d+)人次，第一种形态占(" + NUM + r"%)")
    c.count_sum(f4, [f1, f2, f3, f44], "四种形态")
    c.rate(f1, f4, share, "第一种形态占比")
    use = c.one(r"全年使用(\d+)批次")
    rows = c.table("一级指标")
    body, total = [], None
    for r in rows:
        if r[0] == "合计":
            total = r
            continue
        body.append(dict(name=r[2], target=r[3], actual=r[4], compl=r[5], weight=r[6], score=r[7]))
    ind = c.indicators(body, total[6], total[7])
    c.same([num_of(ind["预算执行率"]["actual"]), t["执行率"][1]], "执行率 自评表")
    c.same([num_of(ind["谈话室改造数量"]["actual"]), rooms], "谈话室数")
    c.same([num_of(ind["办案人员业务培训"]["actual"]), tr], "培训 自评表")
    c.same([num_of(ind["单间改造成本"]["actual"]), per_room], "单间成本")
    c.same([num_of(ind["运用“四种形态”处理"]["actual"]), f4], "四种形态 自评表")
    c.same([num_of(ind["谈话场所使用批次"]["actual"]), use], "使用批次")
    st, gr = c.one(r"该项目得分(" + NUM + r")分，评价等级为“(.)”")
    if not close(st, dec(total[7])):
        c.fail("score_sum_mismatch", "prose total")
    c.grade(st, gr)
    c.years()


def p_yongxin(c):
    init = c.one(r"年初预算(" + NUM + r")万元，全部为县级财政拨款")
    add = c.one(r"追加(" + NUM + r")万元；")
    cut = c.one(r"调减(" + NUM + r")万元。")
    carry, ann = c.one(r"加上年结转(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    c.sum_(ann, [init, add, carry], [cut], what="全年")
    spent, rate, bal = c.one(r"全年支出(" + NUM + r")万元，执行率(" + NUM + r"%)，结余(" + NUM + r")万元")
    c.rate(spent, ann, rate, "执行率")
    c.diff(ann, spent, bal, "结余")
    kv = {}
    for name, body in re.findall(r"^(年度资金总额|当年财政拨款|上年结转资金|其他资金)——(.*)$", c.t, re.M):
        kv[name] = dict(re.findall(r"([^：；]+)：([^；]+)", body))
    if len(kv) != 4:
        raise ParseError("funds kv")
    keys = ("年初预算数", "全年预算数", "全年执行数")
    for k in keys:
        c.sum_(kv["年度资金总额"][k], [kv[n][k] for n in ("当年财政拨款", "上年结转资金", "其他资金")], what=f"资金总额 {k}")
    for n, v in kv.items():
        c.rate(v["全年执行数"], v["全年预算数"], v["执行率"], f"{n} 执行率")
    tot = kv["年度资金总额"]
    c.same([tot["年初预算数"], init], "年初")
    c.same([tot["全年预算数"], ann], "全年")
    c.same([tot["全年执行数"], spent], "执行")
    c.same([tot["执行率"], rate], "执行率")
    c.same([kv["上年结转资金"]["全年预算数"], carry], "结转")
    c.sum_(kv["当年财政拨款"]["全年预算数"], [init, add], [cut], what="当年财政拨款 全年")
    r9, r10, r11, rsum, ravg, trn, plat = c.one(
        r"第九轮（县直单位）支出(" + NUM + r")万元，第十轮（乡镇及村级）支出(" + NUM + r")万元，第十一轮（提级巡察）支出(" + NUM
        + r")万元，三轮合计(" + NUM + r")万元，平均每轮(" + NUM + r")万元；另支出巡察干部培训费(" + NUM + r")万元、巡察信息平台运维及档案整理费(" + NUM + r")万元")
    c.sum_(rsum, [r9, r10, r11], what="三轮合计")
    c.avg([r9, r10, r11], ravg, "平均每轮")
    c.sum_(spent, [rsum, trn, plat], what="支出构成")
    cars, price, car_amt = c.one(r"租车按每天(\d+)元/辆结算，全年租车(\d+)车次，支出(" + NUM + r"元)")
    c.sum_(car_amt, [str(dec(cars) * dec(price)) + "元"], what="租车费")
    rounds = c.one(r"全年完成巡察(\d+)轮")
    orgs, o1, o2, o3, o4 = c.one(r"巡察党组织(\d+)个，其中县直单位党组织(\d+)个、乡镇党委(\d+)个、村党组织(\d+)个、提级巡察村党组织(\d+)个")
    c.count_sum(orgs, [o1, o2, o3, o4], "党组织")
    fb = c.one(r"平均(\d+)个工作日反馈")
    probs = c.one(r"三轮共发现问题(\d+)个，其中")
    parts = c.one(r"落实党中央决策部署方面(\d+)个、群众身边不正之风和腐败问题方面(\d+)个、基层党组织建设方面(\d+)个、巡察整改方面(\d+)个")
    c.count_sum(probs, parts, "发现问题")
    pavg = c.one(r"平均每轮约(\d+)个")
    if abs(dec(probs) / dec(rounds) - dec(pavg)) > D("0.5"):
        c.fail("average_mismatch", "平均每轮约")
    clues = c.one(r"向县纪委监委移交问题线索(\d+)条")
    probs2, fixed, fix_rate = c.one(r"(\d+)个问题已整改(\d+)个，整改完成率(" + NUM + r")%，剩余")
    c.same([probs2, probs], "问题总数")
    c.rate(fixed, probs2, fix_rate + "%", "整改完成率")
    rules_n = c.one(r"推动被巡察党组织建章立制(\d+)项")
    issued, back, sat_n, sat = c.one(r"发放满意度测评表(\d+)份，收回(\d+)份，其中满意(\d+)份，满意度(" + NUM + r"%)")
    c.rate(sat_n, back, sat, "满意度")
    # kv indicators
    body = []
    for path, fields in re.findall(r"^((?:产出|效益|满意度)指标/[^—]+)——(.*)$", c.t, re.M):
        f = dict(re.findall(r"([^：；]+)：([^；]+)", fields))
        body.append(dict(name=path.split("/")[-1], target=f["年度指标值"], actual=f["实际完成值"], compl=f["完成率"],
                         weight=f["分值"], score=f["得分"]))
    tw = c.one(r"总分：(" + NUM + r")")
    ts = c.one(r"(?m)^自评得分：(" + NUM + r")$")
    tg = c.one(r"评价等级：(.)")
    ind = c.indicators(body, tw, ts, extra=(tot["分值"], tot["得分"]))
    c.grade(ts, tg)
    c.same([num_of(ind["完成巡察轮次"]["actual"]), rounds], "轮次")
    c.same([num_of(ind["巡察党组织数量"]["actual"]), orgs], "党组织 自评表")
    c.same([num_of(ind["巡察反馈时限"]["actual"]), fb], "反馈时限")
    c.same([num_of(ind["巡察经费支出"]["actual"]), spent], "经费支出")
    c.same([num_of(ind["巡察经费支出"]["target"]), ann], "经费控制数")
    c.same([num_of(ind["移交问题线索"]["actual"]), clues], "线索 自评表")
    c.same([num_of(ind["巡察整改完成率"]["actual"]), fix_rate], "整改率 自评表")
    c.same([num_of(ind["推动建章立制"]["actual"]), rules_n], "制度")
    c.same([num_of(ind["被巡察单位干部群众满意度"]["actual"]), sat], "满意度 自评表")
    g_orgs, g_clues, g_fix, g_rules = c.one(r"实际完成情况：完成\d+轮巡察，巡察党组织(\d+)个，移交线索(\d+)条，整改完成率(" + NUM + r")%，建章立制(\d+)项")
    c.same([g_orgs, orgs], "总体目标 党组织")
    c.same([g_clues, clues], "总体目标 线索")
    c.same([g_fix, fix_rate], "总体目标 整改率")
    c.same([g_rules, rules_n], "总体目标 制度")
    fix3 = c.one(r"整改完成率(" + NUM + r")%，低于90%")
    c.same([fix3, fix_rate], "问题部分 整改率")
    st, gr = c.one(r"自评得分(" + NUM + r")分，评价等级为“(.)”")
    if not close(st, dec(ts)):
        c.fail("score_sum_mismatch", f"prose total {st} vs 自评表 {ts}")
    c.grade(st, gr)
    c.years(extra_title=re.findall(r"（(\d{4})年度）", c.t))


PROJECTS = {
    "hb-tongshan-xuncha-2019": (p_tongshan, 2019),
    "sd-yuncheng-banan-2021": (p_yuncheng, 2021),
    "sc-yingshan-jiwei-bumen-2023": (p_yingshan, 2023),
    "gx-tiane-tanhuashi-2018": (p_tiane, 2018),
    "jx-yongxin-xuncha-2025": (p_yongxin, 2025),
}


def run(case, source):
    fn, year = PROJECTS[source]
    text = open(os.path.join(CASES, case), encoding="utf-8").read()
    c = Ctx(text, year)
    try:
        fn(c)
    except ParseError as e:
        return [("parse_error", str(e))]
    return c.fails


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0
    counts = {}
    for rec in labels:
        fails = run(rec["case"], rec["source"])
        got = sorted({f[0] for f in fails})
        want = sorted({e["code"] for e in rec["expected"] if e["severity"] == "error"})
        for e in rec["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
        if got != want:
            bad += 1
            print(f"FAIL {rec['case']}: expected {want}, got {got}")
            for f in fails:
                print("    ", f)
        elif "-v" in sys.argv:
            print(f"ok   {rec['case']}: {got} {[f[1] for f in fails]}")
    if "-v" in sys.argv:
        print(counts)
    if bad:
        print(f"{bad} case(s) failed")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
