#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the labelled substring of the error case (it must contain the changed figure).
Run: python3 build.py   (then python3 verify.py)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

LC = "sn-luochuan-pinpaituijie-2021"
TY = "gx-tianyang-shangbiaojiangbu-2022"
LD = "gs-liangdang-xiaofeibangfu-2023"
JS = "hb-jianshi-zhibopeixun-2024"
WM = "gz-wangmo-shangwuju-bumen-2020"
SOURCES = [LC, TY, LD, JS, WM]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 洛川: full-width bar table with a 完成率 column, funds as prose above ----
    (LC, 1, "completion_mismatch", "table",
     "1.35万户｜112.50%", "1.35万户｜115.20%",
     "1.35万户｜115.20%",
     "带动果农户数: actual 1.35万户 / target 1.2万户 = 112.50%, stated 115.20%"),
    (LC, 2, "weight_sum_mismatch", "table",
     "逐步建立｜已建立｜—｜10｜10｜—", "逐步建立｜已建立｜—｜12｜10｜—",
     "—｜12｜10｜—\n满意度指标｜服务对象满意度指标｜授权企业及果农满意度｜≥90%｜93.6%｜104.00%｜10｜10｜—\n合计｜｜｜｜｜｜100",
     "weights now add up to 102 (可持续影响 row 12 instead of 10) against the stated 100"),
    (LC, 3, "score_exceeds_weight", "table",
     "86.67%｜10｜8.67｜受秋季连阴雨和集中上市影响，下年加强错峰销售\n效益指标｜社会效益指标｜带动果农户数｜≥1.2万户｜1.35万户｜112.50%｜10｜10｜",
     "86.67%｜10｜10.67｜受秋季连阴雨和集中上市影响，下年加强错峰销售\n效益指标｜社会效益指标｜带动果农户数｜≥1.2万户｜1.35万户｜112.50%｜10｜8｜",
     "86.67%｜10｜10.67",
     "收购均价 row scored 10.67 against its weight 10 (带动果农户数 lowered from 10 to 8 so the total still reads 98.22)"),
    (LC, 4, "rate_mismatch", "prose",
     "资金到位率100%", "资金到位率96.67%",
     "资金到位率96.67%",
     "到位 300.00 / 全年预算 300.00 = 100%, stated 96.67%"),
    (LC, 5, "year_mismatch", "prose",
     "结转至2022年使用", "结转至2021年使用",
     "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over to 2021 itself; should be 2022"),
    (LC, 6, "score_sum_mismatch", "table",
     "93.6%｜104.00%｜10｜10｜—\n合计", "93.6%｜104.00%｜10｜9.5｜—\n合计",
     "｜10｜9.5｜—\n合计｜｜｜｜｜｜100｜98.22",
     "row scores add up to 97.72 (satisfaction 9.5), stated total 98.22"),

    # ---- 田阳: tab-separated funds and indicator tables ----
    (TY, 1, "sum_mismatch", "table",
     "其中：当年财政拨款\t85.00\t85.00\t82.60", "其中：当年财政拨款\t85.00\t86.00\t82.60",
     "年度资金总额\t85.00\t96.00\t93.60\t10\t97.50%\t9.75\n其中：当年财政拨款\t85.00\t86.00",
     "全年预算数 column: 86.00 + 11.00 + 0.00 = 97.00, 年度资金总额 96.00"),
    (TY, 2, "conflicting_values", "table",
     "≥3200件\t3286件", "≥3200件\t3268件",
     "≥3200件\t3268件",
     "有效注册商标总量 is 3286件 in the text (3134 + 152), 3268件 in the table"),
    (TY, 3, "unit_mismatch", "table",
     "≥20家\t26家", "≥20家\t26%",
     "≥20家\t26%",
     "target counted in 家, actual given as a percentage"),
    (TY, 4, "score_exceeds_weight", "table",
     "6.5%\t10\t8.13\t芒果上市期集中降雨，部分果品提前采收降价销售\n效益指标\t社会效益指标\t全区有效注册商标总量\t≥3200件\t3286件\t10\t10",
     "6.5%\t10\t10.13\t芒果上市期集中降雨，部分果品提前采收降价销售\n效益指标\t社会效益指标\t全区有效注册商标总量\t≥3200件\t3286件\t10\t8",
     "6.5%\t10\t10.13",
     "销售额增长率 row scored 10.13 against its weight 10 (有效注册商标总量 lowered from 10 to 8 so the total still reads 87.91)"),
    (TY, 5, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”",
     "total 97.66 lies in the 优 band (>= 90)"),
    (TY, 6, "unit_mismatch", "prose",
     "每件奖励15000元，共3.00万元", "每件奖励15000万元，共3.00万元",
     "每件奖励15000万元",
     "2件 × 15000万元 = 30000万元 against 3.00万元; reconciled exactly when 15000 is read in 元 (off by 10^4)"),

    # ---- 两当: prose only, scores as 得X分（满分Y分） ----
    (LD, 1, "average_mismatch", "prose",
     "平均每台销售34.40万元", "平均每台销售36.40万元",
     "平均每台销售36.40万元",
     "专柜销售 412.80万元 / 12台 = 34.40万元, stated 36.40"),
    (LD, 2, "balance_mismatch", "prose",
     "项目结余3.12万元", "项目结余3.21万元",
     "项目结余3.21万元",
     "到位 80.00 − 支出 76.88 = 3.12, stated 3.21"),
    (LD, 3, "score_sum_mismatch", "prose",
     "综合自评得分97.08分", "综合自评得分97.80分",
     "综合自评得分97.80分",
     "9.61 + 48 + 29.47 + 10 = 97.08, stated 97.80"),
    (LD, 4, "implausible_rate", "prose",
     "满意度为95.2%", "满意度为105.2%",
     "满意度为105.2%",
     "a satisfaction rate cannot exceed 100%"),
    (LD, 5, "sum_mismatch", "prose",
     "品牌宣传及推介活动7.60万元", "品牌宣传及推介活动7.06万元",
     "76.88万元，预算执行率96.10%。具体为：专馆装修及设备购置32.50万元，专柜购置16.20万元，专馆运营补助20.58万元，品牌宣传及推介活动7.06万元",
     "32.50 + 16.20 + 20.58 + 7.06 = 76.34, stated total 76.88"),
    (LD, 6, "weight_sum_mismatch", "prose",
     "得15分（满分15分）", "得15分（满分20分）",
     "（满分20分）；12台专柜平均每台销售34.40万元。2022年全县消费帮扶销售额为736万元，同口径比较增长较多。\n产出指标合计得48分（满分50分）",
     "产出 item weights 5 + 10 + 10 + 5 + 5 + 20 = 55 against the stated 满分50分 (overall 105)"),

    # ---- 建始: full-width bar table, block scores restated as 得X分（满分Y分） ----
    (JS, 1, "completion_mismatch", "prose",
     "2368万元，完成率118.40%", "2368万元，完成率123.40%",
     "2368万元，完成率123.40%",
     "2368 / 2000 = 118.40%, stated 123.40%"),
    (JS, 2, "implausible_rate", "table",
     "≥90%｜93.5%", "≥90%｜103.5%",
     "学员考核合格率｜≥90%｜103.5%",
     "a pass rate cannot exceed 100%"),
    (JS, 3, "weight_sum_mismatch", "table",
     "≥30名｜27名｜10｜9", "≥30名｜27名｜12｜9",
     "27名｜12｜9｜部分学员外出务工，直播中断；下年向留县学员倾斜\n满意度指标｜服务对象满意度指标｜参训学员满意度｜≥90%｜96.3%｜10｜10｜—\n合计｜｜｜｜｜100",
     "weights add up to 102 (孵化达人 12) against 100; 效益 rows 32 against 满分30分"),
    (JS, 4, "score_sum_mismatch", "prose",
     "效益指标得29分（满分30分）", "效益指标得28分（满分30分）",
     "效益指标得28分（满分30分），满意度指标得10分（满分10分），自评总分98.60分",
     "9.60 + 50 + 28 + 10 = 97.60, stated 98.60; the 效益 rows of the table add up to 29"),
    (JS, 5, "conflicting_values", "table",
     "≥300个｜356个", "≥300个｜365个",
     "≥300个｜365个",
     "新开设直播账号 is 356个 in the text, 365个 in the table"),
    (JS, 6, "rate_mismatch", "prose",
     "执行率84.00%", "执行率86.00%",
     "执行率86.00%",
     "县级配套 12.60 / 15.00 = 84.00%, stated 86.00%"),

    # ---- 望谟: 部门整体, space-aligned project table, prose scores ----
    (WM, 1, "rate_mismatch", "table",
     "60.20  93.62%", "60.20  96.32%",
     "60.20  96.32%",
     "农产品区域公用品牌推介: 60.20 / 64.30 = 93.62%, stated 96.32%"),
    (WM, 2, "grade_mismatch", "table",
     "88.00  良", "88.00  优",
     "88.00  优",
     "score 88.00 lies in the 良 band (80–90)"),
    (WM, 3, "sum_mismatch", "table",
     "48.00  96.00%", "49.00  98.00%",
     "50.00  49.00  98.00%  86.50  良\n5  农产品商标注册及地理标志奖补  40.00  40.00  100.00%  97.00  优\n合计  474.30  453.04",
     "project spending 118.60 + 186.24 + 60.20 + 49.00 + 40.00 = 454.04, 合计 453.04"),
    (WM, 4, "average_mismatch", "prose",
     "平均为91.88分", "平均为91.68分",
     "平均为91.68分",
     "(95.50 + 88.00 + 92.40 + 86.50 + 97.00) / 5 = 91.88, stated 91.68"),
    (WM, 5, "year_mismatch", "prose",
     "结转至2021年继续使用", "结转至2020年继续使用",
     "结转至2020年",
     "the 2020 balance cannot be carried over to 2020 itself; should be 2021"),
    (WM, 6, "balance_mismatch", "prose",
     "年末结余21.26万元", "年末结余21.62万元",
     "年末结余21.62万元",
     "742.60 − 721.34 = 21.26 (项目 474.30 − 453.04 = 21.26), stated 21.62"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {cnt} times")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
