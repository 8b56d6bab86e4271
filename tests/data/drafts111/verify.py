#!/usr/bin/env python3
"""Verify the n111 set.

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one place (one contiguous region,
   at most MAX_REGION characters), and the label value overlaps that region;
3. the arithmetic of every clean draft holds: the explicit checks below (sums, rates,
   balances, averages, same value everywhere, grade band, years) plus generic checks of
   every table (funds tables, the Shanxi 行次 table, the indicator table: weights, scores,
   totals, completion rates, score rule, units);
4. every error case breaks at least one of those checks (the injected slip is real).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_REGION = 100

FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def norm(s):
    return s.translate(FW)


def cn_to_int(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
    return total + cur


class Num:
    def __init__(self, text):
        self.text = text
        self.v = Decimal(text)
        self.d = len(text.split(".")[1]) if "." in text else 0

    def ok(self, c):
        return abs(Decimal(c) - self.v) <= Decimal("0.5") * Decimal(10) ** (-self.d) + Decimal("1e-9")


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------------------
# anchors: literal substrings of the draft; the number used is the one between
# ⟨ ⟩ if present, else the last number of the anchor (Chinese numerals allowed).
class Missing(Exception):
    pass


NUMPAT = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"


def anchor_num(text, a):
    """Number of anchor `a` in `text`. When the literal anchor is gone (an error case),
    the same wording with any figures in place of the digits is looked up instead, so
    that the arithmetic is redone on the changed figure."""
    lit = a.replace("⟨", "").replace("⟩", "")
    nums = re.findall(NUMPAT, lit)
    if "⟨" in a:
        k = len(re.findall(NUMPAT, a[:a.index("⟨")]))
    else:
        k = len(nums) - 1
    if lit in text:
        if nums:
            return Num(norm(nums[k]))
        cn = re.findall(r"[零一二两三四五六七八九十百千]+(?=万元)", lit)
        if cn:
            return Num(str(cn_to_int(cn[-1])))
        raise Missing("no number in " + a)
    if not nums:
        raise Missing(a)
    toks = re.split(f"({NUMPAT})", lit)
    rx = "".join(f"({NUMPAT})" if i % 2 else re.escape(tok) for i, tok in enumerate(toks))
    found = list(re.finditer(rx, text))
    if len(found) != 1:
        raise Missing(a)
    return Num(norm(found[0].group(k + 1)))


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "良好": "良", "中等": "中", "一般": "中", "合格": "中", "较差": "差",
               "不合格": "差", "优": "优", "良": "良", "中": "中", "差": "差"}


def grade_of(anchor):
    for w in sorted(GRADE_WORDS, key=len, reverse=True):
        if w in anchor.split("为")[-1].split("：")[-1].split("于")[-1]:
            return GRADE_WORDS[w]
    return None


# ---------------------------------------------------------------------------
# tables
SEP = re.compile(r"[│｜]")


def parse_tables(text):
    """Return tables as lists of rows (lists of stripped cells)."""
    tables, cur, lead, trail = [], None, False, False
    for line in text.split("\n"):
        s = line.rstrip()
        if s.startswith("┌"):
            if cur:
                tables.append(cur)
            cur = None
            continue
        if s.startswith(("├", "└")) or (s and set(s) <= set("┌┐└┘├┤┬┴┼─")):
            if s.startswith("└"):
                if cur:
                    tables.append(cur)
                cur = None
            continue
        if SEP.search(s):
            if cur is None:
                cur = []
                lead = bool(SEP.match(s))
                trail = bool(SEP.search(s[-1]))
            cells = [c.strip() for c in SEP.split(s)]
            if lead and cells and cells[0] == "":
                cells = cells[1:]
            if trail and cells and cells[-1] == "":
                cells = cells[:-1]
            cur.append(cells)
        else:
            if cur:
                tables.append(cur)
            cur = None
    if cur:
        tables.append(cur)
    return tables


def col(header, *names):
    for i, h in enumerate(header):
        if any(n in h for n in names):
            return i
    return None


def cell(row, i):
    return row[i] if i is not None and i < len(row) else ""


def numcell(s):
    s = norm(s).replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%?", s)
    return Num(m.group(1)) if m else None


def parse_val(s):
    """('date', (y,m,d)) | ('num', dir, Decimal, unit, text) | ('qual', s)."""
    s = norm(s).strip()
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return ("date", tuple(int(x) for x in m.groups()))
    d = "eq"
    for sign, dd in (("≥", "gte"), (">=", "gte"), ("≤", "lte"), ("<=", "lte"), ("=", "eq")):
        if s.startswith(sign):
            d, s = dd, s[len(sign):]
            break
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", s)
    if m:
        return ("num", d, Decimal(m.group(1)), m.group(2).strip(), m.group(1))
    return ("qual", s)


def level1(label):
    for k in ("预算执行", "产出", "效益", "满意"):
        if label.startswith(k) or k in label:
            return k
    return label


def check_tables(text, fails):
    exec_w = exec_s = None
    ind_rows, ind_total = [], None
    for t in parse_tables(text):
        header = t[0]
        joined = "".join(header)
        # --- MOF funds table -------------------------------------------------
        if "执行率" in joined and ("全年预算" in joined or "调整后预算" in joined) and "行次" not in joined:
            ci = col(header, "年初预算")
            ca = col(header, "全年预算", "调整后预算")
            cr = col(header, "实际到位")
            ce = col(header, "全年执行", "实际支出")
            cw = col(header, "分值")
            crate = col(header, "执行率")
            csc = col(header, "得分")
            total, comps = None, []
            for r in t[1:]:
                if "总额" in r[0] or r[0].startswith("合计"):
                    total = r
                else:
                    comps.append(r)
            if total is None:
                fails.append("funds table without total row")
                continue
            for c in (ci, ca, cr, ce):
                if c is None:
                    continue
                s = sum(numcell(cell(r, c)).v for r in comps)
                if not numcell(cell(total, c)).ok(s):
                    fails.append(f"funds column {header[c]}: components {s} != total {cell(total, c)}")
            for r in comps + [total]:
                a, e, rt = numcell(cell(r, ca)), numcell(cell(r, ce)), cell(r, crate)
                if a.v == 0:
                    if rt not in ("—", "-", "", "0"):
                        fails.append(f"rate {rt} on zero base in row {r[0]}")
                    continue
                rn = numcell(rt)
                if rn is None or not rn.ok(e.v / a.v * 100):
                    fails.append(f"row {r[0]}: rate {rt} != {q2(e.v / a.v * 100)}")
                if e.v > a.v or (rn and rn.v > 100):
                    fails.append(f"row {r[0]}: execution over budget")
            if cw is not None and csc is not None:
                w, sc = numcell(cell(total, cw)), numcell(cell(total, csc))
                a, e = numcell(cell(total, ca)), numcell(cell(total, ce))
                rate = min(Decimal(1), e.v / a.v)
                stated_rate = numcell(cell(total, crate)).v / 100
                if not (sc.ok(w.v * rate) or sc.ok(w.v * min(Decimal(1), stated_rate))):
                    fails.append(f"execution score {sc.text} != {q2(w.v * rate)}")
                exec_w, exec_s = w, sc
        # --- Shanxi 行次 funds table -------------------------------------------
        elif "行次" in joined:
            rows = {}
            for r in t[1:]:
                m = re.match(r"\((\d)\)", cell(r, 1))
                if m:
                    rows[int(m.group(1))] = [numcell(x) for x in r[2:]]
            # columns: 0 total, 1 小计, 2 中央, 3 省, 4 市, 5 县区, 6 上年结转, 7 其他
            for k in (1, 2, 3, 4, 5):
                v = rows[k]
                if not v[1].ok(sum(x.v for x in v[2:6])):
                    fails.append(f"行次({k}) 小计 {v[1].text} != sum of sources")
                if not v[0].ok(v[1].v + v[6].v + v[7].v):
                    fails.append(f"行次({k}) 总额 {v[0].text} != 小计+结转+其他")
            for j in range(8):
                if not rows[5][j].ok(rows[3][j].v - rows[4][j].v):
                    fails.append(f"行次(5) column {j}: {rows[5][j].text} != (3)-(4)")
                for k, num in ((6, 3), (7, 4)):
                    base, val = rows[2][j].v, rows[k][j]
                    if base == 0:
                        if val.v != 0:
                            fails.append(f"行次({k}) column {j}: rate {val.text} on zero base")
                    else:
                        if not val.ok(rows[num][j].v / base * 100):
                            fails.append(f"行次({k}) column {j}: {val.text} != {q2(rows[num][j].v / base * 100)}")
                        if val.v > 100:
                            fails.append(f"行次({k}) column {j}: rate over 100")
        # --- indicator table ---------------------------------------------------
        elif ("分值" in joined or "权重" in joined) and "得分" in joined and ("指标值" in joined or "目标值" in joined):
            c1 = col(header, "一级指标")
            cn = col(header, "三级指标", "目标指标")
            ct = col(header, "年度指标值", "目标值")
            cact = col(header, "实际完成值", "业绩值")
            cw = col(header, "分值", "权重")
            cs = col(header, "得分")
            cc = col(header, "完成率")
            last1 = ""
            for r in t[1:]:
                if r[0].startswith(("总分", "合计")):
                    nums = [numcell(x) for x in r[1:] if numcell(x)]
                    ind_total = (nums[0], nums[1])
                    continue
                l1 = r[c1] or last1
                last1 = l1
                ind_rows.append({
                    "l1": level1(l1), "name": cell(r, cn), "target": cell(r, ct),
                    "actual": cell(r, cact), "w": numcell(cell(r, cw)), "s": numcell(cell(r, cs)),
                    "comp": cell(r, cc) if cc is not None else None})
    if not ind_rows:
        fails.append("no indicator table found")
        return {}
    has_exec = any(r["l1"] == "预算执行" for r in ind_rows)
    ws = sum(r["w"].v for r in ind_rows) + (Decimal(0) if has_exec else exec_w.v)
    ss = sum(r["s"].v for r in ind_rows) + (Decimal(0) if has_exec else exec_s.v)
    if ws != 100 or ind_total[0].v != 100:
        fails.append(f"weights add to {ws}, total row {ind_total[0].text}")
    if not ind_total[1].ok(ss):
        fails.append(f"scores add to {ss}, total row {ind_total[1].text}")
    for r in ind_rows:
        w, s = r["w"].v, r["s"]
        if s.v > w or s.v < 0:
            fails.append(f"{r['name']}: score {s.text} outside [0, {w}]")
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        frac = None
        if t[0] == "qual" and a[0] == "qual":
            frac = Decimal(1) if a[1] == t[1] else None
        elif t[0] != a[0]:
            fails.append(f"{r['name']}: target {r['target']} and actual {r['actual']} not comparable")
            continue
        elif t[0] == "date":
            frac = Decimal(1) if a[1] <= t[1] else None
        else:
            _, d, tv, tu, _ = t
            _, _, av, au, _ = a
            if tu != au:
                fails.append(f"{r['name']}: unit {tu} vs {au}")
                continue
            if d == "lte":
                frac = Decimal(1) if av <= tv else tv / av
            elif tv == 0:
                frac = Decimal(1) if av <= 0 else Decimal(0)
            else:
                frac = av / tv
            if r["comp"] is not None:
                cnum = numcell(r["comp"])
                if cnum is None or not cnum.ok(frac * 100):
                    fails.append(f"{r['name']}: 完成率 {r['comp']} != {q2(frac * 100)}")
        if frac is not None:
            exp = w * min(Decimal(1), frac)
            alt = w * min(Decimal(1), numcell(r["comp"]).v / 100) if r["comp"] and numcell(r["comp"]) else exp
            if not (s.ok(exp) or s.ok(alt)):
                fails.append(f"{r['name']}: score {s.text} != {q2(exp)} by the rule")
    levels = {}
    for r in ind_rows:
        levels[r["l1"]] = levels.get(r["l1"], Decimal(0)) + r["s"].v
    if not has_exec:
        levels["预算执行"] = exec_s.v
    levels["总分"] = ind_total[1].v
    return levels


# ---------------------------------------------------------------------------
# explicit checks per draft
EVAL_YEAR = {
    "sn-binzhou-dafosi-2020": 2020, "sx-gaoping-mugou-2022": 2022, "gs-lixian-kaogu-2021": 2021,
    "sn-pucheng-bowuguan-2024": 2024, "gs-gaotai-luotuocheng-2018": 2018,
}

CHECKS = {
    "sn-binzhou-dafosi-2020": [
        ("diff", "到位资金２７８.４０万元", "当年支出１５２.００万元", "结转至2020年的资金为126.40万元"),
        ("eq", "结转至2020年的资金为126.40万元", "其中上年结转资金１２６.４０万元"),
        ("sum", ["其中上年结转资金１２６.４０万元", "当年财政拨款320.00万元"], "年初预算安排446.40万元"),
        ("sum", ["中央文物保护专项资金280.00万元", "市级配套资金40.00万元"], "当年财政拨款320.00万元"),
        ("sum", ["当年财政拨款320.00万元", "省级文物保护专项资金15.00万元"], "调整后当年财政拨款为335.00万元"),
        ("sum", ["其中上年结转资金１２６.４０万元", "调整后当年财政拨款为335.00万元"], "全年可用资金）为461.40万元"),
        ("rate", "实际支出）为424.75万元", "全年可用资金）为461.40万元", "预算执行率92.06%"),
        ("sum", ["上年结转资金126.40万元已全部支出", "当年财政拨款支出298.35万元"], "实际支出）为424.75万元"),
        ("rate", "当年财政拨款支出298.35万元", "调整后当年财政拨款为335.00万元", "执行率89.06%。"),
        ("sum", ["工程进度款398.20万元", "工程监理费14.30万元", "设计变更费12.25万元"], "实际支出）为424.75万元"),
        ("sum", ["2019年96.00万元", "2020年398.20万元"], "累计支付工程款494.20万元"),
        ("rate", "累计支付工程款494.20万元", "合同总价628.50万元", "占合同总价的78.63%"),
        ("diff", "全年可用资金）为461.40万元", "实际支出）为424.75万元", "年末结余３６.６５万元"),
        ("eq", "全年可用资金）为461.40万元", "│446.40    │461.40"),
        ("eq", "实际支出）为424.75万元", "│461.40    │424.75"),
        ("eq", "预算执行率92.06%", "│92.06%"),
        ("eq", "执行率89.06%。", "│89.06%"),
        ("rate", "完成造像表面病害治理42尊", "不少于45尊", "完成率93.33%"),
        ("rate", "接待游客24.6万人次", "│≥30万人次", "为年度指标的82.00%"),
        ("over", "宣传活动8次", "不少于6次", "超过年度指标33.33%"),
        ("rate", "满意或基本满意的187份", "有效问卷200份", "满意度为93.5%"),
        ("eq", "崖面加固１２６０平方米", "│1260平方米"),
        ("eq", "崖面加固１２６０平方米", "完成加固1260平方米"),
        ("eq", "造像表面病害治理42尊", "│42尊"),
        ("eq", "单位面积成本为2650元/平方米", "│2650元/平方米"),
        ("eq", "满意度为93.5%", "│93.5%"),
        ("eq", "接待游客24.6万人次", "│24.6万人次"),
        ("level", "预算执行率得分9.21分", "预算执行"),
        ("level", "产出指标得分49.33分", "产出"),
        ("level", "效益指标得分27.84分", "效益"),
        ("level", "满意度指标得分10分", "满意"),
        ("level", "综合得分96.38分", "总分"),
        ("sum", ["预算执行率得分9.21分", "产出指标得分49.33分", "效益指标得分27.84分", "满意度指标得分10分"], "综合得分96.38分"),
        ("grade", "综合得分96.38分", "评价等级为\"优\""),
        ("grade", "综合得分96.38分", "自评等级：优"),
        ("rate_all", ["资金到位率100%"], "全年可用资金）为461.40万元", "全年可用资金）为461.40万元"),
    ],
    "sx-gaoping-mugou-2022": [
        ("sum", ["省级文物保护专项资金260.00万元", "市级配套资金60.00万元", "上年结转资金84.50万元"], "年初预算404.50万元"),
        ("expr", [("+", "年初预算404.50万元"), ("+", "文物保护资金一百八十万元"), ("-", "调减15.00万元")],
         "全年预算资金为569.50万元"),
        ("rate", "实际到位资金562.50万元", "全年预算资金为569.50万元", "到位率98.77%"),
        ("diff", "全年预算资金为569.50万元", "实际到位资金562.50万元", "尚有7.00万元未到位"),
        ("rate", "实际支出509.50万元", "全年预算资金为569.50万元", "预算执行率89.46%"),
        ("diff", "实际到位资金562.50万元", "实际支出509.50万元", "资金结余53.00万元"),
        ("sum", ["开化寺大雄宝殿屋面修缮安排218.00万元", "定林寺山门及东配殿修缮安排146.50万元",
                 "二郎庙戏台修缮安排123.00万元", "铁佛寺彩塑及殿宇保护安排82.00万元"], "全年预算569.50万元按子项目分"),
        ("eq", "全年预算资金为569.50万元", "(2)｜569.50"),
        ("eq", "实际到位资金562.50万元", "(3)｜562.50"),
        ("eq", "实际支出509.50万元", "(4)｜509.50"),
        ("eq", "资金结余53.00万元", "(5)=(3)-(4)｜53.00"),
        ("eq", "到位率98.77%", "(6)=(3)/(2)｜98.77"),
        ("eq", "预算执行率89.46%", "(7)=(4)/(2)｜89.46"),
        ("eq", "年初预算404.50万元", "(1)｜404.50"),
        ("eq", "文物保护资金一百八十万元", "(2)｜569.50｜485.00｜180.00"),
        ("eq", "预算执行率89.46%", "｜100%｜89.46%"),
        ("rate", "完成屋面揭瓦修缮1726平方米", "不少于1850平方米", "完成率93.30%"),
        ("eq", "完成屋面揭瓦修缮1726平方米", "｜1726平方米"),
        ("eq", "单位面积修缮成本为1480元/平方米", "｜1480元/平方米"),
        ("eq", "按期完工率75%", "｜100%｜75%"),
        ("rate", "其中满意216份", "收回有效问卷245份", "满意度88.2%"),
        ("eq", "满意度88.2%", "｜88.2%"),
        ("eq", "开放展示数量为3处", "｜3处"),
        ("level", "预算执行率得分8.95分", "预算执行"),
        ("level", "产出指标得分46.83分", "产出"),
        ("level", "效益指标得分26.25分", "效益"),
        ("level", "满意度指标得分9.28分", "满意"),
        ("level", "总得分为91.31分", "总分"),
        ("sum", ["预算执行率得分8.95分", "产出指标得分46.83分", "效益指标得分26.25分", "满意度指标得分9.28分"], "总得分为91.31分"),
        ("grade", "总得分为91.31分", "属于\"优秀\""),
    ],
    "gs-lixian-kaogu-2021": [
        ("sum", ["省级文物保护专项资金一百二十万元", "上年结转资金36.80万元"], "年初预算156.80万元"),
        ("sum", ["年初预算156.80万元", "县级配套资金二十万元"], "调整后全年预算为176.80万元"),
        ("rate", "项目实际支出149.26万元", "调整后全年预算为176.80万元", "预算执行率84.42%"),
        ("sum", ["考古勘探及发掘费用86.30万元", "出土文物修复保护38.16万元", "资料整理及报告编写14.80万元",
                 "安全看护及临时库房10.00万元"], "项目实际支出149.26万元"),
        ("diff", "调整后全年预算为176.80万元", "项目实际支出149.26万元", "年末结余27.54万元"),
        ("eq", "省级文物保护专项资金一百二十万元", "省级文物保护专项资金｜120.00"),
        ("eq", "县级配套资金二十万元", "县级配套资金｜0.00｜20.00"),
        ("eq", "项目实际支出149.26万元", "合计｜156.80｜176.80｜176.80｜149.26"),
        ("eq", "预算执行率84.42%", "｜149.26｜84.42%"),
        ("eq", "预算执行率84.42%", "｜100%｜84.42%"),
        ("rate", "勘探面积5.6万平方米", "考古勘探5万平方米", "为年度目标的112.00%"),
        ("sum", ["发掘面积分别为⟨520⟩平方米", "⟨460⟩平方米和400平方米", "460平方米和⟨400⟩平方米"], "合计1380平方米"),
        ("avg", ["发掘面积分别为⟨520⟩平方米", "⟨460⟩平方米和400平方米", "460平方米和⟨400⟩平方米"], "平均每区460平方米"),
        ("rate", "合计1380平方米", "考古发掘1500平方米", "完成年度目标的92.00%"),
        ("rate", "登记建档326件", "登记建档300件", "（套），完成率108.67%"),
        ("rate", "共48件", "修复出土文物60件", "完成率80.00%"),
        ("per", "修复费用38.16万元", "共48件", "平均每件7950元"),
        ("eq", "修复费用38.16万元", "出土文物修复保护38.16万元"),
        ("sum", ["其中2020年支付20.40万元", "修复费用38.16万元"], "累计支付58.56万元"),
        ("rate", "其中满意172份", "收回有效问卷186份", "满意度92.47%"),
        ("diff", "满意度95%以上", "满意度92.47%", "低2.53个百分点"),
        ("diff", "考古发掘1500平方米", "合计1380平方米", "比目标少120平方米"),
        ("diff", "修复出土文物60件", "共48件", "少修复12件"),
        ("sum", ["公众考古活动2场", "出土文物成果展1场"], "共3场"),
        ("eq", "共3场", "｜3场"),
        ("eq", "合计1380平方米", "｜1380平方米"),
        ("eq", "登记建档326件", "｜326件"),
        ("eq", "共48件", "｜48件"),
        ("eq", "满意度92.47%", "｜92.47%"),
        ("eq", "平均每件7950元", "｜7950元/件"),
        ("level", "综合得分93.43分", "总分"),
        ("grade", "综合得分93.43分", "评价等级为\"优\""),
    ],
    "sn-pucheng-bowuguan-2024": [
        ("sum", ["其中上年结转资金４８.２０万元", "当年财政拨款150.00万元"], "年初预算安排１９８.２０万元"),
        ("sum", ["县级财政资金50.00万元", "省级文物保护专项资金100.00万元"], "当年财政拨款150.00万元"),
        ("sum", ["当年财政拨款150.00万元", "可移动文物保护资金60.00万元"], "当年财政拨款调整为210.00万元"),
        ("sum", ["其中上年结转资金４８.２０万元", "当年财政拨款调整为210.00万元"], "调整后全年预算为２５８.２０万元"),
        ("eq", "调整后全年预算为２５８.２０万元", "全年资金到位258.20万元"),
        ("rate", "全年资金到位258.20万元", "调整后全年预算为２５８.２０万元", "到位率100%"),
        ("rate", "全年实际支出234.95万元", "调整后全年预算为２５８.２０万元", "预算执行率91.00%"),
        ("sum", ["库房环境监测调控系统升级68.40万元", "文物囊匣及专用柜架52.30万元", "馆藏文物三维数字化采集79.85万元",
                 "病害文物修复34.40万元"], "全年实际支出234.95万元"),
        ("diff", "调整后全年预算为２５８.２０万元", "全年实际支出234.95万元", "年末结余23.25万元"),
        ("eq", "全年实际支出234.95万元", "│258.20  │234.95"),
        ("eq", "预算执行率91.00%", "│91.00%"),
        ("rate", "采集640件，为年度目标", "三维数字化采集1000件以上", "为年度目标的64.00%"),
        ("per", "数字化采集支出79.85万元", "完成采集640件", "单件采集成本1247.66元"),
        ("eq", "单件采集成本1247.66元", "│1247.66元/件"),
        ("eq", "无酸纸囊匣1236个", "│1236个"),
        ("eq", "温湿度达标率为96.8%", "│96.8%"),
        ("eq", "年度实施计划完成率为70%", "│70%"),
        ("diff", "三维数字化采集1000件以上", "全年采集640件", "较目标少360件"),
        ("sum", ["第一季度2.9万人次", "第二季度3.6万人次", "第三季度4.1万人次", "第四季度2.6万人次"], "接待观众13.2万人次"),
        ("avg", ["第一季度2.9万人次", "第二季度3.6万人次", "第三季度4.1万人次", "第四季度2.6万人次"], "平均每季度3.3万人次"),
        ("eq", "接待观众13.2万人次", "│13.2万人次"),
        ("sum", ["临时展览4场", "社教活动10场"], "共14场"),
        ("eq", "共14场", "│14场"),
        ("rate", "其中满意336份", "收回有效问卷384份", "观众满意度为87.50%"),
        ("eq", "观众满意度为87.50%", "│87.50%"),
        ("sum", ["已完成投资56.40万元", "2024年完成234.95万元"], "累计完成投资291.35万元"),
        ("rate", "累计完成投资291.35万元", "项目总投资390.00万元", "占项目总投资的74.71%"),
        ("level", "预算执行率得分9.10分", "预算执行"),
        ("level", "产出指标得分43.40分", "产出"),
        ("level", "效益指标得分27.33分", "效益"),
        ("level", "满意度指标得分9.21分", "满意"),
        ("level", "合计自评得分89.04分", "总分"),
        ("sum", ["预算执行率得分9.10分", "产出指标得分43.40分", "效益指标得分27.33分", "满意度指标得分9.21分"], "合计自评得分89.04分"),
        ("grade", "合计自评得分89.04分", "评价等级为\"良\""),
    ],
    "gs-gaotai-luotuocheng-2018": [
        ("sum", ["上年结转资金215.60万元", "县级配套资金三十万元"], "年初预算245.60万元"),
        ("sum", ["县级配套资金三十万元", "专项补助资金四百八十万元"], "当年财政拨款调整为510.00万元"),
        ("sum", ["上年结转资金215.60万元", "当年财政拨款调整为510.00万元"], "全年预算资金合计725.60万元"),
        ("rate", "实际支出637.78万元", "全年预算资金合计725.60万元", "预算执行率87.90%"),
        ("sum", ["上年结转资金215.60万元全部支出", "当年财政拨款支出422.18万元"], "实际支出637.78万元"),
        ("rate", "当年财政拨款支出422.18万元", "当年财政拨款调整为510.00万元", "执行率82.78%"),
        ("sum", ["工程进度款598.40万元", "工程监理费21.60万元", "第三方检测费9.78万元", "遗址看护费8.00万元"], "实际支出637.78万元"),
        ("sum", ["2017年支付104.00万元", "工程进度款598.40万元"], "累计支付工程款702.40万元"),
        ("rate", "累计支付工程款702.40万元", "施工合同价1286.40万元", "占合同价的54.60%"),
        ("diff", "全年预算资金合计725.60万元", "实际支出637.78万元", "年末结余资金87.82万元"),
        ("eq", "全年预算资金合计725.60万元", "｜245.60｜725.60"),
        ("eq", "实际支出637.78万元", "｜725.60｜637.78"),
        ("eq", "执行率82.78%", "｜82.78%"),
        ("eq", "预算执行率87.90%", "｜87.90%"),
        ("rate", "本体加固1150米", "本体加固1200米以上", "1150米，完成率95.83%"),
        ("diff", "安装锚杆2520根", "安装锚杆2400根以上", "超过年度目标120根"),
        ("rate", "年度施工计划完成率88%", "计划完成率不低于90%", "为目标值的97.78%"),
        ("diff", "接待参观5.8万人次", "遗址参观接待5万人次", "比目标多0.8万人次"),
        ("rate", "其中满意133份", "收回有效问卷143份", "满意度93%"),
        ("eq", "本体加固1150米", "｜1150米"),
        ("eq", "安装锚杆2520根", "｜2520根"),
        ("eq", "全年工程支出637.78万元", "｜637.78万元"),
        ("eq", "接待参观5.8万人次", "｜5.8万人次"),
        ("eq", "满意度93%", "｜93%"),
        ("level", "自评得分98.06分", "总分"),
        ("grade", "自评得分98.06分", "自评等级为\"优秀\""),
    ],
}


def run_checks(src, text):
    fails = []
    try:
        levels = check_tables(text, fails)
    except Exception as exc:  # a broken table counts as a failure
        fails.append(f"table parse: {exc!r}")
        levels = {}
    for chk in CHECKS[src]:
        kind = chk[0]
        try:
            if kind == "sum":
                parts = [anchor_num(text, a) for a in chk[1]]
                tot = anchor_num(text, chk[2])
                if not tot.ok(sum(p.v for p in parts)):
                    fails.append(f"sum {chk}")
            elif kind == "expr":
                val = sum((anchor_num(text, a).v if sg == "+" else -anchor_num(text, a).v) for sg, a in chk[1])
                if not anchor_num(text, chk[2]).ok(val):
                    fails.append(f"expr {chk}")
            elif kind == "diff":
                a, b, c = (anchor_num(text, x) for x in chk[1:4])
                if not c.ok(a.v - b.v):
                    fails.append(f"diff {chk}")
            elif kind == "rate":
                n, d, r = (anchor_num(text, x) for x in chk[1:4])
                if not r.ok(n.v / d.v * 100):
                    fails.append(f"rate {chk}: {q2(n.v / d.v * 100)}")
            elif kind == "over":
                a, t, r = (anchor_num(text, x) for x in chk[1:4])
                if not r.ok((a.v - t.v) / t.v * 100):
                    fails.append(f"over {chk}")
            elif kind == "eq":
                a, b = anchor_num(text, chk[1]), anchor_num(text, chk[2])
                if not (a.ok(b.v) and b.ok(a.v)):
                    fails.append(f"eq {chk}")
            elif kind == "avg":
                items = [anchor_num(text, a) for a in chk[1]]
                avg = anchor_num(text, chk[2])
                if not avg.ok(sum(i.v for i in items) / len(items)):
                    fails.append(f"avg {chk}")
            elif kind == "per":
                amt, cnt, per = (anchor_num(text, x) for x in chk[1:4])
                if not per.ok(amt.v * 10000 / cnt.v):
                    fails.append(f"per {chk}")
            elif kind == "level":
                v = anchor_num(text, chk[1])
                if chk[2] not in levels or not v.ok(levels[chk[2]]):
                    fails.append(f"level {chk}: table gives {levels.get(chk[2])}")
            elif kind == "grade":
                tot = anchor_num(text, chk[1])
                g_anchor = chk[2]
                if g_anchor not in text:
                    words = "|".join(sorted(GRADE_WORDS, key=len, reverse=True))
                    base = g_anchor
                    for w in sorted(GRADE_WORDS, key=len, reverse=True):
                        if base.endswith(w) or base.endswith(w + '"'):
                            base = base[:base.rindex(w)]
                            break
                    m = re.search(re.escape(base) + f"({words})", text)
                    if not m:
                        raise Missing(g_anchor)
                    g_anchor = m.group(0)
                if grade_of(g_anchor) != band(tot.v):
                    fails.append(f"grade {chk} -> {g_anchor}")
            elif kind == "rate_all":
                for a in chk[1]:
                    r = anchor_num(text, a)
                    n, d = anchor_num(text, chk[2]), anchor_num(text, chk[3])
                    if not r.ok(n.v / d.v * 100):
                        fails.append(f"rate_all {chk}")
        except Missing as m:
            fails.append(f"anchor missing: {m}")
    # years
    y = EVAL_YEAR[src]
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            fails.append(f"year: {m.group(0)}")
    carried = list(re.finditer(r"结转(?:至)?(\d{4})年(?:继续)?(?:使用|用于)", text))
    if not carried:
        fails.append("year: no carry-forward sentence")
    for m in carried:
        if int(m.group(1)) <= y:
            fails.append(f"year: {m.group(0)}")
    issued = list(re.finditer(r"(\d{4})年(\d{1,2})月[^。；]{0,20}?下达", text))
    if not issued:
        fails.append("year: no issue date")
    for m in issued:
        yy, mm = int(m.group(1)), int(m.group(2))
        if not (yy == y or (yy == y - 1 and mm == 12)):
            fails.append(f"year: issued {m.group(0)}")
    title = text[:120]
    if str(y) not in title:
        fails.append("year: title")
    return fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels and case files differ")
    codes = {}
    clean_texts = {}
    for lab in labels:
        if lab["clean"]:
            clean_texts[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for src, text in clean_texts.items():
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{src}: clean draft has {n} characters")
        fails = run_checks(src, text)
        for f in fails:
            problems.append(f"{src}-clean: {f}")
        print(f"{src}-clean: {n} chars, {len(CHECKS[src])} explicit checks + tables: "
              f"{'pass' if not fails else 'FAIL'}")
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one finding")
        clean = clean_texts[lab["source"]]
        # one contiguous changed region
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        region_err = (p, len(text) - s)
        region_clean = clean[p:len(clean) - s]
        if text == clean or len(region_clean) > MAX_REGION or region_err[1] - region_err[0] > MAX_REGION:
            problems.append(f"{lab['case']}: changed region too large or empty")
        for exp in lab["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            v = exp["value"]
            if exp["severity"] != "error":
                problems.append(f"{lab['case']}: severity {exp['severity']}")
            occ = [i for i in range(len(text)) if text.startswith(v, i)]
            if not occ:
                problems.append(f"{lab['case']}: value {v!r} not in case")
            elif not any(i < max(region_err[1], region_err[0] + 1) and i + len(v) > region_err[0] for i in occ):
                problems.append(f"{lab['case']}: value {v!r} does not overlap the change")
            if v in clean:
                problems.append(f"{lab['case']}: value {v!r} also in the clean draft")
        fails = [f for f in run_checks(lab["source"], text) if not f.startswith("anchor missing")]
        if not fails:
            problems.append(f"{lab['case']}: the injected error breaks no arithmetic check")
        else:
            print(f"{lab['case']}: {lab['expected'][0]['code']:<22} caught by: {fails[0][:100]}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={codes.get(c, 0)}" for c in required))
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
