"""The words that name a quantity in running text (年初预算 → ``initial_budget``, 执行率 → ``execution_rate``),
the kind of figure each quantity takes, and each quantity's Chinese name. Data only."""

from __future__ import annotations

import re

QUANTITY_NAMES_ZH: dict[str, str] = {
    "initial_budget": "年初预算数",
    "annual_budget": "全年预算数",
    "approved_budget": "批复数",
    "received": "到位资金",
    "issued": "下达资金",
    "budget_adjustment": "预算调整数",
    "total_investment": "总投资",
    "spent": "执行数",
    "balance": "结余",
    "carry_forward": "结转资金",
    "execution_rate": "执行率",
    "received_rate": "到位率",
    "completion_rate": "完成率",
    "balance_rate": "结余率",
    "satisfaction": "满意度",
    "weight": "分值",
    "score": "得分",
    "total_score": "总分",
    "average": "平均值",
}

# keyword → quantity; longest keywords first in the regex so 执行率 beats 执行, 年初预算 beats 预算
KEYWORDS: dict[str, str] = {
    "预算执行率": "execution_rate", "执行率": "execution_rate", "支出率": "execution_rate",
    "使用率": "execution_rate", "支付率": "execution_rate", "执行进度": "execution_rate", "完成预算": "execution_rate",
    "支出进度": "execution_rate", "支付进度": "execution_rate",
    "到位率": "received_rate", "完成率": "completion_rate", "结余率": "balance_rate",
    "满意度": "satisfaction", "满意率": "satisfaction", "好评率": "satisfaction",
    "年初预算": "initial_budget", "年初批复": "initial_budget", "年初安排": "initial_budget",
    "全年预算": "annual_budget", "调整后预算": "annual_budget", "预算总额": "annual_budget",
    "预算资金": "annual_budget", "预算数": "annual_budget", "预算": "annual_budget", "安排": "annual_budget",
    "总投资": "total_investment", "计划投资": "total_investment", "概算": "total_investment",
    "批复": "approved_budget", "核定": "approved_budget",
    "到位": "received", "收到": "received", "拨入": "received",
    "下达": "issued", "拨付": "issued", "预拨": "issued", "分配": "issued", "转移支付": "issued",
    "追加": "budget_adjustment", "调增": "budget_adjustment", "调减": "budget_adjustment",
    "调整": "budget_adjustment", "核减": "budget_adjustment",
    "节约": "balance", "节余": "balance",
    # energy saved by running the thing, said against last year or the old lamps: a change, no fund's remainder
    "节约电费": "change", "节约用电": "change", "节约用水": "change", "节约燃油": "change", "节约能耗": "change",
    "节约电量": "change", "节省电费": "change", "上年结转": "carryover", "上年结余": "carryover", "以前年度结余": "carryover",
    "上年度结余": "carryover", "上年结转结余": "carryover", "上年度结转结余": "carryover", "以前年度结转结余": "carryover", "上年度结转": "carryover", "以前年度结转": "carryover", "上年度结余的资金": "carryover",
    "自筹": "other_funds",
    "单价": "unit_price", "标准": "unit_price", "每": "unit_price", "生均": "unit_price", "人均": "unit_price",
    "户均": "unit_price",
    "全年执行": "spent", "执行": "spent", "支出": "spent", "支付": "spent", "使用": "spent", "开支": "spent",
    "兑付": "spent", "兑现": "spent", "实际发放": "spent", "累计发放": "spent", "全年发放": "spent",
    "结余": "balance", "余额": "balance", "未使用": "balance", "剩余": "balance", "尚余": "balance", "未支出": "balance", "尚未支出": "balance",
    "未执行": "balance", "未动用": "balance", "未支付": "balance", "尚未支付": "balance", "未拨付": "balance", "尚未拨付": "balance",
    "未结算": "balance", "尚未结算": "balance", "余下": "balance",
    "结转": "carry_forward",
    "平均": "average", "年均": "average", "季均": "average", "月均": "average",
    "总得分": "total_score", "自评得分": "total_score", "自评总分": "total_score", "总分": "total_score", "满分": "max_score",
    "综合得分": "total_score", "得分合计": "total_score", "评价得分": "total_score", "最终得分": "total_score", "项目得分": "total_score",
    "综合评分": "total_score", "总评分": "total_score",
    "得分": "score", "分数": "score", "自评分": "score",
    "分值": "weight", "权重": "weight",
}

QUANTITY_KIND: dict[str, str] = {
    "execution_rate": "percent", "received_rate": "percent", "completion_rate": "percent",
    "balance_rate": "percent", "satisfaction": "percent",
    "initial_budget": "money", "annual_budget": "money", "approved_budget": "money", "received": "money",
    "spent": "money", "balance": "money", "carry_forward": "money", "issued": "money",
    "budget_adjustment": "money", "carryover": "money", "other_funds": "money", "total_investment": "money",
    "total_score": "score", "score": "score", "weight": "score", "max_score": "score",
}

# -- words around a figure that decide its quantity (``quantities.link_mentions``) ---------------------------

PER_HEAD = re.compile(r"(?:人均|户均|生均|亩均|次均|场均|座均|校均|村均|每(?:人|户|生|名|亩|座|所|村|校|场|期|班))[^，,；;。\d]{0,8}$")
SCORE_TOTAL_BEFORE = re.compile(r"(?:合计|总计|共计|总分|总得分)(?:为|得分)?[：:]?\s*$")
BALANCE_AFTER = re.compile(r"\s*(?:形成|作为|列为|转为)(?:结余|结存)")
STILL_HAD = re.compile(r"(?:尚有|还有|仍有|尚余)$")
UNSPENT_AFTER = re.compile(r"\s*(?:尚)?未(?:支出|支付|使用|执行|发放|兑付|拨付(?![到至]))")  # (未拨付到位: not arrived)
FUND_NAME_END = re.compile(r"(?:经费|资金)[为是共计达]*$")
COUNTED = re.compile(r"^[个家人次项所座处条户名台辆套批件]")
THING_USED = re.compile(r"(?:苗木|种子|良种|设备|设施|场地|场馆|床位|车辆|器材|平台|系统|药品|疫苗|化肥|农药|有机肥)$")
REST_AFTER = re.compile(r"[，,；;]\s*(?:其余|余下|其他的?|另有)")  # "…，其余3.68万元": the rest, named apart
CARRIED_IN = re.compile(r"(?:19|20)\d{2}年(?:度)?结转(?:的|来的|下来的)")
PER_GRANT = re.compile(r"[^\d，,。；;：:\s]{1,2}(?:补助|补贴|奖补|奖励|资助|发放|拨付|安排)?[ \t\u3000]*")

#: "预算支出60万元" right before its figure is what was spent of the budget, not a kind of spending
_SPENT_OF_BUDGET = re.compile(r"(?:为|达|共|计)?")
_BARE_BUDGET = re.compile(r"(?:^|[^\u4e00-\u9fff]|[年度的])预算$")  # not 专项预算 / 公共预算 / 部门预算
_THIS_PROJECT = re.compile(r"(?:^|[^\u4e00-\u9fff]|[本该])项目$")  # "本项目支出…", not 部门预算项目支出
_SPENDING_KINDS = {"项目", "预算", "基本", "专项", "人员", "公用", "经常", "资本", "一般", "其他"}


ITEM_PAID = re.compile(r"[\u4e00-\u9fff]{1,6}(?:补助|补贴)")  # "发放监护补助…": the item the verb pays
LEFT_WORD = re.compile(r"未结算|未支付|未拨付|尾款|质保金|保证金")  # what is left unpaid of a listed part
#: "、农民工工资支付监管平台运维费24.60万元": a list item whose name holds the verb (a noun before it, a fee's name after)
_IN_ITEM_NAME = re.compile(r"、(?!.*(?:已|向|对|给|为|共|实际|累计|全年))[\u4e00-\u9fff]{2,12}$")
_PROJECT_AFTER = re.compile(r"[\u4e00-\u9fff]{2,16}(?:项目|工程)")
_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{2,12}(?:费|经费|资金|补助|补贴)$")


def verb_in_a_name(verb: str, before: str, after: str) -> bool:
    """Whether a verb (支付 / 拨付 / 使用 / 执行), with ``before`` it (its line so far) and ``after`` it up to the figure,
    stands inside a listed item's name rather than saying what was done with the figure."""
    if verb not in ("支付", "拨付", "使用", "执行"):
        return False
    if before.endswith("、"):  # "、支付蜂农养殖补助资金项目78.40万元": a listed project named for what it pays
        return _PROJECT_AFTER.fullmatch(after) is not None
    return _IN_ITEM_NAME.search(before) is not None and _NAME_AFTER.fullmatch(after) is not None


def kind_of_spending(before: str, after: str, kinds: bool) -> bool:
    """Whether 支出, with ``before`` and ``after`` it up to the figure, names a kind of spending (项目支出 / 基本支出 …)
    rather than what was spent. ``kinds``: the report speaks of 基本支出, so 项目支出 is one kind among them."""
    if before[-2:] not in _SPENDING_KINDS or not _SPENT_OF_BUDGET.fullmatch(after):
        return before[-2:] in _SPENDING_KINDS
    if before[-2:] == "预算":
        return not _BARE_BUDGET.search(before)
    return kinds or not _THIS_PROJECT.search(before)


#: money carried in, said after its amount: "2022年度项目结转资金86.40万元一并纳入年度预算"
CARRIED_INTO = re.compile(r"\s*(?:已)?(?:一并|全部)?(?:纳入|并入|列入)(?:本年|当年|本年度|年度)?(?:预算|资金总额)")


def quantity_after(text: str, end: int, quantity: str | None, start: int = 0) -> str | None:
    """The quantity the words right after an amount make it: left over ("…87.70万元形成结余", "尚有13.83万元未支出"), or
    carried into this year's budget (a 结转 "…86.40万元一并纳入年度预算"); None when they say nothing of it."""
    if BALANCE_AFTER.match(text, end) or STILL_HAD.search(text, max(0, start - 3), start) and UNSPENT_AFTER.match(text, end):
        return "balance"
    if quantity == "carry_forward" and CARRIED_INTO.match(text, end):
        return "carryover"
    if quantity == "balance" and text.endswith("剩余", 0, start) and ARRIVES_LATER.match(text, end):
        return "issued"  # "省级补助年内到位12.00万元，剩余6.00万元于2024年1月到位": the rest of a grant, arriving later
    return None


ARRIVES_LATER = re.compile(r"(?:资金)?[于在]?\s*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:前|后|内)?(?:才|已|陆续)?"
                           r"(?:到位|到账|下达|拨付|拨入)")
