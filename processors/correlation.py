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

The state is kept in memory and written whole to a changelog topic on every report, and
Kafka refuses a message over 1 MB. So a report keeps only what `summarise` reads (about
300 bytes, against 700 or more for the event with its title and address), and an incident
keeps its latest ``max_reports`` reports (a setting): the earlier ones are retired, counted in
`report_count` but no longer voting on its figures (see `merge`).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Hashable, Iterable
from datetime import datetime
from typing import TypeVar

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError

from newswatch.contracts import (
    CountRange,
    Event,
    EventType,
    Incident,
    Location,
    Model,
    Target,
    stable_id,
)

_T = TypeVar("_T", bound=Hashable)


class Report(Model):
    """One event as its incident keeps it: the fields `summarise` reads."""

    article_id: str
    published: datetime
    event_type: EventType
    weapons: list[str] = Field(default_factory=list)
    killed: CountRange = Field(default_factory=CountRange)
    wounded: CountRange = Field(default_factory=CountRange)
    perpetrator: str | None = None
    target: Target | None = None


class IncidentState(Model):
    """An incident's reports by event id, the place and day they share (as the latest report
    gives them), and how many earlier reports were retired to keep the state small. Unknown
    fields are refused, so the older state (event ids to whole events) is not misread."""

    model_config = ConfigDict(extra="forbid")

    location: Location | None = None
    date: _dt.date | None = None
    reports: dict[str, Report] = Field(default_factory=dict)
    retired_articles: int = 0
    retired_since: datetime | None = None  # the earliest publication time retired


_LEGACY: TypeAdapter[dict[str, Event]] = TypeAdapter(dict[str, Event])


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


def merge(
    state: IncidentState | None, event: Event, max_reports: int
) -> IncidentState:
    """The incident's state with this event's report added, or replacing its earlier version.

    Past ``max_reports`` reports the earliest published is retired: its article still counts
    in `report_count` (unless a kept report comes from it), but its figures no longer vote.
    An event published before every kept report of a full incident changes nothing: a replay
    of a retired event is not counted twice (and a report that late and that old is not
    counted at all). The kept reports are the latest ``max_reports`` whatever the arrival
    order.
    """
    state = state or IncidentState()
    reports = dict(state.reports)
    if event.id not in reports and len(reports) >= max_reports:
        place_in_time = _order(event.id, event.published)
        if all(place_in_time < _order(i, r.published) for i, r in reports.items()):
            return state
    reports[event.id] = Report.model_validate(event, from_attributes=True)
    latest = max(reports, key=lambda i: _order(i, reports[i].published))
    location, day = state.location, state.date
    if latest == event.id:
        location, day = event.location, event.date
    retired, since = state.retired_articles, state.retired_since
    while len(reports) > max_reports:
        oldest = min(reports, key=lambda i: _order(i, reports[i].published))
        gone = reports.pop(oldest)
        if all(r.article_id != gone.article_id for r in reports.values()):
            retired += 1
        since = gone.published if since is None else min(since, gone.published)
    return IncidentState(
        location=location,
        date=day,
        reports=reports,
        retired_articles=retired,
        retired_since=since,
    )


def summarise(key: str, state: IncidentState) -> Incident:
    """The incident the reports describe.

    - kind of attack, perpetrator, target: what most reports say; on a tie, the latest;
    - place and day: the latest report's (all share the key);
    - weapons: every weapon any report names;
    - killed and wounded: see `combine_counts`;
    - report_count: the number of distinct articles (one article can yield two events
      for one place and day, e.g. a shelling and an air strike), retired ones included;
    - first_seen / last_seen: the earliest and latest publication time of the reports,
      retired ones included, so a replay recomputes the same incident.
    """
    if not state.reports:
        raise ValueError(f"incident {key} has no reports")
    ordered = sorted(state.reports.items(), key=lambda item: _order(item[0], item[1].published))
    reports = [r for _, r in ordered]
    article_ids = list(dict.fromkeys(r.article_id for r in reports))
    first_seen = reports[0].published
    if state.retired_since is not None:
        first_seen = min(first_seen, state.retired_since)
    return Incident(
        id=stable_id("incident", key),
        event_type=_prevailing(r.event_type for r in reports) or reports[-1].event_type,
        location=state.location,
        date=state.date,
        weapons=sorted({w for r in reports for w in r.weapons}),
        killed=combine_counts(r.killed for r in reports),
        wounded=combine_counts(r.wounded for r in reports),
        perpetrator=_prevailing(r.perpetrator for r in reports),
        target=_prevailing(r.target for r in reports),
        event_ids=[i for i, _ in ordered],
        article_ids=article_ids,
        report_count=len(article_ids) + state.retired_articles,
        first_seen=first_seen,
        last_seen=reports[-1].published,
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


def dump_state(state: IncidentState) -> bytes:
    """The incident state as JSON bytes (the correlation table's value)."""
    return state.model_dump_json().encode()


def load_state(raw: bytes | None, max_reports: int) -> IncidentState:
    """The incident state from JSON bytes; no state means no reports yet. A state written
    before reports were made compact (a mapping of event ids to whole events) is read too,
    so an upgrade keeps the incidents it finds in the changelog."""
    if raw is None:
        return IncidentState()
    try:
        return IncidentState.model_validate_json(raw)
    except ValidationError:
        state = None
        for event in _LEGACY.validate_json(raw).values():
            state = merge(state, event, max_reports)
        return state or IncidentState()


def _order(event_id: str, published: datetime) -> tuple[datetime, str]:
    """Reports in time order, by event id among those published at the same time."""
    return (published, event_id)


def _prevailing(values: Iterable[_T | None]) -> _T | None:
    """The most frequent non-missing value; on a tie the last one (values come in time order)."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in reversed(present) if counts[v] == top)
