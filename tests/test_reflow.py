"""Text copied out of a PDF reads as the report was written: lines cut at the page's width are joined, page headers
and footers dropped, and every character of the reading points back at itself in the text as given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chains.check import check
from chains.text.reflow import reflowed

PAGE = ("项目资金来源：中央重点生态保护修复治理资金620.00万元，由陕西省财政厅于2020年12月提前\n"
        "下达；省级配套资金180.00万元，2021年5月由陕财办资环〔2021〕39号下达；县级配套资金96.00\n"
        "万元。年初预算716.00万元，年中追加省级资金后全年预算896.00万元，资金全部到位。\n"
        "项目预算按用途分为：石门镇治理工程318.60万元、景村镇治理工程265.20万元、保安镇治理工程\n"
        "214.70万元，工程费合计798.50万元；勘查设计费42.30万元，工程监理费21.60万元，监测及验收\n"
        "费18.40万元，预留费15.20万元。\n"
        "全年执行823.12万元，预算执行率{rate}，年末结余72.88万元，全部结转至2022年继续用于保安镇治\n"
        "第 1 页 共 4 页\n"
        "\n"
        "洛南县自然资源局2021年度项目支出绩效自评报告\n"
        "理区工程尾款支付。三处工程均通过县公共资源交易中心公开招标，合同价合计798.50万元；委托监\n"
        "理单位全过程监理，资金按“计量—审核—支付”程序拨付，未发现挤占挪用，亩均治理成本2.58万元。\n"
        "第 2 页 共 4 页\n"
        "\n"
        "洛南县自然资源局2021年度项目支出绩效自评报告\n"
        "四、存在的问题\n"
        "一是省级资金下达较晚，保安镇治理区开工推迟；二是部分治理区后期管护责任主体尚未明确，需要\n"
        "与属地镇政府签订管护协议，落实3年管护期责任，确保治理成效长期稳定发挥，防止出现反弹现象。\n")


def test_lines_cut_at_the_pages_width_are_joined_and_page_furniture_dropped() -> None:
    shown, where = reflowed(PAGE.format(rate="91.87%"))  # type: ignore[misc]
    assert "县级配套资金96.00万元。" in shown and "保安镇治理区工程尾款支付" in shown
    assert "预留费15.20万元。\n全年执行" in shown  # a paragraph that ends short of the width keeps its break
    assert "第 1 页" not in shown and shown.count("洛南县自然资源局2021年度") == 0
    assert "\n四、存在的问题\n一是" in shown  # a heading keeps its line


def test_findings_on_a_pdf_copy_point_into_the_text_as_given() -> None:
    text = PAGE.format(rate="91.78%")
    found = [f for f in check(text).findings if f.severity == "error"]
    assert [(f.code, text[f.span[0] : f.span[1]]) for f in found] == [("rate_mismatch", "91.78%")]
    assert [f for f in check(PAGE.format(rate="91.87%")).findings if f.severity == "error"] == []


def test_a_table_continued_after_a_page_break_is_read_as_one_table() -> None:
    header = "一级指标 二级指标 三级指标 目标值 业绩值 完成率 分值 得分\n"
    table = (header + "预算执行 预算执行率 — 100% 95.94% 95.94% 10 9.59\n"
             "产出指标 数量指标 法律援助案件受理数 ≥320件 300件 93.75% 40 37.50\n"
             "第 3 页 共 4 页\n\n洛南县自然资源局2021年度项目支出绩效自评报告\n续表\n" + header +
             "效益指标 社会效益指标 为受援群众挽回经济损失 ≥500万元 463.20万元 92.64% 40 37.06\n"
             "满意度指标 服务对象满意度指标 受援群众满意度 ≥95% 95.80% 100.84% 10 10\n合计 100 {total}\n")
    def text(total: str) -> str:
        return PAGE.format(rate="91.87%").replace("四、存在的问题", table.format(total=total) + "四、存在的问题")

    shown, _ = reflowed(text("94.15"))  # type: ignore[misc]
    assert "续表" not in shown and shown.count("一级指标") == 1
    assert [f for f in check(text("94.15")).findings if f.severity == "error"] == []
    wrong = text("95.15")
    assert [(f.code, wrong[f.span[0] : f.span[1]]) for f in check(wrong).findings if f.severity == "error"] == [
        ("score_sum_mismatch", "95.15")]
    # a table whose columns end at the score says nothing of a 偏差原因 column it has not got
    assert not [f for f in check(text("94.15")).findings if f.code == "deviation_unexplained"]


def test_a_report_written_one_paragraph_per_line_is_left_as_it_is() -> None:
    text = "\n".join(line.replace("\n", "") for line in PAGE.split("第 1 页 共 4 页"))
    assert reflowed(text.replace("\n", "。\n")) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("资金万元，。、0123456789 \t|第页共—-")), max_size=45), max_size=30))
def test_every_character_of_the_reading_points_back_at_itself(lines: list[str]) -> None:
    text = "\n".join(lines)
    done = reflowed(text)
    if done is None:
        return
    shown, where = done
    assert len(where) == len(shown) + 1 and where[-1] == len(text)
    assert all(text[where[i]] == shown[i] for i in range(len(shown)))
    assert all(a < b for a, b in zip(where, where[1:], strict=False))


_PIECES = ["一级指标 二级指标 三级指标 权重 目标值 业绩值 完成率 指标得分 偏差原因分析", "年度 实际 分值 得分", "合计 100 ",
           "产出指标 数量指标 ", "≥1 750人 ", "1 784人 ", "10 ", "9.5 ", "96.19% ", "—", "第 1 页 共 4 页", "— 3 —",
           "全年预算", "896.00", "万元", "执行率", "91.87%", "，", "。", "其中", "结余", "自评得分", "95.86分", "\n", "\n\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=20, max_size=160), st.integers(min_value=12, max_value=40))
def test_check_never_raises_on_pdf_like_copies(pieces: list[str], width: int) -> None:
    flat = "".join(pieces)
    text = "\n".join(flat[i : i + width] for i in range(0, len(flat), width))
    for f in check(text).findings:
        assert 0 <= f.span[0] <= f.span[1] <= len(text) and f.message
        assert all(0 <= a <= b <= len(text) for a, b in f.related)


HAND_CUT = ("（二）资金来源及预算安排\n"
            "项目资金由省级财政下达，县财政局于2022年4月拨付到位，资金到位率100%，主要用于中医特色专科建设、适宜技术推广与\n"
            "设备购置，并支付上年度针灸推拿科设备尾款。项目年初预算174.60万元，全年预算224.60万元。\n"
            "当年财政拨款200.00万元按用途分为：中医特色专科建设80.00万元、中医适宜技术推广培训30.00万元、\n"
            "中医诊疗设备购置90.00万元。上年结转资金24.60万元，用于支付针灸推拿科设备尾款，已于6月全部\n"
            "支付完毕。项目由医院医务科牵头，财务科负责资金核算，设备科负责设备采购与验收，各科室按计划\n"
            "分工实施，医院每季度召开一次项目推进会，及时研究解决实施中遇到的问题，确保项目按期完成。全年\n"
            "共开展中医适宜技术培训12期，培训基层医务人员486人次，覆盖全市21个镇的卫生院和村卫生室，\n"
            "培训考核合格率达到98%以上，各镇卫生院均能开展6类以上中医适宜技术，服务量同比明显提升。\n"
            "中医诊疗设备购置共完成招标采购3批次，购置中药煎药机、熏蒸治疗仪、电针治疗仪等设备18台套，\n"
            "全部验收合格并投入使用，设备使用率达到90%以上，有效提升了医院中医诊疗服务的能力和水平。\n")


def test_a_copy_cut_by_hand_near_one_width_is_joined() -> None:
    shown, _ = reflowed(HAND_CUT)  # type: ignore[misc]
    assert "推广培训30.00万元、中医诊疗设备购置90.00万元。" in shown
    assert [f.code for f in check(HAND_CUT).errors] == []
    slip = HAND_CUT.replace("中医诊疗设备购置90.00万元", "中医诊疗设备购置80.00万元")
    assert "sum_mismatch" in {f.code for f in check(slip).errors}


def test_a_bare_figure_in_a_table_written_one_cell_per_line_is_no_page_number() -> None:
    cells = "\t项目资金（万元）\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t分值\n\t执行率\n\t得分\n\n" \
            "\t年度资金总额\n\t315.00\n\t450.00\n\t431.64\n\t10\n\t95.92%\n\t9.59\n"
    shown, _ = reflowed(HAND_CUT + cells)  # type: ignore[misc]
    assert "\t431.64\n\t10\n\t95.92%" in shown
