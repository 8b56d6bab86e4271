"""Write the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one substring (`old`, unique in the clean draft) by `new`; `value` is the exact substring of the
error case that carries the changed figure (for table edits the whole table line)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "hb-xiaogan-jiyuepingtai-2019"
P2 = "ha-jianan-zwgkjiyue-2021"
P3 = "gd-dianbai-zsjbumen-2022"
P4 = "sc-enyang-zfwzxmt-2023"
P5 = "ah-chuzhou-jiyueyunwei-2025"
PROJECTS = [P1, P2, P3, P4, P5]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    (P1, 1, "rate_mismatch", "prose",
     "预算执行率96.26%。未支出", "预算执行率96.62%。未支出",
     "预算执行率96.62%",
     "219.86/228.40 = 96.26%, stated 96.62% (the funds table and the 自评表 keep 96.26%)"),
    (P1, 2, "average_mismatch", "table",
     "| 20,816 | 5,204 |", "| 20,816 | 5,240 |",
     "| 发布信息（条） | 4,826 | 5,317 | 5,092 | 5,581 | 20,816 | 5,240 |",
     "(4,826 + 5,317 + 5,092 + 5,581)/4 = 20,816/4 = 5,204, stated 5,240"),
    (P1, 3, "score_exceeds_weight", "table",
     "| 92.6% | 102.89% | 10 | 10 |\n| 合计 | | | | | | 100 | 99.59 |",
     "| 92.6% | 102.89% | 10 | 10.40 |\n| 合计 | | | | | | 100 | 99.99 |",
     "| 满意度指标 | 服务对象满意度指标 | 网站用户满意度 | ≥90% | 92.6% | 102.89% | 10 | 10.40 |",
     "satisfaction row scored 10.40 against a weight of 10 (合计 raised with it to 99.99, so the sum still holds)"),
    (P1, 4, "balance_mismatch", "prose",
     "未支出资金8.54万元", "未支出资金8.45万元",
     "未支出资金8.45万元",
     "到位 228.40 − 支出 219.86 = 8.54, stated 8.45"),
    (P1, 5, "year_mismatch", "prose",
     "已申请结转至2020年", "已申请结转至2019年",
     "结转至2019年",
     "unspent money of the 2019 budget carried over to 2019 itself; must be a later year"),
    (P1, 6, "unit_mismatch", "table",
     "| ≤24小时 | 4.5小时 |", "| ≤24小时 | 100% |",
     "| 产出指标 | 时效指标 | 重要信息发布时限 | ≤24小时 | 100% | 100.00% | 5 | 5 |",
     "target in 小时, actual given as a percentage"),

    (P2, 1, "sum_mismatch", "prose",
     "区级财政资金75.00万元", "区级财政资金78.00万元",
     "其中区级财政资金78.00万元、省级政务公开专项补助12.00万元",
     "78.00 + 12.00 = 90.00 ≠ 全年预算 87.00 (区级 should be 75.00)"),
    (P2, 2, "completion_mismatch", "table",
     "5096条        106.17%", "5096条        106.71%",
     "主动公开政府信息           ≥4800条        5096条        106.71%   6      6",
     "5096/4800 = 106.17%, stated 106.71%"),
    (P2, 3, "weight_sum_mismatch", "table",
     "1.50万元/个   100.00%   7      7", "1.50万元/个   100.00%   9      7",
     "成本指标             政务公开专区建设单价       ≤1.50万元/个   1.50万元/个   100.00%   9      7",
     "weights now total 102 (专区建设单价 7 → 9); 合计 still says 100"),
    (P2, 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "项目得分99.41分，评价等级为“良”",
     "99.41 is in the 优 band (≥90)"),
    (P2, 5, "conflicting_values", "prose",
     "平均响应时间1.5小时", "平均响应时间1.2小时",
     "平均响应时间1.2小时",
     "the 自评表 gives the fault response time as 1.5小时"),
    (P2, 6, "implausible_rate", "table",
     "91.3%         101.44%", "101.7%        113.00%",
     "满意度指标   服务对象满意度指标   公众满意度                 ≥90%           101.7%        113.00%   10     10",
     "satisfaction 101.7% is above 100% (completion recomputed consistently: 101.7/90 = 113.00%)"),

    (P3, 1, "rate_mismatch", "table",
     "| 142.60 | 131.10 | 91.94% |", "| 142.60 | 131.10 | 91.49% |",
     "| 2 | 政府网站集约化平台运维 | 142.60 | 131.10 | 91.49% | 11.50 |",
     "131.10/142.60 = 91.94%, stated 91.49%"),
    (P3, 2, "sum_mismatch", "prose",
     "调减35.20万元", "调减53.20万元",
     "调减53.20万元",
     "1,286.40 + 126.50 − 53.20 = 1,359.70 ≠ 调整后全年预算 1,377.70 (调减 should be 35.20)"),
    (P3, 3, "implausible_rate", "table",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — |", "| 其他资金 | 0.00 | 0.00 | 0.00 | 100.00% |",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | 100.00% |",
     "execution rate 100.00% on a 0.00 budget"),
    (P3, 4, "average_mismatch", "prose",
     "平均每季度办理11.71万件", "平均每季度办理11.17万件",
     "平均每季度办理11.17万件",
     "46.85万件/4 = 11.71万件 (quarterly table: 468,500/4 = 117,125件), stated 11.17"),
    (P3, 5, "conflicting_values", "prose",
     "好评率99.93%。", "好评率99.39%。",
     "好评率99.39%",
     "the 自评表 gives the “好差评”好评率 as 99.93%"),
    (P3, 6, "score_sum_mismatch", "table",
     "| 100 | 99.30 |", "| 100 | 99.03 |",
     "| 合计 | | | | | | 100 | 99.03 |",
     "row scores sum to 99.30 (as the text says), table total 99.03"),

    (P4, 1, "score_exceeds_weight", "table",
     "| 起 | 0 | 10 | 10 |\n| 合计 | | | | | | | 100 | 88.81 |",
     "| 起 | 0 | 10 | 10.50 |\n| 合计 | | | | | | | 100 | 89.31 |",
     "| 效益指标 | 可持续影响指标 | 网络安全事件 | ＝ | 0 | 起 | 0 | 10 | 10.50 |",
     "网络安全事件 row scored 10.50 against a weight of 10 (合计 raised with it to 89.31, still 良)"),
    (P4, 2, "grade_mismatch", "prose",
     "项目自评等级为“良”", "项目自评等级为“优”",
     "项目自评等级为“优”",
     "the 自评表 total 88.81 is in the 良 band (80–90)"),
    (P4, 3, "balance_mismatch", "prose",
     "年末结余13.58万元", "年末结余13.85万元",
     "年末结余13.85万元",
     "到位 76.00 − 支出 62.42 = 13.58, stated 13.85"),
    (P4, 4, "rate_mismatch", "prose",
     "到位率92.68%", "到位率96.28%",
     "到位率96.28%",
     "到位 76.00 / 全年预算 82.00 = 92.68%, stated 96.28%"),
    (P4, 5, "year_mismatch", "prose",
     "截至2023年12月31日，项目实际支出", "截至2022年12月31日，项目实际支出",
     "截至2022年12月31日",
     "the spending of the 2023 report is dated to the end of 2022"),
    (P4, 6, "weight_sum_mismatch", "table",
     "| 万人次 | 86.4 | 10 | 10 |", "| 万人次 | 86.4 | 12 | 10 |",
     "| 效益指标 | 社会效益指标 | 网站年访问量 | ≥ | 80 | 万人次 | 86.4 | 12 | 10 |",
     "weights now total 102 (网站年访问量 10 → 12); 合计 still says 100"),

    (P5, 1, "completion_mismatch", "table",
     "32517条      108.39%", "32517条      103.89%",
     "全年信息发布量             ≥30000条     32517条      103.89%   7      7",
     "32517/30000 = 108.39%, stated 103.89%"),
    (P5, 2, "average_mismatch", "prose",
     "季均69件", "季均72件",
     "季均72件",
     "(58 + 71 + 64 + 83)/4 = 276/4 = 69, stated 72"),
    (P5, 3, "unit_mismatch", "prose",
     "（46,200元）", "（46,200万元）",
     "质保金4.62万元（46,200万元）",
     "4.62万元 = 46,200元; the 元 figure is labelled 万元: off by 10^4"),
    (P5, 4, "score_sum_mismatch", "prose",
     "项目自评得分99.50分", "项目自评得分99.05分",
     "项目自评得分99.05分",
     "row scores (9.53 + 49.97 + 30 + 10) sum to 99.50, as the 自评表 合计 says; stated 99.05"),
    (P5, 5, "conflicting_values", "prose",
     "我市得分92.4分", "我市得分94.2分",
     "我市得分94.2分",
     "the 自评表 gives the 政务公开第三方评估得分 as 92.4分"),
    (P5, 6, "implausible_rate", "table",
     "99.97%       100.02%", "100.97%      101.02%",
     "质量指标             平台可用率                 ≥99.95%      100.97%      101.02%   8      8",
     "platform availability 100.97% is above 100% (completion recomputed consistently: 100.97/99.95 = 101.02%)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, "old not unique", old)
            err = clean.replace(old, new)
            assert err.count(value) == 1, (pid, n, "value not unique", value)
            name = f"{pid}-e{n}.txt"
            open(os.path.join(CASES, name), "w", encoding="utf-8").write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels")


if __name__ == "__main__":
    main()
