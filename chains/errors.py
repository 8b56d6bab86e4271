"""The few named errors of the project.

Every error a user can cause or meet is a ``ReportError`` whose message, in Chinese, says what
happened and what to do next. The CLI (``chains.cli``) and the app (``app.py``) each catch them in
one place; nothing else turns an exception into a user message.
"""

from __future__ import annotations


class ReportError(Exception):
    """Base of every error shown to a user. ``str(err)`` is the user-facing message."""

    exit_code = 1


class InputError(ReportError):
    """The input cannot be used: empty, binary, undecodable, corrupt document, bad JSON."""

    exit_code = 2


class FiguresError(InputError):
    """Key figures that do not validate; ``problems`` lists one Chinese message per field."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class ConfigError(ReportError):
    """A setting is missing or wrong (model endpoint, Chroma server, data directory)."""

    exit_code = 2


class IndexUnavailable(ReportError):
    """The retrieval index is missing, damaged or unreachable."""

    exit_code = 2


class BackendError(ReportError):
    """The language-model endpoint failed (refused, timed out, rate-limited, garbled)."""

    exit_code = 1
