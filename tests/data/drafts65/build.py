#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n65 from the clean drafts.

Each error case = its clean draft with ONE injected inconsistency. An edit is
(line_anchor, old, new): the single line containing line_anchor gets its single
occurrence of old replaced by new. Score-row cases may carry two edits on adjacent
rows. `value` is either a literal substring of the error case, or a pair
(start_text, end_text): the slice of the error case from the first occurrence of
start_text to the end of the next occurrence of end_text.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xinhua-weipian-2023",
    "liping-oldtrees-2021",
    "liangping-watermeter-2024",
    "yuping-smallreservoir-2019",
    "yanling-wetland-2025",
]

# source -> list of (code, edits, value, explanation)
ERRORS = {
    "xinhua-weipian-2023": [
        ("rate_mismatch",
         [("| 其中：当年财政拨款 |", "94.38%", "94.83%")],
         "94.83%",
         "当年财政拨款 row: 194.43 / 206.00 = 94.38%, stated 94.83% (digits transposed)"),
        ("sum_mismatch",
         [("2. 全年执行214.83万元", "差旅11.34万元", "差旅13.14万元")],
         "全年执行214.83万元，执行率94.89%，其中第三方外业核查服务费173.59万元、无人机航摄及设备维护22.66万元、执法车辆运行及差旅13.14万元",
         "173.59 + 22.66 + 13.14 + 7.24 = 216.63, stated total 214.83 (the 差旅 item is 11.34 when the parts add up)"),
        ("completion_mismatch",
         [("| 卫片图斑内外业核查数量 |", "完成率107.17%", "完成率107.71%")],
         "完成率107.71%",
         "1286 / 1200 = 107.17%, stated 107.71%"),
        ("unit_mismatch",
         [("| 单个图斑外业核查成本 |", "1349.84元/个", "1349.84万元/个")],
         "1349.84万元/个",
         "target is ≤1500元/个 and 173.59万元 / 1286 = 1349.84元: the per-unit cost carries 万元 instead of 元 (off by 10^4)"),
        ("year_mismatch",
         [("结余11.57万元", "结转至2024年", "结转至2023年")],
         "结转至2023年",
         "the unspent part of the 2023 budget cannot be carried over into 2023 itself; should be 2024"),
        ("score_sum_mismatch",
         [("| 耕地保护动态监管机制 |", "| 10 | 9 |", "| 10 | 8 |")],
         ("耕地保护动态监管机制 | 长效运行 | 达到预期 | 10 | 8", "| 100 | 98.10"),
         "row score lowered from 9 to 8 without updating the total: 9.49 + 49.86 + 27.75 + 10 = 97.10, stated 98.10"),
    ],
    "liping-oldtrees-2021": [
        ("average_mismatch",
         [("平均每处7.02万元", "平均每处7.02万元", "平均每处7.20万元")],
         "平均每处7.20万元",
         "(8.16 + 6.57 + 6.33) / 3 = 7.02, stated 7.20"),
        ("balance_mismatch",
         [("年末结余15.72万元", "结余15.72万元", "结余15.27万元")],
         "15.27万元",
         "到位 135.00 − 执行 119.28 = 15.72, stated 15.27"),
        ("implausible_rate",
         [("资金到位率100.00%", "到位率100.00%", "到位率135.00%")],
         "到位率135.00%",
         "到位 135.00 of a 135.00 全年预算 cannot give 135% (computed on the 年初 100.00 base); a 到位率 above 100% is implausible"),
        ("conflicting_values",
         [("| 古树名木挂牌保护数量 |", "| 836株 |", "| 863株 |")],
         "863株",
         "table says 863株 挂牌 while the 实际完成情况 cell gives 836株 (611 + 225) and 超额36株"),
        ("score_exceeds_weight",
         [("| 古树抢救复壮数量 |", "| 10 | 9 |", "| 10 | 5 |"),
          ("| 避雷设施安装数量 |", "| 5 | 5 |", "| 5 | 9 |")],
         "避雷设施安装数量 | =12套 | 12套 | 5 | 9",
         "scores of two adjacent rows swapped: 避雷 row scores 9 against a weight of 5 (total unchanged at 93.97)"),
        ("weight_sum_mismatch",
         [("| 复壮工程完工时间 |", "| 5 | 3 |", "| 4 | 3 |")],
         ("2021年12月17日完工 | 4 | 3", "| 合计 |  |  |  |  | 100"),
         "时效 row weight typed 4: weights now total 99 (产出 49), stated 100"),
    ],
    "liangping-watermeter-2024": [
        ("implausible_rate",
         [("121个稳定在线", "在线率96.03%", "在线率104.13%")],
         "104.13%",
         "121 of 126 points online = 96.03%; 104.13% is 126/121 (inverted), a rate above 100%"),
        ("year_mismatch",
         [("截至2024年12月31日", "截至2024年12月31日", "截至2023年12月31日")],
         "截至2023年12月31日",
         "the 2024 cumulative count (85 + 126 new in 2024) is dated to the end of 2023 in a 2024 report"),
        ("weight_sum_mismatch",
         [("| 新建取水在线计量监测点 |", "| 15 | 15 |", "| 20 | 15 |")],
         ("新建取水在线计量监测点 | ≥120个 | 126个 | 20", "| 总分 |  |  |  |  | 100"),
         "weight 20 for the first row (last plan's weight left in): weights total 105, stated 100"),
        ("rate_mismatch",
         [("区级资金支出31.87万元", "执行率82.56%", "执行率63.74%")],
         "执行率63.74%",
         "31.87 / 38.60 = 82.56%; 63.74% is 31.87 / 50.00, the 年初 base before the 调减"),
        ("sum_mismatch",
         [("累计达到211个", "累计达到211个", "累计达到221个")],
         "累计达到221个（原有85个、新建126个）",
         "85 + 126 = 211, stated 221"),
        ("unit_mismatch",
         [("| 设备安装验收合格率 |", "| 100% | 5 | 5 |", "| 126个 | 5 | 5 |")],
         "设备安装验收合格率 | =100% | 126个",
         "target is a percentage (=100%), actual given as a count (126个)"),
    ],
    "yuping-smallreservoir-2019": [
        ("grade_mismatch",
         [("4. 自评得分89.88分", "评价等级为良好", "评价等级为优秀")],
         "评价等级为优秀",
         "89.88 lies in 80 ≤ s < 90: 良, not 优 (rounded up to 90)"),
        ("score_exceeds_weight",
         [("| 病险山塘整治数量 |", "| 5 | 5 |", "| 5 | 10 |"),
          ("| 维修养护工程验收合格率 |", "| 10 | 10 |", "| 10 | 5 |")],
         "病险山塘整治数量 | ≥15口 | 15口 | 5 | 10",
         "scores of two adjacent rows swapped: 山塘 row scores 10 against a weight of 5 (total unchanged at 89.88)"),
        ("conflicting_values",
         [("完成小型水库安全鉴定5座", "安全鉴定5座", "安全鉴定6座")],
         "安全鉴定6座",
         "实际完成情况 says 6座 鉴定 (the plan figure) while the table row gives 5座 and 16.00万元 = 5 × 3.20"),
        ("balance_mismatch",
         [("结转21.14万元", "结转21.14万元", "结转12.14万元")],
         "结转12.14万元",
         "160.70 − 139.56 = 21.14, stated 12.14"),
        ("average_mismatch",
         [("平均7.12万元", "平均7.12万元", "平均7.21万元")],
         "平均7.21万元",
         "(8.02 + 6.94 + 6.40) / 3 = 7.12, stated 7.21"),
        ("completion_mismatch",
         [("完成率90.38%", "完成率90.38%", "完成率94.00%")],
         "完成率94.00%",
         "2.35 / 2.6 = 90.38%; 94.00% is 2.35 / 2.5, last year's target"),
    ],
    "yanling-wetland-2025": [
        ("grade_mismatch",
         [("4. 依据县财政局", "评价等级为优", "评价等级为良")],
         "评价等级为良",
         "90.00 is in the 优 band (90 inclusive)"),
        ("score_sum_mismatch",
         [("| 湿地保护管理长效机制 |", "| 5 | 4 |", "| 5 | 3.5 |")],
         ("湿地保护管理长效机制 | 持续完善 | 达到预期 | 5 | 3.5", "| 100 | 90.00"),
         "row score edited to 3.5 without updating the total: sum is 89.50, stated 90.00"),
        ("unit_mismatch",
         [("平均每场7000元", "平均每场7000元", "平均每场7000万元")],
         "7000万元",
         "9.80万元 / 14 = 0.70万元 = 7000元: the average carries 万元 instead of 元 (off by 10^4)"),
        ("rate_mismatch",
         [("已支出158.64万元", "支出率79.32%", "支出率63.46%")],
         "支出率63.46%",
         "158.64 / 200.00 = 79.32%; 63.46% is 158.64 / 250.00, the whole 当年财政拨款 base"),
        ("conflicting_values",
         [("一期修复工程28.4公顷", "一期修复工程28.4公顷", "一期修复工程24.8公顷")],
         "24.8公顷",
         "一期 restored area 24.8 in 实际完成情况 vs 28.4公顷 in the plan, the table row and the cost 147.68 / 28.4 = 5.20"),
        ("sum_mismatch",
         [("| 其中：当年财政拨款 |", "| 220.00 |", "| 202.00 |")],
         ("| 年度资金总额 | 256.50", "| 其中：当年财政拨款 | 202.00"),
         "年初 column: 202.00 + 36.50 + 0.00 = 238.50, stated total 256.50 (当年财政拨款 年初 is 220.00 = 200 + 20)"),
    ],
}


def apply_edits(text, edits):
    lines = text.split("\n")
    for anchor, old, new in edits:
        idx = [i for i, ln in enumerate(lines) if anchor in ln]
        if len(idx) != 1:
            raise SystemExit(f"anchor {anchor!r} found on {len(idx)} lines")
        ln = lines[idx[0]]
        if ln.count(old) != 1:
            raise SystemExit(f"{old!r} occurs {ln.count(old)} times on line of {anchor!r}")
        lines[idx[0]] = ln.replace(old, new)
    return "\n".join(lines)


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    s = text.find(start)
    if s < 0:
        raise SystemExit(f"value start {start!r} not found")
    e = text.find(end, s)
    if e < 0:
        raise SystemExit(f"value end {end!r} not found")
    return text[s:e + len(end)]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for n, (code, edits, value, expl) in enumerate(ERRORS[src], 1):
            text = apply_edits(clean, edits)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for r in labels if not r['clean'])} error cases)")


if __name__ == "__main__":
    main()
