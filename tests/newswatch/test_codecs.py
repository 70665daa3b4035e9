"""Every stage must be able to read what the producer compresses.

The producer writes with kafka-python, Faust reads with aiokafka, the indexer reads with
kafka-python again; each client ships its own codec bindings.
"""

from __future__ import annotations

import aiokafka.codec
import kafka.codec

from newswatch.settings import ProducerSettings
from producers.publisher import pick_compression

AIOKAFKA_HAS = {
    "gzip": lambda: True,
    "lz4": aiokafka.codec.has_lz4,
    "zstd": aiokafka.codec.has_zstd,
    "snappy": aiokafka.codec.has_snappy,
}


def test_configured_codec_is_used_by_the_producer() -> None:
    wanted = ProducerSettings().compression
    assert pick_compression(wanted) == wanted


def test_faust_can_decompress_what_the_producer_compresses() -> None:
    codec = pick_compression(ProducerSettings().compression)
    assert AIOKAFKA_HAS[codec](), f"aiokafka cannot read {codec}: install its codec library"


def test_round_trip_between_the_two_clients() -> None:
    payload = b"Kharkiv " * 1000
    assert aiokafka.codec.lz4_decode(kafka.codec.lz4_encode(payload)) == payload
