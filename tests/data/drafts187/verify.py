#!/usr/bin/env python3
"""Verify set n187: labels, one-place edits, and the arithmetic of every clean draft."""
import collections
import json
import pathlib
import sys
from decimal import Decimal as D, ROUND_HALF_UP

ROOT = pathlib.Path(__file__).resolve().parent
CASES = ROOT / "cases"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
problems = []


def fail(msg):
    problems.append(msg)


def r(x, d=2):
    return D(x).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def pct(a, b, d=2):
    return r(D(a) / D(b) * 100, d)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Draft:
    def __init__(self, src):
        self.src = src
        self.text = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")

    def has(self, *subs):
        for s in subs:
            if s not in self.text:
                fail(f"{self.src}: expected text missing: {s!r}")

    def eq(self, what, got, want):
        if isinstance(got, bool) or isinstance(want, bool):
            if got != want:
                fail(f"{self.src}: {what}: {got} != {want}")
            return
        if D(str(got)) != D(str(want)):
            fail(f"{self.src}: {what}: computed {got}, stated {want}")

    def rows(self, header_start):
        """Indicator rows (split on ｜) after the line starting with header_start, until 总分/blank."""
        lines = self.text.split("\n")
        i = next(k for k, l in enumerate(lines) if l.startswith(header_start))
        out = []
        for l in lines[i + 1:]:
            if not l.strip() or l.startswith("总分") or l.startswith("合计"):
                break
            out.append(l.split("｜"))
        return out


def check_fengxiang():
    d = Draft("fengxiang-ich-2021")
    d.has("年初预算60.00万元", "补助资金6.50万元", "2020年结转的5.50万元", "全年预算调整为72.00万元",
          "全年实际支出68.40万元", "未支出的3.60万元", "结转至2022年使用",
          "年度资金总额｜60.00｜72.00｜68.40｜10｜95.00%｜9.50",
          "当年财政拨款｜60.00｜66.50｜62.90", "上年结转资金｜0.00｜5.50｜5.50",
          "平均每期46.33人", "自评得分97.30分", "等级为“优”", "总分｜｜｜｜｜｜100｜97.30｜等级：优")
    d.eq("全年预算 = 60 + 6.50 + 5.50", D("60.00") + D("6.50") + D("5.50"), "72.00")
    d.eq("全年预算 = 财政拨款 + 结转", D("66.50") + D("5.50"), "72.00")
    d.eq("执行 = 62.90 + 5.50", D("62.90") + D("5.50"), "68.40")
    d.eq("执行率", pct("68.40", "72.00"), "95.00")
    d.eq("执行得分", r(D(10) * D("68.40") / D("72.00")), "9.50")
    d.eq("结转", D("72.00") - D("68.40"), "3.60")
    d.eq("支出构成", D("11.40") + D("24.00") + D("15.60") + D("17.40"), "68.40")
    d.eq("传承人补助 38×3000元", D(38 * 3000) / 10000, "11.40")
    d.eq("传习所 8×3万", 8 * 3, "24.00")
    d.eq("培训平均", r(D(46 + 52 + 41) / 3), "46.33")
    d.eq("扣分 执行", D(10) - D("9.50"), "0.5")
    rows = d.rows("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率")
    d.eq("指标分值合计 + 10", sum(D(x[6]) for x in rows) + 10, 100)
    d.eq("得分合计", sum(D(x[7]) for x in rows) + D("9.50"), "97.30")
    for x in rows:
        if D(x[7]) > D(x[6]):
            fail(f"{d.src}: score above weight in {x[2]}")
    comp = {"扶持代表性传承人": (38, 35), "非遗进校园、进景区展演": (36, 40), "参与非遗活动群众": ("2.36", 2),
            "培养青少年传承学员": (264, 300), "传承人满意度": ("94.50", 90)}
    for x in rows:
        if x[2] in comp:
            a, t = comp[x[2]]
            d.eq(f"完成率 {x[2]}", pct(a, t), x[5].rstrip("%"))
    d.has("完成率90.00%，扣1分", "完成率88.00%，扣1.2分", "超出目标18.00%")
    d.eq("展演得分", r(D(10) * 36 / 40), "9")
    d.eq("学员得分", r(D(10) * 264 / 300), "8.8")
    d.eq("grade", grade("97.30") == "优", True)
    return d


def check_xinchang():
    d = Draft("xinchang-ruraltourism-2023")
    d.has("年初县级财政安排预算200.00万元", "补助45.00万元", "结转资金15.00万元", "全年预算为260.00万元",
          "项目实际支出251.16万元，执行率96.60%", "平均每村50.23万元", "占全部支出的22.12%", "年末结余8.84万元",
          "年度资金总额｜200.00｜260.00｜251.16｜10｜96.60%｜9.66", "当年财政拨款｜200.00｜245.00｜236.16",
          "上年结转资金｜0.00｜15.00｜15.00", "民宿床位326张", "自评得分98.85分，等级为优", "总分｜｜｜｜｜100｜98.85｜")
    d.eq("全年预算", D("200.00") + D("45.00") + D("15.00"), "260.00")
    d.eq("全年 = 拨款 + 结转", D("245.00") + D("15.00"), "260.00")
    d.eq("执行 = 拨款 + 结转", D("236.16") + D("15.00"), "251.16")
    villages = [D("48.00"), D("55.56"), D("45.60"), D("52.00"), D("50.00")]
    d.eq("分村合计", sum(villages), "251.16")
    d.eq("平均每村", r(sum(villages) / 5), "50.23")
    d.eq("外婆坑占比", pct("55.56", "251.16"), "22.12")
    d.eq("执行率", pct("251.16", "260.00"), "96.60")
    d.eq("执行得分", r(D(10) * D("251.16") / D("260.00")), "9.66")
    d.eq("结余", D("260.00") - D("251.16"), "8.84")
    rows = d.rows("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值")
    d.eq("分值合计", sum(D(x[5]) for x in rows) + 10, 100)
    d.eq("得分合计", sum(D(x[6]) for x in rows) + D("9.66"), "98.85")
    for x in rows:
        if D(x[6]) > D(x[5]):
            fail(f"{d.src}: score above weight in {x[2]}")
    d.eq("就业得分", r(D(10) * 186 / 200), "9.3")
    d.eq("村民满意度得分", r(D(5) * 88 / 90), "4.89")
    d.eq("grade", grade("98.85") == "优", True)
    return d


def check_yizhou():
    d = Draft("yizhou-culturedept-2020")
    d.has("全年收入1286.40万元", "一般公共预算拨款1102.60万元", "政府性基金120.00万元", "上年结转63.80万元",
          "全年支出1218.72万元，年末结转67.68万元", "结转至2021年", "合计｜1120.50｜1286.40｜1218.72｜94.74%",
          "基本支出｜735.20｜748.60｜742.35｜99.17%", "项目支出｜385.30｜537.80｜476.37｜88.58%",
          "在职人员控制率96.30%", "“三公”经费支出4.41万元，比上年的5.04万元下降12.5%",
          "公务接待费1.26万元、公务用车运行维护费3.15万元", "合计17.87万人次，平均每馆5.96万人次",
          "达标率93.75%", "结转结余率5.26%",
          "投入10分、过程19.22分、产出35.28分、效果25.35分，综合得分89.85分，评价等级为“良好”")
    d.eq("收入合计", D("1102.60") + D("120.00") + D("63.80"), "1286.40")
    d.eq("结转", D("1286.40") - D("1218.72"), "67.68")
    d.eq("年初合计", D("735.20") + D("385.30"), "1120.50")
    d.eq("全年合计", D("748.60") + D("537.80"), "1286.40")
    d.eq("执行合计", D("742.35") + D("476.37"), "1218.72")
    d.eq("合计执行率", pct("1218.72", "1286.40"), "94.74")
    d.eq("基本支出执行率", pct("742.35", "748.60"), "99.17")
    d.eq("项目支出执行率", pct("476.37", "537.80"), "88.58")
    d.eq("人员控制率", pct(52, 54), "96.30")
    d.eq("三公", D("1.26") + D("3.15"), "4.41")
    d.eq("三公变动率", pct(D("4.41") - D("5.04"), "5.04", 1), "-12.5")
    d.eq("场馆合计", D("8.62") + D("5.31") + D("3.94"), "17.87")
    d.eq("场馆平均", r((D("8.62") + D("5.31") + D("3.94")) / 3), "5.96")
    d.eq("文化站达标率", pct(15, 16), "93.75")
    d.eq("结转结余率", pct("67.68", "1286.40"), "5.26")
    d.eq("文化站经费 16×6", 16 * 6, "96.00")
    d.eq("农家书屋 168×2000元", D(168 * 2000) / 10000, "33.60")
    rows = d.rows("一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜分值")
    d.eq("分值合计", sum(D(x[5]) for x in rows), 100)
    d.eq("得分合计", sum(D(x[6]) for x in rows), "89.85")
    by = collections.defaultdict(D)
    for x in rows:
        by[x[0]] += D(x[6])
        if D(x[6]) > D(x[5]):
            fail(f"{d.src}: score above weight in {x[2]}")
    d.eq("投入", by["投入"], 10)
    d.eq("过程", by["过程"], "19.22")
    d.eq("产出", by["产出"], "35.28")
    d.eq("效果", by["效果"], "25.35")
    d.eq("执行率得分", r(D(10) * D("1218.72") / D("1286.40")), "9.47")
    d.eq("结转结余率得分 lte", r(D(5) * 5 / D("5.26")), "4.75")
    d.eq("送戏下乡", r(D(10) * 150 / 200), "7.5")
    d.eq("文化站", r(D(10) * 15 / 16), "9.38")
    d.eq("书屋", r(D(10) * 168 / 200), "8.4")
    d.eq("接待", r(D(10) * D("17.87") / 25), "7.15")
    d.eq("活动", r(D(10) * D("24.6") / 30), "8.2")
    d.eq("grade", grade("89.85") == "良", True)
    return d


def check_wuqiang():
    d = Draft("wuqiang-digilib-2024")
    d.has("年初县级财政安排预算38.00万元", "补助资金12.00万元", "全年预算调整为50.00万元", "实际到位50.00万元，资金到位率100%",
          "全年实际支出46.85万元，预算执行率93.70%", "县级资金支出38.00万元，省级补助资金支出8.85万元",
          "电子图书和期刊数据库采购21.60万元", "地方文献数字化加工14.25万元", "电子借阅机3台8.55万元，每台28500元",
          "平台运维2.45万元", "年末结余3.15万元", "新增电子图书2.35万册，目标值2万册，完成率117.50%",
          "3200页，目标值3000页，完成率106.67%", "运行率99.2%，目标值不低于98%，完成率101.22%",
          "36.8万人次，目标值40万人次，完成率92.00%，按比例得13.8分", "1260人，目标值1000人，完成率126.00%",
          "读者满意度95.3%", "预算执行率得分9.37分", "产出指标得分50分，效益指标得分28.8分，满意度指标得分10分",
          "自评总分98.17分，评价等级为“优”", "项目新增电子图书2.35万册", "平均每页约44.5元")
    d.eq("全年预算", D("38.00") + D("12.00"), "50.00")
    d.eq("执行 = 县级 + 省级", D("38.00") + D("8.85"), "46.85")
    d.eq("用途合计", D("21.60") + D("14.25") + D("8.55") + D("2.45"), "46.85")
    d.eq("借阅机 3×28500元", D(3 * 28500) / 10000, "8.55")
    d.eq("执行率", pct("46.85", "50.00"), "93.70")
    d.eq("结余", D("50.00") - D("46.85"), "3.15")
    d.eq("电子图书完成率", pct("2.35", 2), "117.50")
    d.eq("文献完成率", pct(3200, 3000), "106.67")
    d.eq("运行率完成率", pct("99.2", 98), "101.22")
    d.eq("访问量完成率", pct("36.8", 40), "92.00")
    d.eq("访问量得分", r(D(15) * D("36.8") / 40), "13.8")
    d.eq("注册读者完成率", pct(1260, 1000), "126.00")
    d.eq("每页成本约", r(D("142500") / 3200, 1), "44.5")
    d.eq("执行得分", r(D(10) * D("46.85") / D("50.00")), "9.37")
    d.eq("产出 30+10+10", 30 + 10 + 10, 50)
    d.eq("效益", D("13.8") + 15, "28.8")
    d.eq("总分", D("9.37") + 50 + D("28.8") + 10, "98.17")
    d.eq("分值", 10 + 50 + 30 + 10, 100)
    d.eq("grade", grade("98.17") == "优", True)
    return d


def check_naidong():
    d = Draft("naidong-artcreation-2022")
    d.has("年初预算150.00万元", "全年预算150.00万元", "资金于2022年3月下达", "项目全年执行142.80万元，预算执行率95.20%",
          "未执行的7.20万元", "原创藏戏小戏创作排演｜68.00｜66.30｜97.50%", "歌舞节目创作｜42.00｜40.50｜96.43%",
          "文艺作品征集奖励｜20.00｜17.00｜85.00%", "惠民演出及参赛｜20.00｜19.00｜95.00%", "合计｜150.00｜142.80｜95.20%",
          "平均创排成本22.10万元", "惠民演出72场，其中“送文化下乡”演出58场、节庆演出14场，完成率120.00%",
          "年度资金总额｜150.00｜150.00｜142.80｜10｜95.20%｜9.52", "项目自评得分96.32分，等级为“优”",
          "观众人次完成率88.00%，扣1.2分", "预算执行率95.20%，扣0.48分", "总分｜｜｜｜｜｜100｜96.32｜优")
    d.eq("结余", D("150.00") - D("142.80"), "7.20")
    d.eq("预算合计", D("68.00") + D("42.00") + D("20.00") + D("20.00"), "150.00")
    d.eq("执行合计", D("66.30") + D("40.50") + D("17.00") + D("19.00"), "142.80")
    for a, b, s in [("66.30", "68.00", "97.50"), ("40.50", "42.00", "96.43"), ("17.00", "20.00", "85.00"),
                    ("19.00", "20.00", "95.00"), ("142.80", "150.00", "95.20")]:
        d.eq(f"执行率 {a}/{b}", pct(a, b), s)
    d.eq("奖励", 3 * 2 + 6 * 1 + D("0.5") * 10, "17.00")
    d.eq("平均创排成本", r(D("66.30") / 3), "22.10")
    d.eq("演出场次", 58 + 14, 72)
    d.eq("执行得分", r(D(10) * D("142.80") / D("150.00")), "9.52")
    d.eq("扣分", D(10) - D("9.52"), "0.48")
    rows = d.rows("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率")
    d.eq("分值合计", sum(D(x[6]) for x in rows) + 10, 100)
    d.eq("得分合计", sum(D(x[7]) for x in rows) + D("9.52"), "96.32")
    for x in rows:
        if D(x[7]) > D(x[6]):
            fail(f"{d.src}: score above weight in {x[2]}")
    comp = {"创编歌舞节目": (9, 8), "惠民演出场次": (72, 60), "观众人次": ("2.64", 3), "培养青年演员": (12, 10),
            "农牧民群众满意度": (96, 90)}
    for x in rows:
        if x[2] in comp:
            a, t = comp[x[2]]
            d.eq(f"完成率 {x[2]}", pct(a, t), x[5].rstrip("%"))
    d.eq("观众得分", r(D(10) * D("2.64") / 3), "8.8")
    d.eq("grade", grade("96.32") == "优", True)
    return d


def main():
    drafts = [check_fengxiang(), check_xinchang(), check_yizhou(), check_wuqiang(), check_naidong()]
    clean = {dr.src: dr.text for dr in drafts}
    for src, text in clean.items():
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{src}: clean draft has {n} characters")
    labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = collections.Counter()
    seen = set()
    for rec in labels:
        case = CASES / rec["case"]
        seen.add(rec["case"])
        text = case.read_text(encoding="utf-8")
        base = clean[rec["source"]]
        if rec["clean"]:
            if rec["expected"] or text != base:
                fail(f"{rec['case']}: clean case with expectations or different text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for e in rec["expected"]:
            counts[e["code"]] += 1
            if e["value"] not in text:
                fail(f"{rec['case']}: value {e['value']!r} not in case")
            if e["code"] not in CODES:
                fail(f"{rec['case']}: unknown code {e['code']}")
        # one contiguous change
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        a, b = base[p:len(base) - s], text[p:len(text) - s]
        if text == base or len(a) > 80 or len(b) > 80:
            fail(f"{rec['case']}: change is not one small place ({a!r} -> {b!r})")
        if not any(e["value"] in text and text.find(e["value"]) <= p + len(b) and
                   text.find(e["value"]) + len(e["value"]) >= p for e in rec["expected"]):
            # value must overlap the changed region somewhere
            ok = False
            for e in rec["expected"]:
                i = text.find(e["value"])
                while i != -1:
                    if i <= p + max(len(b), 1) and i + len(e["value"]) >= p:
                        ok = True
                    i = text.find(e["value"], i + 1)
            if not ok:
                fail(f"{rec['case']}: value does not overlap the change")
    files = {p.name for p in CASES.glob("*.txt")}
    if files != seen:
        fail(f"case files without labels or labels without files: {sorted(files ^ seen)}")
    for c in CODES:
        if counts[c] < 2:
            fail(f"code {c} occurs {counts[c]} times (< 2)")
    if len(labels) != 35:
        fail(f"{len(labels)} labels, expected 35")
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print("codes:", dict(sorted(counts.items())))
    print("OK")


if __name__ == "__main__":
    main()
