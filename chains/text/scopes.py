"""Numbered sub-items of a report ("1.青少年管理事务工作经费。该项目财政拨入资金30万元……"): the part of the text
each speaks for, so that its figures are read as that sub-item's and not the whole project's."""

from __future__ import annotations

import re

_ITEM_HEAD = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}[.、．]|（\d{1,2}）|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)"
    r"[ \u3000]*(?:(?P<name>[^。：:\n，,；]{1,30}?(?:项目|资金|经费|费用|专项|补贴|补助|工程|基金)|[^。：:\n，,；0-9]{2,12})[。：:]"
    # "1．安家补贴310.00万元。预算320.00万元，执行率96.88%": a sub-item named with its amount, then its own sentences
    r"|(?P<named>[^。：:\n，,；\d]{2,20}?(?:补贴|补助|奖励|经费|费用))(?=\d[\d,.]*万?元。))",
    re.M,
)
# an enumerated paragraph that opens a section of the report, not a sub-item
_SECTION_WORDS = re.compile(r"(?:情况|分析|概况|目标|措施|建议|问题|做法|结论|依据|背景|目的|过程|方法|说明|成效|经验|评价|步骤|"
                            r"安排|来源|构成|管理|使用|执行|分配|实施|组织)$")
# "2. 资金到位：" / "4. 资金结余：" / "（一）预算执行：": parts of the report on the whole project's money
_SECTION_STARTS = ("资金", "预算", "项目资金", "绩效", "项目绩效", "项目预算")
_ENUMERATED_LINE = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}[.、．]|（\d{1,2}）|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)", re.M
)


def scope_index(text: str) -> list[tuple[int, str]]:
    """(start offset, sub-item name) for every numbered sub-item head; headings reset to the document."""
    out: list[tuple[int, str]] = []
    for lm in _ENUMERATED_LINE.finditer(text):
        line_end = text.find("\n", lm.start())
        line_end = len(text) if line_end < 0 else line_end
        m = _ITEM_HEAD.match(text, lm.start(), line_end)
        name = (m.group("name") or m.group("named")).strip() if m else ""
        if m is not None and name and not _SECTION_WORDS.search(name) and not name.startswith(_SECTION_STARTS) \
                and line_end - m.end() > 4:
            out.append((lm.start(), name))
            out.append((line_end, ""))  # a sub-item's figures stay in its paragraph
        else:
            out.append((lm.start(), ""))
    out.sort(key=lambda x: x[0])
    return out
