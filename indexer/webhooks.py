"""Delivering recorded alerts to their rules' webhooks, off the indexing path.

The indexer records an alert (``op_type=create``) before committing the Kafka offsets,
then hands its id to the ``Deliverer`` thread, which POSTs the alert JSON and marks the
document ``delivered: true`` — or stores ``delivery_error`` and tries again later with a
growing delay. A dead webhook therefore delays only its own alerts, never indexing.

Nothing is lost across crashes: on start and every ``redeliver_interval`` the deliverer
also picks up alerts still ``delivered: false`` that are older than ``redeliver_grace``
(the grace leaves alerts that another indexer process is delivering right now alone).
A crash after the POST but before the ``delivered`` update means one repeat POST; every
POST carries the alert id in an ``Idempotency-Key`` header so receivers can drop it.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tenacity import (
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_when_event_set,
    wait_exponential,
)

from indexer.alerts import get_rule, load_rules
from indexer.writer import es_retrying
from newswatch.contracts import Alert, Indices
from newswatch.logs import get_logger
from newswatch.settings import IndexerSettings

if TYPE_CHECKING:
    import httpx
    from elasticsearch import Elasticsearch

log = get_logger(__name__)


def payload(alert: Alert) -> dict[str, Any]:
    """The JSON body POSTed to the webhook: which rule matched which event, and when."""
    return alert.model_dump(mode="json", exclude={"delivered", "delivery_error"})


def retry_delay(failures: int, settings: IndexerSettings) -> float:
    """Seconds before the next delivery round of an alert that failed ``failures`` times."""
    return min(settings.redeliver_interval * 2 ** (failures - 1), 24 * 3600.0)


def post_alert(
    http: httpx.Client,
    url: str,
    alert: Alert,
    settings: IndexerSettings,
    stop: threading.Event,
) -> None:
    """POST the alert, retrying errors and non-2xx answers; raise the last error."""
    import httpx

    retrying = Retrying(
        retry=retry_if_exception_type(httpx.HTTPError),
        stop=stop_after_attempt(settings.webhook_retries + 1) | stop_when_event_set(stop),
        wait=wait_exponential(
            multiplier=settings.webhook_backoff, max=settings.webhook_backoff_max
        ),
        sleep=stop.wait,
        reraise=True,
    )
    for attempt in retrying:
        with attempt:
            response = http.post(url, json=payload(alert), headers={"Idempotency-Key": alert.id})
            response.raise_for_status()


class Deliverer(threading.Thread):
    """Background delivery of alerts: fresh ones on ``submit``, forgotten ones by scanning."""

    def __init__(
        self, es: Elasticsearch, settings: IndexerSettings, stop: threading.Event
    ) -> None:
        super().__init__(name="alert-deliverer", daemon=True)
        self.es = es
        self.settings = settings
        self.stop = stop
        self.due: dict[str, float] = {}
        self.failures: dict[str, int] = {}
        self.delivered = 0
        self.scans = 0
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._next_scan = 0.0

    def submit(self, alert_ids: list[str]) -> None:
        """Deliver these newly recorded alerts as soon as possible."""
        if not alert_ids:
            return
        now = time.monotonic()
        with self._lock:
            for alert_id in alert_ids:
                self.due.setdefault(alert_id, now)
        self._wake.set()

    def run(self) -> None:
        import httpx

        with httpx.Client(timeout=self.settings.webhook_timeout) as http:
            while not self.stop.is_set():
                try:
                    self.round(http)
                except Exception as exc:  # the thread must outlive any one failure
                    log.error("alert delivery round failed", reason=repr(exc))
                    self.stop.wait(self.settings.webhook_backoff_max)
                self._wake.wait(self._sleep_time())
                self._wake.clear()

    def round(self, http: httpx.Client) -> None:
        """Scan when it is time, then deliver every alert that is due."""
        if time.monotonic() >= self._next_scan:
            self.scan()
            self._next_scan = time.monotonic() + self.settings.redeliver_interval
        now = time.monotonic()
        with self._lock:
            ready = [alert_id for alert_id, at in self.due.items() if at <= now]
        for alert_id in ready:
            if self.stop.is_set():
                return
            self.deliver(http, alert_id)

    def scan(self) -> None:
        """Queue undelivered alerts older than the grace period (crashes, failed webhooks).

        Alerts of removed rules are skipped: they have nowhere to go.
        """
        from elasticsearch import helpers

        rules = [rule.name for rule in load_rules(self.es)]
        cutoff = datetime.now(UTC) - timedelta(seconds=self.settings.redeliver_grace)
        query = {
            "bool": {
                "filter": [
                    {"term": {"delivered": False}},
                    {"terms": {"rule": rules}},
                    {"range": {"matched_at": {"lte": cutoff.isoformat()}}},
                ]
            }
        }
        hits = helpers.scan(self.es, index=Indices.ALERTS, query={"query": query}, _source=False)
        self.submit([hit["_id"] for hit in hits])
        self.scans += 1

    def deliver(self, http: httpx.Client, alert_id: str) -> None:
        """Deliver one alert and record the outcome on its document."""
        found = self.es.options(ignore_status=404).get(index=Indices.ALERTS, id=alert_id)
        alert = Alert.model_validate(found["_source"]) if found.get("found") else None
        rule = get_rule(self.es, alert.rule) if alert and not alert.delivered else None
        if alert is None or rule is None:
            self._forget(alert_id)  # delivered already, or its rule was removed
            return
        try:
            post_alert(http, rule.webhook, alert, self.settings, self.stop)
        except Exception as exc:
            failures = self.failures.get(alert_id, 0) + 1
            delay = retry_delay(failures, self.settings)
            log.warning(
                "webhook failed", alert=alert_id, rule=rule.name, retry_in=delay, reason=repr(exc)
            )
            self._update(alert_id, {"delivery_error": repr(exc)})
            with self._lock:
                self.failures[alert_id] = failures
                self.due[alert_id] = time.monotonic() + delay
            return
        self._update(alert_id, {"delivered": True, "delivery_error": None})
        self._forget(alert_id)
        self.delivered += 1
        log.info("alert delivered", alert=alert_id, rule=rule.name, event_id=alert.event_id)

    def _update(self, alert_id: str, fields: dict[str, Any]) -> None:
        # Retried through outages: losing a `delivered` mark would mean a second POST.
        for attempt in es_retrying(self.settings.es_retry_max_wait, self.stop):
            with attempt:
                self.es.update(index=Indices.ALERTS, id=alert_id, doc=fields, refresh="wait_for")

    def _forget(self, alert_id: str) -> None:
        with self._lock:
            self.due.pop(alert_id, None)
            self.failures.pop(alert_id, None)

    def _sleep_time(self) -> float:
        now = time.monotonic()
        with self._lock:
            next_due = min(self.due.values(), default=self._next_scan)
        return max(0.0, min(next_due, self._next_scan) - now)
