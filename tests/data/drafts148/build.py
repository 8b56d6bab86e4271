#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts148 from the clean drafts.

Each edit is an exact old -> new replacement that must match the clean draft exactly once.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zhongxiang-coldchain-2022",
    "xunwu-ecommerce-2019",
    "huinong-wetmarket-2021",
    "beichen-tradegrowth-2020",
    "huangzhong-deptwhole-2024",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 钟祥市 农产品冷链物流 2022 (Hubei, MOF table) ----
    ("zhongxiang-coldchain-2022", "e1", "rate_mismatch", "table",
     "省级财政资金｜150.00｜150.00｜142.40｜—｜94.93%",
     "省级财政资金｜150.00｜150.00｜142.40｜—｜94.39%",
     "142.40｜—｜94.39%",
     "省级财政资金 142.40 / 150.00 = 94.93%, the row prints 94.39% (digits transposed)"),
    ("zhongxiang-coldchain-2022", "e2", "sum_mismatch", "table",
     "市级配套资金｜50.00｜130.00",
     "市级配套资金｜30.00｜130.00",
     "年度资金总额｜600.00｜680.00｜652.40｜10｜95.94%｜9.59\n其中：中央财政资金｜400.00｜400.00｜400.00｜—｜100.00%｜—\n省级财政资金｜150.00｜150.00｜142.40｜—｜94.93%｜—\n市级配套资金｜30.00",
     "年初预算数 column: 400.00 + 150.00 + 30.00 = 580.00, but 年度资金总额 says 600.00"),
    ("zhongxiang-coldchain-2022", "e3", "score_exceeds_weight", "table",
     "18辆｜5｜4.5｜车辆交付延迟，督促2023年一季度到位\n产出指标｜质量指标｜项目验收合格率｜100%｜100%｜10｜10｜",
     "18辆｜5｜10｜车辆交付延迟，督促2023年一季度到位\n产出指标｜质量指标｜项目验收合格率｜100%｜100%｜10｜4.5｜",
     "购置冷藏车辆｜≥20辆｜18辆｜5｜10",
     "score 10 above the row's weight 5 (the scores of two adjacent rows were swapped, so the total 97.03 still adds up)"),
    ("zhongxiang-coldchain-2022", "e4", "conflicting_values", "text",
     "带动周边农户1680户",
     "带动周边农户1860户",
     "带动周边农户1860户",
     "the text says 1860 households while the 自评表 gives 1680户 twice (总体目标 and 带动农户数量 row)"),
    ("zhongxiang-coldchain-2022", "e5", "year_mismatch", "text",
     "本项目2022年度绩效自评得分97.03分",
     "本项目2021年度绩效自评得分97.03分",
     "本项目2021年度绩效自评得分97.03分",
     "the 2022 report states its own score as the 2021 score (title, table and funds are 2022)"),
    ("zhongxiang-coldchain-2022", "e6", "grade_mismatch", "text",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "total 97.03 is in the 优 band (≥90), stated 良"),

    # ---- 寻乌县 电子商务进农村综合示范 2019 (Jiangxi, table with 完成率 column) ----
    ("xunwu-ecommerce-2019", "e1", "completion_mismatch", "table",
     "862户｜86.20%",
     "862户｜82.60%",
     "≥1000户｜862户｜82.60%",
     "862 / 1000 = 86.20%, the 完成率 cell says 82.60%"),
    ("xunwu-ecommerce-2019", "e2", "weight_sum_mismatch", "table",
     "建成乡镇物流配送站｜15个｜15个｜100%｜5｜5",
     "建成乡镇物流配送站｜15个｜15个｜100%｜8｜5",
     "建成乡镇物流配送站｜15个｜15个｜100%｜8",
     "分值 now add up to 103 (产出 53) while the 合计 row says 100"),
    ("xunwu-ecommerce-2019", "e3", "average_mismatch", "text",
     "季度平均9.9万元",
     "季度平均9.6万元",
     "季度平均9.6万元",
     "(8.4 + 9.6 + 10.2 + 11.4) / 4 = 9.9, stated 9.6"),
    ("xunwu-ecommerce-2019", "e4", "balance_mismatch", "text",
     "年末结余资金42.65万元",
     "年末结余资金42.56万元",
     "结余资金42.56万元",
     "860.00 − 817.35 = 42.65, stated 42.56"),
    ("xunwu-ecommerce-2019", "e5", "unit_mismatch", "text",
     "村级电商服务站点建设126.00万元",
     "村级电商服务站点建设1260000万元",
     "1260000万元",
     "a 元 figure (1260000元 = 126.00万元) written with the unit 万元; the five uses then add up to 765.35 only after rescaling by 10^4"),
    ("xunwu-ecommerce-2019", "e6", "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (0.00)"),

    # ---- 惠农区 农贸市场标准化改造 2021 (Ningxia, prose only) ----
    ("huinong-wetmarket-2021", "e1", "rate_mismatch", "text",
     "预算执行率95.51%",
     "预算执行率95.15%",
     "预算执行率95.15%",
     "348.6 / 365 = 95.51%, stated 95.15%"),
    ("huinong-wetmarket-2021", "e2", "sum_mismatch", "text",
     "红果子镇农贸市场130.6万元",
     "红果子镇农贸市场103.6万元",
     "实际支出348.6万元，其中河滨街农贸市场128.4万元、园艺农贸市场89.6万元、红果子镇农贸市场103.6万元",
     "128.4 + 89.6 + 103.6 = 321.6, but the total spent is 348.6"),
    ("huinong-wetmarket-2021", "e3", "score_sum_mismatch", "text",
     "总得分95.88分",
     "总得分95.58分",
     "预算执行得9.55分，产出指标得48.33分，效益指标得28分，满意度指标得10分，总得分95.58分",
     "9.55 + 48.33 + 28 + 10 = 95.88, stated 95.58"),
    ("huinong-wetmarket-2021", "e4", "average_mismatch", "text",
     "平均2610人次",
     "平均2601人次",
     "平均2601人次",
     "(3200 + 2650 + 1980) / 3 = 2610, stated 2601"),
    ("huinong-wetmarket-2021", "e5", "unit_mismatch", "text",
     "园艺农贸市场89.6万元",
     "园艺农贸市场89.6元",
     "园艺农贸市场89.6元",
     "89.6万元 written as 89.6元 (unit 万 dropped): the three markets add up to 348.6万元 only with 89.6万元"),
    ("huinong-wetmarket-2021", "e6", "year_mismatch", "text",
     "截至2021年12月31日",
     "截至2020年12月31日",
     "截至2020年12月31日",
     "the 2021 report states its received/spent figures as at 31 Dec 2020"),

    # ---- 北辰区 外贸稳增长奖补 2020 (Tianjin, MOF table) ----
    ("beichen-tradegrowth-2020", "e1", "balance_mismatch", "text",
     "形成结余资金23.52万元",
     "形成结余资金25.32万元",
     "结余资金25.32万元",
     "1050.00 − 1026.48 = 23.52, stated 25.32"),
    ("beichen-tradegrowth-2020", "e2", "score_sum_mismatch", "table",
     "有所增强｜10｜8｜",
     "有所增强｜10｜9｜",
     "有所增强｜10｜9｜中小企业抗风险能力仍偏弱\n满意度指标｜服务对象满意度指标｜获补企业满意度｜≥90%｜96.5%｜10｜10｜\n总分｜｜｜｜｜100｜97.01",
     "row scores now add up to 9.78 + 49.68 + 28.55 + 10 = 98.01, the 总分 row (and the text) says 97.01"),
    ("beichen-tradegrowth-2020", "e3", "weight_sum_mismatch", "table",
     "9.12亿元｜10｜10",
     "9.12亿元｜15｜10",
     "9.12亿元｜15｜10",
     "分值 now add up to 105 (效益 35) while the 总分 row says 100"),
    ("beichen-tradegrowth-2020", "e4", "completion_mismatch", "text",
     "完成率为95.55%",
     "完成率为95.35%",
     "完成率为95.35%",
     "401.3 / 420 = 95.55%, stated 95.35%"),
    ("beichen-tradegrowth-2020", "e5", "implausible_rate", "table",
     "≥90%｜96.5%｜10｜10",
     "≥90%｜965%｜10｜10",
     "获补企业满意度｜≥90%｜965%",
     "satisfaction 965% is above 100% (decimal point of 96.5% dropped)"),
    ("beichen-tradegrowth-2020", "e6", "conflicting_values", "table",
     "≥30家｜36家",
     "≥30家｜38家",
     "≥30家｜38家",
     "the text gives 36 new trading firms (36 × 50000元 = 180.00万元), the table row says 38家"),

    # ---- 湟中区 工业信息化和商务局 部门整体 2024 (Qinghai) ----
    ("huangzhong-deptwhole-2024", "e1", "grade_mismatch", "text",
     "综合评定等次为“优秀”",
     "综合评定等次为“良好”",
     "综合评定等次为“良好”",
     "total 97.91 is in the 优 band (≥90), stated 良好"),
    ("huangzhong-deptwhole-2024", "e2", "score_exceeds_weight", "table",
     "133.33%｜8｜8｜增加节点活动\n产出指标｜数量指标｜发放消费券金额｜≥400万元｜420万元｜105.00%｜12｜12｜",
     "133.33%｜8｜12｜增加节点活动\n产出指标｜数量指标｜发放消费券金额｜≥400万元｜420万元｜105.00%｜12｜8｜",
     "组织促消费活动场次｜≥6场｜8场｜133.33%｜8｜12",
     "score 12 above the row's weight 8 (scores of two adjacent rows swapped, total 97.91 unchanged)"),
    ("huangzhong-deptwhole-2024", "e3", "rate_mismatch", "text",
     "执行508.60万元，执行率97.81%",
     "执行508.60万元，执行率97.18%",
     "执行508.60万元，执行率97.18%",
     "508.60 / 520.00 = 97.81%, stated 97.18%"),
    ("huangzhong-deptwhole-2024", "e4", "unit_mismatch", "table",
     "≥400万元｜420万元｜105.00%",
     "≥400万元｜105.00%｜105.00%",
     "≥400万元｜105.00%",
     "target in 万元, actual given as a percentage (the completion rate typed into 实际完成值)"),
    ("huangzhong-deptwhole-2024", "e5", "conflicting_values", "table",
     "≤12.60万元｜9.84万元",
     "≤12.60万元｜9.48万元",
     "≤12.60万元｜9.48万元",
     "the text gives “三公”经费 spending 9.84万元 (11.20 − 9.84 = 1.36), the table says 9.48万元"),
    ("huangzhong-deptwhole-2024", "e6", "completion_mismatch", "table",
     "96.8%｜107.56%",
     "96.8%｜107.65%",
     "96.8%｜107.65%",
     "96.8 / 90 = 107.56%, stated 107.65%"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def write(name, text):
    with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        read(clean_name)
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = read(clean_name)
            n = text.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            out = text.replace(old, new)
            name = f"{src}-{suffix}.txt"
            write(name, out)
            if value not in out:
                sys.exit(f"{name}: value not in case: {value!r}")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
