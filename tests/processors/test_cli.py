import json

from typer.testing import CliRunner

# The real `newswatch` app: its callback sends logs to stderr, so stdout stays JSON lines
# even when the first call builds the gazetteer cache (and logs it).
from newswatch.cli import app
from processors import cli

runner = CliRunner()


def test_extract_writes_one_line_per_input_in_order() -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "A Russian missile struck a school in Kharkiv on Monday.",
                "published": "2024-05-06",
            }
        ),
        "{not json",
        json.dumps({"id": "c", "published": "2024-05-06"}),
        "",
        json.dumps(
            {
                "id": "d",
                "text": "Workers went on strike.",
                "published": "2024-05-06T10:00:00Z",
                "title": "t",
            }
        ),
        json.dumps({"id": "e", "text": "x", "published": "yesterday"}),
    ]
    result = runner.invoke(app, ["extract"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", "d", "e"]
    (event,) = out[0]["events"]
    assert event["location"]["name"] == "Kharkiv" and event["event_type"] == "missile"
    assert event["date"] == "2024-05-06" and event["killed"] == {"min": None, "max": None}
    assert set(event) >= {"weapons", "wounded", "perpetrator", "target", "evidence", "confidence"}
    assert "error" in out[1] and "error" in out[2] and "text" in out[2]["error"]
    assert out[3] == {"id": "d", "events": []}
    assert "published" in out[4]["error"]


def test_extract_gives_an_error_line_for_a_text_the_extractor_fails_on(monkeypatch) -> None:
    from processors import extraction

    real = extraction.extract_strikes

    def failing(text, published, title=None):  # a bug that only this text meets
        if "boom" in text:
            raise IndexError("list index out of range")
        return real(text, published, title)

    monkeypatch.setattr(extraction, "extract_strikes", failing)
    lines = [
        json.dumps({"id": "bad", "text": "boom", "published": "2024-05-06"}),
        json.dumps(
            {"id": "good", "text": "A missile hit Kharkiv on Monday.", "published": "2024-05-06"}
        ),
    ]
    result = runner.invoke(app, ["extract"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    failed = "extraction failed: IndexError: list index out of range"
    assert out[0] == {"id": "bad", "error": failed}
    assert [e["location"]["name"] for e in out[1]["events"]] == ["Kharkiv"]


def test_parse_published() -> None:
    assert str(cli.parse_published("2022-02-28")) == "2022-02-28"
    assert str(cli.parse_published("2022-02-28T23:10:00+00:00")) == "2022-02-28"
    assert cli.parse_published(None) is None


def test_eval_prints_a_table_and_json(tmp_path) -> None:
    case = {
        "id": "x",
        "published": "2024-05-06",
        "text": "A Russian missile struck a school in Kharkiv on Monday, killing three people.",
        "gold": {
            "is_strike": True,
            "events": [
                {
                    "event_type": "missile",
                    "weapons": [],
                    "location": "Kharkiv",
                    "date": "2024-05-06",
                    "killed": 3,
                    "killed_min": 3,
                    "wounded": None,
                    "wounded_min": None,
                    "perpetrator": "Russian forces",
                    "target": "education",
                }
            ],
        },
    }
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(case) + "\n", encoding="utf-8")
    table = runner.invoke(app, ["eval", str(path)])
    assert table.exit_code == 0
    assert "place" in table.stdout and "1.000" in table.stdout
    as_json = runner.invoke(app, ["eval", str(path), "--json"])
    metrics = json.loads(as_json.stdout)["metrics"]
    assert metrics["place"]["f1"] == 1.0 and metrics["killed"]["f1"] == 1.0


def test_eval_reports_a_bad_file(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output
