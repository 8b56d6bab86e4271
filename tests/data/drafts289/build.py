#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts289 from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each made by ONE exact
old -> new replacement listed in EDITS below (the old string must occur exactly once in the clean draft).
`where` says whether the slip sits in the prose or in a table; `what` is the short note used in README.md.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "taixing-kunnanbangfu-2022",
    "liling-jinqiuzhuxue-2023",
    "jiexiu-yizhan-2021",
    "qingtongxia-liaoxiuyang-2019",
    "qionghai-zonggonghui-bumen-2024",
]

E = dict  # shorthand

EDITS = {
    # ------------------------------------------------------------------ Jiangsu, MOF table + prose
    "taixing-kunnanbangfu-2022": [
        E(code="rate_mismatch", where="prose",
          old="当年支出55.36万元，执行率88.58%",
          new="当年支出55.36万元，执行率85.88%",
          value="执行率85.88%",
          explanation="upper-level union money: 55.36 / 62.50 = 88.58%, stated 85.88% (digits transposed)",
          what="sub-rate of the upper-level union money 88.58% → 85.88%"),
        E(code="sum_mismatch", where="table",
          old="当年财政拨款｜150.00｜150.00｜150.00｜",
          new="当年财政拨款｜150.00｜150.00｜105.00｜",
          value="当年财政拨款｜150.00｜150.00｜105.00",
          explanation="全年执行数 column: 105.00 + 0.00 + 55.36 = 160.36, but 年度资金总额 is 205.36",
          what="funds block, 当年财政拨款 全年执行数 150.00 → 105.00"),
        E(code="score_exceeds_weight", where="table",
          old="｜≥40户｜45户｜10｜10｜超额完成\n效益指标｜可持续影响指标｜帮扶长效机制｜健全｜基本健全｜10｜9｜",
          new="｜≥40户｜45户｜10｜11｜超额完成\n效益指标｜可持续影响指标｜帮扶长效机制｜健全｜基本健全｜10｜8｜",
          value="解困脱困户数｜≥40户｜45户｜10｜11",
          explanation="score 11 above the weight 10 (the next row lowered 9 → 8, so 效益 29 and the total 98.26 still add up)",
          what="解困脱困户数 score 10 → 11 (next row 9 → 8 keeps the totals)"),
        E(code="year_mismatch", where="prose",
          old="按规定结转至2023年",
          new="按规定结转至2022年",
          value="结转至2022年",
          explanation="the unspent part of the 2022 budget is carried over to 2022 itself; must be 2023",
          what="carry-over year 2023 → 2022"),
        E(code="average_mismatch", where="prose",
          old="平均每人次3000元",
          new="平均每人次3200元",
          value="平均每人次3200元",
          explanation="46.20万元 / 154人次 = 3000元 per case, stated 3200元",
          what="medical aid average per case 3000元 → 3200元"),
        E(code="unit_mismatch", where="table",
          old="医疗救助人次｜≥150人次｜154人次｜",
          new="医疗救助人次｜≥150人次｜102.67%｜",
          value="≥150人次｜102.67%",
          explanation="target in 人次, actual given as a percentage (the completion 154/150 pasted into the actual cell)",
          what="医疗救助人次 actual 154人次 → 102.67%"),
    ],
    # ------------------------------------------------------------------ Hunan outline + 自评表
    "liling-jinqiuzhuxue-2023": [
        E(code="balance_mismatch", where="prose",
          old="年末结余1.50万元",
          new="年末结余1.05万元",
          value="结余1.05万元",
          explanation="72.00 − 70.50 = 1.50 (also 3 × 5000元), stated 1.05",
          what="year-end balance 1.50 → 1.05万元"),
        E(code="completion_mismatch", where="prose",
          old="完成年度目标160名的103.13%",
          new="完成年度目标160名的103.31%",
          value="完成年度目标160名的103.31%",
          explanation="165 / 160 = 103.13%, stated 103.31%",
          what="completion 103.13% → 103.31%"),
        E(code="weight_sum_mismatch", where="table",
          old="受助学生及家长满意度｜≥95%｜97.58%｜10｜10｜—",
          new="受助学生及家长满意度｜≥95%｜97.58%｜12｜10｜—",
          value="受助学生及家长满意度｜≥95%｜97.58%｜12｜10｜—\n总分｜｜｜｜｜100｜97.79",
          explanation="weights now total 102 (10 + 50 + 30 + 12) against the 总分 100",
          what="satisfaction weight 10 → 12"),
        E(code="implausible_rate", where="table",
          old="｜≥95%｜97.58%｜10｜10｜—",
          new="｜≥95%｜100.63%｜10｜10｜—",
          value="100.63%",
          explanation="a satisfaction rate cannot exceed 100%; the clean table reads 97.58%",
          what="satisfaction 97.58% → 100.63%"),
        E(code="conflicting_values", where="prose",
          old="共为165名困难职工子女圆了大学梦",
          new="共为156名困难职工子女圆了大学梦",
          value="共为156名",
          explanation="165 students aided everywhere else (105 + 60, table 165名), here 156",
          what="number aided in 经验做法 165 → 156"),
        E(code="grade_mismatch", where="prose",
          old="评价等级为优秀",
          new="评价等级为良好",
          value="评价等级为良好",
          explanation="97.79 is in the 优 band (≥ 90)",
          what="grade 优秀 → 良好"),
    ],
    # ------------------------------------------------------------------ Shanxi tables (行次 funds table, 完成率 column)
    "jiexiu-yizhan-2021": [
        E(code="rate_mismatch", where="table",
          old="｜95.00｜93.57｜0｜100｜",
          new="｜95.00｜93.75｜0｜100｜",
          value="95.00｜93.75",
          explanation="(7)=(4)/(2) for 财政资金小计: 39.30 / 42.00 = 93.57%, printed 93.75",
          what="funds table (7) 财政资金小计 93.57 → 93.75"),
        E(code="completion_mismatch", where="table",
          old="｜96.8%｜98.78%｜14.82｜",
          new="｜96.8%｜98.87%｜14.82｜",
          value="≥98%｜96.8%｜98.87%",
          explanation="96.8 / 98 = 98.78%, printed 98.87%",
          what="驿站日常开放率 完成率 98.78% → 98.87%"),
        E(code="unit_mismatch", where="table",
          old="｜≥8个｜8个｜100%｜10｜",
          new="｜≥8个｜100%｜100%｜10｜",
          value="≥8个｜100%",
          explanation="target counted in 个, 业绩值 given as a percentage",
          what="新建驿站数量 业绩值 8个 → 100%"),
        E(code="weight_sum_mismatch", where="table",
          old="户外劳动者“四难”问题缓解情况｜15｜",
          new="户外劳动者“四难”问题缓解情况｜16｜",
          value="“四难”问题缓解情况｜16｜有效缓解｜有效缓解｜100%｜15｜\n效益指标｜可持续影响指标｜驿站日常开放率｜15｜≥98%｜96.8%｜98.78%｜14.82｜3个驿站疫情期间临时闭站\n满意度指标｜服务对象满意度指标｜户外劳动者满意度｜10｜≥90%｜93.5%｜103.89%｜10｜\n合计｜｜｜100",
          explanation="weights now total 101 (效益 31) against 合计 100",
          what="社会效益 row weight 15 → 16"),
        E(code="score_sum_mismatch", where="table",
          old="户外劳动者满意度｜10｜≥90%｜93.5%｜103.89%｜10｜",
          new="户外劳动者满意度｜10｜≥90%｜93.5%｜103.89%｜9｜",
          value="户外劳动者满意度｜10｜≥90%｜93.5%｜103.89%｜9｜\n合计｜｜｜100｜｜｜｜99.32",
          explanation="row scores now add to 98.32, the 合计 and the text say 99.32",
          what="satisfaction score 10 → 9 (合计 left at 99.32)"),
        E(code="conflicting_values", where="prose",
          old="共服务户外劳动者68400人次",
          new="共服务户外劳动者64800人次",
          value="共服务户外劳动者64800人次",
          explanation="附件1 gives 68400人次 (completion 114.00% of 60000); the text says 64800",
          what="people served in the text 68400 → 64800人次"),
    ],
    # ------------------------------------------------------------------ Ningxia, prose only
    "qingtongxia-liaoxiuyang-2019": [
        E(code="balance_mismatch", where="prose",
          old="结余1.44万元",
          new="结余1.14万元",
          value="结余1.14万元",
          explanation="48.00 − 46.56 = 1.44, stated 1.14",
          what="balance 1.44 → 1.14万元"),
        E(code="sum_mismatch", where="prose",
          old="第三批30人",
          new="第三批36人",
          value="第一批32人、第二批34人、第三批36人、第四批33人、第五批35人、第六批30人，共194名",
          explanation="32 + 34 + 36 + 33 + 35 + 30 = 200, stated 共194名",
          what="third batch 30 → 36人"),
        E(code="average_mismatch", where="prose",
          old="全年人均2400元",
          new="全年人均2460元",
          value="人均2460元",
          explanation="46.56万元 / 194人 = 2400元 per person, stated 2460元",
          what="per-person cost 2400 → 2460元"),
        E(code="score_sum_mismatch", where="prose",
          old="以上合计97.70分",
          new="以上合计97.20分",
          value="合计97.20分",
          explanation="9.70 + 50 + 28 + 10 = 97.70, stated 97.20",
          what="total score 97.70 → 97.20"),
        E(code="implausible_rate", where="prose",
          old="其中表示满意的182份，满意度96.81%",
          new="其中表示满意的192份，满意度102.13%",
          value="满意度102.13%",
          explanation="192 satisfied out of 188 valid questionnaires: a satisfaction rate above 100%",
          what="satisfied 182 → 192 and rate recomputed 102.13%"),
        E(code="completion_mismatch", where="prose",
          old="完成年度目标180人的107.78%",
          new="完成年度目标180人的107.87%",
          value="完成年度目标180人的107.87%",
          explanation="194 / 180 = 107.78%, stated 107.87%",
          what="completion 107.78% → 107.87%"),
    ],
    # ------------------------------------------------------------------ Hainan, 部门整体 report with three tables
    "qionghai-zonggonghui-bumen-2024": [
        E(code="sum_mismatch", where="table",
          old="（一）人员经费｜628.50｜",
          new="（一）人员经费｜682.50｜",
          value="（一）人员经费｜682.50",
          explanation="年初预算数 column: 682.50 + 131.70 = 814.20, but 基本支出 is 760.20",
          what="表1 人员经费 年初预算数 628.50 → 682.50"),
        E(code="rate_mismatch", where="table",
          old="｜66.00｜62.80｜95.15%｜",
          new="｜66.00｜62.80｜95.51%｜",
          value="62.80｜95.51%",
          explanation="62.80 / 66.00 = 95.15%, printed 95.51%",
          what="表2 站点建设 执行率 95.15% → 95.51%"),
        E(code="score_exceeds_weight", where="table",
          old="｜≥100人｜92人｜10｜9.2｜部分获奖职工已达最高等级\n效益指标｜社会效益指标｜困难职工解困脱困率｜≥30%｜33.5%｜10｜10｜",
          new="｜≥100人｜92人｜10｜8.2｜部分获奖职工已达最高等级\n效益指标｜社会效益指标｜困难职工解困脱困率｜≥30%｜33.5%｜10｜11｜",
          value="困难职工解困脱困率｜≥30%｜33.5%｜10｜11",
          explanation="score 11 above the weight 10 (the row above lowered 9.2 → 8.2, so the total 98.88 still adds up)",
          what="解困脱困率 score 10 → 11 (row above 9.2 → 8.2 keeps the total)"),
        E(code="year_mismatch", where="table",
          old="评价年度｜2024年",
          new="评价年度｜2023年",
          value="评价年度｜2023年",
          explanation="the report and every figure are for 2024; the 自评表 header claims 2023 (last year's template)",
          what="自评表 header 评价年度 2024 → 2023"),
        E(code="unit_mismatch", where="table",
          old="｜≤12.00万元｜9.86万元｜",
          new="｜≤12.00万元｜98600万元｜",
          value="98600万元",
          explanation="三公经费 is 9.86万元 (1.26 + 8.60) in the text: 98600 is the 元 figure labelled 万元 (off by 10^4)",
          what="三公经费 actual 9.86万元 → 98600万元"),
        E(code="grade_mismatch", where="prose",
          old="评价等级为“优”",
          new="评价等级为“良”",
          value="评价等级为“良”",
          explanation="98.88 is in the 优 band (≥ 90)",
          what="grade 优 → 良"),
    ],
}


def build():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = EDITS[src]
        if len(edits) != 6:
            sys.exit(f"{src}: {len(edits)} edits, want 6")
        for i, ed in enumerate(edits, 1):
            n = clean.count(ed["old"])
            if n != 1:
                sys.exit(f"{src}-e{i}: old string occurs {n} times")
            text = clean.replace(ed["old"], ed["new"])
            if ed["value"] not in text:
                sys.exit(f"{src}-e{i}: value not in case")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error",
                                         "value": ed["value"], "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    build()
