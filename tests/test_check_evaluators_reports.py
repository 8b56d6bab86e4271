"""A third party's evaluation report (财政支出绩效评价报告 by an evaluation firm): its scoring table has a 评分标准
column and 扣分 beside 得分, levels (决策、过程…) head their indicators or close them (过程小计), the text gives the
evaluator's score beside the unit's own self-score, and the report is dated the year after the one it evaluates."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


_HEAD = ("石景山区2021年老旧小区综合整治项目\n财政支出绩效评价报告\n\n报告日期：2022年5月20日\n\n"
         "评价组在单位自评得分98.50分的基础上独立评分，评价得分{total}分，评价结果为“优”。\n"
         "截至2021年12月31日，项目全年执行8,697.45万元，结余资金130.55万元结转至2022年继续使用。\n\n")
_SCORES = ("指标｜分值｜评分标准｜扣分｜得分｜扣分理由\n"
           "决策｜20｜｜1｜19｜\n"
           "立项依据充分性｜10｜符合政策得满分｜0｜10｜—\n"
           "绩效指标明确性｜10｜每有1项不符扣0.5分｜1｜9｜指标未量化\n"
           "过程｜30｜｜{d}｜{p}｜\n"
           "预算执行率｜15｜得分＝分值×预算执行率｜0.54｜14.46｜执行率96.42%\n"
           "制度执行有效性｜15｜每发现1类问题扣0.5分｜1｜14｜资料不全\n"
           "产出｜30｜｜0｜30｜\n"
           "改造楼栋数量｜30｜≥62栋，按比例计分｜0｜30｜—\n"
           "效益｜20｜｜0｜20｜\n"
           "居民满意度｜20｜≥90%得满分｜0｜20｜—\n"
           "合计｜100｜｜{dt}｜{total}｜\n\n"
           "一级指标｜分值｜单位自评得分｜评价得分\n决策｜20｜20.00｜19.00\n过程｜30｜29.50｜{p}\n产出｜30｜29.00｜30.00\n"
           "效益｜20｜20.00｜20.00\n合计｜100｜98.50｜{total}\n")


def test_an_evaluators_report_in_full_agreement_raises_nothing() -> None:
    text = _HEAD.format(total="97.46") + _SCORES.format(d="1.54", p="28.46", dt="2.54", total="97.46")
    assert errors(text) == []


def test_the_evaluators_total_is_judged_against_the_evaluators_column() -> None:
    text = _HEAD.format(total="96.46") + _SCORES.format(d="1.54", p="28.46", dt="2.54", total="97.46")
    assert ("score_sum_mismatch", "96.46分") in errors(text)


def test_a_levels_subtotal_row_closes_the_rows_under_it() -> None:
    scores = _SCORES.replace("制度执行有效性｜15｜每发现1类问题扣0.5分｜1｜14｜", "制度执行有效性｜15｜每发现1类问题扣0.5分｜1.5｜13.5｜")
    text = _HEAD.format(total="97.46") + scores.format(d="1.54", p="28.46", dt="2.54", total="97.46")
    assert errors(text)[:1] == [("score_sum_mismatch", "28.46")]


def test_a_target_with_its_sign_before_words_is_lower_is_better() -> None:
    table = ("指标｜年度指标值｜实际完成值｜完成率\n租金水平｜≤市场租金的90%｜81.51%｜100%\n"
             "已竣工房源配租率｜≥95%｜82.41%｜86.75%\n")
    assert errors("保障性租赁住房项目绩效评价\n\n" + table) == []
