"""What a batch review reads: every file under the folders, ``.zip`` archives and glob patterns given.

``collect(paths)`` turns the command line's PATH arguments into ``Source`` items in a stable order:

* a folder is walked recursively (hidden entries, Office lock files ``~$…`` and system clutter such as
  ``Thumbs.db`` and ``__MACOSX/`` are left out silently);
* a ``.zip`` archive — given directly or found in a folder — contributes each member file; member names
  written by Chinese Windows (GBK without the UTF-8 flag) are decoded as such;
* a pattern with ``*``, ``?`` or ``[`` that names no existing file is expanded (``**`` recurses): Windows
  shells pass globs through unexpanded;
* anything else that exists is one file.

A source that cannot be reviewed as found (missing path, unsupported type, damaged or encrypted archive,
a member too large) carries its ``problem``: it becomes a 灰 row and never stops the batch. ``read_bytes``
gives a source's bytes (an archive is opened once per process and kept open).
"""

from __future__ import annotations

import glob
import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chains.errors import InputError
from chains.ingest.documents import MAX_BYTES

#: what the review reads; everything else found in a folder is listed as 灰 with the reason
REVIEWED = (".docx", ".pdf", ".txt", ".md", ".html", ".htm")
_CLUTTER = {"thumbs.db", "desktop.ini", ".ds_store"}
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Source:
    """One file to review: ``name`` as the worksheet shows it, where its bytes are, or why it cannot be read."""

    name: str
    path: str
    member: str | None = None  # the file inside the ``.zip`` at ``path``
    problem: str | None = None


def collect(paths: Iterable[str | Path]) -> list[Source]:
    """Every file the PATH arguments name, each once, in the order given (folders and archives sorted)."""
    out: list[Source] = []
    seen: set[tuple[str, str | None]] = set()
    for raw in paths:
        for source in _expand(str(raw)):
            key = (os.path.realpath(source.path), source.member)
            if key in seen:
                continue
            seen.add(key)
            out.append(source)
    return out


def _expand(arg: str) -> Iterator[Source]:
    path = Path(arg)
    if path.is_dir():
        yield from _folder(path)
    elif path.is_file():
        yield from _file(path, arg)
    elif _GLOB_CHARS & set(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield Source(arg, arg, problem="没有与该模式匹配的文件")
        for match in matches:
            yield from (_folder(Path(match)) if Path(match).is_dir() else _file(Path(match), match))
    else:
        yield Source(arg, arg, problem="找不到该文件或文件夹")


def _folder(folder: Path) -> Iterator[Source]:
    prefix = folder.resolve().name or str(folder)
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder)
        if not f.is_file() or any(_hidden(part) for part in rel.parts):
            continue
        yield from _file(f, f"{prefix}/{rel.as_posix()}")


def _hidden(part: str) -> bool:
    return part.startswith((".", "~$")) or part.lower() in _CLUTTER or part == "__MACOSX"


def _file(path: Path, name: str) -> Iterator[Source]:
    if path.suffix.lower() == ".zip":
        yield from _archive(path, name)
        return
    yield Source(name, str(path), problem=unsupported(path.name))


def unsupported(name: str) -> str | None:
    """Why a file name is not reviewed (``None`` when it is one of ``REVIEWED``)."""
    suffix = Path(name).suffix.lower()
    if suffix in REVIEWED:
        return None
    if suffix == ".doc":
        return "旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再审阅"
    if suffix == ".wps":
        return "WPS 文字（.wps）文件，请另存为 .docx 后再审阅"
    if suffix in (".xls", ".xlsx", ".et"):
        return f"表格文件（{suffix}），不是报告正文；只审阅 {'、'.join(REVIEWED)}"
    if suffix in (".rar", ".7z", ".tar", ".gz"):
        return f"{suffix} 压缩包，只能展开 .zip；请解压后再审阅"
    return f"不支持的文件类型 {suffix or '（无扩展名）'}，只审阅 {'、'.join(REVIEWED)}"


def _archive(path: Path, name: str) -> Iterator[Source]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        reason = "压缩包已损坏或不是 .zip 格式" if not isinstance(exc, OSError) else f"无法打开压缩包：{exc.strerror or exc}"
        yield Source(name, str(path), problem=reason)
        return
    members = [(member_name(i), i) for i in infos if not i.is_dir()]
    members = [(n, i) for n, i in members if not any(_hidden(p) for p in n.split("/"))]
    if not members:
        yield Source(name, str(path), problem="压缩包中没有文件")
    for shown, info in sorted(members, key=lambda m: m[0]):
        yield Source(f"{name}/{shown}", str(path), info.filename, _member_problem(shown, info))


def _member_problem(shown: str, info: zipfile.ZipInfo) -> str | None:
    if info.flag_bits & 0x1:
        return "压缩包中的文件有密码保护，请解压后再审阅"
    if shown.lower().endswith(".zip"):
        return "压缩包中的压缩包，请先解压后再审阅"
    if info.file_size > MAX_BYTES:
        return f"文件有 {info.file_size / 1048576:.1f} MB，超过 {MAX_BYTES // 1048576} MB 的上限"
    return unsupported(shown)


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its author wrote it: archives from Chinese Windows store GBK names without
    the UTF-8 flag, which ``zipfile`` decodes as cp437."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def read_bytes(source: Source) -> bytes:
    """The file's bytes; ``InputError`` (in Chinese) when they cannot be read."""
    file_name = source.name.rsplit("/", 1)[-1]
    try:
        if source.member is None:
            size = os.path.getsize(source.path)
            if size > MAX_BYTES:
                raise InputError(f"{file_name} 有 {size / 1048576:.1f} MB，超过 {MAX_BYTES // 1048576} MB 的上限，请拆分后再审阅。")
            with open(source.path, "rb") as fh:
                return fh.read()
        return _open_archive(source.path).read(source.member)
    except FileNotFoundError:
        raise InputError(f"找不到文件 {file_name}（审阅过程中被移走或删除）。") from None
    except (zipfile.BadZipFile, KeyError, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
        raise InputError(f"{file_name} 无法从压缩包中取出，压缩包可能已损坏（{type(exc).__name__}）。") from None
    except RuntimeError:  # an encrypted member
        raise InputError(f"{file_name} 在压缩包中有密码保护，请解压后再审阅。") from None
    except OSError as exc:
        raise InputError(f"无法读取 {file_name}：{exc.strerror or exc}") from None


@lru_cache(maxsize=8)
def _open_archive(path: str) -> zipfile.ZipFile:
    """One open archive per process: its directory is read once, not once per member."""
    return zipfile.ZipFile(path)


def close_archives() -> None:
    """Let go of the archives this process keeps open — once their folder is deleted (a page reviewing
    uploads from a temporary folder), else a deleted archive's space is held until it is evicted."""
    _open_archive.cache_clear()
