#!/usr/bin/env python3
"""Verify the n442 set (戏曲进乡村与送戏下乡).  Standard library only; arithmetic in decimal.Decimal.

For every case the arithmetic of its project is redone from the figures as written in that case:
  * clean drafts: every check passes (errors and warnings alike);
  * error cases: the labelled code fails and no other error-level code fails
    (score_rule_mismatch is a warning in errors.md §B and may follow a score slip).
Also: every label value occurs in its case, each error case differs from its clean draft in one
contiguous place that overlaps the label value, and each of the 13 codes is used at least twice.
Tolerance and rounding follow rules.md §8 (a stated value with d decimals matches a computed c when
|c - v| <= 0.5 * 10^-d).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
EPS = D("1e-9")
HUNDRED = D(100)
WAN = D(10000)


def nd(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(s.strip().rstrip("%"))


def tol(s):
    return D(5) * D(10) ** (-(nd(s) + 1))


def close(c, s):
    """computed value c is consistent with the stated string s (rules §8)."""
    return abs(D(c) - num(s)) <= tol(s) + EPS


def same(a, b):
    """two stated strings carry the same value (judged at the coarser precision)."""
    return abs(num(a) - num(b)) <= max(tol(a), tol(b)) + EPS


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Run:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, severity, name, ok)

    # ---------- extraction ----------
    def one(self, pat, start=None):
        t = self.t if start is None else self.t[self.t.index(start):]
        ms = list(re.finditer(pat, t))
        if len(ms) != 1:
            raise AssertionError("pattern %r matched %d times" % (pat, len(ms)))
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def all(self, pat):
        return re.findall(pat, self.t)

    # ---------- recording ----------
    def add(self, code, name, ok, sev="error"):
        self.res.append((code, sev, name, bool(ok)))

    # ---------- checks ----------
    def total(self, name, total, parts):
        """total = sum(parts) -> sum_mismatch; one part off by 10^4 -> unit_mismatch."""
        s = sum(num(p) for p in parts)
        if close(s, total):
            return self.add("sum_mismatch", name, True)
        for p in parts:
            for f in (D("0.0001"), WAN):
                if close(s - num(p) + num(p) * f, total):
                    return self.add("unit_mismatch", name + " [%s off by 10^4]" % p, False)
        for f in (D("0.0001"), WAN):
            if abs(s - num(total) * f) <= tol(total) * f + EPS:
                return self.add("unit_mismatch", name + " [total off by 10^4]", False)
        self.add("sum_mismatch", name, False)

    def diff(self, name, total, minuend, subtrahend, code="sum_mismatch"):
        """stated total = minuend - subtrahend (counts)."""
        self.add(code, name, close(num(minuend) - num(subtrahend), total))

    def mul(self, name, total, count, each):
        """total = count × each (plain counts) -> sum_mismatch."""
        self.add("sum_mismatch", name, close(num(count) * num(each), total))

    def prod(self, name, total_wan, count, per_yuan):
        """total (万元) = count × per (元) / 10000 -> sum_mismatch; 元 figure labelled 万元 -> unit."""
        c = num(count) * num(per_yuan) / WAN
        if close(c, total_wan):
            return self.add("sum_mismatch", name, True)
        if close(c * WAN, total_wan) or close(c / WAN, total_wan):
            return self.add("unit_mismatch", name, False)
        self.add("sum_mismatch", name, False)

    def rate(self, name, numer, denom, stated, bounded=True):
        """stated rate = numer / denom × 100 (I1, I2; zero base and > 100 % -> implausible_rate)."""
        if num(denom) == 0:
            ok = stated.strip() in ("—", "-", "0", "0%", "0.00%")
            return self.add("implausible_rate", name + " [zero base]", ok)
        if stated.strip() in ("—", "-"):
            return self.add("rate_mismatch", name + " [dash on non-zero base]", False)
        if bounded and num(stated) > HUNDRED:
            return self.add("implausible_rate", name, False)
        c = num(numer) / num(denom) * HUNDRED
        if close(c, stated):
            return self.add("rate_mismatch", name, True)
        for f in (D("0.0001"), WAN):
            if close(num(numer) * f / num(denom) * HUNDRED, stated) or \
                    close(num(numer) / (num(denom) * f) * HUNDRED, stated):
                return self.add("unit_mismatch", name, False)
        self.add("rate_mismatch", name, False)

    def change(self, name, cur, prev, stated):
        """growth / decline rate |cur - prev| / prev."""
        c = abs(num(cur) - num(prev)) / num(prev) * HUNDRED
        self.add("rate_mismatch", name, close(c, stated))

    def rng(self, name, stated):
        self.add("implausible_rate", name, D(0) <= num(stated) <= HUNDRED)

    def bal(self, name, a, b, stated):
        c = num(a) - num(b)
        if close(c, stated):
            return self.add("balance_mismatch", name, True)
        for f in (D("0.0001"), WAN):
            if close(c, str(num(stated) * f)):
                return self.add("unit_mismatch", name, False)
        self.add("balance_mismatch", name, False)

    def conf(self, name, a, b):
        if same(a, b):
            return self.add("conflicting_values", name, True)
        for f in (D("0.0001"), WAN):
            if abs(num(a) - num(b) * f) <= max(tol(a), tol(b) * f) + EPS:
                return self.add("unit_mismatch", name, False)
        self.add("conflicting_values", name, False)

    def conf_s(self, name, a, b):
        self.add("conflicting_values", name, a.strip() == b.strip())

    def unit(self, name, u_target, u_actual):
        self.add("unit_mismatch", name, u_target == u_actual)

    def compl(self, name, direction, target, actual, stated):
        T, A = num(target), num(actual)
        if direction == "lte":
            c = HUNDRED if A <= T else T / A * HUNDRED
        else:
            c = A / T * HUNDRED
        self.add("completion_mismatch", name, close(c, stated))

    def avg(self, name, total, count, stated):
        self.add("average_mismatch", name, close(num(total) / num(count), stated))

    def grade(self, name, total, label):
        self.add("grade_mismatch", name, GRADE_WORDS[label] == grade_of(num(total)))

    def wsum(self, name, weights, total):
        self.add("weight_sum_mismatch", name, sum(num(w) for w in weights) == num(total))

    def ssum(self, name, scores, total):
        self.add("score_sum_mismatch", name, close(sum(num(s) for s in scores), total))

    def le(self, name, weight, score):
        self.add("score_exceeds_weight", name, D(0) <= num(score) <= num(weight))

    def year(self, name, ok):
        self.add("year_mismatch", name, ok)

    def rule(self, name, kind, weight, score, target=None, actual=None, rate=None):
        """score follows rules §5 (warning score_rule_mismatch)."""
        w, s = num(weight), num(score)
        if kind == "achieved":
            ok = w * D("0.8") <= s <= w
        elif kind == "partly":
            ok = w * D("0.6") <= s < w * D("0.8")
        elif kind == "exec":  # rate string in %, either the stated or the unrounded rate
            cands = [w * min(num(r) / HUNDRED, D(1)) for r in rate]
            ok = any(close(c, score) for c in cands)
        else:
            T, A = num(target), num(actual)
            if kind == "gte":
                c = w if A >= T else w * A / T
            elif kind == "lte":
                c = w if A <= T else w * T / A
            elif kind == "eq0":
                c = w if A <= 0 else D(0)
            ok = close(c, score)
        self.add("score_rule_mismatch", name, ok, sev="warning")

    def row_checks(self, name, kind, weight, score, target=None, actual=None, comp=None):
        """score within weight, rule, completion for one indicator row."""
        self.le(name, weight, score)
        if kind in ("gte", "lte", "eq0"):
            self.rule(name, kind, weight, score, target, actual)
            if comp is not None:
                self.compl(name, "lte" if kind == "lte" else "gte", target, actual, comp)
        else:
            self.rule(name, kind, weight, score)


def pct(s):
    """'95.00%' -> '95.00'"""
    return s.strip().rstrip("%")


# =====================================================================================
# sx-xiaoyi-xiqujinxiang-2019  (Shanxi, 行次 funds table, 目标值/业绩值/完成率 table)
# =====================================================================================
def p_xiaoyi(R):
    Y = 2019
    # --- prose: plan and standards
    per_min, towns, base_shows = R.one(r"不少于(\d+)场的标准，为全市(\d+)个乡镇安排演出(\d+)场")
    R.mul("72场 = 12乡镇×6场", base_shows, towns, per_min)
    add_shows, plan = R.one(r"追加国庆、重阳节庆专场(\d+)场，全年计划演出调整为(\d+)场")
    R.total("计划场次 72+6", plan, [base_shows, add_shows])
    std, std_c, std_p, std_add = R.one(r"每场演出补助(\d+)元，其中中央资金(\d+)元、省级资金(\d+)元；追加的\d+场由市级财政按每场(\d+)元")
    R.total("补助标准 中央+省级", std, [std_c, std_p])
    R.conf("追加场次补助标准", std_add, std)
    # --- prose: funds
    ini, add, ann = R.one(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元")
    R.total("全年预算 = 年初 + 追加", ann, [ini, add])
    R.prod("追加 = 6场×4000元", add, add_shows, std_add)
    spent, rate, perf, n, per, transp, promo = R.one(
        r"全年支出([\d.]+)万元，预算执行率([\d.]+%)，其中演出补助([\d.]+)万元（(\d+)场×(\d+)元）、舞台运输及音响租赁([\d.]+)万元、宣传品及字幕屏制作([\d.]+)万元")
    R.rate("预算执行率(正文)", spent, ann, rate)
    R.total("支出构成", spent, [perf, transp, promo])
    R.prod("演出补助 = 场次×标准", perf, n, per)
    R.conf("补助场次 = 计划场次", n, plan)
    tb, ts, tbal = R.one(r"运输租赁预算([\d.]+)万元，实际支出([\d.]+)万元，节余([\d.]+)万元")
    R.bal("运输租赁节余", tb, ts, tbal)
    R.conf("运输租赁支出 两处", ts, transp)
    bal_t, carry, cyear, recov = R.one(r"年末结余([\d.]+)万元，其中([\d.]+)万元为.{0,60}?结转至(\d{4})年结算，其余([\d.]+)万元收回")
    R.bal("年末结余 = 全年预算(全部到位) - 支出", ann, spent, bal_t)
    R.total("结余 = 结转 + 收回", bal_t, [carry, recov])
    R.year("结转年度晚于评价年度", int(cyear) > Y)
    # --- funds table (行次)
    rows = {}
    for label, code in [("年初预算资金", r"\(1\)"), ("全年预算资金", r"\(2\)"), ("实际到位资金", r"\(3\)"),
                        ("全年执行资金", r"\(4\)"), ("资金结余", r"\(5\)=\(3\)-\(4\)"), ("其中：结转", r"\(6\)"),
                        ("其中：收回", r"\(7\)=\(5\)-\(6\)"), ("预算到位率\(%\)", r"\(8\)=\(3\)/\(2\)"),
                        ("预算执行率\(%\)", r"\(9\)=\(4\)/\(2\)")]:
        rows[label.replace("\\", "")] = R.one("\t" + label + "\n\t" + code + "\n" + "\t([\\d.]+)\n" * 7)
    cols = ["总额", "小计", "中央", "省级", "市级", "上年结转", "其他"]
    money = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "其中：结转", "其中：收回"]
    for r in money:
        v = rows[r]
        R.total(r + " 总额 = 小计+上年结转+其他", v[0], [v[1], v[5], v[6]])
        R.total(r + " 小计 = 中央+省+市", v[1], [v[2], v[3], v[4]])
    for i, c in enumerate(cols):
        R.bal("(5)=(3)-(4) " + c, rows["实际到位资金"][i], rows["全年执行资金"][i], rows["资金结余"][i])
        R.total("(5)=(6)+(7) " + c, rows["资金结余"][i], [rows["其中：结转"][i], rows["其中：收回"][i]])
        R.rate("(8) 到位率 " + c, rows["实际到位资金"][i], rows["全年预算资金"][i], rows["预算到位率(%)"][i])
        R.rate("(9) 执行率 " + c, rows["全年执行资金"][i], rows["全年预算资金"][i], rows["预算执行率(%)"][i])
    R.total("表 全年 = 年初 + 追加(正文)", rows["全年预算资金"][0], [rows["年初预算资金"][0], add])
    for name, a, b in [("年初预算", ini, rows["年初预算资金"][0]), ("全年预算", ann, rows["全年预算资金"][0]),
                       ("全年支出", spent, rows["全年执行资金"][0]), ("年末结余", bal_t, rows["资金结余"][0]),
                       ("结转", carry, rows["其中：结转"][0]), ("收回", recov, rows["其中：收回"][0]),
                       ("执行率", pct(rate), rows["预算执行率(%)"][0])]:
        R.conf(name + " 正文/资金表", a, b)
    R.prod("中央资金 = 72场×3000元", rows["全年预算资金"][2], base_shows, std_c)
    R.prod("省级资金 = 72场×1000元", rows["全年预算资金"][3], base_shows, std_p)
    # --- prose: outputs, benefits, satisfaction
    total_p, grade_p = R.one(r"综合得分([\d.]+)分，评价等级为“(\S+?)”")
    done, troupe_a, ntroupes, troupe_b, plays = R.one(
        r"全年完成演出(\d+)场，其中市碗碗腔艺术传承中心演出(\d+)场，(\d+)家民营剧团演出(\d+)场，.{0,40}?共(\d+)部")
    R.total("剧团场次", done, [troupe_a, troupe_b])
    nbig, big_each, nrest, rest_each, town_total = R.one(r"(\d+)个镇各演出(\d+)场，其余(\d+)个乡镇各演出(\d+)场，合计(\d+)场")
    R.total("乡镇场次 分别×合计", town_total, [str(num(nbig) * num(big_each)), str(num(nrest) * num(rest_each))])
    R.total("乡镇个数", towns, [nbig, nrest])
    R.conf("演出场次 两处", done, town_total)
    aud, aud_prev, growth, avg_show = R.one(r"全年观演群众([\d.]+)万人次（2018年为([\d.]+)万人次），较上年增长([\d.]+%)，平均每场约(\d+)人次")
    R.change("观演人次增长率", aud, aud_prev, growth)
    R.avg("平均每场观众", str(num(aud) * WAN), done, avg_show)
    issued, valid, satisfied, sat = R.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份，其中满意和基本满意(\d+)份，群众满意度([\d.]+%)")
    R.rate("满意度 = 满意/有效问卷", satisfied, valid, sat)
    R.add("rate_mismatch", "有效问卷不多于发放问卷", num(valid) <= num(issued))
    # --- indicator table (附件1)
    A = "附件1.项目支出绩效自评表"
    def cells(name, n=5):
        return R.one("\t" + name + "\n" + "\t([^\n]+)\n" * n, start=A)
    w0, t0, a0, c0, s0 = cells("预算执行率")
    R.conf("执行率 正文/自评表", pct(rate), pct(a0))
    R.compl("预算执行率完成率", "gte", pct(t0), pct(a0), c0)
    R.le("预算执行率", w0, s0)
    R.rule("预算执行率得分", "exec", w0, s0, rate=[pct(a0), str(num(spent) / num(ann) * HUNDRED)])
    wts, scs = [w0], [s0]
    spec = [("演出场次", "gte", r"≥(\d+)场", r"(\d+)场", done),
            ("覆盖乡镇数", "gte", r"(\d+)个", r"(\d+)个", towns),
            ("上演剧目数", "gte", r"≥(\d+)部", r"(\d+)部", plays),
            ("演出完成时间", "achieved", None, None, None),
            ("每场演出补助", "lte", r"≤(\d+)元", r"(\d+)元", std),
            ("观演群众人次", "gte", r"≥([\d.]+)万人次", r"([\d.]+)万人次", aud),
            ("戏曲进乡村长效机制", "achieved", None, None, None),
            ("群众满意度", "gte", r"≥([\d.]+)%", r"([\d.]+)%", pct(sat))]
    for name, kind, tp, ap, prose in spec:
        w, tg, ac, cp, sc = cells(name)
        wts.append(w)
        scs.append(sc)
        if kind == "achieved":
            R.le(name, w, sc)
            R.rule(name, kind, w, sc)
            continue
        T = re.fullmatch(tp, tg).group(1)
        A_ = re.fullmatch(ap, ac).group(1)
        R.row_checks(name, kind, w, sc, T, A_, cp)
        R.conf(name + " 正文/自评表", prose, A_)
    R.rng("满意度不超过100%", pct(sat))
    R.conf("计划场次 = 演出场次目标", plan, re.fullmatch(r"≥(\d+)场", cells("演出场次")[1]).group(1))
    wt, st = R.one("\t合计\n\t\n\t\n\t([\\d.]+)\n\t\n\t\n\t\n\t([\\d.]+)\n", start=A)
    R.wsum("权重合计", wts, wt)
    R.wsum("权重合计 = 100", wts, "100")
    R.ssum("得分合计(表)", scs, st)
    R.ssum("得分合计(正文)", scs, total_p)
    R.conf("总分 正文/表", total_p, st)
    R.grade("等级", total_p, grade_p)
    # --- years
    R.year("标题年度", R.one(r"孝义市文化和旅游局(\d{4})年戏曲进乡村项目支出绩效自评报告") == str(Y))
    R.year("结论年度", R.one(r"经自评，(\d{4})年戏曲进乡村项目") == str(Y))
    R.year("报告日期不早于评价年度", int(R.one(r"\n(\d{4})年3月16日\n")) >= Y)


# =====================================================================================
# ha-xiayi-songxixiaxiang-2021  (Henan, MOF 附件1 copied from PDF with single spaces)
# =====================================================================================
def p_xiayi(R):
    Y = 2021
    ini, yfrom, carry, yto, ann = R.one(
        r"年初安排送戏下乡专项资金([\d.]+)万元，另有(\d{4})年因疫情未能演出而剩余的([\d.]+)万元结转至(\d{4})年继续使用，全年预算([\d.]+)万元")
    R.total("全年预算 = 年初 + 上年结转", ann, [ini, carry])
    R.year("上年结转来自评价年度之前、转入评价年度", int(yfrom) == Y - 1 and int(yto) == Y)
    spent, perf, n, per, rent, ins, bal, yret = R.one(
        r"全年支出([\d.]+)万元，其中演出补助([\d.]+)万元（(\d+)场，每场(\d+)元）、舞台音响租赁及运输([\d.]+)万元、演出督导宣传及演职人员意外保险([\d.]+)万元；年末结余([\d.]+)万元，已于(\d{4})年1月")
    R.total("支出构成", spent, [perf, rent, ins])
    R.prod("演出补助 = 场次×每场标准", perf, n, per)
    R.bal("年末结余 = 全年预算(全部到位) - 支出", ann, spent, bal)
    R.year("结余收回时间在评价年度之后", int(yret) == Y + 1)
    tg_shows, tg_towns, tg_aud, tg_troupes, tg_sat = R.one(
        r"（三）绩效目标。全年开展送戏下乡演出不少于(\d+)场，覆盖全县(\d+)个乡镇（街道），观众不少于(\d+)万人次，参演本土剧团不少于(\d+)个，群众满意度不低于(\d+)%")
    es, os_, tot_p, grade_p = R.one(r"预算执行得分([\d.]+)分，产出、效益和满意度指标合计得分([\d.]+)分，自评总分([\d.]+)分，评价等级为(\S\S)")
    R.total("自评总分 = 预算执行 + 指标", tot_p, [es, os_])
    R.grade("等级", tot_p, grade_p)
    a, b, c, nrest, rest, tot_s, towns = R.one(
        r"分别演出(\d+)场、(\d+)场、(\d+)场，其余(\d+)个乡镇（街道）共演出(\d+)场，合计(\d+)场，(\d+)个乡镇（街道）全部覆盖")
    R.total("乡镇场次合计", tot_s, [a, b, c, rest])
    R.total("乡镇个数 3+其余", towns, ["3", nrest])
    R.conf("补助场次 = 演出场次", n, tot_s)
    done_p = R.one(r"全年完成送戏下乡演出(\d+)场，其中")
    R.conf("演出场次 两处(正文)", done_p, tot_s)
    date_p = R.one(r"演出任务于(\d{4}年\d+月\d+日)全部完成")
    R.year("完成时间在评价年度", date_p.startswith(str(Y)))
    std_p = R.one(r"补助严格按每场(\d+)元标准拨付")
    R.conf("补助标准 两处(正文)", std_p, per)
    aud, avg_show = R.one(r"全年观众([\d.]+)万人次，场均观众(\d+)人次")
    R.avg("场均观众", str(num(aud) * WAN), tot_s, avg_show)
    troupes_p = R.one(r"参演本土剧团(\d+)个，剧团演出收入增加")
    sat_p = R.one(r"开展满意度调查，群众满意度([\d.]+%)。")
    R.rng("满意度(正文)", sat_p)
    # --- 附件1 funds block
    A = "附件1\n项目支出绩效自评表"
    R.year("自评表年度", R.one(r"（(\d{4})年度）", start=A) == str(Y))
    ft = R.one(r"年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\S+) ([\d.]+)\n", start=A)
    ff = R.one(r"其中：当年财政拨款 ([\d.]+) ([\d.]+) ([\d.]+) — (\S+) —\n", start=A)
    fc = R.one(r"上年结转资金 ([\d.]+) ([\d.]+) ([\d.]+) — (\S+) —\n", start=A)
    fo = R.one(r"其他资金 ([\d.]+) ([\d.]+) ([\d.]+) — (\S+) —\n", start=A)
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        R.total("年度资金总额 " + col, ft[i], [ff[i], fc[i], fo[i]])
    R.rate("执行率 总额", ft[2], ft[1], ft[4])
    R.rate("执行率 当年财政拨款", ff[2], ff[1], ff[3])
    R.rate("执行率 上年结转", fc[2], fc[1], fc[3])
    R.rate("执行率 其他资金", fo[2], fo[1], fo[3])
    R.le("预算执行", ft[3], ft[5])
    R.rule("预算执行得分", "exec", ft[3], ft[5], rate=[pct(ft[4]), str(num(ft[2]) / num(ft[1]) * HUNDRED)])
    R.conf("年初预算 正文/表", ini, ft[0])
    R.conf("当年财政拨款 正文/表", ini, ff[1])
    R.conf("全年预算 正文/表", ann, ft[1])
    R.conf("全年执行 正文/表", spent, ft[2])
    R.conf("上年结转 正文/表", carry, fc[1])
    R.conf("预算执行得分 正文/表", es, ft[5])
    ga_shows, ga_towns, ga_aud, ga_sat = R.one(
        r"全年完成演出(\d+)场，覆盖(\d+)个乡镇（街道），观众([\d.]+)\n万人次，群众满意度([\d.]+%)", start=A)
    # --- indicator rows
    rows = {}
    spec = [("送戏下乡演出场次", r"送戏下乡演出场次 ≥(\d+)场 (\d+)场 (\d+) ([\d.]+)", "gte", "产出"),
            ("覆盖乡镇（街道）数", r"覆盖乡镇（街道）数 (\d+)个 (\d+)个 (\d+) ([\d.]+)", "gte", "产出"),
            ("演出剧目审核合格率", r"演出剧目审核合格率 (\d+)% (\d+)% (\d+) ([\d.]+)", "gte", "产出"),
            ("演出任务完成时间", r"演出任务完成时间 (\S+) (\S+) (\d+) ([\d.]+)", "date", "产出"),
            ("每场演出补助标准", r"每场演出补助标准 ≤(\d+)元/场 (\d+)元/场 (\d+) ([\d.]+)", "lte", "产出"),
            ("观众人次", r"观众人次 ≥([\d.]+)万人次 ([\d.]+)万人次 (\d+) ([\d.]+)", "gte", "效益"),
            ("参演本土剧团数量", r"参演本土剧团数量 ≥(\d+)个 (\d+)个 (\d+) ([\d.]+)", "gte", "效益"),
            ("戏曲传承氛围", r"戏曲传承氛围 (\S+) (\S+) (\d+) ([\d.]+)", "achieved", "效益"),
            ("群众满意度", r"群众满意度 ≥(\d+)% ([\d.]+)% (\d+) ([\d.]+)", "gte", "满意度")]
    lvl = Counter()
    wts, scs = [ft[3]], [ft[5]]
    for name, pat, kind, level in spec:
        T, A_, w, s = R.one(pat, start=A)
        rows[name] = (T, A_, w, s)
        wts.append(w)
        scs.append(s)
        lvl[level] += num(w)
        if kind == "date":
            R.le(name, w, s)
            R.year(name + " 在评价年度", T.startswith(str(Y)) and A_.startswith(str(Y)))
            R.rule(name, "achieved", w, s)
            R.conf_s("完成日期 正文/表", date_p, A_)
        elif kind == "achieved":
            R.le(name, w, s)
            R.rule(name, kind, w, s)
        else:
            R.row_checks(name, kind, w, s, T, A_)
    for level, pat in [("产出", r"产出指标\n（(\d+)分）"), ("效益", r"效益指标\n（(\d+)分）"), ("满意度", r"满意度指标\n（(\d+)分）")]:
        R.wsum(level + "指标分值", [str(lvl[level])], R.one(pat, start=A))
    wt, st = R.one(r"\n总分 (\d+) ([\d.]+)\n", start=A)
    R.wsum("分值合计", wts, wt)
    R.wsum("分值合计 = 100", wts, "100")
    R.ssum("得分合计(表)", scs, st)
    R.ssum("指标得分合计(正文)", scs[1:], os_)
    R.conf("总分 正文/表", tot_p, st)
    R.rng("满意度(表)", rows["群众满意度"][1])
    # text <-> table
    R.conf("演出场次 正文/表", tot_s, rows["送戏下乡演出场次"][1])
    R.conf("演出场次 总体目标/指标", ga_shows, rows["送戏下乡演出场次"][1])
    R.conf("覆盖乡镇 正文/表", towns, rows["覆盖乡镇（街道）数"][1])
    R.conf("覆盖乡镇 总体目标/指标", ga_towns, rows["覆盖乡镇（街道）数"][1])
    R.conf("观众 正文/表", aud, rows["观众人次"][1])
    R.conf("观众 总体目标/指标", ga_aud, rows["观众人次"][1])
    R.conf("满意度 正文/表", pct(sat_p), rows["群众满意度"][1])
    R.conf("满意度 总体目标/指标", pct(ga_sat), rows["群众满意度"][1])
    R.conf("本土剧团 正文/表", troupes_p, rows["参演本土剧团数量"][1])
    R.conf("补助标准 正文/表", per, rows["每场演出补助标准"][1])
    for name, tg, tt in [("场次目标", tg_shows, rows["送戏下乡演出场次"][0]), ("乡镇目标", tg_towns, rows["覆盖乡镇（街道）数"][0]),
                         ("观众目标", tg_aud, rows["观众人次"][0]), ("剧团目标", tg_troupes, rows["参演本土剧团数量"][0]),
                         ("满意度目标", tg_sat, rows["群众满意度"][0])]:
        R.conf(name + " 正文/表", tg, tt)
    R.year("标题年度", R.one(r"\n(\d{4})年度送戏下乡项目支出绩效自评报告") == str(Y))
    R.year("报告日期", int(R.one(r"\n(\d{4})年2月18日\n")) >= Y)


# =====================================================================================
# ah-qianshan-songxijinwancun-2022  (Anhui, web page, MOF 附件 copied from a browser)
# =====================================================================================
def p_qianshan(R):
    Y = 2022
    plan, ntowns, nvill = R.one(r"2022年计划演出(\d+)场，覆盖全市(\d+)个乡镇（街道）(\d+)个行政村")
    R.conf("每村1场：计划场次 = 行政村数", plan, nvill)
    per = R.one(r"承担，每场补助(\d+)元")
    tg_shows, tg_troupes, tg_aud, tg_young, tg_sat = R.one(
        r"全年演出不少于(\d+)场，实现行政村（社区）全覆盖；参演剧团不少于(\d+)个；观众不少于([\d.]+)万人次；依托项目培养黄梅戏青年演员不少于(\d+)名；群众满意度不低于(\d+)%")
    R.conf("计划场次 = 场次目标", plan, tg_shows)
    bud, prov, city = R.one(r"2022年项目预算([\d.]+)万元，其中省级补助([\d.]+)万元、市级配套([\d.]+)万元")
    R.total("预算 = 省级 + 市级", bud, [prov, city])
    pb, n, per2, ob = R.one(r"预算由演出补助([\d.]+)万元（(\d+)场×(\d+)元）和组织监督宣传费([\d.]+)万元两部分组成")
    R.total("预算构成", bud, [pb, ob])
    R.prod("演出补助预算 = 场次×标准", pb, n, per2)
    R.conf("补助标准 两处", per, per2)
    R.conf("补助场次 = 计划场次", n, plan)
    spent, rate, ps, os_ = R.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)，其中演出补助支出([\d.]+)万元，组织监督宣传费支出([\d.]+)万元")
    R.rate("预算执行率(正文)", spent, bud, rate)
    R.total("支出构成", spent, [ps, os_])
    ob_bal, yret = R.one(r"组织监督宣传费结余([\d.]+)万元，全部为市级配套资金，已于(\d{4})年2月收回")
    R.bal("组织监督宣传费结余", ob, os_, ob_bal)
    R.bal("结余 = 预算(全部到位) - 支出", bud, spent, ob_bal)
    R.year("结余收回在评价年度之后", int(yret) == Y + 1)
    R.year("到位时间", R.one(r"资金于(\d{4})年5月前全部拨付到位") == str(Y))
    checked, ratio = R.one(r"全年共抽查演出(\d+)场，抽查比例([\d.]+%)")
    done, extra, comp = R.one(r"全年实际演出(\d+)场，超出年度计划(\d+)场，演出场次完成率([\d.]+%)")
    R.rate("抽查比例", checked, done, ratio)
    R.diff("超出计划场次", extra, done, plan)
    R.compl("演出场次完成率(正文)", "gte", plan, done, comp)
    nt, npro, npriv, npro2, s1, s2, s3, avg_pro, npriv2, spriv = R.one(
        r"参演剧团(\d+)个，其中专业院团(\d+)个、民营剧团(\d+)个：(\d+)个专业院团分别演出(\d+)场、(\d+)场、(\d+)场，平均每团(\d+)场；(\d+)个民营剧团共演出(\d+)场")
    R.total("剧团个数", nt, [npro, npriv])
    R.conf("专业院团个数", npro, npro2)
    R.conf("民营剧团个数", npriv, npriv2)
    R.total("演出场次 = 专业 + 民营", done, [s1, s2, s3, spriv])
    R.avg("专业院团平均场次", str(num(s1) + num(s2) + num(s3)), npro2, avg_pro)
    R.conf("民营剧团 招标个数", R.one(r"通过公开招标确定(\d+)个民营剧团"), npriv)
    date_p = R.one(r"全部演出于(\d{4}年\d+月\d+日)前完成")
    aud, aud_prev = R.one(r"全年观众约([\d.]+)万人次（2021年约([\d.]+)万人次）")
    young, short = R.one(r"培养青年演员(\d+)名，比年度目标少(\d+)名")
    R.diff("青年演员差额", short, tg_young, young)
    issued, valid, satisfied, sat = R.one(r"发放满意度调查问卷(\d+)份，回收有效问卷(\d+)份，其中表示满意的(\d+)份，满意度([\d.]+%)")
    R.rate("满意度 = 满意/有效", satisfied, valid, sat)
    R.add("rate_mismatch", "有效问卷不多于发放问卷", num(valid) <= num(issued))
    tot_p, grade_p = R.one(r"本项目自评得分([\d.]+)分，等级为(\S)。")
    R.grade("等级", tot_p, grade_p)
    # --- table
    A = "2022年度项目支出绩效自评表"
    ft = R.one(r"年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t(\S+)\t([\d.]+)\n", start=A)
    ff = R.one(r"其中：当年财政拨款\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t(\S+)\t—\n", start=A)
    fc = R.one(r"上年结转资金\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t(\S+)\t—\n", start=A)
    fo = R.one(r"其他资金\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t(\S+)\t—\n", start=A)
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        R.total("年度资金总额 " + col, ft[i], [ff[i], fc[i], fo[i]])
    R.rate("执行率 总额", ft[2], ft[1], ft[4])
    R.rate("执行率 当年财政拨款", ff[2], ff[1], ff[3])
    R.rate("执行率 上年结转", fc[2], fc[1], fc[3])
    R.rate("执行率 其他", fo[2], fo[1], fo[3])
    R.le("预算执行", ft[3], ft[5])
    R.rule("预算执行得分", "exec", ft[3], ft[5], rate=[pct(ft[4]), str(num(ft[2]) / num(ft[1]) * HUNDRED)])
    R.conf("年初预算 正文/表", bud, ft[0])
    R.add("rate_mismatch", "年中未调整：年初 = 全年", num(ft[0]) == num(ft[1]))
    R.conf("全年预算 正文/表", bud, ft[1])
    R.conf("全年执行 正文/表", spent, ft[2])
    R.conf("执行率 正文/表", pct(rate), pct(ft[4]))
    gv, ga_shows, ga_vill, ga_aud, ga_sat = R.one(
        r"\t为全市(\d+)个行政村（社区）各送戏1场.*?\t演出(\d+)场，覆盖(\d+)个行政村（社区），观众约([\d.]+)万人次，群众满意度([\d.]+%)。", start=A)
    R.conf("行政村数 正文/总体目标", nvill, gv)
    R.conf("覆盖行政村 目标/实际", gv, ga_vill)
    rows = {}
    spec = [("演出场次", r"\t演出场次\t≥(\d+)场\t([\d.]+)(场|%)\t(\d+)\t([\d.]+)\t", "gte"),
            ("参演剧团数量", r"\t参演剧团数量\t≥(\d+)个\t(\d+)(个)\t(\d+)\t([\d.]+)\t", "gte"),
            ("演出验收合格率", r"\t演出验收合格率\t(\d+)%\t(\d+)(%)\t(\d+)\t([\d.]+)\t", "gte"),
            ("演出完成时间", r"\t演出完成时间\t(\S+)\t(\S+)()\t(\d+)\t([\d.]+)\t", "date"),
            ("每场演出补助", r"\t每场演出补助\t≤(\d+)元\t(\d+)(元)\t(\d+)\t([\d.]+)\t", "lte"),
            ("观众人次", r"\t观众人次\t≥([\d.]+)万人次\t([\d.]+)(万人次)\t(\d+)\t([\d.]+)\t", "gte"),
            ("培养青年演员", r"\t培养青年演员\t≥(\d+)名\t(\d+)(名)\t(\d+)\t([\d.]+)\t", "gte"),
            ("群众满意度", r"\t群众满意度\t≥(\d+)%\t([\d.]+)(%)\t(\d+)\t([\d.]+)\t", "gte")]
    expected_unit = {"演出场次": "场"}
    wts, scs = [ft[3]], [ft[5]]
    for name, pat, kind in spec:
        T, A_, u, w, s = R.one(pat, start=A)
        rows[name] = (T, A_, u, w, s)
        wts.append(w)
        scs.append(s)
        if kind == "date":
            R.le(name, w, s)
            R.rule(name, "achieved", w, s)
            R.year(name, T.startswith(str(Y)) and A_.startswith(str(Y)))
            R.conf_s("完成日期 正文/表", date_p, A_)
            continue
        if name in expected_unit:
            R.unit(name + " 目标/实际单位", expected_unit[name], u)
            if u != expected_unit[name]:
                R.le(name, w, s)
                continue
        R.row_checks(name, kind, w, s, T, A_)
    wt, st = R.one(r"\n总分\t\t\t\t\t(\d+)\t([\d.]+)\t\n", start=A)
    R.wsum("分值合计", wts, wt)
    R.wsum("分值合计 = 100", wts, "100")
    R.ssum("得分合计(表)", scs, st)
    R.ssum("得分合计(正文)", scs, tot_p)
    R.conf("总分 正文/表", tot_p, st)
    R.rng("满意度", rows["群众满意度"][1])
    # text <-> table
    if rows["演出场次"][2] == "场":
        R.conf("演出场次 正文/表", done, rows["演出场次"][1])
    R.conf("演出场次 总体目标/正文", ga_shows, done)
    R.conf("参演剧团 正文/表", nt, rows["参演剧团数量"][1])
    R.conf("补助标准 正文/表", per, rows["每场演出补助"][1])
    R.conf("观众 正文/表", aud, rows["观众人次"][1])
    R.conf("观众 总体目标/表", ga_aud, rows["观众人次"][1])
    R.conf("青年演员 正文/表", young, rows["培养青年演员"][1])
    R.conf("满意度 正文/表", pct(sat), rows["群众满意度"][1])
    R.conf("满意度 总体目标/表", pct(ga_sat), rows["群众满意度"][1])
    for name, tg, tt in [("场次目标", tg_shows, rows["演出场次"][0]), ("剧团目标", tg_troupes, rows["参演剧团数量"][0]),
                         ("观众目标", tg_aud, rows["观众人次"][0]), ("青年演员目标", tg_young, rows["培养青年演员"][0]),
                         ("满意度目标", tg_sat, rows["群众满意度"][0])]:
        R.conf(name + " 正文/表", tg, tt)
    R.year("标题年度", R.one(r"潜山市文化和旅游局(\d{4})年度送戏进万村项目绩效自评报告") == str(Y))
    R.year("自评表年度", R.one(r"\n(\d{4})年度项目支出绩效自评表") == str(Y))
    R.year("报告日期", int(R.one(r"\n(\d{4})年4月18日\n")) >= Y)


# =====================================================================================
# hn-youxian-wenlvbumen-2023  (Hunan, 部门整体支出; table cells one per line)
# =====================================================================================
def p_youxian(R):
    Y = 2023
    ann, spent, rate, basic, pers, pub, proj, cj, cyear, carry, surplus = R.one(
        r"2023年部门全年预算([\d.]+)万元，实际支出([\d.]+)万元，预算执行率([\d.]+%)。其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元。结转结余([\d.]+)万元，其中结转至(\d{4})年继续用于县级文物保护单位修缮的资金([\d.]+)万元，结余([\d.]+)万元")
    R.rate("预算执行率(正文)", spent, ann, rate)
    R.total("支出 = 基本 + 项目", spent, [basic, proj])
    R.total("基本支出 = 人员 + 公用", basic, [pers, pub])
    R.bal("结转结余 = 预算 - 支出", ann, spent, cj)
    R.total("结转结余 = 结转 + 结余", cj, [carry, surplus])
    R.year("结转至评价年度之后", int(cyear) > Y)
    p1, p2, p3, p4 = R.one(r"送戏下乡及戏曲进乡村([\d.]+)万元、公共文化场馆免费开放([\d.]+)万元、文物保护([\d.]+)万元、全民健身及其他文体项目([\d.]+)万元")
    R.total("项目支出构成", proj, [p1, p2, p3, p4])
    b3, s3, ctl, prev3, dec = R.one(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，控制率([\d.]+%)，较上年（([\d.]+)万元）下降([\d.]+%)")
    R.rate("三公经费控制率", s3, b3, ctl)
    R.change("三公经费下降率", s3, prev3, dec)
    sb, ss, sbal, ntowns, shows, per, perf, rest = R.one(
        r"项目预算([\d.]+)万元，实际支出([\d.]+)万元，结余([\d.]+)万元已收回。全年组织县花鼓戏保护传承中心和民营剧团在(\d+)个乡镇（街道）演出(\d+)场，每场补助(\d+)元，演出补助合计([\d.]+)万元，其余([\d.]+)万元")
    R.bal("送戏下乡结余", sb, ss, sbal)
    R.prod("演出补助 = 场次×标准", perf, shows, per)
    R.total("送戏下乡支出构成", ss, [perf, rest])
    R.conf("送戏下乡支出 两处", ss, p1)
    R.add("balance_mismatch", "项目结余不超过部门结余", num(sbal) <= num(surplus))
    days, visits, visits_prev = R.one(r"全年开放(\d+)天，接待群众([\d.]+)万人次（2022年为([\d.]+)万人次）")
    sc = R.all(r"项目自评([\d.]+)分")
    if len(sc) != 3:
        raise AssertionError("project scores %r" % sc)
    avg_p = R.one(r"三个重点项目自评平均分([\d.]+)分")
    R.avg("重点项目平均分", str(sum(num(x) for x in sc)), "3", avg_p)
    for x in sc:
        R.le("重点项目得分 " + x, "100", x)
    tot_p = R.one(r"部门整体支出绩效自评得分([\d.]+)分")
    tg_shows, tg_days, tg_visits, tg_cj, tg_sat = R.one(
        r"全年送戏下乡演出不少于(\d+)场；图书馆、文化馆、博物馆免费开放不少于(\d+)天，接待群众不少于(\d+)万人次；全县文物安全事故为零；年末预算结转结余率控制在(\d+)%以内；群众满意度不低于(\d+)%")
    # --- table
    A = "\n附件\n部门整体支出绩效自评表"
    R.year("自评表年度", R.one(r"（(\d{4})年度）", start=A) == str(Y))
    def row(name):
        return R.one("\n" + name + "\n([^\n]+)\n([^\n]+)\n([^\n]+)\n([^\n]+)\n", start=A)
    wts, scs = [], []
    w, t, a, s = row("预算执行率")
    wts.append(w); scs.append(s)
    R.le("预算执行率", w, s)
    R.rule("预算执行率得分", "exec", w, s, rate=[pct(a), str(num(spent) / num(ann) * HUNDRED)])
    R.conf("执行率 正文/表", pct(rate), pct(a))
    w, t, a, s = row("结转结余率")
    wts.append(w); scs.append(s)
    R.rate("结转结余率", cj, ann, a)
    R.row_checks("结转结余率", "lte", w, s, pct(t.lstrip("≤")), pct(a))
    R.conf("结转结余率目标 正文/表", tg_cj, pct(t.lstrip("≤")))
    w, t, a, s = row("“三公”经费控制率")
    wts.append(w); scs.append(s)
    R.conf("三公控制率 正文/表", pct(ctl), pct(a))
    R.row_checks("三公经费控制率", "lte", w, s, pct(t.lstrip("≤")), pct(a))
    R.rng("三公经费控制率", a)
    w, t, a, s = row("送戏下乡演出场次")
    wts.append(w); scs.append(s)
    T, A_ = re.fullmatch(r"≥(\d+)场", t).group(1), re.fullmatch(r"(\d+)场", a).group(1)
    R.row_checks("送戏下乡演出场次", "gte", w, s, T, A_)
    R.conf("演出场次 正文/表", shows, A_)
    R.conf("场次目标 正文/表", tg_shows, T)
    w, t, a, s = row("场馆免费开放天数")
    wts.append(w); scs.append(s)
    T, A_ = re.fullmatch(r"≥(\d+)天", t).group(1), re.fullmatch(r"(\d+)天", a).group(1)
    R.row_checks("场馆免费开放天数", "gte", w, s, T, A_)
    R.conf("开放天数 正文/表", days, A_)
    R.conf("开放天数目标 正文/表", tg_days, T)
    w, t, a, s = row("文物安全事故")
    wts.append(w); scs.append(s)
    R.row_checks("文物安全事故", "eq0", w, s, re.fullmatch(r"(\d+)起", t).group(1), re.fullmatch(r"(\d+)起", a).group(1))
    w, t, a, s = row("资金支付及时率")
    wts.append(w); scs.append(s)
    R.row_checks("资金支付及时率", "gte", w, s, pct(t), pct(a))
    R.rng("资金支付及时率", a)
    w, t, a, s = row("公共文化场馆接待人次")
    wts.append(w); scs.append(s)
    T, A_ = re.fullmatch(r"≥([\d.]+)万人次", t).group(1), re.fullmatch(r"([\d.]+)万人次", a).group(1)
    R.row_checks("公共文化场馆接待人次", "gte", w, s, T, A_)
    R.conf("接待人次 正文/表", visits, A_)
    R.conf("接待人次目标 正文/表", tg_visits, T)
    w, t, a, s = row("基层文化阵地长效运行")
    wts.append(w); scs.append(s)
    R.le("基层文化阵地长效运行", w, s)
    R.rule("基层文化阵地长效运行(部分达成)", "partly", w, s)
    w, t, a, s = row("群众满意度")
    wts.append(w); scs.append(s)
    R.rng("群众满意度", a)
    R.row_checks("群众满意度", "gte", w, s, pct(t.lstrip("≥")), pct(a))
    R.conf("满意度目标 正文/表", tg_sat, pct(t.lstrip("≥")))
    wt, st, grade_t = R.one(r"\n合计\n(\d+)\n([\d.]+)\n自评等级：(\S+)\n", start=A)
    R.wsum("分值合计", wts, wt)
    R.wsum("分值合计 = 100", wts, "100")
    R.ssum("得分合计(表)", scs, st)
    R.ssum("得分合计(正文)", scs, tot_p)
    R.conf("总分 正文/表", tot_p, st)
    R.grade("自评等级", st, grade_t)
    R.year("标题年度", R.one(r"攸县文化旅游广电体育局(\d{4})年度部门整体支出绩效自评报告") == str(Y))
    R.year("预算年度", R.one(r"\n（一）预算安排及执行。(\d{4})年部门全年预算") == str(Y))
    R.year("报告日期", int(R.one(r"\n(\d{4})年3月22日\n")) >= Y)


# =====================================================================================
# sc-yingshan-chuanjuxiaxiang-2018  (Sichuan, 10 + 产出60 + 效益30, 指标性质/度量单位 columns)
# =====================================================================================
def p_yingshan(R):
    Y = 2018
    ini1 = R.one(r"县财政年初批复项目预算([\d.]+)万元")
    plan0, add_shows, add1, plan = R.one(r"年初计划(\d+)场；9月县委宣传部安排“感恩奋进”脱贫攻坚主题专场(\d+)场，县财政追加预算([\d.]+)万元，全年计划调整为(\d+)场")
    R.total("计划场次 = 年初 + 追加", plan, [plan0, add_shows])
    tg_shows, tg_towns, tg_aud, tg_plays, tg_talent = R.one(
        r"全年演出不少于(\d+)场，覆盖全县(\d+)个乡镇，观众不少于(\d+)万人次；新排、复排剧目不少于(\d+)部；培养川剧后备人才不少于(\d+)名")
    R.conf("计划场次 = 场次目标", plan, tg_shows)
    ini, add, ann = R.one(r"年初批复([\d.]+)万元，9月追加([\d.]+)万元，全年预算([\d.]+)万元")
    R.total("全年预算 = 年初 + 追加", ann, [ini, add])
    R.conf("年初批复 两处", ini1, ini)
    R.conf("追加 两处", add1, add)
    recv, rrate = R.one(r"资金到位([\d.]+)万元，到位率(\d+%)")
    R.rate("到位率", recv, ann, rrate)
    spent, perf, n, per, cost, trans, bal, cyear = R.one(
        r"全年支出([\d.]+)万元，其中演出补助([\d.]+)万元（(\d+)场×(\d+)元）、服装道具维修([\d.]+)万元、演出车辆运输([\d.]+)万元；年末结余([\d.]+)万元，经县财政局同意结转至(\d{4})年")
    R.total("支出构成", spent, [perf, cost, trans])
    R.prod("演出补助 = 场次×标准", perf, n, per)
    R.prod("追加 = 专场×标准", add, add_shows, per)
    R.conf("补助场次 = 计划场次", n, plan)
    R.bal("年末结余 = 到位 - 支出", recv, spent, bal)
    R.year("结转年度晚于评价年度", int(cyear) > Y)
    done1 = R.one(r"全年实际演出(\d+)场，超额完成年度计划")
    ncen, each_c, nrest, each_r, county, free, tot_s, towns = R.one(
        r"(\d+)个中心镇各演出(\d+)场，其余(\d+)个乡镇各演出(\d+)场，另在县城演出(\d+)场（含春节前在县城敬老院的义演(\d+)场，不申请补助），合计(\d+)场，(\d+)个乡镇实现全覆盖")
    R.total("场次 分别×合计", tot_s, [str(num(ncen) * num(each_c)), str(num(nrest) * num(each_r)), county])
    R.total("乡镇个数", towns, [ncen, nrest])
    R.diff("补助场次 = 合计 - 义演", n, tot_s, free)
    R.conf("实际演出 两处(正文)", done1, tot_s)
    comp = R.one(r"演出场次完成率([\d.]+%)")
    plays, recruit, quit_, trained = R.one(r"剧目(\d+)部；招收川剧学员(\d+)名，年内(\d+)名因升学退出，实际培养(\d+)名")
    R.diff("实际培养 = 招收 - 退出", trained, recruit, quit_)
    std_p = R.one(r"演出补助标准严格按每场(\d+)元执行")
    R.conf("补助标准 两处", std_p, per)
    aud, aud_prev = R.one(r"全年观众约([\d.]+)万人次（2017年约([\d.]+)万人次）")
    sat = R.one(r"群众满意度(\d+%)")
    R.rng("群众满意度", sat)
    tot_p, grade_p = R.one(r"本项目得分([\d.]+)分，评价等级为(\S\S)")
    R.grade("等级", tot_p, grade_p)
    # --- table
    A = "2018年度项目支出绩效目标自评表"
    ft = R.one(r"年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t(\S+)\t([\d.]+)\n", start=A)
    subs = [R.one(lab + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t(\S+)\t—\n", start=A)
            for lab in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        R.total("年度资金总额 " + col, ft[i], [s_[i] for s_ in subs])
    R.rate("执行率 总额", ft[2], ft[1], ft[4])
    for lab, s_ in zip(["财政资金", "财政专户", "单位资金", "其他资金"], subs):
        R.rate("执行率 " + lab, s_[2], s_[1], s_[3])
    R.le("预算执行", ft[3], ft[5])
    R.rule("预算执行得分", "exec", ft[3], ft[5], rate=[pct(ft[4]), str(num(ft[2]) / num(ft[1]) * HUNDRED)])
    R.conf("年初预算 正文/表", ini, ft[0])
    R.conf("全年预算 正文/表", ann, ft[1])
    R.conf("全年执行 正文/表", spent, ft[2])
    ge_shows, ge_towns, ge_aud, ga_shows, ga_towns, ga_aud = R.one(
        r"\t全年送戏下乡不少于(\d+)场，覆盖全县(\d+)个乡镇，观众不少于(\d+)万人次。\t全年演出(\d+)场，覆盖(\d+)个乡镇，观众约([\d.]+)万人次。", start=A)
    spec = [("送戏下乡演出场次", "产出"), ("覆盖乡镇数", "产出"), ("新排复排剧目", "产出"), ("演出完成时间", "产出"),
            ("每场演出补助", "产出"), ("观众人次", "效益"), ("培养川剧后备人才", "效益")]
    rows = {}
    wts, scs = [ft[3]], [ft[5]]
    for name, level in spec:
        sign, T, u, A_, w, s = R.one(r"\t" + name + r"\t(\S+)\t([\d.]+)\t(\S+)\t([\d.]+)\t([\d.]+)\t([\d.]+)\t", start=A)
        rows[name] = (sign, T, u, A_, w, s)
        wts.append(w)
        scs.append(s)
        kind = {"≥": "gte", "≤": "lte", "=": "gte"}[sign]
        R.row_checks(name, kind, w, s, T, A_)
    R.compl("演出场次完成率(正文)", "gte", rows["送戏下乡演出场次"][1], rows["送戏下乡演出场次"][3], comp)
    wt, st = R.one(r"\n总分\t(\d+)\t([\d.]+)\n", start=A)
    R.wsum("分值合计", wts, wt)
    R.wsum("分值合计 = 100", wts, "100")
    R.ssum("得分合计(表)", scs, st)
    R.ssum("得分合计(正文)", scs, tot_p)
    R.conf("总分 正文/表", tot_p, st)
    R.conf("演出场次 正文/表", tot_s, rows["送戏下乡演出场次"][3])
    R.conf("演出场次 总体目标/表", ga_shows, rows["送戏下乡演出场次"][3])
    R.conf("覆盖乡镇 正文/表", towns, rows["覆盖乡镇数"][3])
    R.conf("覆盖乡镇 总体目标/表", ga_towns, rows["覆盖乡镇数"][3])
    R.conf("剧目 正文/表", plays, rows["新排复排剧目"][3])
    R.conf("补助标准 正文/表", per, rows["每场演出补助"][3])
    R.conf("观众 正文/表", aud, rows["观众人次"][3])
    R.conf("观众 总体目标/表", ga_aud, rows["观众人次"][3])
    R.conf("后备人才 正文/表", trained, rows["培养川剧后备人才"][3])
    for name, tg, tt in [("场次目标", tg_shows, rows["送戏下乡演出场次"][1]), ("乡镇目标", tg_towns, rows["覆盖乡镇数"][1]),
                         ("观众目标", tg_aud, rows["观众人次"][1]), ("剧目目标", tg_plays, rows["新排复排剧目"][1]),
                         ("人才目标", tg_talent, rows["培养川剧后备人才"][1]), ("场次目标(总体目标)", ge_shows, tg_shows),
                         ("乡镇目标(总体目标)", ge_towns, tg_towns), ("观众目标(总体目标)", ge_aud, tg_aud)]:
        R.conf(name + " 正文/表", tg, tt)
    R.year("标题年度", R.one(r"\n(\d{4})年度营山县文化广播电视和旅游局项目支出") == str(Y))
    R.year("自评表年度", R.one(r"\n(\d{4})年度项目支出绩效目标自评表") == str(Y))
    R.year("报告日期", int(R.one(r"\n(\d{4})年4月12日\n")) >= Y)


PROJECTS = {
    "sx-xiaoyi-xiqujinxiang-2019": p_xiaoyi,
    "ha-xiayi-songxixiaxiang-2021": p_xiayi,
    "ah-qianshan-songxijinwancun-2022": p_qianshan,
    "hn-youxian-wenlvbumen-2023": p_youxian,
    "sc-yingshan-chuanjuxiaxiang-2018": p_yingshan,
}


def run_checks(source, text):
    R = Run(text)
    PROJECTS[source](R)
    return R.res


def diff_region(a, b):
    """region [i, j) of b that differs from a (common prefix / suffix removed)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    k = 0
    while k < min(len(a), len(b)) - i and a[len(a) - 1 - k] == b[len(b) - 1 - k]:
        k += 1
    return i, len(b) - k, len(a) - k


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    nchecks = 0
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        try:
            res = run_checks(lab["source"], text)
        except Exception as e:  # extraction failure is a verify failure
            problems.append("%s: extraction failed: %s" % (lab["case"], e))
            continue
        nchecks += len(res)
        failed = [(c, sv, n) for c, sv, n, ok in res if not ok]
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % lab["case"])
            for c, sv, n in failed:
                problems.append("%s: clean draft fails %s (%s) %s" % (lab["case"], c, sv, n))
            n_chars = len(text)
            if not 2800 <= n_chars <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (lab["case"], n_chars))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one finding" % lab["case"])
            continue
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append("%s: bad code/severity %s/%s" % (lab["case"], exp["code"], exp["severity"]))
        value = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append("%s: label value %r not in case" % (lab["case"], value))
            continue
        if len(occ) > 1:
            problems.append("%s: label value %r occurs %d times" % (lab["case"], value, len(occ)))
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        i, j, _ = diff_region(clean, text)
        if j <= i and len(clean) == len(text):
            problems.append("%s: identical to clean draft" % lab["case"])
        if j - i > 200:
            problems.append("%s: changed region too long (%d chars)" % (lab["case"], j - i))
        if not any(s < max(j, i + 1) and i < s + len(value) for s in occ):
            problems.append("%s: changed region [%d,%d) does not overlap the label value" % (lab["case"], i, j))
        err_codes = {c for c, sv, n in failed if sv == "error"}
        if exp["code"] not in err_codes:
            problems.append("%s: labelled %s does not fail" % (lab["case"], exp["code"]))
        others = err_codes - {exp["code"]}
        if others:
            detail = [(c, n) for c, sv, n in failed if c in others]
            problems.append("%s: other error codes fail: %s" % (lab["case"], detail))
    for c in CODES:
        if codes[c] < 2:
            problems.append("code %s used %d times (< 2)" % (c, codes[c]))
    n_clean = sum(1 for l in labels if l["clean"])
    print("cases: %d (%d clean, %d with one error); checks run: %d" % (len(labels), n_clean, len(labels) - n_clean, nchecks))
    print("codes: " + ", ".join("%s=%d" % (c, codes[c]) for c in CODES))
    if problems:
        for p in problems:
            print("FAIL " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
