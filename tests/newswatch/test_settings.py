from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from newswatch.settings import ConfigError, Settings, load_yaml_config


def test_environment_overrides_nested_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_INDEXER__BATCH_SIZE", "42")
    monkeypatch.setenv("NEWSWATCH_KAFKA", "broker-a:9092,broker-b:9092")
    settings = Settings()
    assert settings.indexer.batch_size == 42
    assert settings.kafka_bootstrap == "broker-a:9092,broker-b:9092"


def test_an_incident_must_keep_at_least_one_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_PROCESSOR__INCIDENT_MAX_REPORTS", "0")
    with pytest.raises(ValidationError, match="incident_max_reports"):
        Settings()


def test_unset_engines_mean_the_local_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSWATCH_KAFKA", raising=False)
    monkeypatch.delenv("NEWSWATCH_ES", raising=False)
    monkeypatch.setenv("NEWSWATCH_STACK__ES_PORT", "19999")
    settings = Settings()
    assert settings.uses_local_stack
    assert settings.es_url == "http://127.0.0.1:19999"


def test_yaml_file_is_read_and_environment_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "newswatch.yaml"
    config.write_text("es: http://search:9200\nproducer:\n  default_interval: 600\n"
                      "indexer:\n  batch_size: 10\n")
    monkeypatch.setenv("NEWSWATCH_CONFIG", str(config))
    monkeypatch.setenv("NEWSWATCH_INDEXER__BATCH_SIZE", "20")
    settings = Settings()
    assert settings.es_url == "http://search:9200"
    assert settings.producer.default_interval == 600
    assert settings.indexer.batch_size == 20


@pytest.mark.parametrize("content", ["[1, 2]", "a: [unclosed"])
def test_malformed_yaml_is_a_clear_error(tmp_path: Path, content: str) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        load_yaml_config(config)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_yaml_config(tmp_path / "absent.yaml")
