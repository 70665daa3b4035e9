import asyncio
import gzip
import time
import zlib
from collections.abc import Coroutine, Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from newswatch.settings import ProducerSettings
from producers.fetch import Fetcher, FetchError, FetchResult

BODY = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def fetch(settings: ProducerSettings, url: str, **kw: Any) -> FetchResult:
    async def go() -> FetchResult:
        fetcher = Fetcher(settings)
        try:
            return await fetcher.fetch(url, **kw)
        finally:
            await fetcher.aclose()

    return run(go())


def run(coro: Coroutine[Any, Any, FetchResult]) -> FetchResult:
    return asyncio.run(coro)


def fetch_error(settings: ProducerSettings, url: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(settings, url)
    return info.value


def test_ok_sends_user_agent_and_returns_validators(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    server.expect_request(
        "/f", headers={"User-Agent": producer_settings.user_agent}
    ).respond_with_data(
        BODY,
        headers={
            "ETag": '"v1"',
            "Last-Modified": "Mon, 28 Feb 2022 10:00:00 GMT",
            "Cache-Control": "public, max-age=600",
        },
        content_type="application/rss+xml",
    )
    result = fetch(producer_settings, server.url_for("/f"))
    assert result.status == 200 and result.body == BODY and not result.not_modified
    assert result.etag == '"v1"' and result.last_modified == "Mon, 28 Feb 2022 10:00:00 GMT"
    assert result.max_age == 600 and result.permanent_url is None


def test_conditional_get_gets_304(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    def handler(request: Request) -> Response:
        if (
            request.headers.get("If-None-Match") == '"v1"'
            and request.headers.get("If-Modified-Since") == "Mon, 28 Feb 2022 10:00:00 GMT"
        ):
            return Response(status=304)
        return Response(BODY, headers={"ETag": '"v1"'})

    server.expect_request("/f").respond_with_handler(handler)
    result = fetch(
        producer_settings,
        server.url_for("/f"),
        etag='"v1"',
        last_modified="Mon, 28 Feb 2022 10:00:00 GMT",
    )
    assert result.not_modified and result.body == b""
    assert fetch(producer_settings, server.url_for("/f")).body == BODY


@pytest.mark.parametrize("status", [404, 500, 410, 403])
def test_http_errors(server: HTTPServer, producer_settings: ProducerSettings, status: int) -> None:
    server.expect_request("/f").respond_with_data("nope", status=status)
    error = fetch_error(producer_settings, server.url_for("/f"))
    assert error.reason == f"HTTP {status}" and error.status == status


def test_429_with_retry_after_seconds(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    server.expect_request("/f").respond_with_data("slow down", 429, {"Retry-After": "120"})
    error = fetch_error(producer_settings, server.url_for("/f"))
    assert error.reason == "HTTP 429" and error.retry_after == 120


def test_503_with_retry_after_date(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    server.expect_request("/f").respond_with_data(
        "busy", 503, {"Retry-After": "Fri, 01 Jan 2100 00:00:00 GMT"}
    )
    error = fetch_error(producer_settings, server.url_for("/f"))
    assert error.status == 503 and error.retry_after is not None and error.retry_after > 1e9


def test_redirect_loop(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    server.expect_request("/a").respond_with_data("", 302, {"Location": "/b"})
    server.expect_request("/b").respond_with_data("", 302, {"Location": "/a"})
    assert "redirect loop" in fetch_error(producer_settings, server.url_for("/a")).reason


def test_too_many_redirects(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    for i in range(10):
        server.expect_request(f"/r{i}").respond_with_data("", 307, {"Location": f"/r{i + 1}"})
    assert "more than 5 redirects" in fetch_error(producer_settings, server.url_for("/r0")).reason


def test_permanent_redirect_is_reported(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    server.expect_request("/old").respond_with_data("", 301, {"Location": "/mid"})
    server.expect_request("/mid").respond_with_data("", 308, {"Location": "/new"})
    server.expect_request("/temp").respond_with_data("", 302, {"Location": "/new"})
    server.expect_request("/new").respond_with_data(BODY)
    moved = fetch(producer_settings, server.url_for("/old"))
    assert moved.body == BODY and moved.permanent_url == server.url_for("/new")
    assert fetch(producer_settings, server.url_for("/temp")).permanent_url is None


def test_oversized_by_content_length(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    server.expect_request("/big").respond_with_data(b"x" * (producer_settings.max_body_bytes + 1))
    assert "body too large" in fetch_error(producer_settings, server.url_for("/big")).reason


def test_oversized_while_streaming(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"x" * 16384  # 1.6 MB, no Content-Length (chunked)

    server.expect_request("/big").respond_with_response(Response(chunks()))
    assert "body too large" in fetch_error(producer_settings, server.url_for("/big")).reason


def test_gzip_bomb_stopped_after_decompressing_max_bytes(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, 9)
    assert len(bomb) < producer_settings.max_body_bytes
    server.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    error = fetch_error(producer_settings, server.url_for("/bomb"))
    assert "decompressed" in error.reason


@pytest.mark.parametrize(
    ("encoding", "compress"), [("gzip", gzip.compress), ("deflate", zlib.compress)]
)
def test_compressed_bodies_are_decoded(
    server: HTTPServer, producer_settings: ProducerSettings, encoding: str, compress: Any
) -> None:
    server.expect_request("/z", headers={"Accept-Encoding": "gzip, deflate"}).respond_with_data(
        compress(BODY), headers={"Content-Encoding": encoding}
    )
    assert fetch(producer_settings, server.url_for("/z")).body == BODY


def test_read_timeout(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    def stall(_request: Request) -> Response:
        time.sleep(producer_settings.read_timeout + 1)
        return Response(BODY)

    server.expect_request("/stall").respond_with_handler(stall)
    assert fetch_error(producer_settings, server.url_for("/stall")).reason == "read timeout"


def test_slow_drip_hits_the_total_deadline(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    def drip() -> Iterator[bytes]:
        for _ in range(60):  # one byte every 0.1 s: never a read timeout, 6 s in all
            time.sleep(0.1)
            yield b"x"

    server.expect_request("/drip").respond_with_response(Response(drip()))
    error = fetch_error(producer_settings, server.url_for("/drip"))
    assert error.reason == f"no complete response within {producer_settings.total_timeout:g}s"


def test_connection_refused(producer_settings: ProducerSettings) -> None:
    error = fetch_error(producer_settings, "http://127.0.0.1:9/feed")
    assert "ConnectError" in error.reason
