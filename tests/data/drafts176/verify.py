#!/usr/bin/env python3
"""Verify the n176 set.

1. every label value occurs in its case; clean cases have no expected findings, error cases have some;
2. every error case differs from its clean draft in one short place, and a label value covers that place;
3. the arithmetic of every clean draft is redone from the figures as printed (Decimal, ROUND_HALF_UP,
   tolerance = half a unit of the stated last decimal): rates, balances, sums, weights, scores,
   completion rates, grades, averages, repeated values, years;
4. the same checks run on every error case must fail at least once (the slip is visible).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_DIFF = 12  # characters of a "one place" slip


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(value, stated, approx=False):
    """value (Decimal) agrees with the stated string within half a unit of its last decimal."""
    tol = D(5) / (D(10) ** (decimals(stated) + 1))
    if approx:
        tol *= 2
    return abs(value - num(stated)) <= tol + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def norm_grade(g):
    return {"优秀": "优", "良好": "良", "中等": "中", "一般": "中", "较差": "差"}.get(g, g)


class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.fails, self.n = name, text, [], 0

    def ok(self, cond, what):
        self.n += 1
        if not cond:
            self.fails.append(what)
        return cond

    def get(self, pattern, flags=0):
        m = re.search(pattern, self.text, flags)
        if not m:
            self.fails.append(f"pattern not found: {pattern}")
            return None
        return m.group(1)

    def vals(self, patterns):
        out = {}
        for k, p in patterns.items():
            v = self.get(p)
            if v is None:
                return None
            out[k] = v
        return out

    # ---- shared checks ------------------------------------------------------------------
    def rate(self, numer, denom, stated, what):
        self.ok(close(num(numer) / num(denom) * 100, stated), f"{what}: {numer}/{denom} vs {stated}%")

    def total(self, parts, stated, what):
        self.ok(sum(num(p) for p in parts) == num(stated) or close(sum(num(p) for p in parts), stated),
                f"{what}: {'+'.join(parts)} vs {stated}")

    def indicators(self, rows, weight_total="100", score_total=None, exec_score=None):
        """rows: dicts name, target, actual, weight, score, completion (or None)."""
        ws = sum(num(r["weight"]) for r in rows) + (D(10) if exec_score is not None else 0)
        self.ok(ws == num(weight_total), f"weights add to {ws}, not {weight_total}")
        ss = sum(num(r["score"]) for r in rows) + (num(exec_score) if exec_score is not None else 0)
        if score_total is not None:
            self.ok(close(ss, score_total), f"scores add to {ss}, stated {score_total}")
        for r in rows:
            w, s = num(r["weight"]), num(r["score"])
            self.ok(D(0) <= s <= w, f"{r['name']}: score {s} outside 0..{w}")
            mt = re.fullmatch(r"(≥|≤)?([\d.]+)(%|‰|人次|人|个|元/人·年|元/人·月|元/人|元/对|万元)", r["target"])
            ma = re.fullmatch(r"([\d.]+)(%|‰|人次|人|个|元/人·年|元/人·月|元/人|元/对|万元)", r["actual"])
            if not mt:
                continue  # qualitative or date target
            if not ma:
                self.ok(False, f"{r['name']}: actual {r['actual']} not numeric like target {r['target']}")
                continue
            sign, t, unit = mt.group(1) or "=", num(mt.group(2)), mt.group(3)
            a, aunit = num(ma.group(1)), ma.group(2)
            if not self.ok(unit == aunit, f"{r['name']}: unit {unit} vs {aunit}"):
                continue
            if sign == "≤":
                comp = D(100) if a <= t else t / a * 100
                exp = w if a <= t else w * t / a
            else:
                comp = a / t * 100
                exp = w if a >= t else w * a / t
            if r.get("completion"):
                self.ok(close(comp, r["completion"].rstrip("%")), f"{r['name']}: completion {comp:.4f} vs {r['completion']}")
            self.ok(close(exp, r["score"]), f"{r['name']}: score {exp:.4f} vs {r['score']}")
        return ss

    def year(self, year):
        for m in re.finditer(r"（(\d{4})年度）", self.text):
            self.ok(int(m.group(1)) == year, f"table year {m.group(1)} vs {year}")
        for m in re.finditer(r"截至(\d{4})年(12月31日|底)", self.text):
            self.ok(int(m.group(1)) == year, f"截至{m.group(1)} vs {year}")
        for m in re.finditer(r"结转至(\d{4})年", self.text):
            self.ok(int(m.group(1)) == year + 1, f"结转至{m.group(1)} in a {year} report")
        for m in re.finditer(r"(\d{4})年度", self.text[:80]):
            self.ok(int(m.group(1)) == year, f"title year {m.group(1)} vs {year}")


# ---- A: Xiangning 2019, Shanxi flattened tables --------------------------------------------
def blocks(section):
    """Flattened Word table: one cell per tab-indented line, blank line between rows."""
    rows = []
    for chunk in re.split(r"\n(?:[ ]*\n)+", section):
        cells = [ln[1:] if ln.startswith("\t") else ln.strip() for ln in chunk.strip("\n").split("\n")]
        if any(c.strip() for c in cells):
            rows.append(cells)
    return rows


def check_xiangning(c):
    t = c.text
    v = c.vals({
        "init": r"年初预算(\d+\.\d+)万元（按", "n_plan": r"（按([\d,]+)人、每人每年", "std": r"每人每年(\d+)元测算",
        "cen": r"其中中央([\d.]+)万元、省级", "prov": r"、省级([\d.]+)万元、市级", "city": r"、市级([\d.]+)万元、县级",
        "cnty": r"、县级([\d.]+)万元，年内未调整", "annual": r"全年预算([\d.]+)万元；实际到位",
        "recv": r"实际到位([\d.]+)万元，到位率", "recv_rate": r"到位率([\d.]+)%。截至",
        "spent": r"实际支出([\d.]+)万元，预算执行率", "exec_rate": r"预算执行率([\d.]+)%，结余",
        "bal": r"结余([\d.]+)万元，全部为县级", "n_act": r"全县确认奖扶对象([\d,]+)人", "n_prev": r"较2018年的([\d,]+)人",
        "n_inc": r"人增加(\d+)人，平均", "n_town": r"牵头，(\d+)个乡镇", "avg_town": r"平均每个乡镇(\d+)人",
        "paid": r"全年发放奖励扶助金([\d.]+)万元", "n_plan2": r"比年初测算的([\d,]+)人少(\d+)人",
        "sc_exec": r"预算执行率指标得分([\d.]+)分", "sc_out": r"产出指标得分([\d.]+)分", "sc_ben": r"效益指标得分([\d.]+)分",
        "sc_sat": r"满意度指标得分([\d.]+)分", "total": r"总得分([\d.]+)分", "grade": r"属于“(\S+?)”",
        "aware": r"政策知晓率([\d.]+)%；", "sat": r"奖扶对象满意度达([\d.]+)%", "short": r"人少(\d+)人",
    })
    if v is None:
        return
    c.total([v["cen"], v["prov"], v["city"], v["cnty"]], v["init"], "sources = 年初预算")
    c.ok(num(v["init"]) == num(v["annual"]), "年内未调整: 年初 = 全年")
    c.rate(v["recv"], v["annual"], v["recv_rate"], "到位率")
    c.rate(v["spent"], v["annual"], v["exec_rate"], "执行率")
    c.ok(num(v["recv"]) - num(v["spent"]) == num(v["bal"]), "结余 = 到位 - 执行")
    c.ok(num(v["n_plan"]) * num(v["std"]) / 10000 == num(v["init"]), "3125人 × 960元 = 年初预算")
    c.ok(num(v["n_act"]) * num(v["std"]) / 10000 == num(v["paid"]) == num(v["spent"]), "3120人 × 960元 = 支出")
    c.ok(num(v["n_act"]) - num(v["n_prev"]) == num(v["n_inc"]), "increase over 2018")
    c.ok(num(v["n_plan2"]) - num(v["n_act"]) == num(v["short"]), "short of plan")
    c.ok(num(v["n_plan2"]) == num(v["n_plan"]), "plan count repeated")
    c.ok(close(num(v["n_act"]) / num(v["n_town"]), v["avg_town"]), "average per township")
    c.total([v["sc_exec"], v["sc_out"], v["sc_ben"], v["sc_sat"]], v["total"], "level scores = total")
    c.ok(grade(num(v["total"])) == norm_grade(v["grade"]), "grade band")
    # funds table
    sec = t[t.index("（二）预算执行情况"):t.index("（三）项目绩效目标")]
    rows = {r[1]: r for r in blocks(sec) if len(r) >= 10 and r[1].startswith("(")}
    def col(rid, i):
        s = rows[rid][2 + i].strip()
        return s if s else "0"
    c.ok(len(rows) == 7, "funds table has rows (1)..(7)")
    for i in range(8):
        r1, r2_, r3, r4, r5 = (num(col(k, i)) for k in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"])
        c.ok(r5 == r3 - r4, f"funds col {i}: (5)=(3)-(4)")
        if r2_ != 0:
            c.ok(close(r3 / r2_ * 100, col("(6)=(3)/(2)", i)), f"funds col {i}: (6)=(3)/(2)")
            c.ok(close(r4 / r2_ * 100, col("(7)=(4)/(2)", i)), f"funds col {i}: (7)=(4)/(2)")
        else:
            c.ok(num(col("(6)=(3)/(2)", i)) == 0 and num(col("(7)=(4)/(2)", i)) == 0, f"funds col {i}: zero base prints 0")
    for rid in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]:
        c.ok(num(col(rid, 0)) == num(col(rid, 1)) + num(col(rid, 6)) + num(col(rid, 7)), f"{rid}: total = 小计+结转+其他")
        c.ok(num(col(rid, 1)) == sum(num(col(rid, k)) for k in range(2, 6)), f"{rid}: 小计 = 中央+省+市+县")
    for i, k in enumerate(["cen", "prov", "city", "cnty"]):
        c.ok(num(col("(1)", 2 + i)) == num(v[k]), f"table (1) {k} = text")
    c.ok(num(col("(4)", 0)) == num(v["spent"]) and num(col("(5)=(3)-(4)", 0)) == num(v["bal"]), "table = text (spent, balance)")
    c.ok(close(num(col("(7)=(4)/(2)", 0)), v["exec_rate"]), "table = text (rate)")
    # 附件1
    att = t[t.index("附件1"):]
    ind = [r for r in blocks(att) if len(r) >= 8 and re.fullmatch(r"[\d.]+", r[3].strip() or "x")]
    rows_ = [dict(name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7], level=r[0]) for r in ind]
    c.ok(len(rows_) == 10, f"附件1 has 10 indicator rows ({len(rows_)})")
    ss = c.indicators(rows_, score_total=v["total"])
    lv, cur = {}, None
    for r in rows_:
        cur = r["level"] or cur
        lv[cur] = lv.get(cur, D(0)) + num(r["score"])
    c.ok(close(lv.get("预算执行指标", D(0)), v["sc_exec"]) and close(lv.get("产出指标", D(0)), v["sc_out"])
         and close(lv.get("效益指标", D(0)), v["sc_ben"]) and close(lv.get("满意度指标", D(0)), v["sc_sat"]), "level subtotals = text")
    byname = {r["name"]: r for r in rows_}
    c.ok(byname["预算执行率"]["actual"] == v["exec_rate"] + "%", "execution row = text")
    c.ok(byname["奖励扶助对象人数"]["actual"] == v["n_act"].replace(",", "") + "人", "recipients row = text")
    c.ok(byname["奖励扶助对象人数"]["target"] == v["n_plan"].replace(",", "") + "人", "recipients target = text")
    c.ok(byname["奖扶政策知晓率"]["actual"] == v["aware"] + "%", "awareness row = text")
    c.ok(byname["奖扶对象满意度"]["actual"] == v["sat"] + "%", "satisfaction row = text")
    c.ok(byname["人均奖励扶助标准"]["actual"] == v["std"] + "元/人·年", "per-head standard = text")
    c.year(2019)


# ---- B: Xinning 2022, Hunan, tab rows ------------------------------------------------------
def tab_rows(text, first_cells=("产出指标", "效益指标", "满意度指标", "")):
    out = []
    for ln in text.split("\n"):
        cells = ln.split("\t")
        if (len(cells) >= 7 and cells[0] in first_cells and re.fullmatch(r"[\d.]+", cells[5])
                and re.search(r"[\u4e00-\u9fff]", cells[2])):
            out.append(dict(level=cells[0], sub=cells[1], name=cells[2], target=cells[3], actual=cells[4],
                            weight=cells[5], score=cells[6], completion=None))
    return out


def funds_rows(text, sep):
    out = {}
    for ln in text.split("\n"):
        cells = [x.strip() for x in ln.strip().strip("|").split(sep)] if sep == "|" else [x.strip() for x in ln.split(sep)]
        cells = [x for x in cells if x != ""] if sep != "\t" else [x for x in cells if x != ""]
        if cells and re.match(r"(年度资金总额|其中：|上年结转资金|其他资金|省级补助|县级配套)", cells[0]) and len(cells) >= 7:
            out[cells[0]] = cells[1:7]
    return out


def check_funds(c, f, text_vals, sub_rows):
    tot = f["年度资金总额"]
    init, annual, spent, w, rate, score = tot
    c.rate(spent, annual, rate.rstrip("%"), "table 执行率")
    c.ok(close(r2(D(10) * min(num(spent) / num(annual), D(1))), score) or
         close(D(10) * num(rate.rstrip("%")) / 100, score), "execution score = 10 × rate")
    for i in range(3):
        c.total([f[k][i] for k in sub_rows], tot[i], f"funds column {i}: parts = 年度资金总额")
    for k in sub_rows:
        r = f[k]
        if num(r[1]) == 0:
            c.ok(r[4] in ("—", "-", ""), f"{k}: zero base must show no rate (got {r[4]})")
        elif r[4] not in ("—", "-"):
            c.rate(r[2], r[1], r[4].rstrip("%"), f"{k} 执行率")
    for key, idx in (("init", 0), ("annual", 1), ("spent", 2), ("rate", 4)):
        if key in text_vals:
            c.ok(close(num(tot[idx].rstrip("%")), text_vals[key]), f"table {key} = text")
    return score


def check_xinning(c):
    t = c.text
    v = c.vals({
        "open": r"计划生育特别扶助资金([\d.]+)万元进行了", "init": r"年初预算([\d.]+)万元，年中", "add": r"追加([\d.]+)万元",
        "annual": r"全年预算([\d.]+)万元，其中", "cen": r"中央补助([\d.]+)万元", "prov": r"省级补助([\d.]+)万元",
        "cnty": r"县级配套([\d.]+)万元", "recv": r"实际到位([\d.]+)万元", "recv_rate": r"到位率(\d+)%",
        "spent": r"全年支出([\d.]+)万元", "rate": r"预算执行率([\d.]+)%", "bal": r"结余([\d.]+)万元",
        "n": r"全县共有特扶对象([\d,]+)人", "n_dis": r"伤残家庭(\d+)人", "n_dea": r"死亡家庭(\d+)人", "n_com": r"并发症人员(\d+)人。",
        "s_dis": r"伤残家庭每人每月(\d+)元", "s_dea": r"死亡家庭每人每月(\d+)元", "s_com": r"并发症人员每人每月(\d+)元",
        "m_dis": r"发放伤残家庭([\d.]+)万元", "m_dea": r"死亡家庭([\d.]+)万元、", "m_com": r"并发症人员([\d.]+)万元，合计",
        "m_sum": r"合计([\d.]+)万元，人均", "per": r"人均年发放([\d,.]+)元",
        "y20": r"分别为([\d,]+)人、", "y21": r"分别为[\d,]+人、([\d,]+)人、", "y22": r"分别为[\d,]+人、[\d,]+人、([\d,]+)人",
        "yavg": r"三年年均([\d,]+)人", "yinc": r"较上年增加(\d+)人", "q_all": r"全年分(\d+)个季度发放", "q_ok": r"其中(\d+)个季度按时",
        "q_rate": r"及时率(\d+)%", "aware": r"政策知晓率(\d+)%", "sv_n": r"回访特扶对象(\d+)人", "sv_ok": r"表示满意的(\d+)人",
        "sat": r"满意度([\d.]+)%。", "total": r"自评得分([\d.]+)分", "grade": r"评价等级为“(\S+?)”",
        "o_dis": r"全年为(\d+)名伤残家庭对象", "o_dea": r"、(\d+)名死亡家庭对象", "o_com": r"和(\d+)名并发症人员",
        "t_n": r"全年为([\d,]+)名对象发放扶助金", "t_m": r"名对象发放扶助金([\d.]+)万元",
    })
    if v is None:
        return
    c.ok(num(v["open"]) == num(v["annual"]), "opening amount = 全年预算")
    c.total([v["init"], v["add"]], v["annual"], "年初 + 追加 = 全年")
    c.total([v["cen"], v["prov"], v["cnty"]], v["annual"], "中央+省+县 = 全年")
    c.rate(v["recv"], v["annual"], v["recv_rate"], "到位率")
    c.rate(v["spent"], v["annual"], v["rate"], "执行率")
    c.ok(num(v["recv"]) - num(v["spent"]) == num(v["bal"]), "结余 = 到位 - 支出")
    c.total([v["n_dis"], v["n_dea"], v["n_com"]], v["n"], "categories = 特扶对象")
    for k in ("dis", "dea", "com"):
        c.ok(num(v["n_" + k]) * num(v["s_" + k]) * 12 / 10000 == num(v["m_" + k]), f"{k}: persons × standard × 12")
        c.ok(v["o_" + k] == v["n_" + k], f"{k}: count repeated")
    c.total([v["m_dis"], v["m_dea"], v["m_com"]], v["m_sum"], "category money = 合计")
    c.ok(num(v["m_sum"]) == num(v["spent"]) == num(v["t_m"]), "合计 = 全年支出 = table goal text")
    c.ok(num(v["t_n"]) == num(v["n"]), "persons in goal text")
    c.ok(close(num(v["m_sum"]) * 10000 / num(v["n"]), v["per"]), "人均年发放")
    c.ok(close((num(v["y20"]) + num(v["y21"]) + num(v["y22"])) / 3, v["yavg"]), "三年年均")
    c.ok(num(v["y22"]) == num(v["n"]) and num(v["y22"]) - num(v["y21"]) == num(v["yinc"]), "较上年增加")
    c.rate(v["q_ok"], v["q_all"], v["q_rate"], "及时率")
    c.rate(v["sv_ok"], v["sv_n"], v["sat"], "满意度")
    c.ok(grade(num(v["total"])) == norm_grade(v["grade"]), "grade band")
    f = funds_rows(t, "\t")
    exec_score = check_funds(c, f, {"init": v["init"], "annual": v["annual"], "spent": v["spent"], "rate": v["rate"]},
                             ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    rows = tab_rows(t)
    c.ok(len(rows) == 10, f"10 indicator rows ({len(rows)})")
    tot = re.search(r"总分\t+(\d+)\t([\d.]+)", t)
    c.ok(tot is not None, "total row")
    if tot:
        c.indicators(rows, weight_total=tot.group(1), score_total=tot.group(2), exec_score=exec_score)
        c.ok(num(tot.group(2)) == num(v["total"]), "table total = text total")
    by = {r["name"]: r for r in rows}
    c.ok(by["伤残家庭特扶对象人数"]["actual"] == v["n_dis"] + "人", "伤残 row = text")
    c.ok(by["死亡家庭特扶对象人数"]["actual"] == v["n_dea"] + "人", "死亡 row = text")
    c.ok(by["扶助金按季度发放及时率"]["actual"] == v["q_rate"] + "%", "及时率 row = text")
    c.ok(by["特扶政策知晓率"]["actual"] == v["aware"] + "%", "知晓率 row = text")
    c.ok(by["特扶对象满意度"]["actual"] == v["sat"] + "%", "满意度 row = text")
    c.ok(by["死亡家庭扶助标准"]["actual"] == v["s_dea"] + "元/人·月", "standard row = text")
    c.year(2022)


# ---- C: Luzhai 2024, Guangxi web page, pipe rows ------------------------------------------
def pipe_rows(text):
    out = []
    for ln in text.split("\n"):
        if not ln.startswith("|"):
            continue
        cells = [x.strip() for x in ln.strip().strip("|").split("|")]
        if len(cells) >= 7 and re.fullmatch(r"[\d.]+", cells[5]) and cells[2] and cells[0] in ("产出指标", "效益指标", "满意度指标", ""):
            out.append(dict(level=cells[0], name=cells[2], target=cells[3], actual=cells[4], weight=cells[5],
                            score=cells[6], completion=None))
    return out


def check_luzhai(c):
    t = c.text
    v = c.vals({
        "init": r"年初预算安排县级资金([\d.]+)万元", "up": r"下达新增普惠托位建设补助资金([\d.]+)万元", "unit": r"每个新增托位补助(\d+)万元即",
        "unit_yuan": r"万元即(\d+)元", "annual": r"全年预算([\d.]+)万元，其中", "b_build": r"其中新增托位建设补助([\d.]+)万元",
        "b_op": r"托育机构运营补贴([\d.]+)万元", "b_tr": r"从业人员培训([\d.]+)万元", "spent": r"全年实际支出([\d.]+)万元",
        "rate": r"预算执行率([\d.]+)%", "s_build": r"托位建设补助支出([\d.]+)万元", "r_build": r"支出[\d.]+万元，执行率([\d.]+)%",
        "carry": r"未支出的([\d.]+)万元", "keep": r"按协议保留(\d+)%补助", "op_std": r"每人每月(\d+)元核定", "op_pm": r"全年累计补贴([\d,]+)人·月",
        "new": r"新增普惠托位(\d+)个，其中", "k1": r"托育中心(\d+)个", "k2": r"托班(\d+)个", "k3": r"托育点(\d+)个，平均",
        "kavg": r"平均每家新增(\d+)个", "tr1": r"分别培训(\d+)人次、", "tr2": r"人次、(\d+)人次、\d+人次，共", "tr3": r"人次、(\d+)人次，共",
        "tr": r"共(\d+)人次，完成", "tr_t": r"年度目标（(\d+)人次）", "tr_c": r"人次）的([\d.]+)%", "tr_per": r"人均培训经费(\d+)元",
        "org": r"全县(\d+)家托育机构中", "org_ok": r"中(\d+)家已完成备案", "org_r": r"备案率([\d.]+)%",
        "slots": r"全县托位总数([\d,]+)个", "pop": r"常住人口([\d.]+)万人", "per_k": r"托位数([\d.]+)个；",
        "ph": r"普惠性托位(\d+)个", "ph_r": r"占比([\d.]+)%", "s1": r"满意度分别为([\d.]+)%", "s2": r"满意度分别为[\d.]+%、([\d.]+)%",
        "s3": r"满意度分别为[\d.]+%、[\d.]+%、([\d.]+)%", "savg": r"平均([\d.]+)%，家长", "total": r"自评得分([\d.]+)分",
        "grade": r"评价等级为“(\S+?)”", "carry2": r"结转的([\d.]+)万元将于",
    })
    if v is None:
        return
    c.total([v["init"], v["up"]], v["annual"], "年初 + 自治区下达 = 全年")
    c.total([v["b_build"], v["b_op"], v["b_tr"]], v["annual"], "three parts = 全年预算")
    c.total([v["b_op"], v["b_tr"]], v["init"], "county parts = 年初预算")
    c.ok(num(v["b_build"]) == num(v["up"]) == num(v["new"]) * num(v["unit"]), "托位 × 1万元 = 建设补助")
    c.ok(num(v["unit"]) * 10000 == num(v["unit_yuan"]), "1万元 = 10000元")
    c.rate(v["spent"], v["annual"], v["rate"], "执行率")
    c.rate(v["s_build"], v["b_build"], v["r_build"], "建设补助执行率")
    c.total([v["s_build"], v["b_op"], v["b_tr"]], v["spent"], "spending by part (运营、培训全部支出)")
    c.ok(num(v["annual"]) - num(v["spent"]) == num(v["carry"]) == num(v["carry2"]), "结转 = 预算 - 支出")
    c.ok(num(v["k3"]) * num(v["unit"]) * num(v["keep"]) / 100 == num(v["carry"]), "尾款 = 40万 × 20%")
    c.ok(num(v["op_std"]) * num(v["op_pm"]) / 10000 == num(v["b_op"]), "运营补贴 = 200元 × 人·月")
    c.total([v["k1"], v["k2"], v["k3"]], v["new"], "托位 by institution")
    c.ok(close(num(v["new"]) / 3, v["kavg"]), "平均每家")
    c.total([v["tr1"], v["tr2"], v["tr3"]], v["tr"], "training sessions")
    c.rate(v["tr"], v["tr_t"], v["tr_c"], "training completion")
    c.ok(close(num(v["b_tr"]) * 10000 / num(v["tr"]), v["tr_per"]), "人均培训经费")
    c.rate(v["org_ok"], v["org"], v["org_r"], "备案率")
    c.ok(close(num(v["slots"]) / (num(v["pop"]) * 10), v["per_k"]), "每千人口托位数")
    c.rate(v["ph"], v["slots"], v["ph_r"], "普惠占比")
    c.ok(close((num(v["s1"]) + num(v["s2"]) + num(v["s3"])) / 3, v["savg"]), "平均满意度")
    c.ok(grade(num(v["total"])) == norm_grade(v["grade"]), "grade band")
    f = funds_rows(t, "|")
    exec_score = check_funds(c, f, {"init": v["init"], "annual": v["annual"], "spent": v["spent"], "rate": v["rate"]},
                             ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    rows = pipe_rows(t)
    c.ok(len(rows) == 10, f"10 indicator rows ({len(rows)})")
    tot = re.search(r"\| 总分 \|[ |]*\| (\d+) \| ([\d.]+) \|", t)
    c.ok(tot is not None, "total row")
    if tot:
        c.indicators(rows, weight_total=tot.group(1), score_total=tot.group(2), exec_score=exec_score)
        c.ok(num(tot.group(2)) == num(v["total"]), "table total = text total")
    by = {r["name"]: r for r in rows}
    c.ok(by["新增普惠托位数"]["actual"] == v["new"] + "个", "托位 row = text")
    c.ok(by["托育从业人员培训人次"]["actual"] == v["tr"] + "人次", "training row = text")
    c.ok(by["托育从业人员培训人次"]["target"] == "≥" + v["tr_t"] + "人次", "training target = text")
    c.ok(by["托育机构备案率"]["actual"] == v["org_r"] + "%", "备案率 row = text")
    c.ok(by["每千人口拥有3岁以下婴幼儿托位数"]["actual"] == v["per_k"] + "个", "千人口 row = text")
    c.ok(by["普惠性托位占比"]["actual"] == v["ph_r"] + "%", "普惠占比 row = text")
    c.ok(by["婴幼儿家长满意度"]["actual"] == v["savg"] + "%", "满意度 row = text")
    c.ok(by["每个新增托位补助标准"]["actual"] == v["unit"] + "万元", "托位 standard row = text")
    c.year(2024)


# ---- D: Kazuo 2021, Liaoning Word table, tab rows with merged cells -------------------------
def check_kazuo(c):
    t = c.text
    v = c.vals({
        "i_cen": r"中央补助资金([\d.]+)万元、省级", "i_prov": r"省级补助资金([\d.]+)万元，作为", "init": r"作为年初预算([\d.]+)万元",
        "a_cen": r"追加中央补助资金([\d.]+)万元", "a_cnty": r"县级安排配套资金([\d.]+)万元", "annual": r"全年预算([\d.]+)万元，其中",
        "cen": r"其中中央补助([\d.]+)万元", "prov": r"、省级补助([\d.]+)万元、县级", "cnty": r"、县级配套([\d.]+)万元。",
        "spent": r"全年实际支出([\d.]+)万元", "rate": r"预算执行率([\d.]+)%，结转", "carry": r"结转([\d.]+)万元至2022年",
        "spent2": r"项目资金支出([\d.]+)万元，执行率", "rate2": r"支出[\d.]+万元，执行率([\d.]+)%。",
        "ev": r"健康评估([\d,]+)人，占目标", "ev_t": r"健康评估不少于([\d,]+)人", "ev_c": r"占目标任务的([\d.]+)%",
        "ev_prev": r"较2020年的([\d,]+)人", "ev_inc": r"人增加(\d+)人", "ms": r"医养结合服务([\d,]+)人次，完成",
        "ms_t": r"医养结合服务不少于([\d,]+)人次", "ms_c": r"完成目标的([\d.]+)%", "h1": r"入住老年人分别为(\d+)人、",
        "h2": r"分别为\d+人、(\d+)人、", "h3": r"分别为\d+人、\d+人、(\d+)人", "havg": r"平均每家约(\d+)人",
        "hm": r"健康管理率([\d.]+)%，其中", "hm_u": r"城区([\d.]+)%", "hm_r": r"农村([\d.]+)%", "rec": r"录入信息系统比例(\d+)%",
        "cov": r"医养签约服务覆盖率([\d.]+)%", "know": r"健康知识知晓率(\d+)%", "sat": r"服务对象满意度([\d.]+)%",
        "total": r"自评总分([\d.]+)分", "grade": r"自评等级为“(\S+?)”", "std": r"按每人(\d+)元的标准",
    })
    if v is None:
        return
    c.total([v["i_cen"], v["i_prov"]], v["init"], "提前下达 = 年初预算")
    c.total([v["init"], v["a_cen"], v["a_cnty"]], v["annual"], "年初 + 追加 = 全年")
    c.total([v["i_cen"], v["a_cen"]], v["cen"], "中央 = 提前下达 + 追加")
    c.ok(num(v["i_prov"]) == num(v["prov"]) and num(v["a_cnty"]) == num(v["cnty"]), "省级/县级 repeated")
    c.total([v["cen"], v["prov"], v["cnty"]], v["annual"], "sources = 全年")
    c.rate(v["spent"], v["annual"], v["rate"], "执行率")
    c.ok(num(v["spent"]) == num(v["spent2"]) and v["rate"] == v["rate2"], "支出/执行率 repeated")
    c.ok(num(v["annual"]) - num(v["spent"]) == num(v["carry"]), "结转 = 预算 - 支出")
    c.rate(v["ev"], v["ev_t"], v["ev_c"], "评估 completion")
    c.ok(num(v["ev"]) - num(v["ev_prev"]) == num(v["ev_inc"]), "increase over 2020")
    c.rate(v["ms"], v["ms_t"], v["ms_c"], "医养 completion")
    c.ok(close((num(v["h1"]) + num(v["h2"]) + num(v["h3"])) / 3, v["havg"]), "约103人 (approximate average)")
    for k in ("hm", "hm_u", "hm_r", "rec", "cov", "know", "sat"):
        c.ok(D(0) <= num(v[k]) <= 100, f"{k} within 0..100%")
    c.ok(grade(num(v["total"])) == norm_grade(v["grade"]), "grade band")
    f = funds_rows(t, "\t")
    exec_score = check_funds(c, f, {"init": v["init"], "annual": v["annual"], "spent": v["spent"], "rate": v["rate"]},
                             ["其中：中央补助", "省级补助", "县级配套", "上年结转资金"])
    c.ok(num(f["其中：中央补助"][1]) == num(v["cen"]) and num(f["省级补助"][1]) == num(v["prov"])
         and num(f["县级配套"][1]) == num(v["cnty"]), "table sources = text")
    c.ok(num(f["其中：中央补助"][0]) == num(v["i_cen"]) and num(f["省级补助"][0]) == num(v["i_prov"]), "table 年初 = text")
    rows = tab_rows(t)
    c.ok(len(rows) == 10, f"10 indicator rows ({len(rows)})")
    tot = re.search(r"总分\t+(\d+)\t([\d.]+)", t)
    c.ok(tot is not None, "total row")
    if tot:
        c.indicators(rows, weight_total=tot.group(1), score_total=tot.group(2), exec_score=exec_score)
        c.ok(num(tot.group(2)) == num(v["total"]), "table total = text total")
    by = {r["name"]: r for r in rows}
    c.ok(by["失能老年人健康评估人数"]["actual"] == v["ev"].replace(",", "") + "人", "评估 row = text")
    c.ok(by["失能老年人健康评估人数"]["target"] == "≥" + v["ev_t"].replace(",", "") + "人", "评估 target = text")
    c.ok(by["医养结合服务人次"]["actual"] == v["ms"].replace(",", "") + "人次", "医养 row = text")
    c.ok(by["65岁及以上老年人健康管理率"]["actual"] == v["hm"] + "%", "健康管理率 row = text")
    c.ok(by["评估结果录入信息系统比例"]["actual"] == v["rec"] + "%", "录入 row = text")
    c.ok(by["医养签约服务覆盖率"]["actual"] == v["cov"] + "%", "覆盖率 row = text")
    c.ok(by["老年人健康知识知晓率"]["actual"] == v["know"] + "%", "知晓率 row = text")
    c.ok(by["服务对象满意度"]["actual"] == v["sat"] + "%", "满意度 row = text")
    c.ok(by["失能老年人健康评估补助标准"]["actual"] == v["std"] + "元/人", "standard row = text")
    c.year(2021)


# ---- E: Kangle 2023, Gansu PDF text, space-separated wrapped rows ---------------------------
def check_kangle(c):
    t = c.text
    v = c.vals({
        "init": r"年初预算([\d.]+)万元，其中", "prov": r"省级补助资金([\d.]+)万元、", "cnty": r"县级配套资金([\d.]+)万元，年内",
        "spent": r"全年实际支出([\d.]+)万元", "rate": r"支出[\d.]+万元，预算执行率([\d.]+)%", "sp_prov": r"省级资金支出([\d.]+)万元",
        "r_prov": r"省级资金支出[\d.]+万元，执行率([\d.]+)%", "sp_cnty": r"县级配套资金支出([\d.]+)万元",
        "r_cnty": r"县级配套资金支出[\d.]+万元，执行率([\d.]+)%", "m1": r"孕前优生健康检查([\d.]+)万元（", "n1": r"万元（([\d,]+)对",
        "u1": r"每对(\d+)元", "m2": r"产前筛查([\d.]+)万元（", "n2": r"产前筛查[\d.]+万元（([\d,]+)人", "u2": r"产前筛查[\d.]+万元（[\d,]+人，每人(\d+)元",
        "m3": r"疾病筛查([\d.]+)万元（", "n3": r"疾病筛查[\d.]+万元（([\d,]+)人", "u3": r"疾病筛查[\d.]+万元（[\d,]+人，每人(\d+)元",
        "m4": r"宣传培训([\d.]+)万元", "bal": r"年末结余([\d.]+)万元", "recv_rate": r"资金到位率(\d+)%",
        "spent2": r"全年支出([\d.]+)万元，执行率", "rate2": r"全年支出[\d.]+万元，执行率([\d.]+)%",
        "o1": r"全年为([\d,]+)对计划怀孕夫妇", "cov1": r"目标人群覆盖率([\d.]+)%", "o2": r"为([\d,]+)名孕妇",
        "pr": r"产前筛查率([\d.]+)%；", "live": r"全县活产([\d,]+)人", "o3": r"代谢性疾病筛查([\d,]+)人，筛查率",
        "nr": r"代谢性疾病筛查[\d,]+人，筛查率([\d.]+)%", "hear": r"听力筛查([\d,]+)人（", "hr": r"不另行安排检测费），筛查率([\d.]+)%",
        "know": r"优生知识知晓率(\d+)%，", "sat": r"服务对象满意度([\d.]+)%。", "total": r"自评得分(\d+)分", "grade": r"等级为“(\S+?)”",
    })
    if v is None:
        return
    c.total([v["prov"], v["cnty"]], v["init"], "省级 + 县级 = 年初预算")
    c.rate(v["spent"], v["init"], v["rate"], "执行率 (年内未调整)")
    c.rate(v["sp_prov"], v["prov"], v["r_prov"], "省级执行率")
    c.rate(v["sp_cnty"], v["cnty"], v["r_cnty"], "县级执行率")
    c.total([v["sp_prov"], v["sp_cnty"]], v["spent"], "spending by source")
    for m, n, u in (("m1", "n1", "u1"), ("m2", "n2", "u2"), ("m3", "n3", "u3")):
        c.ok(num(v[n]) * num(v[u]) / 10000 == num(v[m]), f"{m}: persons × unit cost")
    c.total([v["m1"], v["m2"], v["m3"], v["m4"]], v["spent"], "spending by content")
    c.ok(num(v["init"]) - num(v["spent"]) == num(v["bal"]), "结余 = 预算 - 支出")
    c.ok(v["recv_rate"] == "100", "到位率100%")
    c.ok(num(v["spent2"]) == num(v["spent"]) and v["rate2"] == v["rate"], "支出/执行率 repeated")
    c.ok(v["o1"] == v["n1"] and v["o2"] == v["n2"] and v["o3"] == v["n3"], "counts repeated")
    c.rate(v["o3"], v["live"], v["nr"], "新生儿疾病筛查率")
    c.rate(v["hear"], v["live"], v["hr"], "听力筛查率")
    # table
    f = {}
    for ln in t.split("\n"):
        m = re.match(r"(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金) (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$", ln)
        if m:
            f[m.group(1)] = list(m.groups()[1:])
    exec_score = check_funds(c, f, {"init": v["init"], "annual": v["init"], "spent": v["spent"], "rate": v["rate"]},
                             ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    rows = []
    for ln in t.split("\n"):
        m = re.search(r"(\S+) (≥[\d.]+%|≤[\d.]+‰|\d+元/对|持续完善) (\S+) ([\d.]+)% (\d+) ([\d.]+)", ln)
        if m:
            rows.append(dict(name=m.group(1), target=m.group(2), actual=m.group(3), completion=m.group(4) + "%",
                             weight=m.group(5), score=m.group(6), line=ln))
    c.ok(len(rows) == 10, f"10 indicator rows ({len(rows)})")
    # qualitative row: completion printed 100.00% when achieved
    tot = re.search(r"总分 (\d+) ([\d.]+)", t)
    c.ok(tot is not None, "total row")
    if tot:
        c.indicators(rows, weight_total=tot.group(1), score_total=tot.group(2), exec_score=exec_score)
        c.ok(close(num(tot.group(2)), v["total"]), "text total (whole points) = table total")
        c.ok(grade(num(tot.group(2))) == norm_grade(v["grade"]), "grade band")
    acts = [r["actual"] for r in rows]
    for k in ("cov1", "pr", "nr", "hr", "know", "sat"):
        c.ok(v[k] + "%" in acts, f"{k} repeated in the table")
    c.year(2023)


CHECKS = {
    "xiangning-jiangfu-2019": check_xiangning,
    "xinning-tefu-2022": check_xinning,
    "luzhai-tuoyu-2024": check_luzhai,
    "kazuo-laonianjiankang-2021": check_kazuo,
    "kangle-chuxianfangzhi-2023": check_kangle,
}


def run_checks(src, text):
    c = Checker(src, text)
    try:
        CHECKS[src](c)
    except (KeyError, ValueError, IndexError, ArithmeticError, AttributeError) as exc:
        c.fails.append(f"exception {type(exc).__name__}: {exc}")
    return c


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            problems.append(f"missing case file {rec['case']}")
            continue
        texts[rec["case"]] = open(path, encoding="utf-8").read()
    files = sorted(os.listdir(CASES))
    if sorted(texts) != files:
        problems.append("cases/ and labels.jsonl list different files")
    codes = {}
    for rec in labels:
        name, text = rec["case"], texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                problems.append(f"{name}: {n} characters, outside 3,000–5,000")
            continue
        if not rec["expected"]:
            problems.append(f"{name}: error case without expected findings")
        clean = texts.get(f"{rec['source']}-clean.txt", "")
        (ca, cb), (ea, eb) = diff_region(clean, text)
        if cb - ca > MAX_DIFF or eb - ea > MAX_DIFF or (cb == ca and eb == ea):
            problems.append(f"{name}: differs from clean in more than one short place ({clean[ca:cb]!r} -> {text[ea:eb]!r})")
        covered = False
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            val = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(val), text)]
            if not occ:
                problems.append(f"{name}: value {val!r} does not occur")
            if any(o < eb and ea < o + len(val) for o in occ):
                covered = True
            if exp["severity"] != "error":
                problems.append(f"{name}: severity {exp['severity']}")
        if not covered:
            problems.append(f"{name}: no label value covers the changed place")
    core = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in core:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} labelled {codes.get(code, 0)} times (< 2)")
    # arithmetic
    for rec in labels:
        name, src = rec["case"], rec["source"]
        c = run_checks(src, texts.get(name, ""))
        if rec["clean"]:
            for f in c.fails:
                problems.append(f"{name}: {f}")
            print(f"{name}: {c.n} arithmetic checks pass")
        else:
            if not c.fails:
                problems.append(f"{name}: the injected slip is not caught by any arithmetic check")
            else:
                print(f"{name}: {len(c.fails)} check(s) fail as intended, e.g. {c.fails[0]}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
