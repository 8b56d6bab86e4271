#!/usr/bin/env python3
"""build.py — drafts516: make the error cases and labels.jsonl from the clean drafts.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`;
`value` (the label) must occur exactly once in the resulting case and overlap the changed characters.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-hanting-wenhuazhan-2019",
    "hb-huangzhou-tushuche-2020",
    "fj-xiuyu-wenhuazhan-2022",
    "sx-shangdang-wenhuazhan-2023",
    "ah-wanzhi-wenlv-bumen-2024",
]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # --- 潍坊市寒亭区 2019 (MOF table, funds block 10 points) ---------------------------------
    ("sd-hanting-wenhuazhan-2019", 1, "rate_mismatch",
     "56.79｜—｜94.65%", "56.79｜—｜94.56%", "94.56%",
     "自评表 funds block, row 当年财政拨款, 执行率",
     "当年财政拨款 executed 56.79 of 60.00 = 94.65%, stated 94.56%"),
    ("sd-hanting-wenhuazhan-2019", 2, "average_mismatch",
     "季均4.66万人次", "季均4.86万人次", "季均4.86万人次",
     "text 三（一）1, quarterly visitors",
     "(3.86 + 4.52 + 4.98 + 5.28) / 4 = 4.66万人次, stated 4.86"),
    ("sd-hanting-wenhuazhan-2019", 3, "score_exceeds_weight",
     "117.50%｜10｜10｜\n｜｜公共文化服务均等化水平｜明显提升｜有效提升｜—｜10｜9｜",
     "117.50%｜10｜11｜\n｜｜公共文化服务均等化水平｜明显提升｜有效提升｜—｜10｜8｜",
     "图书借阅量｜≥2万册次｜2.35万册次｜117.50%｜10｜11",
     "自评表 效益 rows 图书借阅量 / 公共文化服务均等化水平",
     "图书借阅量 scored 11 against a weight of 10; one point was moved from the qualitative row below "
     "(9 -> 8, still inside the 达成 band), so the 效益 subtotal 27 and the total 96.16 still add up"),
    ("sd-hanting-wenhuazhan-2019", 4, "year_mismatch",
     "已结转至2020年", "已结转至2019年", "结转至2019年",
     "text 二, 结余 sentence",
     "the unspent part of the 2019 budget is carried over to 2019 itself; a carry-over goes to a later year"),
    ("sd-hanting-wenhuazhan-2019", 5, "unit_mismatch",
     "｜52场次｜108.33%", "｜100%｜108.33%", "≥48场次｜100%",
     "自评表 产出 row 送书进村（社区）活动场次, 实际完成值",
     "target counted in 场次 (≥48场次), actual written as a percentage (100%): completion cannot be computed"),
    ("sd-hanting-wenhuazhan-2019", 6, "balance_mismatch",
     "年末结余3.21万元", "年末结余3.12万元", "结余3.12万元",
     "text 二, 结余",
     "到位 66.00 - 支出 62.79 = 3.21万元, stated 3.12"),
    # --- 黄冈市黄州区 2020 (Hubei-style: execution 20 points, two goal blocks of 40) ------------
    ("hb-huangzhou-tushuche-2020", 1, "sum_mismatch",
     "上年结转资金｜0.00｜4.32", "上年结转资金｜4.32｜4.32",
     "年度资金总额｜85.00｜80.82｜78.50｜20｜97.13%｜19.43\n其中：财政拨款｜85.00｜76.50｜74.18｜—｜96.97%｜—\n上年结转资金｜4.32",
     "自评表 funds block, 年初预算数 column, row 上年结转资金",
     "年初预算数 column: 85.00 + 4.32 + 0.00 = 89.32, stated 年度资金总额 85.00"),
    ("hb-huangzhou-tushuche-2020", 2, "completion_mismatch",
     "836元｜95.69%", "836元｜104.50%", "≤800元｜836元｜104.50%",
     "自评表 目标2 成本指标 单车次运行成本, 完成率",
     "≤800元 missed at 836元: completion of a reverse indicator is 800/836 = 95.69%; 104.50% is 836/800"),
    ("hb-huangzhou-tushuche-2020", 3, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "text 三（三）, grade",
     "综合自评得分89.63 lies in the 良 band (80 <= s < 90), not 优"),
    ("hb-huangzhou-tushuche-2020", 4, "weight_sum_mismatch",
     "部分建立｜—｜5｜3.8", "部分建立｜—｜6｜3.8",
     "部分建立｜—｜6｜3.8｜6个服务点停用\n｜满意度指标｜服务对象满意度指标｜读者满意度｜≥90%｜93.20%｜103.56%｜5｜5｜\n合计｜｜｜｜｜｜｜100",
     "自评表 目标2 可持续影响 row, 分值",
     "目标2 weights 8+6+6+10+6+5 = 41 against its 40分, all weights 101 against 100 "
     "(3.8 of 6 = 63% stays inside the 部分达成 band, so no other rule breaks)"),
    ("hb-huangzhou-tushuche-2020", 5, "implausible_rate",
     "农村服务点读者满意度96.10%", "农村服务点读者满意度106.10%", "读者满意度106.10%",
     "text 三（二）, sub-rate of reader satisfaction",
     "a satisfaction rate of 106.10% is above 100%"),
    ("hb-huangzhou-tushuche-2020", 6, "conflicting_values",
     "全年下乡服务96车次", "全年下乡服务69车次", "下乡服务69车次",
     "text 三（二）, trips of the mobile library",
     "the text gives 69车次, the 自评表 96车次 (80.00% of the 120 target) for the same year's trips"),
    # --- 莆田市秀屿区 2022 (tab tables, station table with own rates) --------------------------
    ("fj-xiuyu-wenhuazhan-2022", 1, "rate_mismatch",
     "4.73\t94.60%", "4.73\t96.40%", "忠门镇\t5.00\t4.73\t96.40%",
     "station table, row 忠门镇, 执行率",
     "忠门镇 spent 4.73 of 5.00 = 94.60%, stated 96.40%"),
    ("fj-xiuyu-wenhuazhan-2022", 2, "sum_mismatch",
     "埭头镇\t5.00\t4.52\t90.40%\t9650", "埭头镇\t5.00\t4.52\t90.40%\t9560",
     "埭头镇\t5.00\t4.52\t90.40%\t9560\t27\n平海镇\t5.00\t4.95\t99.00%\t8730\t26\n南日镇\t5.00\t4.61\t92.20%\t10200\t29\n"
     "月塘镇\t5.00\t4.85\t97.00%\t11900\t33\n合计\t40.00\t38.52\t96.30%\t96480",
     "station table, row 埭头镇, 全年接待",
     "station visitors now add to 96390人次 while the 合计 row (and the text) says 96480"),
    ("fj-xiuyu-wenhuazhan-2022", 3, "score_sum_mismatch",
     "基本健全\t—\t10\t9.5", "基本健全\t—\t10\t8.5",
     "基本健全\t—\t10\t8.5\t个别站点管理制度待完善\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93.40%\t103.78%\t10\t10\t\n合计\t\t\t\t\t\t100\t98.13",
     "自评表 可持续影响 row, 得分 (qualitative, 8.5 still inside its band)",
     "row scores now add to 97.13; the 合计 row and the text state 98.13"),
    ("fj-xiuyu-wenhuazhan-2022", 4, "average_mismatch",
     "月均8040人次", "月均8400人次", "月均8400人次",
     "text 三（二）, monthly average of visitors",
     "96480 / 12 = 8040人次, stated 8400"),
    ("fj-xiuyu-wenhuazhan-2022", 5, "unit_mismatch",
     "水电及日常运行费60000元", "水电及日常运行费60000万元", "60000万元",
     "text 二, breakdown of spending",
     "21.36 + 11.16 + 60000 ≠ 38.52万元; read as 60000元 = 6.00万元 the sum holds exactly: a 元 amount labelled 万元"),
    ("fj-xiuyu-wenhuazhan-2022", 6, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "text 二, cut-off date of the spending figure",
     "the 2022 report states its spending as of 2021-12-31; the cut-off must name the evaluation year"),
    # --- 长治市上党区 2023 (Shanxi layout, flattened one-cell-per-line tables) ------------------
    ("sx-shangdang-wenhuazhan-2023", 1, "rate_mismatch",
     "\t87.80\n", "\t88.70\n", "88.70",
     "funds table, row (7)=(4)/(2), column 县区级",
     "县区级 (4) 17.56 / (2) 20.00 = 87.80%, stated 88.70"),
    ("sx-shangdang-wenhuazhan-2023", 2, "completion_mismatch",
     "107.17%", "107.71%", "12.86万人次\n\t107.71%",
     "效益 table, row 文化站年接待群众, 完成率",
     "12.86 / 12 = 107.17%, stated 107.71%"),
    ("sx-shangdang-wenhuazhan-2023", 3, "weight_sum_mismatch",
     "流动服务长效运行\n\t10\n", "流动服务长效运行\n\t12\n", "流动服务长效运行\n\t12",
     "效益 table, row 流动服务长效运行, 权重",
     "效益 weights 10 + 10 + 12 = 32 against the stated 效益30分; all weights 102 "
     "(score 10 of 12 stays inside the 达成 band)"),
    ("sx-shangdang-wenhuazhan-2023", 4, "score_exceeds_weight",
     "107.17%\n\t10\n\n\t\n\t群众公共文化获得感\n\t10\n\t明显增强\n\t明显增强\n\t—\n\t9",
     "107.17%\n\t11\n\n\t\n\t群众公共文化获得感\n\t10\n\t明显增强\n\t明显增强\n\t—\n\t8",
     "12.86万人次\n\t107.17%\n\t11",
     "效益 table, rows 文化站年接待群众 / 群众公共文化获得感, 得分",
     "文化站年接待群众 scored 11 against a weight of 10; the qualitative row below went 9 -> 8 (inside its band), "
     "so the total 98.56 still adds up"),
    ("sx-shangdang-wenhuazhan-2023", 5, "conflicting_values",
     "送书下乡108车次", "送书下乡118车次", "送书下乡118车次",
     "text 三 2, trips of the mobile library",
     "the text gives 118车次, the 产出 table 108车次 (completion 108.00% of 100)"),
    ("sx-shangdang-wenhuazhan-2023", 6, "implausible_rate",
     "87.80\n\t0\n", "87.80\n\t100\n", "87.80\n\t100",
     "funds table, row (7)=(4)/(2), column 上年结转资金",
     "an execution rate of 100 printed for 上年结转资金, whose 全年预算 (2) is empty (zero base)"),
    # --- 芜湖市湾沚区 2024 (部门整体支出) -------------------------------------------------------
    ("ah-wanzhi-wenlv-bumen-2024", 1, "score_sum_mismatch",
     "健全有效｜—｜10｜10", "健全有效｜—｜10｜9",
     "健全有效｜—｜10｜9\n满意度指标｜服务对象满意度指标｜群众满意度｜≥90%｜92.80%｜103.11%｜10｜10\n合计｜｜｜｜｜｜100｜99.18",
     "部门整体自评表 可持续影响 row, 得分 (qualitative, 9 still inside its band)",
     "row scores now add to 98.18 (效益 28.47); the 合计 row and the text state 99.18 (效益 29.47)"),
    ("ah-wanzhi-wenlv-bumen-2024", 2, "grade_mismatch",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "text 五, grade",
     "99.18 lies in the 优 band (>= 90), not 良"),
    ("ah-wanzhi-wenlv-bumen-2024", 3, "completion_mismatch",
     "2.91%｜100%", "2.91%｜58.20%", "≤5%｜2.91%｜58.20%",
     "部门整体自评表 结转结余率 row, 完成率",
     "≤5% met at 2.91%: completion of a reverse indicator is 100%; 58.20% is 2.91/5"),
    ("ah-wanzhi-wenlv-bumen-2024", 4, "sum_mismatch",
     "财政拨款收入1198.73万元", "财政拨款收入1189.73万元", "收入合计1286.45万元，其中财政拨款收入1189.73万元",
     "text 二（一）, income breakdown",
     "1189.73 + 52.40 + 35.32 = 1277.45, stated 收入合计 1286.45"),
    ("ah-wanzhi-wenlv-bumen-2024", 5, "conflicting_values",
     "群众文化活动318场次", "群众文化活动381场次", "群众文化活动381场次",
     "text 三（三）, number of events",
     "the text gives 381场次, the 自评表 318场次 (106.00% of the 300 target)"),
    ("ah-wanzhi-wenlv-bumen-2024", 6, "balance_mismatch",
     "结余1.54万元", "结余1.45万元", "结余1.45万元",
     "text 三（二）, balance of the mobile-library project",
     "流动图书车服务 32.00 - 30.46 = 1.54万元, stated 1.45"),
]


def edit_region(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    j = 0
    while j < len(a) - i and j < len(b) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times")
            st, ea, eb = edit_region(clean, text)
            if max(ea - st, eb - st) > 40:
                sys.exit(f"{src}-e{n}: edit of {max(ea - st, eb - st)} characters")
            vs = text.index(value)
            if not (vs < max(eb, st + 1) and st < vs + len(value)):
                sys.exit(f"{src}-e{n}: value does not overlap the edit")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
