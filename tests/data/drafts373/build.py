#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Running it again rewrites cases/<id>-e1.txt ... -e6.txt and labels.jsonl (clean drafts are never touched).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fj-jinjiang-qiaoqing-2019",
    "hi-wenchang-guiqiaoweiwen-2018",
    "yn-tengchong-haiwailianyi-2021",
    "sx-yanhu-qiaowu-2022",
    "hb-xiantao-waiqiaoban-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 晋江 2019, MOF 自评表 with ｜ separators
    ("fj-jinjiang-qiaoqing-2019", 1, "rate_mismatch", "prose",
     "支出率97.54%", "支出率95.74%", "支出率95.74%",
     "入户调查补贴 25.36 / 该项预算 26.00 = 97.54%, stated 95.74%"),
    ("fj-jinjiang-qiaoqing-2019", 2, "average_mismatch", "prose",
     "人均完成入户调查162.6户", "人均完成入户调查165.2户", "人均完成入户调查165.2户",
     "12680户 / 78名调查员 = 162.56 -> 162.6, stated 165.2"),
    ("fj-jinjiang-qiaoqing-2019", 3, "score_sum_mismatch", "table",
     "｜24个｜10｜8｜", "｜24个｜10｜7｜", "24个｜10｜7",
     "row scores now add up to 9.71 + 50 + 27 + 10 = 96.71, the table and the text still state 97.71"),
    ("fj-jinjiang-qiaoqing-2019", 4, "unit_mismatch", "table",
     "｜2019年11月25日｜", "｜100%｜", "2019年11月30日前｜100%",
     "target is a date (2019年11月30日前), actual written as a percentage: no completion can be computed"),
    ("fj-jinjiang-qiaoqing-2019", 5, "year_mismatch", "prose",
     "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "the spending of the 2019 budget is reported as of 2018-12-31; the cut-off date must name the evaluation year 2019"),
    ("fj-jinjiang-qiaoqing-2019", 6, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—", "0.00｜—｜100%",
     "上年结转资金 has a zero budget (0.00) yet an execution rate of 100% is printed; a rate on a zero base is undefined"),
    # --- 文昌 2018, MOF outline, tab-separated 自评表
    ("hi-wenchang-guiqiaoweiwen-2018", 1, "balance_mismatch", "prose",
     "结余0.56万元", "结余0.65万元", "结余0.65万元",
     "春节慰问 预算 18.00 - 实际发放 17.44 = 0.56, stated 0.65"),
    ("hi-wenchang-guiqiaoweiwen-2018", 2, "sum_mismatch", "prose",
     "入户核查等工作经费0.86万元", "入户核查等工作经费0.68万元", "工作经费0.68万元",
     "17.44 + 6.90 + 9.00 + 1.80 + 0.68 = 35.82, stated total 全年支出36.00万元"),
    ("hi-wenchang-guiqiaoweiwen-2018", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 95 lies in the 优 band (90-100), grade stated as 良"),
    ("hi-wenchang-guiqiaoweiwen-2018", 4, "weight_sum_mismatch", "table",
     "部分达成年度指标并具有一定效果\t10\t6", "部分达成年度指标并具有一定效果\t8\t6", "具有一定效果\t8\t6",
     "分值 now add up to 98 (10 + 50 + 28 + 10); the score 6 of 8 is still inside the 部分达成 band, so only the weights break"),
    ("hi-wenchang-guiqiaoweiwen-2018", 5, "conflicting_values", "table",
     "≥200户\t218户", "≥200户\t228户", "228户",
     "table says 228户 were visited at Spring Festival, the text says 218户 (218 x 800元 = 17.44万元 as spent)"),
    ("hi-wenchang-guiqiaoweiwen-2018", 6, "score_exceeds_weight", "table",
     "23人\t5\t5", "23人\t5\t5.3", "23人\t5\t5.3",
     "row 救助重病困难归侨人数: score 5.3 above its weight 5 (the stated total 95 still agrees with the row sum 95.3 at whole-point precision)"),
    # --- 腾冲 2021, flattened Word table (one cell per line)
    ("yn-tengchong-haiwailianyi-2021", 1, "conflicting_values", "prose",
     "满意度为96.3%", "满意度为93.6%", "满意度为93.6%",
     "text gives the survey satisfaction as 93.6%, the 自评表 row gives 96.3% for the same survey"),
    ("yn-tengchong-haiwailianyi-2021", 2, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "money left over from the 2021 budget is carried over to 2021 itself; it must go to a later year"),
    ("yn-tengchong-haiwailianyi-2021", 3, "unit_mismatch", "prose",
     "每户600元", "每户600万元", "每户600万元",
     "96户 x 600万元 cannot give 合计5.76万元; 96 x 600元 = 57600元 = 5.76万元, so the per-household amount carries the wrong unit (off by 10^4)"),
    ("yn-tengchong-haiwailianyi-2021", 4, "rate_mismatch", "table",
     "\t78.33%", "\t73.83%", "73.83%",
     "当年财政拨款 row: 23.50 / 30.00 = 78.33%, table prints 73.83%"),
    ("yn-tengchong-haiwailianyi-2021", 5, "score_exceeds_weight", "table",
     "13篇\n\t10\n\t10\n", "13篇\n\t10\n\t10.4\n", "13篇\n\t10\n\t10.4",
     "row 媒体及侨刊报道篇数: score 10.4 above its weight 10 (stated total 96 still agrees with the row sum 96.4 at whole-point precision)"),
    ("yn-tengchong-haiwailianyi-2021", 6, "average_mismatch", "prose",
     "平均每场181人次", "平均每场188人次", "平均每场188人次",
     "362人次 over 2 场 = 181 per 场, stated 188"),
    # --- 盐湖 2022, Shanxi layout (行次 funds table, 完成率 column)
    ("sx-yanhu-qiaowu-2022", 1, "completion_mismatch", "table",
     "108.67%", "106.87%", "106.87%",
     "侨情信息更新户数: 326 / 300 = 108.67%, table prints 106.87%"),
    ("sx-yanhu-qiaowu-2022", 2, "rate_mismatch", "table",
     "｜98.20｜", "｜98.02｜", "98.02",
     "预算执行率 row (7)=(4)/(2), 县区级 column: 14.73 / 15.00 = 98.20%, printed 98.02"),
    ("sx-yanhu-qiaowu-2022", 3, "sum_mismatch", "table",
     "年初预算资金｜(1)｜15.00｜15.00｜", "年初预算资金｜(1)｜15.00｜15.50｜", "(1)｜15.00｜15.50",
     "row (1) 财政资金小计 15.50 but 中央 0 + 省 0 + 市 0 + 县区 15.00 = 15.00 (and 总额 15.00 ≠ 15.50 + 0 + 0)"),
    ("sx-yanhu-qiaowu-2022", 4, "implausible_rate", "prose",
     "侨眷满意度92.60%", "侨眷满意度102.60%", "侨眷满意度102.60%",
     "a satisfaction rate above 100%"),
    ("sx-yanhu-qiaowu-2022", 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 98.97 lies in the 优 band, grade stated as 良好"),
    ("sx-yanhu-qiaowu-2022", 6, "weight_sum_mismatch", "table",
     "困难归侨侨眷生活困难得到缓解｜15｜", "困难归侨侨眷生活困难得到缓解｜16｜", "得到缓解｜16",
     "权重 now add up to 101 (效益 31); score 15 of 16 stays in the 达成 band, so only the weights break"),
    # --- 仙桃 2024, 部门整体支出, Hubei-style 20-point execution + goal blocks
    ("hb-xiantao-waiqiaoban-2024", 1, "score_sum_mismatch", "prose",
     "综合得分98.22分", "综合得分98.42分", "综合得分98.42分",
     "19.80 + 25 + 29.70 + 23.72 = 98.22 (the table rows give the same), stated 98.42"),
    ("hb-xiantao-waiqiaoban-2024", 2, "completion_mismatch", "table",
     "112.00%", "121.00%", "121.00%",
     "新建立联系的海外侨团: 56 / 50 = 112.00%, table prints 121.00%"),
    ("hb-xiantao-waiqiaoban-2024", 3, "conflicting_values", "prose",
     "新建立联系的海外侨团56个", "新建立联系的海外侨团65个", "海外侨团65个",
     "text says 65 new overseas associations, the indicator table says 56个"),
    ("hb-xiantao-waiqiaoban-2024", 4, "year_mismatch", "table",
     "评价年度：2024年", "评价年度：2023年", "评价年度：2023年",
     "the score table claims evaluation year 2023 in a 2024 report (title, budget and funds are 2024)"),
    ("hb-xiantao-waiqiaoban-2024", 5, "balance_mismatch", "prose",
     "全年结余2.52万元", "全年结余2.25万元", "全年结余2.25万元",
     "全年预算 253.60 - 全年支出 251.08 = 2.52 (also 项目 64.00 - 61.48), stated 2.25"),
    ("hb-xiantao-waiqiaoban-2024", 6, "sum_mismatch", "table",
     "公用经费｜24.10｜", "公用经费｜21.40｜", "公用经费｜21.40",
     "年初预算数 column: 人员经费 162.30 + 公用经费 21.40 = 183.70, 基本支出 stated 186.40"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: label value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
