#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
it changes one figure or one word. `value` is the label: an exact substring of the error case
that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "sx-xiangyuan-cunjufalvguwen-2021"
P2 = "sc-wusheng-yicunyiguwen-2023"
P3 = "hn-longhui-gonggongfalvfuwu-2019"
P4 = "hb-lichuan-falvguwen-2020"
P5 = "jx-yudu-sifaju-bumen-2024"
PROJECTS = [P1, P2, P3, P4, P5]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 襄垣县 (Shanxi, 2021) ----
    (P1, 1, "sum_mismatch", "prose",
     "24个、31个、26个，合计146个", "24个、33个、26个，合计146个",
     "24个、33个、26个，合计146个",
     "townships 38 + 27 + 24 + 33 + 26 = 148, stated 合计146个 (夏店镇 31 -> 33)"),
    (P1, 2, "rate_mismatch", "table",
     "\t95.04\n\t\n\t100\n\t\n\t92.99\n", "\t95.04\n\t\n\t100\n\t\n\t92.39\n",
     "92.39",
     "funds table row (7)=(4)/(2), 县区级: 32.92 / 35.40 = 92.99%, stated 92.39"),
    (P1, 3, "completion_mismatch", "table",
     "\t1869次\n\t106.68%", "\t1869次\n\t106.86%",
     "1869次\n\t106.86%",
     "附件1 到村服务次数: 1869 / 1752 = 106.68%, stated 106.86%"),
    (P1, 4, "unit_mismatch", "table",
     "\t≥400件\n\t388件\n", "\t≥400件\n\t97%\n",
     "≥400件\n\t97%",
     "附件1 化解矛盾纠纷件数: target in 件, actual written as a percentage (97%), completion cannot be computed"),
    (P1, 5, "balance_mismatch", "prose",
     "补贴结余1.80万元", "补贴结余1.08万元",
     "补贴结余1.08万元",
     "subsidy budget 45.60 - subsidy paid 43.80 = 1.80万元, stated 1.08"),
    (P1, 6, "grade_mismatch", "prose",
     "等级为“优秀”", "等级为“良好”",
     "等级为“良好”",
     "total 99.23 lies in the 优 band (>= 90), stated 良好"),
    # ---- P2 武胜县 (Sichuan, 2023) ----
    (P2, 1, "unit_mismatch", "prose",
     "法律顾问补贴85.92万元（358个×2400元）", "法律顾问补贴85.92元（358个×2400元）",
     "法律顾问补贴85.92元",
     "358 x 2400元 = 859200元 = 85.92万元; written 85.92元, so 85.92 + 5.00 + 4.94 = 95.86 only holds if the unit is 万元 (off by 10^4)"),
    (P2, 2, "score_exceeds_weight", "table",
     "份\t324\t5\t5\t", "份\t324\t5\t5.4\t",
     "324\t5\t5.4",
     "审查村规民约和合同份数: score 5.4 above its weight 5 (324/300 = 108% scored uncapped); the whole-point total 99 still rounds from 99.02"),
    (P2, 3, "weight_sum_mismatch", "table",
     "个\t358\t15\t15", "个\t358\t20\t15",
     "358\t20\t15",
     "weights now 10 + 65 + 30 = 105 (配备法律顾问的村（社区）数 weight 15 -> 20)"),
    (P2, 4, "year_mismatch", "prose",
     "已结转至2024年统筹使用", "已结转至2023年统筹使用",
     "结转至2023年",
     "money unspent in the 2023 budget year is carried over to 2023 itself; must be a later year (2024)"),
    (P2, 5, "implausible_rate", "prose",
     "满意度为96.8%", "满意度为106.8%",
     "满意度为106.8%",
     "a satisfaction rate cannot exceed 100%"),
    (P2, 6, "conflicting_values", "table",
     "人次\t6215\t10\t10", "人次\t6251\t10\t10",
     "6251",
     "the table gives 6251人次 for 解答法律咨询 while the text says 解答群众法律咨询6215人次"),
    # ---- P3 隆回县 (Hunan, 2019) ----
    (P3, 1, "rate_mismatch", "table",
     "42.57 — 94.60% —", "42.57 — 94.06% —",
     "42.57 — 94.06%",
     "当年财政拨款 42.57 / 45.00 = 94.60%, stated 94.06%"),
    (P3, 2, "score_sum_mismatch", "table",
     "总体实现 10 9 乡镇", "总体实现 10 8 乡镇",
     "总体实现 10 8",
     "row scores now sum to 97.11 (9.50 + 50 + 9.61 + 10 + 8 + 10), stated 总分 98.11"),
    (P3, 3, "implausible_rate", "table",
     "其他资金 0 0 0 — — —", "其他资金 0 0 0 — 100.00% —",
     "其他资金 0 0 0 — 100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0 / 0)"),
    (P3, 4, "average_mismatch", "prose",
     "平均每个中心（站）1525人次", "平均每个中心（站）1552人次",
     "平均每个中心（站）1552人次",
     "(2846 + 1215 + 978 + 1061) / 4 = 1525, stated 1552"),
    (P3, 5, "year_mismatch", "prose",
     "我局对2019年度公共法律服务体系建设经费", "我局对2018年度公共法律服务体系建设经费",
     "我局对2018年度",
     "the report and its 自评表 are for 2019年度, the opening claims 2018年度 for the same evaluation"),
    (P3, 6, "balance_mismatch", "prose",
     "年末结余2.43万元", "年末结余2.34万元",
     "年末结余2.34万元",
     "全年预算 48.60 - 支出 46.17 = 2.43万元, stated 2.34"),
    # ---- P4 利川市 (Hubei, 2020) ----
    (P4, 1, "completion_mismatch", "prose",
     "7488小时，完成率106.67%", "7488小时，完成率106.76%",
     "完成率106.76%",
     "服务时长 7488 / 7020 = 106.67%, stated 106.76%"),
    (P4, 2, "weight_sum_mismatch", "table",
     "=14个 14个 8 8", "=14个 14个 10 8",
     "14个 10 8",
     "weights now 20 + 30 + 32 + 20 = 102; 目标2 rows add up to 32 against its stated 30分"),
    (P4, 3, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "total 96 lies in the 优 band (>= 90), stated 良"),
    (P4, 4, "score_exceeds_weight", "table",
     "135场 5 5", "135场 5 5.4",
     "135场 5 5.4",
     "开展法治宣传活动场次: score 5.4 above its weight 5 (135/125 = 108% scored uncapped); the whole-point total 96 still rounds from 96.45"),
    (P4, 5, "score_sum_mismatch", "table",
     "1080件 10 9 疫情", "1080件 10 8 疫情",
     "1080件 10 8",
     "row scores now sum to 95.05 (19.05 + 30 + 28 + 18), stated 总分 96 (table and text)"),
    (P4, 6, "sum_mismatch", "table",
     "上年结转资金 0.00 4.50 4.50", "上年结转资金 4.50 4.50 4.50",
     "上年结转资金 4.50 4.50 4.50",
     "年初预算数 column: 58.00 + 4.50 + 0.00 = 62.50, stated 年度资金总额 58.00"),
    # ---- P5 于都县 (Jiangxi, 2024, 部门整体) ----
    (P5, 1, "average_mismatch", "prose",
     "平均得分94.00分", "平均得分94.75分",
     "平均得分94.75分",
     "(96 + 94 + 91 + 95) / 4 = 94.00, stated 94.75"),
    (P5, 2, "sum_mismatch", "table",
     "公用经费\t64.10", "公用经费\t46.10",
     "公用经费\t46.10",
     "年初预算 column: 人员经费 548.30 + 公用经费 46.10 = 594.40, stated 基本支出 612.40"),
    (P5, 3, "conflicting_values", "prose",
     "全年法律顾问参与化解矛盾纠纷1078件，多数", "全年法律顾问参与化解矛盾纠纷1087件，多数",
     "参与化解矛盾纠纷1087件",
     "section 二 gives 全年法律顾问参与化解矛盾纠纷1078件, section 四 restates it as 1087件"),
    (P5, 4, "rate_mismatch", "prose",
     "执行率分别为97.40%、95.42%", "执行率分别为97.40%、95.24%",
     "97.40%、95.24%",
     "法律援助办案补贴 49.62 / 52.00 = 95.42%, stated 95.24%"),
    (P5, 5, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 report states its year-end coverage figure as of 2023年12月31日; year-end figures must name the evaluation year 2024"),
    (P5, 6, "completion_mismatch", "table",
     "1236件\t112.36%", "1236件\t121.36%",
     "1236件\t121.36%",
     "办理法律援助案件 1236 / 1100 = 112.36%, stated 121.36%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
