#!/usr/bin/env python3
"""Verify drafts225.

1. every label value occurs in its case file;
2. every error case differs from its clean draft in one place (one contiguous span, the recorded edit);
3. the arithmetic of every clean draft is redone from the text itself (tables parsed in their own
   layout, prose figures picked up with patterns): rates, sums, balances, weights, scores, totals,
   grades, averages, completion rates, units, years and repeated figures;
4. sanity: in every error case the same checks fail, and they fail with the labelled code.
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
from build import EDITS, SOURCES  # noqa: E402

N = r"(\d+(?:\.\d+)?)"
NUMRE = re.compile(r"^\d+(?:\.\d+)?$")
VALRE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


# ---------------------------------------------------------------- helpers
def isnum(s):
    return bool(NUMRE.match(s or ""))


def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated (string as printed) is consistent with computed (Decimal) under the decimals rule."""
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(computed) - D(stated.strip().rstrip("%"))) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
              "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.text = text
        self.fails = []  # (code, message)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # pattern access ------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            self.fail("pattern", f"pattern matched {len(ms)} times: {pat}")
            return None
        return list(ms[0].groups())

    def all(self, pat):
        return [m.groups() for m in re.finditer(pat, self.text)]

    def nums(self, pats):
        out = []
        for p in pats:
            g = self.one(p)
            if g is None:
                return None
            out.extend(g)
        return out

    # fact kinds ----------------------------------------------------------
    def sum(self, parts, total, code="sum_mismatch", what=""):
        vals = self.nums(parts)
        tot = self.nums([total])
        if vals is None or tot is None:
            return
        s = sum(D(v) for v in vals)
        if close(s, tot[0]):
            return
        # an amount off by 10^4 or 10^8 that the sum reconciles is a unit slip
        for i, v in enumerate(vals):
            for k in (D(10) ** 4, D(10) ** 8):
                for alt in (D(v) / k, D(v) * k):
                    if close(s - D(v) + alt, tot[0]):
                        self.fail("unit_mismatch", f"{what}: {v} off by a power of ten (sum {s} vs {tot[0]})")
                        return
        self.fail(code, f"{what}: {' + '.join(vals)} = {s} != {tot[0]}")

    def diff(self, a, b, c, code="balance_mismatch", what=""):
        v = self.nums([a, b, c])
        if v is None:
            return
        if not close(D(v[0]) - D(v[1]), v[2]):
            self.fail(code, f"{what}: {v[0]} - {v[1]} = {D(v[0]) - D(v[1])} != {v[2]}")

    def pct(self, num, den, rate, code="rate_mismatch", what=""):
        v = self.nums([num, den, rate])
        if v is None:
            return
        if D(v[1]) == 0:
            self.fail("implausible_rate", f"{what}: rate on a zero base")
            return
        r = D(v[0]) / D(v[1]) * 100
        if not close(r, v[2]):
            self.fail(code, f"{what}: {v[0]}/{v[1]} = {r:.4f}% != {v[2]}%")
        if code == "rate_mismatch" and D(v[2]) > 100:
            self.fail("implausible_rate", f"{what}: {v[2]}% > 100%")

    def ratio(self, num, den, val, code="average_mismatch", what=""):
        v = self.nums([num, den, val])
        if v is None:
            return
        r = D(v[0]) / D(v[1])
        if not close(r, v[2]):
            self.fail(code, f"{what}: {v[0]}/{v[1]} = {r:.4f} != {v[2]}")

    def product(self, total, count, unit_price, scale, what=""):
        v = self.nums([total, count, unit_price])
        if v is None:
            return
        c = D(v[1]) * D(v[2]) / D(scale)
        if not close(c, v[0]):
            if any(close(c, str(D(v[0]) / k)) for k in (D(10) ** 4, D(10) ** 8)):
                self.fail("unit_mismatch", f"{what}: {v[0]} should be {c} (power of ten)")
            else:
                self.fail("sum_mismatch", f"{what}: {v[1]} x {v[2]} / {scale} = {c} != {v[0]}")

    def mean(self, items, avg, what=""):
        vals = self.nums([items])
        a = self.nums([avg])
        if vals is None or a is None:
            return
        m = sum(D(x) for x in vals) / len(vals)
        if not close(m, a[0]):
            self.fail("average_mismatch", f"{what}: mean({', '.join(vals)}) = {m} != {a[0]}")

    def equal(self, pats, what="", findall=False):
        vals = []
        for p in pats:
            if findall:
                found = [g[0] for g in self.all(p)]
                if not found:
                    self.fail("pattern", f"no match: {p}")
                    return
                vals.extend(found)
            else:
                g = self.one(p)
                if g is None:
                    return
                vals.append(g[0])
        if len({D(v.rstrip('%')) for v in vals}) != 1:
            self.fail("conflicting_values", f"{what}: values differ {vals}")

    def equal_values(self, vals, what=""):
        if len({D(str(v).rstrip('%')) for v in vals}) != 1:
            self.fail("conflicting_values", f"{what}: values differ {vals}")

    def grade(self, pat, what=""):
        g = self.one(pat)
        if g is None:
            return
        score, label = g
        if GRADE_NORM[label] != grade_of(score):
            self.fail("grade_mismatch", f"{what}: {score} is {grade_of(score)}, stated {label}")

    def le100(self, pat, what=""):
        for g in self.all(pat):
            if D(g[0]) > 100:
                self.fail("implausible_rate", f"{what}: {g[0]}% > 100%")

    def years(self, year):
        for (y,) in self.all(r"结转至(\d{4})年"):
            if int(y) <= year:
                self.fail("year_mismatch", f"carried over to {y} in a {year} report")
        for (y,) in self.all(r"截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日"):
            if int(y) != year:
                self.fail("year_mismatch", f"截至{y}年12月31日 in a {year} report")
        head = "\n".join(self.text.strip().split("\n")[:3])
        ys = re.findall(r"(\d{4})\s*年度", head)
        if any(int(y) != year for y in ys):
            self.fail("year_mismatch", f"title year {ys} != {year}")

    # tables ----------------------------------------------------------------
    def indicators(self, rows, total, what="自评表"):
        """rows: dicts name,target,actual,weight,score[,completion]; total: (weight, score) strings."""
        wsum = sum(D(r["weight"]) for r in rows)
        ssum = sum(D(r["score"]) for r in rows)
        if wsum != 100 or D(total[0]) != wsum:
            self.fail("weight_sum_mismatch", f"{what}: weights sum {wsum}, stated {total[0]}")
        if not close(ssum, total[1]):
            self.fail("score_sum_mismatch", f"{what}: scores sum {ssum}, stated {total[1]}")
        for r in rows:
            w, s = D(r["weight"]), D(r["score"])
            if s > w or s < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {s} > weight {w}")
            self.indicator_rule(r)

    def indicator_rule(self, r):
        mt, ma = VALRE.match(r["target"]), VALRE.match(r["actual"])
        if not mt:
            # qualitative target: actual must be qualitative or identical, score full or banded
            if ma and r["target"] != r["actual"]:
                self.fail("unit_mismatch", f"{r['name']}: qualitative target {r['target']} vs {r['actual']}")
            return
        if not ma:
            self.fail("unit_mismatch", f"{r['name']}: {r['target']} vs {r['actual']}")
            return
        sign, t, ut = mt.groups()
        _, a, ua = ma.groups()
        if ut != ua:
            self.fail("unit_mismatch", f"{r['name']}: unit {ut!r} vs {ua!r}")
            return
        t, a = D(t), D(a)
        if ua == "%" and ("满意" in r["name"] or r["name"].endswith("率")) and a > 100:
            self.fail("implausible_rate", f"{r['name']}: {a}% > 100%")
        lte = sign in ("≤", "＜", "<=")
        if lte:
            comp = D(100) if a <= t else t / a * 100
        else:
            comp = a / t * 100 if t else (D(100) if a <= 0 else D(0))
        if r.get("completion") not in (None, "", "—"):
            if not close(comp, r["completion"]):
                self.fail("completion_mismatch", f"{r['name']}: completion {comp:.4f}% != {r['completion']}")
        w = D(r["weight"])
        expect = w * min(comp, D(100)) / 100
        ok = close(expect, r["score"])
        if not ok and r.get("completion") not in (None, "", "—"):
            ok = close(w * min(D(r["completion"].rstrip("%")), D(100)) / 100, r["score"])
        if not ok:
            self.fail("score_rule_mismatch", f"{r['name']}: expected {q2(expect)}, stated {r['score']}")

    def funds_mof(self, rows, what="资金"):
        """rows: label -> [initial, annual, spent, weight, rate, score] (strings)."""
        tot = rows["年度资金总额"]
        comps = [rows[k] for k in rows if k != "年度资金总额"]
        for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
            s = sum(D(c[i]) for c in comps)
            if not close(s, tot[i]):
                self.fail("sum_mismatch", f"{what} {col}: components {s} != total {tot[i]}")
        for label, r in rows.items():
            rate = r[4]
            if rate in ("—", "", "-"):
                continue
            if D(r[1]) == 0:
                if D(rate.rstrip("%")) != 0:
                    self.fail("implausible_rate", f"{label}: rate {rate} on a zero budget")
                continue
            c = D(r[2]) / D(r[1]) * 100
            if not close(c, rate):
                self.fail("rate_mismatch", f"{label}: {r[2]}/{r[1]} = {c:.4f}% != {rate}")
            if D(rate.rstrip("%")) > 100:
                self.fail("implausible_rate", f"{label}: rate {rate} > 100%")
        r = D(tot[2]) / D(tot[1])
        exp = D(tot[3]) * min(r, D(1))
        if not (close(exp, tot[5]) or close(D(tot[3]) * min(D(tot[4].rstrip('%')), D(100)) / 100, tot[5])):
            self.fail("score_rule_mismatch", f"execution score {tot[5]} != {q2(exp)}")
        return {"name": "预算执行率", "target": "100%", "actual": tot[4], "weight": tot[3], "score": tot[5]}


# ---------------------------------------------------------------- table parsers
def section(text, start, end=None):
    i = text.index(start)
    j = text.index(end, i) if end else len(text)
    return text[i:j]


def flat_blocks(sec):
    out = []
    for block in sec.split("\n\n"):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if cells:
            out.append(cells)
    return out


def parse_dingxing(ch):
    t = ch.text
    funds = {}
    for cells in flat_blocks(section(t, "（二）预算执行情况", "（三）项目绩效目标")):
        if len(cells) >= 2 and cells[1].startswith("("):
            funds[int(cells[1][1])] = [c.strip() for c in cells[2:10]]
    col = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    v = {k: [D(x) if x else D(0) for x in funds[k]] for k in range(1, 6)}
    for k in range(1, 5):
        r = v[k]
        if r[0] != r[1] + r[6] + r[7]:
            ch.fail("sum_mismatch", f"row ({k}): {r[0]} != 小计+结转+其他 {r[1] + r[6] + r[7]}")
        if r[1] != sum(r[2:6]):
            ch.fail("sum_mismatch", f"row ({k}): 小计 {r[1]} != {sum(r[2:6])}")
    for i in range(8):
        if v[5][i] != v[3][i] - v[4][i]:
            ch.fail("balance_mismatch", f"(5) {col[i]}: {v[5][i]} != {v[3][i] - v[4][i]}")
    for k, num in ((6, 3), (7, 4)):
        for i in range(8):
            s = funds[k][i]
            base = v[2][i]
            if base == 0:
                if s and D(s) != 0:
                    ch.fail("implausible_rate", f"({k}) {col[i]}: {s} on a zero base")
                continue
            c = v[num][i] / base * 100
            if not close(c, s):
                ch.fail("rate_mismatch", f"({k}) {col[i]}: {c:.4f} != {s}")
            if D(s) > 100:
                ch.fail("implausible_rate", f"({k}) {col[i]}: {s} > 100")
    rows, total = [], None
    for cells in flat_blocks(section(t, "附件1.项目支出绩效自评表")):
        if len(cells) < 9:
            continue
        if cells[0] == "总分":
            total = (cells[3], cells[7])
        elif isnum(cells[3]):
            rows.append({"name": cells[2], "weight": cells[3], "target": cells[4], "actual": cells[5],
                         "completion": cells[6], "score": cells[7]})
    ch.indicators(rows, total)
    return rows, total, funds


def parse_rows(ch, sep, ind_cols):
    funds, rows, total = {}, [], None
    labels = ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")
    for ln in ch.text.split("\n"):
        if sep == "|":
            if not ln.startswith("|"):
                continue
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        else:
            if sep not in ln:
                continue
            cells = [c.strip() for c in ln.split(sep)]
        if cells[0] in labels:
            funds[cells[0].replace("其中：", "")] = cells[1:7]
        elif cells[0] == "总分":
            ns = [c for c in cells if isnum(c)]
            total = (ns[0], ns[1])
        elif len(cells) >= len(ind_cols) and isnum(cells[ind_cols.index("weight")]):
            rows.append({k: cells[i] for i, k in enumerate(ind_cols) if k})
    exe = ch.funds_mof(funds)
    ch.indicators([exe] + rows, total)
    return rows, total, funds


def parse_xiangyin(ch):
    return parse_rows(ch, "\t", ["", "", "name", "target", "actual", "weight", "score"])


def parse_baicheng(ch):
    return parse_rows(ch, "｜", ["", "", "name", "target", "actual", "completion", "weight", "score"])


def parse_banan(ch):
    return parse_rows(ch, "|", ["", "", "name", "target", "actual", "weight", "score"])


def parse_haian(ch):
    t = ch.text
    funds = {}
    for m in re.finditer(r"^(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金) (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$", t, re.M):
        funds[m.group(1).replace("其中：", "")] = list(m.groups()[1:])
    exe = ch.funds_mof(funds)
    sec = section(t, "一级指标 二级指标 三级指标")
    rows, total = [], None
    for ln in sec.split("\n")[1:]:
        tok = ln.split(" ")
        if tok[0] == "总分":
            total = (tok[1], tok[2])
            break
        for i in range(1, len(tok) - 3):
            if isnum(tok[i + 2]) and isnum(tok[i + 3]) and re.search(r"\d", tok[i]) and re.search(r"\d", tok[i + 1]):
                rows.append({"name": tok[i - 1], "target": tok[i], "actual": tok[i + 1],
                             "weight": tok[i + 2], "score": tok[i + 3]})
                break
    ch.indicators([exe] + rows, total)
    return rows, total, funds


def row(rows, name):
    for r in rows:
        if r["name"] == name:
            return r
    raise KeyError(name)


# ---------------------------------------------------------------- per-project arithmetic
def check_dingxing(ch):
    rows, total, funds = parse_dingxing(ch)
    ch.years(2020)
    ch.sum([r"县财政年初安排贴息资金" + N + "万元", r"贴息部分）" + N + "万元"], r"年初预算合计" + N + "万元", what="年初预算")
    ch.sum([r"年初预算合计" + N + "万元", r"省级追加贴息资金" + N + "万元", r"加上2019年结转资金" + N + "万元"],
           r"全年预算" + N + "万元，资金全部到位", what="全年预算")
    ch.pct(r"全年拨付贴息资金" + N + "万元", r"全年预算" + N + "万元，资金全部到位", r"预算执行率" + N + "%", what="执行率")
    ch.sum([r"四个季度分别拨付" + N + "万元、" + N + "万元、" + N + "万元、" + N + "万元"], r"全年拨付贴息资金" + N + "万元", what="季度拨付")
    ch.mean(r"四个季度分别拨付" + N + "万元、" + N + "万元、" + N + "万元、" + N + "万元", r"季均拨付" + N + "万元", what="季均")
    ch.diff(r"全年预算" + N + "万元，资金全部到位", r"全年拨付贴息资金" + N + "万元", r"年末结余" + N + "万元", what="结余")
    ch.sum([r"个人创业担保贷款" + N + "万元", r"小微企业贷款" + N + "万元"], r"全年新发放创业担保贷款" + N + "万元", what="贷款构成")
    ch.diff(r"全年新发放创业担保贷款" + N + "万元", r"比2019年的" + N + "万元", r"万元增加" + N + "万元", code="sum_mismatch", what="比上年")
    ch.pct(r"全年新发放创业担保贷款" + N + "万元", r"新发放创业担保贷款不低于" + N + "万元", r"完成年度目标的" + N + "%", code="completion_mismatch", what="贷款完成率")
    ch.ratio(r"个人创业担保贷款" + N + "万元", r"扶持个人创业" + N + "人，", r"人均" + N + "万元", what="人均贷款")
    ch.ratio(r"全年拨付贴息资金" + N + "万元", r"全年为" + N + "户", r"户均贴息" + N + "万元", what="户均贴息")
    g = ch.nums([r"户均贴息" + N + "万元（" + N + "元）"])
    if g and D(g[0]) * 10000 != D(g[1]):
        ch.fail("unit_mismatch", f"户均贴息 {g[0]}万元 != {g[1]}元")
    ch.pct(r"满意及基本满意" + N + "份", r"收回有效问卷" + N + "份", r"满意度" + N + "%。", what="满意度")
    ch.diff(r"贷款到期回收率不低于" + N + "%", r"贷款到期回收率" + N + "%，比目标", r"比目标低" + N + "个百分点", code="sum_mismatch", what="回收率差")
    g = ch.nums([r"带动就业" + N + "人，超出年初目标" + N + "%", r"带动就业" + N + "人以上"])
    if g and not close((D(g[0]) - D(g[2])) / D(g[2]) * 100, g[1]):
        ch.fail("completion_mismatch", "带动就业超出比例")
    ch.equal_values([ch.nums([r"总得分" + N + "分"])[0], total[1]], what="总分")
    ch.grade(r"总得分" + N + "分，属于\"(优秀|良好|中等|差)\"", what="等级")
    # the same figure in text and tables
    ch.equal_values([ch.nums([r"预算执行率" + N + "%。"])[0], funds[7][0], row(rows, "预算执行率")["actual"].rstrip("%")], what="执行率")
    ch.equal_values([ch.nums([r"全年拨付贴息资金" + N + "万元"])[0], funds[4][0]], what="执行数")
    ch.equal_values([ch.nums([r"全年预算" + N + "万元，资金全部到位"])[0], funds[2][0], funds[3][0]], what="全年预算")
    ch.equal_values([ch.nums([r"年初预算合计" + N + "万元"])[0], funds[1][0]], what="年初预算")
    ch.equal_values([ch.nums([r"年末结余" + N + "万元"])[0], funds[5][0]], what="结余")
    for name, pat in (("新增发放创业担保贷款", r"全年新发放创业担保贷款" + N + "万元"), ("扶持个人创业人数", r"扶持个人创业" + N + "人，"),
                      ("扶持小微企业数量", r"扶持小微企业" + N + "家"), ("带动就业人数", r"带动就业" + N + "人，"),
                      ("贷款对象满意度", r"满意度" + N + "%。"), ("户均财政贴息额", r"户均贴息" + N + "万元")):
        ch.equal_values([ch.nums([pat])[0], VALRE.match(row(rows, name)["actual"]).group(2)], what=name)


def check_xiangyin(ch):
    rows, total, funds = parse_xiangyin(ch)
    ch.years(2021)
    ch.sum([r"其中第一批" + N + "万元", r"第二批" + N + "万元"], r"职业技能提升行动资金" + N + "万元，其中", what="省级两批")
    ch.sum([r"配套资金" + N + "万元", r"职业技能提升行动资金" + N + "万元，其中", r"另有2020年结转资金" + N + "万元"], r"全年预算合计" + N + "万元", what="全年预算")
    ch.equal([r"专项资金" + N + "万元进行了", r"全年预算合计" + N + "万元"], what="评价资金")
    ch.pct(r"项目实际支出" + N + "万元", r"全年预算合计" + N + "万元", r"项目实际支出[\d.]+万元，预算执行率" + N + "%", what="执行率")
    ch.sum([r"企业职工岗位技能提升培训补贴" + N + "万元", r"以工代训补贴" + N + "万元", r"就业技能培训补贴" + N + "万元",
            r"职业技能等级认定补贴" + N + "万元", r"公共实训基地设备购置" + N + "万元"], r"项目实际支出" + N + "万元", what="支出构成")
    ch.diff(r"全年预算合计" + N + "万元", r"项目实际支出" + N + "万元", r"年末结余" + N + "万元", what="结余")
    ch.sum([r"企业职工岗位技能提升培训" + N + "人次", r"以工代训" + N + "人、", r"就业技能培训" + N + "人次；"],
           r"全年开展补贴性职业技能培训" + N + "人次，完成", what="培训人次构成")
    ch.pct(r"全年开展补贴性职业技能培训" + N + "人次，完成", r"全年开展补贴性职业技能培训" + N + "人次以上", r"完成年度目标的" + N + "%", code="completion_mismatch", what="培训完成率")
    ch.diff(r"技能等级证书" + N + "人，较", r"较2020年的" + N + "人", r"增加" + N + "人", code="sum_mismatch", what="取证增加")
    g = ch.nums([r"以工代训" + N + "人、"])
    if g:
        ch.equal_values([g[0], VALRE.match(row(rows, "以工代训人数")["actual"]).group(2)], what="以工代训")
    for name, pat in (("补贴性职业技能培训人次", r"全年开展补贴性职业技能培训" + N + "人次，完成"), ("培训合格率", r"培训合格率" + N + "%；"),
                      ("培训后就业率", r"稳定就业的比例为" + N + "%"), ("新增高技能人才", r"全年新增高技能人才" + N + "人；"),
                      ("技能人才占从业人员比例", r"比例达到" + N + "%"), ("参训学员满意度", r"参训学员满意度为" + N + "%")):
        a = VALRE.match(row(rows, name)["actual"])
        if a:
            ch.equal_values([ch.nums([pat])[0], a.group(2)], what=name)
    ch.equal_values([ch.nums([r"自评得分" + N + "分"])[0], total[1]], what="总分")
    ch.equal_values([ch.nums([r"项目实际支出[\d.]+万元，预算执行率" + N + "%"])[0], funds["年度资金总额"][4].rstrip("%")], what="执行率")
    ch.equal_values([ch.nums([r"项目实际支出" + N + "万元"])[0], funds["年度资金总额"][2]], what="执行数")
    ch.equal_values([ch.nums([r"全年预算合计" + N + "万元"])[0], funds["年度资金总额"][1]], what="全年预算")
    ch.grade(r"自评得分" + N + "分，评价等级为\"(优|良|中|差)\"", what="等级")
    ch.le100(r"满意度为?" + N + "%", what="满意度")


def check_baicheng(ch):
    rows, total, funds = parse_baicheng(ch)
    ch.years(2023)
    ch.sum([r"提前下达" + N + "万元", r"2023年7月追加" + N + "万元"], r"中央就业补助资金" + N + "万元（", what="中央资金")
    ch.sum([r"中央就业补助资金" + N + "万元（", r"自治区就业补助资金" + N + "万元", r"县本级配套" + N + "万元", r"2022年结转资金" + N + "万元"],
           r"全年预算" + N + "万元，其中", what="全年预算")
    ch.sum([r"提前下达" + N + "万元", r"县本级配套" + N + "万元"], r"年初预算" + N + "万元", what="年初预算")
    ch.sum([r"其中岗位补贴" + N + "万元", r"社会保险补贴" + N + "万元。"], r"(?<!本)项目全年支出" + N + "万元", what="支出构成")
    ch.diff(r"全年预算" + N + "万元，其中", r"(?<!本)项目全年支出" + N + "万元", r"未支出的" + N + "万元", what="未支出")
    ch.pct(r"累计安置公益性岗位人员" + N + "人，完成", r"安置公益性岗位人员" + N + "人以上", r"人，完成目标的" + N + "%", code="completion_mismatch", what="安置完成率")
    ch.pct(r"脱贫人口（含监测对象）" + N + "人", r"累计安置公益性岗位人员" + N + "人，完成", r"人，占" + N + "%", what="脱贫人口占比")
    ch.mean(r"各季度末在岗人数分别为" + N + "人、" + N + "人、" + N + "人、" + N + "人", r"平均在岗" + N + "人", what="平均在岗")
    ch.sum([r"乡村公益性岗位" + N + "个", r"城镇公益性岗位" + N + "个"], r"累计安置公益性岗位人员" + N + "人，完成", what="岗位类型")
    ch.sum([r"保洁保绿" + N + "人", r"道路养护" + N + "人", r"治安巡逻" + N + "人", r"其他岗位" + N + "人"], r"累计安置公益性岗位人员" + N + "人，完成", what="岗位内容")
    ch.pct(r"有" + N + "名岗位人员转向", r"推动" + N + "名以上", r"仅完成目标的" + N + "%", code="completion_mismatch", what="转岗完成率")
    ch.sum([r"其中预算执行" + N + "分", r"产出指标" + N + "分", r"效益指标" + N + "分", r"满意度指标" + N + "分"], r"自评得分" + N + "分",
           code="score_sum_mismatch", what="分项得分")
    ch.equal([r"累计安置公益性岗位人员" + N + "人", r"公益性岗位安置人数｜≥650人｜" + N + "人"], what="安置人数", findall=True)
    ch.equal_values([ch.nums([r"自评得分" + N + "分"])[0], total[1]], what="总分")
    ch.equal_values([ch.nums([r"(?<!本)项目全年支出" + N + "万元"])[0], funds["年度资金总额"][2]], what="执行数")
    ch.equal_values([ch.nums([r"全年预算" + N + "万元，其中"])[0], funds["年度资金总额"][1]], what="全年预算")
    ch.equal_values([ch.nums([r"年初预算" + N + "万元"])[0], funds["年度资金总额"][0]], what="年初预算")
    for name, pat in (("安置就业困难人员数", r"安置城乡就业困难人员" + N + "人"), ("岗位人员月增收", r"人，岗位人员月增收" + N + "元"),
                      ("转市场化就业人数", r"有" + N + "名岗位人员转向"), ("服务对象满意度", r"满意度为" + N + "%"),
                      ("脱贫人口（含监测对象）占比", r"人，占" + N + "%")):
        ch.equal_values([ch.nums([pat])[0], VALRE.match(row(rows, name)["actual"]).group(2)], what=name)
    ch.grade(r"自评得分" + N + "分，评价等级为\"(优|良|中|差)\"", what="等级")
    ch.le100(r"满意度为" + N + "%", what="满意度")


def check_haian(ch):
    rows, total, funds = parse_haian(ch)
    ch.years(2018)
    ch.sum([r"其中市本级安排" + N + "万元", r"（就业见习部分）" + N + "万元"], r"2018年年初预算" + N + "万元", what="年初预算")
    ch.sum([r"2018年年初预算" + N + "万元", r"省级追加" + N + "万元", r"2017年结转资金" + N + "万元"], r"全年预算" + N + "万元，资金均已到位", what="全年预算")
    ch.pct(r"(?<!本)项目全年支出" + N + "万元", r"全年预算" + N + "万元，资金均已到位", r"预算执行率" + N + "%。", what="执行率")
    ch.sum([r"其中见习生活补贴" + N + "万元", r"人身意外伤害保险" + N + "万元", r"见习留用补贴" + N + "万元"], r"(?<!本)项目全年支出" + N + "万元", what="支出构成")
    ch.diff(r"全年预算" + N + "万元，资金均已到位", r"(?<!本)项目全年支出" + N + "万元", r"年末结余" + N + "万元", what="结余")
    ch.pct(r"全年新增就业见习人员" + N + "人，完成", r"全年新增就业见习人员" + N + "人以上", r"完成年度目标的" + N + "%", code="completion_mismatch", what="见习完成率")
    ch.sum([r"其中离校未就业高校毕业生" + N + "人", r"失业青年" + N + "人。"], r"全年新增就业见习人员" + N + "人，完成", what="见习人员构成")
    ch.sum([r"其中企业" + N + "家", r"事业单位" + N + "家", r"社会组织" + N + "家"], r"全市见习基地达到" + N + "家", what="基地构成")
    ch.pct(r"期满留用" + N + "人", r"全年见习期满" + N + "人", r"期满留用\d+人，留用率" + N + "%", what="留用率")
    ch.pct(r"3个月内实现就业" + N + "人", r"见习期满" + N + "人中", r"就业率" + N + "%，低于", what="期满就业率")
    ch.equal([r"全市见习基地达到" + N + "家", r"\n" + N + "家见习基地中"], what="见习基地数")
    ch.pct(r"见习基地中" + N + "家全年", r"\n" + N + "家见习基地中", r"持续参与率" + N + "%", what="持续参与率")
    ch.sum([r"其中预算执行" + N + "分", r"产出\n指标" + N + "分", r"效益指标" + N + "分", r"满意度指标" + N + "分"], r"综合得分" + N + "分",
           code="score_sum_mismatch", what="分项得分")
    ch.equal_values([ch.nums([r"综合得分" + N + "分"])[0], total[1]], what="总分")
    ch.grade(r"综合得分" + N + "分，评价等级为(优|良|中|差)", what="等级(正文)")
    ch.grade(r"(?m)^总分 100 " + N + r" 评价等级：(优|良|中|差)$", what="等级(表)")
    ch.equal_values([ch.nums([r"(?<!本)项目全年支出" + N + "万元"])[0], funds["年度资金总额"][2]], what="执行数")
    ch.equal_values([ch.nums([r"全年预算" + N + "万元，资金均已到位"])[0], funds["年度资金总额"][1]], what="全年预算")
    ch.equal_values([ch.nums([r"2018年年初预算" + N + "万元"])[0], funds["年度资金总额"][0]], what="年初预算")
    ch.equal_values([ch.nums([r"预算执行率" + N + "%。"])[0], funds["年度资金总额"][4].rstrip("%")], what="执行率")
    for name, pat in (("新增就业见习人数", r"全年新增就业见习人员" + N + "人，完成"), ("新认定见习基地", r"新认定就业见习基地" + N + "家，"),
                      ("募集见习岗位数", r"募集见习岗位" + N + "个"), ("见习期满留用率", r"期满留用\d+人，留用率" + N + "%"),
                      ("见习期满后3个月内就业率", r"就业率" + N + "%，低于"), ("见习基地持续参与率", r"持续参与率" + N + "%"),
                      ("见习人员满意度", r"见习人员满意度" + N + "%"), ("见习单位满意度", r"见习单位满意度" + N + "%"),
                      ("见习生活补贴标准", r"每人每月" + N + "元")):
        ch.equal_values([ch.nums([pat])[0], VALRE.match(row(rows, name)["actual"]).group(2)], what=name)
    ch.le100(r"满意度" + N + "%", what="满意度")


def check_banan(ch):
    rows, total, funds = parse_banan(ch)
    ch.years(2024)
    ch.sum([r"年初区级预算安排" + N + "万元", r"中央就业补助资金" + N + "万元", r"市级就业补助资金" + N + "万元", r"2023年结转资金" + N + "万元"],
           r"全年预算" + N + "万元", what="全年预算")
    ch.pct(r"全年支出" + N + "万元", r"全年预算" + N + "万元", r"全年支出[\d.]+万元，预算执行率" + N + "%", what="执行率")
    ch.sum([r"一次性吸纳就业补贴" + N + "万元（", r"，就业见习补贴" + N + "万元", r"求职创业补贴" + N + "万元（", r"社会保险补贴" + N + "万元，基层",
            r"基层服务项目人员补助" + N + "万元"], r"全年支出" + N + "万元", what="支出构成")
    ch.product(r"一次性吸纳就业补贴" + N + "万元（", r"万元（" + N + "人，每人1000元），就业见习", r"（960人，每人" + N + "元）", "10000", what="一次性吸纳")
    ch.product(r"求职创业补贴" + N + "万元（", r"万元（" + N + "人，每人1000元），社会保险", r"（612人，每人" + N + "元）", "10000", what="求职创业")
    ch.sum([r"中央就业补助资金" + N + "万元", r"市级就业补助资金" + N + "万元"], r"中央和市级补助资金" + N + "万元", what="中央和市级")
    ch.pct(r"区级资金[\d.]+万元支出" + N + "万元", r"区级资金" + N + "万元支出", r"执行率" + N + "%。未支出", what="区级执行率")
    ch.equal([r"年初区级预算安排" + N + "万元", r"区级资金" + N + "万元支出"], what="区级资金")
    g = ch.nums([r"中央和市级补助资金" + N + "万元", r"区级资金[\d.]+万元支出" + N + "万元"])
    if g:
        ch.equal_values([D(g[0]) + D(g[1]), funds["当年财政拨款"][2]], what="当年财政拨款执行")
    ch.diff(r"全年预算" + N + "万元", r"全年支出" + N + "万元", r"未支出的" + N + "万元", what="未支出")
    ch.pct(r"留用" + N + "人", r"见习期满" + N + "人", r"留用率" + N + "%", what="留用率")
    ch.pct(r"实现就业" + N + "人", r"对" + N + "名离校未就业", r"帮扶就业率" + N + "%", what="帮扶就业率")
    ch.pct(r"落实就业去向" + N + "人", r"返乡登记的" + N + "名", r"去向落实率" + N + "%", what="去向落实率")
    ch.pct(r"其中表示满意的" + N + "人", r"共回访享受补贴和参加见习的高校毕业生" + N + "人", r"满意度为" + N + "%", what="满意度")
    ch.equal([r"返乡登记的?" + N + "[人名]"], what="返乡登记人数", findall=True)
    ch.equal_values([ch.nums([r"本项目得分" + N + "分"])[0], total[1]], what="总分")
    ch.grade(r"本项目得分" + N + "分，评价等级为(优|良|中|差)", what="等级")
    ch.equal_values([ch.nums([r"全年支出" + N + "万元"])[0], funds["年度资金总额"][2]], what="执行数")
    ch.equal_values([ch.nums([r"全年预算" + N + "万元"])[0], funds["年度资金总额"][1]], what="全年预算")
    ch.equal_values([ch.nums([r"全年支出[\d.]+万元，预算执行率" + N + "%"])[0], funds["年度资金总额"][4].rstrip("%")], what="执行率")
    for name, pat in (("高校毕业生就业见习人数", r"组织" + N + "名高校毕业生参加就业见习"), ("一次性吸纳就业补贴人数", r"一次性吸纳就业补贴" + N + "人次"),
                      ("求职创业补贴人数", r"向" + N + "名困难家庭毕业生"), ("离校未就业高校毕业生帮扶就业率", r"帮扶就业率" + N + "%"),
                      ("补贴资金审核发放时限", r"平均" + N + "个工作日"), ("高校毕业生去向落实率", r"去向落实率" + N + "%"),
                      ("见习期满留用率", r"留用率" + N + "%"), ("吸纳高校毕业生就业的市场主体数", r"市场主体" + N + "户，"),
                      ("高校毕业生满意度", r"满意度为" + N + "%")):
        ch.equal_values([ch.nums([pat])[0], VALRE.match(row(rows, name)["actual"]).group(2)], what=name)
    ch.le100(r"满意度为" + N + "%", what="满意度")


CHECKS = {
    "dingxing-chuangdantiexi-2020": check_dingxing,
    "xiangyin-jinengtisheng-2021": check_xiangyin,
    "baicheng-gongyigangwei-2023": check_baicheng,
    "haian-jianxibutie-2018": check_haian,
    "banan-gaoxiaobiye-2024": check_banan,
}


def run_checks(src, text):
    ch = Checker(text)
    try:
        CHECKS[src](ch)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        ch.fail("parse", f"{type(exc).__name__}: {exc}")
    return ch.fails


# ---------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    edits = {(s, n): (code, where, old, new) for (s, n, code, where, old, new, _v, _e) in EDITS}
    codes = {}
    wheres = {"text": 0, "table": 0}
    clean_text = {}
    for src in SOURCES:
        clean_text[src] = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        n = len(clean_text[src])
        if not 3000 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters (want 3000-5000)")
        fails = run_checks(src, clean_text[src])
        for code, msg in fails:
            problems.append(f"{src}-clean: {code}: {msg}")
    files = sorted(os.listdir(CASES))
    if len(files) != 35 or len(labels) != 35:
        problems.append(f"expected 35 case files and labels, got {len(files)} / {len(labels)}")
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        src = lab["source"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: want exactly one expected finding")
            continue
        exp = lab["expected"][0]
        if exp["value"] not in text:
            problems.append(f"{lab['case']}: value {exp['value']!r} not found")
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        n = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        code, where, old, new = edits[(src, n)]
        wheres[where] += 1
        if code != exp["code"]:
            problems.append(f"{lab['case']}: label code {exp['code']} != edit code {code}")
        clean = clean_text[src]
        # one place: common prefix/suffix leave a single short differing span, equal to the edit
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a, b = clean[p:len(clean) - s], text[p:len(text) - s]
        if not a and not b:
            problems.append(f"{lab['case']}: identical to the clean draft")
        if len(a) > 120 or len(b) > 120 or a not in old or b not in new or clean.count(old) != 1 \
                or clean.replace(old, new, 1) != text:
            problems.append(f"{lab['case']}: does not differ from the clean draft in exactly the one recorded place")
        # some occurrence of the value must overlap the changed characters
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not any(o < p + max(len(b), 1) and o + len(exp["value"]) > p for o in occ):
            problems.append(f"{lab['case']}: value does not cover the changed figure")
        # the arithmetic now fails, with the labelled code
        fails = run_checks(src, text)
        fcodes = {c for c, _ in fails}
        if exp["code"] not in fcodes:
            problems.append(f"{lab['case']}: re-check does not find {exp['code']} (found {sorted(fcodes)})")
        if "parse" in fcodes or "pattern" in fcodes:
            problems.append(f"{lab['case']}: re-check could not parse: {fails}")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times (want >= 2)")
    for p_ in problems:
        print("FAIL", p_)
    print(f"codes: {json.dumps(codes, ensure_ascii=False, sort_keys=True)}  text/table: {wheres['text']}/{wheres['table']}")
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
