"""`newswatch extract` and `newswatch eval`: the extractor offline, on JSON lines and cases.

Both run the same ``extract_strikes`` as the Faust agent, with no Kafka or Elasticsearch.
The extractor is imported inside the commands so ``newswatch --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from newswatch.logs import get_logger


def parse_published(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` or an ISO datetime (``Z`` allowed) as a date; None stays None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise ValueError(f"published {value!r} is not YYYY-MM-DD or an ISO datetime") from exc


def extract_line(line: str) -> dict[str, Any]:
    """One input JSON line -> its output object: ``{"id", "events"}`` or ``{"id", "error"}``."""
    from processors.extraction import extract_strikes

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(record, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    record_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record_id, "error": "missing or non-string 'text'"}
    title = record.get("title")
    try:
        published = parse_published(record.get("published"))
    except ValueError as exc:
        return {"id": record_id, "error": str(exc)}
    try:
        strikes = extract_strikes(text, published, title if isinstance(title, str) else None)
    except Exception as exc:  # one text's extraction bug must not stop the batch (as in the app)
        get_logger(__name__).exception("extraction failed", id=record_id)
        return {"id": record_id, "error": f"extraction failed: {type(exc).__name__}: {exc}"}
    return {"id": record_id, "events": [s.model_dump(mode="json") for s in strikes]}


def extract() -> None:
    """Read articles as JSON lines on stdin, write their strike events as JSON lines.

    Input: {"id", "text", "published", "title"?, "url"?}; output, one line per input in
    order: {"id", "events": [...]}, or {"id", "error"} for a line that cannot be read.
    """
    for line in sys.stdin:
        if not line.strip():
            continue
        sys.stdout.write(json.dumps(extract_line(line), ensure_ascii=False) + "\n")
        sys.stdout.flush()


def read_cases(paths: list[Path]) -> list[dict[str, Any]]:
    """Labelled cases from JSON-lines files; a bad line is an error naming file and line."""
    cases: list[dict[str, Any]] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(case, dict) or "id" not in case or "text" not in case:
                raise ValueError(f"{path}:{number}: a case needs 'id' and 'text'")
            cases.append(case)
    return cases


def evaluate_cases(cases: list[dict[str, Any]]):
    """Run the extractor over labelled cases and score it (see ``processors.evaluation``)."""
    from processors.evaluation import score
    from processors.extraction import extract_strikes
    from processors.weapons import find_weapons

    def weapon_name(name: str) -> str:
        found = find_weapons(name)
        return found[0].canonical if len(found) == 1 else name

    predictions = {
        c["id"]: extract_strikes(c["text"], parse_published(c.get("published")), c.get("title"))
        for c in cases
    }
    return score(cases, predictions, weapon_name)


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def evaluate(
    files: Annotated[
        list[Path], typer.Argument(help="labelled cases, JSON lines (dev-set format)")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="print metrics and mistakes as JSON")
    ] = False,
    mistakes: Annotated[
        bool, typer.Option("--mistakes", help="also list each wrong field")
    ] = False,
) -> None:
    """Score the extractor on labelled cases: per-field precision, recall, F1 / accuracy."""
    try:
        cases = read_cases(files)
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    report = evaluate_cases(cases)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2, default=str))
        return
    typer.echo(f"{len(cases)} cases from {', '.join(str(f) for f in files)}")
    typer.echo(f"{'field':<18}{'precision':>10}{'recall':>10}{'F1/acc':>10}{'n':>6}")
    for metric in report.metrics.values():
        typer.echo(
            f"{metric.name:<18}{_fmt(metric.precision):>10}{_fmt(metric.recall):>10}"
            f"{_fmt(metric.f1):>10}{metric.n:>6}"
        )
    if mistakes:
        for m in report.mistakes:
            where = f"{m['id']}  {m.get('place')}  {m['field']}"
            typer.echo(f"  {where}: got {m['predicted']!r}, want {m['gold']!r}")
