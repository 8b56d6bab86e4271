"""Words the whole tool shares, defined once: severity labels, grade bands, the table cell separator,
and the phrases that say "no problem". Pure constants and one lookup; imports nothing of ``chains``.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: a finding's severity as the reader sees it
SEVERITY_LABELS: dict[str, str] = {"error": "错误", "warning": "提示", "info": "信息"}
#: a figures-validation issue's severity (before any report exists: what the user still has to do)
ISSUE_LABELS: dict[str, str] = {"error": "需核实", "warning": "待补充", "info": "提示"}

#: grade bands of rules.md §6: the lowest score of each grade, best first
GRADE_BANDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(90), "优"),
    (Decimal(80), "良"),
    (Decimal(60), "中"),
    (Decimal(0), "差"),
)
#: grade labels as reports write them → the rules' names (rules §6)
GRADE_SYNONYMS: dict[str, str] = {
    "优": "优", "优秀": "优",
    "良": "良", "良好": "良",
    "中": "中", "中等": "中", "一般": "中", "合格": "中",
    "差": "差", "较差": "差", "不合格": "差",
}  # fmt: skip
#: each grade with its band, as a message names it
GRADE_BAND_NAMES: dict[str, str] = {
    "优": "优（90分及以上）", "良": "良（80–90分）", "中": "中（60–80分）", "差": "差（60分以下）",
}  # fmt: skip


def total_rounded(written: Decimal, value: Decimal) -> bool:
    """Whether a total score ``written`` with its own decimals (98) is ``value`` (97.60) rounded (rules §8); a full
    100 is a claim of full marks, never a rounding of points lost."""
    exponent = written.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    full = written >= 100 > value
    return not full and abs(value - written) <= Decimal(5).scaleb(-(places + 1)) + Decimal("1e-9")


def grade_of(score: Decimal | float | int, bands: tuple[tuple[Decimal, str], ...] = GRADE_BANDS) -> str:
    """The grade a total score earns (rules.md §6)."""
    value = Decimal(str(score))
    for lowest, grade in bands:
        if value >= lowest:
            return grade
    return bands[-1][1]


#: proportions that cannot pass 100% (completion, growth and decline rates can)
#: words that put a figure in the year before the evaluated one ("上年为良", "上年底基数")
LAST_YEAR = re.compile(r"上年|去年|上一年|前一年|往年|基期")

CAPPED_RATE = re.compile(
    r"满意度|满意率|执行率|到位率|合格率|食用率|及时率|覆盖率|达标率|知晓率|获取率|处置率|办结率|查办率|优良率|使用率|"
    r"参保率|入学率|完好率|准确率|正确率|通过率|验收率|好评率|覆盖面|普及率|入园率|巩固率|投保率|救治率|结案率|"
    r"相符率|符合率|登记率|精准率|识别率|发放率|兑付率|处理率|回收率|到岗率|在岗率|纳入率|建档率|入户率|参与率|报到率|到课率|出勤率|就业率|"
    r"清扫率|机械化率|数字化率|入库率|供餐率|配备率|安装率|清运率|收集率|开通率|在线率|出具率|接收率|保存率|成活率|存活率|"
    r"稳岗率|签约率|接种率|筛查率|管理率|随访率|体检率|建档立卡率|治愈率|受理率|回访率|上报率|审核率|录入率|速报率|到报率|报送率|整改率|补种率|销号率|办理率|答复率|回复率|核查率|接通率|网办率|免疫密度|免疫率|"
    r"检测率|检出率|诊断率|控制率|血压率|测量率|规范率|发现率|复核率|抽检率|检验率|监测率|检查率|核验率|落实率|响应率|消除率|修复率|"
    r"有效率|撤离率|疏散率|转移率|安置率|参训率|取证率|持证率|到场率|到会率|参会率|出席率|送达率|归档率|公示率|救助率|资助率|"
    r"成品率|出苗率|发芽率|上座率|入住率|到校率|准时率|准点率|正点率|亮灯率|运行率|利用率|应答率|放行率|防效|防治效果|"
    r"可用率|可办率|正常率|畅通率|联网率|接入率|一致率|吻合率"
)

#: how a 绩效自评表 row's cells are separated in text (Word tables are written this way)
CELL_SEP = "｜"

#: an answer or a passage that only says there is no problem
NOTHING_ONLY = re.compile(r"^[\s\t]*(?:无|暂无|没有|不存在|无问题|暂无问题|没有问题|不存在问题|未发现问题)[。.；;！!\s]*$")
SAYS_NO_PROBLEM = re.compile(r"暂无问题|无问题|没有问题|不存在问题|未发现(?:明显)?问题|未发现不足")


def says_no_problem(answer: str) -> bool:
    """Whether an answer is only "no problem" (无 / 暂无问题 / 没有问题。 …)."""
    return bool(NOTHING_ONLY.match(answer))


def says_nothing(passage: str) -> bool:
    """Whether a passage only says there is nothing to say: 无。, 暂无问题, or one short sentence that
    there are no problems. Such a passage is no phrasing to borrow (and a reviewer flags it)."""
    stripped = passage.strip()
    if not stripped:
        return True
    if len(stripped) <= 8 and NOTHING_ONLY.match(stripped):
        return True
    return len(stripped) <= 40 and bool(SAYS_NO_PROBLEM.search(stripped))

#: a cell or phrase that stands for a value still to be given (a draft's slot): the value is unknown, not absent
PLACEHOLDER = re.compile(r"待补充|待填(?:写|报)?|待核实|待定|【[^】]{0,20}】")


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is a slot for a value still to be given (待补充, 【金额】…), not a value."""
    return bool(PLACEHOLDER.search(text))
