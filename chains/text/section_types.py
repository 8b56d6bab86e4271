"""Section types of report headings: the glossary's keyword table (``section_type``, ``title_types``).

A title is classified by the first keyword group it contains; order matters (see ``_TYPE_KEYWORDS``).
Pure: no I/O.
"""

from __future__ import annotations

SECTION_TYPES: tuple[str, ...] = (
    "overview",
    "basis",
    "goals",
    "funds",
    "financial_management",
    "implementation",
    "outputs",
    "benefits",
    "satisfaction",
    "conclusion",
    "problems",
    "suggestions",
    "table",
    "other",
)


#: Ordered (section type, keywords): the first group with a keyword in the title wins. Order matters:
#: "主要经验做法、存在的问题及原因分析" is about problems, "其他需要说明的问题" is not,
#: "项目资金绩效目标" is about goals, "绩效目标完成情况" about outputs.
_TYPE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("table", ("自评表", "绩效自评表", "评分表", "附件", "附表")),
    ("other", ("其他需要说明", "其他说明", "其它需要说明")),
    (
        "problems",
        ("存在的问题", "存在问题", "问题及原因", "发现的问题", "主要问题", "问题", "偏离", "原因分析"),
    ),
    (
        "conclusion",
        ("评价结论", "自评结论", "自评结果", "综合评价", "结论", "评分情况", "自评得分", "评价结果"),
    ),
    ("suggestions", ("建议", "改进措施", "整改措施", "改进", "措施", "下一步")),
    ("other", ("经验做法", "经验", "做法")),
    ("satisfaction", ("满意度",)),
    ("benefits", ("效益", "效果")),
    ("outputs", ("产出", "完成情况", "绩效情况", "指标分析", "绩效分析", "指标完成", "目标实现")),
    ("goals", ("绩效目标", "总体目标", "年度目标", "目标")),
    ("basis", ("立项依据", "依据", "必要性", "项目立项", "立项背景", "立项情况", "决策")),
    ("financial_management", ("财务管理", "资金管理情况", "资金管理", "会计核算")),
    (
        "funds",
        (
            "资金",
            "经费",
            "预算执行",
            "预算安排",
            "批复",
            "到位",
            "支出情况",
            "执行情况",
            "投入",
        ),
    ),
    (
        "implementation",
        (
            "组织实施",
            "实施及管理",
            "实施情况",
            "项目管理",
            "监管",
            "管理情况",
            "组织架构",
            "实施流程",
            "自评步骤",
            "自评工作",
            "评价工作",
            "工作开展",
            "过程",
            "组织",
        ),
    ),
    ("overview", ("概况", "基本情况", "概述", "简介", "主要内容", "项目内容", "单位职能", "职责")),
)


def section_type(title: str, parent_type: str | None = None) -> str:
    """Classify a heading title by the glossary's table; unknown → the parent's type or "other"."""
    for kind, words in _TYPE_KEYWORDS:
        if any(w in title for w in words):
            return kind
    return parent_type if parent_type else "other"


def title_types(title: str) -> set[str]:
    """Every section type a (possibly combined) title names: "存在的问题及改进措施" → problems, suggestions."""
    return {kind for kind, words in _TYPE_KEYWORDS if any(w in title for w in words)}
