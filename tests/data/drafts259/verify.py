#!/usr/bin/env python3
"""Verify drafts259.

1. labels.jsonl: every case exists, every label value occurs in its case (and not in the clean draft),
   the 13 numeric codes of errors.md §A each occur at least twice.
2. every error case differs from its clean draft in one contiguous place, and that place overlaps
   an occurrence of the label value.
3. the arithmetic of every clean draft is redone: the tables (weights, scores, score <= weight,
   scores from targets, completion rates, fund sums and rates) and the figures of the text
   (sums, balances, rates, averages, per-unit figures, scores, grades). Every figure is read
   from the draft itself through an exact snippet.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


class Num:
    def __init__(self, s):
        self.raw = s
        s = s.replace(",", "")
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0

    def __repr__(self):
        return self.raw


def first_num(s, k=0):
    found = NUM_RE.findall(s)
    return Num(found[k]) if len(found) > k else None


def close(computed, stated, d=None):
    """stated is a Num (tolerance from its decimals) or a Decimal with explicit d."""
    if isinstance(stated, Num):
        d, v = stated.d, stated.v
    else:
        v = stated
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    return abs(D(computed) - v) <= tol


def rnd(x, d=2):
    return D(x).quantize(D(10) ** -d, rounding=ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)
        self.n_checks = 0

    def n(self, snippet, k=0):
        """The k-th number of an exact snippet that must occur in the draft."""
        if snippet not in self.text:
            fail(f"{self.name}: snippet not found: {snippet!r}")
            return Num("0")
        got = first_num(snippet, k)
        if got is None:
            fail(f"{self.name}: snippet has no number #{k}: {snippet!r}")
            return Num("0")
        return got

    def eq(self, what, computed, stated):
        self.n_checks += 1
        if not close(computed, stated):
            fail(f"{self.name}: {what}: computed {computed} vs stated {stated}")

    def grade(self, total_snippet, grade_snippet, word):
        self.n_checks += 1
        total = self.n(total_snippet)
        if grade_snippet not in self.text:
            fail(f"{self.name}: grade snippet not found {grade_snippet!r}")
        if GRADE_WORDS[word] != grade_of(total.v):
            fail(f"{self.name}: grade {word} does not fit total {total}")

    # ---------------------------------------------------------------- tables
    def rows(self):
        return [ln.split("｜") for ln in self.text.splitlines() if "｜" in ln]

    def indicator_table(self):
        lines = self.text.splitlines()
        for i, ln in enumerate(lines):
            if "｜" in ln and "三级指标" in ln and "分值" in ln and "得分" in ln:
                head = ln.split("｜")
                body, total = [], None
                for ln2 in lines[i + 1:]:
                    if "｜" not in ln2:
                        break
                    cells = ln2.split("｜")
                    if cells[0] in ("总分", "合计"):
                        total = cells
                        break
                    body.append(cells)
                return head, body, total
        return None, [], None

    def funds_tables(self):
        """Yield (head, rows) of each funds table (a header with 执行率 and no 三级指标)."""
        lines = self.text.splitlines()
        for i, ln in enumerate(lines):
            if "｜" in ln and "执行率" in ln and "三级指标" not in ln and ("全年预算数" in ln):
                head = ln.split("｜")
                body = []
                for ln2 in lines[i + 1:]:
                    if "｜" not in ln2 or ln2.startswith("年度总体目标") or "三级指标" in ln2:
                        break
                    body.append(ln2.split("｜"))
                yield head, body


def val(cell):
    cell = cell.strip()
    if cell in ("", "—", "-"):
        return None
    m = NUM_RE.search(cell)
    return Num(m.group()) if m else None


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞＝", "不低于", "不少于")):
        return "gte"
    if t.startswith(("≤", "<=", "＜＝", "不高于", "不超过")):
        return "lte"
    if t.startswith("="):
        return "eq"
    if re.fullmatch(r"[\d,.]+%?", t):
        return "eq"
    return None


def is_quant(target, actual):
    if "年" in target and "月" in target:
        return False  # a date: timeliness, checked by hand
    return direction(target) is not None and val(target) is not None and re.match(r"^[\d,.]+", actual.strip())


def check_tables(doc):
    # funds tables
    exec_weight = D(0)
    exec_score = D(0)
    for head, body in doc.funds_tables():
        idx = {h: k for k, h in enumerate(head)}
        annual_col = idx.get("全年预算数")
        spent_col = idx.get("全年执行数", idx.get("实际支出数"))
        rate_col = idx.get("执行率")
        recv_col = idx.get("实际到位数")
        num_cols = [k for k, h in enumerate(head) if h.endswith("数")]
        total_row = None
        parts = []
        for cells in body:
            label = cells[0]
            if label in ("年度资金总额", "合计"):
                total_row = cells
            else:
                parts.append(cells)
            a, s, r = val(cells[annual_col]), val(cells[spent_col]), cells[rate_col].strip()
            if a is None or a.v == 0:
                doc.n_checks += 1
                if r not in ("—", "-", ""):
                    fail(f"{doc.name}: rate {r} on a zero base in row {label}")
            else:
                doc.eq(f"funds row {label} 执行率", s.v / a.v * 100, val(r))
                doc.n_checks += 1
                if s.v > a.v:
                    fail(f"{doc.name}: spent above budget in {label}")
            if recv_col is not None and a is not None:
                doc.n_checks += 1
                if val(cells[recv_col]).v > a.v:
                    fail(f"{doc.name}: received above budget in {label}")
        if total_row is None:
            fail(f"{doc.name}: funds table without a total row")
            continue
        for c in num_cols:
            tot = val(total_row[c])
            if tot is None:
                continue
            s = sum((val(p[c]).v for p in parts if val(p[c]) is not None), D(0))
            doc.eq(f"funds column {head[c]} sum", s, tot)
        if "分值" in idx and val(total_row[idx["分值"]]) is not None:
            w = val(total_row[idx["分值"]])
            sc = val(total_row[idx["得分"]])
            rate = val(total_row[rate_col])
            a, s = val(total_row[annual_col]).v, val(total_row[spent_col]).v
            exact = w.v * min(s / a, D(1))
            printed = w.v * min(rate.v / 100, D(1))
            doc.n_checks += 1
            if not (close(exact, sc) or close(printed, sc)):
                fail(f"{doc.name}: execution score {sc} vs {exact:.4f}")
            exec_weight, exec_score = w.v, sc.v

    # indicator table
    head, body, total = doc.indicator_table()
    if head is None:
        return
    idx = {h: k for k, h in enumerate(head)}
    iw, isc = idx["分值"], idx["得分"]
    it, ia = idx["年度指标值"], idx["实际完成值"]
    ic = idx.get("完成率")
    wsum, ssum = exec_weight, exec_score
    for cells in body:
        w, s = val(cells[iw]), val(cells[isc])
        wsum += w.v
        ssum += s.v
        doc.n_checks += 1
        if s.v > w.v or s.v < 0:
            fail(f"{doc.name}: score {s} outside [0, {w}] in row {cells[2]}")
        tgt, act = cells[it], cells[ia]
        if is_quant(tgt, act):
            T, A = val(tgt).v, val(act).v
            dr = direction(tgt)
            if dr in ("gte", "eq"):
                comp = A / T * 100
                exp = min(w.v, w.v * A / T)
            else:
                comp = D(100) if A <= T else T / A * 100
                exp = w.v if A <= T else w.v * T / A
            doc.eq(f"score of {cells[2]}", exp, s)
            if ic is not None:
                doc.eq(f"完成率 of {cells[2]}", comp, val(cells[ic]))
        else:
            if ic is not None:
                doc.n_checks += 1
                if cells[ic].strip() != "—":
                    fail(f"{doc.name}: qualitative row {cells[2]} with a completion rate")
            # qualitative rows: score must sit in a band
            doc.n_checks += 1
            if "部分达成" in act and not (D("0.6") * w.v <= s.v < D("0.8") * w.v):
                fail(f"{doc.name}: partly achieved row {cells[2]} scored {s} of {w}")
            if ("达成年度指标" in act or "基本达成" in act or "持续运行" in act or "签订" in act) and "部分" not in act \
                    and not (D("0.8") * w.v <= s.v <= w.v):
                fail(f"{doc.name}: achieved row {cells[2]} scored {s} of {w}")
    doc.eq("sum of weights", wsum, val(total[iw]))
    doc.eq("sum of weights is 100", wsum, Num("100"))
    doc.eq("sum of scores", ssum, val(total[isc]))
    return {"levels": level_sums(head, body), "total": val(total[isc])}


def level_sums(head, body):
    idx = {h: k for k, h in enumerate(head)}
    out = {}
    for cells in body:
        lv = cells[0]
        w, s = out.get(lv, (D(0), D(0)))
        out[lv] = (w + val(cells[idx["分值"]]).v, s + val(cells[idx["得分"]]).v)
    return out


# -------------------------------------------------------------------- per-draft arithmetic of the text
def dongcheng(doc, tab):
    n = doc.n
    b0 = n("项目年初预算186.00万元")
    add = n("区财政追加4.00万元")
    carry = n("上年结转资金22.40万元")
    annual = n("调整后全年预算212.40万元")
    doc.eq("年初 + 追加 + 结转 = 全年", b0.v + add.v + carry.v, annual)
    spent = n("项目实际支出203.66万元")
    p1, p2, p3 = n("辅具购置适配补贴189.86万元"), n("评估适配服务费9.60万元"), n("宣传培训费4.20万元")
    doc.eq("spending parts", p1.v + p2.v + p3.v, spent)
    doc.eq("未执行 = 全年 − 执行", annual.v - spent.v, n("未执行的8.74万元"))
    doc.eq("table 全年预算", annual.v, n("年度资金总额｜186.00｜212.40", 1))
    doc.eq("table 当年财政拨款 全年 = 年初 + 追加", b0.v + add.v, n("其中：当年财政拨款｜186.00｜190.00", 1))
    doc.eq("table 执行", spent.v, n("｜212.40｜203.66｜", 1))
    people, target_p = n("完成适配服务1,026人"), n("服务不少于1,100人")
    doc.eq("服务人数 shortfall", target_p.v - people.v, n("较目标少74人"))
    doc.eq("人均适配补贴 (约)", p1.v * 10000 / people.v, n("人均适配补贴约1,850元"))
    doc.eq("table 人均适配补贴", p1.v * 10000 / people.v, n("｜≤2,200元｜1,850元｜", 1))
    sat = [n("肢体类、视力类、听力类、精神及智力类服务对象的满意度分别为96.8%", 0), n("96.8%、95.9%", 1),
           n("95.9%、97.0%", 1), n("97.0%、95.5%", 1)]
    avg = n("平均96.30%")
    doc.eq("average satisfaction", sum(x.v for x in sat) / 4, avg)
    doc.eq("table satisfaction = average", avg.v, n("｜≥90%｜96.3%｜10｜10", 1))
    doc.eq("text 件数 = table", n("适配各类辅助器具1,318件").v, n("｜≥1,200件｜1,318件｜", 1))
    doc.eq("text 合格率 = table", n("适配合格率为99.2%").v, n("｜≥98%｜99.2%｜", 1))
    doc.eq("text 在用比例 = table", n("在用比例为94.6%").v, n("｜≥90%｜94.6%｜", 1))
    lv = tab["levels"]
    doc.eq("text 产出得分", lv["产出指标"][1], n("产出指标得分49.33分"))
    doc.eq("text 效益得分", lv["效益指标"][1], n("效益指标得分27分"))
    doc.eq("text 满意度得分", lv["满意度指标"][1], n("满意度指标得分10分"))
    doc.eq("text 执行得分", n("｜95.89%｜9.59", 1).v, n("预算执行率得分9.59分"))
    parts = (n("预算执行率得分9.59分").v + n("产出指标得分49.33分").v + n("效益指标得分27分").v
             + n("满意度指标得分10分").v)
    doc.eq("text total = parts", parts, n("自评总分95.92分"))
    doc.eq("text total = table", tab["total"].v, n("自评总分95.92分"))
    doc.grade("自评总分95.92分", "评价等级为“优”", "优")
    doc.eq("产出 weight 50", lv["产出指标"][0], Num("50"))
    doc.eq("效益 weight 30", lv["效益指标"][0], Num("30"))
    doc.eq("满意度 weight 10", lv["满意度指标"][0], Num("10"))


def renze(doc, tab):
    n = doc.n
    annual, recv, spent = n("全年各级资金实际到位138.60万元"), n("全年各级资金实际到位138.60万元"), n("实际支出135.68万元")
    doc.eq("到位率", recv.v / annual.v * 100, n("到位率100%"))
    doc.eq("执行率", spent.v / annual.v * 100, n("预算执行率97.89%"))
    doc.eq("结余 = 到位 − 支出", recv.v - spent.v, n("年末结余2.92万元"))
    doc.eq("结余 from 中央 and 区级 rows",
           (n("中央补助资金｜58.00｜62.40｜62.40｜60.12", 2).v - n("中央补助资金｜58.00｜62.40｜62.40｜60.12", 3).v)
           + (n("区级配套资金｜25.00｜25.00｜25.00｜24.36", 2).v - n("区级配套资金｜25.00｜25.00｜25.00｜24.36", 3).v),
           n("年末结余2.92万元"))
    doc.eq("text 年初 = table", n("项目年初预算129.00万元").v, n("合计｜129.00｜138.60", 0))
    doc.eq("text 全年 = table", n("调整后全年预算138.60万元").v, n("合计｜129.00｜138.60", 1))
    doc.eq("text 中央年初 = table", n("其中中央补助资金58.00万元").v, n("中央补助资金｜58.00", 0))
    kids = n("全年共救助残疾儿童168人")
    doc.eq("救助人数 breakdown", n("其中康复训练156人").v + n("辅助器具适配9人").v + n("人工耳蜗等手术3人").v, kids)
    doc.eq("text 救助人数 = table", kids.v, n("｜≥150人｜168人｜", 1))
    doc.eq("coverage 168/176", n("救助168人").v / n("建档176人").v * 100, n("康复服务覆盖率达到95.5%"))
    doc.eq("table coverage", n("康复服务覆盖率达到95.5%").v, n("｜≥90%｜95.5%｜", 1))
    doc.eq("人均康复救助支出", spent.v / kids.v, n("｜≤1.80万元｜0.81万元｜", 1))
    doc.eq("text 评估有效率 = table", n("康复评估有效率88.7%").v, n("｜≥85%｜88.7%｜", 1))
    doc.eq("text 满意度 = table", n("家长满意度为94.2%").v, n("｜≥90%｜94.2%｜", 1))
    doc.eq("execution row = funds rate", spent.v / annual.v * 100, n("｜100%｜97.89%｜97.89%", 2))
    doc.eq("execution row score", D(10) * spent.v / annual.v, n("｜97.89%｜10｜9.79", 2))
    doc.eq("扣分 execution", D(10) - D("9.79"), n("预算执行率扣0.21分"))
    doc.eq("text total = table", tab["total"].v, n("自评得分98.79分"))
    doc.grade("自评得分98.79分", "等级为优秀", "优秀")


def lufeng(doc, tab):
    n = doc.n
    b0 = n("当年财政拨款年初预算80.00万元")
    doc.eq("年初 parts", n("陆丰市本级24.00万元").v + n("省级提前下达48.00万元").v + n("汕尾市级8.00万元").v, b0)
    fisc = n("当年财政拨款全年预算96.00万元")
    doc.eq("追加", b0.v + n("年中省级追加12.00万元").v + n("汕尾市级追加4.00万元").v, fisc)
    avail = n("项目全年可用资金99.20万元")
    doc.eq("可用 = 财政 + 结转", fisc.v + n("加上上年结转资金3.20万元").v, avail)
    spent = n("全年项目支出91.58万元")
    doc.eq("spending parts", n("培训补贴（含学员生活补助）68.40万元").v + n("场地及师资费用17.26万元").v
           + n("教材耗材及考核鉴定费5.92万元").v, spent)
    doc.eq("结余", avail.v - spent.v, n("年末结余7.62万元"))
    doc.eq("table 全年", avail.v, n("年度资金总额｜83.20｜99.20", 1))
    doc.eq("table 当年财政拨款 年初", b0.v, n("其中：当年财政拨款｜80.00｜96.00", 0))
    doc.eq("table 当年财政拨款 全年", fisc.v, n("其中：当年财政拨款｜80.00｜96.00", 1))
    doc.eq("table 执行", spent.v, n("｜99.20｜91.58｜", 1))
    trained, target = n("全年培训残疾人540人次"), n("为年度目标480人次的112.50%")
    doc.eq("完成率 540/480", trained.v / target.v * 100, n("480人次的112.50%", 1))
    doc.eq("table 人次", trained.v, n("｜≥480人次｜540人次｜", 1))
    doc.eq("人均培训成本", spent.v * 10000 / trained.v, n("人均培训成本1,696元"))
    doc.eq("table 人均培训成本", spent.v * 10000 / trained.v, n("｜≤2,000元｜1,696元｜", 1))
    sc = [n("平均成绩分别为86.5分"), n("、88.0分"), n("、84.5分"), n("、90.0分")]
    doc.eq("average of four classes", sum(x.v for x in sc) / 4, n("四期平均87.25分"))
    jobs = n("培训后实现就业创业163人")
    doc.eq("就业 breakdown", n("电商直播和网店经营42人").v + n("面点及餐饮57人").v + n("按摩推拿38人").v
           + n("手工编织居家就业26人").v, jobs)
    doc.eq("table 就业", jobs.v, n("｜≥150人｜163人｜", 1))
    doc.eq("text 合格率 = table", n("结业合格率91.3%").v, n("｜≥85%｜91.3%｜", 1))
    doc.eq("text 证书 = table", n("取得职业技能等级证书186人").v, n("｜≥200人｜186人｜", 1))
    doc.eq("text 满意度 = table", n("参训学员满意度为87.6%").v, n("｜≥90%｜87.6%｜", 1))
    doc.eq("text total = table", tab["total"].v, n("本项目自评得分98.26分"))
    doc.grade("本项目自评得分98.26分", "评价等级为优", "优")
    doc.n_checks += 1
    if "2021年度" in doc.text:
        fail(f"{doc.name}: 2021年度 occurs in the clean draft")


def maiji(doc, tab):
    n = doc.n
    budget = n("项目全年预算84.00万元")
    doc.eq("budget parts", n("其中中央财政补助36.00万元").v + n("省级补助30.00万元").v + n("区级配套18.00万元").v, budget)
    doc.eq("到位率 (all in place)", D(100), n("资金到位率100%"))
    hh = n("为212户支付改造资金63.60万元")
    paid = n("为212户支付改造资金63.60万元", 1)
    std = n("每户改造补助标准3,000元")
    doc.eq("paid = 户数 × 标准", hh.v * std.v / 10000, paid)
    doc.eq("执行率", paid.v / budget.v * 100, n("预算执行率75.71%"))
    doc.eq("未使用 = 预算 − 支出", budget.v - paid.v, n("未使用的20.40万元"))
    plan = n("计划为280户")
    rest = n("继续用于剩余68户的改造")
    doc.eq("剩余户数", plan.v - hh.v, rest)
    doc.eq("未使用 = 剩余户 × 标准", rest.v * std.v / 10000, n("未使用的20.40万元"))
    doc.eq("户数 completion", hh.v / plan.v * 100, n("全年完成改造212户，为年度目标的75.71%", 1))
    doc.eq("户数 same", hh.v, n("全年完成改造212户"))
    doc.eq("户数 conclusion", hh.v, n("共为212户"))
    doc.eq("户均 = 支出 / 户数", paid.v * 10000 / hh.v, n("户均改造费用3,000元"))
    w_q = n("1.数量指标（20分）", 1)
    s_q = n("得15.14分")
    doc.eq("数量 score", w_q.v * hh.v / plan.v, s_q)
    out_sum = s_q.v + n("验收合格率100%，得10分", 1).v + n("11月28日前完工，得10分", 2).v + n("未超过补助标准，得10分", 0).v
    doc.eq("产出 sum", out_sum, n("产出指标合计得45.14分"))
    doc.eq("产出 weights", w_q.v + n("2.质量指标（10分）", 1).v + n("3.时效指标（10分）", 1).v + n("4.成本指标（10分）", 1).v,
           n("产出指标50分"))
    w_soc, w_sus = n("1.社会效益指标（15分）", 1), n("2.可持续影响指标（15分）", 1)
    doc.eq("效益 weights", w_soc.v + w_sus.v, n("效益指标30分"))
    s_soc = n("按部分达成评分，得11分")
    doc.n_checks += 1
    if not (D("0.6") * w_soc.v <= s_soc.v < D("0.8") * w_soc.v):
        fail(f"{doc.name}: 部分达成 score outside band")
    use = n("正常使用率为92.0%")
    s_sus = n("得14.53分")
    doc.eq("使用率 score", w_sus.v * use.v / n("改造设施正常使用率不低于95%").v, s_sus)
    doc.eq("效益 sum", s_soc.v + s_sus.v, n("效益指标合计得25.53分"))
    sat = n("满意度为86.5%")
    doc.eq("满意度 score", D(10) * sat.v / n("受益残疾人满意度不低于90%").v, n("满意度9.61分"))
    doc.eq("执行 score", D(10) * paid.v / budget.v, n("预算执行7.57分"))
    doc.eq("weights total", n("预算执行率10分").v + n("产出指标50分").v + n("效益指标30分").v + n("满意度指标10分").v,
           n("满分100分"))
    total = n("合计87.85分")
    doc.eq("total = parts", n("预算执行7.57分").v + n("产出45.14分").v + n("效益25.53分").v + n("满意度9.61分").v, total)
    doc.eq("text total twice", total.v, n("自评得分87.85分"))
    doc.grade("自评得分87.85分", "评价等级为“良好”", "良好")


def wushan(doc, tab):
    n = doc.n
    annual = n("部门全年收入预算1,286.45万元")
    doc.eq("收入 parts", n("一般公共预算财政拨款1,062.35万元").v + n("政府性基金预算（彩票公益金）186.10万元").v
           + n("上年结转38.00万元").v, annual)
    spent = n("全年支出1,234.15万元")
    basic = n("其中基本支出312.68万元")
    proj = n("项目支出921.47万元")
    doc.eq("支出 = 基本 + 项目", basic.v + proj.v, spent)
    doc.eq("基本 = 人员 + 公用", n("人员经费268.94万元").v + n("公用经费43.74万元").v, basic)
    items = ["残疾儿童康复救助228.60万元", "辅助器具适配96.30万元", "职业技能培训及就业扶持168.75万元",
             "困难重度残疾人家庭无障碍改造45.00万元", "残疾人托养及居家服务212.40万元", "残疾人事业发展及其他170.42万元"]
    doc.eq("项目 items", sum(n(x).v for x in items), proj)
    doc.eq("结转结余", annual.v - spent.v, n("年末结转结余52.30万元"))
    doc.eq("三公", n("公务接待费1.16万元").v + n("公务用车运行维护费4.66万元").v, n("“三公”经费支出5.82万元"))
    doc.eq("table 三公", n("“三公”经费支出5.82万元").v, n("｜≤6.50万元｜5.82万元｜", 1))
    doc.eq("table 三公 target = 年初", n("较年初预算6.50万元").v, n("｜≤6.50万元｜5.82万元｜", 0))
    doc.eq("text rate", spent.v / annual.v * 100, n("全年预算执行率95.93%"))
    doc.eq("text basic rate = table", n("其中基本支出执行率98.27%").v, n("｜312.68｜—｜98.27%", 1))
    doc.eq("text project rate = table", n("项目支出执行率95.17%").v, n("｜921.47｜—｜95.17%", 1))
    doc.eq("table totals = text", annual.v, n("年度资金总额｜1,108.60｜1,286.45", 1))
    doc.eq("年初 = text", n("年初预算1,108.60万元").v, n("年度资金总额｜1,108.60｜1,286.45", 0))
    kids = n("全年救助残疾儿童228人")
    doc.eq("人均救助 (约)", n("残疾儿童康复救助228.60万元").v / kids.v, n("人均救助约1万元"))
    doc.eq("table kids", kids.v, n("｜≥210人｜228人｜", 1))
    doc.eq("table 辅具", n("为652名残疾人").v, n("｜≥600人｜652人｜", 1))
    doc.eq("table 培训", n("培训残疾人318人").v, n("｜≥300人｜318人｜", 1))
    hh = n("完成150户困难重度残疾人家庭无障碍改造")
    doc.eq("户均", n("困难重度残疾人家庭无障碍改造45.00万元").v * 10000 / hh.v, n("户均3,000元"))
    doc.eq("table 改造", hh.v, n("｜=150户｜150户｜", 1))
    doc.eq("table 覆盖率", n("覆盖率为89.6%").v, n("｜≥85%｜89.6%｜", 1))
    doc.eq("table 就业", n("全年新增残疾人就业109人").v, n("｜≥120人｜109人｜", 1))
    doc.eq("table 满意度", n("满意度为93.8%").v, n("｜≥90%｜93.8%｜", 1))
    doc.eq("text total = table", tab["total"].v, n("自评得分95.67分"))
    doc.grade("自评得分95.67分", "评价等级为优", "优")


PER_DRAFT = {
    "dongcheng-fuju-2023": dongcheng,
    "renze-childrehab-2021": renze,
    "lufeng-jiuyepeixun-2022": lufeng,
    "maiji-wuzhangai-2019": maiji,
    "wushan-canlian-2024": wushan,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: length {n} outside 3000-9000")
            continue
        clean = read(lab["source"] + "-clean.txt")
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected one finding")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{lab['case']}: severity {exp['severity']}")
            v = exp["value"]
            if v not in text:
                fail(f"{lab['case']}: value not in case: {v!r}")
            if v in clean:
                fail(f"{lab['case']}: value also in the clean draft: {v!r}")
        # one contiguous difference
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        new_region = (p, len(text) - s)
        old_len = len(clean) - s - p
        if text == clean:
            fail(f"{lab['case']}: identical to the clean draft")
        if new_region[1] - new_region[0] > 120 or old_len > 120:
            fail(f"{lab['case']}: changed region too long ({new_region}, {old_len})")
        # the value must overlap the changed region
        v = lab["expected"][0]["value"]
        occ, i = [], text.find(v)
        while i >= 0:
            occ.append((i, i + len(v)))
            i = text.find(v, i + 1)
        lo, hi = new_region[0], max(new_region[1], new_region[0] + 1)
        if not any(a < hi and lo < b for a, b in occ):
            fail(f"{lab['case']}: value does not cover the changed place")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unexpected codes {extra}")

    total_checks = 0
    for src, fn in PER_DRAFT.items():
        doc = Doc(src + "-clean.txt")
        tab = check_tables(doc)
        fn(doc, tab)
        total_checks += doc.n_checks
        print(f"{doc.name}: {len(doc.text)} chars, {doc.n_checks} arithmetic checks")
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, {total_checks} checks; codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    if FAILS:
        print(f"{len(FAILS)} failure(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
