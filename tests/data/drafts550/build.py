#!/usr/bin/env python3
"""Build the drafts550 error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is (project, suffix, old, new, code, value, explanation): `old` must occur exactly once in
the clean draft; the case is the clean draft with that one replacement; `value` (the label) must
occur exactly once in the resulting case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gd-huaiji-gongzhengchu-bumen-2019",
    "hb-yunmeng-yuanchenggongzheng-2020",
    "sc-qionglai-gongzhenghulianwang-2022",
    "fj-zhangpu-zhihuigongzheng-2023",
    "js-guanyun-gongzhengbianmin-2025",
]

EDITS = [
    # ---- 怀集县公证处 部门整体支出 2019 (Word saved as HTML)
    ("gd-huaiji-gongzhengchu-bumen-2019", "e1",
     "公证信息化建设经费30.12万元", "公证信息化建设经费32.12万元",
     "sum_mismatch", "公证信息化建设经费32.12万元",
     "项目支出84.82万元 broken down as 36.50 + 32.12 + 18.20 = 86.82 (should be 30.12)"),
    ("gd-huaiji-gongzhengchu-bumen-2019", "e2",
     "等级为“优”", "等级为“良”",
     "grade_mismatch", "等级为“良”",
     "total 98.34 is in the 优 band (90 and above)"),
    ("gd-huaiji-gongzhengchu-bumen-2019", "e3",
     "人均1,098件", "人均1,089件",
     "average_mismatch", "人均1,089件",
     "(1218 + 1156 + 1097 + 1034 + 985) / 5 = 1098"),
    ("gd-huaiji-gongzhengchu-bumen-2019", "e4",
     "<td>其他收入</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td>",
     "<td>其他收入</td><td>0.00</td><td>0.00</td><td>0.00</td><td>100.00%</td>",
     "implausible_rate", "<td>0.00</td><td>100.00%</td>",
     "其他收入 has a 全年预算数 of 0.00: an execution rate on a zero base (should be —)"),
    ("gd-huaiji-gongzhengchu-bumen-2019", "e5",
     "年末未执行资金12.27万元", "年末未执行资金12.72万元",
     "balance_mismatch", "12.72万元",
     "全年预算 338.45 - 全年支出 326.18 = 12.27"),
    ("gd-huaiji-gongzhengchu-bumen-2019", "e6",
     "<td>39.86万元</td><td>100.00%</td><td>5</td>", "<td>39.86万元</td><td>100.00%</td><td>8</td>",
     "weight_sum_mismatch", "<td>100.00%</td><td>8</td>",
     "成本指标 weight 5 -> 8: weights now total 103 against 合计 100"),
    # ---- 云梦县司法局 远程视频公证 2020 (PDF copy)
    ("hb-yunmeng-yuanchenggongzheng-2020", "e1",
     "执行率93.06%", "执行率96.03%",
     "rate_mismatch", "执行率96.03%",
     "省级资金 16.75 / 18 = 93.06%"),
    ("hb-yunmeng-yuanchenggongzheng-2020", "e2",
     "101.47%  10  10\n总分     100    97.68", "101.47%  10  11\n总分     100    98.68",
     "score_exceeds_weight", "101.47%  10  11",
     "满意度 row scored 11 against its weight 10 (the 总分 in the same edit moved to 98.68, so the "
     "sum still holds; the report gives no numeric total in prose)"),
    ("hb-yunmeng-yuanchenggongzheng-2020", "e3",
     "12650卷  105.42%", "12650卷  104.52%",
     "completion_mismatch", "104.52%",
     "12650 / 12000 = 105.42%"),
    ("hb-yunmeng-yuanchenggongzheng-2020", "e4",
     "结转2021年继续使用", "结转2020年继续使用",
     "year_mismatch", "结转2020年",
     "the unspent part of the 2020 budget cannot be carried to 2020 itself (should be 2021)"),
    ("hb-yunmeng-yuanchenggongzheng-2020", "e5",
     "≥6个  6个  100.00%", "≥6个  100%  100.00%",
     "unit_mismatch", "≥6个  100%",
     "target counted in 个, actual written as a percentage"),
    ("hb-yunmeng-yuanchenggongzheng-2020", "e6",
     "全年办理远程视频公证368件", "全年办理远程视频公证386件",
     "conflicting_values", "远程视频公证386件",
     "the table gives 368件 for the same indicator (completion 92.00%, score 7.36)"),
    # ---- 邛崃市公证处 公证+互联网 2022 (Sichuan table, one cell a line)
    ("sc-qionglai-gongzhenghulianwang-2022", "e1",
     "\t15\n\t14.25\n", "\t15\n\t14.52\n",
     "score_sum_mismatch", "14.52",
     "row scores now add to 99.02 while 总分 (table and text) is 98.75"),
    ("sc-qionglai-gongzhenghulianwang-2022", "e2",
     "好评率99.6%", "好评率109.6%",
     "implausible_rate", "好评率109.6%",
     "a favourable-rating share above 100%"),
    ("sc-qionglai-gongzhenghulianwang-2022", "e3",
     "困难群众公证费减免补助21.40万元", "困难群众公证费减免补助214000万元",
     "unit_mismatch", "214000万元",
     "214000 is the 元 amount (1070 x 200元 = 21.40万元) labelled 万元; rescaling by 10^4 restores "
     "the breakdown sum 49.86"),
    ("sc-qionglai-gongzhenghulianwang-2022", "e4",
     "96.36%", "96.63%",
     "rate_mismatch", "96.63%",
     "财政资金 43.36 / 45.00 = 96.36%"),
    ("sc-qionglai-gongzhenghulianwang-2022", "e5",
     "自评等级为“优”", "自评等级为“良”",
     "grade_mismatch", "自评等级为“良”",
     "total 98.75 is in the 优 band"),
    ("sc-qionglai-gongzhenghulianwang-2022", "e6",
     "年末未支出2.64万元", "年末未支出2.46万元",
     "balance_mismatch", "2.46万元",
     "调整后预算 52.50 - 支出 49.86 = 2.64"),
    # ---- 漳浦县司法局 智慧公证 2023 (Word copy, tab rows, 共性/个性 subtotals)
    ("fj-zhangpu-zhihuigongzheng-2023", "e1",
     "82.5分\t110.00%\t5\t5", "82.5分\t110.00%\t8\t5",
     "weight_sum_mismatch", "110.00%\t8\t5",
     "等级保护测评得分 weight 5 -> 8: 个性 rows add to 73 against the subtotal 70, all rows to 103"),
    ("fj-zhangpu-zhihuigongzheng-2023", "e2",
     "\t30\t29.54", "\t30\t29.45",
     "score_sum_mismatch", "29.45",
     "共性 rows add to 29.54; 29.45 + 69.05 = 98.50, stated 合计 98.59"),
    ("fj-zhangpu-zhihuigongzheng-2023", "e3",
     "季度平均775件", "季度平均757件",
     "average_mismatch", "季度平均757件",
     "(612 + 745 + 838 + 905) / 4 = 775"),
    ("fj-zhangpu-zhihuigongzheng-2023", "e4",
     "已按规定结转2024年", "已按规定结转2023年",
     "year_mismatch", "结转2023年",
     "the unspent part of the 2023 budget is carried to 2023 itself (should be 2024)"),
    ("fj-zhangpu-zhihuigongzheng-2023", "e5",
     "历史公证档案电子化31,860卷", "历史公证档案电子化38,160卷",
     "conflicting_values", "38,160卷",
     "the table gives 31860卷 for the same output (completion 106.20%)"),
    ("fj-zhangpu-zhihuigongzheng-2023", "e6",
     "数据接口服务16.80万元", "数据接口服务18.60万元",
     "sum_mismatch", "18.60万元",
     "58.40 + 27.40 + 18.60 + 9.35 + 12.30 + 6.70 = 132.75, stated 全年执行 130.95"),
    # ---- 灌云县公证处 便民服务站点 2025 (web copy: cells a line, ｜ rows)
    ("js-guanyun-gongzhengbianmin-2025", "e1",
     "103.79%｜10｜10｜\n合计｜｜｜｜｜｜100｜97.85｜", "103.79%｜10｜11｜\n合计｜｜｜｜｜｜100｜98.85｜",
     "score_exceeds_weight", "103.79%｜10｜11",
     "满意度 row scored 11 against its weight 10 (合计 moved to 98.85 in the same edit, so the sum "
     "still holds; no numeric total in prose)"),
    ("js-guanyun-gongzhengbianmin-2025", "e2",
     "113.84%", "118.34%",
     "completion_mismatch", "118.34%",
     "2846 / 2500 = 113.84%"),
    ("js-guanyun-gongzhengbianmin-2025", "e3",
     "\n91.13\n", "\n91.31\n",
     "rate_mismatch", "91.31",
     "县级资金 (7)=(4)/(2): 43.74 / 48.00 = 91.125% -> 91.13"),
    ("js-guanyun-gongzhengbianmin-2025", "e4",
     "车辆运行费9.84万元", "车辆运行费9.48万元",
     "sum_mismatch", "9.48万元",
     "24.00 + 16.50 + 9.48 + 11.40 = 61.38, stated 支出 61.74"),
    ("js-guanyun-gongzhengbianmin-2025", "e5",
     "截至2025年12月31日", "截至2024年12月31日",
     "year_mismatch", "截至2024年12月31日",
     "the spending of the 2025 budget is dated to the end of 2024"),
    ("js-guanyun-gongzhengbianmin-2025", "e6",
     "平均98.17%", "平均98.71%",
     "average_mismatch", "平均98.71%",
     "(97.0 + 98.4 + 99.1) / 3 = 98.17"),
]


def main():
    labels = []
    for proj in PROJECTS:
        with open(os.path.join(CASES, proj + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": proj + "-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, suffix, old, new, code, value, expl) in EDITS:
            if p != proj:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{p}-{suffix}: old {old!r} occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{p}-{suffix}: value {value!r} occurs {text.count(value)} times")
            name = f"{p}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
