"""How far an offline draft is from one a reviewer would accept (issue 13), for every figures file.

    python bench/eval_drafts.py [-v] [FIGURES.json ...]

Default (``make eval-drafts``): every figures file of the repository — ``tests/data/dev/figures``,
``tests/data/drafts/figures`` and ``tests/data/drafting/figures``. Per file:

* **placeholder** — share of the body (every section but the 自评表 appendix; characters, whitespace
  excluded) that is still to be written: each sentence holding 待补充 / 待核实 / a 【…】 slot / an
  instruction to the writer (请据实…, 不得照搬…, 如无，请注明…), counted whole;
* **used/given** — leaves of the figures (every amount, text, list item and indicator cell; provenance
  keys ``id source_url source_title published notes`` and the English ``category`` tag excluded) that
  appear in the draft text, over all leaves; ``listed`` counts the leaves not used but named to the user
  in the draft's 审核意见 (“未使用的数据：…”);
* **contradicted** — claims of the draft the figures refute: checker errors the figures do not carry,
  “未设置满意度指标” beside an indicator list that is empty or mentions 满意度, money called 结余 that the
  figures never call 结余, a problems section saying only 无 while points were lost or a target missed;
* **≠score** — of the execution weight and score, the total and the grade in the draft, how many differ
  from ``score_figures`` (``report-assistant score``); “—（不单列）” is expected where execution is not scored
  on its own row.

Nothing is asserted; ``-v`` prints what was counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chains.check import check  # noqa: E402
from chains.draft.offline import draft_offline  # noqa: E402
from chains.figures import Figures, dec  # noqa: E402
from chains.score import q2, score_figures  # noqa: E402
from chains.score.validate import validate_figures  # noqa: E402
from chains.text.numbers import extract_numbers  # noqa: E402
from chains.vocabulary import says_no_problem  # noqa: E402

FOLDERS = (ROOT / "tests/data/dev/figures", ROOT / "tests/data/drafts/figures", ROOT / "tests/data/drafting/figures")
METADATA = {"id", "source_url", "source_title", "published", "notes", "category"}
_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")
_GAP = re.compile(r"待补充|待核实|【[^】]*】|请据实|不得照搬|如无，请注明")
NOT_SEPARATE = "—（不单列）"


@dataclass
class Result:
    name: str
    placeholder: float = 0.0
    given: int = 0
    used: int = 0
    listed: int = 0
    contradicted: list[str] = field(default_factory=list)
    differs: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)


def leaves(node: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        out = []
        for k, v in node.items():
            if not path and k in METADATA:
                continue
            out += leaves(v, f"{path}.{k}" if path else str(k))
        return out
    if isinstance(node, list):
        return [leaf for i, v in enumerate(node) for leaf in leaves(v, f"{path}[{i}]")]
    return [] if node is None or node == "" else [(path, node)]


def appears(value: Any, text: str, numbers: set[Decimal]) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        d = dec(value)
        return d is not None and (q2(d) in numbers or d in numbers)
    s = str(value).strip().rstrip("。")
    return bool(s) and s in text


def placeholder_share(body: str) -> float:
    total = len(re.sub(r"\s", "", body))
    gap = sum(len(re.sub(r"\s", "", m.group())) for m in _SENTENCE.finditer(body) if _GAP.search(m.group()))
    return gap / total if total else 0.0


def score_text(v: Decimal | None) -> str | None:
    return None if v is None else f"{q2(v)}"


def score_differences(text: str, table: Any) -> list[str]:
    """Execution weight and score, total and grade as the draft's 自评表 prints them, against the scores."""
    out = []
    ex = table.execution
    row = next((ln.split("｜") for ln in text.splitlines() if ln.startswith("年度资金总额｜")), None)
    if ex.weight_source == "none":
        want_w = want_s = NOT_SEPARATE
    else:
        want_w, want_s = score_text(ex.weight), score_text(ex.score_used) or "—"
    if row is None or len(row) < 7:
        out.append("no execution row")
    else:
        for label, got, want in (("execution weight", row[4], want_w), ("execution score", row[6], want_s)):
            if got != want:
                out.append(f"{label} {got} ≠ {want}")
    total_row = next((ln.split("｜") for ln in text.splitlines() if ln.startswith("总分｜")), None)
    want_total = score_text(table.total)
    got_total = total_row[6] if total_row and len(total_row) > 6 else None
    if (want_total or "待补充") != got_total and not (want_total is None and got_total in ("—", "待补充")):
        out.append(f"total {got_total} ≠ {want_total}")
    m = re.search(r"评价等级：(\S+)", text)
    got_grade = m.group(1) if m else None
    if (table.grade or "待补充") != got_grade:
        out.append(f"grade {got_grade} ≠ {table.grade}")
    return out


def contradictions(figures: Figures, data: dict[str, Any], draft: Any, table: Any) -> list[str]:
    text = draft.text
    out = []
    carried = {p.code for p in validate_figures(figures, table) if p.severity == "error"}
    out += [f"checker {f.code}: {text[f.span[0]:f.span[1]]}" for f in check(text, figures).errors if f.code not in carried]
    indicators = data.get("indicators") or []
    mentions = any("满意" in json.dumps(i, ensure_ascii=False) for i in indicators)
    if "未设置满意度指标" in text and (not indicators or mentions):
        out.append("claims no satisfaction indicator")
    said = json.dumps({k: v for k, v in data.items() if k not in METADATA}, ensure_ascii=False)
    if "结余" not in said and re.search(r"结余(?:资金)?[0-9]", text):
        out.append("calls unspent money 结余")
    problems = next((s.text for s in draft.sections if s.key == "problems"), "")
    lines = [ln for ln in problems.splitlines() if ln.strip()]
    lost = any(r.score_used is not None and r.weight is not None and r.score_used < r.weight for r in table.rows)
    short = lost or any(r.needs_explanation for r in table.rows) or (table.total is not None and table.total < 100)
    short = short or (table.execution.rate is not None and table.execution.rate < 90)
    if short and any(says_no_problem(ln) for ln in lines):
        out.append("says 无 in 存在的问题 although points were lost")
    return out


def evaluate(path: Path) -> Result:
    data = json.loads(path.read_text(encoding="utf-8"))
    figures = Figures.from_dict(data)
    table = score_figures(figures)
    draft = draft_offline(figures, table=table)
    text = draft.text
    res = Result(path.stem)
    body = "\n".join(s.text for s in draft.sections if s.key != "table")
    res.placeholder = placeholder_share(body)
    numbers: set[Decimal] = set()
    for m in extract_numbers(text):
        numbers |= {m.value, m.number, q2(m.value), q2(m.number)}
    notes = "\n".join(getattr(draft, "review_notes", []) or [])
    for name, value in leaves(data):
        res.given += 1
        if appears(value, text, numbers):
            res.used += 1
        else:
            res.unused.append(f"{name}={value}")
            key = re.split(r"[.\[]", name)[0]
            if "未使用的数据" in notes and key in notes:
                res.listed += 1
    res.contradicted = contradictions(figures, data, draft, table)
    res.differs = score_differences(next((s.text for s in draft.sections if s.key == "table"), ""), table)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    paths = args.paths or [p for folder in FOLDERS for p in sorted(folder.glob("*.json"))]
    results = [evaluate(p) for p in paths]
    width = max(len(r.name) for r in results)
    print(f"{'figures':<{width}}  placeholder  used/given (listed)  contradicted  ≠score")
    for r in results:
        print(f"{r.name:<{width}}  {r.placeholder:10.1%}  {r.used:>4}/{r.given:<4} ({r.listed:>2})     "
              f"{len(r.contradicted):>6}        {len(r.differs)}")
        if args.verbose:
            for line in r.contradicted + r.differs:
                print(f"    ! {line}")
            for line in r.unused:
                print(f"    unused {line}")
    n = len(results)
    given = sum(r.given for r in results)
    print(f"{'ALL':<{width}}  {sum(r.placeholder for r in results) / n:10.1%}  "
          f"{sum(r.used for r in results):>4}/{given:<4} ({sum(r.listed for r in results):>2})     "
          f"{sum(len(r.contradicted) for r in results):>6}        {sum(len(r.differs) for r in results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
