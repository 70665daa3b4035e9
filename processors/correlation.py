"""Correlate reports of the same strike into one incident.

Reports belong to the same incident when they name the same place (GeoNames id, or the
place name and country when there is no id) and the same day. The kind of attack is not
part of the key: outlets often disagree on it (Grad rockets reported as "missiles"), so
the incident takes the kind most reports give. Events without a place-level location
(a region or a country is too coarse), without a date, or whose date is not known to
the day are not correlated: they stay single events.

The incident's state is its reports, by event id, not a running total: an update of an
event (a re-extracted article with new figures) replaces that event's earlier report,
and replaying an event changes nothing. The incident is recomputed from the reports,
so it does not depend on the order in which they arrived.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

from pydantic import TypeAdapter

from newswatch.contracts import CountRange, Event, Incident, stable_id

Reports = dict[str, Event]
_REPORTS: TypeAdapter[Reports] = TypeAdapter(Reports)
_T = TypeVar("_T", bound=Hashable)


def incident_key(event: Event) -> str | None:
    """`place|day` for an event that can be correlated, None for one that cannot."""
    where = event.location
    if where is None or where.precision != "place":
        return None
    if event.date is None or event.date_precision != "day":
        return None
    if where.geonameid is not None:
        place = f"geo:{where.geonameid}"
    else:
        place = f"name:{where.name.strip().casefold()}:{where.country_code or ''}"
    return f"{place}|{event.date.isoformat()}"


def merge(reports: Mapping[str, Event] | None, event: Event) -> Reports:
    """The incident's reports with this event added, or replacing its earlier version.

    Evidence sentences are dropped: the incident does not use them and the state is
    kept in memory and in a changelog topic.
    """
    merged = dict(reports or {})
    merged[event.id] = event.model_copy(update={"evidence": []})
    return merged


def summarise(key: str, reports: Mapping[str, Event]) -> Incident:
    """The incident the reports describe.

    - kind of attack, perpetrator, target: what most reports say; on a tie, the latest;
    - place: from the latest report (all share the key);
    - weapons: every weapon any report names;
    - killed and wounded: see `combine_counts`;
    - report_count: the number of distinct articles (one article can yield two events
      for one place and day, e.g. a shelling and an air strike);
    - first_seen / last_seen: the earliest and latest publication time of the reports,
      so a replay recomputes the same incident.
    """
    if not reports:
        raise ValueError(f"incident {key} has no reports")
    ordered = sorted(reports.values(), key=lambda e: (e.published, e.id))
    latest = ordered[-1]
    article_ids = list(dict.fromkeys(e.article_id for e in ordered))
    return Incident(
        id=stable_id("incident", key),
        event_type=_prevailing(e.event_type for e in ordered),
        location=latest.location,
        date=latest.date,
        weapons=sorted({w for e in ordered for w in e.weapons}),
        killed=combine_counts(e.killed for e in ordered),
        wounded=combine_counts(e.wounded for e in ordered),
        perpetrator=_prevailing(e.perpetrator for e in ordered),
        target=_prevailing(e.target for e in ordered),
        event_ids=[e.id for e in ordered],
        article_ids=article_ids,
        report_count=len(article_ids),
        first_seen=ordered[0].published,
        last_seen=latest.published,
    )


def combine_counts(counts: Iterable[CountRange]) -> CountRange:
    """Combine several reports' figures for one incident into the best-supported one.

    Tolls rise as an incident is reported (bodies are found, the wounded die), so the
    combined minimum is the largest minimum any report gives, and the combined figure
    is exact when some report gives an exact figure (a maximum) at least that large:
    the smallest such. So "at least 10" and "12" give 12; "12" and "at least 20" give
    "at least 20"; "10" and then "12" give 12. A later, smaller figure does not lower
    the toll (it is more often a partial count than a correction). The result does not
    depend on the reports' order.
    """
    ranges = list(counts)
    mins = [c.min for c in ranges if c.min is not None]
    if not mins:
        return CountRange()
    low = max(mins)
    caps = [c.max for c in ranges if c.max is not None and c.max >= low]
    return CountRange(min=low, max=min(caps, default=None))


def dump_reports(reports: Mapping[str, Event]) -> bytes:
    """The incident state as JSON bytes (the correlation table's value)."""
    return _REPORTS.dump_json(dict(reports))


def load_reports(raw: bytes | None) -> Reports:
    """The incident state from JSON bytes; no state means no reports yet."""
    return {} if raw is None else _REPORTS.validate_json(raw)


def _prevailing(values: Iterable[_T | None]) -> _T | None:
    """The most frequent non-missing value; on a tie the last one (values come in time order)."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in reversed(present) if counts[v] == top)
