#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Each project has a clean draft cases/<id>-clean.txt (written by hand). Every error case
cases/<id>-eN.txt is the clean draft with ONE injected inconsistency, described below as a list
of (old, new) replacements: `old` must occur exactly once in the clean draft. A normal error is
one replacement inside one line (changed part <= 16 characters); score-row errors may use two
replacements in two adjacent table rows (flag rows2=True).

Usage: python3 build.py          (pure Python 3, no third-party packages)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "eryuan-seismic-2019",
    "congjiang-emergbroadcast-2021",
    "taihu-studentaid-2023",
    "zigui-ferry-2020",
    "chenggu-metrology-2018",
    "wuning-mediation-2025",
]

T = "\t"

# Each error: code, edits [(old, new)], value (exact substring of the error case), explanation,
# optional rows2=True for a two-row score edit.
ERRORS = {
    "eryuan-seismic-2019": [
        dict(code="rate_mismatch",
             edits=[("65.24\t—\t93.87%", "65.24\t—\t95.94%")],
             value="95.94%",
             explanation="当年财政拨款 row: 65.24 / 69.50 = 93.87%; 95.94% is 65.24 / 68.00, the rate taken on the "
                         "year-start budget instead of the adjusted 全年预算数"),
        dict(code="score_sum_mismatch",
             edits=[("93.5%\t10\t10\t", "93.5%\t10\t9\t")],
             value="9\t\n总分\t\t\t\t\t\t100\t98.20",
             explanation="satisfaction row re-scored 9 without touching the total: rows now add to "
                         "9.42 + 49.25 + 29.53 + 9 = 97.20, stated 总分 98.20"),
        dict(code="completion_mismatch",
             edits=[("完成年度目标的87.50%", "完成年度目标的105.00%")],
             value="105.00%",
             explanation="21场 against the target 24场 is 87.50%; 105.00% is 21 / 20, last year's count used as the base"),
        dict(code="year_mismatch",
             edits=[("截至2019年12月31日，全县11个", "截至2018年12月31日，全县11个")],
             value="截至2018年12月31日",
             explanation="2019 report: the year-end figure is dated 2018-12-31 (last year's sentence left in)"),
        dict(code="unit_mismatch",
             edits=[("支出11.80万元，执行率79.19%", "支出118000万元，执行率79.19%")],
             value="118000万元",
             explanation="a 元 amount (118000元 = 11.80万元) written with the unit 万元: off by 10^4; with 11.80 the "
                         "five sub-projects add to 69.54 and 11.80 / 14.90 = 79.19%"),
    ],
    "congjiang-emergbroadcast-2021": [
        dict(code="sum_mismatch",
             edits=[("省级资金60.00万元、县级资金65.00万元。项目无", "省级资金60.00万元、县级资金80.00万元。项目无")],
             value="385.00万元，其中中央资金260.00万元、省级资金60.00万元、县级资金80.00万元",
             explanation="260.00 + 60.00 + 80.00 = 400.00, stated 385.00; the county share is 80.00 - 15.00 = 65.00 "
                         "after the 调减 (year-start figure left in)"),
        dict(code="weight_sum_mismatch",
             edits=[("| 项目验收合格率 | 100% | 100% | 6 | 6 |", "| 项目验收合格率 | 100% | 100% | 8 | 6 |")],
             value="8 | 6 |\n| 时效指标 | 主体工程完工时间 | 2021年11月30日前 | 2021年11月26日 | 6 | 6 |\n"
                   "| 成本指标 | 单个行政村终端建设成本 | ≤1.10万元 | 1.10万元 | 8 | 8 |\n| 小计 | | | | 50",
             explanation="产出 weights 6 + 6 + 10 + 8 + 8 + 6 + 8 = 52, stated 小计 50 (total weights 102)"),
        dict(code="score_exceeds_weight",
             rows2=True,
             edits=[("| 96.50% | 10 | 10 |", "| 96.50% | 12 | 10 |"),
                    ("| 1386条次 | 10 | 10 |", "| 1386条次 | 8 | 10 |")],
             value="| ≥1200条次 | 1386条次 | 8 | 10 |",
             explanation="效益 weights re-split 12/8/10 after the scores were filled in: the 信息发布 row scores 10 "
                         "against a weight of 8 (小计 30/30 unchanged)"),
        dict(code="average_mismatch",
             edits=[("平均为98.30%", "平均为98.03%")],
             value="98.03%",
             explanation="(98.6 + 97.2 + 99.1) / 3 = 98.30%, stated 98.03%"),
        dict(code="implausible_rate",
             edits=[("| 其他资金 | 0.00 | 0.00 | — |", "| 其他资金 | 0.00 | 0.00 | 100% |")],
             value="| 其他资金 | 0.00 | 0.00 | 100% |",
             explanation="a 支出率 of 100% on a zero base (其他资金 0.00 到位, 0.00 支出): rate undefined"),
    ],
    "taihu-studentaid-2023": [
        dict(code="balance_mismatch",
             edits=[("实际发放124.60万元，结余3.40万元", "实际发放124.60万元，结余4.30万元")],
             value="4.30万元",
             explanation="学前教育幼儿资助 128.00 - 124.60 = 3.40 (34 children x 1000元), stated 4.30"),
        dict(code="average_mismatch",
             edits=[("平均4.5个工作日", "平均6个工作日")],
             value="平均6个工作日",
             explanation="(5 + 3 + 4 + 6) / 4 = 4.5 working days; 6 is the sum divided by 3"),
        dict(code="conflicting_values",
             edits=[("共发放各类学生资助资金1286.00万元", "共发放各类学生资助资金1268.00万元")],
             value="1268.00万元",
             explanation="the overview says 1268.00万元 paid out; the funds section and the table give 1286.00万元 "
                         "(retyped figure)"),
        dict(code="sum_mismatch",
             edits=[("、省级资金214.00万元、县级资金130.00万元", "、省级资金241.00万元、县级资金130.00万元")],
             value="1298.60万元，其中中央资金916.00万元、省级资金241.00万元",
             explanation="916.00 + 241.00 + 130.00 + 38.60 = 1325.60, stated 1298.60; provincial money is "
                         "190.00 + 24.00 = 214.00"),
        dict(code="unit_mismatch",
             edits=[("生源地信用助学贷款风险补偿金54.60万元（含上年结转", "生源地信用助学贷款风险补偿金54.60元（含上年结转")],
             value="54.60元",
             explanation="a 万元 amount labelled 元 (off by 10^4): the table gives 54.60万元, and it contains a "
                         "38.60万元 carry-over"),
    ],
    "zigui-ferry-2020": [
        dict(code="rate_mismatch",
             edits=[("资金到位率97.67%", "资金到位率90.91%")],
             value="90.91%",
             explanation="到位 209.50 / 全年预算 214.50 = 97.67%; 90.91% is 195.00 / 214.50, the 上年结转 left out "
                         "of the numerator"),
        dict(code="score_exceeds_weight",
             rows2=True,
             edits=[("\t58人\n\t100%\n\t7\n\t7\n", "\t58人\n\t100%\n\t7\n\t2.25\n"),
                    ("\t37.50%\n\t6\n\t2.25\n", "\t37.50%\n\t6\n\t7\n")],
             value="37.50%\n\t6\n\t7",
             explanation="scores of two adjacent rows swapped in the flattened table: 救生设备配置 scores 7 "
                         "against a weight of 6 (block total unchanged)"),
        dict(code="completion_mismatch",
             edits=[("\t72.44%\n", "\t66.67%\n")],
             value="66.67%",
             explanation="年渡运量 32.6 / target 45 = 72.44%; 66.67% is 32.6 / 48.9, last year's volume used as base"),
        dict(code="implausible_rate",
             edits=[("已支付10.80万元，支付率90.00%", "已支付13.20万元，支付率110.00%")],
             value="13.20万元，支付率110.00%",
             explanation="paid 13.20 on a 12.00 contract: a payment rate of 110.00% (money paid beyond the contract)"),
        dict(code="year_mismatch",
             edits=[("2019年12月，省财政厅提前下达2020年", "2020年12月，省财政厅提前下达2020年")],
             value="2020年12月，省财政厅提前下达",
             explanation="money for 2020 issued in advance must come in December 2019, not December 2020 "
                         "(also stated: 中央资金于2019年12月到位)"),
    ],
    "chenggu-metrology-2018": [
        dict(code="grade_mismatch",
             edits=[("评价等级为“良”", "评价等级为“优”")],
             value="评价等级为“优”",
             explanation="86.08 is in the 良 band (80 <= s < 90)"),
        dict(code="score_sum_mismatch",
             edits=[("产出指标得分27.50分", "产出指标得分28.50分")],
             value="28.50分、效益指标得分20.00分，综合得分86.08分",
             explanation="18.08 + 20.50 + 28.50 + 20.00 = 87.08, stated 86.08 (one score edited without the total)"),
        dict(code="weight_sum_mismatch",
             edits=[("过程指标25分、产出指标30分", "过程指标25分、产出指标35分")],
             value="100分，其中投入指标20分、过程指标25分、产出指标35分",
             explanation="20 + 25 + 35 + 25 = 105, stated 100 (last year's weight for 产出 left in)"),
        dict(code="balance_mismatch",
             edits=[("实际支出22.86万元，结余0.74万元", "实际支出22.86万元，结余1.74万元")],
             value="1.74万元",
             explanation="公用经费 23.60 - 22.86 = 0.74 (borrow forgotten), stated 1.74"),
        dict(code="conflicting_values",
             edits=[("全年完成强制检定计量器具13416台", "全年完成强制检定计量器具11872台")],
             value="完成强制检定计量器具11872台（件）",
             explanation="the overview gives 11872台（件）, last year's count; section 三 gives 13416 "
                         "(1286 + 2604 + 9526) for 2018"),
    ],
    "wuning-mediation-2025": [
        dict(code="grade_mismatch",
             edits=[("评价等级为“中等”", "评价等级为“良好”")],
             value="评价等级为“良好”",
             explanation="79.47 is below 80: 中 band, not 良"),
        dict(code="rate_mismatch",
             edits=[("支出51.08万元，执行率97.30%", "支出51.08万元，执行率69.31%")],
             value="69.31%",
             explanation="county money 51.08 / 52.50 = 97.30%; 69.31% divides by the whole project budget 73.70"),
        dict(code="conflicting_values",
             edits=[("共调解矛盾纠纷1248件，调解成功", "共调解矛盾纠纷1284件，调解成功")],
             value="1284件",
             explanation="overview 1284件 vs 1248件 in section 四, the table and the breakdown 862 + 356 + 30"),
        dict(code="unit_mismatch",
             edits=[("件        1248        10    8.32", "件        83.20%      10    8.32")],
             value="83.20%",
             explanation="target 1500 件, actual written as a percentage (the completion rate) in the 件 row"),
        dict(code="score_sum_mismatch",
             edits=[("1           10    0      家庭纠纷", "1           10    5      家庭纠纷")],
             value="5      家庭纠纷跟踪回访不到位\n"
                   "效益指标    社会效益指标    矛盾纠纷就地化解率            ≥        95      %         93.2        10    9.81   部分纠纷上交\n"
                   "效益指标    可持续影响指标  调解员队伍稳定性              定性      稳定    —         部分达成    10    6.00   村级调解员换届离任\n"
                   "满意度指标  服务对象满意度  当事人满意度                  ≥        95      %         90.5        10    9.53   回访发现调解程序不够规范\n"
                   "合计                                                                                             100   79.47",
             explanation="民转刑 row given 5 points without updating the total: rows add to 84.47, stated 79.47 "
                         "(and 效益 rows 20.81 vs 15.81 in the text)"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, edits, where):
    text = clean
    for old, new in edits:
        n = clean.count(old)
        if n != 1:
            raise SystemExit(f"{where}: edit anchor occurs {n} times in the clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, f"{pid}-clean.txt"))
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for i, err in enumerate(ERRORS[pid], 1):
            name = f"{pid}-e{i}.txt"
            text = apply(clean, err["edits"], name)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": err["code"], "severity": "error", "value": err["value"],
                                         "explanation": err["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean) -> labels.jsonl")


if __name__ == "__main__":
    main()
