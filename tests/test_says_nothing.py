"""``says_nothing``: a passage with nothing to borrow (phrasing search drops it)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.vocabulary import says_nothing


@pytest.mark.parametrize(
    "passage", ["无。", "  无  ", "暂无。", "没有问题。", "", "我校生均公用经费项目运转正常，暂无问题。", "经自查，未发现明显问题。"]
)
def test_passages_with_nothing_in_them(passage: str) -> None:
    assert says_nothing(passage)


@pytest.mark.parametrize(
    "passage",
    [
        "一是预算编制偏宽，零配件未到更换周期；二是运维费考核滞后。",
        "无人机巡查覆盖率不足，部分乡镇未开展。",
        "经自查，资金使用未发现问题，但项目前期论证不充分，部分设备采购延迟，导致执行进度滞后于计划。",
    ],
)
def test_passages_with_substance(passage: str) -> None:
    assert not says_nothing(passage)


@given(st.text(max_size=200))
def test_says_nothing_never_raises(text: str) -> None:
    assert says_nothing(text) in (True, False)
