#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of n188 from the clean drafts and the edit list below.
Each edit is an exact old -> new replacement that must match exactly once in the clean draft."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = ["youxian-tekun-2021", "wenshang-liangbu-2023", "huachi-mzjbumen-2020",
           "shanggao-binzang-2024", "qianguo-yanglaozhan-2019"]

# (source, n, code, old, new, value, explanation)
EDITS = [
    ("youxian-tekun-2021", 1, "rate_mismatch", "预算执行率98.03%。年末", "预算执行率98.30%。年末",
     "预算执行率98.30%", "2058.72/2100.00 = 98.03%, text says 98.30%"),
    ("youxian-tekun-2021", 2, "balance_mismatch", "年末结余41.28万元", "年末结余42.18万元",
     "结余42.18万元", "2100.00 - 2058.72 = 41.28, text says 42.18"),
    ("youxian-tekun-2021", 3, "score_sum_mismatch", "47.20%｜10｜9.44｜", "47.20%｜10｜9.14｜",
     "47.20%｜10｜9.14", "row scores now add to 98.59, table and text total 98.89"),
    ("youxian-tekun-2021", 4, "sum_mismatch", "分散供养2,794人", "分散供养2,749人",
     "分散供养2,749人", "618 + 2749 = 3367, total stated 3,412"),
    ("youxian-tekun-2021", 5, "implausible_rate", "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%", "execution rate 100% on a zero budget"),
    ("youxian-tekun-2021", 6, "score_exceeds_weight",
     "｜10｜9.65｜10月系统迁移致延迟发放，已完善切换预案\n产出指标｜成本指标｜农村特困人员基本生活标准｜≥5400元/人·年｜5640元/人·年｜5｜5｜",
     "｜10｜5｜10月系统迁移致延迟发放，已完善切换预案\n产出指标｜成本指标｜农村特困人员基本生活标准｜≥5400元/人·年｜5640元/人·年｜5｜9.65｜",
     "5640元/人·年｜5｜9.65", "scores of two adjacent rows swapped: 成本 row scores 9.65 of weight 5 (total still 98.89)"),

    ("wenshang-liangbu-2023", 1, "weight_sum_mismatch", "年度复核覆盖率｜≥95%｜100%｜15｜15",
     "年度复核覆盖率｜≥95%｜100%｜16｜15", "年度复核覆盖率｜≥95%｜100%｜16",
     "weights now 10+50+31+10 = 101 (效益 31)"),
    ("wenshang-liangbu-2023", 2, "average_mismatch", "白石镇93.0%", "白石镇98.0%",
     "白石镇98.0%", "(96.0+94.5+97.0+95.5+98.0)/5 = 96.20, stated average 95.20%"),
    ("wenshang-liangbu-2023", 3, "unit_mismatch", "｜≥6000人｜6153人｜", "｜≥6000人｜102.55%｜",
     "≥6000人｜102.55%", "target in 人, actual given as a percentage"),
    ("wenshang-liangbu-2023", 4, "grade_mismatch", "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "99.88 is in the 优 band"),
    ("wenshang-liangbu-2023", 5, "conflicting_values", "为6,153名重度残疾人", "为6,135名重度残疾人",
     "6,135名", "护理补贴人数 6,135 in text, 6153 in the table"),
    ("wenshang-liangbu-2023", 6, "rate_mismatch", "｜10｜99.43%｜9.94", "｜10｜99.34%｜9.94",
     "99.34%", "1318.44/1326.00 = 99.43%, table row says 99.34%"),

    ("huachi-mzjbumen-2020", 1, "completion_mismatch", "812人｜101.50%", "812人｜101.05%",
     "812人｜101.05%", "812/800 = 101.50%, stated 101.05%"),
    ("huachi-mzjbumen-2020", 2, "unit_mismatch", "困境儿童基本生活保障资金386.40万元",
     "困境儿童基本生活保障资金3864000万元", "3864000万元",
     "an amount in 元 labelled 万元; 386.40万元 makes the project items add to 2533.46"),
    ("huachi-mzjbumen-2020", 3, "weight_sum_mismatch", "104.44%｜10｜10", "104.44%｜12｜10",
     "104.44%｜12｜10", "weights now add to 102 (效益 32)"),
    ("huachi-mzjbumen-2020", 4, "grade_mismatch", "自评等级｜优", "自评等级｜良",
     "自评等级｜良", "99.37 is in the 优 band"),
    ("huachi-mzjbumen-2020", 5, "average_mismatch", "季度平均509人次", "季度平均590人次",
     "季度平均590人次", "(512+498+506+520)/4 = 509"),
    ("huachi-mzjbumen-2020", 6, "year_mismatch", "年度｜2020年", "年度｜2021年",
     "年度｜2021年", "table claims 2021 for the 2020 department report"),

    ("shanggao-binzang-2024", 1, "implausible_rate", "治丧家庭满意度97.8%", "治丧家庭满意度978%",
     "满意度978%", "satisfaction above 100% (decimal point lost)"),
    ("shanggao-binzang-2024", 2, "rate_mismatch", "执行率87.64%", "执行率86.74%",
     "执行率86.74%", "280.44/320.00 = 87.64%"),
    ("shanggao-binzang-2024", 3, "conflicting_values", "2024年全县共为1,302例", "2024年全县共为1,320例",
     "1,320例", "减免例数 1,320 in the overview, 1,302 in the output section"),
    ("shanggao-binzang-2024", 4, "balance_mismatch", "年末结余68.64万元", "年末结余68.46万元",
     "结余68.46万元", "480.00 - 411.36 = 68.64"),
    ("shanggao-binzang-2024", 5, "score_sum_mismatch", "自评总分88.81分", "自评总分88.18分",
     "自评总分88.18分", "8.57 + 46.35 + 23.89 + 10 = 88.81"),
    ("shanggao-binzang-2024", 6, "sum_mismatch", "公益性公墓建设补助94.40万元", "公益性公墓建设补助94.04万元",
     "94.04万元", "280.44 + 94.04 + 36.52 = 411.00, total spent 411.36"),

    ("qianguo-yanglaozhan-2019", 1, "score_exceeds_weight",
     "｜15｜15｜新增站点拓展服务，下年据实调整目标\n产出指标｜质量指标｜服务站年度考核合格率｜≥90%｜92.86%｜10｜10｜",
     "｜15｜10｜新增站点拓展服务，下年据实调整目标\n产出指标｜质量指标｜服务站年度考核合格率｜≥90%｜92.86%｜10｜15｜",
     "92.86%｜10｜15", "scores of two adjacent rows swapped: weight 10, score 15 (total still 97.55)"),
    ("qianguo-yanglaozhan-2019", 2, "conflicting_values", "｜≥800人｜862人｜", "｜≥800人｜826人｜",
     "826人", "助餐服务老年人数 826 in the table, 862 in the text"),
    ("qianguo-yanglaozhan-2019", 3, "completion_mismatch", "完成率121.60%", "完成率112.60%",
     "完成率112.60%", "36480/30000 = 121.60%"),
    ("qianguo-yanglaozhan-2019", 4, "unit_mismatch", "｜≥12个｜14个｜", "｜≥12个｜116.67%｜",
     "≥12个｜116.67%", "target in 个, actual given as a percentage"),
    ("qianguo-yanglaozhan-2019", 5, "year_mismatch", "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日", "figures of the 2019 report dated to the end of 2018"),
    ("qianguo-yanglaozhan-2019", 6, "sum_mismatch", "当年财政拨款｜86.00｜86.00｜84.20",
     "当年财政拨款｜68.00｜86.00｜84.20", "当年财政拨款｜68.00",
     "年初预算 68.00 + 12.00 + 0.00 = 80.00, 总额 98.00"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src} e{n}: old string matches {clean.count(old)} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src} e{n}: value {value!r} not in the case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
