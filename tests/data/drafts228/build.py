#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts228 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jianshui-ajingqu-2021",
    "qionghai-tourpromo-2023",
    "yixian-ruraltourism-2022",
    "dunhua-tourtoilet-2019",
    "pingluo-wenlvdept-2024",
]

# (source, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 建水县 A级景区提升 2021 (Yunnan) ----
    ("jianshui-ajingqu-2021", "e1", "grade_mismatch", "prose",
     "自评得分89.73分，自评等级为“良”",
     "自评得分89.73分，自评等级为“优”",
     "自评等级为“优”",
     "total 89.73 lies in the 良 band (80 <= s < 90), not 优"),
    ("jianshui-ajingqu-2021", "e2", "rate_mismatch", "table",
     "311.36｜—｜77.84%",
     "311.36｜—｜77.48%",
     "311.36｜—｜77.48%",
     "当年财政拨款 row: 311.36 / 400.00 = 77.84%, stated 77.48% (digits swapped)"),
    ("jianshui-ajingqu-2021", "e3", "score_exceeds_weight", "table",
     "部分建立｜10｜7｜燕子洞景区管护队伍未组建到位\n满意度指标｜服务对象满意度指标｜游客满意度｜≥90%｜88.2%｜10｜9.8｜",
     "部分建立｜10｜6｜燕子洞景区管护队伍未组建到位\n满意度指标｜服务对象满意度指标｜游客满意度｜≥90%｜88.2%｜10｜10.8｜",
     "88.2%｜10｜10.8",
     "游客满意度 scored 10.8 against a weight of 10 (管护机制 row lowered 7 -> 6 so the total still reads 89.73)"),
    ("jianshui-ajingqu-2021", "e4", "year_mismatch", "prose",
     "已按规定结转至2022年继续使用",
     "已按规定结转至2021年继续使用",
     "结转至2021年",
     "unspent 2021 money cannot be carried over into 2021 itself; it goes to 2022"),
    ("jianshui-ajingqu-2021", "e5", "unit_mismatch", "table",
     "｜≥3.5公里｜3.1公里｜10｜8.86",
     "｜≥3.5公里｜88.57%｜10｜8.86",
     "≥3.5公里｜88.57%",
     "target in 公里, actual written as a percentage (the completion ratio pasted into the 实际完成值 cell)"),
    ("jianshui-ajingqu-2021", "e6", "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0.00)"),

    # ---- 琼海市 旅游宣传推介 2023 (Hainan) ----
    ("qionghai-tourpromo-2023", "e1", "rate_mismatch", "prose",
     "节庆活动支出46.57万元，执行率93.14%",
     "节庆活动支出46.57万元，执行率93.41%",
     "46.57万元，执行率93.41%",
     "节庆活动 46.57 / 50.00 = 93.14%, stated 93.41%"),
    ("qionghai-tourpromo-2023", "e2", "average_mismatch", "prose",
     "平均每场28.09万元",
     "平均每场28.90万元",
     "平均每场28.90万元",
     "(29.60 + 31.25 + 27.10 + 24.40) / 4 = 28.09"),
    ("qionghai-tourpromo-2023", "e3", "balance_mismatch", "prose",
     "年末结余资金12.38万元",
     "年末结余资金12.83万元",
     "结余资金12.83万元",
     "到位 300.00 - 支出 287.62 = 12.38"),
    ("qionghai-tourpromo-2023", "e4", "weight_sum_mismatch", "table",
     "｜105.26%｜5｜5｜",
     "｜105.26%｜10｜5｜",
     "105.26%｜10｜5",
     "时效 row weight 10 instead of 5: 10 + 55 + 30 + 10 = 105, not 100"),
    ("qionghai-tourpromo-2023", "e5", "year_mismatch", "table",
     "评价年度｜2023",
     "评价年度｜2022",
     "评价年度｜2022",
     "the table claims 2022 while the report, budget and outputs are 2023"),
    ("qionghai-tourpromo-2023", "e6", "completion_mismatch", "table",
     "｜2650万次｜88.33%｜",
     "｜2650万次｜83.33%｜",
     "2650万次｜83.33%",
     "2650 / 3000 = 88.33%, stated 83.33%"),

    # ---- 黟县 乡村旅游奖补 2022 (Anhui, prose only) ----
    ("yixian-ruraltourism-2022", "e1", "balance_mismatch", "prose",
     "未支出资金33.60万元，其中",
     "未支出资金36.30万元，其中",
     "未支出资金36.30万元",
     "全年预算/到位 580.00 - 支出 546.40 = 33.60"),
    ("yixian-ruraltourism-2022", "e2", "sum_mismatch", "prose",
     "配套设施补助95.40万元",
     "配套设施补助59.40万元",
     "全年支出546.40万元，其中重点村奖补180.00万元、精品民宿奖补156.00万元、农家乐提升奖补80.00万元、配套设施补助59.40万元",
     "180.00 + 156.00 + 80.00 + 59.40 + 35.00 = 510.40, stated total 546.40"),
    ("yixian-ruraltourism-2022", "e3", "score_sum_mismatch", "prose",
     "自评总得分97.20分",
     "自评总得分97.02分",
     "预算执行得分9.42分，产出指标得分47.78分，效益指标得分30分，满意度指标得分10分，自评总得分97.02分",
     "9.42 + 47.78 + 30 + 10 = 97.20, stated 97.02"),
    ("yixian-ruraltourism-2022", "e4", "weight_sum_mismatch", "prose",
     "效益指标30分",
     "效益指标35分",
     "效益指标35分",
     "10 + 50 + 35 + 10 = 105; the three 效益 indicators of 10 points each give 30"),
    ("yixian-ruraltourism-2022", "e5", "unit_mismatch", "prose",
     "宣传培训35.00万元",
     "宣传培训350000.00万元",
     "宣传培训350000.00万元",
     "350000.00 is the amount in 元 (35.00万元 = 1750人次 x 200元); labelled 万元 it is off by 10^4 and breaks the 546.40 total"),
    ("yixian-ruraltourism-2022", "e6", "completion_mismatch", "prose",
     "实际完成40家，完成率80%",
     "实际完成40家，完成率85%",
     "完成40家，完成率85%",
     "40 / 50 = 80%, stated 85%"),

    # ---- 敦化市 旅游厕所 2019 (Jilin) ----
    ("dunhua-tourtoilet-2019", "e1", "score_sum_mismatch", "table",
     "总分｜｜｜｜｜｜100｜97.62｜",
     "总分｜｜｜｜｜｜100｜97.26｜",
     "总分｜｜｜｜｜｜100｜97.26",
     "9.53 + 49.76 + 28.33 + 10 = 97.62, stated 97.26"),
    ("dunhua-tourtoilet-2019", "e2", "completion_mismatch", "table",
     "｜85.71%｜95.23%｜",
     "｜85.71%｜85.71%｜",
     "85.71%｜85.71%",
     "85.71 / 90 = 95.23%; the actual value was copied into the 完成率 cell"),
    ("dunhua-tourtoilet-2019", "e3", "rate_mismatch", "table",
     "其中：当年财政拨款｜60.00｜240.00｜228.80｜—｜95.33%",
     "其中：当年财政拨款｜60.00｜240.00｜228.80｜—｜93.53%",
     "228.80｜—｜93.53%",
     "228.80 / 240.00 = 95.33%, stated 93.53%"),
    ("dunhua-tourtoilet-2019", "e4", "average_mismatch", "prose",
     "平均每座10.47万元",
     "平均每座10.74万元",
     "平均每座10.74万元",
     "(11.30 + 9.80 + 10.60 + 12.00 + 9.60 + 9.50) / 6 = 10.47"),
    ("dunhua-tourtoilet-2019", "e5", "conflicting_values", "prose",
     "游客满意度为90.3%",
     "游客满意度为93.0%",
     "游客满意度为93.0%",
     "the 自评表 gives 游客满意度 90.3% (completion 106.24% = 90.3/85)"),
    ("dunhua-tourtoilet-2019", "e6", "year_mismatch", "prose",
     "截至2019年12月31日，14座",
     "截至2018年12月31日，14座",
     "截至2018年12月31日",
     "the 2019 outputs are dated at the end of 2018 (before the money was issued in April 2019)"),

    # ---- 平罗县 文化旅游广电局 部门整体 2024 (Ningxia) ----
    ("pingluo-wenlvdept-2024", "e1", "grade_mismatch", "prose",
     "评价等级为“优秀”",
     "评价等级为“良好”",
     "自评得分98.56分，评价等级为“良好”",
     "total 98.56 lies in the 优 band (>= 90)"),
    ("pingluo-wenlvdept-2024", "e2", "conflicting_values", "table",
     "全县旅游接待人次｜≥520万人次｜568.4万人次",
     "全县旅游接待人次｜≥520万人次｜586.4万人次",
     "全县旅游接待人次｜≥520万人次｜586.4万人次",
     "the text gives 2024年全县接待游客568.4万人次; the 自评表 row says 586.4 (digits swapped)"),
    ("pingluo-wenlvdept-2024", "e3", "balance_mismatch", "prose",
     "年末尚有21.67万元未支付",
     "年末尚有21.76万元未支付",
     "尚有21.76万元未支付",
     "A级景区提升 160.00 - 138.33 = 21.67"),
    ("pingluo-wenlvdept-2024", "e4", "score_exceeds_weight", "table",
     "｜7场｜5｜5\n产出指标｜数量指标｜送戏下乡演出｜≥120场｜126场｜10｜10",
     "｜7场｜5｜6\n产出指标｜数量指标｜送戏下乡演出｜≥120场｜126场｜10｜9",
     "7场｜5｜6",
     "宣传推介 row scored 6 against a weight of 5 (送戏下乡 row lowered 10 -> 9 so the total still reads 98.56)"),
    ("pingluo-wenlvdept-2024", "e5", "implausible_rate", "table",
     "旅游宣传推介｜95.00｜95.00｜100.00%",
     "旅游宣传推介｜95.00｜99.80｜105.05%",
     "旅游宣传推介｜95.00｜99.80｜105.05%",
     "99.80 spent of a 95.00 budget: execution rate 105.05% (arithmetic right, rate above 100%)"),
    ("pingluo-wenlvdept-2024", "e6", "sum_mismatch", "table",
     "项目支出｜473.80｜",
     "项目支出｜437.80｜",
     "项目支出｜437.80",
     "年初预算: 812.60 + 437.80 = 1,250.40, stated total 1,286.40"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in by_source.get(src, []):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) < 1:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
