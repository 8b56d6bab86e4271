#!/usr/bin/env python3
"""Build the n179 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur
exactly once in that draft.  `value` is a short substring of the resulting case that
contains the changed figure; `where` says whether the slip sits in prose or in a table.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dongming-nongzichubei-2021",
    "hanshou-dianshangzhan-2020",
    "jinhu-gongxiaozongshe-2019",
    "jiangjin-zaishengziyuan-2022",
    "mingshui-lengcang-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 东明县 化肥农药淡季商业储备 2021 (Shandong) ----
    ("dongming-nongzichubei-2021", 1, "rate_mismatch", "text",
     "资金到位率100%", "资金到位率96.27%", "资金到位率96.27%",
     "all of the 164.40万元 annual budget was paid into the account: 到位率 164.40/164.40 = 100%, stated 96.27% (the execution rate copied)"),
    ("dongming-nongzichubei-2021", 2, "sum_mismatch", "table",
     "其中：当年财政拨款｜120.00｜", "其中：当年财政拨款｜102.00｜",
     "年度资金总额｜128.40｜164.40｜158.26｜10｜96.27%｜9.63\n其中：当年财政拨款｜102.00",
     "年初预算数 column: 102.00 + 8.40 + 0.00 = 110.40, but 年度资金总额 reads 128.40 (120.00 mistyped)"),
    ("dongming-nongzichubei-2021", 3, "score_exceeds_weight", "table",
     "｜2021年5月20日｜8｜8｜—\n产出指标｜成本指标｜化肥储备贴息标准｜≤30元/吨｜29.54元/吨｜7｜7｜—",
     "｜2021年5月20日｜8｜7｜—\n产出指标｜成本指标｜化肥储备贴息标准｜≤30元/吨｜29.54元/吨｜7｜8｜—",
     "29.54元/吨｜7｜8",
     "成本指标 row scores 8 against a weight of 7 (the point was moved from the 时效 row, so the total still reads 98.69)"),
    ("dongming-nongzichubei-2021", 4, "grade_mismatch", "text",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 98.69 lies in the 优 band (90–100), stated 良"),
    ("dongming-nongzichubei-2021", 5, "unit_mismatch", "table",
     "储备化肥抽检合格率｜≥98%｜100%", "储备化肥抽检合格率｜≥98%｜12批次", "≥98%｜12批次",
     "target is a rate (≥98%), actual given as a count of sampled batches (12批次)"),
    ("dongming-nongzichubei-2021", 6, "completion_mismatch", "text",
     "完成年度目标的108.67%", "完成年度目标的106.87%", "106.87%",
     "3.26万吨 / 3.0万吨 = 108.67%, stated 106.87%"),

    # ---- 汉寿县 县乡村电商服务站点 2020 (Hunan, prose only) ----
    ("hanshou-dianshangzhan-2020", 1, "balance_mismatch", "text",
     "年末结余8.76万元", "年末结余7.86万元", "7.86万元",
     "85.00 received − 76.24 spent = 8.76万元, stated 7.86"),
    ("hanshou-dianshangzhan-2020", 2, "average_mismatch", "text",
     "平均102.33万元", "平均103.33万元", "平均103.33万元",
     "(126 + 98 + 83) / 3 = 102.33万元, stated 103.33"),
    ("hanshou-dianshangzhan-2020", 3, "year_mismatch", "text",
     "截至2020年12月31日", "截至2019年12月31日", "截至2019年12月31日",
     "year-end status of the 2020 project dated 2019 (the 2020 report's figures must be as at 31 Dec 2020)"),
    ("hanshou-dianshangzhan-2020", 4, "conflicting_values", "text",
     "该项目2020年安排资金85.00万元", "该项目2020年安排资金58.00万元", "58.00万元",
     "project funds given as 58.00万元 in the opening, 85.00万元 everywhere else (40.00 + 45.00)"),
    ("hanshou-dianshangzhan-2020", 5, "implausible_rate", "text",
     "收回有效问卷408份，回收率97.14%", "收回有效问卷428份，回收率101.90%", "回收率101.90%",
     "428 valid questionnaires returned of 420 sent: return rate 101.90% is above 100%"),
    ("hanshou-dianshangzhan-2020", 6, "score_sum_mismatch", "text",
     "自评总分92.99分", "自评总分93.99分", "自评总分93.99分",
     "8.97 + 45.87 + 28.32 + 9.83 = 92.99, stated 93.99"),

    # ---- 金湖县供销合作总社 部门整体 2019 (Jiangsu) ----
    ("jinhu-gongxiaozongshe-2019", 1, "weight_sum_mismatch", "table",
     "｜2019年10月25日｜—｜7｜7｜—", "｜2019年10月25日｜—｜8｜7｜—", "2019年10月25日｜—｜8｜7",
     "时效 weight typed 8 instead of 7: the 分值 column adds to 101, not the 100 of the 合计 row"),
    ("jinhu-gongxiaozongshe-2019", 2, "rate_mismatch", "table",
     "｜158.66｜92.03%", "｜158.66｜92.30%", "158.66｜92.30%",
     "项目支出 158.66 / 172.40 = 92.03%, stated 92.30%"),
    ("jinhu-gongxiaozongshe-2019", 3, "sum_mismatch", "text",
     "为农服务中心运营补助30.00万元", "为农服务中心运营补助36.00万元",
     "项目支出172.40万元，其中基层供销社改造提升项目118.00万元、为农服务中心运营补助36.00万元",
     "118.00 + 36.00 + 16.40 + 8.00 = 178.40, but 项目支出 is stated as 172.40万元"),
    ("jinhu-gongxiaozongshe-2019", 4, "year_mismatch", "text",
     "已结转至2020年继续使用", "已结转至2019年继续使用", "结转至2019年",
     "the unspent part of the 2019 budget cannot be carried over to 2019 itself"),
    ("jinhu-gongxiaozongshe-2019", 5, "completion_mismatch", "table",
     "5.8万亩｜116.00%", "5.8万亩｜106.00%", "5.8万亩｜106.00%",
     "5.8万亩 / 5万亩 = 116.00%, stated 106.00%"),
    ("jinhu-gongxiaozongshe-2019", 6, "grade_mismatch", "text",
     "评价等级为良好。", "评价等级为优秀。", "评价等级为优秀",
     "total 89.16 lies in the 良 band (80–90), stated 优秀"),

    # ---- 江津区 再生资源回收网点 2022 (Chongqing) ----
    ("jiangjin-zaishengziyuan-2022", 1, "score_sum_mismatch", "table",
     "｜2022年12月20日｜7｜3｜", "｜2022年12月20日｜7｜4｜", "2022年12月20日｜7｜4",
     "row scores now add to 88.74 while the 合计 row and the conclusion read 87.74"),
    ("jiangjin-zaishengziyuan-2022", 2, "average_mismatch", "text",
     "平均7.63吨", "平均7.36吨", "平均7.36吨",
     "(8.6 + 7.4 + 6.9) / 3 = 7.63吨, stated 7.36"),
    ("jiangjin-zaishengziyuan-2022", 3, "conflicting_values", "text",
     "社区（村）回收网点38个", "社区（村）回收网点36个", "回收网点36个",
     "36 outlets built in the progress section, 38 in the goal block, the table and the output paragraph (38 × 2万元 = 76.00万元)"),
    ("jiangjin-zaishengziyuan-2022", 4, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero budget (其他资金 0.00)"),
    ("jiangjin-zaishengziyuan-2022", 5, "balance_mismatch", "text",
     "年末结余32.14万元", "年末结余23.14万元", "23.14万元",
     "236.50 − 204.36 = 32.14万元, stated 23.14"),
    ("jiangjin-zaishengziyuan-2022", 6, "unit_mismatch", "table",
     "分拣中心设备购置｜120.00｜95.86｜", "分拣中心设备购置｜120.00｜958600｜", "958600",
     "a 元 figure in a 万元 table: 958600元 = 95.86万元 is the only value that makes the column add to 204.36 and the share 46.91%"),

    # ---- 明水县 农产品产地冷藏保鲜 2024 (Heilongjiang) ----
    ("mingshui-lengcang-2024", 1, "score_exceeds_weight", "table",
     "｜103.68%｜8｜8｜—\n产出指标｜时效指标｜项目完工时间｜2024年10月31日前｜11座按期完工，1座延期｜—｜7｜4.9｜",
     "｜103.68%｜8｜9｜—\n产出指标｜时效指标｜项目完工时间｜2024年10月31日前｜11座按期完工，1座延期｜—｜7｜3.9｜",
     "103.68%｜8｜9",
     "温控达标率 row scores 9 against a weight of 8 (a point taken from the 时效 row, total unchanged)"),
    ("mingshui-lengcang-2024", 2, "weight_sum_mismatch", "table",
     "｜72.67%｜10｜7.27｜", "｜72.67%｜12｜7.27｜", "72.67%｜12｜7.27",
     "错季销售增收 weight 12: the 分值 column adds to 102, the 合计 row says 100"),
    ("mingshui-lengcang-2024", 3, "completion_mismatch", "table",
     "5400吨｜90.00%", "5400吨｜91.67%", "5400吨｜91.67%",
     "5400吨 / 6000吨 = 90.00%, stated 91.67% (copied from the row above)"),
    ("mingshui-lengcang-2024", 4, "conflicting_values", "text",
     "项目新增库容5400吨", "项目新增库容4500吨", "4500吨",
     "new storage capacity 4500吨 here, 5400吨 in section 三, the facility table and the indicator table"),
    ("mingshui-lengcang-2024", 5, "rate_mismatch", "text",
     "县级配套资金支出18.00万元，执行率45.00%", "县级配套资金支出18.00万元，执行率54.00%", "执行率54.00%",
     "18.00 / 40.00 = 45.00%, stated 54.00%"),
    ("mingshui-lengcang-2024", 6, "sum_mismatch", "table",
     "通达镇｜2｜900｜37.44", "通达镇｜2｜900｜34.74",
     "通达镇｜2｜900｜34.74\n双兴镇｜2｜1000｜41.60\n永兴镇｜1｜500｜20.80\n崇德镇｜1｜500｜20.80\n合计｜11｜5400｜224.64",
     "subsidy column: 62.40 + 41.60 + 34.74 + 41.60 + 20.80 + 20.80 = 221.94, 合计 reads 224.64"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text occurs {cnt} times: {old!r}")
            case = clean.replace(old, new)
            if value not in case:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
