import asyncio
import ipaddress

import pytest
from pytest_httpserver import HTTPServer

from newswatch.settings import ProducerSettings
from producers.fetch import Fetcher, FetchError
from producers.fulltext import FullText, is_forbidden, ssrf_guard

ARTICLE = """<!DOCTYPE html><html><head><title>Strike on Kharkiv</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Missiles hit central Kharkiv</h1>
<p>Russian missiles struck the regional administration building on Freedom Square in Kharkiv
on Tuesday morning, killing at least ten people and wounding dozens, officials said.</p>
<p>Rescue workers searched the rubble throughout the day as air raid sirens continued to sound
across the city, the second largest in Ukraine, which has been under heavy bombardment.</p>
<p>The governor said the strike targeted the city centre where there were no military sites.</p>
</article><footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"""

LOCAL = ["127.0.0.0/8", "::1/128"]


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("::1", True),
        ("fe80::1", True),
        ("fd00::1", True),
        ("::ffff:127.0.0.1", True),
        ("224.0.0.1", True),
        ("8.8.8.8", False),
        ("2a00:1450:4001::1", False),
    ],
)
def test_is_forbidden(address: str, forbidden: bool) -> None:
    assert is_forbidden(ipaddress.ip_address(address), []) is forbidden


def test_allow_list_exempts_networks() -> None:
    allowed = [ipaddress.ip_network("127.0.0.0/8")]
    assert not is_forbidden(ipaddress.ip_address("127.0.0.1"), allowed)
    assert is_forbidden(ipaddress.ip_address("10.0.0.1"), allowed)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/x", "http://localhost:8080/x", "http://[::1]/x", "file:///etc/passwd"]
)
def test_guard_refuses_local_targets(url: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        asyncio.run(ssrf_guard([])(url))


def extract(settings: ProducerSettings, url: str) -> str | None:
    async def go() -> str | None:
        fetcher = Fetcher(settings)
        try:
            return await FullText(fetcher, settings).extract(url, "desk")
        finally:
            await fetcher.aclose()

    return asyncio.run(go())


def test_main_text_extracted_when_allowed(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    server.expect_request("/article").respond_with_data(ARTICLE, content_type="text/html")
    producer_settings.fulltext_allow_networks = LOCAL
    text = extract(producer_settings, server.url_for("/article"))
    assert text is not None and "Freedom Square" in text and "Rescue workers" in text
    assert "All rights reserved" not in text


def test_local_page_refused_without_allow_list(
    server: HTTPServer, producer_settings: ProducerSettings, logs: list[dict]
) -> None:
    server.expect_request("/article").respond_with_data(ARTICLE, content_type="text/html")
    assert extract(producer_settings, server.url_for("/article")) is None
    assert server.log == []  # refused before any request was made
    assert any("non-public address" in e.get("reason", "") for e in logs)


def test_redirect_to_a_refused_address_is_stopped(
    server: HTTPServer, producer_settings: ProducerSettings
) -> None:
    # allowed: 127.0.0.1 only; the page redirects to another loopback name that is not
    producer_settings.fulltext_allow_networks = ["127.0.0.1/32"]
    server.expect_request("/article").respond_with_data(
        "", 302, {"Location": "http://[::1]:1/metadata"}
    )
    assert extract(producer_settings, server.url_for("/article")) is None
    assert len(server.log) == 1


def test_full_text_cap(server: HTTPServer, producer_settings: ProducerSettings) -> None:
    producer_settings.fulltext_allow_networks = LOCAL
    producer_settings.fulltext_max_bytes = 1000
    server.expect_request("/article").respond_with_data(ARTICLE * 10, content_type="text/html")
    assert extract(producer_settings, server.url_for("/article")) is None
