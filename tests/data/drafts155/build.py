#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts155 from the clean drafts.

Each clean draft cases/<id>-clean.txt is copied to cases/<id>-eN.txt with exactly one
edit applied: an exact old -> new replacement that must match the clean text once.
The label value is either given literally ("value") or cut from the error text from the
first occurrence of value_from up to the end of the next occurrence of value_to
("value_from"/"value_to"), so that it covers the changed figure and the total it breaks.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sd-pingdu-budongchan-2021",
    "fj-dehua-dizhizaihai-2023",
    "yn-lufeng-guotukongjian-2020",
    "nm-aohan-gengdibaohu-2024",
    "sx-yuanping-jichucehui-2019",
]

# (source, n, code, where, old, new, value spec, explanation)
EDITS = [
    # ---- Shandong, Pingdu: 不动产登记工作经费 2021 (web page, tab-separated rows)
    dict(src="sd-pingdu-budongchan-2021", n=1, code="rate_mismatch", where="table",
         old="232.12\t—\t97.53%", new="232.12\t—\t97.35%",
         value="97.35%",
         expl="当年财政拨款 row: 232.12 / 238.00 = 97.53%, the table prints 97.35% (digits transposed)"),
    dict(src="sd-pingdu-budongchan-2021", n=2, code="sum_mismatch", where="prose",
         old="信息平台运维39.80万元", new="信息平台运维38.90万元",
         value="窗口运行及办公耗材71.36万元，档案数字化加工45.60万元，信息平台运维38.90万元，外包服务人员劳务82.36万元",
         expl="71.36 + 45.60 + 38.90 + 82.36 = 238.22, but 实际支出 is 239.12 (39.80 typed as 38.90)"),
    dict(src="sd-pingdu-budongchan-2021", n=3, code="score_exceeds_weight", where="table",
         old="95.2%\t20\t20\t\n\t\t可持续影响指标\t登记信息共享长效机制\t健全\t基本健全\t10\t8\t",
         new="95.2%\t20\t8\t\n\t\t可持续影响指标\t登记信息共享长效机制\t健全\t基本健全\t10\t20\t",
         value="登记信息共享长效机制\t健全\t基本健全\t10\t20",
         expl="scores of the two 效益 rows swapped: 可持续影响 row scores 20 against a weight of 10 (the total 97.76 still adds up)"),
    dict(src="sd-pingdu-budongchan-2021", n=4, code="average_mismatch", where="prose",
         old="分别为2.6、3.1、3.3个工作日", new="分别为2.6、3.7、3.3个工作日",
         value="分别为2.6、3.7、3.3个工作日，三个大厅平均3.0个工作日",
         expl="(2.6 + 3.7 + 3.3) / 3 = 3.2, stated average 3.0"),
    dict(src="sd-pingdu-budongchan-2021", n=5, code="implausible_rate", where="prose",
         old="满意率达98.6%", new="满意率达986%",
         value="满意率达986%",
         expl="a satisfaction rate of 986% is impossible (decimal point dropped from 98.6%)"),
    dict(src="sd-pingdu-budongchan-2021", n=6, code="year_mismatch", where="table",
         old="附件：2021年度项目支出绩效自评表", new="附件：2020年度项目支出绩效自评表",
         value="2020年度项目支出绩效自评表",
         expl="the report evaluates 2021 (title, budget sentences), the attached table is headed 2020年度"),

    # ---- Fujian, Dehua: 地质灾害隐患点排查及群测群防经费 2023 (Word table, one cell a line)
    dict(src="fj-dehua-dizhizaihai-2023", n=1, code="balance_mismatch", where="prose",
         old="年末结余7.65万元", new="年末结余6.75万元",
         value="年末结余6.75万元",
         expl="到位 112.50 − 支出 104.85 = 7.65, stated 6.75"),
    dict(src="fj-dehua-dizhizaihai-2023", n=2, code="weight_sum_mismatch", where="table",
         old="\t≥150块\n\t162块\n\t5\n\t5", new="\t≥150块\n\t162块\n\t8\n\t5",
         value_from="162块\n\t8", value_to="\t总分\n\t\n\t\n\t\n\t\n\t\n\t100",
         expl="更新警示牌 weight typed 8 instead of 5: the 分值 column now sums to 103 (产出 53) against 总分 100"),
    dict(src="fj-dehua-dizhizaihai-2023", n=3, code="completion_mismatch", where="prose",
         old="326人次，完成率108.67%", new="326人次，完成率106.87%",
         value="326人次，完成率106.87%",
         expl="326 / 300 = 108.67%, stated 106.87%"),
    dict(src="fj-dehua-dizhizaihai-2023", n=4, code="unit_mismatch", where="table",
         old="\t≥312处\n\t318处", new="\t≥312处\n\t100%",
         value="≥312处\n\t100%",
         expl="target is a count of hazard points (≥312处), the actual cell holds a percentage"),
    dict(src="fj-dehua-dizhizaihai-2023", n=5, code="conflicting_values", where="table",
         old="\t≥300人次\n\t326人次", new="\t≥300人次\n\t362人次",
         value="362人次",
         expl="table gives 362人次 trained, the text gives 326人次 twice (完成率108.67% = 326/300)"),
    dict(src="fj-dehua-dizhizaihai-2023", n=6, code="grade_mismatch", where="prose",
         old="评价等级为“优”", new="评价等级为“良”",
         value="评价等级为“良”",
         expl="98.32 points fall in the 优 band (90–100), not 良"),

    # ---- Yunnan, Lufeng: 国土空间总体规划编制经费 2020 (PDF copy, cells separated by spaces)
    dict(src="yn-lufeng-guotukongjian-2020", n=1, code="score_sum_mismatch", where="table",
         old="83.33% 10 9.26", new="83.33% 10 9.62",
         value_from="9.62", value_to="总分 100 89.07",
         expl="row scores now add to 6.81 + 49.62 + 23 + 10 = 89.43, stated 总分 89.07 (and 产出 subtotal 49.26)"),
    dict(src="yn-lufeng-guotukongjian-2020", n=2, code="unit_mismatch", where="prose",
         old="（合同价的30%）145.80万元", new="（合同价的30%）1458000万元",
         value="1458000万元",
         expl="首期款 is 1,458,000元 = 145.80万元 (486.00 × 30%; the four items add to 204.30 only with 145.80): 元 figure labelled 万元"),
    dict(src="yn-lufeng-guotukongjian-2020", n=3, code="year_mismatch", where="table",
         old="（2020年度）", new="（2019年度）",
         value="（2019年度）",
         expl="the report evaluates 2020; the self-evaluation table is dated 2019年度"),
    dict(src="yn-lufeng-guotukongjian-2020", n=4, code="rate_mismatch", where="prose",
         old="执行率63.19%", new="执行率61.39%",
         value="县本级资金执行164.30万元，执行率61.39%",
         expl="164.30 / 260.00 = 63.19%, stated 61.39%"),
    dict(src="yn-lufeng-guotukongjian-2020", n=5, code="sum_mismatch", where="prose",
         old="州级补助资金40.00万元", new="州级补助资金45.00万元",
         value="全年预算调整为300.00万元，其中县本级预算260.00万元、州级补助资金45.00万元",
         expl="260.00 + 45.00 = 305.00 ≠ 全年预算 300.00"),
    dict(src="yn-lufeng-guotukongjian-2020", n=6, code="implausible_rate", where="table",
         old="基础数据核查通过率 =100% 100%", new="基础数据核查通过率 =100% 110%",
         value="基础数据核查通过率 =100% 110%",
         expl="a pass rate of 110% is impossible"),

    # ---- Inner Mongolia, Aohan: 耕地保护补偿资金 2024 (web table, merged cells dropped)
    dict(src="nm-aohan-gengdibaohu-2024", n=1, code="average_mismatch", where="prose",
         old="96、92、95、89、93分", new="96、92、95、98、93分",
         value="得分分别为96、92、95、98、93分，平均93分",
         expl="(96 + 92 + 95 + 98 + 93) / 5 = 94.8, stated average 93"),
    dict(src="nm-aohan-gengdibaohu-2024", n=2, code="balance_mismatch", where="table",
         old="361.41\t8.59\t97.68%", new="361.41\t8.95\t97.68%",
         value="361.41\t8.95",
         expl="到位 370.00 − 支出 361.41 = 8.59, the funds table prints 结余 8.95"),
    dict(src="nm-aohan-gengdibaohu-2024", n=3, code="conflicting_values", where="prose",
         old="全旗120.47万亩", new="全旗124.07万亩",
         value="全旗124.07万亩",
         expl="the conclusion gives 124.07万亩, the text and table give 120.47万亩 (= 361.41万元 / 3元)"),
    dict(src="nm-aohan-gengdibaohu-2024", n=4, code="grade_mismatch", where="table",
         old="自评等级\t优", new="自评等级\t良",
         value="97.49\t自评等级\t良",
         expl="97.49 points fall in the 优 band, the table says 良"),
    dict(src="nm-aohan-gengdibaohu-2024", n=5, code="score_exceeds_weight", where="table",
         old="2024年11月15日\t5\t5\t\n成本指标\t补偿标准\t=3元/亩\t3元/亩\t10\t10\t",
         new="2024年11月15日\t5\t10\t\n成本指标\t补偿标准\t=3元/亩\t3元/亩\t10\t5\t",
         value="资金兑付完成时间\t2024年11月30日前\t2024年11月15日\t5\t10",
         expl="scores of 时效 and 成本 rows swapped: 时效 row scores 10 against a weight of 5 (the total 97.49 still adds up)"),
    dict(src="nm-aohan-gengdibaohu-2024", n=6, code="completion_mismatch", where="prose",
         old="完成目标的100.39%", new="完成目标的100.93%",
         value="补偿面积120.47万亩，完成目标的100.93%",
         expl="120.47 / 120 = 100.39%, stated 100.93%"),

    # ---- Shanxi, Yuanping: 基础测绘 2019 (seed-003 layout, 行次 funds table, 完成率 column)
    dict(src="sx-yuanping-jichucehui-2019", n=1, code="completion_mismatch", where="table",
         old="\t62.5平方公里\n\t96.15%", new="\t62.5平方公里\n\t96.51%",
         value="96.51%",
         expl="62.5 / 65 = 96.15%, 附件1 prints 96.51%"),
    dict(src="sx-yuanping-jichucehui-2019", n=2, code="weight_sum_mismatch", where="table",
         old="\t合计\n\t\n\t\n\t100\n", new="\t合计\n\t\n\t\n\t110\n",
         value="合计\n\t\n\t\n\t110",
         expl="the weights add to 10 + 50 + 30 + 10 = 100, the 合计 row states 110"),
    dict(src="sx-yuanping-jichucehui-2019", n=3, code="score_sum_mismatch", where="prose",
         old="得分48.92分", new="得分49.82分",
         value="产出指标权重50分，得分49.82分",
         expl="产出 rows give 14.42 + 10 + 10 + 4.5 + 10 = 48.92; with 49.82 the parts add to 88.28, not 总得分 87.38"),
    dict(src="sx-yuanping-jichucehui-2019", n=4, code="rate_mismatch", where="table",
         old="\t86.75\n", new="\t86.57\n",
         value="86.57",
         expl="县区级 (7)=(4)/(2): 95.42 / 110.00 = 86.75, printed 86.57"),
    dict(src="sx-yuanping-jichucehui-2019", n=5, code="year_mismatch", where="prose",
         old="结转至2020年继续使用", new="结转至2019年继续使用",
         value="结转至2019年",
         expl="money left at the end of 2019 cannot be carried over to 2019 itself"),
    dict(src="sx-yuanping-jichucehui-2019", n=6, code="unit_mismatch", where="prose",
         old="每点维护费1500元", new="每点维护费1500万元",
         value="每点维护费1500万元",
         expl="120 points × 1500元 = 18.00万元 as paid; 1500万元 a point is off by 10^4 (元 amount labelled 万元)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for ed in [e for e in EDITS if e["src"] == src]:
            count = clean.count(ed["old"])
            if count != 1:
                sys.exit(f"{src}-e{ed['n']}: old text matches {count} times")
            text = clean.replace(ed["old"], ed["new"])
            if "value" in ed:
                value = ed["value"]
            else:
                i = text.index(ed["value_from"])
                j = text.index(ed["value_to"], i) + len(ed["value_to"])
                value = text[i:j]
            if value not in text:
                sys.exit(f"{src}-e{ed['n']}: value not in case")
            name = f"{src}-e{ed['n']}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error",
                                         "value": value, "explanation": ed["expl"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
