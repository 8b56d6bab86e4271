"""Each drafting run leaves an inspectable record under ``data_dir/runs/<run_id>/``.

::

    inputs.json          figures (as given), spec, backend, model settings (never the key), time
    passages.json        retrieved passages per section key
    sections/NN_key.json one file per section as soon as it is done: text, backend, notices, every
                         model attempt with its findings, the verified base text
    findings.json        the findings returned with the draft, its notices and its 审核意见 (review notes,
                         including the data not used: 未使用的数据：…)
    draft.md             the assembled draft

A run is resumable: ``draft_report(..., run_id=...)`` reuses the sections already saved for the same
figures and drafts only the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chains.draft.types import SectionDraft
from chains.figures import Figures


def figures_digest(figures: Figures) -> str:
    return hashlib.sha256(figures.to_json().encode("utf-8")).hexdigest()[:16]


def new_run_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]


def _write_json(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)  # a half-written file never replaces a good one


@dataclass
class RunStore:
    """The folder of one run. Writes are atomic; reads tolerate a missing or damaged file."""

    root: Path
    run_id: str

    @classmethod
    def open(cls, data_dir: Path, run_id: str | None = None) -> RunStore:
        rid = run_id or new_run_id()
        return cls(Path(data_dir) / "runs" / rid, rid)

    def save_inputs(self, figures: Figures, spec: str, backend: dict[str, Any]) -> None:
        _write_json(
            self.root / "inputs.json",
            {
                "run_id": self.run_id,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "spec": spec,
                "figures_digest": figures_digest(figures),
                "figures": figures.to_dict(),
                "backend": backend,
            },
        )

    def save_passages(self, passages: dict[str, list[dict[str, Any]]]) -> None:
        _write_json(self.root / "passages.json", passages)

    def _section_path(self, index: int, key: str) -> Path:
        return self.root / "sections" / f"{index:02d}_{key}.json"

    def save_section(self, index: int, section: SectionDraft, extra: dict[str, Any]) -> None:
        _write_json(
            self._section_path(index, section.key),
            {
                "key": section.key,
                "title": section.title,
                "level": section.level,
                "text": section.text,
                "backend": section.backend,
                "notices": list(section.notices),
                **extra,
            },
        )

    def load_sections(self, figures: Figures) -> dict[str, SectionDraft]:
        """Sections saved by an earlier attempt of this run with the same figures, by key."""
        try:
            inputs = json.loads((self.root / "inputs.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if inputs.get("figures_digest") != figures_digest(figures):
            return {}
        out: dict[str, SectionDraft] = {}
        for path in sorted((self.root / "sections").glob("*.json")):
            try:
                d = json.loads(path.read_text(encoding="utf-8"))
                out[d["key"]] = SectionDraft(
                    key=d["key"], title=d["title"], level=int(d["level"]), text=d["text"],
                    backend=d.get("backend", "offline"), notices=list(d.get("notices", [])),
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return out

    def saved_keys(self) -> list[str]:
        """Keys of the sections this run has saved so far (what a resumed run will not draft again)."""
        keys = []
        for path in sorted((self.root / "sections").glob("*.json")):
            try:
                keys.append(str(json.loads(path.read_text(encoding="utf-8"))["key"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return keys

    def clear_sections(self) -> None:
        for path in (self.root / "sections").glob("*.json"):
            path.unlink(missing_ok=True)

    def save_result(
        self, findings: list[dict[str, Any]], notices: list[str], markdown: str, review_notes: list[str] | None = None
    ) -> None:
        _write_json(self.root / "findings.json",
                    {"findings": findings, "notices": notices, "review_notes": list(review_notes or [])})
        (self.root / "draft.md").write_text(markdown, encoding="utf-8")
