#!/usr/bin/env python3
"""Verify the n185 set.

1. every label value occurs in its case, every error case differs from its clean draft in one place;
2. the arithmetic of every clean draft is redone from the text itself (tables parsed in their own layout,
   prose figures read with regular expressions): rates, balances, sums, weights, scores, completion
   rates, grades, averages, units, years and text-vs-table agreement must all hold;
3. the same checks run on each error case must fail under the labelled code (the injected slip is real).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")), (D(0), ("差", "较差", "不合格"))]
MAX_DIFF = 160  # characters: an edit touches one place (at most two neighbouring cells)


def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d."""
    tol = D("0.5") * D(10) ** (-places(stated)) + D("1e-9")
    return abs(D(stated.strip().rstrip("%")) - D(computed)) <= tol


def grade_of(total):
    for low, names in GRADES:
        if total >= low:
            return names


class Fail(Exception):
    pass


class Checks:
    def __init__(self, text, year):
        self.t, self.year = text, year
        self.fails, self.n = [], 0

    def g(self, rx, n=1):
        m = re.search(rx, self.t)
        if not m:
            raise Fail(f"no match for {rx!r}")
        return m.group(n)

    def gall(self, rx):
        return re.findall(rx, self.t)

    def check(self, code, desc, fn):
        self.n += 1
        try:
            ok = fn()
        except Fail as exc:
            ok, desc = False, f"{desc} ({exc})"
        except (ValueError, ArithmeticError, IndexError, KeyError, TypeError) as exc:
            ok, desc = False, f"{desc} ({type(exc).__name__}: {exc})"
        if ok is not True:
            self.fails.append((code, desc))

    # common shapes ------------------------------------------------------------
    def rate(self, desc, num, den, stated, code="rate_mismatch"):
        self.check(code, desc, lambda: close(stated(), D(num()) / D(den()) * 100))

    def summ(self, desc, parts, total):
        """sum_mismatch, or unit_mismatch when rescaling one part by 10^±4 reconciles the sum."""
        def fn():
            ps, tot = [D(p) for p in parts()], D(total())
            if sum(ps) == tot:
                return True
            for i in range(len(ps)):
                for k in (D("0.0001"), D(10000)):
                    if sum(ps[:i] + [ps[i] * k] + ps[i + 1:]) == tot:
                        raise Fail("unit")
            return False
        self.n += 1
        try:
            ok = fn()
        except Fail:
            self.fails.append(("unit_mismatch", desc + " (a part is off by 10^4)"))
            return
        except (ValueError, ArithmeticError, IndexError, TypeError) as exc:
            self.fails.append(("sum_mismatch", f"{desc} ({exc})"))
            return
        if not ok:
            self.fails.append(("sum_mismatch", desc))

    def same(self, desc, a, b, code="conflicting_values"):
        self.check(code, desc, lambda: D(a()) == D(b()))

    def mean(self, desc, items, stated):
        self.check("average_mismatch", desc,
                   lambda: close(stated(), sum(D(x) for x in items()) / len(items())))


# ------------------------------------------------------------------ table parsing
NUM = re.compile(r"^(≥|≤|>=|<=|＞|＜|>|<|=)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$")


def cell_value(cell):
    """(direction, number, unit) or None for qualitative / date cells."""
    cell = cell.strip()
    if not cell or re.search(r"\d+年\d+月", cell):
        return None
    m = NUM.match(cell)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", ">": "gte",
                 "≤": "lte", "<=": "lte", "＜": "lte", "<": "lte"}.get(sign or "", "eq")
    return direction, D(num), unit.strip()


def q2(x):
    return x.quantize(D("0.01"))


def expected_score(direction, T, A, w):
    if direction == "lte":
        return w if A <= T else w * T / A
    if direction == "eq" and T == 0:
        return w if A <= 0 else D(0)
    return w * min(max(A, D(0)) / T, D(1))


def expected_completion(direction, T, A):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def table_checks(c, funds, rows, total, groups=None, prose_groups=None):
    """funds: {name: [initial, annual, spent, weight, rate, score]}; rows: list of dicts
    (name, target, actual, completion or None, weight, score); total: (weight, score)."""
    tot = funds["年度资金总额"]
    subs = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for col, label in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        c.summ(f"funds {label}: components add to 年度资金总额",
               lambda col=col: [funds[s][col] for s in subs], lambda col=col: tot[col])
    for name in ["年度资金总额"] + subs:
        row = funds[name]
        annual, spent, rate = row[1], row[2], row[4]
        if rate in ("—", "-", "", "0", "0%", "0.00%"):
            continue
        if D(annual) == 0:
            c.check("implausible_rate", f"{name}: rate {rate} printed on a zero budget", lambda: False)
            continue
        c.rate(f"{name}: 执行率 = 执行数/全年预算数", lambda r=row: r[2], lambda r=row: r[1], lambda r=row: r[4])
        c.check("implausible_rate", f"{name}: 执行率 <= 100%", lambda r=row: D(r[4].rstrip("%")) <= 100)
    r_exec = D(tot[2]) / D(tot[1])
    c.check("score_rule_mismatch", "execution score = weight x min(rate, 100%)",
            lambda: close(tot[5], D(tot[3]) * min(r_exec, D(1)))
            or close(tot[5], D(tot[3]) * min(D(tot[4].rstrip("%")) / 100, D(1))))
    c.check("score_exceeds_weight", "execution score <= weight", lambda: D(tot[5]) <= D(tot[3]))
    weights = [D(tot[3])] + [D(r["weight"]) for r in rows]
    scores = [D(tot[5])] + [D(r["score"]) for r in rows]
    c.check("weight_sum_mismatch", f"weights add to 100 and to the 总分 row ({sum(weights)})",
            lambda: sum(weights) == 100 and D(total[0]) == 100)
    c.check("score_sum_mismatch", f"scores add to the 总分 row ({sum(scores)} vs {total[1]})",
            lambda: close(total[1], sum(scores)))
    for r in rows:
        w, s = D(r["weight"]), D(r["score"])
        c.check("score_exceeds_weight", f"{r['name']}: 0 <= score <= weight", lambda w=w, s=s: D(0) <= s <= w)
        tv, av = cell_value(r["target"]), cell_value(r["actual"])
        if tv is None:
            continue
        if av is None:
            c.check("unit_mismatch", f"{r['name']}: actual {r['actual']!r} not comparable with {r['target']!r}",
                    lambda: False)
            continue
        c.check("unit_mismatch", f"{r['name']}: same unit in target and actual ({tv[2]!r} vs {av[2]!r})",
                lambda tv=tv, av=av: tv[2] == av[2])
        if tv[2] != av[2]:
            continue
        d, T, A = tv[0], tv[1], av[1]
        c.check("score_rule_mismatch", f"{r['name']}: score follows rules §5",
                lambda d=d, T=T, A=A, w=w, s=s: close(r_s(s), q2(expected_score(d, T, A, w))))
        comp = r.get("completion")
        if comp and comp.endswith("%"):
            c.check("completion_mismatch", f"{r['name']}: 完成率 {comp}",
                    lambda d=d, T=T, A=A, comp=comp: close(comp, expected_completion(d, T, A)))
    if groups and prose_groups:
        for gname, idx in groups.items():
            def fn(idx=idx, gname=gname):
                return close(prose_groups()[gname], sum(D(rows[i]["score"]) for i in idx))
            c.check("score_sum_mismatch", f"prose {gname} score = sum of its table rows", fn)


def r_s(s):
    return str(s)


def blocks_flat(text, start_marker):
    part = text[text.index(start_marker):]
    out = []
    for block in part.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln.startswith("\t")]
        if lines:
            out.append([ln[1:] for ln in lines])
    return out


def from_cells(rowcells, name_col, first_val, total_cols, ind_cols):
    """Generic extraction from lists of cells."""
    funds, rows, total = {}, [], None
    fund_names = ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")
    for cells in rowcells:
        if len(cells) > name_col and cells[name_col] in fund_names:
            funds[cells[name_col]] = cells[first_val:first_val + 6]
        elif cells and cells[0] == "总分":
            total = (cells[total_cols[0]], cells[total_cols[1]])
        elif len(cells) >= 9 and re.fullmatch(r"\d+(\.\d+)?", cells[ind_cols["weight"]] or "x"):
            rows.append({k: (cells[v] if v is not None else None) for k, v in ind_cols.items()})
    return funds, rows, total


# ------------------------------------------------------------------ per project
def prose_total_grade(c, table_total):
    c.check("grade_mismatch", "grade in the conclusion fits the band of the total",
            lambda: c.g(r"(\d+(?:\.\d+)?)分，[^。\n\d]{0,12}等级为[“\"]?(优秀|良好|优|良|中等|中|一般|合格|较差|差)", 2)
            in grade_of(D(c.g(r"(\d+(?:\.\d+)?)分，[^。\n\d]{0,12}等级为"))))
    c.same("conclusion total = table 总分", lambda: c.g(r"(\d+(?:\.\d+)?)分，[^。\n\d]{0,12}等级为"), table_total)


def year_checks(c):
    y = c.year
    c.check("year_mismatch", "table header year = evaluation year",
            lambda: all(int(a or b) == y for a, b in
                        re.findall(r"(\d{4})年度项目支出绩效自评表|（(\d{4})年度）", c.t)) and
            bool(re.search(r"(\d{4})年度项目支出绩效自评表|（(\d{4})年度）", c.t)))
    c.check("year_mismatch", "title year = evaluation year",
            lambda: int(c.g(r"(\d{4})年度")) == y)
    c.check("year_mismatch", "carry-over goes to a later year",
            lambda: all(int(x) > y for x in c.gall(r"结转至(\d{4})年")))
    c.check("year_mismatch", "截至…12月31日 names the evaluation year",
            lambda: all(int(x) == y for x in c.gall(r"截至(\d{4})年12月31日")))


def satisfaction_bounds(c):
    c.check("implausible_rate", "every 满意度/在线率/合格率/覆盖率 figure is at most 100%",
            lambda: all(D(x) <= 100 for x in c.gall(r"(?:满意度|在线率|合格率|覆盖率|到位率|整改率|及时率)(?:为|达|达到)?(\d+(?:\.\d+)?)%")))


def p_fengkai(c):
    t = c.t
    blocks = blocks_flat(t, "附件：项目支出绩效自评表")
    funds, rows, total = from_cells(blocks, 1, 2, (6, 7), {"name": 3, "target": 4, "actual": 5, "completion": None,
                                                           "weight": 6, "score": 7})
    groups = {"产出": range(0, 6), "效益": range(6, 9), "满意度": range(9, 10)}
    pg = lambda: {"产出": c.g(r"产出指标得分(\d+(?:\.\d+)?)分"), "效益": c.g(r"效益指标得分(\d+(?:\.\d+)?)分"),
                  "满意度": c.g(r"满意度指标得分(\d+(?:\.\d+)?)分")}
    table_checks(c, funds, rows, total, groups, pg)
    c.check("score_sum_mismatch", "prose level scores add to the prose total",
            lambda: close(c.g(r"自评总得分(\d+(?:\.\d+)?)分"),
                          D(c.g(r"预算执行率得分(\d+(?:\.\d+)?)分")) + sum(D(v) for v in pg().values())))
    c.same("prose execution score = table", lambda: c.g(r"预算执行率得分(\d+(?:\.\d+)?)分"), lambda: funds["年度资金总额"][5])
    c.summ("86.00 + 45.00 = 全年预算", lambda: [c.g(r"年初县级财政预算安排(\d+\.\d+)万元"), c.g(r"省级补助资金(\d+\.\d+)万元")],
           lambda: c.g(r"全年预算为(\d+\.\d+)万元"))
    c.same("prose 全年预算 = table", lambda: c.g(r"全年预算为(\d+\.\d+)万元"), lambda: funds["年度资金总额"][1])
    c.same("prose 年初 = table", lambda: c.g(r"年初县级财政预算安排(\d+\.\d+)万元"), lambda: funds["年度资金总额"][0])
    c.rate("到位率", lambda: c.g(r"全年到位(\d+\.\d+)万元"), lambda: funds["年度资金总额"][1], lambda: c.g(r"到位率(\d+%)"))
    c.same("prose spent = table", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: funds["年度资金总额"][2])
    c.rate("prose 执行率", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: funds["年度资金总额"][1],
           lambda: c.g(r"预算执行率(\d+\.\d+%)"))
    c.summ("spending components add to the total spent",
           lambda: c.gall(r"(?:渡工补贴|渡船维修及更新改造|渡口安全设施配置|安全检查及培训|渡口码头维护)(\d+\.\d+)万元")[:5],
           lambda: c.g(r"全年实际支出(\d+\.\d+)万元"))
    c.rate("县级支出率", lambda: c.g(r"县级资金\d+\.\d+万元支出(\d+\.\d+)万元"), lambda: c.g(r"县级资金(\d+\.\d+)万元支出"),
           lambda: c.g(r"县级资金\d+\.\d+万元支出\d+\.\d+万元，支出率(\d+\.\d+%)"))
    c.summ("省级 + 县级 spent = total", lambda: [c.g(r"省级资金(\d+\.\d+)万元已全部支出"), c.g(r"县级资金\d+\.\d+万元支出(\d+\.\d+)万元")],
           lambda: c.g(r"全年实际支出(\d+\.\d+)万元"))
    c.check("balance_mismatch", "结余 = 到位 − 支出",
            lambda: D(c.g(r"结余(\d+\.\d+)万元")) == D(c.g(r"全年到位(\d+\.\d+)万元")) - D(c.g(r"全年实际支出(\d+\.\d+)万元")))
    c.check("sum_mismatch", "渡工补贴 = 25人 × 800元 × 12月",
            lambda: D(25 * 800 * 12) / 10000 == D(c.g(r"发放渡工补贴25人，计(\d+\.\d+)万元")))
    c.rate("检查次数完成率", lambda: c.g(r"安全检查(\d+)次，出动"), lambda: "96", lambda: c.g(r"完成年度目标的(\d+\.\d+%)"),
           code="completion_mismatch")
    c.rate("整改率", lambda: c.g(r"已整改(\d+)处"), lambda: c.g(r"发现隐患(\d+)处"), lambda: c.g(r"整改率(\d+%)"))
    c.summ("救生衣 + 救生圈 = 320件", lambda: [c.g(r"救生衣(\d+)件"), c.g(r"救生圈(\d+)个")], lambda: c.g(r"合计(\d+)件"))
    c.rate("检验合格率", lambda: c.g(r"中(\d+)艘通过年度检验"), lambda: c.g(r"全县(\d+)艘渡船中"), lambda: c.g(r"检验合格率(\d+%)"))
    c.rate("渡运量完成率", lambda: c.g(r"全年渡运量(\d+\.\d+)万人次"), lambda: "35", lambda: c.g(r"完成率(\d+\.\d+%)"),
           code="completion_mismatch")
    q = lambda: c.g(r"渡运量分别为(\d+\.\d+)万、(\d+\.\d+)万、(\d+\.\d+)万、(\d+\.\d+)万人次", 0)
    quarters = lambda: re.findall(r"\d+\.\d+", q())
    c.summ("quarters add to the year", quarters, lambda: c.g(r"全年渡运量(\d+\.\d+)万人次"))
    c.mean("quarterly mean", quarters, lambda: c.g(r"季均(\d+\.\d+)万人次"))
    c.rate("满意度 from the survey", lambda: c.g(r"基本满意的(\d+)份"), lambda: c.g(r"回收有效问卷(\d+)份"),
           lambda: c.g(r"满意度(\d+\.\d+%)"))
    c.same("满意度 text = table", lambda: c.g(r"满意度(\d+\.\d+)%"), lambda: rows[9]["actual"].rstrip("%"))
    c.same("渡运量 text = table", lambda: c.g(r"全年渡运量(\d+\.\d+)万人次"), lambda: rows[7]["actual"].replace("万人次", ""))
    c.same("检查次数 text = table", lambda: c.g(r"安全检查(\d+)次，出动"), lambda: rows[1]["actual"].rstrip("次"))
    prose_total_grade(c, lambda: total[1])
    year_checks(c)
    satisfaction_bounds(c)


def p_suileng(c):
    t = c.t
    part = t[t.index("项目支出绩效自评表") - 8:]
    cells = [ln.split("｜") for ln in part.split("\n") if "｜" in ln]
    funds, rows, total = from_cells(cells, 0, 1, (6, 7), {"name": 2, "target": 3, "actual": 4, "completion": 5,
                                                          "weight": 6, "score": 7})
    table_checks(c, funds, rows, total)
    c.summ("年初 = 省级提前下达 + 县级", lambda: [c.g(r"养护补助资金(\d+\.\d+)万元（2019年12月"), c.g(r"县级配套资金(\d+\.\d+)万元")],
           lambda: c.g(r"年初预算(\d+\.\d+)万元"))
    c.summ("省级 = 提前下达 + 追加", lambda: [c.g(r"养护补助资金(\d+\.\d+)万元（2019年12月"), c.g(r"追加下达养护补助资金(\d+\.\d+)万元")],
           lambda: c.g(r"其中省级资金(\d+\.\d+)万元"))
    c.summ("全年 = 省级 + 县级", lambda: [c.g(r"其中省级资金(\d+\.\d+)万元"), c.g(r"、县级资金(\d+\.\d+)万元")],
           lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"))
    c.same("年初 text = table", lambda: c.g(r"年初预算(\d+\.\d+)万元"), lambda: funds["年度资金总额"][0])
    c.same("全年 text = table", lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"), lambda: funds["年度资金总额"][1])
    c.same("spent text = table", lambda: c.g(r"实际支出(\d+\.\d+)万元"), lambda: funds["年度资金总额"][2])
    c.rate("prose 执行率", lambda: c.g(r"实际支出(\d+\.\d+)万元"), lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"),
           lambda: c.g(r"预算执行率(\d+\.\d+%)"))
    c.check("balance_mismatch", "结余 = 全年预算 − 支出",
            lambda: D(c.g(r"结余(\d+\.\d+)万元")) == D(c.g(r"全年预算调整为(\d+\.\d+)万元")) - D(c.g(r"实际支出(\d+\.\d+)万元")))
    c.summ("spending components", lambda: c.gall(r"(?:日常养护|路面坑槽修补|边沟清理及桥涵维护|水毁路段抢修)(\d+\.\d+)万元")[:4],
           lambda: c.g(r"实际支出(\d+\.\d+)万元"))
    c.summ("县道 + 乡道 + 村道 = total", lambda: [c.g(r"县道(\d+\.\d+)公里"), c.g(r"乡道(\d+\.\d+)公里"), c.g(r"村道(\d+\.\d+)公里")],
           lambda: c.g(r"农村公路总里程(\d+\.\d+)公里"))
    c.check("sum_mismatch", "平均养护成本 ≈ 日常养护支出 / 里程",
            lambda: abs(D(c.g(r"日常养护支出(\d+\.\d+)万元")) * 10000 / D(c.g(r"列养的(\d+\.\d+)公里")) - D(c.g(r"约(\d+)元/公里"))) <= D("0.5"))
    mqi = lambda: re.findall(r"\d+\.\d+", c.g(r"MQI分别为([\d.、]+)"))
    c.mean("MQI mean", mqi, lambda: c.g(r"平均为(\d+\.\d+)"))
    c.same("MQI mean text = table", lambda: c.g(r"平均为(\d+\.\d+)"), lambda: rows[8]["actual"])
    c.rate("满意度 survey", lambda: c.g(r"基本满意的(\d+)人"), lambda: c.g(r"随机走访群众(\d+)人"), lambda: c.g(r"满意度(\d+%)"))
    c.same("满意度 text = table", lambda: c.g(r"满意度(\d+)%"), lambda: rows[9]["actual"].rstrip("%"))
    c.same("优良中等路比例 text = table", lambda: c.g(r"优良中等路比例为(\d+\.\d+)%"), lambda: rows[3]["actual"].rstrip("%"))
    c.check("sum_mismatch", "71.2 − 69.5 = 1.7 points",
            lambda: D(c.g(r"优良中等路比例为(\d+\.\d+)%")) - D(c.g(r"较2019年的(\d+\.\d+)%")) == D(c.g(r"提高(\d+\.\d+)个百分点")))
    c.same("坑槽 text = table", lambda: c.g(r"完成路面坑槽修补(\d+)平方米"), lambda: rows[1]["actual"].replace("平方米", ""))
    c.same("边沟 text = table", lambda: c.g(r"边沟清理(\d+)公里"), lambda: rows[2]["actual"].replace("公里", ""))
    prose_total_grade(c, lambda: total[1])
    year_checks(c)
    satisfaction_bounds(c)


def p_susong(c):
    t = c.t
    part = t[t.index("项目支出绩效自评表"):]
    cells = [ln.split("\t") for ln in part.split("\n") if "\t" in ln]
    funds, rows, total = from_cells(cells, 1, 2, (6, 7), {"name": 3, "target": 4, "actual": 5, "completion": None,
                                                          "weight": 6, "score": 7})
    table_checks(c, funds, rows, total)
    c.summ("年初 = 中央 + 县级 + 结转", lambda: [c.g(r"中央车购税资金(\d+\.\d+)万元（2020年12月"), c.g(r"县级配套资金(\d+\.\d+)万元和"),
                                             c.g(r"上年结转资金(\d+\.\d+)万元（2020年")],
           lambda: c.g(r"年初预算(\d+\.\d+)万元"))
    c.summ("全年 = 年初 + 省级追加", lambda: [c.g(r"年初预算(\d+\.\d+)万元"), c.g(r"下达省级补助资金(\d+\.\d+)万元")],
           lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"))
    c.summ("当年财政拨款 = 中央 + 省级 + 县级",
           lambda: re.findall(r"(\d+(?:\.\d+)?)万元", c.g(r"当年财政拨款中，(.*?)，合计"))[:3], lambda: c.g(r"合计(\d+\.\d+)万元"))
    c.same("当年财政拨款 text = table", lambda: c.g(r"合计(\d+\.\d+)万元"), lambda: funds["其中：当年财政拨款"][1])
    c.same("年初 text = table", lambda: c.g(r"年初预算(\d+\.\d+)万元"), lambda: funds["年度资金总额"][0])
    c.same("全年 text = table", lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"), lambda: funds["年度资金总额"][1])
    c.same("spent text = table", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: funds["年度资金总额"][2])
    c.rate("prose 执行率", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"),
           lambda: c.g(r"预算执行率(\d+\.\d+%)"))
    c.summ("spent = 结转 + 当年", lambda: [c.g(r"上年结转资金(\d+\.\d+)万元已全部支付"), c.g(r"当年财政拨款支出(\d+\.\d+)万元")],
           lambda: c.g(r"全年实际支出(\d+\.\d+)万元"))
    c.check("balance_mismatch", "未支出 = 全年预算 − 支出",
            lambda: D(c.g(r"未支出的(\d+\.\d+)万元")) == D(c.g(r"全年预算调整为(\d+\.\d+)万元")) - D(c.g(r"全年实际支出(\d+\.\d+)万元")))
    c.summ("bridges per town add to 14", lambda: re.findall(r"(\d+)座", c.g(r"其中(破凉镇.*?二郎镇\d+座)")),
           lambda: c.g(r"实施农村公路危桥改造(\d+)座"))
    c.same("bridges text = table", lambda: c.g(r"全年完成危桥改造(\d+)座"), lambda: rows[0]["actual"].rstrip("座"))
    c.same("bridges text = plan", lambda: c.g(r"全年完成危桥改造(\d+)座"), lambda: c.g(r"实施农村公路危桥改造(\d+)座"))
    c.same("bridge length text = table", lambda: c.g(r"改造桥梁总长(\d+)延米，超过"), lambda: rows[1]["actual"].rstrip("延米"))
    c.mean("mean construction period", lambda: c.g(r"工期分别为(\d+)天、(\d+)天、(\d+)天", 0) and
           re.findall(r"(\d+)天", c.g(r"工期分别为(\d+天、\d+天、\d+天)")), lambda: c.g(r"平均(\d+)天"))
    c.check("average_mismatch", "单座平均改造成本 = 702.36 / 14",
            lambda: close(c.g(r"单座平均改造成本(\d+\.\d+)万元"), D(c.g(r"当年财政拨款支出(\d+\.\d+)万元全部")) / 14))
    c.same("单座成本 text = table", lambda: c.g(r"单座平均改造成本(\d+\.\d+)万元"), lambda: rows[4]["actual"].rstrip("万元"))
    c.check("completion_mismatch", "受益群众完成率 (约3.46 → 3.455..3.465)",
            lambda: any(close(c.g(r"完成年度目标的(\d+\.\d+%)"), D(x) / D("3.3") * 100)
                        for x in ("3.455", "3.46", "3.465")) or
            D("3.455") / D("3.3") * 100 <= D(c.g(r"完成年度目标的(\d+\.\d+)%")) <= D("3.465") / D("3.3") * 100)
    c.rate("满意度 survey", lambda: c.g(r"基本满意的(\d+)份"), lambda: c.g(r"收回有效问卷(\d+)份"),
           lambda: c.g(r"满意度为(\d+\.\d+%)"))
    c.same("满意度 text = table", lambda: c.g(r"满意度为(\d+\.\d+)%"), lambda: rows[8]["actual"].rstrip("%"))
    c.check("score_sum_mismatch", "扣2分 = weight − score of 管养长效机制",
            lambda: D(rows[7]["weight"]) - D(rows[7]["score"]) == D(c.g(r"该项指标扣(\d+)分")))
    prose_total_grade(c, lambda: total[1])
    year_checks(c)
    satisfaction_bounds(c)


def pdf_tokens(line):
    return re.split(r"\s{2,}", line.strip())


def p_shiquan(c):
    t = c.t
    part = t[t.index("项目支出绩效自评表"):]
    lines = part.split("\n")
    funds, rows, total = {}, [], None
    for ln in lines:
        tk = pdf_tokens(ln)
        for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if name in tk:
                i = tk.index(name)
                funds[name] = tk[i + 1:i + 7]
        if tk and tk[0] == "总分":
            total = (tk[1], tk[2])
    start = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标"))
    for ln in lines[start + 1:]:
        tk = pdf_tokens(ln)
        if tk and tk[0] == "总分":
            break
        for k in range(2, len(tk) - 1):
            if re.fullmatch(r"\d+(\.\d+)?", tk[k]) and re.fullmatch(r"\d+(\.\d+)?", tk[k + 1]):
                rows.append({"name": tk[k - 3] if k >= 3 else tk[0], "target": tk[k - 2], "actual": tk[k - 1],
                             "completion": None, "weight": tk[k], "score": tk[k + 1]})
                break
    groups = {"产出": range(0, 7), "效益": range(7, 10), "满意度": range(10, 11)}
    pg = lambda: {"产出": c.g(r"产出指标得分(\d+(?:\.\d+)?)分"), "效益": c.g(r"效益指标得分(\d+(?:\.\d+)?)分"),
                  "满意度": c.g(r"满意度指标得分(\d+(?:\.\d+)?)分")}
    table_checks(c, funds, rows, total, groups, pg)
    c.check("score_sum_mismatch", "prose level scores add to the prose 合计",
            lambda: close(c.g(r"合计(\d+\.\d+)分"), D(c.g(r"预算执行率得分(\d+\.\d+)分")) + sum(D(v) for v in pg().values())))
    c.same("prose execution score = table", lambda: c.g(r"预算执行率得分(\d+\.\d+)分"), lambda: funds["年度资金总额"][5])
    c.summ("全年 = 年初 + 省级", lambda: [c.g(r"年初预算(\d+\.\d+)万元"), c.g(r"城市交通发展奖励资金(\d+\.\d+)万元")],
           lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"))
    c.same("全年 text = table", lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"), lambda: funds["年度资金总额"][1])
    c.same("spent text = table", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: funds["年度资金总额"][2])
    c.rate("prose 执行率", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: c.g(r"全年预算调整为(\d+\.\d+)万元"),
           lambda: c.g(r"预算执行率(\d+\.\d+%)"))
    c.summ("spending components", lambda: [c.g(r"运营里程补贴(\d+\.\d+)万元"), c.g(r"票价优惠补贴(\d+\.\d+)万元"),
                                           c.g(r"车辆更新补贴(\d+\.\d+)万元")], lambda: c.g(r"全年实际支出(\d+\.\d+)万元"))
    c.check("sum_mismatch", "运营里程补贴 = 321.5万车公里 × 1.20元",
            lambda: D(c.g(r"年运营里程(\d+\.\d+)万车公里，按")) * D(c.g(r"按每车公里(\d+\.\d+)元")) == D(c.g(r"运营里程补贴(\d+\.\d+)万元")))
    c.check("sum_mismatch", "车辆更新补贴 = 6辆 × 5.68万元",
            lambda: D(c.g(r"更新新能源公交车(\d+)辆，每辆")) * D(c.g(r"每辆补助(\d+\.\d+)万元")) == D(c.g(r"车辆更新补贴(\d+\.\d+)万元")))
    c.rate("省级执行率", lambda: c.g(r"省级奖励资金支出(\d+\.\d+)万元"), lambda: c.g(r"城市交通发展奖励资金(\d+\.\d+)万元"),
           lambda: c.g(r"，\n?执行率(\d+\.\d+%)"))
    c.check("balance_mismatch", "结余 = 全年预算 − 支出",
            lambda: D(c.g(r"结余(\d+\.\d+)万元")) == D(c.g(r"全年预算调整为(\d+\.\d+)万元")) - D(c.g(r"全年实际支出(\d+\.\d+)万元")))
    c.rate("里程完成率", lambda: c.g(r"年运营里程(\d+\.\d+)万车公里，完成"), lambda: "310", lambda: c.g(r"完成目标的(\d+\.\d+%)"),
           code="completion_mismatch")
    c.rate("客运量完成率", lambda: c.g(r"全年客运量(\d+\.\d+)万人次"), lambda: "260", lambda: c.g(r"完成年度目标的(\d+\.\d+%)"),
           code="completion_mismatch")
    c.check("average_mismatch", "日均约5378人次",
            lambda: abs(D(c.g(r"全年客运量(\d+\.\d+)万人次")) * 10000 / 365 - D(c.g(r"日均约(\d+)人次"))) <= D("0.5"))
    c.rate("客运量增长", lambda: str(D(c.g(r"全年客运量(\d+\.\d+)万人次")) - D(c.g(r"较2022年的(\d+\.\d+)万人次"))),
           lambda: c.g(r"较2022年的(\d+\.\d+)万人次"), lambda: c.g(r"增长(\d+\.\d+%)"))
    sat = lambda: re.findall(r"(\d+\.\d+)%", c.g(r"满意度分别为([\d.%、]+)"))
    c.mean("片区满意度 mean", sat, lambda: c.g(r"平均(\d+\.\d+)%"))
    c.same("满意度 text = table", lambda: c.g(r"平均(\d+\.\d+)%"), lambda: rows[10]["actual"].rstrip("%"))
    c.same("运营里程 text = table", lambda: c.g(r"年运营里程(\d+\.\d+)万车公里，完成"), lambda: rows[1]["actual"].replace("万车公里", ""))
    c.same("客运量 text = table", lambda: c.g(r"全年客运量(\d+\.\d+)万人次"), lambda: rows[2]["actual"].replace("万人次", ""))
    c.same("准点率 text = table", lambda: c.g(r"准点率(\d+\.\d+)%"), lambda: rows[8]["actual"].rstrip("%"))
    c.same("更新车辆 text = table", lambda: c.g(r"更新新能源公交车(\d+)辆，剩余"), lambda: rows[3]["actual"].rstrip("辆"))
    prose_total_grade(c, lambda: total[1])
    year_checks(c)
    satisfaction_bounds(c)


def p_zhouning(c):
    t = c.t
    part = t[t.index("项目支出绩效自评表（"):]
    cells = [[x.strip() for x in ln.strip()[1:-1].split("|")] for ln in part.split("\n") if ln.startswith("|")]
    funds, rows, total = from_cells(cells, 0, 1, (6, 7), {"name": 2, "target": 3, "actual": 4, "completion": 5,
                                                          "weight": 6, "score": 7})
    table_checks(c, funds, rows, total)
    c.summ("年初 = 省级 + 县级", lambda: [c.g(r"省级补助资金(\d+\.\d+)万元（2023年12月"), c.g(r"县级配套资金(\d+\.\d+)万元")],
           lambda: c.g(r"年初预算(\d+\.\d+)万元"))
    c.check("rate_mismatch", "无调整 ⇒ 年初 = 全年",
            lambda: D(c.g(r"年初预算(\d+\.\d+)万元")) == D(c.g(r"全年预算(\d+\.\d+)万元")) == D(funds["年度资金总额"][1])
            == D(funds["年度资金总额"][0]))
    c.same("spent text = table", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: funds["年度资金总额"][2])
    c.rate("prose 执行率", lambda: c.g(r"全年实际支出(\d+\.\d+)万元"), lambda: c.g(r"全年预算(\d+\.\d+)万元"),
           lambda: c.g(r"预算执行率(\d+\.\d+%)"))
    c.check("balance_mismatch", "结余 = 全年预算 − 支出",
            lambda: D(c.g(r"结余(\d+\.\d+)万元")) == D(c.g(r"全年预算(\d+\.\d+)万元")) - D(c.g(r"全年实际支出(\d+\.\d+)万元")))
    c.rate("省级支出率", lambda: c.g(r"省级资金支出(\d+\.\d+)万元"), lambda: c.g(r"省级补助资金(\d+\.\d+)万元"),
           lambda: c.g(r"支出率(\d+\.\d+%)"))
    c.summ("省级 + 县级 spent = total", lambda: [c.g(r"省级资金支出(\d+\.\d+)万元"), c.g(r"县级资金支出(\d+\.\d+)万元")],
           lambda: c.g(r"全年实际支出(\d+\.\d+)万元"))
    allcells = [[x.strip() for x in ln.strip()[1:-1].split("|")] for ln in t.split("\n") if ln.startswith("|")]
    sub = [x for x in allcells if len(x) == 3 and x[0] not in ("支出内容",)]
    items = [x for x in sub if x[0] != "合计"]
    tot_row = next(x for x in sub if x[0] == "合计")
    c.summ("detail table amounts add to 合计", lambda: [x[1] for x in items], lambda: tot_row[1])
    c.same("detail 合计 = spent", lambda: tot_row[1], lambda: c.g(r"全年实际支出(\d+\.\d+)万元"))
    for x in items:
        c.rate(f"share of {x[0]}", lambda x=x: x[1], lambda: tot_row[1], lambda x=x: x[2])
    c.check("sum_mismatch", "shares add to 100%", lambda: close("100.00", sum(D(x[2].rstrip("%")) for x in items)))
    c.same("护栏 text = table", lambda: c.g(r"新增波形护栏(\d+)米，设置"), lambda: rows[1]["actual"].rstrip("米"))
    c.same("标志 text = table", lambda: c.g(r"设置警示标志标牌(\d+)块，增设"), lambda: rows[2]["actual"].rstrip("块"))
    c.same("里程 text = table", lambda: c.g(r"全年完成安防工程(\d+\.\d+)公里"), lambda: rows[0]["actual"].rstrip("公里"))
    c.mean("埋深抽检 mean", lambda: re.findall(r"(\d+\.\d+)%", c.g(r"合格率分别为([\d.%、]+)")), lambda: c.g(r"平均(\d+\.\d+)%"))
    c.check("average_mismatch", "每公里平均造价 = 247.00 / 98.4",
            lambda: close(c.g(r"每公里平均造价(\d+\.\d+)万元"), D(c.g(r"全年实际支出(\d+\.\d+)万元")) / D(c.g(r"全年完成安防工程(\d+\.\d+)公里"))))
    c.same("造价 text = table", lambda: c.g(r"每公里平均造价(\d+\.\d+)万元"), lambda: rows[5]["actual"].rstrip("万元"))
    c.rate("事故下降率", lambda: str(D(c.g(r"较2023年的(\d+)起")) - D(c.g(r"共发生交通事故(\d+)起"))),
           lambda: c.g(r"较2023年的(\d+)起"), lambda: c.g(r"下降(\d+\.\d+%)"))
    c.same("事故下降率 text = table", lambda: c.g(r"下降(\d+\.\d+)%"), lambda: rows[6]["actual"].rstrip("%"))
    c.summ("防护累计 = 今年 + 以前年度", lambda: [c.g(r"全年完成安防工程(\d+\.\d+)公里"), c.g(r"以前年度完成的(\d+\.\d+)公里")],
           lambda: c.g(r"累计完成防护(\d+\.\d+)公里"))
    c.rate("覆盖率", lambda: c.g(r"累计完成防护(\d+\.\d+)公里"), lambda: c.g(r"隐患路段(\d+\.\d+)公里"), lambda: c.g(r"覆盖率(\d+\.\d+%)"))
    c.same("覆盖率 text = table", lambda: c.g(r"覆盖率(\d+\.\d+)%"), lambda: rows[7]["actual"].rstrip("%"))
    c.rate("满意度 survey", lambda: c.g(r"表示满意的(\d+)份"), lambda: c.g(r"收回有效问卷(\d+)份"), lambda: c.g(r"满意度(\d+\.\d+%)"))
    c.same("满意度 text = table", lambda: c.g(r"满意度(\d+\.\d+)%"), lambda: rows[9]["actual"].rstrip("%"))
    prose_total_grade(c, lambda: total[1])
    year_checks(c)
    satisfaction_bounds(c)


PROJECTS = {
    "gd-fengkai-dukou-2018": (p_fengkai, 2018),
    "hlj-suileng-yanghu-2020": (p_suileng, 2020),
    "ah-susong-weiqiao-2021": (p_susong, 2021),
    "sn-shiquan-gongjiao-2023": (p_shiquan, 2023),
    "fj-zhouning-anfang-2024": (p_zhouning, 2024),
}


def run_checks(src, text):
    fn, year = PROJECTS[src]
    c = Checks(text, year)
    try:
        fn(c)
    except (Fail, ValueError, KeyError, IndexError, StopIteration, TypeError) as exc:
        c.fails.append(("parse", f"{type(exc).__name__}: {exc}"))
    return c


def one_place(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return len(a) - p - s, len(b) - p - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if on_disk != sorted(texts):
        problems.append("cases/ and labels.jsonl list different files")
    codes = {}
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                problems.append(f"{name}: {n} characters, outside 3000-5000")
            c = run_checks(src, text)
            for code, desc in c.fails:
                problems.append(f"{name}: arithmetic check failed [{code}] {desc}")
            print(f"{name}: {n} chars, {c.n} arithmetic checks passed" if not c.fails else f"{name}: FAIL")
            continue
        clean = texts[f"{src}-clean.txt"]
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: needs exactly one expected finding")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                problems.append(f"{name}: severity must be error")
            if exp["value"] not in text:
                problems.append(f"{name}: value {exp['value']!r} not in the case")
            if exp["value"] in clean:
                problems.append(f"{name}: value {exp['value']!r} also occurs in the clean draft")
        da, db = one_place(clean, text)
        if da == 0 and db == 0:
            problems.append(f"{name}: identical to the clean draft")
        if da > MAX_DIFF or db > MAX_DIFF:
            problems.append(f"{name}: differs from the clean draft over {max(da, db)} characters (not one place)")
        c = run_checks(src, text)
        failed = sorted({code for code, _ in c.fails})
        want = rec["expected"][0]["code"] if rec["expected"] else None
        if want not in failed:
            problems.append(f"{name}: the arithmetic does not flag {want} (failed: {failed})")
        print(f"{name}: {want} <- checks failing: {', '.join(failed)}")
    for code in ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                 "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                 "unit_mismatch", "year_mismatch", "completion_mismatch"]:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times, need at least 2")
    if problems:
        print("\n".join("PROBLEM " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
