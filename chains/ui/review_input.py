"""Which input the 审阅 page reviews, and what it says about it.

The page has a file uploader and a text box. When both hold something, the one the user changed last is
reviewed and the page says which (``latest_input`` remembers the file's id and a digest of the text from one
run to the next). Text that is not a self-evaluation report at all — random characters, a letter — is
told so (``chains.review.reviewing.looks_like_report``, the batch review's own test) instead of being
critiqued into a green "没有发现问题".
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from chains.review.reviewing import looks_like_report

FILE, TEXT = "file", "text"
NOT_A_REPORT = (
    "未识别为绩效自评报告：正文中几乎没有预算、资金、绩效、指标等用语，因此没有审阅。"
    "请确认上传或粘贴的是项目支出绩效自评报告的全文。"
)


def latest_input(seen: Mapping[str, str | None], file_id: str | None, text: str) -> tuple[str, dict[str, str | None]]:
    """(``"file"``, ``"text"`` or ``""``, what to remember for the next run).

    ``seen`` is what the previous run remembered. With only one input present, that one; with both, the one
    that changed since the previous run; when neither changed, the one chosen before (the file, if nothing
    was chosen yet: it is what the old page showed).
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest() if text.strip() else None
    has_file, has_text = file_id is not None, digest is not None
    file_changed = has_file and file_id != seen.get(FILE)
    text_changed = has_text and digest != seen.get(TEXT)
    if not has_file and not has_text:
        choice = ""
    elif has_file != has_text:
        choice = FILE if has_file else TEXT
    elif file_changed != text_changed:
        choice = FILE if file_changed else TEXT
    else:
        choice = seen.get("last") or FILE
    return choice, {FILE: file_id, TEXT: digest, "last": choice or seen.get("last")}


def source_note(choice: str, file_name: str | None, both: bool) -> str:
    """What the page says about the input it shows."""
    name = f"“{file_name}”" if file_name else ""
    if choice == FILE and both:
        return (
            f"正在审阅上传的文件{name}（最近一次的输入）；粘贴框中的文本未审阅。"
            "修改粘贴的文本即改为审阅文本，移除文件亦同。"
        )
    if choice == TEXT and both:
        return (
            f"正在审阅粘贴的文本（最近一次的输入）；上传的文件{name}未审阅。"
            "重新上传文件即改为审阅文件，清空文本框亦同。"
        )
    return f"正在审阅上传的文件{name}。" if choice == FILE else "正在审阅粘贴的文本。"


def is_report(text: str) -> bool:
    """Whether the text reads like a self-evaluation report at all (the batch review's own test)."""
    return looks_like_report(text)
