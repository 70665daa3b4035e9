"""Telling a bad document from an unavailable cluster, and retrying only the latter."""

from __future__ import annotations

import threading

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import ApiError, BadRequestError, ConnectionError, ConnectionTimeout

from indexer.writer import ClusterUnavailable, es_retrying, is_transient, item_result


def api_error(status: int) -> ApiError:
    meta = ApiResponseMeta(
        status=status,
        http_version="1.1",
        headers=HttpHeaders(),
        duration=0.0,
        node=NodeConfig("http", "127.0.0.1", 9200),
    )
    cls = BadRequestError if status == 400 else ApiError
    return cls(message="x", meta=meta, body={})


def test_item_result_flattens_bulk_items() -> None:
    ok = item_result({"index": {"_id": "a", "status": 201}})
    assert ok.ok
    assert ok.error is None
    refused = item_result(
        {"index": {"_id": "b", "status": 400, "error": {"type": "mapper", "reason": "bad date"}}}
    )
    assert not refused.ok
    assert refused.error == "mapper: bad date"


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (ConnectionError("refused"), True),
        (ConnectionTimeout("slow"), True),
        (ClusterUnavailable("429"), True),
        (api_error(429), True),
        (api_error(503), True),
        (api_error(400), False),
        (ValueError("bug"), False),
    ],
)
def test_only_outages_are_transient(exc: Exception, transient: bool) -> None:
    assert is_transient(exc) is transient


def test_es_retrying_retries_outages_until_success_and_counts_waits() -> None:
    calls: list[int] = []
    waits: list[int] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise ClusterUnavailable("busy")
        return "done"

    retrying = es_retrying(0.01, threading.Event(), lambda s: waits.append(s.attempt_number))
    assert retrying(flaky) == "done"
    assert len(calls) == 3
    assert waits == [1, 2]


def test_es_retrying_does_not_retry_a_bug() -> None:
    calls: list[int] = []

    def broken() -> None:
        calls.append(1)
        raise ValueError("bug")

    with pytest.raises(ValueError):
        es_retrying(0.01, threading.Event())(broken)
    assert calls == [1]


def test_a_requested_stop_ends_the_retries_with_the_last_error() -> None:
    stop = threading.Event()
    stop.set()

    def down() -> None:
        raise ConnectionError("down")

    with pytest.raises(ConnectionError):
        es_retrying(30.0, stop)(down)
