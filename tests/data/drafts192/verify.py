#!/usr/bin/env python3
"""Verify set n192.

1. every case has a label and every label a case; codes, counts and lengths are as required;
2. every label value occurs in its case and overlaps the place where the case differs from its clean draft;
3. each error case differs from its clean draft in one place (one contiguous region of at most two lines);
4. the arithmetic of every clean draft is redone: funds, rates, balances, sums, averages, completion rates,
   weights, scores, the scoring rule of each table row and the grade.
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


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    return D(s.replace(",", "").replace("%", ""))


def decimals(s):
    s = s.replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated is a string as printed; tolerance half a unit of its last decimal."""
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - num(stated)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    def __init__(self, name):
        self.name = name
        self.t = read(name)

    def has(self, *subs):
        for s in subs:
            if s not in self.t:
                fail(f"{self.name}: expected text not found: {s!r}")

    # helpers: each takes the strings as printed, checks they are in the text, then redoes the arithmetic
    def total(self, parts, whole, ctx=None):
        self.has(*(ctx or []))
        got = sum(num(p) for p in parts)
        if not close(got, whole):
            fail(f"{self.name}: sum {' + '.join(parts)} = {got} != {whole}")

    def diff(self, a, b, res, ctx=None):
        self.has(*(ctx or []))
        got = num(a) - num(b)
        if not close(got, res):
            fail(f"{self.name}: {a} - {b} = {got} != {res}")

    def rate(self, a, b, pct, ctx=None):
        self.has(*(ctx or []))
        got = num(a) / num(b) * 100
        if not close(got, pct):
            fail(f"{self.name}: {a} / {b} = {got:.4f}% != {pct}")
        if got > 100:
            fail(f"{self.name}: rate over 100%: {a} / {b}")

    def completion(self, a, b, pct, ctx=None):
        self.has(*(ctx or []))
        got = num(a) / num(b) * 100
        if not close(got, pct):
            fail(f"{self.name}: completion {a} / {b} = {got:.4f}% != {pct}")

    def mean(self, items, avg, ctx=None, scale=1):
        self.has(*(ctx or []))
        got = sum(num(i) for i in items) * scale / len(items)
        if not close(got, avg):
            fail(f"{self.name}: mean of {items} = {got} != {avg}")

    def ratio(self, a, b, res, ctx=None):
        self.has(*(ctx or []))
        got = num(a) / num(b)
        if not close(got, res):
            fail(f"{self.name}: {a} / {b} = {got} != {res}")

    def product(self, factors, res, ctx=None):
        self.has(*(ctx or []))
        got = D(1)
        for f in factors:
            got *= num(f)
        if not close(got, res):
            fail(f"{self.name}: product {factors} = {got} != {res}")

    def grade(self, total, label):
        self.has(total, label)
        s = num(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        if not label.startswith(band) and not label.endswith(band) and band not in label:
            fail(f"{self.name}: total {total} is {band}, text says {label}")


# ---------------------------------------------------------------- score tables
NUM_RE = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")


def parse_value(cell):
    """-> (direction, number string, unit) or None for qualitative / dash."""
    cell = cell.strip()
    m = re.match(r"^(≥|≤|＞|＜|=)?\s*(-?\d+(?:\.\d+)?)(.*)$", cell)
    if not m:
        return None
    sign = m.group(1) or "="
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq"}[sign]
    return direction, m.group(2), m.group(3).strip()


def completion_of(target, actual):
    """completion in % per rules §5, or None when it cannot be computed."""
    pt, pa = parse_value(target), parse_value(actual)
    if not pt or not pa or pt[2] != pa[2]:
        return None
    direction, tv, _ = pt
    T, A = num(tv), num(pa[1])
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def score_tables(doc):
    """Return list of tables: each a dict(header, rows, total)."""
    lines = doc.t.split("\n")
    tables, i = [], 0
    while i < len(lines):
        cells = lines[i].split("｜")
        if "分值" in cells and "得分" in cells and "三级指标" in cells:
            header = [c.strip() for c in cells]
            rows, total = [], None
            i += 1
            while i < len(lines) and "｜" in lines[i]:
                c = [x.strip() for x in lines[i].split("｜")]
                if c[0] in ("合计", "总分"):
                    total = c
                else:
                    rows.append(c)
                i += 1
            tables.append({"header": header, "rows": rows, "total": total})
        else:
            i += 1
    return tables


def check_score_table(doc, extra_weight="0", extra_score="0", stated_total=None):
    tabs = score_tables(doc)
    if len(tabs) != 1:
        fail(f"{doc.name}: expected one score table, found {len(tabs)}")
        return
    tab = tabs[0]
    h = tab["header"]
    iw, isc, it, ia = h.index("分值"), h.index("得分"), h.index("年度指标值"), h.index("实际完成值")
    ic = h.index("完成率") if "完成率" in h else None
    wsum, ssum = num(extra_weight), num(extra_score)
    level = Counter()
    for r in tab["rows"]:
        w, s = num(r[iw]), num(r[isc])
        wsum += w
        ssum += s
        level[r[0]] += w
        if s > w or s < 0:
            fail(f"{doc.name}: score {r[isc]} outside [0, {r[iw]}] in row {r[2]}")
        pa = parse_value(r[ia])
        if pa and pa[2] == "%" and num(pa[1]) > 100:
            fail(f"{doc.name}: row {r[2]}: a percentage above 100: {r[ia]}")
        comp = completion_of(r[it], r[ia])
        if comp is None:
            fail(f"{doc.name}: row {r[2]}: completion not computable from {r[it]!r} / {r[ia]!r}")
            continue
        if ic is not None and not close(comp, r[ic]):
            fail(f"{doc.name}: row {r[2]}: completion {comp:.4f} != {r[ic]}")
        rule = r2(w * min(comp, D(100)) / 100)
        # scores from the rate as printed are accepted as well (rules §8)
        alt = r2(w * min(num(r[ic]), D(100)) / 100) if ic is not None else rule
        if not (close(rule, r[isc]) or close(alt, r[isc])):
            fail(f"{doc.name}: row {r[2]}: score {r[isc]} != rule score {rule}")
    if wsum != 100:
        fail(f"{doc.name}: weights add up to {wsum}")
    if tab["total"] is not None:
        tw, ts = tab["total"][iw], tab["total"][isc]
        if num(tw) != 100:
            fail(f"{doc.name}: total weight row says {tw}")
        if not close(ssum, ts):
            fail(f"{doc.name}: row scores add up to {ssum}, total row says {ts}")
    if stated_total is not None and not close(ssum, stated_total):
        fail(f"{doc.name}: row scores add up to {ssum}, text says {stated_total}")
    for lvl, want in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
        if level[lvl] != want:
            fail(f"{doc.name}: {lvl} weights add up to {level[lvl]}")
    return ssum


# ---------------------------------------------------------------- per-draft arithmetic
def pengyang():
    d = Doc("pengyang-jiuyebuzhu-2021-clean.txt")
    d.total(["620.00", "180.00", "60.00"], "860.00", ["资金620.00万元", "年初预算合计860.00万元"])
    d.total(["620.00", "186.50"], "806.50", ["186.50万元", "中央资金806.50万元"])
    d.total(["806.50", "180.00", "60.00"], "1046.50", ["全年预算调整为1046.50万元"])
    d.rate("1002.38", "1046.50", "95.78", ["全年执行1002.38万元，预算执行率95.78%", "｜95.78%｜95.78%｜10｜9.58"])
    d.total(["312.60", "268.40", "285.18", "96.20", "40.00"], "1002.38",
            ["职业培训补贴312.60万元", "社会保险补贴268.40万元", "公益性岗位补贴285.18万元",
             "贷款贴息96.20万元", "就业见习补贴40.00万元"])
    d.total(["762.38", "180.00", "60.00"], "1002.38", ["中央资金执行762.38万元", "自治区和县本级资金全部支出"])
    d.diff("1046.50", "1002.38", "44.12", ["年末结余44.12万元"])
    d.diff("806.50", "762.38", "44.12", ["均为7月下达的中央第二批资金"])
    d.has("结转至2022年")
    d.completion("3246", "3000", "108.20", ["新增就业3246人，完成年度目标的108.20%"])
    d.diff("3246", "2987", "259", ["较2020年的2987人增加259人"])
    d.mean(["3126000"], "1348.58", ["｜1348.58元｜"], scale=D(1) / D(2318))  # 312.60万元 / 2318人次
    d.has("2318人次", "公益性岗位安置就业困难人员｜≥560人｜588人", "安置就业困难人员588人")
    d.has("就业率57.3%", "满意度为93.6%", "按时发放率98%", "就业436人")
    d.product(["10", "0.9578"], "9.58")
    ssum = check_score_table(d, stated_total="98.40")
    d.has("综合自评得分98.40分")
    d.grade("98.40", "优秀")
    d.total(["10", "50", "30", "10"], "100", ["预算执行率10分、产出指标50分、效益指标30分、满意度指标10分"])
    return ssum


def tunchang():
    d = Doc("tunchang-jinengpeixun-2023-clean.txt")
    d.total(["420.00", "80.00"], "500.00", ["年初预算500.00万元", "当年财政拨款420.00万元", "上年结转资金80.00万元"])
    d.total(["420.00", "80.00"], "500.00", ["追加下达补贴资金80.00万元", "当年财政拨款调整为500.00万元"])
    d.total(["500.00", "80.00"], "580.00", ["全年预算580.00万元"])
    d.has("年度资金总额｜500.00｜580.00｜542.35｜10｜93.51%｜9.35",
          "其中：当年财政拨款｜420.00｜500.00｜462.35｜—｜92.47%｜—",
          "上年结转资金｜80.00｜80.00｜80.00｜—｜100.00%｜—",
          "其他资金｜0.00｜0.00｜0.00｜—｜—｜—")
    d.total(["420.00", "80.00", "0.00"], "500.00")
    d.total(["500.00", "80.00", "0.00"], "580.00")
    d.total(["462.35", "80.00", "0.00"], "542.35", ["当年财政拨款执行462.35万元", "上年结转的80.00万元已全部支出"])
    d.rate("542.35", "580.00", "93.51", ["全年执行542.35万元，预算执行率93.51%"])
    d.rate("462.35", "500.00", "92.47")
    d.rate("80.00", "80.00", "100.00")
    d.total(["468.27", "51.08", "23.00"], "542.35", ["培训补贴468.27万元", "评价补贴51.08万元", "生活费补贴23.00万元"])
    d.diff("580.00", "542.35", "37.65", ["年末结余37.65万元", "结转至2024年"])
    d.diff("500.00", "462.35", "37.65", ["均为9月追加的当年资金"])
    d.total(["1286", "1758", "608"], "3652", ["培训3652人次", "1286人次", "1758人次", "608人次"])
    d.diff("3652", "2905", "747", ["2022年同期全县完成培训2905人次，今年增加747人次"])
    d.total(["2154", "804"], "2958", ["取得证书2958人", "等级证书2154人", "专项职业能力证书804人"])
    d.rate("2958", "3652", "81", ["取证率81%", "培训取证率｜≥80%｜81%"])
    d.mean(["4682700"], "1282.23", ["人均培训补贴1282.23元", "｜1282.23元｜"], scale=D(1) / D(3652))
    d.has("新增高技能人才327人", "新增高技能人才｜≥300人｜327人", "就业率为61.8%", "平均用时22个工作日")
    d.product(["10", "0.9351"], "9.35")
    ssum = check_score_table(d, extra_weight="10", extra_score="9.35", stated_total="98.61")
    d.has("本项目自评得分98.61分")
    d.grade("98.61", "评价等级为优")
    return ssum


def rugao():
    d = Doc("rugao-jumin-yanglao-2019-clean.txt")
    d.total(["156.00", "24.00"], "180.00", ["年初预算156.00万元", "追加信息系统运维经费24.00万元", "全年预算180.00万元"])
    d.rate("171.36", "180.00", "95.20", ["全年实际支出171.36万元，预算执行率95.20%"])
    d.total(["960000.00", "384000.00", "145600.00", "224000.00"], "1713600",
            ["协办员工作补贴960,000.00元", "信息系统运维费384,000.00元", "宣传资料印制费145,600.00元",
             "资格认证费224,000.00元"])
    d.product(["171.36", "10000"], "1713600")
    d.product(["320", "250", "12"], "960000", ["320名协办员，每人每月250元，按12个月发放"])
    d.diff("180.00", "171.36", "8.64", ["年末结余8.64万元"])
    d.completion("386520", "385000", "100.39", ["参保人数386,520人，为年度目标38.5万人的100.39%"])
    d.has("参保人数386,520人，其中领取待遇人数143,860人", "为143,860名领取待遇人员")
    d.mean(["0.62", "0.48", "0.55", "0.43"], "0.52", ["0.62%、0.48%、0.55%、0.43%，平均差错率0.52%"])
    d.rate("279", "300", "93.0", ["表示满意的279人，满意度93.0%"])
    # scores stated in prose
    d.total(["10", "50", "30", "10"], "100", ["预算执行率10分、产出指标50分、效益指标30分、满意度指标10分"])
    d.total(["20", "15", "15"], "50", ["参保人数（20分）", "资格认证率（15分）", "发放率（15分）", "得50分"])
    d.total(["15", "15"], "30", ["适龄居民参保率（15分）", "缴费人员比例（15分）"])
    d.product(["10", "0.952"], "9.52", ["预算执行率得9.52分"])
    got = r2(D(15) * D("27.6") / D(30))
    if not close(got, "13.80"):
        fail(f"{d.name}: 15 x 27.6/30 = {got}")
    d.has("完成27.6%，按完成比例得13.80分", "27.6%，未达到30%的目标")
    d.total(["15", "13.80"], "28.80", ["效益指标合计得28.80分"])
    got = r2(D(10) * D("93.0") / D(95))
    if not close(got, "9.79"):
        fail(f"{d.name}: 10 x 93/95 = {got}")
    d.has("按完成比例得9.79分")
    d.total(["9.52", "50", "28.80", "9.79"], "98.11", ["合计自评得分98.11分"])
    d.grade("98.11", "等级为优秀")


def haidian():
    d = Doc("haidian-rencaiyinjin-2024-clean.txt")
    d.diff("2400.00", "240.00", "2160.00", ["年初预算2400.00万元", "调减240.00万元", "全年预算2160.00万元"])
    d.has("年度资金总额｜2400.00｜2160.00｜1872.40｜86.69%", "其中：当年财政拨款｜2400.00｜2160.00｜1872.40｜86.69%",
          "上年结转资金｜0.00｜0.00｜0.00｜—", "其他资金｜0.00｜0.00｜0.00｜—")
    d.rate("1872.40", "2160.00", "86.69", ["全年执行1872.40万元，预算执行率86.69%"])
    d.total(["1260.00", "612.40"], "1872.40", ["安家补贴1260.00万元", "生活补贴612.40万元"])
    d.product(["84", "15"], "1260", ["（84人，每人15万元）"])
    d.diff("2160.00", "1872.40", "287.60", ["年末结余287.60万元"])
    d.total(["31", "29", "24"], "84", ["集成电路领域31人、人工智能领域29人、生物医药领域24人"])
    d.completion("84", "120", "70", ["人才84人，完成年度目标的70%"])
    d.completion("47", "80", "58.75", ["重点研发项目47项，完成率58.75%"])
    d.diff("400", "30", "370", ["认定的400名人才中", "离开本区重点产业企业30人，留存370人"])
    d.rate("370", "400", "92.5", ["留存率92.5%"])
    d.total(["370", "84"], "454", ["370名往年认定人才和84名新认定人才发放生活补贴，合计454人"])
    d.rate("198", "225", "88", ["有效问卷225份，表示满意的198份，引进人才满意度为88%"])
    d.has("政策知晓率80%")
    ssum = check_score_table(d, stated_total="89.24")
    d.has("本项目总得分89.24分")
    d.grade("89.24", "评价等级为良好")
    return ssum


def ledu():
    d = Doc("ledu-laodongjiancha-2022-clean.txt")
    d.total(["231.20", "27.26"], "258.46", ["基本支出258.46万元（人员经费231.20万元、公用经费27.26万元）"])
    d.total(["36.00", "18.00"], "54.00", ["项目支出54.00万元（劳动保障监察执法专项36.00万元、根治欠薪专项工作经费18.00万元）"])
    d.total(["258.46", "54.00"], "312.46", ["年初预算312.46万元"])
    d.total(["231.20", "14.40"], "245.60", ["追加人员经费14.40万元"])
    d.total(["312.46", "14.40"], "326.86", ["全年预算326.86万元"])
    d.has("支出合计｜312.46｜326.86｜322.88｜98.78%", "一、基本支出｜258.46｜272.86｜271.51｜99.51%",
          "其中：人员经费｜231.20｜245.60｜245.60｜100.00%", "公用经费｜27.26｜27.26｜25.91｜95.05%",
          "二、项目支出｜54.00｜54.00｜51.37｜95.13%", "劳动保障监察执法专项｜36.00｜36.00｜34.12｜94.78%",
          "根治欠薪专项工作经费｜18.00｜18.00｜17.25｜95.83%")
    d.total(["245.60", "27.26"], "272.86")
    d.total(["272.86", "54.00"], "326.86")
    d.total(["245.60", "25.91"], "271.51")
    d.total(["34.12", "17.25"], "51.37")
    d.total(["271.51", "51.37"], "322.88")
    for a, b, p in (("322.88", "326.86", "98.78"), ("271.51", "272.86", "99.51"), ("245.60", "245.60", "100.00"),
                    ("25.91", "27.26", "95.05"), ("51.37", "54.00", "95.13"), ("34.12", "36.00", "94.78"),
                    ("17.25", "18.00", "95.83")):
        d.rate(a, b, p)
    d.has("全年支出322.88万元，预算执行率98.78%")
    d.diff("326.86", "322.88", "3.98", ["年末结余3.98万元"])
    d.diff("272.86", "271.51", "1.35", ["基本支出结余1.35万元"])
    d.diff("54.00", "51.37", "2.63", ["项目支出结余2.63万元"])
    d.total(["1.35", "2.63"], "3.98")
    d.rate("2.60", "3.00", "86.67", ["公务用车运行维护费预算3.00万元，实际支出2.60万元，执行率86.67%"])
    d.total(["60", "63", "65", "63"], "251", ["受理举报投诉案件251件", "分别受理60件、63件、65件、63件"])
    d.mean(["60", "63", "65", "63"], "62.75", ["平均每季度62.75件"])
    d.rate("247", "251", "98.41", ["结案247件，结案率98.41%"])
    d.diff("251", "247", "4", ["其余4件"])
    d.mean(["18623700"], "8718.96", ["2136名劳动者追回工资等待遇1862.37万元，人均8718.96元"], scale=D(1) / D(2136))
    d.has("巡视检查用人单位684户次", "书面审查用人单位1318户", "开设率91.6%", "满意度为86.5%")
    d.product(["10", "0.9878"], "9.88")
    ssum = check_score_table(d, stated_total="99.13")
    d.total(["9.88", "50", "29.64", "9.61"], "99.13",
            ["预算执行率得分9.88分", "产出指标得分50分", "效益指标得分29.64分", "满意度指标得分9.61分", "自评总分99.13分"])
    d.total(["10", "9.64", "10"], "29.64")
    d.grade("99.13", "等级为“优”")
    return ssum


# ---------------------------------------------------------------- labels and diffs
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    named = sorted(l["case"] for l in labels)
    if files != named:
        fail(f"cases and labels differ: {set(files) ^ set(named)}")
    codes = Counter()
    sources = set()
    for lab in labels:
        name = lab["case"]
        text = read(name)
        sources.add(lab["source"])
        if not name.startswith(lab["source"] + "-"):
            fail(f"{name}: source {lab['source']} does not match")
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{name}: {n} characters")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{name}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{name}: expected exactly one finding")
        clean = read(lab["source"] + "-clean.txt")
        # one place: common prefix / suffix leave a single region of at most two lines
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        reg_e, reg_c = text[p:len(text) - s], clean[p:len(clean) - s]
        if not reg_e and not reg_c:
            fail(f"{name}: identical to its clean draft")
        if reg_e.count("\n") > 1 or reg_c.count("\n") > 1 or max(len(reg_e), len(reg_c)) > 120:
            fail(f"{name}: differs over more than one place: {reg_c!r} -> {reg_e!r}")
        for exp in lab["expected"]:
            if exp["code"] not in CODES:
                fail(f"{name}: unknown code {exp['code']}")
            if exp["severity"] != "error":
                fail(f"{name}: severity {exp['severity']}")
            codes[exp["code"]] += 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{name}: value {v!r} not in case")
            lo, hi = p, max(p + 1, len(text) - s)
            if not any(o < hi and o + len(v) > lo for o in occ):
                fail(f"{name}: value {v!r} does not overlap the changed place")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    if len(sources) != 5 or sum(1 for l in labels if l["clean"]) != 5 or sum(1 for l in labels if not l["clean"]) != 30:
        fail("expected 5 sources, 5 clean and 30 error cases")
    return codes


def years():
    """budget, execution and carry-over sentences name the evaluation year (carry-over: the next year)."""
    for name, year in (("pengyang-jiuyebuzhu-2021-clean.txt", 2021), ("tunchang-jinengpeixun-2023-clean.txt", 2023),
                       ("rugao-jumin-yanglao-2019-clean.txt", 2019), ("haidian-rencaiyinjin-2024-clean.txt", 2024),
                       ("ledu-laodongjiancha-2022-clean.txt", 2022)):
        d = Doc(name)
        title = d.t.split("\n\n")[0]
        if f"{year}年" not in title:
            fail(f"{name}: title does not name {year}")
        for m in re.finditer(r"截至(\d{4})年(?:末|12月31日)", d.t):
            if int(m.group(1)) != year:
                fail(f"{name}: {m.group(0)} in a {year} report")
        for m in re.finditer(r"结转至(\d{4})年", d.t):
            if int(m.group(1)) != year + 1:
                fail(f"{name}: {m.group(0)} in a {year} report")
        for m in re.finditer(r"(\d{4})年(?:度)?[^。\n]{0,30}?(?:年初预算|全年预算|全年执行)", d.t):
            if int(m.group(1)) != year:
                fail(f"{name}: budget sentence names {m.group(1)}: {m.group(0)}")
        for m in re.finditer(r"(\d{4})年\d{1,2}月[^。\n]{0,12}?(?:下达|追加|调减)", d.t):
            y = int(m.group(1))
            if y != year and not (y == year - 1 and "12月" in m.group(0) and "提前" in d.t[m.start() - 2:m.end() + 40]):
                fail(f"{name}: funds issued in {y}: {m.group(0)}")


def main():
    years()
    pengyang()
    tunchang()
    rugao()
    haidian()
    ledu()
    codes = check_labels()
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("codes:", dict(sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
