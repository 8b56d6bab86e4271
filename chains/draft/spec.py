"""Report specs as data: ``load_spec(name) -> ReportSpec`` from ``prompts/specs/<name>/``.

A spec is a folder:

* ``outline.toml`` — ``name``, ``label``, ``title`` (a jinja2 template) and ``[[sections]]`` in order, each
  with ``key``, ``title``, ``level`` (1 = 一、, 2 = （一）), ``section_type`` (glossary list), ``needs``
  (figure paths), ``covers`` (one line: what this section covers, shown to the other sections so they do
  not repeat it), optional ``group = true`` (a heading whose children carry the text),
  ``template_only = true`` (always drafted from the template, never by the model) and ``heading = false``
  with a ``label`` (text printed without a heading: the opening paragraph, the 落款; ``title`` is "");
* ``system.md`` — the model's standing instructions (optional);
* ``sections/<key>.instruction.md`` and ``sections/<key>.template.j2`` for every non-group section.

A variant names ``base = "<other spec>"`` in its outline: sections whose files it lacks use the base's
files of the same name; ``files = "<stem>"`` on a section reads ``<stem>.*`` instead of ``<key>.*``.

A new report type is a new folder: no code. Loading validates everything at once and raises one
``ConfigError`` listing every problem; rendering a template with variables missing from the context
raises ``ConfigError`` naming all of them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from chains.errors import ConfigError

SPECS_ROOT = Path(str(resources.files("chains") / "prompts" / "specs"))
DEFAULT_SPEC = "project_self_evaluation"

#: section types of ``shared/domain/glossary.md``
SECTION_TYPES = frozenset(
    {
        "overview", "basis", "goals", "funds", "financial_management", "implementation", "outputs",
        "benefits", "satisfaction", "conclusion", "problems", "suggestions", "table", "other",
    }
)  # fmt: skip
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str  # heading as printed, with its number
    level: int
    section_type: str
    needs: tuple[str, ...] = ()
    covers: str = ""
    instruction: str = ""
    template: str = ""
    group: bool = False
    template_only: bool = False
    label: str = ""  # how progress and the app name the section; the title when it has one

    @property
    def name(self) -> str:
        """The heading, or the label of a section printed without one (开头语, 落款)."""
        return self.title or self.label or self.key

    def variables(self) -> frozenset[str]:
        """Names the template reads from its context."""
        return template_variables(self.template)

    def render(self, context: Mapping[str, Any]) -> str:
        """The template filled from ``context``; ``ConfigError`` listing every missing variable."""
        if self.group:
            return ""
        return render_template(self.template, context, name=f"章节“{self.title}”的模板")


@dataclass(frozen=True)
class ReportSpec:
    name: str
    label: str
    title_template: str
    sections: tuple[SectionSpec, ...]
    system: str = ""
    root: Path = field(default=SPECS_ROOT)

    def section(self, key: str) -> SectionSpec:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    @property
    def drafted_sections(self) -> tuple[SectionSpec, ...]:
        """Sections that carry text (everything but group headings)."""
        return tuple(s for s in self.sections if not s.group)

    def render_title(self, context: Mapping[str, Any]) -> str:
        return render_template(self.title_template, context, name="报告标题模板").strip()

    def others_cover(self, key: str) -> str:
        """What the other sections cover, one line each — told to a section so it does not repeat them."""
        return "\n".join(
            f"- {s.title}：{s.covers}" for s in self.sections
            if s.key != key and not s.group and s.covers and s.title
        )


# -- templates -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,  # a line ending in {% endif %} keeps its line break
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )


@lru_cache(maxsize=256)
def _compiled(template: str) -> Any:
    return _env().from_string(template)


@lru_cache(maxsize=256)
def template_variables(template: str) -> frozenset[str]:
    """Context variables a jinja2 template reads (names loaded but never assigned in it).

    Read from the parsed tree rather than ``jinja2.meta`` (which generates code: ~10× slower); the
    templates of a spec use plain variables, loops and conditions, for which the two agree.
    """
    from jinja2 import nodes

    tree = _env().parse(template)
    loaded = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "load"}
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    return frozenset(loaded - assigned - {"loop"} - set(_env().globals))


def render_template(template: str, context: Mapping[str, Any], *, name: str = "模板") -> str:
    missing = sorted(template_variables(template) - set(context))
    if missing:
        raise ConfigError(f"{name}缺少变量：{'、'.join(missing)}")
    import jinja2

    try:
        text = _compiled(template).render(**context)
    except jinja2.TemplateError as exc:
        raise ConfigError(f"{name}无法填写：{exc}") from None
    return tidy(text)


def tidy(text: str) -> str:
    """One paragraph per line: strip line ends and drop blank lines (templates may space things freely)."""
    return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


# -- loading ---------------------------------------------------------------------------------------


def list_specs(root: Path | None = None) -> list[str]:
    base = Path(root) if root is not None else SPECS_ROOT
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / "outline.toml").is_file())


def spec_labels(root: Path | None = None) -> dict[str, str]:
    """name → Chinese label of every loadable spec (named when a report type is not found); broken specs are left
    out."""
    out: dict[str, str] = {}
    for name in list_specs(root):
        try:
            out[name] = load_spec(name, root).label
        except ConfigError:
            continue
    return out


def load_spec(name: str = DEFAULT_SPEC, root: Path | None = None) -> ReportSpec:
    """Load and validate ``<root>/<name>``; ``ConfigError`` listing every problem found."""
    base = Path(root) if root is not None else SPECS_ROOT
    if root is None:
        return _load_cached(name, str(base))
    return _load(name, base)


@lru_cache(maxsize=16)
def _load_cached(name: str, base: str) -> ReportSpec:
    return _load(name, Path(base))


def _load(name: str, base: Path) -> ReportSpec:
    folder = base / name
    outline_path = folder / "outline.toml"
    if not _KEY_RE.match(name) or not outline_path.is_file():
        known = "、".join(f"{key}（{label}）" for key, label in spec_labels(base).items()) or "（无）"
        raise ConfigError(f"找不到报告类型“{name}”（{outline_path}）。可用的报告类型：{known}")
    try:
        outline = tomllib.loads(outline_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"报告类型“{name}”的提纲文件 {outline_path} 格式错误：{exc}") from None
    problems: list[str] = []
    sections: list[SectionSpec] = []
    seen: set[str] = set()
    folders = [folder]
    base_name = outline.get("base")
    if base_name is not None:
        if not isinstance(base_name, str) or not _KEY_RE.match(base_name) or not (base / base_name).is_dir():
            problems.append(f"基础报告类型“{base_name}”不存在")
        elif base_name != name:
            folders.append(base / base_name)
    raw_sections = outline.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        problems.append("提纲中没有任何章节（[[sections]]）")
        raw_sections = []
    for i, raw in enumerate(raw_sections, 1):
        sec = _section(folders, i, raw, seen, problems)
        if sec is not None:
            sections.append(sec)
    if sections and sections[0].level != 1:
        problems.append("第一个章节必须是一级标题（level = 1）")
    for prev, cur in zip(sections, sections[1:], strict=False):
        if cur.level > prev.level + 1:
            problems.append(f"章节“{cur.title}”的级别跳级（上一章节为{prev.level}级）")
        if prev.group and cur.level <= prev.level:
            problems.append(f"分组章节“{prev.title}”后面没有下级章节")
    if sections and sections[-1].group:
        problems.append(f"分组章节“{sections[-1].title}”后面没有下级章节")
    title = outline.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append("提纲缺少报告标题模板（title）")
        title = ""
    else:
        _check_syntax(title, "报告标题模板", problems)
    if problems:
        raise ConfigError(f"报告类型“{name}”的定义有误：" + "；".join(problems))
    system_path = next((f / "system.md" for f in folders if (f / "system.md").is_file()), folder / "system.md")
    return ReportSpec(
        name=str(outline.get("name") or name),
        label=str(outline.get("label") or name),
        title_template=title,
        sections=tuple(sections),
        system=system_path.read_text(encoding="utf-8").strip() if system_path.is_file() else "",
        root=base,
    )


def _find(folders: list[Path], filename: str) -> Path | None:
    """The spec's own file, else its base spec's (a variant reuses the sections it does not change)."""
    return next((f / "sections" / filename for f in folders if (f / "sections" / filename).is_file()), None)


def _section(folders: list[Path], i: int, raw: Any, seen: set[str], problems: list[str]) -> SectionSpec | None:
    if not isinstance(raw, dict):
        problems.append(f"第{i}个章节格式错误")
        return None
    key, title, level, stype = raw.get("key"), raw.get("title"), raw.get("level"), raw.get("section_type")
    where = f"第{i}个章节（{key or title or '?'}）"
    ok = True
    headed = raw.get("heading", True) is not False
    label = raw.get("label", "")
    if not headed:  # printed without a heading: no title, a label instead
        if title not in (None, ""):
            problems.append(f"{where}不加标题（heading = false），title 应省略")
            ok = False
        if not isinstance(label, str) or not label.strip():
            problems.append(f"{where}不加标题，须用 label 说明其内容")
            ok = False
        title = ""
    if not isinstance(key, str) or not _KEY_RE.match(key):
        problems.append(f"{where}的 key 应为小写英文标识符")
        ok = False
    elif key in seen:
        problems.append(f"{where}的 key 重复")
        ok = False
    if headed and (not isinstance(title, str) or not title.strip()):
        problems.append(f"{where}缺少标题（title）")
        ok = False
    if level not in (1, 2, 3):
        problems.append(f"{where}的级别（level）应为 1、2 或 3")
        ok = False
    if stype not in SECTION_TYPES:
        problems.append(f"{where}的章节类型“{stype}”不在术语表中（{'、'.join(sorted(SECTION_TYPES))}）")
        ok = False
    needs = raw.get("needs", [])
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        problems.append(f"{where}的 needs 应为字符串列表")
        ok = False
    if not ok or not isinstance(key, str) or not isinstance(title, str) or not isinstance(stype, str):
        return None
    seen.add(key)
    group = bool(raw.get("group", False))
    instruction = template = ""
    if not group:
        stem = raw.get("files", key)
        if not isinstance(stem, str) or not _KEY_RE.match(stem):
            problems.append(f"{where}的 files 应为小写英文标识符")
            stem = key
        ipath = _find(folders, f"{stem}.instruction.md")
        tpath = _find(folders, f"{stem}.template.j2")
        if ipath is not None:
            instruction = ipath.read_text(encoding="utf-8").strip()
        if not instruction:
            problems.append(f"章节“{title or label}”缺少给模型的写作说明 sections/{stem}.instruction.md")
        if tpath is not None:
            template = tpath.read_text(encoding="utf-8")
        if not template.strip():
            problems.append(f"章节“{title or label}”缺少离线模板 sections/{stem}.template.j2")
        else:
            _check_syntax(template, f"章节“{title}”的模板", problems)
    return SectionSpec(
        key=key,
        title=title.strip(),
        level=int(level),  # type: ignore[arg-type]  # checked to be 1, 2 or 3 above
        section_type=stype,
        needs=tuple(needs),
        covers=str(raw.get("covers", "")),
        instruction=instruction,
        template=template,
        group=group,
        template_only=bool(raw.get("template_only", False)),
        label=str(label or "").strip(),
    )


def _check_syntax(template: str, name: str, problems: list[str]) -> None:
    import jinja2

    try:
        template_variables(template)
    except jinja2.TemplateSyntaxError as exc:
        problems.append(f"{name}第{exc.lineno}行语法错误：{exc.message}")
