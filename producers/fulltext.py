"""Optional full text: fetch the article page and keep its main text (trafilatura).

Article links come from third-party feeds, so every URL (and every redirect hop) is
resolved first and refused when it points at loopback, private, link-local (cloud
metadata) or otherwise non-public addresses, unless the address is in
``settings.producer.fulltext_allow_networks``. Residual risk: DNS may answer differently
between our check and httpx's connect (rebinding); the check stops the common cases.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

import trafilatura

from newswatch.logs import get_logger
from newswatch.settings import ProducerSettings
from producers.fetch import Fetcher, FetchError, URLGuard

log = get_logger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_forbidden(address: IPAddress, allowed: Iterable[ipaddress._BaseNetwork]) -> bool:
    """True for addresses a fetch of a public article must never reach (pure)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if any(address in net for net in allowed):
        return False
    return not address.is_global or address.is_multicast


def ssrf_guard(allow_networks: Iterable[str]) -> URLGuard:
    """A fetch guard resolving the host and refusing non-public addresses."""
    allowed = [ipaddress.ip_network(n, strict=False) for n in allow_networks]

    async def guard(url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"refused non-http URL {url!r}")
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                parts.hostname, parts.port or 443, type=socket.SOCK_STREAM
            )
        except OSError as exc:
            raise FetchError(f"cannot resolve {parts.hostname}: {exc}") from exc
        for info in infos:
            address = ipaddress.ip_address(info[4][0].split("%")[0])
            if is_forbidden(address, allowed):
                raise FetchError(f"refused non-public address {address} for {parts.hostname}")

    return guard


class FullText:
    """Fetches and extracts article pages, a few at a time, within size and time caps."""

    def __init__(self, fetcher: Fetcher, settings: ProducerSettings) -> None:
        self._fetcher = fetcher
        self._settings = settings
        self._guard = ssrf_guard(settings.fulltext_allow_networks)
        self._slots = asyncio.Semaphore(settings.fulltext_concurrency)

    async def extract(self, url: str, feed: str) -> str | None:
        """The page's main text, or None (logged) when it cannot be had."""
        async with self._slots:
            try:
                page = await self._fetcher.fetch(
                    url,
                    max_bytes=self._settings.fulltext_max_bytes,
                    timeout=self._settings.fulltext_timeout,
                    guard=self._guard,
                    accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                )
            except FetchError as exc:
                log.warning("full text unavailable", feed=feed, url=url, reason=exc.reason)
                return None
            text = await asyncio.to_thread(_main_text, page.body, page.url)
        if not text:
            log.info("full text: no main text found", feed=feed, url=url)
        return text


def _main_text(html: bytes, url: str) -> str | None:
    return trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
