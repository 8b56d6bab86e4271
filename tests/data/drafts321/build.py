#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every clean draft cases/<id>-clean.txt is written by hand.  Each error case
cases/<id>-eN.txt is the clean draft with exactly one replacement old -> new,
where `old` must occur exactly once in the clean draft.  The label `value` is a
short substring of the error case that contains the changed figure.

Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (n, code, where, old, new, value, explanation)
EDITS = {
    "sx-jiaocheng-yinongshe-2019": [
        (1, "rate_mismatch", "table",
         "\t(7)=(4)/(2)\n\t96.06\n\t95.67\n", "\t(7)=(4)/(2)\n\t96.06\n\t95.76\n",
         "96.06\n\t95.76",
         "资金表 (7)=(4)/(2) 财政资金小计: 80.36/84.00 = 95.67%, stated 95.76"),
        (2, "completion_mismatch", "table",
         "\t3.82万人次\n\t109.14%\n", "\t3.82万人次\n\t106.14%\n",
         "106.14%",
         "便民服务人次: 3.82/3.5 = 109.14%, stated 106.14%"),
        (3, "balance_mismatch", "prose",
         "未拨付的2.00万元", "未拨付的2.80万元",
         "未拨付的2.80万元",
         "应拨付64.80 - 实际拨付62.80 = 2.00万元 (also 4个社 x 5000元), stated 2.80"),
        (4, "average_mismatch", "prose",
         "平均每期71.5人次", "平均每期72.5人次",
         "平均每期72.5人次",
         "(68 + 75 + 71 + 72) / 4 = 71.5, stated 72.5"),
        (5, "weight_sum_mismatch", "table",
         "\t运营补助拨付时间\n\t8\n", "\t运营补助拨付时间\n\t9\n",
         "运营补助拨付时间\n\t9",
         "时效 weight 8 -> 9: weights now total 101 against 合计100, 产出 weights 51 against '满分50分'"),
        (6, "year_mismatch", "prose",
         "截至2019年12月31日", "截至2018年12月31日",
         "截至2018年12月31日",
         "funds of the 2019 budget (incl. the July 2019 addition) reported as received by 31 Dec 2018; the evaluation year is 2019"),
    ],
    "jx-chongyi-zhibopeixun-2022": [
        (1, "sum_mismatch", "table",
         "当年财政拨款\t50.00\t50.00\t47.48\t", "当年财政拨款\t50.00\t50.00\t47.84\t",
         "当年财政拨款\t50.00\t50.00\t47.84",
         "全年执行数: 当年财政拨款 47.84 + 上年结转 6.00 + 其他 0.00 = 53.84, 年度资金总额 states 53.48"),
        (2, "score_exceeds_weight", "table",
         "2022年11月18日\t5\t5\t", "2022年11月18日\t5\t5.5\t",
         "2022年11月18日\t5\t5.5",
         "培训任务完成时间: score 5.5 above weight 5 (rows now sum to 97.09, still consistent with the whole-point total 97)"),
        (3, "conflicting_values", "prose",
         "带动341户农户", "带动314户农户",
         "带动314户农户",
         "the same count is 341户 in the 自评表 row and in the 年度总体目标 row"),
        (4, "unit_mismatch", "table",
         "≥1500万元\t1386万元\t", "≥1500万元\t92.4%\t",
         "≥1500万元\t92.4%",
         "学员直播带货销售额: target in 万元, actual written as a percentage; completion cannot be computed"),
        (5, "grade_mismatch", "prose",
         "评价等级为优秀", "评价等级为良好",
         "评价等级为良好",
         "total 97 is in the 优 band (90-100)"),
        (6, "implausible_rate", "prose",
         "满意度为97.5%", "满意度为107.5%",
         "满意度为107.5%",
         "a satisfaction rate above 100%"),
    ],
    "sc-jingyan-shuzixiangcun-2023": [
        (1, "rate_mismatch", "prose",
         "到位率97.50%", "到位率97.05%",
         "到位率97.05%",
         "到位 312.00 / 全年预算 320 = 97.50%, stated 97.05%"),
        (2, "sum_mismatch", "prose",
         "补助资金180万元", "补助资金170万元",
         "补助资金170万元",
         "年初预算300万元 = 中央 + 省级100 + 县级20, so 中央 = 180; 170 + 100 + 20 = 290 (and 到位 170+100+20+12 = 302 ≠ 312.00)"),
        (3, "score_sum_mismatch", "table",
         "<td>96.8</td><td>5</td><td>5</td>", "<td>96.8</td><td>5</td><td>4</td>",
         "96.8</td><td>5</td><td>4",
         "row scores now add to 97.62 while 总分 (table and text) is 98.62"),
        (4, "unit_mismatch", "prose",
         "培训及运营推广38.56万元", "培训及运营推广385600万元",
         "385600万元",
         "38.56万元 (= 385600元) written with the unit 万元; rescaling by 10^4 restores 118.42 + 96.00 + 48.38 + 38.56 = 301.36"),
        (5, "implausible_rate", "table",
         "<td>单位资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td>",
         "<td>单位资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100%</td>",
         "0.00</td><td>—</td><td>100%",
         "单位资金 row: 执行率 100% on a zero budget (0.00 / 0.00)"),
        (6, "completion_mismatch", "prose",
         "完成年度目标的92.00%", "完成年度目标的93.00%",
         "完成年度目标的93.00%",
         "农产品线上销售额 736 / 800 = 92.00%, stated 93.00%"),
    ],
    "hb-yuanan-zhilipingtai-2020": [
        (1, "score_sum_mismatch", "prose",
         "综合得分97.70分", "综合得分96.70分",
         "综合得分96.70分",
         "18.99 + 39.14 + 29.57 + 10 = 97.70 (also the sum of the table rows), stated 96.70"),
        (2, "weight_sum_mismatch", "table",
         "468人次 12 12", "468人次 13 12",
         "468人次 13 12",
         "培训村级网格员 weight 12 -> 13: table weights total 101, 目标1 weights 41 against '分值40分'"),
        (3, "conflicting_values", "prose",
         "分两批培训村级网格员468人次", "分两批培训村级网格员486人次",
         "网格员486人次",
         "the 自评表 row gives 468人次 for the same training count"),
        (4, "year_mismatch", "table",
         "项目支出绩效自评表（2020年度）", "项目支出绩效自评表（2019年度）",
         "项目支出绩效自评表（2019年度）",
         "the attached table claims 2019 while the report and all budget figures are for 2020"),
        (5, "balance_mismatch", "table",
         "49.86 2.64 20", "49.86 2.46 20",
         "49.86 2.46",
         "全年预算52.50 (全部到位) - 全年执行49.86 = 2.64, stated 2.46"),
        (6, "grade_mismatch", "prose",
         "评价等级为\"优秀\"", "评价等级为\"良好\"",
         "评价等级为\"良好\"",
         "total 97.70 is in the 优 band (90-100)"),
    ],
    "gz-shiqian-nongxinzhongxin-2024": [
        (1, "average_mismatch", "prose",
         "平均自评得分92.17分", "平均自评得分92.71分",
         "平均自评得分92.71分",
         "(96.5 + 94 + 86) / 3 = 92.17, stated 92.71"),
        (2, "sum_mismatch", "table",
         "数字乡村服务平台运维｜58.30｜", "数字乡村服务平台运维｜58.03｜",
         "数字乡村服务平台运维｜58.03",
         "表2 全年预算数: 72.00 + 58.03 + 37.82 = 167.85, 合计 168.12"),
        (3, "conflicting_values", "prose",
         "上年结转资金14.12万元主要是", "上年结转资金14.21万元主要是",
         "上年结转资金14.21万元",
         "the income paragraph gives 上年结转14.12万元 (372.40 + 14.12 = 386.52)"),
        (4, "unit_mismatch", "table",
         "≥400人次｜386人次｜", "≥400人次｜96.5%｜",
         "≥400人次｜96.5%",
         "农村电商直播培训人次: target in 人次, actual written as a percentage"),
        (5, "rate_mismatch", "table",
         "215.30｜98.58%", "215.30｜98.85%",
         "215.30｜98.85%",
         "基本支出 215.30 / 218.40 = 98.58%, stated 98.85%"),
        (6, "score_exceeds_weight", "prose",
         "投入指标（分值20分）得19.5分", "投入指标（分值20分）得20.2分",
         "（分值20分）得20.2分",
         "投入指标 score 20.2 above its weight 20 (parts now sum to 97.3, still consistent with the whole-point total 97)"),
    ],
}


def main():
    labels = []
    for pid, edits in EDITS.items():
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid} e{n}: old string occurs {cnt} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{pid} e{n}: value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
