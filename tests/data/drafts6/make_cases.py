#!/usr/bin/env python3
"""Make the error cases of drafts6 from the clean drafts and write labels.jsonl.

Each edit: (project id, case number, old, new, code, value, explanation). `old` must occur exactly once in the
clean draft; it is replaced by `new` (the smallest differing stretch is the injected change). `value` must then occur
exactly once in the case and never in the clean draft (verify.py re-checks all of this).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = ["leishan-ich-2019", "gaoping-fireequip-2022", "tiedong-oldcommunity-2021", "liujiang-kepu-2023",
            "qinzhou-census-2023", "manas-weather-2020", "longhui-ecommerce-2018", "huoqiu-archives-2024",
            "dancheng-grainreserve-2025", "antu-forestfire-2022"]

E = [
 # A leishan
 ("leishan-ich-2019", 1, "预算执行率为94.24%", "预算执行率为94.42%", "rate_mismatch", "94.42%",
  "141.36/150.00 = 94.24%, stated 94.42%"),
 ("leishan-ich-2019", 2, "数字化记录12.00万元", "数字化记录21.00万元", "sum_mismatch",
  "全年预算调整为150.00万元。资金按用途分为五项：代表性传承人补助38.40万元、传习所建设45.00万元、苗绣及银饰技艺培训32.00万元、非遗展演活动22.60万元、数字化记录21.00万元",
  "38.40 + 45.00 + 32.00 + 22.60 + 21.00 = 159.00, stated total 150.00"),
 ("leishan-ich-2019", 3, "传承人队伍稳定性｜保持稳定｜保持稳定｜10｜10｜", "传承人队伍稳定性｜保持稳定｜保持稳定｜10｜9｜", "score_sum_mismatch",
  "传承人队伍稳定性｜保持稳定｜保持稳定｜10｜9｜\n满意度指标｜服务对象满意度指标｜传承人及学员满意度｜≥90%｜93.6%｜10｜10｜\n总分｜｜｜｜｜100｜99.12",
  "row scores now sum to 98.12 (qualitative row lowered to 9, still in the achieved band), stated total 99.12"),
 ("leishan-ich-2019", 4, "结转2020年继续用于", "结转2019年继续用于", "year_mismatch", "结转2019年",
  "money unspent in the 2019 budget is carried over to 2019 itself; must be a later year"),
 # B gaoping
 ("gaoping-fireequip-2022", 1, "结余资金12.15万元", "结余资金12.51万元", "balance_mismatch", "12.51万元",
  "260.00 − 247.85 = 12.15, stated 12.51"),
 ("gaoping-fireequip-2022", 2, "火灾事故平均响应时间｜≤12分钟｜11分钟｜10｜10｜", "火灾事故平均响应时间｜≤12分钟｜11分钟｜12｜10｜", "weight_sum_mismatch",
  "火灾事故平均响应时间｜≤12分钟｜11分钟｜12｜10｜\n效益指标｜可持续影响指标｜装备操作培训次数｜≥24次｜22次｜10｜9.17｜受疫情影响部分培训暂停，已于次年补训\n满意度指标｜服务对象满意度指标｜消防救援人员满意度｜≥90%｜95%｜10｜10｜\n总分｜｜｜｜｜100",
  "weights now 10 (funds) + 92 = 102, stated 100"),
 ("gaoping-fireequip-2022", 3, "评价等级为“优”", "评价等级为“良”", "grade_mismatch", "评价等级为“良”",
  "98.70 is in the 优 band (≥ 90)"),
 ("gaoping-fireequip-2022", 4, "消防救援人员满意度｜≥90%｜95%", "消防救援人员满意度｜≥90%｜105%", "implausible_rate", "满意度｜≥90%｜105%",
  "a satisfaction rate cannot exceed 100%"),
 # C tiedong
 ("tiedong-oldcommunity-2021", 1, "1,652.10万元", "1,625.10万元", "sum_mismatch",
  "全年预算调整为6,842.60万元。\n\n全年预算按改造内容安排为：基础类改造（供水、排水、供暖、道路等）4,380.50万元，完善类改造（停车、绿化、照明、安防等）1,625.10万元",
  "4,380.50 + 1,625.10 + 560.00 + 250.00 = 6,815.60, stated total 6,842.60"),
 ("tiedong-oldcommunity-2021", 2, "共消除安全隐患64处", "共消除安全隐患69处", "conflicting_values", "安全隐患69处",
  "the table gives 消除安全隐患 64处 (completion 106.67%); the text says 69处"),
 ("tiedong-oldcommunity-2021", 3, "| 11.8公里 | 94.40% |", "| 11.8公里 | 94.04% |", "completion_mismatch", "11.8公里 | 94.04%",
  "11.8/12.5 = 94.40%, stated 94.04%"),
 ("tiedong-oldcommunity-2021", 4, "其他费用250.00万元", "其他费用2,500,000.00万元", "unit_mismatch", "2,500,000.00万元",
  "250.00万元 (2,500,000.00元) written with the unit 万元: off by 10^4; the parts then sum to 6,842.60 only after rescaling"),
 ("tiedong-oldcommunity-2021", 5, "平均每个小区投入345.30万元", "平均每个小区投入354.30万元", "average_mismatch", "平均每个小区投入354.30万元",
  "6,215.38 / 18 = 345.30, stated 354.30"),
 # D liujiang
 ("liujiang-kepu-2023", 1, "执行率为96.35%", "执行率为96.53%", "rate_mismatch", "96.53%",
  "81.90/85.00 = 96.35%, stated 96.53%"),
 ("liujiang-kepu-2023", 2, "公众满意度\t≥90%\t94.2%\t10\t10", "公众满意度\t≥90%\t94.2%\t10\t10.47", "score_exceeds_weight", "94.2%\t10\t10.47",
  "score 10.47 above the weight 10 (uncapped 10 × 94.2/90); the whole-number total 99 still covers the rows (99.31)"),
 ("liujiang-kepu-2023", 3, "场均713人次", "场均731人次", "average_mismatch", "场均731人次",
  "32,800 / 46 = 713.04, stated 731"),
 ("liujiang-kepu-2023", 4, "科普志愿者人数\t≥300人\t326人", "科普志愿者人数\t≥300人\t362人", "figure_mismatch", "362人",
  "figures file gives the actual 326人; stated nowhere else in the text (needs the key figures)"),
 # E qinzhou
 ("qinzhou-census-2023", 1, "支出53.72万元，执行率89.53%", "支出53.72万元，执行率89.35%", "rate_mismatch", "执行率89.35%",
  "county funds 53.72/60.00 = 89.53%, stated 89.35%"),
 ("qinzhou-census-2023", 2, "｜(5)｜7.92", "｜(5)｜7.29", "balance_mismatch", "(5)｜7.29",
  "(5) = (3) − (4) = 120.00 − 112.08 = 7.92, stated 7.29"),
 ("qinzhou-census-2023", 3, "652人｜95.88%", "652人｜95.58%", "completion_mismatch", "652人｜95.58%",
  "652/680 = 95.88%, stated 95.58%"),
 ("qinzhou-census-2023", 4, "单位清查数量｜≥1.85万个｜1.93万个｜104.32%｜10｜10", "单位清查数量｜≥1.85万个｜1.93万个｜104.32%｜15｜10", "weight_sum_mismatch",
  None, "weights now sum to 105, stated 100"),
 # F manas
 ("manas-weather-2020", 1, "16分钟｜10｜9.38", "16分钟｜10｜9.83", "score_sum_mismatch", None,
  "row scores now sum to 87.92, stated total 87.47"),
 ("manas-weather-2020", 2, "评价等级：良好", "评价等级：优秀", "grade_mismatch", "评价等级：优秀",
  "87.47 is in the 良 band (80 ≤ s < 90)"),
 ("manas-weather-2020", 3, "作业装备完好率｜≥95%｜97.5%", "作业装备完好率｜≥95%｜107.5%", "implausible_rate", "完好率｜≥95%｜107.5%",
  "an equipment intact rate cannot exceed 100%"),
 ("manas-weather-2020", 4, "截至2020年12月31日", "截至2021年12月31日", "year_mismatch", "截至2021年12月31日",
  "the 2020 report states its spending as of the end of 2021"),
 # G longhui
 ("longhui-ecommerce-2018", 1, "结余资金532,680.00元", "结余资金523,680.00元", "balance_mismatch", "523,680.00元",
  "9,000,000.00 − 8,467,320.00 = 532,680.00, stated 523,680.00"),
 ("longhui-ecommerce-2018", 2, "人均培训成本239.50元", "人均培训成本293.50元", "average_mismatch", "人均培训成本293.50元",
  "862,200.00 / 3,600 = 239.50, stated 293.50"),
 ("longhui-ecommerce-2018", 3, "农户及网商满意度｜≥90%｜92%｜10｜10｜", "农户及网商满意度｜≥90%｜92%｜10｜10.22｜", "score_exceeds_weight", "92%｜10｜10.22",
  "score 10.22 above the weight 10 (uncapped 10 × 92/90); the whole-number total 98 still covers the rows (98.05)"),
 ("longhui-ecommerce-2018", 4, "网货开发700,000.00元", "网货开发700,000.00万元", "unit_mismatch", "700,000.00万元",
  "a 元 amount labelled 万元 (off by 10^4); the five parts sum to 9,000,000.00元 only with 元"),
 # H huoqiu
 ("huoqiu-archives-2024", 1, "27%\t15\t13.50", "27%\t15\t13.05", "score_sum_mismatch", None,
  "row scores now sum to 97.80, stated total 98.25"),
 ("huoqiu-archives-2024", 2, "82.6万画幅\t15\t15", "82.6万画幅\t16\t15", "weight_sum_mismatch", None,
  "weights now 10 + 91 = 101 (产出 61 against the stated 60), stated 100"),
 ("huoqiu-archives-2024", 3, "3,000人次\t3,260人次", "3,000人次\t108.67%", "unit_mismatch", "3,000人次\t108.67%",
  "target in 人次, actual given as a percentage"),
 ("huoqiu-archives-2024", 4, "46万条\t46.3万条", "46万条\t46.8万条", "figure_mismatch", "46.8万条",
  "figures file gives the actual 46.3万条; stated nowhere else in the text (needs the key figures)"),
 # I dancheng
 ("dancheng-grainreserve-2025", 1, "｜100%｜97.88%｜10｜9.79", "｜100%｜97.78%｜10｜9.79", "rate_mismatch", "97.78%",
  "352.76/360.40 = 97.88%, stated 97.78%"),
 ("dancheng-grainreserve-2025", 2, "等级为优", "等级为良", "grade_mismatch", "等级为良",
  "99 is in the 优 band"),
 ("dancheng-grainreserve-2025", 3, "储备粮规模2.0万吨（小麦）", "储备粮规模2.5万吨（小麦）", "conflicting_values", "规模2.5万吨",
  "the reserve is 2.0万吨 everywhere else (保管费 2.0万吨×100元, 实物库存, table)"),
 ("dancheng-grainreserve-2025", 4, "2025年3月，县财政局下达", "2024年3月，县财政局下达", "year_mismatch", "2024年3月",
  "2025 money issued in March 2024: neither in the evaluation year nor an advance in the December before"),
 ("dancheng-grainreserve-2025", 5, "储备粮宜存率｜≥95%｜98%｜10｜10", "储备粮宜存率｜≥95%｜98%｜10｜10.32", "score_exceeds_weight", "98%｜10｜10.32",
  "score 10.32 above the weight 10 (uncapped 10 × 98/95); the whole-number total 99 still covers the rows (99.31)"),
 # J antu
 ("antu-forestfire-2022", 1, "防火物资及装备购置78.50万元", "防火物资及装备购置87.50万元", "sum_mismatch",
  "全年预算240.00万元按用途安排为：专业扑火队伍建设96.00万元，防火物资及装备购置87.50万元",
  "96.00 + 87.50 + 18.00 + 32.50 + 15.00 = 249.00, stated total 240.00"),
 ("antu-forestfire-2022", 2, "防火宣传覆盖率达到100%", "防火宣传覆盖率达到110%", "implausible_rate", "覆盖率达到110%",
  "a coverage rate cannot exceed 100%"),
 ("antu-forestfire-2022", 3, "82% | 86.32%", "82% | 83.62%", "completion_mismatch", "82% | 83.62%",
  "82/95 = 86.32%, stated 83.62%"),
 ("antu-forestfire-2022", 4, "防火宣传材料4.1万份", "防火宣传材料4.7万份", "conflicting_values", "宣传材料4.7万份",
  "the table gives 4.1万份 (completion 82.00%, score 4.10); the text says 4.7万份"),
]


def span_to_total(case_text, new, total_line_prefix):
    """From the start of the edited row to the end of the total row's cell that holds the total."""
    i = case_text.index(new)
    row_start = case_text.rfind("\n", 0, i) + 1
    j = case_text.index(total_line_prefix, i)
    return case_text[row_start:j + len(total_line_prefix)]


TOTAL_ROW = {  # prefix of the total row up to the cell the value must reach
 ("qinzhou-census-2023", 4): "合计｜｜｜｜｜｜100",
 ("manas-weather-2020", 1): "合计｜｜｜｜｜100｜87.47",
 ("huoqiu-archives-2024", 1): "合计\t\t\t\t\t\t100\t98.25",
 ("huoqiu-archives-2024", 2): "合计\t\t\t\t\t\t100",
}


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, old, new, code, value, expl) in E:
            if p != pid:
                continue
            assert clean.count(old) == 1, (p, n, old, clean.count(old))
            text = clean.replace(old, new)
            if value is None:
                value = span_to_total(text, new, TOTAL_ROW[(p, n)])
            assert text.count(value) == 1 and clean.count(value) == 0, (p, n, value)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(labels), "cases,", sum(1 for r in labels if not r["clean"]), "with an error")


if __name__ == "__main__":
    main()
