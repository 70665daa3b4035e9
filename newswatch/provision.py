"""`newswatch setup`: the Kafka topics and the Elasticsearch templates, indices and aliases.

Idempotent, so it is safe to run on every deploy: a second run changes nothing.
"""

from __future__ import annotations

from indexer.client import make_client
from indexer.templates import ensure_indices
from newswatch.logs import get_logger
from newswatch.settings import Settings
from newswatch.topics import ensure_topics

log = get_logger(__name__)


def run_setup(settings: Settings) -> None:
    """Create what is missing in Kafka and Elasticsearch; leave what exists alone."""
    topics = ensure_topics(settings.kafka_bootstrap, settings.topics)
    es = make_client(settings)
    try:
        changes = ensure_indices(es, settings.indexer)
    finally:
        es.close()
    log.info(
        "setup done",
        topics_created=len(topics.create),
        topics_short=len(topics.short),
        elasticsearch_changes=len(changes),
    )
