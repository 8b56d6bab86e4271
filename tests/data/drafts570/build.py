#!/usr/bin/env python3
"""Write the error cases and labels.jsonl of drafts570 from the clean drafts and the edit list.

Each edit replaces one substring (`old`, occurring exactly once in the clean draft) by `new`.
`where` is "table" (the label value is then the whole, stripped, line that carries the changed
figure) or "prose" (the label value is given explicitly).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-linzi-kaogukantan-2019",
    "js-zhenjiang-wenwuxiufu-2022",
    "yn-jianchuan-wenguansuo-bumen-2018",
    "hb-jingzhou-jinancheng-2020",
    "sc-langzhong-yonganxiushan-2024",
]

# (project, n, code, where, old, new, value or None, explanation)
EDITS = [
    # --- 临淄 2019, space-aligned PDF tables -------------------------------------------------
    ("sd-linzi-kaogukantan-2019", 1, "rate_mismatch", "table",
     "120.00        110.16      91.80%", "120.00        110.16      91.08%", None,
     "子项 table, 西墙加固: 110.16/120.00 = 91.80%, stated 91.08%"),
    ("sd-linzi-kaogukantan-2019", 2, "completion_mismatch", "table",
     "146.8万平方米   104.86%", "146.8万平方米   108.46%", None,
     "勘探面积 146.8/140 = 104.86%, stated 108.46%"),
    ("sd-linzi-kaogukantan-2019", 3, "average_mismatch", "prose",
     "平均每个项目勘探面积3.86万平方米", "平均每个项目勘探面积3.68万平方米",
     "平均每个项目勘探面积3.68万平方米",
     "146.8万平方米 / 38个 = 3.86, stated 3.68"),
    ("sd-linzi-kaogukantan-2019", 4, "year_mismatch", "prose",
     "已按规定结转至2020年使用", "已按规定结转至2019年使用",
     "结转至2019年使用",
     "unspent 2019 money carried over to 2019 itself; must be a later year (2020)"),
    ("sd-linzi-kaogukantan-2019", 5, "unit_mismatch", "prose",
     "（2,013,600元）", "（2,013,600万元）",
     "2,013,600万元",
     "restatement of 201.36万元 labelled 万元 instead of 元: off by 10^4"),
    ("sd-linzi-kaogukantan-2019", 6, "sum_mismatch", "prose",
     "调减勘探经费15.00万元", "调减勘探经费18.00万元",
     "调减勘探经费18.00万元",
     "年初 320.00 + 追加 85.00 - 调减 18.00 = 387.00, but 调整后全年预算 is 390.00"),
    # --- 镇江博物馆 2022, ｜ tables with the merged first column left blank --------------------
    ("js-zhenjiang-wenwuxiufu-2022", 1, "score_exceeds_weight", "table",
     "96.8%｜10｜10｜\n总分｜｜｜｜｜100｜97.87｜\n本项目自评得分97.87",
     "96.8%｜10｜10.5｜\n总分｜｜｜｜｜100｜98.37｜\n本项目自评得分98.37", None,
     "观众满意度 scored 10.5 against a weight of 10 (总分 and the sentence below raised with it to 98.37, so the sum still holds)"),
    ("js-zhenjiang-wenwuxiufu-2022", 2, "balance_mismatch", "prose",
     "结转11.55万元，", "结转15.15万元，",
     "结转15.15万元",
     "到位 251.40 - 执行 239.85 = 11.55, stated 15.15"),
    ("js-zhenjiang-wenwuxiufu-2022", 3, "conflicting_values", "prose",
     "脱水保护支出63.65万元", "脱水保护支出68.35万元",
     "脱水保护支出68.35万元",
     "the 子项 table (and the 239.85 total) give 漆木器脱水保护 执行数 63.65万元"),
    ("js-zhenjiang-wenwuxiufu-2022", 4, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—", None,
     "execution rate 100.00% on a 0.00 budget"),
    ("js-zhenjiang-wenwuxiufu-2022", 5, "weight_sum_mismatch", "table",
     "环境监测点位正常运行数｜≥24个｜24个｜5｜5｜", "环境监测点位正常运行数｜≥24个｜24个｜8｜5｜", None,
     "weights now total 103 (产出 53 against 50): 环境监测点位 5 -> 8"),
    ("js-zhenjiang-wenwuxiufu-2022", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "97.87 is in the 优 band (>= 90)"),
    # --- 剑川 2018 部门整体, key：value 自评表 ------------------------------------------------
    ("yn-jianchuan-wenguansuo-bumen-2018", 1, "score_exceeds_weight", "table",
     "得分：10\n\n总分：100\n自评得分：98.24", "得分：10.5\n\n总分：100\n自评得分：98.74", None,
     "游客满意度 scored 10.5 against 分值 10 (自评得分 raised with it to 98.74, so the sum still holds)"),
    ("yn-jianchuan-wenguansuo-bumen-2018", 2, "sum_mismatch", "prose",
     "公用经费22.16万元", "公用经费21.16万元",
     "公用经费21.16万元",
     "人员经费 196.30 + 公用经费 21.16 = 217.46, but 基本支出 is 218.46"),
    ("yn-jianchuan-wenguansuo-bumen-2018", 3, "average_mismatch", "prose",
     "季度平均2.16万人次", "季度平均2.61万人次",
     "季度平均2.61万人次",
     "(1.86 + 2.14 + 2.57 + 2.07)/4 = 2.16, stated 2.61"),
    ("yn-jianchuan-wenguansuo-bumen-2018", 4, "completion_mismatch", "table",
     "完成率：108.33%", "完成率：103.83%", None,
     "文物安全巡查次数 52/48 = 108.33%, stated 103.83%"),
    ("yn-jianchuan-wenguansuo-bumen-2018", 5, "rate_mismatch", "prose",
     "项目支出执行217.61万元，项目支出执行率93.11%", "项目支出执行217.61万元，项目支出执行率91.31%",
     "项目支出执行率91.31%",
     "217.61/233.72 = 93.11%, stated 91.31%"),
    ("yn-jianchuan-wenguansuo-bumen-2018", 6, "conflicting_values", "prose",
     "0.86万元（8,600元）", "0.86万元（6,800元）",
     "0.86万元（6,800元）",
     "公务接待费 0.86万元 restated as 6,800元 (should be 8,600元)"),
    # --- 荆州 2020, Hubei goal blocks --------------------------------------------------------
    ("hb-jingzhou-jinancheng-2020", 1, "score_sum_mismatch", "prose",
     "项目综合得分95.39分", "项目综合得分95.93分",
     "综合得分95.93分",
     "17.72 + 39 + 28.67 + 10 = 95.39, stated 95.93"),
    ("hb-jingzhou-jinancheng-2020", 2, "rate_mismatch", "prose",
     "到位率96.47%", "到位率96.74%",
     "到位率96.74%",
     "到位 328.00 / 全年预算 340.00 = 96.47%, stated 96.74%"),
    ("hb-jingzhou-jinancheng-2020", 3, "balance_mismatch", "prose",
     "年末结余26.74万元", "年末结余27.64万元",
     "年末结余27.64万元",
     "到位 328.00 - 执行 301.26 = 26.74, stated 27.64"),
    ("hb-jingzhou-jinancheng-2020", 4, "weight_sum_mismatch", "table",
     "完成率136.00%，分值5分", "完成率136.00%，分值6分", None,
     "年度目标2 indicator weights now 10 + 6 + 5 + 10 = 31 against its 分值 30 (grand total 101)"),
    ("hb-jingzhou-jinancheng-2020", 5, "unit_mismatch", "table",
     "实际完成值33.5万个", "实际完成值100%", None,
     "target in 万个 (钻孔数), actual given as a percentage"),
    ("hb-jingzhou-jinancheng-2020", 6, "year_mismatch", "prose",
     "结转至2021年继续使用", "结转至2020年继续使用",
     "结转至2020年继续使用",
     "unspent 2020 money carried over to 2020 itself; must be a later year (2021)"),
    # --- 阆中 2024, Sichuan table, 元 in the text and 万元 in the table ------------------------
    ("sc-langzhong-yonganxiushan-2024", 1, "unit_mismatch", "prose",
     "结余285,200.00元", "结余285,200.00万元",
     "结余285,200.00万元",
     "3,600,000.00元 - 3,314,800.00元 = 285,200.00元; the figure is labelled 万元 (off by 10^4)"),
    ("sc-langzhong-yonganxiushan-2024", 2, "conflicting_values", "prose",
     "原构件保留率86%", "原构件保留率88%",
     "原构件保留率88%",
     "the 自评表 gives 文物原构件保留率 86 (%)"),
    ("sc-langzhong-yonganxiushan-2024", 3, "grade_mismatch", "prose",
     "综合评定等级为优秀", "综合评定等级为良好",
     "综合评定等级为良好",
     "96.41 is in the 优 band (>= 90)"),
    ("sc-langzhong-yonganxiushan-2024", 4, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜｜｜100｜96.41｜", "总分｜｜｜｜｜｜｜100｜96.14｜", None,
     "row scores 9.21 + 49 + 28.2 + 10 = 96.41, table total 96.14"),
    ("sc-langzhong-yonganxiushan-2024", 5, "implausible_rate", "table",
     "游客满意度｜≥｜90｜%｜92.5｜", "游客满意度｜≥｜90｜%｜102.5｜", None,
     "satisfaction 102.5% is above 100%"),
    ("sc-langzhong-yonganxiushan-2024", 6, "average_mismatch", "prose",
     "平均修缮费用58.48万元", "平均修缮费用58.84万元",
     "平均修缮费用58.84万元",
     "工程施工费 292.42万元 / 5座 = 58.48, stated 58.84"),
]


def diff_span(a, b):
    """Length of the changed region (old side, new side) after stripping common prefix/suffix."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return len(a) - i - j, len(b) - i - j, i


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = [e for e in EDITS if e[0] == pid]
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            assert clean.count(old) == 1, (pid, n, "old not unique", old)
            pos = clean.index(old)
            text = clean[:pos] + new + clean[pos + len(old):]
            lo, ln, pre = diff_span(old, new)
            assert lo <= 40 and ln <= 40, (pid, n, "edit too long", lo, ln)
            start = pos + pre  # first changed character in the error text
            if value is None:
                ls = text.rfind("\n", 0, start) + 1
                le = text.find("\n", start)
                value = text[ls:le if le >= 0 else len(text)].strip()
            assert text.count(value) == 1, (pid, n, "value not unique", value)
            vpos = text.index(value)
            assert vpos <= start < vpos + len(value), (pid, n, "value does not cover the edit")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
