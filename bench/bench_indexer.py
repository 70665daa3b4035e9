"""Indexer throughput: batch planning alone, and bulk writes to a real Elasticsearch.

Planning (parse Kafka values, build documents and bulk actions) runs without servers.
With ``--es URL`` the same batches are also bulk-written to that cluster, under a private
index name (created and deleted here), so the figure includes Elasticsearch's share. Run:
``.venv/bin/python bench/bench_indexer.py [--batches 40] [--batch-size 500] [--es URL]``.
"""

from __future__ import annotations

import argparse
import time
import uuid
from datetime import UTC, date, datetime

from indexer.documents import Message, plan_batch
from indexer.templates import mappings
from indexer.writer import bulk_write
from newswatch.contracts import CountRange, Event, Evidence, Indices, Location, Topics

NOW = datetime(2022, 2, 28, 12, tzinfo=UTC)


def event_value(i: int) -> bytes:
    """A realistic event message: the Kharkiv shelling of 2022-02-28."""
    event = Event(
        id=f"e{i}",
        event_type="shelling",
        weapons=["BM-21 Grad"],
        location=Location(name="Kharkiv", country_code="UA", lat=49.98, lon=36.25),
        date=date(2022, 2, 28),
        killed=CountRange(min=24),
        wounded=CountRange(min=200),
        evidence=[Evidence(text="Grad rockets hit residential districts.", start=0, end=39)],
        article_id=f"a{i}",
        article_title="Grad rockets hit Kharkiv",
        published=NOW,
        extracted_at=NOW,
    )
    return event.model_dump_json().encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batches", type=int, default=40)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--es", help="Elasticsearch URL for the bulk figure")
    args = parser.parse_args()
    batches = [
        [
            Message(Topics.EVENTS, 0, n, None, event_value(b * args.batch_size + n))
            for n in range(args.batch_size)
        ]
        for b in range(args.batches)
    ]
    total = args.batches * args.batch_size

    start = time.perf_counter()
    plans = [plan_batch(batch, NOW) for batch in batches]
    elapsed = time.perf_counter() - start
    print(f"planning: {total} events in {elapsed:.2f} s = {total / elapsed:,.0f} events/s")

    if args.es:
        from elasticsearch import Elasticsearch

        es = Elasticsearch(args.es)
        index = f"bench-indexer-{uuid.uuid4().hex[:8]}"
        es.indices.create(index=index, mappings=mappings(Indices.EVENTS))
        try:
            start = time.perf_counter()
            for plan in plans:
                bulk_write(es, [{**action, "_index": index} for action in plan.actions])
            elapsed = time.perf_counter() - start
            es.indices.refresh(index=index)
            stored = es.count(index=index)["count"]
            print(
                f"bulk: {total} events in {elapsed:.2f} s = {total / elapsed:,.0f} events/s "
                f"({stored} documents stored)"
            )
        finally:
            es.indices.delete(index=index)
            es.close()


if __name__ == "__main__":
    main()
