#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur
exactly once in the clean draft and `value` exactly once in the resulting error case.
Standard library only.  Usage: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-sangzhi-guancezhan-2023",
    "gx-rongshui-leidianpucha-2021",
    "gs-anding-xiaoshefanglei-2018",
    "zj-pingyang-zidongzhanbeijian-2024",
    "fj-pinghe-qixiangju-2022",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- hn-sangzhi-guancezhan-2023: full-width bar table -------------------------------------
    ("hn-sangzhi-guancezhan-2023", 1, "completion_mismatch", "table",
     "32个｜106.67%", "32个｜107.67%", "32个｜107.67%",
     "区域站升级数量: actual 32 / target ≥30 = 106.67%, the 完成率 cell says 107.67%"),
    ("hn-sangzhi-guancezhan-2023", 2, "sum_mismatch", "table",
     "其中：当年财政拨款｜107.80｜", "其中：当年财政拨款｜107.08｜", "当年财政拨款｜107.08",
     "年初预算数 column: 107.08 + 12.20 + 0.00 = 119.28, but 年度资金总额 is 120.00 (should be 107.80)"),
    ("hn-sangzhi-guancezhan-2023", 3, "weight_sum_mismatch", "table",
     "2023年11月20日｜—｜7｜5｜", "2023年11月20日｜—｜6｜5｜", "2023年11月20日｜—｜6｜5",
     "时效指标 weight 6: 10 (execution) + 49 + 30 + 10 = 99 while 总分 says 100"),
    ("hn-sangzhi-guancezhan-2023", 4, "score_sum_mismatch", "table",
     "2023年11月20日｜—｜7｜5｜", "2023年11月20日｜—｜7｜6｜", "2023年11月20日｜—｜7｜6",
     "时效指标 score 6: 9.62 + 49 + 29 + 10 = 97.62 (indicators 88), but 总分 and the text say 96.62 (indicators 87)"),
    ("hn-sangzhi-guancezhan-2023", 5, "balance_mismatch", "prose",
     "相差5.24万元", "相差5.42万元", "相差5.42万元",
     "全年预算数 136.50 − 全年执行数 131.26 = 5.24万元, stated 5.42万元"),
    ("hn-sangzhi-guancezhan-2023", 6, "year_mismatch", "prose",
     "已结转至2024年使用", "已结转至2023年使用", "结转至2023年",
     "the unspent part of the 2023 budget cannot be carried over into 2023 itself (should be 2024)"),

    # --- gx-rongshui-leidianpucha-2021: tab-separated tables ----------------------------------
    ("gx-rongshui-leidianpucha-2021", 1, "implausible_rate", "table",
     "\t93.5%\t", "\t103.5%\t", "103.5%",
     "乡镇及重点单位满意度 actual 103.5%: a satisfaction rate cannot exceed 100%"),
    ("gx-rongshui-leidianpucha-2021", 2, "rate_mismatch", "table",
     "\t15.37\t82.63%", "\t15.37\t86.23%", "86.23%",
     "县本级财政资金 执行率: 15.37 / 18.60 = 82.63%, stated 86.23%"),
    ("gx-rongshui-leidianpucha-2021", 3, "unit_mismatch", "table",
     "≥200栋\t186栋", "≥200栋\t93%", "≥200栋\t93%",
     "重点单位防雷装置信息采集: target in 栋, actual given as a percentage, completion cannot be computed"),
    ("gx-rongshui-leidianpucha-2021", 4, "balance_mismatch", "prose",
     "节余2.01万元", "节余2.10万元", "节余2.10万元",
     "外业调查委托费: 26.80 − 24.79 = 2.01万元, stated 2.10万元"),
    ("gx-rongshui-leidianpucha-2021", 5, "average_mismatch", "prose",
     "平均每组33.5个", "平均每组35.3个", "平均每组35.3个",
     "(38 + 35 + 33 + 28) / 4 = 33.5, stated 35.3"),
    ("gx-rongshui-leidianpucha-2021", 6, "conflicting_values", "prose",
     "调查易燃易爆场所47家", "调查易燃易爆场所49家", "易燃易爆场所49家",
     "the text says 49家 易燃易爆场所 were surveyed, the 自评表 row says 47家"),

    # --- gs-anding-xiaoshefanglei-2018: PDF text, columns as runs of spaces -------------------
    ("gs-anding-xiaoshefanglei-2018", 1, "completion_mismatch", "table",
     "108.67%", "106.87%", "106.87%",
     "防雷安全教育覆盖师生: 3.26 / 3 万人次 = 108.67%, the 完成率 cell says 106.87%"),
    ("gs-anding-xiaoshefanglei-2018", 2, "score_exceeds_weight", "table",
     "102.22%    10      10      —", "102.22%    10      10.22   —", "102.22%    10      10.22",
     "学校师生满意度: score 10.22 above its weight 10 (completion 102.22% applied without the cap); "
     "the total still reads 97 because the stated total has no decimals (97.22 rounds to 97)"),
    ("gs-anding-xiaoshefanglei-2018", 3, "weight_sum_mismatch", "table",
     "基本建立         —          10      8 ", "基本建立         —          12      8 ", "12      8       检测经费",
     "防雷装置定期检测机制 weight 12: 10 + 50 + 32 + 10 = 102 while 合计 says 100"),
    ("gs-anding-xiaoshefanglei-2018", 4, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良", "自评等级：良",
     "total 97 lies in the 优 band (≥ 90), the table says 良"),
    ("gs-anding-xiaoshefanglei-2018", 5, "rate_mismatch", "prose",
     "到位率100%", "到位率97%", "到位率97%",
     "到位 79.00 / 全年预算 79.00 = 100%, stated 97% (the execution rate)"),
    ("gs-anding-xiaoshefanglei-2018", 6, "unit_mismatch", "prose",
     "930栋合计37.2万元", "930栋合计37.2元", "合计37.2元",
     "930栋 × 400元 = 372000元 = 37.2万元, and 37.2 + 39.43 = 76.63万元 executed: the amount is labelled 元 "
     "instead of 万元 (off by 10^4)"),

    # --- zj-pingyang-zidongzhanbeijian-2024: Markdown pipe tables -----------------------------
    ("zj-pingyang-zidongzhanbeijian-2024", 1, "score_sum_mismatch", "table",
     "| 93.6% | 10 | 9.85 |", "| 93.6% | 10 | 9.58 |", "93.6% | 10 | 9.58",
     "row scores now sum to 9.68 + 59.58 + 29 = 98.26, 合计 and the text say 98.53"),
    ("zj-pingyang-zidongzhanbeijian-2024", 2, "conflicting_values", "table",
     "| ≥300件 | 312件 |", "| ≥300件 | 321件 |", "321件",
     "备件采购数量 is 321件 in the 自评表 but 312件 in section 三"),
    ("zj-pingyang-zidongzhanbeijian-2024", 3, "average_mismatch", "table",
     "| 98.75% |", "| 98.57% |", "98.57%",
     "平均到报率: (99.1 + 98.7 + 97.9 + 99.3) / 4 = 98.75%, the table says 98.57%"),
    ("zj-pingyang-zidongzhanbeijian-2024", 4, "sum_mismatch", "table",
     "| 通信费 | 16.00 |", "| 通信费 | 18.00 |", "通信费 | 18.00",
     "分项预算 98.00 + 42.00 + 18.00 + 8.40 = 166.40, 合计 says 164.40"),
    ("zj-pingyang-zidongzhanbeijian-2024", 5, "grade_mismatch", "prose",
     "自评等级为优秀", "自评等级为良好", "自评等级为良好",
     "total 98.53 lies in the 优 band (≥ 90), the text says 良好"),
    ("zj-pingyang-zidongzhanbeijian-2024", 6, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the spending of the 2024 budget is dated 2023-12-31; the evaluation year is 2024"),

    # --- fj-pinghe-qixiangju-2022: prose only, department-wide report --------------------------
    ("fj-pinghe-qixiangju-2022", 1, "score_exceeds_weight", "prose",
     "预算执行率指标分值10分", "预算执行率指标分值9分", "预算执行率指标分值9分，按执行率97.50%计得9.75分",
     "预算执行率 sub-indicator scored 9.75 although its weight is now 9"),
    ("fj-pinghe-qixiangju-2022", 2, "implausible_rate", "prose",
     "综合满意度为98.6%", "综合满意度为108.6%", "综合满意度为108.6%",
     "a satisfaction rate of 108.6% is above 100%"),
    ("fj-pinghe-qixiangju-2022", 3, "rate_mismatch", "prose",
     "执行率91.10%", "执行率91.01%", "执行率91.01%",
     "防雷安全监管及检测: 42.18 / 46.30 = 91.10%, stated 91.01%"),
    ("fj-pinghe-qixiangju-2022", 4, "sum_mismatch", "prose",
     "省级补助98.00万元", "省级补助89.00万元", "省级补助89.00万元",
     "资金来源 372.00 + 89.00 + 188.00 = 649.00, but 全年预算 is 658.00"),
    ("fj-pinghe-qixiangju-2022", 5, "unit_mismatch", "prose",
     "人工影响天气作业支出48.90万元", "人工影响天气作业支出48.90元", "支出48.90元",
     "项目支出 205.34 = 37.62 + 42.18 + 48.90 + 76.64 only with 48.90 in 万元: the amount is labelled 元 "
     "(off by 10^4)"),
    ("fj-pinghe-qixiangju-2022", 6, "conflicting_values", "prose",
     "科普馆年接待量达1.86万人次", "科普馆年接待量达1.68万人次", "接待量达1.68万人次",
     "科普馆 visitors are 1.86万人次 in section 四 and 1.68万人次 in section 五"),
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
        edits = sorted(by_source.get(src, []), key=lambda e: e[1])
        if [e[1] for e in edits] != list(range(1, 7)):
            sys.exit(f"{src}: expected edits 1..6, got {[e[1] for e in edits]}")
        for (_, n, code, where, old, new, value, expl) in edits:
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old string occurs {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": name, "source": src, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({len(EDITS)} error cases) and labels.jsonl")


if __name__ == "__main__":
    main()
