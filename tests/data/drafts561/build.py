#!/usr/bin/env python3
"""Build the error cases (-e1 … -e6) and labels.jsonl from the clean drafts and the edit list below.
Each edit: exact old -> new (old occurs exactly once in the clean draft). value None = the whole line of the
error case that holds the edit."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
S = "    "
EDITS = {
 "gx-qinzhou-shujun-2019": [
  ("水深测量及扫测｜80.00｜67.80｜84.75%", "水深测量及扫测｜80.00｜67.80｜87.45%", "rate_mismatch", None,
   "funds table: 67.80/80.00 = 84.75%, stated 87.45%"),
  ("未执行38.10万元", "未执行31.80万元", "balance_mismatch", "未执行31.80万元",
   "1270.00 − 1231.90 = 38.10, stated 31.80"),
  ("9.84\n合计｜—｜—｜—｜—｜—｜100｜99.14\n自评得分99.14", "10.48\n合计｜—｜—｜—｜—｜—｜100｜99.78\n自评得分99.78",
   "score_exceeds_weight", "港航企业满意度｜≥95%｜93.5%｜98.42%｜10｜10.48",
   "satisfaction row scored 10.48 against a weight of 10 (total raised with it to 99.78, so the sum still holds)"),
  ("评价等级为优", "评价等级为良", "grade_mismatch", "评价等级为良", "99.14 is in the 优 band (≥90)"),
  ("结转至2020年", "结转至2019年", "year_mismatch", "已按规定结转至2019年",
   "unspent 2019 money carried over to 2019 itself; must be a later year"),
  ("平均每段42.13万立方米", "平均每段41.23万立方米", "average_mismatch", "平均每段41.23万立方米",
   "(48.2 + 41.5 + 36.7)/3 = 42.13, stated 41.23"),
 ],
 "jx-jiujiang-bumen-2020": [
  ("追加疏浚经费96.00万元", "追加疏浚经费69.00万元", "sum_mismatch", "追加疏浚经费69.00万元",
   "1585.00 + 69.00 − 62.00 = 1592.00, but 全年预算 is 1,619.00"),
  ("全年完成疏浚量72.3万立方米", "全年完成疏浚量73.2万立方米", "conflicting_values", "全年完成疏浚量73.2万立方米",
   "the table (and the three sections 22.6 + 31.8 + 17.9) give 72.3万立方米"),
  ("9360公里\t97.50%", "9360公里\t95.70%", "completion_mismatch", None, "9360/9600 = 97.50%, stated 95.70%"),
  ("应急抢险疏浚\t0.00\t0.00\t—", "应急抢险疏浚\t0.00\t0.00\t100.00%", "implausible_rate", None,
   "execution rate 100.00% on a 0.00 budget"),
  ("97.50%\t6\t5.85", "97.50%\t8\t5.85", "weight_sum_mismatch", None, "weights now total 102 (巡查里程 6 → 8)"),
  ("航标维护及航道巡查支出172.44万元", "航标维护及航道巡查支出1724400万元", "unit_mismatch", "1724400万元",
   "172.44万元 written as 1724400 (元) with the unit 万元: off by 10^4 against the funds table"),
 ],
 "zj-wenzhou-oujiang-2022": [
  ("100   99.46", "100   99.64", "score_sum_mismatch", None, "row scores sum to 99.46, table total 99.64"),
  ("预算执行率96.59%", "预算执行率95.69%", "rate_mismatch", "预算执行率95.69%", "1680.59/1740.00 = 96.59%, stated 95.69%"),
  ("≥186座            186座", "≥186座            100%", "unit_mismatch", None,
   "target in 座, actual given as a percentage"),
  ("截至2022年12月31日", "截至2021年12月31日", "year_mismatch", "截至2021年12月31日",
   "execution figures of the 2022 report dated to the end of 2021"),
  ("93.5%          103.89%", "103.5%         115.00%", "implausible_rate", None,
   "satisfaction 103.5% is above 100% (completion recomputed consistently: 103.5/90 = 115.00%)"),
  ("平均每段53.80万立方米", "平均每段58.30万立方米", "average_mismatch", "平均每段58.30万立方米",
   "(52.4 + 63.7 + 45.3)/3 = 53.80, stated 58.30"),
 ],
 "hn-yueyang-chenglingji-2023": [
  ("10\n合计｜—｜—｜—｜—｜—｜100｜99.31\n自评得分99.31", "10.60\n合计｜—｜—｜—｜—｜—｜100｜99.91\n自评得分99.91",
   "score_exceeds_weight", "港口企业满意度｜≥90%｜94.0%｜104.44%｜10｜10.60",
   "satisfaction row scored 10.60 against a weight of 10 (total raised with it to 99.91)"),
  ("未执行38.04万元", "未执行38.40万元", "balance_mismatch", "未执行38.40万元", "1040.00 − 1001.96 = 38.04, stated 38.40"),
  ("上年结转资金90.00万元", "上年结转资金96.00万元", "sum_mismatch", "上年结转资金96.00万元",
   "950.00 + 96.00 + 0.00 = 1046.00 ≠ 全年预算 1,040.00"),
  ("评价等级为优", "评价等级为良", "grade_mismatch", "评价等级为良", "99.31 is in the 优 band (≥90)"),
  ("58.7万立方米｜97.83%", "58.7万立方米｜97.38%", "completion_mismatch", None, "58.7/60 = 97.83%, stated 97.38%"),
  ("航标维护支出149.76万元", "航标维护支出147.96万元", "conflicting_values", "航标维护支出147.96万元",
   "the funds table gives 航标维护 149.76万元"),
 ],
 "ah-wuhu-zhanghe-2025": [
  ("105.00%  7     7", "105.00%  9     7", "weight_sum_mismatch", None, "weights now total 102 (扫测里程 7 → 9)"),
  ("自评得分99.47分", "自评得分99.74分", "score_sum_mismatch", "自评得分99.74分", "row scores sum to 99.47, stated 99.74"),
  ("40.74               97.00%", "40.74               96.00%", "rate_mismatch", None, "40.74/42.00 = 97.00%, stated 96.00%"),
  ("调减45.00万元", "调减54.00万元", "sum_mismatch", "调减54.00万元", "700.00 + 65.00 − 54.00 = 711.00 ≠ 全年预算 720.00"),
  ("≤10.50元/立方米   9.79元/立方米", "≤10.50元/立方米   9.79万元", "unit_mismatch", None,
   "cost target in 元/立方米, actual written in 万元"),
  ("98.6%           99.60%", "98.6%           96.60%", "completion_mismatch", None, "98.6/99 = 99.60%, stated 96.60%"),
 ],
}


def main():
    labels = []
    for src, edits in EDITS.items():
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for k, (old, new, code, value, expl) in enumerate(edits, 1):
            assert clean.count(old) == 1, (src, k, old)
            text = clean.replace(old, new)
            if value is None:
                pos = clean.index(old)
                a = text.rfind("\n", 0, pos) + 1
                b = text.find("\n", pos)
                value = text[a:b].rstrip()
            assert text.count(value) == 1, (src, k, value)
            name = f"{src}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
