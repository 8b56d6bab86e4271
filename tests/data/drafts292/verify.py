#!/usr/bin/env python3
"""Verify drafts292.

1. labels.jsonl: every case exists, every label value occurs in its case, the 13 codes of
   errors.md §A each occur at least twice, the error cases are exactly what build.py makes.
2. Each error case differs from its clean draft in one place, and the label value overlaps it.
3. Redo the arithmetic of every clean draft (tables and prose): every check must pass.
4. Run the same checks on every error case: the labelled code must be among the failing
   checks, and no other error-level code may fail (warnings such as score_rule_mismatch may).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}

PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


# ---------------------------------------------------------------- numbers

def dec(s):
    if isinstance(s, D):
        return s
    return D(str(s).replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d, d = decimals written."""
    v = dec(stated)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.failed = []   # (code, message)
        self.n = 0

    def ok(self, cond, code, msg):
        self.n += 1
        if not cond:
            self.failed.append((code, msg))

    def m(self, rx, flags=0):
        mm = re.search(rx, self.t, flags)
        if not mm:
            self.failed.append(("missing", f"pattern not found: {rx}"))
            return None
        return mm.groups()

    def all(self, rx):
        return re.findall(rx, self.t)

    # sum that knows about 元/万元 slips: if rescaling one addend by 10^-4 fixes it -> unit_mismatch
    def sum_eq(self, total, parts, msg, code="sum_mismatch"):
        tot = dec(total)
        vals = [dec(p) for p in parts]
        if sum(vals) == tot:
            self.ok(True, code, msg)
            return
        for i, v in enumerate(vals):
            alt = vals[:i] + [v / D(10000)] + vals[i + 1:]
            if sum(alt) == tot:
                self.ok(False, "unit_mismatch", f"{msg}: {parts[i]} is off by 10^4")
                return
        if tot / D(10000) == sum(vals):
            self.ok(False, "unit_mismatch", f"{msg}: total {total} off by 10^4")
            return
        self.ok(False, code, f"{msg}: {' + '.join(parts)} = {sum(vals)} != {total}")

    def rate_eq(self, stated, num, den, msg, code="rate_mismatch"):
        n, d_ = dec(num), dec(den)
        c = n / d_ * 100
        if consistent(stated, c):
            self.ok(True, code, msg)
            return
        for alt in (n / D(10000) / d_ * 100, n / (d_ / D(10000)) * 100):
            if consistent(stated, alt):
                self.ok(False, "unit_mismatch", f"{msg}: reconciled only by a 10^4 rescale")
                return
        self.ok(False, code, f"{msg}: {num}/{den} = {r2(c)}% != {stated}%")


# ---------------------------------------------------------------- tables

UNIT_RX = re.compile(r"^(≥|≤|=|＞|＜)?\s*([\d.]+)\s*(.*)$")


def parse_val(s):
    s = s.strip()
    if re.match(r"^\d{4}年\d{1,2}月\d{1,2}日", s):
        return ("date", None, None, s)
    mm = UNIT_RX.match(s)
    if not mm:
        return ("text", None, None, s)
    sign = {"＞": "≥", "＜": "≤"}.get(mm.group(1), mm.group(1))
    return ("num", sign, mm.group(2), mm.group(3).strip())


def funds_table(ck):
    lines = ck.t.split("\n")
    hdr = [i for i, l in enumerate(lines) if "｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分" in l]
    if len(hdr) != 1:
        ck.ok(False, "missing", "funds table header")
        return None
    rows = []
    for l in lines[hdr[0] + 1:]:
        c = l.split("｜")
        if len(c) != 7 or not re.match(r"^[\d.]+$", c[1]):
            break
        rows.append(c)
    total, parts = rows[0], rows[1:]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.sum_eq(total[col], [p[col] for p in parts], f"funds {nm} column")
    for r in rows:
        if r[5] not in ("—", "-", ""):
            rate = r[5].rstrip("%")
            if dec(r[2]) == 0:
                ck.ok(False, "implausible_rate", f"rate on zero base in row {r[0]}")
                continue
            ck.ok(dec(rate) <= 100, "implausible_rate", f"execution rate {r[5]} > 100% in row {r[0]}")
            ck.rate_eq(rate, r[3], r[2], f"funds row {r[0]} 执行率")
        ck.ok(dec(r[3]) <= dec(r[2]), "implausible_rate", f"spent > budget in row {r[0]}")
    w = dec(total[4])
    rate_c = min(dec(total[3]) / dec(total[2]), D(1))
    rate_s = min(dec(total[5].rstrip("%")) / 100, D(1))
    ck.ok(consistent(total[6], w * rate_c) or consistent(total[6], w * rate_s), "score_rule_mismatch",
          f"execution score {total[6]} vs {r2(w * rate_c)}")
    ck.ok(dec(total[6]) <= w, "score_exceeds_weight", "execution score above weight")
    return {"total": total, "parts": parts, "weight": w, "score": dec(total[6]), "score_s": total[6]}


def indicator_table(ck, funds):
    lines = ck.t.split("\n")
    hdr = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
    if len(hdr) != 1:
        ck.ok(False, "missing", "indicator header")
        return None
    head = lines[hdr[0]].split("｜")
    ix = {h: k for k, h in enumerate(head)}
    sichuan = "度量单位" in ix
    tcol = ix.get("年度指标值", ix.get("指标值"))
    rows, total = [], None
    for l in lines[hdr[0] + 1:]:
        c = l.split("｜")
        if c[0] in ("产出指标", "效益指标", "满意度指标"):
            rows.append(c)
        elif c[0] in ("总分", "合计"):
            total = c
            break
    wsum = funds["weight"]
    ssum = funds["score"]
    lvl_w, lvl_s = {}, {}
    for c in rows:
        w, s = dec(c[ix["分值"]]), dec(c[ix["得分"]])
        name = c[2]
        wsum += w
        ssum += s
        lvl_w[c[0]] = lvl_w.get(c[0], D(0)) + w
        lvl_s[c[0]] = lvl_s.get(c[0], D(0)) + s
        ck.ok(D(0) <= s <= w, "score_exceeds_weight", f"row {name}: score {s} > weight {w}")
        if sichuan:
            sign = {"≥": "≥", "≤": "≤", "=": "=", "定性": None}.get(c[ix["指标性质"]], None)
            tgt, unit, act = c[tcol], c[ix["度量单位"]], c[ix["实际完成值"]]
            if sign is None:
                continue
            tk = ("num", sign, tgt, unit)
            mm = re.match(r"^[\d.]+$", act)
            if not mm:
                ck.ok(False, "unit_mismatch", f"row {name}: actual {act} not a bare number in {unit}")
                continue
            ak = ("num", None, act, unit)
        else:
            tk, ak = parse_val(c[tcol]), parse_val(c[ix["实际完成值"]])
        if tk[0] == "num" and ak[0] == "num":
            ck.ok(tk[3] == ak[3], "unit_mismatch", f"row {name}: target unit {tk[3]!r} vs actual {ak[3]!r}")
            if tk[3] != ak[3]:
                continue
            T, A = dec(tk[2]), dec(ak[2])
            if tk[3] == "%" and ("满意" in name or "合格率" in name or "达标率" in name or "整改率" in name):
                ck.ok(A <= 100, "implausible_rate", f"row {name}: {A}% > 100%")
            sign = tk[1] or "="
            if sign == "≤":
                exp = w if A <= T else w * T / A
            else:
                exp = w * min(D(1), A / T)
            ck.ok(consistent(c[ix["得分"]], exp), "score_rule_mismatch", f"row {name}: score {s} vs rule {r2(exp)}")
        elif tk[0] == "num" and ak[0] != "num":
            ck.ok(False, "unit_mismatch", f"row {name}: numeric target, actual {c[ix['实际完成值']]!r}")
        elif tk[0] == "text":
            # qualitative: score must lie in a band; "部分" -> [60%, 80%)
            band = (D("0.6"), D("0.8")) if "部分" in c[ix["实际完成值"]] else (D("0.8"), D("1.0001"))
            ck.ok(band[0] * w <= s < band[1] * w, "score_rule_mismatch", f"row {name}: qualitative score {s}")
    if total is None:
        ck.ok(False, "missing", "total row")
        return None
    tw = next(x for x in total[1:] if re.match(r"^[\d.]+$", x))
    nums = [x for x in total[1:] if re.match(r"^[\d.]+$", x)]
    ts = nums[1]
    ck.ok(wsum == dec(tw) == 100, "weight_sum_mismatch", f"weights sum {wsum}, stated {tw}")
    ck.ok(consistent(ts, ssum), "score_sum_mismatch", f"scores sum {ssum}, stated {ts}")
    return {"rows": rows, "ix": ix, "total_s": ts, "lvl_w": lvl_w, "lvl_s": lvl_s, "wsum": wsum, "ssum": ssum}


def grade_check(ck, total_s, label):
    g = GRADE_NORM.get(label)
    ck.ok(g == grade_of(dec(total_s)), "grade_mismatch", f"grade {label} for total {total_s}")


def common_prose(ck, year):
    # carried-over money goes to a later year; '截至…12月31日' names the evaluation year
    for y in re.findall(r"结转至?(\d{4})年", ck.t):
        ck.ok(int(y) > year, "year_mismatch", f"结转至{y}年 in a {year} report")
    for y in re.findall(r"截至(\d{4})年12月31日", ck.t):
        ck.ok(int(y) == year, "year_mismatch", f"截至{y}年12月31日 in a {year} report")
    for y in re.findall(r"自评表（(\d{4})年度）|自评表\n（(\d{4})年度）", ck.t):
        yy = int([a for a in y if a][0])
        ck.ok(yy == year, "year_mismatch", f"table year {yy} in a {year} report")
    title = ck.t.split("\n\n")[0]
    ck.ok(str(year) + "年度" in title, "year_mismatch", "title year")
    for v in re.findall(r"满意(?:度|率)(?:为|达到|达)?([\d.]+)%", ck.t):
        ck.ok(dec(v) <= 100, "implausible_rate", f"satisfaction {v}% > 100%")


# ---------------------------------------------------------------- per project

def p_guzhen(ck):
    year = 2022
    common_prose(ck, year)
    f = funds_table(ck)
    it = indicator_table(ck, f) if f else None
    a, b, c = ck.m(r"年初预算([\d.]+)万元，年中省级追加水利发展资金([\d.]+)万元，全年预算调整为([\d.]+)万元") or (None,) * 3
    if a:
        ck.sum_eq(c, [a, b], "年初 + 追加 = 全年")
        ck.ok(dec(a) == dec(f["total"][1]) and dec(c) == dec(f["total"][2]), "conflicting_values", "prose budget vs table")
    g = ck.m(r"当年财政拨款([\d.]+)万元中，中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    if g:
        ck.sum_eq(g[0], list(g[1:]), "中央 + 省 + 县 = 当年财政拨款")
        ck.ok(dec(g[0]) == dec(f["parts"][0][2]), "conflicting_values", "当年财政拨款 prose vs table")
    cy = ck.m(r"含上年结转资金([\d.]+)万元")
    if cy:
        ck.ok(dec(cy[0]) == dec(f["parts"][1][2]), "conflicting_values", "上年结转 prose vs table")
    sp = ck.m(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    if sp:
        ck.rate_eq(sp[1], sp[0], c, "prose 执行率")
        ck.ok(dec(sp[0]) == dec(f["total"][3]), "conflicting_values", "spent prose vs table")
        for bal in ck.all(r"未支付的([\d.]+)万元") + ck.all(r"([\d.]+)万元结转下年"):
            ck.ok(dec(c) - dec(sp[0]) == dec(bal), "balance_mismatch", f"balance {bal} vs {dec(c) - dec(sp[0])}")
    tg = ck.m(r"新建及改造供水管网(\d+)公里以上，新增接通自来水(\d+)户")
    pc = ck.m(r"全年新建及改造供水管网([\d.]+)公里，完成年度目标的([\d.]+)%；新增接通自来水(\d+)户，完成率([\d.]+)%")
    if tg and pc:
        ck.rate_eq(pc[1], pc[0], tg[0], "管网 完成率", "completion_mismatch")
        ck.rate_eq(pc[3], pc[2], tg[1], "接通户数 完成率", "completion_mismatch")
    sub = ck.m(r"按每户(\d+)元标准给予补助，共发放入户补助([\d.]+)万元")
    if sub and pc:
        ck.ok(dec(pc[2]) * dec(sub[0]) / 10000 == dec(sub[1]), "sum_mismatch", "入户补助 = 户数 × 300元")
    av = ck.m(r"浊度分别为([\d.]+)NTU、([\d.]+)NTU、([\d.]+)NTU，平均([\d.]+)NTU")
    if av:
        ck.ok(consistent(av[3], sum(dec(x) for x in av[:3]) / 3), "average_mismatch", "turbidity mean")
    sc = ck.m(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分，评价等级为(\S)")
    if sc and it:
        ck.ok(consistent(sc[0], f["score"]), "conflicting_values", "exec score prose vs table")
        for v, lv in zip(sc[1:4], ("产出指标", "效益指标", "满意度指标")):
            ck.ok(consistent(v, it["lvl_s"][lv]), "score_sum_mismatch", f"{lv} prose {v} vs rows {it['lvl_s'][lv]}")
        ck.ok(consistent(sc[4], sum(dec(x) for x in sc[:4])), "score_sum_mismatch", "prose total = Σ prose parts")
        ck.ok(consistent(sc[4], it["ssum"]), "score_sum_mismatch", "prose total vs table rows")
        ck.ok(sc[4] == it["total_s"], "conflicting_values", "prose total vs table total")
        grade_check(ck, sc[4], sc[5])
    dd = ck.m(r"时效指标扣(\d+)分")
    if dd and it:
        row = [r for r in it["rows"] if r[1] == "时效指标"][0]
        ck.ok(dec(row[5]) - dec(row[6]) == dec(dd[0]), "score_sum_mismatch", "时效 deduction")
    # same figures in text and table
    for fig in ("192.6公里", "12480户", "96.8%", "4.35万人", "11.86万元"):
        ck.ok(fig in ck.t.split("项目支出绩效自评表\n")[-1] and fig in ck.t.split("附件")[0], "conflicting_values", fig)


def p_jingyang(ck):
    year = 2020
    common_prose(ck, year)
    f = funds_table(ck)
    it = indicator_table(ck, f) if f else None
    g = ck.m(r"项目年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元（中央水利发展资金([\d.]+)万元、省级资金([\d.]+)万元、县级配套([\d.]+)万元），县城供水公司自筹([\d.]+)万元，年内预算未作调整")
    if g:
        ck.sum_eq(g[1], list(g[2:5]), "中央 + 省 + 县 = 财政拨款")
        ck.sum_eq(g[0], [g[1], g[5]], "财政 + 自筹 = 年初")
        ck.ok(dec(f["total"][1]) == dec(f["total"][2]), "rate_mismatch", "未作调整 => 年初 = 全年")
        ck.ok(dec(g[0]) == dec(f["total"][1]) and dec(g[1]) == dec(f["parts"][0][1]) and dec(g[5]) == dec(f["parts"][2][1]),
              "conflicting_values", "prose budget vs table")
    sp = ck.m(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    if sp and g:
        ck.rate_eq(sp[1], sp[0], g[0], "prose 执行率")
        ck.ok(dec(g[0]) - dec(sp[0]) == dec(sp[2]), "balance_mismatch", f"结余 {sp[2]} vs {dec(g[0]) - dec(sp[0])}")
        ck.ok(dec(sp[0]) == dec(f["total"][3]) and sp[1] + "%" == f["total"][5], "conflicting_values", "spent/rate prose vs table")
    av = ck.m(r"全年合格率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%")
    if av:
        ck.ok(consistent(av[3], sum(dec(x) for x in av[:3]) / 3), "average_mismatch", "末梢水合格率 mean")
    dc = ck.m(r"受理自来水水质投诉(\d+)件，较2019年的(\d+)件下降([\d.]+)%")
    if dc:
        ck.rate_eq(dc[2], dec(dc[1]) - dec(dc[0]), dc[1], "投诉下降率", "completion_mismatch")
    ms = ck.m(r"抽样调查，满意度为(\d+)%")
    sc = ck.m(r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为(\S\S)")
    if sc and it:
        ck.ok(consistent(sc[0], f["score"]), "conflicting_values", "exec score prose vs table")
        for v, lv in zip(sc[1:4], ("产出指标", "效益指标", "满意度指标")):
            ck.ok(consistent(v, it["lvl_s"][lv]), "score_sum_mismatch", f"{lv} prose {v} vs rows")
        ck.ok(consistent(sc[4], sum(dec(x) for x in sc[:4])), "score_sum_mismatch", "prose total")
        ck.ok(sc[4] == it["total_s"], "conflicting_values", "prose total vs table")
        grade_check(ck, sc[4], sc[5])
    dd = ck.m(r"可持续影响指标扣(\d+)分")
    if dd and it:
        row = [r for r in it["rows"] if r[1] == "可持续影响指标"][0]
        ck.ok(dec(row[5]) - dec(row[6]) == dec(dd[0]), "score_sum_mismatch", "可持续 deduction")
    for fig in ("14台（套）", "12.6万人", "41.18%"):
        ck.ok(ck.t.count(fig) == 2, "conflicting_values", fig)
    if ms:
        ck.ok(ms[0] + "%" in ck.t.split("附表")[1], "conflicting_values", "satisfaction text vs table")


def p_xinxing(ck):
    year = 2023
    common_prose(ck, year)
    g = ck.m(r"项目年初预算([\d.]+)万元，其中省级水利发展专项资金([\d.]+)万元、县级财政资金([\d.]+)万元。年中县财政追加漏损监控平台及DMA计量设备经费([\d.]+)万元，全年预算调整为([\d.]+)万元，其中省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    if not g:
        return
    y0, p0, c0, add, tot, p1, c1 = g
    ck.sum_eq(y0, [p0, c0], "年初 = 省 + 县")
    ck.sum_eq(tot, [y0, add], "年初 + 追加 = 全年")
    ck.sum_eq(tot, [p1, c1], "全年 = 省 + 县")
    ck.sum_eq(c1, [c0, add], "县级 = 年初县级 + 追加")
    for v in ck.all(r"年初预算([\d.]+)万元"):
        ck.ok(dec(v) == dec(y0), "conflicting_values", f"年初预算 {v} vs {y0}")
    sp = ck.m(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元。其中省级资金([\d.]+)万元已全部支付；县级资金支付([\d.]+)万元，执行率([\d.]+)%")
    if sp:
        ck.rate_eq(sp[1], sp[0], tot, "执行率")
        ck.ok(dec(tot) - dec(sp[0]) == dec(sp[2]), "balance_mismatch", f"结余 {sp[2]} vs {dec(tot) - dec(sp[0])}")
        ck.sum_eq(sp[0], [sp[3], sp[4]], "省 + 县 = 支出")
        ck.ok(dec(sp[3]) == dec(p1), "conflicting_values", "省级 paid in full")
        ck.rate_eq(sp[5], sp[4], c1, "县级执行率")
        ex = ck.m(r"全年预算执行率([\d.]+)%，得([\d.]+)分")
        if ex:
            ck.ok(ex[0] == sp[1], "conflicting_values", "执行率 twice")
            ck.ok(consistent(ex[1], 10 * dec(sp[0]) / dec(tot)), "score_rule_mismatch", "execution score")
    tg = ck.m(r"2023年更新改造老旧供水管网(\d+)公里，安装DMA分区计量总表(\d+)套，探测修复漏点不少于(\d+)处")
    pc = ck.m(r"更新改造老旧供水管网([\d.]+)公里，完成率([\d.]+)%.*?安装DMA分区计量总表(\d+)套，完成率([\d.]+)%.*?探测修复漏点(\d+)处，完成率([\d.]+)%")
    if tg and pc:
        ck.rate_eq(pc[1], pc[0], tg[0], "管网完成率", "completion_mismatch")
        ck.rate_eq(pc[3], pc[2], tg[1], "DMA完成率", "completion_mismatch")
        ck.rate_eq(pc[5], pc[4], tg[2], "漏点完成率", "completion_mismatch")
    # indicator scores in prose: 得N分（分值M分）
    blocks = {}
    for head in ("产出指标", "效益指标"):
        mm = re.search(r"（[二三]）" + head + r"（分值(\d+)分）。(.*?)" + head + r"合计得([\d.]+)分", ck.t, re.S)
        if not mm:
            ck.ok(False, "missing", head)
            continue
        pairs = re.findall(r"得([\d.]+)分（分值(\d+)分）", mm.group(2))
        for s, w in pairs:
            ck.ok(dec(s) <= dec(w), "score_exceeds_weight", f"{head} {s} > {w}")
        ck.ok(sum(dec(w) for _, w in pairs) == dec(mm.group(1)), "weight_sum_mismatch", f"{head} weights")
        ck.ok(consistent(mm.group(3), sum(dec(s) for s, _ in pairs)), "score_sum_mismatch", f"{head} sum")
        blocks[head] = (dec(mm.group(1)), mm.group(3))
    mw = ck.m(r"（一）预算执行情况（分值(\d+)分）")
    sw = ck.m(r"（四）满意度指标（分值(\d+)分）.*?用水户满意度为([\d.]+)%，略低于(\d+)%的目标，得([\d.]+)分")
    if mw and sw and len(blocks) == 2:
        ck.ok(dec(mw[0]) + blocks["产出指标"][0] + blocks["效益指标"][0] + dec(sw[0]) == 100, "weight_sum_mismatch", "weights 100")
        ck.ok(consistent(sw[3], dec(sw[0]) * dec(sw[1]) / dec(sw[2])), "score_rule_mismatch", "satisfaction score")
        ck.ok(dec(sw[3]) <= dec(sw[0]), "score_exceeds_weight", "satisfaction score")
        tt = ck.m(r"自评总得分([\d.]+)分，评价等级为(\S)")
        if tt and sp:
            es = ck.m(r"全年预算执行率[\d.]+%，得([\d.]+)分")
            total = dec(es[0]) + dec(blocks["产出指标"][1]) + dec(blocks["效益指标"][1]) + dec(sw[3])
            ck.ok(consistent(tt[0], total), "score_sum_mismatch", f"total {tt[0]} vs {total}")
            grade_check(ck, tt[0], tt[1])
    lk = ck.m(r"漏损率由2022年的([\d.]+)%下降至([\d.]+)%，达到(\d+)%以内的目标")
    if lk:
        ck.ok(dec(lk[1]) <= dec(lk[2]), "completion_mismatch", "漏损率 target met")
        ck.ok("漏损率为" + lk[0] + "%" in ck.t, "conflicting_values", "2022 漏损率 twice")
    bp = ck.m(r"爆管次数由2022年的(\d+)次减少到(\d+)次，下降([\d.]+)%")
    if bp:
        ck.rate_eq(bp[2], dec(bp[0]) - dec(bp[1]), bp[0], "爆管下降率", "completion_mismatch")
    fee = ck.m(r"全年节约水量([\d.]+)万立方米，按县城居民水价([\d.]+)元/立方米测算，节约水费约(\d+)万元")
    if fee:
        ck.ok(abs(dec(fee[0]) * dec(fee[1]) - dec(fee[2])) <= D("0.5"), "conflicting_values", "水费 approx")
    av = ck.m(r"漏损率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%")
    if av:
        ck.ok(consistent(av[4], sum(dec(x) for x in av[:4]) / 4), "average_mismatch", "DMA mean")


def p_panshi(ck):
    year = 2018
    common_prose(ck, year)
    f = funds_table(ck)
    it = indicator_table(ck, f) if f else None
    g = ck.m(r"项目年初预算([\d.]+)万元，其中省级城市基础设施建设补助资金([\d.]+)万元、市级配套资金([\d.]+)万元。另有2017年结转的泵房改造前期设计及监理资金([\d.]+)万元一并纳入本项目使用，全年预算为([\d.]+)万元")
    if g and f:
        ck.sum_eq(g[0], [g[1], g[2]], "省 + 市 = 年初")
        ck.sum_eq(g[4], [g[0], g[3]], "年初 + 结转 = 全年")
        ck.ok(dec(g[0]) == dec(f["total"][1]) and dec(g[4]) == dec(f["total"][2]) and dec(g[3]) == dec(f["parts"][1][2]),
              "conflicting_values", "prose budget vs table")
    sp = ck.m(r"2018年项目共支出([\d.]+)万元，预算执行率([\d.]+)%。其中当年财政拨款支出([\d.]+)万元，上年结转资金([\d.]+)万元已全部使用完毕")
    if sp and g:
        ck.rate_eq(sp[1], sp[0], g[4], "prose 执行率")
        ck.sum_eq(sp[0], [sp[2], sp[3]], "财政 + 结转 = 支出")
        ck.ok(dec(sp[0]) == dec(f["total"][3]) and dec(sp[2]) == dec(f["parts"][0][3]), "conflicting_values", "spent prose vs table")
        bal = ck.m(r"年末结余([\d.]+)万元")
        if bal:
            ck.ok(dec(g[4]) - dec(sp[0]) == dec(bal[0]), "balance_mismatch", f"结余 {bal[0]}")
    av1 = ck.m(r"全年支出([\d.]+)万元，按改造泵房(\d+)座计算，平均每座([\d.]+)万元")
    if av1 and it:
        ck.ok(consistent(av1[2], dec(av1[0]) / dec(av1[1])), "average_mismatch", "per 泵房 mean")
        row = [r for r in it["rows"] if r[1] == "成本指标"][0]
        ck.ok(row[4] == av1[2] + "万元", "conflicting_values", "cost prose vs table")
    av = ck.m(r"末端水压分别为([\d.]+)MPa、([\d.]+)MPa、([\d.]+)MPa、([\d.]+)MPa、([\d.]+)MPa，平均([\d.]+)MPa")
    if av:
        ck.ok(consistent(av[5], sum(dec(x) for x in av[:5]) / 5), "average_mismatch", "水压 mean")
    dc = ck.m(r"受理的二次供水投诉(\d+)件，较2017年同期的(\d+)件下降([\d.]+)%")
    if dc:
        ck.rate_eq(dc[2], dec(dc[1]) - dec(dc[0]), dc[1], "投诉下降率", "completion_mismatch")
    om = ck.m(r"(\d+)座泵房中已有(\d+)座移交市自来水公司专业化运维，运维覆盖率([\d.]+)%")
    if om:
        ck.rate_eq(om[2], om[1], om[0], "运维覆盖率", "completion_mismatch")
    hh = ck.m(r"改造后惠及居民(\d+)户")
    if hh and it:
        row = [r for r in it["rows"] if r[2] == "受益居民户数"][0]
        ck.ok(row[4] == hh[0] + "户", "conflicting_values", f"户数 prose {hh[0]} vs table {row[4]}")
    tt = ck.m(r"自评得分([\d.]+)分（详见附表）。扣分原因：一是预算执行率未达到100%，扣([\d.]+)分；二是2座泵房尚未移交专业化运维，可持续影响指标扣([\d.]+)分")
    if tt and it:
        ck.ok(tt[0] == it["total_s"], "conflicting_values", "prose total vs table")
        ck.ok(dec(tt[1]) == f["weight"] - f["score"], "score_sum_mismatch", "exec deduction")
        ck.ok(100 - dec(tt[1]) - dec(tt[2]) == dec(tt[0]), "score_sum_mismatch", "deductions")
    gr = ck.m(r"评价等级：(\S)")
    if gr and it:
        grade_check(ck, it["total_s"], gr[0])


def p_jingyan(ck):
    year = 2024
    common_prose(ck, year)
    f = funds_table(ck)
    it = indicator_table(ck, f) if f else None
    g = ck.m(r"年初预算([\d.]+)万元，年中因人员工资调整和检测设备购置追加预算([\d.]+)万元，全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元。按资金来源分，财政拨款([\d.]+)万元，事业收入（委托检测服务收入）([\d.]+)万元")
    if g and f:
        ck.sum_eq(g[2], [g[0], g[1]], "年初 + 追加 = 全年")
        ck.sum_eq(g[2], [g[3], g[4]], "基本 + 项目 = 全年")
        ck.sum_eq(g[2], [g[5], g[6]], "财政 + 事业 = 全年")
        ck.ok(dec(g[0]) == dec(f["total"][1]) and dec(g[2]) == dec(f["total"][2]) and dec(g[3]) == dec(f["parts"][0][2])
              and dec(g[4]) == dec(f["parts"][1][2]), "conflicting_values", "prose budget vs table")
    sp = ck.m(r"中心全年支出([\d.]+)万元，整体预算执行率([\d.]+)%，较2023年度的支出([\d.]+)万元增加([\d.]+)万元。按资金来源分，财政拨款支出([\d.]+)万元，执行率([\d.]+)%；事业收入支出([\d.]+)万元，执行率([\d.]+)%")
    if sp and g:
        ck.rate_eq(sp[1], sp[0], g[2], "整体执行率")
        ck.ok(dec(sp[0]) - dec(sp[2]) == dec(sp[3]), "sum_mismatch", "增加额")
        ck.sum_eq(sp[0], [sp[4], sp[6]], "财政 + 事业 = 支出")
        ck.rate_eq(sp[5], sp[4], g[5], "财政拨款执行率")
        ck.rate_eq(sp[7], sp[6], g[6], "事业收入执行率")
        ck.ok(dec(sp[0]) == dec(f["total"][3]), "conflicting_values", "spent prose vs table")
        cf = ck.m(r"尾款([\d.]+)万元因供货验收")
        if cf:
            ck.ok(dec(g[2]) - dec(sp[0]) == dec(cf[0]), "balance_mismatch", "结转 = 全年 − 支出")
            ck.ok(dec(f["parts"][1][2]) - dec(f["parts"][1][3]) == dec(cf[0]), "balance_mismatch", "项目支出 结转")
    pr = ck.m(r"项目支出执行率仅为([\d.]+)%")
    if pr and f:
        ck.rate_eq(pr[0], f["parts"][1][3], f["parts"][1][2], "项目支出执行率 prose")
    tk = ck.m(r"完成全县农村集中供水工程水样检测(\d+)份以上")
    dn = ck.m(r"全年完成农村集中供水工程水样检测(\d+)份，为年度任务的([\d.]+)%")
    if tk and dn:
        ck.rate_eq(dn[1], dn[0], tk[0], "农村水样完成率", "completion_mismatch")
    zg = ck.m(r"通报水质超标问题(\d+)处，已整改(\d+)处，整改率(\d+)%，其余(\d+)处")
    if zg:
        ck.rate_eq(zg[2], zg[1], zg[0], "整改率", "completion_mismatch")
        ck.sum_eq(zg[0], [zg[1], zg[3]], "整改 + 其余 = 通报")
    tt = ck.m(r"部门整体支出自评得分([\d.]+)分，评价等级为(\S\S)")
    if tt and it:
        ck.ok(tt[0] == it["total_s"], "conflicting_values", "prose total vs table")
        grade_check(ck, tt[0], tt[1])
    tc = ck.m(r"评价结论｜自评得分([\d.]+)分，评价等级：(\S)")
    if tc and it:
        ck.ok(tc[0] == it["total_s"], "conflicting_values", "评价结论 total vs 合计")
        grade_check(ck, tc[0], tc[1])
    # prose figures equal table actuals
    if it:
        act = {r[2]: r[it["ix"]["实际完成值"]] for r in it["rows"]}
        for nm, rx in (("农村集中供水工程水样检测", r"全年完成农村集中供水工程水样检测(\d+)份"),
                       ("单份水样检测成本", r"单份水样平均检测成本(\d+)元"),
                       ("农村集中供水工程水质达标率", r"水质达标率([\d.]+)%"),
                       ("供水单位和用水群众满意度", r"满意度为(\d+)%")):
            v = ck.m(rx)
            if v:
                ck.ok(v[0] == act[nm] or not re.match(r"^[\d.]+$", act[nm]), "conflicting_values", f"{nm} prose vs table")


PROJECT_CHECKS = {
    "ah-guzhen-gongshuiyitihua-2022": p_guzhen,
    "sn-jingyang-shuichangtibiao-2020": p_jingyang,
    "gd-xinxing-guanwangloushun-2023": p_xinxing,
    "jl-panshi-ercigongshui-2018": p_panshi,
    "sc-jingyan-shuizhijiance-2024": p_jingyan,
}


def run_checks(pid, text):
    ck = Checker(text)
    PROJECT_CHECKS[pid](ck)
    return ck


# ---------------------------------------------------------------- main

def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        fail(f"expected 35 labels, got {len(labels)}")
    codes = {}
    edits = {(e[0], e[1]): e for e in build.EDITS}
    where = {"prose": 0, "table": 0}
    for l in labels:
        path = os.path.join(CASES, l["case"])
        if not os.path.exists(path):
            fail(f"missing case {l['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        pid = l["source"]
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{l['case']}: {n} characters, outside 3000-9000")
            ck = run_checks(pid, text)
            for code, msg in ck.failed:
                fail(f"{l['case']}: clean draft fails [{code}] {msg}")
            print(f"{l['case']}: {n} chars, {ck.n} arithmetic checks passed")
            continue
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: expected exactly one finding")
            continue
        exp = l["expected"][0]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        if exp["severity"] != "error":
            fail(f"{l['case']}: severity {exp['severity']}")
        if exp["value"] not in text:
            fail(f"{l['case']}: value {exp['value']!r} not in case")
        # exactly what build.py makes
        n = int(re.search(r"-e(\d+)\.txt$", l["case"]).group(1))
        e = edits[(pid, n)]
        where[e[3]] += 1
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        if clean.replace(e[4], e[5], 1) != text or clean.count(e[4]) != 1:
            fail(f"{l['case']}: not the build.py edit of the clean draft")
        # one place: common prefix/suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        c_reg, e_reg = (p, len(clean) - s), (p, len(text) - s)
        if c_reg[1] - c_reg[0] > 120 or e_reg[1] - e_reg[0] > 120 or text == clean:
            fail(f"{l['case']}: changed region too large or empty {c_reg} {e_reg}")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not any(o < max(e_reg[1], e_reg[0] + 1) and o + len(exp["value"]) > e_reg[0] for o in occ):
            fail(f"{l['case']}: value does not overlap the changed region")
        # the injected error breaks the arithmetic in the labelled way, and only that way
        ck = run_checks(pid, text)
        got = {c for c, _ in ck.failed}
        if exp["code"] not in got:
            fail(f"{l['case']}: checks do not detect {exp['code']} (failed: {ck.failed})")
        extra = got - {exp["code"]} - WARNINGS
        if extra:
            fail(f"{l['case']}: other error codes fail too: {[x for x in ck.failed if x[0] in extra]}")
        print(f"{l['case']}: {exp['code']} ({e[3]}) detected: {[m for c, m in ck.failed if c == exp['code']][0]}")
    for c in CODES13:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times (< 2)")
    print("codes:", json.dumps(codes, ensure_ascii=False))
    print("prose/table:", where)
    if PROBLEMS:
        for pr in PROBLEMS:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
