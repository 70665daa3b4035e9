"""A clean Elasticsearch for the indexer integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from indexer_receiver import Receiver

from indexer.templates import PROPERTIES
from newswatch.provision import run_setup
from newswatch.settings import Settings


def drop_newswatch_indices(es: Any) -> None:
    """Delete every index behind the newswatch aliases, and their templates."""
    for alias in PROPERTIES:
        found = es.options(ignore_status=404).indices.get_alias(name=alias)
        if found.meta.status == 200:
            names = list(found)
        else:  # no alias; maybe a concrete index squatting on its name
            names = [alias] if es.indices.exists(index=alias) else []
        for name in names:
            es.indices.delete(index=name)
        es.options(ignore_status=404).indices.delete_index_template(name=alias)


@pytest.fixture(scope="module")
def provisioned(stack_settings: Settings, es_client: Any) -> Settings:
    """Topics set up and newswatch indices recreated empty, once per test module."""
    drop_newswatch_indices(es_client)
    run_setup(stack_settings)
    return stack_settings


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook endpoint on 127.0.0.1 recording what it is sent."""
    rec = Receiver()
    yield rec
    rec.close()
