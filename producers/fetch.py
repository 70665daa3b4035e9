"""HTTP for feeds and article pages: polite, bounded, and cheap when nothing changed.

A small httpx pool per host; a global and a per-host concurrency limit; conditional GET
(ETag / Last-Modified) so an unchanged feed costs a 304; redirects followed by hand so a
loop is detected and a permanent move can be remembered; connect/read timeouts plus a
whole-request deadline (a slow drip never ends otherwise); the body cap enforced while
streaming AND while decompressing, so a gzip bomb is stopped after ``max_bytes`` of output.
"""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from newswatch.settings import ProducerSettings
from producers.schedule import parse_max_age, parse_retry_after

_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}
_THROTTLED = {429, 503}

URLGuard = Callable[[str], Awaitable[None]]
"""Called with every URL before it is requested (redirect hops too); raises FetchError to refuse."""


class FetchError(Exception):
    """A fetch that yielded no usable body; ``reason`` is meant for the log line."""

    def __init__(
        self, reason: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


@dataclass
class FetchResult:
    """A 200 (``body`` set) or a 304 (``not_modified``)."""

    url: str  # where the body came from, after redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes = b""
    permanent_url: str | None = None  # set when every redirect hop was permanent

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def max_age(self) -> float | None:
        return parse_max_age(self.headers.get("cache-control"))


def _decompressor(encoding: str) -> zlib._Decompress | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchError(f"unsupported Content-Encoding {encoding!r}")


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refusing more than ``max_bytes`` of raw OR decompressed data."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"body too large: Content-Length {declared} > {max_bytes}")
    decoder = _decompressor(response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        if decoder is None:
            chunk = raw
        else:
            try:
                chunk = decoder.decompress(raw, max_bytes - size + 1)
            except zlib.error as exc:
                raise FetchError(f"corrupt compressed body: {exc}") from exc
            if decoder.unconsumed_tail:
                raise FetchError(f"body too large: more than {max_bytes} bytes decompressed")
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"body too large: more than {max_bytes} bytes")
        parts.append(chunk)
    return b"".join(parts)


@dataclass
class _Host:
    """One host's connection pool and concurrency limit, alive while the host has requests."""

    client: httpx.AsyncClient
    slots: asyncio.Semaphore
    users: int = 0


class Fetcher:
    """HTTP for every feed and article page of one producer process.

    Each host gets its own small httpx pool, kept while requests to it are pending (so a
    burst of feeds on one site reuses connections) and closed when the last one ends (a
    feed polled minutes later would find the server had dropped the connection anyway).
    One pool for all hosts costs CPU that grows with the square of its size: httpcore
    1.0 rescans every pooled connection, with a syscall each, for every request.
    """

    def __init__(self, settings: ProducerSettings) -> None:
        self._settings = settings
        self._ssl = httpx.create_ssl_context()  # loading the CA bundle once, not per host
        self._global = asyncio.Semaphore(settings.max_connections)
        self._hosts: dict[str, _Host] = {}

    def _new_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            verify=self._ssl,
            follow_redirects=False,
            limits=httpx.Limits(
                max_connections=self._settings.per_host_connections,
                max_keepalive_connections=self._settings.per_host_connections,
            ),
            timeout=httpx.Timeout(
                connect=self._settings.connect_timeout,
                read=self._settings.read_timeout,
                write=self._settings.read_timeout,
                pool=None,
            ),
            headers={
                "User-Agent": self._settings.user_agent,
                "Accept-Encoding": "gzip, deflate",
            },
        )

    async def aclose(self) -> None:
        hosts, self._hosts = list(self._hosts.values()), {}
        for host in hosts:
            await host.client.aclose()

    @contextlib.asynccontextmanager
    async def _connection_slot(self, url: str) -> AsyncIterator[httpx.AsyncClient]:
        """The host's client, once one of its slots and a global one are free (host first,
        so requests queued for one busy host do not hold global slots others could use)."""
        name = (urlsplit(url).hostname or "").lower()
        host = self._hosts.get(name)
        if host is None:
            host = self._hosts[name] = _Host(
                self._new_client(), asyncio.Semaphore(self._settings.per_host_connections)
            )
        host.users += 1
        try:
            async with host.slots, self._global:
                yield host.client
        finally:
            host.users -= 1
            if host.users == 0 and self._hosts.get(name) is host:
                del self._hosts[name]
                await host.client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        timeout: float | None = None,
        guard: URLGuard | None = None,
        accept: str = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8",
    ) -> FetchResult:
        """GET ``url`` (conditionally when validators are given). Raises FetchError."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        limit = max_bytes or self._settings.max_body_bytes
        deadline = timeout or self._settings.total_timeout
        visited: list[str] = []
        permanent = True
        while True:
            if url in visited:
                raise FetchError(f"redirect loop via {url}")
            if len(visited) > self._settings.max_redirects:
                raise FetchError(f"more than {self._settings.max_redirects} redirects")
            visited.append(url)
            if guard is not None:
                await guard(url)
            async with self._connection_slot(url) as client:
                status, response_headers, body = await self._request(
                    client, url, headers, limit, deadline
                )
            if status in _REDIRECTS and "location" in response_headers:
                permanent = permanent and status in _PERMANENT
                url = urljoin(url, response_headers["location"])
                continue
            moved = url if permanent and len(visited) > 1 else None
            return FetchResult(url, status, response_headers, body, permanent_url=moved)

    async def _request(
        self,
        client: httpx.AsyncClient,
        url: str,
        headers: dict[str, str],
        limit: int,
        deadline: float,
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            async with (
                asyncio.timeout(deadline),
                client.stream("GET", url, headers=headers) as response,
            ):
                status = response.status_code
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                if status in _REDIRECTS or status == 304:
                    # Read the (empty or tiny) body even so: a response left unread makes
                    # httpcore close the connection instead of reusing it.
                    await _read_capped(response, limit)
                    return status, response_headers, b""
                if status in _THROTTLED:
                    retry = parse_retry_after(
                        response_headers.get("retry-after"), datetime.now(UTC)
                    )
                    raise FetchError(f"HTTP {status}", status=status, retry_after=retry)
                if not 200 <= status < 300:
                    raise FetchError(f"HTTP {status}", status=status)
                return status, response_headers, await _read_capped(response, limit)
        except TimeoutError as exc:
            raise FetchError(f"no complete response within {deadline:g}s") from exc
        except httpx.ConnectTimeout as exc:
            raise FetchError("connect timeout") from exc
        except httpx.ReadTimeout as exc:
            raise FetchError("read timeout") from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc
