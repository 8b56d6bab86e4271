#!/usr/bin/env python3
"""Build the n181 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
the result is written to cases/<id>-eN.txt and one label line per case goes to labels.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xushui-airpollution-2020",
    "linchuan-keybasin-2021",
    "daye-soilrisk-2023",
    "baodi-envmonitor-2024",
    "bobai-ruralenv-2018",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 徐水区 大气污染防治 2020 (web table, tab-separated rows) ----
    ("xushui-airpollution-2020", 1, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100%",
     "其他资金 has a 全年预算数 of 0.00: an execution rate of 100% on a zero base (the cell should read —)"),
    ("xushui-airpollution-2020", 2, "weight_sum_mismatch", "table",
     "散煤复烧专项巡查\t≥12次\t12次\t6\t6",
     "散煤复烧专项巡查\t≥12次\t12次\t8\t6",
     "散煤复烧专项巡查\t≥12次\t12次\t8",
     "weight 6 typed as 8: 10 + 52 + 30 + 10 = 102, and 产出 rows add to 52 instead of 50"),
    ("xushui-airpollution-2020", 3, "rate_mismatch", "table",
     "643.12\t—\t94.58%",
     "643.12\t—\t94.85%",
     "94.85%",
     "当年财政拨款 643.12 / 680.00 = 94.58%, stated 94.85% (digits swapped)"),
    ("xushui-airpollution-2020", 4, "year_mismatch", "prose",
     "按规定结转至2021年使用",
     "按规定结转至2020年使用",
     "结转至2020年",
     "a 2020 report carries its unspent 36.88万元 forward into 2020 itself; it must be 2021"),
    ("xushui-airpollution-2020", 5, "average_mismatch", "prose",
     "分别为84.2%、85.9%、87.1%、88.4%",
     "分别为84.2%、88.9%、87.1%、88.4%",
     "84.2%、88.9%、87.1%、88.4%，全年平均86.4%",
     "mean of the four quarters is (84.2 + 88.9 + 87.1 + 88.4) / 4 = 87.15%, stated 86.4%"),
    ("xushui-airpollution-2020", 6, "grade_mismatch", "prose",
     "评价等级为“优秀”",
     "评价等级为“良好”",
     "评价等级为“良好”",
     "total 97.99 is in the 优 band (90-100), not 良"),

    # ---- 临川区 重点流域水污染防治 2021 (Word tables flattened, one cell per line) ----
    ("linchuan-keybasin-2021", 1, "completion_mismatch", "table",
     "\t19.6公里\n\t108.89%",
     "\t19.6公里\n\t108.98%",
     "108.98%",
     "管网 actual 19.6公里 / target 18公里 = 108.89%, stated 108.98%"),
    ("linchuan-keybasin-2021", 2, "rate_mismatch", "table",
     "\t96.93\n",
     "\t96.39\n",
     "96.39",
     "预算执行率 row, 中央级 column: 872.36 / 900.00 = 96.93%, stated 96.39"),
    ("linchuan-keybasin-2021", 3, "score_exceeds_weight", "table",
     "新建乡镇污水配套管网长度（公里）\n\t10\n\t≥18公里\n\t19.6公里\n\t108.89%\n\t10\n\n\t数量指标\n\t入河排污口排查整治数量（个）\n\t8\n",
     "新建乡镇污水配套管网长度（公里）\n\t8\n\t≥18公里\n\t19.6公里\n\t108.89%\n\t10\n\n\t数量指标\n\t入河排污口排查整治数量（个）\n\t10\n",
     "新建乡镇污水配套管网长度（公里）\n\t8\n\t≥18公里\n\t19.6公里\n\t108.89%\n\t10",
     "weights of the two first 数量指标 rows swapped (sums unchanged): 管网 row now has 权重 8 and 得分 10"),
    ("linchuan-keybasin-2021", 4, "sum_mismatch", "prose",
     "温泉镇5.8公里",
     "温泉镇5.3公里",
     "罗针镇6.2公里、温泉镇5.3公里、龙溪镇7.6公里，合计19.6公里",
     "6.2 + 5.3 + 7.6 = 19.1公里, stated total 19.6公里"),
    ("linchuan-keybasin-2021", 5, "year_mismatch", "prose",
     "对2021年度重点流域水污染防治项目开展了绩效自评",
     "对2020年度重点流域水污染防治项目开展了绩效自评",
     "2020年度重点流域水污染防治项目",
     "the title and every table evaluate 2021, the opening paragraph claims the 2020 project (copied from last year's report)"),
    ("linchuan-keybasin-2021", 6, "conflicting_values", "prose",
     "2座水质自动监测站全年数据有效率95.2%",
     "2座水质自动监测站全年数据有效率92.5%",
     "数据有效率92.5%",
     "the 产出 table gives 水质自动监测站数据有效率 95.2% (完成率 105.78% = 95.2/90); the text says 92.5%"),

    # ---- 大冶市 土壤污染风险管控 2023 (｜-separated table) ----
    ("daye-soilrisk-2023", 1, "sum_mismatch", "table",
     "其中：当年财政拨款｜420.00",
     "其中：当年财政拨款｜402.00",
     "当年财政拨款｜402.00",
     "年初预算数 column: 402.00 + 0.00 + 0.00 = 402.00, but 年度资金总额 says 420.00"),
    ("daye-soilrisk-2023", 2, "unit_mismatch", "table",
     "｜≥1.2万亩｜1.26万亩｜",
     "｜≥1.2万亩｜105%｜",
     "≥1.2万亩｜105%",
     "target in 万亩, actual written as a percentage (the completion 1.26/1.2) so the row cannot be compared"),
    ("daye-soilrisk-2023", 3, "score_sum_mismatch", "table",
     "｜8｜6.40｜",
     "｜8｜6.04｜",
     "6.04",
     "row scores now add to 9.30 + 46.37 + 24 + 9.56 = 89.23, stated total 89.59"),
    ("daye-soilrisk-2023", 4, "balance_mismatch", "prose",
     "年末结余34.13万元",
     "年末结余34.31万元",
     "结余34.31万元",
     "486.50 - 452.37 = 34.13 (funds fully received), stated 34.31"),
    ("daye-soilrisk-2023", 5, "average_mismatch", "prose",
     "分别为88%、85%、85%",
     "分别为88%、83%、85%",
     "88%、83%、85%，平均86%",
     "(88 + 83 + 85) / 3 = 85.33%, stated 86%"),
    ("daye-soilrisk-2023", 6, "implausible_rate", "prose",
     "收回有效问卷146份，有效回收率97.3%",
     "收回有效问卷164份，有效回收率109.3%",
     "有效回收率109.3%",
     "164 questionnaires returned out of 150 distributed: a recovery rate over 100% (the arithmetic 164/150 holds)"),

    # ---- 宝坻区 生态环境监测站运行 2024 (PDF text, space-separated table) ----
    ("baodi-envmonitor-2024", 1, "score_exceeds_weight", "table",
     "空气自动站数据有效率 ≥90% 86.5% 8 7.69 分析仪老化，签订备机协议\n实验室能力验证合格率 100% 100% 6 6",
     "空气自动站数据有效率 ≥90% 86.5% 6 7.69 分析仪老化，签订备机协议\n实验室能力验证合格率 100% 100% 8 6",
     "空气自动站数据有效率 ≥90% 86.5% 6 7.69",
     "weights of two adjacent 质量指标 rows swapped (sums unchanged): score 7.69 on a weight of 6"),
    ("baodi-envmonitor-2024", 2, "weight_sum_mismatch", "table",
     "监测报告按时报送率 ≥95% 100% 6 6",
     "监测报告按时报送率 ≥95% 100% 8 6",
     "监测报告按时报送率 ≥95% 100% 8",
     "weights now add to 102 (产出 52)"),
    ("baodi-envmonitor-2024", 3, "grade_mismatch", "prose",
     "评价等级为良好",
     "评价等级为优秀",
     "评价等级为优秀",
     "total 88.34 is in the 良 band (80-90), not 优"),
    ("baodi-envmonitor-2024", 4, "unit_mismatch", "prose",
     "空气自动站运维96.00万元、手工监测试剂耗材及外委检测79.32",
     "空气自动站运维960000万元、手工监测试剂耗材及外委检测79.32",
     "960000万元",
     "a 元 figure (960000元 = 96.00万元) labelled 万元: the items no longer add to 232.68 and rescaling by 10^4 reconciles them"),
    ("baodi-envmonitor-2024", 5, "completion_mismatch", "prose",
     "完成率103%",
     "完成率130%",
     "完成率130%",
     "412 / 400 = 103%, stated 130%"),
    ("baodi-envmonitor-2024", 6, "balance_mismatch", "prose",
     "未支出资金120.12万元",
     "未支出资金102.12万元",
     "未支出资金102.12万元",
     "352.80 - 232.68 = 120.12, stated 102.12"),

    # ---- 博白县 农村环境综合整治 2018 (web table, one cell per line) ----
    ("bobai-ruralenv-2018", 1, "conflicting_values", "table",
     "建成村级污水处理设施9座，配置",
     "建成村级污水处理设施8座，配置",
     "建成村级污水处理设施8座",
     "the 自评表 goal block says 8 facilities were built; the indicator row, the text and the spending list say 9"),
    ("bobai-ruralenv-2018", 2, "completion_mismatch", "table",
     "600个\n107.14%",
     "600个\n107.41%",
     "107.41%",
     "600 / 560 = 107.14%, stated 107.41%"),
    ("bobai-ruralenv-2018", 3, "sum_mismatch", "table",
     "配套污水管网\n118.26",
     "配套污水管网\n112.86",
     "112.86",
     "486.90 + 112.86 + 72.30 + 81.00 = 753.06, stated 合计 758.46"),
    ("bobai-ruralenv-2018", 4, "unit_mismatch", "table",
     "完成整治建制村数量\n≥14个\n14个",
     "完成整治建制村数量\n≥14个\n100%",
     "≥14个\n100%",
     "target in 个, actual written as a percentage"),
    ("bobai-ruralenv-2018", 5, "score_sum_mismatch", "prose",
     "效益指标25.74分",
     "效益指标27.54分",
     "效益指标27.54分",
     "9.03 + 44.43 + 27.54 + 9.46 = 90.46, stated total 88.66 (the table's 效益 rows give 25.74)"),
    ("bobai-ruralenv-2018", 6, "rate_mismatch", "prose",
     "中央资金执行率91.43%",
     "中央资金执行率94.13%",
     "中央资金执行率94.13%",
     "640.00 / 700.00 = 91.43%, stated 94.13%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, f"{pid}-clean.txt"))
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{pid}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
