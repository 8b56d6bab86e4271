"""Streamlit page: wires widgets to functions in ``chains``; no business logic here.

Modes (sidebar): 起草 (chat → checked draft), 审阅 (critique), 批量审阅 (many files or a zip → a saved,
filterable worksheet), 范文 (example phrasing), 语料库 (index).
Every ``ReportError`` is turned into a message in ``attempt``; nothing else catches them.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from typing import Any

import streamlit as st

from chains.conversation import chat
from chains.conversation import files as chat_io
from chains.conversation import panel as chat_panel
from chains.conversation.store import Store
from chains.errors import ReportError
from chains.findings_html import STYLE, highlight_html
from chains.settings import Settings
from chains.ui import corpus_view, draft_view, page_chrome
from chains.ui.highlight import coverage_rows, finding_rows

st.set_page_config(page_title="绩效自评报告助手", page_icon=":material/description:", layout="wide")
PAGE_CSS = """
<style>
[data-testid="stAppDeployButton"], [data-testid="stMainMenu"] {display: none;}
[data-testid="stMetricValue"] {font-size: 1.5rem;}
[class*="st-key-open_"] button p {overflow: hidden; text-overflow: ellipsis; white-space: nowrap;}
</style>
"""
st.markdown(STYLE + PAGE_CSS, unsafe_allow_html=True)
st.html(page_chrome.chrome_html(), unsafe_allow_javascript=True)  # Streamlit's own words in Chinese

MODES = ["起草", "审阅", "批量审阅", "范文", "语料库"]
# -- plumbing ---------------------------------------------------------------------------------


def attempt(fn: Callable[..., Any], *args: Any, quiet: bool = False, **kwargs: Any) -> Any:
    """The one place a ``ReportError`` becomes a message on the page; returns None on failure."""
    try:
        return fn(*args, **kwargs)
    except ReportError as exc:
        if not quiet:
            st.error(str(exc))
        return None


def get_settings() -> Settings:
    secrets: dict[str, object] | None
    try:
        secrets = dict(st.secrets) if st.secrets.load_if_toml_exists() else None
    except Exception:  # an unreadable secrets.toml: the environment alone
        secrets = None
    return Settings.from_env(os.environ, secrets)


@st.cache_resource(show_spinner=False)
def get_store(data_dir: str) -> Store:
    return Store.open(data_dir)


@st.cache_resource(show_spinner="正在准备范文库索引（首次使用需几秒）…")
def get_retriever(data_dir: str, host: str, port: int, embedder: str) -> Any:
    from chains.retrieval.search import get_retriever as build_retriever

    return build_retriever(get_settings())


def retriever(settings: Settings) -> Any:
    return attempt(
        get_retriever, str(settings.data_dir), settings.chroma_host, settings.chroma_port, settings.embedder
    )


def backend_status(settings: Settings) -> tuple[str, str]:
    from chains.llm import build_llm

    backend = attempt(build_llm, settings)
    if backend is None:
        return "离线模板", "模型设置有误"
    return backend.status.label, backend.status.detail


# -- conversations ----------------------------------------------------------------------------


def current_chat(store: Store) -> chat.ChatState:
    """The open conversation: this session's (with what another tab saved to it since), the one in the URL
    (?c=…), or a new one. A new tab never opens another tab's conversation by itself: the history and
    ``offer_recent`` offer the saved ones."""
    if "chat" in st.session_state:
        cid = st.session_state.get("cid")
        if cid and store.version(cid) not in (None, st.session_state.get("chat_version")):
            loaded = store.load_versioned(cid)  # another tab saved this conversation: show its answers too
            if loaded is not None:
                st.session_state["chat"], st.session_state["chat_version"] = loaded
                st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
        return chat.ChatState.from_dict(st.session_state["chat"])
    cid = st.query_params.get("c")
    loaded = store.load_versioned(cid) if cid else None
    if loaded is None:
        state = chat.new_chat()
        open_conversation(store, None, state)
    else:
        state = chat.ChatState.from_dict(loaded[0])
        open_conversation(store, str(cid), state, loaded[1])
    return state


def open_conversation(store: Store, cid: str | None, state: chat.ChatState, version: int = 0) -> None:
    """Show ``cid`` (None: a new conversation, stored with its first answer)."""
    st.session_state["cid"] = cid
    st.session_state["chat"] = state.to_dict()
    st.session_state["chat_version"] = version
    loaded = store.load_draft(cid) if cid else None
    st.session_state["draft"] = loaded[1] if loaded else None
    st.session_state["draft_figures"] = loaded[0] if loaded else None
    st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
    if cid:
        st.query_params["c"] = cid
    else:
        st.query_params.pop("c", None)


def conversation_title(state: dict[str, Any]) -> str:
    return chat_panel.conversation_title(state.get("figures") or {})


def save_chat(store: Store, state: chat.ChatState) -> chat.ChatState:
    """Save this session's change; what another tab saved meanwhile is kept (merged). Returns the saved state."""
    ours = state.to_dict()
    cid = st.session_state.get("cid")
    if not cid:
        cid = store.create_conversation(ours, conversation_title(ours))
        st.session_state["cid"], st.session_state["chat"], st.session_state["chat_version"] = cid, ours, 1
        st.query_params["c"] = cid
        return state
    saved = store.save_merged(cid, st.session_state["chat"], ours, st.session_state.get("chat_version", 0),
                              conversation_title)
    st.session_state["chat"], st.session_state["chat_version"] = saved.state, saved.version
    if not saved.merged:
        return state
    st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
    st.toast("另一个窗口也修改了这个对话，双方的回答都已保留。", icon=":material/merge:")
    return chat.ChatState.from_dict(saved.state)


def new_conversation(store: Store) -> None:
    open_conversation(store, None, chat.new_chat())
    st.session_state["mode"] = "起草"


def reopen_conversation(store: Store, cid: str) -> None:
    loaded = store.load_versioned(cid)
    if loaded is not None:
        open_conversation(store, cid, chat.ChatState.from_dict(loaded[0]), loaded[1])
        st.session_state["mode"] = "起草"


def delete_conversation(store: Store, cid: str) -> None:
    store.delete_conversation(cid)
    if cid == st.session_state.get("cid"):
        for k in ("chat", "cid", "draft"):
            st.session_state.pop(k, None)
        st.query_params.clear()


HISTORY_PAGE = 30


def show_more_history() -> None:
    st.session_state["history_shown"] = st.session_state.get("history_shown", HISTORY_PAGE) + HISTORY_PAGE


def offer_recent(store: Store) -> None:
    """A new conversation in a new tab: the most recent saved one is one click away, never opened unasked."""
    if st.session_state.get("cid") or len(chat.ChatState.from_dict(st.session_state["chat"]).messages) > 1:
        return
    recent = store.list_conversations(limit=1)
    if recent:
        st.button(f"继续最近的对话：{recent[0].title or '新的对话'}", icon=":material/history:", key="open_recent",
                  on_click=reopen_conversation, args=(store, recent[0].id))


def sidebar(store: Store, settings: Settings) -> str:
    with st.sidebar:
        st.markdown("## :material/description: 绩效自评报告助手")
        mode = st.radio("功能", MODES, key="mode", horizontal=False, label_visibility="collapsed")
        label, detail = backend_status(settings)
        icon = ":green[:material/cloud_done:]" if label != "离线模板" else ":gray[:material/offline_bolt:]"
        st.caption(f"{icon} 当前后端：**{label}**  \n{detail}")
        st.divider()
        st.markdown("#### 历史对话与草稿")
        st.button("＋ 新建对话", width="stretch", key="new_chat", on_click=new_conversation, args=(store,))
        history(store)
    return mode


def history(store: Store) -> None:
    """Every saved conversation, found by a word of its title or of what was said, 30 more at a time."""
    query = st.text_input("查找对话", key="history_query", placeholder="查找：项目名称、单位或说过的话",
                          label_visibility="collapsed")
    infos = store.list_conversations(query, limit=st.session_state.get("history_shown", HISTORY_PAGE))
    for info in infos:
        cols = st.columns([5, 1])
        name = (info.title or "新的对话") + ("　:material/article:" if info.has_draft else "")
        cols[0].button(name, key=f"open_{info.id}", width="stretch", disabled=info.id == st.session_state.get("cid"),
                       on_click=reopen_conversation, args=(store, info.id))
        with cols[1].popover("", icon=":material/delete:", help="删除这个对话及其草稿", type="tertiary"):
            st.caption(f"删除“{info.title or '新的对话'}”及其草稿？删除后无法恢复。")
            st.button("确认删除", key=f"del_{info.id}", type="primary", on_click=delete_conversation,
                      args=(store, info.id))
    more = store.count_conversations(query) - len(infos)
    if more > 0:
        st.button(f"显示更多（还有 {more} 个）", key="history_more", width="stretch", on_click=show_more_history)
    elif query and not infos:
        st.caption("没有找到匹配的对话。")


# -- 起草 -------------------------------------------------------------------------------------


def figures_model(figures: dict[str, Any]) -> Any:
    from chains.figures import Figures

    return Figures.from_dict(figures)


def page_draft(store: Store, settings: Settings) -> None:
    state = current_chat(store)
    st.markdown("### 起草：对话收集关键数据，生成经过核对的自评报告")
    offer_recent(store)
    left, right = st.columns([3, 2], gap="large")
    with left:
        box = st.container(height=520, border=True)
        with box:
            for m in state.messages:
                with st.chat_message(m["role"], avatar=":material/person:" if m["role"] == "user" else ":material/assignment:"):
                    st.markdown(m["content"])
        prompt = st.chat_input("输入回答，例如：预算139万，3月全部到位，年底支出完了")
        if prompt:
            state = save_chat(store, chat.answer(state, prompt))  # what was typed is saved before anything can fail
            if settings.llm_configured:
                state, st.session_state["notice"] = chat_io.read_with_model(state, prompt, settings)
                state = save_chat(store, state)
            st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
            st.rerun()
        if st.session_state.get("notice"):
            st.warning(st.session_state["notice"], icon=":material/warning:")
    with right:
        side_panel(store, settings, state)
    indicator_editor(store, state)  # full width: every column in view, edited in place without fullscreen
    st.divider()
    draft_area(store, settings, state)


def side_panel(store: Store, settings: Settings, state: chat.ChatState) -> None:
    known, missing = chat_panel.field_status(state.figures)
    tab_known, tab_io, tab_similar = st.tabs(["数据概览", "导入导出", "相似报告"])
    with tab_known:
        st.markdown("**已知**")
        if known:  # an HTML table: long values wrap instead of being cut off in the narrow column
            st.table([{"项目": k, "内容": v} for k, v in known], hide_index=True)
        else:
            st.caption("还没有数据，请在左侧回答问题。")
        if missing:
            st.markdown("**待补充**：" + "、".join(missing))
        else:
            st.success("关键数据已齐全", icon=":material/check_circle:")
        computed_panel(state.figures)
    with tab_io:
        import_export(store, state)
    with tab_similar:
        similar_panel(settings, state)


def computed_panel(figures: dict[str, Any]) -> None:
    st.markdown("**计算结果**")
    for col, (label, value) in zip(st.columns(3), chat_panel.funds_metrics(figures), strict=True):
        col.metric(label, value)
    panel = attempt(chat_panel.score_panel, figures, quiet=True)
    if panel is None:
        return
    d1, d2 = st.columns(2)
    d1.metric("自评总分", panel.total)
    d2.metric("评价等级", panel.grade)
    if panel.rows:  # an HTML table: long indicator names wrap in the narrow column
        st.table(panel.rows, hide_index=True)
    serious = [i for i in panel.issues if i[0] != "info"]
    hints = [i for i in panel.issues if i[0] == "info"]
    st.markdown("**起草前检查**")
    if serious:
        st.markdown(issue_list(serious))
    else:
        st.caption(":green[:material/check_circle:] 没有需要核实或补充的数据。")
    if hints:
        with st.expander(f"其他提示（{len(hints)}）"):
            st.markdown(issue_list(hints))


def issue_list(issues: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"- {ISSUE_BADGES.get(sev, ':blue-badge')}[{label}] {msg}" for sev, label, msg in issues)


ISSUE_BADGES = {"error": ":red-badge", "warning": ":orange-badge", "info": ":blue-badge"}


def indicator_editor(store: Store, state: chat.ChatState) -> None:
    import pandas as pd

    rows = state.figures.get("indicators") or []
    columns = chat_panel.INDICATOR_COLUMNS
    # while the grid holds edits it is drawn from the rows as they were before the first one: Streamlit ties
    # the widget to its data, so drawing it from the rows just saved would reset it and lose the next edit
    key = f"indicators_{st.session_state.get('editor_version', 0)}"
    pending = st.session_state.get(key) or {}
    if not any(pending.get(k) for k in ("edited_rows", "added_rows", "deleted_rows")):
        st.session_state["indicator_base"] = json.loads(json.dumps(rows))
    base = st.session_state.get("indicator_base", rows)
    df = pd.DataFrame(chat_panel.indicator_records(base), columns=list(columns.values()))
    df["分值"] = pd.to_numeric(df["分值"], errors="coerce")
    df["得分"] = pd.to_numeric(df["得分"], errors="coerce")
    widths, helps = chat_panel.INDICATOR_WIDTHS, chat_panel.INDICATOR_HELP
    st.markdown("**绩效指标表**")
    edited = st.data_editor(
        df,
        num_rows="dynamic",
        width="stretch",
        hide_index=True,
        placeholder="",  # an empty cell is blank, not "None"
        row_height=chat_panel.INDICATOR_ROW_HEIGHT,  # long names wrap
        height=chat_panel.indicator_grid_height(len(df)),
        key=key,
        column_config={
            **{c: st.column_config.TextColumn(width=widths[c], help=helps[c]) for c in df.columns[:5]},
            "分值": st.column_config.NumberColumn(min_value=0, max_value=100, step=0.5, width=widths["分值"],
                                                help=helps["分值"]),
            "得分": st.column_config.NumberColumn(min_value=0, max_value=100, step=0.01, width=widths["得分"],
                                                help=helps["得分"]),
            "偏差原因": st.column_config.TextColumn(width=widths["偏差原因"], help=helps["偏差原因"]),
        },
    )
    new_rows = chat_panel.rows_from_table(edited.to_dict("records"), columns, base)
    if new_rows != rows:
        state.figures["indicators"] = new_rows
        save_chat(store, state)
    st.caption("单击单元格后直接输入即可修改（用中文输入法时先按回车键），再按回车确认；最后一行可新增指标。"
               "也可在对话中按“名称，指标值，完成值，分值”输入。")


def import_export(store: Store, state: chat.ChatState) -> None:
    data, name = chat_io.figures_file(state.figures)
    st.download_button("导出关键数据（JSON）", data=data, file_name=name, mime="application/json", width="stretch")
    up = st.file_uploader("导入关键数据（JSON）", type=["json"], key="figures_json")
    if up is not None and st.session_state.get("figures_json_done") != up.file_id:
        st.session_state["figures_json_done"] = up.file_id
        from chains.figures import Figures

        fig = attempt(lambda: Figures.from_json(up.getvalue().decode("utf-8", errors="replace")))
        if fig is not None:
            state = chat_io.import_figures(state, fig.to_dict())
            save_chat(store, state)
            st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
            st.rerun()
    tbl = st.file_uploader("导入绩效自评表（.xlsx / .docx）", type=["xlsx", "docx"], key="score_table")
    if tbl is not None and st.session_state.get("score_table_done") != tbl.file_id:
        st.session_state["score_table_done"] = tbl.file_id
        from chains.ingest.score_table import read_table

        imported = attempt(read_table, tbl.getvalue(), tbl.name)
        if imported is not None:
            state = chat.apply_table(state, imported.indicators, imported.budget, imported.total_score)
            save_chat(store, state)
            st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
            st.rerun()


def similar_panel(settings: Settings, state: chat.ChatState) -> None:
    if not state.figures.get("project_name"):
        st.caption("说出项目名称后，这里会列出相似的往年报告。")
        return
    r = retriever(settings)
    if r is None:
        return
    results = attempt(r.similar_reports, state.figures, 3) or []
    if not results:
        st.caption("范文库中暂无足够相似的报告。")
    for res in results:
        st.markdown(f"**{res.heading or res.text[:30]}**  \n`{res.source}` · {res.year or '年度不详'} · 相关度 {res.score:.2f}")
        if res.why:
            st.caption(res.why)


def draft_area(store: Store, settings: Settings, state: chat.ChatState) -> None:
    draft = st.session_state.get("draft")
    c1, c2 = st.columns([1, 3])
    go = c1.button("生成草稿", icon=":material/edit_note:", type="primary", width="stretch", key="generate")
    if not state.figures.get("project_name") or not state.figures.get("year"):
        c2.caption("至少需要项目名称和年度才能生成草稿。")
    unfinished = unfinished_run(store, settings)
    if unfinished and not go:
        c2.caption(unfinished[1])
    if go:
        new = generate_draft(settings, state, draft_run(store, unfinished[0] if unfinished else None))
        if new is not None:
            st.session_state["draft"] = new
            st.session_state["draft_figures"] = json.loads(json.dumps(state.figures))
            store.save_draft(st.session_state["cid"], state.figures, new)
            draft = new
    if draft is None:
        return
    show_draft(store, settings, state, draft)


def unfinished_run(store: Store, settings: Settings) -> tuple[str, str] | None:
    """The drafting run of this conversation that stopped before its draft was saved (the server was
    restarted mid-draft), with a note saying the next draft continues it."""
    from chains.draft.runs import RunStore

    cid = st.session_state.get("cid")
    run_id = store.unfinished_draft_run(cid) if cid else None
    if run_id is None:
        return None
    done = len(RunStore.open(settings.data_dir, run_id).saved_keys())
    note = f":orange[:material/history:] 上次起草在完成前中断，已保存 {done} 个章节；点击“生成草稿”将从中断处继续。"
    return run_id, note if done else ""


def draft_run(store: Store, unfinished: str | None) -> str:
    """The run to draft with: the unfinished one (its saved sections are kept), else a new one, recorded."""
    from chains.draft.runs import new_run_id

    run_id = unfinished or new_run_id()
    if st.session_state.get("cid"):
        store.start_draft_run(st.session_state["cid"], run_id)
    return run_id


def generate_draft(settings: Settings, state: chat.ChatState, run_id: str | None = None) -> Any:
    fig = attempt(figures_model, state.figures)
    if fig is None:
        return None
    from chains.draft import draft_report

    with st.status("正在起草各章节…", expanded=True) as status:
        progress, live = st.empty(), st.empty()
        shown = draft_view.DraftProgress()

        def on_event(event: Any) -> None:
            update = shown.update(event)
            if update is None:
                return
            kind, text = update
            if kind == "live":
                live.markdown(text)
            elif kind == "done":
                progress.markdown(text)
            else:
                st.caption(f":orange[:material/warning:] {text}")

        draft = attempt(draft_report, fig, settings, passages_for=passages_for(settings), on_event=on_event,
                        run_id=run_id, examples_for=draft_view.examples_lookup(retriever(settings)))
        if draft is None:
            status.update(label="起草失败", state="error")
            return None
        draft = draft_view.ensure_checked(draft, fig)
        status.update(label=f"草稿已生成（{draft_view.backend_label(draft)}）", state="complete", expanded=False)
    return draft


def passages_for(settings: Settings) -> Callable[..., Any] | None:
    r = retriever(settings)
    if r is None:
        return None

    def fetch(section_type: str, query: str) -> Any:
        try:
            return r.example_phrasing(section_type, query, 3)
        except ReportError:
            return []

    return fetch


def show_draft(store: Store, settings: Settings, state: chat.ChatState, draft: Any) -> None:
    errors, warnings = draft_view.split_findings(draft)
    st.markdown(f"### {draft.title}")
    if st.session_state.get("draft_figures") not in (None, state.figures):
        st.info("关键数据在草稿生成后有改动，请点击“生成草稿”重新生成，以免数字不一致。", icon=":material/info:")
    for notice in draft.notices:
        st.warning(notice, icon=":material/warning:")
    m1, m2, m3 = st.columns(3)
    m1.metric("数字核对：错误", len(errors))
    m2.metric("提示", len(warnings))
    m3.metric("起草方式", draft_view.backend_label(draft))
    if not errors:
        st.success("数字核对通过：草稿中的数字与关键数据一致。", icon=":material/check_circle:")
    review_notes_panel(draft)
    downloads(draft)
    chart_panel(state.figures)
    for view in draft_view.section_views(draft):
        if view.group_heading:
            st.markdown(f"#### {view.title}")
            continue
        show_section(store, settings, state, draft, view)


def review_notes_panel(draft: Any) -> None:
    """The 审核意见: notes to the drafter, a panel of their own, never in a section's text."""
    notes = draft_view.review_notes_of(draft, st.session_state.get("draft_figures"))
    if notes:
        label = draft_view.NOTES_LABEL.format(n=len(notes))
        with st.expander(label, expanded=True, icon=":material/rate_review:"):
            st.markdown(draft_view.review_notes_markdown(notes))


def show_section(store: Store, settings: Settings, state: chat.ChatState, draft: Any,
                 view: draft_view.SectionView) -> None:
    i = view.index
    with st.expander(view.label, expanded=view.expanded):
        for n in draft.sections[i].notices:
            st.caption(f":orange[:material/warning:] {n}")
        if view.findings:
            st.markdown(highlight_html(view.text, view.findings), unsafe_allow_html=True)
            st.markdown("\n".join(draft_view.finding_line(f) for f in view.findings))
        st.text_area(
            "编辑本节", value=view.text, key=f"sec_{st.session_state['cid']}_{i}_{hash(view.text)}",
            height=160, on_change=edit_section, args=(store, state, i),
        )
        for j, example in enumerate(view.examples):  # 参考表述: apart from the text, unchecked until accepted
            with st.container(border=True, key=f"ref_{i}_{j}"):
                st.markdown(draft_view.reference_markdown(example))
                st.button("采用此表述（插入本节，数字留作【】待填）", icon=":material/add_notes:", key=f"accept_{i}_{j}",
                          on_click=accept_example, args=(store, state, i, j))
        c1, c2 = st.columns([3, 1])
        wish = c1.text_input("对本节的要求（可选）", key=f"wish_{i}", placeholder="例如：写得更简洁",
                             label_visibility="collapsed")
        if c2.button("重新生成本节", icon=":material/refresh:", key=f"regen_{i}", width="stretch"):
            regenerate(store, settings, state, i, wish)


def edit_section(store: Store, state: chat.ChatState, i: int) -> None:
    draft = st.session_state["draft"]
    key = next(k for k in st.session_state if str(k).startswith(f"sec_{st.session_state['cid']}_{i}_"))
    draft = draft_view.edit_section(draft, i, st.session_state[key], attempt(figures_model, state.figures))
    store.save_draft(st.session_state["cid"], state.figures, draft)


def accept_example(store: Store, state: chat.ChatState, i: int, j: int) -> None:
    """The 参考表述 ``j`` of section ``i`` goes into the section; the checker then reads it with the figures."""
    draft = draft_view.accept_example(st.session_state["draft"], i, j, attempt(figures_model, state.figures))
    store.save_draft(st.session_state["cid"], state.figures, draft)


def regenerate(store: Store, settings: Settings, state: chat.ChatState, i: int, wish: str = "") -> None:
    from chains import draft as draft_mod

    fig = attempt(figures_model, state.figures)
    if fig is None:
        return
    draft = st.session_state["draft"]
    with st.spinner("正在重新生成本节…"):
        new = attempt(draft_mod.redraft_section, draft, draft.sections[i].key, fig, settings,
                      passages_for=passages_for(settings), request=wish,
                      examples_for=draft_view.examples_lookup(retriever(settings)))
    if new is not None:
        st.session_state["draft"] = new
        store.save_draft(st.session_state["cid"], state.figures, new)
        st.rerun()


def chart_panel(figures: dict[str, Any]) -> None:
    """Funds and completion as bar charts with every bar named and labelled (one row per bar, no overlap)."""
    amounts = chat_panel.amounts_for_chart(figures)
    panel = attempt(chat_panel.score_panel, figures, quiet=True) if figures.get("indicators") else None
    rows = panel.completion if panel else []
    c1, c2 = st.columns(2)
    if amounts:
        with c1:
            st.caption("资金情况（万元）")
            st.vega_lite_chart(chat_panel.bar_chart_spec(amounts, "万元"), width="stretch", key="chart_funds")
    if rows:
        with c2:
            st.caption("指标完成率（%）")
            st.vega_lite_chart(chat_panel.bar_chart_spec(rows, "%", "%"), width="stretch",
                               key="chart_completion")


def downloads(draft: Any) -> None:
    from chains import export
    from chains.draft.markdown import to_markdown

    c1, c2 = st.columns(2)
    docx = attempt(export.to_docx, draft)
    if docx is not None:
        c1.download_button(
            "下载 Word（.docx）", icon=":material/download:", data=docx, file_name=f"{draft.title}.docx", type="primary",
            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document", width="stretch",
        )
    md = attempt(to_markdown, draft)
    if md is not None:
        c2.download_button("下载 Markdown", icon=":material/download:", data=md.encode("utf-8"), file_name=f"{draft.title}.md",
                           mime="text/markdown", width="stretch")


# -- 审阅 -------------------------------------------------------------------------------------


def page_review(settings: Settings) -> None:
    from chains.ui import review_input

    st.markdown("### 审阅：粘贴或上传报告，核对每一个数字")
    up = st.file_uploader("上传报告（.docx / .pdf / .txt / .md / 网页 .html）", type=["docx", "pdf", "txt", "md", "html", "htm"],
                          key="review_file")
    pasted = st.text_area("或粘贴报告全文", height=200, key="review_text", placeholder="把自评报告全文粘贴到这里…") or ""
    choice, st.session_state["review_seen"] = review_input.latest_input(
        st.session_state.get("review_seen", {}), up.file_id if up is not None else None, pasted
    )
    if not choice:
        st.caption("审阅会标出与金额不符的比率、前后不一致的数据、分值与得分问题、缺少的章节和空泛表述。"
                   "上传文件和粘贴文本都有时，审阅最近一次输入的那一个。")
        return
    both = up is not None and bool(pasted.strip())
    note = review_input.source_note(choice, up.name if up is not None else None, both)
    if both:
        st.info(note, icon=":material/info:")
    else:
        st.caption(f":material/description: {note}")
    text = pasted
    if choice == review_input.FILE and up is not None:
        from chains.ingest.documents import read_bytes

        doc = attempt(read_bytes, up.getvalue(), up.name)
        if doc is None:
            return
        text = doc.text
    if not review_input.is_report(text):
        st.warning(review_input.NOT_A_REPORT, icon=":material/help:")
        st.caption(f"共 {len(text):,} 字。")
        return
    critique_view(settings, text)


def critique_view(settings: Settings, text: str) -> None:
    from chains import critique

    result = attempt(critique.critique, text, corpus_texts=review_corpus(settings))
    if result is None:
        return
    m1, m2, m3 = st.columns(3)
    m1.metric("数字错误", len(result.errors))
    m2.metric("质量提示", len(result.warnings))
    m3.metric("字数", f"{len(text):,}")
    lines = [draft_view.review_line(row) for row in finding_rows(text, result.findings)]
    review_columns(text, result.findings, lines)
    if settings.llm_configured:
        model_suggestions(text, settings)


def review_columns(
    text: str, findings: list[Any], lines: list[str], actions: Callable[[int], None] | None = None
) -> None:
    """The 审阅 view: the text with its findings highlighted, the numbered list beside it (``actions(i)``
    draws the widgets of finding ``i`` under its line), the outline below."""
    from chains import critique

    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(highlight_html(text, findings), unsafe_allow_html=True)
    with right:
        st.markdown("**问题清单**")
        if not findings:
            st.success("没有发现问题。", icon=":material/check_circle:")
        for i, line in enumerate(lines):
            st.markdown(line)
            if actions is not None:
                actions(i)
    coverage = attempt(critique.outline_coverage, text) or []
    if coverage:  # full width, and a table that wraps its cells: nothing is cut off at 1366×768
        st.markdown("**提纲覆盖**")
        st.table(coverage_rows(coverage), hide_index=True)


@st.cache_resource(show_spinner=False, max_entries=2)
def cached_corpus_texts(_index: Any, data_dir: str, generation: int) -> dict[str, str]:
    from chains.ui.corpus_view import corpus_texts

    return corpus_texts(_index)


def review_corpus(settings: Settings) -> dict[str, str] | None:
    """The indexed reports' texts (for boilerplate copied across reports); None when there is no index."""
    r = attempt(get_retriever, str(settings.data_dir), settings.chroma_host, settings.chroma_port,
                settings.embedder, quiet=True)
    if r is None:
        return None
    index = r.index
    return attempt(lambda: cached_corpus_texts(index, str(settings.data_dir), index.store.generation()),
                   quiet=True)


def model_suggestions(text: str, settings: Settings) -> None:
    from chains.critique.suggestions import suggest

    st.markdown("#### 模型修改建议")
    st.caption("模型只提建议，不改动任何数字；含有原文没有的数字的句子会被自动剔除。")
    key = f"suggest_{hash(text)}"
    if st.button("请模型逐节给出修改建议", key="suggest", icon=":material/lightbulb:"):
        with st.spinner("模型正在审阅各章节…"):
            st.session_state[key] = attempt(suggest, text, settings)
    found = st.session_state.get(key)
    if found == []:
        st.caption("模型没有修改建议。")
    for item in found or []:
        with st.expander(item.title, expanded=True):
            if item.error:
                st.warning(item.error, icon=":material/warning:")
            if item.text:
                st.markdown(item.text)
            if item.numbers_changed:
                st.caption("已剔除含有原文没有的数字的建议。")


# -- 批量审阅 ---------------------------------------------------------------------------------

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@st.cache_resource(show_spinner=False)
def get_batch_store(data_dir: str) -> Any:
    from chains.review.store import BatchStore

    return BatchStore.open(data_dir)


def page_batch(settings: Settings) -> None:
    st.markdown("### 批量审阅：一次上传多份报告或压缩包，逐份核对数字")
    store = attempt(get_batch_store, str(settings.data_dir))
    if store is None:
        return
    files = st.file_uploader(
        "上传报告或 .zip 压缩包（可多选；审阅 .docx / .pdf / .txt / .md / .html，压缩包中的报告逐份审阅）",
        accept_multiple_files=True, key="batch_files",
        help="无法审阅的文件（空文件、损坏、加密、旧版 .doc 等）列为“灰”，并注明原因，不影响其他报告。",
    )
    if st.button("开始审阅", type="primary", icon=":material/fact_check:", key="batch_go", disabled=not files):
        run_batch(store, files or [])
    batch_history(store)


def run_batch(store: Any, files: list[Any]) -> None:
    from chains.ui import batch_view

    bar = st.progress(0.0, text=f"正在准备审阅 {len(files)} 个上传文件…")
    started = time.monotonic()

    def tick(done: int, total: int) -> None:
        text = batch_view.progress_text(done, total, time.monotonic() - started)
        bar.progress(batch_view.fraction(done, total), text=text)

    bid = attempt(batch_view.review_uploads, store, [(f.name, f.getvalue()) for f in files], progress=tick)
    if bid is None:
        bar.empty()
        return
    info = store.info(bid)
    bar.progress(1.0, text=f"审阅完成：{batch_view.batch_label(info)}" if info else "审阅完成")
    st.session_state["batch_pick"] = bid  # the selector below opens the new batch


def delete_batch(store: Any, bid: str) -> None:
    store.delete(bid)
    st.session_state.pop("batch_pick", None)


def batch_history(store: Any) -> None:
    from chains.ui import batch_view

    infos = attempt(store.list_batches) or []
    if not infos:
        st.caption("还没有审阅过的批次。上传报告或压缩包后点击“开始审阅”；每个批次都会保存，刷新页面或重启后仍可查看。")
        return
    labels = {i.id: batch_view.batch_label(i) for i in infos}
    if st.session_state.get("batch_pick") not in labels:
        st.session_state["batch_pick"] = infos[0].id
    st.markdown("#### 审阅结果")
    c1, c2 = st.columns([5, 1], vertical_alignment="bottom")
    bid = c1.selectbox("已保存的批次（最新的在前）", list(labels), format_func=labels.get, key="batch_pick",
                       placeholder="选择一个批次")
    with c2.popover("删除", icon=":material/delete:", width="stretch"):
        st.caption("删除该批次的审阅结果（不影响原文件）。")
        st.button("确认删除", type="primary", key="batch_delete", on_click=delete_batch, args=(store, bid))
    batch = attempt(store.load, bid)
    if batch is not None:
        show_batch(store, bid, batch, next(i for i in infos if i.id == bid))


def show_batch(store: Any, bid: str, batch: Any, info: Any) -> None:
    import pandas as pd

    from chains.review.worksheet import STATUS_MEANING, STATUSES
    from chains.ui import batch_view

    counts = batch.status_counts()
    for col, status in zip(st.columns(4), STATUSES, strict=True):
        col.metric(f"{status}：{STATUS_MEANING[status]}", counts[status])
    if batch.interrupted:
        st.warning(f"该批次被中断：只审阅了 {len(batch.reports)} / {batch.total} 份。", icon=":material/warning:")
    c1, c2, c3 = st.columns([2, 2, 3])
    statuses = c1.segmented_control("按状态筛选", list(STATUSES), selection_mode="multi", default=list(STATUSES),
                                    format_func=lambda s: f"{s} {counts[s]}", key="batch_status") or []
    sort = c2.selectbox("排序", list(batch_view.SORTS), key="batch_sort", placeholder="选择排序方式")
    query = c3.text_input("查找（文件、项目、单位、问题）", key="batch_query", placeholder="例如：执行率")
    positions = batch_view.shown_positions(batch, statuses, sort, query)
    frame = pd.DataFrame(batch_view.table_rows(batch, positions), columns=batch_view.table_columns())
    st.dataframe(
        frame.style.map(batch_view.status_css, subset=["状态"]), hide_index=True, width="stretch", placeholder="",
        column_order=batch_view.page_columns(), column_config={
            "文件": st.column_config.TextColumn(pinned=True),
            batch_view.SUMMARY_HEADER: st.column_config.TextColumn(width="large"),
        },
    )
    st.caption(f"显示 {len(positions)} / {len(batch.reports)} 份。{batch_view.status_legend()}。点击表头可按该列排序。")
    batch_downloads(store, bid, info, marked=bool(batch.dismissals))
    if batch.dismissals:
        st.caption(batch_view.dismissed_caption(batch))
    pick = st.selectbox(
        "打开一份报告，查看原文与问题", positions, index=None, key=f"batch_open_{bid}",
        format_func=lambda k: batch_view.open_label(batch, k), placeholder="选择一份报告",
    )
    if pick is not None:
        batch_report(store, bid, batch, pick)


def batch_downloads(store: Any, bid: str, info: Any, marked: bool = False) -> None:
    from chains.ui import batch_view

    d1, d2, *d3 = st.columns(3 if marked else 2)
    d1.download_button(
        "下载审阅结果（Excel）", data=lambda: batch_view.worksheet_bytes(store, bid, ".xlsx"),
        file_name=batch_view.download_name(info, ".xlsx"), mime=XLSX_MIME, icon=":material/download:",
        key="batch_xlsx", on_click="ignore", width="stretch",
    )
    d2.download_button(
        "下载审阅结果（网页，可离线打开）", data=lambda: batch_view.worksheet_bytes(store, bid, ".html"),
        file_name=batch_view.download_name(info, ".html"), mime="text/html", icon=":material/download:",
        key="batch_html", on_click="ignore", width="stretch",
    )
    if d3:  # the marks as the JSON list ``report-assistant review --dismissed FILE`` reads
        d3[0].download_button(
            "下载“不是问题”清单（JSON，供命令行 --dismissed 使用）", data=lambda: batch_view.dismissals_json(store, bid),
            file_name=batch_view.download_name(info, "-不是问题.json"), mime="application/json",
            icon=":material/download:", key="batch_dismissed_json", on_click="ignore", width="stretch",
        )


def batch_report(store: Any, bid: str, batch: Any, k: int) -> None:
    from chains.review.worksheet import DISMISSED, ERROR, GREY, NOTE, SUSPECT
    from chains.ui import batch_view

    report = batch.reports[k]
    st.markdown(f"#### {batch_view.md_escape(report.file)}")
    if report.status == GREY:
        st.warning(f"无法审阅：{report.reason}", icon=":material/block:")
        return
    text = attempt(store.report_text, bid, k) or ""
    facts = batch_view.report_facts(report)
    if facts:
        st.caption(batch_view.md_escape(facts))
    counts = report.counts
    for col, (label, value) in zip(st.columns(5), [("状态", report.status), (ERROR, counts[ERROR]),
                                                  (SUSPECT, counts[SUSPECT]), (NOTE, counts[NOTE]),
                                                  ("字数", f"{len(text):,}")], strict=True):
        col.metric(label, value)
    if counts[DISMISSED]:
        st.caption(f"另有 {counts[DISMISSED]} 条已标记为“不是问题”。")
    lines = [batch_view.finding_line(i, f) for i, f in enumerate(report.findings, start=1)]
    review_columns(text, batch_view.as_findings(report), lines, finding_actions(store, bid, k, report))
    st.button("在审阅页中打开（可修改原文后重新核对）", icon=":material/open_in_new:", key="batch_to_review",
              on_click=open_in_review, args=(text,))


def finding_actions(store: Any, bid: str, k: int, report: Any) -> Callable[[int], None]:
    """Under each finding of an opened batch report: 不是问题 (with an optional reason), or undo the mark."""

    def actions(i: int) -> None:
        key = f"{bid}_{k}_{i}"
        if report.findings[i].dismissed:
            st.button("撤销“不是问题”", key=f"batch_undo_{key}", icon=":material/undo:", on_click=undo_mark,
                      args=(store, bid, k, i))
            return
        with st.popover("不是问题", icon=":material/do_not_disturb_on:"):
            st.text_input("理由（可选）", key=f"batch_reason_{key}", placeholder="例如：追加预算后的执行率")
            st.button("确认：不是问题", key=f"batch_dismiss_{key}", type="primary", on_click=mark_not_a_problem,
                      args=(store, bid, k, i))

    return actions


def mark_not_a_problem(store: Any, bid: str, k: int, i: int) -> None:
    from chains.ui import batch_view

    reason = st.session_state.pop(f"batch_reason_{bid}_{k}_{i}", "") or ""
    attempt(batch_view.dismiss_finding, store, bid, k, i, reason)


def undo_mark(store: Any, bid: str, k: int, i: int) -> None:
    from chains.ui import batch_view

    attempt(batch_view.undo_dismissal, store, bid, k, i)


def open_in_review(text: str) -> None:
    st.session_state["review_text"] = text  # the newest input: the 审阅 page shows it even with a file uploaded
    st.session_state["mode"] = "审阅"


# -- 范文 -------------------------------------------------------------------------------------


def page_phrasing(settings: Settings) -> None:
    st.markdown("### 范文：看看别人是怎么写的")
    with st.form("phrasing"):
        c1, c2 = st.columns([3, 1])
        query = c1.text_input("想写什么内容", placeholder="例如：应急通信经费 存在的问题", key="phr_query")
        types = list(corpus_view.SECTION_LABELS)
        section = c2.selectbox("章节", types, index=types.index("problems"), format_func=corpus_view.section_label,
                               key="phr_section", placeholder="选择章节")
        c3, c4, c5, c6, c7 = st.columns(5)
        year_from = c3.number_input("起始年度", min_value=1990, max_value=2100, value=None, step=1, key="phr_from",
                                    placeholder="不限")
        year_to = c4.number_input("截止年度", min_value=1990, max_value=2100, value=None, step=1, key="phr_to",
                                  placeholder="不限")
        dept = c5.text_input("部门包含", key="phr_dept", placeholder="不限")
        category = c6.selectbox("项目类别", corpus_view.category_choices(), format_func=corpus_view.category_label,
                                key="phr_category", placeholder="选择类别")
        k = c7.slider("条数", 1, 10, 5, key="phr_k")
        submitted = st.form_submit_button("检索", type="primary")
    if not (submitted or st.session_state.get("phr_last")) or not query.strip():
        st.caption("按章节类型检索范文库中的段落；每段可一键复制，也可展开查看上下文。")
        return
    st.session_state["phr_last"] = True
    r = retriever(settings)
    if r is None:
        return
    from chains.retrieval.search import NOTHING_SIMILAR

    results = attempt(r.example_phrasing, section, query, int(k), corpus_view.phrasing_filters(year_from, year_to, dept, category))
    if results is None:
        return
    if not results:
        st.info(NOTHING_SIMILAR)
        return
    for i, res in enumerate(results, start=1):
        st.markdown(corpus_view.passage_header(i, res))
        st.code(res.text, language=None, wrap_lines=True)
        with st.expander("在原文中查看"):
            full = corpus_view.source_text(r.index, res.source)
            if full:
                st.markdown(corpus_view.passage_in_context(full, res.span), unsafe_allow_html=True)
            else:
                st.caption("原文不可用。")


# -- 语料库 -----------------------------------------------------------------------------------


def page_corpus(settings: Settings) -> None:
    st.markdown("### 语料库：管理范文库中的报告")
    r = retriever(settings)
    if r is None:
        return
    index = r.index
    st.markdown("#### 上传报告")
    files = st.file_uploader("选择报告文件（.docx / .pdf / .txt / .md，可多选）", type=["docx", "pdf", "txt", "md"],
                             accept_multiple_files=True, key="corpus_files")
    for f in files or []:
        with st.expander(f"预览分节：{f.name}"):
            rows = attempt(corpus_view.preview_sections, f.getvalue(), f.name)
            if rows:
                st.dataframe(rows, hide_index=True, width="stretch", placeholder="")
    if files and st.button("加入索引", type="primary", key="corpus_add"):
        for f in files:
            corpus_view.save_upload(settings, f.name, f.getvalue())
        bar = st.progress(0.0, text="开始索引…")

        def progress(done: int, total: int, message: str) -> None:
            bar.progress(min(1.0, done / total) if total else 0.0, text=f"{message}（{done}/{total}）")

        summary = attempt(index.index_paths, [corpus_view.uploads_dir(settings)], on_progress=progress)
        bar.progress(1.0, text="完成")
        if summary is not None:
            show = {"success": st.success, "info": st.info, "warning": st.warning}
            for level, text in corpus_view.index_notices(summary, len(files)):
                show[level](text)
    st.markdown("#### 已索引的报告")
    shown, keys = corpus_view.indexed_table(attempt(corpus_view.list_indexed, index) or [])
    st.dataframe(shown, hide_index=True, width="stretch", placeholder="")  # no year: blank, not "None"
    remove = st.multiselect("选择要移除的报告", list(keys), key="corpus_remove", placeholder="选择一份或多份报告")
    if remove and st.button("移除所选报告", key="corpus_remove_go"):
        n = attempt(corpus_view.remove_indexed, index, settings, [keys[name] for name in remove])
        if n is not None:
            st.session_state["corpus_removed"] = n  # shown after the rerun that refreshes the list
        st.rerun()
    if st.session_state.get("corpus_removed") is not None:
        st.success(f"已移除 {st.session_state.pop('corpus_removed')} 份报告。")
    st.markdown("#### 检索测试")
    q = st.text_input("输入一段描述，查看检索结果和得分", key="corpus_query", placeholder="例如：应急救援 资金 执行率")
    if q.strip():
        c1, c2 = st.columns(2)
        with c1:
            st.markdown("**相似报告**")
            for res in attempt(r.similar_reports, q, 5) or []:
                st.markdown(f"- `{res.source}` 得分 **{res.score:.3f}**  \n  {res.why}")
        with c2:
            st.markdown("**相关段落**")
            for res in attempt(r.example_phrasing, "", q, 5) or []:
                st.markdown(f"- `{res.source}` · {corpus_view.section_label(res.section)} 得分 **{res.score:.3f}**")


# -- main -------------------------------------------------------------------------------------


def main() -> None:
    settings = attempt(get_settings)
    if settings is None:
        return
    store = attempt(get_store, str(settings.data_dir))
    if store is None:
        return
    mode = sidebar(store, settings)
    if mode == "起草":
        page_draft(store, settings)
    elif mode == "审阅":
        page_review(settings)
    elif mode == "批量审阅":
        page_batch(settings)
    elif mode == "范文":
        page_phrasing(settings)
    else:
        page_corpus(settings)


try:
    main()
except ReportError as exc:  # pragma: no cover - attempt() handles these; a last guard
    st.error(str(exc))
except Exception as exc:  # noqa: BLE001 - never a traceback in front of a user
    logging.getLogger("report_assistant.app").exception("unexpected error in the page")
    st.error(f"出现意外错误（{type(exc).__name__}），已保存的对话和草稿不受影响。请刷新页面重试。")
