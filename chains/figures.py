"""Key figures of one project (``shared/schema/figures.schema.json``) as a pydantic model.

Reading and writing is lossless: unknown fields are kept (``extra="allow"``) and only fields that
were set are written back (``exclude_unset``). Validation errors name the field in Chinese.
Amounts are kept as the JSON numbers they were; use ``dec()`` to compute with them exactly.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from chains.errors import FiguresError, InputError

FIELD_NAMES_ZH: dict[str, str] = {
    "project_name": "项目名称",
    "department": "主管部门/实施单位",
    "region": "地区",
    "year": "评价年度",
    "category": "项目类别",
    "unit": "金额单位",
    "budget": "预算",
    "initial": "年初预算数",
    "annual": "全年预算数",
    "received": "实际到位资金",
    "spent": "全年执行数",
    "sources": "资金来源",
    "central": "中央资金",
    "provincial": "省级资金",
    "municipal": "市级资金",
    "county": "县区级资金",
    "carryover": "上年结转资金",
    "other": "其他资金",
    "goals": "年度总体目标",
    "content": "项目主要内容",
    "indicators": "绩效指标",
    "level1": "一级指标",
    "level2": "二级指标",
    "name": "三级指标名称",
    "target": "年度指标值",
    "actual": "实际完成值",
    "weight": "分值",
    "score": "得分",
    "deviation_note": "偏差原因分析",
    "total_score": "自评总分",
    "grade": "评价等级",
    "problems": "存在的问题",
    "measures": "改进措施",
}


def dec(value: Decimal | float | int | str | None) -> Decimal | None:
    """Exact decimal of a JSON number as it was written (``0.1`` → ``Decimal('0.1')``)."""
    if value is None:
        return None
    return Decimal(str(value)) if not isinstance(value, Decimal) else value


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


def _number(v: Any) -> Any:
    """A JSON number as given: ints stay ints (``100`` is written back as ``100``, not ``100.0``)."""
    if isinstance(v, bool):
        raise ValueError("必须是数字")
    if isinstance(v, float) and not math.isfinite(v):
        raise ValueError("必须是有限的数字")
    if isinstance(v, str):  # "100" from a form: accepted as the number it spells, else a clear message
        text = v.strip().replace(",", "")
        try:
            number = float(text)
        except ValueError:
            raise ValueError("必须是数字") from None
        if not math.isfinite(number):
            raise ValueError("必须是有限的数字")
        return int(text) if text.lstrip("-").isdigit() else number
    return v


#: int or float, kept as given; no bool, NaN or infinity
Number = Annotated[int | float, BeforeValidator(_number)]


def _non_negative(v: float | None) -> float | None:
    if v is not None and v < 0:
        raise ValueError("必须是非负数")
    return v


class Budget(_Open):
    initial: Number | None = None
    annual: Number | None = None
    received: Number | None = None
    spent: Number | None = None

    _check = field_validator("initial", "annual", "received", "spent")(classmethod(lambda cls, v: _non_negative(v)))


class Sources(_Open):
    central: Number | None = None
    provincial: Number | None = None
    municipal: Number | None = None
    county: Number | None = None
    carryover: Number | None = None
    other: Number | None = None

    _check = field_validator("central", "provincial", "municipal", "county", "carryover", "other")(
        classmethod(lambda cls, v: _non_negative(v))
    )


class Indicator(_Open):
    level1: str | None = None
    level2: str | None = None
    name: str
    target: str | None = None
    actual: str | None = None
    weight: Number | None = None
    score: Number | None = None
    deviation_note: str | None = None

    _check = field_validator("weight", "score")(classmethod(lambda cls, v: _non_negative(v)))

    @field_validator("target", "actual", mode="before")
    @classmethod
    def _number_as_text(cls, v: Any) -> Any:
        # Users (and spreadsheets) often give a bare number; the schema keeps the text as written.
        if isinstance(v, int | float) and not isinstance(v, bool):
            return str(v)
        return v


class Figures(_Open):
    id: str | None = None
    project_name: str
    department: str | None = None
    region: str | None = None
    year: int
    category: str | None = None
    unit: str | None = Field(default=None, pattern="^(元|万元|亿元)$")
    budget: Budget | None = None
    sources: Sources | None = None
    goals: str | None = None
    content: str | None = None
    indicators: list[Indicator] | None = None
    total_score: Number | None = None
    grade: str | None = None
    problems: list[str] | None = None
    measures: list[str] | None = None

    @field_validator("year", mode="before")
    @classmethod
    def _year_is_a_number(cls, v: Any) -> Any:
        if isinstance(v, bool):
            raise ValueError("必须是数字")
        return v

    @field_validator("project_name")
    @classmethod
    def _named(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("不能为空")
        return v

    @field_validator("year")
    @classmethod
    def _plausible_year(cls, v: int) -> int:
        if not 1990 <= v <= 2100:
            raise ValueError("应为四位年份，如 2023")
        return v

    @field_validator("total_score")
    @classmethod
    def _score_range(cls, v: float | None) -> float | None:
        if v is not None and not 0 <= v <= 100:
            raise ValueError("应在 0 到 100 之间")
        return v

    # -- exchange format -------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any) -> Figures:
        if not isinstance(data, dict):
            raise FiguresError("关键数据应为 JSON 对象（{...}）。")
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            problems = [_zh_error(e) for e in exc.errors()]
            raise FiguresError("关键数据有误：" + "；".join(problems), problems) from None

    @classmethod
    def from_json(cls, text: str) -> Figures:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InputError(f"关键数据不是有效的 JSON：第 {getattr(exc, 'lineno', '?')} 行附近格式错误。") from None
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_unset=True)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    # -- convenience ------------------------------------------------------------------------
    @property
    def money_unit(self) -> str:
        return self.unit or "万元"


def _zh_error(err: Any) -> str:
    """One pydantic error as a Chinese sentence naming the field (“全年预算数必须是非负数”)."""
    loc = [p for p in err.get("loc", ()) if not isinstance(p, int)]
    idx = [p for p in err.get("loc", ()) if isinstance(p, int)]
    field_name = FIELD_NAMES_ZH.get(str(loc[-1]), str(loc[-1])) if loc else "数据"
    prefix = f"第{idx[0] + 1}个指标的" if idx and loc and loc[0] == "indicators" else ""
    kind = err.get("type", "")
    msg = str(err.get("msg", ""))
    if kind == "missing":
        text = "不能为空"
    elif kind.startswith(("float", "int", "decimal")):
        text = "必须是数字"
    elif kind.startswith("string"):
        text = "必须是文本" if kind == "string_type" else "应为 元、万元 或 亿元"
    elif kind == "list_type":
        text = "应为列表"
    elif kind in ("model_type", "dict_type"):
        text = "应为对象"
    elif kind == "value_error":
        text = msg.removeprefix("Value error, ")
    else:
        text = "格式不正确"
    return f"{prefix}{field_name}{text}"
