#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement old -> new; `old` must occur exactly
once in the clean draft.  `value` is the labelled substring of the error case (it contains the changed
figure).  `token` is the figure being changed as it is written in the clean draft: verify.py checks that it
occurs only once there (twice or more only for conflicting_values, where the figure is meant to repeat);
`token=None` marks an edit of a cell or word whose bare figure naturally repeats elsewhere (a score "10",
a "100%", a year, a dash), in which case the old string with its row context is the unique anchor.
`where` is prose or table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gx-lingyun-diyishuji-2019",
    "hn-chengbu-zhucundui-2020",
    "sx-baode-zhucunbangfu-2021",
    "gs-minxian-xczxj-bumen-2022",
    "sc-leibo-zhucunjingfei-2023",
]

# (project, n, code, where, old, new, value, token, explanation)
EDITS = [
    # ---- gx-lingyun-diyishuji-2019 (Guangxi, PDF copy, MOF 附件1 with 完成率 column) ----
    ("gx-lingyun-diyishuji-2019", 1, "rate_mismatch", "prose",
     "帮扶项目资金执行92.26万元，执行率92.26%", "帮扶项目资金执行92.26万元，执行率96.26%",
     "执行率96.26%", "92.26%",
     "帮扶项目资金 executed 92.26 of its 100.00万元 budget: 92.26%, stated 96.26%"),
    ("gx-lingyun-diyishuji-2019", 2, "score_exceeds_weight", "table",
     "93.5%  103.89%  10  10\n", "93.5%  103.89%  10  10.5\n",
     "103.89%  10  10.5", None,
     "satisfaction row scored 10.5 against a weight of 10 (the whole-point total 99 still covers the sum 99.05)"),
    ("gx-lingyun-diyishuji-2019", 3, "year_mismatch", "prose",
     "已按规定结转至2020年继续使用", "已按规定结转至2019年继续使用",
     "结转至2019年", None,
     "money left unspent in the 2019 budget cannot be carried over to 2019 itself; it goes to 2020"),
    ("gx-lingyun-diyishuji-2019", 4, "unit_mismatch", "prose",
     "按600元/人·月标准发放", "按600万元/人·月标准发放",
     "600万元/人·月", "600",
     "allowance of 600元 written as 600万元: 600万元 × 38人 × 12月 ≠ 27.36万元; 600元 × 38 × 12 = 273,600元 = 27.36万元 (off by 10^4)"),
    ("gx-lingyun-diyishuji-2019", 5, "completion_mismatch", "table",
     "≥1200户  1116户  93.00%", "≥1200户  1116户  95.00%",
     "1116户  95.00%", "93.00%",
     "1116 / 1200 = 93.00%, stated 95.00%"),
    ("gx-lingyun-diyishuji-2019", 6, "grade_mismatch", "prose",
     "本项目自评得分99分，评价等级为\"优\"", "本项目自评得分99分，评价等级为\"良\"",
     "评价等级为\"良\"", None,
     "a total of 99 is in the 优 band (90–100), not 良"),

    # ---- hn-chengbu-zhucundui-2020 (Hunan outline, Word copy, 自评表 appended) ----
    ("hn-chengbu-zhucundui-2020", 1, "sum_mismatch", "table",
     "其中：当年财政拨款\t279.16\t279.16\t276.81", "其中：当年财政拨款\t279.16\t279.16\t267.81",
     "279.16\t279.16\t267.81", "276.81",
     "全年执行数: 267.81 (当年财政拨款) + 8.42 (上年结转) + 0 = 276.23, but 年度资金总额 says 285.23 (should be 276.81)"),
    ("hn-chengbu-zhucundui-2020", 2, "balance_mismatch", "prose",
     "资金结余2.35万元", "资金结余2.53万元",
     "资金结余2.53万元", "2.35",
     "287.58 − 285.23 = 2.35 (and the training money 6.00 − 3.65 = 2.35), stated 2.53"),
    ("hn-chengbu-zhucundui-2020", 3, "conflicting_values", "prose",
     "资金按计划拨付，全年实际支出285.23万元", "资金按计划拨付，全年实际支出258.23万元",
     "全年实际支出258.23万元", "285.23",
     "the year's spending is 285.23万元 in section 二 and in the 自评表, 258.23万元 in section 四"),
    ("hn-chengbu-zhucundui-2020", 4, "weight_sum_mismatch", "table",
     "=0户\t0户\t15\t15", "=0户\t0户\t18\t15",
     "0户\t18\t15", None,
     "weights now total 103 (返贫户数 row 18 instead of 15) against the stated 100"),
    ("hn-chengbu-zhucundui-2020", 5, "average_mismatch", "prose",
     "平均237.4天", "平均232.4天",
     "平均232.4天", "237.4",
     "(236 + 241 + 229 + 248 + 233) / 5 = 237.4, stated 232.4"),
    ("hn-chengbu-zhucundui-2020", 6, "implausible_rate", "prose",
     "资金到位率100%", "资金到位率110%",
     "资金到位率110%", None,
     "a 到位率 of 110% is impossible (no 到位 amount is stated, so only the range is checkable)"),

    # ---- sx-baode-zhucunbangfu-2021 (Shanxi, flattened cells, sources as rows with 行次) ----
    ("sx-baode-zhucunbangfu-2021", 1, "rate_mismatch", "table",
     "\t145.72\n\t100\n\t98.26\n", "\t145.72\n\t100\n\t98.62\n",
     "98.62", "98.26",
     "县级资金 执行率 (7): 145.72 / 148.30 = 98.26%, stated 98.62"),
    ("sx-baode-zhucunbangfu-2021", 2, "balance_mismatch", "prose",
     "全年结余4.66万元", "全年结余4.86万元",
     "全年结余4.86万元", "4.66",
     "到位 240.00 − 执行 235.34 = 4.66, stated 4.86"),
    ("sx-baode-zhucunbangfu-2021", 3, "sum_mismatch", "table",
     "\t1=2+3+4+5\n\t206.80\n", "\t1=2+3+4+5\n\t208.60\n",
     "208.60", "206.80",
     "年初预算 财政资金小计: 0.00 + 30.00 + 25.20 + 151.60 = 206.80, stated 208.60 (合计 213.30 = 206.80 + 0.00 + 6.50 also breaks)"),
    ("sx-baode-zhucunbangfu-2021", 4, "completion_mismatch", "table",
     "\t412人次\n\t108.99%\n", "\t412人次\n\t118.99%\n",
     "118.99%", "108.99%",
     "412 / 378 = 108.99%, stated 118.99%"),
    ("sx-baode-zhucunbangfu-2021", 5, "score_sum_mismatch", "table",
     "\t92.50%\n\t9.25\n", "\t92.50%\n\t9.52\n",
     "9.52", "9.25",
     "row scores now add up to 99.33 (9.81 + 50 + 10 + 9.52 + 10 + 10) while the stated total is 99.06"),
    ("sx-baode-zhucunbangfu-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日，项目资金到位", "截至2020年12月31日，项目资金到位",
     "截至2020年12月31日", None,
     "the 2021 project's 到位/执行 figures are dated to the end of 2020"),

    # ---- gs-minxian-xczxj-bumen-2022 (Gansu, 部门整体, web page) ----
    ("gs-minxian-xczxj-bumen-2022", 1, "average_mismatch", "prose",
     "平均得分92.40分", "平均得分94.20分",
     "平均得分94.20分", "92.40",
     "(96.5 + 88.0 + 95.0 + 92.5 + 90.0) / 5 = 92.40, stated 94.20"),
    ("gs-minxian-xczxj-bumen-2022", 2, "score_sum_mismatch", "prose",
     "自评总得分92.99分", "自评总得分93.99分",
     "自评总得分93.99分", "92.99",
     "9.69 + 18.50 + 28.60 + 26.80 + 9.40 = 92.99, stated 93.99"),
    ("gs-minxian-xczxj-bumen-2022", 3, "implausible_rate", "table",
     "乡村振兴项目库建设经费\t0.00\t0.00\t—", "乡村振兴项目库建设经费\t0.00\t0.00\t100.00%",
     "0.00\t0.00\t100.00%", None,
     "an execution rate of 100.00% on a 0.00万元 budget (rate on a zero base)"),
    ("gs-minxian-xczxj-bumen-2022", 4, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"", None,
     "the department total 92.99 is in the 优 band, not 良"),
    ("gs-minxian-xczxj-bumen-2022", 5, "sum_mismatch", "prose",
     "公用经费61.09万元", "公用经费61.90万元",
     "公用经费61.90万元", "61.09",
     "基本支出 412.36 ≠ 人员经费 351.27 + 公用经费 61.90 = 413.17"),
    ("gs-minxian-xczxj-bumen-2022", 6, "unit_mismatch", "table",
     "48.00\t41.76\t87.00%", "48.00\t417600.00\t87.00%",
     "417600.00", "41.76",
     "执行数 written in 元 inside a 万元 table: 417600.00 for 41.76万元 (rate 87.00% and the 合计 1668.92 hold only after ÷10^4)"),

    # ---- sc-leibo-zhucunjingfei-2023 (Sichuan outline, 10 + 90 自评表) ----
    ("sc-leibo-zhucunjingfei-2023", 1, "weight_sum_mismatch", "table",
     "驻村工作经费拨付到村率\t=\t100\t%\t100\t5\t5", "驻村工作经费拨付到村率\t=\t100\t%\t100\t8\t5",
     "100\t8\t5", None,
     "weights now total 103 (拨付到村率 row 8 instead of 5) against 总分 100"),
    ("sc-leibo-zhucunjingfei-2023", 2, "score_exceeds_weight", "table",
     "意外伤害保险参保及时率\t=\t100\t%\t100\t5\t5", "意外伤害保险参保及时率\t=\t100\t%\t100\t5\t5.5",
     "100\t5\t5.5", None,
     "score 5.5 above the row weight 5 (the whole-point total 99 still covers the sum 99.11)"),
    ("sc-leibo-zhucunjingfei-2023", 3, "conflicting_values", "table",
     "558\t人次\t612", "558\t人次\t621",
     "人次\t621", "612",
     "training count is 612人次 in section 四, 621 in the 自评表"),
    ("sc-leibo-zhucunjingfei-2023", 4, "rate_mismatch", "prose",
     "资金到位率100%", "资金到位率95%",
     "资金到位率95%", None,
     "到位 160.00 + 69.00 = 229.00 of a 229.00万元 budget: 100%, stated 95%"),
    ("sc-leibo-zhucunjingfei-2023", 5, "year_mismatch", "table",
     "项目支出绩效自评表\n（2023年度）", "项目支出绩效自评表\n（2022年度）",
     "（2022年度）", None,
     "the 自评表 is headed 2022 while the report and its figures are for 2023"),
    ("sc-leibo-zhucunjingfei-2023", 6, "completion_mismatch", "prose",
     "完成率91.94%", "完成率94.91%",
     "完成率94.91%", "91.94",
     "513 / 558 = 91.94%, stated 94.91%"),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean = read(os.path.join(CASES, pid + "-clean.txt"))
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, token, expl) in [e for e in EDITS if e[0] == pid]:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an injected error)")


if __name__ == "__main__":
    main()
