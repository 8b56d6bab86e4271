#!/usr/bin/env python3
"""Verify this labelled set (standard library only; all arithmetic in decimal.Decimal).

1. every label value occurs in its case; labels are well formed; each of the 13 codes occurs >= 2 times;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. the arithmetic of every draft is redone by per-project checks: every clean draft passes all checks;
   every error case fails the labelled code and no other error-level code.
   `score_rule` (a row score that does not follow rules §5) is a warning: it must pass on clean drafts
   and may fail on error cases.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = "score_rule"

R, B, S, SS, SE, W, G, A, C, I, U, Y, CM = CODES


class ParseError(Exception):
    pass


def dec(s):
    return D(str(s).replace(",", ""))


def ndp(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def close(stated, computed, approx=False):
    """rules §8: a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d (+1e-9); 约 -> +-1 unit."""
    v = dec(stated)
    tol = D(5) / D(10) ** (ndp(stated) + 1) + D("1e-9")
    if approx:
        tol = max(tol, D(1))
    return abs(D(computed) - v) <= tol


def band(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}

RATE_WORDS = r"(?:执行率|到位率|取证率|犯罪率|满意度|满意率|达成率|覆盖率|合格率|就业率|及时率|到课率|完好率|达标率|完成率)"


class Check:
    def __init__(self, text):
        self.t = text
        self.fails = []

    # -- extraction
    def one(self, pat, flags=re.S):
        ms = re.findall(pat, self.t, flags)
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def lines(self):
        return self.t.split("\n")

    # -- recording
    def ck(self, code, ok, msg):
        if not ok:
            self.fails.append((code, msg))

    def same(self, what, *vals):
        """I11: one quantity, one value."""
        base = dec(vals[0])
        self.ck(C, all(dec(v) == base for v in vals), f"{what}: values differ {vals}")

    def rate(self, what, stated, num, den, code=R):
        num, den = dec(num), dec(den)
        if den == 0:
            self.ck(I, str(stated) in ("—", "0", ""), f"{what}: rate {stated} on a zero base")
            return
        if not re.fullmatch(r"\d+(?:\.\d+)?", str(stated)):
            self.fails.append((R, f"{what}: no rate printed ({stated!r}) on a non-zero base"))
            return
        self.ck(I, dec(stated) <= 100, f"{what}: rate {stated}% above 100%")
        self.ck(code, close(stated, num / den * 100), f"{what}: stated {stated}%, computed {q2(num / den * 100)}%")

    def amount(self, code, what, stated, factor, computed):
        """stated value (in a unit worth `factor` base units) against a computed base amount;
        a mismatch reconciled exactly by 10^4 is a unit error (errors.md #11 b)."""
        factor = D(factor)
        c = D(computed)
        if close(stated, c / factor):
            return
        for k in (D(10000), D(1) / D(10000)):
            if close(stated, c / (factor * k)):
                self.fails.append((U, f"{what}: {stated} reconciles with {q2(c / factor)} only after a 10^4 rescale"))
                return
        self.fails.append((code, f"{what}: stated {stated}, computed {q2(c / factor)}"))

    def total(self, code, what, stated, parts):
        self.ck(code, dec(stated) == sum(dec(p) for p in parts), f"{what}: {stated} vs sum {sum(dec(p) for p in parts)}")

    # -- generic document checks
    def years(self, y0):
        for y in re.findall(r"结转至(\d{4})年", self.t):
            self.ck(Y, int(y) > y0, f"carry-over to {y} in a {y0} report")
        for y in re.findall(r"截至(\d{4})年(?:12月31日|底)", self.t):
            self.ck(Y, int(y) == y0, f"figures as of {y} in a {y0} report")
        for y in re.findall(r"评价年度：(\d{4})年", self.t):
            self.ck(Y, int(y) == y0, f"table claims year {y} in a {y0} report")

    def year_is(self, pat, want):
        """every match of `pat` (one group, a year) must equal `want`; the pattern must match at least once."""
        ys = re.findall(pat, self.t)
        if not ys:
            raise ParseError(f"year pattern not found: {pat}")
        for y in ys:
            self.ck(Y, int(y) == want, f"{pat}: {y}, expected {want}")

    def prose_rates(self):
        for v in re.findall(RATE_WORDS + r"(?:为|达到|是)?(\d+(?:\.\d+)?)%", self.t):
            self.ck(I, dec(v) <= 100, f"rate {v}% above 100%")


def title_year(text):
    head = "\n".join(text.split("\n")[:3])
    return int(re.search(r"(\d{4})年度", head).group(1))


# ---------------------------------------------------------------- indicator rows
NUM_RE = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?(\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    """'≥26期' -> ('gte', 26, '期'); '95.74%' -> (None, 95.74, '%'); dates / words -> None."""
    if s is None or re.search(r"\d{4}年", s):
        return None
    m = NUM_RE.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    d = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq"}.get(sign)
    return d, dec(num), unit.strip()


def completion(t, a):
    d, tv, _ = t
    av = a[1]
    if d == "lte":
        return D(100) if av <= tv else tv / av * 100
    if tv == 0:
        return None
    return av / tv * 100


def rule_score(t, a, w):
    d, tv, _ = t
    av = a[1]
    w = dec(w)
    if d == "lte":
        return w if av <= tv else w * tv / av
    if tv == 0:
        return w if av <= 0 else D(0)
    return w * min(av / tv, D(1))


def check_rows(ck, rows, subtotals=None, totals=(), grade=None, level_weights=None, whole_weight=None):
    """rows: dicts l1,name,T,A,C(opt),W,S. subtotals: list of (l1, W, S)."""
    for r in rows:
        w, s = dec(r["W"]), dec(r["S"])
        ck.ck(SE, D(0) <= s <= w, f"{r['name']}: score {r['S']} outside [0, {r['W']}]")
        t, a = parse_val(r["T"]), parse_val(r["A"])
        if t and a:
            ck.ck(U, t[2] == a[2], f"{r['name']}: target unit '{t[2]}' vs actual unit '{a[2]}'")
            if t[2] == a[2]:
                if a[2] == "%" and re.search(r"(率|满意度)$", r["name"]):
                    ck.ck(I, a[1] <= 100, f"{r['name']}: {r['A']} above 100%")
                comp = completion(t, a)
                if r.get("C") not in (None, "—") and comp is not None:
                    st = r["C"].rstrip("%")
                    ck.ck(CM, close(st, comp), f"{r['name']}: completion {r['C']} vs {q2(comp)}%")
                if not r.get("exec"):
                    rs = rule_score(t, a, r["W"])
                    alt = []
                    if r.get("C") not in (None, "—"):
                        alt.append(dec(r["W"]) * min(dec(r["C"].rstrip("%")), D(100)) / 100)
                    ck.ck(WARN, any(close(r["S"], x) for x in [rs] + alt), f"{r['name']}: score {r['S']} vs rule {q2(rs)}")
    ck.ck(W, sum(dec(r["W"]) for r in rows) == 100, f"row weights total {sum(dec(r['W']) for r in rows)}")
    if whole_weight is not None:
        ck.ck(W, dec(whole_weight) == 100, f"table total weight {whole_weight}")
        ck.ck(W, sum(dec(r["W"]) for r in rows) == dec(whole_weight), "row weights vs table total weight")
    if subtotals:
        for (l1, sw, ss) in subtotals:
            mine = [r for r in rows if r["l1"] == l1]
            ck.ck(W, sum(dec(r["W"]) for r in mine) == dec(sw), f"{l1}: row weights {sum(dec(r['W']) for r in mine)} vs 小计 {sw}")
            ck.ck(SS, sum(dec(r["S"]) for r in mine) == dec(ss), f"{l1}: row scores {sum(dec(r['S']) for r in mine)} vs 小计 {ss}")
            ck.ck(SE, dec(ss) <= dec(sw), f"{l1}: 小计 score {ss} above weight {sw}")
        ck.ck(W, sum(dec(x[1]) for x in subtotals) == 100, "小计 weights do not total 100")
        for t in totals:
            ck.ck(SS, sum(dec(x[2]) for x in subtotals) == dec(t), f"小计 scores {sum(dec(x[2]) for x in subtotals)} vs total {t}")
    if level_weights:
        for l1, lw in level_weights.items():
            mine = [r for r in rows if r["l1"] == l1]
            ck.ck(W, sum(dec(r["W"]) for r in mine) == dec(lw), f"{l1}: weights {sum(dec(r['W']) for r in mine)} vs stated {lw}")
        ck.ck(W, sum(dec(v) for v in level_weights.values()) == 100, "stated level weights do not total 100")
    for t in totals:
        ck.ck(SS, sum(dec(r["S"]) for r in rows) == dec(t), f"row scores {sum(dec(r['S']) for r in rows)} vs total {t}")
    if grade is not None and totals:
        ck.ck(G, GRADE_NORM.get(grade[1]) == band(grade[0]), f"grade {grade[1]} for total {grade[0]}")


def row(rows, name):
    m = [r for r in rows if r["name"] == name]
    if len(m) != 1:
        raise ParseError(f"row {name}: {len(m)}")
    return m[0]


def num_of(s):
    return parse_val(s)[1]


def space_rows(ck, ncols, l1names):
    rows, subs, cur = [], [], None
    for ln in ck.lines():
        tok = ln.split()
        if not tok:
            continue
        if tok[0] in l1names and len(tok) == ncols:
            cur = tok[0]
            rows.append(tok)
        elif tok[0] == "小计" and len(tok) == 3:
            subs.append((cur, tok[1], tok[2]))
    return rows, subs


def exec_score(ck, what, stated_score, weight, spent, annual, stated_rate=None):
    r = dec(spent) / dec(annual)
    cands = [dec(weight) * min(r, D(1))]
    if stated_rate is not None:
        cands.append(dec(weight) * min(dec(stated_rate) / 100, D(1)))
    ck.ck(WARN, any(close(stated_score, c) for c in cands), f"{what}: execution score {stated_score} vs {q2(cands[0])}")


# ---------------------------------------------------------------- projects
def p_hn(ck):
    y0 = title_year(ck.t)
    ck.years(y0)
    for pat in (r"关于做好(\d{4})年度", r"合作办班。(\d{4})年培训内容", r"(\d{4})年出监的"):
        ck.year_is(pat, y0)
    ck.prose_rates()
    g = ck.one(r"全年开办培训班不少于(\d+)期，培训罪犯不少于(\d+)人，取证率不低于(\d+)%；人均培训成本控制在(\d+)元以内；"
               r"参训后刑满释放人员再犯罪率控制在(\d+)%以内；参训罪犯满意度在(\d+)%以上")
    init, init_f, init_c = ck.one(r"本项目年初预算(\d+\.\d+)万元，其中当年省级财政拨款(\d+\.\d+)万元、上年结转资金(\d+\.\d+)万元")
    add = ck.one(r"追加实训设备更新资金(\d+\.\d+)万元")
    annual = ck.one(r"全年预算调整为(\d+(?:\.\d+)?)万元")
    ann_f, ann_c = ck.one(r"（当年财政拨款(\d+\.\d+)万元，上年结转(\d+\.\d+)万元）")
    recv, recv_rate = ck.one(r"到位资金(\d+\.\d+)万元，到位率(\d+(?:\.\d+)?)%")
    spent = ck.one(r"全年实际支出(\d+\.\d+)万元")
    parts = ck.one(r"其中培训教材及耗材(\d+\.\d+)万元，外聘师资课酬(\d+\.\d+)万元，实训设备购置及维护(\d+\.\d+)万元，技能等级认定考评费(\d+\.\d+)万元")
    f_spent, f_rate = ck.one(r"当年财政拨款支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c_spent = ck.one(r"上年结转的(\d+\.\d+)万元已全部用完")
    n_teach, fee, fee_u = ck.one(r"共(\d+)人次，人均课酬(\d+\.\d+)(万元|元)")
    unpaid = ck.one(r"尚未支付的(\d+\.\d+)万元")
    ck.total(S, "年初预算", init, [init_f, init_c])
    ck.total(S, "全年预算", annual, [ann_f, ann_c])
    ck.total(S, "当年拨款 年初+追加", ann_f, [init_f, add])
    ck.total(S, "全年 = 年初 + 追加", annual, [init, add])
    ck.same("上年结转", init_c, ann_c, c_spent)
    ck.rate("到位率", recv_rate, recv, annual)
    ck.total(S, "支出构成", spent, parts)
    ck.total(S, "支出 = 当年 + 结转", spent, [f_spent, c_spent])
    ck.rate("当年拨款执行率", f_rate, f_spent, ann_f)
    ck.amount(A, "人均课酬", fee, 10000 if fee_u == "万元" else 1, dec(parts[1]) * 10000 / dec(n_teach))
    ck.ck(B, dec(unpaid) == dec(recv) - dec(spent), f"结转 {unpaid} vs {dec(recv) - dec(spent)}")
    periods, short = ck.one(r"全年开班(\d+)期（上年\d+期），比计划少(\d+)期")
    ck.ck(S, dec(g[0]) - dec(periods) == dec(short), "开班差额")
    trainees, per = ck.one(r"全年培训罪犯(\d+)人，平均每期约(\d+)人")
    ck.ck(A, close(per, dec(trainees) / dec(periods), approx=True), "平均每期")
    trades = ck.one(r"分别培训(\d+)人、(\d+)人、(\d+)人、(\d+)人和(\d+)人")
    ck.total(S, "工种人数", trainees, trades)
    certs, cert_rate = ck.one(r"(\d+)人取得职业技能等级证书，取证率(\d+\.\d+)%")
    ck.rate("取证率", cert_rate, certs, trainees)
    ck.total(S, "分工种取证", certs, ck.one(r"其中电工(\d+)人、焊工(\d+)人、缝纫(\d+)人、烹饪(\d+)人、其他工种(\d+)人"))
    hours = ck.one(r"课时达标率为(\d+(?:\.\d+)?)%")
    rel, _y, re_n, re_rate = ck.one(r"刑满释放的(\d+)人，.{0,30}?截至(\d{4})年12月31日重新违法犯罪(\d+)人，再犯罪率为(\d+\.\d+)%")
    ck.rate("再犯罪率", re_rate, re_n, rel)
    out_n, job_n, job_rate, job_t = ck.one(r"出监的(\d+)名罪犯中，有(\d+)人.{0,20}?达成率(\d+\.\d+)%，未达到(\d+)%的目标")
    ck.rate("就业意向达成率", job_rate, job_n, out_n)
    intact = ck.one(r"实训设备完好率(\d+(?:\.\d+)?)%")
    sent, back, sat_n, sat = ck.one(r"发放问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    ck.rate("满意度", sat, sat_n, back)
    total, grade = ck.one(r"自评得分(\d+\.\d+)分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    raw, subs = space_rows(ck, 9, {"预算执行", "产出指标", "效益指标", "满意度指标"})
    rows = [dict(l1=t[0], name=t[2], T=t[3], A=t[4], C=t[5], W=t[6], S=t[7]) for t in raw]
    ex = row(rows, "预算执行率")
    ex["exec"] = True
    ck.rate("预算执行率(表)", ex["A"].rstrip("%"), spent, annual)
    exec_score(ck, "预算执行", ex["S"], ex["W"], spent, annual, ex["A"].rstrip("%"))
    check_rows(ck, rows, subs, totals=[total], grade=(total, grade))
    ck.same("开班期数", periods, num_of(row(rows, "开班期数")["A"]))
    ck.same("培训人数", trainees, num_of(row(rows, "培训罪犯人数")["A"]))
    ck.same("取证率", cert_rate, num_of(row(rows, "取证率")["A"]))
    ck.same("课时达标率", hours, num_of(row(rows, "课时达标率")["A"]))
    ck.same("再犯罪率", re_rate, num_of(row(rows, "刑释人员再犯罪率")["A"]))
    ck.same("就业意向达成率", job_rate, num_of(row(rows, "出监就业意向达成率")["A"]))
    ck.same("完好率", intact, num_of(row(rows, "实训设备完好率")["A"]))
    ck.same("满意度", sat, num_of(row(rows, "参训罪犯满意度")["A"]))
    for v, name in zip(g, ["开班期数", "培训罪犯人数", "取证率", "人均培训成本", "刑释人员再犯罪率", "参训罪犯满意度"]):
        ck.same(f"目标 {name}", v, num_of(row(rows, name)["T"]))
    ck.same("目标 就业意向", job_t, num_of(row(rows, "出监就业意向达成率")["T"]))
    cost = row(rows, "人均培训成本")["A"]
    m = re.match(r"(\d+\.\d+)(万元|元)/人", cost)
    ck.amount(A, "人均培训成本", m.group(1), 10000 if m.group(2) == "万元" else 1, dec(spent) * 10000 / dec(trainees))


def p_sx(ck):
    y0 = title_year(ck.t)
    ck.years(y0)
    for pat in (r"项目实施计划：(\d{4})年1月至12月", r"万元于(\d{4})年3月经批准继续使用"):
        ck.year_is(pat, y0)
    ck.year_is(r"(\d{4})年项目结转资金", y0 - 1)
    ck.prose_rates()
    purp = ck.one(r"全年预算资金(\d+\.\d+)万元，按用途分为教育教材及图书(\d+\.\d+)万元、职业技能培训(\d+\.\d+)万元、心理矫治(\d+\.\d+)万元、监区文化建设(\d+\.\d+)万元")
    ck.total(S, "用途构成", purp[0], purp[1:])
    cy, carry_txt = ck.one(r"(\d{4})年项目结转资金(\d+\.\d+)万元于")
    ft = {}
    for ln in ck.lines():
        if "｜(" in ln:
            c = ln.split("｜")
            ft[c[1][:3]] = [dec(x) if x.strip() else D(0) for x in c[2:]] + [c[2:]]
    names = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
    if sorted(ft) != sorted(names):
        raise ParseError("funds table rows")
    for k in names[:5]:
        v = ft[k]
        ck.ck(S, v[0] == v[1] + v[6] + v[7], f"{k} total {v[0]} vs {v[1] + v[6] + v[7]}")
        ck.ck(S, v[1] == v[2] + v[3] + v[4] + v[5], f"{k} 小计 {v[1]} vs {v[2] + v[3] + v[4] + v[5]}")
    raw5, raw6, raw7 = ft["(5)"][8], ft["(6)"][8], ft["(7)"][8]
    for j in range(8):
        ck.ck(B, ft["(5)"][j] == ft["(3)"][j] - ft["(4)"][j], f"(5) col {j}")
        ck.rate(f"(6) col {j}", raw6[j].strip() or "", ft["(3)"][j], ft["(2)"][j])
        ck.rate(f"(7) col {j}", raw7[j].strip() or "", ft["(4)"][j], ft["(2)"][j])
    ck.same("全年预算", purp[0], ft["(2)"][0])
    ck.same("上年结转", carry_txt, ft["(2)"][6])
    p_spent, p_bal = ck.one(r"全年执行资金(\d+\.\d+)万元，年末结余(\d+\.\d+)万元")
    ck.same("全年执行", p_spent, ft["(4)"][0])
    ck.ck(B, dec(p_bal) == ft["(3)"][0] - dec(p_spent), "年末结余")
    sb, ss_, sbal = ck.one(r"职业技能培训经费预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，结余(\d+\.\d+)万元")
    ck.same("职业技能培训经费", sb, purp[2])
    ck.ck(B, dec(sbal) == dec(sb) - dec(ss_), f"培训经费结余 {sbal} vs {dec(sb) - dec(ss_)}")
    inmates, sanke = ck.one(r"在押罪犯(\d+)人，参加“三课”教育(\d+)人")
    tr = ck.one(r"全年完成职业技能培训(\d+)人次，电工、焊工、缝纫、烹饪、中式面点五个工种分别为(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次，比目标少(\d+)人次")
    ck.total(S, "工种人次", tr[0], tr[1:6])
    certs = ck.one(r"取得初级以上职业技能证书(\d+)人")
    rel, _y, re_n, re_rate = ck.one(r"刑满释放的(\d+)名罪犯中，截至(\d{4})年底重新犯罪(\d+)人，再犯罪率(\d+\.\d+)%")
    ck.rate("再犯罪率", re_rate, re_n, rel)
    passed, pass_t = ck.one(r"(\d+)人评定为合格，合格率低于(\d+)%的年度目标")
    sent, valid, sat_n, sat = ck.one(r"发放满意度问卷(\d+)份，有效问卷(\d+)份，其中满意(\d+)份，满意度(\d+\.\d+)%")
    ck.rate("满意度", sat, sat_n, valid)
    g = ck.one(r"完成罪犯职业技能培训不少于(\d+)人次，取证率达到(\d+)%以上；“三课”教育覆盖率不低于(\d+)%；罪犯人均教育改造经费不超过(\d+)元；"
               r"刑释人员再犯罪率控制在(\d+)%以内；罪犯改造质量评估合格率达到(\d+)%")
    ck.ck(S, dec(g[0]) - dec(tr[0]) == dec(tr[6]), "培训人次差额")
    lw = ck.one(r"按照预算执行(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分的权重")
    total, grade = ck.one(r"总得分(\d+\.\d+)分，属于“(优秀|良好|中等|合格|较差)”")
    rows, lvl = [], None
    heads = {"（一）预算执行情况": "预算执行", "（二）项目产出情况": "产出", "（三）项目效益情况": "效益", "（四）满意度情况": "满意度"}
    started = False
    for ln in ck.lines():
        if ln.startswith("二、项目绩效情况"):
            started = True
        if not started:
            continue
        if ln.strip() in heads:
            lvl = heads[ln.strip()]
        c = ln.split("｜")
        if len(c) == 7 and c[0] != "二级指标" and lvl:
            rows.append(dict(l1=lvl, name=c[1], W=c[2], T=c[3], A=c[4], C=c[5], S=c[6]))
    ex = row(rows, "预算执行率")
    ex["exec"] = True
    ck.rate("预算执行率(表)", ex["A"].rstrip("%"), ft["(4)"][0], ft["(2)"][0])
    exec_score(ck, "预算执行", ex["S"], ex["W"], ft["(4)"][0], ft["(2)"][0], ex["A"].rstrip("%"))
    check_rows(ck, rows, totals=[total], grade=(total, grade),
               level_weights=dict(zip(["预算执行", "产出", "效益", "满意度"], lw)))
    ck.rate("三课覆盖率", num_of(row(rows, "“三课”教育覆盖率")["A"]), sanke, inmates)
    ck.rate("取证率", num_of(row(rows, "职业技能证书取证率")["A"]), certs, tr[0])
    ck.rate("改造质量合格率", num_of(row(rows, "罪犯改造质量评估合格率")["A"]), passed, inmates)
    ck.same("合格率目标", pass_t, num_of(row(rows, "罪犯改造质量评估合格率")["T"]))
    ck.same("培训人次", tr[0], num_of(row(rows, "职业技能培训人次")["A"]))
    ck.same("再犯罪率", re_rate, num_of(row(rows, "刑释人员再犯罪率")["A"]))
    ck.same("满意度", sat, num_of(row(rows, "罪犯对教育改造工作满意度")["A"]))
    for v, name in zip(g, ["职业技能培训人次", "职业技能证书取证率", "“三课”教育覆盖率", "罪犯人均教育改造经费", "刑释人员再犯罪率", "罪犯改造质量评估合格率"]):
        ck.same(f"目标 {name}", v, num_of(row(rows, name)["T"]))
    cost = row(rows, "罪犯人均教育改造经费")["A"]
    m = re.match(r"(\d+\.\d+)(万元|元)", cost)
    ck.amount(A, "人均教育改造经费", m.group(1), 10000 if m.group(2) == "万元" else 1, ft["(4)"][0] * 10000 / dec(inmates))


def p_sc(ck):
    y0 = title_year(ck.t)
    ck.years(y0)
    for pat in (r"（二）绩效目标\n(\d{4})年计划", r"市级财政安排。(\d{4})年7月", r"培训任务于(\d{4})年11月底前"):
        ck.year_is(pat, y0)
    ck.year_is(r"（(\d{4})年为", y0 - 1)
    ck.prose_rates()
    g = ck.one(r"计划开办培训班不少于(\d+)期，培训不少于(\d+)人，取证率达到(\d+)%；人均培训成本不超过(\d+)元；"
               r"参训刑满释放人员就业率达到(\d+)%以上，安置帮教对象重新犯罪率控制在(\d+)%以内")
    init = ck.one(r"项目年初预算(\d+\.\d+)万元")
    add, annual = ck.one(r"省级下达刑满释放人员就业帮扶补助(\d+\.\d+)万元，项目预算调整为(\d+\.\d+)万元")
    ck.total(S, "调整后预算", annual, [init, add])
    ck.same("省级补助", add, ck.one(r"省级补助资金(\d+(?:\.\d+)?)万元7月才下达"))
    _y, recv, spent, rate = ck.one(r"截至(\d{4})年12月31日，资金到位(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    ck.same("到位 = 调整后预算（全部到位）", recv, annual)
    ck.rate("执行率", rate, spent, annual)
    std, std_u, fee = ck.one(r"培训费按每人(\d+)(万元|元)的标准包干结算，共计(\d+\.\d+)万元")
    std2, std2_u, fee2 = ck.one(r"考务费按实际取证人数每人(\d+)(万元|元)结算，共计(\d+\.\d+)万元")
    other = ck.one(r"就业推介活动支出(\d+\.\d+)万元")
    ck.total(S, "支出构成", spent, [fee, fee2, other])
    bal = ck.one(r"项目结余(\d+\.\d+)万元")
    ck.ck(B, dec(bal) == dec(recv) - dec(spent), f"结余 {bal} vs {dec(recv) - dec(spent)}")
    periods, per, trainees, corr, rel = ck.one(r"全年开办培训班(\d+)期，平均每期约(\d+)人，共培训(\d+)人，其中社区矫正对象(\d+)人、刑满释放人员(\d+)人")
    ck.ck(A, close(per, dec(trainees) / dec(periods), approx=True), "平均每期")
    ck.total(S, "对象构成", trainees, [corr, rel])
    ck.total(S, "工种构成", trainees, ck.one(r"分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人、(\d+)人"))
    certs, cert_rate = ck.one(r"(\d+)人取得职业技能等级证书，取证率(\d+\.\d+)%")
    ck.rate("取证率", cert_rate, certs, trainees)
    cert_t = ck.one(r"未达到(\d+)%的目标")
    ck.same("取证率目标", cert_t, g[2])
    # per-person standards (元) against totals (万元)
    ck.amount(A, "培训费 = 人数 × 标准", fee, 10000, dec(trainees) * dec(std) * (10000 if std_u == "万元" else 1))
    ck.amount(A, "考务费 = 取证人数 × 标准", fee2, 10000, dec(certs) * dec(std2) * (10000 if std2_u == "万元" else 1))
    rel2, job_n, job_rate = ck.one(r"参训的(\d+)名刑满释放人员中，截至年底已有(\d+)人实现就业或自主创业，就业率(\d+\.\d+)%")
    ck.same("参训刑释人员", rel, rel2)
    ck.rate("就业率", job_rate, job_n, rel2)
    reg, re_n, re_rate = ck.one(r"在册安置帮教对象(\d+)人，全年重新犯罪(\d+)人，重新犯罪率(\d+\.\d+)%")
    ck.rate("重新犯罪率", re_rate, re_n, reg)
    lw = ck.one(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分，合计得分(\d+\.\d+)分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    # funds block
    fb = {}
    for ln in ck.lines():
        tok = ln.split()
        if tok and tok[0] in ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金") and len(tok) == 7:
            fb[tok[0]] = tok
    if len(fb) != 5:
        raise ParseError("funds block")
    src = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for j, what in ((1, "年初"), (2, "调整后"), (3, "执行")):
        ck.total(S, f"资金 {what}", fb["年度资金总额"][j], [fb[k][j] for k in src])
    for k in fb:
        ck.rate(f"{k} 执行率", fb[k][5].rstrip("%"), fb[k][3], fb[k][2])
    tot = fb["年度资金总额"]
    ck.same("年初预算", init, tot[1])
    ck.same("调整后预算", annual, tot[2])
    ck.same("执行数", spent, tot[3])
    ck.same("执行率", rate, tot[5].rstrip("%"))
    exec_score(ck, "预算执行", tot[6], tot[4], tot[3], tot[2], tot[5].rstrip("%"))
    raw, subs = space_rows(ck, 11, {"产出指标", "效益指标"})
    rows = []
    for t in raw:
        sign = "" if t[3] == "=" else t[3]
        rows.append(dict(l1=t[0], name=t[2], T=f"{sign}{t[4]}{t[5]}", A=f"{t[6]}{t[5]}", C=t[7], W=t[8], S=t[9]))
    rows_all = rows + [dict(l1="预算执行", name="预算执行", T="—", A="—", W=tot[4], S=tot[6], exec=True)]
    subs_all = subs + [("预算执行", tot[4], tot[6])]
    check_rows(ck, rows_all, subs_all, totals=[lw[3]], grade=(lw[3], lw[4]),
               level_weights={"预算执行": lw[0], "产出指标": lw[1], "效益指标": lw[2]})
    ck.same("参训人数", trainees, num_of(row(rows, "参训人数")["A"]))
    ck.same("期数", periods, num_of(row(rows, "培训班期数")["A"]))
    ck.same("取证率", cert_rate, num_of(row(rows, "职业技能证书取证率")["A"]))
    ck.same("就业率", job_rate, num_of(row(rows, "刑释参训人员就业率")["A"]))
    ck.same("重新犯罪率", re_rate, num_of(row(rows, "安置帮教对象重新犯罪率")["A"]))
    for v, name in zip(g, ["培训班期数", "参训人数", "职业技能证书取证率", "人均培训成本", "刑释参训人员就业率", "安置帮教对象重新犯罪率"]):
        ck.same(f"目标 {name}", v, num_of(row(rows, name)["T"]))
    ck.amount(A, "人均培训成本", num_of(row(rows, "人均培训成本")["A"]), 1, (dec(fee) + dec(fee2)) * 10000 / dec(trainees))
    sat = ck.one(r"满意率为(\d+(?:\.\d+)?)%")
    ck.ck(I, dec(sat) <= 100, "满意率 above 100%")


def p_fj(ck):
    y0 = title_year(ck.t)
    ck.years(y0)
    for pat in (r"(\d{4})年末在编", r"（一）预算安排及执行\n(\d{4})年部门年初预算", r"我狱(\d{4})年度部门整体支出绩效自评得分",
                r"\n(\d{4})年我狱3个项目", r"数据来源于(\d{4})年度部门决算"):
        ck.year_is(pat, y0)
    ck.prose_rates()
    ft = {}
    for ln in ck.lines():
        c = ln.split("\t")
        if len(c) == 5 and c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            ft[c[0]] = c
    if len(ft) != 4:
        raise ParseError("funds table")
    tot = ft["年度资金总额"]
    for j, what in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.total(S, f"资金 {what}", tot[j], [ft[k][j] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")])
    for k, c in ft.items():
        ck.rate(f"{k} 执行率", c[4].rstrip("%"), c[3], c[2])
    init = ck.one(r"部门年初预算(\d+\.\d+)万元")
    other = ck.one(r"收到其他资金(\d+\.\d+)万元")
    annual, spent = ck.one(r"全年预算(\d+\.\d+)万元，全年支出(\d+\.\d+)万元")
    ck.same("年初预算", init, tot[1], ft["其中：当年财政拨款"][1])
    ck.same("其他资金", other, ft["其他资金"][2])
    ck.same("全年预算", annual, tot[2])
    ck.same("全年支出", spent, tot[3])
    b = ck.one(r"基本支出全年预算(\d+\.\d+)万元，支出(\d+\.\d+)万元，其中人员经费(\d+\.\d+)万元全部支出，公用经费预算(\d+\.\d+)万元、支出(\d+\.\d+)万元")
    ck.total(S, "基本支出预算", b[0], [b[2], b[3]])
    ck.total(S, "基本支出执行", b[1], [b[2], b[4]])
    p = ck.one(r"项目支出全年预算(\d+\.\d+)万元，其中罪犯教育改造及职业技能培训(\d+\.\d+)万元、监管安全设施运行维护(\d+\.\d+)万元、罪犯生活医疗保障(\d+\.\d+)万元，全年支出(\d+\.\d+)万元")
    ck.total(S, "项目支出预算", p[0], p[1:4])
    ck.total(S, "全年预算 = 基本 + 项目", annual, [b[0], p[0]])
    ck.total(S, "全年支出 = 基本 + 项目", spent, [b[1], p[4]])
    un, un_pub, un_proj, _y = ck.one(r"年末未支出(\d+\.\d+)万元，其中公用经费结余(\d+\.\d+)万元已按规定收回，项目支出未完成部分(\d+\.\d+)万元经批准结转至(\d{4})年")
    ck.ck(B, dec(un) == dec(annual) - dec(spent), "未支出")
    ck.ck(B, dec(un_pub) == dec(b[3]) - dec(b[4]), "公用经费结余")
    ck.ck(B, dec(un_proj) == dec(p[0]) - dec(p[4]), "项目结转")
    ck.total(S, "未支出构成", un, [un_pub, un_proj])
    sg = ck.one(r"“三公”经费支出(\d+\.\d+)万元（上年")
    fix, fix_t = ck.one(r"维修及时率(\d+(?:\.\d+)?)%，低于(\d+)%的目标")
    sanke = ck.one(r"“三课”教育到课率(\d+(?:\.\d+)?)%")
    tr = ck.one(r"开展职业技能培训(\d+)人次，电工、焊工、缝纫、烹饪和其他工种分别为(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次和(\d+)人次，"
                r"未完成(\d+)人次的年度目标，全年共开班(\d+)期，平均每期约(\d+)人次；(\d+)人次通过考核取得职业技能等级证书，取证率(\d+\.\d+)%")
    ck.total(S, "工种人次", tr[0], tr[1:6])
    ck.ck(A, close(tr[8], dec(tr[0]) / dec(tr[7]), approx=True), "平均每期")
    ck.rate("取证率", tr[10], tr[9], tr[0])
    gz = ck.one(r"改造质量评估合格率(\d+\.\d+)%")
    rel, _y2, re_n, re_rate, re_t = ck.one(r"刑满释放的(\d+)人中，截至(\d{4})年底重新犯罪(\d+)人，再犯罪率(\d+\.\d+)%，低于(\d+)%的控制目标")
    ck.rate("再犯罪率", re_rate, re_n, rel)
    sat = ck.one(r"满意度为(\d+(?:\.\d+)?)%")
    rows, whole = [], None
    for ln in ck.lines():
        c = ln.split("\t")
        if len(c) == 7 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            rows.append(dict(l1=c[0], name=c[2], T=c[3], A=c[4], W=c[5], S=c[6]))
        elif len(c) == 7 and c[0] == "合计":
            whole = c
    if whole is None:
        raise ParseError("合计 row")
    total, grade = ck.one(r"绩效自评得分(\d+\.\d+)分，等级为“(优秀|良好|中等|合格|较差|优|良|中|差)”")
    ex = row(rows, "部门预算执行率")
    ex["exec"] = True
    ck.same("预算执行率", ex["A"].rstrip("%"), tot[4].rstrip("%"))
    ck.rate("预算执行率(表)", ex["A"].rstrip("%"), spent, annual)
    exec_score(ck, "预算执行", ex["S"], ex["W"], spent, annual, ex["A"].rstrip("%"))
    check_rows(ck, rows, totals=[whole[6], total], grade=(total, grade), whole_weight=whole[5])
    ck.same("培训人次", tr[0], num_of(row(rows, "罪犯职业技能培训人次")["A"]))
    ck.same("培训人次目标", tr[6], num_of(row(rows, "罪犯职业技能培训人次")["T"]))
    ck.same("到课率", sanke, num_of(row(rows, "“三课”教育到课率")["A"]))
    ck.same("取证率", tr[10], num_of(row(rows, "职业技能证书取证率")["A"]))
    ck.same("维修及时率", fix, num_of(row(rows, "监管设施维修及时率")["A"]))
    ck.same("维修及时率目标", fix_t, num_of(row(rows, "监管设施维修及时率")["T"]))
    ck.same("三公经费", sg, num_of(row(rows, "“三公”经费支出")["A"]))
    ck.same("再犯罪率", re_rate, num_of(row(rows, "刑释人员再犯罪率")["A"]))
    ck.same("再犯罪率目标", re_t, num_of(row(rows, "刑释人员再犯罪率")["T"]))
    ck.same("改造质量合格率", gz, num_of(row(rows, "罪犯改造质量评估合格率")["A"]))
    ck.same("满意度", sat, num_of(row(rows, "罪犯及家属满意度")["A"]))
    sc = ck.one(r"自评得分分别为(\d+\.\d+)分、(\d+\.\d+)分和(\d+\.\d+)分，平均(\d+\.\d+)分")
    ck.ck(A, close(sc[3], sum(dec(x) for x in sc[:3]) / 3), f"平均分 {sc[3]}")
    ps, pr = ck.one(r"罪犯教育改造及职业技能培训项目支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    ck.rate("教改培训项目执行率", pr, ps, p[1])
    pw, pscore = ck.one(r"（分值(\d+)分，得(\d+\.\d+)分）")
    ck.ck(SE, dec(pscore) <= dec(pw), f"project indicator {pscore} above weight {pw}")
    ck.same("生活医疗保障项目预算", p[3], ck.one(r"罪犯生活医疗保障项目预算(\d+\.\d+)万元全部支出"))


def p_hb(ck):
    y0 = title_year(ck.t)
    ck.years(y0)
    for pat in (r"关于开展(\d{4})年度省级预算绩效自评", r"\n(\d{4})年项目年初预算", r"资金于(\d{4})年4月", r"本项目(\d{4})年度绩效自评",
                r"\s(\d{4})年11月30日前\s"):
        ck.year_is(pat, y0)
    ck.year_is(r"（(\d{4})年为", y0 - 1)
    ck.prose_rates()
    init, add, annual = ck.one(r"项目年初预算(\d+\.\d+)万元，10月省财政厅追加(\d+\.\d+)万元用于实训基地设备购置，全年预算(\d+\.\d+)万元")
    ck.total(S, "全年预算", annual, [init, add])
    own = ck.one(r"局本级统筹(\d+\.\d+)万元")
    rest, n_pr, avg = ck.one(r"其余(\d+\.\d+)万元按各监狱参训人数和培训工种分配至(\d+)所监狱，平均每所(\d+\.\d+)万元")
    ck.total(S, "分配", annual, [own, rest])
    ck.ck(A, close(avg, dec(rest) / dec(n_pr)), f"平均每所 {avg} vs {q2(dec(rest) / dec(n_pr))}")
    g = ck.one(r"培训罪犯(\d+)人次以上，取证率达到(\d+)%；新建标准化实训基地(\d+)个；人均培训成本不超过(\d+)元；"
               r"刑释人员再犯罪率控制在(\d+(?:\.\d+)?)%以内；出监就业意向达成率达到(\d+)%；参训罪犯满意度不低于(\d+)%")
    recv, recv_rate = ck.one(r"到位(\d+\.\d+)万元，到位率(\d+(?:\.\d+)?)%")
    ck.rate("到位率", recv_rate, recv, annual)
    _y, spent, carry, _y2 = ck.one(r"截至(\d{4})年12月31日，项目共支出(\d+\.\d+)万元，尚未支出的(\d+\.\d+)万元结转至(\d{4})年")
    ck.ck(B, dec(carry) == dec(recv) - dec(spent), f"结转 {carry} vs {dec(recv) - dec(spent)}")
    tr = ck.one(r"共培训罪犯(\d+)人次，其中电工(\d+)人次、焊工(\d+)人次、缝纫(\d+)人次、烹饪(\d+)人次、其他工种(\d+)人次；取得职业技能等级证书(\d+)人次，取证率(\d+\.\d+)%")
    ck.total(S, "工种人次", tr[0], tr[1:6])
    ck.rate("取证率", tr[7], tr[6], tr[0])
    built, late = ck.one(r"新建标准化实训基地(\d+)个，另(\d+)个因疫情延迟开工")
    ck.total(S, "实训基地", g[2], [built, late])
    done = ck.one(r"年度培训计划于(\d{4}年\d+月\d+日)完成")
    _ry, rel, _y3, re_n, re_rate = ck.one(r"(\d{4})年刑满释放且在押期间参加过技能培训的(\d+)人中，截至(\d{4})年底重新犯罪(\d+)人，再犯罪率(\d+\.\d+)%")
    ck.rate("再犯罪率", re_rate, re_n, rel)
    job_n, job_rate = ck.one(r"达成就业意向(\d+)人，达成率(\d+\.\d+)%")
    ck.rate("就业意向达成率", job_rate, job_n, rel)
    n_sat, sat_n, sat = ck.one(r"随机抽取参训罪犯(\d+)人进行问卷调查，表示满意的(\d+)人，满意度(\d+\.\d+)%")
    ck.rate("满意度", sat, sat_n, n_sat)
    ew, rest_w = ck.one(r"预算执行率分值(\d+)分、按执行率计分，产出、效益和满意度指标合计(\d+)分")
    total, grade = ck.one(r"综合得分(\d+\.\d+)分，评价等级为(优秀|良好|中等|合格|较差)")
    raw, subs = space_rows(ck, 8, {"预算执行", "产出指标", "效益指标", "满意度指标"})
    rows = [dict(l1=t[0], name=t[2], T=t[3], A=t[4], W=t[5], S=t[6]) for t in raw]
    ex = row(rows, "预算执行率")
    ex["exec"] = True
    ck.rate("预算执行率(表)", ex["A"].rstrip("%"), spent, annual)
    exec_score(ck, "预算执行", ex["S"], ex["W"], spent, annual, ex["A"].rstrip("%"))
    check_rows(ck, rows, subs, totals=[total], grade=(total, grade))
    ck.ck(W, dec(ex["W"]) == dec(ew), "预算执行 weight vs text")
    ck.ck(W, sum(dec(r["W"]) for r in rows if r["l1"] != "预算执行") == dec(rest_w), "产出+效益+满意度 weights vs text")
    ck.ck(W, dec(ew) + dec(rest_w) == 100, "text weights do not total 100")
    ck.same("培训人次", tr[0], num_of(row(rows, "参训罪犯人次")["A"]))
    ck.same("取证率", tr[7], num_of(row(rows, "职业技能证书取证率")["A"]))
    ck.same("实训基地", built, num_of(row(rows, "新建标准化实训基地")["A"]))
    ck.ck(C, row(rows, "年度培训计划完成时间")["A"] == done, "完成时间")
    ck.same("再犯罪率", re_rate, num_of(row(rows, "刑释人员再犯罪率")["A"]))
    ck.same("就业意向达成率", job_rate, num_of(row(rows, "出监就业意向达成率")["A"]))
    ck.same("满意度", sat, num_of(row(rows, "参训罪犯满意度")["A"]))
    for v, name in zip(g, ["参训罪犯人次", "职业技能证书取证率", "新建标准化实训基地", "人均培训成本", "刑释人员再犯罪率", "出监就业意向达成率", "参训罪犯满意度"]):
        ck.same(f"目标 {name}", v, num_of(row(rows, name)["T"]))
    cost = row(rows, "人均培训成本")["A"]
    m = re.match(r"(\d+\.\d+)(万元|元)/人次", cost)
    ck.amount(A, "人均培训成本", m.group(1), 10000 if m.group(2) == "万元" else 1, dec(spent) * 10000 / dec(tr[0]))


PROJECT_CHECKS = {
    "hn-yanhu-jianyu-zhiji-2021": p_hn,
    "sx-fendong-jianyu-jiaogai-2019": p_sx,
    "sc-langzhong-sifaju-jineng-2023": p_sc,
    "fj-longjin-jianyu-bumen-2024": p_fj,
    "hb-jianyuju-jinengbuzhu-2020": p_hb,
}


def run_checks(pid, text):
    ck = Check(text)
    PROJECT_CHECKS[pid](ck)
    return ck.fails


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    for lab in labels:
        pid = lab["source"]
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        try:
            fails = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{lab['case']}: parse error {e}")
            continue
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{lab['case']}: length {n}")
            for f in fails:
                problems.append(f"{lab['case']}: clean draft fails {f}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp.get("severity") != "error":
            problems.append(f"{lab['case']}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{lab['case']}: value not in case: {value!r}")
        # one contiguous edit overlapping the value
        s0, e0 = diff_region(clean, text)
        if e0 <= s0:
            problems.append(f"{lab['case']}: no difference from clean")
        if e0 - s0 > 120:
            problems.append(f"{lab['case']}: edit region too long ({e0 - s0})")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < e0 and o + len(value) > s0 for o in occ):
            problems.append(f"{lab['case']}: value does not overlap the edit [{s0},{e0})")
        got = {c for c, _ in fails if c != WARN}
        if code not in got:
            problems.append(f"{lab['case']}: labelled {code} does not fail (fails: {fails})")
        extra = got - {code}
        if extra:
            problems.append(f"{lab['case']}: other codes fail: {[f for f in fails if f[0] in extra]}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    n_err = sum(1 for l in labels if not l["clean"])
    n_clean = sum(1 for l in labels if l["clean"])
    if (n_clean, n_err) != (5, 30):
        problems.append(f"expected 5 clean + 30 error cases, got {n_clean} + {n_err}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{n_clean} clean + {n_err} error cases; codes: " + ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
