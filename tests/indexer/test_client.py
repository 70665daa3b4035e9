"""Elasticsearch client options from settings."""

from __future__ import annotations

from pathlib import Path

from indexer.client import client_options, make_client
from newswatch.settings import Settings


def test_local_stack_without_credentials() -> None:
    options = client_options(Settings(es=None, es_api_key=None, es_username=None))
    assert options["hosts"] == ["http://127.0.0.1:9200"]
    assert "api_key" not in options
    assert "basic_auth" not in options


def test_api_key_wins_over_basic_auth_and_ca_is_passed() -> None:
    settings = Settings(
        es="https://es.example:9243",
        es_api_key="k",
        es_username="u",
        es_password="p",
        es_ca_certs=Path("/etc/ca.pem"),
    )
    options = client_options(settings)
    assert options["hosts"] == ["https://es.example:9243"]
    assert options["api_key"] == "k"
    assert "basic_auth" not in options
    assert options["ca_certs"] == "/etc/ca.pem"


def test_basic_auth_and_a_client_is_built() -> None:
    settings = Settings(es="http://127.0.0.1:1", es_api_key=None, es_username="u", es_password="p")
    assert client_options(settings)["basic_auth"] == ("u", "p")
    client = make_client(settings)
    try:
        assert client.transport.node_pool.get().base_url == "http://127.0.0.1:1"
    finally:
        client.close()
