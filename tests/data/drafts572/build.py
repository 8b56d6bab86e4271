#!/usr/bin/env python3
"""Write the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts and the edit list.

Each edit replaces one unique string of the clean draft (one contiguous change, <= 40 characters)
and breaks exactly one identity of rules.md §7.  `value` is an exact substring of the error case that
contains the changed figure and occurs once (for a table edit, the whole table line).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yn-puer-hangxianbutie-2018",
    "nm-alashan-duantu-2020",
    "zj-jiande-tongyongjichang-2022",
    "gx-hechi-minhangzhongxin-bumen-2024",
    "xj-tacheng-hangxianbutie-2025",
]

# (project, n, code, old, new, value, explanation)
EDITS = [
    # ---- 普洱 2018
    ("yn-puer-hangxianbutie-2018", 1, "rate_mismatch",
     "\t169.96\t30.04\t84.98%", "\t169.96\t30.04\t89.48%",
     "\t省级民航发展专项资金\t0.00\t200.00\t200.00\t169.96\t30.04\t89.48%",
     "funds table, 省级 row: 169.96/200.00 = 84.98%, stated 89.48%"),
    ("yn-puer-hangxianbutie-2018", 2, "sum_mismatch",
     "36,280人次和32,425人次", "36,280人次和32,245人次",
     "一至四季度分别为27,460人次、31,915人次、36,280人次和32,245人次",
     "27,460 + 31,915 + 36,280 + 32,245 = 127,900, but the route table total is 128,080 passengers"),
    ("yn-puer-hangxianbutie-2018", 3, "average_mismatch",
     "平均每班运送旅客78.67人次", "平均每班运送旅客76.87人次",
     "平均每班运送旅客76.87人次",
     "128,080 passengers / 1,628 flights = 78.67, stated 76.87"),
    ("yn-puer-hangxianbutie-2018", 4, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "自评得分99.38分，评价等级为“良”",
     "99.38 is in the 优 band (>= 90)"),
    ("yn-puer-hangxianbutie-2018", 5, "unit_mismatch",
     "全年兑付补贴1,641.60万元", "全年兑付补贴1,641.60亿元",
     "全年兑付补贴1,641.60亿元",
     "the route table total is 1641.60万元; the same figure labelled 亿元 is off by 10^4"),
    ("yn-puer-hangxianbutie-2018", 6, "completion_mismatch",
     "1628班\t101.75%", "1628班\t107.15%",
     "\t\t执飞航班班次\t≥1600班\t1628班\t107.15%\t10\t10",
     "1628/1600 = 101.75%, stated 107.15%"),
    # ---- 阿拉善 2020
    ("nm-alashan-duantu-2020", 1, "balance_mismatch",
     "年末结余13.72万元", "年末结余13.27万元",
     "年末结余13.27万元",
     "640.00 received - 626.28 spent = 13.72, stated 13.27"),
    ("nm-alashan-duantu-2020", 2, "weight_sum_mismatch",
     "\t\t航班正常率\t≥85%\t88.7%\t6\t6", "\t\t航班正常率\t≥85%\t88.7%\t8\t6",
     "\t\t航班正常率\t≥85%\t88.7%\t8\t6",
     "weights now total 102 (航班正常率 6 -> 8) against the 合计 of 100"),
    ("nm-alashan-duantu-2020", 3, "implausible_rate",
     "\t上年结转资金\t0.00\t0.00\t0.00\t0.00\t0.00\t—", "\t上年结转资金\t0.00\t0.00\t0.00\t0.00\t0.00\t100.00%",
     "\t上年结转资金\t0.00\t0.00\t0.00\t0.00\t0.00\t100.00%",
     "execution rate 100.00% printed on a 0.00 budget (rate on a zero base)"),
    ("nm-alashan-duantu-2020", 4, "conflicting_values",
     "全年兑付175.06万元", "全年兑付157.06万元",
     "全年兑付157.06万元",
     "座位补贴 is 175.06万元 in the route table and in the 支出内容 table"),
    ("nm-alashan-duantu-2020", 5, "year_mismatch",
     "同意结转至2021年", "同意结转至2020年",
     "经盟财政局同意结转至2020年",
     "unspent 2020 money carried over to 2020 itself; must be a later year"),
    ("nm-alashan-duantu-2020", 6, "score_exceeds_weight",
     "\t0起\t0起\t6\t6\n\t\t航班正常率\t≥85%\t88.7%\t6\t6", "\t0起\t0起\t6\t6.5\n\t\t航班正常率\t≥85%\t88.7%\t6\t5.5",
     "\t质量指标\t飞行安全事故\t0起\t0起\t6\t6.5",
     "飞行安全事故 scored 6.5 against a weight of 6 (航班正常率 lowered to 5.5 so the total still reads 98.48)"),
    # ---- 建德 2022
    ("zj-jiande-tongyongjichang-2022", 1, "rate_mismatch",
     "预算执行率96.04%，结余", "预算执行率96.40%，结余",
     "全年实际支出898.01万元，预算执行率96.40%",
     "898.01/935.00 = 96.04%, stated 96.40%"),
    ("zj-jiande-tongyongjichang-2022", 2, "score_sum_mismatch",
     "自评得分98.94分", "自评得分98.49分",
     "自评得分98.49分",
     "the row scores and the table 合计 give 98.94"),
    ("zj-jiande-tongyongjichang-2022", 3, "sum_mismatch",
     "调减45.00万元", "调减54.00万元",
     "年初预算860.00万元，年中追加120.00万元、调减54.00万元，调整后全年预算935.00万元",
     "860.00 + 120.00 - 54.00 = 926.00, not 935.00"),
    ("zj-jiande-tongyongjichang-2022", 4, "unit_mismatch",
     "\t≥720班\t690班\t95.83%", "\t≥720班\t95.83%\t95.83%",
     "\t\t短途运输执飞班次\t≥720班\t95.83%\t95.83%\t8\t7.67",
     "target in 班, actual given as a percentage"),
    ("zj-jiande-tongyongjichang-2022", 5, "average_mismatch",
     "平均每班旅客6.31人次", "平均每班旅客6.13人次",
     "平均每班旅客6.13人次",
     "4,351 passengers / 690 flights = 6.31, stated 6.13"),
    ("zj-jiande-tongyongjichang-2022", 6, "completion_mismatch",
     "17290座\t108.06%", "17290座\t106.08%",
     "\t\t低空观光投放座位\t≥16000座\t17290座\t106.08%\t6\t6",
     "17290/16000 = 108.06%, stated 106.08%"),
    # ---- 河池 2024 部门整体
    ("gx-hechi-minhangzhongxin-bumen-2024", 1, "score_exceeds_weight",
     "1262班\t100.96%\t8\t8\n\t\t通航作业点建设\t≥1个\t1个\t100.00%\t6\t6",
     "1262班\t100.96%\t8\t8.5\n\t\t通航作业点建设\t≥1个\t1个\t100.00%\t6\t5.5",
     "\t\t补贴航线执飞班次\t≥1250班\t1262班\t100.96%\t8\t8.5",
     "执飞班次 scored 8.5 against a weight of 8 (通航作业点建设 lowered to 5.5 so the total still reads 99.55)"),
    ("gx-hechi-minhangzhongxin-bumen-2024", 2, "balance_mismatch",
     "年末结转36.64万元", "年末结转63.64万元",
     "年末结转63.64万元",
     "2,486.50 - 2,449.86 = 36.64, stated 63.64"),
    ("gx-hechi-minhangzhongxin-bumen-2024", 3, "conflicting_values",
     "人员经费实际支出280.50万元", "人员经费实际支出208.50万元",
     "人员经费实际支出208.50万元",
     "人员经费 is 280.50万元 in the funds table and in the 自评表"),
    ("gx-hechi-minhangzhongxin-bumen-2024", 4, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the year's flights and subsidies of the 2024 report dated to the end of 2023"),
    ("gx-hechi-minhangzhongxin-bumen-2024", 5, "implausible_rate",
     "\t≥90%\t93.8%\t104.22%", "\t≥90%\t103.8%\t115.33%",
     "满意度指标\t服务对象满意度指标\t旅客满意度\t≥90%\t103.8%\t115.33%\t10\t10",
     "satisfaction 103.8% is above 100% (completion recomputed consistently: 103.8/90 = 115.33%)"),
    ("gx-hechi-minhangzhongxin-bumen-2024", 6, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好",
     "自评得分99.55分，评价等级为良好",
     "99.55 is in the 优 band (>= 90)"),
    # ---- 塔城 2025
    ("xj-tacheng-hangxianbutie-2025", 1, "weight_sum_mismatch",
     "\t\t按座补贴标准\t≤85元/座\t85元/座\t100.00%\t5\t5", "\t\t按座补贴标准\t≤85元/座\t85元/座\t100.00%\t7\t5",
     "\t\t按座补贴标准\t≤85元/座\t85元/座\t100.00%\t7\t5",
     "weights now total 102 (按座补贴标准 5 -> 7) against the 合计 of 100"),
    ("xj-tacheng-hangxianbutie-2025", 2, "score_sum_mismatch",
     "\t92.14%\t10\t9.21\t", "\t92.14%\t10\t9.12\t",
     "\t社会效益指标\t补贴航线平均客座率\t≥80%\t73.71%\t92.14%\t10\t9.12\t冬季客座率偏低",
     "row scores now sum to 89.37, the 合计 (and the text) say 89.46"),
    ("xj-tacheng-hangxianbutie-2025", 3, "rate_mismatch",
     "到位率95.20%", "到位率95.02%",
     "实际到位1,190.00万元，到位率95.02%",
     "1,190.00/1,250.00 = 95.20%, stated 95.02%"),
    ("xj-tacheng-hangxianbutie-2025", 4, "sum_mismatch",
     "\t地区本级财政资金\t800.00\t950.00", "\t地区本级财政资金\t850.00\t950.00",
     "其中\t地区本级财政资金\t850.00\t950.00\t950.00\t100.00%\t950.00\t100.00%\t0.00",
     "年初 column: 850.00 + 300.00 + 0.00 = 1150.00, but 年度资金总额 is 1100.00"),
    ("xj-tacheng-hangxianbutie-2025", 5, "conflicting_values",
     "运送旅客13,480人次", "运送旅客13,840人次",
     "全年执飞104班，运送旅客13,840人次",
     "the route table gives 塔城—西安 13,480 passengers"),
    ("xj-tacheng-hangxianbutie-2025", 6, "unit_mismatch",
     "（11,614,000元）", "（11,614,000万元）",
     "1,161.40万元（11,614,000万元）",
     "11,614,000 is the 元 figure of 1,161.40万元; labelled 万元 it is off by 10^4"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for p, n, code, old, new, value, expl in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, n, value)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
