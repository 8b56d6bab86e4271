#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each entry of EDITS is one injected slip: an exact old -> new replacement that must match exactly once
in the clean draft, the error code (errors.md section A), where the slip sits (prose / table), the label
value (an exact substring of the error case that contains the changed figure) and an explanation.
Run from anywhere: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-rongcheng-chuanyuanpeixun-2022",
    "zj-ruian-yuchuanshebei-2019",
    "fj-fuding-haiyuju-bumen-2024",
    "gd-lufeng-yuchuananquan-2020",
    "js-sheyang-chuanyuanjiusheng-2018",
]

T = "\t"

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Rongcheng (Shandong) 2022, crew training, 自评表 copied from a PDF -------------------------
    ("sd-rongcheng-chuanyuanpeixun-2022", 1, "sum_mismatch", "prose",
     "分别培训286人次、312人次", "分别培训286人次、321人次",
     "286人次、321人次、275人次和301人次，合计1174人次",
     "the four batches add to 286 + 321 + 275 + 301 = 1183, stated 合计1174人次 (second batch was 312)"),
    ("sd-rongcheng-chuanyuanpeixun-2022", 2, "completion_mismatch", "prose",
     "完成年度目标的106.73%", "完成年度目标的107.63%",
     "完成年度目标的107.63%",
     "1174人次 against the target of 1100人次 is 106.73%, stated 107.63%"),
    ("sd-rongcheng-chuanyuanpeixun-2022", 3, "score_sum_mismatch", "table",
     "95.27% 10 10\n总分 100 97.64", "95.27% 10 9\n总分 100 97.64",
     "95.27% 10 9\n总分 100 97.64",
     "the 自评表 row scores now add to 96.64 (satisfaction row 9) while 总分 reads 97.64; the text also gives 满意度指标得分10分"),
    ("sd-rongcheng-chuanyuanpeixun-2022", 4, "implausible_rate", "table",
     "其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100.00% —",
     "其他资金 0.00 0.00 0.00 — 100.00%",
     "执行率 100.00% printed for 其他资金 whose 全年预算数 is 0.00: a rate on a zero base"),
    ("sd-rongcheng-chuanyuanpeixun-2022", 5, "unit_mismatch", "prose",
     "按每人600元标准", "按每人600万元标准",
     "每人600万元",
     "1174人次 × 600元 = 70.44万元 as stated; the per-person standard written with 万元 is off by 10^4"),
    ("sd-rongcheng-chuanyuanpeixun-2022", 6, "year_mismatch", "prose",
     "已结转至2023年继续使用", "已结转至2022年继续使用",
     "结转至2022年",
     "the unspent 4.82万元 of the 2022 budget is carried over to 2022 itself; a carry-over goes to a later year (2023)"),

    # --- B: Rui'an (Zhejiang) 2019, safety equipment, Word tables -------------------------------------
    ("zj-ruian-yuchuanshebei-2019", 1, "rate_mismatch", "prose",
     "执行率86.00%", "执行率68.00%",
     "市级资金执行43.00万元，执行率68.00%",
     "市级资金 43.00 / 50.00 (全年预算, 表1 行次4) = 86.00%, stated 68.00%"),
    ("zj-ruian-yuchuanshebei-2019", 2, "average_mismatch", "prose",
     "平均每艘渔船获得补助10825元", "平均每艘渔船获得补助10852元",
     "平均每艘渔船获得补助10852元",
     "设备补助277.12万元 over 256艘 = 10825元 per vessel, stated 10852元"),
    ("zj-ruian-yuchuanshebei-2019", 3, "weight_sum_mismatch", "table",
     "气胀式救生筏配发数量\t≥60具\t64具\t10\t10", "气胀式救生筏配发数量\t≥60具\t64具\t12\t10",
     "64具\t12\t10",
     "the 分值 column now totals 102 (救生筏 row 12 instead of 10); 产出 rows add to 52"),
    ("zj-ruian-yuchuanshebei-2019", 4, "score_exceeds_weight", "table",
     "下降（4人，上年7人）\t10\t10\t\n\t\t可持续影响指标\t救生设备长期有效运行\t长期有效\t达成（个别救生筏检修周期偏长）\t10\t8",
     "下降（4人，上年7人）\t10\t11\t\n\t\t可持续影响指标\t救生设备长期有效运行\t长期有效\t达成（个别救生筏检修周期偏长）\t10\t7",
     "下降（4人，上年7人）\t10\t11",
     "score 11 above the weight 10 (one point moved from the next row, 8 -> 7, so 效益 still adds to 28 and the total to 97.76)"),
    ("zj-ruian-yuchuanshebei-2019", 5, "conflicting_values", "prose",
     "全年共为渔船安装AIS防碰撞终端186台", "全年共为渔船安装AIS防碰撞终端196台",
     "安装AIS防碰撞终端196台",
     "the AIS count is 186台 in 资金使用 (186 × 3800元 = 70.68万元), in the goal box and in the indicator row"),
    ("zj-ruian-yuchuanshebei-2019", 6, "unit_mismatch", "table",
     "≥90%\t93.60%", "≥90%\t234户",
     "受补助船东满意度\t≥90%\t234户",
     "satisfaction target is a percentage, the actual value a number of households (234户 of 250 surveyed = 93.60%); completion cannot be computed"),

    # --- C: Fuding (Fujian) 2024, department as a whole, web page -------------------------------------
    ("fj-fuding-haiyuju-bumen-2024", 1, "average_mismatch", "prose",
     "平均95.25分", "平均95.52分",
     "平均95.52分",
     "(96.5 + 94 + 98 + 92.5) / 4 = 95.25, stated 95.52"),
    ("fj-fuding-haiyuju-bumen-2024", 2, "sum_mismatch", "table",
     "上年结转资金\t4\t398.39", "上年结转资金\t4\t389.39",
     "上年结转资金\t4\t389.39",
     "2214.36 + 0.00 + 389.39 + 0.00 = 2603.75, but 合计 (行次1) is 2612.75"),
    ("fj-fuding-haiyuju-bumen-2024", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "自评得分97.35 lies in the 优 band (90-100)"),
    ("fj-fuding-haiyuju-bumen-2024", 4, "balance_mismatch", "prose",
     "年末结转结余64.44万元", "年末结转结余46.44万元",
     "年末结转结余46.44万元",
     "2612.75 - 2548.31 = 64.44 (also 项目支出 1508.49 - 1444.05), stated 46.44"),
    ("fj-fuding-haiyuju-bumen-2024", 5, "score_sum_mismatch", "prose",
     "产出指标39.84分", "产出指标38.94分",
     "产出指标38.94分",
     "the 产出 rows add to 10 + 10 + 10 + 9.84 = 39.84; 19.51 + 38.94 + 28 + 10 = 96.45, not the stated 97.35"),
    ("fj-fuding-haiyuju-bumen-2024", 6, "implausible_rate", "table",
     "≥90%\t96.20%", "≥90%\t106.20%",
     "渔民群众满意度\t≥90%\t106.20%",
     "a satisfaction rate above 100%"),

    # --- D: Lufeng (Guangdong) 2020, equipment + training, Shanxi-style flattened tables -------------
    ("gd-lufeng-yuchuananquan-2020", 1, "rate_mismatch", "table",
     "\t0\n\t87.76\n", "\t0\n\t78.76\n",
     "\t0\n\t78.76",
     "row (7)=(4)/(2), 县区级 column: 53.36 / 60.80 = 87.76, printed 78.76"),
    ("gd-lufeng-yuchuananquan-2020", 2, "completion_mismatch", "table",
     "\t507人\n\t101.40%", "\t507人\n\t104.10%",
     "507人\n\t104.10%",
     "船员安全培训人数 507 against ≥500 is 101.40%, printed 104.10%"),
    ("gd-lufeng-yuchuananquan-2020", 3, "weight_sum_mismatch", "table",
     "\t设备安装完成时间\n\t5\n", "\t设备安装完成时间\n\t6\n",
     "设备安装完成时间\n\t6",
     "附件1 weights now total 101; the 产出 rows add to 51 against 产出指标 50 in the summary table"),
    ("gd-lufeng-yuchuananquan-2020", 4, "conflicting_values", "prose",
     "全年共为小型渔船安装北斗船载终端126台", "全年共为小型渔船安装北斗船载终端162台",
     "安装北斗船载终端162台",
     "the 北斗 count is 126台 in the expenditure breakdown (126 × 4200元 = 52.92万元) and in 附件1"),
    ("gd-lufeng-yuchuananquan-2020", 5, "year_mismatch", "prose",
     "截至2020年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2020 report states its spending as of 31 Dec 2021"),
    ("gd-lufeng-yuchuananquan-2020", 6, "sum_mismatch", "table",
     "\t96.00\n\t\n\t52.00\n", "\t96.00\n\t\n\t25.00\n",
     "96.00\n\t\n\t25.00",
     "row (1) 年初预算资金: 小计 148.00 ≠ 省级 96.00 + 县区级 25.00 = 121.00 (县区级 was 52.00; 52.00 + 追加8.80 = 60.80)"),

    # --- E: Sheyang (Jiangsu) 2018, training + life-saving equipment, Hunan-style outline --------------
    ("js-sheyang-chuanyuanjiusheng-2018", 1, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良",
     "自评等级：良",
     "总分 90.38 lies in the 优 band (90 inclusive)"),
    ("js-sheyang-chuanyuanjiusheng-2018", 2, "unit_mismatch", "prose",
     "计25.50万元", "计255000万元",
     "计255000万元",
     "3000件 × 85元 = 255000元 = 25.50万元: a 元 amount written with the unit 万元 (off by 10^4); the spending items no longer add to 128.66"),
    ("js-sheyang-chuanyuanjiusheng-2018", 3, "year_mismatch", "prose",
     "我局对2018年度海洋渔船", "我局对2019年度海洋渔船",
     "我局对2019年度",
     "the report, its title notice and its 自评表 are for 2018; the opening claims 2019"),
    ("js-sheyang-chuanyuanjiusheng-2018", 4, "score_exceeds_weight", "table",
     "下降（3人，上年5人）｜10｜10｜\n效益指标｜社会效益指标｜船员安全技能｜明显提升｜有所提升｜10｜6",
     "下降（3人，上年5人）｜10｜11｜\n效益指标｜社会效益指标｜船员安全技能｜明显提升｜有所提升｜10｜5",
     "下降（3人，上年5人）｜10｜11",
     "score 11 above the weight 10 (one point moved from the next row, 6 -> 5, so 效益 and the total 90.38 still add up)"),
    ("js-sheyang-chuanyuanjiusheng-2018", 5, "conflicting_values", "prose",
     "558名参训船员在培训现场", "585名参训船员在培训现场",
     "585名参训船员",
     "558 crew trained everywhere else (168 + 204 + 186 = 558, 培训费 558人, 产出, 自评表)"),
    ("js-sheyang-chuanyuanjiusheng-2018", 6, "balance_mismatch", "table",
     "128.66｜6.34｜95.30%", "128.66｜6.43｜95.30%",
     "128.66｜6.43",
     "到位 135.00 - 支出 128.66 = 6.34, printed 6.43"),
]


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            key = (p, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{p}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{p}-e{n}: label value not in the error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
