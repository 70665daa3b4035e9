"""Bulk writes to Elasticsearch that tell a bad document from an unavailable cluster.

A per-document 4xx (mapping error) is the document's fault: the caller dead-letters it. A
connection error, 429 or 5xx — for the whole request or any item — is the cluster's: the
whole batch is retried with capped exponential backoff, without end, because every write
is keyed by id and so safe to repeat, and giving up would mean losing or skipping data.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_when_event_set,
    wait_exponential,
)

from newswatch.logs import get_logger

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = get_logger(__name__)


class ClusterUnavailable(Exception):
    """Elasticsearch refused some bulk items for a transient reason (429 or 5xx)."""


@dataclass(frozen=True)
class ItemResult:
    """The outcome of one bulk action."""

    status: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def transient_status(status: int) -> bool:
    """Statuses that say "try again later" rather than "this document is wrong"."""
    return status == 429 or status >= 500


def is_transient(exc: BaseException) -> bool:
    """True for errors where retrying the same request can succeed."""
    from elasticsearch import ApiError, ConnectionTimeout
    from elasticsearch import ConnectionError as EsConnectionError

    if isinstance(exc, ClusterUnavailable | EsConnectionError | ConnectionTimeout):
        return True
    return isinstance(exc, ApiError) and transient_status(exc.meta.status)


def item_result(item: dict[str, Any]) -> ItemResult:
    """Flatten one bulk response item (``{"index": {...}}``) into an ``ItemResult``."""
    (body,) = item.values()
    error = body.get("error")
    if isinstance(error, dict):
        error = f"{error.get('type')}: {error.get('reason')}"
    return ItemResult(status=int(body.get("status", 500)), error=error)


def bulk_write(
    es: Elasticsearch, actions: list[dict[str, Any]], refresh: bool | str = False
) -> list[ItemResult]:
    """Send ``actions`` in bulk once; results are aligned with ``actions``.

    Raises ``ClusterUnavailable`` (or the client's connection/API error) when the batch
    should be retried as a whole.
    """
    from elasticsearch import helpers

    if not actions:
        return []
    results = [
        item_result(item)
        for _, item in helpers.streaming_bulk(
            es,
            actions,
            raise_on_error=False,
            raise_on_exception=True,
            yield_ok=True,
            refresh=refresh,
        )
    ]
    transient = [r for r in results if transient_status(r.status)]
    if transient:
        raise ClusterUnavailable(f"{len(transient)} bulk items refused: {transient[0].error}")
    return results


def es_retrying(
    max_wait: float,
    stop: threading.Event,
    on_wait: Callable[[RetryCallState], None] | None = None,
) -> Retrying:
    """Retry transient Elasticsearch errors forever (waits capped at ``max_wait``).

    Only a requested shutdown ends the retries: the last error is then re-raised so the
    caller exits without committing anything.
    """

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        log.warning(
            "elasticsearch unavailable, retrying",
            attempt=state.attempt_number,
            wait=round(state.upcoming_sleep, 2),
            reason=repr(exc),
        )
        if on_wait is not None:
            on_wait(state)

    return Retrying(
        retry=retry_if_exception(is_transient),
        wait=wait_exponential(multiplier=0.5, max=max_wait),
        stop=stop_when_event_set(stop),
        sleep=stop.wait,
        before_sleep=before_sleep,
        reraise=True,
    )
