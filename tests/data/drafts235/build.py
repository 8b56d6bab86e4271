#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts235 from the clean drafts.

Each clean draft cases/<id>-clean.txt is copied six times; copy k gets exactly one
edit from EDITS[id][k-1]: an exact old -> new replacement that must match the clean
draft exactly once.  labels.jsonl lists every case (clean ones with expected = []).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# project id -> list of edits (case e1 .. e6).  "where" says whether the slip sits in the
# prose or in a table; it goes to the README, not to the labels.
EDITS = {
    "yunlong-dizaiyujing-2019": [
        dict(old="\t138.62\n\t10\n\t94.62%\n", new="\t138.62\n\t10\n\t94.26%\n",
             code="rate_mismatch", value="94.26%", where="table",
             explanation="自评表资金栏执行率: 138.62 / 146.50 = 94.62%, printed 94.26% (digits swapped)"),
        dict(old="\t128.00\n\t120.12\n", new="\t128.00\n\t121.02\n",
             code="sum_mismatch", value="121.02", where="table",
             explanation="全年执行数: 当年财政拨款 121.02 + 上年结转 18.50 + 其他 0.00 = 139.52, but 年度资金总额 says 138.62 (was 120.12)"),
        dict(old="为年度指标值（≥95%）的98.53%", new="为年度指标值（≥95%）的98.35%",
             code="completion_mismatch", value="98.35%", where="prose",
             explanation="在线率 93.6% against target ≥95% gives 93.6 / 95 = 98.53%, stated 98.35%"),
        dict(old="\t≥42处\n\t42处\n", new="\t≥42处\n\t100%\n",
             code="unit_mismatch", value="≥42处\n\t100%", where="table",
             explanation="普适型监测设备运行维护: target in 处 (≥42处), actual given as a percentage (100%)"),
        dict(old="结转至2020年继续用于", new="结转至2019年继续用于",
             code="year_mismatch", value="结转至2019年", where="prose",
             explanation="the unspent 7.88万元 of the 2019 budget cannot be carried over to 2019 itself (should be 2020)"),
        dict(old="93.1%、94.0%、94.5%", new="93.1%、96.0%、94.5%",
             code="average_mismatch", value="92.8%、93.1%、96.0%、94.5%，全年平均在线率93.6%", where="prose",
             explanation="(92.8 + 93.1 + 96.0 + 94.5) / 4 = 94.1%, stated average 93.6% (third quarter mistyped 96.0 for 94.0)"),
    ],
    "shuicheng-meikuangjianguan-2022": [
        dict(old="结余资金66.25万元", new="结余资金66.52万元",
             code="balance_mismatch", value="66.52万元", where="prose",
             explanation="全年预算 265.00 (all received) − 支出 198.75 = 66.25, stated 66.52"),
        dict(old="\t10\t7.00\t停产煤矿不具备会诊条件；2023年优先安排灾害严重矿井\n\t\t驻矿安监员派驻覆盖率\t100%\t100%\t5\t5\t",
             new="\t10\t5\t停产煤矿不具备会诊条件；2023年优先安排灾害严重矿井\n\t\t驻矿安监员派驻覆盖率\t100%\t100%\t5\t7.00\t",
             code="score_exceeds_weight", value="驻矿安监员派驻覆盖率\t100%\t100%\t5\t7.00", where="table",
             explanation="得分 7.00 above 分值 5 (the scores of two neighbouring rows were swapped, so the total still reads 88.76)"),
        dict(old="执法文书按期送达率\t100%\t100%\t5\t5", new="执法文书按期送达率\t100%\t100%\t6\t5",
             code="weight_sum_mismatch", value="执法文书按期送达率\t100%\t100%\t6\t5", where="table",
             explanation="分值 now sum to 101 (产出 51) while the 总分 row says 100"),
        dict(old="煤矿企业满意度\t≥90%\t84%", new="煤矿企业满意度\t≥90%\t105%",
             code="implausible_rate", value="105%", where="table",
             explanation="a satisfaction rate cannot exceed 100%"),
        dict(old="全年共开展煤矿安全执法检查276矿次", new="全年共开展煤矿安全执法检查267矿次",
             code="conflicting_values", value="执法检查267矿次", where="prose",
             explanation="the same year's 执法检查 is 276矿次 in the 自评表 (indicator row and 年度总体目标), 267 in the text"),
        dict(old="评价等级为良好", new="评价等级为优秀",
             code="grade_mismatch", value="评价等级为优秀", where="prose",
             explanation="88.76 lies in the 80–90 band: 良, not 优"),
    ],
    "yintai-kuangshanxiufu-2024": [
        dict(old="｜10｜93.04%｜9.30", new="｜10｜93.40%｜9.30",
             code="rate_mismatch", value="93.40%", where="table",
             explanation="1023.40 / 1100.00 = 93.04%, table prints 93.40%"),
        dict(old="省级矿山地质环境治理恢复资金240.00万元", new="省级矿山地质环境治理恢复资金204.00万元",
             code="sum_mismatch", value="204.00万元", where="prose",
             explanation="600.00 + 204.00 + 260.00 = 1064.00, but 全年预算 is 1100.00 (省级 was 240.00)"),
        dict(old="效益指标小计｜｜｜｜｜30｜29.55", new="效益指标小计｜｜｜｜｜30｜29.50",
             code="score_sum_mismatch", value="效益指标小计｜｜｜｜｜30｜29.50", where="table",
             explanation="效益 rows score 10 + 10 + 9.55 = 29.55, subtotal says 29.50 (and 9.30 + 49 + 29.50 + 10 = 97.80 ≠ 97.85)"),
        dict(old="支付率分别为96%、97%和84%", new="支付率分别为96%、107%和84%",
             code="implausible_rate", value="107%", where="prose",
             explanation="a payment rate of 107% of the contract for 陈炉镇片区 is impossible (payment beyond the contract)"),
        dict(old="项目支出绩效自评表\n（2024年度）", new="项目支出绩效自评表\n（2023年度）",
             code="year_mismatch", value="（2023年度）", where="table",
             explanation="the 自评表 of the 2024 report is headed 2023年度"),
        dict(old="阿庄镇片区242.50万元", new="阿庄镇片区2425000万元",
             code="unit_mismatch", value="2425000万元", where="prose",
             explanation="242.50万元 written as the 元 figure 2425000 with the unit 万元; 412.60 + 368.30 + x = 1023.40 only with x = 2425000元 = 242.50万元"),
    ],
    "fuyun-tongniekancha-2018": [
        dict(old="2745立方米  91.50%", new="2745立方米  91.05%",
             code="completion_mismatch", value="91.05%", where="table",
             explanation="槽探 2745 / 3000 = 91.50%, 完成率 column says 91.05%"),
        dict(old="868元/米  100%  5  5", new="868元/米  100%  6  5",
             code="weight_sum_mismatch", value="868元/米  100%  6  5", where="table",
             explanation="分值 now sum to 101 (产出 51) while 总分 says 100"),
        dict(old="491.60  462.37  29.23", new="491.60  462.37  23.29",
             code="balance_mismatch", value="23.29", where="table",
             explanation="结余 = 实际到位 491.60 − 执行 462.37 = 29.23, table says 23.29"),
        dict(old="完成1:1万地质草测52.6平方千米", new="完成1:1万地质草测56.2平方千米",
             code="conflicting_values", value="地质草测56.2平方千米", where="prose",
             explanation="the 自评表 gives 52.6平方千米 (completion 105.20% = 52.6/50), the text 56.2"),
        dict(old="平均孔深413.0米", new="平均孔深431.0米",
             code="average_mismatch", value="平均孔深431.0米", where="prose",
             explanation="(412.5 + 386.0 + 455.3 + 398.2) / 4 = 413.0米, stated 431.0"),
        dict(old="到位率95.35%", new="到位率95.53%",
             code="rate_mismatch", value="到位率95.53%", where="prose",
             explanation="到位 491.60 / 全年预算 515.60 = 95.35%, stated 95.53%"),
    ],
    "dexing-dizaifangzhi-2021": [
        dict(old="| 搬迁避让农户 | ≥45户 | 45户 | 10 | 10 |  |\n|  |  | 落实群测群防员 | ≥200名 | 200名 | 5 | 5 |",
             new="| 搬迁避让农户 | ≥45户 | 45户 | 10 | 5 |  |\n|  |  | 落实群测群防员 | ≥200名 | 200名 | 5 | 10 |",
             code="score_exceeds_weight", value="落实群测群防员 | ≥200名 | 200名 | 5 | 10", where="table",
             explanation="得分 10 above 分值 5 (scores of two neighbouring rows swapped, so the total still reads 78.91)"),
        dict(old="产出指标分值50分，得分40.00分", new="产出指标分值50分，得分42.00分",
             code="score_sum_mismatch", value="得分42.00分", where="prose",
             explanation="产出 rows score 3.33 + 10 + 5 + 5 + 10 + 1.67 + 5 = 40.00; and 42.00 + 23.17 + 9.44 + 6.30 = 80.91 ≠ 综合得分 78.91"),
        dict(old="自评等级：中", new="自评等级：良",
             code="grade_mismatch", value="自评等级：良", where="table",
             explanation="78.91 lies in the 60–80 band: 中, not 良"),
        dict(old="| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
             new="| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
             code="implausible_rate", value="上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00%", where="table",
             explanation="an execution rate of 100.00% on a zero budget (上年结转 0.00)"),
        dict(old="隐患排查及专业监测42.50万元", new="隐患排查及专业监测45.20万元",
             code="sum_mismatch", value="隐患排查及专业监测45.20万元", where="prose",
             explanation="228.70 + 90.00 + 48.00 + 45.20 = 411.90, but 全年支出 is 409.20 (was 42.50)"),
        dict(old="全年完成搬迁避让45户", new="全年完成搬迁避让54户",
             code="conflicting_values", value="搬迁避让54户", where="prose",
             explanation="the 自评表 (indicator row and 年度总体目标) gives 45户 completed, the text 54户"),
    ],
}

ORDER = ["yunlong-dizaiyujing-2019", "shuicheng-meikuangjianguan-2022", "yintai-kuangshanxiufu-2024",
         "fuyun-tongniekancha-2018", "dexing-dizaifangzhi-2021"]


def main():
    labels = []
    for pid in ORDER:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for k, e in enumerate(EDITS[pid], 1):
            n = clean.count(e["old"])
            if n != 1:
                sys.exit("%s e%d: old string matches %d times" % (pid, k, n))
            text = clean.replace(e["old"], e["new"], 1)
            if e["value"] not in text:
                sys.exit("%s e%d: value not in case" % (pid, k))
            name = "%s-e%d.txt" % (pid, k)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d clean, %d with one error)" % (
        len(labels), sum(l["clean"] for l in labels), sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    main()
