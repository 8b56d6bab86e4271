"""Streamlit's own words on the page in Chinese, and the few style rules the page needs for that.

Streamlit (1.67) takes a label, help text and placeholder for every widget, and the app passes Chinese
ones; but some of its words are built into the browser code and cannot be configured: the file
uploader's button and limit (``Upload``, ``200MB per file``), a selected file's ``Remove …``, the grid
toolbar's tooltips (``Add row``, ``Search``, ``Fullscreen`` …), the column menu's and the multiselect's
``Select all``, the code block's ``Copy to clipboard``, the text boxes' ``Press Enter to apply``.

``chrome_html()`` is one small ``st.html`` block (run once per page) whose script watches the page and
puts Chinese in place of exactly those strings — whole strings only, in Streamlit's own controls only
(never inside the app's markdown, the chat, a text box or a report's text), so a word in a report is
never touched. ``RULES`` is the one table the script and ``chinese()`` (its Python twin, for tests) use.
A string Streamlit renames in a later version simply stays English.
"""

from __future__ import annotations

import json
import re

#: (whole string as Streamlit 1.67 writes it, as a regular expression; Chinese, with \\1 for a group)
RULES: list[tuple[str, str]] = [
    (r"Upload", "上传"),
    (r"Upload directories", "上传文件夹"),
    (r"Add files", "添加文件"),
    (r"Drag and drop (?:a file|files|directories) here", "拖放文件到这里"),
    (r"(\d+(?:\.\d+)?\s?[KMGT]?B) per file", "单个文件不超过 \\1"),
    (r"Remove (.+)", "移除 \\1"),
    (r"Cancel upload of (.+)", "取消上传 \\1"),
    (r"file upload", "上传文件"),
    (r"Select all", "全选"),
    (r"Select (\d+) matches", "选择 \\1 个匹配项"),
    (r"Clear all", "全部清除"),
    (r"No results", "没有匹配的选项"),
    (r"Choose an option", "请选择"),
    (r"Choose options", "请选择（可多选）"),
    (r"Copy to clipboard", "复制到剪贴板"),
    (r"Copied!?", "已复制"),
    (r"Add row", "添加一行"),
    (r"Delete row\(s\)", "删除所选行"),
    (r"Show/hide columns", "显示/隐藏列"),
    (r"Download as CSV", "下载为 CSV"),
    (r"Search", "搜索"),
    (r"Fullscreen", "全屏"),
    (r"Close fullscreen", "退出全屏"),
    (r"Sort ascending", "升序排列"),
    (r"Sort descending", "降序排列"),
    (r"Format", "格式"),
    (r"Autosize", "自动列宽"),
    (r"Pin column", "固定此列"),
    (r"Unpin column", "取消固定"),
    (r"Hide column", "隐藏此列"),
    (r"Copy column name", "复制列名"),
    (r"\(index\)", "（行号）"),
    (r"Press Enter to apply", "按回车键确认"),
    (r"Press Enter to submit form", "按回车键提交"),
    (r"Press (?:⌘|Ctrl)\+Enter to apply", "按 Ctrl+回车 确认"),
    (r"Press (?:⌘|Ctrl)\+Enter to submit form", "按 Ctrl+回车 提交"),
    (r"Help for (.+)", "“\\1”的说明"),
    (r"Increment", "加一"),
    (r"Decrement", "减一"),
    (r"Open", "展开"),
    (r"Send message", "发送"),
    (r"Collapse sidebar", "收起侧栏"),
    (r"Expand sidebar", "展开侧栏"),
    (r"Skip to main content", "跳到正文"),
    (r"Sidebar", "侧栏"),
    (r"Chat message from assistant", "助手的消息"),
    (r"Chat message from user", "你的消息"),
    (r"Main menu", "主菜单"),
    (r"Link to heading", "链接到此标题"),
    (r"(\d+) options? available\.?", "共 \\1 个选项"),
    (r"[a-z_]+ icon", "图标"),
]

#: where a text node is Streamlit's own words (attributes — tooltips, labels for screen readers — are
#: translated anywhere but ``NEVER``; text only inside these)
CHROME = (
    '[data-testid="stFileUploader"], [data-testid="stTooltipContent"], [data-testid="InputInstructions"], '
    '[data-baseweb="popover"], [role="listbox"], [role="menu"], [role="dialog"] label, '
    '[data-testid="stDataFrameColumnVisibilityMenu"], [data-testid="stSkipToContent"], [role="log"], '
    '[data-testid="stMultiSelect"], [data-testid="stSelectbox"]'
)
#: never inside these: the app's own text and whatever a person typed or pasted
NEVER = 'textarea, input, code, pre, .ra-doc, [data-testid="stChatMessage"], [data-testid="stFileUploaderFileName"]'
#: attributes are set by Streamlit or the app, never typed: only those inside a report's or a message's text stay
NEVER_ATTRS = 'code, pre, .ra-doc, [data-testid="stChatMessage"] [data-testid="stMarkdownContainer"]'

#: a marker class: the carrier element is hidden, its style and script stay in force
CARRIER = "ra-page-chrome"

STYLE = f"""
<style>
[data-testid="stElementContainer"]:has(.{CARRIER}) {{display: none;}}
/* a message's own line breaks are kept (markdown would join its lines into one paragraph) */
[data-testid="stChatMessage"] [data-testid="stMarkdownContainer"] p {{white-space: pre-line;}}
</style>
"""

_SCRIPT = """
<script>
(() => {
  if (window.__raPageChrome) return;
  window.__raPageChrome = true;
  const rules = RULES_JSON.map(([p, r]) => [new RegExp("^(?:" + p + ")$"), r.replace(/\\\\(\\d)/g, "$$$1")]);
  const chrome = CHROME_JSON, never = NEVER_JSON, neverAttrs = NEVER_ATTRS_JSON;
  const attrs = ["aria-label", "title", "placeholder"];
  const zh = (s) => {
    const t = s.trim();
    if (!t || !/[A-Za-z]/.test(t)) return null;
    for (const [re, to] of rules) if (re.test(t)) return s.replace(t, t.replace(re, to));
    return null;
  };
  const fixText = (n) => {
    const p = n.parentElement;
    if (!p || p.closest(never) || !p.closest(chrome)) return;
    const v = zh(n.nodeValue);
    if (v !== null && v !== n.nodeValue) n.nodeValue = v;
  };
  const fixAttrs = (e) => {
    if (e.closest(neverAttrs)) return;
    for (const a of attrs) {
      const v = e.getAttribute(a);
      if (v === null) continue;
      const z = zh(v);
      if (z !== null && z !== v) e.setAttribute(a, z);
    }
  };
  const walk = (root) => {
    if (root.nodeType === 3) { fixText(root); return; }
    if (root.nodeType !== 1) return;
    fixAttrs(root);
    root.querySelectorAll("[aria-label], [title], [placeholder]").forEach(fixAttrs);
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (w.nextNode()) fixText(w.currentNode);
  };
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === "childList") c.addedNodes.forEach(walk);
      else if (c.type === "characterData") fixText(c.target);
      else if (c.type === "attributes") fixAttrs(c.target);
    }
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                             attributeFilter: attrs});
  walk(document.body);
})();
</script>
"""


def chrome_html() -> str:
    """The ``st.html(..., unsafe_allow_javascript=True)`` body: the style rules and the translating script."""
    script = (
        _SCRIPT.replace("RULES_JSON", json.dumps(RULES, ensure_ascii=False))
        .replace("CHROME_JSON", json.dumps(CHROME))
        .replace("NEVER_ATTRS_JSON", json.dumps(NEVER_ATTRS))
        .replace("NEVER_JSON", json.dumps(NEVER))
    )
    return f'<div class="{CARRIER}"></div>{STYLE}{script}'


def chinese(text: str) -> str | None:
    """What the script shows instead of ``text`` (a whole Streamlit string); None when it keeps it."""
    t = text.strip()
    for pattern, to in RULES:
        if re.fullmatch(pattern, t):
            return text.replace(t, re.sub(f"^(?:{pattern})$", to, t))
    return None
