"""Kafka topics for the pipeline: explicit partitions and retention, created idempotently.

Relying on broker auto-creation would give every topic the broker default (often one
partition, a week of retention), so the processor could not scale out and the dead letters
would age out with the traffic. ``newswatch setup`` creates them here instead. Existing
topics are left exactly as they are, even with fewer partitions than configured: adding
partitions remaps keys to partitions, which breaks the processor's co-partitioned Faust
tables (PartitionsMismatch) and the per-key order. That is reported, for the operator to
migrate deliberately (new topics, or a new processor app id).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newswatch.contracts import Topics
from newswatch.logs import get_logger
from newswatch.settings import TopicSettings

log = get_logger(__name__)


@dataclass(frozen=True)
class TopicSpec:
    """One topic as ``setup`` wants it."""

    name: str
    partitions: int
    replication_factor: int
    retention_ms: int
    compacted: bool = False  # a Faust table's changelog: keep each key's latest value

    @property
    def configs(self) -> dict[str, str]:
        if self.compacted:
            return {"cleanup.policy": "compact"}
        return {"retention.ms": str(self.retention_ms)}


@dataclass
class TopicPlan:
    """What ``setup`` found: topics to create, and existing ones with too few partitions."""

    create: list[TopicSpec] = field(default_factory=list)
    short: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (have, want)

    @property
    def empty(self) -> bool:
        return not self.create and not self.short


def topic_specs(settings: TopicSettings) -> list[TopicSpec]:
    """The four pipeline topics with their configured partitions and retention."""
    rf = settings.replication_factor
    return [
        TopicSpec(Topics.ARTICLES, settings.articles_partitions, rf, settings.retention_ms),
        TopicSpec(Topics.EVENTS, settings.events_partitions, rf, settings.retention_ms),
        TopicSpec(Topics.INCIDENTS, settings.incidents_partitions, rf, settings.retention_ms),
        TopicSpec(
            Topics.DEAD_LETTER,
            settings.dead_letter_partitions,
            rf,
            settings.dead_letter_retention_ms,
        ),
    ]


def plan_topics(specs: list[TopicSpec], existing: dict[str, int]) -> TopicPlan:
    """Compare the wanted topics with ``existing`` (name -> partition count)."""
    plan = TopicPlan()
    for spec in specs:
        have = existing.get(spec.name)
        if have is None:
            plan.create.append(spec)
        elif have < spec.partitions:
            plan.short[spec.name] = (have, spec.partitions)
    return plan


def ensure_topics(bootstrap: str, settings: TopicSettings) -> TopicPlan:
    """Create the missing pipeline topics; return what was created or found short."""
    return apply_topic_specs(bootstrap, topic_specs(settings))


def apply_topic_specs(bootstrap: str, specs: list[TopicSpec]) -> TopicPlan:
    """Create missing topics; report (never alter) existing ones with too few partitions."""
    from kafka import KafkaAdminClient
    from kafka.errors import TopicAlreadyExistsError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="newswatch-setup")
    try:
        present = set(admin.list_topics())
        known = [spec.name for spec in specs if spec.name in present]
        described = admin.describe_topics(known) if known else []
        existing = {t["name"]: len(t["partitions"]) for t in described if t["error_code"] == 0}
        plan = plan_topics(specs, existing)
        if plan.create:
            new_topics = {
                spec.name: {
                    "num_partitions": spec.partitions,
                    "replication_factor": spec.replication_factor,
                    "configs": spec.configs,
                }
                for spec in plan.create
            }
            try:
                admin.create_topics(new_topics, wait_for_metadata=True)
            except TopicAlreadyExistsError:
                # Another `setup` raced us; its topics are as good as ours.
                log.info("topics created concurrently", topics=sorted(new_topics))
        for spec in plan.create:
            log.info("topic created", topic=spec.name, partitions=spec.partitions)
        for name, (have, want) in plan.short.items():
            log.warning(
                "topic has fewer partitions than configured; left unchanged because adding "
                "partitions remaps keys and breaks the processor's tables",
                topic=name,
                partitions=have,
                configured=want,
            )
        return plan
    finally:
        admin.close()
