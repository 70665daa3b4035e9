"""The Faust app: articles -> deduplicated, extracted events -> correlated incidents.

Two agents, each a short adapter around the pure functions of `processors.pipeline` and
`processors.correlation`:

- ``process_articles`` reads Topics.ARTICLES (keyed by article id), keeps the content hash
  and fetch time of each article's last processed version in the ``article-versions``
  table, and sends the events of new or changed articles to Topics.EVENTS, keyed by their
  incident key (the event id when they have none).
- ``correlate_events`` reads Topics.EVENTS and keeps each incident's reports in the
  ``incident-reports`` table, keyed by incident key; it sends every updated Incident to
  Topics.INCIDENTS, keyed by incident id. An incident keeps its latest
  ``incident_max_reports`` reports, so its state stays under Kafka's message size limit.

Faust writes a table change to the changelog partition of the message being processed,
so a table must be keyed like its source topic: articles by article id, events by
incident key. That holds by construction (producers and the first agent key messages
that way), so no repartitioning (``group_by``) is needed. Tables live in memory and are
recovered from their changelog topics on start.

Delivery is at-least-once, not exactly-once: after a crash some messages are processed
again. That is safe because every id is stable (event ids, incident ids) and downstream
writes by id, and an incident is recomputed from its reports, not accumulated.

Topics carry raw bytes and are parsed here with pydantic, so a message that is not valid
JSON or not the expected model, or an article whose extraction fails, goes to
Topics.DEAD_LETTER with the reason and the payload, and the agent carries on.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import faust

from newswatch.contracts import DeadLetter, Topics
from newswatch.logs import get_logger
from newswatch.settings import Settings
from newswatch.topics import TopicSpec
from processors.correlation import dump_state, incident_key, load_state, merge, summarise
from processors.dedupe import Seen, dump_seen, load_seen
from processors.pipeline import PoisonMessage, parse_article, parse_event, process_article

STAGE = "processor"
SEEN_TABLE = "article-versions"  # article id -> the versions seen (dedupe)
REPORTS_TABLE = "incident-reports"  # incident key -> its events' reports (correlation)
log = get_logger(__name__)


def changelog_specs(settings: Settings) -> list[TopicSpec]:
    """The tables' changelog topics, named as Faust names them, each with its source topic's
    partitions. The worker creates them before Faust starts: created by Faust itself, a
    changelog may be missing from the cluster metadata when an agent first writes its table,
    and the agent then dies of a PartitionsMismatch ("has 0 partitions")."""
    conf, parts = settings.processor, settings.topics
    rf = parts.replication_factor
    return [
        TopicSpec(f"{conf.app_id}-{table}-changelog", partitions, rf, 0, compacted=True)
        for table, partitions in (
            (SEEN_TABLE, parts.articles_partitions),
            (REPORTS_TABLE, parts.events_partitions),
        )
    ]


def broker_urls(bootstrap: str) -> list[str]:
    """Faust's broker list from Kafka's comma-separated bootstrap servers."""
    return [f"kafka://{host.strip()}" for host in bootstrap.split(",") if host.strip()]


def create_app(settings: Settings) -> faust.App:
    """The processor app with its topics, tables and agents declared."""
    conf, parts = settings.processor, settings.topics
    app = faust.App(
        conf.app_id,
        broker=broker_urls(settings.kafka_bootstrap),
        store="memory://",
        datadir=str(conf.data_dir),
        topic_replication_factor=parts.replication_factor,
        topic_partitions=parts.articles_partitions,
        web_enabled=conf.web_enabled,
        web_bind=conf.web_host,
        web_host=conf.web_host,
        web_port=conf.web_port,
    )

    def topic(name: str, partitions: int, retention_ms: int) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=partitions,
            retention=timedelta(milliseconds=retention_ms),
        )

    articles = topic(Topics.ARTICLES, parts.articles_partitions, parts.retention_ms)
    events = topic(Topics.EVENTS, parts.events_partitions, parts.retention_ms)
    incidents = topic(Topics.INCIDENTS, parts.incidents_partitions, parts.retention_ms)
    dead_letters = topic(
        Topics.DEAD_LETTER, parts.dead_letter_partitions, parts.dead_letter_retention_ms
    )
    seen = app.Table(
        SEEN_TABLE,
        partitions=parts.articles_partitions,
        key_type=str,
        value_type=bytes,
    )
    reports = app.Table(
        REPORTS_TABLE,
        partitions=parts.events_partitions,
        key_type=str,
        value_type=bytes,
    )

    async def dead_letter(message: Any, error: str) -> None:
        letter = DeadLetter(
            source_topic=message.message.topic,
            stage=STAGE,
            error=error,
            key=_text(message.key),
            payload=_text(message.value) or "",
            failed_at=datetime.now(UTC),
        )
        await dead_letters.send(key=message.key, value=letter.model_dump_json().encode())
        log.warning(
            "message dead-lettered",
            topic=message.message.topic,
            partition=message.message.partition,
            offset=message.message.offset,
            reason=error,
        )

    @app.agent(articles)
    async def process_articles(stream: faust.StreamT) -> None:
        async for message in stream.events():
            try:
                article = parse_article(message.value)
                last = load_seen(seen.get(article.id))
                outcome = process_article(article, last, datetime.now(UTC))
            except PoisonMessage as exc:
                await dead_letter(message, str(exc))
                continue
            except Exception as exc:  # one article's extraction bug must not stop the stream
                log.exception("extraction failed", key=_text(message.key))
                await dead_letter(message, f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            for event in outcome.events:
                key = incident_key(event) or event.id
                await events.send(key=key.encode(), value=event.model_dump_json().encode())
            if outcome.decision.extract:
                seen[article.id] = dump_seen(Seen.of(article))
            log.info(
                "article processed",
                article=article.id,
                decision=str(outcome.decision),
                events=len(outcome.events),
            )

    @app.agent(events)
    async def correlate_events(stream: faust.StreamT) -> None:
        async for message in stream.events():
            try:
                event = parse_event(message.value)
            except PoisonMessage as exc:
                await dead_letter(message, str(exc))
                continue
            key = incident_key(event)
            if key is None:
                continue
            try:
                limit = conf.incident_max_reports
                merged = merge(load_state(reports.get(key), limit), event, limit)
            except Exception as exc:  # an unreadable state must not stop the stream
                log.exception("correlation failed", key=key)
                await dead_letter(message, f"correlation failed: {type(exc).__name__}: {exc}")
                continue
            reports[key] = dump_state(merged)
            incident = summarise(key, merged)
            value = incident.model_dump_json().encode()
            await incidents.send(key=incident.id.encode(), value=value)
            log.info("incident updated", incident=incident.id, reports=incident.report_count)

    return app


def _text(raw: bytes | None) -> str | None:
    """Bytes as text for a dead letter; undecodable bytes are kept as backslash escapes."""
    return None if raw is None else raw.decode("utf-8", errors="backslashreplace")
