#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts239 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short exact substring of the error case that carries the injected error.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "honghu-hangdao-2022",
    "rugao-gangkou-2021",
    "yingde-dukou-2023",
    "zhongxian-gangha-2024",
    "huarong-chuanwu-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 洪湖 内河航道养护 2022 (Hubei) ----
    ("honghu-hangdao-2022", 1, "rate_mismatch", "table",
     "｜281.59｜—｜93.86%｜", "｜281.59｜—｜93.68%｜",
     "93.68%", "当年财政拨款 row: 281.59 / 300.00 = 93.86%, stated 93.68%"),
    ("honghu-hangdao-2022", 2, "score_exceeds_weight", "table",
     "｜86公里｜10｜9.77｜洪排河2公里航段封航施工，解除封航后纳入养护\n产出指标｜数量指标｜航标维护及更新｜≥120座｜126座｜8｜8｜",
     "｜86公里｜10｜8｜洪排河2公里航段封航施工，解除封航后纳入养护\n产出指标｜数量指标｜航标维护及更新｜≥120座｜126座｜8｜9.77｜",
     "126座｜8｜9.77", "scores of two adjacent rows swapped: 航标维护及更新 now scores 9.77 against a weight of 8 (total unchanged)"),
    ("honghu-hangdao-2022", 3, "year_mismatch", "text",
     "2022年6月，省交通运输厅追加下达", "2021年6月，省交通运输厅追加下达",
     "2021年6月，省交通运输厅追加下达", "the mid-year addition to the 2022 budget is dated June 2021, before the budget year (only a December advance is possible)"),
    ("honghu-hangdao-2022", 4, "conflicting_values", "table",
     "｜3.46万立方米｜8｜8｜", "｜3.64万立方米｜8｜8｜",
     "3.64万立方米", "dredged volume 3.64万立方米 in the table, 3.46万立方米 in the text (which also gives 超出0.26 and 26.8元 × 3.46 = 92.73)"),
    ("honghu-hangdao-2022", 5, "grade_mismatch", "text",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "total 98.75 is in the 优 band (≥90)"),
    ("honghu-hangdao-2022", 6, "unit_mismatch", "table",
     "≥120座｜126座", "≥120座｜105%",
     "≥120座｜105%", "target is a count of 航标 (座), actual a percentage"),

    # ---- 如皋 港口公共基础设施建设 2021 (Jiangsu) ----
    ("rugao-gangkou-2021", 1, "completion_mismatch", "table",
     "3126艘次｜111.64%", "3126艘次｜116.14%",
     "116.14%", "3126 / 2800 = 111.64%, stated 116.14%"),
    ("rugao-gangkou-2021", 2, "weight_sum_mismatch", "table",
     "1.6公里｜100.00%｜6｜6｜", "1.6公里｜100.00%｜8｜6｜",
     "1.6公里｜100.00%｜8｜6", "weight of 港区道路改造长度 raised from 6 to 8: weights now total 102 (产出 52)"),
    ("rugao-gangkou-2021", 3, "sum_mismatch", "text",
     "其中省级补助120.00万元", "其中省级补助102.00万元",
     "调整后全年预算520.00万元，其中省级补助102.00万元、市级财政资金360.00万元、上年结转资金40.00万元",
     "102.00 + 360.00 + 40.00 = 502.00, stated total 520.00"),
    ("rugao-gangkou-2021", 4, "balance_mismatch", "text",
     "结余28.74万元", "结余28.47万元",
     "结余28.47万元", "520.00 received − 491.26 spent = 28.74"),
    ("rugao-gangkou-2021", 5, "average_mismatch", "text",
     "平均每组49.67万元", "平均每组49.76万元",
     "平均每组49.76万元", "(46.80 + 52.30 + 49.90) / 3 = 49.67"),
    ("rugao-gangkou-2021", 6, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%", "execution rate 100% printed on a zero 其他资金 budget"),

    # ---- 英德 渡口渡船安全管理 2023 (Guangdong) ----
    ("yingde-dukou-2023", 1, "score_sum_mismatch", "table",
     "｜88.25%｜10｜9.81｜", "｜88.25%｜10｜9.18｜",
     "9.18｜候船条件有待改善\n总分｜｜｜｜｜100｜95.34",
     "row scores now add to 94.71 (satisfaction typed 9.18), stated total 95.34"),
    ("yingde-dukou-2023", 2, "rate_mismatch", "text",
     "支出率95.02%", "支出率95.20%",
     "支出率95.20%", "市级资金 91.22 / 96.00 = 95.02%"),
    ("yingde-dukou-2023", 3, "unit_mismatch", "text",
     "渡口码头及候船亭维修支出20.88万元", "渡口码头及候船亭维修支出208800万元",
     "208800万元", "the 20.88万元 item (208800元) written with the unit 万元: off by 10^4 against the 明细表 and the total 148.62"),
    ("yingde-dukou-2023", 4, "completion_mismatch", "text",
     "为年度目标85万人次的80.00%", "为年度目标85万人次的88.00%",
     "85万人次的88.00%", "68.0 / 85 = 80.00%"),
    ("yingde-dukou-2023", 5, "sum_mismatch", "table",
     "｜12.48｜救生衣640件", "｜12.84｜救生衣640件",
     "12.84｜救生衣640件及救生圈、灭火器\n渡口视频监控运维｜16.20｜34个渡口监控点通信及设备维护\n渡口码头及候船亭维修｜20.88｜9个渡口码头踏步、护栏及候船亭维修\n安全培训及宣传｜5.60｜渡工培训3期、宣传资料印制\n合计｜148.62",
     "items now add to 148.98 (12.84 for 12.48), 合计 148.62"),
    ("yingde-dukou-2023", 6, "average_mismatch", "text",
     "90%、86%、85%、92%，平均为88.25%", "90%、68%、85%、92%，平均为88.25%",
     "90%、68%、85%、92%，平均为88.25%", "(90 + 68 + 85 + 92) / 4 = 83.75%, stated average 88.25%"),

    # ---- 忠县 港航海事事务中心 部门整体 2024 (Chongqing) ----
    ("zhongxian-gangha-2024", 1, "weight_sum_mismatch", "table",
     "｜96.3%｜8｜7.86｜", "｜96.3%｜9｜7.86｜",
     "96.3%｜9｜7.86", "weight of 航道维护尺度达标率 typed 9: weights now total 101"),
    ("zhongxian-gangha-2024", 2, "score_exceeds_weight", "table",
     "｜512次｜8｜8｜\n产出指标｜数量指标｜航标维护｜≥96座｜96座｜6｜6｜",
     "｜512次｜8｜6｜\n产出指标｜数量指标｜航标维护｜≥96座｜96座｜6｜8｜",
     "96座｜6｜8", "scores of two adjacent rows swapped: 航标维护 scores 8 against a weight of 6 (total unchanged)"),
    ("zhongxian-gangha-2024", 3, "grade_mismatch", "table",
     "评价等级｜良", "评价等级｜优",
     "评价等级｜优", "total 88.54 is in the 良 band (80–90)"),
    ("zhongxian-gangha-2024", 4, "implausible_rate", "text",
     "实际支出22.56万元，执行率94.00%", "实际支出25.44万元，执行率106.00%",
     "实际支出25.44万元，执行率106.00%", "fuel spending 25.44 above its 24.00 budget: execution rate over 100%"),
    ("zhongxian-gangha-2024", 5, "conflicting_values", "table",
     "｜≥480次｜512次｜", "｜≥480次｜521次｜",
     "521次", "渡口渡船安全检查: 521次 in the table, 512次 in the text"),
    ("zhongxian-gangha-2024", 6, "year_mismatch", "text",
     "截至2024年12月31日，辖区共有营运渡口23道", "截至2023年12月31日，辖区共有营运渡口23道",
     "截至2023年12月31日", "the year-end figures of a 2024 report are dated 31 Dec 2023"),

    # ---- 华容 船舶污染物接收转运处置 2019 (Hunan, prose only) ----
    ("huarong-chuanwu-2019", 1, "balance_mismatch", "text",
     "年末结余16.55万元", "年末结余15.65万元",
     "结余15.65万元", "180.00 received − 163.45 spent = 16.55"),
    ("huarong-chuanwu-2019", 2, "score_sum_mismatch", "text",
     "效益指标分值30分，得29.61分", "效益指标分值30分，得29.16分",
     "得29.16分，其中联单闭环率扣0.39分；满意度指标分值10分，得10分；自评总得分98.13分",
     "9.08 + 49.44 + 29.16 + 10 = 97.68, stated 98.13 (and 30 − 0.39 = 29.61)"),
    ("huarong-chuanwu-2019", 3, "completion_mismatch", "text",
     "接收含油污水372吨，完成年度目标的93.00%", "接收含油污水372吨，完成年度目标的93.50%",
     "完成年度目标的93.50%", "372 / 400 = 93.00%"),
    ("huarong-chuanwu-2019", 4, "unit_mismatch", "text",
     "宣传培训及水质监测8.10万元", "宣传培训及水质监测81000万元",
     "81000万元", "the 8.10万元 item (81000元) written with the unit 万元: the four items then no longer add to 163.45"),
    ("huarong-chuanwu-2019", 5, "year_mismatch", "text",
     "结转至2020年继续用于转运处置", "结转至2019年继续用于转运处置",
     "结转至2019年", "the unspent part of the 2019 budget is carried forward to 2019 itself"),
    ("huarong-chuanwu-2019", 6, "average_mismatch", "text",
     "平均每个接收点45.6吨", "平均每个接收点46.5吨",
     "平均每个接收点46.5吨", "(52.6 + 47.5 + 36.7) / 3 = 45.6"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old string matches {k} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
