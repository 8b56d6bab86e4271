#!/usr/bin/env python3
"""Write the one-error cases and labels.jsonl from the clean drafts.

Each entry: (project id, n, code, old, new, value, explanation).
`old` must occur exactly once in cases/<id>-clean.txt; it is replaced by `new` to give
cases/<id>-e<n>.txt. `value` is the labelled substring of the error case (it must occur in
it and contain the edited characters). Run check.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
E = "error"

SPEC = [
    # ---- 台前县 基本公共卫生服务 2022 (pipe table, funds row in table only)
    ("taiqian-publichealth-2022", 1, "rate_mismatch",
     "2651.36｜10｜97.55%｜9.75", "2651.36｜10｜95.75%｜9.75", "95.75%",
     "2651.36 / 2718.07 = 97.55%, the table states 95.75%"),
    ("taiqian-publichealth-2022", 2, "sum_mismatch",
     "村卫生室（乡村医生）1087.23万元", "村卫生室（乡村医生）1078.23万元",
     "全年实际支出2651.36万元，其中拨付乡镇卫生院1285.42万元、村卫生室（乡村医生）1078.23万元、县级专业公共卫生机构278.71万元",
     "1285.42 + 1078.23 + 278.71 = 2642.36, stated total 2651.36 (the component should be 1087.23)"),
    ("taiqian-publichealth-2022", 3, "completion_mismatch",
     "完成目标值的97.50%", "完成目标值的97.05%", "97.05%",
     "actual 68.25% / target 70% = 97.50%, stated 97.05%"),
    ("taiqian-publichealth-2022", 4, "year_mismatch",
     "结转至2023年使用", "结转至2022年使用", "结转至2022年",
     "the unspent part of the 2022 budget cannot be carried over to 2022 itself (should be 2023)"),
    ("taiqian-publichealth-2022", 5, "score_sum_mismatch",
     "城乡居民公共卫生差距｜逐步缩小｜逐步缩小｜10｜10", "城乡居民公共卫生差距｜逐步缩小｜逐步缩小｜10｜9",
     "城乡居民公共卫生差距｜逐步缩小｜逐步缩小｜10｜9\n效益指标｜社会效益指标｜居民健康素养水平｜≥24%｜26.80%｜10｜10\n效益指标｜可持续影响指标｜基本公共卫生服务长效机制｜逐步完善｜基本完善｜10｜9\n满意度指标｜服务对象满意度指标｜服务对象满意度｜≥85%｜91.60%｜10｜10\n总分｜｜｜｜｜100｜98.55",
     "row scores 9.75 + 8 + 7 + 7 + 7.80 + 7 + 7 + 6 + 9 + 10 + 9 + 10 = 97.55, stated total 98.55 (table and text)"),
    # ---- 于都县 就业补助资金 2020 (tab-separated table, rates 1 decimal)
    ("yudu-employment-2020", 1, "average_mismatch",
     "人均补贴721.16元", "人均补贴712.16元", "人均补贴712.16元",
     "1126.45万元 / 15620人次 = 721.16元 per trainee, stated 712.16元"),
    ("yudu-employment-2020", 2, "balance_mismatch",
     "年末结余98.62万元", "年末结余89.62万元", "89.62万元",
     "received 3265.80 - spent 3167.18 = 98.62, stated 89.62"),
    ("yudu-employment-2020", 3, "unit_mismatch",
     "就业见习补贴96.35万元", "就业见习补贴963500万元", "963500万元",
     "the 96.35万元 item (963500元) written with the unit 万元: off by 10^4; with 96.35 the list sums to the stated 3167.18"),
    ("yudu-employment-2020", 4, "conflicting_values",
     "全年全县城镇新增就业12386人", "全年全县城镇新增就业12836人", "12836人",
     "the 自评表 gives 城镇新增就业人数 12386人 for the same indicator and year"),
    ("yudu-employment-2020", 5, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 99.6 is in the 优 band (>= 90)"),
    # ---- 沂南县 优抚对象走访慰问及困难帮扶 2023 (prose only)
    ("yinan-veterans-2023", 1, "weight_sum_mismatch",
     "质量指标15分", "质量指标16分", "数量指标20分、质量指标16分、时效指标10分、成本指标5分",
     "second-level weights 20 + 16 + 10 + 5 = 51, but 产出指标 is worth 50"),
    ("yinan-veterans-2023", 2, "average_mismatch",
     "平均每批次45.59万元", "平均每批次45.95万元", "45.95万元",
     "(52.18 + 46.30 + 41.72 + 42.16) / 4 = 45.59, stated 45.95"),
    ("yinan-veterans-2023", 3, "implausible_rate",
     "走访覆盖率100%，达到年度目标", "走访覆盖率110%，达到年度目标", "覆盖率110%",
     "a coverage rate cannot exceed 100%"),
    ("yinan-veterans-2023", 4, "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the 2023 report states the year's spending as of 31 Dec 2022; it must name the evaluation year 2023"),
    # ---- 湄潭县 农村饮水安全工程维修养护 2021 (pipe tables, 完成率 column, total rounded to whole)
    ("meitan-ruralwater-2021", 1, "completion_mismatch",
     "13.26万人｜106.08%", "13.26万人｜106.80%", "106.80%",
     "13.26万人 / 12.5万人 = 106.08%, stated 106.80%"),
    ("meitan-ruralwater-2021", 2, "unit_mismatch",
     "≥46公里｜48.6公里", "≥46公里｜100%", "≥46公里｜100%",
     "target in 公里, actual given as a percentage: completion cannot be computed"),
    ("meitan-ruralwater-2021", 3, "rate_mismatch",
     "96.45｜100.00%｜80.38%", "96.45｜100.00%｜83.08%", "83.08%",
     "county funds 96.45 / 120.00 = 80.38%, stated 83.08%"),
    ("meitan-ruralwater-2021", 4, "score_exceeds_weight",
     "94.2%｜104.67%｜10｜10", "94.2%｜104.67%｜10｜10.47", "104.67%｜10｜10.47",
     "score 10.47 above the weight 10 (10 x 94.2/90 without the cap); rows now sum to 97.07, still consistent with the whole-number total 97"),
    ("meitan-ruralwater-2021", 5, "balance_mismatch",
     "年末结余23.55万元", "年末结余25.35万元", "25.35万元",
     "586.00 - 562.45 = 23.55 (all of it county funds: 120.00 - 96.45), stated 25.35"),
    # ---- 海伦市 农机购置补贴 2020 (prose only, thousands separators)
    ("hailun-agrimachinery-2020", 1, "sum_mismatch",
     "播种机642台补贴512.30万元", "播种机642台补贴521.30万元",
     "全年兑付补贴资金4,231.68万元，其中拖拉机1,126台补贴2,086.52万元，播种机642台补贴521.30万元，收获机械318台补贴1,226.80万元，秸秆还田机406台补贴406.06万元",
     "2086.52 + 521.30 + 1226.80 + 406.06 = 4240.68, stated total 4231.68"),
    ("hailun-agrimachinery-2020", 2, "conflicting_values",
     "机械化率达到98.1%，农机装备", "机械化率达到98.7%，农机装备", "98.7%",
     "section 四 gives the same 2020 综合机械化率 as 98.1%"),
    ("hailun-agrimachinery-2020", 3, "grade_mismatch",
     "评价等级为良", "评价等级为优", "评价等级为优",
     "total 89.65 is below 90: band 良"),
    ("hailun-agrimachinery-2020", 4, "implausible_rate",
     "受益对象满意度为93.5%", "受益对象满意度为103.5%", "103.5%",
     "a satisfaction rate cannot exceed 100%"),
    # ---- 江山市 公共文化场馆免费开放 2024 (tab table, amounts in 元, whole percents)
    ("jiangshan-culture-2024", 1, "score_sum_mismatch",
     "基本健全\t—\t15\t14", "基本健全\t—\t15\t13",
     "基本健全\t—\t15\t13\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t94%\t104%\t10\t10\n总分\t\t\t\t\t\t100\t98.7",
     "9.7 + 10 + 10 + 10 + 10 + 5 + 5 + 15 + 13 + 10 = 97.7, stated total 98.7 (table and text)"),
    ("jiangshan-culture-2024", 2, "weight_sum_mismatch",
     "补助资金拨付及时率\t100%\t100%\t100%\t5\t5", "补助资金拨付及时率\t100%\t100%\t100%\t6\t5",
     "补助资金拨付及时率\t100%\t100%\t100%\t6\t5\n产出指标\t成本指标\t单场活动平均成本\t≤1500元\t1380元\t100%\t5\t5\n效益指标\t社会效益指标\t年接待公众人次\t≥45万人次\t48.6万人次\t108%\t15\t15\n效益指标\t可持续影响指标\t公共文化服务体系\t持续健全\t基本健全\t—\t15\t14\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t94%\t104%\t10\t10\n总分\t\t\t\t\t\t100",
     "weights 10 + (10 + 10 + 10 + 10 + 6 + 5) + (15 + 15) + 10 = 101, stated 100 (产出 51)"),
    ("jiangshan-culture-2024", 3, "completion_mismatch",
     "318场次\t122%", "318场次\t118%", "318场次\t118%",
     "318 / 260 = 122.3% -> 122%, stated 118%"),
    ("jiangshan-culture-2024", 4, "unit_mismatch",
     "≥300天\t306天", "≥300天\t102%", "≥300天\t102%",
     "target in 天, actual given as a percentage"),
    # ---- 兴宁市 法律援助 2022 (Hunan-style outline, MOF table, total rounded to whole)
    ("xingning-legalaid-2022", 1, "rate_mismatch",
     "执行率93.45%", "执行率94.35%", "94.35%",
     "county funds 123.36 / 132.00 = 93.45%, stated 94.35%"),
    ("xingning-legalaid-2022", 2, "score_exceeds_weight",
     "≥95%｜97.6%｜10｜10｜", "≥95%｜97.6%｜10｜10.27｜", "97.6%｜10｜10.27",
     "score 10.27 above the weight 10 (10 x 97.6/95 without the cap); rows now sum to 97.79, still consistent with the whole-number total 98"),
    ("xingning-legalaid-2022", 3, "conflicting_values",
     "≥3000人次｜3516人次", "≥3000人次｜3156人次", "3156人次",
     "the text gives 值班律师全年提供法律帮助3516人次 for the same indicator"),
    ("xingning-legalaid-2022", 4, "average_mismatch",
     "平均每站253.6件", "平均每站235.6件", "235.6件",
     "(312 + 286 + 254 + 231 + 185) / 5 = 253.6, stated 235.6"),
    ("xingning-legalaid-2022", 5, "year_mismatch",
     "项目支出绩效自评表（2022年度）", "项目支出绩效自评表（2021年度）", "自评表（2021年度）",
     "the report, its budget and outputs are 2022; the attached table claims 2021"),
    # ---- 景东县 生态护林员 2023 (pipe table, 1-decimal rates, completion in prose)
    ("jingdong-forestranger-2023", 1, "sum_mismatch",
     "2023年7月下达312.00万元", "2023年7月下达321.00万元",
     "2022年12月提前下达1,248.00万元，2023年7月下达321.00万元，共计下达1,560.00万元",
     "1248.00 + 321.00 = 1569.00, stated 共计 1560.00 (also the central figure elsewhere)"),
    ("jingdong-forestranger-2023", 2, "balance_mismatch",
     "年末结余17.24万元", "年末结余12.74万元", "12.74万元",
     "1728.00 - 1710.76 = 17.24, stated 12.74"),
    ("jingdong-forestranger-2023", 3, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 96.11 is in the 优 band"),
    ("jingdong-forestranger-2023", 4, "completion_mismatch",
     "完成率102.3%", "完成率103.2%", "103.2%",
     "153.4万亩 / 150万亩 = 102.3%, stated 103.2%"),
    # ---- 如皋市 全民健身工程 2019 (flattened one-cell-per-line tables, weight before target)
    ("rugao-fitness-2019", 1, "score_sum_mismatch",
     "\t2019年12月中旬\n\t7\n", "\t2019年12月中旬\n\t6.5\n",
     "\t2019年12月中旬\n\t6.5\n\n\t效益指标\n\t社会效益指标\n\t经常参加体育锻炼人数比例\n\t15\n\t≥42%\n\t41.5%\n\t14.82\n\n\t效益指标\n\t可持续影响指标\n\t健身设施长效管护机制\n\t15\n\t建立健全\n\t部分建立\n\t10\n\n\t满意度指标\n\t服务对象满意度指标\n\t群众满意度\n\t10\n\t≥90%\n\t86%\n\t9.56\n\n\t合计\n\t\n\t\n\t100\n\t\n\t\n\t88.95",
     "8.18 + 10 + 10 + 10 + 9.39 + 6.5 + 14.82 + 10 + 9.56 = 88.45, stated total 88.95 (table and text)"),
    ("rugao-fitness-2019", 2, "weight_sum_mismatch",
     "\t项目完工时间\n\t10\n", "\t项目完工时间\n\t12\n",
     "\t项目完工时间\n\t12\n\t2019年11月底前\n\t2019年12月中旬\n\t7\n\n\t效益指标\n\t社会效益指标\n\t经常参加体育锻炼人数比例\n\t15\n\t≥42%\n\t41.5%\n\t14.82\n\n\t效益指标\n\t可持续影响指标\n\t健身设施长效管护机制\n\t15\n\t建立健全\n\t部分建立\n\t10\n\n\t满意度指标\n\t服务对象满意度指标\n\t群众满意度\n\t10\n\t≥90%\n\t86%\n\t9.56\n\n\t合计\n\t\n\t\n\t100",
     "weights 10 + (10 + 10 + 10 + 10 + 12) + (15 + 15) + 10 = 102, stated 100 (产出 52)"),
    ("rugao-fitness-2019", 3, "unit_mismatch",
     "\t≥42%\n\t41.5%\n", "\t≥42%\n\t58.1万人\n", "≥42%\n\t58.1万人",
     "target is a percentage, actual a head count: completion cannot be computed"),
    ("rugao-fitness-2019", 4, "conflicting_values",
     "公益金200.00万元（苏体经", "公益金220.00万元（苏体经", "220.00万元",
     "the funds table gives 省级体彩公益金 200.00万元 (budget, received and spent) for the same allocation"),
    # ---- 陈仓区 残疾儿童康复救助 2024 (MOF funds block, total rounded to whole)
    ("chencang-rehab-2024", 1, "rate_mismatch",
     "204.62｜—｜93.65%", "204.62｜—｜96.35%", "96.35%",
     "当年财政拨款 204.62 / 218.50 = 93.65%, stated 96.35%"),
    ("chencang-rehab-2024", 2, "sum_mismatch",
     "市级资金20.00万元", "市级资金25.00万元",
     "其中当年财政拨款218.50万元、上年结转资金18.00万元。当年财政拨款中，中央资金96.00万元（2023年12月提前下达）、省级资金52.50万元（2024年4月下达）、市级资金25.00万元、区级资金50.00万元",
     "96.00 + 52.50 + 25.00 + 50.00 = 223.50, stated 当年财政拨款 218.50"),
    ("chencang-rehab-2024", 3, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (0.00 / 0.00): undefined, should be —"),
    ("chencang-rehab-2024", 4, "score_exceeds_weight",
     "≥90%｜95.6%｜10｜10", "≥90%｜95.6%｜10｜10.62", "95.6%｜10｜10.62",
     "score 10.62 above the weight 10 (10 x 95.6/90 without the cap); rows now sum to 98.22, still consistent with the whole-number total 98"),
    ("chencang-rehab-2024", 5, "year_mismatch",
     "（2024年4月下达）", "（2023年4月下达）", "2023年4月下达",
     "provincial funds of the 2024 budget said to be issued in April 2023 (only a December advance may precede the year)"),
]


def main():
    labels = []
    projects = []
    for pid, *_ in SPEC:
        if pid not in projects:
            projects.append(pid)
    for pid in projects:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for p, n, code, old, new, value, expl in SPEC:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old)
            text = clean.replace(old, new)
            assert value in text, (pid, n, value)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": E, "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()
