#!/usr/bin/env python3
"""Verify this test set (standard library only, decimal.Decimal).

1. labels.jsonl: 35 cases, every case file exists, clean cases expect nothing, error cases expect one error
   with a code of errors.md §A; every code is used at least twice.
2. Every label value occurs exactly once in its case; the error case differs from its clean draft in one
   contiguous place that overlaps the value; the changed figure occurs once in the clean draft (twice for
   conflicting_values), unless a reason is listed in DUP_OK.
3. The arithmetic of every draft is redone from the text (funds sums, rates, balances, products count × price,
   counts per season, averages, weights, scores, completion rates, grades, text <-> table equality, years, units).
   Clean drafts: nothing may fail (warnings included).  Error cases: the labelled code must fail and no other
   error-level code may fail.
Tolerance (rules.md §8): a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d.
Prints OK at the end.
"""
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

N = r"(\d[\d,]*(?:\.\d+)?)"          # a number as written
UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
TEN4 = (D(10000), D("0.0001"))


class ParseError(Exception):
    pass


def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndp(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(c, s):
    """computed Decimal c against stated string s, tolerance from the decimals of s."""
    return abs(D(c) - dec(s)) <= D(5) * D(10) ** (-ndp(s) - 1) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


class Ck:
    def __init__(self, text, name):
        self.t, self.name, self.fails, self.warns = text, name, [], []
        self.lines = text.split("\n")

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    def g(self, pat):
        m = re.search(pat, self.t)
        if not m:
            raise ParseError(f"{self.name}: pattern not found: {pat}")
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def row(self, prefix, minlen=2):
        """cells of the first tab-separated line whose first cell starts with prefix"""
        for l in self.lines:
            c = l.split("\t")
            if len(c) >= minlen and c[0].startswith(prefix):
                return c
        raise ParseError(f"{self.name}: table row not found: {prefix}")

    # ---------------------------------------------------------------- elementary checks
    def psum(self, what, parts, total, code="sum_mismatch"):
        c = sum(dec(p) for p in parts)
        if not close(c, total):
            self.fail(code, f"{what}: {' + '.join(parts)} = {c}, stated {total}")

    def msum(self, what, parts, total, code="sum_mismatch"):
        """money sum; parts/total are (number, unit); a 10^4 slip in one amount is a unit_mismatch"""
        wan = [dec(n) * UNIT[u] for n, u in parts]
        tn, tu = total
        c = sum(wan)
        if close(c / UNIT[tu], tn):
            return
        for i, w in enumerate(wan):
            for f in TEN4:
                if close((c - w + w * f) / UNIT[tu], tn):
                    self.fail("unit_mismatch", f"{what}: {parts[i]} is off by a power of ten")
                    return
        for f in TEN4:
            if close(c / UNIT[tu] * f, tn):
                self.fail("unit_mismatch", f"{what}: total {total} is off by a power of ten")
                return
        self.fail(code, f"{what}: parts add up to {c}万元, stated {tn}{tu}")

    def product(self, what, count, price, total):
        """count × price = total (price and total are (number, unit))"""
        pn, pu = price
        self.msum(what, [(str(dec(count) * dec(pn)), pu)], total)

    def rate(self, what, num, den, stated, bounded=True):
        num, den = D(num), D(den)
        if stated.strip() in ("—", "-", ""):
            if den != 0:
                self.fail("rate_mismatch", f"{what}: rate missing although the base is {den}")
            return
        if den == 0:
            if dec(stated) != 0:
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        if bounded and dec(stated) > 100:
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")
            return
        c = num / den * 100
        if not close(c, stated):
            self.fail("rate_mismatch", f"{what}: {num}/{den} = {r2(c)}%, stated {stated}")

    def bounded(self, what, stated):
        if dec(stated) > 100 or dec(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated}% outside 0–100%")

    def avg(self, what, items, stated):
        c = sum(dec(i) for i in items) / len(items)
        if not close(c, stated):
            self.fail("average_mismatch", f"{what}: mean of {items} = {r2(c)}, stated {stated}")

    def same(self, what, a, b, ua="", ub=""):
        """the same quantity stated twice: a and b, each a number with an optional sign/unit ("≥46次")"""
        pa = re.match(r"^(≥|≤)?" + N + r"(.*)$", a.strip())
        pb = re.match(r"^(≥|≤)?" + N + r"(.*)$", b.strip())
        if not (pa and pb):
            self.fail("conflicting_values", f"{what}: {a} vs {b} (unparsable)")
            return
        sa, a, ua = pa.group(1) or "", pa.group(2), ua or pa.group(3)
        sb, b, ub = pb.group(1) or "", pb.group(2), ub or pb.group(3)
        if ua in UNIT and ub in UNIT:
            va, vb = dec(a) * UNIT[ua], dec(b) * UNIT[ub]
            ratio_ok = any(va == vb * f for f in TEN4)
        else:
            if ua != ub:
                self.fail("unit_mismatch", f"{what}: {a}{ua} vs {b}{ub}")
                return
            va, vb, ratio_ok = dec(a), dec(b), False
        if sa != sb:
            self.fail("conflicting_values", f"{what}: direction {sa or '='} vs {sb or '='}")
            return
        if close(va / UNIT.get(ub, D(1)), b) or close(vb / UNIT.get(ua, D(1)), a):
            return
        if ratio_ok:
            self.fail("unit_mismatch", f"{what}: {a}{ua} vs {b}{ub} differ by 10^4")
        else:
            self.fail("conflicting_values", f"{what}: {a}{ua} vs {b}{ub}")

    def grade(self, total, word):
        if GRADE[word] != band(total):
            self.fail("grade_mismatch", f"total {total} is {band(total)}, stated {word}")

    def years(self, year):
        for y in re.findall(r"(\d{4})年度", self.t):
            if int(y) != year:
                self.fail("year_mismatch", f"{y}年度 in a {year} report")
        for y in re.findall(r"截至(\d{4})年12月31日", self.t):
            if int(y) != year:
                self.fail("year_mismatch", f"截至{y}年12月31日 in a {year} report")
        for y in re.findall(r"结转(?:至)?(\d{4})年", self.t):
            if int(y) <= year:
                self.fail("year_mismatch", f"carry-over to {y} in a {year} report")
        for y in re.findall(r"(\d{4})年12月提前下达", self.t):
            if int(y) != year - 1:
                self.fail("year_mismatch", f"advance issued in December {y} for a {year} budget")

    # ---------------------------------------------------------------- tables
    def mof_funds(self):
        """MOF funds block: 年初预算数 全年预算数 全年执行数 分值 执行率 得分"""
        R = {"total": self.row("年度资金总额", 7), "fiscal": None, "carry": self.row("上年结转资金", 7),
             "other": self.row("其他资金", 7)}
        for l in self.lines:
            c = l.split("\t")
            if len(c) >= 7 and "当年财政拨款" in c[0]:
                R["fiscal"] = c
        for j, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            self.psum(f"funds block {col}", [R[k][j] for k in ("fiscal", "carry", "other")], R["total"][j])
        for k, c in R.items():
            self.rate(f"funds block {c[0]} 执行率", dec(c[3]), dec(c[2]), c[5])
        t = R["total"]
        w, s = dec(t[4]), dec(t[6])
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"execution score {s} vs weight {w}")
        r = min(D(1), dec(t[3]) / dec(t[2]))
        if not (close(w * r, t[6]) or close(w * min(D(1), dec(t[5]) / 100), t[6])):
            self.warn("score_rule_mismatch", f"execution score {t[6]} vs {r2(w * r)}")
        return R

    def ind_table(self, exec_w=None, exec_s=None):
        hi = next(i for i, l in enumerate(self.lines) if "三级指标" in l and "\t" in l)
        hdr = self.lines[hi].split("\t")

        def col(*names):
            return next(i for i, h in enumerate(hdr) if h in names)

        ti, ai, ci = col("年度指标值", "目标值"), col("实际完成值", "业绩值"), col("完成率")
        wi, si = col("分值", "权重"), col("得分", "指标得分")
        rows, total, l1 = [], None, ""
        for l in self.lines[hi + 1:]:
            if "\t" not in l:
                break
            c = l.split("\t")
            if c[0] in ("总分", "合计"):
                total = c
                break
            l1 = c[0] or l1
            rows.append(dict(l1=l1, name=c[2], target=c[ti], actual=c[ai], comp=c[ci], w=c[wi], s=c[si]))
        if total is None:
            raise ParseError(f"{self.name}: indicator table without total row")
        # weights
        wsum = sum(dec(r["w"]) for r in rows) + (dec(exec_w) if exec_w else 0)
        if wsum != 100 or dec(total[wi]) != 100:
            self.fail("weight_sum_mismatch", f"weights add up to {wsum}, stated {total[wi]}")
        # scores
        for r in rows:
            if dec(r["s"]) > dec(r["w"]) or dec(r["s"]) < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {r['s']} vs weight {r['w']}")
        ssum = sum(dec(r["s"]) for r in rows) + (dec(exec_s) if exec_s else 0)
        if not close(ssum, total[si]):
            self.fail("score_sum_mismatch", f"scores add up to {ssum}, stated {total[si]}")
        # completion, units, score rule
        pat = re.compile(r"^(≥|≤)?" + N + r"(.*)$")
        for r in rows:
            mt, ma = pat.match(r["target"]), pat.match(r["actual"])
            if not (mt and ma):
                continue
            sign, T, tu = mt.groups()
            _, A, au = ma.groups()
            if tu != au:
                self.fail("unit_mismatch", f"{r['name']}: target {r['target']} vs actual {r['actual']}")
                continue
            T, A, w = dec(T), dec(A), dec(r["w"])
            if T == 0:
                exp_s = w if A == 0 else D(0)
                if r["comp"] not in ("—", ""):
                    self.warn("completion_zero_target", f"{r['name']}: completion {r['comp']} on a zero target")
                if not close(exp_s, r["s"]):
                    self.warn("score_rule_mismatch", f"{r['name']}: score {r['s']} vs {exp_s}")
                continue
            if sign == "≤":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            if r["comp"] in ("—", ""):
                self.fail("completion_mismatch", f"{r['name']}: completion missing, should be {r2(comp)}%")
            elif not close(comp, r["comp"]):
                self.fail("completion_mismatch", f"{r['name']}: completion {r2(comp)}%, stated {r['comp']}")
            exp = w * min(D(1), comp / 100)
            alt = w * min(D(1), dec(r["comp"]) / 100) if r["comp"] not in ("—", "") else exp
            if not (close(exp, r["s"]) or close(alt, r["s"])):
                self.warn("score_rule_mismatch", f"{r['name']}: score {r['s']} vs {r2(exp)}")
        levels = {}
        for r in rows:
            levels[r["l1"]] = levels.get(r["l1"], D(0)) + dec(r["s"])
        return dict(rows={r["name"]: r for r in rows}, total_w=total[wi], total_s=total[si], levels=levels)


# ====================================================================== project checks
def chk_linyi(ck):
    ck.years(2022)
    # Shanxi funds table: columns 总 小计 中央 省 市 县 结转 其他
    F = {}
    for key, lab in (("1", "年初预算资金"), ("2", "全年预算资金"), ("3", "实际到位资金"), ("4", "全年执行资金"),
                     ("5", "资金结余"), ("6", "预算到位率"), ("7", "预算执行率")):
        F[key] = ck.row(lab, 10)[2:]
    v = lambda s: D(0) if s in ("—", "") else dec(s)
    cols = ["年度总金额", "财政资金小计", "中央级", "省级", "市级", "县区级", "上年结转资金", "其他资金"]
    for k in "12345":
        r = F[k]
        ck.psum(f"row ({k}) 财政资金小计", [x for x in r[2:6] if x != "—"] or ["0"], r[1] if r[1] != "—" else "0")
        ck.psum(f"row ({k}) 年度总金额", [x for x in (r[1], r[6], r[7]) if x != "—"] or ["0"], r[0])
    for j in range(8):
        c = v(F["3"][j]) - v(F["4"][j])
        if F["5"][j] == "—":
            if c != 0:
                ck.fail("balance_mismatch", f"(5) {cols[j]} missing, should be {c}")
        elif not close(c, F["5"][j]):
            ck.fail("balance_mismatch", f"(5) {cols[j]}: {c}, stated {F['5'][j]}")
        ck.rate(f"(6) {cols[j]}", v(F["3"][j]), v(F["2"][j]), F["6"][j])
        ck.rate(f"(7) {cols[j]}", v(F["4"][j]), v(F["2"][j]), F["7"][j])
    # prose funds
    tot, city, cnty, carry = ck.g(r"全年预算资金" + N + r"万元，由市级人影补助" + N + r"万元、县级财政资金" + N +
                                  r"万元和2021年结转资金" + N + r"万元构成")
    ck.psum("prose annual budget", [city, cnty, carry], tot)
    for a, b, w in ((tot, F["2"][0], "全年预算"), (city, F["2"][4], "市级"), (cnty, F["2"][5], "县级"),
                    (carry, F["2"][6], "结转")):
        ck.same(f"{w} text vs table", a, b)
    c0, cadd = ck.g(r"县级资金年初安排" + N + r"万元，6月因防雹任务加重追加" + N + r"万元")
    ck.psum("县级 年初 + 追加", [c0, cadd], cnty)
    ck.same("县级年初 text vs table", c0, F["1"][5])
    m0, madd = ck.g(r"市级补助年初下达" + N + r"万元，8月又追加" + N + r"万元")
    ck.psum("市级 年初 + 追加", [m0, madd], city)
    ck.same("市级年初 text vs table", m0, F["1"][4])
    spent = ck.g(r"项目实际支出" + N + r"万元")
    ck.same("spent text vs table", spent, F["4"][0])
    n1, p1, u1, t1 = ck.g(r"人雨弹" + N + r"发，每发" + N + r"(万元|元)，计" + N + r"万元")
    ck.product("人雨弹 count × price", n1, (p1, u1), (t1, "万元"))
    n2, p2, t2 = ck.g(r"火箭弹" + N + r"枚，每枚" + N + r"元，计" + N + r"万元")
    ck.product("火箭弹 count × price", n2, (p2, "元"), (t2, "万元"))
    p3, n3, t3 = ck.g(r"按每人" + N + r"元标准发放" + N + r"名作业人员劳务补助" + N + r"万元")
    ck.product("劳务补助", n3, (p3, "元"), (t3, "万元"))
    t4, t5, t6, t7 = ck.g(r"年检维修" + N + r"万元；作业人员人身意外伤害保险" + N + r"万元；弹药运输及临时储存" + N +
                          r"万元。年末结余" + N + r"万元")
    ck.msum("spending breakdown", [(x, "万元") for x in (t1, t2, t3, t4, t5, t6)], (spent, "万元"))
    bal = t7
    if not close(dec(F["3"][0]) - dec(spent), bal):
        ck.fail("balance_mismatch", f"text balance {bal} vs {dec(F['3'][0]) - dec(spent)}")
    # indicator table (execution row inside)
    T = ck.ind_table()
    ck.rate("indicator 预算执行率 actual", dec(F["4"][0]), dec(F["2"][0]), T["rows"]["预算执行率"]["actual"])
    total = ck.g(r"本项目自评得分" + N + r"分")
    ck.same("total text vs table", total, T["total_s"])
    if not close(sum(dec(r["s"]) for r in T["rows"].values()), total):
        ck.fail("score_sum_mismatch", f"text total {total}")
    ck.grade(total, ck.g(r"属于“(优秀|良好|中等|较差|优|良|中|差)”等级"))
    ops, spring, hail = ck.g(r"全年共开展人工影响天气作业" + N + r"次，其中3至5月增雨作业" + N + r"次、5至9月防雹作业" + N + r"次")
    ck.psum("operations by season", [spring, hail], ops)
    last, more = ck.g(r"比上年的" + N + r"次增加" + N + r"次")
    ck.psum("increase over last year", [last, more], ops)
    ck.same("operations text vs table", ops + "次", T["rows"]["人工影响天气作业次数"]["actual"])
    nsite, items, avg = ck.g(r"(\d+)个高炮作业点分别作业([\d、]+)次，点均" + N + r"次")
    items = items.split("、")
    if len(items) != int(nsite):
        ck.fail("average_mismatch", "number of gun sites vs listed items")
    ck.avg("operations per gun site", items, avg)
    rocket = ck.g(r"个火箭作业点合计作业" + N + r"次")
    ck.psum("gun + rocket operations", [str(sum(dec(i) for i in items)), rocket], ops)
    area = ck.g(r"防雹保护面积" + N + r"平方公里，较上年")
    ck.same("area text vs table", area + "平方公里", T["rows"]["防雹保护面积"]["actual"])
    loss = ck.g(r"减少果品损失" + N + r"万元")
    ck.same("loss text vs table", loss + "万元", T["rows"]["减少冰雹灾害经济损失"]["actual"])
    sat = ck.g(r"果农满意度为" + N + r"%")
    ck.bounded("satisfaction", sat)
    ck.same("satisfaction text vs table", sat + "%", T["rows"]["果农满意度"]["actual"])
    n_all, n_std, std = ck.g(N + r"个作业点中已有" + N + r"个完成标准化改造，标准化率" + N + r"%")
    ck.rate("标准化率", dec(n_std), dec(n_all), std)
    ck.same("标准化率 text vs table", std + "%", T["rows"]["作业点标准化率"]["actual"])
    ck.same("rocket price text vs table", p2 + "元/枚", T["rows"]["火箭弹采购单价"]["actual"])
    ns, ng, nr = ck.g(r"全县共设固定作业点" + N + r"个，其中三七高炮作业点" + N + r"个、火箭作业点" + N + r"个")
    ck.psum("sites = gun + rocket", [ng, nr], ns)
    ck.same("sites text vs table", ns + "个", T["rows"]["作业点年检覆盖数"]["actual"])
    nops, nin, nlate, rt = ck.g(N + r"次作业中有" + N + r"次在规定时限内上报作业信息，" + N + r"次因山区通信中断延迟上报，上报及时率" + N + r"%")
    ck.same("operations (timeliness sentence)", nops, ops)
    ck.psum("on time + late", [nin, nlate], nops)
    ck.rate("上报及时率", dec(nin), dec(nops), rt)
    ck.same("上报及时率 text vs table", rt + "%", T["rows"]["作业信息上报及时率"]["actual"])
    ck.same("县级追加 (3万元 vs 3.00万元)", ck.g(r"县级追加的" + N + r"万元"), cadd)


def chk_chongxin(ck):
    ck.years(2020)
    R = ck.mof_funds()
    T = ck.ind_table(exec_w=R["total"][4], exec_s=R["total"][6])
    b0, adv, add, b1, carry, avail = ck.g(r"本项目年初预算" + N + r"万元，其中" + N + r"万元已由县财政于2019年12月提前下达；"
                                         r"7月为应对伏旱，县政府追加抗旱增雨经费" + N + r"万元，当年财政拨款全年预算调整为" + N +
                                         r"万元。另有2019年结转资金" + N + r"万元一并安排使用，全年可用资金" + N + r"万元")
    ck.psum("年初 + 追加", [b0, add], b1)
    ck.psum("当年 + 结转", [b1, carry], avail)
    ck.same("年初 text vs table", b0, R["fiscal"][1])
    ck.same("全年 text vs table", b1, R["fiscal"][2])
    ck.same("结转 text vs table", carry, R["carry"][2])
    ck.same("可用 text vs table", avail, R["total"][2])
    spent, rate = ck.g(r"全年执行资金" + N + r"万元，预算执行率" + N + r"%")
    ck.same("spent text vs table", spent, R["total"][3])
    ck.rate("execution rate (text)", dec(spent), dec(avail), rate)
    total = ck.g(r"本项目得分" + N + r"分")
    ck.same("total text vs table", total, T["total_s"])
    ck.grade(total, ck.g(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    n1, p1, t1 = ck.g(r"购置人雨弹" + N + r"发，单价" + N + r"元，计" + N + r"万元")
    ck.product("人雨弹", n1, (p1, "元"), (t1, "万元"))
    n2, p2, t2 = ck.g(r"购置火箭弹" + N + r"枚，单价" + N + r"元，计" + N + r"万元")
    ck.product("火箭弹", n2, (p2, "元"), (t2, "万元"))
    p3, n3, t3 = ck.g(r"按每人" + N + r"元发放" + N + r"名作业人员补助" + N + r"万元")
    ck.product("补助", n3, (p3, "元"), (t3, "万元"))
    t4, t5, t6 = ck.g(r"年检维修" + N + r"万元；作业人员意外伤害保险" + N + r"万元；通讯及弹药运输" + N + r"万元")
    ck.msum("spending breakdown", [(x, "万元") for x in (t1, t2, t3, t4, t5, t6)], (spent, "万元"))
    bal = ck.g(r"年末结余" + N + r"万元")
    if not close(dec(avail) - dec(spent), bal):
        ck.fail("balance_mismatch", f"balance {bal} vs {dec(avail) - dec(spent)}")
    ops, spr, smr = ck.g(r"全年开展人工影响天气作业" + N + r"次，其中春季增雨作业" + N + r"次、夏季防雹作业" + N + r"次")
    ck.psum("operations by season", [spr, smr], ops)
    ck.same("operations text vs table", ops + "次", T["rows"]["人工影响天气作业次数"]["actual"])
    s1, s2, r1, r2_, st, rt = ck.g(r"分别消耗人雨弹" + N + r"发和" + N + r"发、火箭弹" + N + r"枚和" + N +
                                   r"枚，全年合计消耗人雨弹" + N + r"发、火箭弹" + N + r"枚")
    ck.psum("rounds by season", [s1, s2], st)
    ck.psum("rockets by season", [r1, r2_], rt)
    ck.same("rounds used vs bought", st, n1)
    ck.same("rockets used vs bought", rt, n2)
    ck.same("rounds text vs table", st + "发", T["rows"]["消耗人雨弹"]["actual"])
    ck.same("rockets text vs table", rt + "枚", T["rows"]["消耗火箭弹"]["actual"])
    nall, nstd = ck.g(N + r"个作业点中有" + N + r"个达到标准化要求")
    ck.rate("标准化达标率", dec(nstd), dec(nall), T["rows"]["作业点标准化达标率"]["actual"])
    tm = ck.g(r"平均用时" + N + r"分钟")
    ck.same("time text vs table", tm + "分钟", T["rows"]["空域申请至实施作业用时"]["actual"])
    loss = ck.g(r"减少农业雹灾损失" + N + r"万元")
    ck.same("loss text vs table", loss + "万元", T["rows"]["减少农业雹灾损失"]["actual"])
    area = ck.g(r"防雹保护面积" + N + r"平方公里。")
    ck.same("area text vs table", area + "平方公里", T["rows"]["防雹保护面积"]["actual"])
    sat = ck.g(r"满意度为" + N + r"%")
    ck.bounded("satisfaction", sat)
    ck.same("satisfaction text vs table", sat + "%", T["rows"]["种植户满意度"]["actual"])
    ck.same("price text vs table", p1 + "元/发", T["rows"]["人雨弹采购单价"]["actual"])
    ns, ng, nr = ck.g(r"现有作业点" + N + r"个（高炮作业点" + N + r"个、火箭作业点" + N + r"个）")
    ck.psum("sites = gun + rocket", [ng, nr], ns)
    ck.same("sites vs 标准化 sentence", ns, nall)
    ck.same("年初 (48万元 vs 48.00万元)", ck.g(r"在年初" + N + r"万元预算规模"), b0)


def chk_mouding(ck):
    ck.years(2023)
    R = ck.mof_funds()
    T = ck.ind_table(exec_w=R["total"][4], exec_s=R["total"][6])
    cnty0, add, b1, tob = ck.g(r"年初预算中县级财政安排" + N + r"万元；6月烟草部门根据当年烤烟合同面积追加补助" + N +
                               r"万元，全年预算调整为" + N + r"万元，其中烟草部门补助" + N + r"万元")
    ck.same("县级年初 text vs table", cnty0, R["fiscal"][1])
    ck.psum("烟草 年初 + 追加", [R["other"][1], add], tob)
    ck.psum("全年预算 = 县级 + 烟草", [R["fiscal"][2], tob], b1)
    ck.same("全年预算 text vs table", b1, R["total"][2])
    ck.same("烟草全年 text vs table", tob, R["other"][2])
    cnty, recv_t, rest = ck.g(r"县级财政资金" + N + r"万元于3月全部拨付；烟草部门补助到位" + N + r"万元，其余" + N + r"万元")
    ck.psum("烟草 到位 + 未到位", [recv_t, rest], tob)
    recv, rr, rc, rt = ck.g(r"全年实际到位资金" + N + r"万元，到位率" + N + r"%，其中县级财政资金到位率" + N +
                            r"%、烟草部门补助资金到位率" + N + r"%")
    ck.psum("到位 = 县级 + 烟草", [cnty, recv_t], recv)
    ck.rate("到位率", dec(recv), dec(b1), rr)
    ck.rate("县级到位率", dec(cnty), dec(R["fiscal"][2]), rc)
    ck.rate("烟草到位率", dec(recv_t), dec(tob), rt)
    spent, er = ck.g(r"项目累计支出" + N + r"万元，预算执行率" + N + r"%")
    ck.same("spent text vs table", spent, R["total"][3])
    ck.rate("执行率 (text)", dec(spent), dec(b1), er)
    n1, p1, t1 = ck.g(r"购置火箭弹" + N + r"枚，每枚" + N + r"元，计" + N + r"万元")
    ck.product("火箭弹", n1, (p1, "元"), (t1, "万元"))
    n2, p2, t2 = ck.g(r"购置人雨弹" + N + r"发，每发" + N + r"元，计" + N + r"万元")
    ck.product("人雨弹", n2, (p2, "元"), (t2, "万元"))
    t3, n3, p3 = ck.g(r"作业人员补贴" + N + r"万元，按" + N + r"人、每人" + N + r"元发放")
    ck.product("补贴", n3, (p3, "元"), (t3, "万元"))
    t4, t5 = ck.g(r"弹药库改造" + N + r"万元；作业人员意外伤害保险" + N + r"万元")
    ck.msum("spending breakdown", [(x, "万元") for x in (t1, t2, t3, t4, t5)], (spent, "万元"))
    bal = ck.g(r"结余" + N + r"万元")
    if not close(dec(recv) - dec(spent), bal):
        ck.fail("balance_mismatch", f"balance {bal} vs {dec(recv) - dec(spent)}")
    ops, months = ck.g(r"共开展防雹作业" + N + r"次，5月、6月、7月、8月分别作业([\d次、]+次)")
    ck.psum("operations by month", re.findall(r"\d+", months), ops)
    ck.same("operations text vs table", ops + "次", T["rows"]["防雹作业次数"]["actual"])
    last, more = ck.g(r"较2022年的" + N + r"次增加" + N + r"次")
    ck.psum("increase over 2022", [last, more], ops)
    fired, stock = ck.g(r"全年发射火箭弹" + N + r"枚，年末库存" + N + r"枚")
    ck.psum("rockets fired + stock = bought", [fired, stock], n1)
    shells, nsite, items, avg = ck.g(r"发射人雨弹" + N + r"发，(\d+)个高炮点分别发射([\d、]+)发，平均每点" + N + r"发")
    items = items.split("、")
    if len(items) != int(nsite):
        ck.fail("average_mismatch", "number of gun sites vs items")
    ck.psum("rounds per gun site", items, shells)
    ck.same("rounds fired vs bought", shells, n2)
    ck.avg("rounds per gun site", items, avg)
    total = ck.g(r"项目综合得分" + N + r"分")
    ck.same("total text vs table", total, T["total_s"])
    ck.grade(total, ck.g(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    sat = ck.g(r"烟农开展问卷调查，满意度" + N + r"%")
    ck.bounded("satisfaction", sat)
    ck.same("satisfaction text vs table", sat + "%", T["rows"]["烟农满意度"]["actual"])
    dmg = ck.g(r"烟叶雹灾受灾面积比例为" + N + r"%")
    ck.same("damage share text vs table", dmg + "%", T["rows"]["烟叶雹灾受灾面积比例"]["actual"])
    nall, nlack = ck.g(N + r"个作业点中仍有" + N + r"个火箭作业点未完成标准化改造")
    ck.rate("标准化作业点占比", dec(nall) - dec(nlack), dec(nall), T["rows"]["标准化作业点占比"]["actual"])
    ck.same("rocket price text vs table", p1 + "元/枚", T["rows"]["火箭弹采购单价"]["actual"])
    ns, ng, nr = ck.g(r"全县布设防雹作业点" + N + r"个，其中高炮作业点" + N + r"个、火箭作业点" + N + r"个")
    ck.psum("sites = gun + rocket", [ng, nr], ns)
    ck.same("gun sites", ng, nsite)
    ck.same("sites text vs table", ns + "个", T["rows"]["作业点正常运行数"]["actual"])
    ck.same("sites vs 标准化 sentence", ns, nall)
    ck.same("unpaid subsidy (2万元 vs 2.00万元)", ck.g(r"尚未拨付的" + N + r"万元补助"), rest)


def chk_kangbao(ck):
    ck.years(2018)
    # department funds table
    rows = {}
    for lab in ("合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "其中：人工增雨防雹作业经费",
                "气象灾害预警信息发布运维费", "气象探测设施维护费"):
        rows[lab] = ck.row(lab, 4)
    for j, colname in ((1, "全年预算数"), (2, "全年执行数")):
        ck.psum(f"{colname} 合计", [rows["一、基本支出"][j], rows["二、项目支出"][j]], rows["合计"][j])
        ck.psum(f"{colname} 基本支出", [rows["其中：人员经费"][j], rows["公用经费"][j]], rows["一、基本支出"][j])
        ck.psum(f"{colname} 项目支出", [rows[k][j] for k in ("其中：人工增雨防雹作业经费", "气象灾害预警信息发布运维费",
                                                           "气象探测设施维护费")], rows["二、项目支出"][j])
    for lab, c in rows.items():
        ck.rate(f"{lab} 执行率", dec(c[2]), dec(c[1]), c[3])
    b0, add, b1 = ck.g(r"部门年初预算" + N + r"万元，7月县政府追加人工增雨抗旱经费" + N + r"万元，全年预算" + N + r"万元")
    ck.psum("年初 + 追加", [b0, add], b1)
    ck.same("全年预算 text vs table", b1, rows["合计"][1])
    spent, er = ck.g(r"全年支出" + N + r"万元，部门预算执行率" + N + r"%")
    ck.same("spent text vs table", spent, rows["合计"][2])
    ck.rate("执行率 text", dec(spent), dec(b1), er)
    ry = ck.g(r"人工增雨防雹作业经费全年支出" + N + r"万元")
    ck.same("人影 spent text vs table", ry, rows["其中：人工增雨防雹作业经费"][2])
    n1, p1, t1 = ck.g(r"购置增雨防雹火箭弹" + N + r"枚，每枚" + N + r"元，计" + N + r"万元")
    ck.product("火箭弹", n1, (p1, "元"), (t1, "万元"))
    n2, p2, t2 = ck.g(r"购置人雨弹" + N + r"发，每发" + N + r"元，计" + N + r"万元")
    ck.product("人雨弹", n2, (p2, "元"), (t2, "万元"))
    t3 = ck.g(r"作业点维修改造" + N + r"万元")
    p4, n4, t4 = ck.g(r"按每人" + N + r"元发放" + N + r"名作业人员补助" + N + r"万元")
    ck.product("补助", n4, (p4, "元"), (t4, "万元"))
    t5, t6 = ck.g(r"作业人员保险" + N + r"万元；弹药库安防设施" + N + r"万元")
    ck.msum("人影 spending breakdown", [(x, "万元") for x in (t1, t2, t3, t4, t5, t6)], (ry, "万元"))
    bal = ck.g(r"年末结余" + N + r"万元")
    if not close(dec(b1) - dec(spent), bal):
        ck.fail("balance_mismatch", f"balance {bal} vs {dec(b1) - dec(spent)}")
    T = ck.ind_table()
    ck.rate("indicator 部门预算执行率 actual", dec(spent), dec(b1), T["rows"]["部门预算执行率"]["actual"])
    sg = ck.g(r"“三公”经费支出" + N + r"万元，比上年")
    ck.same("三公 text vs table", sg + "万元", T["rows"]["“三公”经费支出"]["actual"])
    ops, spr, smr = ck.g(r"防雹作业" + N + r"次，其中春季增雨（雪）作业" + N + r"次、夏季防雹增雨作业" + N + r"次")
    ck.psum("operations by season", [spr, smr], ops)
    ck.same("operations text vs table", ops + "次", T["rows"]["人工增雨（雪）作业次数"]["actual"])
    fr, fs = ck.g(r"发射火箭弹" + N + r"枚、人雨弹" + N + r"发")
    ck.same("rockets fired vs bought", fr, n1)
    ck.same("rounds fired vs bought", fs, n2)
    tgt = ck.g(r"未达到年初" + N + r"次的目标")
    ck.same("operations target text vs table", "≥" + tgt + "次", T["rows"]["人工增雨（雪）作业次数"]["target"])
    rain = ck.g(r"估算增加降水约" + N + r"万立方米")
    ck.same("rain text vs table", rain + "万立方米", T["rows"]["人工增雨增加降水量"]["actual"])
    warn_n = ck.g(r"各类预警信息" + N + r"期，上年为")
    ck.same("warnings text vs table", warn_n + "期", T["rows"]["发布气象灾害预警信息"]["actual"])
    tm = ck.g(r"平均用时" + N + r"分钟")
    ck.same("time text vs table", tm + "分钟", T["rows"]["预警信息发布至乡镇责任人用时"]["actual"])
    acc, acct = ck.g(r"暴雨预警准确率为" + N + r"%，低于" + N + r"%")
    ck.same("accuracy text vs table", acc + "%", T["rows"]["暴雨预警准确率"]["actual"])
    ck.same("accuracy target text vs table", "≥" + acct + "%", T["rows"]["暴雨预警准确率"]["target"])
    dr = ck.g(r"数据到报率" + N + r"%")
    ck.same("data rate text vs table", dr + "%", T["rows"]["区域自动站数据到报率"]["actual"])
    cov = ck.g(r"覆盖率达到" + N + r"%")
    ck.bounded("coverage", cov)
    ck.same("coverage text vs table", cov + "%", T["rows"]["预警信息公众覆盖率"]["actual"])
    sat = ck.g(r"我县满意度为" + N + r"%")
    ck.bounded("satisfaction", sat)
    ck.same("satisfaction text vs table", sat + "%", T["rows"]["社会公众气象服务满意度"]["actual"])
    ck.bounded("local survey satisfaction", ck.g(r"表示满意的占" + N + r"%"))
    total = ck.g(r"自评得分" + N + r"分")
    ck.same("total text vs table", total, T["total_s"])
    ck.grade(T["total_s"], ck.row("自评等级", 2)[1])
    ck.same("annual budget (312.5 vs 312.46)", ck.g(r"得分89.50分，" + N + r"万元部门预算"), b1)
    ck.same("stations text vs text", ck.g(r"区域自动气象站" + N + r"个"), ck.g(r"。" + N + r"个区域自动站全年数据到报率"))


def chk_yongxing(ck):
    ck.years(2024)
    R = ck.mof_funds()
    T = ck.ind_table(exec_w=R["total"][4], exec_s=R["total"][6])
    b0, cnty, prov, carry = ck.g(r"年初预算" + N + r"万元，其中县级财政资金" + N + r"万元、省级人影补助" + N +
                                 r"万元、上年结转资金" + N + r"万元")
    ck.psum("年初 = 县 + 省 + 结转", [cnty, prov, carry], b0)
    ck.same("年初 text vs table", b0, R["total"][1])
    ck.psum("当年财政拨款 年初 = 县 + 省", [cnty, prov], R["fiscal"][1])
    ck.same("结转 text vs table", carry, R["carry"][2])
    add, b1 = ck.g(r"追加抗旱增雨经费" + N + r"万元，全年预算调整为" + N + r"万元")
    ck.psum("年初 + 追加", [b0, add], b1)
    ck.same("全年 text vs table", b1, R["total"][2])
    spent = ck.g(r"全年实际支出" + N + r"万元")
    ck.same("spent text vs table", spent, R["total"][3])
    n1, p1, t1 = ck.g(r"购置火箭弹" + N + r"枚，每枚" + N + r"元，计" + N + r"万元")
    ck.product("火箭弹", n1, (p1, "元"), (t1, "万元"))
    n2, p2, t2 = ck.g(r"购置人雨弹" + N + r"发，每发" + N + r"元，计" + N + r"万元")
    ck.product("人雨弹", n2, (p2, "元"), (t2, "万元"))
    t3 = ck.g(r"短信服务费" + N + r"万元")
    n4, p4, t4 = ck.g(r"大喇叭维护" + N + r"个，每个" + N + r"元，计" + N + r"万元")
    ck.product("大喇叭", n4, (p4, "元"), (t4, "万元"))
    p5, n5, t5 = ck.g(r"按每人" + N + r"元发放" + N + r"名作业人员补助" + N + r"万元")
    ck.product("补助", n5, (p5, "元"), (t5, "万元"))
    t6, t7, t8 = ck.g(r"弹药库维护" + N + r"万元；作业人员意外伤害保险" + N + r"万元；区域自动气象站维护" + N + r"万元")
    ck.msum("spending breakdown", [(x, "万元") for x in (t1, t2, t3, t4, t5, t6, t7, t8)], (spent, "万元"))
    bal = ck.g(r"年末未支出资金" + N + r"万元")
    if not close(dec(b1) - dec(spent), bal):
        ck.fail("balance_mismatch", f"unspent {bal} vs {dec(b1) - dec(spent)}")
    hail, rain, ops = ck.g(r"防雹作业" + N + r"次，7至10月抓住有利天气过程开展抗旱增雨作业" + N + r"次，全年作业" + N + r"次")
    ck.psum("operations by season", [hail, rain], ops)
    ck.same("operations text vs table", ops + "次", T["rows"]["人工影响天气作业次数"]["actual"])
    r1, r2_, rt, s1, s2, st = ck.g(r"分别发射火箭弹" + N + r"枚、" + N + r"枚，共" + N + r"枚；发射人雨弹" + N + r"发、" + N +
                                   r"发，共" + N + r"发")
    ck.psum("rockets by season", [r1, r2_], rt)
    ck.psum("rounds by season", [s1, s2], st)
    avg = ck.g(r"平均每次作业用火箭弹" + N + r"枚")
    if not close(dec(rt) / dec(ops), avg):
        ck.fail("average_mismatch", f"rockets per operation {rt}/{ops} vs {avg}")
    sr, ss = ck.g(r"年末库存火箭弹" + N + r"枚、人雨弹" + N + r"发")
    ck.psum("rockets fired + stock = bought", [rt, sr], n1)
    ck.psum("rounds fired + stock = bought", [st, ss], n2)
    wn = ck.g(r"各类预警信息" + N + r"期")
    ck.same("warnings text vs table", wn + "期", T["rows"]["发布气象灾害预警信息"]["actual"])
    acc = ck.g(r"暴雨预警准确率" + N + r"%")
    ck.same("accuracy text vs table", acc + "%", T["rows"]["暴雨预警准确率"]["actual"])
    tm = ck.g(r"从制作到发布平均" + N + r"分钟")
    ck.same("time text vs table", tm + "分钟", T["rows"]["预警信息发布时效"]["actual"])
    nl = ck.g(N + r"个乡村预警大喇叭全部完成维护")
    ck.same("loudspeakers text vs table", nl + "个", T["rows"]["乡村预警大喇叭维护数量"]["actual"])
    ck.same("loudspeakers maintained vs paid", nl, n4)
    cov = ck.g(r"预警信息公众覆盖率" + N + r"%")
    ck.bounded("coverage", cov)
    ck.same("coverage text vs table", cov + "%", T["rows"]["预警信息公众覆盖率"]["actual"])
    rain_v, rain_t = ck.g(r"估算增加降水" + N + r"万立方米，未达到年初" + N + r"万立方米")
    ck.same("rain text vs table", rain_v + "万立方米", T["rows"]["增雨作业区增加降水量"]["actual"])
    ck.same("rain target text vs table", "≥" + rain_t + "万立方米", T["rows"]["增雨作业区增加降水量"]["target"])
    nstd = ck.g(r"全县现有标准化作业点" + N + r"个")
    ck.same("standard sites text vs table", nstd + "个", T["rows"]["标准化作业点数量"]["actual"])
    sat = ck.g(r"结果为" + N + r"%")
    ck.bounded("satisfaction", sat)
    ck.same("satisfaction text vs table", sat + "%", T["rows"]["社会公众满意度"]["actual"])
    se, so, sb, ss_, tot = ck.g(r"预算执行" + N + r"分、产出指标" + N + r"分、效益指标" + N + r"分、满意度指标" + N +
                                r"分，合计" + N + r"分")
    ck.psum("text score breakdown", [se, so, sb, ss_], tot, code="score_sum_mismatch")
    for stated, key, what in ((so, "产出指标", "产出"), (sb, "效益指标", "效益"), (ss_, "满意度指标", "满意度")):
        if not close(T["levels"][key], stated):
            ck.fail("score_sum_mismatch", f"{what} rows add up to {T['levels'][key]}, text says {stated}")
    ck.same("execution score text vs table", se, R["total"][6])
    ck.same("total text vs table", tot, T["total_s"])
    ck.grade(tot, ck.g(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    ck.same("rocket price text vs table", p1 + "元/枚", T["rows"]["火箭弹采购单价"]["actual"])

    approx = dec(ck.g(r"再次出现" + N + r"万余元的年底结转"))
    if not (approx <= dec(bal) < approx + 1):
        ck.fail("conflicting_values", f"'{approx}万余元' does not cover the carry-over {bal}")


CHECKS = {
    "sx-linyi-guoqufangbao-2022": chk_linyi,
    "gs-chongxin-renying-2020": chk_chongxin,
    "yn-mouding-yanqufangbao-2023": chk_mouding,
    "he-kangbao-qixiangju-bumen-2018": chk_kangbao,
    "hn-yongxing-qixiangyujing-2024": chk_yongxing,
}

# changed figures that legitimately occur more than once in the clean draft (the other occurrences are
# different quantities, so the edit creates no second, unlabelled error)
DUP_OK = {
    "sx-linyi-guoqufangbao-2022-e5.txt": "weight 6: the other 6s are a score, '6个高炮作业点', '6门', '6月', '6个乡镇'",
    "sx-linyi-guoqufangbao-2022-e6.txt": "2023 elsewhere is the report date, the 2023 completion of two sites, etc.",
    "gs-chongxin-renying-2020-e3.txt": "swapped scores 6 and 8: other 6s and 8s are other rows' weights/scores",
    "yn-mouding-yanqufangbao-2023-e6.txt": "2023 elsewhere is the evaluation year itself (title, 2023年度)",
    "he-kangbao-qixiangju-bumen-2018-e6.txt": "weight 10: other rows also weigh 10",
    "hn-yongxing-qixiangyujing-2024-e2.txt": "swapped scores 6 and 7: other 6s and 7s are other rows' weights/scores",
}


def run_checks(pid, text, name):
    ck = Ck(text, name)
    CHECKS[pid](ck)
    return ck


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labelled cases, found {len(labels)}")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = (CASES / rec["case"]).read_text(encoding="utf-8")
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        path = CASES / name
        if not path.exists():
            problems.append(f"{name}: file missing")
            continue
        text = path.read_text(encoding="utf-8")
        try:
            ck = run_checks(pid, text, name)
        except (ParseError, StopIteration, KeyError, IndexError) as e:
            problems.append(f"{name}: could not parse: {e!r}")
            continue
        failed = sorted({c for c, _ in ck.fails})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if ck.fails or ck.warns:
                problems.append(f"{name}: clean draft fails: {ck.fails + ck.warns}")
            print(f"  {name:45s} {len(text):5d} chars  clean ok")
            continue
        exp = rec["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES:
            problems.append(f"{name}: must expect exactly one error-level code of errors.md §A")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        if failed != [code]:
            problems.append(f"{name}: labelled {code}, arithmetic fails {failed}: {ck.fails}")
        n = text.count(value)
        if n != 1:
            problems.append(f"{name}: label value occurs {n} times: {value!r}")
        clean = clean_text[pid]
        p, ce, ee = diff_region(clean, text)
        if ee <= p and ce <= p:
            problems.append(f"{name}: identical to its clean draft")
            continue
        if max(ee, ce) - p > 120:
            problems.append(f"{name}: changed region too long ({max(ee, ce) - p} chars)")
        vi = text.find(value)
        if not (vi < max(ee, p + 1) and p < vi + len(value)):
            problems.append(f"{name}: value {value!r} does not overlap the changed region [{p},{ee})")
        line = text[text.rfind("\n", 0, p) + 1: text.find("\n", p)]
        where["table" if "\t" in line else "prose"] += 1
        # the changed figure(s) in the clean draft
        s0, s1 = p, max(ce, p + 1)
        while s0 > 0 and (clean[s0 - 1].isdigit() or clean[s0 - 1] in ".,"):
            s0 -= 1
        while s1 < len(clean) and (clean[s1].isdigit() or clean[s1] in ".,"):
            s1 += 1
        for tok in set(re.findall(r"\d[\d,]*(?:\.\d+)?", clean[s0:s1])):
            occ = len(re.findall(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|\.\d)", clean))
            want = 2 if code == "conflicting_values" else 1
            if occ != want and name not in DUP_OK:
                problems.append(f"{name}: changed figure {tok} occurs {occ} times in the clean draft (want {want})")
        print(f"  {name:45s} {code:22s} fails={failed}")
    for c, k in counts.items():
        if k < 2:
            problems.append(f"code {c} used {k} times (< 2)")
    print("codes:", ", ".join(f"{c}={k}" for c, k in counts.items()))
    print("where:", where)
    if abs(where["prose"] - where["table"]) > 2:
        problems.append(f"prose/table split uneven: {where}")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
