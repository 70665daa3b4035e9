"""The one place an Elasticsearch client is built from settings (URL, credentials, CA)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newswatch.settings import Settings

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``Elasticsearch(...)``: API key wins over user/password."""
    options: dict[str, Any] = {
        "hosts": [settings.es_url],
        "request_timeout": settings.indexer.es_request_timeout,
    }
    if settings.es_api_key:
        options["api_key"] = settings.es_api_key
    elif settings.es_username:
        options["basic_auth"] = (settings.es_username, settings.es_password or "")
    if settings.es_ca_certs:
        options["ca_certs"] = str(settings.es_ca_certs)
    return options


def make_client(settings: Settings) -> Elasticsearch:
    """An Elasticsearch client for the configured cluster (or the local stack)."""
    from elasticsearch import Elasticsearch

    return Elasticsearch(**client_options(settings))
